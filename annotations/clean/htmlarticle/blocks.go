package htmlarticle

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// block is one paragraph-like unit of the extractor's article: the text of
// a block element that has no block inside it, or a run of inline content
// between blocks.
type block struct {
	text      string // white space collapsed to single spaces
	linkBytes int    // bytes of text inside links
	caption   bool   // its first text is inside <figure> or <figcaption>
}

// blockTags break the article into blocks. It is the reader's list of
// block elements (annotations/read) plus table cells and line breaks, so
// that a block never spans two of the reader's blocks.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Footer: true,
	atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true, atom.Html: true,
	atom.Legend: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Title: true,
	atom.Ul: true, atom.Br: true,
}

// skippedTags hold no readable text; the reader drops them too (the same
// list as annotations/read's).
var skippedTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Select: true, atom.Button: true,
}

// renderBlocks returns the blocks of the article rooted at root, in order,
// leaving out blocks without text.
func renderBlocks(root *html.Node) []block {
	r := blockRenderer{}
	r.node(root, 0, inside{})
	r.flush()
	return r.out
}

// inside is what a text node is inside of.
type inside struct {
	link, caption bool
}

type blockRenderer struct {
	out     []block
	cur     strings.Builder
	started bool   // the block has text other than white space
	in      inside // where the block's first text was
	link    int
}

func (r *blockRenderer) flush() {
	t := strings.Join(strings.Fields(r.cur.String()), " ")
	if t != "" {
		r.out = append(r.out, block{text: t, linkBytes: min(r.link, len(t)), caption: r.in.caption})
	}
	r.cur.Reset()
	r.started = false
	r.link = 0
}

// node writes n and its descendants. depth guards against pathological
// nesting: the parser already caps it, this keeps the recursion bounded
// whatever tree it is given.
func (r *blockRenderer) node(n *html.Node, depth int, in inside) {
	if depth > 512 {
		return
	}
	switch n.Type {
	case html.TextNode:
		trimmed := strings.TrimSpace(n.Data)
		if !r.started && trimmed != "" {
			r.started, r.in = true, in
		}
		r.cur.WriteString(n.Data)
		if in.link {
			r.link += len(trimmed)
		}
		return
	case html.ElementNode:
		if skippedTags[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.A:
			in.link = true
		case atom.Figure, atom.Figcaption:
			in.caption = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	isBlock := n.Type == html.ElementNode && blockTags[n.DataAtom]
	if isBlock {
		r.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, depth+1, in)
	}
	if isBlock {
		r.flush()
	}
}
