package app

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
)

// session is the page's state as a plain Go value: the workspace's files,
// their analysed documents, the work the engine still owes, the report
// and its index, the reader's choices and the messages. Its methods are
// the page's logic without a browser: they take the engine's replies and
// return the requests to send, so native tests drive the page through
// them. The annotator owns one, changes it only on the UI goroutine, and
// does the browser's part (the worker, storage, the window).
type session struct {
	files   []annotations.File               // inputs in the order given
	docs    map[string]*annotations.Document // analysed, by file name
	pending map[string]int                   // file name → generation being analysed
	gen     int
	// setAside are the files that stopped the engine: kept, shown as
	// failed, stored as such, and never sent to the engine again.
	setAside map[string]bool
	// stops counts the engine's stops in a row that named no file: past
	// maxUnnamedStops the page gives up rather than restart it forever.
	stops  int
	report *annotations.Report
	index  *reportIndex

	settings settings

	selected           string // document shown in the reader
	compareA, compareB string
	// compareChosen says that the reader picked the compared documents;
	// until then the comparison opens on the pair that shares most.
	compareChosen bool

	// filter narrows the groups panel; at is the key (see
	// reportIndex.key) of the panel item j/k last went to.
	filter panelFilter
	at     string

	// undo is the workspace as it was before Clear all (or before the
	// example replaced it), until the next change.
	undo *workspace
	// askExample says the reader asked for the example while the
	// workspace holds sources: the page asks whether to add or replace.
	askExample bool
	// fieldErrors says what is wrong with what the reader typed into a
	// settings field, by the field's id.
	fieldErrors map[string]string

	status   string
	messages []message

	// The export shown: its kind, the download's name and text, the part
	// of the text the box shows (see shownText), the Markdown preview.
	// exportSeq is the export request awaited, download whether the
	// reader asked for the file (rather than the report having changed).
	exportKind                        engineproto.ExportKind
	exportName, exportText, exportBox string
	mdHTML                            string
	exportSeq                         int
	download                          bool

	// groupSeq is the request whose groups the page waits for (replies to
	// older ones are stale), saveAfter whether the workspace is stored
	// when they come.
	groupSeq  int
	saveAfter bool

	originalState
}

// message is a notice about one file (or about the workspace when File is
// empty), shown in #messages.
type message struct {
	File, Text string
	Error      bool
}

// Message keys: the File of messages that are not about one file's
// reading, so each kind can be replaced or dropped on its own.
const (
	// storageNote is the File of messages about the stored workspace.
	storageNote = "\x00storage"
	// duplicateNote starts the File of the message about a duplicate file.
	duplicateNote = "\x00duplicate:"
	// repeatNote starts the File of the message about a file given again.
	repeatNote = "\x00repeat:"
)

func newSession() session {
	s := session{settings: defaultSettings()}
	s.reset()
	return s
}

// reset empties the workspace and forgets the messages; the settings stay.
func (s *session) reset() {
	s.files, s.docs, s.pending = nil, map[string]*annotations.Document{}, map[string]int{}
	s.setAside, s.stops = map[string]bool{}, 0
	s.selected, s.compareA, s.compareB, s.compareChosen = "", "", "", false
	s.filter, s.at, s.askExample, s.fieldErrors = panelFilter{}, "", false, nil
	s.messages = nil
	s.exportKind, s.exportName, s.exportText, s.exportBox, s.mdHTML = "", "", "", "", ""
	s.exportSeq, s.download = 0, false
	s.groupSeq, s.saveAfter = 0, false
	s.originalState = originalState{}
	s.show(nil, nil)
	s.status = "No sources yet."
}

// restore takes the files, the settings and the selection of a stored
// workspace and returns the files to analyse: all but those set aside,
// which stay in the workspace with their message and are not tried again.
func (s *session) restore(w workspace) []annotations.File {
	s.settings = settings{Tolerance: w.Tolerance, MinWords: w.MinWords, ShowRemoved: w.ShowRemoved}.valid()
	s.selected, s.original = w.Selected, w.Original
	aside := map[string]bool{}
	for _, n := range w.SetAside {
		aside[n] = true
	}
	var todo []annotations.File
	for _, f := range w.files() {
		if s.fileIndex(f.Name) < 0 {
			s.files = append(s.files, f) // add keeps this place
		}
		if aside[f.Name] {
			s.putAside(f.Name, fmt.Sprintf("%s stopped the analysis when it was added and was left out: it is not tried again. Remove it, or add a changed version to try again.", f.Name))
		} else {
			todo = append(todo, f)
		}
	}
	s.show(nil, nil)
	return todo
}

