//go:build js && wasm

package main

import (
	"bytes"
	"os"
	"syscall/js"
)

// testCrashGlobal is the global of the worker's scope that the browser
// tests' server sets, in the worker's script it serves, to make the engine
// die on purpose: on a file holding the global's value followed by ":exit"
// the Go program exits, as it does when out of memory; followed by
// ":stack" it recurses until the browser's stack overflows. The site built
// for readers never sets it, so the engine never looks at a file for it.
const testCrashGlobal = "crossquoteTestCrash"

// testCrash returns the function that kills the engine on a marked file,
// or nil when the global is not set.
func testCrash() func(data []byte) {
	v := js.Global().Get(testCrashGlobal)
	if v.Type() != js.TypeString || v.String() == "" {
		return nil
	}
	exit, stack := []byte(v.String()+":exit"), []byte(v.String()+":stack")
	return func(data []byte) {
		switch {
		case bytes.Contains(data, exit):
			os.Exit(3)
		case bytes.Contains(data, stack):
			recurse(0)
		}
	}
}

// recurse calls itself until the browser's stack overflows.
//
//go:noinline
func recurse(n int) int {
	if n < 0 {
		return n
	}
	return recurse(n+1) + 1
}
