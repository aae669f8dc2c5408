package app

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

//go:embed example/*.txt
var exampleFS embed.FS

// annotator is the page: it owns the files, the analysis and the reader's
// settings, and hands slices of them to the panels it renders. All of its
// fields change on the UI goroutine only (event handlers and ctx.Dispatch).
type annotator struct {
	app.Compo

	mounted  bool
	dragging bool
	update   bool // a new version of the page is ready

	files   []annotations.File               // inputs in the order given
	docs    map[string]*annotations.Document // analysed, by file name
	pending map[string]int                   // file name → generation being analysed
	gen     int
	report  *annotations.Report
	index   *reportIndex
	// lateIndex is the index of the panels beside and below the reader
	// (groups, compare and coverage): it follows index one browser task
	// later, so the reader shows a new result without waiting for them.
	lateIndex *reportIndex
	settings  settings

	selected           string // document shown in the reader
	compareA, compareB string
	cursor             int // position of j/k among the reader's shared highlights

	status   string
	messages []message

	exportKind, exportText, exportName, mdHTML string

	// engine analyses and groups in a Web Worker. groupSeq is the request
	// whose groups the page waits for (replies to older ones are stale),
	// saveAfter whether the workspace is stored when they come.
	engine    *engineClient
	groupSeq  int
	saveAfter bool

	release []func()
}

// message is a notice about one file (or about the workspace when File is
// empty), shown in #messages.
type message struct {
	File, Text string
	Error      bool
}

func newAnnotator() *annotator {
	a := &annotator{settings: defaultSettings()}
	a.reset()
	return a
}

func (a *annotator) reset() {
	a.files, a.docs, a.pending = nil, map[string]*annotations.Document{}, map[string]int{}
	a.selected, a.compareA, a.compareB, a.cursor = "", "", "", -1
	a.messages = nil
	a.exportKind, a.exportText, a.exportName, a.mdHTML = "", "", "", ""
	a.groupSeq, a.saveAfter = 0, false
	a.show(nil)
	a.lateIndex = a.index
	a.status = "No sources yet."
}

// OnMount restores the stored workspace and listens on the whole window for
// dropped files and for the keyboard shortcuts.
func (a *annotator) OnMount(ctx app.Context) {
	a.listen(ctx)
	if e, err := startEngine(ctx, a.onEngine); err != nil {
		a.note("", err.Error(), true)
	} else {
		a.engine = e
		a.release = append(a.release, e.stop)
	}
	if w, ok, err := loadWorkspace(ctx); err != nil {
		a.note("", err.Error(), true)
	} else if ok {
		a.settings = settings{Tolerance: w.Tolerance, MinWords: w.MinWords, ShowRemoved: w.ShowRemoved}.valid()
		a.selected = w.Selected
		a.analyse(ctx, w.Files, false)
	}
	a.mounted = true
}

// OnDismount drops the window listeners.
func (a *annotator) OnDismount() {
	for _, f := range a.release {
		f()
	}
	a.release = nil
}

// OnAppUpdate shows the "new version" banner; the service worker has the
// new files, a reload uses them.
func (a *annotator) OnAppUpdate(ctx app.Context) { a.update = true }

