package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/read"
)

// readHTMLFixture returns a fictional page of testdata/html and its text as
// the read stage makes it.
func readHTMLFixture(t *testing.T, name string) ([]byte, string) {
	t.Helper()
	page, err := os.ReadFile(filepath.Join("testdata", "html", name))
	if err != nil {
		t.Fatal(err)
	}
	text, err := read.Read(name, page)
	if err != nil {
		t.Fatal(err)
	}
	return page, text
}

// TestCleanHTMLGallery checks a fictional saved page with a lead before a
// gallery, a list inside the article, related links and a footer: the lead,
// the quotation and the list are kept, the rest is removed with reasons,
// and the metadata comes from the markup.
func TestCleanHTMLGallery(t *testing.T) {
	page, text := readHTMLFixture(t, "gallery.html")
	c := CleanHTML(page, text)
	checkSpans(t, text, c)
	if c.Source != SourceHTML {
		t.Fatalf("source = %s, want %s", c.Source, SourceHTML)
	}
	for _, want := range []string{
		"The old tide mill at Saltmarsh Quay turned its wheel",
		"“We were told the wheel would never move again",
		"guided tours of the wheel house",
		"a small exhibition on the families",
		"repair the footpath along the quay",
	} {
		if !strings.Contains(c.Body, want) {
			t.Errorf("body lacks %q", want)
		}
	}
	for _, unwanted := range []string{"Contact us", "Photo: Anselm Brack", "Lighthouse keeper retires", "All rights reserved", "Cookies"} {
		if strings.Contains(c.Body, unwanted) {
			t.Errorf("body keeps %q", unwanted)
		}
	}
	want := Metadata{Title: "Tide mill turns again after forty years", Byline: "Petra Hollowell",
		Date: "2026-05-09T08:15:00Z", Link: "https://saltmarsh-gazette.example/news/tide-mill-turns"}
	if c.Meta != want {
		t.Errorf("metadata %+v, want %+v", c.Meta, want)
	}
	if c.NotArticle != "" {
		t.Errorf("an article is flagged: %s", c.NotArticle)
	}
	for _, r := range c.Removed {
		if r.Text(text) == "Home" && r.Reason != ReasonNavigation {
			t.Errorf("menu entry removed as %s, want %s", r.Reason, ReasonNavigation)
		}
	}
}

// TestCleanHTMLDeep checks that a page nested far past MaxHTMLDepth is
// cleaned as text, with Flattened set, without a DOM walk that could
// overflow the browser's stack, and that one nested within the bound is not.
func TestCleanHTMLDeep(t *testing.T) {
	para := "<p>The harbour master said the new crane would be ready by the spring, and that the quay would stay open to the fishing boats throughout the work.</p>"
	for _, tc := range []struct {
		depth int
		flat  bool
	}{{MaxHTMLDepth - 10, false}, {MaxHTMLDepth + 1, true}, {20000, true}} {
		page := "<!DOCTYPE html><html><body>" + strings.Repeat("<div>", tc.depth) + para + strings.Repeat("</div>", tc.depth) + "</body></html>"
		text, err := read.Read("deep.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		c := CleanHTML([]byte(page), text)
		checkSpans(t, text, c)
		if c.Flattened != tc.flat {
			t.Errorf("depth %d: flattened = %v, want %v", tc.depth, c.Flattened, tc.flat)
		}
		if tc.flat && c.Source != SourceText {
			t.Errorf("depth %d: source = %s, want %s", tc.depth, c.Source, SourceText)
		}
		if !strings.Contains(c.Body, "the new crane") {
			t.Errorf("depth %d: body lost the paragraph: %q", tc.depth, c.Body)
		}
	}
}

// TestHTMLDepth checks the depth measure: elements a browser closes
// implicitly, void elements and stray end tags do not deepen a page.
func TestHTMLDepth(t *testing.T) {
	tests := []struct {
		page string
		want int
	}{
		{"<html><body><div><p>a</p></div></body></html>", 4},
		{"<body>" + strings.Repeat("<p>one paragraph", 500) + "</body>", 2},
		{"<ul>" + strings.Repeat("<li>item", 500) + "</ul>", 2},
		{"<div>" + strings.Repeat("<br><img src=x>", 500) + "</div>", 1},
		{"</div></div><div></span>a</div>", 1},
		{"<script>" + strings.Repeat("<div>", 500) + "</script>", 1},
	}
	for _, tt := range tests {
		if got := htmlDepth([]byte(tt.page), 1000); got != tt.want {
			t.Errorf("htmlDepth(%.40q) = %d, want %d", tt.page, got, tt.want)
		}
	}
}

// TestCleanHTMLNotArticle checks that a page with a line of text and a
// list of links is kept whole but flagged as not an article.
func TestCleanHTMLNotArticle(t *testing.T) {
	page := "<html><body><h1>Saltmarsh archive</h1><p>Closed for the holidays.</p><ul>" +
		strings.Repeat("<li><a href=/x>Harbour wall repairs finished early</a></li><li><a href=/y>Ferry timetable changes for the summer</a></li>", 5) +
		"</ul></body></html>"
	text, err := read.Read("closed.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	c := CleanHTML([]byte(page), text)
	checkSpans(t, text, c)
	if c.NotArticle == "" {
		t.Errorf("a page of links is not flagged: %+v", c)
	}
}
