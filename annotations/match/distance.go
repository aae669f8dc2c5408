package match

import (
	"slices"

	"github.com/agnivade/levenshtein"
	"github.com/crossquote/crossquote/annotations/internal/textutil"
)

// maxEditRunes bounds the strings handed to the character edit distance. Its
// cost grows with the product of the lengths; longer windows are compared
// word by word.
const maxEditRunes = 1200

// similarity returns 1 minus the normalised edit distance between the words
// of a (already joined as ar) and the words of w: over characters when both
// are short, so that a changed comma or spelling costs little, and over
// whole words otherwise.
func (c *quoteMatcher) similarity(ar []rune, a, w []token) float64 {
	if sameWords(a, w) {
		return 1
	}
	c.wr = c.lex.appendRunes(c.wr[:0], w)
	if len(ar) <= maxEditRunes && len(c.wr) <= maxEditRunes {
		d := c.edit.distance(ar, c.wr)
		return 1 - float64(d)/float64(max(len(ar), len(c.wr)))
	}
	return wordSimilarity(a, w)
}

// editScratch computes character edit distances with Myers' bit-parallel
// algorithm (in Hyyrö's formulation for a pattern of several 64-bit
// blocks): a column of the distance table is a few machine words, so the
// cost is the product of the lengths divided by 64. The matcher computes
// many distances between quotations of a hundred or more characters; the
// cell-by-cell table was the largest cost of grouping them. Its buffers
// are kept between calls.
type editScratch struct {
	ascii  []uint64 // ascii[r*blocks+k]: pattern positions of rune r in block k
	others []rune   // the pattern's non-ASCII runes, and their bits in otherBits
	bits   []uint64
	pv, mv []uint64
}

// distance returns the Levenshtein distance between a and b, over runes.
func (e *editScratch) distance(a, b []rune) int {
	// A common prefix or suffix costs nothing; most pairs compared are
	// copies of one remark that differ in a word or two.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	// b, the shorter, is the pattern: the table's rows.
	m := len(b)
	if m == 0 {
		return len(a)
	}
	blocks := (m + 63) / 64
	e.ascii = slices.Grow(e.ascii[:0], 128*blocks)[:128*blocks]
	e.others, e.bits = e.others[:0], e.bits[:0]
	for i, r := range b {
		var row []uint64
		if r < 128 {
			row = e.ascii[int(r)*blocks:][:blocks]
		} else {
			row = e.otherBits(r, blocks, true)
		}
		row[i/64] |= 1 << (i % 64)
	}
	e.pv = slices.Grow(e.pv[:0], blocks)[:blocks]
	e.mv = slices.Grow(e.mv[:0], blocks)[:blocks]
	for k := range e.pv {
		e.pv[k], e.mv[k] = ^uint64(0), 0
	}
	last := uint64(1) << ((m - 1) % 64)
	score := m
	for _, r := range a {
		var eqs []uint64
		if r < 128 {
			eqs = e.ascii[int(r)*blocks:][:blocks]
		} else {
			eqs = e.otherBits(r, blocks, false)
		}
		// hin is the difference the cell above the block adds along the
		// row: the top row of a global distance counts up by one.
		hin := 1
		for k := range blocks {
			var eq uint64
			if eqs != nil {
				eq = eqs[k]
			}
			pv, mv := e.pv[k], e.mv[k]
			xv := eq | mv
			if hin < 0 {
				eq |= 1
			}
			xh := (((eq & pv) + pv) ^ pv) | eq
			ph := mv | ^(xh | pv)
			mh := pv & xh
			high := uint64(1) << 63
			if k == blocks-1 {
				high = last
			}
			hout := 0
			if ph&high != 0 {
				hout = 1
			} else if mh&high != 0 {
				hout = -1
			}
			ph <<= 1
			mh <<= 1
			if hin < 0 {
				mh |= 1
			} else if hin > 0 {
				ph |= 1
			}
			e.pv[k] = mh | ^(xv | ph)
			e.mv[k] = ph & xv
			hin = hout
		}
		score += hin
	}
	// Leave the table clear for the next pattern.
	for _, r := range b {
		if r < 128 {
			clear(e.ascii[int(r)*blocks:][:blocks])
		}
	}
	return score
}

