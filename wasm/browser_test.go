//go:build !wasm

package main

// End-to-end tests of the crossquote page in a real browser.
//
// The site is built once per test binary into a temporary folder, served
// under a sub-path on loopback, and driven with chromedp through Debian's
// chromium-headless-shell, which makes no background requests of its own.
// One browser serves every test; each test gets a tab in a fresh browser
// context (its own storage), so tests cannot see each other's workspace.
//
// Every tab records its network requests, console errors, exceptions and
// error log entries, and the browser sends everything that is not loopback
// to a recording proxy: a test fails if anything leaves the machine or the
// page logs an error.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/crossquote/crossquote/annotations"
)

// sitePrefix is the sub-path the site is built for and served under, so the
// tests catch absolute paths that only work at the root of a host.
const sitePrefix = "/crossquote"

// Timeouts for waits in the page. They are generous because the machine is
// small and shared; they bound a failure, they assert nothing about speed.
const (
	loadTimeout   = 90 * time.Second // navigate, fetch and compile app.wasm
	actionTimeout = 60 * time.Second // one interaction and its re-render
)

// installHint tells how to get the browser the tests need.
const installHint = "the browser tests need Debian's headless Chromium: apt-get install chromium-headless-shell (or set CROSSQUOTE_CHROME to a Chrome/Chromium binary)"

var errNoBrowser = errors.New("no headless Chromium found (tried $CROSSQUOTE_CHROME, chromium-headless-shell, chrome-headless-shell, headless_shell, chromium)")

// harness is what every browser test shares: the served site and a running
// browser. It is made once per test binary by sharedHarness.
type harness struct {
	pageURL string          // the app's page, with the prefix and a trailing slash
	browser context.Context // a chromedp context whose browser is running
	proxy   *remoteRecorder
	served  *siteLog
	close   []func()
}

var (
	harnessOnce sync.Once
	theHarness  *harness
	harnessErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if theHarness != nil {
		theHarness.shutdown()
	}
	os.Exit(code)
}

// sharedHarness returns the harness, building the site and starting the
// browser on first use. Without a browser it skips the test, or fails it
// when the browser is required (in CI, or with CROSSQUOTE_BROWSER=required).
func sharedHarness(tb testing.TB) *harness {
	tb.Helper()
	harnessOnce.Do(func() { theHarness, harnessErr = newHarness() })
	if errors.Is(harnessErr, errNoBrowser) {
		if browserRequired() {
			tb.Fatalf("%v; %s", harnessErr, installHint)
		}
		tb.Skipf("%v; %s", harnessErr, installHint)
	}
	if harnessErr != nil {
		tb.Fatal(harnessErr)
	}
	return theHarness
}

func browserRequired() bool {
	return os.Getenv("CI") != "" || os.Getenv("CROSSQUOTE_BROWSER") == "required"
}

// findBrowser returns the path of the browser binary. CROSSQUOTE_CHROME,
// when set, must name one; it is an error, not a skip, if it does not.
func findBrowser() (string, error) {
	if p := os.Getenv("CROSSQUOTE_CHROME"); p != "" {
		path, err := exec.LookPath(p)
		if err != nil {
			return "", fmt.Errorf("CROSSQUOTE_CHROME=%q: %w", p, err)
		}
		return path, nil
	}
	for _, name := range []string{"chromium-headless-shell", "chrome-headless-shell", "headless_shell", "chromium"} {
		if path, err := exec.LookPath(name); err == nil {
			return path, nil
		}
	}
	return "", errNoBrowser
}

