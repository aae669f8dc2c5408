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
	ws := c.lex.joinWords(w)
	na, nw := utf8.RuneCountInString(as), utf8.RuneCountInString(ws)
	if na <= maxEditRunes && nw <= maxEditRunes {
		if na == 0 && nw == 0 {
			return 1
		}
		return 1 - float64(levenshtein.ComputeDistance(as, ws))/float64(max(na, nw))
	}
	return 1 - float64(wordDistance(a, w))/float64(max(len(a), len(w)))
}

// wordDistance is the Levenshtein distance between two token sequences, each
// word counting as one symbol.
func wordDistance(a, b []token) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1].word == b[j-1].word {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
