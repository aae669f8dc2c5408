package annotations

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
)

// testReport is a hand-built report with hostile article text.
func testReport() *Report {
	hostile := `<script>alert(1)</script> and [x](javascript:alert(1)) **bold**`
	return &Report{
		Documents: []*Document{
			{Name: "a.txt", Title: "# Pier <b>saved</b>", Byline: "Ada Lind", Date: "3 March 2031", Link: "javascript:alert(2)",
				Removed: []Removal{{Reason: "navigation"}, {Reason: "share"}, {Reason: "navigation"}},
				Quotes:  []Quote{{ID: "q1", Text: "We will repair it"}, {ID: "q2", Text: hostile, Speaker: "- a reader"}}},
			{Name: "b.txt", Title: "", Quotes: []Quote{{ID: "q1", Text: "We will repair it"}}},
			{Name: "c.pdf", Error: "c.pdf: not a text file (looks like a PDF)"},
		},
		Groups: []Group{
			{ID: "g2", Kind: KindPassage, Members: []Member{{Document: "a.txt", Text: "1. A passage\nsplit", Similarity: 1}}},
			{ID: "g1", Kind: KindQuote, Speaker: "Orla Brenn", Members: []Member{
				{Document: "a.txt", Quote: "q1", Text: "We will repair it", Relation: RelationIdentical, Similarity: 1},
				{Document: "b.txt", Quote: "q1", Text: "We will repair it", Relation: RelationVariant, Similarity: 0.93},
			}, Sources: 2},
			{ID: "g3", Kind: KindQuote, Members: []Member{
				{Document: "a.txt", Quote: "q3", Text: "the pier will stay open all winter", Relation: RelationIdentical, Similarity: 1},
				{Document: "b.txt", Quote: "q4", Text: "the pier will stay open", Relation: RelationFragment, Similarity: 0.714, Words: 5, ReferenceWords: 7},
			}, Sources: 2},
		},
		Pairs: []Pair{{A: "a.txt", B: "b.txt", AShare: 0.25, BShare: 0.8, Copy: true}},
	}
}

func TestReportMarkdown(t *testing.T) {
	md := testReport().Markdown()
	for _, want := range []string{
		"## Orla Brenn (2 sources)\n\n> We will repair it\n\n— \\# Pier \\<b\\>saved\\</b\\> (a.txt, javascript:alert(2)) (identical)\n\n> We will repair it\n\n— b.txt (variant, similarity 0.93)\n",
		"— b.txt (fragment: 5 of 7 words)\n",
		"## Copies\n\n- \\# Pier \\<b\\>saved\\</b\\> (a.txt, javascript:alert(2)) and b.txt: b.txt carries 25% of a.txt; a.txt carries 80% of b.txt, word for word or nearly\n",
		"## Shared passage (1 source)\n\n> 1\\. A passage split\n",
		"## \\# Pier \\<b\\>saved\\</b\\>\n\n- File: a.txt\n- By: Ada Lind\n- Date: 3 March 2031\n- Link: javascript:alert(2)\n- Removed: 2 navigation, 1 share\n",
		"### Quotations only in this source\n\n> \\<script\\>alert(1)\\</script\\> and \\[x\\](javascript:alert(1)) \\*\\*bold\\*\\*\n\n— \\- a reader\n",
		"## b.txt\n\n- File: b.txt\n",
		"- Not read: c.pdf: not a text file (looks like a PDF)\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q; got:\n%s", want, md)
		}
	}
	if strings.Index(md, "Orla Brenn") > strings.Index(md, "Shared passage") {
		t.Errorf("groups are not ordered by number of sources:\n%s", md)
	}
	if strings.Count(md, "We will repair it") != 2 {
		t.Errorf("a shared quotation is listed again as single-source:\n%s", md)
	}
}

// TestReportMarkdownSafe renders the summary with goldmark's defaults and
// checks that no article text became HTML, a link or structure.
func TestReportMarkdownSafe(t *testing.T) {
	var out bytes.Buffer
	if err := goldmark.Convert([]byte(testReport().Markdown()), &out); err != nil {
		t.Fatal(err)
	}
	h := out.String()
	for _, bad := range []string{"<script", `href="javascript`, "<a ", "<strong>", "<ol>", "<h1>Pier", "<b>"} {
		if strings.Contains(h, bad) {
			t.Errorf("rendered HTML contains %q:\n%s", bad, h)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "[x](javascript:alert(1))", "<h2># Pier &lt;b&gt;saved&lt;/b&gt;</h2>", "<p>1. A passage split</p>", "<p>— - a reader</p>"} {
		if !strings.Contains(h, want) {
			t.Errorf("rendered HTML lacks %q:\n%s", want, h)
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"a\n\n  b", "a b"},
		{"+ item", "\\+ item"},
		{"> quote", "\\> quote"},
		{"2) two", "2\\) two"},
		{"2031 was", "2031 was"},
		{"&amp; `c` ~s~ |t|", "\\&amp; \\`c\\` \\~s\\~ \\|t\\|"},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