func newHarness() (h *harness, err error) {
	chrome, err := findBrowser()
	if err != nil {
		return nil, err
	}
	h = &harness{}
	// A failing step returns nil for h: what was made is stopped through
	// made, not through h.
	made := h
	defer func() {
		if err != nil {
			made.shutdown()
			h = nil
		}
	}()

	dir, err := os.MkdirTemp("", "crossquote-site-")
	if err != nil {
		return nil, err
	}
	h.close = append(h.close, func() { os.RemoveAll(dir) })
	if err := buildSite(dir, sitePrefix); err != nil {
		return nil, fmt.Errorf("building the site: %w", err)
	}
	if err := armTestCrash(dir); err != nil {
		return nil, err
	}
	if err := writeLockdownProbe(dir); err != nil {
		return nil, err
	}

	mux := http.NewServeMux()
	mux.Handle(sitePrefix+"/", http.StripPrefix(sitePrefix, siteHandler(dir)))
	h.served = &siteLog{}
	srv := httptest.NewServer(h.served.wrap(mux)) // listens on 127.0.0.1
	h.close = append(h.close, srv.Close)
	h.pageURL = srv.URL + sitePrefix + "/"

	h.proxy, err = startRemoteRecorder()
	if err != nil {
		return nil, err
	}
	h.close = append(h.close, h.proxy.close)

	profile, err := os.MkdirTemp("", "crossquote-chrome-")
	if err != nil {
		return nil, err
	}
	h.close = append(h.close, func() { os.RemoveAll(profile) })
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.UserDataDir(profile),
		chromedp.NoSandbox, // we may be root in a container
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-domain-reliability", true),
		// Exact performance.memory figures for the browser benchmark.
		chromedp.Flag("enable-precise-memory-info", true),
		// Everything that is not loopback goes to the recorder, which
		// refuses it: Chrome bypasses a proxy for loopback by itself.
		chromedp.ProxyServer("http://"+h.proxy.addr),
		chromedp.WindowSize(1280, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	h.close = append(h.close, cancelAlloc)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	h.close = append(h.close, cancelBrowser)
	startCtx, cancel := context.WithTimeout(browserCtx, loadTimeout)
	defer cancel()
	// Start the browser with a context that has no deadline: the first Run
	// binds the browser's life to its context.
	if err := chromedp.Do(browserCtx); err != nil {
		return nil, fmt.Errorf("starting %s: %w", chrome, err)
	}
	if err := chromedp.Do(startCtx, chromedp.Navigate("about:blank")); err != nil {
		return nil, fmt.Errorf("opening a blank page in %s: %w", chrome, err)
	}
	h.browser = browserCtx
	return h, nil
}

// shutdown stops the browser, the servers and removes the folders, last
// made first.
func (h *harness) shutdown() {
	for i := len(h.close) - 1; i >= 0; i-- {
		h.close[i]()
	}
	h.close = nil
}

// remoteRecorder is the proxy the browser must never use: it records each
// request that reaches it and refuses it.
type remoteRecorder struct {
	addr string
	srv  *http.Server

	mu   sync.Mutex
	seen []string
}

func startRemoteRecorder() (*remoteRecorder, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	r := &remoteRecorder{addr: ln.Addr().String()}
	r.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.mu.Lock()
		r.seen = append(r.seen, req.Method+" "+req.Host+req.URL.RequestURI())
		r.mu.Unlock()
		http.Error(w, "crossquote tests: no request may leave loopback", http.StatusForbidden)
	})}
	go r.srv.Serve(ln)
	return r, nil
}

func (r *remoteRecorder) close() { r.srv.Close() }

func (r *remoteRecorder) requests() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.seen...)
}

// siteLog records what the site server was asked for, by the page and by
// its service worker alike (whose requests the tab's events do not show).
type siteLog struct {
	mu  sync.Mutex
	bad []string // requests outside the prefix or that failed
}

func (l *siteLog) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		// The bare prefix redirects to the prefix with a slash, as static
		// hosts do: go-app names the start page that way.
		inside := r.URL.Path == sitePrefix || strings.HasPrefix(r.URL.Path, sitePrefix+"/")
		if sw.status >= 400 || !inside {
			l.mu.Lock()
			l.bad = append(l.bad, fmt.Sprintf("%s %s: %d", r.Method, r.URL.Path, sw.status))
			l.mu.Unlock()
		}
	})
}

func (l *siteLog) failures() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.bad...)
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// recorder collects what one tab did that a test must check afterwards.
type recorder struct {
	mu       sync.Mutex
	requests []string // URLs of every request the page made
	problems []string // console errors, uncaught exceptions, error log entries
}

