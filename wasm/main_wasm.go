//go:build wasm

package main

import (
	"runtime/debug"

	"github.com/crossquote/crossquote/app"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// main runs the page in the browser tab.
func main() {
	collectLess()
	app.ShieldStorage() // before go-app starts: it reads localStorage
	app.Routes()
	goapp.RunWhenOnBrowser()
}

// gcPercent and memoryLimit set how often the page's Go collects. Go's
// collector runs on the page's only thread, inside whatever task is
// allocating, and at the default (100) it collected during the task that
// first shows a drop of a hundred articles: 40-70 of its 190-200 ms, in
// the browser's profile. Collecting at five times the live heap rather
// than twice, no collection fell in a long task of that drop, and the
// task took 130 ms. The page's live heap is the files and their
// documents, tens of megabytes for a thousand articles; the soft limit
// has the collector run as often as it must to stay under a gigabyte, a
// quarter of what wasm can address, however many files are dropped.
const (
	gcPercent   = 400
	memoryLimit = 1 << 30
)

// collectLess sets the page's collector to gcPercent under memoryLimit.
func collectLess() {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
}