// stored returns the workspace to store.
func (s *session) stored() workspace {
	w := newWorkspace(s.files, s.settings, s.selected)
	w.Original = s.original
	for _, f := range s.files {
		if s.setAside[f.Name] {
			w.SetAside = append(w.SetAside, f.Name)
		}
	}
	return w
}

// maxUnnamedStops is how many times in a row the page restarts an engine
// that stopped without naming the file it was analysing before it gives up:
// with no file to set aside, a restart may well stop again.
const maxUnnamedStops = 1

// putAside sets file name aside with message text: it stays in the
// workspace as a document that failed, and is never sent again.
func (s *session) putAside(name, text string) {
	s.setAside[name] = true
	delete(s.pending, name)
	s.docs[name] = &annotations.Document{Name: name, Error: text}
	s.dropMessages(name)
	s.note(name, text, true)
}

// crashed handles the engine's stop (an OpCrashed reply, or the worker's
// error event). The file it was analysing is set aside with a message
// naming it; every other file is to be analysed again by a new worker,
// which holds no document: crashed returns that request and its bytes.
// restart is false when the page gives up (the engine stopped again
// without naming a file): then nothing is pending and a message says so.
func (s *session) crashed(r engineproto.Reply) (req engineproto.Request, data [][]byte, restart bool) {
	why := r.Error
	if why == "" {
		why = "no reason given"
	}
	if f := r.File; f != nil && f.Name != "" && s.pending[f.Name] == f.Gen && f.Gen != 0 {
		s.stops = 0
		s.putAside(f.Name, fmt.Sprintf("%s stopped the analysis and was left out (%s). It stays in the workspace but is not tried again; remove it, or add a changed version to try again.", f.Name, why))
	} else if s.stops++; s.stops > maxUnnamedStops {
		clear(s.pending)
		s.note("", fmt.Sprintf("The analysis engine stopped again (%s): files can no longer be analysed in this tab. Reload the page to try again.", why), true)
		return req, nil, false
	} else {
		s.note("", fmt.Sprintf("The analysis engine stopped (%s) and was restarted.", why), true)
	}
	var again []annotations.File
	for _, f := range s.files {
		if !s.setAside[f.Name] {
			again = append(again, f)
		}
	}
	if len(again) == 0 {
		return s.regroup(true), nil, true
	}
	req, data = s.add(again)
	return s.request(req, true), data, true
}

// add adds files to the workspace (a file with a name already present
// replaces it) and returns the request that has the engine analyse them,
// with their bytes; prepare it with request before sending.
func (s *session) add(files []annotations.File) (engineproto.Request, [][]byte) {
	s.undo, s.askExample = nil, false // a change: Clear all can no longer be undone
	refs := make([]engineproto.FileRef, len(files))
	data := make([][]byte, len(files))
	at := s.fileIndexes()
	for i, f := range files {
		s.gen++
		refs[i], data[i] = engineproto.FileRef{Name: f.Name, Gen: s.gen}, f.Data
		s.pending[f.Name] = s.gen
		delete(s.setAside, f.Name) // a new version gets its chance
		s.dropMessages(f.Name)
		if j, ok := at[f.Name]; ok {
			s.files[j] = f
		} else {
			at[f.Name] = len(s.files)
			s.files = append(s.files, f)
		}
	}
	s.status = fmt.Sprintf("Analysing %d file%s…", len(files), plural(len(files)))
	return engineproto.Request{Op: engineproto.OpAdd, Files: refs}, data
}

// request completes an OpAdd or OpRegroup request for the workspace as it
// is now (its names and settings); its groups replace the current ones
// when they come, and the workspace is stored then if save is set.
func (s *session) request(req engineproto.Request, save bool) engineproto.Request {
	s.saveAfter = s.saveAfter || save
	req.Names = make([]string, len(s.files))
	for i, f := range s.files {
		req.Names[i] = f.Name
	}
	req.Tolerance, req.MinWords, req.Original = s.settings.Tolerance, s.settings.MinWords, s.original
	return req
}

