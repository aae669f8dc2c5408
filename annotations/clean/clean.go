package clean

import (
	"sort"
	"strings"
	"unicode"

	"github.com/crossquote/crossquote/annotations/span"
)

// Reason says why a span of text was removed from the article body.
type Reason string

// The reasons [Clean] gives for a removal. The set is closed: every removal
// carries exactly one of them.
const (
	// ReasonTitle marks the headline, lifted into [Metadata.Title].
	ReasonTitle Reason = "title"
	// ReasonByline marks the author line, lifted into [Metadata.Byline].
	ReasonByline Reason = "byline"
	// ReasonDate marks a dateline or timestamp, lifted into [Metadata.Date].
	ReasonDate Reason = "date"
	// ReasonLink marks the source address, lifted into [Metadata.Link].
	ReasonLink Reason = "link"
	// ReasonNavigation marks menus, section lists and site headers.
	ReasonNavigation Reason = "navigation"
	// ReasonShare marks share, follow, subscribe and newsletter prompts,
	// and the lines that say how to contact the reporter or editor.
	ReasonShare Reason = "share"
	// ReasonCommentForm marks comment forms and their notices.
	ReasonCommentForm Reason = "comment-form"
	// ReasonOutletList marks runs of short bulleted items such as lists of
	// outlets or sections.
	ReasonOutletList Reason = "link-list"
	// ReasonCopyright marks copyright and rights notices.
	ReasonCopyright Reason = "copyright"
	// ReasonMoreLink marks "more..." and "read more" links, teasers that
	// end in one, and "click here" lines.
	ReasonMoreLink Reason = "more-link"
	// ReasonURL marks a bare address other than the source link.
	ReasonURL Reason = "url"
	// ReasonBreadcrumb marks a trail of sections joined by separators.
	ReasonBreadcrumb Reason = "breadcrumb"
	// ReasonCaption marks photo captions and credits.
	ReasonCaption Reason = "caption"
	// ReasonDuplicate marks a repetition of text seen earlier on the page.
	ReasonDuplicate Reason = "duplicate"
	// ReasonShortLine marks short lines with little text outside the article,
	// such as headings of link lists.
	ReasonShortLine Reason = "short-line"
	// ReasonOutside marks longer text that lies outside the article's main run
	// of paragraphs, such as teasers of other stories and reader comments.
	ReasonOutside Reason = "outside-article"
	// ReasonMarkup marks debris of the page's templates and markup that
	// reached the text: `runtime:topic id="…">`.
	ReasonMarkup Reason = "markup"
	// ReasonEmbed marks the text of a social media post embedded in the
	// page: the post's credit line and its picture link.
	ReasonEmbed Reason = "embed"
)

// Removal is a span of boilerplate taken out of the body, with its reason.
type Removal struct {
	span.Span
	Reason Reason `json:"reason"`
}

// Metadata is what the cleaner lifts out of the page instead of keeping it in
// the body.
type Metadata struct {
	Title  string
	Byline string
	Date   string
	Link   string
}

// Cleaned is the result of [Clean].
type Cleaned struct {
	Meta Metadata
	// Paragraphs are the kept article paragraphs, in order, as spans of the text.
	Paragraphs []span.Span
	// Removed covers every non-blank part of the text that is not kept.
	Removed []Removal
	// Body is the article as a reader sees it.
	Body string
	// Source says which cleaner found the article.
	Source Source
	// NotArticle is empty when the page reads as an article, and otherwise
	// says in a few words why it seems not to be one (an index, a list of
	// links, a short description). The article is cleaned all the same:
	// the note is for the reader, not a verdict.
	NotArticle string
	// Flattened reports that [CleanHTML] found the page nested deeper than
	// [MaxHTMLDepth] and cleaned its text instead of its DOM.
	Flattened bool

	// segs map Body back to the text: each is a run of Body bytes copied
	// from the text, in order.
	segs []segment
}

// segment says that Body[body:body+n] equals text[text:text+n].
type segment struct{ body, text, n int }

// TextOffset maps a byte offset in Body to the offset in the cleaned text it
// came from. Bytes the cleaner inserted (paragraph breaks and the spaces of
// repaired sentences) map to the end of the text that precedes them.
// Offsets outside Body are clamped to it.
func (c Cleaned) TextOffset(bodyOffset int) int {
	if len(c.segs) == 0 {
		return 0
	}
	i := sort.Search(len(c.segs), func(i int) bool { return c.segs[i].body > bodyOffset }) - 1
	if i < 0 {
		return c.segs[0].text
	}
	s := c.segs[i]
	if d := bodyOffset - s.body; d < s.n {
		return s.text + d
	}
	return s.text + s.n
}

