package match

import (
	"fmt"
	"strings"
	"testing"
)

// stockTwin returns a fictional text of n paragraphs without quotation
// marks, each opening with the same stock sentence and going on in words
// of a small vocabulary, and a copy of it with one word changed: the stock
// sentence's shingles are too common to index, so the shingles the two
// copies share lie a paragraph apart, and nothing cuts the texts into
// segments.
func stockTwin(n int) (string, string) {
	vocab := strings.Fields("harbour council ferry night crossing summer quay dawn noon passengers clerk shelf winter accounts meeting board vote budget bridge tide")
	var b strings.Builder
	x := uint32(7)
	for i := range n {
		fmt.Fprintf(&b, "The harbour board met again that week and the clerk read item %d aloud.", i)
		for range 40 {
			x = x*1664525 + 1013904223
			b.WriteString(" " + vocab[(x>>16)%uint32(len(vocab))])
		}
		b.WriteString(".\n\n")
	}
	a := b.String()
	mid := len(a) / 2
	mid += strings.Index(a[mid:], " tide ")
	return a, a[:mid] + " wave " + a[mid+6:]
}

// TestStockTwinsStretchOnce matches two long copies of a text whose
// shared shingles lie a paragraph apart: every paragraph's run grows over
// the whole copy, and each stretch must be taken once, not once per
// paragraph (that made tens of thousands of stretches, each a fragment of
// thousands of others, and gigabytes of links for two 10 MB files).
func TestStockTwinsStretchOnce(t *testing.T) {
	a, b := stockTwin(600)
	c := &passageMatcher{newCorpus([]*Source{testDoc("a.txt", a), testDoc("b.txt", b)})}
	segs, seeds := c.seededSegments()
	sides := c.passageStretches(segs, seeds, DefaultOptions())
	runs := map[[2]stretch]int{}
	long := 0
	for i := 0; i+1 < len(sides); i += 2 {
		runs[[2]stretch{sides[i], sides[i+1]}]++
		if sides[i].to-sides[i].from >= 1000 {
			long++
		}
	}
	for r, n := range runs {
		if n > 1 {
			t.Errorf("run %+v taken %d times", r, n)
			break
		}
	}
	if long != 1 {
		t.Errorf("%d runs of a thousand words or more, want the one copy", long)
	}
	groups, pairs := MatchPairs([]*Source{testDoc("a.txt", a), testDoc("b.txt", b)}, DefaultOptions())
	if len(pairs) != 1 || !pairs[0].Copy || pairs[0].AShare < 0.99 {
		t.Errorf("pairs %+v, want one copy of all of each", pairs)
	}
	t.Logf("%d stretches, %d groups", len(sides), len(groups))
}

// TestKeepLongest links a fragment to the maxContainers longest of the
// stretches it lies in.
func TestKeepLongest(t *testing.T) {
	var sides []stretch
	for i := range 3 * maxContainers {
		sides = append(sides, stretch{from: 0, to: 10 + (i*7)%(3*maxContainers)})
	}
	var wholes []int
	for i := range sides {
		wholes = keepLongest(wholes, i, sides)
	}
	if len(wholes) != maxContainers {
		t.Fatalf("%d containers kept, want %d", len(wholes), maxContainers)
	}
	shortest := sides[wholes[0]].to
	for _, w := range wholes {
		shortest = min(shortest, sides[w].to)
	}
	longer := 0
	for _, s := range sides {
		if s.to > shortest {
			longer++
		}
	}
	if longer >= maxContainers {
		t.Errorf("kept %v, but %d stretches are longer than its shortest", wholes, longer)
	}
}

// TestContainsTokens finds a member's words where they stand in the lead
// member, or by a scan of a lead no longer than maxContainScan.
func TestContainsTokens(t *testing.T) {
	lex := newLexicon()
	text := "the ferry left the quay at dawn and the ferry came back at noon"
	all := lex.tokenize(nil, text, 0, len(text))
	at := strings.Index(text, "came back")
	inside := lex.tokenize(nil, text, at, at+len("came back"))
	if !containsTokens(all, inside) {
		t.Error("words inside the lead's span not found")
	}
	other := "then the ferry left"
	elsewhere := lex.tokenize(nil, other, len("then "), len(other))
	if !containsTokens(all, elsewhere) {
		t.Error("words of another place that the lead holds not found")
	}
	long := strings.Repeat("tide ", maxContainScan) + text
	hay := lex.tokenize(nil, long, 0, len(long))
	if containsTokens(hay, elsewhere) {
		t.Error("a lead longer than maxContainScan was scanned")
	}
}
