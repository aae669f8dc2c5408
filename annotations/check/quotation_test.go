package check

import (
	"testing"
)

func TestEllipsisForms(t *testing.T) {
	o := briefing(t)
	for _, mark := range []string{"…", " … ", "...", " ... ", " [...] ", " […] ", " (...) ", " . . . ", "....", " [ … ] "} {
		q := quote("Brandvold", "The sea wall is fully funded"+mark+"the engineers tell me the work can start in April")
		r := o.Check(q)
		if r.Verdict != Elided || len(r.Original) != 2 {
			t.Errorf("%q: %s with %d spans, want elided with 2", mark, r.Verdict, len(r.Original))
		}
	}
	// An ellipsis at either end only says the sentence goes on.
	for _, text := range []string{"… the council will run a second boat", "the council will run a second boat...", "[...] the council will run a second boat […]"} {
		if r := o.Check(quote("Brandvold", text)); r.Verdict != Verbatim {
			t.Errorf("%q: %s, want verbatim", text, r.Verdict)
		}
	}
	// An ellipsis where nothing was left out changes nothing.
	if r := o.Check(quote("Brandvold", "That will not happen … again.")); r.Verdict != Verbatim || len(r.Original) != 1 {
		t.Errorf("empty elision: %s with %d spans, want verbatim with 1", r.Verdict, len(r.Original))
	}
}

func TestInsertions(t *testing.T) {
	o := briefing(t)
	tests := []struct {
		text, insertion, replaces string
		want                      Verdict
	}{
		{"I would never put [the Hollin Bay sea wall] at risk for a ferry.", "the Hollin Bay sea wall", "the sea wall", Verbatim},
		{"[Brandvold] intend[s] to keep it.", "Brandvold", "I", Verbatim},
		{"[T]he engineers tell me the work can start in April", "", "", Verbatim},
		{"This is a promise to the people of [Hollin Bay] … I will come back here and explain why", "Hollin Bay", "Hollin Bay", Elided},
		{"We met [the ferry workers'] union twice in January", "the ferry workers'", "the", Verbatim},
	}
	for _, tt := range tests {
		r := o.Check(quote("Brandvold", tt.text))
		if r.Verdict != tt.want {
			t.Errorf("%q: %s, want %s", tt.text, r.Verdict, tt.want)
			continue
		}
		if tt.insertion == "" {
			if len(r.Insertions) != 0 {
				t.Errorf("%q: insertions %+v, want none", tt.text, r.Insertions)
			}
			continue
		}
		if len(r.Insertions) == 0 {
			t.Errorf("%q: no insertion reported", tt.text)
			continue
		}
		in := r.Insertions[0]
		if in.Text != tt.insertion || in.Replaces == nil || in.Replaces.Text(o.Text()) != tt.replaces {
			t.Errorf("%q: insertion %+v replacing %v, want %q replacing %q", tt.text, in, in.Replaces, tt.insertion, tt.replaces)
		}
		if got := tt.text[in.Quotation.Start:in.Quotation.End]; got != "["+tt.insertion+"]" {
			t.Errorf("%q: insertion span names %q", tt.text, got)
		}
	}
}

func TestOutOfOrder(t *testing.T) {
	o := briefing(t)
	tests := []struct{ name, text string }{
		{"reversed sentences of one turn", "That will not happen again. Last winter the harbour ferry stopped running for eleven days"},
		{"reversed at an ellipsis", "the second boat costs about 600,000 a year to run … I want to be clear about the money"},
		{"reversed parts", "Nobody in Hollin Bay will pay a higher fare|The reserve fund holds 4.2 million crowns... the families of Hollin Bay were cut off from the hospital"},
	}
	for _, tt := range tests {
		r := o.Check(quote("Brandvold", tt.text))
		if r.Verdict != Stitched || len(r.Original) < 2 {
			t.Errorf("%s: %s with %d spans, want stitched", tt.name, r.Verdict, len(r.Original))
			continue
		}
		if r.Original[0].Start < r.Original[1].Start {
			t.Errorf("%s: spans %v not in the quotation's order", tt.name, r.Original)
		}
	}
}

func TestPartsAdjacent(t *testing.T) {
	o := briefing(t)
	// A quotation split around its attribution, with a sentence skipped
	// between the parts: adjacent, so not stitched, and not elided either,
	// since nothing inside a part was left out.
	r := o.Check(quote("Halvorsen", "The timetable will be on the website by the end of the month.|We are still testing the morning crossing with the new pilots"))
	if r.Verdict != Verbatim || len(r.Original) != 1 {
		t.Errorf("contiguous parts: %s with %d spans, want verbatim with 1", r.Verdict, len(r.Original))
	}
	r = o.Check(quote("Brandvold", "That will not happen again.|Nobody in Hollin Bay will pay a higher fare because of this decision."))
	if r.Verdict != Stitched {
		t.Errorf("parts a paragraph apart: %s, want stitched", r.Verdict)
	}
}

func TestTolerance(t *testing.T) {
	text := "We will meet the union again next week and we will listen to every crew."
	q := Quotation{Parts: []Part{{Text: "We will meet the union again next month and we will listen to each crew."}}}
	// Two words changed in sixteen: 0.125.
	if r := NewOriginal(text).Check(q); r.Verdict != Altered {
		t.Errorf("default tolerance: %s, want altered", r.Verdict)
	}
	if r := NewOriginal(text, WithTolerance(0.1)).Check(q); r.Verdict != NotFound {
		t.Errorf("tolerance 0.1: %s, want not_found", r.Verdict)
	}
}

func TestShortAndEmpty(t *testing.T) {
	o := briefing(t)
	for _, q := range []Quotation{{}, {Parts: []Part{{Text: ""}}}, {Parts: []Part{{Text: "… —"}}}, {Parts: []Part{{Text: "[sic]"}}}} {
		if r := o.Check(q); r.Verdict != NotFound || len(r.Original) != 0 {
			t.Errorf("%+v: %s, want not_found", q, r.Verdict)
		}
	}
	if r := o.Check(quote("", "reliable")); r.Verdict != Verbatim {
		t.Errorf("one word said once: %s, want verbatim", r.Verdict)
	}
	if r := NewOriginal("").Check(quote("", "anything at all")); r.Verdict != NotFound {
		t.Errorf("empty original: %s", r.Verdict)
	}
}
