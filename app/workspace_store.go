package app

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The workspace is stored in localStorage as an index and parts. The index
// (workspaceKey) holds the settings and, for each file, the keys of the
// parts its bytes are in; a part (partPrefix and a hash of its bytes) holds
// at most partBytes of one file. A save writes the parts first, a few in
// each browser task, and the index last, in one write: a reload finds the
// previous index or the new one, each with all its parts, never half of
// each. The parts no stored index names are deleted after.
const (
	// workspaceKey holds the index. The version suffix lets a future
	// format move to a new key instead of misreading an old one.
	workspaceKey = "crossquote.workspace.v2"
	// legacyKey held the whole workspace, every file's bytes in one value,
	// before it was stored in parts; it is read when there is no index, and
	// deleted once an index is stored.
	legacyKey = "crossquote.workspace.v1"
	// partPrefix begins the key of every part.
	partPrefix = "crossquote.part."
)

// partBytes is the most bytes of a file one part holds. Encoding and
// writing the whole workspace in one value held the page's thread for a
// third of a second after a drop of a hundred articles, and longer the
// larger the workspace; a part costs a few milliseconds, and a part
// already stored (the same bytes) is not written again, so adding a file
// to a large workspace writes that file and the index only.
const partBytes = 128 << 10

// storage is what the workspace needs of the browser's localStorage;
// ctx.LocalStorage() has it, and the tests have one in memory.
type storage interface {
	Set(k string, v any) error
	Get(k string, v any) error
	Del(k string)
	Contains(k string) bool
	ForEach(f func(k string))
}

// errForbidden is what the reader is told where the browser does not let
// the page use localStorage at all.
func errForbidden(why any) error {
	return fmt.Errorf("this browser does not allow storage, so the workspace will not survive a reload (%v)", why)
}

// errRefused is what the reader is told when not even the index could be
// stored.
var errRefused = fmt.Errorf("this browser refused to store the workspace (storage full or disabled): the analysis works, but a reload will show the workspace as it was last stored, without these changes")

// saver stores one workspace, a step at a time (step). When the browser
// refuses a part (storage full), the file it belongs to is left out and
// the others are stored: the files are written smallest first, so the
// largest are the ones left out, and a reload restores a consistent
// workspace without them.
type saver struct {
	st    storage
	w     workspace
	order []int      // the files in the order written, smallest first
	at    int        // how far along order the save is
	parts [][]string // the keys of the parts written, for each file
	out   []bool     // the files left out
	// before holds the parts the index stored before names, wrote those
	// this save wrote: once the save is over, those of either that the
	// index stored then does not name are deleted. Stored names those.
	before, wrote, Stored map[string]bool
	freed                 bool // the parts no index names were deleted to make room
	stop                  bool // a newer save or a clear took over: step does nothing

	// left names the files left out, err is set when not even the index
	// could be stored; both are final once step has returned true.
	left []string
	err  error
}

// newSaver returns a saver of w into st; nothing is written until step.
// before is the set of parts the index stored before names, as the last
// save or the load left it (saver.Stored, partKeys); nil has the saver
// read the index, which for a thousand files takes the page a tenth of a
// second.
func newSaver(st storage, w workspace, before map[string]bool) *saver {
	s := &saver{st: st, w: w, parts: make([][]string, len(w.Files)), out: make([]bool, len(w.Files))}
	s.order = make([]int, len(w.Files))
	for i := range s.order {
		s.order[i] = i
	}
	slices.SortStableFunc(s.order, func(i, j int) int { return len(w.Files[i].Data) - len(w.Files[j].Data) })
	if s.before = before; before == nil {
		s.before, _ = storedParts(st)
	}
	s.wrote = map[string]bool{}
	return s
}

// adopt stops the save old, which this one takes over: the parts old
// wrote are deleted with this save's own if its index does not name them.
func (s *saver) adopt(old *saver) {
	old.stop = true
	maps.Copy(s.wrote, old.wrote)
}

// step writes parts for about budget (at least one when any is left) and,
// once all are written, the index. It reports whether the save is over.
func (s *saver) step(budget time.Duration) bool {
	if s.stop {
		return true
	}
	start, wrote := time.Now(), false
	for s.at < len(s.order) {
		i := s.order[s.at]
		data := s.w.Files[i].Data
		off := len(s.parts[i]) * partBytes
		if off >= len(data) {
			s.at++
			continue
		}
		if wrote && time.Since(start) >= budget {
			return false
		}
		wrote = true
		chunk := data[off:min(len(data), off+partBytes)]
		key := partKey(chunk)
		if err := s.put(key, chunk); err != nil {
			s.out[i] = true
			s.left = append(s.left, s.w.Files[i].Name)
			s.at++
			continue
		}
		s.parts[i] = append(s.parts[i], key)
	}
	s.finish()
	return true
}

// put stores a part unless it is stored already. When the browser refuses
// it, the parts that neither the stored index nor this save names are
// deleted, once, and the part is tried again.
func (s *saver) put(key string, chunk []byte) error {
	if s.st.Contains(key) {
		return nil
	}
	s.wrote[key] = true
	err := s.st.Set(key, chunk)
	if err != nil && !s.freed {
		s.freed = true
		if keep, ok := storedParts(s.st); ok {
			for _, p := range s.parts {
				for _, k := range p {
					keep[k] = true
				}
			}
			collect(s.st, keep)
			err = s.st.Set(key, chunk)
		}
	}
	return err
}

