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

	tests := []struct {
		name     string
		args     []string
		wantErr  bool
		wantDocs int
	}{
		{"one good file", []string{good}, false, 1},
		{"bad files beside a good one go into the report", []string{binary, good, missing}, false, 3},
		{"nothing readable fails", []string{binary, missing}, true, 2},
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
			}
		})
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
