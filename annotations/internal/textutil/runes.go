package textutil

import (
	"unicode"
	"unicode/utf8"
)

// IsASCII reports whether every byte of s is ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// IsGeneralPunctuation reports whether r is in the General Punctuation
// block: curly quotes, dashes, ellipses, special spaces. None of them is a
// letter, number or mark, and they are the commonest non-ASCII characters
// of English news, so they skip the Unicode tables.
func IsGeneralPunctuation(r rune) bool { return 0x2000 <= r && r <= 0x206f }

// ForWords calls f with each word of s and its offset. A word is a run of
// letters and digits, with inner apostrophes, hyphens and periods.
func ForWords(s string, f func(w string, at int)) {
	for i := 0; ; {
		start, end := NextWord(s, i)
		if start < 0 {
			return
		}
		f(s[start:end], start)
		i = end
	}
}

// NextWord returns the bounds of the first word of s at or after i, as
// ForWords defines words, or -1 when there is none. Loops that are hot
// call it directly rather than pass ForWords a function, which in
// WebAssembly costs an indirect call per word. The gap before the word
// and the word are read in loops of their own, each testing an ASCII
// byte with one table lookup: ASCII is nearly all of a page.
func NextWord(s string, i int) (start, end int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if ASCIIAlnum[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isAlnumRune(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return -1, len(s)
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && ASCIIAlnum[c] {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			if r, n = utf8.DecodeRuneInString(s[i:]); isAlnumRune(r) {
				i += n
				continue
			}
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.') && i+n < len(s) && IsWordRune(s[i+n:]) {
			// joins the parts of "don't", "left-of-center" and "U.S".
			i += n
			continue
		}
		return start, i
	}
	return start, len(s)
}

// ASCIIAlnum marks the ASCII letters and digits.
var ASCIIAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// ASCIIKey maps the ASCII letters and digits to their lowercase form and
// every other ASCII byte to 0, for normKey.
var ASCIIKey = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case ASCIIAlnum[c]:
			t[c] = byte(c)
		}
	}
	return t
}()

// IsAlnum reports whether r is a letter or a digit, without the Unicode
// tables for ASCII, which is most of any page.
func IsAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return ASCIIAlnum[r]
	}
	return isAlnumRune(r)
}

// isAlnumRune is IsAlnum for non-ASCII runes, kept apart so that IsAlnum
// is small enough to be inlined: in WebAssembly a call per rune is dear.
func isAlnumRune(r rune) bool {
	return !IsGeneralPunctuation(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// IsWordRune reports whether s starts with a letter or digit, as IsAlnum
// judges them.
func IsWordRune(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return ASCIIAlnum[s[0]]
	}
	r, _ := utf8.DecodeRuneInString(s)
	return isAlnumRune(r)
}

// DecodeRune is utf8.DecodeRuneInString(s[i:]) with the ASCII case first,
// which tokenizers meet for most characters: WebAssembly pays for the call.
func DecodeRune(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// IsSpaceRune is unicode.IsSpace with the ASCII case inline.
func IsSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// Abs returns the absolute value of x.
func Abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// doubleMarkLead marks the first bytes of the double quotation marks
// DoubleMarkLen knows, so that most bytes are told apart by one lookup.
var doubleMarkLead = [256]bool{'"': true, 0xE2: true, 0xC2: true}

// DoubleMarkLen returns the byte length of the double quotation mark at
// s[i] (", “, ”, „, «, »), or 0. It is small enough to be inlined where a
// loop asks it of every byte: the lookup answers for most of them.
func DoubleMarkLen(s string, i int) int {
	if !doubleMarkLead[s[i]] {
		return 0
	}
	return doubleMarkLenAt(s, i)
}

// doubleMarkLenAt is DoubleMarkLen for a byte that may open a mark.
func doubleMarkLenAt(s string, i int) int {
	switch c := s[i]; {
	case c == '"':
		return 1
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x9E):
		return 3
	case c == 0xC2 && i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB):
		return 2
	}
	return 0
}
