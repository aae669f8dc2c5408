package engineproto

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
	"unsafe"

	"github.com/crossquote/crossquote/annotations"
)

// ProgressEvery is how often the worker reports the documents it has
// analysed while it works through an OpAdd: often enough for a progress
// line, seldom enough that the page does not render once per file.
const ProgressEvery = 100 * time.Millisecond

// Op names what a message asks for (a request) or carries (a reply). It
// travels as the message's "op" string.
type Op string

// Request operations, page to worker.
const (
	OpAdd     Op = "add"
	OpRegroup Op = "regroup"
	OpClear   Op = "clear"
	OpExport  Op = "export"
)

// Reply operations, worker to page.
const (
	OpDocument Op = "document"
	OpGroups   Op = "groups"
	OpReady    Op = "ready"
	OpError    Op = "error"
	OpExported Op = "exported"
	// OpQuotes carries quotations of a document sent ahead of it (see
	// SplitQuotes); an Assembler puts them back.
	OpQuotes Op = "quotes"
	// OpAhead carries groups and pairs of a groups reply sent ahead of it
	// (see SplitGroups); an Assembler puts them back.
	OpAhead Op = "ahead"
	// OpCrashed comes from the worker's script, not the engine: the
	// engine stopped and the worker must be replaced.
	OpCrashed Op = "crashed"
)

// requestOps are the ops a request may have: DecodeRequest refuses others.
var requestOps = map[Op]bool{OpAdd: true, OpRegroup: true, OpClear: true, OpExport: true}

// ExportKind names a format the report is exported in. It is also the
// suffix of the page's export buttons' ids.
type ExportKind string

// The export formats.
const (
	ExportJSON     ExportKind = "json"    // the report, as the command line writes it
	ExportWebAnno  ExportKind = "webanno" // W3C Web Annotation JSON-LD
	ExportMarkdown ExportKind = "md"      // a readable summary
	ExportCSV      ExportKind = "csv"     // one row per group member, for a spreadsheet
)

// Request is a message from the page to the worker.
type Request struct {
	Op  Op  `json:"op"`
	Seq int `json:"seq"` // echoed in the replies; the page ignores replies to superseded requests
	// Files are the files to analyse (OpAdd); their bytes travel beside the
	// JSON, at the same index.
	Files []FileRef `json:"files,omitempty"`
	// Names are every document of the workspace, in order (OpAdd, OpRegroup).
	Names     []string `json:"names,omitempty"`
	Tolerance float64  `json:"tolerance"`
	MinWords  int      `json:"min_words"`
	// Original names the document of Names the others are checked
	// against (OpAdd, OpRegroup, OpExport); empty for none.
	Original string `json:"original,omitempty"`
	// Kind is the format of an OpExport.
	Kind ExportKind `json:"kind,omitempty"`
	// SetAside are the files of Names the page never sent (they stopped
	// the engine), with their messages: an OpExport lists them as
	// documents with that error, as the page does.
	SetAside map[string]string `json:"set_aside,omitempty"`
	// Sizes, when set, are the byte lengths of Files: their bytes are
	// then packed, in order, into fewer byte arrays, none across two
	// (see Unpack). A thousand small files in a few arrays cost the page
	// a few calls into JavaScript rather than several per file.
	Sizes []int `json:"sizes,omitempty"`
}

// FileRef names one file of an OpAdd request. Gen is the page's generation
// of that file, echoed with its document (Reply.Documents), so a document analysed
// from a file since replaced is dropped.
type FileRef struct {
	Name string `json:"name"`
	Gen  int    `json:"gen"`
}

