package synth_test

import (
	"fmt"
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/synth"
)

// reportFrom builds the report a perfect engine would give, except that the
// remarks for which group returns false are left ungrouped and the decoys
// for which merge returns true join their original's group.
func reportFrom(files []annotations.File, truth *synth.Truth, group func(remark int) bool, merge func(decoy int) bool) *annotations.Report {
	docs := map[string]*annotations.Document{}
	r := &annotations.Report{}
	for _, f := range files {
		d := &annotations.Document{Name: f.Name, Text: string(f.Data)}
		docs[f.Name] = d
		r.Documents = append(r.Documents, d)
	}
	members := map[int][]annotations.Member{}
	for i, o := range truth.Occurrences {
		d := docs[o.File]
		q := annotations.Quote{ID: fmt.Sprintf("q%d", i), Span: o.Span, Text: o.Text}
		d.Quotes = append(d.Quotes, q)
		key := o.Remark
		if rm := truth.Remarks[o.Remark]; rm.Decoy != synth.DecoyNone && merge(o.Remark) {
			key = rm.Original
		}
		members[key] = append(members[key], annotations.Member{Document: d.Name, Quote: q.ID, Span: q.Span, Text: q.Text})
	}
	for id := range truth.Remarks {
		if len(members[id]) > 1 && group(id) {
			r.Groups = append(r.Groups, annotations.Group{ID: fmt.Sprint(id), Kind: annotations.KindQuote, Members: members[id]})
		}
	}
	return r
}

func all(int) bool  { return true }
func none(int) bool { return false }

func TestEvaluate(t *testing.T) {
	files, truth := synth.Generate(9, 60)
	tests := []struct {
		name           string
		group, merge   func(int) bool
		precision, rec func(float64) bool
		decoysGrouped  bool
	}{
		{"perfect", all, none, eq1, eq1, false},
		{"nothing grouped", none, none, eq1, eq0, false},
		{"decoys merged", all, all, below1, eq1, true},
		{"half the remarks", func(id int) bool { return id%2 == 0 }, none, eq1, between, false},
	}
	for _, tt := range tests {
		s := synth.Evaluate(reportFrom(files, truth, tt.group, tt.merge), truth)
		if !tt.precision(s.Precision()) || !tt.rec(s.Recall()) {
			t.Errorf("%s: precision %.3f recall %.3f", tt.name, s.Precision(), s.Recall())
		}
		grouped := 0
		for _, k := range s.Decoys {
			grouped += k.Grouped
		}
		if (grouped > 0) != tt.decoysGrouped {
			t.Errorf("%s: %d decoy pairs grouped", tt.name, grouped)
		}
		if s.Found != len(truth.Occurrences) {
			t.Errorf("%s: found %d of %d occurrences", tt.name, s.Found, len(truth.Occurrences))
		}
	}
}

// TestEvaluateUnplanted checks that grouping a planted quotation with a
// quotation nothing was planted at counts as a wrong pair, and that
// occurrences without a reported quotation are not found.
func TestEvaluateUnplanted(t *testing.T) {
	files, truth := synth.Generate(9, 20)
	r := reportFrom(files, truth, all, none)
	o := truth.Occurrences[0]
	var other *annotations.Document
	for _, d := range r.Documents {
		if d.Name != o.File {
			other = d
			break
		}
	}
	other.Quotes = append(other.Quotes, annotations.Quote{ID: "stray", Span: annotations.Span{Start: 0, End: 5}})
	r.Groups = append(r.Groups, annotations.Group{Kind: annotations.KindQuote, Members: []annotations.Member{
		{Document: o.File, Quote: "q0", Span: o.Span},
		{Document: other.Name, Quote: "stray", Span: annotations.Span{Start: 0, End: 5}},
	}})
	s := synth.Evaluate(r, truth)
	if s.Unplanted != 1 || s.Precision() >= 1 {
		t.Errorf("unplanted pairs %d, precision %.4f; want 1 and below 1", s.Unplanted, s.Precision())
	}
	r.Documents[0].Quotes = nil
	if s := synth.Evaluate(r, truth); s.Found >= len(truth.Occurrences) {
		t.Errorf("found %d of %d occurrences after removing a document's quotations", s.Found, len(truth.Occurrences))
	}
}

func eq1(x float64) bool     { return x == 1 }
func eq0(x float64) bool     { return x == 0 }
func below1(x float64) bool  { return x < 1 }
func between(x float64) bool { return 0 < x && x < 1 }
