//go:build !wasm

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lockdownProbe is a worker script, served beside the site's own only in
// the tests, that loads web/lockdown.js as the site's workers do and then
// tries every way a worker has to reach another origin. It answers with
// what happened to each.
const lockdownProbe = `"use strict";
importScripts("lockdown.js");
const off = "http://offsite.example/crossquote-probe";
const out = {};
fetch(off)
  .then(() => "sent", (e) => "refused: " + e.message)
  .then((r) => {
    out.fetch = r;
    try {
      importScripts(off + ".js");
      out.importScripts = "sent";
    } catch (e) {
      out.importScripts = "refused: " + e.message;
    }
    for (const name of ["XMLHttpRequest", "WebSocket", "EventSource"]) {
      out[name] = typeof self[name];
    }
    return fetch("lockdown.js").then((r) => "status " + r.status, (e) => "refused: " + e.message);
  })
  .then((r) => {
    out.own = r;
    postMessage(out);
  });
`

// writeLockdownProbe puts lockdownProbe into the site built in dir.
func writeLockdownProbe(dir string) error {
	return os.WriteFile(filepath.Join(dir, "web", "lockdown-probe.js"), []byte(lockdownProbe), 0o644)
}

// TestBrowserWorkersStayHome checks the protection the site's workers
// get, which the page's Content-Security-Policy does not reach: a worker
// that has loaded web/lockdown.js cannot fetch, import or open a
// connection to another origin, and still fetches the site's own files;
// the engine's worker and the service worker both load it first. Any
// request that left loopback would also fail the test at cleanup, through
// the recording proxy.
func TestBrowserWorkersStayHome(t *testing.T) {
	tp := openTab(t)
	got := tabEval[string](tp, `new Promise((resolve) => {
		const w = new Worker("web/lockdown-probe.js");
		w.onmessage = (e) => { resolve(JSON.stringify(e.data)); w.terminate(); };
		w.onerror = (e) => resolve("error: " + e.message);
	})`)
	var out map[string]string
	if err := json.Unmarshal([]byte(got), &out); err != nil {
		t.Fatalf("the probe answered %s", got)
	}
	t.Logf("probe: %s", got)
	for _, way := range []string{"fetch", "importScripts"} {
		if !strings.HasPrefix(out[way], "refused: crossquote's workers") {
			t.Errorf("%s of another origin: %q, want refused by lockdown.js", way, out[way])
		}
	}
	for _, name := range []string{"XMLHttpRequest", "WebSocket", "EventSource"} {
		if out[name] != "undefined" {
			t.Errorf("%s is %q in a locked worker, want undefined", name, out[name])
		}
	}
	if out["own"] != "status 200" {
		t.Errorf("fetching the site's own file: %q, want status 200", out["own"])
	}
	for _, script := range []string{"web/engine-worker.js", "app-worker.js"} {
		src := tabEval[string](tp, `fetch(`+jsString(script)+`).then((r) => r.text())`)
		first := src
		for _, line := range strings.Split(src, "\n") {
			if l := strings.TrimSpace(line); l != "" && !strings.HasPrefix(l, "//") && l != `"use strict";` && !strings.HasPrefix(l, "self.crossquoteTestCrash") {
				first = l
				break
			}
		}
		if !strings.HasPrefix(first, "importScripts(") || !strings.Contains(first, "lockdown.js") {
			t.Errorf("%s starts with %q, want it to load lockdown.js before anything else", script, first)
		}
	}
}
