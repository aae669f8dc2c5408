package match

import (
	"sort"
	"unicode/utf8"

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
	// paras[d][k] is where the tokens of the k-th kept paragraph of
	// document d start in body[d]; len(body[d]) comes last.
	paras [][]int
	// quotes lists every quotation of every document.
	quotes []quoteRef
	// byName finds a document's index by name, for reading a group's
	// members.
	byName map[string]int
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
	c.paras = make([][]int, len(c.docs))
	for i, d := range c.docs {
		// A word and its space take about six bytes: sizing the list for
		// one per five saves growing it, paragraph by paragraph, which
		// was the largest allocation of the engine.
		kept := 0
		for _, p := range d.Kept {
			kept += max(0, p.End-p.Start)
		}
		toks := make([]token, 0, kept/5+8)
		paras := make([]int, 0, len(d.Kept)+1)
		for _, p := range d.Kept {
			paras = append(paras, len(toks))
			if s, ok := clampSpan(p, len(d.Text)); ok {
				toks = c.lex.tokenize(toks, d.Text, s.Start, s.End)
			}
		}
		paras = append(paras, len(toks))
		c.body[i], c.paras[i] = toks, paras
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
						qt = append(qt, c.spanTokens(i, ps)...)
					}
				}
			} else {
				qt = c.spanTokens(i, s)
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

// spanTokens returns the tokens of the span s of document doc. Most
// quotations lie inside a kept paragraph between quotation marks:
// their tokens are then the paragraph's tokens inside the span, found by
// binary search rather than tokenised again (a seventh of the tokens of
// multinews-dev), and returned as a slice of body whose capacity ends with
// it, so that appending to it copies. Tokenising the span alone gives the
// same tokens when no word runs across its ends (see separatorBefore and
// separatorAt), since the tokenizer then reads the same runes to tell
// where each word ends. Other spans are tokenised alone.
func (c *corpus) spanTokens(doc int, s span.Span) []token {
	d, body, paras := c.docs[doc], c.body[doc], c.paras[doc]
	for k, p := range d.Kept {
		p, ok := clampSpan(p, len(d.Text))
		if !ok || s.Start < p.Start || p.End < s.End {
			continue
		}
		if !separatorBefore(d.Text, p.Start, s.Start) || !separatorAt(d.Text, s.End, p.End) {
			break
		}
		toks := body[paras[k]:paras[k+1]]
		from := sort.Search(len(toks), func(j int) bool { return int(toks[j].start) >= s.Start })
		to := sort.Search(len(toks), func(j int) bool { return int(toks[j].start) >= s.End })
		return toks[from:to:to]
	}
	return c.lex.tokenize(nil, d.Text, s.Start, s.End)
}

// separatorBefore reports whether the tokenizer, reading text from from
// on, stands between words at at: at is from, or the rune before it is a
// separator (see isSeparator).
func separatorBefore(text string, from, at int) bool {
	if at == from {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(text[from:at])
	return isSeparator(r, n)
}

// separatorAt reports whether a word of text[:to] that reaches at ends
// there: at is to, or the rune at it is a separator (see isSeparator), or
// a connector that joins nothing, since a separator or to follows it (the
// period that ends a sentence).
func separatorAt(text string, at, to int) bool {
	if at == to {
		return true
	}
	r, n := utf8.DecodeRuneInString(text[at:to])
	if isConnector(r) {
		if at+n == to {
			return true
		}
		r, n = utf8.DecodeRuneInString(text[at+n : to])
	}
	return isSeparator(r, n)
}

// isSeparator reports whether the rune r, decoded from n bytes, is whole
// and can neither belong to a word nor join two parts of one. Whole, so
// that the tokenizer decodes it, from either side, at the same place.
func isSeparator(r rune, n int) bool {
	if r == utf8.RuneError && n <= 1 {
		return false
	}
	return !isTokenRune(r) && !isConnector(r)
}
