//go:build !wasm

package main

// Browser tests of the service worker: offline use after a first visit,
// under the sub-path, and the "new version" banner after a deploy.

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// offlineSite is a site of its own, on a server of its own, that a test
// can take offline and redeploy without disturbing the shared harness.
type offlineSite struct {
	dir     string
	pageURL string // the prefix with its slash
	served  *siteLog
	offline atomic.Bool

	mu      sync.Mutex
	refused []string // requests that arrived while offline
}

// newOfflineSite builds the site and serves it with the Cache-Control
// header cacheControl.
func newOfflineSite(t *testing.T, cacheControl string) *offlineSite {
	t.Helper()
	sharedHarness(t) // skips or fails here when there is no browser
	s := &offlineSite{dir: t.TempDir(), served: &siteLog{}}
	if err := buildSite(s.dir, sitePrefix); err != nil {
		t.Fatalf("building the site: %v", err)
	}
	mux := http.NewServeMux()
	mux.Handle(sitePrefix+"/", http.StripPrefix(sitePrefix, siteHandler(s.dir)))
	online := s.served.wrap(mux)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.offline.Load() {
			w.Header().Set("Cache-Control", cacheControl)
			online.ServeHTTP(w, r)
			return
		}
		s.mu.Lock()
		s.refused = append(s.refused, r.URL.Path)
		s.mu.Unlock()
		// Drop the connection without an answer, as an unreachable host
		// does: the browser sees a network error.
		panic(http.ErrAbortHandler)
	}))
	t.Cleanup(srv.Close)
	s.pageURL = srv.URL + sitePrefix + "/"
	return s
}

// setOffline takes the server off the network or back on; it returns the
// requests refused while it was off.
func (s *offlineSite) setOffline(off bool) []string {
	s.offline.Store(off)
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.refused
	s.refused = nil
	return r
}

// waitControlled waits until the service worker is active, reloads the page
// and waits until the worker controls it, as on a second visit.
func (tp *tab) waitControlled() {
	tp.tb.Helper()
	if !tabEval[bool](tp, `navigator.serviceWorker.ready.then((r) => !!r.active)`) {
		tp.tb.Fatal("navigator.serviceWorker.ready resolved without an active worker")
	}
	// The page hears of the activation a little after ready: give it a
	// moment, then the first visit must not offer a "new" version.
	time.Sleep(time.Second)
	if tabEval[bool](tp, `!!document.querySelector('.banner')`) {
		tp.tb.Error("the first visit shows the new-version banner")
	}
	tp.load(chromedp.Reload())
	tabWait[bool](tp, "the service worker to control the page", `!!navigator.serviceWorker.controller`)
}

// TestBrowserOffline visits the page once online, then takes the server
// offline and opens the page under each name a reader may use for it: the
// app must start, and the engine in its worker must find the example
// story's shared quotations.
func TestBrowserOffline(t *testing.T) {
	// The browser's HTTP cache may not answer for the service worker.
	s := newOfflineSite(t, "no-cache")
	// The bare prefix lies outside the worker's scope (its folder): only
	// the host can answer it, with a redirect.
	for _, page := range []string{sitePrefix + "/", sitePrefix + "/index.html"} {
		t.Run(page, func(t *testing.T) {
			s.setOffline(false)
			tp := openTabAt(t, s.pageURL, s.served)
			tp.waitControlled()

			s.setOffline(true)
			defer s.setOffline(false)
			tp.load(chromedp.Navigate(strings.TrimSuffix(s.pageURL, sitePrefix+"/") + page))
			if got := tabEval[string](tp, `location.pathname`); got != page {
				t.Errorf("offline, the page loaded as %s, want %s", got, page)
			}
			tp.do(actionTimeout, chromedp.Click(chromedp.ID("load-example")))
			tabWait[bool](tp, "the example's shared quotations, offline", `document.querySelectorAll('[data-document] [data-group]').length > 0`)
			n := tabEval[int](tp, `document.querySelectorAll('[data-document] [data-group]').length`)
			refused := s.setOffline(true)
			t.Logf("offline at %s: %d shared highlights; requests that reached the offline server: %q", page, n, refused)
		})
	}
}

// TestBrowserUpdateBanner opens the page, deploys a new version into the
// served folder, and checks that the open page offers the reload once the
// browser looks for an update, and that the reload brings the new version.
func TestBrowserUpdateBanner(t *testing.T) {
	// As on GitHub Pages, browsers may keep every file ten minutes: the
	// new version must not come from their cache.
	s := newOfflineSite(t, "max-age=600")
	tp := openTabAt(t, s.pageURL, s.served)
	tp.waitControlled()
	const version = `goappGetenv("GOAPP_VERSION")`
	old := tabEval[string](tp, version)
	if tabEval[bool](tp, `!!document.querySelector('.banner')`) {
		t.Fatal("the new-version banner shows before any new version was deployed")
	}

	st, err := os.Stat(filepath.Join(s.dir, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	next := old + "-next"
	if err := generateSite(s.dir, sitePrefix, st.Size(), next); err != nil {
		t.Fatalf("deploying a new version: %v", err)
	}
	// The browser asks for the worker script with If-Modified-Since: date
	// the deploy a minute on, so that a rebuild within the same second as
	// the first build does not look unmodified.
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(filepath.Join(s.dir, "app-worker.js"), later, later); err != nil {
		t.Fatal(err)
	}
	// app.TryUpdate calls goappTryUpdate; browsers also look for a new
	// worker by themselves on a page load.
	tabEval[chromedp.Void](tp, `goappTryUpdate()`)
	tabWait[bool](tp, "the new-version banner", `!!document.querySelector('.banner button')`)
	if got := tabEval[string](tp, version); got != old {
		t.Errorf("before the reload the page runs version %q, want the old %q", got, old)
	}
	// The banner does not get in the way: files can still be added.
	c := fixturePair(t, "courier.txt", "gazette.txt")
	tp.uploadFiles(c.files)
	tp.waitDocuments(c.names())

	tabEval[chromedp.Void](tp, `window.crossquoteOldPage = true`)
	tp.do(actionTimeout, chromedp.Click(chromedp.CSS(`.banner button`)))
	// The page goes away under the poll: retry until the new one answers.
	newPage := `!window.crossquoteOldPage && !!document.querySelector('[data-ready="true"]') && ` + version
	deadline := time.Now().Add(loadTimeout)
	for {
		got, err := tabRunErr(tp, actionTimeout, chromedp.Evaluate[string](`(`+newPage+`) || ""`))
		if err == nil && got == next {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the reload the page runs version %q (%v), want %q", got, err, next)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if tabEval[bool](tp, `!!document.querySelector('.banner')`) {
		t.Error("the new-version banner still shows after the reload")
	}
}
