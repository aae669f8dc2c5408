package app

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

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
		Files:     []storedFile{{Name: "harbour.txt", Data: []byte("The ferry leaves at nine.")}, {Name: "pier.md", Data: []byte(`"We open at dawn," said she.`)}},
		Tolerance: 0.25, MinWords: 9, ShowRemoved: true, Selected: "pier.md",
	}
	if !reflect.DeepEqual(w, want) {
		t.Errorf("decoded %+v\nwant %+v", w, want)
	}
}

// TestWorkspaceFormat pins the stored index's keys, snake_case, and the
// part's, and reads them back; a workspace with both spellings of a
// setting takes the current one.
func TestWorkspaceFormat(t *testing.T) {
	w := newWorkspace([]annotations.File{{Name: "a.txt", Data: []byte("Ab")}}, settings{Tolerance: 0.5, MinWords: 4, ShowRemoved: true}, "a.txt")
	st := newMemStorage()
	save(t, st, w)
	want := `{"files":[{"name":"a.txt","size":2,"parts":["` + partKey([]byte("Ab")) + `"]}],"tolerance":0.5,"min_words":4,"show_removed":true,"selected":"a.txt"}`
	if got := string(st.values[workspaceKey]); got != want {
		t.Errorf("index stored as %s\nwant %s", got, want)
	}
	if got := string(st.values[partKey([]byte("Ab"))]); got != `"QWI="` {
		t.Errorf("part stored as %s, want the bytes in base64", got)
	}
	back, lost, ok, err := readWorkspace(st)
	if err != nil || !ok || lost != nil || !reflect.DeepEqual(withoutParts(back), w) {
		t.Errorf("read back %+v (lost %v, %v, %v), want %+v", back, lost, ok, err, w)
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
