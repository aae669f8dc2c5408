package annotations

import (
	"encoding/json"
	"fmt"
	"path"
	"strings"

	"github.com/crossquote/crossquote/annotations/clean"
	"github.com/crossquote/crossquote/annotations/match"
	"github.com/crossquote/crossquote/annotations/quote"
	"github.com/crossquote/crossquote/annotations/read"
)

// File is one input: the name the reader gave it and its raw bytes.
//
// In JSON its fields are "name" and "data" (the bytes in base64). Go's
// decoder matches keys without regard to case, so files stored with the
// earlier keys "Name" and "Data" still load.
type File struct {
	Name string `json:"name"`
	Data []byte `json:"data"`
}

// Report is the whole result of an analysis. The CLI writes it as JSON or
// Markdown, the UI renders it, and the tests check it: there is no other
// result type.
type Report struct {
	Documents []*Document `json:"documents"`
	Groups    []Group     `json:"groups"`
	// Pairs says, for every two documents that share a group, how much of
	// each one's body the other carries (see [match.Pair]): a reprint or
	// the same wire story is named a copy.
	Pairs []Pair `json:"pairs"`
	// Original names the document the others were checked against (see
	// [WithOriginal]); empty when none was.
	Original string `json:"original,omitempty"`
	// OriginalError says why the original named could not be used (no
	// document has that name, or it could not be read); the report is
	// then made without checks.
	OriginalError string `json:"original_error,omitempty"`
}

// Document is one input file after reading, cleaning and quotation
// extraction. All spans are byte offsets into Text.
type Document struct {
	Name   string `json:"name"`
	Title  string `json:"title"`
	Byline string `json:"byline,omitempty"`
	Date   string `json:"date,omitempty"`
	Link   string `json:"link,omitempty"`
	// Text is the decoded UTF-8 text of the file, the source of every offset.
	Text string `json:"text"`
	// Body is the cleaned article: kept paragraphs joined by blank lines,
	// with run-together sentences repaired.
	Body string `json:"body"`
	// Kept lists the paragraphs of Text that make up Body, in order.
	Kept    []Span    `json:"kept"`
	Removed []Removal `json:"removed"`
	Quotes  []Quote   `json:"quotes"`
	// Error says why the file could not be used; the other fields are then empty.
	Error string `json:"error,omitempty"`
	// DuplicateOf names an earlier document with exactly the same text (the
	// same file given twice). A duplicate takes no part in matching, so a
	// copy is never reported as a second source sharing every quotation.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Notes tell the reader what the engine did differently with this file
	// (read part of it flat, bounded its quotations, found no article in
	// it); the file was still analysed.
	Notes []Note `json:"notes,omitempty"`
	// Original marks the document the others are checked against (see
	// [WithOriginal]): its Body is its whole Text, every paragraph kept.
	Original bool `json:"original,omitempty"`
	// Checks are the checks of Quotes against the report's original, at
	// the same index (Checks[i] is of Quotes[i]); none when no original
	// is marked, for the original itself, and for a duplicate. In JSON
	// each is the "check" member of its quotation (see
	// [Report.MarshalJSON]).
	Checks []Check `json:"-"`
	// Fidelity counts the verdicts of Checks; nil when there are none.
	Fidelity *Fidelity `json:"fidelity,omitempty"`
	// own holds the speakers of Quotes as the document alone names them
	// (see [Document.SetSpeakers]).
	own []string
}

// Note is one remark about how a document was analysed, for the reader.
type Note struct {
	Kind NoteKind `json:"kind"`
	// Text says it in a sentence, naming no file: the page and the CLI
	// put the document's name before it.
	Text string `json:"text"`
}

// NoteKind names what a [Note] is about, so the page can sort and filter
// notes without parsing their text.
type NoteKind string

// The kinds of note.
const (
	// NoteFlattened: structure nested past the engine's depth bound was
	// read as plain text.
	NoteFlattened NoteKind = "flattened"
	// NoteQuotesBounded: more quotation marks than the engine analyses in
	// one paragraph or document; the rest were left out.
	NoteQuotesBounded NoteKind = "quotes_bounded"
	// NoteNotArticle: the file reads as an index, a list of links or a
	// description page rather than a news article.
	NoteNotArticle NoteKind = "not_article"
)