// Reply is a message from the worker to the page.
type Reply struct {
	Op  Op  `json:"op"`
	Seq int `json:"seq"`
	// Documents are files of an OpAdd analysed since the last reply, in
	// the order sent (OpDocument, and OpGroups after an OpAdd); Done and
	// Total say how far the request has got.
	Documents []Analysed `json:"documents,omitempty"`
	Done      int        `json:"done,omitempty"`
	Total     int        `json:"total,omitempty"`
	// Groups and Duplicates belong to OpGroups: the groups of the
	// documents named in the request, and for each duplicate document the
	// earlier one whose text it repeats (Document.DuplicateOf).
	Groups     []annotations.Group `json:"groups,omitempty"`
	Duplicates map[string]string   `json:"duplicates,omitempty"`
	// Checks belong to OpGroups when the request named an original: for
	// each document checked, the checks of its quotations, at the same
	// index (Document.Checks). OriginalError says why the original named
	// could not be used.
	Checks        map[string][]annotations.Check `json:"checks,omitempty"`
	OriginalError string                         `json:"original_error,omitempty"`
	// Speakers belong to OpGroups: for each document whose speakers the
	// report names otherwise than the document alone does (Hale there,
	// Ann Hale in the report), the report's names of its quotations'
	// speakers, at the same index (Document.SetSpeakers). The documents
	// themselves always come with their own names.
	Speakers map[string][]string `json:"speakers,omitempty"`
	// Pairs also belong to OpGroups: how much of each two documents'
	// bodies the other carries, copies named (see annotations.Pair); only
	// copies keep their spans (the exports have them all).
	Pairs []annotations.Pair `json:"pairs,omitempty"`
	// GroupsAhead and PairsAhead are how many of an OpGroups reply's
	// groups and pairs were sent ahead of it in OpAhead replies, its
	// Groups and Pairs left empty here.
	GroupsAhead int `json:"groups_ahead,omitempty"`
	PairsAhead  int `json:"pairs_ahead,omitempty"`
	// AnalyseMillis is the worker's time spent analysing the files of this
	// request (OpGroups after OpAdd), GroupMillis the time regrouping.
	AnalyseMillis float64 `json:"analyse_ms,omitempty"`
	GroupMillis   float64 `json:"group_ms,omitempty"`
	// Document, Gen and Quotes are quotations of document Document
	// (generation Gen) sent ahead of it (OpQuotes).
	Document string              `json:"document,omitempty"`
	Gen      int                 `json:"gen,omitempty"`
	Quotes   []annotations.Quote `json:"quotes,omitempty"`
	// Error says what went wrong (OpError), or why the engine stopped
	// (OpCrashed).
	Error string `json:"error,omitempty"`
	// File is the file the engine was analysing when it stopped
	// (OpCrashed), if it was analysing one.
	File *FileRef `json:"file,omitempty"`
	// Kind, Name, Export and Preview are an export (OpExported): its
	// format, the download's file name, the text, and for Markdown the
	// preview's HTML. Export and Preview travel after the JSON like the
	// documents' texts, their lengths in ExportLen and PreviewLen.
	Kind       ExportKind `json:"kind,omitempty"`
	Name       string     `json:"name,omitempty"`
	Export     string     `json:"-"`
	Preview    string     `json:"-"`
	ExportLen  int        `json:"export_len,omitempty"`
	PreviewLen int        `json:"preview_len,omitempty"`
}

// Analysed is one analysed file of an OpAdd: Gen is the FileRef's, so the
// page drops a document analysed from a file since replaced.
type Analysed struct {
	Gen      int                   `json:"gen"`
	Document *annotations.Document `json:"document"`
	// TextLen and BodyLen are the lengths of the document's Text and Body,
	// which travel after the JSON (see EncodeReply).
	TextLen int `json:"text_len,omitempty"`
	BodyLen int `json:"body_len,omitempty"`
	// QuotesAhead is how many of the document's quotations were sent
	// ahead of it in OpQuotes replies, its Quotes left empty here.
	QuotesAhead int `json:"quotes_ahead,omitempty"`
}

// MaxQuotesPerMessage is the most quotations one reply carries, all its
// documents together: the page decodes each reply in one task of its
// thread, and decoding a document of fourteen thousand quotations at once
// held it for seconds; 500 a reply still held it for up to half a second.
const MaxQuotesPerMessage = 100

