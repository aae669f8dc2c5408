package app

import (
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
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
	if !strings.Contains(title, "b.txt (90% similar)") || strings.Contains(title, "a.txt (") {
		t.Errorf("hover title %q", title)
	}
}

func TestSettingsValid(t *testing.T) {
	tests := []struct{ in, want settings }{
		{settings{Tolerance: 0.3, MinWords: 4}, settings{Tolerance: 0.3, MinWords: 4}},
		{settings{Tolerance: -1, MinWords: 0}, settings{Tolerance: 0, MinWords: 1}},
		{settings{Tolerance: 7, MinWords: 500, ShowRemoved: true}, settings{Tolerance: 1, MinWords: 50, ShowRemoved: true}},
	}
	for _, tt := range tests {
		if got := tt.in.valid(); got != tt.want {
			t.Errorf("%+v.valid() = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestExportReport(t *testing.T) {
	r := testReport()
	for _, kind := range []string{exportJSON, exportWebAnno, exportMarkdown} {
		name, text, preview := exportReport(r, kind)
		if name == "" || text == "" {
			t.Errorf("%s: empty export", kind)
		}
		if (kind == exportMarkdown) != (preview != "") {
			t.Errorf("%s: preview %q", kind, preview)
		}
	}
	// Article text must not become markup in the preview.
	if got := markdownHTML("<script>alert(1)</script>\n\n[x](javascript:alert(1))"); strings.Contains(got, "<script") || strings.Contains(got, "javascript:") {
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