// NewDocument reads, cleans and extracts the quotations of one file. A file
// that cannot be read yields a Document whose Error names the file and the
// problem; it never panics and never returns nil.
func NewDocument(name string, data []byte) *Document {
	r, err := read.ReadResult(name, data)
	if err != nil {
		return &Document{Name: name, Error: err.Error()}
	}
	d := &Document{Name: name, Kept: []Span{}, Removed: []Removal{}, Quotes: []Quote{}}
	text := r.Text
	d.Text = text
	if r.Flattened {
		d.Notes = append(d.Notes, Note{Kind: NoteFlattened, Text: fmt.Sprintf(
			"its structure nests deeper than %d levels; the deeper levels were read as plain text", read.MaxNesting)})
	}
	var c clean.Cleaned
	if isWebPage(name, data) {
		c = clean.CleanHTML(data, text)
	} else {
		c = clean.Clean(text)
	}
	if c.Flattened {
		d.Notes = append(d.Notes, Note{Kind: NoteFlattened, Text: fmt.Sprintf(
			"its markup nests deeper than %d elements; its article was found in its text alone", clean.MaxHTMLDepth)})
	}
	if c.NotArticle != "" {
		d.Notes = append(d.Notes, Note{Kind: NoteNotArticle, Text: "it does not read as a news article (" + c.NotArticle + "); it was analysed all the same"})
	}
	d.Title, d.Byline, d.Date, d.Link = c.Meta.Title, c.Meta.Byline, c.Meta.Date, c.Meta.Link
	d.Body = c.Body
	d.Kept = append(d.Kept, c.Paragraphs...)
	d.Removed = append(d.Removed, c.Removed...)
	paras, bounded := quote.Bound(text, c.Paragraphs)
	d.Quotes = append(d.Quotes, quote.Extract(text, paras)...)
	if bounded {
		d.Notes = append(d.Notes, quotesBoundedNote())
	}
	return d
}

// quotesBoundedNote is the note of a document with more quotation marks
// than are analysed.
func quotesBoundedNote() Note {
	return Note{Kind: NoteQuotesBounded, Text: fmt.Sprintf(
		"it has more quotation marks than are analysed (%d in a paragraph, %d in a document); the rest were left out",
		quote.MaxMarksPerParagraph, quote.MaxMarks)}
}

// isWebPage reports whether a file is a saved web page, whose markup the
// clean stage reads for the article: by its name, or because it starts
// like an HTML document, as the read stage decides when it strips the tags.
func isWebPage(name string, data []byte) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	s := strings.TrimLeft(strings.TrimPrefix(string(data[:min(len(data), 512)]), "\ufeff"), " \t\r\n\f")
	for _, p := range []string{"<!doctype html", "<html"} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) && strings.ContainsRune(">/ \t\r\n\f", rune(s[len(p)])) {
			return true
		}
	}
	return false
}

// Options are the settings of an analysis: how quotations are matched, and
// which document, if any, is the original the others are checked against.
type Options struct {
	// Match are the matching settings; see [match.Options].
	Match match.Options
	// Original names the document that is the original (see
	// [WithOriginal]); empty for none.
	Original string
}

// Option adjusts an analysis; see [WithTolerance], [WithMinWords] and
// [WithOriginal].
type Option func(*Options)

// WithTolerance sets how different two renderings of one remark may be and
// still be grouped: 0 demands an exact normalised match, 1 accepts anything.
// Checks against an original use the same tolerance.
func WithTolerance(t float64) Option { return func(o *Options) { o.Match.Tolerance = t } }

// WithMinWords sets the length under which a quotation is only grouped on an
// exact normalised match.
func WithMinWords(n int) Option { return func(o *Options) { o.Match.MinWords = n } }

