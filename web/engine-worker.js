// crossquote's analysis engine in a Web Worker: loads Go's wasm support
// (wasm_exec.js, at the site root next to app.js) and engine.wasm, built
// from wasm/engine. Messages that arrive while the wasm loads wait in
// engineQueue; the engine takes them over when it starts. The protocol is
// documented in app/engineproto.
"use strict";
self.engineQueue = [];
self.onmessage = (e) => self.engineQueue.push(e.data);
importScripts("../wasm_exec.js");
const go = new Go();
WebAssembly.instantiateStreaming(fetch("engine.wasm"), go.importObject)
  .then((r) => go.run(r.instance))
  .catch((err) => self.postMessage(JSON.stringify({ op: "error", error: "The analysis engine could not start: " + err })));
