package annotations

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedQuoteExpectations is the part of seeds/expected.json about quotations.
type seedQuoteExpectations struct {
	SharedQuotes []struct {
		ID              string          `json:"id"`
		Members         []seedQuoteSpec `json:"members"`
		OptionalMembers []seedQuoteSpec `json:"optional_members"`
	} `json:"shared_quotes"`
	SingleSourceQuotes []seedQuoteSpec `json:"single_source_quotes"`
	NotQuotes          []seedQuoteSpec `json:"not_quotes"`
}

// TestSeedQuotes checks the quotations the whole pipeline (reading,
// cleaning, extraction) finds in the five seed articles: every labelled
// quotation is extracted and the labelled non-quotations are not.
func TestSeedQuotes(t *testing.T) {
	var exp seedQuoteExpectations
	dir := readSeedExpectations(t, &exp)
	quotes := map[string][]Quote{}
	extracted := func(doc string) []Quote {
		if q, ok := quotes[doc]; ok {
			return q
		}
		raw, err := os.ReadFile(filepath.Join(dir, doc))
		if err != nil {
			t.Fatal(err)
		}
		quotes[doc] = NewDocument(doc, raw).Quotes
		return quotes[doc]
	}
	found := func(m seedQuoteSpec) bool {
		for _, q := range extracted(m.Doc) {
			if strings.Contains(q.Text, m.Contains) {
				return true
			}
		}
		return false
	}
	var must []seedQuoteSpec
	must = append(must, exp.SingleSourceQuotes...)
	for _, g := range exp.SharedQuotes {
		must = append(must, g.Members...)
		for _, m := range g.OptionalMembers {
			if !found(m) {
				t.Logf("optional member of %s not extracted: %s %q", g.ID, m.Doc, m.Contains)
			}
		}
	}
	if len(must) == 0 {
		t.Fatal("expected.json lists no quotations")
	}
	for _, m := range must {
		if !found(m) {
			t.Errorf("%s: no quotation contains %q", m.Doc, m.Contains)
		}
	}
	for _, m := range exp.NotQuotes {
		if found(m) {
			t.Errorf("%s: %q extracted as a quotation", m.Doc, m.Contains)
		}
	}
}
