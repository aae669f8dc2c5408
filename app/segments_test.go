package app

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/crossquote/crossquote/wasm/engine/worker"
)

// testReport builds two documents sharing one split quotation, with a
// single-source quotation and a removed line in the first.
func testReport() *annotations.Report {
	a := "Menu | Sign in\n\n\"We will rebuild,\" the mayor said, \"and soon.\" Later: \"Only here.\"\n"
	b := "The mayor said \"We will rebuild and soon.\"\n"
	at := func(text, s string) int { return strings.Index(text, s) }
	split := annotations.Quote{ID: "q1", Span: annotations.Span{Start: at(a, "We"), End: at(a, "soon.") + len("soon.")},
		Parts: []annotations.Span{{Start: at(a, "We"), End: at(a, "rebuild,") + len("rebuild,")}, {Start: at(a, "and soon"), End: at(a, "soon.") + len("soon.")}}}
	solo := annotations.Quote{ID: "q2", Span: annotations.Span{Start: at(a, "Only"), End: at(a, "here.") + len("here.")}}
	qb := annotations.Quote{ID: "q1", Span: annotations.Span{Start: at(b, "We"), End: at(b, "soon.") + len("soon.")}}
	da := &annotations.Document{Name: "a.txt", Text: a,
		Kept:    []annotations.Span{{Start: at(a, "\"We"), End: len(a) - 1}},
		Removed: []annotations.Removal{{Span: annotations.Span{Start: 0, End: at(a, "\n")}, Reason: "navigation"}},
		Quotes:  []annotations.Quote{split, solo}}
	db := &annotations.Document{Name: "b.txt", Text: b, Kept: []annotations.Span{{Start: 0, End: len(b) - 1}}, Quotes: []annotations.Quote{qb}}
	return &annotations.Report{
		Documents: []*annotations.Document{da, db, {Name: "bad.bin", Error: "bad.bin: binary"}},
		Groups: []annotations.Group{{ID: "g1", Kind: annotations.KindQuote, Speaker: "the mayor", Members: []annotations.Member{
			{Document: "a.txt", Quote: "q1", Span: split.Span, Text: split.Span.Text(a), Similarity: 1},
			{Document: "b.txt", Quote: "q1", Span: qb.Span, Text: qb.Span.Text(b), Similarity: 0.9},
		}}},
	}
}

func TestDocumentBlocks(t *testing.T) {
	r := testReport()
	x := newReportIndex(r)
	d := r.Documents[0]
	for _, showRemoved := range []bool{false, true} {
		blocks := documentBlocks(d, x, showRemoved)
		var got []string
		for _, b := range blocks {
			var parts []string
			for _, r := range b.Runs {
				tag := ""
				switch {
				case r.Group != "":
					tag = "[" + r.Group + "/" + r.Quote + "]"
				case r.Solo:
					tag = "[solo/" + r.Quote + "]"
				}
				parts = append(parts, tag+r.Text)
			}
			got = append(got, string(b.Removed)+"|"+strings.Join(parts, "·"))
		}
		want := []string{`|"·[g1/q1]We will rebuild,·" the mayor said, "·[g1/q1]and soon.·" Later: "·[solo/q2]Only here.·"`}
		if showRemoved {
			want = append([]string{"navigation|Menu | Sign in"}, want...)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("showRemoved=%v:\n got %q\nwant %q", showRemoved, got, want)
		}
		// The runs of a kept block give its text back unchanged.
		for _, b := range blocks {
			var s strings.Builder
			for _, r := range b.Runs {
				s.WriteString(r.Text)
			}
			if s.String() != b.Span.Text(d.Text) {
				t.Errorf("runs rebuild %q, want %q", s.String(), b.Span.Text(d.Text))
			}
		}
	}
}

