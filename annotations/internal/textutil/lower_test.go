package textutil

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// lowerLines are lines of the kinds the cleaner lowers: ASCII, ASCII with
// capitals, and mixed with typographic quotes and accents.
var lowerLines = []string{
	"share this story on social media",
	"Photo: Mara Velde for The Harbour Courier",
	"“We are not done yet,” Señor Ruiz told the Élan Gazette’s reporters.",
}

// BenchmarkToLower and BenchmarkStringsToLower are a pair: ToLower is
// strings.ToLower without a call per character in WebAssembly; compare
// them with GOOS=js GOARCH=wasm and go_js_wasm_exec.
func BenchmarkToLower(b *testing.B)        { benchLower(b, ToLower) }
func BenchmarkStringsToLower(b *testing.B) { benchLower(b, strings.ToLower) }

func benchLower(b *testing.B, lower func(string) string) {
	for _, s := range lowerLines {
		if got, want := lower(s), strings.ToLower(s); got != want {
			b.Fatalf("lower(%q) = %q, want %q", s, got, want)
		}
	}
	for b.Loop() {
		for _, s := range lowerLines {
			lower(s)
		}
	}
}

// FuzzToLower checks that ToLower is byte for byte strings.ToLower, on
// valid and invalid UTF-8 alike.
func FuzzToLower(f *testing.F) {
	for _, s := range lowerLines {
		f.Add(s)
	}
	f.Add("İSTANBUL ΣΟΦΊΑ \xff\xfe ǅ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ToLower(s), strings.ToLower(s); got != want {
			t.Errorf("ToLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestLowerASCII checks LowerASCII and LowerSameWidth against lowering
// byte by byte, and IndexCapital against a search rune by rune, with
// every byte value at every place of an eight-byte word and in the bytes
// after the last whole word.
func TestLowerASCII(t *testing.T) {
	lowerBytes := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	for c := 0; c < 256; c++ {
		for at := 0; at < 11; at++ {
			b := []byte("Harbour radio")[:11]
			b[at] = byte(c)
			s := string(b)
			if got, want := LowerASCII(s), lowerBytes(s); got != want {
				t.Fatalf("LowerASCII(%q) = %q, want %q", s, got, want)
			}
			want := strings.IndexFunc(s[2:], func(r rune) bool { return 'A' <= r && r <= 'Z' })
			if want < 0 {
				want = len(s)
			} else {
				want += 2
			}
			if got := IndexCapital(s, 2); got != want {
				t.Fatalf("IndexCapital(%q, 2) = %d, want %d", s, got, want)
			}
			if c < utf8.RuneSelf {
				if got, ok := LowerSameWidth(s); !ok || got != lowerBytes(s) {
					t.Fatalf("LowerSameWidth(%q) = %q, %v, want %q, true", s, got, ok, lowerBytes(s))
				}
			}
		}
	}
	for _, s := range append(lowerLines, "“Señor ÉLAN, THE HARBOUR” said ZED.", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{") {
		if got, ok := LowerSameWidth(s); !ok || got != strings.ToLower(s) {
			t.Errorf("LowerSameWidth(%q) = %q, %v, want %q, true", s, got, ok, strings.ToLower(s))
		}
	}
}

// TestIndexFoldASCII checks IndexFoldASCII against searching the lowered
// text, at every starting place.
func TestIndexFoldASCII(t *testing.T) {
	text := `Hale said. HALE, hale and HaLe; the hALE hale-Hale “Halé” ha`
	lower := LowerASCII(text)
	for _, w := range []string{"hale", "h", "ha", "le", "x", "hale-hale", "a"} {
		for from := 0; from <= len(text); from++ {
			want := strings.Index(lower[from:], w)
			if want >= 0 {
				want += from
			}
			if got := IndexFoldASCII(text, w, from); got != want {
				t.Errorf("IndexFoldASCII(%q, %d) = %d, want %d", w, from, got, want)
			}
		}
	}
}

// TestEqualFoldASCII checks that only ASCII letters fold and that lengths
// must agree.
func TestEqualFoldASCII(t *testing.T) {
	for _, c := range []struct {
		s, lw string
		want  bool
	}{
		{"HaLe", "hale", true},
		{"hale", "hale", true},
		{"hales", "hale", false},
		{"hal", "hale", false},
		{"ſay", "say", false},
		{"H4LE", "h4le", true},
		{"[ale", "{ale", false},
	} {
		if got := EqualFoldASCII(c.s, c.lw); got != c.want {
			t.Errorf("EqualFoldASCII(%q, %q) = %v, want %v", c.s, c.lw, got, c.want)
		}
	}
}
