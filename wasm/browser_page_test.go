//go:build !wasm

package main

// Page helpers of the browser tests: the articles to load, the ways to load
// them (a real drag and drop, the file picker), and reading back what the
// page highlights.

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/crossquote/crossquote/annotations"
)

// storyCorpus is a set of articles about one story and what the page must
// show for them.
type storyCorpus struct {
	name  string   // "seeds" or "fixtures", for messages
	files []string // absolute paths of the articles, sorted
	want  expectations
}

// expectations is the part of an expected.json (the shared seeds' format,
// which the fixtures copy) that the browser tests check.
type expectations struct {
	Documents map[string]struct {
		Remove []string `json:"remove"`
	} `json:"documents"`
	SharedQuotes []struct {
		ID       string        `json:"id"`
		Required bool          `json:"required"`
		Members  []quoteMember `json:"members"`
	} `json:"shared_quotes"`
	SingleSourceQuotes []quoteMember `json:"single_source_quotes"`
}

type quoteMember struct {
	Doc      string `json:"doc"`
	Contains string `json:"contains"`
}

// names returns the file names of the corpus, in order.
func (c storyCorpus) names() []string {
	var names []string
	for _, f := range c.files {
		names = append(names, filepath.Base(f))
	}
	return names
}

// seedsDir returns the shared seeds folder, or "" when the shared data is
// absent and CROSSQUOTE_SHARED is unset. With the variable set, a missing
// folder fails the test: CI must not silently fall back to the fixtures.
func seedsDir(tb testing.TB) string {
	tb.Helper()
	root, set := os.LookupEnv("CROSSQUOTE_SHARED")
	if !set || root == "" {
		root, set = filepath.Join("..", "..", "shared"), false
	}
	dir, err := filepath.Abs(filepath.Join(root, "seeds"))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "expected.json")); err != nil {
		if set {
			tb.Fatalf("CROSSQUOTE_SHARED=%s is set but its seeds are missing: %v", root, err)
		}
		return ""
	}
	return dir
}

// loadCorpus reads the .txt articles of dir and the expectations file.
func loadCorpus(tb testing.TB, name, dir, expectedFile string) storyCorpus {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) < 2 {
		tb.Fatalf("%s: want at least two .txt articles in %s, found %d (%v)", name, dir, len(files), err)
	}
	slices.Sort(files)
	data, err := os.ReadFile(expectedFile)
	if err != nil {
		tb.Fatal(err)
	}
	c := storyCorpus{name: name, files: files}
	if err := json.Unmarshal(data, &c.want); err != nil {
		tb.Fatalf("%s: %v", expectedFile, err)
	}
	return c
}

// fixtureCorpus is the project's own fictional story in testdata/.
func fixtureCorpus(tb testing.TB) storyCorpus {
	tb.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", "articles"))
	if err != nil {
		tb.Fatal(err)
	}
	return loadCorpus(tb, "fixtures", dir, filepath.Join("testdata", "expected.json"))
}

// storyCorpus is the five shared seed articles when the shared data is
// there, else the fictional fixtures.
func storyCorpusFor(tb testing.TB) storyCorpus {
	tb.Helper()
	if dir := seedsDir(tb); dir != "" {
		return loadCorpus(tb, "seeds", dir, filepath.Join(dir, "expected.json"))
	}
	tb.Logf("no shared seeds (CROSSQUOTE_SHARED unset, ../shared absent): using the fictional fixtures")
	return fixtureCorpus(tb)
}

