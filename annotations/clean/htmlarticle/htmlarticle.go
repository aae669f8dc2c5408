package htmlarticle

import (
	"bytes"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/crossquote/crossquote/annotations/span"
	"golang.org/x/net/html"
)

// Article is what Extract found in a page.
type Article struct {
	// Paragraphs are the article's blocks of text, as ranges of the text
	// given to Extract: in order, non-overlapping, none starting or
	// ending with white space or an invisible format character.
	Paragraphs []span.Span
	// Title, Byline, Date and Link come from the page's markup (meta
	// tags, JSON-LD, <link rel=canonical>), not from its visible text.
	// Each is empty when the page does not say. Date is the publication
	// time, formatted as RFC 3339 or, for a bare day, as 2006-01-02.
	Title, Byline, Date, Link string
	// NotArticle is empty when the page reads as an article, and otherwise
	// says in a few words why it seems not to be one (an index page, a
	// list of links, a short description). The paragraphs are still
	// returned: the note is for the reader, not a verdict.
	NotArticle string
}

// MaxPageSize is the largest page Extract parses. The extractor builds a
// full DOM and scores it several times over; beyond this size (far above
// any news article's page) the cost is not worth it in a browser tab and
// the caller's plain-text cleaner is used instead.
const MaxPageSize = 8 << 20

// Extract runs the article extractor on page, the HTML exactly as it was
// read from the file, and maps the article onto text, the page's text as
// the engine's HTML reader produced it from the same bytes. ok is false
// when the extractor finds no article, or when none of its words can be
// found in text; the caller then cleans text by other means. A page nested
// deeper than 512 elements, which the HTML parser refuses, is one with no
// article: the parser's limit also keeps the extractor's recursion within
// a browser worker's stack.
func Extract(page []byte, text string) (a Article, ok bool) {
	return extract(page, text, false)
}

// extract is Extract; plain leaves out this package's rules on top of the
// extractor, for measuring what they add.
func extract(page []byte, text string, plain bool) (a Article, ok bool) {
	if len(page) == 0 || len(page) > MaxPageSize || text == "" {
		return Article{}, false
	}
	doc, err := html.Parse(strings.NewReader(decode(page)))
	if err != nil {
		return Article{}, false
	}
	link := canonicalLink(doc)
	website := isWebsiteType(doc)
	p := readability.NewParser()
	ra, err := p.ParseAndMutate(doc, nil)
	if err != nil || ra.Node == nil {
		return Article{}, false
	}
	blocks := renderBlocks(ra.Node)
	note := notArticle(blocks, website)
	if !plain {
		blocks = refine(blocks)
	}
	spans := align(blocks, text)
	if len(spans) == 0 {
		return Article{}, false
	}
	return Article{
		Paragraphs: spans,
		Title:      oneLine(ra.Title()),
		Byline:     oneLine(ra.Byline()),
		Date:       publishedDate(ra),
		Link:       link,
		NotArticle: note,
	}, true
}

// decode returns the page as a string for the HTML parser: the bytes as
// they are, a UTF-8 byte order mark dropped. The reader also accepts UTF-16
// with a byte order mark and Windows-1252; on such a page the words outside
// ASCII do not match and the alignment steps over them, and a page in
// UTF-16 finds no article (the caller then cleans the text). Decoding them
// here too would duplicate the read stage and, with x/text's tables, cost
// the worker's download more than those rare pages are worth.
func decode(page []byte) string {
	return string(bytes.TrimPrefix(page, []byte{0xEF, 0xBB, 0xBF}))
}

// oneLine collapses white space, since metadata is shown on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// publishedDate formats the page's publication time, or returns "" when the
// page gives none or gives one that does not parse.
func publishedDate(ra readability.Article) string {
	t, err := ra.PublishedTime()
	if err != nil || t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02T15:04:05Z07:00")
}
