//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/crossquote/crossquote/annotations"
)

// runAnnotate is the annotate subcommand: it reads the named files, analyses
// them as one story and writes the report. Problems with single files go into
// the report and onto stderr; only a run where no file could be read fails.
func runAnnotate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the report to `FILE` instead of standard output")
	format := fs.String("format", "json", "report format: json or md")
	tolerance := fs.Float64("tolerance", annotations.DefaultMatchOptions().Tolerance, "largest normalised edit distance for grouping, 0 to 1")
	minWords := fs.Int("min-words", annotations.DefaultMatchOptions().MinWords, "quotations shorter than this group only on an exact match")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: crossquote annotate [-o FILE] [-format json|md] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *format != "json" && *format != "md" {
		return fmt.Errorf("annotate: unknown format %q (want json or md)", *format)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("annotate: no files given")
	}

	docs := make([]*annotations.Document, 0, fs.NArg())
	for _, path := range fs.Args() {
		data, err := readLimited(path)
		if err != nil {
			// A file the OS cannot give us still keeps its place in the report.
			docs = append(docs, &annotations.Document{Name: filepath.Base(path), Error: err.Error()})
			continue
		}
		docs = append(docs, annotations.NewDocument(filepath.Base(path), data))
	}
	report := annotations.Regroup(docs, annotations.WithTolerance(*tolerance), annotations.WithMinWords(*minWords))

	usable := 0
	for _, d := range report.Documents {
		if d.Error != "" {
			fmt.Fprintln(stderr, "crossquote:", d.Error)
			continue
		}
		usable++
	}

	var encoded []byte
	switch *format {
	case "json":
		b, err := json.MarshalIndent(report, "", "  ")
		if err != nil {
			return err
		}
		encoded = append(b, '\n')
	case "md":
		encoded = []byte(report.Markdown())
	}
	if *out == "" {
		if _, err := stdout.Write(encoded); err != nil {
			return err
		}
	} else if err := os.WriteFile(*out, encoded, 0o644); err != nil {
		return err
	}
	if usable == 0 {
		return errors.New("annotate: none of the files could be read")
	}
	return nil
}

// readLimited reads a file but refuses one larger than the engine accepts,
// without reading it all into memory first.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, annotations.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return data, nil
}
