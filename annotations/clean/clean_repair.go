package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/span"
)

// sentenceBreaks returns the offsets inside paragraph p of text where a
// sentence runs into the next without a space ("civil war.He is"), in
// order. A space belongs before each offset. Abbreviations and initials
// ("U.S.", "e.g."), decimals ("3.5") and addresses ("gazette.example") are
// left alone: the mark, or a closing quote after it, is followed directly by
// an opening quote or a capital; the mark must follow a lowercase letter, a
// digit or a closing bracket, and the next word must start with a capital
// followed by a letter. A straight double quote right after the mark opens
// a quotation when the paragraph's straight quotes before it are even in
// number on its line, and then the space goes before it (`voted."We`
// becomes `voted. "We`), as it does before a curly opening quote. The
// quotes are counted from the start of the line, so that a paragraph's
// breaks are the same found in it alone or in the whole text.
func sentenceBreaks(text string, p span.Span) []int {
	var cuts []int
	s := text[p.Start:p.End]
	// A cut needs a mark inside a space-separated token with something
	// after it, so only such tokens are looked at closely, each once
	// however many periods it holds (an address has several); most prose
	// has none.
	start, mark := 0, -1 // the token's start and its first inner mark
	// quotes counts the straight double quotes of the line up to
	// s[counted], worked out only for the tokens looked at closely.
	quotes, counted := 0, 0
	endToken := func(end int) { // the token s[start:end] ends at a space or at the end of s
		if tok := s[start:end]; mark >= 0 && mark < end-1 && !isAddress(tok) {
			if nl := strings.LastIndexByte(s[counted:start], '\n'); nl >= 0 {
				quotes, counted = 0, counted+nl+1
			}
			quotes += strings.Count(s[counted:start], `"`)
			counted = start
			for _, c := range tokenBreaks(tok, quotes%2 == 1) {
				cuts = append(cuts, p.Start+start+c)
			}
		}
		mark = -1
	}
	// The text is read from one mark or multi-byte rune to the next, in
	// a loop kept tight for WebAssembly that notes the last ASCII space
	// without a branch: a loop that stopped at every space stopped,
	// mispredicted, at every word. Between two such stops lie ASCII
	// bytes alone, so the token that a space ended is found again there.
	for i, from, lastSpace := 0, 0, -1; ; {
		for i < len(s) {
			c := breakClass[s[i]]
			if c > classSpace {
				break
			}
			if c == classSpace {
				lastSpace = i
			}
			i++
		}
		if lastSpace >= start {
			// The token ended at the first space since the last stop,
			// and the last space starts the current one.
			end := from
			for breakClass[s[end]] != classSpace {
				end++
			}
			endToken(end)
			start = lastSpace + 1
		}
		if i == len(s) {
			endToken(len(s))
			return cuts
		}
		n := 1
		if breakClass[s[i]] == classMark {
			if i > start && mark < 0 {
				mark = i
			}
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				endToken(i)
				start = i + n
			}
		}
		i += n
		from = i
	}
}

// Byte classes of sentenceBreaks: ASCII space, sentence mark, and the
// start or middle of a multi-byte rune; everything else is 0.
const (
	classSpace = 1 + iota
	classMark
	classMulti
)

var breakClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = classMulti
		case c == '.' || c == '!' || c == '?':
			t[c] = classMark
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ':
			t[c] = classSpace
		}
	}
	return t
}()

// tokenBreaks returns the offsets in tok, a run of text without spaces,
// where a new sentence starts right after the end of the previous one.
// quoted says whether a straight-quoted quotation is open where tok starts.
func tokenBreaks(tok string, quoted bool) []int {
	var cuts []int
	for i := 1; i < len(tok); i++ {
		c := tok[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(tok[:i])
		if !(unicode.IsLower(prev) || unicode.IsDigit(prev) || prev == ')') {
			continue
		}
		j := i + 1
		r, n := utf8.DecodeRuneInString(tok[j:])
		opens := r == '"' && quoted == (strings.Count(tok[:j], `"`)%2 == 1)
		if isClosingQuote(r) && !opens {
			j += n
		}
		cut, k := j, j
		if r, n := utf8.DecodeRuneInString(tok[k:]); r == '“' || r == '«' || r == '"' && opens {
			// An opening quote starts the next sentence: the space goes before it.
			k += n
		}
		up, n := utf8.DecodeRuneInString(tok[k:])
		if !unicode.IsUpper(up) {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(tok[k+n:]); !unicode.IsLetter(next) {
			continue
		}
		cuts = append(cuts, cut)
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

// isAddress reports whether tok looks like a web or mail address, where
// dots join parts instead of ending sentences.
func isAddress(tok string) bool {
	return strings.ContainsAny(tok, "/@") || len(tok) >= 4 && strings.EqualFold(tok[:4], "www.")
}
