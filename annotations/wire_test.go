package annotations

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWireCopies checks two outlets that carry one wire story word for word
// under their own headlines, navigation and footers: the shared body must
// come back as a few groups that cover it, one per stretch between and for
// each quotation, all naming both outlets — not as dozens of scraps, and
// none of the outlets' own boilerplate.
func TestWireCopies(t *testing.T) {
	var files []File
	for _, name := range []string{"herald.txt", "islandnews.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "wire", name))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{Name: name, Data: data})
	}
	r := Annotate(files)
	for _, d := range r.Documents {
		if d.Error != "" || d.DuplicateOf != "" {
			t.Fatalf("%s: error %q, duplicate of %q: the copies differ and must both be sources", d.Name, d.Error, d.DuplicateOf)
		}
	}
	quotes := 0
	for _, q := range r.Documents[0].Quotes {
		if q.Len() > 0 {
			quotes++
		}
	}
	// A quotation ends a passage, so each quotation and each stretch of
	// narration between two of them is a group: at most 2q+1.
	if n := len(r.Groups); n == 0 || n > 2*quotes+1 {
		t.Errorf("%d groups for a story with %d quotations, want 1 to %d", n, quotes, 2*quotes+1)
	}
	covered := map[string][]bool{}
	for _, d := range r.Documents {
		covered[d.Name] = make([]bool, len(d.Text))
	}
	for _, g := range r.Groups {
		docs := map[string]bool{}
		for _, m := range g.Members {
			docs[m.Document] = true
			for i := m.Span.Start; i < m.Span.End; i++ {
				covered[m.Document][i] = true
			}
		}
		if len(docs) != 2 {
			t.Errorf("group %s (%s) has the documents %v, want both outlets: %.80q", g.ID, g.Kind, docs, g.Members[0].Text)
		}
	}
	for _, d := range r.Documents {
		// The wire body runs from its first sentence to its last.
		start := strings.Index(d.Text, "The island ferry company")
		end := strings.Index(d.Text, "late shifts.") + len("late shifts.")
		if start < 0 || end < start {
			t.Fatalf("%s: the fixture lost its body", d.Name)
		}
		letters, hit := 0, 0
		for i := start; i < end; i++ {
			if c := d.Text[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				letters++
				if covered[d.Name][i] {
					hit++
				}
			}
		}
		// Measured: 96%. What is left out are the attributions between
		// two quotations, too short to be a passage of their own.
		if share := float64(hit) / float64(letters); share < 0.85 {
			t.Errorf("%s: the groups cover %.0f%% of the wire body's letters, want at least 85%%", d.Name, 100*share)
		} else {
			t.Logf("%s: the groups cover %.1f%% of the wire body's letters (%d of %d)", d.Name, 100*share, hit, letters)
		}
		outside := slices.ContainsFunc(covered[d.Name][:start], func(b bool) bool { return b }) ||
			slices.ContainsFunc(covered[d.Name][end:], func(b bool) bool { return b })
		if outside {
			t.Errorf("%s: a group reaches outside the wire body, into the outlet's own page", d.Name)
		}
	}
}