func (r *recorder) listen(ev any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		r.requests = append(r.requests, ev.Request.URL)
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError {
			r.problems = append(r.problems, "console.error: "+remoteObjectsText(ev.Args))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			text += " " + d.Exception.Description
		}
		r.problems = append(r.problems, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber+1, text))
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			r.problems = append(r.problems, fmt.Sprintf("log error (%s) %s %s", ev.Entry.Source, ev.Entry.URL, ev.Entry.Text))
		}
	}
}

func remoteObjectsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case a.Type == runtime.RemoteObjectTypeString:
			var s string
			if err := json.Unmarshal(a.Value, &s); err == nil {
				parts = append(parts, s)
				continue
			}
			parts = append(parts, string(a.Value))
		case len(a.Value) > 0:
			parts = append(parts, string(a.Value))
		default:
			parts = append(parts, a.Description)
		}
	}
	return strings.Join(parts, " ")
}

// isLoopbackURL reports whether a request to u stays on this machine.
// Schemes that fetch nothing from a network (data:, blob:, about:) count.
func isLoopbackURL(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch p.Scheme {
	case "data", "blob", "about":
		return true
	case "http", "https", "ws", "wss":
		host := p.Hostname()
		if host == "localhost" {
			return true
		}
		ip := net.ParseIP(host)
		return ip != nil && ip.IsLoopback()
	}
	return false
}

// check fails the test for any request that left loopback, from this tab or
// (through the proxy) from anywhere in the browser, and for any error the
// page logged, and for any request the site could not answer.
func (r *recorder) check(tb testing.TB, proxy *remoteRecorder, served *siteLog) {
	tb.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.requests) == 0 {
		tb.Errorf("no network request was recorded: the recorder is not working")
	}
	for _, u := range r.requests {
		if !isLoopbackURL(u) {
			tb.Errorf("the page requested %s, which is not loopback", u)
		}
	}
	for _, req := range proxy.requests() {
		tb.Errorf("the browser sent a request off loopback (to the recording proxy): %s", req)
	}
	for _, p := range r.problems {
		tb.Errorf("page error: %s", p)
	}
	for _, req := range served.failures() {
		tb.Errorf("the site server got a request outside %s or one it could not answer: %s", sitePrefix, req)
	}
}

// tab is one browser tab with the app open, in a browser context of its own.
type tab struct {
	tb    testing.TB
	h     *harness
	ctx   context.Context
	close context.CancelFunc // closes the tab and its browser context
	rec   *recorder
}

// openTab opens the app in a new tab and waits until the app has mounted.
// At cleanup it checks the tab's requests and console.
func openTab(tb testing.TB) *tab {
	tb.Helper()
	return openTabWith(tb)
}

// openTabWith is openTab that runs setup in the new tab before it loads
// the app, for instance to install a script that runs before the page's.
func openTabWith(tb testing.TB, setup ...chromedp.Action[chromedp.Void]) *tab {
	tb.Helper()
	h := sharedHarness(tb)
	return openTabAt(tb, h.pageURL, h.served, setup...)
}

// openTabAt is openTabWith for the page at pageURL, served by a server
// that logs into served.
func openTabAt(tb testing.TB, pageURL string, served *siteLog, setup ...chromedp.Action[chromedp.Void]) *tab {
	tb.Helper()
	h := sharedHarness(tb)
	ctx, cancel := chromedp.NewContext(h.browser, chromedp.WithNewBrowserContext())
	tb.Cleanup(cancel)
	tp := &tab{tb: tb, h: h, ctx: ctx, close: cancel, rec: &recorder{}}
	// Create the target first: Listen needs it, and it must listen before
	// the navigation so that the first requests are recorded.
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("opening a tab: %v", err)
	}
	if err := chromedp.Listen(ctx, tp.rec.listen); err != nil {
		tb.Fatalf("listening to the tab: %v", err)
	}
	tb.Cleanup(func() { tp.rec.check(tb, h.proxy, served) })
	tp.do(actionTimeout, setup...)
	tp.load(chromedp.Navigate(pageURL))
	return tp
}

// load runs a navigation (or reload) and waits for the app to mount: the
// root element gets data-ready in OnMount, which the pre-rendered HTML
// does not have.
func (tp *tab) load(nav chromedp.Action[chromedp.Void]) {
	tp.tb.Helper()
	tp.do(loadTimeout, nav, chromedp.WaitReady(chromedp.CSS(`[data-ready="true"]`)))
}

