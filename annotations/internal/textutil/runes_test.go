package textutil

import (
	"testing"
	"unicode"
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
