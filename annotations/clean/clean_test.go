package clean

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/span"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// describe renders a cleaning result for golden files: the metadata, then
// every kept and removed span in text order, then the body.
func describe(text string, c Cleaned) string {
	type line struct {
		s    span.Span
		kind string
	}
	var lines []line
	for _, p := range c.Paragraphs {
		lines = append(lines, line{p, "keep"})
	}
	for _, r := range c.Removed {
		lines = append(lines, line{r.Span, "remove " + string(r.Reason)})
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].s.Start < lines[j].s.Start })
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nbyline: %s\ndate: %s\nlink: %s\n\n", c.Meta.Title, c.Meta.Byline, c.Meta.Date, c.Meta.Link)
	for _, l := range lines {
		fmt.Fprintf(&b, "%-22s %q\n", l.kind, l.s.Text(text))
	}
	fmt.Fprintf(&b, "\nbody:\n%s\n", c.Body)
	return b.String()
}

func TestCleanGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "clean", "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs in testdata/clean: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			c := Clean(text)
			checkCleaned(t, text, c)
			got := describe(text, c)
			golden := strings.TrimSuffix(in, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("Clean(%s) differs from %s:\n%s", in, golden, got)
			}
		})
	}
}

// checkCleaned checks the invariants every result must keep: spans in
// bounds, sorted, disjoint and trimmed; every non-blank byte covered;
// Body offsets mapping into the text; cleaning the body changes nothing.
func checkCleaned(t *testing.T, text string, c Cleaned) {
	t.Helper()
	checkSpans(t, text, c)
	if again := Clean(c.Body).Body; again != c.Body {
		t.Errorf("cleaning the body changed it:\n%q\n%q", c.Body, again)
	}
}

// checkSpans checks that a removed title or byline fills its field, and
// the invariants of checkCleaned but the last, which
// holds for the text cleaner only: a body found in a page's DOM may hold
// lines the text cleaner, seeing them alone, would remove.
func checkSpans(t *testing.T, text string, c Cleaned) {
	t.Helper()
	for _, r := range c.Removed {
		// What is lifted out of the body is not lost: it fills its field.
		if r.Reason == ReasonByline && c.Meta.Byline == "" || r.Reason == ReasonTitle && c.Meta.Title == "" {
			t.Errorf("%q removed as %s, but the field is empty", r.Text(text), r.Reason)
		}
	}
	type tagged struct {
		s    span.Span
		kept bool
	}
	var all []tagged
	for _, p := range c.Paragraphs {
		all = append(all, tagged{p, true})
	}
	for i, r := range c.Removed {
		if r.Reason == "" {
			t.Errorf("removal %v has no reason", r.Span)
		}
		if i > 0 && c.Removed[i-1].Start > r.Start {
			t.Errorf("removals not sorted at %d", i)
		}
		all = append(all, tagged{r.Span, false})
	}
	for i, p := range c.Paragraphs {
		if i > 0 && c.Paragraphs[i-1].End > p.Start {
			t.Errorf("paragraphs not sorted or overlapping at %d", i)
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s.Start < all[j].s.Start })
	covered := 0
	for i, a := range all {
		if a.s.Start < 0 || a.s.End > len(text) || a.s.Len() <= 0 {
			t.Fatalf("span %v out of bounds (len %d) or empty", a.s, len(text))
		}
		if i > 0 && all[i-1].s.End > a.s.Start {
			t.Fatalf("spans %v and %v overlap", all[i-1].s, a.s)
		}
		if trimSpan(text, a.s) != a.s {
			t.Errorf("span %v is not trimmed: %q", a.s, a.s.Text(text))
		}
		if gap := (span.Span{Start: covered, End: a.s.Start}); trimSpan(text, gap).Len() > 0 {
			t.Errorf("text %q is neither kept nor removed", gap.Text(text))
		}
		covered = a.s.End
	}
	if gap := (span.Span{Start: covered, End: len(text)}); trimSpan(text, gap).Len() > 0 {
		t.Errorf("text %q is neither kept nor removed", gap.Text(text))
	}
	for b := 0; b <= len(c.Body); b++ {
		if o := c.TextOffset(b); o < 0 || o > len(text) {
			t.Fatalf("TextOffset(%d) = %d, outside the text (len %d)", b, o, len(text))
		}
	}
}

