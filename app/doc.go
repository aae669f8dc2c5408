// Package app is crossquote's user interface: go-app components that run
// in the browser (compiled to WebAssembly) and are pre-rendered natively
// when the static site is generated.
//
// The page's state is a plain Go value, the session (session.go and its
// session_*.go companions): the files, the documents the engine sent back,
// the work pending, the report and its index, the panel's filters and the
// messages. Components change it only inside ctx.Dispatch, and native
// tests drive it without a browser. Each component has a file of its own
// (sources.go, groups.go, panel.go, speakers.go, document.go, compare.go,
// coverage.go, original.go, fidelity.go, export.go, settings.go); the
// annotator (annotator.go) lays out the page and wires events to the
// session. engine.go talks to the engine's Web Worker through package
// engineproto; browser.go and intake.go are where the page reads dropped
// files and offers downloads. Files tagged !wasm (handler.go, worker.go)
// serve only the static site's generation.
//
// A component's inputs are exported fields and its callbacks unexported
// ones, set by its builder. go-app copies the exported fields of a new
// render into the mounted component and renders it again when any of them
// differs, and two funcs never compare equal: a callback in an exported
// field made every panel render again on every change of the page. The
// callbacks are the annotator's methods, the same for the page's life, so
// those a component was mounted with stay right.
//
// It may import the engine's front door (package annotations) and package
// engineproto, never a stage of the engine: what the page shows is what
// the report says.
package app
