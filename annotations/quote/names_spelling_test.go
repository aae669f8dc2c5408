package quote

import "testing"

// TestCanonicalizeSpellings checks that one person spelled two ways by two
// outlets is one speaker, and that names further apart, or too short to
// tell a spelling from a name, stay apart.
func TestCanonicalizeSpellings(t *testing.T) {
	runCanonicalCases(t, []canonicalCase{
		{"a changed letter", []string{"Hesham Varo", "Hesham Varo", "Hisham Varo"}, "Hesham Varo"},
		{"a letter more, in two words", []string{"Mohammed Vorsy", "Mohammed Vorsy", "Mohamed Vorsi"}, "Mohammed Vorsy"},
		{"two letters swapped", []string{"Ada Greig", "Ada Greig", "Ada Grieg"}, "Ada Greig"},
		{"a tie goes to the first in byte order", []string{"Hesham Varo", "Hisham Varo"}, "Hesham Varo"},
		// Each form below is left as it is, though most quotations carry the other.
		{"a short word is another name", []string{"Tom Reed", "Tom Reed", "Tim Reed"}, "Tim Reed"},
		{"two letters changed", []string{"Ann Halen", "Ann Halen", "Ann Helan"}, "Ann Helan"},
		{"other initials", []string{"Kira Varo", "Kira Varo", "Mira Varo"}, "Mira Varo"},
		{"a description is no name", []string{"the judge", "the judge", "the judges"}, "the judges"},
		{"a possessive is no name", []string{"Varo's lawyer", "Varo's lawyer", "Varo’s lawyers"}, "Varo’s lawyers"},
	})
}

// TestCanonicalizeSpellingsInOneDocument checks that two spellings one
// document gives as two speakers stay two people.
func TestCanonicalizeSpellingsInOneDocument(t *testing.T) {
	docs := [][]Quote{
		{{Speaker: "Hesham Varo"}, {Speaker: "Hisham Varo"}},
		{{Speaker: "Hisham Varo"}},
	}
	Canonicalize(docs)
	if got := docs[0][0].Speaker; got != "Hesham Varo" {
		t.Errorf("the first speaker of the first document is %q, want Hesham Varo", got)
	}
	if got := docs[1][0].Speaker; got != "Hisham Varo" {
		t.Errorf("the speaker of the second document is %q, want Hisham Varo", got)
	}
}

func TestOneEditApart(t *testing.T) {
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"hesham", "hisham", true},
		{"mohamed", "mohammed", true},
		{"mohammed", "mohamed", true},
		{"greig", "grieg", true},
		{"morsi", "morsy", true},
		{"varo", "varo", false},
		{"halen", "helan", false},
		{"varo", "varoso", false},
		{"ab", "ba", true},
		{"", "a", true},
	} {
		if got := oneEditApart([]rune(tt.x), []rune(tt.y)); got != tt.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}