func TestCleanEmpty(t *testing.T) {
	for _, s := range []string{"", "\n\n", " \t\n \u00a0\n"} {
		c := Clean(s)
		if c.Body != "" || len(c.Paragraphs) != 0 || len(c.Removed) != 0 {
			t.Errorf("Clean(%q) = %+v, want nothing", s, c)
		}
		checkCleaned(t, s, c)
	}
}

// TestCleanNothingToRemove checks the fast path: an article without
// boilerplate keeps its paragraphs as they are.
func TestCleanNothingToRemove(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "clean", "clean.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	c := Clean(text)
	if len(c.Removed) != 0 {
		t.Errorf("removed %v from a clean article", c.Removed)
	}
	if want := SplitParagraphs(text); fmt.Sprint(c.Paragraphs) != fmt.Sprint(want) {
		t.Errorf("paragraphs = %v, want %v", c.Paragraphs, want)
	}
}

// TestCaptionCredits checks that a photo's credit goes and a sentence
// that names a photo before a colon stays.
func TestCaptionCredits(t *testing.T) {
	keep := "Ann Varo captioned the photo: \"Twenty years on this quay and I would do it all again.\""
	credit := "The harbour wall at high tide. Photo: Tom Bell"
	text := "The ferry left on time on Monday, as it has for twenty years.\n\n" + keep + "\n\n" + credit + "\n\nThe crossing took forty minutes in calm water.\n"
	c := Clean(text)
	if !strings.Contains(c.Body, keep) {
		t.Errorf("body lost the sentence naming the photo:\n%s", c.Body)
	}
	if strings.Contains(c.Body, "Photo: Tom Bell") {
		t.Errorf("body keeps the credit:\n%s", c.Body)
	}
}

