//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains itself: the engine only runs as engine.wasm in a browser's
// Web Worker; ./build.sh builds it.
func main() {
	fmt.Fprintln(os.Stderr, "engine runs in the browser as web/engine.wasm; build it with ./build.sh")
	os.Exit(2)
}