// sent records the Seq of the request whose groups the page now awaits.
func (s *session) sent(seq int) { s.groupSeq = seq }

// noEngine gives up the work asked of an engine the page cannot run, and
// says why.
func (s *session) noEngine(why error) {
	clear(s.pending)
	s.status = why.Error()
}

// regroup shows the current groups minus the files removed, and returns
// the request that groups the workspace again; until its groups come the
// page shows these.
func (s *session) regroup(save bool) engineproto.Request {
	s.show(s.report.Groups, s.report.Pairs)
	return s.request(engineproto.Request{Op: engineproto.OpRegroup}, save)
}

// reply takes one reply of the engine's worker. It reports whether the
// page's wait is over (the groups awaited came, or an error ended the
// wait): the selections are then settled with settle.
func (s *session) reply(r engineproto.Reply) (done bool) {
	s.take(r)
	switch r.Op {
	case engineproto.OpDocument:
		if n := len(r.Documents); n > 0 && r.Documents[n-1].Document != nil && r.Seq == s.groupSeq {
			s.status = fmt.Sprintf("Analysed %d of %d: %s", r.Done, r.Total, r.Documents[n-1].Document.Name)
		}
	case engineproto.OpGroups:
		if r.Seq != s.groupSeq {
			return false // a newer request is on its way
		}
		// The worker handles requests in order: every file sent so far
		// has been analysed.
		clear(s.pending)
		s.stops = 0
		for _, d := range s.docs {
			d.DuplicateOf = r.Duplicates[d.Name]
		}
		s.takeChecks(r)
		s.takeSpeakers(r)
		s.show(r.Groups, r.Pairs)
		return true
	case engineproto.OpError:
		s.note("", r.Error, true)
		if r.Seq == s.groupSeq || r.Seq == 0 {
			// No groups will come for the request awaited.
			clear(s.pending)
			s.show(s.report.Groups, s.report.Pairs)
			return true
		}
	}
	return false
}

// takeSpeakers gives the documents the report's names for their speakers
// (Ann Hale where a document writes only Hale), or back their own where
// the report no longer gives another, so that the reader, the Speakers
// view and the groups name each person alike.
func (s *session) takeSpeakers(r engineproto.Reply) {
	for name, d := range s.docs {
		d.SetSpeakers(r.Speakers[name])
	}
}

// take keeps the analysed documents of reply r, except those of files
// removed or replaced since.
func (s *session) take(r engineproto.Reply) {
	for _, x := range r.Documents {
		d := x.Document
		if d == nil || s.pending[d.Name] != x.Gen {
			continue
		}
		s.docs[d.Name] = d
		if d.Error != "" {
			s.note(d.Name, d.Error, true)
		}
	}
}

// settle fixes the selections once the groups are in, says what the
// workspace holds, and refreshes the export shown. It reports whether a
// change asked for the workspace to be stored, and forgets that it did.
func (s *session) settle() (save bool) {
	s.noteDuplicates()
	names := s.readable()
	if !contains(names, s.selected) {
		s.selected = first(names, 0)
	}
	names = nil
	for _, d := range s.index.matched {
		names = append(names, d.Name)
	}
	if !s.compareChosen || !contains(names, s.compareA) || !contains(names, s.compareB) || s.compareA == s.compareB {
		s.compareA, s.compareB = s.bestPair()
	}
	s.status = s.summary()
	save, s.saveAfter = s.saveAfter, false
	return save
}

