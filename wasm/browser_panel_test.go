//go:build !wasm

package main

// Browser tests of the groups panel as a reader works through it: the copy
// line, the relations, the filters, the j/k walk across documents, the
// Speakers view, the CSV export, Clear all and its undo, the example's
// question, dismissing a message and the settings' checks. The story is
// the fictional reprint in testdata/reprint.

import (
	"encoding/csv"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/crossquote/crossquote/annotations"
)

// reprintFiles returns the paths of the reprinted story, sorted.
func reprintFiles(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "reprint", "*.txt"))
	if err != nil || len(paths) != 3 {
		tb.Fatalf("testdata/reprint: %d files (%v)", len(paths), err)
	}
	for i, p := range paths {
		if paths[i], err = filepath.Abs(p); err != nil {
			tb.Fatal(err)
		}
	}
	slices.Sort(paths)
	return paths
}

// panelItemsJS lists the keys of the panel's items, in order.
const panelItemsJS = `[...document.querySelectorAll('#groups [data-panel-item]')].map(e => e.getAttribute('data-panel-item'))`

// TestBrowserPanel works through the panel of the reprinted story.
func TestBrowserPanel(t *testing.T) {
	paths := reprintFiles(t)
	var names []string
	for _, p := range paths {
		names = append(names, filepath.Base(p))
	}
	c := storyCorpus{name: "reprint", files: paths}
	native := annotations.Annotate(c.readFiles(t))
	kind := map[string]annotations.Kind{}
	sources := map[string][]string{}
	for _, g := range native.Groups {
		kind[g.ID] = g.Kind
		for _, m := range g.Members {
			sources[g.ID] = append(sources[g.ID], m.Document)
		}
	}

	tp := openTab(t)
	tp.uploadFiles(paths)
	tp.waitDocuments(names)

	// The copy: one line saying who reproduces how much of whom.
	line := tabWait[string](tp, "the copy line", `(() => {
		const l = document.querySelector('#groups [data-copy-item] .copy-line');
		return l ? l.textContent : '';
	})()`)
	if !strings.HasPrefix(line, "Ferry pier approved for Lantern Bay reproduces ") || !strings.Contains(line, "% of Lantern Bay council backs new ferry pier") ||
		!strings.Contains(line, "paragraphs ") || !strings.HasSuffix(line, "word for word") {
		t.Errorf("the copy line reads %q", line)
	}
	items := tabEval[[]string](tp, panelItemsJS)
	if len(items) == 0 || !strings.HasPrefix(items[0], "copy:") {
		t.Fatalf("the panel's items %q do not start with the copy", items)
	}
	if n := tabEval[int](tp, `document.querySelectorAll('#groups [data-copy-quote]').length`); n == 0 {
		t.Error("the copied item lists no quotation inside it")
	}
	// The coverage grid follows the reader a few browser tasks later.
	if got := tabWait[string](tp, "the coverage grid's pairs", `(() => {
		const p = document.querySelector('#coverage .pairs');
		return p ? p.textContent : '';
	})()`); !strings.Contains(got, "copy") || !strings.Contains(got, "%") {
		t.Errorf("the coverage grid does not show the pair shares and the copy: %.300q", got)
	}

	// Relations: never 100%; each member names its speaker; a group
	// whose outlets disagree on the speaker says so.
	rels := tabEval[[]string](tp, `[...document.querySelectorAll('#groups [data-relation]')].map(e => e.getAttribute('data-relation') + ': ' + e.textContent)`)
	for _, r := range rels {
		if strings.Contains(r, "100%") || strings.Contains(r, "1.00") {
			t.Errorf("a relation reads %q", r)
		}
	}
	for _, g := range native.Groups {
		if g.SpeakersDisagree && slices.Contains(items, g.ID) &&
			!tabEval[bool](tp, `!!document.querySelector('#groups [data-speakers-disagree="`+g.ID+`"]')`) {
			t.Errorf("group %s: the outlets disagree on the speaker and the panel does not say so", g.ID)
		}
	}
	if n := tabEval[int](tp, `document.querySelectorAll('#groups .variants .who').length`); n == 0 {
		t.Error("no member of a quotation shows its outlet's speaker")
	}

	// Filters: by kind, then by source. The panel lists the copy first,
	// then the groups that are not only its scraps, in report order.
	var copyPair annotations.Pair
	for _, p := range native.Pairs {
		if p.Copy {
			copyPair = p
		}
	}
	collapsed := map[string]bool{}
	for _, id := range copyPair.Groups {
		only := true
		for _, d := range sources[id] {
			only = only && (d == copyPair.A || d == copyPair.B)
		}
		collapsed[id] = only
	}
	expect := func(keep func(g annotations.Group) bool, withCopy bool) []string {
		var out []string
		if withCopy {
			out = append(out, "copy:"+copyPair.A+" / "+copyPair.B)
		}
		for _, g := range native.Groups {
			if !collapsed[g.ID] && keep(g) {
				out = append(out, g.ID)
			}
		}
		return out
	}
	if want := expect(func(annotations.Group) bool { return true }, true); !slices.Equal(items, want) {
		t.Errorf("the panel lists %q, want %q", items, want)
	}
	for _, k := range []annotations.Kind{annotations.KindPassage, annotations.KindQuote} {
		tp.setControl("filter-kind", string(k))
		want := expect(func(g annotations.Group) bool { return g.Kind == k }, true)
		tabPoll(tp, fmt.Sprintf("the panel filtered to %s to list %q", k, want), panelItemsJS, func(v []string) bool { return slices.Equal(v, want) })
	}
	tp.setControl("filter-kind", "")
	tabPoll(tp, "the panel unfiltered", panelItemsJS, func(v []string) bool { return slices.Equal(v, items) })

	// j walks the whole panel across documents: each item in the reader,
	// the copy in one of its two documents.
	tp.do(actionTimeout, chromedp.Click(chromedp.CSS(`#groups h2`)))
	walkJS := `(() => {
		const at = document.querySelector('#groups .group.at');
		const doc = document.querySelector('#reader [data-document]');
		const focused = document.activeElement && document.activeElement.getAttribute('data-group');
		return at && doc && focused && document.querySelector('#reader [data-group="' + focused + '"]')
			? at.getAttribute('data-panel-item') + ' in ' + doc.getAttribute('data-document') : '';
	})()`
	var docs []string
	for i, key := range items {
		tp.do(actionTimeout, chromedp.KeyEvent("j"))
		v := tabPoll(tp, fmt.Sprintf("j %d to show %s", i+1, key), walkJS, func(v string) bool { return strings.HasPrefix(v, key+" in ") })
		doc := strings.TrimPrefix(v, key+" in ")
		if key == items[0] && doc != copyPair.A && doc != copyPair.B {
			t.Errorf("j to the copy shows %s", doc)
		}
		if !strings.HasPrefix(key, "copy:") && !slices.Contains(sources[key], doc) {
			t.Errorf("j to %s shows %s, which does not have it", key, doc)
		}
		docs = append(docs, doc)
	}
	t.Logf("the walk: %q in %q", items, docs)

	// j/k walk the filtered panel.
	tp.setControl("filter-source", "coast-radio.txt")
	got := expect(func(g annotations.Group) bool { return slices.Contains(sources[g.ID], "coast-radio.txt") }, false)
	tabPoll(tp, fmt.Sprintf("the panel filtered to coast-radio.txt to list %q", got), panelItemsJS, func(v []string) bool { return slices.Equal(v, got) })
	tp.do(actionTimeout, chromedp.Click(chromedp.CSS(`#groups h2`)))
	atJS := `(() => {
		const at = document.querySelector('#groups .group.at');
		const id = at && at.getAttribute('data-panel-item');
		return id && document.activeElement && document.activeElement.getAttribute('data-group') === id
			&& document.querySelector('#reader [data-group="' + id + '"]') ? id : '';
	})()`
	for i := range got {
		tp.do(actionTimeout, chromedp.KeyEvent("j"))
		tabPoll(tp, fmt.Sprintf("j %d to go to %s in a document that has it", i+1, got[i]), atJS, func(v string) bool { return v == got[i] })
	}
	tp.do(actionTimeout, chromedp.KeyEvent("k"))
	if len(got) > 1 {
		tabPoll(tp, "k to go back to "+got[len(got)-2], atJS, func(v string) bool { return v == got[len(got)-2] })
	}
	tp.setControl("filter-source", "")

	// The Speakers view lists Hanne Vasquez, quoted by two outlets; her
	// quotation takes the reader to it.
	who := tabWait[string](tp, "Hanne Vasquez in the Speakers view", `(() => {
		const p = document.querySelector('#speakers [data-speaker="Hanne Vasquez"]');
		return p ? p.textContent : '';
	})()`)
	if !strings.Contains(who, "quoted by 2 outlets") {
		t.Errorf("Hanne Vasquez in the Speakers view: %q", who)
	}
	tp.do(actionTimeout, chromedp.Click(chromedp.CSS(`#speakers [data-speaker="Hanne Vasquez"] [data-speaker-quote]`)))
	tabWait[bool](tp, "her quotation in the reader", `(() => {
		const b = document.querySelector('#speakers [data-speaker="Hanne Vasquez"] [data-speaker-quote] .badge');
		return !!b && !!document.querySelector('#reader mark.hl');
	})()`)

	// CSV: a header and one row per member of every group.
	text := tp.export("csv", `v.startsWith('group,kind,')`)
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV export does not parse: %v\n%.300s", err, text)
	}
	members := 0
	for _, g := range native.Groups {
		members += len(g.Members)
	}
	if len(rows) != members+1 {
		t.Errorf("the CSV export has %d rows, want a header and %d members", len(rows), members)
	}
	if !strings.Contains(text, "Lantern Bay council backs new ferry pier") || !strings.Contains(text, "identical") {
		t.Errorf("the CSV export lacks the sources' titles or the relations:\n%.500s", text)
	}

	// A value the settings cannot use is refused with a reason.
	before := tabEval[[]string](tp, `[...document.querySelectorAll('#groups [data-panel-item]')].map(e => e.getAttribute('data-panel-item'))`)
	tp.setControl("min-words", "500")
	msg := tabWait[string](tp, "the minimum words' error", `(() => {
		const e = document.getElementById('min-words-error');
		return e && !e.hidden ? e.textContent : '';
	})()`)
	if !strings.Contains(msg, "500") {
		t.Errorf("the error for 500 says %q", msg)
	}
	if after := tabEval[[]string](tp, panelItemsJS); !slices.Equal(after, before) {
		t.Errorf("500 minimum words changed the panel: %q, before %q", after, before)
	}
	if max := tabEval[string](tp, `document.getElementById('tolerance').max`); max != "35" {
		t.Errorf("the tolerance slider stops at %s, want 35", max)
	}
	tp.setControl("min-words", "3")
	tabWait[bool](tp, "the error to go", `document.getElementById('min-words-error').hidden`)

	// A message can be dismissed.
	tabEval[chromedp.Void](tp, `(() => {
		const d = document.getElementById('paste-add').closest('details');
		if (d && !d.open) d.querySelector('summary').click();
	})()`)
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("paste-add")))
	tabWait[bool](tp, "the paste message", `!!document.querySelector('#messages [data-dismiss]')`)
	tp.do(actionTimeout, chromedp.Click(chromedp.CSS(`#messages [data-dismiss]`)))
	tabWait[bool](tp, "the message to go", `!document.querySelector('#messages li')`)

	// The example asks before joining the reader's sources; cancel.
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("load-example")))
	tabWait[bool](tp, "the example's question", `!!document.getElementById('example-question')`)
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("example-cancel")))
	tabWait[bool](tp, "the question to go", `!document.getElementById('example-question')`)
	if n := len(tp.documentNames()); n != len(names) {
		t.Errorf("after cancelling the example the page lists %d documents, want %d", n, len(names))
	}

	// Clear all, then undo: the sources come back.
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("clear-all")))
	tabWait[bool](tp, "the workspace to clear", `!document.querySelector('[data-remove-document]') && !!document.getElementById('undo-clear')`)
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("undo-clear")))
	tp.waitDocuments(names)
	tabWait[bool](tp, "the copy again", `!!document.querySelector('#groups [data-copy-item]') && !document.getElementById('undo-clear')`)
}