// TestDocumentBlocksBadSpans checks that spans outside the text, as a buggy
// engine might produce, are dropped instead of panicking.
func TestDocumentBlocksBadSpans(t *testing.T) {
	d := &annotations.Document{Name: "x", Text: "short",
		Kept:   []annotations.Span{{Start: 0, End: 5}, {Start: 3, End: 99}},
		Quotes: []annotations.Quote{{ID: "q1", Span: annotations.Span{Start: 4, End: 2}}, {ID: "q2", Span: annotations.Span{Start: -1, End: 3}}}}
	blocks := documentBlocks(d, newReportIndex(&annotations.Report{Documents: []*annotations.Document{d}}), true)
	if len(blocks) != 1 || len(blocks[0].Runs) != 1 || blocks[0].Runs[0].Text != "short" {
		t.Errorf("blocks = %+v", blocks)
	}
}

func TestReportIndex(t *testing.T) {
	r := testReport()
	r.Documents = append(r.Documents, &annotations.Document{Name: "copy.txt", Text: r.Documents[1].Text, DuplicateOf: "b.txt"})
	x := newReportIndex(r)
	if len(x.docs) != 3 || len(x.matched) != 2 {
		t.Errorf("readable docs = %d, matched %d; want 3 and 2 (the unreadable one left out, the copy not matched)", len(x.docs), len(x.matched))
	}
	if got := x.sources["g1"]; strings.Join(got, ",") != "a.txt,b.txt" {
		t.Errorf("sources = %v", got)
	}
	if x.shared("a.txt", "b.txt") != 1 || x.shared("a.txt", "bad.bin") != 0 {
		t.Error("shared counts wrong")
	}
	if got := x.memberText(x.group["g1"].Members[0]); got != "We will rebuild, and soon." {
		t.Errorf("split member text = %q", got)
	}
	title := x.hoverTitle(x.group["g1"], "a.txt")
	if !strings.Contains(title, "b.txt (variant, similarity 0.90)") || strings.Contains(title, "a.txt (") {
		t.Errorf("hover title %q", title)
	}
	// A source with a title is named by it and by its file.
	r.Documents[1].Title = "Mayor <b>promises</b>"
	if title := newReportIndex(r).hoverTitle(x.group["g1"], "a.txt"); !strings.Contains(title, "• Mayor <b>promises</b> — b.txt (variant, similarity 0.90)") {
		t.Errorf("hover title with a title %q", title)
	}
}