// dropFiles drops files on the page the way a person does: a native drag
// with files, sent as dragEnter, dragOver and drop at the middle of the
// viewport (the whole page is the drop zone).
func (tp *tab) dropFiles(paths []string) {
	tp.tb.Helper()
	x := tabEval[float64](tp, `window.innerWidth / 2`)
	y := tabEval[float64](tp, `window.innerHeight / 2`)
	data := &input.DragData{
		Items:              []*input.DragDataItem{}, // must be a list, even empty
		Files:              paths,
		DragOperationsMask: 1, // copy
	}
	for _, typ := range []input.DispatchDragEventType{
		input.DispatchDragEventTypeDragEnter,
		input.DispatchDragEventTypeDragOver,
		input.DispatchDragEventTypeDrop,
	} {
		tp.do(actionTimeout, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Call(ctx, input.DispatchDragEvent, input.DispatchDragEventParams{Type: typ, X: x, Y: y, Data: data})
			if err != nil {
				return fmt.Errorf("%s: %w", typ, err)
			}
			return nil
		}))
	}
}

// uploadFiles chooses files in the file picker, as the browser's open
// dialog would; the input fires its change event.
func (tp *tab) uploadFiles(paths []string) {
	tp.tb.Helper()
	tp.do(actionTimeout, chromedp.SetUploadFiles(chromedp.ID("file-input"), paths))
}

// jsString quotes s as a JavaScript string literal. It leaves <, > and &
// as they are (json.Marshal would write \u003c), so that the literal is
// also a CSS string: the helpers build attribute selectors with it.
func jsString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// waitDocuments waits until the page lists every name among its documents
// (the per-file remove buttons name them) and returns all listed names.
func (tp *tab) waitDocuments(names []string) []string {
	tp.tb.Helper()
	want, _ := json.Marshal(names)
	return tabWait[[]string](tp, fmt.Sprintf("the documents %v", names), `(() => {
		const have = [...document.querySelectorAll('[data-remove-document]')].map(e => e.getAttribute('data-remove-document'));
		return `+string(want)+`.every(n => have.includes(n)) ? have : null;
	})()`)
}

// documentNames returns the names of the documents the page lists now.
func (tp *tab) documentNames() []string {
	tp.tb.Helper()
	return tabEval[[]string](tp, `[...document.querySelectorAll('[data-remove-document]')].map(e => e.getAttribute('data-remove-document'))`)
}

// showDocument makes the page render the document name, and waits for its
// container.
func (tp *tab) showDocument(name string) {
	tp.tb.Helper()
	// The reader's, not the compare view's, which shows documents too.
	sel := `#reader [data-document=` + jsString(name) + `]`
	if tabEval[bool](tp, `!!document.querySelector(`+jsString(sel)+`)`) {
		return
	}
	// The source list has a button per document; it is disabled while
	// the file is being analysed.
	pick := `[data-show-document=` + jsString(name) + `]`
	tabWait[bool](tp, "the button to show "+name, `(() => { const b = document.querySelector(`+jsString(pick)+`); return !!b && !b.disabled; })()`)
	tp.do(actionTimeout, chromedp.Click(chromedp.CSS(pick)))
	tabWait[bool](tp, "the document "+name, `!!document.querySelector(`+jsString(sel)+`)`)
}

// highlight is one highlighted quotation in a rendered document.
type highlight struct {
	Doc     string `json:"doc"`
	Group   string `json:"group"`
	Quote   string `json:"quote"`
	Text    string `json:"text"`
	BG      string `json:"bg"`
	Visible bool   `json:"visible"`
}

// highlightsJS lists the [data-group] elements inside the reader's document.
const highlightsJS = `(() => {
	const out = [];
	for (const d of document.querySelectorAll('#reader [data-document]')) {
		for (const el of d.querySelectorAll('[data-group]')) {
			out.push({
				doc: d.getAttribute('data-document'),
				group: el.getAttribute('data-group'),
				quote: el.getAttribute('data-quote') || '',
				text: el.textContent,
				bg: getComputedStyle(el).backgroundColor,
				visible: el.getClientRects().length > 0,
			});
		}
	}
	return out;
})()`

// removedJS lists the [data-removed] elements inside the document the
// reader shows (the compare view shows documents too).
const removedJS = `(() => {
	const out = [];
	for (const d of document.querySelectorAll('#reader [data-document]')) {
		for (const el of d.querySelectorAll('[data-removed]')) {
			out.push({
				doc: d.getAttribute('data-document'),
				reason: el.getAttribute('data-removed'),
				text: el.textContent,
				visible: el.getClientRects().length > 0,
			});
		}
	}
	return out;
})()`

