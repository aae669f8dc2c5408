//go:build !wasm

package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ContentSecurityPolicy is the page's policy: every resource from the
// page's own origin, no inline script (go-app's loader is two external
// files), WebAssembly compilation allowed, nothing sent anywhere else.
// Styles are files only: the components never set a style attribute.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; " +
	"worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'"

// Handler returns the go-app handler that describes the page, for the
// static site generator. prefix is the site's sub-path ("" at the root of
// a host, "/crossquote" for a GitHub project page), wasmSize the byte
// length of app.wasm (for the loading progress) and version an identifier
// of the build that changes when any served file changes.
func Handler(prefix string, wasmSize int64, version string) *app.Handler {
	var res app.ResourceResolver = app.LocalDir("")
	if p := strings.Trim(prefix, "/"); p != "" {
		res = app.PrefixedLocation("/" + p)
	}
	return &app.Handler{
		Name:            "crossquote",
		ShortName:       "crossquote",
		Title:           "crossquote — shared quotations across news sources",
		Description:     "Drop several articles about one story and see which quotations the outlets share, how each altered them, and what boilerplate was stripped. Runs entirely in your browser.",
		Lang:            "en",
		Author:          "crossquote",
		BackgroundColor: "#f7f6f3",
		ThemeColor:      "#1f3a5f",
		LoadingLabel:    "Loading crossquote… {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		Image:  "/web/icon-512.png",
		Styles: []string{"/web/crossquote.css"},
		// The engine's worker and wasm are not loaded by the page itself,
		// and go-app does not list the SVG icon: name them so the service
		// worker keeps them for offline use.
		CacheableResources:    []string{"/web/engine-worker.js", "/web/lockdown.js", "/web/engine.wasm", "/web/icon.svg"},
		ServiceWorkerTemplate: serviceWorkerJS,
		RawHeaders:            []string{`<meta http-equiv="Content-Security-Policy" content="` + ContentSecurityPolicy + `">`},
		Resources:             res,
		Version:               version,
		WasmContentLength:     strconv.FormatInt(wasmSize, 10),
	}
}
