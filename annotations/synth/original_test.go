package synth

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/check"
)

func TestGenerateOriginalDeterministic(t *testing.T) {
	o1, a1, _ := GenerateOriginal(7, 5, WithOriginalWords(2000))
	o2, a2, _ := GenerateOriginal(7, 5, WithOriginalWords(2000))
	if !bytes.Equal(o1.Data, o2.Data) {
		t.Fatal("same seed, different originals")
	}
	for i := range a1 {
		if !bytes.Equal(a1[i].Data, a2[i].Data) {
			t.Fatalf("same seed, different %s", a1[i].Name)
		}
	}
	o3, _, _ := GenerateOriginal(8, 5, WithOriginalWords(2000))
	if bytes.Equal(o1.Data, o3.Data) {
		t.Fatal("different seeds, same original")
	}
}

func TestGenerateOriginalTruth(t *testing.T) {
	orig, arts, truth := GenerateOriginal(3, 40)
	text := string(orig.Data)
	if n := len(strings.Fields(text)); n < 20000 || n > 23000 {
		t.Errorf("original has %d words, want about 20,000", n)
	}
	if turns := check.NewOriginal(text).Turns(); len(turns) < 100 {
		t.Errorf("%d speaker turns, want a transcript", len(turns))
	}
	files := map[string]string{}
	for _, f := range arts {
		files[f.Name] = string(f.Data)
	}
	seen := map[check.Verdict]int{}
	var misattributed, insertions, decoys int
	for _, q := range truth.Quotations {
		seen[q.Verdict]++
		for i, p := range q.Parts {
			if got := files[q.File][p.Start:p.End]; got != q.Texts[i] {
				t.Fatalf("%s: part %d is %q, truth says %q", q.File, i, got, q.Texts[i])
			}
		}
		for _, sp := range q.Original {
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("original span %v out of bounds", sp)
			}
		}
		if (q.Verdict == check.NotFound) != (len(q.Original) == 0) {
			t.Errorf("%s %q: verdict %s with %d original spans", q.File, q.Texts, q.Verdict, len(q.Original))
		}
		if q.Verdict == check.Verbatim && len(q.Parts) == 1 && q.Insertion == "" {
			o := text[q.Original[0].Start:q.Original[0].End]
			if norm(o) != norm(q.Texts[0]) {
				t.Errorf("verbatim %q is not %q", q.Texts[0], o)
			}
		}
		if q.Misattributed {
			misattributed++
		}
		if q.Insertion != "" {
			insertions++
		}
		if q.Decoy {
			decoys++
		}
	}
	for _, v := range []check.Verdict{check.Verbatim, check.Elided, check.Altered, check.Stitched, check.NotFound} {
		if seen[v] < len(truth.Quotations)/10 {
			t.Errorf("%d quotations %s of %d", seen[v], v, len(truth.Quotations))
		}
	}
	if misattributed == 0 || insertions == 0 || decoys == 0 {
		t.Errorf("%d misattributed, %d with insertions, %d decoys: want some of each", misattributed, insertions, decoys)
	}
}

// norm lowers s and keeps only letters, digits and single spaces.
func norm(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'')
	}), " ")
}
