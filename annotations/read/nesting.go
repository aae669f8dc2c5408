package read

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// MaxNesting is how many block containers (block quotes and list items)
// a Markdown line may open before the rest are read as plain text. Real
// articles nest a few levels; thousands of levels made the browser's engine
// overflow its stack and goldmark's parser take time quadratic in the depth.
const MaxNesting = 32

// maxIndent is the widest leading indentation kept, in columns: nesting by
// indentation past MaxNesting list levels is read flat too.
const maxIndent = 4 * MaxNesting

// flattenNesting returns src with container markers past MaxNesting on any
// line dropped, and indentation past maxIndent cut, so parsing costs time
// linear in the size of the file; flattened reports whether it changed
// anything. The text of each line is kept: only markers and indentation go.
func flattenNesting(src string) (out string, flattened bool) {
	var b strings.Builder
	rest := src
	for len(rest) > 0 {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = ""
		}
		cut, skip := nestingCut(line)
		if skip == 0 {
			if flattened {
				b.WriteString(line)
			}
			continue
		}
		if !flattened {
			b.Grow(len(src))
			b.WriteString(src[:len(src)-len(rest)-len(line)])
			flattened = true
		}
		b.WriteString(line[:cut])
		b.WriteString(line[cut+skip:])
	}
	if !flattened {
		return src, false
	}
	return b.String(), true
}

// nestingCut finds, in one line, the bytes to drop: skip bytes from cut.
// It walks the leading markers (">", "-", "*", "+", "1." or "1)" followed
// by white space) and white space, and cuts everything from the first
// marker past MaxNesting, or the indentation past maxIndent, up to the
// first byte of text.
func nestingCut(line string) (cut, skip int) {
	depth, col, i := 0, 0, 0
	cut = -1
	for i < len(line) {
		switch c := line[i]; {
		case c == ' ' || c == '\t':
			if c == '\t' {
				col += 4 - col%4
			} else {
				col++
			}
			if col > maxIndent && cut < 0 {
				cut = i
			}
			i++
			continue
		case c == '>':
			depth++
			if depth > MaxNesting && cut < 0 {
				cut = i
			}
			i++
			col = 0
			continue
		}
		n := listMarker(line[i:])
		if n == 0 {
			break
		}
		depth++
		if depth > MaxNesting && cut < 0 {
			cut = i
		}
		i += n
		col = 0
	}
	if cut < 0 {
		return 0, 0
	}
	return cut, i - cut
}

// listMarker returns the length of a list item marker at the start of s
// ("-", "*", "+", or up to nine digits then "." or ")"), counting the white
// space that must follow it; 0 when s does not start with one.
func listMarker(s string) int {
	n := 0
	switch {
	case len(s) > 0 && (s[0] == '-' || s[0] == '*' || s[0] == '+'):
		n = 1
	default:
		for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(s) || (s[n] != '.' && s[n] != ')') {
			return 0
		}
		n++
	}
	if n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		return n + 1
	}
	return 0
}

// walk visits the nodes of a goldmark tree in document order, as
// ast.Walk does, but with a loop instead of recursion: a tree as deep as
// its input allows must not overflow the browser engine's stack.
func walk(root ast.Node, visit func(n ast.Node, entering bool) ast.WalkStatus) {
	n := root
	for n != nil {
		status := visit(n, true)
		if status == ast.WalkStop {
			return
		}
		if c := n.FirstChild(); c != nil && status != ast.WalkSkipChildren {
			n = c
			continue
		}
		// Leave n and every ancestor that has no next sibling.
		for n != nil {
			if n != root {
				if visit(n, false) == ast.WalkStop {
					return
				}
			} else {
				visit(n, false)
				return
			}
			if s := n.NextSibling(); s != nil {
				n = s
				break
			}
			n = n.Parent()
		}
	}
}