// show makes the report of the analysed documents, in the order of the
// files, groups and pairs: members in documents no longer there are left
// out, and so is a group left with fewer than two documents and a pair
// with a document gone.
func (s *session) show(groups []annotations.Group, pairs []annotations.Pair) {
	docs := make([]*annotations.Document, 0, len(s.files))
	for _, f := range s.files {
		if d := s.docs[f.Name]; d != nil {
			docs = append(docs, d)
		}
	}
	docs = s.withOriginal(docs)
	// What is all there is taken as it is, not copied: a drop of many
	// near-identical notes makes thousands of groups and pairs, and
	// copying them held the page for tens of milliseconds.
	gone := func(m annotations.Member) bool { return s.docs[m.Document] == nil }
	kept := make([]annotations.Group, 0, len(groups))
	for _, g := range groups {
		if slices.ContainsFunc(g.Members, gone) {
			g.Members = slices.DeleteFunc(slices.Clone(g.Members), gone)
		}
		if slices.ContainsFunc(g.Members, func(m annotations.Member) bool { return m.Document != g.Members[0].Document }) {
			kept = append(kept, g) // members in two documents or more
		}
	}
	pairGone := func(p annotations.Pair) bool { return s.docs[p.A] == nil || s.docs[p.B] == nil }
	if slices.ContainsFunc(pairs, pairGone) {
		pairs = slices.DeleteFunc(slices.Clone(pairs), pairGone)
	}
	s.report = &annotations.Report{Documents: docs, Groups: kept, Pairs: pairs}
	s.index = newReportIndex(s.report)
}

// storeResult turns the outcome of storing the workspace (see
// saveWorkspace) into messages: the files left out, or why nothing was
// stored.
func (s *session) storeResult(left []string, err error) {
	s.dropMessages(storageNote)
	if err != nil {
		// Nothing was stored: the per-file notes would claim otherwise.
		s.note(storageNote, err.Error(), true)
		return
	}
	// One line, however many files: a thousand notices would bury the
	// others (and cost a render each).
	switch len(left) {
	case 0:
	case 1:
		s.note(storageNote, fmt.Sprintf("%s could not be stored in this browser (storage full): it will be gone after a reload. The other files and the settings are stored.", left[0]), true)
	default:
		s.note(storageNote, fmt.Sprintf("%d files could not be stored in this browser (storage full): %s. They will be gone after a reload; the other files and the settings are stored.", len(left), listNames(left, 3)), true)
	}
}

// noteDuplicates says which files repeat another's text and so are not
// counted as sources of their own.
func (s *session) noteDuplicates() {
	for _, d := range s.index.docs {
		s.dropMessages(duplicateNote + d.Name)
		if d.DuplicateOf != "" {
			s.note(duplicateNote+d.Name, fmt.Sprintf("%s has exactly the same text as %s, so it is not counted as another source.", d.Name, d.DuplicateOf), false)
		}
	}
}

// note adds a message about file (see message).
func (s *session) note(file, text string, isErr bool) {
	s.messages = append(s.messages, message{file, text, isErr})
}

// dropMessages forgets the messages about file.
func (s *session) dropMessages(file string) {
	s.messages = slices.DeleteFunc(s.messages, func(m message) bool { return m.File == file })
}

// refuse shows the messages about files that were not read.
func (s *session) refuse(notes []message) {
	for _, m := range notes {
		s.dropMessages(m.File)
		s.note(m.File, m.Text, m.Error)
	}
}

// readable lists the names of the documents that could be analysed, in
// the order the files were given.
func (s *session) readable() []string {
	var names []string
	for _, d := range s.index.docs {
		names = append(names, d.Name)
	}
	return names
}

// summary is the status line once the work is done: what the workspace
// holds.
func (s *session) summary() string {
	if len(s.files) == 0 {
		return "No sources yet."
	}
	if len(s.pending) > 0 {
		return fmt.Sprintf("Analysing %d file%s…", len(s.pending), plural(len(s.pending)))
	}
	n, quotes := len(s.index.matched), 0
	for _, d := range s.index.matched {
		quotes += len(d.Quotes)
	}
	shared := 0
	for _, g := range s.report.Groups {
		if g.Kind == annotations.KindQuote {
			shared++
		}
	}
	return fmt.Sprintf("%d source%s · %d quotation%s · %d shared quotation%s · %d shared passage%s",
		n, plural(n), quotes, plural(quotes), shared, plural(shared),
		len(s.report.Groups)-shared, plural(len(s.report.Groups)-shared))
}

