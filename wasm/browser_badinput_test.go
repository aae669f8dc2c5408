//go:build !wasm

package main

// Bad input in a real browser: files that cannot be read, files with
// nothing to show, oversized files, duplicates, and storage that refuses
// to store. Each must get a message that names the file, and the good
// files beside them must be analysed as usual.

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/crossquote/crossquote/annotations"
)

// fixturePair is the fictional story cut to two of its articles, with the
// shared quotations those two have in common.
func fixturePair(t *testing.T, a, b string) storyCorpus {
	t.Helper()
	c := fixtureCorpus(t)
	pair := []string{a, b}
	c.files = slices.DeleteFunc(c.files, func(p string) bool { return !slices.Contains(pair, filepath.Base(p)) })
	if len(c.files) != 2 {
		t.Fatalf("the fixtures lack %s or %s", a, b)
	}
	shared := c.want.SharedQuotes[:0]
	for _, sq := range c.want.SharedQuotes {
		sq.Members = slices.DeleteFunc(sq.Members, func(m quoteMember) bool { return !slices.Contains(pair, m.Doc) })
		if len(sq.Members) >= 2 {
			shared = append(shared, sq)
		}
	}
	if len(shared) == 0 {
		t.Fatalf("%s and %s share no quotation in expected.json", a, b)
	}
	c.want.SharedQuotes = shared
	return c
}

// writeTemp writes files into a new temporary folder and returns their paths.
func writeTemp(t *testing.T, files map[string][]byte) map[string]string {
	t.Helper()
	dir := t.TempDir()
	paths := map[string]string{}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths[name] = p
	}
	return paths
}

// messages returns the texts of the notices in #messages.
func (tp *tab) messages() []string {
	tp.tb.Helper()
	return tabEval[[]string](tp, `[...document.querySelectorAll('#messages li')].map(li => li.textContent)`)
}

// waitMessage waits for a notice in #messages containing every part.
func (tp *tab) waitMessage(parts ...string) string {
	tp.tb.Helper()
	want := jsString(strings.Join(parts, "\x00"))
	return tabWait[string](tp, "a message with "+strings.Join(parts, " … "), `(() => {
		const parts = `+want+`.split('\x00');
		const li = [...document.querySelectorAll('#messages li')].find(li => parts.every(p => li.textContent.includes(p)));
		return li ? li.textContent : '';
	})()`)
}

// TestBrowserBinaryBesideGood drops a PDF named notes.txt with two good
// articles: the PDF is refused by its content with a message naming it,
// the articles are analysed and their shared quotation highlighted.
func TestBrowserBinaryBesideGood(t *testing.T) {
	c := fixturePair(t, "courier.txt", "gazette.txt")
	fake := writeTemp(t, map[string][]byte{"notes.txt": []byte("%PDF-1.7\n\x00\x00\x00\x01binary\x00stream\x00")})
	tp := openTab(t)
	tp.dropFiles(append([]string{fake["notes.txt"]}, c.files...))
	msg := tp.waitMessage("notes.txt", "not a text file")
	t.Logf("message: %s", msg)
	tp.waitDocuments(c.names())
	_, found := tp.waitHighlights(c)
	if len(found) == 0 {
		t.Errorf("no shared quotation of %q is highlighted", c.names())
	}
	if n := tabEval[int](tp, `document.querySelectorAll('#groups [data-group-item]').length`); n == 0 {
		t.Errorf("#groups lists no group for the two good articles")
	}
	if tabEval[bool](tp, `!!document.querySelector('[data-document="notes.txt"]')`) {
		t.Errorf("the PDF is shown as a document")
	}
}

