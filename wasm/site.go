//go:build !wasm

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"io/fs"
	"math"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/crossquote/crossquote/app"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// runBuild is the build subcommand: it generates the static site.
func runBuild(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", "_site", "output `directory`")
	prefix := fl.String("prefix", "", "sub-path the site is served under, e.g. /crossquote for a GitHub project page")
	entry := fl.String("entry", "", "also write the root-prefix entry page to `file` (build.sh keeps the committed index.html)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() > 0 {
		return fmt.Errorf("build: unexpected arguments %q", fl.Args())
	}
	if err := buildSite(*out, *prefix); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "site written to %s (prefix %q)\n", *out, cleanPrefix(*prefix))
	if *entry != "" {
		page, err := entryPage("")
		if err != nil {
			return err
		}
		if old, err := os.ReadFile(*entry); err != nil || !bytes.Equal(old, page) {
			if err := os.WriteFile(*entry, page, 0o644); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "%s updated\n", *entry)
		}
	}
	return nil
}

// buildSite compiles app.wasm and generates the static site into outDir
// for the given sub-path prefix ("" for the root of a host).
func buildSite(outDir, prefix string) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	web := filepath.Join(outDir, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return err
	}
	// app.wasm is the page; engine.wasm, the analysis engine, runs in a
	// Web Worker (web/engine-worker.js) so the page never freezes.
	for _, b := range []struct{ out, pkg string }{{"app.wasm", "./wasm"}, {"engine.wasm", "./wasm/engine"}} {
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(web, b.out), b.pkg)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("building %s: %v\n%s", b.out, err, out)
		}
	}
	if err := copyDir(filepath.Join(root, "web"), web); err != nil {
		return fmt.Errorf("copying web assets: %v", err)
	}
	if err := writeIcons(web); err != nil {
		return err
	}
	size, version, err := fingerprint(web)
	if err != nil {
		return err
	}
	return generateSite(outDir, prefix, size, version)
}

// generateSite writes the pages, go-app's scripts and the manifest of the
// site in outDir, whose web folder holds the built assets.
func generateSite(outDir, prefix string, wasmSize int64, version string) error {
	h := handler(prefix, wasmSize, version)
	if err := goapp.GenerateStaticWebsite(outDir, h); err != nil {
		return fmt.Errorf("generating the site: %v", err)
	}
	if err := fixManifest(filepath.Join(outDir, "manifest.webmanifest"), cleanPrefix(prefix)+"/"); err != nil {
		return err
	}
	// The generator renders "/" and "/index.html" into the same file in map
	// order, and go-app writes attributes in map order: render the entry
	// page once more, canonically.
	page, err := renderPage(h)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(outDir, "index.html"), page, 0o644)
}

// fixManifest sets the installed app's scope and start page to the site's
// folder, with its slash: go-app writes the scope "/" (the whole host) and
// the start page without the slash, which a static host redirects.
func fixManifest(path, start string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	q, _ := json.Marshal(start)
	m["scope"], m["start_url"] = q, q
	if data, err = json.Marshal(m); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

var routesOnce sync.Once

func handler(prefix string, wasmSize int64, version string) *goapp.Handler {
	routesOnce.Do(app.Routes)
	return app.Handler(cleanPrefix(prefix), wasmSize, version)
}

// entryPage renders the entry page for prefix without building app.wasm:
// the page names neither the wasm size nor the version (those live in
// app.js), so it depends on the UI code alone.
func entryPage(prefix string) ([]byte, error) {
	return renderPage(handler(prefix, 0, "entry"))
}

func renderPage(h *goapp.Handler) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 200 {
		return nil, fmt.Errorf("rendering the entry page: status %d", rec.Code)
	}
	return canonicalHTML(rec.Body.Bytes())
}