// pasted returns pasted text as a file with a name not taken yet
// (pasted-1.txt, pasted-2.txt…); ok is false, with a message, when there
// is no text.
func (s *session) pasted(text string) (f annotations.File, ok bool) {
	if strings.TrimSpace(text) == "" {
		s.note("", "Paste some text first.", false)
		return f, false
	}
	n := 1
	for s.fileIndex(fmt.Sprintf("pasted-%d.txt", n)) >= 0 {
		n++
	}
	s.dropMessages("")
	return annotations.File{Name: fmt.Sprintf("pasted-%d.txt", n), Data: []byte(text)}, true
}

// remove takes the file called name out of the workspace; regroup then.
func (s *session) remove(name string) {
	s.undo = nil
	s.files = slices.DeleteFunc(s.files, func(f annotations.File) bool { return f.Name == name })
	delete(s.docs, name)
	delete(s.pending, name)
	delete(s.setAside, name)
	s.dropMessages(name)
	s.dropMessages(duplicateNote + name)
	s.forgetOriginal(name)
}

// choose shows document name in the reader.
func (s *session) choose(name string) { s.selected = name }

// changeSettings applies an edit of the settings, clamped into range, and
// reports whether the groups must be made again (the matching changed, not
// only the view).
func (s *session) changeSettings(edit func(*settings)) (regroup bool) {
	next := s.settings
	edit(&next)
	next = next.valid()
	regroup = next.Tolerance != s.settings.Tolerance || next.MinWords != s.settings.MinWords
	if regroup {
		s.undo = nil
	}
	s.settings = next
	return regroup
}

// compare sets the left or the right document of the comparison.
func (s *session) compare(right bool, name string) {
	s.compareChosen = true
	if right {
		s.compareB = name
	} else {
		s.compareA = name
	}
}

// showGroup makes the reader show a document that has group id when the
// current one does not, and makes its panel item the one j/k go on from;
// ok is false for a group no document has.
func (s *session) showGroup(id string) (ok bool) {
	srcs := s.index.sources[id]
	if len(srcs) == 0 {
		return false
	}
	if !contains(srcs, s.selected) {
		s.selected = srcs[0]
	}
	// j/k go on from the panel item that holds it.
	if i, copied := s.index.collapsed[id]; copied {
		s.at = s.index.key(panelItem{Copy: i})
	} else {
		s.at = id
	}
	return true
}

// chooseExport shows the export of kind and keeps it current; the file
// is offered for download when it comes. It returns the request that has
// the engine make it.
func (s *session) chooseExport(kind engineproto.ExportKind) engineproto.Request {
	s.exportKind, s.download = kind, true
	return s.exportRequest()
}

// exportRequest returns the request for the export shown, of the
// workspace as it is now: after the groups change, the export shown is
// made again.
func (s *session) exportRequest() engineproto.Request {
	req := s.request(engineproto.Request{Op: engineproto.OpExport, Kind: s.exportKind}, false)
	for _, f := range s.files {
		if d := s.docs[f.Name]; d != nil && s.setAside[f.Name] {
			if req.SetAside == nil {
				req.SetAside = map[string]string{}
			}
			req.SetAside[f.Name] = d.Error
		}
	}
	return req
}

// sentExport records the Seq of the export request awaited.
func (s *session) sentExport(seq int) { s.exportSeq = seq }

// exported takes an export made by the engine. It reports whether the
// reader asked for it, so the file is to be downloaded.
func (s *session) exported(r engineproto.Reply) (download bool) {
	if r.Seq != s.exportSeq || r.Kind != s.exportKind {
		return false // a newer export is on its way
	}
	s.exportName, s.exportText, s.exportBox, s.mdHTML = r.Name, r.Export, shownText(r.Export), r.Preview
	download, s.download = s.download, false
	return download
}

// fileIndex returns the index of the workspace file called name, or -1.
func (s *session) fileIndex(name string) int {
	for i, f := range s.files {
		if f.Name == name {
			return i
		}
	}
	return -1
}

// fileIndexes maps the name of each workspace file to its index: adding
// a thousand files looks each up once, not the list through each time.
func (s *session) fileIndexes() map[string]int {
	at := make(map[string]int, len(s.files))
	for i, f := range s.files {
		at[f.Name] = i
	}
	return at
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s && s != "" {
			return true
		}
	}
	return false
}

func first(list []string, i int) string {
	if i < len(list) {
		return list[i]
	}
	return ""
}
