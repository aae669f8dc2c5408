package textutil

import (
	"strings"
	"testing"
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