func (a *annotator) listen(ctx app.Context) {
	on := func(event string, h func(e app.Value)) {
		f := app.FuncOf(func(this app.Value, args []app.Value) any {
			h(args[0])
			return nil
		})
		app.Window().Call("addEventListener", event, f)
		a.release = append(a.release, func() {
			app.Window().Call("removeEventListener", event, f)
			f.Release()
		})
	}
	hasFiles := func(e app.Value) bool {
		dt := e.Get("dataTransfer")
		if !dt.Truthy() {
			return false
		}
		types := dt.Get("types")
		for i := 0; types.Truthy() && i < types.Length(); i++ {
			if types.Index(i).String() == "Files" {
				return true
			}
		}
		return dt.Get("files").Truthy() && dt.Get("files").Length() > 0
	}
	// preventDefault must run synchronously, inside the event, or the
	// browser opens the dropped file itself.
	for _, ev := range []string{"dragenter", "dragover"} {
		on(ev, func(e app.Value) {
			e.Call("preventDefault")
			if hasFiles(e) {
				e.Get("dataTransfer").Set("dropEffect", "copy")
				ctx.Dispatch(func(app.Context) { a.dragging = true })
			}
		})
	}
	on("dragleave", func(e app.Value) {
		if rt := e.Get("relatedTarget"); !rt.Truthy() {
			ctx.Dispatch(func(app.Context) { a.dragging = false })
		}
	})
	on("drop", func(e app.Value) {
		e.Call("preventDefault")
		var files []pendingFile
		if dt := e.Get("dataTransfer"); dt.Truthy() {
			files = fileList(dt.Get("files"))
		}
		ctx.Dispatch(func(ctx app.Context) {
			a.dragging = false
			a.readFiles(ctx, files)
		})
	})
	// A page left open learns of a new deployment only when something asks
	// the service worker to look: ask whenever the reader comes back to it.
	on("visibilitychange", func(app.Value) {
		if app.Window().Get("document").Get("visibilityState").String() == "visible" {
			app.TryUpdate()
		}
	})
	on("keydown", func(e app.Value) {
		if editing(e) || e.Get("ctrlKey").Truthy() || e.Get("metaKey").Truthy() || e.Get("altKey").Truthy() {
			return
		}
		switch e.Get("key").String() {
		case "j", "n":
			ctx.Dispatch(func(ctx app.Context) { a.step(1) })
		case "k", "p":
			ctx.Dispatch(func(ctx app.Context) { a.step(-1) })
		}
	})
}

// step moves the keyboard cursor to the next (+1) or previous (-1) shared
// highlight in the reader and focuses it.
func (a *annotator) step(d int) {
	els := highlights("")
	n := len(els)
	switch {
	case n == 0:
		a.status = "This document has no shared quotation to move to."
		return
	case a.cursor < 0 || a.cursor >= n:
		// Fresh start: j goes to the first, k to the last.
		a.cursor = map[bool]int{true: 0, false: n - 1}[d > 0]
	default:
		a.cursor = ((a.cursor+d)%n + n) % n
	}
	focusHighlight(els[a.cursor])
}

// readFiles reads browser files one by one off the UI goroutine, then
// analyses them.
func (a *annotator) readFiles(ctx app.Context, files []pendingFile) {
	files, refused := admit(len(a.files), files)
	for _, m := range refused {
		a.dropMessages(m.File)
		a.note(m.File, m.Text, m.Error)
	}
	if len(files) == 0 {
		return
	}
	a.status = fmt.Sprintf("Reading %d file%s…", len(files), plural(len(files)))
	ctx.Async(func() {
		var read []annotations.File
		var failed []message
		// Each status is a render of the page: only a long read shows
		// its progress.
		shown := time.Now()
		for i, f := range files {
			if time.Since(shown) >= engineproto.ProgressEvery {
				shown = time.Now()
				ctx.Dispatch(func(app.Context) {
					a.status = fmt.Sprintf("Reading %d of %d: %s…", i+1, len(files), f.Name)
				})
			}
			data, err := readBlob(f)
			if err != nil {
				failed = append(failed, message{f.Name, fmt.Sprintf("%s: could not be read: %v", f.Name, err), true})
				continue
			}
			read = append(read, annotations.File{Name: f.Name, Data: data})
		}
		ctx.Dispatch(func(ctx app.Context) {
			for _, m := range failed {
				a.note(m.File, m.Text, true)
			}
			a.analyse(ctx, a.repeats(read), true)
		})
	})
}

// analyse adds files to the workspace (a file with a name already present
// replaces it) and has the engine's worker analyse them: it sends back
// each document as it is done, then the groups of the whole workspace.
func (a *annotator) analyse(ctx app.Context, files []annotations.File, save bool) {
	if len(files) == 0 {
		a.afterChange(ctx, save)
		return
	}
	refs := make([]engineproto.FileRef, len(files))
	data := make([][]byte, len(files))
	for i, f := range files {
		a.gen++
		refs[i], data[i] = engineproto.FileRef{Name: f.Name, Gen: a.gen}, f.Data
		a.pending[f.Name] = a.gen
		a.dropMessages(f.Name)
		replaced := false
		for j := range a.files {
			if a.files[j].Name == f.Name {
				a.files[j], replaced = f, true
			}
		}
		if !replaced {
			a.files = append(a.files, f)
		}
	}
	a.status = fmt.Sprintf("Analysing %d file%s…", len(files), plural(len(files)))
	a.request(engineproto.Request{Op: engineproto.OpAdd, Files: refs}, data, save)
	perfMark("crossquote-sent", map[string]any{"files": len(files)})
}