// MaxDocumentsPerMessage is the most documents one reply carries: the
// worker sends the documents of a large drop in replies of at most this
// many, so the page never decodes and takes a thousand in one task.
const MaxDocumentsPerMessage = 50

// Full reports whether a reply carrying docs documents and quotes
// quotations has no room for more (see MaxDocumentsPerMessage and
// MaxQuotesPerMessage).
func Full(docs, quotes int) bool {
	return docs >= MaxDocumentsPerMessage || quotes >= MaxQuotesPerMessage
}

// SplitQuotes returns the document a with its quotations beyond
// MaxQuotesPerMessage taken out, and the OpQuotes replies (request seq)
// that carry them, to be sent before it. A document with fewer is
// returned as it is.
func SplitQuotes(seq int, a Analysed) (ahead []Reply, rest Analysed) {
	if a.Document == nil || len(a.Document.Quotes) <= MaxQuotesPerMessage {
		return nil, a
	}
	d := *a.Document
	for q := range slices.Chunk(d.Quotes, MaxQuotesPerMessage) {
		ahead = append(ahead, Reply{Op: OpQuotes, Seq: seq, Document: d.Name, Gen: a.Gen, Quotes: q})
	}
	a.QuotesAhead, d.Quotes = len(d.Quotes), nil
	a.Document = &d
	return ahead, a
}

// Assembler puts the documents split by SplitQuotes back together on the
// page: each OpQuotes reply is kept, decoded in a task of its own, until
// its document comes.
type Assembler struct {
	ahead  map[FileRef][]annotations.Quote
	groups map[int][]annotations.Group // by the request's Seq
	pairs  map[int][]annotations.Pair  // by the request's Seq
}

// MaxPairsPerMessage is the most pairs one reply carries: a story whose
// documents largely repeat each other has tens of thousands (1,500 small
// notes: 13,580, 2 MB of JSON), which the page decoded in one task; a
// thousand a reply (150 KB) still took the page 20-50 ms each, and more
// when the worker, busy sending the next, shared the machine's cores.
const MaxPairsPerMessage = 250

// MaxMembersPerMessage is the most group members one reply carries, all
// its groups together (a group with more travels alone): the 814 groups
// of a thousand articles are 850 KB of JSON, whose decoding was the
// longest task of the page once the analysis was done, and a group is as
// large as its members are many (the 91 groups of 1,500 near-identical
// notes have 1,650).
const MaxMembersPerMessage = 250

// SplitGroups returns the groups reply r with its groups and pairs taken
// out, when it has more members than MaxMembersPerMessage or more pairs
// than MaxPairsPerMessage, and the OpAhead replies that carry them, in
// parts within those bounds, to be sent before it. A reply with fewer of
// both is returned as it is.
func SplitGroups(r Reply) (ahead []Reply, rest Reply) {
	if parts := chunkGroups(r.Groups, MaxMembersPerMessage); len(parts) > 1 {
		for _, g := range parts {
			ahead = append(ahead, Reply{Op: OpAhead, Seq: r.Seq, Groups: g})
		}
		r.GroupsAhead, r.Groups = len(r.Groups), nil
	}
	if len(r.Pairs) > MaxPairsPerMessage {
		for p := range slices.Chunk(r.Pairs, MaxPairsPerMessage) {
			ahead = append(ahead, Reply{Op: OpAhead, Seq: r.Seq, Pairs: p})
		}
		r.PairsAhead, r.Pairs = len(r.Pairs), nil
	}
	return ahead, r
}

// chunkGroups cuts groups, in order, into parts of at most max members
// each; a group with more is a part of its own.
func chunkGroups(groups []annotations.Group, max int) [][]annotations.Group {
	var parts [][]annotations.Group
	from, members := 0, 0
	for i, g := range groups {
		if n := len(g.Members); i > from && members+n > max {
			parts = append(parts, groups[from:i])
			from, members = i, 0
		}
		members += len(g.Members)
	}
	if from < len(groups) {
		parts = append(parts, groups[from:])
	}
	return parts
}

