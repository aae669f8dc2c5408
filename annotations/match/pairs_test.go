package match

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// fictionalStory writes n paragraphs of fictional prose in made-up words,
// each different, with a quotation every third paragraph. The words are
// drawn from a vocabulary of a few thousand, so that, as in real prose,
// a run of four words rarely recurs by chance.
func fictionalStory(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, 7))
	syll := strings.Fields("ka lo mi ren tu sa vel or an dri po ne ith ul fa ger mo zi ta ber")
	vocab := make([]string, 4000)
	for i := range vocab {
		w := ""
		for k := 0; k < 2+i%3; k++ {
			w += syll[(i/(k*7+1)+k*i)%len(syll)]
		}
		vocab[i] = w + syll[i%len(syll)]
	}
	sentence := func(words int) string {
		var b strings.Builder
		for k := 0; k < words; k++ {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(vocab[r.IntN(len(vocab))])
		}
		return b.String()
	}
	paras := make([]string, n)
	for i := range paras {
		var b strings.Builder
		for s := 0; s < 3; s++ {
			fmt.Fprintf(&b, "The %s. ", sentence(10+r.IntN(10)))
		}
		if i%3 == 1 {
			fmt.Fprintf(&b, "“We %s,” said Ines Falk.", sentence(8+r.IntN(8)))
		}
		paras[i] = strings.TrimSpace(b.String())
	}
	return paras
}

// TestPairsReprint checks that an outlet reprinting the second half of
// another's article word for word is named a copy, with the shares of
// both bodies, and that an unrelated story sharing one quotation is not.
func TestPairsReprint(t *testing.T) {
	story := fictionalStory(1, 20)
	other := fictionalStory(2, 6)
	other[1] = story[1] // the same remark, quoted by an unrelated story
	docs := []*Source{
		testDoc("origin.txt", strings.Join(story, "\n\n")),
		testDoc("reprint.txt", "Reprinted from the Valley Courier\n\n"+strings.Join(story[10:], "\n\n")),
		testDoc("other.txt", strings.Join(other, "\n\n")),
	}
	groups, pairs := MatchPairs(docs, DefaultOptions())
	if len(groups) == 0 {
		t.Fatal("no groups")
	}
	byNames := make(map[string]Pair)
	for _, p := range pairs {
		byNames[p.A+" "+p.B] = p
	}
	p, ok := byNames["origin.txt reprint.txt"]
	if !ok {
		t.Fatalf("no pair for the reprint; pairs %+v", pairs)
	}
	if !p.Copy || p.AShare < 0.4 || p.AShare > 0.6 || p.BShare < 0.95 {
		t.Errorf("reprint pair: copy %v, a_share %.3f (want about half), b_share %.3f (want nearly all)", p.Copy, p.AShare, p.BShare)
	}
	if len(p.Groups) < 2 {
		t.Errorf("the copy lists groups %q, want the passages and quotations it is made of", p.Groups)
	}
	if len(p.ASpans) != 1 || len(p.BSpans) != 1 {
		t.Errorf("reprint spans: %v and %v, want one stretch each", p.ASpans, p.BSpans)
	}
	if q := byNames["origin.txt other.txt"]; q.Copy || q.A == "" || q.AShare > 0.1 {
		t.Errorf("one shared quotation: %+v, want a small share and no copy", q)
	}
}

// nearTwin returns a fictional text of about size bytes and a copy of it
// with one word changed in the middle.
func nearTwin(size int) (string, string) {
	var paras []string
	n := 0
	for seed := uint64(1); n < size; seed++ {
		for _, p := range fictionalStory(seed, 30) {
			paras = append(paras, p)
			n += len(p) + 2
		}
	}
	a := strings.Join(paras, "\n\n")
	mid := len(a) / 2
	mid += strings.Index(a[mid:], " the ")
	return a, a[:mid] + " one " + a[mid+5:]
}

// nearTwinGroups counts the passages among groups.
func nearTwinGroups(groups []Group) (passages int) {
	for _, g := range groups {
		if g.Kind == KindPassage {
			passages++
		}
	}
	return passages
}

// TestNearTwins checks that two large texts identical but for one word
// are one copy, each carrying all of the other. How their cost grows with
// their size is BenchmarkNearTwins' to say.
func TestNearTwins(t *testing.T) {
	if testing.Short() {
		t.Skip("reads two 4 MB texts")
	}
	for _, size := range []int{1 << 20, 4 << 20} {
		a, b := nearTwin(size)
		groups, pairs := MatchPairs([]*Source{testDoc("a.txt", a), testDoc("b.txt", b)}, DefaultOptions())
		if len(pairs) != 1 || !pairs[0].Copy || pairs[0].AShare < 0.99 || pairs[0].BShare < 0.99 {
			t.Errorf("%d bytes: pairs %v, want one copy of all of each", size, pairs)
		}
		if len(pairs) == 1 && len(pairs[0].Groups) != len(groups) {
			t.Errorf("%d bytes: the copy lists %d of %d groups, want all: the page shows them as one copied item",
				size, len(pairs[0].Groups), len(groups))
		}
		t.Logf("%d bytes: %d groups (%d passages)", size, len(groups), nearTwinGroups(groups))
	}
}

// BenchmarkNearTwins matches two texts identical but for one word, at
// 1 MB and 4 MB each: the time per op should grow about fourfold.
func BenchmarkNearTwins(b *testing.B) {
	for _, size := range []int{1 << 20, 4 << 20} {
		b.Run(fmt.Sprintf("MB=%d", size>>20), func(b *testing.B) {
			a, c := nearTwin(size)
			docs := []*Source{testDoc("a.txt", a), testDoc("b.txt", c)}
			b.ReportAllocs()
			for b.Loop() {
				MatchPairs(docs, DefaultOptions())
			}
		})
	}
}
