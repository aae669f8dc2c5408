//go:build !wasm

package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/crossquote/crossquote/annotations"
)

// runAnnotate is the annotate subcommand: it reads the named files, analyses
// them as one story and writes the report. Problems with single files go into
// the report and onto stderr; only a run where no file could be read fails.
func runAnnotate(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", "", "write the report to `FILE` instead of standard output")
	format := fl.String("format", "json", "report format: json or md")
	tolerance := fl.Float64("tolerance", annotations.DefaultMatchOptions().Tolerance, "largest normalised edit distance for grouping, 0 to 1")
	minWords := fl.Int("min-words", annotations.DefaultMatchOptions().MinWords, "quotations shorter than this group only on an exact match")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: crossquote annotate [-o FILE] [-format json|md] FILE...")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *format != "json" && *format != "md" {
		return fmt.Errorf("annotate: unknown format %q (want json or md)", *format)
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return errors.New("annotate: no files given")
	}

	paths := fl.Args()
	if len(paths) > annotations.MaxFiles {
		fmt.Fprintf(stderr, "crossquote: %d files given; only the first %d are analysed (the limit is %d files)\n", len(paths), annotations.MaxFiles, annotations.MaxFiles)
		paths = paths[:annotations.MaxFiles]
	}
	docs := make([]*annotations.Document, 0, len(paths))
	for _, path := range paths {
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
// without reading it into memory, with the engine's message. Its errors
// start with the file's base name, as the engine's do.
func readLimited(path string) ([]byte, error) {
	name := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the name goes first, the full path adds nothing
		}
		return nil, fmt.Errorf("%s: could not be opened: %w", name, err)
	}
	defer f.Close()
	st, err := f.Stat()
	switch {
	case err != nil:
		return nil, fmt.Errorf("%s: %w", name, err)
	case st.IsDir():
		return nil, fmt.Errorf("%s: is a folder, not a file (name the files in it)", name)
	case st.Size() > annotations.MaxFileSize:
		return nil, annotations.TooLarge(name, st.Size())
	}
	// The limit still applies to a file that grows, or a pipe that has no size.
	data, err := io.ReadAll(io.LimitReader(f, annotations.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}