// Clean separates the article from boilerplate in text, a whole page as
// plain text. It decides line by line what is article: navigation runs,
// share prompts, comment forms, link lists, copyright lines, captions,
// repeated lines and the like are removed with a reason, and the title,
// byline, date and source link are lifted into the metadata. Body joins the
// kept paragraphs and repairs sentences that run together ("war.He").
//
// The rules look at generic signals only: line length, stopword density,
// sentence shape, capitalisation, bullets and separators, position relative
// to the runs of prose, and repetition. A text with nothing to remove
// keeps its paragraphs as they are.
//
// Cleaning a cleaned body changes nothing, in one pass: every rule that
// looks at a line's neighbours looks only at the lines it keeps, so taking
// the removed lines away leaves each kept line with the same neighbours.
func Clean(text string) Cleaned {
	// The rules see the text as Body will hold it, with run-together
	// sentences already apart: a line's words and sentence ends are then
	// the same in the text and in its cleaned body, which is what makes
	// one pass enough.
	cuts := sentenceBreaks(text, span.Span{Start: 0, End: len(text)})
	if len(cuts) == 0 {
		paras, removed, meta, note := cleanOnce(text)
		c := assemble(text, paras, removed, meta, []int{})
		c.NotArticle = note
		return c
	}
	paras, removed, meta, note := cleanOnce(withSpaces(text, cuts))
	back := func(s span.Span) span.Span {
		return span.Span{Start: unspaced(cuts, s.Start), End: unspaced(cuts, s.End)}
	}
	for i := range paras {
		paras[i] = back(paras[i])
	}
	for i := range removed {
		removed[i].Span = back(removed[i].Span)
	}
	c := assemble(text, paras, removed, meta, cuts)
	c.NotArticle = note
	return c
}

// withSpaces returns text with a space inserted before each of cuts, the
// sorted offsets of sentenceBreaks.
func withSpaces(text string, cuts []int) string {
	var b strings.Builder
	b.Grow(len(text) + len(cuts))
	last := 0
	for _, c := range cuts {
		b.WriteString(text[last:c])
		b.WriteByte(' ')
		last = c
	}
	b.WriteString(text[last:])
	return b.String()
}

// unspaced maps an offset in withSpaces(text, cuts) back to text. The
// inserted space before cuts[k] stands at cuts[k]+k; it maps to cuts[k],
// the start of the sentence it separates.
func unspaced(cuts []int, off int) int {
	k := sort.Search(len(cuts), func(k int) bool { return cuts[k]+k >= off })
	return off - k
}

// mergeMeta fills each empty field of a from b.
func mergeMeta(a, b Metadata) Metadata {
	pick := func(x, y string) string {
		if x != "" {
			return x
		}
		return y
	}
	return Metadata{pick(a.Title, b.Title), pick(a.Byline, b.Byline), pick(a.Date, b.Date), pick(a.Link, b.Link)}
}

// assemble builds the result: it sorts the removals and builds Body from the
// kept paragraphs with run-together sentences repaired. cuts are the
// sentence breaks of the whole text (sentenceBreaks) when the caller has
// them, the very ones its rules saw; nil has them found paragraph by
// paragraph.
func assemble(text string, paras []span.Span, removed []Removal, meta Metadata, cuts []int) Cleaned {
	sort.Slice(removed, func(i, j int) bool { return removed[i].Start < removed[j].Start })
	c := Cleaned{Meta: meta, Paragraphs: paras, Removed: removed, Source: SourceText}
	var b strings.Builder
	b.Grow(len(text))
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		in := cutsIn(cuts, p)
		if cuts == nil {
			in = sentenceBreaks(text, p)
		}
		last := p.Start
		for _, cut := range in {
			c.segs = append(c.segs, segment{b.Len(), last, cut - last})
			b.WriteString(text[last:cut])
			b.WriteByte(' ')
			last = cut
		}
		c.segs = append(c.segs, segment{b.Len(), last, p.End - last})
		b.WriteString(text[last:p.End])
	}
	c.Body = b.String()
	if c.Paragraphs == nil {
		c.Paragraphs = []span.Span{}
	}
	return c
}

// cutsIn returns the cuts, sorted offsets, that lie inside paragraph p.
func cutsIn(cuts []int, p span.Span) []int {
	i := sort.SearchInts(cuts, p.Start+1)
	j := sort.SearchInts(cuts, p.End)
	return cuts[i:j]
}

// SplitParagraphs returns the paragraphs of text: the runs of non-blank lines
// between blank lines, each trimmed of surrounding white space. A line is
// blank when it holds only white space.
func SplitParagraphs(text string) []span.Span {
	var out []span.Span
	forBlocks(text, func(lines []span.Span) {
		out = append(out, span.Span{Start: lines[0].Start, End: lines[len(lines)-1].End})
	})
	return out
}

// forBlocks calls f with the trimmed non-blank lines of each block of text.
func forBlocks(text string, f func(lines []span.Span)) {
	var lines []span.Span
	for pos := 0; pos <= len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		if s := trimSpan(text, span.Span{Start: pos, End: end}); s.Len() > 0 {
			lines = append(lines, s)
		} else if len(lines) > 0 {
			f(lines)
			lines = lines[:0]
		}
		pos = end + 1
	}
	if len(lines) > 0 {
		f(lines)
	}
}

// trimSpan shrinks s to exclude white space at either end.
func trimSpan(text string, s span.Span) span.Span {
	t := s.Text(text)
	l := strings.TrimLeftFunc(t, isSpace)
	s.Start += len(t) - len(l)
	s.End = s.Start + len(strings.TrimRightFunc(l, isSpace))
	return s
}

// isSpace reports white space, counting the invisible zero-width space and
// byte order mark that pages use as spacers.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}
