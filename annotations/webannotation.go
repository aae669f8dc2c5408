package annotations

import (
	"fmt"
	"net/url"
	"unicode/utf8"
)

// WebAnnotationContext is the JSON-LD context of the W3C Web Annotation
// Data Model.
const WebAnnotationContext = "http://www.w3.org/ns/anno.jsonld"

// webAnnotationAffix is how many characters of context a TextQuoteSelector
// carries on each side of the quotation.
const webAnnotationAffix = 32

// AnnotationCollection is a W3C Web Annotation collection holding every
// highlight of a [Report] in one embedded page.
type AnnotationCollection struct {
	Context string         `json:"@context"`
	Type    string         `json:"type"`
	Label   string         `json:"label"`
	Total   int            `json:"total"`
	First   AnnotationPage `json:"first"`
}

// AnnotationPage is one page of an [AnnotationCollection].
type AnnotationPage struct {
	Type  string          `json:"type"`
	Items []WebAnnotation `json:"items"`
}

// WebAnnotation is one highlight: a quotation or passage in one document.
type WebAnnotation struct {
	ID         string           `json:"id"`
	Type       string           `json:"type"`
	Motivation string           `json:"motivation"`
	Body       []AnnotationBody `json:"body"`
	Target     AnnotationTarget `json:"target"`
}

// AnnotationBody says what a highlight is: a description for people and
// tags for machines (the group id, the speaker).
type AnnotationBody struct {
	Type    string `json:"type"`
	Value   string `json:"value"`
	Purpose string `json:"purpose"`
}

// AnnotationTarget names the document and where in it the highlight is.
type AnnotationTarget struct {
	Source   string               `json:"source"`
	Selector []AnnotationSelector `json:"selector"`
}

// AnnotationSelector is a TextQuoteSelector (Exact, Prefix, Suffix) or a
// TextPositionSelector (Start, End, counted in Unicode code points of
// [Document.Text] as the model requires).
type AnnotationSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// WebAnnotations exports the report's highlights as W3C Web Annotations:
// one annotation per occurrence of a shared group, then one per quotation
// that no group holds, document by document in report order.
func (r *Report) WebAnnotations() AnnotationCollection {
	items := []WebAnnotation{}
	grouped := map[string]map[string]bool{} // document → quote IDs in a group
	byName := map[string]*Document{}
	for _, d := range r.Documents {
		byName[d.Name] = d
	}
	for _, g := range r.Groups {
		desc := groupDescription(g)
		for i, m := range g.Members {
			d := byName[m.Document]
			if d == nil || !validSpan(d.Text, m.Span) {
				continue
			}
			if grouped[d.Name] == nil {
				grouped[d.Name] = map[string]bool{}
			}
			if m.Quote != "" {
				grouped[d.Name][m.Quote] = true
			}
			bodies := []AnnotationBody{
				{Type: "TextualBody", Value: desc, Purpose: "describing"},
				{Type: "TextualBody", Value: g.ID, Purpose: "tagging"},
			}
			if g.Speaker != "" {
				bodies = append(bodies, AnnotationBody{Type: "TextualBody", Value: g.Speaker, Purpose: "identifying"})
			}
			if m.Relation != "" {
				bodies = append(bodies, AnnotationBody{Type: "TextualBody", Value: relationText(m), Purpose: "classifying"})
			}
			bodies = append(bodies, sourceBody(d))
			items = append(items, newWebAnnotation(d, fmt.Sprintf("%s/%d", g.ID, i+1), m.Span, bodies))
			for k, o := range m.Also {
				if validSpan(d.Text, o.Span) {
					items = append(items, newWebAnnotation(d, fmt.Sprintf("%s/%d.%d", g.ID, i+1, k+1), o.Span, bodies))
				}
				if o.Quote != "" {
					grouped[d.Name][o.Quote] = true
				}
			}
		}
	}
	for _, d := range r.Documents {
		for _, q := range d.Quotes {
			if grouped[d.Name][q.ID] || !validSpan(d.Text, q.Span) {
				continue
			}
			desc := "Quotation found in this source only"
			if q.Speaker != "" {
				desc += ", attributed to " + q.Speaker
			}
			bodies := []AnnotationBody{{Type: "TextualBody", Value: desc, Purpose: "describing"}, sourceBody(d)}
			items = append(items, newWebAnnotation(d, q.ID, q.Span, bodies))
		}
	}
	return AnnotationCollection{
		Context: WebAnnotationContext,
		Type:    "AnnotationCollection",
		Label:   "crossquote: quotations shared across sources",
		Total:   len(items),
		First:   AnnotationPage{Type: "AnnotationPage", Items: items},
	}
}

// sourceBody names the annotated document by title, file name and link,
// since a target's source is only a link or a URN.
func sourceBody(d *Document) AnnotationBody {
	v := "Source: " + d.Name
	if d.Title != "" {
		v = "Source: " + d.Title + " (" + d.Name + ")"
	}
	if d.Link != "" {
		v += ", " + d.Link
	}
	return AnnotationBody{Type: "TextualBody", Value: v, Purpose: "describing"}
}

func validSpan(text string, s Span) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(text)
}

func groupDescription(g Group) string {
	what := "Quotation"
	if g.Kind == KindPassage {
		what = "Passage"
	}
	docs := map[string]bool{}
	for _, m := range g.Members {
		docs[m.Document] = true
	}
	desc := fmt.Sprintf("%s shared by %d sources (group %s)", what, len(docs), g.ID)
	if g.Speaker != "" {
		desc += ", attributed to " + g.Speaker
	}
	return desc
}

// newWebAnnotation builds the annotation of span s in d. The id is a URN so
// the export does not pretend to live at any address.
func newWebAnnotation(d *Document, local string, s Span, body []AnnotationBody) WebAnnotation {
	source := d.Link
	if source == "" {
		source = "urn:crossquote:document:" + url.PathEscape(d.Name)
	}
	start := utf8.RuneCountInString(d.Text[:s.Start])
	end := start + utf8.RuneCountInString(d.Text[s.Start:s.End])
	return WebAnnotation{
		ID:         "urn:crossquote:annotation:" + url.PathEscape(d.Name) + ":" + local,
		Type:       "Annotation",
		Motivation: "highlighting",
		Body:       body,
		Target: AnnotationTarget{
			Source: source,
			Selector: []AnnotationSelector{
				{
					Type:   "TextQuoteSelector",
					Exact:  d.Text[s.Start:s.End],
					Prefix: lastRunes(d.Text[:s.Start], webAnnotationAffix),
					Suffix: firstRunes(d.Text[s.End:], webAnnotationAffix),
				},
				{Type: "TextPositionSelector", Start: &start, End: &end},
			},
		},
	}
}

// lastRunes returns the last n code points of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// firstRunes returns the first n code points of s.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
