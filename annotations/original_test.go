package annotations_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/internal/testshared"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// hearingFiles reads the fictional hearing transcript and the three
// fictional articles that quote it, the transcript first.
func hearingFiles(t testing.TB) []annotations.File {
	t.Helper()
	var files []annotations.File
	for _, n := range []string{"hearing.txt", "valley-courier.txt", "northline-news.txt", "river-post.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata/original", n))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, annotations.File{Name: n, Data: data})
	}
	return files
}

// checkedQuote is one quotation of the golden file: its words, its
// speaker, its check and the original's words the check matched.
type checkedQuote struct {
	ID       string             `json:"id"`
	Text     string             `json:"text"`
	Speaker  string             `json:"speaker"`
	Check    *annotations.Check `json:"check"`
	Original []string           `json:"original_text,omitempty"`
}

type checkedDocument struct {
	Name     string                `json:"name"`
	Original bool                  `json:"original,omitempty"`
	Fidelity *annotations.Fidelity `json:"fidelity,omitempty"`
	Quotes   []checkedQuote        `json:"quotes,omitempty"`
}

// TestOriginalGolden checks the quotations of three fictional articles
// against a fictional hearing transcript through the front door and
// compares them with testdata/original.golden.json; run with -update to
// rewrite it.
func TestOriginalGolden(t *testing.T) {
	r := annotations.Annotate(hearingFiles(t), annotations.WithOriginal("hearing.txt"))
	if r.OriginalError != "" || r.Original != "hearing.txt" {
		t.Fatalf("original %q, error %q", r.Original, r.OriginalError)
	}
	var orig *annotations.Document
	var got []checkedDocument
	for _, d := range r.Documents {
		if d.Original {
			orig = d
		}
	}
	if orig == nil {
		t.Fatal("no document is marked original")
	}
	for _, d := range r.Documents {
		cd := checkedDocument{Name: d.Name, Original: d.Original, Fidelity: d.Fidelity}
		for i, q := range d.Quotes {
			cq := checkedQuote{ID: q.ID, Text: q.Text, Speaker: q.Speaker}
			if i < len(d.Checks) {
				cq.Check = &d.Checks[i]
				for _, sp := range cq.Check.Original {
					cq.Original = append(cq.Original, sp.Text(orig.Text))
				}
			}
			cd.Quotes = append(cd.Quotes, cq)
		}
		got = append(got, cd)
	}
	testshared.GoldenJSON(t, "testdata/original.golden.json", got, *update)
	// Whatever the golden file says: every quotation of the articles is
	// checked, the fixture covers every verdict and a misattribution, and
	// the counts agree with the checks.
	seen := map[annotations.Verdict]bool{}
	misattributed := 0
	for _, d := range r.Documents {
		if d.Original {
			if len(d.Checks) != 0 || d.Fidelity != nil {
				t.Errorf("the original %s has checks", d.Name)
			}
			continue
		}
		if len(d.Checks) != len(d.Quotes) || len(d.Quotes) == 0 {
			t.Errorf("%s: %d checks for %d quotations", d.Name, len(d.Checks), len(d.Quotes))
		}
		for _, c := range d.Checks {
			seen[c.Verdict] = true
			if annotations.Misattributed(c) {
				misattributed++
			}
		}
		if d.Fidelity == nil || *d.Fidelity != annotations.Tally(d.Checks) {
			t.Errorf("%s: fidelity %+v does not count its checks", d.Name, d.Fidelity)
		}
	}
	for _, v := range annotations.Verdicts {
		if !seen[v] {
			t.Errorf("no quotation %s in the fixture", v)
		}
	}
	if misattributed == 0 {
		t.Error("no misattributed quotation in the fixture")
	}
}

// TestOriginalKeptWhole checks that the original is not cleaned as a news
// page: its body is its whole text, every paragraph kept, nothing removed;
// the document given to Regroup is left as it was.
func TestOriginalKeptWhole(t *testing.T) {
	files := hearingFiles(t)
	docs := make([]*annotations.Document, len(files))
	for i, f := range files {
		docs[i] = annotations.NewDocument(f.Name, f.Data)
	}
	cleaned := *docs[0]
	r := annotations.Regroup(docs, annotations.WithOriginal("hearing.txt"))
	o := r.Documents[0]
	if !o.Original || o.Body != o.Text || len(o.Removed) != 0 {
		t.Fatalf("original: marked %v, body is the text %v, %d removed", o.Original, o.Body == o.Text, len(o.Removed))
	}
	paras := 0
	for _, p := range strings.Split(o.Text, "\n\n") {
		if strings.TrimSpace(p) != "" {
			paras++
		}
	}
	if len(o.Kept) != paras {
		t.Errorf("%d paragraphs kept, the text has %d", len(o.Kept), paras)
	}
	if docs[0].Original || docs[0].Body != cleaned.Body || !reflect.DeepEqual(docs[0].Kept, cleaned.Kept) {
		t.Error("Regroup changed the document it was given")
	}
	// Regrouped without the mark, the document is the news page again.
	r = annotations.Regroup(docs)
	if r.Documents[0].Original || r.Original != "" || len(r.Documents[1].Checks) != 0 {
		t.Error("the mark or the checks outlived a regroup without an original")
	}
}

