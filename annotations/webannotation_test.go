package annotations

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWebAnnotations(t *testing.T) {
	a := "Préambule. «We will rebuild», said the mayor."
	b := "The mayor said: \"We will rebuild.\" Nothing else."
	start := func(text, s string) int { return strings.Index(text, s) }
	qa := Quote{ID: "q1", Span: Span{Start: start(a, "We"), End: start(a, "»")}, Speaker: "the mayor"}
	qa.Text = qa.Span.Text(a)
	qb := Quote{ID: "q1", Span: Span{Start: start(b, "We"), End: start(b, "\" N")}}
	qb.Text = qb.Span.Text(b)
	solo := Quote{ID: "q2", Span: Span{Start: start(b, "Nothing"), End: start(b, " else")}}
	r := &Report{
		Documents: []*Document{
			{Name: "a.txt", Text: a, Quotes: []Quote{qa}},
			{Name: "b.txt", Text: b, Link: "https://example.org/b", Quotes: []Quote{qb, solo}},
		},
		Groups: []Group{{ID: "g1", Kind: KindQuote, Speaker: "the mayor", Members: []Member{
			{Document: "a.txt", Quote: "q1", Span: qa.Span, Text: qa.Text, Similarity: 1},
			{Document: "b.txt", Quote: "q1", Span: qb.Span, Text: qb.Text, Similarity: 0.95},
		}}},
	}
	c := r.WebAnnotations()
	if c.Context != WebAnnotationContext || c.Type != "AnnotationCollection" || c.Total != 3 || len(c.First.Items) != 3 {
		t.Fatalf("collection = %+v", c)
	}
	for _, an := range c.First.Items {
		if an.Type != "Annotation" || len(an.Target.Selector) != 2 {
			t.Fatalf("annotation %+v", an)
		}
		var text string
		for _, d := range r.Documents {
			if strings.Contains(an.ID, ":"+d.Name+":") {
				text = d.Text
			}
		}
		q, p := an.Target.Selector[0], an.Target.Selector[1]
		if q.Type != "TextQuoteSelector" || p.Type != "TextPositionSelector" {
			t.Fatalf("selector types %q %q", q.Type, p.Type)
		}
		runes := []rune(text)
		if got := string(runes[*p.Start:*p.End]); got != q.Exact {
			t.Errorf("%s: position selector names %q, quote selector %q", an.ID, got, q.Exact)
		}
		if !strings.Contains(text, q.Prefix+q.Exact+q.Suffix) {
			t.Errorf("%s: prefix+exact+suffix not in text", an.ID)
		}
		if utf8.RuneCountInString(q.Prefix) > webAnnotationAffix || utf8.RuneCountInString(q.Suffix) > webAnnotationAffix {
			t.Errorf("%s: affix longer than %d", an.ID, webAnnotationAffix)
		}
	}
	first := c.First.Items[0]
	// "Préambule. «" is 12 code points but 14 bytes.
	if *first.Target.Selector[1].Start != 12 {
		t.Errorf("start = %d, want 12 code points", *first.Target.Selector[1].Start)
	}
	if first.Target.Source != "urn:crossquote:document:a.txt" || c.First.Items[1].Target.Source != "https://example.org/b" {
		t.Errorf("sources %q %q", first.Target.Source, c.First.Items[1].Target.Source)
	}
	if !strings.Contains(c.First.Items[2].Body[0].Value, "only") {
		t.Errorf("solo quote body %q", c.First.Items[2].Body[0].Value)
	}
	out, err := json.Marshal(c)
	if err != nil || !strings.Contains(string(out), `"@context":"http://www.w3.org/ns/anno.jsonld"`) {
		t.Errorf("json %s, %v", out, err)
	}
}

func TestWebAnnotationsEmpty(t *testing.T) {
	c := (&Report{}).WebAnnotations()
	out, _ := json.Marshal(c)
	if c.Total != 0 || !strings.Contains(string(out), `"items":[]`) {
		t.Errorf("empty export %s", out)
	}
}

func ExampleReport_WebAnnotations() {
	text := `Le maire : «Nous reconstruirons le pont», a-t-il dit.`
	start := strings.Index(text, "Nous")
	end := strings.Index(text, "»")
	r := &Report{Documents: []*Document{{
		Name:   "une.txt",
		Text:   text,
		Quotes: []Quote{{ID: "q1", Span: Span{Start: start, End: end}, Speaker: "le maire"}},
	}}}
	sel := r.WebAnnotations().First.Items[0].Target.Selector
	fmt.Printf("%q %q %q\n", sel[0].Prefix, sel[0].Exact, sel[0].Suffix)
	fmt.Println("code points", *sel[1].Start, *sel[1].End, "bytes", start, end)
	// Output:
	// "Le maire : «" "Nous reconstruirons le pont" "», a-t-il dit."
	// code points 12 39 bytes 13 40
}

// FuzzWebAnnotations checks the selectors' invariants on any text and span:
// the position selector names the exact text in code points, and the
// affixes are at most 32 code points and sit right around it.
func FuzzWebAnnotations(f *testing.F) {
	f.Add("Préambule «citation» fin", 3, 15)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		if !utf8.ValidString(text) || len(text) == 0 {
			return
		}
		a, b = min(max(a, 0), len(text)), min(max(b, 0), len(text))
		if a > b {
			a, b = b, a
		}
		for a > 0 && a < len(text) && !utf8.RuneStart(text[a]) {
			a--
		}
		for b < len(text) && !utf8.RuneStart(text[b]) {
			b++
		}
		r := &Report{Documents: []*Document{{Name: "x", Text: text, Quotes: []Quote{{ID: "q1", Span: Span{Start: a, End: b}}}}}}
		items := r.WebAnnotations().First.Items
		if len(items) != 1 {
			t.Fatalf("%d annotations", len(items))
		}
		q, p := items[0].Target.Selector[0], items[0].Target.Selector[1]
		runes := []rune(text)
		if string(runes[*p.Start:*p.End]) != q.Exact || q.Exact != text[a:b] {
			t.Fatalf("position %d..%d names %q, exact %q", *p.Start, *p.End, string(runes[*p.Start:*p.End]), q.Exact)
		}
		if !strings.HasSuffix(text[:a], q.Prefix) || !strings.HasPrefix(text[b:], q.Suffix) {
			t.Fatalf("affixes %q %q not around the span", q.Prefix, q.Suffix)
		}
		if utf8.RuneCountInString(q.Prefix) > webAnnotationAffix || utf8.RuneCountInString(q.Suffix) > webAnnotationAffix {
			t.Fatal("affix too long")
		}
	})
}
