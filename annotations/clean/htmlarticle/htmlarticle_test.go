package htmlarticle_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/clean/htmlarticle"
	"github.com/crossquote/crossquote/annotations/read"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// readFixture returns a fictional page of testdata and the reader's text
// of it.
func readFixture(t testing.TB, name string) ([]byte, string) {
	t.Helper()
	page, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	text, err := read.Read(name, page)
	if err != nil {
		t.Fatal(err)
	}
	return page, text
}

// render prints what Extract found, for a golden file: the metadata, then
// every kept span with its offsets.
func render(text string, a htmlarticle.Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nbyline: %s\ndate: %s\nlink: %s\nnot-article: %s\n",
		a.Title, a.Byline, a.Date, a.Link, a.NotArticle)
	for _, s := range a.Paragraphs {
		fmt.Fprintf(&b, "\n[%d,%d) %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	return b.String()
}

// TestGolden extracts the fictional article pages and compares the result
// with testdata/NAME.golden; run with -update to rewrite them after a
// deliberate change.
func TestGolden(t *testing.T) {
	for _, name := range []string{"gallery.html"} {
		page, text := readFixture(t, name)
		a, ok := htmlarticle.Extract(page, text)
		if !ok {
			t.Fatalf("%s: no article", name)
		}
		checkArticle(t, name, text, a)
		got := render(text, a)
		golden := filepath.Join("testdata", strings.TrimSuffix(name, ".html")+".golden")
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s: got\n%s\nwant\n%s", name, got, want)
		}
	}
}

// TestGalleryPage checks, apart from the golden file, what matters on the
// fictional gallery page: the lead paragraph before the photos and the
// list inside the article are kept; navigation, captions, related links and
// footer are not; the metadata comes from the markup.
func TestGalleryPage(t *testing.T) {
	page, text := readFixture(t, "gallery.html")
	a, ok := htmlarticle.Extract(page, text)
	if !ok {
		t.Fatal("no article")
	}
	var kept []string
	for _, s := range a.Paragraphs {
		kept = append(kept, text[s.Start:s.End])
	}
	body := strings.Join(kept, "\n\n")
	for _, want := range []string{
		"The Lanternport harbour ferry carried its first passengers",
		"“We were worried the repairs would run into the summer,” said Ada Fenwick",
		"Bicycles travel free on every crossing before nine in the morning.",
		"once it knew how many commuters had come back to the ferry after the long closure.",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("article lacks %q", want)
		}
	}
	for _, unwanted := range []string{"Contact us", "Photo: Tobin Reed", "Lighthouse keeper retires", "All rights reserved", "Cookies"} {
		if strings.Contains(body, unwanted) {
			t.Errorf("article keeps %q", unwanted)
		}
	}
	want := htmlarticle.Article{
		Title:  "Harbour ferry returns after winter repairs",
		Byline: "Mira Oakhollow",
		Date:   "2026-03-14T09:30:00Z",
		Link:   "https://courier.example/news/ferry-returns",
	}
	if a.Title != want.Title || a.Byline != want.Byline || a.Date != want.Date || a.Link != want.Link {
		t.Errorf("metadata %q %q %q %q, want %q %q %q %q", a.Title, a.Byline, a.Date, a.Link, want.Title, want.Byline, want.Date, want.Link)
	}
	if a.NotArticle != "" {
		t.Errorf("an article page is flagged: %s", a.NotArticle)
	}
}

// TestNotArticle checks that fictional pages that are not articles, an
// index of headlines and a one-line description, are flagged, or yield no
// article at all.
func TestNotArticle(t *testing.T) {
	for _, name := range []string{"index.html", "description.html"} {
		page, text := readFixture(t, name)
		a, ok := htmlarticle.Extract(page, text)
		if ok && a.NotArticle == "" {
			t.Errorf("%s: read as an article: %s", name, render(text, a))
		}
		if ok {
			t.Logf("%s: %s", name, a.NotArticle)
		}
	}
}

// TestNoArticle checks the refusals: empty input, and a page whose words
// are not in the text given (the caller passed the wrong text).
func TestNoArticle(t *testing.T) {
	if _, ok := htmlarticle.Extract(nil, "text"); ok {
		t.Error("empty page: ok")
	}
	page, _ := readFixture(t, "gallery.html")
	if a, ok := htmlarticle.Extract(page, "Nothing of that page is here."); ok {
		t.Errorf("unrelated text: ok with %v", a.Paragraphs)
	}
}

// FuzzExtract checks that whatever the page and the text, Extract does not
// panic and returns spans inside the text, in order, without overlap.
func FuzzExtract(f *testing.F) {
	for _, name := range []string{"gallery.html", "index.html", "description.html"} {
		page, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(page, "")
	}
	f.Add([]byte("<p>a b c d e f g</p><p>a b c</p>"), "x a b c d e f g\n\na b c")
	f.Add([]byte("<p>\u00a0\u200b“Quoted words, and more of them here.”\u00a0</p>"), "")
	f.Fuzz(func(t *testing.T, page []byte, text string) {
		if text == "" {
			var err error
			if text, err = read.Read("fuzz.html", page); err != nil {
				return
			}
		}
		a, ok := htmlarticle.Extract(page, text)
		if !ok && len(a.Paragraphs) > 0 {
			t.Fatalf("not ok but %d spans", len(a.Paragraphs))
		}
		checkArticle(t, "fuzz", text, a)
	})
}

// TestDeepNesting extracts pages nested just under and far over the HTML
// parser's limit of 512 open elements. Under the limit the article is
// found; over it the parser refuses the page and Extract reports no
// article. Run under .ci/wasm-exec, it also checks that the extractor's
// recursion fits the browser worker's default stack.
func TestDeepNesting(t *testing.T) {
	prose := "<p>" + strings.Repeat("The ferry crossed the harbour in the morning light. ", 20) + "</p>"
	for _, c := range []struct {
		depth int
		ok    bool
	}{{500, true}, {5000, false}} {
		page := "<html><body>" + strings.Repeat("<div>", c.depth) + prose + strings.Repeat("</div>", c.depth) + "</body></html>"
		text, err := read.Read("deep.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		a, ok := htmlarticle.Extract([]byte(page), text)
		if ok != c.ok {
			t.Errorf("depth %d: ok=%v, want %v", c.depth, ok, c.ok)
		}
		checkArticle(t, "deep", text, a)
	}
}