func TestSettingsValid(t *testing.T) {
	tests := []struct{ in, want settings }{
		{settings{Tolerance: 0.3, MinWords: 4}, settings{Tolerance: 0.3, MinWords: 4}},
		{settings{Tolerance: -1, MinWords: 0}, settings{Tolerance: 0, MinWords: 1}},
		{settings{Tolerance: 7, MinWords: 500, ShowRemoved: true}, settings{Tolerance: annotations.MaxTolerance, MinWords: 50, ShowRemoved: true}},
	}
	for _, tt := range tests {
		if got := tt.in.valid(); got != tt.want {
			t.Errorf("%+v.valid() = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestExportReport(t *testing.T) {
	r := testReport()
	for _, kind := range []engineproto.ExportKind{exportJSON, exportWebAnno, exportMarkdown} {
		name, text, preview, err := worker.Export(r, kind)
		if name == "" || text == "" || err != nil {
			t.Errorf("%s: empty export (%v)", kind, err)
		}
		if (kind == exportMarkdown) != (preview != "") {
			t.Errorf("%s: preview %q", kind, preview)
		}
	}
	// Article text must not become markup in the preview.
	r.Documents[0].Title = "<script>alert(1)</script> [x](javascript:alert(1))"
	if _, _, got, _ := worker.Export(r, exportMarkdown); strings.Contains(got, "<script") || strings.Contains(got, `href="javascript:`) {
		t.Errorf("unsafe preview %q", got)
	}
}

func TestSafeLink(t *testing.T) {
	for link, want := range map[string]bool{"https://a.example/x": true, "HTTP://a": true, "javascript:alert(1)": false, "/local": false, "": false} {
		if safeLink(link) != want {
			t.Errorf("safeLink(%q) = %v", link, !want)
		}
	}
}

// FuzzDocumentBlocks feeds arbitrary spans, as a faulty engine might, and
// checks that laying out never panics and that every kept block's runs give
// its text back.
func FuzzDocumentBlocks(f *testing.F) {
	f.Add("Some \"quoted words\" here.", 0, 26, 6, 18, 3, 9)
	f.Add("é«x»", 0, 6, 2, 3, -1, 99)
	f.Fuzz(func(t *testing.T, text string, k0, k1, q0, q1, m0, m1 int) {
		d := &annotations.Document{Name: "d", Text: text,
			Kept:    []annotations.Span{{Start: k0, End: k1}},
			Removed: []annotations.Removal{{Span: annotations.Span{Start: m0, End: m1}, Reason: "x"}},
			Quotes:  []annotations.Quote{{ID: "q1", Span: annotations.Span{Start: q0, End: q1}}}}
		r := &annotations.Report{Documents: []*annotations.Document{d}, Groups: []annotations.Group{{ID: "g1", Members: []annotations.Member{
			{Document: "d", Quote: "q1", Span: annotations.Span{Start: m0, End: q1}},
		}}}}
		for _, b := range documentBlocks(d, newReportIndex(r), true) {
			var s strings.Builder
			for _, r := range b.Runs {
				s.WriteString(r.Text)
			}
			if s.String() != b.Span.Text(text) {
				t.Fatalf("runs %q, block %q", s.String(), b.Span.Text(text))
			}
		}
	})
}

// splitRunsEveryMark is splitRuns as it was first written, comparing every
// piece with every mark: the reference the sweep must agree with.
func splitRunsEveryMark(text string, p annotations.Span, marks []mark) []run {
	cuts := []int{p.Start, p.End}
	var inside []mark
	for _, m := range marks {
		if m.Overlaps(p) {
			inside = append(inside, m)
			cuts = append(cuts, max(m.Start, p.Start), min(m.End, p.End))
		}
	}
	slices.Sort(cuts)
	var runs []run
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		var best *mark
		for j := range inside {
			m := &inside[j]
			if m.Start <= a && b <= m.End && (best == nil || m.rank > best.rank) {
				best = m
			}
		}
		r := run{Text: text[a:b]}
		if best != nil {
			r.Group, r.Quote, r.Solo = best.group, best.quote, best.group == ""
			r.First = best.group != "" && max(best.Start, p.Start) == a
		}
		if n := len(runs); n > 0 && runs[n-1].Group == r.Group && runs[n-1].Quote == r.Quote && runs[n-1].Solo == r.Solo {
			runs[n-1].Text += r.Text
			continue
		}
		runs = append(runs, r)
	}
	return runs
}

// TestDocumentBlocksSweep lays out random documents, with overlapping
// marks of both ranks crossing paragraph boundaries, and checks every
// block against the reference that compares every piece with every mark.
func TestDocumentBlocksSweep(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		text := strings.Repeat("abcdefghij", 20)
		d := &annotations.Document{Name: "d", Text: text}
		for at := 0; at < len(text); {
			n := 1 + rng.IntN(40)
			s := annotations.Span{Start: at, End: min(at+n, len(text))}
			if rng.IntN(4) == 0 {
				d.Removed = append(d.Removed, annotations.Removal{Span: s, Reason: "navigation"})
			} else {
				d.Kept = append(d.Kept, s)
			}
			at = s.End + rng.IntN(3)
		}
		span := func() annotations.Span {
			a := rng.IntN(len(text))
			return annotations.Span{Start: a, End: min(len(text), a+1+rng.IntN(60))}
		}
		r := &annotations.Report{Documents: []*annotations.Document{d, {Name: "e", Text: text}}}
		for q := range 1 + rng.IntN(25) {
			id := fmt.Sprintf("q%d", q)
			d.Quotes = append(d.Quotes, annotations.Quote{ID: id, Span: span()})
			if rng.IntN(2) == 0 {
				r.Groups = append(r.Groups, annotations.Group{ID: fmt.Sprintf("g%d", q), Members: []annotations.Member{
					{Document: "d", Quote: id, Span: span()}, {Document: "e", Span: span()}}})
			}
		}
		x := newReportIndex(r)
		marks := documentMarks(d, x)
		for _, b := range documentBlocks(d, x, true) {
			if b.Removed != "" {
				continue
			}
			if want := splitRunsEveryMark(text, b.Span, marks); !reflect.DeepEqual(b.Runs, want) {
				t.Fatalf("trial %d, block %v:\n got %+v\nwant %+v", trial, b.Span, b.Runs, want)
			}
		}
	}
}

// onePara returns a document of one paragraph holding n quotations,
// every other one shared with a second document, as in a long page with
// no paragraph breaks.
func onePara(n int) (*annotations.Document, *reportIndex) {
	var b strings.Builder
	d := &annotations.Document{Name: "long.txt"}
	r := &annotations.Report{Documents: []*annotations.Document{d, {Name: "other.txt"}}}
	for i := range n {
		b.WriteString("The board met again and said ")
		start := b.Len()
		fmt.Fprintf(&b, "\"we will need item %d soon\"", i)
		q := annotations.Quote{ID: fmt.Sprintf("q%d", i), Span: annotations.Span{Start: start, End: b.Len()}}
		d.Quotes = append(d.Quotes, q)
		if i%2 == 0 {
			r.Groups = append(r.Groups, annotations.Group{ID: fmt.Sprintf("g%d", i), Members: []annotations.Member{
				{Document: d.Name, Quote: q.ID, Span: q.Span}, {Document: "other.txt"}}})
		}
		b.WriteString(". ")
	}
	d.Text = b.String()
	d.Kept = []annotations.Span{{Start: 0, End: len(d.Text)}}
	return d, newReportIndex(r)
}

// BenchmarkDocumentBlocks lays out one paragraph with 1,000 and with
// 10,000 quotations: ten times the quotations should cost about ten times
// the time.
func BenchmarkDocumentBlocks(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		d, x := onePara(n)
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			for b.Loop() {
				documentBlocks(d, x, false)
			}
		})
	}
}

