package match

import (
	"fmt"
	"strings"
	"testing"
)

func ExampleDiffWords() {
	for _, p := range DiffWords("We will rebuild the bridge", "We will rebuild, the old bridge") {
		fmt.Printf("%d %q\n", p.Op, p.Text)
	}
	// Output:
	// 0 "We will rebuild"
	// 2 ", "
	// 0 "the "
	// 2 "old "
	// 0 "bridge"
}

func TestDiffWords(t *testing.T) {
	tests := []struct {
		a, b string
		want string // parts rendered as =x -x +x
	}{
		{"", "", ""},
		{"same words", "same words", "=same words"},
		{"a comma here", "a comma, here", "=a comma+, =here"},
		{"we dropped a word", "we a word", "=we -dropped =a word"},
		{"it's fine", "it is fine", "-it's +it is =fine"},
		{"", "new", "+new"},
		{"old", "", "-old"},
		{"«Ça va», dit-il", "«Ça va», dit-il", "=«Ça va», dit-il"},
		{"a b c d", "a x c d", "=a -b +x =c d"},
		// Beyond the search limit the ends still diff as equal.
		{"start " + strings.Repeat("w ", 1100) + "end", "start " + strings.Repeat("v ", 1100) + "end",
			"=start -" + strings.Repeat("w ", 1100) + "+" + strings.Repeat("v ", 1100) + "=end"},
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, p := range DiffWords(tt.a, tt.b) {
			b.WriteString([]string{"=", "-", "+"}[p.Op] + p.Text)
		}
		if got := b.String(); got != tt.want {
			t.Errorf("DiffWords(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// FuzzDiffWords checks that the parts rebuild both sides, modulo spacing
// (equal parts carry the second text's spacing). The texts are made valid
// UTF-8 first, as the reader makes every document: with stray bytes,
// dropping the spaces between them can join them into a new character
// (E3 80 · 80 into U+3000, itself a space), so the squashed sides would
// differ though every word is in place.
func FuzzDiffWords(f *testing.F) {
	f.Add("We will rebuild the bridge", "We will rebuild, the old bridge")
	f.Add("«Ça va»", "“Ça va”")
	f.Add("\xe3\x80 \x80", "\xe3\x80X\x80")
	f.Fuzz(func(t *testing.T, a, b string) {
		a, b = strings.ToValidUTF8(a, "\uFFFD"), strings.ToValidUTF8(b, "\uFFFD")
		var ga, gb strings.Builder
		for _, p := range DiffWords(a, b) {
			if p.Op != DiffInsert {
				ga.WriteString(p.Text)
			}
			if p.Op != DiffDelete {
				gb.WriteString(p.Text)
			}
		}
		if diffSquash(ga.String()) != diffSquash(a) {
			t.Errorf("first side %q, want %q", ga.String(), a)
		}
		if diffSquash(gb.String()) != diffSquash(b) {
			t.Errorf("second side %q, want %q", gb.String(), b)
		}
	})
}

func diffSquash(s string) string { return strings.Join(strings.Fields(s), "") }

func TestDiffWordsLongEqual(t *testing.T) {
	long := strings.Repeat("the council said it would rebuild the bridge by spring, ", 400)
	parts := DiffWords(long, long+"again")
	if len(parts) != 2 || parts[0].Op != DiffEqual || parts[1] != (DiffPart{DiffInsert, "again"}) {
		t.Errorf("long near-equal texts: %d parts, want equal + insert", len(parts))
	}
}

func BenchmarkDiffWords(b *testing.B) {
	x := strings.Repeat("the council said it would rebuild the bridge by spring, ", 20)
	y := strings.Replace(x, "would", "will", 5)
	for b.Loop() {
		DiffWords(x, y)
	}
}