func TestSentenceRepair(t *testing.T) {
	tests := []struct{ in, want string }{
		{"It ended the civil war.He is now retired.", "It ended the civil war. He is now retired."},
		{"She asked why?Nobody knew.", "She asked why? Nobody knew."},
		{"«We will work,» he said.«Always.»Then he left.", "«We will work,» he said. «Always.» Then he left."},
		{"They met in the U.S. and the U.N. last week.", "They met in the U.S. and the U.N. last week."},
		{"The U.S.Army band played.", "The U.S.Army band played."},
		{"Prices rose 3.5 percent, e.g. in Lisbon.", "Prices rose 3.5 percent, e.g. in Lisbon."},
		{"See harbour-news.example.com/Story for more.", "See harbour-news.example.com/Story for more."},
		{"The vote was 7-2 in 2025.The next one is in May.", "The vote was 7-2 in 2025. The next one is in May."},
		{"He said \"no.\"Then silence.", "He said \"no.\" Then silence."},
		// A straight quote after the mark opens a quotation when the
		// quotes before it are paired: the space goes before it.
		{"The board voted.\"We will rebuild,\" said Ada Fenn.", "The board voted. \"We will rebuild,\" said Ada Fenn."},
		{"\"It is done.\"Then \"we go.\"After that.\"Fine.\"", "\"It is done.\" Then \"we go.\" After that. \"Fine.\""},
		{"A.J.Farrow wrote it.", "A.J.Farrow wrote it."},
	}
	for _, tt := range tests {
		p := span.Span{Start: 0, End: len(tt.in)}
		var b strings.Builder
		last := 0
		for _, cut := range sentenceBreaks(tt.in, p) {
			b.WriteString(tt.in[last:cut] + " ")
			last = cut
		}
		b.WriteString(tt.in[last:])
		if got := b.String(); got != tt.want {
			t.Errorf("repair(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTextOffset(t *testing.T) {
	text := "Brief Headline Here\n\nThe mayor spoke for an hour on Monday evening.She left early.\n\nNothing else happened at the long meeting of the council that night."
	c := Clean(text)
	if c.Meta.Title != "Brief Headline Here" {
		t.Fatalf("title = %q", c.Meta.Title)
	}
	for b := 0; b < len(c.Body); b++ {
		o := c.TextOffset(b)
		if c.Body[b] == text[o] {
			continue
		}
		// Only inserted bytes may differ: the repair space and paragraph breaks.
		if c.Body[b] != ' ' && c.Body[b] != '\n' {
			t.Errorf("Body[%d] = %q maps to text[%d] = %q", b, c.Body[b], o, text[o])
		}
	}
	i := strings.Index(c.Body, "She")
	if got := c.TextOffset(i); text[got:got+3] != "She" {
		t.Errorf("TextOffset(%d) = %d, text there is %q", i, got, text[got:])
	}
}

func FuzzClean(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "clean", "*.txt"))
	for _, in := range inputs {
		if data, err := os.ReadFile(in); err == nil {
			f.Add(string(data))
		}
	}
	f.Add("")
	f.Add("A\n\nA\n\nwar.He went home and said that it was a very long day indeed for all.")
	f.Add("Short Title Line\n\nBy Ann Lee\n\n• a\n• b\n• c\n")
	f.Add("A – 0\nAA – 0\nAA – 1\n0\nA 0 0 0 – 0 0 0 0 0 0 0 0 0 0 0 0 0 0 A 0")
	f.Add(strings.Repeat("0", 125) + strings.Repeat(" 0", 15) + " A 0 0 A\n0 0 A 0\n0 0 0 0\nJAn 0 @ A a\nJAn @ A\nJAn @ B")
	f.Fuzz(func(t *testing.T, text string) {
		checkCleaned(t, text, Clean(text))
	})
}

func ExampleClean() {
	text := `Harbour Bell Returns to the Clock Tower

Share this article

The old harbour bell was rehung in the clock tower on Saturday, forty years after it was taken down for repairs.Hundreds of people came to hear it ring.

"It sounds just as I remember it," said retired fisherman Colm Adair, who was a boy when it last rang.

Copyright © 2026 Harbour Weekly. All rights reserved.`
	c := Clean(text)
	fmt.Println("Title:", c.Meta.Title)
	for _, r := range c.Removed {
		fmt.Printf("removed %s: %s\n", r.Reason, r.Text(text))
	}
	fmt.Println(c.Body)
	// Output:
	// Title: Harbour Bell Returns to the Clock Tower
	// removed title: Harbour Bell Returns to the Clock Tower
	// removed share: Share this article
	// removed copyright: Copyright © 2026 Harbour Weekly. All rights reserved.
	// The old harbour bell was rehung in the clock tower on Saturday, forty years after it was taken down for repairs. Hundreds of people came to hear it ring.
	//
	// "It sounds just as I remember it," said retired fisherman Colm Adair, who was a boy when it last rang.
}

func benchmarkClean(b *testing.B, name string) {
	data, err := os.ReadFile(filepath.Join("testdata", "clean", name))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n\n", 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Clean(text)
	}
}

// BenchmarkClean measures an article with nothing to remove and a page full
// of boilerplate, each repeated to a few kilobytes.
func BenchmarkClean(b *testing.B) {
	b.Run("clean", func(b *testing.B) { benchmarkClean(b, "clean.txt") })
	b.Run("boilerplate", func(b *testing.B) { benchmarkClean(b, "forum.txt") })
}

// BenchmarkSentenceBreaks measures the search for sentences run together,
// which the cleaner makes for every kept paragraph. Prose whose periods
// all stand before a space has nothing to repair and takes the fast path:
// a byte loop that never looks at a token; run-together prose makes it
// check each token with an inner mark.
func BenchmarkSentenceBreaks(b *testing.B) {
	clean := strings.Repeat("The ferry left the harbour at dawn, and the crew said the crossing was calm. Passengers waited on the quay for an hour. ", 40)
	glued := strings.Repeat("The ferry left the harbour at dawn, and the crew said the crossing was calm.Passengers waited on the quay for an hour.", 40)
	for _, c := range []struct{ name, text string }{{"nothing-to-repair", clean}, {"run-together", glued}} {
		b.Run(c.name, func(b *testing.B) {
			p := span.Span{Start: 0, End: len(c.text)}
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				sentenceBreaks(c.text, p)
			}
		})
	}
}

