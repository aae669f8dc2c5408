package clean

import (
	"bytes"
	"sort"
	"strings"

	"github.com/crossquote/crossquote/annotations/clean/htmlarticle"
	"github.com/crossquote/crossquote/annotations/span"
	"golang.org/x/net/html"
)

// MaxHTMLDepth is how deeply a saved web page's elements may nest before
// the page is cleaned as plain text instead of through its DOM. The DOM
// parser and the article extractor walk the tree recursively; a page
// nested thousands of elements deep (no real article nests past a few
// dozen) would overflow the browser worker's stack.
const MaxHTMLDepth = 256

// Source says which cleaner decided what of a page is the article.
type Source string

// The cleaners of [Cleaned.Source].
const (
	// SourceText: the plain-text cleaner, [Clean], read the page's text.
	SourceText Source = "text"
	// SourceHTML: the article extractor read the page's DOM.
	SourceHTML Source = "html"
)

// CleanHTML separates the article from boilerplate in a saved web page.
// page is the file's bytes as read, text the page's text as the read stage
// made it from the same bytes; every span of the result is a byte range of
// text, as with [Clean]. The article's paragraphs come from the page's DOM
// (see package htmlarticle), its title, byline, date and link from the
// page's markup, or from the text where the markup says nothing. What the
// extractor left out is removed with the reason the text cleaner gives it,
// or [ReasonOutside] where the text cleaner would have kept it.
//
// The text cleaner decides instead when the extractor finds no article, and
// when the page nests deeper than [MaxHTMLDepth] (Flattened is then set).
func CleanHTML(page []byte, text string) Cleaned {
	if htmlDepth(page, MaxHTMLDepth) > MaxHTMLDepth {
		c := Clean(text)
		c.Flattened = true
		return c
	}
	a, ok := htmlarticle.Extract(page, text)
	byText := Clean(text)
	if !ok {
		return byText
	}
	// The extractor trims Unicode white space; this package also counts
	// the invisible spacers pages use (see isSpace) as space.
	paras := make([]span.Span, 0, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		if p = trimSpan(text, p); p.Len() > 0 {
			paras = append(paras, p)
		}
	}
	removed := outsideArticle(text, paras, byText.Removed)
	meta := Metadata{Title: a.Title, Byline: a.Byline, Date: a.Date, Link: a.Link}
	meta = mergeMeta(meta, byText.Meta)
	c := assemble(text, paras, removed, meta, nil)
	c.Source = SourceHTML
	c.NotArticle = a.NotArticle
	return c
}

// outsideArticle returns the removals of the text outside paras: each
// non-blank line (or part of a line) between the paragraphs, with the
// reason the text cleaner gave the removal it falls in, or ReasonOutside.
func outsideArticle(text string, paras []span.Span, byText []Removal) []Removal {
	var out []Removal
	reason := func(s span.Span) Reason {
		i := sort.Search(len(byText), func(i int) bool { return byText[i].End > s.Start })
		if i < len(byText) && byText[i].Start <= s.Start {
			return byText[i].Reason
		}
		return ReasonOutside
	}
	gap := func(from, to int) {
		for pos := from; pos < to; {
			end := strings.IndexByte(text[pos:to], '\n')
			if end < 0 {
				end = to
			} else {
				end += pos
			}
			if s := trimSpan(text, span.Span{Start: pos, End: end}); s.Len() > 0 {
				out = append(out, Removal{s, reason(s)})
			}
			pos = end + 1
		}
	}
	last := 0
	for _, p := range paras {
		gap(last, p.Start)
		last = p.End
	}
	gap(last, len(text))
	return out
}

// voidElements have no end tag, so they never open a level of nesting.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// htmlDepth returns how deeply the elements of page nest, reading tokens
// only (no tree is built, so the check itself cannot overflow), and stops
// counting once the depth passes limit. An end tag closes the innermost
// open element of its name and everything opened inside it, as a browser
// does; an end tag with no open element of its name is ignored. Elements
// a browser closes implicitly (a <p> or <li> left open) are counted as
// nesting, so a sloppy page may measure deeper than its DOM: it is then
// cleaned as text, never lost.
func htmlDepth(page []byte, limit int) int {
	z := html.NewTokenizer(bytes.NewReader(page))
	var open []string
	deepest := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				continue
			}
			if n := string(name); implicitlyClosed[n] && len(open) > 0 && open[len(open)-1] == n {
				// A second <p> or <li> right inside an open one closes it.
				continue
			}
			open = append(open, string(name))
			if len(open) > deepest {
				deepest = len(open)
				if deepest > limit {
					return deepest
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			for i := len(open) - 1; i >= 0; i-- {
				if open[i] == string(name) {
					open = open[:i]
					break
				}
			}
		}
	}
}

// implicitlyClosed are elements whose start tag closes an open element of
// the same name, as <p><p> makes two paragraphs, not one inside the other.
var implicitlyClosed = map[string]bool{"p": true, "li": true, "dt": true, "dd": true, "option": true, "tr": true, "td": true, "th": true}
