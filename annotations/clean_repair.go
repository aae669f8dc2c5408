package annotations

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceBreaks returns the offsets inside paragraph p of text where a
// sentence runs into the next without a space ("civil war.He is"), in
// order. A space belongs before each offset. Abbreviations and initials
// ("U.S.", "e.g."), decimals ("3.5") and addresses ("bloomberg.com") are
// left alone: the mark, or a closing quote after it, is followed directly by
// an opening quote or a capital; the mark must follow a lowercase letter, a digit or a closing
// bracket, and the next word must start with a capital followed by a letter.
func sentenceBreaks(text string, p Span) []int {
	var cuts []int
	s := text[p.Start:p.End]
	for i := 1; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		if !(unicode.IsLower(prev) || unicode.IsDigit(prev) || prev == ')') {
			continue
		}
		j := i + 1
		r, n := utf8.DecodeRuneInString(s[j:])
		if isClosingQuote(r) {
			j += n
		}
		cut, k := j, j
		if r, n := utf8.DecodeRuneInString(s[k:]); r == '“' || r == '«' {
			// An opening quote starts the next sentence: the space goes before it.
			k += n
		}
		up, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsUpper(up) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(s[k+n:]); !unicode.IsLetter(next) {
			continue
		}
		if inAddress(s, i) {
			continue
		}
		cuts = append(cuts, p.Start+cut)
	}
	return cuts
}

func isClosingQuote(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›':
		return true
	}
	return false
}

// inAddress reports whether offset i of s lies in a token that looks like a
// web or mail address, where dots join parts instead of ending sentences.
func inAddress(s string, i int) bool {
	start := strings.LastIndexFunc(s[:i], unicode.IsSpace) + 1
	end := strings.IndexFunc(s[i:], unicode.IsSpace)
	if end < 0 {
		end = len(s)
	} else {
		end += i
	}
	tok := s[start:end]
	return strings.ContainsAny(tok, "/@") || strings.HasPrefix(strings.ToLower(tok), "www.")
}