// do runs actions with a timeout.
func (tp *tab) do(timeout time.Duration, actions ...chromedp.Action[chromedp.Void]) {
	tp.tb.Helper()
	ctx, cancel := context.WithTimeout(tp.ctx, timeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tp.tb.Fatalf("in the page: %v", err)
	}
}

// tabRun runs one action that returns a value, with a timeout.
func tabRun[T any](tp *tab, timeout time.Duration, a chromedp.Action[T]) T {
	tp.tb.Helper()
	v, err := tabRunErr(tp, timeout, a)
	if err != nil {
		tp.tb.Fatalf("in the page: %v", err)
	}
	return v
}

// tabRunErr is tabRun that returns the error instead of failing.
func tabRunErr[T any](tp *tab, timeout time.Duration, a chromedp.Action[T]) (T, error) {
	ctx, cancel := context.WithTimeout(tp.ctx, timeout)
	defer cancel()
	return chromedp.Run(ctx, a)
}

// tabEval evaluates a JavaScript expression and decodes its value; a promise
// is awaited.
func tabEval[T any](tp *tab, expr string) T {
	tp.tb.Helper()
	return tabRun(tp, actionTimeout, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// tabPoll evaluates expr until ok accepts its value, and returns it; on
// timeout it fails with the last value seen.
func tabPoll[T any](tp *tab, what, expr string, ok func(T) bool) T {
	tp.tb.Helper()
	deadline := time.Now().Add(actionTimeout)
	for {
		v := tabEval[T](tp, expr)
		if ok(v) {
			return v
		}
		if time.Now().After(deadline) {
			tp.tb.Fatalf("waiting for %s: still %v after %v", what, v, actionTimeout)
		}
		time.Sleep(100 * time.Millisecond) // let the page work before looking again
	}
}

// tabWait polls a JavaScript expression until it is truthy and returns its
// value. what says what was awaited, for the failure message.
func tabWait[T any](tp *tab, what, expr string) T {
	tp.tb.Helper()
	ctx, cancel := context.WithTimeout(tp.ctx, actionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Poll[T](expr,
		chromedp.WithPollingInterval(50*time.Millisecond),
		chromedp.WithPollingTimeout(actionTimeout)))
	if err != nil {
		tp.tb.Fatalf("waiting for %s: %v", what, err)
	}
	return v
}

// TestBrowserPageLoads opens the empty page: the app mounts, and (checked
// at cleanup) nothing leaves loopback and nothing logs an error.
func TestBrowserPageLoads(t *testing.T) {
	tp := openTab(t)
	title := tabRun(tp, actionTimeout, chromedp.Title())
	t.Logf("page %s loaded, title %q", tp.h.pageURL, title)
}

// checkStory checks a loaded story: each required shared group is
// highlighted in each of its documents under one data-group, with one
// colour; removed boilerplate shows only when the switch is on.
func checkStory(t *testing.T, tp *tab, c storyCorpus) {
	t.Helper()
	hs, found := tp.waitHighlights(c)
	for id, g := range found {
		t.Logf("%s: shared group %s is data-group=%q", c.name, id, g)
		checkGroupColours(t, hs, g)
	}
	rep := annotations.Annotate(c.readFiles(t))
	checkHighlightsAgainstEngine(t, rep, hs)
	solos := tp.solosOf(c.names())
	checkSolosAgainstEngine(t, rep, solos, hs, c.want.SingleSourceQuotes)
	removed := checkRemovedSwitch(t, tp, c)
	checkRemovedAgainstEngine(t, rep, removed)
	t.Logf("%s: %d shared highlights, %d single-source quotations, %d removed texts shown", c.name, len(hs), len(solos), len(removed))
}

// checkRemovedSwitch checks that removed boilerplate is hidden by default
// and shown, with a reason, when #show-removed is on.
// It returns the removed texts shown.
func checkRemovedSwitch(t *testing.T, tp *tab, c storyCorpus) []removedText {
	t.Helper()
	for _, r := range tp.removedOf(c.names()) {
		if r.Visible {
			t.Errorf("%s: removed text is visible with the switch off: %.80q", r.Doc, r.Text)
		}
	}
	if tabEval[bool](tp, `document.querySelector('#show-removed').checked`) {
		t.Fatalf("#show-removed is on before the reader turned it on")
	}
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("show-removed")))
	tabWait[bool](tp, "the removed text to show", `document.querySelector('#show-removed').checked && !!document.querySelector('[data-document] [data-removed]')`)
	shown := map[string][]string{}
	removed := tp.removedOf(c.names())
	for _, r := range removed {
		if !r.Visible {
			t.Errorf("%s: removed text is still hidden with the switch on: %.80q", r.Doc, r.Text)
		}
		if r.Reason == "" {
			t.Errorf("%s: removed text has no reason: %.80q", r.Doc, r.Text)
		}
		shown[r.Doc] = append(shown[r.Doc], squash(r.Text))
	}
	for _, name := range c.names() {
		lines := c.want.Documents[name].Remove
		if len(lines) == 0 {
			continue
		}
		var hits, misses []string
		for _, line := range lines {
			if slices.ContainsFunc(shown[name], func(s string) bool { return strings.Contains(s, squash(line)) }) {
				hits = append(hits, line)
			} else {
				misses = append(misses, line)
			}
		}
		if len(hits) == 0 {
			t.Errorf("%s: with the switch on, none of its boilerplate lines %q shows as removed; removed texts shown: %q", name, lines, shown[name])
		} else if len(misses) > 0 {
			t.Logf("%s: boilerplate shown as removed: %d of %d expected lines (not shown: %q)", name, len(hits), len(lines), misses)
		}
	}
	return removed
}

