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
	"strconv"
	"strings"

	"github.com/crossquote/crossquote/annotations"
)

// runAnnotate is the annotate subcommand: it reads the named files, analyses
// them as one story and writes the report. Problems with single files go into
// the report and onto stderr; only a run where no file could be read fails.
func runAnnotate(args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("o", "", "write the report to `FILE` instead of standard output")
	format := fl.String("format", "json", "report format: json, md or csv")
	original := fl.String("original", "", "check every quotation against `FILE`, the original (a transcript, statement or press release); it is added to the inputs unless it is one of them")
	tolerance := fl.Float64("tolerance", annotations.DefaultMatchOptions().Tolerance, "largest normalised edit distance for grouping, 0 to 1")
	minWords := fl.Int("min-words", annotations.DefaultMatchOptions().MinWords, "quotations shorter than this group only on an exact match")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: crossquote annotate [-o FILE] [-format json|md|csv] [-original FILE] FILE...")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *format != "json" && *format != "md" && *format != "csv" {
		return fmt.Errorf("annotate: unknown format %q (want json, md or csv)", *format)
	}
	if fl.NArg() == 0 && *original == "" {
		fl.Usage()
		return errors.New("annotate: no files given")
	}

	paths, orig := withOriginal(fl.Args(), *original)
	if len(paths) > annotations.MaxFiles {
		fmt.Fprintf(stderr, "crossquote: %d files given; only the first %d are analysed (the limit is %d files)\n", len(paths), annotations.MaxFiles, annotations.MaxFiles)
		paths = paths[:annotations.MaxFiles]
	}
	docs := make([]*annotations.Document, 0, len(paths))
	for _, path := range paths {
		name := displayName(path)
		data, err := readLimited(path, name)
		if err != nil {
			// A file the OS cannot give us still keeps its place in the report.
			docs = append(docs, &annotations.Document{Name: name, Error: err.Error()})
			continue
		}
		docs = append(docs, annotations.NewDocument(name, data))
	}
	opts := []annotations.Option{annotations.WithTolerance(*tolerance), annotations.WithMinWords(*minWords)}
	if orig >= 0 {
		if orig >= len(docs) {
			return fmt.Errorf("annotate: the original %s is past the first %d files, which are all that are analysed", escapeControls(*original), annotations.MaxFiles)
		}
		// The name the original goes by once names are made unique.
		annotations.NameUniquely(docs)
		opts = append(opts, annotations.WithOriginal(docs[orig].Name))
	}
	report := annotations.Regroup(docs, opts...)
	if report.OriginalError != "" {
		// The reader asked for the checks: a report without them would
		// pass for one in which nothing was checked.
		return errors.New("annotate: " + escapeControls(report.OriginalError))
	}

	usable := 0
	for _, d := range report.Documents {
		if d.Error != "" {
			fmt.Fprintln(stderr, "crossquote:", escapeControls(d.Error))
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
	case "csv":
		encoded = report.CSV()
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

// withOriginal returns the paths to analyse with the original among them,
// and its index; -1 when there is no original. The original is one of the
// paths when one names the same file (after cleaning the path), else it
// is added before them.
func withOriginal(paths []string, original string) ([]string, int) {
	if original == "" {
		return paths, -1
	}
	for i, p := range paths {
		if filepath.Clean(p) == filepath.Clean(original) {
			return paths, i
		}
	}
	return append([]string{original}, paths...), 0
}

// displayName is the name a file goes by in the report: its base name as
// valid UTF-8. Invalid bytes become U+FFFD, as they would in the JSON anyway,
// so two names that differ only there are told apart by the engine's
// numbering ("a\uFFFD (2).txt") instead of printing as one name twice.
func displayName(path string) string {
	return strings.ToValidUTF8(filepath.Base(path), "\uFFFD")
}

// escapeControls writes terminal control characters (C0, DEL and C1) of s
// as Go escapes, so a file name cannot move the cursor, clear the screen or
// retitle the terminal when a message naming it is printed.
func escapeControls(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }

// readLimited reads a regular file (or a symlink to one) but refuses one
// larger than the engine accepts, without reading it into memory, with the
// engine's message. It looks at what the path is before opening it: opening
// a named pipe would wait for a writer forever, and a device may never end.
// Its errors start with name, as the engine's do.
func readLimited(path, name string) ([]byte, error) {
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, fmt.Errorf("%s: could not be opened: %w", name, pathErr(err))
	case st.IsDir():
		return nil, fmt.Errorf("%s: is a folder, not a file (name the files in it)", name)
	case !st.Mode().IsRegular():
		return nil, fmt.Errorf("%s: is not a regular file (%s), so it is not read", name, fileKind(st.Mode()))
	case st.Size() > annotations.MaxFileSize:
		return nil, annotations.TooLarge(name, st.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: could not be opened: %w", name, pathErr(err))
	}
	defer f.Close()
	// The limit still applies to a file that grows, or a pipe that has no size.
	data, err := io.ReadAll(io.LimitReader(f, annotations.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}

// pathErr drops the path from an os error: the name goes first in our
// messages and the full path adds nothing.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// fileKind names the kind of a file that is not regular, for the message.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	default:
		return "a special file"
	}
}
