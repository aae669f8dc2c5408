package annotations

import (
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// maxEditRunes bounds the strings handed to the character edit distance. Its
// cost grows with the product of the lengths, and the library's distances
// overflow past 65,535 runes; longer windows are compared word by word.
const maxEditRunes = 1200

// similarity returns 1 minus the normalised edit distance between the words
// of a (already joined as as) and the words of w: over characters when both
// are short, so that a changed comma or spelling costs little, and over
// whole words otherwise.
func (c *corpus) similarity(as string, a, w []token) float64 {
	if sameWords(a, w) {
		return 1
	}
	ws := c.lex.joinWords(w)
	na, nw := utf8.RuneCountInString(as), utf8.RuneCountInString(ws)
	if na <= maxEditRunes && nw <= maxEditRunes {
		return 1 - float64(levenshtein.ComputeDistance(as, ws))/float64(max(na, nw))
	}
	return wordSimilarity(a, w)
}

// wordSimilarity returns 1 minus the normalised word edit distance of a and
// b, each word counting as one symbol. The distance is computed in a band
// around the diagonal, wide enough for the difference in length and a few
// more shifts: text that drifts further apart than that is not similar
// anyway, and the band keeps the cost linear in the length. Outside the band
// the distance can only be overestimated, so the similarity errs low.
func wordSimilarity(a, b []token) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	if sameWords(a, b) {
		return 1
	}
	band := abs(len(a)-len(b)) + 8
	return 1 - float64(bandedDistance(a, b, band))/float64(max(len(a), len(b)))
}

func sameWords(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].word != b[i].word {
			return false
		}
	}
	return true
}

// bandedDistance is the Levenshtein distance between two token sequences,
// each word counting as one symbol, restricted to alignments that stay
// within band positions of the diagonal; band must be at least the
// difference in length.
func bandedDistance(a, b []token, band int) int {
	const inf = 1 << 30
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = inf
		if j <= band {
			prev[j] = j
		}
	}
	for i := 1; i <= len(a); i++ {
		// Only the cells next to the band are reset: the rest of the row is
		// never read, which is what makes the cost linear.
		lo, hi := max(1, i-band), min(len(b), i+band)
		switch {
		case lo > 1:
			cur[lo-1] = inf
		case i <= band:
			cur[0] = i
		default:
			cur[0] = inf
		}
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1].word == b[j-1].word {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		if hi < len(b) {
			cur[hi+1] = inf
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
