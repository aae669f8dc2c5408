package check

import (
	"os"
	"testing"
)

// FuzzCheck checks that any original and any quotation give a valid
// verdict with spans inside the texts, and no panic.
func FuzzCheck(f *testing.F) {
	b, err := os.ReadFile("testdata/briefing.txt")
	if err != nil {
		f.Fatal(err)
	}
	brief := string(b)
	f.Add(brief, "That will not happen again.", "", "Brandvold")
	f.Add(brief, "the council will run … [...] a second [boat", "out of fares]", "Halvorsen")
	f.Add(brief, "[T]he engineers [tell] me [...]", "[", "Q")
	f.Add("Q: A? A: B. Q:", "a … b", "b", "")
	f.Add("", "…", "...", "MR. X")
	f.Add("MR. X: \xff\xfe [\n] ʼ’'", "ʼ’' [a]b[c] . . .", "(…)", "x")
	f.Fuzz(func(t *testing.T, original, part1, part2, speaker string) {
		o := NewOriginal(original)
		q := Quotation{Speaker: speaker, Parts: []Part{{Text: part1, Start: 3}}}
		if part2 != "" {
			q.Parts = append(q.Parts, Part{Text: part2, Start: 3 + len(part1) + 5})
		}
		docEnd := 3 + len(part1) + 5 + len(part2)
		r := o.Check(q)
		if !r.Verdict.Valid() {
			t.Fatalf("verdict %q", r.Verdict)
		}
		if (r.Verdict == NotFound) != (len(r.Original) == 0) {
			t.Fatalf("verdict %s with spans %v", r.Verdict, r.Original)
		}
		for _, sp := range r.Original {
			if sp.Start < 0 || sp.End > len(original) || sp.Start >= sp.End {
				t.Fatalf("original span %v out of [0, %d)", sp, len(original))
			}
		}
		if r.Similarity < 0 || r.Similarity > 1 {
			t.Fatalf("similarity %v", r.Similarity)
		}
		for _, in := range r.Insertions {
			if in.Quotation.Start < 3 || in.Quotation.End > docEnd || in.Quotation.Start >= in.Quotation.End {
				t.Fatalf("insertion span %v out of the quotation", in.Quotation)
			}
			if in.Replaces != nil && (in.Replaces.Start < 0 || in.Replaces.End > len(original) || in.Replaces.Start > in.Replaces.End) {
				t.Fatalf("replaced span %v out of [0, %d]", *in.Replaces, len(original))
			}
		}
		for _, tu := range o.Turns() {
			if tu.Label.Start < 0 || tu.Label.End > tu.Speech.Start || tu.Speech.Start > tu.Speech.End || tu.Speech.End > len(original) {
				t.Fatalf("turn %+v out of order or bounds", tu)
			}
		}
	})
}