// TestBrowserStory loads the story's files, once with a real drag and
// drop on the page and once through the file picker, and checks the
// highlights and the removed-text switch.
func TestBrowserStory(t *testing.T) {
	for _, load := range []struct {
		name string
		load func(*tab, []string)
	}{
		{"drop", (*tab).dropFiles},
		{"upload", (*tab).uploadFiles},
	} {
		t.Run(load.name, func(t *testing.T) {
			c := storyCorpusFor(t)
			tp := openTab(t)
			load.load(tp, c.files)
			tp.waitDocuments(c.names())
			checkStory(t, tp, c)
		})
	}
}

// TestBrowserExportsAndReload loads the fictional fixtures, exports each
// format and checks its content, then reloads the page and checks that the
// workspace is intact.
func TestBrowserExportsAndReload(t *testing.T) {
	c := fixtureCorpus(t)
	tp := openTab(t)
	tp.uploadFiles(c.files)
	tp.waitDocuments(c.names())
	_, found := tp.waitHighlights(c)
	native := annotations.Annotate(c.readFiles(t))

	// JSON: the report, as the command line writes it.
	text := tp.export("json", `v.trim().startsWith('{')`)
	var got annotations.Report
	if err := json.Unmarshal([]byte(text), &got); err != nil {
		t.Fatalf("the JSON export does not parse as a report: %v\n%.300s", err, text)
	}
	want, _ := json.Marshal(native)
	have, _ := json.Marshal(&got)
	if string(want) != string(have) {
		t.Errorf("the JSON export differs from the engine's report on the same files:\nexport: %.400s\nengine: %.400s", have, want)
	}
	checkReportGroups(t, &got, c, found)

	// Web Annotations: JSON-LD, one annotation per highlight.
	text = tp.export("webanno", `v.includes('@context')`)
	checkWebAnnotations(t, text, c)

	// Markdown, and its rendered preview.
	text = tp.export("md", `v.trim().startsWith('#')`)
	preview := tabWait[string](tp, "the Markdown preview", `(() => {
		const p = document.querySelector('#md-preview');
		return p && p.querySelector('h1, h2, h3') ? p.textContent : '';
	})()`)
	for _, sq := range c.want.SharedQuotes {
		for _, m := range sq.Members {
			if !strings.Contains(squash(text), squash(m.Contains)) {
				t.Errorf("the Markdown export lacks the shared quotation %q (%s)", m.Contains, m.Doc)
			}
			if !strings.Contains(squash(preview), squash(m.Contains)) {
				t.Errorf("the Markdown preview lacks the shared quotation %q (%s)", m.Contains, m.Doc)
			}
		}
	}
	for _, name := range c.names() {
		if !strings.Contains(text, name) {
			t.Errorf("the Markdown export does not name the source %s", name)
		}
	}

	// Reload: the stored workspace comes back, with its settings.
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("show-removed")))
	tabWait[bool](tp, "the removed text to show", `!!document.querySelector('[data-document] [data-removed]')`)
	before := slices.Sorted(slices.Values(tp.documentNames()))
	tp.load(chromedp.Reload())
	after := slices.Sorted(slices.Values(tp.waitDocuments(c.names())))
	if !slices.Equal(before, after) {
		t.Errorf("after a reload the documents are %q, before %q", after, before)
	}
	_, foundAgain := tp.waitHighlights(c)
	if !maps.Equal(found, foundAgain) {
		t.Errorf("after a reload the shared groups are %v, before %v", foundAgain, found)
	}
	if !tabEval[bool](tp, `document.querySelector('#show-removed').checked`) {
		t.Errorf("after a reload the removed-text switch is off; it was on")
	}
}

