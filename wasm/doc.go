// Command crossquote is the program behind the crossquote page.
//
// Compiled to WebAssembly (GOOS=js GOARCH=wasm) it runs the reader's
// interface in the browser tab. Compiled natively it is the command line:
//
//	crossquote annotate [-o FILE] [-format json|md|csv] [-original FILE] FILE...
//	crossquote build [-o DIR] [-prefix /PATH]    generate the static site
//	crossquote serve [-addr HOST:PORT] DIR       serve a generated site locally
//
// Files with a wasm build tag hold the browser side, files with !wasm the
// native side, so the browser binary carries no server or generator code.
//
// It may import the engine's front door (package annotations) and the page
// (package app); the engine's own Web Worker is the separate command
// wasm/engine.
package main
