package check

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/internal/testshared"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenQuotation is one quotation of testdata/quotations.json: the parts
// as printed in the article, found there in order to give their offsets.
type goldenQuotation struct {
	File    string   `json:"file"`
	Speaker string   `json:"speaker"`
	Parts   []string `json:"parts"`
}

// TestGolden checks the quotations of three fictional articles against the
// fictional briefing transcript and compares the results with
// testdata/briefing.golden.json; run with -update to rewrite it.
func TestGolden(t *testing.T) {
	o := briefing(t)
	var qs []goldenQuotation
	readJSON(t, "testdata/quotations.json", &qs)
	type entry struct {
		goldenQuotation
		Check    Result   `json:"check"`
		Original []string `json:"original_text"`
	}
	var got []entry
	for _, gq := range qs {
		doc, err := os.ReadFile(filepath.Join("testdata/articles", gq.File))
		if err != nil {
			t.Fatal(err)
		}
		q := Quotation{Speaker: gq.Speaker}
		from := 0
		for _, p := range gq.Parts {
			i := strings.Index(string(doc[from:]), p)
			if i < 0 {
				t.Fatalf("%s: part %q not in the article", gq.File, p)
			}
			q.Parts = append(q.Parts, Part{Text: p, Start: from + i})
			from += i + len(p)
		}
		e := entry{goldenQuotation: gq, Check: o.Check(q)}
		for _, sp := range e.Check.Original {
			e.Original = append(e.Original, sp.Text(o.Text()))
		}
		got = append(got, e)
	}
	testshared.GoldenJSON(t, "testdata/briefing.golden.json", got, *update)
	// Whatever the golden file says, the fixture must keep covering every
	// verdict and a misattribution.
	seen := map[Verdict]bool{}
	misattributed := false
	for _, e := range got {
		seen[e.Check.Verdict] = true
		misattributed = misattributed || e.Check.SpeakerMatches != nil && !*e.Check.SpeakerMatches
	}
	for _, v := range []Verdict{Verbatim, Elided, Altered, Stitched, NotFound} {
		if !seen[v] {
			t.Errorf("no quotation %s in the fixture", v)
		}
	}
	if !misattributed {
		t.Error("no misattributed quotation in the fixture")
	}
}

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}
