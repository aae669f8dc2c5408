//go:build !wasm

package main

import (
	"errors"
	"io"
)

// runAnnotate is the annotate subcommand. STUB until the CLI lands.
func runAnnotate(args []string, stdout, stderr io.Writer) error {
	return errors.New("annotate: not implemented yet")
}
