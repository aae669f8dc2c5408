package check

import (
	"strings"
	"unicode/utf8"
)

// Part is one stretch of a quotation between quotation marks. An outlet
// that splits a quotation ("…," she said, "…") prints several parts.
type Part struct {
	// Text is the quoted text, without the quotation marks.
	Text string `json:"text"`
	// Start is the byte offset of Text in the quoting document.
	Start int `json:"start"`
}

// Quotation is what an outlet printed as one person's words: one part or
// several, and the speaker the outlet named.
type Quotation struct {
	Parts []Part `json:"parts"`
	// Speaker is the name the outlet credits, as printed ("Brandvold",
	// "Mayor Ana Brandvold"); empty if the outlet names nobody. A
	// description or a body ("a senior official", "the Foreign Ministry")
	// is compared with nobody.
	Speaker string `json:"speaker,omitempty"`
}

// Insertion is a bracketed editorial insertion ("[the harbour ferry]"):
// words the outlet put in place of the speaker's, which are allowed.
type Insertion struct {
	// Text is what stands between the brackets.
	Text string `json:"text"`
	// Quotation is the span of the insertion, brackets included, in the
	// quoting document.
	Quotation Span `json:"quotation"`
	// Replaces is the span of the original's words it stands for; empty
	// (Start == End) when it replaces nothing. Absent when the quotation
	// was not found.
	Replaces *Span `json:"replaces,omitempty"`
}

// breakKind says what separates a unit of a quotation from the one before.
type breakKind uint8

const (
	joined    breakKind = iota // nothing: the words run on
	ellipsis                   // an ellipsis: words left out, with a mark
	partBreak                  // the end of one part and the start of the next
)

// A unit is what the alignment matches: a word of the quotation, or a whole
// bracketed insertion, which may stand for a few words of the original.
type unit struct {
	id    int32   // the word's id in the original, -1 if the original lacks it
	wild  int     // index of the insertion, or -1 for a word
	words []int32 // an insertion's own words, as ids in the original
	span  Span    // in the quoting document
	brk   breakKind
}

// maxTransparent is the longest bracketed text inside a word that only
// changes its case or spelling ("[T]he", "organi[z]ation"): the brackets
// are dropped and the word read whole.
const maxTransparent = 3

// units splits q into the units the alignment matches, and returns the
// bracketed insertions it found.
func (o *Original) units(q Quotation) ([]unit, []Insertion) {
	var us []unit
	var ins []Insertion
	pending := joined
	// An ellipsis outweighs a part break: words left out between parts
	// are marked.
	mark := func(b breakKind) {
		if b == ellipsis || pending == joined {
			pending = b
		}
	}
	add := func(u unit) {
		u.brk = joined
		if len(us) > 0 {
			u.brk = pending
		}
		pending = joined
		us = append(us, u)
	}
	for k, p := range q.Parts {
		if k > 0 {
			mark(partBreak)
		}
		clean, pos, marked := stripTransparent(p.Text)
		at := func(i int) int { // offset in the document of byte i of clean
			switch {
			case pos == nil: // nothing was removed
				return p.Start + i
			case i >= len(pos):
				return p.Start + len(p.Text)
			}
			return p.Start + pos[i]
		}
		words := func(a, b int) {
			scanWords(clean[a:b], func(s, e int, w string) {
				id, ok := o.dict[w]
				if !ok {
					// Letters added in brackets ("intend[s]") may be
					// read without them.
					id = o.withoutMarked(clean, a+s, a+e, marked)
				}
				add(unit{id: id, wild: -1, span: Span{Start: at(a + s), End: at(a+e-1) + 1}})
			})
		}
		from := 0
		for i := 0; i < len(clean); {
			if n := ellipsisAt(clean, i); n > 0 {
				words(from, i)
				mark(ellipsis)
				i += n
				from = i
				continue
			}
			if clean[i] == '[' {
				if j := strings.IndexByte(clean[i:], ']'); j > 0 && !strings.ContainsAny(clean[i+1:i+j], "[\n") {
					words(from, i)
					text := strings.TrimSpace(clean[i+1 : i+j])
					if text != "" {
						ins = append(ins, Insertion{Text: text, Quotation: Span{Start: at(i), End: at(i+j) + 1}})
						u := unit{id: -1, wild: len(ins) - 1, span: Span{Start: at(i), End: at(i+j) + 1}}
						scanWords(text, func(_, _ int, w string) {
							id, ok := o.dict[w]
							if !ok {
								id = -1
							}
							u.words = append(u.words, id)
						})
						add(u)
					}
					i += j + 1
					from = i
					continue
				}
			}
			i++
		}
		words(from, len(clean))
	}
	return us, ins
}

