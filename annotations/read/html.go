package read

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isHTML reports whether a file is an HTML page: by its name, or because
// its text clearly starts like an HTML document. Plain text that merely
// mentions a tag somewhere is not HTML and is read verbatim.
func isHTML(name, text string) bool {
	switch extension(name) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	s := strings.TrimLeft(text, " \t\n\f")
	for _, p := range []string{"<!doctype html", "<html"} {
		if len(s) < len(p) || !strings.EqualFold(s[:len(p)], p) {
			continue
		}
		if len(s) == len(p) {
			return true
		}
		switch s[len(p)] {
		case '>', ' ', '\t', '\n', '\f', '/':
			return true
		}
	}
	return false
}

// droppedElements hold no article text: their content is code, styling or
// fallback for missing features.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Select: true, atom.Button: true,
}

// IsBlockElement reports whether the reader takes element a to start and
// end a block of text, like a paragraph. The article extractor of the
// clean stage cuts its blocks at these too, so that its blocks never span
// two of the reader's.
func IsBlockElement(a atom.Atom) bool { return blockElements[a] }

// IsDroppedElement reports whether the reader drops element a with all it
// holds, as holding no readable text (scripts, styles, forms' buttons).
func IsDroppedElement(a atom.Atom) bool { return droppedElements[a] }

// blockElements start and end a block of text, like a paragraph.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Html: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tr: true, atom.Title: true, atom.Ul: true,
}

// htmlText returns the text of an HTML document as a browser would show it
// in reader mode: tags removed, character references decoded, white space
// collapsed except inside <pre>, script and style content dropped, and a
// blank line between blocks. Nothing is ever rendered or executed.
func htmlText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var w blockWriter
	var skip atom.Atom // the dropped element being skipped, if any
	depth, pre := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return w.String()
		}
		name, _ := z.TagName()
		a := atom.Lookup(name)
		if skip != 0 {
			// Inside a dropped element only its own nesting matters.
			switch {
			case a == skip && tt == html.StartTagToken:
				depth++
			case a == skip && tt == html.EndTagToken:
				depth--
				if depth == 0 {
					skip = 0
				}
			}
			continue
		}
		switch tt {
		case html.TextToken:
			if pre > 0 {
				w.write(string(z.Text()))
			} else {
				w.writeCollapsed(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			switch {
			case droppedElements[a] && tt == html.StartTagToken:
				skip, depth = a, 1
			case a == atom.Br:
				w.lineBreak()
			case blockElements[a]:
				w.endBlock()
				if a == atom.Pre && tt == html.StartTagToken {
					pre++
				}
			case a == atom.Td || a == atom.Th:
				w.space = true
			}
		case html.EndTagToken:
			if blockElements[a] {
				w.endBlock()
			}
			if a == atom.Pre && pre > 0 {
				pre--
			}
		}
	}
}
