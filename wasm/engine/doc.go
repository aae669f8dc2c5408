// Command engine is crossquote's analysis engine for the browser: compiled
// to engine.wasm, it runs in a Web Worker (web/engine-worker.js) and
// answers the page's requests (see package engineproto) with package
// worker, so the page's own thread only renders. It uses plain syscall/js,
// not go-app, which keeps both wasm files small: the page does not carry
// the engine.
package main