// soloJS lists the quotations inside the reader's document that are
// highlighted as found in one source only: data-quote without data-group.
const soloJS = `(() => {
	const out = [];
	for (const d of document.querySelectorAll('#reader [data-document]')) {
		for (const el of d.querySelectorAll('[data-quote]:not([data-group])')) {
			out.push({doc: d.getAttribute('data-document'), quote: el.getAttribute('data-quote'), text: el.textContent});
		}
	}
	return out;
})()`

// soloQuote is a quotation the page marks as found in one source only.
type soloQuote struct {
	Doc   string `json:"doc"`
	Quote string `json:"quote"`
	Text  string `json:"text"`
}

type removedText struct {
	Doc     string `json:"doc"`
	Reason  string `json:"reason"`
	Text    string `json:"text"`
	Visible bool   `json:"visible"`
}

// inDocuments shows each document in turn and collects what the script
// js lists for it (objects with a doc field naming their document).
func inDocuments[T interface{ document() string }](tp *tab, names []string, js string) []T {
	tp.tb.Helper()
	var all []T
	for _, name := range names {
		tp.showDocument(name)
		for _, v := range tabEval[[]T](tp, js) {
			if v.document() == name {
				all = append(all, v)
			}
		}
	}
	return all
}

func (h highlight) document() string   { return h.Doc }
func (r removedText) document() string { return r.Doc }
func (q soloQuote) document() string   { return q.Doc }

// highlightsOf collects the highlights of the documents.
func (tp *tab) highlightsOf(names []string) []highlight {
	return inDocuments[highlight](tp, names, highlightsJS)
}

// removedOf collects the removed texts the documents show.
func (tp *tab) removedOf(names []string) []removedText {
	return inDocuments[removedText](tp, names, removedJS)
}

// solosOf collects the single-source quotations of the documents.
func (tp *tab) solosOf(names []string) []soloQuote {
	return inDocuments[soloQuote](tp, names, soloJS)
}

// squash collapses runs of white space, so that a quotation split over
// several elements or lines still matches.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// quoteTexts maps document → group → the texts of the group's quotations
// there (the elements of one data-quote joined).
func quoteTexts(hs []highlight) map[string]map[string][]string {
	type key struct{ doc, group, quote string }
	joined := map[key]string{}
	var order []key
	for _, h := range hs {
		k := key{h.Doc, h.Group, h.Quote}
		if _, ok := joined[k]; !ok {
			order = append(order, k)
		}
		joined[k] += " " + h.Text
	}
	out := map[string]map[string][]string{}
	for _, k := range order {
		if out[k.doc] == nil {
			out[k.doc] = map[string][]string{}
		}
		out[k.doc][k.group] = append(out[k.doc][k.group], squash(joined[k]))
	}
	return out
}

// findGroup returns a data-group value under which every member's
// document highlights a quotation containing the member's text.
func findGroup(texts map[string]map[string][]string, members []quoteMember) (string, bool) {
	if len(members) == 0 {
		return "", false
	}
	var candidates []string
	for g := range texts[members[0].Doc] {
		candidates = append(candidates, g)
	}
	slices.Sort(candidates)
	for _, g := range candidates {
		if slices.IndexFunc(members, func(m quoteMember) bool {
			return !slices.ContainsFunc(texts[m.Doc][g], func(t string) bool {
				return strings.Contains(t, squash(m.Contains))
			})
		}) < 0 {
			return g, true
		}
	}
	return "", false
}

// transparent is the computed background of an element with none.
const transparent = "rgba(0, 0, 0, 0)"