// TestBrowserNothingToShow checks the friendly explanations: empty and
// blank files get a message each and the page says nothing could be read;
// one article without quotations says so, and with one source the groups,
// compare and coverage panels say there is nothing to compare yet.
func TestBrowserNothingToShow(t *testing.T) {
	p := writeTemp(t, map[string][]byte{
		"empty.txt": nil,
		"blank.txt": []byte("  \r\n\t\n   \n"),
		"calm.txt": []byte("Quiet week at the harbour\n\n" +
			"The harbour had a quiet week. Boats left and came back on time, the weather stayed mild, and the market sold its catch by noon each day.\n\n" +
			"The harbour office expects the same next week and has no works planned before the spring.\n"),
	})
	tp := openTab(t)
	tp.dropFiles([]string{p["empty.txt"], p["blank.txt"]})
	tp.waitMessage("empty.txt: the file is empty")
	tp.waitMessage("blank.txt: the file is empty", "white space")
	reader := tabWait[string](tp, "the reader's explanation", `(document.querySelector('#reader .quiet') || {}).textContent || ''`)
	t.Logf("with only unreadable files the reader says: %q", reader)

	tp.dropFiles([]string{p["calm.txt"]})
	tp.showDocument("calm.txt")
	quiet := func(sel string) string {
		return tabWait[string](tp, "an explanation in "+sel, `(() => {
			const q = [...document.querySelectorAll(`+jsString(sel+` .quiet`)+`)].map(e => e.textContent.trim()).filter(s => s);
			return q.join(' | ');
		})()`)
	}
	for _, c := range []struct{ sel, want string }{
		{"#reader", "No quotations"},
		{"#groups", "one source"},
		{"#compare", "compare"},
		{"#coverage", "two sources"},
	} {
		if got := quiet(c.sel); !strings.Contains(got, c.want) {
			t.Errorf("%s explains %q, want a text with %q", c.sel, got, c.want)
		}
	}
	// The unreadable files stay listed, marked, with their messages.
	for _, name := range []string{"empty.txt", "blank.txt"} {
		if !slices.ContainsFunc(tp.messages(), func(m string) bool { return strings.HasPrefix(m, name+": ") }) {
			t.Errorf("the message about %s is gone after another drop: %q", name, tp.messages())
		}
	}
}

