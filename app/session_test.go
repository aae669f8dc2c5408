package app

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/crossquote/crossquote/wasm/engine/worker"
)

// The tests in this file drive the page's state natively: the session
// sends its requests to the engine's real worker code (package worker, as
// the Web Worker runs it), through the protocol's encoding both ways, and
// takes its replies as the page does.

// engine is a native stand-in for the Web Worker: the worker the browser
// runs, with its messages encoded and decoded as they travel there.
type engine struct {
	t   *testing.T
	w   *worker.Worker
	seq int
	asm engineproto.Assembler
	// parts counts the replies that carried quotations ahead of their
	// document, which the page's engine client puts back together.
	parts int
}

func newEngine(t *testing.T) *engine {
	w := worker.New()
	w.Progress = 0 // a reply per document: progress is exercised too
	return &engine{t: t, w: w}
}

// run sends req to the worker and returns its replies, in order, without
// handing them to the session: tests that reorder replies use it.
func (e *engine) run(req engineproto.Request, data [][]byte) (seq int, replies []engineproto.Reply) {
	e.t.Helper()
	e.seq++
	req.Seq = e.seq
	req, arrays := packed(req, data) // as the engine client sends them
	b, err := engineproto.EncodeRequest(req)
	if err != nil {
		e.t.Fatal(err)
	}
	req, err = engineproto.DecodeRequest(b, len(arrays))
	if err == nil {
		data, err = engineproto.Unpack(req, arrays)
	}
	if err != nil {
		e.t.Fatal(err)
	}
	e.w.Handle(req, data, func(r engineproto.Reply) {
		b, err := engineproto.EncodeReply(r)
		if err != nil {
			e.t.Fatal(err)
		}
		if r, err = engineproto.DecodeReply(b); err != nil {
			e.t.Fatal(err)
		}
		r, whole := e.asm.Take(r)
		if !whole {
			e.parts++
			return
		}
		replies = append(replies, r)
	})
	return e.seq, replies
}

// send does what the annotator does with a request: sends it, hands every
// reply to the session, and settles it when the wait is over. It returns
// whether the session asked for the workspace to be stored.
func (e *engine) send(s *session, req engineproto.Request, data [][]byte) (save bool) {
	e.t.Helper()
	seq, replies := e.run(req, data)
	s.sent(seq)
	for _, r := range replies {
		if s.reply(r) {
			save = s.settle() || save
		}
	}
	return save
}

// story returns the example story's files, fictional and our own.
func story(t *testing.T) []annotations.File {
	files := exampleFiles()
	if len(files) < 3 {
		t.Fatalf("the example story has %d files", len(files))
	}
	return files
}

func names(files []annotations.File) []string {
	var out []string
	for _, f := range files {
		out = append(out, f.Name)
	}
	return out
}

func groupIDs(gs []annotations.Group) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g.ID)
	}
	return out
}

func messageTexts(s *session) []string {
	var out []string
	for _, m := range s.messages {
		out = append(out, m.Text)
	}
	return out
}

