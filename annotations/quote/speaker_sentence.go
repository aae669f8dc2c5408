package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
)

// quoteEndsSentence reports whether a quotation ends with a full stop, so that
// what follows its closing mark starts a new sentence. A question or an
// exclamation may still be followed by its attribution (“Why?” she asked).
func quoteEndsSentence(quoted string) bool {
	return strings.HasSuffix(strings.TrimRight(quoted, " "), ".") && !strings.HasSuffix(quoted, "...")
}

// maxSentence bounds in bytes how far attribution looks around a
// quotation, which keeps the work per quotation constant and the whole
// extraction linear even in text without sentence ends.
const maxSentence = 600

// quoteSentenceEnd returns where the sentence that continues at byte from ends,
// at most hi.
func quoteSentenceEnd(text string, from, hi int) int {
	hi = min(hi, from+maxSentence)
	for i := from; i < hi; i++ {
		switch text[i] {
		case '.', '?', '!':
			if i+1 >= hi || spaceAt(text, i+1) > 0 || isGluedSentenceEnd(text, i) {
				if text[i] == '.' && isNameAbbrevBefore(text, from, i) {
					continue
				}
				return i + 1
			}
		}
	}
	return hi
}

// blankLineBefore reports whether the line break at text[nl] ends a
// blank line: only spaces lie between it and the break before it, after
// lo.
func blankLineBefore(text string, lo, nl int) bool {
	for j := nl - 1; j >= lo; j-- {
		switch text[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

// quoteSentenceStart returns where the sentence that holds byte to begins, at
// least lo.
func quoteSentenceStart(text string, lo, to int) int {
	lo = max(lo, to-maxSentence)
	for i := to - 1; i > lo; i-- {
		if c := text[i-1]; c != '.' && c != '?' && c != '!' {
			if c == '\n' && blankLineBefore(text, lo, i-1) {
				// A sentence never runs over a blank line: a heading
				// or a line with no full stop (Story continues below)
				// ends where its paragraph does.
				return i + len(text[i:to]) - len(strings.TrimLeftFunc(text[i:to], unicode.IsSpace))
			}
			// Both sentence ends below follow a full stop, question
			// or exclamation mark: most bytes follow none, passed over
			// without calling isGluedSentenceEnd, which is not inlined.
			continue
		}
		if isGluedSentenceEnd(text, i-1) && !isNameAbbrevBefore(text, lo, i-1) {
			return i
		}
		if n := spaceAt(text, i); n > 0 {
			switch text[i-1] {
			case '.', '?', '!':
				if text[i-1] == '.' && isNameAbbrevBefore(text, lo, i-1) {
					continue
				}
				return i + n
			}
		}
	}
	if lo > 0 && strings.ContainsRune(".?!", rune(text[lo-1])) {
		// “… in May.” Marlow College has issued a statement: the
		// quotation before lo ended its sentence, and the next one
		// begins after its closing mark.
		if t := strings.TrimLeftFunc(text[lo:to], isMarkOrSpace); len(t) < to-lo {
			return to - len(t)
		}
	}
	return afterDateline(text, lo, to)
}

// afterDateline returns where the sentence opening at byte lo begins
// after a news agency's dateline (PORTMORE (AP) —, PORTMORE, Maine —),
// whose place in capitals is no subject, or lo when there is none.
func afterDateline(text string, lo, hi int) int {
	if !opensUpper(text, lo, min(hi, lo+maxDateline)) {
		return lo // the common case, told without reading words
	}
	toks := attrTokenize(text, lo, min(hi, lo+maxDateline))
	k := 0
	for k < len(toks) && toks[k].word && isUpperWord(toks[k].s) {
		k++
	}
	if k == 0 {
		return lo
	}
	if k+1 < len(toks) && toks[k].s == "," && toks[k+1].capitalised() {
		k += 2 // the state or country after the place
		for k < len(toks) && toks[k].capitalised() {
			k++
		}
	}
	if k+2 < len(toks) && toks[k].s == "(" && toks[k+2].s == ")" {
		k += 3 // the agency
	}
	if k < len(toks) && isDash(toks[k]) && toks[k].start > toks[k-1].end() {
		for k+1 < len(toks) && isDash(toks[k+1]) {
			k++ // -- typed for a dash
		}
		return toks[k].end()
	}
	return lo
}

// opensUpper reports whether text[lo:hi] may open with a word in
// capitals: its first rune after spaces is upper-case, and the next no
// lower-case letter.
func opensUpper(text string, lo, hi int) bool {
	i := lo
	for i < hi {
		r, n := textutil.DecodeRune(text[:hi], i)
		if !textutil.IsSpaceRune(r) {
			break
		}
		i += n
	}
	if i >= hi {
		return false
	}
	r, n := textutil.DecodeRune(text[:hi], i)
	if !unicode.IsUpper(r) {
		return false
	}
	if i+n < hi {
		r2, _ := textutil.DecodeRune(text[:hi], i+n)
		return !unicode.IsLower(r2)
	}
	return true
}

// maxDateline is the most bytes a dateline takes (SAN JUAN CAPISTRANO,
// Calif. (Reuters) —).
const maxDateline = 60

// spaceAt returns the length of the space that separates sentences at
// byte i — a space, a tab, a line break or a no-break space (U+00A0, as
// web pages put after a full stop) — or 0.
func spaceAt(text string, i int) int {
	switch text[i] {
	case ' ', '\n', '\t', '\r':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// isGluedSentenceEnd reports whether the full stop at byte dot ends a
// sentence that the next one follows without a space, as text copied from
// web pages often does (“… the week.The talks …”): a lower-case letter or a
// closing quotation mark before it and a capital after it. U.S. has a
// capital before its dots and is not taken for one.
func isGluedSentenceEnd(text string, dot int) bool {
	if dot < 1 || dot+1 >= len(text) || text[dot] != '.' || text[dot+1] < 'A' || text[dot+1] > 'Z' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:dot])
	return unicode.IsLower(r) || strings.ContainsRune("\"”’»", r)
}

// isNameAbbrevBefore reports whether the dot at byte dot ends an abbreviation
// such as Mr. or an initial, so that it does not end the sentence.
func isNameAbbrevBefore(text string, lo, dot int) bool {
	i := dot
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if !isQuoteWordRune(r) && r != '.' {
			break
		}
		i -= n
	}
	return i < dot && (isNameAbbrev(text[i:dot]) || isDateAbbrev(text, text[i:dot], dot))
}

// monthAbbreviations are the months news style cuts before a day (Nov. 6).
var monthAbbreviations = textutil.NewWordSet(`jan feb aug sep sept oct nov dec`)

// isDateAbbrev reports whether w, followed by the dot at byte dot, is a
// month cut before the day's number (Ann Hale told the Gazette on Nov. 6
// the pier was safe.), or before a lower-case word, which opens no
// sentence (on Nov. that the pier was safe, the day left out): a date
// inside the sentence, not its end.
func isDateAbbrev(text, w string, dot int) bool {
	if !monthAbbreviations.HasFold(w) || dot+2 >= len(text) || text[dot+1] != ' ' {
		return false
	}
	c := text[dot+2]
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z'
}

// holdsSentenceEnd reports whether s ends a sentence before its last
// words (“…?” the ad asks. The spot shows him saying, “…”): a full stop,
// question or exclamation mark followed by a space and a capital, the
// dot of an abbreviation (Sen. J. Doe, D-Ohio) not counted.
func holdsSentenceEnd(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !strings.ContainsRune(".?!", rune(s[i])) || s[i+1] != ' ' || s[i+2] < 'A' || s[i+2] > 'Z' {
			continue
		}
		if s[i] != '.' || !isNameAbbrevBefore(s, 0, i) {
			return true
		}
	}
	return false
}
