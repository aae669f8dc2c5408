// crossquote's service worker, a template go-app fills in with the build's
// version and the files it knows the page needs (Handler.ServiceWorkerTemplate).
//
// It differs from go-app's default in three ways, all for offline use of a
// site served under a sub-path (https://USER.github.io/crossquote/):
//   - go-app names the page by the prefix without its slash ("/crossquote"),
//     which a static host answers with a redirect, and a cached redirect
//     cannot answer a page load: the page is cached under the worker's
//     scope, with its slash, and answers loads of both its names,
//     "/crossquote/" and "/crossquote/index.html" (the bare "/crossquote"
//     lies outside the worker's scope, so only the host can answer it).
//   - install and activate wait for the cache (event.waitUntil), so the
//     worker is active only once every file is stored, and install fetches
//     past the browser's HTTP cache: GitHub Pages lets browsers keep files
//     ten minutes, and a new version must not store the old files.
//   - it keeps no notification handlers: the page sends none.
//
// Like the engine's worker, it loads web/lockdown.js first, so it fetches
// and imports the site's own files only.
"use strict";
importScripts("web/lockdown.js");
const cacheName = "app-" + "{{.Version}}";
const startPath = new URL(self.registration.scope).pathname;
const resourcesToCache = {{.ResourcesToCache}}
  .filter((path) => path !== startPath && path + "/" !== startPath)
  .concat([startPath]);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache.map((path) => new Request(path, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("app-") && key !== cacheName).map((key) => caches.delete(key)))),
  );
  // No clients.claim(): go-app's page announces a new version when a
  // worker activates while one controls the page, so claiming the first
  // visit's page would announce an update on the first visit. Pages a
  // previous worker controlled pass to this one by themselves (skipWaiting).
});

self.addEventListener("fetch", (event) => {
  if (event.request.method === "GET") {
    event.respondWith(fromCache(event.request));
  }
});

// fromCache answers from this version's cache, the start page for any
// load of it, and the network for anything else.
async function fromCache(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  if (request.mode === "navigate" && isStartPage(new URL(request.url))) {
    const page = await cache.match(startPath);
    if (page) {
      return page;
    }
  }
  return fetch(request);
}

function isStartPage(url) {
  if (url.origin !== self.location.origin) {
    return false;
  }
  const p = url.pathname;
  return p === startPath || p === startPath + "index.html";
}