// checkGroupColours fails unless every highlight of group g has one
// computed background colour, and a visible one.
func checkGroupColours(tb testing.TB, hs []highlight, g string) {
	tb.Helper()
	colours := map[string][]string{}
	for _, h := range hs {
		if h.Group == g {
			colours[h.BG] = append(colours[h.BG], h.Doc)
		}
	}
	if len(colours) != 1 {
		tb.Errorf("group %s has %d background colours, want one: %v", g, len(colours), colours)
	}
	for c := range colours {
		if c == transparent || c == "" {
			tb.Errorf("group %s is highlighted with no background colour (%q)", g, c)
		}
	}
}

// waitHighlights polls until the documents highlight every required shared
// group of the corpus (the analysis may finish after the documents are
// listed) and returns the highlights and the group found for each required
// expectation. On timeout it fails with what was missing.
func (tp *tab) waitHighlights(c storyCorpus) ([]highlight, map[string]string) {
	tp.tb.Helper()
	deadline := time.Now().Add(actionTimeout)
	for {
		hs := tp.highlightsOf(c.names())
		texts := quoteTexts(hs)
		found := map[string]string{}
		var missing []string
		for _, sq := range c.want.SharedQuotes {
			if !sq.Required {
				continue
			}
			if g, ok := findGroup(texts, sq.Members); ok {
				found[sq.ID] = g
			} else {
				missing = append(missing, sq.ID)
			}
		}
		if len(missing) == 0 {
			return hs, found
		}
		if time.Now().After(deadline) {
			tp.tb.Fatalf("%s: the required shared groups %v are not highlighted in their documents; the page highlights (document → group → quotations):\n%s",
				c.name, missing, dumpTexts(texts))
		}
		time.Sleep(250 * time.Millisecond) // let the page work before looking again
	}
}

func dumpTexts(texts map[string]map[string][]string) string {
	var b strings.Builder
	docs := slices.Sorted(maps.Keys(texts))
	for _, d := range docs {
		for _, g := range slices.Sorted(maps.Keys(texts[d])) {
			for _, t := range texts[d][g] {
				fmt.Fprintf(&b, "  %s  %s  %.100q\n", d, g, t)
			}
		}
	}
	if b.Len() == 0 {
		return "  (nothing)\n"
	}
	return b.String()
}

// readFiles reads the corpus from disk as the engine's input.
func (c storyCorpus) readFiles(tb testing.TB) []annotations.File {
	tb.Helper()
	var files []annotations.File
	for _, p := range c.files {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, annotations.File{Name: filepath.Base(p), Data: data})
	}
	return files
}

// checkHighlightsAgainstEngine compares what the page highlights with what
// the engine, run natively on the same files, reports: the page must show
// every shared quotation group in each of its documents, and no group the
// engine does not report.
func checkHighlightsAgainstEngine(tb testing.TB, rep *annotations.Report, hs []highlight) {
	tb.Helper()
	known := map[string]bool{}
	want := map[string]map[string]bool{} // document → quote groups in it
	for _, g := range rep.Groups {
		known[g.ID] = true
		if g.Kind != annotations.KindQuote {
			continue
		}
		for _, m := range g.Members {
			if want[m.Document] == nil {
				want[m.Document] = map[string]bool{}
			}
			want[m.Document][g.ID] = true
		}
	}
	have := map[string]map[string]bool{}
	for _, h := range hs {
		if !known[h.Group] {
			tb.Errorf("%s highlights data-group=%q, which the engine does not report", h.Doc, h.Group)
		}
		if have[h.Doc] == nil {
			have[h.Doc] = map[string]bool{}
		}
		have[h.Doc][h.Group] = true
	}
	for doc, groups := range want {
		for g := range groups {
			if !have[doc][g] {
				tb.Errorf("%s: the engine puts a quotation of it in group %s, the page does not highlight it", doc, g)
			}
		}
	}
}