// Take takes a decoded reply. It returns the reply to handle, its
// documents whole, and false for an OpQuotes reply, which waits for its
// document. A document whose quotations did not all come is replaced by
// one with an error saying so.
func (as *Assembler) Take(r Reply) (Reply, bool) {
	if r.Op == OpQuotes {
		if as.ahead == nil {
			as.ahead = map[FileRef][]annotations.Quote{}
		}
		k := FileRef{Name: r.Document, Gen: r.Gen}
		as.ahead[k] = append(as.ahead[k], r.Quotes...)
		return r, false
	}
	if r.Op == OpAhead {
		if as.pairs == nil {
			as.groups, as.pairs = map[int][]annotations.Group{}, map[int][]annotations.Pair{}
		}
		as.groups[r.Seq] = append(as.groups[r.Seq], r.Groups...)
		as.pairs[r.Seq] = append(as.pairs[r.Seq], r.Pairs...)
		return r, false
	}
	if r.GroupsAhead > 0 || r.PairsAhead > 0 {
		g, p := as.groups[r.Seq], as.pairs[r.Seq]
		delete(as.groups, r.Seq)
		delete(as.pairs, r.Seq)
		// Groups without all their pairs would name copies wrongly, and
		// a report without all its groups would be wrong: the request's
		// wait ends with an error instead.
		if len(g) != r.GroupsAhead {
			return Reply{Op: OpError, Seq: r.Seq, Error: fmt.Sprintf("The analysis engine's reply lost %d of its %d groups: change a setting or add a file to group again.", r.GroupsAhead-len(g), r.GroupsAhead)}, true
		}
		if len(p) != r.PairsAhead {
			return Reply{Op: OpError, Seq: r.Seq, Error: fmt.Sprintf("The analysis engine's reply lost %d of its %d pairs of documents: change a setting or add a file to group again.", r.PairsAhead-len(p), r.PairsAhead)}, true
		}
		if r.GroupsAhead > 0 {
			r.Groups, r.GroupsAhead = g, 0
		}
		if r.PairsAhead > 0 {
			r.Pairs, r.PairsAhead = p, 0
		}
	}
	for i := range r.Documents {
		a := &r.Documents[i]
		if a.Document == nil || a.QuotesAhead == 0 {
			continue
		}
		k := FileRef{Name: a.Document.Name, Gen: a.Gen}
		q := as.ahead[k]
		delete(as.ahead, k)
		if len(q) != a.QuotesAhead {
			a.Document = &annotations.Document{Name: k.Name, Error: fmt.Sprintf("%s: the engine's reply lost %d of its %d quotations", k.Name, a.QuotesAhead-len(q), a.QuotesAhead)}
		} else {
			a.Document.Quotes = q
		}
		a.QuotesAhead = 0
	}
	return r, true
}

// EncodeRequest returns the JSON of req: the json member of a request
// message, whose data member carries the bytes of req.Files.
func EncodeRequest(req Request) ([]byte, error) {
	return json.Marshal(req)
}

// DecodeRequest reads the json member of a request message made by
// EncodeRequest. files is the number of byte arrays in its data member:
// a request whose Files do not match them one to one, or whose op is not
// a request's, is refused with an error that says so.
func DecodeRequest(b []byte, files int) (Request, error) {
	var req Request
	if err := json.Unmarshal(b, &req); err != nil {
		return Request{}, err
	}
	if !requestOps[req.Op] {
		return Request{}, fmt.Errorf("unknown request %q", req.Op)
	}
	if req.Sizes != nil {
		if len(req.Sizes) != len(req.Files) {
			return Request{}, fmt.Errorf("%d files but %d sizes", len(req.Files), len(req.Sizes))
		}
	} else if len(req.Files) != files {
		return Request{}, fmt.Errorf("%d files but %d byte arrays", len(req.Files), files)
	}
	return req, nil
}

