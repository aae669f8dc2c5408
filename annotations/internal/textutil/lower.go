package textutil

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// LowerSameWidth returns ToLower(s) when every character's lowercase form
// is as long in UTF-8 as the character, so that a slice of the result is
// the lowercase form of the same slice of s. Lowering maps each character
// on its own, so the slice and the lowered line are then the same bytes.
// It reports false when a character changes width or a byte is not UTF-8.
func LowerSameWidth(s string) (string, bool) {
	b := make([]byte, len(s))
	copy(b, s)
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := binary.LittleEndian.Uint64(b[i:]); x&highBits == 0 {
				// Eight ASCII bytes, lowered together (see lowerWord).
				binary.LittleEndian.PutUint64(b[i:], lowerWord(x))
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if n == 1 || utf8.RuneLen(l) != n {
			return "", false
		}
		utf8.EncodeRune(b[i:], l)
		i += n
	}
	return ownString(b), true
}

// LowerASCII is strings.ToLower for ASCII text in a plain loop: the
// library writes byte by byte through a builder, a call each in
// WebAssembly. Of other text it lowers the ASCII capitals alone, byte for
// byte. Lowering a whole page is a share of the cleaning and of the
// speaker facts, so eight bytes are lowered at a time (see lowerWord).
func LowerASCII(s string) string {
	b := make([]byte, len(s))
	copy(b, s)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], lowerWord(binary.LittleEndian.Uint64(b[i:])))
	}
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return ownString(b)
}

// ownString returns the bytes of b as a string without copying them, as
// strings.Builder does: b must not be written again. The lowercase copy
// of a page is as large as the page, and converting it copied it twice.
func ownString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// highBits has the high bit of each of eight bytes set: the bytes of a
// word with none of them set are all ASCII.
const highBits = 0x8080808080808080

// lowerWord returns the eight bytes of x with each of A to Z made a to z
// and every other byte as it is, without a branch per byte: each capital
// gets its 0x20 bit (see capitalBits), which makes it lower case.
func lowerWord(x uint64) uint64 { return x | capitalBits(x)>>2 }

// capitalBits returns the high bit of each byte of x that is one of A to
// Z: adding 0x80-'A' to a byte's low seven bits sets its high bit where
// the byte is 'A' or above, adding 0x80-'Z'-1 where it is above 'Z', and
// neither sum carries into the next byte; a byte outside ASCII is none.
func capitalBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	low := x &^ highBits
	fromA := low + (0x80-'A')*ones
	pastZ := low + (0x80-'Z'-1)*ones
	return fromA &^ pastZ &^ x & highBits
}

// IndexCapital returns the first byte at or after i in s that is an ASCII
// capital, or len(s): eight bytes are looked at together (see
// capitalBits), as a search for names passes over a page's lower-case
// prose.
func IndexCapital(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if c := capitalBits(x); c != 0 {
			return i + bits.TrailingZeros64(c)/8
		}
	}
	for ; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return i
		}
	}
	return len(s)
}

// ToLower is strings.ToLower in a plain loop, byte for byte the same
// result: the library maps text that is not all ASCII through strings.Map
// and unicode.ToLower, a call per character in WebAssembly, where most
// characters of a line are ASCII even when a few are not.
func ToLower(s string) string {
	i := lowerPrefix(s)
	if i == len(s) {
		return s // unchanged, and like the library without a copy
	}
	// Runs of unchanged text are copied whole: a builder call per byte
	// is what makes the library slow in WebAssembly.
	var b strings.Builder
	b.Grow(len(s))
	start := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteString(s[start:i])
				b.WriteByte(c + 'a' - 'A')
				start = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		// An invalid byte decodes as utf8.RuneError of width 1 and is
		// written as U+FFFD, as strings.Map writes it.
		if l := unicode.ToLower(r); n == 1 || l != r {
			b.WriteString(s[start:i])
			b.WriteRune(l)
			start = i + n
		}
		i += n
	}
	b.WriteString(s[start:])
	return b.String()
}

// lowerPrefix returns the length of the longest prefix of s that ToLower
// leaves as it is.
func lowerPrefix(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 || unicode.ToLower(r) != r {
			return i
		}
		i += n
	}
	return len(s)
}

// EqualFoldASCII reports whether s is the lower-case ASCII word lw with
// any of its letters in upper case. Only ASCII letters fold: unlike
// strings.EqualFold, no other rune stands for one (ſ is no s), as the
// tokenizers lower words.
func EqualFoldASCII(s, lw string) bool {
	if len(s) != len(lw) {
		return false
	}
	for k := 0; k < len(lw); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[k] {
			return false
		}
	}
	return true
}

// HasPrefixFoldASCII reports whether s begins with the lower-case ASCII
// word lw in any case.
func HasPrefixFoldASCII(s, lw string) bool {
	return len(s) >= len(lw) && EqualFoldASCII(s[:len(lw)], lw)
}

// IndexFoldASCII returns the first byte at or after from where s holds
// the lower-case ASCII word lw in any case of its letters, or -1.
func IndexFoldASCII(s, lw string, from int) int {
	if len(lw) == 0 || from+len(lw) > len(s) {
		return -1
	}
	first, upper := lw[0], lw[0]
	if 'a' <= first && first <= 'z' {
		upper -= 'a' - 'A'
	}
	end := len(s) - len(lw) + 1 // the last place lw may start, plus one
	// next finds the next place at or after i that byte c opens: each
	// case of the first letter is searched for only once it is passed.
	next := func(c byte, i int) int {
		if k := strings.IndexByte(s[i:end], c); k >= 0 {
			return i + k
		}
		return end
	}
	lo, up := next(first, from), end
	if upper != first {
		up = next(upper, from)
	}
	for {
		i := min(lo, up)
		if i >= end {
			return -1
		}
		if EqualFoldASCII(s[i:i+len(lw)], lw) {
			return i
		}
		if i == lo {
			lo = next(first, i+1)
		}
		if i == up && upper != first {
			up = next(upper, i+1)
		}
	}
}
