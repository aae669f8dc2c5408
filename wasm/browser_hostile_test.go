//go:build !wasm

package main

// Hostile input in a real browser: articles whose text is code must be
// shown as text everywhere and never run.

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Payloads of the fixtures in testdata/hostile, as the page must show them:
// each is inside a quotation that two files share.
const (
	scriptPayload = `<script>alert('pwned-script')`
	imgPayload    = `<img src=x onerror=alert('pwned-img')>`
	jsLinkPayload = `javascript:alert('pwned-link')`
	templPayload  = `{{constructor.constructor('alert(1)')()}}`
	cssPayload    = `\3c script\3e`
	// hostileName is a file name that is markup: it reaches labels,
	// tooltips, headings and attributes.
	hostileName = `<img src=x onerror=alert('pwned-name')>.txt`
)

// scriptWatch records what would show that a payload ran: JavaScript
// dialogs (dismissed at once, so the page does not stall) and console
// messages that mention a payload's marker.
type scriptWatch struct {
	mu      sync.Mutex
	dialogs []string
	console []string
}

func watchScripts(tp *tab) *scriptWatch {
	w := &scriptWatch{}
	err := chromedp.Listen(tp.ctx, func(ev any) {
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			w.mu.Lock()
			w.dialogs = append(w.dialogs, string(ev.Type)+": "+ev.Message)
			w.mu.Unlock()
			go chromedp.Call(tp.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		case *runtime.EventConsoleAPICalled:
			if text := remoteObjectsText(ev.Args); strings.Contains(text, "pwned") {
				w.mu.Lock()
				w.console = append(w.console, string(ev.Type)+": "+text)
				w.mu.Unlock()
			}
		}
	})
	if err != nil {
		tp.tb.Fatalf("listening for dialogs: %v", err)
	}
	return w
}

// check fails the test if any payload showed a sign of running.
func (w *scriptWatch) check(tb testing.TB, tp *tab) {
	tb.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, d := range w.dialogs {
		tb.Errorf("a payload ran: a JavaScript dialog opened (%s)", d)
	}
	for _, c := range w.console {
		tb.Errorf("a payload ran: console message %s", c)
	}
	if v := tabEval[string](tp, `typeof window.__pwned === 'undefined' ? '' : String(window.__pwned)`); v != "" {
		tb.Errorf("a payload ran: window.__pwned = %q", v)
	}
}

// hostileFiles copies the fixtures into a folder of their own, courier.txt
// under a file name that is markup.
func hostileFiles(t *testing.T) (paths, names []string) {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []struct{ from, to string }{
		{"gazette.txt", "gazette.txt"},
		{"courier.txt", hostileName},
		{"digest.md", "digest.md"},
		{"bulletin.html", "bulletin.html"},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", "hostile", f.from))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, f.to)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		paths, names = append(paths, p), append(names, f.to)
	}
	return paths, names
}

// noActiveMarkupJS lists what markup a payload would have made: elements
// with event-handler attributes, javascript: links or sources, frames,
// objects, and scripts that are not the page's own files.
const noActiveMarkupJS = `(() => {
	const bad = [];
	for (const el of document.querySelectorAll('*')) {
		for (const a of el.attributes) {
			const v = a.value.trim().toLowerCase();
			if (a.name.startsWith('on')) bad.push(el.tagName + '[' + a.name + ']');
			if ((a.name === 'href' || a.name === 'src' || a.name === 'action' || a.name === 'formaction') && v.startsWith('javascript')) bad.push(el.tagName + '[' + a.name + '=' + a.value + ']');
		}
	}
	for (const el of document.querySelectorAll('iframe, object, embed, frame, base, form')) bad.push(el.tagName);
	for (const s of document.scripts) if (!s.src) bad.push('inline script: ' + s.textContent.slice(0, 60));
	for (const el of document.querySelectorAll('img')) if (!el.getAttribute('src') || !el.getAttribute('src').includes('/web/')) bad.push('img ' + el.outerHTML.slice(0, 80));
	return bad;
})()`