// checkSolosAgainstEngine checks that the page marks as single-source
// (data-quote without data-group) exactly the quotations of each document
// that the engine puts in no group, and that the single-source quotations
// the expectations list are never highlighted as shared.
func checkSolosAgainstEngine(tb testing.TB, rep *annotations.Report, solos []soloQuote, hs []highlight, want []quoteMember) {
	tb.Helper()
	grouped := map[string]bool{} // document + quote id
	for _, g := range rep.Groups {
		for _, m := range g.Members {
			grouped[m.Document+"\x00"+m.Quote] = true
			for _, o := range m.Also { // the member's other places are its group's too
				grouped[m.Document+"\x00"+o.Quote] = true
			}
		}
	}
	have := map[string][]string{}
	for _, q := range solos {
		have[q.Doc] = append(have[q.Doc], q.Quote)
	}
	for _, d := range rep.Documents {
		var ids []string
		for _, q := range d.Quotes {
			if !grouped[d.Name+"\x00"+q.ID] && q.Len() > 0 {
				ids = append(ids, q.ID)
			}
		}
		h := slices.Compact(slices.Sorted(slices.Values(have[d.Name])))
		if slices.Sort(ids); !slices.Equal(h, ids) {
			tb.Errorf("%s: the page marks the quotations %q as single-source, the engine %q", d.Name, h, ids)
		}
	}
	for _, m := range want {
		for _, h := range hs {
			if h.Doc == m.Doc && strings.Contains(squash(h.Text), squash(m.Contains)) {
				tb.Errorf("%s: the single-source quotation %q is highlighted as shared (data-group=%q)", m.Doc, m.Contains, h.Group)
			}
		}
		if !slices.ContainsFunc(solos, func(q soloQuote) bool { return q.Doc == m.Doc && strings.Contains(squash(q.Text), squash(m.Contains)) }) {
			tb.Logf("%s: the single-source quotation %q is not highlighted (the engine did not extract it)", m.Doc, m.Contains)
		}
	}
}

// checkRemovedAgainstEngine checks that the page, with the switch on, shows
// exactly the removals the engine reports, document by document.
func checkRemovedAgainstEngine(tb testing.TB, rep *annotations.Report, removed []removedText) {
	tb.Helper()
	want, have := map[string][]string{}, map[string][]string{}
	for _, d := range rep.Documents {
		for _, r := range d.Removed {
			if t := squash(r.Text(d.Text)); t != "" {
				want[d.Name] = append(want[d.Name], t)
			}
		}
	}
	for _, r := range removed {
		if t := squash(r.Text); t != "" {
			have[r.Doc] = append(have[r.Doc], t)
		}
	}
	for _, d := range rep.Documents {
		w, h := slices.Sorted(slices.Values(want[d.Name])), slices.Sorted(slices.Values(have[d.Name]))
		if !slices.Equal(w, h) {
			tb.Errorf("%s: the page shows %d removed texts, the engine removes %d:\npage:   %q\nengine: %q", d.Name, len(h), len(w), h, w)
		}
	}
}

// export clicks an export button and returns the text the
// page puts into #export-output for it.
func (tp *tab) export(kind, check string) string {
	tp.tb.Helper()
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("export-"+kind)))
	return tabWait[string](tp, "the "+kind+" export", `(() => {
		const v = document.querySelector('#export-output').value;
		return (`+check+`) ? v : '';
	})()`)
}

// setControl sets an input or select's value and fires input and change,
// as a person editing it does.
func (tp *tab) setControl(id, value string) {
	tp.tb.Helper()
	tabEval[chromedp.Void](tp, `(() => {
		const el = document.getElementById(`+jsString(id)+`);
		el.value = `+jsString(value)+`;
		el.dispatchEvent(new Event('input', {bubbles: true}));
		el.dispatchEvent(new Event('change', {bubbles: true}));
	})()`)
}

// groupItems returns the ids of the groups listed in #groups.
func (tp *tab) groupItems() []string {
	tp.tb.Helper()
	return tabEval[[]string](tp, `[...document.querySelectorAll('#groups [data-group-item]')].map(e => e.getAttribute('data-group-item'))`)
}