// request sends an OpAdd or OpRegroup request for the workspace as it is
// now; its groups replace the current ones when they come.
func (a *annotator) request(req engineproto.Request, data [][]byte, save bool) {
	a.saveAfter = a.saveAfter || save
	if a.engine == nil {
		clear(a.pending)
		a.status = errNoWorker.Error()
		return
	}
	req.Names = make([]string, len(a.files))
	for i, f := range a.files {
		req.Names[i] = f.Name
	}
	req.Tolerance, req.MinWords = a.settings.Tolerance, a.settings.MinWords
	a.groupSeq = a.engine.send(req, data)
}

// onEngine handles one reply of the engine's worker.
func (a *annotator) onEngine(ctx app.Context, r engineproto.Reply) {
	a.take(r)
	switch r.Op {
	case engineproto.OpDocument:
		if n := len(r.Documents); n > 0 && r.Documents[n-1].Document != nil && r.Seq == a.groupSeq {
			a.status = fmt.Sprintf("Analysed %d of %d: %s", r.Done, r.Total, r.Documents[n-1].Document.Name)
		}
	case engineproto.OpGroups:
		if r.Seq != a.groupSeq {
			return // a newer request is on its way
		}
		// The worker handles requests in order: every file sent so far
		// has been analysed.
		clear(a.pending)
		for _, d := range a.docs {
			d.DuplicateOf = r.Duplicates[d.Name]
		}
		a.show(r.Groups)
		markTiming(r, len(a.report.Documents))
		a.settle(ctx)
	case engineproto.OpReady:
		perfMark("crossquote-engine-ready", nil)
	case engineproto.OpError:
		a.note("", r.Error, true)
		if r.Seq == a.groupSeq || r.Seq == 0 {
			// No groups will come for the request awaited.
			clear(a.pending)
			a.show(a.report.Groups)
			a.settle(ctx)
		}
	}
}

// take keeps the analysed documents of reply r, except those of files
// removed or replaced since.
func (a *annotator) take(r engineproto.Reply) {
	for _, x := range r.Documents {
		d := x.Document
		if d == nil || a.pending[d.Name] != x.Gen {
			continue
		}
		a.docs[d.Name] = d
		if d.Error != "" {
			a.note(d.Name, d.Error, true)
		}
	}
}

// afterChange asks the engine to group the workspace again; until the
// groups come, the page shows the current groups minus the files removed.
func (a *annotator) afterChange(ctx app.Context, save bool) {
	a.show(a.report.Groups)
	a.request(engineproto.Request{Op: engineproto.OpRegroup}, nil, save)
	if a.engine == nil {
		a.settle(ctx)
	}
}

// settle fixes the selections once the groups are in, and stores the
// workspace if a change asked for it.
func (a *annotator) settle(ctx app.Context) {
	a.noteDuplicates()
	names := a.readable()
	if !contains(names, a.selected) {
		a.selected = first(names, 0)
	}
	names = nil
	for _, d := range a.index.matched {
		names = append(names, d.Name)
	}
	if !contains(names, a.compareA) {
		a.compareA = first(names, 0)
	}
	if !contains(names, a.compareB) || a.compareB == a.compareA {
		a.compareB = ""
		for _, n := range names {
			if n != a.compareA {
				a.compareB = n
				break
			}
		}
	}
	a.cursor = -1
	a.status = a.summary()
	a.refreshExport()
	afterRender(ctx, func(app.Context) { a.lateIndex = a.index })
	if a.saveAfter {
		// Storing encodes every file: in a browser task of its own, after
		// the page has shown the result.
		a.saveAfter = false
		afterRender(ctx, a.save)
	}
}

// afterRender runs f on the UI goroutine in a browser task of its own
// once the page has rendered the current changes. go-app renders on a
// timer a frame after a dispatch, so a plain later would run first and
// its changes would render in the same long task.
func afterRender(ctx app.Context, f func(app.Context)) {
	ctx.Defer(func(ctx app.Context) {
		later(func() { ctx.Dispatch(f) })
	})
}

