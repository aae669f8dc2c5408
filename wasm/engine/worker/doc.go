// Package worker answers the page's requests to the analysis engine (see
// package engineproto) without a browser: the command wasm/engine runs it
// in a Web Worker, and native tests, the page's included, run it as is.
//
// It may import the engine's front door, package synth (for the warm-up's
// generated articles) and package engineproto, never the page.
package worker
