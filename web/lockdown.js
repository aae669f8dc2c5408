// Keeps the site's workers to the site's own files. The page's
// Content-Security-Policy is a meta tag, which reaches only the page: a
// worker takes its policy from the HTTP header its script is served with,
// and a static host such as GitHub Pages sends none. The engine worker
// (engine-worker.js) and the service worker (app-worker.js) load this
// first, so from then on they may fetch or import only files of the
// site's origin and have no other way to the network. Both run only the
// site's own code; this guards against a mistake in it or in a
// dependency, not against code that sets out to undo it.
"use strict";
(() => {
  const here = self.location.href;
  const origin = self.location.origin;
  const own = (url) => {
    try {
      return new URL(url, here).origin === origin;
    } catch {
      return false;
    }
  };
  const refused = (what, url) =>
    new TypeError("crossquote's workers " + what + " the site's own files only, not " + url);

  const fetchOwn = self.fetch.bind(self);
  self.fetch = function fetch(input, init) {
    const url = input instanceof Request ? input.url : String(input);
    return own(url) ? fetchOwn(input, init) : Promise.reject(refused("fetch", url));
  };
  const importOwn = self.importScripts.bind(self);
  self.importScripts = function importScripts(...urls) {
    for (const url of urls) {
      if (!own(String(url))) throw refused("import", url);
    }
    return importOwn(...urls);
  };
  for (const name of ["XMLHttpRequest", "WebSocket", "EventSource", "WebTransport"]) {
    if (name in self) {
      Object.defineProperty(self, name, { value: undefined, writable: false, configurable: false });
    }
  }
})();