// Unpack returns the bytes of each of req.Files from the byte arrays of
// its message: the arrays themselves, or with req.Sizes the files cut
// out of them in order. Arrays that do not hold the files whole, one
// after the other, are refused with an error that says so.
func Unpack(req Request, arrays [][]byte) ([][]byte, error) {
	if req.Sizes == nil {
		if len(arrays) != len(req.Files) {
			return nil, fmt.Errorf("%d files but %d byte arrays", len(req.Files), len(arrays))
		}
		return arrays, nil
	}
	data := make([][]byte, 0, len(req.Sizes))
	for _, a := range arrays {
		for len(a) > 0 || (len(data) < len(req.Sizes) && req.Sizes[len(data)] == 0) {
			n := -1
			if len(data) < len(req.Sizes) {
				n = req.Sizes[len(data)]
			}
			if n < 0 || n > len(a) {
				return nil, fmt.Errorf("the byte arrays do not hold the %d files of sizes %v", len(req.Sizes), req.Sizes)
			}
			data = append(data, a[:n:n])
			a = a[n:]
		}
	}
	if len(data) != len(req.Sizes) {
		return nil, fmt.Errorf("the byte arrays hold %d of the %d files", len(data), len(req.Sizes))
	}
	return data, nil
}

// EncodeReply returns the message for r: its JSON, a newline, then the
// Text and Body of each of its documents in order, raw, then its Export
// and Preview. The texts are most
// of a reply's bytes, and raw they cost the page a copy instead of a pass
// of the JSON decoder over every character. (Compact JSON never holds a
// raw newline, so the first one ends it.)
func EncodeReply(r Reply) ([]byte, error) {
	docs := make([]Analysed, len(r.Documents))
	var texts []string
	for i, a := range r.Documents {
		if a.Document != nil {
			d := *a.Document
			a.TextLen, a.BodyLen = len(d.Text), len(d.Body)
			texts = append(texts, d.Text, d.Body)
			d.Text, d.Body = "", ""
			a.Document = &d
		}
		docs[i] = a
	}
	r.Documents = docs
	r.ExportLen, r.PreviewLen = len(r.Export), len(r.Preview)
	texts = append(texts, r.Export, r.Preview)
	b, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	b = append(b, '\n')
	for _, t := range texts {
		b = append(b, t...)
	}
	return b, nil
}

// errShort is the error of a message whose texts are cut short.
var errShort = errors.New("the message ends before its texts")

// DecodeReply reads a message made by EncodeReply; plain JSON, without
// texts, is read too. The reply's texts share b's memory rather than copy
// it (a 2 MB document's text and body were a third of the page's longest
// task), so b must not be changed afterwards.
func DecodeReply(b []byte) (Reply, error) {
	var r Reply
	j, raw := b, []byte(nil)
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		j, raw = b[:i], b[i+1:]
	}
	if err := json.Unmarshal(j, &r); err != nil {
		return Reply{}, err
	}
	rest := unsafe.String(unsafe.SliceData(raw), len(raw))
	take := func(n int) (string, error) {
		if n < 0 || n > len(rest) {
			return "", errShort
		}
		s := rest[:n]
		rest = rest[n:]
		return s, nil
	}
	for i := range r.Documents {
		a := &r.Documents[i]
		if a.Document == nil {
			continue
		}
		var err error
		if a.Document.Text, err = take(a.TextLen); err != nil {
			return Reply{}, err
		}
		if a.Document.Body, err = take(a.BodyLen); err != nil {
			return Reply{}, err
		}
		a.TextLen, a.BodyLen = 0, 0
	}
	var err error
	if r.Export, err = take(r.ExportLen); err != nil {
		return Reply{}, err
	}
	if r.Preview, err = take(r.PreviewLen); err != nil {
		return Reply{}, err
	}
	r.ExportLen, r.PreviewLen = 0, 0
	return r, nil
}
