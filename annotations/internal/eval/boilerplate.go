package eval

import (
	"unicode"
	"unicode/utf8"
)

// ShingleSize is the number of consecutive tokens in one shingle of the
// boilerplate metric.
const ShingleSize = 4

// Tokens returns the words of s: the maximal runs of letters, digits, marks
// and connector punctuation, which is what the regular expression \w+ matches
// in its Unicode form.
func Tokens(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWord(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r)
}

// Shingles returns the bag of ShingleSize-token shingles of s, each counted as
// often as it occurs. A text shorter than one shingle yields one shingle of
// all its tokens, so that short texts still count.
func Shingles(s string) map[string]int {
	toks := Tokens(s)
	bag := make(map[string]int)
	if len(toks) == 0 {
		return bag
	}
	if len(toks) < ShingleSize {
		bag[join(toks)]++
		return bag
	}
	for i := 0; i+ShingleSize <= len(toks); i++ {
		bag[join(toks[i:i+ShingleSize])]++
	}
	return bag
}

func join(toks []string) string {
	n := 0
	for _, t := range toks {
		n += len(t) + 1
	}
	b := make([]byte, 0, n)
	for i, t := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t...)
	}
	return string(b)
}

// Counts is the shingle tally of one document: shared (tp), only in the
// prediction (fp) and only in the gold text (fn).
type Counts struct {
	TP, FP, FN int
}

// Compare counts the shingles that predicted and gold share and those that
// only one of them has.
func Compare(predicted, gold string) Counts {
	p, g := Shingles(predicted), Shingles(gold)
	var c Counts
	for k, n := range p {
		m := g[k]
		c.TP += min(n, m)
		c.FP += max(n-m, 0)
	}
	for k, m := range g {
		c.FN += max(m-p[k], 0)
	}
	return c
}

// Precision is tp/(tp+fp), or 1 when the document has neither false
// positives nor false negatives.
func (c Counts) Precision() float64 { return c.ratio(c.FP) }

// Recall is tp/(tp+fn), or 1 when the document has neither false positives
// nor false negatives.
func (c Counts) Recall() float64 { return c.ratio(c.FN) }

// ratio is tp/(tp+miss), with the benchmark's convention for a perfect
// document.
func (c Counts) ratio(miss int) float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP+miss == 0:
		return 0
	}
	return float64(c.TP) / float64(c.TP+miss)
}

// Score is the benchmark result over many documents: precision and recall
// averaged over documents, and their harmonic mean.
type Score struct {
	Precision, Recall, F1 float64
	Documents             int
}

// Macro averages the per-document precision and recall of counts and
// combines them into F1, as the article-extraction benchmark does.
func Macro(counts []Counts) Score {
	s := Score{Documents: len(counts)}
	if len(counts) == 0 {
		return s
	}
	for _, c := range counts {
		s.Precision += c.Precision()
		s.Recall += c.Recall()
	}
	s.Precision /= float64(len(counts))
	s.Recall /= float64(len(counts))
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