// TestSessionAnalyses adds the example story: the files wait as pending,
// the status follows the progress, and once the groups are in the report
// holds every document in the files' order and the groups the engine
// makes of them, the reader and the comparison have documents, and the
// workspace is to be stored once.
func TestSessionAnalyses(t *testing.T) {
	files := story(t)
	want := annotations.Annotate(files)
	if len(want.Groups) == 0 {
		t.Fatal("the example story has no shared quotation: the test would test nothing")
	}
	s, e := newSession(), newEngine(t)
	req, data := s.add(files)
	if got := s.status; got != "Analysing 4 files…" {
		t.Errorf("status after add = %q", got)
	}
	if len(s.pending) != len(files) {
		t.Errorf("%d files pending, want %d", len(s.pending), len(files))
	}
	req = s.request(req, true)
	if !slices.Equal(req.Names, names(files)) || req.Tolerance != s.settings.Tolerance || req.MinWords != s.settings.MinWords {
		t.Errorf("request = %+v, want the workspace's names and settings", req)
	}

	seq, replies := e.run(req, data)
	s.sent(seq)
	for i, r := range replies[:len(replies)-1] {
		if s.reply(r) {
			t.Fatalf("reply %d (%s) ended the wait before the groups", i, r.Op)
		}
		if !strings.HasPrefix(s.status, "Analysed ") {
			t.Errorf("status after progress reply %d = %q", i, s.status)
		}
	}
	if !s.reply(replies[len(replies)-1]) {
		t.Fatal("the groups reply did not end the wait")
	}
	if !s.settle() {
		t.Error("settle did not ask for the workspace to be stored")
	}
	if s.settle() {
		t.Error("a second settle asked again for the workspace to be stored")
	}

	if len(s.pending) != 0 {
		t.Errorf("%d files still pending after the groups", len(s.pending))
	}
	var docNames []string
	for _, d := range s.report.Documents {
		docNames = append(docNames, d.Name)
	}
	if !slices.Equal(docNames, names(files)) {
		t.Errorf("report documents = %q, want %q", docNames, names(files))
	}
	if got, w := groupIDs(s.report.Groups), groupIDs(want.Groups); !slices.Equal(got, w) {
		t.Errorf("groups = %q, want the engine's %q", got, w)
	}
	// The comparison opens on the pair that shares most.
	best, bestA, bestB := -1.0, "", ""
	for _, p := range want.Pairs {
		if v := p.AShare + p.BShare; v > best {
			best, bestA, bestB = v, p.A, p.B
		}
	}
	if s.selected != files[0].Name || s.compareA != bestA || s.compareB != bestB {
		t.Errorf("selected %q, comparing %q and %q; want %q, then %q and %q",
			s.selected, s.compareA, s.compareB, files[0].Name, bestA, bestB)
	}
	quotes, shared := 0, 0
	for _, d := range want.Documents {
		quotes += len(d.Quotes)
	}
	for _, g := range want.Groups {
		if g.Kind == annotations.KindQuote {
			shared++
		}
	}
	if !strings.HasPrefix(s.status, "4 sources · ") || !strings.Contains(s.status, " quotations · ") ||
		!strings.Contains(s.status, itoa(quotes)+" quotations") || !strings.Contains(s.status, itoa(shared)+" shared quotation") {
		t.Errorf("status = %q, want 4 sources, %d quotations, %d shared quotations", s.status, quotes, shared)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// TestSessionStaleDocuments replaces a file while its first version is
// still being analysed: the document of the old version is dropped when
// it comes, and the groups of the superseded request do not end the wait.
func TestSessionStaleDocuments(t *testing.T) {
	files := story(t)
	s, e := newSession(), newEngine(t)
	req, data := s.add(files)
	seq1, first := e.run(s.request(req, true), data)
	s.sent(seq1)

	changed := annotations.File{Name: files[0].Name, Data: []byte("Harbour notes\n\n\"The ferry leaves at nine and not a minute later,\" said the harbour master Ode Lind.\n")}
	req, data = s.add([]annotations.File{changed})
	seq2, second := e.run(s.request(req, true), data)
	s.sent(seq2)

	for _, r := range first {
		if s.reply(r) {
			t.Fatalf("a reply to the superseded request (%s) ended the wait", r.Op)
		}
	}
	if d := s.docs[files[0].Name]; d != nil {
		t.Errorf("the document of the replaced version was kept: %q", d.Title)
	}
	done := false
	for _, r := range second {
		done = s.reply(r) || done
	}
	if !done {
		t.Fatal("the groups of the newer request did not end the wait")
	}
	s.settle()
	d := s.docs[files[0].Name]
	if d == nil || !strings.Contains(d.Text, "ferry leaves at nine") {
		t.Fatalf("the replacing file's document is missing or wrong: %+v", d)
	}
	if len(s.files) != len(files) || s.files[0].Name != files[0].Name {
		t.Errorf("files = %q, want the replacement in the first file's place", names(s.files))
	}
}

// TestSessionRemove removes the document shown: it leaves the files, the
// documents, the groups and the messages, the regroup request names the
// others, and the reader moves to another document.
func TestSessionRemove(t *testing.T) {
	files := story(t)
	s, e := newSession(), newEngine(t)
	req, data := s.add(files)
	e.send(&s, s.request(req, true), data)
	gone := files[0].Name
	s.note(gone, gone+": a note about this file", true)

	s.remove(gone)
	req = s.regroup(true)
	if slices.Contains(req.Names, gone) || len(req.Names) != len(files)-1 {
		t.Errorf("regroup names %q, want the files without %s", req.Names, gone)
	}
	for _, g := range s.report.Groups {
		for _, m := range g.Members {
			if m.Document == gone {
				t.Errorf("group %s still has a member in %s before the regroup's reply", g.ID, gone)
			}
		}
	}
	if !e.send(&s, req, nil) {
		t.Error("removing a file did not store the workspace")
	}
	if s.docs[gone] != nil || s.fileIndex(gone) >= 0 || s.index.byName[gone] != nil {
		t.Errorf("%s is still in the workspace", gone)
	}
	if slices.ContainsFunc(s.messages, func(m message) bool { return m.File == gone }) {
		t.Errorf("a message about %s is left: %q", gone, messageTexts(&s))
	}
	want := annotations.Annotate(files[1:])
	if got, w := groupIDs(s.report.Groups), groupIDs(want.Groups); !slices.Equal(got, w) {
		t.Errorf("groups after the removal = %q, want %q", got, w)
	}
	if s.selected != files[1].Name {
		t.Errorf("the reader shows %q, want %q", s.selected, files[1].Name)
	}
}

// TestSessionUnreadable adds a binary file beside good ones: it gets a
// message naming it, stays in the workspace, and is neither shown in the
// reader nor compared; the others are analysed.
func TestSessionUnreadable(t *testing.T) {
	files := append(story(t), annotations.File{Name: "photo.jpg", Data: []byte{0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 2, 0xfe}})
	s, e := newSession(), newEngine(t)
	req, data := s.add(files)
	e.send(&s, s.request(req, true), data)
	if !slices.ContainsFunc(s.messages, func(m message) bool { return m.File == "photo.jpg" && m.Error && strings.Contains(m.Text, "photo.jpg") }) {
		t.Errorf("no error message names photo.jpg: %q", messageTexts(&s))
	}
	if slices.Contains(s.readable(), "photo.jpg") || s.compareA == "photo.jpg" || s.compareB == "photo.jpg" {
		t.Errorf("photo.jpg can be read or compared: readable %q, comparing %q and %q", s.readable(), s.compareA, s.compareB)
	}
	if len(s.readable()) != len(files)-1 || s.fileIndex("photo.jpg") < 0 {
		t.Errorf("readable %q; photo.jpg in the files: %v", s.readable(), s.fileIndex("photo.jpg") >= 0)
	}
}

// TestSessionDuplicates adds one text under two names: a message says the
// second repeats the first, and it is not one of the sources counted or
// compared.
func TestSessionDuplicates(t *testing.T) {
	files := story(t)
	files = append(files, annotations.File{Name: "copy.txt", Data: files[1].Data})
	s, e := newSession(), newEngine(t)
	req, data := s.add(files)
	e.send(&s, s.request(req, true), data)
	want := "copy.txt has exactly the same text as " + files[1].Name
	if !slices.ContainsFunc(s.messages, func(m message) bool { return strings.HasPrefix(m.Text, want) }) {
		t.Errorf("no message %q: %q", want, messageTexts(&s))
	}
	if !strings.HasPrefix(s.status, "4 sources") {
		t.Errorf("status = %q, want 4 sources (the copy not counted)", s.status)
	}
	// Removing the original makes the copy a source of its own: the
	// message goes.
	s.remove(files[1].Name)
	e.send(&s, s.regroup(true), nil)
	if slices.ContainsFunc(s.messages, func(m message) bool { return strings.Contains(m.Text, "exactly the same text") }) {
		t.Errorf("the duplicate message stayed after the original was removed: %q", messageTexts(&s))
	}
}

// TestSessionRepeats gives files again: the same bytes change nothing and
// say so, new bytes under the same name replace the file and say so.
func TestSessionRepeats(t *testing.T) {
	files := story(t)
	s, e := newSession(), newEngine(t)
	req, data := s.add(files)
	e.send(&s, s.request(req, true), data)
	again := s.repeats([]annotations.File{files[0]})
	if len(again) != 0 {
		t.Errorf("the same file given again is analysed again: %q", names(again))
	}
	newer := annotations.File{Name: files[1].Name, Data: []byte("A new version of the article.\n")}
	out := s.repeats([]annotations.File{newer, {Name: "new.txt", Data: []byte("x")}})
	if !slices.Equal(names(out), []string{files[1].Name, "new.txt"}) {
		t.Errorf("repeats = %q, want the changed file and the new one", names(out))
	}
	texts := strings.Join(messageTexts(&s), "\n")
	for _, w := range []string{files[0].Name + " was added again", files[1].Name + " replaces the earlier file"} {
		if !strings.Contains(texts, w) {
			t.Errorf("no message %q in\n%s", w, texts)
		}
	}
}

// TestSessionErrorReply takes the engine's error replies: one about the
// request awaited ends the wait with the groups there are; one about an
// older request only adds its message.
func TestSessionErrorReply(t *testing.T) {
	files := story(t)
	s, e := newSession(), newEngine(t)
	req, data := s.add(files[:2])
	e.send(&s, s.request(req, true), data)
	groups := groupIDs(s.report.Groups)

	s.add(files[2:3])
	s.sent(7)
	if s.reply(engineproto.Reply{Op: engineproto.OpError, Seq: 6, Error: "engine: an older request failed"}) {
		t.Error("an error about an older request ended the wait")
	}
	if len(s.pending) != 1 {
		t.Errorf("%d files pending after an older request's error, want 1", len(s.pending))
	}
	if !s.reply(engineproto.Reply{Op: engineproto.OpError, Seq: 7, Error: "engine: this request failed"}) {
		t.Error("an error about the request awaited did not end the wait")
	}
	s.settle()
	if len(s.pending) != 0 || strings.HasPrefix(s.status, "Analysing") {
		t.Errorf("after the error %d files are pending, status %q", len(s.pending), s.status)
	}
	if got := groupIDs(s.report.Groups); !slices.Equal(got, groups) {
		t.Errorf("after the error the groups are %q, want the earlier %q", got, groups)
	}
	texts := strings.Join(messageTexts(&s), "\n")
	if !strings.Contains(texts, "an older request failed") || !strings.Contains(texts, "this request failed") {
		t.Errorf("the errors are not both shown: %q", texts)
	}
}

// TestSessionNoEngine: without Web Workers the work is given up with a
// status that says why, not left "Analysing…".
func TestSessionNoEngine(t *testing.T) {
	s := newSession()
	s.add(story(t))
	s.noEngine(errNoWorker)
	if len(s.pending) != 0 || s.status != errNoWorker.Error() {
		t.Errorf("pending %d, status %q", len(s.pending), s.status)
	}
}

// TestSessionSettings changes the settings: matching settings ask for a
// regroup, the removed-text switch does not, and values out of range are
// clamped.
func TestSessionSettings(t *testing.T) {
	s := newSession()
	if s.changeSettings(func(x *settings) { x.ShowRemoved = true }) || !s.settings.ShowRemoved {
		t.Errorf("showing removed text asks for a regroup, or was not applied: %+v", s.settings)
	}
	if !s.changeSettings(func(x *settings) { x.Tolerance = 0.3 }) || s.settings.Tolerance != 0.3 {
		t.Errorf("a new tolerance does not ask for a regroup: %+v", s.settings)
	}
	if !s.changeSettings(func(x *settings) { x.MinWords = 0 }) || s.settings.MinWords != 1 {
		t.Errorf("min words 0 = %d, want 1", s.settings.MinWords)
	}
	s.changeSettings(func(x *settings) { x.MinWords, x.Tolerance = 500, math.NaN() })
	if s.settings.MinWords != 50 || s.settings.Tolerance != 0 {
		t.Errorf("min words 500 and tolerance NaN = %+v, want 50 and 0", s.settings)
	}
	if s.changeSettings(func(x *settings) {}) {
		t.Error("an edit that changes nothing asks for a regroup")
	}
}

// TestSessionPasted names pasted text after the pastes already there and
// refuses blank text with a message.
func TestSessionPasted(t *testing.T) {
	s := newSession()
	if _, ok := s.pasted(" \n\t"); ok {
		t.Error("blank text was taken")
	}
	if len(s.messages) != 1 || s.messages[0].Text != "Paste some text first." {
		t.Errorf("messages = %q", messageTexts(&s))
	}
	f, ok := s.pasted("Some text.")
	if !ok || f.Name != "pasted-1.txt" || string(f.Data) != "Some text." {
		t.Errorf("pasted = %q %q %v", f.Name, f.Data, ok)
	}
	if len(s.messages) != 0 {
		t.Errorf("the paste message stayed: %q", messageTexts(&s))
	}
	s.add([]annotations.File{f, {Name: "pasted-2.txt", Data: []byte("x")}})
	if f, _ := s.pasted("More."); f.Name != "pasted-3.txt" {
		t.Errorf("third paste named %q, want pasted-3.txt", f.Name)
	}
}

// TestSessionShowGroup moves the reader to a document with the group only
// when the one shown does not have it.
func TestSessionShowGroup(t *testing.T) {
	files := story(t)
	s, e := newSession(), newEngine(t)
	req, data := s.add(files)
	e.send(&s, s.request(req, true), data)
	g := s.report.Groups[0]
	srcs := s.index.sources[g.ID]
	var without string
	for _, f := range files {
		if !slices.Contains(srcs, f.Name) {
			without = f.Name
		}
	}
	if without == "" {
		t.Skip("the first group is in every document")
	}
	s.choose(without)
	if !s.showGroup(g.ID) || s.selected != srcs[0] {
		t.Errorf("after showing group %s the reader shows %q, want %q", g.ID, s.selected, srcs[0])
	}
	s.choose(srcs[len(srcs)-1])
	if !s.showGroup(g.ID) || s.selected != srcs[len(srcs)-1] {
		t.Errorf("showing a group the document has moved the reader to %q", s.selected)
	}
	if s.showGroup("no-such-group") {
		t.Error("an unknown group was shown")
	}
	s.compare(true, files[3].Name)
	s.compare(false, files[2].Name)
	if s.compareA != files[2].Name || s.compareB != files[3].Name {
		t.Errorf("comparing %q and %q", s.compareA, s.compareB)
	}
}

// TestSessionStoreResult turns storing's outcome into messages: a file
// left out is named, many left out are one message that names the first
// few, and a refused store replaces them with one message.
func TestSessionStoreResult(t *testing.T) {
	s := newSession()
	s.storeResult([]string{"big.txt"}, nil)
	if len(s.messages) != 1 || !strings.HasPrefix(s.messages[0].Text, "big.txt could not be stored") {
		t.Errorf("messages = %q", messageTexts(&s))
	}
	var many []string
	for i := range 1641 {
		many = append(many, fmt.Sprintf("f%04d.txt", i))
	}
	s.storeResult(many, nil)
	if len(s.messages) != 1 || s.messages[0].Text != "1641 files could not be stored in this browser (storage full): f0000.txt, f0001.txt, f0002.txt and 1638 more. They will be gone after a reload; the other files and the settings are stored." {
		t.Errorf("1641 files left out give %d messages: %.300q", len(s.messages), messageTexts(&s))
	}
	s.storeResult(nil, errorString("refused"))
	if len(s.messages) != 1 || s.messages[0].Text != "refused" {
		t.Errorf("after a refused store messages = %q, want only the refusal", messageTexts(&s))
	}
	s.storeResult(nil, nil)
	if len(s.messages) != 0 {
		t.Errorf("after a store that worked messages = %q", messageTexts(&s))
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

// TestSessionExport has the engine make the exports of the report shown,
// offers the one asked for as a download, and keeps it current as the
// report changes.
func TestSessionExport(t *testing.T) {
	files := story(t)
	s, e := newSession(), newEngine(t)
	export := func(req engineproto.Request) (download bool) {
		t.Helper()
		seq, replies := e.run(req, nil)
		s.sentExport(seq)
		if len(replies) != 1 || replies[0].Op != engineproto.OpExported {
			t.Fatalf("export replies: %+v", replies)
		}
		return s.exported(replies[0])
	}
	if !export(s.chooseExport(exportJSON)) || s.exportText == "" {
		t.Fatal("no export of an empty workspace, or not offered for download")
	}
	req, data := s.add(files)
	e.send(&s, s.request(req, true), data)
	if export(s.exportRequest()) {
		t.Error("the export made again after a change is downloaded again")
	}
	var r annotations.Report
	if err := json.Unmarshal([]byte(s.exportText), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Documents) != len(files) || len(r.Groups) != len(s.report.Groups) || s.exportName != "crossquote-report.json" {
		t.Errorf("the JSON export %s has %d documents and %d groups, want %d and %d", s.exportName, len(r.Documents), len(r.Groups), len(files), len(s.report.Groups))
	}
	if want, _ := json.MarshalIndent(annotations.Annotate(files), "", "  "); s.exportText != string(want) {
		t.Errorf("the JSON export differs from the command line's report:\n%.300s\nwant\n%.300s", s.exportText, want)
	}
	export(s.chooseExport(exportMarkdown))
	if !strings.Contains(s.mdHTML, "<h") || s.exportName != "crossquote-report.md" {
		t.Errorf("Markdown export %s without headings in its preview: %.200s", s.exportName, s.mdHTML)
	}
	export(s.chooseExport(exportWebAnno))
	if !strings.Contains(s.exportText, `"@context"`) || s.mdHTML != "" {
		t.Errorf("Web Annotation export: %.200s (preview %q)", s.exportText, s.mdHTML)
	}
	// An export overtaken by a newer request is not shown.
	before := s.exportText
	seq, replies := e.run(s.chooseExport(exportJSON), nil)
	s.sentExport(seq + 1)
	if s.exported(replies[0]) || s.exportText != before {
		t.Error("a superseded export was shown")
	}
}

// TestShownText cuts an export too long for the box at a character
// boundary and says so; a short one is shown whole.
func TestShownText(t *testing.T) {
	if got := shownText("short"); got != "short" {
		t.Errorf("shownText(short) = %q", got)
	}
	long := strings.Repeat("é", exportShown) // two bytes each
	got := shownText(long)
	if !utf8.ValidString(got) || len(got) > exportShown+200 || !strings.Contains(got, "the downloaded file has all of it") {
		t.Errorf("shownText of %d bytes: %d bytes, valid %v, ends %q", len(long), len(got), utf8.ValidString(got), got[len(got)-120:])
	}
}

// TestSessionResetAndRestore clears a workspace and restores a stored one:
// settings read back into range, the selection kept, the files returned
// for analysis.
func TestSessionResetAndRestore(t *testing.T) {
	files := story(t)
	s, e := newSession(), newEngine(t)
	s.changeSettings(func(x *settings) { x.MinWords, x.ShowRemoved = 9, true })
	req, data := s.add(files)
	e.send(&s, s.request(req, true), data)
	s.choose(files[2].Name)
	w := s.stored()

	s.reset()
	if len(s.files) != 0 || len(s.report.Documents) != 0 || s.status != "No sources yet." || s.selected != "" {
		t.Errorf("after reset: %d files, %d documents, status %q, selected %q", len(s.files), len(s.report.Documents), s.status, s.selected)
	}
	b, err := json.Marshal(w)
	if err != nil {
		t.Fatal(err)
	}
	var back workspace
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	fresh := newSession()
	got := fresh.restore(back)
	if !slices.Equal(names(got), names(files)) || string(got[3].Data) != string(files[3].Data) {
		t.Errorf("restored files %q", names(got))
	}
	if fresh.settings.MinWords != 9 || !fresh.settings.ShowRemoved || fresh.selected != files[2].Name {
		t.Errorf("restored settings %+v, selected %q", fresh.settings, fresh.selected)
	}
	fresh.restore(workspace{Tolerance: 7, MinWords: -3})
	if fresh.settings.Tolerance != annotations.MaxTolerance || fresh.settings.MinWords != 1 {
		t.Errorf("a stored workspace out of range restored as %+v", fresh.settings)
	}
}

// TestSessionProgressStatus: the status names the last document analysed
// only for the request awaited.
func TestSessionProgressStatus(t *testing.T) {
	s := newSession()
	s.add([]annotations.File{{Name: "a.txt", Data: []byte("x")}, {Name: "b.txt", Data: []byte("y")}})
	s.sent(2)
	d := &annotations.Document{Name: "a.txt"}
	s.reply(engineproto.Reply{Op: engineproto.OpDocument, Seq: 1, Done: 1, Total: 2, Documents: []engineproto.Analysed{{Gen: 1, Document: d}}})
	if s.status != "Analysing 2 files…" {
		t.Errorf("a stale progress reply changed the status to %q", s.status)
	}
	s.reply(engineproto.Reply{Op: engineproto.OpDocument, Seq: 2, Done: 1, Total: 2, Documents: []engineproto.Analysed{{Gen: 1, Document: d}}})
	if s.status != "Analysed 1 of 2: a.txt" {
		t.Errorf("status = %q", s.status)
	}
	if s.docs["a.txt"] != d {
		t.Error("the document of the current generation was not kept")
	}
}

// errEngineDied stands for the engine's death in the native worker: the
// browser's worker dies with a trap or an exit, which a panic mimics here.
type errEngineDied struct{}

// crashingEngine returns an engine whose worker dies on a file holding
// "DIE HERE", and a function that returns the reply the worker's script
// sends then: OpCrashed naming the file being analysed, as the Web
// Worker records it through Worker.Analysing.
func crashingEngine(t *testing.T) (*engine, func(req engineproto.Request, data [][]byte) engineproto.Reply) {
	e := newEngine(t)
	var current *engineproto.FileRef
	e.w.Analysing = func(f *engineproto.FileRef, data []byte) {
		current = f
		if f != nil && strings.Contains(string(data), "DIE HERE") {
			panic(errEngineDied{})
		}
	}
	return e, func(req engineproto.Request, data [][]byte) (r engineproto.Reply) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Fatal("the engine did not die")
			}
			r = engineproto.Reply{Op: engineproto.OpCrashed, Error: "RangeError: Maximum call stack size exceeded"}
			if current != nil {
				r.File = &engineproto.FileRef{Name: current.Name, Gen: current.Gen}
			}
		}()
		e.run(req, data)
		return r
	}
}

// TestSessionCrash: a file that kills the engine is set aside with a
// message naming it, the other files are analysed by a new worker, the
// stored workspace keeps the file and remembers it was set aside, and a
// reload does not send it again.
func TestSessionCrash(t *testing.T) {
	files := story(t)
	deadly := annotations.File{Name: "deep.md", Data: []byte("Nested\n\nDIE HERE\n")}
	all := append(files[:2:2], deadly)
	all = append(all, files[2:]...)
	s := newSession()
	_, crash := crashingEngine(t)
	req, data := s.add(all)
	req = s.request(req, true)
	s.sent(1)
	r := crash(req, data)
	if r.File == nil || r.File.Name != deadly.Name {
		t.Fatalf("the crash names %+v, want %s", r.File, deadly.Name)
	}
	req, data, restart := s.crashed(r)
	if !restart {
		t.Fatal("the page gave up after a crash that named its file")
	}
	if slices.Contains(names(filesOf(req)), deadly.Name) || len(req.Files) != len(files) {
		t.Errorf("after the crash the new worker is sent %q, want the %d other files", names(filesOf(req)), len(files))
	}
	want := deadly.Name + " stopped the analysis and was left out (RangeError: Maximum call stack size exceeded)"
	if !slices.ContainsFunc(s.messages, func(m message) bool { return m.Error && strings.HasPrefix(m.Text, want) }) {
		t.Errorf("no message %q: %q", want, messageTexts(&s))
	}
	fresh := newEngine(t)
	fresh.send(&s, req, data)
	if len(s.pending) != 0 || !strings.HasPrefix(s.status, "4 sources") {
		t.Errorf("after the restart: %d pending, status %q", len(s.pending), s.status)
	}
	if got := names(s.files); !slices.Equal(got, names(all)) {
		t.Errorf("files %q, want every file kept in order %q", got, names(all))
	}
	if d := s.report.Documents[2]; d.Name != deadly.Name || !strings.HasPrefix(d.Error, want) {
		t.Errorf("the report's third document is %q (error %q), want the file set aside", d.Name, d.Error)
	}
	if slices.Contains(s.readable(), deadly.Name) {
		t.Error("the file set aside can be read")
	}

	// The export lists it as the page does.
	seq, replies := fresh.run(s.chooseExport(exportJSON), nil)
	s.sentExport(seq)
	s.exported(replies[0])
	var rep annotations.Report
	if err := json.Unmarshal([]byte(s.exportText), &rep); err != nil || len(rep.Documents) != len(all) || rep.Documents[2].Error == "" {
		t.Errorf("the export has %d documents (error %v), want %d with %s failed", len(rep.Documents), err, len(all), deadly.Name)
	}

	// Stored and reloaded: the file is kept, and not sent again.
	b, err := json.Marshal(s.stored())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"set_aside":["deep.md"]`) {
		t.Errorf("the stored workspace does not remember the file set aside: %.200s…", b)
	}
	var w workspace
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatal(err)
	}
	again := newSession()
	todo := again.restore(w)
	if slices.Contains(names(todo), deadly.Name) || len(todo) != len(files) {
		t.Errorf("after a reload %q are analysed, want the %d others", names(todo), len(files))
	}
	if !slices.ContainsFunc(again.messages, func(m message) bool { return strings.HasPrefix(m.Text, deadly.Name+" stopped the analysis") }) {
		t.Errorf("after a reload no message names %s: %q", deadly.Name, messageTexts(&again))
	}
	req, data = again.add(todo)
	newEngine(t).send(&again, again.request(req, true), data)
	if got := names(again.files); !slices.Equal(got, names(all)) || !strings.HasPrefix(again.status, "4 sources") {
		t.Errorf("after a reload: files %q, status %q", got, again.status)
	}
	if again.stored().SetAside[0] != deadly.Name {
		t.Error("the reloaded workspace forgot the file set aside")
	}

	// A changed version of the file gets its chance; removing it forgets it.
	again.add([]annotations.File{{Name: deadly.Name, Data: []byte("Fixed\n")}})
	if again.setAside[deadly.Name] {
		t.Error("a new version of the file set aside is still set aside")
	}
	s.remove(deadly.Name)
	if len(s.stored().SetAside) != 0 {
		t.Error("a removed file is still stored as set aside")
	}
}

// TestSessionCrashUnnamed: an engine that stops without naming a file is
// restarted once with every file; if it stops again before any groups
// come, the page gives up with a message rather than wait forever.
func TestSessionCrashUnnamed(t *testing.T) {
	files := story(t)
	s := newSession()
	s.add(files)
	s.sent(1)
	// A file named with a generation since replaced counts as unnamed.
	stale := engineproto.Reply{Op: engineproto.OpCrashed, Error: "out of memory", File: &engineproto.FileRef{Name: files[0].Name, Gen: 99}}
	req, data, restart := s.crashed(stale)
	if !restart || len(req.Files) != len(files) || len(data) != len(files) || s.setAside[files[0].Name] {
		t.Fatalf("first unnamed stop: restart %v, %d files sent, %s set aside %v", restart, len(req.Files), files[0].Name, s.setAside[files[0].Name])
	}
	if _, _, restart = s.crashed(engineproto.Reply{Op: engineproto.OpCrashed}); restart {
		t.Fatal("the page restarted an engine that stopped twice in a row without naming a file")
	}
	if len(s.pending) != 0 {
		t.Errorf("%d files still pending after giving up", len(s.pending))
	}
	s.settle()
	if strings.HasPrefix(s.status, "Analysing") {
		t.Errorf("status %q after giving up", s.status)
	}
	texts := strings.Join(messageTexts(&s), "\n")
	if !strings.Contains(texts, "stopped (out of memory) and was restarted") || !strings.Contains(texts, "stopped again (no reason given)") {
		t.Errorf("messages:\n%s", texts)
	}
	// Groups in between reset the count: a later stop is restarted.
	s2, e := newSession(), newEngine(t)
	s2.add(files)
	req, data, _ = s2.crashed(engineproto.Reply{Op: engineproto.OpCrashed})
	e.send(&s2, req, data)
	s2.add(files[:1])
	if _, _, restart := s2.crashed(engineproto.Reply{Op: engineproto.OpCrashed}); !restart {
		t.Error("a stop after groups came was not restarted")
	}
}

// filesOf returns the files a request names.
func filesOf(req engineproto.Request) []annotations.File {
	var out []annotations.File
	for _, f := range req.Files {
		out = append(out, annotations.File{Name: f.Name})
	}
	return out
}

// TestSessionLongDocument analyses a document with more quotations than
// one reply carries: they travel in parts and the session gets the
// document whole.
func TestSessionLongDocument(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 3*engineproto.MaxQuotesPerMessage/2; i++ {
		fmt.Fprintf(&b, "The board met for the %dth time. \"We will need shelf %d before the winter,\" said the clerk Ada Fenn. ", i, i)
	}
	f := annotations.File{Name: "minutes.txt", Data: []byte(b.String())}
	want := annotations.NewDocument(f.Name, f.Data)
	if len(want.Quotes) <= engineproto.MaxQuotesPerMessage {
		t.Fatalf("the document has %d quotations: too few to be split", len(want.Quotes))
	}
	s, e := newSession(), newEngine(t)
	req, data := s.add([]annotations.File{f})
	e.send(&s, s.request(req, true), data)
	if e.parts < 2 {
		t.Errorf("%d replies carried quotations ahead, want the document split", e.parts)
	}
	got := s.docs[f.Name]
	if got == nil || !reflect.DeepEqual(got.Quotes, want.Quotes) {
		t.Fatalf("the document came with %d quotations, want %d", len(got.Quotes), len(want.Quotes))
	}
	if !strings.HasPrefix(s.status, "1 source · "+itoa(len(want.Quotes))+" quotations") {
		t.Errorf("status %q", s.status)
	}
}
