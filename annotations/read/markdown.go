package read

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownText returns the plain text of a Markdown document: the text of
// each heading, paragraph, list item, block quote line and code block, with
// blank lines between blocks. Markup (emphasis markers, link targets, raw
// HTML, images) is dropped so it cannot pass for article words; quotation
// marks stay exactly as written, because the parser runs without the
// typographer extension.
//
// Container nesting past [MaxNesting] is read flat first (flattened is then
// true), so parsing stays linear and no walk runs deeper than the bound.
func markdownText(src string) (out string, flattened bool) {
	src, flattened = flattenNesting(src)
	source := []byte(src)
	doc := goldmark.DefaultParser().Parse(text.NewReader(source))
	var w blockWriter
	walk(doc, func(n ast.Node, entering bool) ast.WalkStatus {
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML, *ast.Image:
			// Markup, not prose; an image's alt text describes a picture
			// the reader of plain text does not see.
			return ast.WalkSkipChildren
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			if entering {
				writeLines(&w, n, source)
				w.endBlock()
			}
			return ast.WalkSkipChildren
		case *ast.Text:
			if entering {
				writeText(&w, n, source)
			}
		case *ast.String:
			if entering {
				w.write(string(n.Value))
			}
		case *ast.AutoLink:
			if entering {
				w.write(string(n.Label(source)))
			}
			return ast.WalkSkipChildren
		case *ast.Paragraph, *ast.Heading, *ast.TextBlock:
			if !entering {
				w.endBlock()
			}
		}
		return ast.WalkContinue
	})
	return w.String(), flattened
}

// writeText writes one inline text node, resolving backslash escapes and
// character references the way goldmark's HTML renderer does.
func writeText(w *blockWriter, n *ast.Text, source []byte) {
	v := n.Segment.Value(source)
	if !n.IsRaw() {
		v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
	}
	w.write(string(v))
	if n.SoftLineBreak() || n.HardLineBreak() {
		w.lineBreak()
	}
}

// writeLines writes the lines of a code block verbatim.
func writeLines(w *blockWriter, n ast.Node, source []byte) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		w.write(string(seg.Value(source)))
	}
}