// TestBrowserHostileInput drops articles, Markdown, HTML and a file name
// full of script, event handlers, javascript: links, template braces and
// CSS escapes. No payload may run, and every view must show the payloads
// that are article text literally, as text.
func TestBrowserHostileInput(t *testing.T) {
	paths, names := hostileFiles(t)
	tp := openTab(t)
	w := watchScripts(tp)
	tp.dropFiles(paths)
	tp.waitDocuments(names)
	tabWait[bool](tp, "the shared quotations", `document.querySelectorAll('#groups [data-group-item]').length >= 2`)

	// The reader: each plain-text article holds its payloads as text.
	for _, name := range []string{"gazette.txt", hostileName} {
		tp.showDocument(name)
		text := tabEval[string](tp, `document.querySelector('#reader [data-document]').textContent`)
		for _, p := range []string{scriptPayload, imgPayload, jsLinkPayload, templPayload, cssPayload} {
			if !strings.Contains(text, p) {
				t.Errorf("the reader showing %s lacks the text %q", name, p)
			}
		}
		// The payloads are inside shared quotations, highlighted.
		marked := tabEval[string](tp, `[...document.querySelectorAll('#reader mark[data-group]')].map(m => m.textContent).join(' ')`)
		if !strings.Contains(marked, scriptPayload) || !strings.Contains(marked, imgPayload) {
			t.Errorf("%s: the payloads are not in its shared highlights: %.300q", name, marked)
		}
	}
	// Tooltips name the other sources: the hostile name is text there.
	tp.showDocument("gazette.txt")
	titles := tabEval[string](tp, `[...document.querySelectorAll('#reader mark[title]')].map(m => m.title).join('\n')`)
	if !strings.Contains(titles, hostileName) {
		t.Errorf("no tooltip in gazette.txt names the source %q; tooltips:\n%.400s", hostileName, titles)
	}
	// HTML input is read as text: its markup is gone, its words stay.
	tp.showDocument("bulletin.html")
	if text := tabEval[string](tp, `document.querySelector('#reader [data-document]').textContent`); strings.Contains(text, "pwned") || !strings.Contains(text, "Every test passed and nothing ran") {
		t.Errorf("bulletin.html is not shown as its text without markup: %.300q", text)
	}
	// Markdown input: its raw HTML and link targets are dropped, code
	// spans and other text stay literal.
	tp.showDocument("digest.md")
	if text := tabEval[string](tp, `document.querySelector('#reader [data-document]').textContent`); !strings.Contains(text, scriptPayload) || !strings.Contains(text, "{{ .Address }}") || strings.Contains(text, "pwned-md") {
		t.Errorf("digest.md is not shown as its text: %.400q", text)
	}

	// The groups panel.
	groups := tabEval[string](tp, `document.querySelector('#groups').textContent`)
	for _, p := range []string{scriptPayload, imgPayload, templPayload, cssPayload} {
		if !strings.Contains(groups, p) {
			t.Errorf("#groups lacks the text %q", p)
		}
	}

	// Compare: the two plain-text articles side by side.
	tp.setControl("compare-a", "gazette.txt")
	tabWait[bool](tp, "the left side", `!!document.querySelector('#compare [data-document="gazette.txt"]')`)
	tp.setControl("compare-b", hostileName)
	cmp := tabWait[string](tp, "the comparison with "+hostileName, `(() => {
		const c = document.querySelector('#compare');
		return c && c.querySelectorAll('[data-document]').length === 2 && c.querySelector('[data-group-row]') ? c.textContent : '';
	})()`)
	for _, p := range []string{scriptPayload, imgPayload, hostileName} {
		if !strings.Contains(cmp, p) {
			t.Errorf("#compare lacks the text %q", p)
		}
	}

	// Coverage: row titles are the quotations, column titles the sources.
	cov := tabEval[string](tp, `[...document.querySelectorAll('#coverage [title]')].map(e => e.title).join('\n') + '\n' + document.querySelector('#coverage').textContent`)
	for _, p := range []string{scriptPayload, hostileName} {
		if !strings.Contains(cov, p) {
			t.Errorf("#coverage (titles and text) lacks %q", p)
		}
	}

	// Exports and the Markdown preview.
	md := tp.export("md", `v.trim().startsWith('#')`)
	preview := tabWait[string](tp, "the Markdown preview", `(() => {
		const p = document.querySelector('#md-preview');
		return p && p.querySelector('h1, h2, h3') ? p.textContent : '';
	})()`)
	for _, p := range []string{scriptPayload, imgPayload, templPayload} {
		if !strings.Contains(preview, p) {
			t.Errorf("the Markdown preview does not show %q as text", p)
		}
		if !strings.Contains(md, "pwned") {
			t.Errorf("the Markdown export lost the payloads")
		}
	}
	if n := tabEval[int](tp, `document.querySelectorAll('#md-preview *').length - document.querySelectorAll('#md-preview :is(h1,h2,h3,h4,p,blockquote,ul,ol,li,em,strong,code,hr,br)').length`); n != 0 {
		t.Errorf("the Markdown preview holds %d elements other than headings, paragraphs, quotes, lists and emphasis", n)
	}
	js := tp.export("json", `v.trim().startsWith('{')`)
	if !strings.Contains(js, `\u003cscript\u003ealert('pwned-script')`) && !strings.Contains(js, scriptPayload) {
		t.Errorf("the JSON export lost the script payload")
	}

	// Nowhere in the document did a payload become markup.
	if bad := tabEval[[]string](tp, noActiveMarkupJS); len(bad) > 0 {
		t.Errorf("active markup in the page: %q", bad)
	}
	time.Sleep(300 * time.Millisecond) // an onerror fires after the image fails to load
	w.check(t, tp)
}

// TestBrowserPolicyEnforced checks that the page carries its
// Content-Security-Policy and that the browser enforces it: markup
// injected behind the app's back cannot run inline code.
func TestBrowserPolicyEnforced(t *testing.T) {
	tp := openTab(t)
	w := watchScripts(tp)
	csp := tabEval[string](tp, `(document.querySelector('meta[http-equiv="Content-Security-Policy"]') || {}).content || ''`)
	checkPolicy(t, csp)
	tabEval[chromedp.Void](tp, `(() => {
		const d = document.createElement('div');
		d.innerHTML = '<img src="data:x" onerror="window.__pwned = \'probe-img\'">';
		document.body.appendChild(d);
		const s = document.createElement('script');
		s.textContent = "window.__pwned = 'probe-script'";
		document.body.appendChild(s);
		document.body.removeChild(d);
		document.body.removeChild(s);
	})()`)
	time.Sleep(300 * time.Millisecond)
	w.check(t, tp)
	// The browser reports each blocked inline script as an error, and the
	// probe's broken image; those are the point of the probe, not a fault
	// of the page.
	tp.rec.mu.Lock()
	kept := tp.rec.problems[:0]
	for _, p := range tp.rec.problems {
		if !strings.Contains(p, "Content Security Policy") && !strings.Contains(p, "data:x") {
			kept = append(kept, p)
		}
	}
	tp.rec.problems = kept
	tp.rec.mu.Unlock()
}
