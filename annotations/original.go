package annotations

import (
	"encoding/json"
	"fmt"

	"github.com/crossquote/crossquote/annotations/check"
	"github.com/crossquote/crossquote/annotations/clean"
	"github.com/crossquote/crossquote/annotations/quote"
)

// Check is the check of one quotation against the original; see
// [check.Result].
type Check = check.Result

// Verdict is how faithfully a quotation renders the original; see
// [check.Verdict].
type Verdict = check.Verdict

// The verdicts, from the most faithful; see package check.
const (
	// Verbatim is a quotation word for word as in the original.
	Verbatim = check.Verbatim
	// Elided is a quotation with words left out at an ellipsis.
	Elided = check.Elided
	// Altered is a quotation with words changed without a mark.
	Altered = check.Altered
	// Stitched is a quotation of pieces said apart in the original.
	Stitched = check.Stitched
	// NotFound is a quotation nothing in the original is close to.
	NotFound = check.NotFound
)

// Verdicts lists the verdicts from the most faithful, the order summaries
// and sorting use.
var Verdicts = []Verdict{Verbatim, Elided, Altered, Stitched, NotFound}

// Insertion is a bracketed editorial insertion a check allowed; see
// [check.Insertion].
type Insertion = check.Insertion

// Fidelity counts the verdicts of one document's quotations, and those
// credited to someone other than the person who speaks at that place of
// the original.
type Fidelity struct {
	// Verbatim, Elided, Altered, Stitched and NotFound count the
	// quotations that got each verdict.
	Verbatim int `json:"verbatim"`
	Elided   int `json:"elided"`
	Altered  int `json:"altered"`
	Stitched int `json:"stitched"`
	NotFound int `json:"not_found"`
	// Misattributed counts the quotations found whose speaker, as the
	// outlet credits it, is not the one speaking there in the original.
	Misattributed int `json:"misattributed"`
}

// Count returns how many quotations got verdict v.
func (f Fidelity) Count(v Verdict) int {
	if n := f.of(v); n != nil {
		return *n
	}
	return 0
}

// of returns the count of verdict v, nil for a verdict that has none.
func (f *Fidelity) of(v Verdict) *int {
	switch v {
	case Verbatim:
		return &f.Verbatim
	case Elided:
		return &f.Elided
	case Altered:
		return &f.Altered
	case Stitched:
		return &f.Stitched
	case NotFound:
		return &f.NotFound
	}
	return nil
}

// Tally counts the verdicts of checks.
func Tally(checks []Check) Fidelity {
	var f Fidelity
	for _, c := range checks {
		if n := f.of(c.Verdict); n != nil {
			*n++
		}
		if Misattributed(c) {
			f.Misattributed++
		}
	}
	return f
}

// SetChecks gives d the checks of its quotations, checks[i] of Quotes[i],
// and the Fidelity that counts them; nil clears both, while an empty list
// says a document without quotations was checked. The two fields are set
// only here, so they always agree.
func (d *Document) SetChecks(checks []Check) {
	if checks == nil {
		d.Checks, d.Fidelity = nil, nil
		return
	}
	f := Tally(checks)
	d.Checks, d.Fidelity = checks, &f
}

// Misattributed reports whether a check found the quotation in the
// original said by someone other than the outlet's speaker.
func Misattributed(c Check) bool { return c.SpeakerMatches != nil && !*c.SpeakerMatches }

// OriginalDocument returns d read as an original: not cleaned as a news
// page but kept whole. Its Body is its whole Text, every paragraph is
// kept, nothing is removed, and its quotations are those of the whole
// text. It is derived from d.Text, without reading the file again; d
// itself is not changed. A document that could not be read is returned
// as it is.
func OriginalDocument(d *Document) *Document {
	if d == nil || d.Error != "" {
		return d
	}
	o := *d
	o.Original = true
	o.Body = d.Text
	o.Kept = append([]Span{}, clean.SplitParagraphs(d.Text)...)
	o.Removed = []Removal{}
	o.SetChecks(nil)
	// What the cleaning said of the page no longer holds; what reading
	// said still does.
	o.Notes = nil
	for _, n := range d.Notes {
		if n.Kind == NoteNotArticle || n.Kind == NoteQuotesBounded {
			continue
		}
		o.Notes = append(o.Notes, n)
	}
	paras, bounded := quote.Bound(o.Text, o.Kept)
	o.Quotes = append([]Quote{}, quote.Extract(o.Text, paras)...)
	if bounded {
		o.Notes = append(o.Notes, quotesBoundedNote())
	}
	return &o
}