// show makes the report of the analysed documents, in the order of the
// files, and groups: members in documents no longer there are left out,
// and so is a group left with fewer than two documents.
func (a *annotator) show(groups []annotations.Group) {
	docs := make([]*annotations.Document, 0, len(a.files))
	for _, f := range a.files {
		if d := a.docs[f.Name]; d != nil {
			docs = append(docs, d)
		}
	}
	kept := make([]annotations.Group, 0, len(groups))
	for _, g := range groups {
		var ms []annotations.Member
		in := map[string]bool{}
		for _, m := range g.Members {
			if a.docs[m.Document] != nil {
				ms = append(ms, m)
				in[m.Document] = true
			}
		}
		if len(in) >= 2 {
			g.Members = ms
			kept = append(kept, g)
		}
	}
	a.report = &annotations.Report{Documents: docs, Groups: kept}
	a.index = newReportIndex(a.report)
}

func (a *annotator) save(ctx app.Context) {
	a.dropMessages(storageNote)
	left, err := saveWorkspace(ctx, workspace{
		Files:       a.files,
		Tolerance:   a.settings.Tolerance,
		MinWords:    a.settings.MinWords,
		ShowRemoved: a.settings.ShowRemoved,
		Selected:    a.selected,
	})
	if err != nil {
		// Nothing was stored: the per-file notes would claim otherwise.
		a.note(storageNote, err.Error(), true)
		return
	}
	for _, name := range left {
		a.note(storageNote, fmt.Sprintf("%s could not be stored in this browser (storage full): it will be gone after a reload. The other files and the settings are stored.", name), true)
	}
}

// storageNote is the File of messages about the stored workspace.
const storageNote = "\x00storage"

// duplicateNote starts the File of the message about a duplicate file.
const duplicateNote = "\x00duplicate:"

// noteDuplicates says which files repeat another's text and so are not
// counted as sources of their own.
func (a *annotator) noteDuplicates() {
	for _, d := range a.index.docs {
		a.dropMessages(duplicateNote + d.Name)
		if d.DuplicateOf != "" {
			a.note(duplicateNote+d.Name, fmt.Sprintf("%s has exactly the same text as %s, so it is not counted as another source.", d.Name, d.DuplicateOf), false)
		}
	}
}

func (a *annotator) note(file, text string, isErr bool) {
	a.messages = append(a.messages, message{file, text, isErr})
}

func (a *annotator) dropMessages(file string) {
	kept := a.messages[:0]
	for _, m := range a.messages {
		if m.File != file {
			kept = append(kept, m)
		}
	}
	a.messages = kept
}

// readable lists the names of the documents that could be analysed, in
// the order the files were given.
func (a *annotator) readable() []string {
	var names []string
	for _, d := range a.index.docs {
		names = append(names, d.Name)
	}
	return names
}

func (a *annotator) summary() string {
	if len(a.files) == 0 {
		return "No sources yet."
	}
	if len(a.pending) > 0 {
		return fmt.Sprintf("Analysing %d file%s…", len(a.pending), plural(len(a.pending)))
	}
	n, quotes := len(a.index.matched), 0
	for _, d := range a.index.matched {
		quotes += len(d.Quotes)
	}
	shared := 0
	for _, g := range a.report.Groups {
		if g.Kind == annotations.KindQuote {
			shared++
		}
	}
	return fmt.Sprintf("%d source%s · %d quotation%s · %d shared quotation%s · %d shared passage%s",
		n, plural(n), quotes, plural(quotes), shared, plural(shared),
		len(a.report.Groups)-shared, plural(len(a.report.Groups)-shared))
}

// Event handlers.

func (a *annotator) onFiles(ctx app.Context, e app.Event) {
	a.readFiles(ctx, fileList(ctx.JSSrc().Get("files")))
	ctx.JSSrc().Set("value", "") // choosing the same file again fires change again
}

func (a *annotator) onPaste(ctx app.Context, text string) {
	if strings.TrimSpace(text) == "" {
		a.note("", "Paste some text first.", false)
		return
	}
	n := 1
	for a.hasFile(fmt.Sprintf("pasted-%d.txt", n)) {
		n++
	}
	a.dropMessages("")
	a.analyse(ctx, []annotations.File{{Name: fmt.Sprintf("pasted-%d.txt", n), Data: []byte(text)}}, true)
}