// checkReportGroups checks that the exported report holds each required
// shared group under the id the page highlights, with every member.
func checkReportGroups(t *testing.T, r *annotations.Report, c storyCorpus, found map[string]string) {
	t.Helper()
	var names []string
	for _, d := range r.Documents {
		names = append(names, d.Name)
	}
	if !slices.Equal(slices.Sorted(slices.Values(names)), c.names()) {
		t.Errorf("the exported report has the documents %q, want %q", names, c.names())
	}
	byID := map[string]annotations.Group{}
	for _, g := range r.Groups {
		byID[g.ID] = g
	}
	for _, sq := range c.want.SharedQuotes {
		g, ok := byID[found[sq.ID]]
		if !ok {
			t.Errorf("the exported report has no group %q (the page's group for %s)", found[sq.ID], sq.ID)
			continue
		}
		for _, m := range sq.Members {
			if !slices.ContainsFunc(g.Members, func(gm annotations.Member) bool {
				return gm.Document == m.Doc && strings.Contains(squash(gm.Text), squash(m.Contains))
			}) {
				t.Errorf("the exported group %s (%s) lacks %q in %s", g.ID, sq.ID, m.Contains, m.Doc)
			}
		}
	}
}

// checkWebAnnotations checks a W3C Web Annotation export: JSON-LD with the
// annotation context, whose targets name every source and quote every
// shared quotation.
func checkWebAnnotations(t *testing.T, text string, c storyCorpus) {
	t.Helper()
	var doc any
	if err := json.Unmarshal([]byte(text), &doc); err != nil {
		t.Fatalf("the Web Annotation export is not JSON: %v\n%.300s", err, text)
	}
	fields := map[string][]string{}
	collectStrings(doc, "", fields)
	if !slices.ContainsFunc(fields["@context"], func(s string) bool { return strings.Contains(s, "w3.org/ns/anno") }) {
		t.Errorf("the Web Annotation export has no annotation @context: %q", fields["@context"])
	}
	if !slices.Contains(fields["type"], "Annotation") {
		t.Errorf("the Web Annotation export has no object of type Annotation")
	}
	for _, name := range c.names() {
		if !slices.ContainsFunc(fields["source"], func(s string) bool { return strings.Contains(s, name) }) {
			t.Errorf("no Web Annotation targets the source %s (sources: %q)", name, fields["source"])
		}
	}
	for _, sq := range c.want.SharedQuotes {
		for _, m := range sq.Members {
			if !slices.ContainsFunc(fields["exact"], func(s string) bool { return strings.Contains(squash(s), squash(m.Contains)) }) {
				t.Errorf("no Web Annotation quotes %q (%s) exactly", m.Contains, m.Doc)
			}
		}
	}
}

// collectStrings gathers the string values of a decoded JSON value by the
// key they stand under, at any depth.
func collectStrings(v any, key string, out map[string][]string) {
	switch v := v.(type) {
	case string:
		out[key] = append(out[key], v)
	case []any:
		for _, e := range v {
			collectStrings(e, key, out)
		}
	case map[string]any:
		for k, e := range v {
			collectStrings(e, k, out)
		}
	}
}

