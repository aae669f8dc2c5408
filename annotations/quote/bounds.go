package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// Bounds on what one document gives the quotation finder. A news article
// has a few hundred quotation marks at most, a long transcript a few
// thousand; a file of millions (a list of quoted words, a machine dump)
// would take the browser's engine to its memory limit and the page's
// rendering with it, so the marks past these bounds are left unanalysed.
const (
	// MaxParagraph is the longest stretch of text analysed as one
	// paragraph, in bytes; text with no paragraph breaks is cut at
	// sentence ends (or, failing that, spaces) into pieces this long, so
	// no work is quadratic in the length of one paragraph.
	MaxParagraph = 64 << 10
	// MaxMarksPerParagraph is the most double quotation marks analysed in
	// one paragraph (two per quotation).
	MaxMarksPerParagraph = 2000
	// MaxMarks is the most double quotation marks analysed in one
	// document.
	MaxMarks = 20000
)

// Bound returns the paragraphs of text that the quotation finder should
// analyse: those given, with any longer than [MaxParagraph] cut into
// pieces, each piece ending after its [MaxMarksPerParagraph]th double
// quotation mark, and none past the document's [MaxMarks]th. bounded
// reports whether marks were left out. Paragraphs within the bounds come
// back as given, without a copy.
func Bound(text string, paragraphs []span.Span) (out []span.Span, bounded bool) {
	if len(text) <= MaxParagraph && countMarks(text, 0, len(text), MaxMarksPerParagraph+1) <= MaxMarksPerParagraph {
		return paragraphs, false
	}
	out = make([]span.Span, 0, len(paragraphs))
	total := 0
	for _, p := range paragraphs {
		for start := p.Start; start < p.End; {
			end := pieceEnd(text, start, p.End)
			budget := min(MaxMarksPerParagraph, MaxMarks-total)
			cut := afterMark(text, start, end, budget)
			if cut < end && countMarks(text, cut, end, 1) > 0 {
				bounded = true
			}
			out = append(out, span.Span{Start: start, End: cut})
			if total += countMarks(text, start, cut, budget); total >= MaxMarks {
				return out, bounded || countMarks(text, cut, len(text), 1) > 0
			}
			start = end
		}
	}
	return out, bounded
}

// pieceEnd returns where the piece of a paragraph that starts at start
// ends: at the paragraph's end when that is within MaxParagraph bytes,
// else just after the last sentence end (". ", "? ", "! ") in reach, else
// after the last space, else at a rune boundary.
func pieceEnd(text string, start, end int) int {
	if end-start <= MaxParagraph {
		return end
	}
	limit := start + MaxParagraph
	window := text[start:limit]
	for _, sep := range []string{". ", "? ", "! ", " "} {
		if i := strings.LastIndex(window, sep); i > MaxParagraph/2 {
			return start + i + len(sep)
		}
	}
	for limit > start && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// afterMark returns the offset just after the nth double quotation mark in
// text[start:end], or end when there are fewer.
func afterMark(text string, start, end, n int) int {
	if n <= 0 {
		return start
	}
	seen := 0
	for i := start; i < end; i++ {
		if w := textutil.DoubleMarkLen(text, i); w > 0 {
			seen++
			if seen == n {
				return i + w
			}
			i += w - 1
		}
	}
	return end
}

// countMarks counts the double quotation marks in text[start:end], up to
// limit.
func countMarks(text string, start, end, limit int) int {
	n := 0
	for i := start; i < end && n < limit; i++ {
		if w := textutil.DoubleMarkLen(text, i); w > 0 {
			n++
			i += w - 1
		}
	}
	return n
}