func (a *annotator) hasFile(name string) bool {
	for _, f := range a.files {
		if f.Name == name {
			return true
		}
	}
	return false
}

func (a *annotator) onExample(ctx app.Context, e app.Event) {
	names, _ := fs.Glob(exampleFS, "example/*.txt")
	sort.Strings(names)
	var files []annotations.File
	for _, n := range names {
		data, _ := exampleFS.ReadFile(n)
		files = append(files, annotations.File{Name: path.Base(n), Data: data})
	}
	a.analyse(ctx, files, true)
}

func (a *annotator) onClear(ctx app.Context, e app.Event) {
	a.reset()
	if a.engine != nil {
		a.engine.send(engineproto.Request{Op: engineproto.OpClear}, nil)
	}
	clearWorkspace(ctx)
	a.status = "Workspace cleared."
}

func (a *annotator) onRemove(ctx app.Context, name string) {
	kept := a.files[:0]
	for _, f := range a.files {
		if f.Name != name {
			kept = append(kept, f)
		}
	}
	a.files = kept
	delete(a.docs, name)
	delete(a.pending, name)
	a.dropMessages(name)
	a.dropMessages(duplicateNote + name)
	a.afterChange(ctx, true)
}

func (a *annotator) onSelect(ctx app.Context, name string) {
	a.selected, a.cursor = name, -1
	a.save(ctx)
}

func (a *annotator) onSettings(ctx app.Context, edit func(*settings)) {
	s := a.settings
	edit(&s)
	s = s.valid()
	regroup := s.Tolerance != a.settings.Tolerance || s.MinWords != a.settings.MinWords
	a.settings = s
	if regroup {
		a.afterChange(ctx, true)
		return
	}
	a.save(ctx)
}

func (a *annotator) onCompare(ctx app.Context, right bool, name string) {
	if right {
		a.compareB = name
	} else {
		a.compareA = name
	}
}

// onGroup shows group id: the reader switches to a document that has it
// when the current one does not, then every occurrence flashes.
func (a *annotator) onGroup(ctx app.Context, id string) {
	srcs := a.index.sources[id]
	if len(srcs) == 0 {
		return
	}
	if !contains(srcs, a.selected) {
		a.selected = srcs[0]
	}
	ctx.Defer(func(app.Context) { flash(highlights(id)) })
}

func (a *annotator) onExport(ctx app.Context, kind string) {
	a.exportKind = kind
	a.refreshExport()
	if a.exportText != "" {
		download(a.exportName, exportMIME[kind], a.exportText)
	}
}

func (a *annotator) refreshExport() {
	if a.exportKind == "" {
		return
	}
	a.exportName, a.exportText, a.mdHTML = exportReport(a.report, a.exportKind)
}

