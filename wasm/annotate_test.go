//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/crossquote/crossquote/annotations"
)

func TestAnnotateCommand(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("harbour.txt", []byte("The ferry was late again on Monday, passengers said.\n\n\"We waited for two hours in the rain,\" said Ada Brook, a commuter.\n"))
	binary := write("scan.pdf", []byte("%PDF-1.7\x00\x01\x02\x03binary"))
	missing := filepath.Join(dir, "absent.txt")
	empty := write("empty.txt", nil)
	blank := write("blank.txt", []byte(" \r\n\t\n"))
	// UTF-16 LE with a byte order mark, as Windows Notepad saves it.
	utf16 := write("notepad.txt", utf16LE("\"We will open the bridge in May,\" said Zoë Brandt."))
	folder := filepath.Join(dir, "clippings")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}

	// The same messages as the engine's Document.Error, which the page
	// shows too; "" for a file that is read.
	wantErrors := map[string]string{
		"scan.pdf":   "scan.pdf: not a text file (looks like a PDF)",
		"absent.txt": "absent.txt: could not be opened: no such file or directory",
		"empty.txt":  "empty.txt: the file is empty",
		"blank.txt":  "blank.txt: the file is empty (it contains only white space)",
		"clippings":  "clippings: is a folder, not a file (name the files in it)",
	}
	tests := []struct {
		name     string
		args     []string
		wantErr  bool
		wantDocs int
	}{
		{"one good file", []string{good}, false, 1},
		{"bad files beside a good one go into the report", []string{binary, good, missing}, false, 3},
		{"nothing readable fails", []string{binary, missing}, true, 2},
		{"a UTF-16 file is read", []string{utf16}, false, 1},
		{"empty files, a folder and a good file", []string{empty, blank, folder, good}, false, 4},
		{"only empty files and a folder fail", []string{empty, blank, folder}, true, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := runAnnotate(tt.args, &stdout, &stderr)
			if (err != nil) != tt.wantErr {
				t.Fatalf("runAnnotate error = %v, want error %v; stderr:\n%s", err, tt.wantErr, stderr.String())
			}
			var r annotations.Report
			if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
				t.Fatalf("output is not a JSON report: %v", err)
			}
			if len(r.Documents) != tt.wantDocs {
				t.Fatalf("got %d documents, want %d", len(r.Documents), tt.wantDocs)
			}
			for i, d := range r.Documents {
				if want := filepath.Base(tt.args[i]); d.Name != want {
					t.Errorf("document %d is %q, want %q (input order kept)", i, d.Name, want)
				}
				if d.Error != "" && !strings.Contains(stderr.String(), d.Error) {
					t.Errorf("stderr does not repeat the error %q", d.Error)
				}
				if want := wantErrors[d.Name]; d.Error != want {
					t.Errorf("%s: error %q, want %q", d.Name, d.Error, want)
				}
			}
		})
	}
}

// utf16LE encodes s as UTF-16 little endian with a byte order mark.
func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// TestAnnotateCommandLimits checks that a file over the size limit is
// refused by its size, with the engine's message, and that more than
// MaxFiles files are cut to the first MaxFiles with a message.
func TestAnnotateCommandLimits(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: its size is over the limit without writing 20 MB.
	if err := f.Truncate(annotations.MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("\"The pier opens in June,\" the mayor said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{big}
	for len(args) <= annotations.MaxFiles {
		args = append(args, good)
	}
	var stdout, stderr bytes.Buffer
	if err := runAnnotate(args, &stdout, &stderr); err != nil {
		t.Fatalf("runAnnotate: %v", err)
	}
	var r annotations.Report
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Documents) != annotations.MaxFiles {
		t.Errorf("%d files given, %d analysed; want the first %d", len(args), len(r.Documents), annotations.MaxFiles)
	}
	if want := fmt.Sprintf("%d files given; only the first %d are analysed", len(args), annotations.MaxFiles); !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%.300s", want, stderr.String())
	}
	if want := annotations.TooLarge("huge.txt", annotations.MaxFileSize+1).Error(); r.Documents[0].Error != want {
		t.Errorf("huge.txt: error %q, want %q", r.Documents[0].Error, want)
	}
}

func TestAnnotateCommandDeterministic(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i, body := range []string{
		"\"The bridge will open in spring,\" the mayor said on Tuesday.\n",
		"The mayor said: \"The bridge will open in spring.\" Critics were unconvinced.\n",
	} {
		p := filepath.Join(dir, string(rune('a'+i))+".txt")
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	var first, second bytes.Buffer
	if err := runAnnotate(paths, &first, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if err := runAnnotate(paths, &second, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatal("the same input gave different reports")
	}
}

// TestAnnotateCommandSpecialFiles checks that a named pipe beside a good
// file is refused by what it is, without opening it (opening waits for a
// writer forever), and that the good file is analysed.
func TestAnnotateCommandSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "feed.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("\"The pier opens in June,\" the mayor said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(good, link); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	var stdout, stderr bytes.Buffer
	go func() { done <- runAnnotate([]string{pipe, good, link}, &stdout, &stderr) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("runAnnotate: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("annotate still waits on a named pipe after a minute")
	}
	var r annotations.Report
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if want := "feed.txt: is not a regular file (a named pipe), so it is not read"; r.Documents[0].Error != want {
		t.Errorf("pipe: error %q, want %q", r.Documents[0].Error, want)
	}
	if r.Documents[1].Error != "" || r.Documents[1].Text == "" {
		t.Errorf("the good file beside the pipe was not read: %+v", r.Documents[1])
	}
	if r.Documents[2].Error != "" || r.Documents[2].Text != r.Documents[1].Text {
		t.Errorf("a symlink to a regular file is not read like the file: %q", r.Documents[2].Error)
	}
}

// TestAnnotateCommandNames checks names that a terminal or JSON would
// garble: names differing only in invalid UTF-8 bytes stay distinct in the
// report, and control characters in a name reach stderr escaped.
func TestAnnotateCommandNames(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"a\xff.txt", "a\xfe.txt", "bell\a\x1b]0;x\x07.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(name+" held no article, only \"one quoted line\".\n"), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
		paths = append(paths, p)
	}
	missing := filepath.Join(dir, "gone\x1b[2J.txt")
	var stdout, stderr bytes.Buffer
	if err := runAnnotate(append(paths, missing), &stdout, &stderr); err != nil {
		t.Fatalf("runAnnotate: %v", err)
	}
	var r annotations.Report
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, d := range r.Documents {
		if seen[d.Name] {
			t.Errorf("two documents are named %q", d.Name)
		}
		seen[d.Name] = true
	}
	if !seen["a\uFFFD.txt"] || !seen["a\uFFFD (2).txt"] {
		t.Errorf("names %v, want a\uFFFD.txt and a\uFFFD (2).txt", seen)
	}
	if strings.ContainsAny(stderr.String(), "\x1b\a") {
		t.Errorf("stderr carries raw control characters: %q", stderr.String())
	}
	if want := `gone\x1b[2J.txt: could not be opened`; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks the escaped name %q:\n%q", want, stderr.String())
	}
}

func TestEscapeControls(t *testing.T) {
	for in, want := range map[string]string{
		"plain name.txt":     "plain name.txt",
		"tab\there":          `tab\there`,
		"esc\x1b[31mred":     `esc\x1b[31mred`,
		"c1 \u009b and é ok": `c1 \u009b and é ok`,
		"del\x7f":            `del\x7f`,
	} {
		if got := escapeControls(in); got != want {
			t.Errorf("escapeControls(%q) = %q, want %q", in, got, want)
		}
	}
}
