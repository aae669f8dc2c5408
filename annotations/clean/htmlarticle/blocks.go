package htmlarticle

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/crossquote/crossquote/annotations/read"
)

// block is one paragraph-like unit of the extractor's article: the text of
// a block element that has no block inside it, or a run of inline content
// between blocks.
type block struct {
	text      string // white space collapsed to single spaces
	linkBytes int    // bytes of text inside links
	caption   bool   // its first text is inside <figure> or <figcaption>
}

// isBlockTag reports whether element a breaks the article into blocks:
// the reader's block elements (read.IsBlockElement) and also table cells
// and line breaks, so that a block never spans two of the reader's blocks.
func isBlockTag(a atom.Atom) bool {
	return read.IsBlockElement(a) || a == atom.Td || a == atom.Th || a == atom.Br
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
		if read.IsDroppedElement(n.DataAtom) {
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
	isBlock := n.Type == html.ElementNode && isBlockTag(n.DataAtom)
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
