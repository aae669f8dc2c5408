//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/crossquote/crossquote/annotations"
)

// originalFixtures are the fictional statement and the two fictional
// articles quoting it, in wasm/testdata/original, the statement first.
var originalFixtures = []string{"statement.txt", "askel-tidende.txt", "coast-radio.txt"}

// originalPaths returns the absolute paths of originalFixtures, in order.
func originalPaths(tb testing.TB) []string {
	tb.Helper()
	var paths []string
	for _, n := range originalFixtures {
		p, err := filepath.Abs(filepath.Join("testdata", "original", n))
		if err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// markOriginal clicks the toggle that marks document name as the
// original, once it can be clicked, and returns the toggle's selector.
func (tp *tab) markOriginal(name string) string {
	tp.tb.Helper()
	toggle := `[data-mark-original=` + jsString(name) + `]`
	tabWait[bool](tp, "the original's toggle", `(() => { const b = document.querySelector(`+jsString(toggle)+`); return !!b && !b.disabled; })()`)
	tp.do(actionTimeout, chromedp.Click(chromedp.CSS(toggle)))
	return toggle
}

// fidelityCounts reads the page's fidelity summary: for each source, its
// counts by verdict and of misattributions; null until it is shown.
const fidelityCounts = `(() => {
	const rows = [...document.querySelectorAll('#fidelity-summary [data-fidelity-row]')];
	if (!rows.length) return null;
	const out = {};
	for (const r of rows) {
		const c = {};
		for (const td of r.querySelectorAll('[data-verdict]')) c[td.getAttribute('data-verdict')] = td.textContent;
		out[r.getAttribute('data-fidelity-row')] = c;
	}
	return out;
})()`

// TestBrowserOriginal marks the statement as the original in the page:
// the summary counts each outlet's verdicts as the engine does natively,
// the reader marks the quotations with their verdicts, a quotation opens
// side by side with the original's passage, and after a reload the mark
// and the summary are back.
func TestBrowserOriginal(t *testing.T) {
	paths := originalPaths(t)
	var files []annotations.File
	for i, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, annotations.File{Name: originalFixtures[i], Data: data})
	}
	native := annotations.Annotate(files, annotations.WithOriginal("statement.txt"))
	want := map[string]map[string]string{}
	for _, d := range native.Documents {
		if d.Fidelity == nil {
			continue
		}
		c := map[string]string{"misattributed": strconv.Itoa(d.Fidelity.Misattributed)}
		for _, v := range annotations.Verdicts {
			c[string(v)] = strconv.Itoa(d.Fidelity.Count(v))
		}
		want[d.Name] = c
	}
	if len(want) != 2 {
		t.Fatalf("the engine checked %d articles natively, want 2", len(want))
	}

	tp := openTab(t)
	tp.uploadFiles(paths)
	tp.waitDocuments(originalFixtures)
	toggle := tp.markOriginal("statement.txt")
	checkFidelity(t, tp, want)
	if p := tabEval[string](tp, `document.querySelector(`+jsString(toggle)+`).getAttribute('aria-pressed')`); p != "true" {
		t.Errorf("the original's toggle has aria-pressed %q", p)
	}

	// The reader marks each checked quotation of an article.
	tp.showDocument("coast-radio.txt")
	marked := tabWait[[]string](tp, "the verdicts in the reader", `(() => {
		const v = [...document.querySelectorAll('[data-document="coast-radio.txt"] [data-verdict]')];
		return v.length ? v.map(e => e.getAttribute('data-verdict') + (e.getAttribute('aria-label') ? '' : ' unlabelled')) : null;
	})()`)
	for _, v := range []string{"verbatim", "altered", "not_found"} {
		if !strings.Contains(strings.Join(marked, " "), v) {
			t.Errorf("the reader does not mark a quotation %s: %q", v, marked)
		}
	}
	if strings.Contains(strings.Join(marked, " "), "unlabelled") {
		t.Errorf("a verdict mark has no label: %q", marked)
	}

	// The altered quotation side by side with its passage.
	var altered string
	for _, d := range native.Documents {
		for i, q := range d.Quotes {
			if d.Name == "coast-radio.txt" && d.Checks[i].Verdict == annotations.Altered {
				altered = q.ID
			}
		}
	}
	tp.do(actionTimeout, chromedp.Click(chromedp.CSS(`#fidelity [data-side-quote=`+jsString(altered)+`]`)))
	side := tabWait[string](tp, "the side-by-side", `(() => {
		const s = document.querySelector('#side-by-side');
		return s && s.querySelector('del') && s.querySelector('ins') ? s.textContent : '';
	})()`)
	for _, w := range []string{"six weeks of repairs", "eight weeks of repairs", "altered"} {
		if !strings.Contains(side, w) {
			t.Errorf("the side-by-side lacks %q: %s", w, side)
		}
	}

	// Reload: the mark is stored with the workspace.
	tp.load(chromedp.Reload())
	tp.waitDocuments(originalFixtures)
	checkFidelity(t, tp, want)
	if p := tabWait[string](tp, "the original's toggle after a reload", `document.querySelector(`+jsString(toggle)+`)?.getAttribute('aria-pressed') || ''`); p != "true" {
		t.Errorf("after a reload the original's toggle has aria-pressed %q", p)
	}
}

// checkFidelity waits for the page's fidelity summary and compares it
// with want, by source.
func checkFidelity(t *testing.T, tp *tab, want map[string]map[string]string) {
	t.Helper()
	got := tabPoll[map[string]map[string]string](tp, "the fidelity summary", fidelityCounts,
		func(m map[string]map[string]string) bool { return len(m) == len(want) })
	for name, w := range want {
		for k, v := range w {
			if got[name][k] != v {
				t.Errorf("%s: the page counts %s %s, the engine %s", name, got[name][k], k, v)
			}
		}
	}
}