// TestBrowserTooLarge drops a file over MaxFileSize (sparse: nothing is
// written) beside a good one: the big one is refused with its size before
// it is read, the good one is analysed.
func TestBrowserTooLarge(t *testing.T) {
	c := fixturePair(t, "courier.txt", "gazette.txt")
	big := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(annotations.MaxFileSize + 1<<20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tp := openTab(t)
	tp.dropFiles(append([]string{big}, c.files...))
	msg := tp.waitMessage(annotations.TooLarge("huge.txt", annotations.MaxFileSize+1<<20).Error())
	t.Logf("message: %s", msg)
	tp.waitDocuments(c.names())
	tp.waitHighlights(c)
	if slices.Contains(tp.documentNames(), "huge.txt") {
		t.Errorf("the oversized file is listed as a document")
	}
}

// TestBrowserDuplicates drops an article, another, and a copy of the
// first under a new name, then the first again: the copy is named as a
// duplicate of the first and is no source of its own; the repeat is
// noticed and changes nothing.
func TestBrowserDuplicates(t *testing.T) {
	c := fixturePair(t, "courier.txt", "gazette.txt")
	data, err := os.ReadFile(c.files[0])
	if err != nil {
		t.Fatal(err)
	}
	first := filepath.Base(c.files[0])
	copyPath := writeTemp(t, map[string][]byte{"copy of article.txt": data})["copy of article.txt"]
	tp := openTab(t)
	tp.dropFiles(append(slices.Clone(c.files), copyPath))
	tp.waitDocuments(append(c.names(), "copy of article.txt"))
	msg := tp.waitMessage("copy of article.txt", first, "same text")
	t.Logf("message: %s", msg)
	tp.waitHighlights(c)
	members := tabEval[string](tp, `[...document.querySelectorAll('#groups [data-group-item] .src')].map(e => e.title + ' ' + e.textContent).join('\n')`)
	if strings.Contains(members, "copy of article") {
		t.Errorf("#groups counts the copy as a source:\n%s", members)
	}
	// The coverage grid follows the reader a few browser tasks later; the
	// tab is fresh, so the first grid is this drop's.
	if cov := tabWait[string](tp, "the coverage grid", `(() => {
		const c = document.querySelector('#coverage');
		return c ? c.textContent + [...c.querySelectorAll('[title]')].map(e => e.title).join(' ') : '';
	})()`); strings.Contains(cov, "copy of article") {
		t.Errorf("#coverage counts the copy as a source")
	}

	// The same file dropped again: noticed, nothing added.
	before := tp.documentNames()
	tp.dropFiles(c.files[:1])
	msg = tp.waitMessage(first, "added again")
	t.Logf("message: %s", msg)
	if after := tp.documentNames(); !slices.Equal(before, after) {
		t.Errorf("dropping %s again changed the documents from %q to %q", first, before, after)
	}
}

// storedJS reads the stored workspace as the app wrote it.
const storedJS = `localStorage.getItem('crossquote.workspace.v2') || ''`

// TestBrowserStorageFull makes the browser refuse every write, as a full
// or forbidden storage does, after a first workspace was stored: the
// reader is told, the new analysis is still shown, the stored workspace
// is left as it was, and a reload brings that one back whole.
func TestBrowserStorageFull(t *testing.T) {
	c := fixturePair(t, "courier.txt", "gazette.txt")
	third := filepath.Join("testdata", "articles", "wire.txt")
	tp := openTab(t)
	tp.uploadFiles(c.files)
	tp.waitDocuments(c.names())
	stored := tabWait[string](tp, "the stored workspace", `(() => {
		const v = `+storedJS+`;
		return `+jsString(c.names()[0])+` && v.includes(`+jsString(c.names()[0])+`) && v.includes(`+jsString(c.names()[1])+`) ? v : '';
	})()`)

	tabEval[chromedp.Void](tp, `Storage.prototype.setItem = function() {
		throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
	}`)
	tp.uploadFiles([]string{mustAbs(t, third)})
	all := append(c.names(), "wire.txt")
	tp.waitDocuments(all)
	msg := tp.waitMessage("refused to store the workspace")
	t.Logf("message: %s", msg)
	for _, m := range tp.messages() {
		if strings.Contains(m, "are stored") {
			t.Errorf("nothing could be stored, yet a message says otherwise: %q", m)
		}
	}
	tp.waitHighlights(c)
	tabWait[bool](tp, "the analysis of wire.txt", `(() => { const b = document.querySelector('[data-show-document="wire.txt"]'); return !!b && !b.disabled; })()`)
	if now := tabEval[string](tp, storedJS); now != stored {
		t.Errorf("a refused write changed the stored workspace (%d bytes, was %d)", len(now), len(stored))
	}

	// A reload (which also restores the real setItem) shows the stored
	// workspace: the two first files, complete.
	tp.load(chromedp.Reload())
	tp.waitDocuments(c.names())
	tp.waitHighlights(c)
	if got := slices.Sorted(slices.Values(tp.documentNames())); !slices.Equal(got, c.names()) {
		t.Errorf("after the reload the documents are %q, want the stored %q", got, c.names())
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestBrowserStoragePartial lets the browser store only small values: a
// large new file is left out of the stored workspace with a message naming
// it, the others are stored, and a reload brings those back.
func TestBrowserStoragePartial(t *testing.T) {
	c := fixturePair(t, "courier.txt", "gazette.txt")
	var long strings.Builder
	long.WriteString("A long report on the harbour\n\n")
	for long.Len() < 60000 {
		long.WriteString("The harbour board met again and went through the accounts line by line, as it does every month.\n\n")
	}
	big := writeTemp(t, map[string][]byte{"long report.txt": []byte(long.String())})["long report.txt"]
	tp := openTab(t)
	tp.uploadFiles(c.files)
	tp.waitDocuments(c.names())
	stored := tabWait[string](tp, "the stored workspace", `(() => {
		const v = `+storedJS+`;
		return v.includes(`+jsString(c.names()[1])+`) ? v : '';
	})()`)
	// Room for a little more than the two articles, as a nearly full
	// storage has.
	tabEval[chromedp.Void](tp, `(() => {
		const set = Storage.prototype.setItem, room = `+jsString(strings.Repeat("x", len(stored)+4000))+`.length;
		Storage.prototype.setItem = function(k, v) {
			if (String(v).length > room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return set.call(this, k, v);
		};
	})()`)
	tp.uploadFiles([]string{big})
	tp.waitDocuments(append(c.names(), "long report.txt"))
	msg := tp.waitMessage("long report.txt could not be stored")
	t.Logf("message: %s", msg)
	tp.load(chromedp.Reload())
	tp.waitDocuments(c.names())
	if got := slices.Sorted(slices.Values(tp.documentNames())); !slices.Equal(got, c.names()) {
		t.Errorf("after the reload the documents are %q, want %q", got, c.names())
	}
	tp.waitHighlights(c)
}

// TestBrowserStorageForbidden opens the page where every use of
// localStorage throws, as in some private modes: the reader is told, and
// files are still analysed.
func TestBrowserStorageForbidden(t *testing.T) {
	c := fixturePair(t, "courier.txt", "gazette.txt")
	tp := openTab(t)
	tp.do(actionTimeout, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
			Object.defineProperty(window, 'localStorage', {configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); }});`})
		return err
	}))
	tp.load(chromedp.Reload())
	msg := tp.waitMessage("does not allow storage")
	t.Logf("message: %s", msg)
	tp.uploadFiles(c.files)
	tp.waitDocuments(c.names())
	tp.waitHighlights(c)
	if n := len(slices.DeleteFunc(tp.messages(), func(m string) bool { return !strings.Contains(m, "does not allow storage") })); n == 0 {
		t.Errorf("after the analysis no message says that storage is not allowed: %q", tp.messages())
	}
}
