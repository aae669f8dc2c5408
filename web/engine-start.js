// Starts the analysis engine's worker (engine-worker.js, beside this file)
// as soon as the page begins to load, beside the page's own wasm rather
// than after it has loaded and mounted. The page (app/engine.go) takes the
// worker over when it starts, with the events it sent meanwhile, in order.
"use strict";
(() => {
  if (!self.Worker) return;
  const worker = new Worker(new URL("engine-worker.js", document.currentScript.src));
  const early = [];
  const keep = (e) => {
    if (e.type === "error") e.preventDefault(); // the page reports it when it takes over
    early.push(e);
  };
  worker.addEventListener("message", keep);
  worker.addEventListener("error", keep);
  self.crossquoteEngine = {
    // take hands the worker and its events so far to the page, once.
    take() {
      worker.removeEventListener("message", keep);
      worker.removeEventListener("error", keep);
      delete self.crossquoteEngine;
      return { worker, early };
    },
  };
})();
