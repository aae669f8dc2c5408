package match_test

import (
	"fmt"

	"github.com/crossquote/crossquote/annotations/match"
	"github.com/crossquote/crossquote/annotations/quote"
	"github.com/crossquote/crossquote/annotations/span"
)

// source makes a Source of a one-paragraph text, with the quotations the
// quote stage finds in it.
func source(name, text string) *match.Source {
	kept := []span.Span{{Start: 0, End: len(text)}}
	return &match.Source{Name: name, Text: text, Kept: kept, Quotes: quote.Extract(text, kept)}
}

func ExampleMatch() {
	docs := []*match.Source{
		source("wire.txt", `The minister said “we are not selling the railway, not this year and not next” on Friday.`),
		source("daily.txt", `“We’re not selling the railway,” the minister insisted.`),
		source("weekly.txt", `“We are not selling the railway – not this year, and not next,” she said.`),
	}
	for _, g := range match.Match(docs, match.DefaultOptions()) {
		fmt.Println(g.ID, g.Kind)
		for _, m := range g.Members {
			fmt.Printf("  %s %s %.2f %q\n", m.Document, m.Relation, m.Similarity, m.Text)
		}
	}
	// Output:
	// g1 quote
	//   wire.txt identical 1.00 "we are not selling the railway, not this year and not next"
	//   daily.txt fragment 0.33 "We’re not selling the railway,"
	//   weekly.txt identical 1.00 "We are not selling the railway – not this year, and not next,"
}