// WithOriginal names the document that is the original of the story: a
// transcript, statement or press release. It is kept whole rather than
// cleaned as a news page, and every quotation of the other documents is
// checked against it (see [Check]). An empty name marks none.
func WithOriginal(name string) Option { return func(o *Options) { o.Original = name } }

// Annotate analyses files as one story: each is read, cleaned and searched
// for quotations, then the quotations and passages shared across files are
// grouped. Files that cannot be read are reported with an Error and take no
// further part. The same input always gives the same Report.
func Annotate(files []File, opts ...Option) *Report {
	docs := make([]*Document, len(files))
	for i, f := range files {
		docs[i] = NewDocument(f.Name, f.Data)
	}
	return Regroup(docs, opts...)
}

// Regroup matches already analysed documents again, for example after the
// reader changed the tolerance; the documents are not read or cleaned again.
// It gives repeated names a number, "notes (2).txt", so every member of a
// group names one document, and marks documents whose text repeats an
// earlier one's as DuplicateOf.
func Regroup(docs []*Document, opts ...Option) *Report {
	o := Options{Match: DefaultMatchOptions()}
	for _, opt := range opts {
		opt(&o)
	}
	NameUniquely(docs)
	docs, orig, origErr := markOriginal(docs, o.Original)
	sources := setAsideDuplicates(docs)
	// One person, one name across the report's documents, so that groups
	// and views agree (Hale in one outlet, Ann Hale in another).
	quotes := make([][]quote.Quote, len(sources))
	for i, s := range sources {
		quotes[i] = s.Quotes
	}
	for _, d := range docs {
		d.SetSpeakers(nil) // the names an earlier report gave them
	}
	quote.Canonicalize(quotes)
	groups, pairs := match.MatchPairs(sources, o.Match)
	// Outlets that print one remark settle who said it where one of them
	// says only "he" (see quote.Agree).
	agreeSpeakers(groups, sources)
	// A report with nothing shared says so with empty lists, not null.
	if groups == nil {
		groups = []Group{}
	}
	if pairs == nil {
		pairs = []Pair{}
	}
	r := &Report{Documents: docs, Groups: groups, Pairs: pairs, OriginalError: origErr}
	if orig != nil {
		r.Original = orig.Name
		checkAgainst(orig, docs, o.Match.Tolerance)
	}
	return r
}

// NameUniquely gives the second and later documents that share a name a
// number, "notes (2).txt", as [Regroup] does: a caller that names a
// document in an option (see [WithOriginal]) learns the name it will go
// by. Names already unique are left as they are.
func NameUniquely(docs []*Document) {
	taken := make(map[string]bool, len(docs))
	for _, d := range docs {
		name := d.Name
		ext := path.Ext(name)
		for n := 2; taken[name]; n++ {
			name = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(d.Name, ext), n, ext)
		}
		d.Name = name
		taken[name] = true
	}
}

// setAsideDuplicates sets DuplicateOf on every readable document whose text an
// earlier one already has, and returns the documents that take part in
// matching: readable and not duplicates.
func setAsideDuplicates(docs []*Document) []*match.Source {
	first := make(map[string]string, len(docs))
	sources := make([]*match.Source, 0, len(docs))
	for _, d := range docs {
		d.DuplicateOf = ""
		d.SetChecks(nil)
		if d.Error != "" {
			continue
		}
		if name, ok := first[d.Text]; ok {
			d.DuplicateOf = name
			continue
		}
		first[d.Text] = d.Name
		sources = append(sources, d.source())
	}
	return sources
}

// source returns the document as the match stage reads it.
func (d *Document) source() *match.Source {
	return &match.Source{Name: d.Name, Text: d.Text, Kept: d.Kept, Removed: d.Removed, Quotes: d.Quotes}
}

// MarshalJSON writes a document that could not be used as its name and
// error alone, as the README's report format says; any other document is
// written field by field.
func (d Document) MarshalJSON() ([]byte, error) {
	if d.Error != "" {
		return json.Marshal(struct {
			Name  string `json:"name"`
			Error string `json:"error"`
		}{d.Name, d.Error})
	}
	type fields Document // fields has Document's fields but not this method
	return json.Marshal(fields(d))
}