// otherBits returns the pattern bits of the non-ASCII rune r, adding a
// zeroed entry when add is set, or nil when r is not in the pattern. A
// quotation holds few distinct non-ASCII runes, so a list does.
func (e *editScratch) otherBits(r rune, blocks int, add bool) []uint64 {
	for i, o := range e.others {
		if o == r {
			return e.bits[i*blocks:][:blocks]
		}
	}
	if !add {
		return nil
	}
	e.others = append(e.others, r)
	n := len(e.bits)
	e.bits = slices.Grow(e.bits, blocks)[:n+blocks]
	clear(e.bits[n:])
	return e.bits[n:]
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
	band := textutil.Abs(len(a)-len(b)) + 8
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

// changesMeaning reports whether the differences between the words of a and
// w are of the kind that reverse or redirect a remark rather than merely
// edit it: a negation gained or lost, or a content word replaced by a
// different one (an antonym, or subject and object swapped). Fillers
// inserted or dropped, changed function words and spelling variants of one
// word ("Day"/"Days") are edits, not changes of meaning.
func (c *quoteMatcher) changesMeaning(a, w []token) bool {
	if len(a)*len(w) > maxAlignCells {
		return false // too long to align word by word; rely on the distance
	}
	negates := func(w int32) bool { return w >= 0 && c.lex.negation[w] }
	for _, op := range alignWords(a, w) {
		x, y := op[0], op[1]
		if negates(x) != negates(y) {
			return true
		}
		if x >= 0 && y >= 0 && !c.lex.stop[x] && !c.lex.stop[y] && !c.variants(x, y) {
			return true
		}
	}
	return false
}

// maxAlignCells bounds the table of a word alignment.
const maxAlignCells = 1 << 18

// variants reports whether two different words are spellings or forms of
// one word: they share their first four letters (or all of the shorter
// one), or differ in few characters.
func (c *quoteMatcher) variants(x, y int32) bool {
	a, b := []rune(c.lex.words[x]), []rune(c.lex.words[y])
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if n >= min(4, len(a), len(b)) {
		return true
	}
	d := levenshtein.ComputeDistance(string(a), string(b))
	return float64(d) <= 0.2*float64(max(len(a), len(b)))
}

// alignWords aligns a with b by word edit distance and returns the
// differing steps: a word replaced (both ids), dropped from b (second -1)
// or added in b (first -1).
func alignWords(a, b []token) [][2]int32 {
	n, m := len(a), len(b)
	d := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &d[i*(m+1)+j] }
	for i := 0; i <= n; i++ {
		*at(i, 0) = int32(i)
	}
	for j := 0; j <= m; j++ {
		*at(0, j) = int32(j)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			cost := int32(1)
			if a[i-1].word == b[j-1].word {
				cost = 0
			}
			*at(i, j) = min(*at(i-1, j)+1, *at(i, j-1)+1, *at(i-1, j-1)+cost)
		}
	}
	var ops [][2]int32
	for i, j := n, m; i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && a[i-1].word == b[j-1].word && *at(i, j) == *at(i-1, j-1):
			i, j = i-1, j-1
		case i > 0 && *at(i, j) == *at(i-1, j)+1:
			ops = append(ops, [2]int32{a[i-1].word, -1})
			i--
		case j > 0 && *at(i, j) == *at(i, j-1)+1:
			ops = append(ops, [2]int32{-1, b[j-1].word})
			j--
		default:
			ops = append(ops, [2]int32{a[i-1].word, b[j-1].word})
			i, j = i-1, j-1
		}
	}
	return ops
}
