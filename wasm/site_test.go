//go:build !wasm

package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEntryPageCurrent checks that the committed index.html is the entry
// page the current UI generates, and that generating it is deterministic.
func TestEntryPageCurrent(t *testing.T) {
	a, err := entryPage("")
	if err != nil {
		t.Fatal(err)
	}
	b, err := entryPage("")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("entryPage is not deterministic")
	}
	committed, err := os.ReadFile(filepath.Join("..", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, a) {
		t.Fatal("index.html is stale: run ./build.sh and commit index.html")
	}
}

// TestEntryPagePolicy checks what the page promises: everything local, a
// Content-Security-Policy before the first script, no inline script, and
// data-ready left for OnMount.
func TestEntryPagePolicy(t *testing.T) {
	for _, prefix := range []string{"", "/crossquote"} {
		page, err := entryPage(prefix)
		if err != nil {
			t.Fatal(err)
		}
		s := string(page)
		csp := strings.Index(s, `http-equiv="Content-Security-Policy"`)
		script := strings.Index(s, "<script")
		if csp < 0 || script < 0 || csp > script {
			t.Errorf("prefix %q: the policy must come before the first script (policy at %d, script at %d)", prefix, csp, script)
		}
		if strings.Contains(s, "<script>") || strings.Contains(s, "<script defer=\"\">") {
			t.Errorf("prefix %q: inline script in the entry page", prefix)
		}
		for _, attr := range []string{`src="`, `href="`} {
			for rest := s; ; {
				i := strings.Index(rest, attr)
				if i < 0 {
					break
				}
				rest = rest[i+len(attr):]
				u := rest[:strings.IndexByte(rest, '"')]
				if strings.Contains(u, "://") {
					t.Errorf("prefix %q: remote resource %s", prefix, u)
				}
				if !strings.HasPrefix(u, prefix+"/") {
					t.Errorf("prefix %q: resource %s outside the prefix", prefix, u)
				}
			}
		}
		if strings.Contains(s, "data-ready") {
			t.Errorf("prefix %q: data-ready in the pre-rendered page", prefix)
		}
	}
}

func TestCleanPrefix(t *testing.T) {
	for in, want := range map[string]string{"": "", "/": "", "crossquote": "/crossquote", "/crossquote/": "/crossquote", "/a/b": "/a/b"} {
		if got := cleanPrefix(in); got != want {
			t.Errorf("cleanPrefix(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSiteHandlerTypes(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.wasm", "a.js", "a.css", "manifest.webmanifest", "a.svg"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h := siteHandler(dir)
	for name, want := range map[string]string{
		"a.wasm":               "application/wasm",
		"a.js":                 "text/javascript",
		"a.css":                "text/css",
		"manifest.webmanifest": "application/manifest+json",
		"a.svg":                "image/svg+xml",
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/"+name, nil))
		if got := rec.Header().Get("Content-Type"); rec.Code != 200 || !strings.HasPrefix(got, want) {
			t.Errorf("%s: %d %q, want 200 %q", name, rec.Code, got, want)
		}
	}
}

func TestIconDrawn(t *testing.T) {
	img := drawIcon(64)
	if b := img.Bounds(); b.Dx() != 64 || b.Dy() != 64 {
		t.Fatalf("bounds %v", b)
	}
	// The corner is transparent (rounded), the centre is painted.
	if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
		t.Errorf("corner alpha %d, want 0", a)
	}
	if _, _, _, a := img.At(32, 32).RGBA(); a == 0 {
		t.Error("centre is transparent")
	}
}