// TestOriginalUnknown checks that an original no document has is named in
// the report's message, and nothing is checked.
func TestOriginalUnknown(t *testing.T) {
	r := annotations.Annotate(hearingFiles(t), annotations.WithOriginal("minutes.txt"))
	if !strings.Contains(r.OriginalError, "minutes.txt") || r.Original != "" {
		t.Errorf("original %q, error %q; want an error naming minutes.txt", r.Original, r.OriginalError)
	}
	for _, d := range r.Documents {
		if d.Original || len(d.Checks) > 0 {
			t.Errorf("%s: marked or checked without an original", d.Name)
		}
	}
}

// TestOriginalJSON checks that each quotation carries its check in the
// report's JSON, and that the report reads back with them.
func TestOriginalJSON(t *testing.T) {
	r := annotations.Annotate(hearingFiles(t), annotations.WithOriginal("hearing.txt"))
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Original  string `json:"original"`
		Documents []struct {
			Original bool              `json:"original"`
			Fidelity map[string]int    `json:"fidelity"`
			Quotes   []json.RawMessage `json:"quotes"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	if raw.Original != "hearing.txt" || !raw.Documents[0].Original {
		t.Errorf("the JSON does not name the original: %q", raw.Original)
	}
	for i, d := range raw.Documents[1:] {
		if _, ok := d.Fidelity["not_found"]; !ok {
			t.Errorf("document %d: no fidelity with snake_case counts: %v", i+1, d.Fidelity)
		}
		for _, q := range d.Quotes {
			var c struct {
				Check *struct {
					Verdict  string           `json:"verdict"`
					Original []map[string]int `json:"original"`
				} `json:"check"`
			}
			if err := json.Unmarshal(q, &c); err != nil || c.Check == nil || c.Check.Verdict == "" {
				t.Errorf("quotation without a check: %s", q)
			}
		}
	}
	// Marshalled by value, the report keeps its checks.
	if byValue, err := json.Marshal(*r); err != nil || !bytes.Equal(byValue, data) {
		t.Errorf("the report marshalled by value differs (%v)", err)
	}
	var back annotations.Report
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	for i, d := range r.Documents {
		if !reflect.DeepEqual(back.Documents[i].Checks, d.Checks) {
			t.Errorf("%s: checks not read back from the JSON", d.Name)
		}
	}
	// Without an original, the JSON has no check at all.
	plain, err := json.Marshal(annotations.Annotate(hearingFiles(t)))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte(`"check"`)) || bytes.Contains(plain, []byte(`"fidelity"`)) {
		t.Error("a report without an original has checks")
	}
}

// TestOriginalMarkdown checks that the Markdown report carries each
// quotation's verdict and names who said a misattributed one.
func TestOriginalMarkdown(t *testing.T) {
	r := annotations.Annotate(hearingFiles(t), annotations.WithOriginal("hearing.txt"))
	md := r.Markdown()
	if !strings.Contains(md, "# Checked against the original") {
		t.Fatal("no section of checks")
	}
	for _, d := range r.Documents {
		if d.Fidelity != nil && !strings.Contains(md, annotations.FidelityText(*d.Fidelity)) {
			t.Errorf("%s: no line %q", d.Name, annotations.FidelityText(*d.Fidelity))
		}
		for _, c := range d.Checks {
			if !strings.Contains(md, "**"+annotations.VerdictText(c.Verdict)+"**") {
				t.Errorf("%s: no verdict %s", d.Name, c.Verdict)
			}
			if annotations.Misattributed(c) && !strings.Contains(md, "said by "+c.OriginalSpeaker+" in the original") {
				t.Errorf("%s: misattribution to %s not said", d.Name, c.OriginalSpeaker)
			}
		}
	}
	if strings.Contains(annotations.Annotate(hearingFiles(t)).Markdown(), "Checked against") {
		t.Error("a report without an original has a section of checks")
	}
}

// TestOriginalJSONUnreadable checks that a file that could not be used
// is written as its name and error alone in a report with checks too.
func TestOriginalJSONUnreadable(t *testing.T) {
	files := append(hearingFiles(t), annotations.File{Name: "blank.txt", Data: []byte(" \n")})
	data, err := json.Marshal(annotations.Annotate(files, annotations.WithOriginal("hearing.txt")))
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Documents []map[string]json.RawMessage `json:"documents"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	last := raw.Documents[len(raw.Documents)-1]
	if len(last) != 2 || last["name"] == nil || last["error"] == nil {
		t.Errorf("the unreadable file is written with keys %v, want name and error alone", last)
	}
	if _, ok := raw.Documents[1]["fidelity"]; !ok {
		t.Error("the checked documents lost their fidelity")
	}
}
