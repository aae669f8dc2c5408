package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

// memStorage is localStorage in memory: values as the JSON go-app's
// storage writes, and, as a nearly full browser storage does, a limit on
// the bytes of one value (maxValue) and of all (maxTotal), 0 for none.
type memStorage struct {
	values             map[string][]byte
	maxValue, maxTotal int
	sets               int // values written
}

func newMemStorage() *memStorage { return &memStorage{values: map[string][]byte{}} }

var errQuota = errors.New("QuotaExceededError")

func (m *memStorage) Set(k string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	total := len(b)
	for key, old := range m.values {
		if key != k {
			total += len(old)
		}
	}
	if (m.maxValue > 0 && len(b) > m.maxValue) || (m.maxTotal > 0 && total > m.maxTotal) {
		return errQuota
	}
	m.values[k] = b
	m.sets++
	return nil
}

func (m *memStorage) Get(k string, v any) error {
	if b, ok := m.values[k]; ok {
		return json.Unmarshal(b, v)
	}
	return nil
}

func (m *memStorage) Del(k string)           { delete(m.values, k) }
func (m *memStorage) Contains(k string) bool { _, ok := m.values[k]; return ok }
func (m *memStorage) ForEach(f func(k string)) {
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range m.values {
			if !yield(k) {
				return
			}
		}
	}) {
		f(k)
	}
}

// parts returns how many parts st holds.
func (m *memStorage) parts() int {
	n := 0
	for k := range m.values {
		if strings.HasPrefix(k, partPrefix) {
			n++
		}
	}
	return n
}

// save stores w in st to the end, as the page does a step per browser
// task, and returns the saver; it fails the test when a step writes more
// than one part though its budget is none.
func save(t *testing.T, st *memStorage, w workspace) *saver {
	t.Helper()
	s := newSaver(st, w, nil)
	for steps := 0; ; steps++ {
		before := st.sets
		over := s.step(0)
		if !over && st.sets-before > 1 {
			t.Fatalf("step %d wrote %d values with no time to spend", steps, st.sets-before)
		}
		if over {
			return s
		}
		if steps > 10000 {
			t.Fatal("the save never ends")
		}
	}
}

// fileOf returns a file of n bytes of fictional text.
func fileOf(name string, n int) annotations.File {
	line := fmt.Sprintf("The ferry %s left the quay at dawn. ", name)
	return annotations.File{Name: name, Data: []byte(strings.Repeat(line, n/len(line)+1)[:n])}
}

func workspaceOf(files ...annotations.File) workspace {
	return newWorkspace(files, settings{Tolerance: 0.2, MinWords: 6}, files[0].Name)
}

// TestSaveWorkspace stores files of every size in parts, a part a step,
// and reads them back as they were; bytes two files share are stored once.
func TestSaveWorkspace(t *testing.T) {
	big := fileOf("big.txt", 2*partBytes+17)
	twin := annotations.File{Name: "twin.txt", Data: big.Data}
	w := workspaceOf(fileOf("a.txt", 300), annotations.File{Name: "empty.txt"}, big, twin)
	w.Original, w.SetAside = "a.txt", []string{"empty.txt"}
	st := newMemStorage()
	s := save(t, st, w)
	if s.err != nil || s.left != nil {
		t.Fatalf("save: left %v, %v", s.left, s.err)
	}
	// a.txt one part, big.txt three, twin.txt the same three.
	if n := st.parts(); n != 4 {
		t.Errorf("%d parts stored, want 4", n)
	}
	back, lost, ok, err := readWorkspace(st)
	if err != nil || !ok || lost != nil {
		t.Fatalf("read back: lost %v, ok %v, %v", lost, ok, err)
	}
	if !reflect.DeepEqual(back.files(), w.files()) || back.Original != "a.txt" || !slices.Equal(back.SetAside, w.SetAside) || back.MinWords != 6 {
		t.Errorf("read back %+v\nwant %+v", back, w)
	}
}

// TestSaveWorkspaceAgain stores a changed workspace: only new bytes are
// written, and the parts of the files gone are deleted.
func TestSaveWorkspaceAgain(t *testing.T) {
	a, b, c := fileOf("a.txt", 500), fileOf("b.txt", partBytes+1), fileOf("c.txt", 700)
	st := newMemStorage()
	save(t, st, workspaceOf(a, b))
	before := st.sets
	save(t, st, workspaceOf(a, c))
	if wrote := st.sets - before; wrote != 2 {
		t.Errorf("adding c.txt wrote %d values, want 2: its part and the index", wrote)
	}
	if n := st.parts(); n != 2 {
		t.Errorf("%d parts stored, want 2: b.txt's are gone", n)
	}
	back, _, _, _ := readWorkspace(st)
	if names := fileNames(back.files()); !slices.Equal(names, []string{"a.txt", "c.txt"}) {
		t.Errorf("read back %v", names)
	}
}

func fileNames(files []annotations.File) []string {
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	return names
}

