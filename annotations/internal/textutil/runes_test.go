package textutil

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestGeneralPunctuationShortcut checks the premise of the shortcut in
// isTokenRune and isAlnumRune: no rune of the General Punctuation block is
// a letter, number or non-spacing mark.
func TestGeneralPunctuationShortcut(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		if !IsGeneralPunctuation(r) {
			t.Fatalf("%U not in the block", r)
		}
		if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("%U is a letter, number or mark", r)
		}
	}
}

// TestNextWord checks NextWord against the definition of a word read rune
// by rune, from every offset of random strings of letters, digits,
// connectors, spaces, other marks and bytes that are not UTF-8.
func TestNextWord(t *testing.T) {
	plain := func(s string, i int) (start, end int) {
		start = -1
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case IsAlnum(r):
				if start < 0 {
					start = i
				}
			case start >= 0 && (r == '\'' || r == '’' || r == '-' || r == '.') && i+n < len(s) && IsWordRune(s[i+n:]):
			case start >= 0:
				return start, i
			}
			i += n
		}
		return start, len(s)
	}
	pieces := []string{"a", "B", "7", " ", ".", "-", "'", "’", "é", "Ω", "日", "—", "“", ",", "\n", "\xff", "\xe2"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			start, end := NextWord(s, i)
			if ws, we := plain(s, i); start != ws || end != we {
				t.Fatalf("NextWord(%q, %d) = %d, %d, want %d, %d", s, i, start, end, ws, we)
			}
		}
	}
}

// TestDoubleMarkLen checks each double mark's length at its first byte,
// and 0 inside a mark, for single marks and for a mark cut at the end.
func TestDoubleMarkLen(t *testing.T) {
	for _, tt := range []struct {
		s    string
		i    int
		want int
	}{
		{`a"b`, 1, 1},
		{"a“b", 1, 3},
		{"a”b", 1, 3},
		{"a„b", 1, 3},
		{"a«b", 1, 2},
		{"a»b", 1, 2},
		{"a“b", 2, 0},
		{"a’b", 1, 0},
		{"a'b", 1, 0},
		{"a\xe2\x80", 1, 0},
		{"é", 0, 0},
	} {
		if got := DoubleMarkLen(tt.s, tt.i); got != tt.want {
			t.Errorf("DoubleMarkLen(%q, %d) = %d, want %d", tt.s, tt.i, got, tt.want)
		}
	}
}