// TestPaginate cuts a long document into pages within the limits, a long
// run and a block across a break cut in two, and reading the pages in
// order gives every block's runs back.
func TestPaginate(t *testing.T) {
	d, x := onePara(6000) // one paragraph, about 400 KB and 9,000 runs
	long := strings.Repeat("Ünïcödé prose without a quotation. ", 9000)
	d2 := &annotations.Document{Name: "plain.txt", Text: long, Kept: []annotations.Span{{Start: 0, End: len(long)}}}
	for _, tc := range []struct {
		d *annotations.Document
		x *reportIndex
	}{{d, x}, {d2, newReportIndex(&annotations.Report{Documents: []*annotations.Document{d2}})}} {
		blocks := documentBlocks(tc.d, tc.x, false)
		pages := paginate(blocks)
		if len(pages) < 3 {
			t.Fatalf("%s: %d pages", tc.d.Name, len(pages))
		}
		var all strings.Builder
		for i, p := range pages {
			size, runs := 0, 0
			for _, b := range p {
				for _, r := range b.Runs {
					size += len(r.Text)
					runs++
					all.WriteString(r.Text)
					if !utf8.ValidString(r.Text) {
						t.Fatalf("%s page %d: a run cut inside a character", tc.d.Name, i)
					}
				}
			}
			if size > pageBytes+utf8.UTFMax || runs > pageRuns {
				t.Errorf("%s page %d: %d bytes, %d runs; the limits are %d and %d", tc.d.Name, i, size, runs, pageBytes, pageRuns)
			}
		}
		var want strings.Builder
		for _, b := range blocks {
			for _, r := range b.Runs {
				want.WriteString(r.Text)
			}
		}
		if all.String() != want.String() {
			t.Errorf("%s: the pages give back %d bytes, the blocks have %d", tc.d.Name, all.Len(), want.Len())
		}
	}
	if p := paginate(documentBlocks(testReport().Documents[0], newReportIndex(testReport()), true)); len(p) != 1 {
		t.Errorf("a short document has %d pages", len(p))
	}
}

// BenchmarkPaginate lays out and pages a document of one paragraph with
// 10,000 quotations, what the reader does when it is shown.
func BenchmarkPaginate(b *testing.B) {
	d, x := onePara(10000)
	for b.Loop() {
		paginate(documentBlocks(d, x, false))
	}
}