// canonicalHTML sorts every element's attributes and moves the
// Content-Security-Policy meta tag to the top of <head>, so the policy
// covers the loader scripts too and the output is the same on every run.
func canonicalHTML(page []byte) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil, err
	}
	var head, csp *html.Node
	var hostless []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			sort.SliceStable(n.Attr, func(i, j int) bool { return n.Attr[i].Key < n.Attr[j].Key })
			switch {
			case n.Data == "head" && head == nil:
				head = n
			case n.Data == "meta" && attr(n, "http-equiv") == "Content-Security-Policy":
				csp = n
			case n.Data == "meta" && strings.HasPrefix(attr(n, "content"), "https:///"),
				n.Data == "meta" && attr(n, "content") == "https://":
				// go-app writes og:url and og:image as absolute URLs on
				// Handler.Domain; the site does not know its host, so
				// these would be broken links.
				hostless = append(hostless, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if head == nil || csp == nil {
		return nil, errors.New("entry page: no <head> or no Content-Security-Policy")
	}
	for _, n := range hostless {
		n.Parent.RemoveChild(n)
	}
	csp.Parent.RemoveChild(csp)
	charset := head.FirstChild
	for charset != nil && !(charset.Type == html.ElementNode && charset.Data == "meta" && attr(charset, "charset") != "") {
		charset = charset.NextSibling
	}
	if charset != nil {
		head.InsertBefore(csp, charset.NextSibling)
	} else {
		head.InsertBefore(csp, head.FirstChild)
	}
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// cleanPrefix turns "crossquote/", "/crossquote" or "" into "/crossquote"
// or "".
func cleanPrefix(p string) string {
	if p = strings.Trim(p, "/"); p == "" {
		return ""
	}
	return "/" + p
}

// moduleRoot finds the directory of go.mod, wherever the command runs from.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("not inside the crossquote module: run from the repository")
	}
	return filepath.Dir(mod), nil
}

// copyDir copies the static assets of src into dst (app.wasm and
// engine.wasm excluded: they are built into dst directly).
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if rel == "app.wasm" || rel == "engine.wasm" {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// fingerprint returns app.wasm's size and a version that changes whenever
// any file under web changes, so deployed pages update exactly when needed.
func fingerprint(web string) (int64, string, error) {
	st, err := os.Stat(filepath.Join(web, "app.wasm"))
	if err != nil {
		return 0, "", err
	}
	h := sha256.New()
	err = filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(web, p)
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
		h.Write(data)
		return nil
	})
	return st.Size(), hex.EncodeToString(h.Sum(nil))[:16], err
}

// writeIcons draws the PNG icons go-app's manifest needs (the SVG icon is
// in web/): two overlapping speech bubbles on a rounded square.
func writeIcons(web string) error {
	for _, size := range []int{192, 512} {
		var b bytes.Buffer
		if err := png.Encode(&b, drawIcon(size)); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(web, fmt.Sprintf("icon-%d.png", size)), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func drawIcon(size int) image.Image {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	bg := color.NRGBA{0x1f, 0x3a, 0x5f, 0xff}
	blue := color.NRGBA{0x77, 0xaa, 0xdd, 0xff}
	orange := color.NRGBA{0xee, 0x88, 0x66, 0xff}
	s := float64(size)
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			fx, fy := (float64(x)+0.5)/s, (float64(y)+0.5)/s
			if !inRoundedSquare(fx, fy, 0.18) {
				continue
			}
			c := bg
			inA := math.Hypot(fx-0.40, fy-0.44) < 0.24 || inTail(fx, fy, 0.26, 0.62, -1)
			inB := math.Hypot(fx-0.60, fy-0.56) < 0.24 || inTail(fx, fy, 0.74, 0.74, 1)
			switch {
			case inA && inB:
				c = color.NRGBA{0xf4, 0xf1, 0xe8, 0xff}
			case inA:
				c = blue
			case inB:
				c = orange
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}

func inRoundedSquare(x, y, r float64) bool {
	cx := math.Max(r, math.Min(1-r, x))
	cy := math.Max(r, math.Min(1-r, y))
	return math.Hypot(x-cx, y-cy) <= r
}

// inTail is a small triangle under a bubble, pointing left (dir -1) or
// right (dir 1) from (x0, y0).
func inTail(x, y, x0, y0, dir float64) bool {
	dy := y - y0
	if dy < 0 || dy > 0.12 {
		return false
	}
	dx := (x - x0) * dir
	return dx >= -0.06+dy*0.5 && dx <= 0.06-dy*0.2
}
