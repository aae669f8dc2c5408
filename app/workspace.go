package app

import (
	"encoding/json"
	"fmt"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workspace is what survives a reload: the files as given (so they can be
// analysed again by a newer engine) and the reader's settings. Its keys are
// snake_case, as in the report and the engine's protocol; decoding also
// reads the camelCase keys a workspace stored before had (see
// UnmarshalJSON), so nothing a reader stored is lost.
type workspace struct {
	Files       []storedFile `json:"files"`
	Tolerance   float64      `json:"tolerance"`
	MinWords    int          `json:"min_words"`
	ShowRemoved bool         `json:"show_removed"`
	Selected    string       `json:"selected,omitempty"`
	// SetAside names the files that stopped the engine: a reload keeps
	// them but does not analyse them again.
	SetAside []string `json:"set_aside,omitempty"`
	// Original names the file marked as the original, the others'
	// quotations checked against it; empty for none.
	Original string `json:"original,omitempty"`
}

// storedFile is one file of the stored workspace. It has keys of its own
// rather than annotations.File's, so the stored format does not change
// when that type's does. Go's JSON decoder matches keys without regard to
// case: the "Name" and "Data" of a workspace stored with annotations.File
// read into these fields too.
//
// In memory, and in a workspace stored whole (legacyKey), Data holds the
// bytes; in the stored index (workspaceKey) Parts names the parts that
// hold them, in order, and Size is their length, so a part lost is noticed.
type storedFile struct {
	Name  string   `json:"name"`
	Data  []byte   `json:"data,omitempty"`
	Size  int      `json:"size,omitempty"`
	Parts []string `json:"parts,omitempty"`
}

// legacyWorkspace holds the keys of the workspace as stored before it was
// snake_case: minWords and showRemoved.
type legacyWorkspace struct {
	MinWords    *int  `json:"minWords"`
	ShowRemoved *bool `json:"showRemoved"`
}

// UnmarshalJSON reads a stored workspace in the current format or in the
// one before it; where a workspace has both keys of a setting, the
// snake_case one wins.
func (w *workspace) UnmarshalJSON(b []byte) error {
	type plain workspace // without this method
	var cur plain
	if err := json.Unmarshal(b, &cur); err != nil {
		return err
	}
	var old legacyWorkspace
	if err := json.Unmarshal(b, &old); err != nil {
		return err
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return err
	}
	if _, ok := keys["min_words"]; !ok && old.MinWords != nil {
		cur.MinWords = *old.MinWords
	}
	if _, ok := keys["show_removed"]; !ok && old.ShowRemoved != nil {
		cur.ShowRemoved = *old.ShowRemoved
	}
	*w = workspace(cur)
	return nil
}

// newWorkspace returns the workspace to store for files, settings s and
// the document shown.
func newWorkspace(files []annotations.File, s settings, selected string) workspace {
	w := workspace{Tolerance: s.Tolerance, MinWords: s.MinWords, ShowRemoved: s.ShowRemoved, Selected: selected}
	w.Files = make([]storedFile, len(files))
	for i, f := range files {
		w.Files[i] = storedFile{Name: f.Name, Data: f.Data}
	}
	return w
}

// files returns the workspace's files.
func (w workspace) files() []annotations.File {
	files := make([]annotations.File, len(w.Files))
	for i, f := range w.Files {
		files[i] = annotations.File{Name: f.Name, Data: f.Data}
	}
	return files
}

// settings are the reader's choices that change how a report is made or shown.
type settings struct {
	Tolerance   float64
	MinWords    int
	ShowRemoved bool
}

func defaultSettings() settings {
	o := annotations.DefaultMatchOptions()
	return settings{Tolerance: o.Tolerance, MinWords: o.MinWords}
}

// valid clamps settings read from storage or from a control into range.
func (s settings) valid() settings {
	if !(s.Tolerance >= 0) { // also catches NaN
		s.Tolerance = 0
	}
	// Past MaxTolerance unrelated remarks join: the page stops there.
	s.Tolerance = min(s.Tolerance, annotations.MaxTolerance)
	s.MinWords = max(minMinWords, min(s.MinWords, maxMinWords))
	return s
}

// storageError says why the page may not use localStorage, or nil. Where
// the browser forbids storage (all cookies blocked, some private modes)
// merely reading window.localStorage throws, and syscall/js cannot recover
// from an exception thrown by a property read: it ends the program. An
// exception thrown in a call becomes a panic that can be recovered, so the
// property is read through Reflect.get.
func storageError() (err error) {
	if storageForbidden != nil {
		return storageForbidden
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	app.Window().Get("Reflect").Call("get", app.Window(), "localStorage")
	return nil
}

// storageForbidden is set by ShieldStorage when the browser forbids storage.
var storageForbidden error

// ShieldStorage keeps a browser that forbids storage from ending the
// program. Where reading window.localStorage throws, go-app's own start-up
// (it sweeps expired states out of localStorage) dies on an exception that
// syscall/js cannot recover. ShieldStorage then shadows the property with
// an empty stand-in, so the page runs, and remembers why: the reader is
// told the workspace will not survive a reload. Call it in the browser,
// before go-app starts.
func ShieldStorage() {
	err := storageError()
	if err == nil {
		return
	}
	storageForbidden = err
	stand := app.Window().Get("Object").New()
	stand.Set("length", 0)
	desc := app.Window().Get("Object").New()
	desc.Set("value", stand)
	desc.Set("configurable", true)
	func() {
		defer func() { recover() }() // a property that cannot be shadowed stays as it is
		app.Window().Get("Object").Call("defineProperty", app.Window(), "localStorage", desc)
	}()
}
