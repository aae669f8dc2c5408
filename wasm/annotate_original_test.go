//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

// hearing is the fictional transcript and articles of the front door's
// golden test of checks against an original.
var hearing = []string{"hearing.txt", "valley-courier.txt", "northline-news.txt", "river-post.txt"}

func hearingPath(name string) string {
	return filepath.Join("..", "annotations", "testdata", "original", name)
}

// TestAnnotateOriginal checks that annotate -original writes the report
// the front door makes with WithOriginal, byte for byte, whether the
// original is one of the inputs or only named by the flag.
func TestAnnotateOriginal(t *testing.T) {
	var files []annotations.File
	var paths []string
	for _, n := range hearing {
		data, err := os.ReadFile(hearingPath(n))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, annotations.File{Name: n, Data: data})
		paths = append(paths, hearingPath(n))
	}
	want, err := json.MarshalIndent(annotations.Annotate(files, annotations.WithOriginal("hearing.txt")), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if !bytes.Contains(want, []byte(`"check"`)) {
		t.Fatal("the front door's report has no check")
	}
	for name, args := range map[string][]string{
		"among the inputs": append([]string{"-original", paths[0]}, paths...),
		"added to them":    append([]string{"-original", paths[0]}, paths[1:]...),
	} {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if err := runAnnotate(args, &stdout, &stderr); err != nil {
				t.Fatalf("annotate: %v; stderr:\n%s", err, stderr.String())
			}
			if !bytes.Equal(stdout.Bytes(), want) {
				t.Errorf("annotate -original differs from the front door's report")
			}
		})
	}
}

// TestAnnotateOriginalMissing checks that an original that cannot be read
// stops the command with a message naming it, and no report.
func TestAnnotateOriginalMissing(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "minutes.txt")
	var stdout, stderr bytes.Buffer
	err := runAnnotate([]string{"-original", missing, hearingPath("river-post.txt")}, &stdout, &stderr)
	if err == nil || !strings.Contains(err.Error(), "minutes.txt") {
		t.Fatalf("error %v, want one naming minutes.txt", err)
	}
	if stdout.Len() != 0 {
		t.Errorf("a report was written without the checks asked for:\n%s", stdout.String())
	}
}

// TestAnnotateOriginalCSV checks that the CSV export carries the verdicts.
func TestAnnotateOriginalCSV(t *testing.T) {
	var stdout, stderr bytes.Buffer
	args := []string{"-format", "csv", "-original", hearingPath("hearing.txt")}
	for _, n := range hearing[1:] {
		args = append(args, hearingPath(n))
	}
	if err := runAnnotate(args, &stdout, &stderr); err != nil {
		t.Fatalf("annotate: %v; stderr:\n%s", err, stderr.String())
	}
	out := stdout.String()
	for _, v := range annotations.Verdicts {
		if !strings.Contains(out, ","+string(v)+",") {
			t.Errorf("no %s in the CSV:\n%s", v, out)
		}
	}
}
