package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file splits text into normalised words. It is the package's own,
// small tokeniser; once the shared word helpers settle
// (annotations/internal/textutil) it can give way to them, as long as both
// sides of a comparison use the same one.

// isWordRune reports whether r belongs to a word: letters, digits and the
// combining marks of scripts that need them.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe reports whether r is one of the apostrophes that join the
// halves of "don't" or "council's"; outlets and transcribers use either.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// scanWords calls f for every word of text with its byte range and its
// normalised form: lower case, one apostrophe, no thousands separators.
// Everything that is not part of a word separates words, so quotation
// marks, dashes and punctuation never matter, and "well-known" is the two
// words "well" and "known" whether it is printed with a hyphen, a dash or a
// space.
func scanWords(text string, f func(start, end int, norm string)) {
	var b []byte // the word being normalised, reused
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		b = b[:0]
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if isApostrophe(r) && isWordRune(r) { // ʼ is a letter
				b = append(b, '\'')
				i += n
				continue
			}
			if isWordRune(r) {
				b = utf8.AppendRune(b, unicode.ToLower(r))
				i += n
				continue
			}
			// An apostrophe, or a separator between digits ("1,000",
			// "3.5"), joins when a word rune follows.
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			if i+n < len(text) && isWordRune(next) {
				if isApostrophe(r) {
					b = append(b, '\'')
					i += n
					continue
				}
				if (r == ',' || r == '.') && unicode.IsDigit(next) && i > start {
					prev, _ := utf8.DecodeLastRuneInString(text[:i])
					if unicode.IsDigit(prev) {
						if r == '.' {
							b = append(b, '.')
						}
						i += n
						continue
					}
				}
			}
			break
		}
		// Most words are already in normal form: no copy for them.
		if w := text[start:i]; string(b) == w {
			f(start, i, w)
		} else {
			f(start, i, string(b))
		}
	}
}

// endsSentence reports whether the text between two words ends a sentence
// there: a full stop, question or exclamation mark, an ellipsis, or a
// paragraph break. prev is the normalised word before the gap, so that the
// full stop of "Mr." or an initial is not taken for a sentence end.
func endsSentence(prev, gap string) bool {
	if strings.Contains(gap, "\n\n") || strings.ContainsAny(gap, "!?…") {
		return true
	}
	if !strings.Contains(gap, ".") {
		return false
	}
	if strings.HasPrefix(gap, ".") && !strings.Contains(gap, "..") &&
		(utf8.RuneCountInString(prev) == 1 || abbreviations[prev]) {
		return false
	}
	return true
}

// abbreviations end with a full stop that does not end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"sen": true, "rep": true, "gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true,
	"hon": true, "rev": true, "vs": true, "etc": true, "mt": true,
}
