package htmlarticle

import (
	"strings"
	"testing"
)

// TestAlignWorkBounded aligns blocks built to defeat the search (every
// walk matches all but one word of each block, so without the budget the
// work grows with the cube of the page) and checks that the comparisons
// stay within the budget, give or take the one walk that crosses it.
func TestAlignWorkBounded(t *testing.T) {
	const n = 2000
	var blocks []block
	for range n / 8 {
		blocks = append(blocks, block{text: "a b c d e f g h"})
	}
	blocks = append(blocks, block{text: strings.Repeat("a b c ", n)})
	text := strings.Repeat("a b c d e f g x\n\n", n/8) + strings.Repeat("a b d ", n)
	al := newAligner(text)
	al.align(blocks)
	if limit := al.budget + 2*n*maxResync*maxResync; al.work > limit {
		t.Errorf("%d comparisons for %d words, over the budget %d", al.work, len(al.pw), al.budget)
	}
}

// TestAlignSpans checks the placement rules on small texts: a block is
// found after text that repeats its start, a removed inline box splits a
// block into two spans, a respelled word does not, and quotation marks
// and full stops around a block's words belong to its span.
func TestAlignSpans(t *testing.T) {
	for _, c := range []struct {
		name, text string
		blocks     []string
		want       []string
	}{
		{"repeated teaser", "The ferry returns\n\nThe ferry returns after four months in dry dock today.",
			[]string{"The ferry returns after four months in dry dock today."},
			[]string{"The ferry returns after four months in dry dock today."}},
		{"removed box", "He said the crew worked hard\n\nRead our full coverage of the harbour and its boats and more\n\nand that it shows in every crossing.",
			[]string{"He said the crew worked hard and that it shows in every crossing."},
			[]string{"He said the crew worked hard", "and that it shows in every crossing."}},
		{"respelled word", "“The crew worked through every storm this wintr, and it shows.”",
			[]string{"The crew worked through every storm this winter, and it shows."},
			[]string{"“The crew worked through every storm this wintr, and it shows.”"}},
	} {
		var blocks []block
		for _, b := range c.blocks {
			blocks = append(blocks, block{text: b})
		}
		var got []string
		for _, s := range align(blocks, c.text) {
			got = append(got, c.text[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
