//go:build !wasm

package main

import (
	"fmt"
	"os"
)

const usage = `usage:
  crossquote annotate [-o FILE] [-format json|md] FILE...
  crossquote build [-o DIR] [-prefix /PATH]
  crossquote serve [-addr HOST:PORT] DIR`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	var err error
	switch cmd, args := os.Args[1], os.Args[2:]; cmd {
	case "annotate":
		err = runAnnotate(args, os.Stdout, os.Stderr)
	case "build":
		err = runBuild(args, os.Stdout, os.Stderr)
	case "serve":
		err = runServe(args, os.Stdout, os.Stderr)
	default:
		fmt.Fprintf(os.Stderr, "crossquote: unknown command %q\n%s\n", cmd, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "crossquote:", err)
		os.Exit(1)
	}
}
