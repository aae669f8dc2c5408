package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/crossquote/crossquote/annotations/synth"
)

func main() {
	seed := flag.Int64("seed", 1, "random seed; the same seed writes the same corpus")
	n := flag.Int("n", 100, "number of articles")
	out := flag.String("o", "", "folder to write the articles to (created if missing)")
	size := flag.Int("size", 5000, "average article size in bytes")
	truth := flag.String("truth", "", "file to write the planted quotations to, as JSON")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: synth [-seed N] [-n N] [-size BYTES] [-truth FILE] -o DIR")
		os.Exit(2)
	}
	if err := run(*seed, *n, *size, *out, *truth); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

func run(seed int64, n, size int, dir, truthFile string) error {
	files, truth := synth.Generate(seed, n, synth.WithArticleSize(size))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	total := 0
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return err
		}
		total += len(f.Data)
	}
	if truthFile != "" {
		data, err := json.MarshalIndent(truth, "", "\t")
		if err != nil {
			return err
		}
		if err := os.WriteFile(truthFile, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "synth: wrote %d articles, %.1f MB, %d planted quotations to %s\n",
		len(files), float64(total)/1e6, len(truth.Occurrences), dir)
	return nil
}
