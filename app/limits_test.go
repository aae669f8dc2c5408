package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

func TestAdmit(t *testing.T) {
	small := func(name string) pendingFile { return pendingFile{Name: name, Size: 100} }
	many := func(n int) []pendingFile {
		var fs []pendingFile
		for i := range n {
			fs = append(fs, small(fmt.Sprintf("f%04d.txt", i)))
		}
		return fs
	}
	tests := []struct {
		name      string
		have      int
		files     []pendingFile
		wantKeep  int
		wantNames []string // the first names kept, when checked
		wantNotes []string // substrings, one per message
	}{
		{
			name:     "small files pass",
			files:    []pendingFile{small("a.txt"), small("b.txt")},
			wantKeep: 2,
		},
		{
			name:      "a file over the size limit is refused by its size",
			files:     []pendingFile{small("a.txt"), {Name: "film.txt", Size: annotations.MaxFileSize + 1}, small("b.txt")},
			wantKeep:  2,
			wantNames: []string{"a.txt", "b.txt"},
			wantNotes: []string{"film.txt: the file is too large ("},
		},
		{
			name:     "a file at the size limit passes",
			files:    []pendingFile{{Name: "edge.txt", Size: annotations.MaxFileSize}},
			wantKeep: 1,
		},
		{
			name:      "a drop over the file limit is cut",
			files:     many(annotations.MaxFiles + 5),
			wantKeep:  annotations.MaxFiles,
			wantNames: []string{"f0000.txt", "f0001.txt"},
			wantNotes: []string{fmt.Sprintf("5 files were left out (f2000.txt, f2001.txt, f2002.txt and 2 more): crossquote takes at most %d files", annotations.MaxFiles)},
		},
		{
			name:      "the files already in the workspace count",
			have:      annotations.MaxFiles - 1,
			files:     many(2),
			wantKeep:  1,
			wantNotes: []string{"1 file was left out (f0001.txt)"},
		},
		{
			name:      "same names in one drop are both kept",
			files:     []pendingFile{small("notes.txt"), small("notes.txt"), small("notes")},
			wantKeep:  3,
			wantNames: []string{"notes.txt", "notes (2).txt", "notes"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keep, notes := admit(tt.have, tt.files)
			if len(keep) != tt.wantKeep {
				t.Errorf("kept %d files, want %d", len(keep), tt.wantKeep)
			}
			var names []string
			for _, f := range keep {
				names = append(names, f.Name)
			}
			if len(tt.wantNames) > 0 && !slices.Equal(names[:min(len(names), len(tt.wantNames))], tt.wantNames) {
				t.Errorf("kept %q…, want %q…", names[:min(len(names), 5)], tt.wantNames)
			}
			if len(notes) != len(tt.wantNotes) {
				t.Fatalf("messages %+v, want %d", notes, len(tt.wantNotes))
			}
			for i, n := range notes {
				if !strings.Contains(n.Text, tt.wantNotes[i]) || !n.Error {
					t.Errorf("message %q, want an error containing %q", n.Text, tt.wantNotes[i])
				}
			}
		})
	}
}

func TestRepeats(t *testing.T) {
	a := newAnnotator()
	a.files = []annotations.File{{Name: "a.txt", Data: []byte("one")}, {Name: "b.txt", Data: []byte("two")}}
	got := a.repeats([]annotations.File{
		{Name: "a.txt", Data: []byte("one")},   // the same file again
		{Name: "b.txt", Data: []byte("three")}, // new content under an old name
		{Name: "c.txt", Data: []byte("one")},   // new name: the engine judges its text
	})
	var names []string
	for _, f := range got {
		names = append(names, f.Name)
	}
	if !slices.Equal(names, []string{"b.txt", "c.txt"}) {
		t.Errorf("to analyse: %q, want b.txt and c.txt", names)
	}
	var texts []string
	for _, m := range a.messages {
		texts = append(texts, m.Text)
	}
	want := []string{
		"a.txt was added again: it is the same file as the a.txt already here, so nothing changed.",
		"b.txt replaces the earlier file of the same name.",
	}
	if !slices.Equal(texts, want) {
		t.Errorf("messages %q, want %q", texts, want)
	}
}
