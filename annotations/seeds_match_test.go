package annotations

import (
	"path/filepath"
	"strings"
	"testing"
)

// seedQuoteSpec is one member of a shared quotation in expected.json: a
// quotation of doc whose text contains the given string.
type seedQuoteSpec struct {
	Doc      string `json:"doc"`
	Contains string `json:"contains"`
}

type seedSharedQuote struct {
	ID              string          `json:"id"`
	Required        bool            `json:"required"`
	Members         []seedQuoteSpec `json:"members"`
	OptionalMembers []seedQuoteSpec `json:"optional_members"`
}

// annotateSeeds runs the whole pipeline on the five seed articles and
// returns the report and the expected shared quotations.
func annotateSeeds(t *testing.T) (*Report, []seedSharedQuote) {
	t.Helper()
	var expected struct {
		SharedQuotes []seedSharedQuote `json:"shared_quotes"`
	}
	dir := readSeedExpectations(t, &expected)
	files := readFiles(t, filepath.Join(dir, "*.txt"), "")
	if len(files) != 5 {
		t.Fatalf("want the five seed articles, got %d", len(files))
	}
	return Annotate(files), expected.SharedQuotes
}

// memberQuote returns the quotation a group member names.
func memberQuote(r *Report, m Member) *Quote {
	for _, d := range r.Documents {
		if d.Name != m.Document {
			continue
		}
		for i := range d.Quotes {
			if d.Quotes[i].ID == m.Quote {
				return &d.Quotes[i]
			}
		}
	}
	return nil
}

// matchesSpec reports whether member m is a quotation that spec describes.
func matchesSpec(r *Report, m Member, spec seedQuoteSpec) bool {
	q := memberQuote(r, m)
	return q != nil && m.Document == spec.Doc && strings.Contains(q.Text, spec.Contains)
}

// TestSeedsSharedQuotes checks the acceptance case: every required shared
// quotation is found as one group, and no cross-source quote group is
// reported beyond the listed ones.
func TestSeedsSharedQuotes(t *testing.T) {
	r, shared := annotateSeeds(t)
	checkMembers(t, r.Documents, r.Groups)
	for _, want := range shared {
		if !want.Required {
			continue
		}
		found := false
		for _, g := range r.Groups {
			if g.Kind == KindQuote && holdsAll(r, g, want.Members) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("required shared quotation %q not found as one group", want.ID)
		}
	}
	for _, g := range r.Groups {
		if g.Kind != KindQuote {
			continue
		}
		listed := false
		for _, want := range shared {
			if touches(r, g, append(append([]seedQuoteSpec(nil), want.Members...), want.OptionalMembers...)) {
				listed = true
				break
			}
		}
		if !listed {
			var texts []string
			for _, m := range g.Members {
				texts = append(texts, m.Document+": "+m.Text)
			}
			t.Errorf("false positive: group %s matches no listed shared quotation:\n  %s", g.ID, strings.Join(texts, "\n  "))
		}
	}
	t.Logf("%d groups: %d quote, %d passage", len(r.Groups), countKind(r.Groups, KindQuote), countKind(r.Groups, KindPassage))
}

// holdsAll reports whether group g holds, for every spec, a member matching
// it.
func holdsAll(r *Report, g Group, specs []seedQuoteSpec) bool {
	for _, s := range specs {
		ok := false
		for _, m := range g.Members {
			if matchesSpec(r, m, s) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// touches reports whether members of g from at least two documents match
// specs of one listed shared quotation: the group is then that quotation,
// found whole or in part.
func touches(r *Report, g Group, specs []seedQuoteSpec) bool {
	docs := make(map[string]bool)
	for _, m := range g.Members {
		for _, s := range specs {
			if matchesSpec(r, m, s) {
				docs[m.Document] = true
			}
		}
	}
	return len(docs) >= 2
}

func countKind(groups []Group, kind Kind) int {
	n := 0
	for _, g := range groups {
		if g.Kind == kind {
			n++
		}
	}
	return n
}
