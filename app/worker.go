//go:build !wasm

package app

import _ "embed"

// serviceWorkerJS is the template of the site's service worker
// (app-worker.js); see the comment at its top for why it is not go-app's.
//
//go:embed app-worker.js
var serviceWorkerJS string