// markOriginal finds the document called name and returns docs with it
// replaced by its [OriginalDocument] (a new slice: the caller's is not
// changed), and that document; with a message instead when no readable
// document has the name. An empty name marks none.
func markOriginal(docs []*Document, name string) ([]*Document, *Document, string) {
	if name == "" {
		return docs, nil, ""
	}
	for i, d := range docs {
		if d.Name != name {
			continue
		}
		if d.Error != "" {
			return docs, nil, fmt.Sprintf("the original %s could not be read, so no quotation was checked: %s", name, d.Error)
		}
		out := append([]*Document(nil), docs...)
		out[i] = OriginalDocument(d)
		return out, out[i], ""
	}
	return docs, nil, fmt.Sprintf("the original %s is not among the documents, so no quotation was checked", name)
}

// checkAgainst checks every quotation of the readable documents other than
// orig, duplicates left out, against orig with tolerance tol, and sets
// their Checks and Fidelity.
func checkAgainst(orig *Document, docs []*Document, tol float64) {
	o := check.NewOriginal(orig.Text, check.WithTolerance(tol))
	for _, d := range docs {
		if d == orig || d.Error != "" || d.DuplicateOf != "" {
			continue
		}
		checks := make([]Check, len(d.Quotes))
		for i, q := range d.Quotes {
			checks[i] = o.Check(quotation(d.Text, q))
		}
		d.SetChecks(checks)
	}
}

// quotation returns quotation q of a document with text as package check
// reads it: its parts with their offsets, and the speaker the document
// credits (none when it does not say).
func quotation(text string, q Quote) check.Quotation {
	parts := q.Parts
	if len(parts) == 0 {
		parts = []Span{q.Span}
	}
	cq := check.Quotation{}
	if q.Speaker != quote.Unknown {
		cq.Speaker = q.Speaker
	}
	for _, p := range parts {
		if p.Start < 0 || p.End > len(text) || p.Start > p.End {
			continue
		}
		cq.Parts = append(cq.Parts, check.Part{Text: text[p.Start:p.End], Start: p.Start})
	}
	return cq
}

// MarshalJSON writes the report with each quotation's check, if it has
// one, as the quotation's "check" member. (A value receiver, so that a
// Report marshalled by value keeps its checks too.)
func (r Report) MarshalJSON() ([]byte, error) {
	type plain Report
	checked := false
	for _, d := range r.Documents {
		checked = checked || d != nil && len(d.Checks) > 0
	}
	if !checked {
		return json.Marshal((*plain)(&r))
	}
	type plainDocument Document
	type checkedQuote struct {
		Quote
		Check *Check `json:"check,omitempty"`
	}
	type checkedDocument struct {
		*plainDocument
		Quotes []checkedQuote `json:"quotes"`
	}
	out := struct {
		*plain
		Documents []any `json:"documents"`
	}{plain: (*plain)(&r), Documents: make([]any, len(r.Documents))}
	for i, d := range r.Documents {
		if d == nil || len(d.Checks) == 0 {
			out.Documents[i] = d // as Document.MarshalJSON writes it
			continue
		}
		cd := &checkedDocument{plainDocument: (*plainDocument)(d), Quotes: make([]checkedQuote, len(d.Quotes))}
		for k, q := range d.Quotes {
			cd.Quotes[k].Quote = q
			if k < len(d.Checks) {
				cd.Quotes[k].Check = &d.Checks[k]
			}
		}
		out.Documents[i] = cd
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads a report written by [Report.MarshalJSON], the checks
// of the quotations included.
func (r *Report) UnmarshalJSON(b []byte) error {
	type plain Report
	type checkedQuote struct {
		Check *Check `json:"check"`
	}
	var aux struct {
		Documents []*struct {
			Quotes []checkedQuote `json:"quotes"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(b, (*plain)(r)); err != nil {
		return err
	}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	for i, d := range r.Documents {
		if d == nil || i >= len(aux.Documents) || aux.Documents[i] == nil {
			continue
		}
		qs := aux.Documents[i].Quotes
		has := false
		for _, q := range qs {
			has = has || q.Check != nil
		}
		if !has || len(qs) != len(d.Quotes) {
			continue
		}
		checks := make([]Check, len(qs))
		for k, q := range qs {
			if q.Check != nil {
				checks[k] = *q.Check
			}
		}
		d.SetChecks(checks)
	}
	return nil
}
