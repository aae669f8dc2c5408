// crossquote's analysis engine in a Web Worker: loads Go's wasm support
// (wasm_exec.js, at the site root next to app.js) and engine.wasm, built
// from wasm/engine. Messages that arrive while the wasm loads wait in
// engineQueue; the engine takes them over when it starts. The protocol is
// documented in app/engineproto. lockdown.js comes first: from then on the
// worker reaches the site's own files only.
"use strict";
importScripts("lockdown.js");
self.engineQueue = [];
self.onmessage = (e) => self.engineQueue.push(e.data);
importScripts("../wasm_exec.js");

// crashed tells the page, once, that the engine died, naming the file it
// was analysing (self.engineCurrent, which the engine sets before each
// file), so the page sets that file aside and starts a new worker. The
// engine dies by a trap (a stack overflow, thrown out of its message
// handler or its first run) or by the Go program exiting (out of memory).
let told = false;
function crashed(why) {
  if (told) return;
  told = true;
  self.postMessage(JSON.stringify({ op: "crashed", file: self.engineCurrent || undefined, error: String(why) }));
}
self.addEventListener("error", (e) => {
  e.preventDefault();
  crashed(e.message || e.error || "an error in the engine");
});

const go = new Go();
go.exit = (code) => crashed("the engine stopped, exit code " + code);
WebAssembly.instantiateStreaming(fetch("engine.wasm"), go.importObject)
  .then(
    (r) => go.run(r.instance).catch(crashed),
    (err) => self.postMessage(JSON.stringify({ op: "error", error: "The analysis engine could not start: " + err })),
  );