// TestBrowserControls exercises the other controls on the fixtures: paste,
// the groups list, compare, coverage, the settings, remove and clear.
func TestBrowserControls(t *testing.T) {
	c := fixtureCorpus(t)
	tp := openTab(t)

	// Paste one article of its own; it becomes a document beside the files.
	// (Pasting the text of one of the files would make that file a
	// duplicate, which the engine rightly sets aside.)
	pasted := []byte("Tram line reopens after storm repairs\n\n" +
		"The coastal tram line reopened on Friday after a week of repairs to storm-damaged rails.\n\n" +
		"\"Every carriage was checked twice before we let passengers back on,\" said Oren Vale, the line's chief engineer.\n")
	// The paste box may sit in a collapsed <details>: open it as a person
	// would, by its summary.
	tabEval[chromedp.Void](tp, `(() => {
		const d = document.getElementById('paste-add').closest('details');
		if (d && !d.open) d.querySelector('summary').click();
	})()`)
	tp.do(actionTimeout, chromedp.SetValue(chromedp.ID("paste-text"), string(pasted)),
		chromedp.Click(chromedp.ID("paste-add")))
	tabWait[bool](tp, "the pasted document", `document.querySelectorAll('[data-remove-document]').length === 1`)
	names := tp.documentNames()
	if len(names) != 1 {
		t.Fatalf("after one paste the page lists %q", names)
	}
	pastedName := names[0]

	tp.uploadFiles(c.files)
	tp.waitDocuments(append(c.names(), pastedName))
	_, found := tp.waitHighlights(c)

	// The groups list names each required group.
	items := tp.groupItems()
	for id, g := range found {
		if !slices.Contains(items, g) {
			t.Errorf("#groups does not list the group %s (%s): %q", g, id, items)
		}
	}

	// Compare two sources that share a quotation.
	var pair []quoteMember
	var pairGroup string
	for _, sq := range c.want.SharedQuotes {
		if len(sq.Members) >= 2 {
			pair, pairGroup = sq.Members[:2], found[sq.ID]
			break
		}
	}
	// One choice at a time, each awaited, as a person sees each result.
	tp.setControl("compare-a", pair[0].Doc)
	tabWait[bool](tp, "the left side "+pair[0].Doc, `!!document.querySelector(`+jsString(`#compare [data-document="`+pair[0].Doc+`"]`)+`)`)
	tp.setControl("compare-b", pair[1].Doc)
	tabWait[bool](tp, "the comparison of "+pair[0].Doc+" and "+pair[1].Doc, `(() => {
		const cmp = document.querySelector('#compare');
		return !!cmp && !!cmp.querySelector(`+jsString(`[data-document="`+pair[0].Doc+`"]`)+`)
			&& !!cmp.querySelector(`+jsString(`[data-document="`+pair[1].Doc+`"]`)+`)
			&& !!cmp.querySelector(`+jsString(`[data-group="`+pairGroup+`"]`)+`);
	})()`)
	if got := tabEval[int](tp, `document.querySelectorAll('#compare [data-document]').length`); got != 2 {
		t.Errorf("#compare renders %d documents, want 2", got)
	}

	// Coverage names every source.
	coverage := tabEval[string](tp, `document.querySelector('#coverage').textContent`)
	for _, name := range c.names() {
		stem := strings.TrimSuffix(name, ".txt")
		if !strings.Contains(coverage, stem) && !tabEval[bool](tp, `!!document.querySelector('#coverage [title=`+jsString(name)+`]')`) {
			t.Errorf("#coverage does not show the source %s", name)
		}
	}

	// Settings regroup: the page lists the groups the engine finds with
	// the same settings. The slider is in whole percents and stops at
	// the tolerance past which groups stop being meaningful.
	docs := append([]annotations.File{{Name: pastedName, Data: pasted}}, c.readFiles(t)...)
	if hi := tabEval[float64](tp, `+document.getElementById('tolerance').max`); hi != annotations.MaxTolerance*100 {
		t.Errorf("the tolerance slider stops at %g%%, want %g%%", hi, annotations.MaxTolerance*100)
	}
	for _, s := range []struct {
		tolerance float64
		minWords  int
	}{{0, 3}, {0.3, 8}} {
		tp.setControl("tolerance", strconv.FormatFloat(s.tolerance*100, 'f', -1, 64))
		tp.setControl("min-words", strconv.Itoa(s.minWords))
		var want []string
		for _, g := range annotations.Annotate(docs, annotations.WithTolerance(s.tolerance), annotations.WithMinWords(s.minWords)).Groups {
			want = append(want, g.ID)
		}
		slices.Sort(want)
		got := tabPoll(tp, fmt.Sprintf("the groups at tolerance %g, min words %d to be the engine's %q", s.tolerance, s.minWords, want),
			`[...document.querySelectorAll('#groups [data-group-item]')].map(e => e.getAttribute('data-group-item')).sort()`,
			func(got []string) bool { return slices.Equal(got, want) })
		t.Logf("tolerance %g, min words %d: %d groups", s.tolerance, s.minWords, len(got))
	}

	// Remove one document, then clear everything; a reload stays empty.
	tp.do(actionTimeout, chromedp.Click(chromedp.CSS(`[data-remove-document=`+jsString(pastedName)+`]`)))
	tabWait[bool](tp, "the removal of "+pastedName, `!document.querySelector(`+jsString(`[data-remove-document="`+pastedName+`"]`)+`)`)
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("clear-all")))
	tabWait[bool](tp, "the workspace to clear", `!document.querySelector('[data-remove-document]') && !document.querySelector('[data-document]')`)
	tp.load(chromedp.Reload())
	if n := len(tp.documentNames()); n != 0 {
		t.Errorf("after clearing and a reload the page lists %d documents", n)
	}
}

