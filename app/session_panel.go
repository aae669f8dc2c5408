package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crossquote/crossquote/annotations"
)

// The session's part in working through the panel: its filters and the
// j/k walk, the comparison's first pair, Clear all and its undo, the
// example's question, dismissing messages and checking what the reader
// types into the settings.

// setFilter narrows the groups panel to f.
func (s *session) setFilter(f panelFilter) { s.filter = f }

// walk moves to the next (d > 0) or previous (d < 0) item of the groups
// panel as the filters leave it, across documents: the reader shows the
// item's group in the document shown when it has it, else in the first
// that does. It returns the group to show; ok is false, with a status
// saying so, when the panel is empty.
func (s *session) walk(d int) (group string, ok bool) {
	x := s.index
	items := x.panelItems(s.filter)
	if len(items) == 0 {
		s.status = "The panel lists no shared item to move to."
		if s.filter.active() {
			s.status = "No shared item passes the panel's filters."
		}
		return "", false
	}
	i := -1
	for k, it := range items {
		if x.key(it) == s.at {
			i = k
			break
		}
	}
	switch {
	case i < 0 && d > 0:
		i = 0
	case i < 0:
		i = len(items) - 1
	default:
		i = ((i+d)%len(items) + len(items)) % len(items)
	}
	s.at = x.key(items[i])
	group, doc := x.target(items[i], s.selected)
	if doc != "" {
		s.selected = doc
	}
	return group, group != ""
}

// bestPair returns the two documents that share most: the pair whose
// bodies carry most of each other, else the first two documents.
func (s *session) bestPair() (a, b string) {
	x := s.index
	best := -1.0
	for i := range x.report.Pairs {
		p := &x.report.Pairs[i] // not a copy: there may be thousands
		if da, db := x.byName[p.A], x.byName[p.B]; da == nil || db == nil || da.DuplicateOf != "" || db.DuplicateOf != "" {
			continue
		}
		if v := p.AShare + p.BShare; v > best {
			best, a, b = v, p.A, p.B
		}
	}
	if best >= 0 {
		return a, b
	}
	var names []string
	for _, d := range x.matched {
		names = append(names, d.Name)
	}
	return first(names, 0), first(names, 1)
}

// clearAll empties the workspace and keeps what it held, so undoClear can
// bring it back until the next change.
func (s *session) clearAll() {
	var keep *workspace
	if len(s.files) > 0 {
		w := s.stored()
		keep = &w
	}
	s.reset()
	s.undo = keep
	s.status = "Workspace cleared."
}

// undoClear returns the files to analyse again after Clear all, with the
// settings and selection they had; ok is false when there is nothing to
// undo.
func (s *session) undoClear() (files []annotations.File, ok bool) {
	w := s.undo
	if w == nil {
		return nil, false
	}
	s.reset()
	return s.restore(*w), true
}

// wantExample is the reader's click on Example: it reports whether the
// example can be added at once (the workspace is empty); otherwise the
// page asks first (askExample).
func (s *session) wantExample() (now bool) {
	if len(s.files) == 0 {
		return true
	}
	s.askExample = true
	return false
}

// answerExample takes the reader's answer to the example's question: add
// it to the sources, replace them by it (they can be brought back with
// undo), or neither. It reports whether to add the example now.
func (s *session) answerExample(add, replace bool) bool {
	s.askExample = false
	if replace {
		s.clearAll()
		return true
	}
	return add
}

// dismissAll forgets every message.
func (s *session) dismissAll() { s.messages = nil }

// dismiss forgets message i.
func (s *session) dismiss(i int) {
	if i >= 0 && i < len(s.messages) {
		s.messages = append(s.messages[:i:i], s.messages[i+1:]...)
	}
}

// Bounds of the settings as the page offers them: the tolerance in whole
// percents up to annotations.MaxTolerance, where groups stop being
// meaningful, and the minimum words.
const (
	maxTolerancePercent = int(annotations.MaxTolerance * 100)
	minMinWords         = 1
	maxMinWords         = 50
)

// editTolerance takes the tolerance slider's value (whole percents). A
// value that is not a number from 0 to maxTolerancePercent is refused
// with an error saying so, and the setting stays. It reports whether the
// groups must be made again.
func (s *session) editTolerance(text string) (regroup bool) {
	v, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
	if err != nil || v < 0 || v > float64(maxTolerancePercent) {
		s.fieldError("tolerance", fmt.Sprintf("The tolerance is a percentage from 0 to %d; %q is not one.", maxTolerancePercent, text))
		return false
	}
	s.fieldError("tolerance", "")
	return s.changeSettings(func(st *settings) { st.Tolerance = v / 100 })
}

// editMinWords takes what the reader typed into the minimum-words field.
// Anything but a whole number from minMinWords to maxMinWords is refused
// with an error saying what is wrong, and the setting stays. It reports
// whether the groups must be made again.
func (s *session) editMinWords(text string) (regroup bool) {
	t := strings.TrimSpace(text)
	v, err := strconv.Atoi(t)
	switch {
	case t == "":
		s.fieldError("min-words", fmt.Sprintf("Enter a number of words from %d to %d.", minMinWords, maxMinWords))
	case err != nil:
		s.fieldError("min-words", fmt.Sprintf("%q is not a whole number: enter one from %d to %d.", t, minMinWords, maxMinWords))
	case v < minMinWords:
		s.fieldError("min-words", fmt.Sprintf("%d is too few: enter a number from %d to %d.", v, minMinWords, maxMinWords))
	case v > maxMinWords:
		s.fieldError("min-words", fmt.Sprintf("%d is more than %d: enter a number from %d to %d.", v, maxMinWords, minMinWords, maxMinWords))
	default:
		s.fieldError("min-words", "")
		return s.changeSettings(func(st *settings) { st.MinWords = v })
	}
	return false
}

// fieldError sets (or with "" clears) the error shown under field id.
func (s *session) fieldError(id, text string) {
	if text == "" {
		delete(s.fieldErrors, id)
		return
	}
	if s.fieldErrors == nil {
		s.fieldErrors = map[string]string{}
	}
	s.fieldErrors[id] = text
}
