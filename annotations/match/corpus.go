package match

import (
	"sort"

	"github.com/crossquote/crossquote/annotations/quote"
	"github.com/crossquote/crossquote/annotations/span"
)

// A corpus is the documents of one Match call, tokenised once: the data the
// quote matcher (quotes.go) and the passage matcher (passages.go) share.
// It holds no scratch space; each matcher keeps its own.
type corpus struct {
	lex  *lexicon
	docs []*Source // usable documents only, in input order
	// body holds each document's tokens from its kept paragraphs, in order.
	body [][]token
	// quotes lists every quotation of every document.
	quotes []quoteRef
	// byName finds a document by name, for reading a group's members.
	byName map[string]*Source
	// split holds the quoted pieces of each split quotation, whose span
	// includes the attribution between them.
	split map[quoteKey][]span.Span
	// short holds the quotations of one or two words (quote.Quote.Short),
	// whose speakers take no part in a group's disagreement.
	short map[quoteKey]bool
	// arena holds the words of groups' members while they are settled.
	arena []token
}

// A quoteRef is one quotation and its normalised words.
type quoteRef struct {
	doc  int
	q    *quote.Quote
	toks []token
	// at is the position in the document's body tokens where the quotation
	// starts, for reading its context.
	at int
	// runes are its words joined by spaces, for the edit distance; made
	// when first needed, since most quotations are never compared.
	runes []rune
}

// newCorpus tokenises the kept paragraphs and the quotations of docs,
// leaving out nil sources and spans that do not fit their text.
func newCorpus(docs []*Source) *corpus {
	c := &corpus{lex: newLexicon()}
	for _, d := range docs {
		if d == nil {
			continue
		}
		c.docs = append(c.docs, d)
	}
	c.body = make([][]token, len(c.docs))
	for i, d := range c.docs {
		// A word and its space take about six bytes: sizing the list for
		// one per five saves growing it, paragraph by paragraph, which
		// was the largest allocation of the engine.
		kept := 0
		for _, p := range d.Kept {
			kept += max(0, p.End-p.Start)
		}
		toks := make([]token, 0, kept/5+8)
		for _, p := range d.Kept {
			if s, ok := clampSpan(p, len(d.Text)); ok {
				toks = c.lex.tokenize(toks, d.Text, s.Start, s.End)
			}
		}
		c.body[i] = toks
		for k := range d.Quotes {
			q := &d.Quotes[k]
			s, ok := clampSpan(q.Span, len(d.Text))
			if !ok {
				continue
			}
			var qt []token
			if len(q.Parts) > 0 {
				for _, p := range q.Parts {
					if ps, ok := clampSpan(p, len(d.Text)); ok {
						qt = c.lex.tokenize(qt, d.Text, ps.Start, ps.End)
					}
				}
			} else {
				qt = c.lex.tokenize(qt, d.Text, s.Start, s.End)
			}
			if len(qt) == 0 {
				continue
			}
			at := sort.Search(len(toks), func(j int) bool { return int(toks[j].start) >= s.Start })
			c.quotes = append(c.quotes, quoteRef{doc: i, q: q, toks: qt, at: at})
		}
	}
	return c
}

// clampSpan returns s when it is a valid span of a text of length n; spans
// from a faulty stage are ignored rather than allowed to panic.
func clampSpan(s span.Span, n int) (span.Span, bool) {
	return s, 0 <= s.Start && s.Start < s.End && s.End <= n
}
