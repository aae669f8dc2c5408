package synth_test

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/synth"
)

func TestGenerateIsDeterministic(t *testing.T) {
	f1, t1 := synth.Generate(7, 40)
	f2, t2 := synth.Generate(7, 40)
	if !reflect.DeepEqual(f1, f2) || !reflect.DeepEqual(t1, t2) {
		t.Fatal("two runs with seed 7 differ")
	}
	f3, _ := synth.Generate(8, 40)
	if bytes.Equal(f1[0].Data, f3[0].Data) {
		t.Error("seeds 7 and 8 wrote the same first article")
	}
}

func TestGenerateSmallCorpora(t *testing.T) {
	for n := range 4 {
		files, truth := synth.Generate(1, n)
		if len(files) != n {
			t.Errorf("Generate(1, %d) wrote %d files", n, len(files))
		}
		checkCorpus(t, files, truth)
	}
}

// TestTruthSpans checks that every planted span names the quoted text, that
// it sits between quotation marks and that no other quotation mark opens in
// the articles: filler and boilerplate are free of quotations.
func TestTruthSpans(t *testing.T) {
	files, truth := synth.Generate(3, 150)
	checkCorpus(t, files, truth)
}

// checkCorpus checks the invariants every corpus must keep.
func checkCorpus(t *testing.T, files []annotations.File, truth *synth.Truth) {
	t.Helper()
	text := map[string]string{}
	opened := map[string]int{}
	for i, f := range files {
		if want := fmt.Sprintf("article-%04d.txt", i+1); f.Name != want {
			t.Errorf("file %d is named %q, want %q", i, f.Name, want)
		}
		text[f.Name] = string(f.Data)
		opened[f.Name] = strings.Count(string(f.Data), "“") + strings.Count(string(f.Data), "«") +
			strings.Count(string(f.Data), `"`)/2
	}
	planted := map[string]int{}
	for i, o := range truth.Occurrences {
		s, ok := text[o.File]
		if !ok || o.Start < 0 || o.End > len(s) || o.Start >= o.End {
			t.Fatalf("occurrence %d: span %v outside %s", i, o.Span, o.File)
		}
		if got := s[o.Start:o.End]; got != o.Text {
			t.Errorf("occurrence %d: span names %q, Text is %q", i, got, o.Text)
		}
		before, after := s[:o.Start], s[o.End:]
		if !hasAnyPrefix(after, "”", "»", `"`) || !hasAnySuffix(before, "“", "«", `"`) {
			t.Errorf("occurrence %d in %s is not between quotation marks: %q", i, o.File, s[max(0, o.Start-5):min(len(s), o.End+5)])
		}
		if o.Remark < 0 || o.Remark >= len(truth.Remarks) {
			t.Fatalf("occurrence %d: remark %d out of range", i, o.Remark)
		}
		planted[o.File]++
	}
	for name, n := range opened {
		if n != planted[name] {
			t.Errorf("%s opens %d quotations, %d planted", name, n, planted[name])
		}
	}
}

func hasAnyPrefix(s string, p ...string) bool {
	return slices.ContainsFunc(p, func(x string) bool { return strings.HasPrefix(s, x) })
}

func hasAnySuffix(s string, p ...string) bool {
	return slices.ContainsFunc(p, func(x string) bool { return strings.HasSuffix(s, x) })
}

// words returns the lower-case words of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// innerCommas counts the commas of a quotation, not its final punctuation.
func innerCommas(s string) int { return strings.Count(strings.TrimRight(s, ".,…"), ",") }

// oneLeftOut reports whether short is long with exactly one word left out.
func oneLeftOut(short, long []string) bool {
	if len(long) != len(short)+1 {
		return false
	}
	for i := range long {
		if slices.Equal(short, slices.Concat(long[:i], long[i+1:])) {
			return true
		}
	}
	return false
}

// TestDamage checks that each occurrence differs from its remark exactly as
// its damage says, and that every kind of damage occurs.
func TestDamage(t *testing.T) {
	files, truth := synth.Generate(5, 200)
	count := map[synth.Damage]int{}
	for i, o := range truth.Occurrences {
		rm := truth.Remarks[o.Remark]
		got, want := words(o.Text), words(rm.Text)
		count[o.Damage]++
		var ok bool
		switch o.Damage {
		case synth.DamageNone, synth.DamageMarks, synth.DamageSpeakerVerb:
			ok = slices.Equal(got, want) && innerCommas(o.Text) == innerCommas(rm.Text)
		case synth.DamageCommaAdded:
			ok = slices.Equal(got, want) && innerCommas(o.Text) == innerCommas(rm.Text)+1
		case synth.DamageCommaDropped:
			ok = slices.Equal(got, want) && innerCommas(o.Text) == innerCommas(rm.Text)-1
		case synth.DamageWordInserted:
			ok = oneLeftOut(want, got)
		case synth.DamageWordRemoved:
			ok = oneLeftOut(got, want)
		case synth.DamageTruncatedStart:
			ok = len(got) >= 6 && len(got) < len(want) && slices.Equal(got, want[len(want)-len(got):])
		case synth.DamageTruncatedEnd:
			ok = len(got) >= 6 && len(got) < len(want) && slices.Equal(got, want[:len(got)])
		}
		if !ok {
			t.Errorf("occurrence %d (%v): %q is not a %v rendering of %q", i, o.Damage, o.Text, o.Damage, rm.Text)
		}
		f := fileData(files, o.File)
		curly := strings.HasSuffix(f[:o.Start], "“")
		if curly == (o.Damage == synth.DamageMarks) {
			t.Errorf("occurrence %d (%v): curly marks %v", i, o.Damage, curly)
		}
	}
	for d := synth.DamageNone; d <= synth.DamageSpeakerVerb; d++ {
		if count[d] < 20 {
			t.Errorf("damage %v occurs %d times in 200 articles, want at least 20", d, count[d])
		}
	}
}