// TestHeaderMetadata checks the header lines of fictional articles: the
// headline is the title however short or however capitalised, and every
// byline shape fills the byline.
func TestHeaderMetadata(t *testing.T) {
	body := "\n\nThe tide mill at Saltmarsh Quay reopened to visitors on Saturday, after volunteers spent three winters rebuilding the sluice gates.\n\n" +
		"\"We were told the wheel would never move again,\" said Wren Castell, who chairs the mill trust, on the quay that afternoon.\n"
	tests := []struct {
		header, title, byline string
	}{
		{"Mill reopens\n\nJessamy Thorne", "Mill reopens", "Jessamy Thorne"},
		{"Volunteers bring the old tide mill back to life\n\nBy JESSAMY THORNE", "Volunteers bring the old tide mill back to life", "JESSAMY THORNE"},
		{"Tide Mill Turns Again\nSaltmarsh Gazette staff\n9 May 2026", "Tide Mill Turns Again", "Saltmarsh Gazette staff"},
		{"Tide Mill Turns Again\n\nWritten by Jessamy Thorne and Ivo Marsh", "Tide Mill Turns Again", "Jessamy Thorne and Ivo Marsh"},
	}
	for _, tt := range tests {
		text := tt.header + body
		c := Clean(text)
		checkCleaned(t, text, c)
		if c.Meta.Title != tt.title || c.Meta.Byline != tt.byline {
			t.Errorf("header %q: title %q, byline %q; want %q, %q", tt.header, c.Meta.Title, c.Meta.Byline, tt.title, tt.byline)
		}
		if !strings.Contains(c.Body, "Wren Castell") || !strings.HasPrefix(c.Body, "The tide mill") {
			t.Errorf("header %q: body %q", tt.header, c.Body)
		}
	}
}

// TestRepeatedParagraphKeepsOneCopy checks issue 13's case: a paragraph
// printed twice in a row keeps its first copy, and with it its quotation,
// while a caption printed twice goes whole.
func TestRepeatedParagraphKeepsOneCopy(t *testing.T) {
	lead := "\"This wall has kept the town dry for a hundred years and it will for another hundred,\" said council leader Bram Ostrey."
	caption := "The harbour wall at high tide on Tuesday."
	text := "Council votes to rebuild the harbour wall\n\n" + lead + "\n\n" + lead + "\n\n" +
		"The council voted by nine votes to two to borrow the money for the work, which will start in the autumn and take two years.\n\n" +
		caption + "\n\n" + caption + "\n"
	c := Clean(text)
	checkCleaned(t, text, c)
	if n := strings.Count(c.Body, lead); n != 1 {
		t.Errorf("body holds the repeated paragraph %d times, want once:\n%s", n, c.Body)
	}
	if strings.Contains(c.Body, caption) {
		t.Errorf("body keeps the caption printed twice:\n%s", c.Body)
	}
}

// TestSentenceBreaksByLine checks that a paragraph's sentence breaks are
// the same found in the whole text or in the paragraph alone, however
// many straight quotes the lines before it leave open: Clean's rules see
// the first, its body is built from them, and a cleaned body is cleaned
// again paragraph by paragraph.
func TestSentenceBreaksByLine(t *testing.T) {
	text := "A caption with one \"quote left open.\n\nThe board voted.\"We will rebuild,\" said Ada Fenn.\n" +
		"Then \"she left.\"The hall emptied.\n\nIt ended the war.He retired."
	all := sentenceBreaks(text, span.Span{Start: 0, End: len(text)})
	if len(all) != 3 {
		t.Fatalf("breaks %v, want 3", all)
	}
	for _, p := range SplitParagraphs(text) {
		if got, want := cutsIn(all, p), sentenceBreaks(text, p); !slices.Equal(got, want) {
			t.Errorf("%q: breaks %v in the whole text, %v alone", p.Text(text), got, want)
		}
	}
	// The straight quote after "voted." opens a remark on its line: the
	// space goes before it.
	if c := Clean(text); !strings.Contains(c.Body, `voted. "We will`) {
		t.Errorf("body %q", c.Body)
	}
}

func TestIsRunningTime(t *testing.T) {
	for s, want := range map[string]bool{
		"2:15": true, "02:15": true, "1:02:15": true, "12:05:59": true,
		"2:5": false, "123:15": false, "2:155": false, ":15": false, "2:": false,
		"1:2:15": false, "1:02:15:00": false, "2015": false, "a:15": false, "": false,
	} {
		if got := isRunningTime(s); got != want {
			t.Errorf("isRunningTime(%q) = %v, want %v", s, got, want)
		}
	}
}