// finish stores the index of the files written, then deletes the parts
// no stored index names of those the index before it named and those this
// save wrote (for files it left out, or for an index refused). It does
// not look through every key:
// with a thousand files that alone held the page for a tenth of a second.
// Parts a save interrupted by a reload wrote and no index names are
// deleted when the storage is full (put) or cleared.
func (s *saver) finish() {
	index := s.w
	index.Files = nil
	for i, f := range s.w.Files {
		if !s.out[i] {
			index.Files = append(index.Files, storedFile{Name: f.Name, Size: len(f.Data), Parts: s.parts[i]})
		}
	}
	s.Stored = s.before
	if err := s.st.Set(workspaceKey, index); err != nil {
		s.err = errRefused
	} else {
		s.st.Del(legacyKey)
		s.Stored = partKeys(index)
	}
	for _, keys := range []map[string]bool{s.before, s.wrote} {
		for k := range keys {
			if !s.Stored[k] {
				s.st.Del(k)
			}
		}
	}
}

// partKey is the key of the part holding chunk: a hash of its bytes, so
// the same bytes are stored once.
func partKey(chunk []byte) string {
	sum := sha256.Sum256(chunk)
	return partPrefix + hex.EncodeToString(sum[:16])
}

// storedParts returns the keys of the parts the stored workspace names
// (the index, or none for a workspace stored whole); ok is false when the
// index cannot be read, and then no part may be deleted.
func storedParts(st storage) (keys map[string]bool, ok bool) {
	keys = map[string]bool{}
	if !st.Contains(workspaceKey) {
		return keys, true
	}
	var w workspace
	if err := st.Get(workspaceKey, &w); err != nil {
		return nil, false
	}
	return partKeys(w), true
}

// partKeys returns the keys of the parts the files of an index name.
func partKeys(w workspace) map[string]bool {
	keys := map[string]bool{}
	for _, f := range w.Files {
		for _, k := range f.Parts {
			keys[k] = true
		}
	}
	return keys
}

// collect deletes the parts not in keep.
func collect(st storage, keep map[string]bool) {
	st.ForEach(func(k string) {
		if strings.HasPrefix(k, partPrefix) && !keep[k] {
			st.Del(k)
		}
	})
}

// readWorkspace returns the stored workspace, its files' bytes put back
// together (their Parts kept, see partKeys); ok is false when there is
// none. A file whose parts are not all there is left out and named in
// lost, the rest restored.
func readWorkspace(st storage) (w workspace, lost []string, ok bool, err error) {
	key := workspaceKey
	if !st.Contains(key) {
		if key = legacyKey; !st.Contains(key) {
			return w, nil, false, nil
		}
	}
	if err := st.Get(key, &w); err != nil {
		return workspace{}, nil, false, fmt.Errorf("the stored workspace could not be read and was ignored: %v", err)
	}
	files := w.Files[:0]
	for _, f := range w.Files {
		if f.Parts != nil || f.Size > 0 {
			var err error
			if f.Data, err = readParts(st, f); err != nil {
				lost = append(lost, f.Name)
				continue
			}
		}
		files = append(files, f)
	}
	w.Files = files
	return w, lost, true, nil
}

// readParts returns the bytes of a file stored in parts.
func readParts(st storage, f storedFile) ([]byte, error) {
	data := make([]byte, 0, f.Size)
	for _, k := range f.Parts {
		var part []byte
		if !st.Contains(k) {
			return nil, fmt.Errorf("part %s is missing", k)
		}
		if err := st.Get(k, &part); err != nil {
			return nil, err
		}
		data = append(data, part...)
	}
	if len(data) != f.Size {
		return nil, fmt.Errorf("%d bytes stored of %d", len(data), f.Size)
	}
	return data, nil
}

// loadWorkspace returns the stored workspace; ok is false when there is
// none. err says what the reader should know: that storage is forbidden,
// that the workspace could not be read, or which files of it could not be
// (the others are in w).
func loadWorkspace(ctx app.Context) (w workspace, ok bool, err error) {
	// Reading localStorage throws when the browser forbids storage; go-app
	// turns that into a panic.
	defer func() {
		if r := recover(); r != nil {
			w, ok, err = workspace{}, false, errForbidden(r)
		}
	}()
	if err := storageError(); err != nil {
		return w, false, errForbidden(err)
	}
	w, lost, ok, err := readWorkspace(ctx.LocalStorage())
	switch {
	case err != nil:
		return w, false, err
	case len(lost) == 1:
		err = fmt.Errorf("%s could not be read back from this browser's storage and was left out; the other files are restored", lost[0])
	case len(lost) > 1:
		err = fmt.Errorf("%d files could not be read back from this browser's storage and were left out: %s; the other files are restored", len(lost), listNames(lost, 3))
	}
	return w, ok, err
}

// clearWorkspace forgets the stored workspace: the index, the parts and
// a workspace stored whole.
func clearWorkspace(ctx app.Context) {
	if storageError() != nil {
		return // nothing stored where storage is forbidden
	}
	defer func() { recover() }()
	st := ctx.LocalStorage()
	st.Del(workspaceKey)
	st.Del(legacyKey)
	collect(st, nil)
}
