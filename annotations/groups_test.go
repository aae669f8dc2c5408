package annotations

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestReportGroupFields runs a fictional drop through the front door, an
// article, an outlet reprinting most of it and one quoting a piece of a
// remark, and checks the report's JSON names what issue 11 asks for: the
// copy as a pair with both shares, each member's relation, a fragment's
// size and each group's source count.
func TestReportGroupFields(t *testing.T) {
	remark := `We will rebuild the northern seawall before the autumn storms, we will pay every family that lost a boat, and we will open the harbour school again by the first week of term`
	body := strings.Join([]string{
		`The coastal village of Marrowby counted the cost on Sunday after a storm surge broke through the old seawall and flooded the lower harbour streets overnight.`,
		`Fishing families spent the morning dragging damaged boats above the tide line while volunteers cleared mud and broken nets from the chapel square.`,
		`“` + remark + `,” the regional minister told residents gathered outside the flooded school.`,
		`Engineers from the county office said the wall had been patched many times since it was built and that a full survey would begin within a fortnight.`,
		`The harbour board promised temporary moorings at Kettleford for boats that could still sail, and a ferry for children who attend the school.`,
	}, "\n\n")
	files := []File{
		{Name: "courier.txt", Data: []byte("Storm breaks Marrowby seawall\n\n" + body)},
		{Name: "gazette.txt", Data: []byte("Marrowby flooded as seawall fails\n\n" + body)},
		{Name: "herald.txt", Data: []byte("Minister visits Marrowby\n\nThe minister promised: “We will rebuild the northern seawall before the autumn storms.” Residents were not convinced and asked for dates.")},
	}
	r := Annotate(files)
	var copied bool
	for _, p := range r.Pairs {
		if p.A == "courier.txt" && p.B == "gazette.txt" && p.Copy && p.AShare > 0.8 && p.BShare > 0.8 {
			copied = true
		}
	}
	if !copied {
		t.Errorf("the reprint is not a copy pair: %+v", r.Pairs)
	}
	var fragment bool
	for _, g := range r.Groups {
		if g.Sources != len(g.Members) {
			t.Errorf("%s: %d sources, %d members", g.ID, g.Sources, len(g.Members))
		}
		for _, m := range g.Members {
			if m.Document == "herald.txt" && m.Relation == RelationFragment && m.Words == 10 && m.ReferenceWords == len(strings.Fields(remark)) {
				fragment = true
			}
		}
	}
	if !fragment {
		t.Errorf("the herald's piece is not a fragment of 10 of %d words: %+v", len(strings.Fields(remark)), r.Groups)
	}
	js, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"pairs":`, `"a_share":`, `"b_share":`, `"a_spans":`, `"b_spans":`, `"copy":true`, `"relation":"fragment"`,
		`"words":10`, `"reference_words":`, `"reference":`, `"sources":`} {
		if !strings.Contains(string(js), key) {
			t.Errorf("the report's JSON lacks %s", key)
		}
	}
}
