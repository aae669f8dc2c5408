package app

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	"github.com/crossquote/crossquote/annotations"
)

// admit decides which of the files a reader dropped or chose are read.
// It runs before any byte is read, so a mistaken drop of a video or of a
// whole folder never holds the tab: a file over annotations.MaxFileSize is
// refused by the size the browser reports, and the files beyond
// annotations.MaxFiles (counting the have files already in the workspace)
// are left out. Two files of one drop with the same name (from different
// folders) are both kept, the second renamed, as the engine names them.
// Every file not kept gets a message naming it.
func admit(have int, files []pendingFile) (keep []pendingFile, notes []message) {
	room := max(annotations.MaxFiles-have, 0)
	seen := map[string]bool{}
	var left []string
	for _, f := range files {
		if f.Size > annotations.MaxFileSize {
			notes = append(notes, message{f.Name, annotations.TooLarge(f.Name, f.Size).Error(), true})
			continue
		}
		if len(keep) == room {
			left = append(left, f.Name)
			continue
		}
		f.Name = uniqueName(f.Name, seen)
		seen[f.Name] = true
		keep = append(keep, f)
	}
	if len(left) > 0 {
		notes = append(notes, message{"", fmt.Sprintf("%d file%s left out (%s): crossquote takes at most %d files at a time.",
			len(left), map[bool]string{true: " was", false: "s were"}[len(left) == 1], listNames(left, 3), annotations.MaxFiles), true})
	}
	return keep, notes
}

// uniqueName returns name, or name with " (2)", " (3)"… before its
// extension when taken already has it.
func uniqueName(name string, taken map[string]bool) string {
	ext := path.Ext(name)
	unique := name
	for n := 2; taken[unique]; n++ {
		unique = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), n, ext)
	}
	return unique
}

// listNames names the first n of names and says how many more there are.
func listNames(names []string, n int) string {
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:n], ", ") + fmt.Sprintf(" and %d more", len(names)-n)
}

// repeats handles files that have the name of a file in the workspace. The
// same file given again (same name, same bytes) is not analysed again and
// the reader is told; a file with new content replaces the old one, which
// the reader is told too. It returns the files to analyse.
func (s *session) repeats(files []annotations.File) []annotations.File {
	var out []annotations.File
	for _, f := range files {
		i := s.fileIndex(f.Name)
		switch {
		case i < 0:
			out = append(out, f)
		case bytes.Equal(s.files[i].Data, f.Data):
			s.dropMessages(repeatNote + f.Name)
			s.note(repeatNote+f.Name, fmt.Sprintf("%s was added again: it is the same file as the %s already here, so nothing changed.", f.Name, f.Name), false)
		default:
			s.dropMessages(repeatNote + f.Name)
			s.note(repeatNote+f.Name, fmt.Sprintf("%s replaces the earlier file of the same name.", f.Name), false)
			out = append(out, f)
		}
	}
	return out
}
