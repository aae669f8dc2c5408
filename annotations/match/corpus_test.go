package match

import (
	"slices"
	"testing"

	"github.com/crossquote/crossquote/annotations/span"
)

// TestSpanTokens checks that the tokens of every span of a text taken from
// its kept paragraphs' tokens are those of tokenising the span alone: on
// words joined by connectors, accents, quotation marks, combining marks
// and broken UTF-8, for every span, in a text kept whole or in two
// paragraphs.
func TestSpanTokens(t *testing.T) {
	texts := []string{
		"“Let’s Make a Deal,” she said. 'It's the U.S.-led cease-fire.'",
		"1,000 people, 3.5 percent; «Même si» naïve CAFÉ ﬁnal ＦＵＬＬ",
		"He said \xe2\x80 no\xff—yes \u0301\u0301 e\u0301te\u0345 ok.",
		"end.Next “quote”… players’ union's \"x\" -y- a.b.c",
	}
	for _, text := range texts {
		half := len(text) / 2
		for _, kept := range [][]span.Span{
			{{Start: 0, End: len(text)}},
			{{Start: 0, End: half}, {Start: half + 1, End: len(text)}},
		} {
			c := newCorpus([]*Source{{Name: "a", Text: text, Kept: kept}})
			for from := 0; from < len(text); from++ {
				for to := from + 1; to <= len(text); to++ {
					s := span.Span{Start: from, End: to}
					got := c.spanTokens(0, s)
					want := c.lex.tokenize(nil, text, from, to)
					if !slices.Equal(got, want) {
						t.Fatalf("%q [%d:%d] %q: spanTokens %v, tokenize %v", text, from, to, text[from:to], got, want)
					}
				}
			}
		}
	}
}