// ellipsisAt returns the length of the ellipsis at byte i of s, or 0: "…",
// "...", ". . .", or one of those in brackets or parentheses ("[...]",
// "(…)").
func ellipsisAt(s string, i int) int {
	if c := s[i]; c == '[' || c == '(' {
		close := byte(']')
		if c == '(' {
			close = ')'
		}
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if n := bareEllipsisAt(s, j); n > 0 {
			j += n
			for j < len(s) && s[j] == ' ' {
				j++
			}
			if j < len(s) && s[j] == close {
				return j + 1 - i
			}
		}
		return 0
	}
	return bareEllipsisAt(s, i)
}

func bareEllipsisAt(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "…"):
		return len("…")
	case strings.HasPrefix(s[i:], "..."):
		n := 3
		for i+n < len(s) && s[i+n] == '.' {
			n++
		}
		return n
	case strings.HasPrefix(s[i:], ". . ."):
		return len(". . .")
	}
	return 0
}

// stripTransparent removes the brackets of short bracketed letters inside
// a word ("[T]he" becomes "The", "intend[s]" becomes "intends"), which mark
// a change of case or form. It returns the text, for each of its bytes the
// offset of that byte in s (nil when the text is s), and the byte ranges of
// the text that were bracketed.
func stripTransparent(s string) (string, []int, []Span) {
	if !strings.Contains(s, "[") {
		return s, nil, nil
	}
	var b strings.Builder
	var marked []Span
	pos := make([]int, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] == '[' {
			if j := strings.IndexByte(s[i:], ']'); j > 1 {
				inner := s[i+1 : i+j]
				before, _ := utf8.DecodeLastRuneInString(s[:i])
				after, _ := utf8.DecodeRuneInString(s[i+j+1:])
				if utf8.RuneCountInString(inner) <= maxTransparent && !strings.ContainsFunc(inner, func(r rune) bool { return !isWordRune(r) }) &&
					((i > 0 && isWordRune(before)) || (i+j+1 < len(s) && isWordRune(after))) {
					start := b.Len()
					for k := i + 1; k < i+j; k++ {
						b.WriteByte(s[k])
						pos = append(pos, k)
					}
					marked = append(marked, Span{Start: start, End: b.Len()})
					i += j + 1
					continue
				}
			}
		}
		b.WriteByte(s[i])
		pos = append(pos, i)
		i++
	}
	return b.String(), pos, marked
}

// withoutMarked returns the id of the word clean[s:e] read without its
// bracketed letters, or -1.
func (o *Original) withoutMarked(clean string, s, e int, marked []Span) int32 {
	var b strings.Builder
	cut := false
	for i := s; i < e; i++ {
		in := false
		for _, m := range marked {
			in = in || m.Start <= i && i < m.End
		}
		if in {
			cut = true
			continue
		}
		b.WriteByte(clean[i])
	}
	if !cut {
		return -1
	}
	var w string
	scanWords(b.String(), func(_, _ int, n string) { w += n })
	if id, ok := o.dict[w]; ok {
		return id
	}
	return -1
}
