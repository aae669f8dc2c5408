package textutil

import (
	"strings"
	"testing"
)

// BenchmarkIsStopword measures the stopword test of every word the
// cleaner measures: an ASCII word goes through the hashed table, a word
// with a curly apostrophe or capital non-ASCII letter through the map and
// an allocation.
func BenchmarkIsStopword(b *testing.B) {
	for _, c := range []struct{ name, word string }{{"ascii", "Because"}, {"ascii-miss", "harbour"}, {"non-ascii", "Don’t"}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				IsStopword(c.word)
			}
		})
	}
}

// BenchmarkWordSetHasFold looks up a word of a set, a word the first
// and last letters tell absent, and one only the hashed table does.
func BenchmarkWordSetHasFold(b *testing.B) {
	set := NewWordSet("said says told added asked replied wrote")
	for _, c := range []struct{ name, word string }{{"hit", "Said"}, {"miss-ends", "harbour"}, {"miss-table", "stayed"}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				set.HasFold(c.word)
			}
		})
	}
}

// TestIsStopword checks the table and shape filter of isStopword against
// the plain definition, a lookup of the lowercase form, on every stopword
// in several cases and on words that are not stopwords.
func TestIsStopword(t *testing.T) {
	plain := func(w string) bool {
		return len(w) <= MaxStopword && stopwords.all[strings.ToLower(strings.ReplaceAll(w, "’", "'"))]
	}
	var words []string
	for w := range stopwords.all {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", "x"+w, strings.ReplaceAll(w, "'", "’"))
	}
	words = append(words, "", "harbour", "Ferry", "über", "ÜBER", "Don’t", "THEMSELVES", "yourselvesx")
	for _, w := range words {
		if got, want := IsStopword(w), plain(w); got != want {
			t.Errorf("IsStopword(%q) = %v, want %v", w, got, want)
		}
	}
}

// FuzzWordSetHasFold checks that HasFold and Has agree with the plain
// map of the set's words, for ASCII words (the hashed path, and the
// filter of first and last letters) and others alike: a word with ASCII
// ends and other letters between (más), or one that only lowering makes
// ASCII (the Kelvin sign K lowers to k).
func FuzzWordSetHasFold(f *testing.F) {
	set := NewWordSet("mr sir ms über élan said x más asked")
	for _, w := range []string{"Mr", "SIR", "said", "Über", "ÉLAN", "Elan", "mR", "", "saidx", "X", "MÁS", "más", "as\u212aed", "\u212a", "ASKED"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := set.HasFold(w), set.all[ToLower(w)]; got != want {
			t.Errorf("HasFold(%q) = %v, want %v", w, got, want)
		}
		if got, want := set.Has(w), set.all[w]; got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	})
}