func fileData(files []annotations.File, name string) string {
	for _, f := range files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	return ""
}

// TestDecoys checks that every kind of decoy occurs, that a decoy changes its
// original as its kind says, and that it is never quoted in a file that
// quotes the original.
func TestDecoys(t *testing.T) {
	_, truth := synth.Generate(5, 200)
	files := map[int]map[string]bool{}
	for _, o := range truth.Occurrences {
		if files[o.Remark] == nil {
			files[o.Remark] = map[string]bool{}
		}
		files[o.Remark][o.File] = true
	}
	count := map[synth.Decoy]int{}
	for i, rm := range truth.Remarks {
		if rm.Decoy == synth.DecoyNone {
			continue
		}
		count[rm.Decoy]++
		orig := truth.Remarks[rm.Original]
		if orig.Decoy != synth.DecoyNone || len(files[rm.Original]) < 2 {
			t.Errorf("decoy %d imitates remark %d, which is not a shared genuine remark", i, rm.Original)
		}
		for f := range files[i] {
			if files[rm.Original][f] {
				t.Errorf("decoy %d and its original are both quoted in %s", i, f)
			}
		}
		d, o := words(rm.Text), words(orig.Text)
		var ok bool
		switch rm.Decoy {
		case synth.DecoyReordered:
			ok = !slices.Equal(d, o) && slices.Equal(slices.Sorted(slices.Values(d)), slices.Sorted(slices.Values(o)))
		case synth.DecoyNegated:
			ok = slices.ContainsFunc(append(d, o...), func(w string) bool { return w == "not" || w == "cannot" }) &&
				(oneLeftOut(o, d) || oneLeftOut(d, o) || differInOneWord(d, o))
		case synth.DecoyAntonym:
			ok = differInOneWord(d, o)
		}
		if !ok {
			t.Errorf("decoy %d (%v) %q does not fit its original %q", i, rm.Decoy, rm.Text, orig.Text)
		}
	}
	for k := synth.DecoyReordered; k <= synth.DecoyAntonym; k++ {
		if count[k] < 5 {
			t.Errorf("decoy %v occurs %d times in 200 articles, want at least 5", k, count[k])
		}
	}
}

// differInOneWord reports whether a and b have the same length and differ
// in exactly one word ("can" and "cannot" count as one word).
func differInOneWord(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n == 1
}

// TestSize checks that the default average size is about 5 KB and that
// lengths vary.
func TestSize(t *testing.T) {
	files, _ := synth.Generate(2, 300)
	total, smallest, largest := 0, 1<<30, 0
	for _, f := range files {
		total += len(f.Data)
		smallest, largest = min(smallest, len(f.Data)), max(largest, len(f.Data))
	}
	avg := total / len(files)
	if avg < 4500 || avg > 5500 {
		t.Errorf("average article size %d bytes, want about 5000", avg)
	}
	if smallest > avg/2 || largest < avg*13/10 {
		t.Errorf("article sizes %d to %d around %d: too uniform", smallest, largest, avg)
	}
	files, _ = synth.Generate(2, 50, synth.WithArticleSize(2000))
	total = 0
	for _, f := range files {
		total += len(f.Data)
	}
	if avg := total / len(files); avg < 1500 || avg > 2500 {
		t.Errorf("WithArticleSize(2000): average %d bytes", avg)
	}
}

// TestBoilerplate checks that some articles carry a byline and web
// boilerplate for the cleaner to remove.
func TestBoilerplate(t *testing.T) {
	files, _ := synth.Generate(4, 100)
	var byline, clutter int
	for _, f := range files {
		s := string(f.Data)
		if strings.Contains(s, "\n\nBy ") {
			byline++
		}
		if strings.Contains(s, "©") || strings.Contains(s, "Share this article") || strings.Contains(s, "Sign up for our newsletter") {
			clutter++
		}
	}
	if byline < 30 || clutter < 30 {
		t.Errorf("of 100 articles, %d have a byline and %d boilerplate; want at least 30 each", byline, clutter)
	}
}

func FuzzGenerate(f *testing.F) {
	f.Add(int64(1), uint8(5), uint16(5000))
	f.Add(int64(-3), uint8(2), uint16(600))
	f.Fuzz(func(t *testing.T, seed int64, n uint8, size uint16) {
		files, truth := synth.Generate(seed, int(n%20), synth.WithArticleSize(int(size)))
		checkCorpus(t, files, truth)
	})
}

func ExampleGenerate() {
	files, truth := synth.Generate(1, 3)
	for _, f := range files {
		fmt.Println(f.Name)
	}
	o := truth.Occurrences[0]
	fmt.Printf("%s quotes %s (%v):\n%s\n", o.File, truth.Remarks[o.Remark].Speaker, o.Damage, o.Text)
	// Output:
	// article-0001.txt
	// article-0002.txt
	// article-0003.txt
	// article-0001.txt quotes Elin Marchetti (comma-added):
	// My message is that they will strengthen, every tiny school meal plan until the holidays,
}
