//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// parsePolicy splits a Content-Security-Policy into its directives' sources.
func parsePolicy(csp string) map[string][]string {
	dirs := map[string][]string{}
	for _, d := range strings.Split(csp, ";") {
		f := strings.Fields(d)
		if len(f) > 0 {
			dirs[strings.ToLower(f[0])] = f[1:]
		}
	}
	return dirs
}

// checkPolicy checks what the page's policy must forbid: inline script
// (a hash or nonce, which allows one known script such as a loader, is
// accepted), eval, scripts and connections to any other origin, plugins,
// and a <base> that would move relative URLs elsewhere.
func checkPolicy(t testing.TB, csp string) {
	t.Helper()
	if csp == "" {
		t.Fatal("no Content-Security-Policy")
	}
	dirs := parsePolicy(csp)
	script, ok := dirs["script-src"]
	if !ok {
		script, ok = dirs["default-src"]
	}
	if !ok {
		t.Fatalf("the policy %q restricts no script", csp)
	}
	own := regexp.MustCompile(`^'(self|wasm-unsafe-eval|none|(sha256|sha384|sha512|nonce)-[A-Za-z0-9+/=_-]+)'$`)
	for _, s := range script {
		if !own.MatchString(s) {
			t.Errorf("script-src allows %s: only the page's own files (and hashed or nonced loader code) may run", s)
		}
	}
	for _, name := range []string{"default-src", "connect-src"} {
		if src := dirs[name]; !slices.Equal(src, []string{"'self'"}) {
			t.Errorf("%s is %q, want 'self' alone: the page talks to no other origin", name, src)
		}
	}
	if src := dirs["object-src"]; !slices.Equal(src, []string{"'none'"}) {
		t.Errorf("object-src is %q, want 'none'", src)
	}
	if src, ok := dirs["base-uri"]; !ok || slices.ContainsFunc(src, func(s string) bool { return s != "'self'" && s != "'none'" }) {
		t.Errorf("base-uri is %q, want 'self' or 'none'", src)
	}
	for name, src := range dirs {
		for _, s := range src {
			if s == "*" || strings.Contains(s, "://") || s == "http:" || s == "https:" || s == "'unsafe-inline'" || s == "'unsafe-eval'" {
				t.Errorf("%s allows %s", name, s)
			}
		}
	}
}

// pagePolicy returns the content of the page's Content-Security-Policy
// meta tag, and whether it comes before the first script.
func pagePolicy(t *testing.T, page []byte) (csp string, first bool) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(string(page)))
	if err != nil {
		t.Fatal(err)
	}
	sawScript := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "script":
				sawScript = true
			case n.Data == "meta" && strings.EqualFold(attr(n, "http-equiv"), "Content-Security-Policy") && csp == "":
				csp, first = attr(n, "content"), !sawScript
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return csp, first
}

// TestPagePolicy checks the policy in the committed index.html and in the
// page generated for a sub-path.
func TestPagePolicy(t *testing.T) {
	committed, err := os.ReadFile(filepath.Join("..", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	generated, err := entryPage("/crossquote")
	if err != nil {
		t.Fatal(err)
	}
	for name, page := range map[string][]byte{"index.html": committed, "entry page for /crossquote": generated} {
		t.Run(name, func(t *testing.T) {
			csp, first := pagePolicy(t, page)
			checkPolicy(t, csp)
			if !first {
				t.Errorf("the policy comes after a script, which it then does not cover")
			}
		})
	}
}

// TestCheckPolicy checks that checkPolicy catches what it must.
func TestCheckPolicy(t *testing.T) {
	for _, bad := range []string{
		"default-src 'self'; script-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'self'",
		"default-src 'self'; script-src 'self' https://cdn.example; connect-src 'self'; object-src 'none'; base-uri 'self'",
		"default-src 'self'; script-src 'self'; connect-src 'self' https:; object-src 'none'; base-uri 'self'",
		"default-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'self'",
		"default-src 'self'; script-src 'self' 'unsafe-eval'; connect-src 'self'; object-src 'none'; base-uri 'self'",
		"default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'",
	} {
		ft := &fakeTB{}
		checkPolicy(ft, bad)
		if !ft.failed {
			t.Errorf("checkPolicy accepts %q", bad)
		}
	}
	ok := &fakeTB{}
	checkPolicy(ok, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'")
	if ok.failed {
		t.Errorf("checkPolicy refuses a good policy")
	}
}

// fakeTB records failures instead of failing the test.
type fakeTB struct {
	testing.TB
	failed bool
}

func (f *fakeTB) Helper()               {}
func (f *fakeTB) Errorf(string, ...any) { f.failed = true }
func (f *fakeTB) Fatal(...any)          { f.failed = true }
func (f *fakeTB) Fatalf(string, ...any) { f.failed = true }
