package app

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

// TestDropLargest checks that a refused store leaves out the largest files
// first, at least one, until at most three quarters of the bytes remain,
// and keeps the rest in order.
func TestDropLargest(t *testing.T) {
	file := func(name string, n int) storedFile {
		return storedFile{Name: name, Data: []byte(strings.Repeat("x", n))}
	}
	for _, tc := range []struct {
		name        string
		files       []storedFile
		kept, going []string
	}{
		{"one file", []storedFile{file("a", 10)}, nil, []string{"a"}},
		{"the largest", []storedFile{file("a", 10), file("b", 50), file("c", 40)}, []string{"a", "c"}, []string{"b"}},
		{"several", []storedFile{file("a", 10), file("b", 10), file("c", 10), file("d", 10), file("e", 10)}, []string{"c", "d", "e"}, []string{"a", "b"}},
		{"empty files", []storedFile{file("a", 0), file("b", 0)}, []string{"b"}, []string{"a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kept, going := dropLargest(tc.files)
			var names []string
			for _, f := range kept {
				names = append(names, f.Name)
			}
			if !slices.Equal(names, tc.kept) || !slices.Equal(going, tc.going) {
				t.Errorf("dropLargest = kept %v, dropped %v; want kept %v, dropped %v", names, going, tc.kept, tc.going)
			}
		})
	}
}

// TestWorkspaceStoredBefore decodes a workspace exactly as the version
// before snake_case stored it (camelCase settings, the PascalCase keys of
// annotations.File): nothing in it is lost.
func TestWorkspaceStoredBefore(t *testing.T) {
	const old = `{"files":[{"Name":"harbour.txt","Data":"VGhlIGZlcnJ5IGxlYXZlcyBhdCBuaW5lLg=="},{"Name":"pier.md","Data":"IldlIG9wZW4gYXQgZGF3biwiIHNhaWQgc2hlLg=="}],"tolerance":0.25,"minWords":9,"showRemoved":true,"selected":"pier.md"}`
	var w workspace
	if err := json.Unmarshal([]byte(old), &w); err != nil {
		t.Fatal(err)
	}
	want := workspace{
		Files:     []storedFile{{"harbour.txt", []byte("The ferry leaves at nine.")}, {"pier.md", []byte(`"We open at dawn," said she.`)}},
		Tolerance: 0.25, MinWords: 9, ShowRemoved: true, Selected: "pier.md",
	}
	if !reflect.DeepEqual(w, want) {
		t.Errorf("decoded %+v\nwant %+v", w, want)
	}
}

// TestWorkspaceFormat pins the stored keys, snake_case, and reads them
// back; a workspace with both spellings of a setting takes the current one.
func TestWorkspaceFormat(t *testing.T) {
	w := newWorkspace([]annotations.File{{Name: "a.txt", Data: []byte("Ab")}}, settings{Tolerance: 0.5, MinWords: 4, ShowRemoved: true}, "a.txt")
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"files":[{"name":"a.txt","data":"QWI="}],"tolerance":0.5,"min_words":4,"show_removed":true,"selected":"a.txt"}`
	if string(b) != want {
		t.Errorf("stored as %s\nwant %s", b, want)
	}
	var back workspace
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, w) {
		t.Errorf("read back %+v (%v), want %+v", back, err, w)
	}
	both := `{"files":[],"min_words":5,"minWords":8,"show_removed":false,"showRemoved":true}`
	if err := json.Unmarshal([]byte(both), &back); err != nil || back.MinWords != 5 || back.ShowRemoved {
		t.Errorf("with both spellings: %+v (%v), want min words 5, removed text hidden", back, err)
	}
	if err := json.Unmarshal([]byte(`{"files":`), &back); err == nil {
		t.Error("a broken workspace decoded without an error")
	}
	if err := json.Unmarshal([]byte(`{"minWords":"many"}`), &back); err == nil {
		t.Error("a workspace with a bad old setting decoded without an error")
	}
}