// TestSaveWorkspaceFull lets the storage take only small values: the file
// too large is left out, smallest files first so the largest are the ones
// left out, the rest stored in their order, and the parts written for the
// file left out deleted.
func TestSaveWorkspaceFull(t *testing.T) {
	st := newMemStorage()
	st.maxTotal = 3 * partBytes
	files := []annotations.File{fileOf("large.txt", 3*partBytes), fileOf("small.txt", 400), fileOf("mid.txt", partBytes/2)}
	s := save(t, st, workspaceOf(files...))
	if s.err != nil || !slices.Equal(s.left, []string{"large.txt"}) {
		t.Fatalf("left out %v (%v), want large.txt", s.left, s.err)
	}
	back, _, _, _ := readWorkspace(st)
	if names := fileNames(back.files()); !slices.Equal(names, []string{"small.txt", "mid.txt"}) {
		t.Errorf("stored %v, want small.txt and mid.txt in order", names)
	}
	if n := st.parts(); n != 2 {
		t.Errorf("%d parts stored, want 2", n)
	}
}

// TestSaveWorkspaceFrees makes room for a new file by deleting the parts
// that no stored index names before it gives up on it.
func TestSaveWorkspaceFrees(t *testing.T) {
	st := newMemStorage()
	stale := fileOf("stale.txt", partBytes)
	st.Set(partKey(stale.Data), stale.Data) // a save that never stored its index
	// Room for the stale part and half a new one: the new file's part
	// (base64, a third larger) fits only once the stale one is gone.
	st.maxTotal = len(st.values[partKey(stale.Data)]) + partBytes/2
	s := save(t, st, workspaceOf(fileOf("new.txt", partBytes/2)))
	if s.err != nil || s.left != nil {
		t.Fatalf("left out %v (%v): the stale part should have made room", s.left, s.err)
	}
	if st.Contains(partKey(stale.Data)) {
		t.Error("the stale part is still stored")
	}
}

// TestSaveWorkspaceRefused keeps the stored workspace as it was when not
// even the index can be stored, and deletes the parts written for it.
func TestSaveWorkspaceRefused(t *testing.T) {
	st := newMemStorage()
	first := workspaceOf(fileOf("a.txt", 300))
	save(t, st, first)
	index := st.values[workspaceKey]
	st.maxValue = len(index) // a part fits, the larger index does not
	s := save(t, st, workspaceOf(fileOf("a.txt", 300), fileOf("b.txt", 10), fileOf("c.txt", 10)))
	if s.err == nil {
		t.Fatal("a refused index gave no error")
	}
	if !bytes.Equal(st.values[workspaceKey], index) {
		t.Errorf("the stored index changed to %s", st.values[workspaceKey])
	}
	if n := st.parts(); n != 1 {
		t.Errorf("%d parts stored, want a.txt's only", n)
	}
}

// TestSaveWorkspaceLegacy reads a workspace stored whole, as the page did
// before parts, and stores it in parts, the whole one deleted.
func TestSaveWorkspaceLegacy(t *testing.T) {
	st := newMemStorage()
	st.values[legacyKey] = []byte(`{"files":[{"name":"harbour.txt","data":"VGhlIGZlcnJ5IGxlYXZlcyBhdCBuaW5lLg=="}],"tolerance":0.25,"min_words":9,"selected":"harbour.txt"}`)
	w, lost, ok, err := readWorkspace(st)
	if err != nil || !ok || lost != nil || len(w.Files) != 1 || string(w.Files[0].Data) != "The ferry leaves at nine." || w.MinWords != 9 {
		t.Fatalf("read %+v (lost %v, %v, %v)", w, lost, ok, err)
	}
	save(t, st, w)
	if st.Contains(legacyKey) || !st.Contains(workspaceKey) {
		t.Error("the whole workspace is still stored, or the index is not")
	}
	again, _, _, _ := readWorkspace(st)
	if !reflect.DeepEqual(withoutParts(again), withoutParts(w)) {
		t.Errorf("read back %+v, want %+v", again, w)
	}
}

// withoutParts returns w with its files' bytes only, as the page holds
// them.
func withoutParts(w workspace) workspace {
	w.Files = slices.Clone(w.Files)
	for i, f := range w.Files {
		w.Files[i] = storedFile{Name: f.Name, Data: f.Data}
	}
	return w
}

// TestReadWorkspaceLost leaves out, by name, a file one of whose parts is
// gone, and restores the others.
func TestReadWorkspaceLost(t *testing.T) {
	st := newMemStorage()
	gone := fileOf("gone.txt", partBytes+5)
	save(t, st, workspaceOf(fileOf("kept.txt", 100), gone))
	st.Del(partKey(gone.Data[partBytes:]))
	w, lost, ok, err := readWorkspace(st)
	if err != nil || !ok || !slices.Equal(lost, []string{"gone.txt"}) {
		t.Fatalf("lost %v (%v, %v), want gone.txt", lost, ok, err)
	}
	if names := fileNames(w.files()); !slices.Equal(names, []string{"kept.txt"}) {
		t.Errorf("restored %v, want kept.txt", names)
	}
}

// TestSaveWorkspaceStopped writes nothing more once a newer save or a
// clear has taken over.
func TestSaveWorkspaceStopped(t *testing.T) {
	st := newMemStorage()
	s := newSaver(st, workspaceOf(fileOf("a.txt", 3*partBytes)), nil)
	if s.step(0) {
		t.Fatal("a save of three parts was over after one step")
	}
	s.stop = true
	before := st.sets
	if !s.step(0) || st.sets != before || st.Contains(workspaceKey) {
		t.Error("a stopped save went on writing")
	}
}
