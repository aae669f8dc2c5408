//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"path/filepath"
	"strings"
)

// runServe is the serve subcommand: it serves a generated site locally.
func runServe(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", "127.0.0.1:8080", "address to listen on")
	prefix := fl.String("prefix", "", "sub-path the site was built for, e.g. /crossquote")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 1 {
		return fmt.Errorf("serve: want one site directory, got %d arguments", fl.NArg())
	}
	p := cleanPrefix(*prefix)
	mux := http.NewServeMux()
	mux.Handle(p+"/", http.StripPrefix(p, siteHandler(fl.Arg(0))))
	if p != "" {
		mux.Handle("/", http.RedirectHandler(p+"/", http.StatusFound))
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "serving %s at http://%s%s/\n", fl.Arg(0), ln.Addr(), p)
	return http.Serve(ln, mux)
}

// siteTypes are the content types a generated site needs, set explicitly
// because the system's MIME table may lack them (WebAssembly streaming
// compilation refuses anything but application/wasm).
var siteTypes = map[string]string{
	".wasm":        "application/wasm",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".html":        "text/html; charset=utf-8",
	".png":         "image/png",
	".json":        "application/json",
}

// siteHandler serves the generated site in dir with the right types.
func siteHandler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ext := strings.ToLower(filepath.Ext(r.URL.Path))
		if t, ok := siteTypes[ext]; ok {
			w.Header().Set("Content-Type", t)
		} else if t := mime.TypeByExtension(ext); t != "" {
			w.Header().Set("Content-Type", t)
		}
		files.ServeHTTP(w, r)
	})
}