func (a *annotator) Render() app.UI {
	root := app.Div().ID("crossquote").Class("cq")
	if a.mounted {
		root = root.DataSet("ready", "true")
	}
	if a.dragging {
		root = root.Class("dragging")
	}
	hasDocs := len(a.files) > 0
	doc := a.index.byName[a.selected]
	return root.Body(
		// Section links are buttons: go-app resolves an href against the
		// site prefix, which would turn "#main" into a page load.
		app.Button().Class("skip").Text("Skip to content").OnClick(jump("main")),
		app.If(a.update, func() app.UI {
			return app.Div().Class("banner").Aria("live", "polite").Body(
				app.Span().Text("A new version of crossquote is ready."),
				app.Button().Class("btn").Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.Header().Class("topbar").Body(
			app.Div().Class("brand").Body(
				app.Img().Src("/web/icon.svg").Alt("").Aria("hidden", "true").Width(28).Height(28),
				app.Span().Class("name").Text("crossquote"),
				app.Span().Class("tagline").Text("Which quotations do the outlets share, and how did each one change them?"),
			),
			app.Nav().Aria("label", "Sections").Body(
				app.Button().Class("navlink").Text("Reader").OnClick(jump("reader")),
				app.Button().Class("navlink").Text("Shared").OnClick(jump("groups")),
				app.Button().Class("navlink").Text("Compare").OnClick(jump("compare")),
				app.Button().Class("navlink").Text("Coverage").OnClick(jump("coverage")),
				app.Button().Class("navlink").Text("Export").OnClick(jump("export")),
			),
		),
		app.Div().Class("layout").Body(
			app.Aside().Class("sidebar").Aria("label", "Sources and settings").Body(
				newIntake().
					OnFiles(a.onFiles).
					OnPaste(a.onPaste).
					OnExample(a.onExample).
					OnClear(a.onClear),
				newSourceList().
					Files(a.files).
					Index(a.index).
					Pending(a.pending).
					Selected(a.selected).
					OnSelect(a.onSelect).
					OnRemove(a.onRemove),
				newSettingsPanel().
					Settings(a.settings).
					OnChange(a.onSettings),
				app.Section().Class("panel help").Aria("label", "Keyboard").Body(
					app.H2().Text("Keyboard"),
					app.P().Body(
						app.Kbd().Text("j"), app.Text(" / "), app.Kbd().Text("n"), app.Text(" next shared quotation, "),
						app.Kbd().Text("k"), app.Text(" / "), app.Kbd().Text("p"), app.Text(" previous."),
					),
				),
			),
			app.Main().ID("main").TabIndex(-1).Body(
				app.P().ID("status").Class("status").Aria("live", "polite").Text(a.status),
				app.Ul().ID("messages").Class("messages").Aria("live", "polite").Body(
					app.Range(a.messages).Slice(func(i int) app.UI {
						m := a.messages[i]
						return app.Li().Class(map[bool]string{true: "error", false: "info"}[m.Error]).Text(m.Text)
					}),
				),
				app.If(!hasDocs, func() app.UI { return emptyState(a.onExample) }),
				app.If(hasDocs, func() app.UI {
					return app.Div().Class("workspace").Body(
						app.Section().ID("reader").Class("reader").TabIndex(-1).Aria("label", "Reader").Body(
							app.If(doc == nil, func() app.UI {
								return app.P().Class("quiet").Text("No document could be read yet.")
							}).Else(func() app.UI {
								return newDocumentView().Doc(doc).Index(a.index).ShowRemoved(a.settings.ShowRemoved)
							}),
						),
						newGroupsPanel().Index(a.late()).Current(a.selected).OnGroup(a.onGroup),
					)
				}),
				app.If(hasDocs, func() app.UI {
					return newCompareView().Index(a.late()).Left(a.compareA).Right(a.compareB).
						ShowRemoved(a.settings.ShowRemoved).OnChange(a.onCompare)
				}),
				app.If(hasDocs, func() app.UI { return newCoverageGrid().Index(a.late()) }),
				newExportPanel().Kind(a.exportKind).Text(a.exportText).Preview(a.mdHTML).
					Disabled(!hasDocs).OnExport(a.onExport),
			),
		),
		app.Footer().Class("footer").Body(
			app.P().Text("crossquote runs entirely in this tab: your files never leave the browser. Highlights are automatic and can be wrong; check the source."),
		),
		app.Div().Class("dropveil").Aria("hidden", "true").Body(app.P().Text("Drop the files to add them")),
	)
}

// late returns the index for the panels beside and below the reader, see
// lateIndex.
func (a *annotator) late() *reportIndex {
	if a.lateIndex == nil {
		return a.index
	}
	return a.lateIndex
}

// jump returns a click handler that scrolls to and focuses element id.
func jump(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		el := app.Window().GetElementByID(id)
		if !el.Truthy() {
			return
		}
		el.Call("scrollIntoView", map[string]any{"behavior": "smooth", "block": "start"})
		el.Call("focus", map[string]any{"preventScroll": true})
	}
}

func emptyState(onExample app.EventHandler) app.UI {
	return app.Section().Class("empty").Aria("label", "Getting started").Body(
		app.H1().Text("Compare how outlets quote the same story"),
		app.P().Text("Drop a few plain-text or Markdown articles about one event anywhere on this page, choose them with “Add files”, or paste an article. crossquote finds the quotations they share — exactly or slightly altered — who said them, and what web clutter it stripped."),
		app.Ol().Body(
			app.Li().Text("Add two or more articles about the same story."),
			app.Li().Text("Read each one with its shared quotations highlighted, one colour per quotation."),
			app.Li().Text("Compare two sources side by side, see who used which quotation, and export the result."),
		),
		app.P().Body(app.Button().Class("btn primary").Text("Try the example story").OnClick(onExample)),
		app.P().Class("quiet").Text("The example is a short fictional story told by four invented outlets."),
	)
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
