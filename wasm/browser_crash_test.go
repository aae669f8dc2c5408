//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// testCrashMarker makes the engine die on purpose on a file holding it
// followed by ":exit" (the Go program exits, as when out of memory) or
// ":stack" (a stack overflow, as deeply nested input once caused). It
// works only where the worker's script sets the global crossquoteTestCrash
// to it, which armTestCrash does in the site the tests serve; the site
// built for readers never does (see wasm/engine/crashtest_js.go).
const testCrashMarker = "CROSSQUOTE-TEST-CRASH"

// armTestCrash sets the engine's crash hook in the worker's script of the
// site built in dir.
func armTestCrash(dir string) error {
	p := filepath.Join(dir, "web", "engine-worker.js")
	js, err := os.ReadFile(p)
	if err != nil {
		return fmt.Errorf("arming the crash hook: %w", err)
	}
	return os.WriteFile(p, append([]byte(fmt.Sprintf("self.crossquoteTestCrash = %q;\n", testCrashMarker)), js...), 0o644)
}

// TestBrowserEngineCrash drops a file that makes the engine exit beside
// two good articles, then a file that overflows its stack: each is set
// aside with a message naming it, the good articles are analysed with
// their shared quotations, and a new file is still analysed. After a
// reload the files are all still there, the two set aside are named again
// and not sent to the engine (which would die again), and the others are
// analysed.
func TestBrowserEngineCrash(t *testing.T) {
	c := fixturePair(t, "courier.txt", "gazette.txt")
	bad := writeTemp(t, map[string][]byte{
		"exits.txt":     []byte("A page that ends the engine\n\n" + testCrashMarker + ":exit\n"),
		"overflows.md":  []byte("# A page that overflows the engine's stack\n\n" + testCrashMarker + ":stack\n"),
		"late news.txt": []byte("Late news\n\n\"The ferry will run again on Monday,\" the harbour master said.\n"),
	})
	tp := openTab(t)
	tp.uploadFiles(append(slices.Clone(c.files), bad["exits.txt"]))
	msg := tp.waitMessage("exits.txt stopped the analysis and was left out")
	t.Logf("message: %s", msg)
	tp.waitHighlights(c)

	tp.uploadFiles([]string{bad["overflows.md"]})
	msg = tp.waitMessage("overflows.md stopped the analysis and was left out")
	t.Logf("message: %s", msg)
	tp.uploadFiles([]string{bad["late news.txt"]})
	all := append(c.names(), "exits.txt", "overflows.md", "late news.txt")
	tp.waitDocuments(all)
	tabWait[bool](tp, "the analysis of late news.txt", `(() => { const b = document.querySelector('[data-show-document="late news.txt"]'); return !!b && !b.disabled; })()`)
	checkNotStuck(t, tp)

	stored := tabWait[string](tp, "the stored workspace to hold late news.txt and set both files aside", `(() => {
		const v = `+storedJS+`;
		return v.includes('"set_aside":["exits.txt","overflows.md"]') && v.includes('late news.txt') ? v : '';
	})()`)
	t.Logf("stored workspace: %d bytes", len(stored))

	tp.load(chromedp.Reload())
	tp.waitDocuments(all)
	tp.waitMessage("exits.txt stopped the analysis")
	tp.waitMessage("overflows.md stopped the analysis")
	tp.waitHighlights(c)
	tabWait[bool](tp, "the analysis of late news.txt after the reload", `(() => { const b = document.querySelector('[data-show-document="late news.txt"]'); return !!b && !b.disabled; })()`)
	checkNotStuck(t, tp)
	for _, m := range tp.messages() {
		if strings.Contains(m, "was restarted") || strings.Contains(m, "stopped again") {
			t.Errorf("after the reload the engine stopped: %q", m)
		}
	}
}

// checkNotStuck fails the test when the status still says files are
// being analysed once the page has settled.
func checkNotStuck(t *testing.T, tp *tab) {
	t.Helper()
	status := tabWait[string](tp, "the status to leave “Analysing”", `(() => {
		const s = document.querySelector('#status').textContent;
		return s.startsWith('Analys') || s.startsWith('Reading') ? '' : s;
	})()`)
	t.Logf("status: %s", status)
}