// TestBrowserExampleScreenshot loads the example story and saves the
// screenshot the README shows, to $CROSSQUOTE_SCREENSHOT when set.
func TestBrowserExampleScreenshot(t *testing.T) {
	tp := openTab(t)
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("load-example")))
	tabWait[bool](tp, "the example's shared quotations", `document.querySelectorAll('[data-document] [data-group]').length > 0`)
	n := tabEval[int](tp, `document.querySelectorAll('[data-remove-document]').length`)
	if n < 2 {
		t.Errorf("the example story has %d sources, want at least two", n)
	}
	// Let a person see the top of the page, where the reader starts.
	tabEval[chromedp.Void](tp, `window.scrollTo(0, 0)`)
	png := tabRun(tp, actionTimeout, chromedp.CaptureScreenshot())
	path := os.Getenv("CROSSQUOTE_SCREENSHOT")
	if path == "" {
		path = filepath.Join(t.TempDir(), "screenshot.png")
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot of the example story (%d sources): %s, %d bytes", n, path, len(png))
}

// dropTimerJS records, in the page, when the drop event arrives and when
// the first shared highlight appears after it.
const dropTimerJS = `(() => {
	const m = window.__crossquoteDrop = {start: 0, end: 0};
	window.addEventListener('drop', () => { if (!m.start) m.start = performance.now(); }, true);
	new MutationObserver((_, obs) => {
		if (m.start && !m.end && document.querySelector('[data-group]')) {
			m.end = performance.now();
			obs.disconnect();
		}
	}).observe(document.documentElement, {subtree: true, childList: true, attributes: true});
})()`

// BenchmarkDropToHighlights measures, in the page, the time from the drop
// of the story's files to the first shared highlight.
func BenchmarkDropToHighlights(b *testing.B) {
	c := storyCorpusFor(b)
	var total float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		tp := openTab(b)
		tabEval[chromedp.Void](tp, dropTimerJS)
		b.StartTimer()
		tp.dropFiles(c.files)
		total += tabWait[float64](tp, "the first highlight after the drop", `(() => {
			const m = window.__crossquoteDrop;
			return m.end ? Math.max(m.end - m.start, 1e-3) : 0;
		})()`)
		b.StopTimer()
		tp.close()
	}
	b.ReportMetric(total/float64(b.N), "ms/drop")
}
