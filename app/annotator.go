package app

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"time"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

//go:embed example/*.txt
var exampleFS embed.FS

// annotator is the page: it renders the session (the page's state, a
// plain Go value) and wires it to the browser: the window's events, file
// reading, the engine's worker and storage. All of its fields change on
// the UI goroutine only (event handlers and ctx.Dispatch).
type annotator struct {
	app.Compo
	session

	mounted  bool
	dragging bool
	update   bool // a new version of the page is ready

	// focus asks the reader for the part of its document that holds a
	// group, when a long document is shown in parts.
	focus focus

	// shown is the index each panel beside and below the reader shows:
	// they follow index a browser task after the reader and one after the
	// other (see stagger), so the reader shows a new result without
	// waiting for them and no task renders them all.
	shown [panelCount]*reportIndex

	// engine analyses and groups in a Web Worker. engineDown says why
	// there is none: the browser has no workers, or its engine kept dying.
	engine     *engineClient
	engineDown error

	// saving is the save of the workspace under way, if any; storedParts
	// are the parts the stored index names (see newSaver).
	saving      *saver
	storedParts map[string]bool

	release []func()
}

func newAnnotator() *annotator {
	a := &annotator{session: newSession()}
	a.catchUp()
	return a
}

// OnMount restores the stored workspace and listens on the whole window for
// dropped files and for the keyboard shortcuts.
func (a *annotator) OnMount(ctx app.Context) {
	a.listen(ctx)
	if e, err := startEngine(ctx, a.onEngine); err != nil {
		a.engineDown = err
		a.note("", err.Error(), true)
	} else {
		a.engine = e
		a.release = append(a.release, e.stop)
	}
	w, ok, err := loadWorkspace(ctx)
	if err != nil {
		a.note("", err.Error(), true)
	}
	if ok {
		a.storedParts = partKeys(w)
		a.analyse(ctx, a.restore(w), false)
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
		var list app.Value
		if dt := e.Get("dataTransfer"); dt.Truthy() {
			list = dt.Get("files")
		}
		ctx.Dispatch(func(app.Context) { a.dragging = false })
		takeFileList(list, func(files []pendingFile) {
			ctx.Dispatch(func(ctx app.Context) { a.readFiles(ctx, files) })
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
			ctx.Dispatch(func(ctx app.Context) { a.moveCursor(ctx, 1) })
		case "k", "p":
			ctx.Dispatch(func(ctx app.Context) { a.moveCursor(ctx, -1) })
		}
	})
}

// moveCursor moves to the next (+1) or previous (-1) item of the groups
// panel, across documents: the reader shows it, its first highlight takes
// the keyboard focus, and the panel scrolls to the item.
func (a *annotator) moveCursor(ctx app.Context, d int) {
	id, ok := a.walk(d)
	if !ok {
		return
	}
	a.focus = focus{ID: id, N: a.focus.N + 1}
	at := a.at
	ctx.Defer(func(app.Context) {
		if els := highlights(id); len(els) > 0 {
			focusHighlight(els[0])
			flash(els)
		}
		showPanelItem(at)
	})
}

// readFiles reads browser files one by one off the UI goroutine, then
// analyses them.
func (a *annotator) readFiles(ctx app.Context, files []pendingFile) {
	files, refused := admit(len(a.files), files)
	a.refuse(refused)
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
		// In a browser task of its own: the last file's bytes were
		// copied in this one.
		later(func() {
			ctx.Dispatch(func(ctx app.Context) {
				for _, m := range failed {
					a.note(m.File, m.Text, true)
				}
				a.analyse(ctx, a.repeats(read), true)
			})
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
	req, data := a.add(files)
	a.send(a.request(req, save), data)
	perfMark("crossquote-sent", map[string]any{"files": len(files)})
}

// send sends a request prepared by the session to the engine's worker.
func (a *annotator) send(req engineproto.Request, data [][]byte) {
	if a.engine == nil {
		a.noEngine(a.engineDown)
		return
	}
	a.sent(a.engine.send(req, data))
}

// sendExport has the engine make the export shown.
func (a *annotator) sendExport(req engineproto.Request) {
	if a.engine != nil {
		a.sentExport(a.engine.send(req, nil))
	}
}

// onEngine handles one reply of the engine's worker.
func (a *annotator) onEngine(ctx app.Context, r engineproto.Reply) {
	switch r.Op {
	case engineproto.OpCrashed:
		a.onCrash(ctx, r)
		return
	case engineproto.OpExported:
		if a.exported(r) {
			download(a.exportName, exportMIME[r.Kind], a.exportText)
		}
		return
	}
	if a.reply(r) {
		if r.Op == engineproto.OpGroups {
			markTiming(r, len(a.report.Documents))
		}
		a.afterGroups(ctx)
	}
	if r.Op == engineproto.OpReady {
		perfMark("crossquote-engine-ready", nil)
	}
}

// onCrash replaces a worker whose engine died and has the new one analyse
// the files again, but the one that stopped it, which the session sets
// aside. The workspace is stored at once, so a reload never tries that
// file again.
func (a *annotator) onCrash(ctx app.Context, r engineproto.Reply) {
	if a.engine == nil {
		return
	}
	req, data, restart := a.crashed(r)
	if !restart {
		a.engine.stop()
		a.engine, a.engineDown = nil, errors.New("The analysis engine stopped: reload the page to analyse files again.")
		a.afterGroups(ctx)
		return
	}
	a.engine.restart()
	a.send(req, data)
	afterRender(ctx, a.save)
}

// afterChange asks the engine to group the workspace again; until the
// groups come, the page shows the current groups minus the files removed.
func (a *annotator) afterChange(ctx app.Context, save bool) {
	a.send(a.regroup(save), nil)
	if a.engine == nil {
		a.afterGroups(ctx)
	}
}

// afterGroups settles the session once the groups are in; the panels
// beside the reader follow a task later, and the workspace is stored, if
// a change asked for it, in a task of its own.
func (a *annotator) afterGroups(ctx app.Context) {
	save := a.settle()
	if a.exportKind != "" {
		a.sendExport(a.exportRequest())
	}
	var then func(app.Context)
	if save {
		// The workspace is stored once the panels are up, a step a task
		// (see save): a step in the task that renders a panel made it
		// one of the page's longest.
		then = a.save
	}
	a.stagger(ctx, then)
}

// panel is a part of the page that shows the report: the reader (with the
// list of sources) and the panels beside and below it, in the order
// stagger brings them up to a new index.
type panel int

const (
	readerShown panel = iota
	groupsPanelShown
	comparePanelShown
	speakersPanelShown
	coveragePanelShown
	panelCount
)

// stagger brings the reader and the panels up to the index, a browser task
// each, in order: all together took more than half a second of one task
// after a drop of 1,500 files, and the reader alone shared the task that
// took the groups. The lists the panels share are worked out in a task of
// their own before them (see prepare). Then, if not nil, runs in a task of
// its own once the last panel has rendered.
func (a *annotator) stagger(ctx app.Context, then func(app.Context)) {
	show := func(p panel) func(app.Context) {
		return func(app.Context) { a.shown[p] = a.index }
	}
	steps := []func(app.Context){
		show(readerShown),
		func(app.Context) { a.index.prepare() },
		show(groupsPanelShown), show(comparePanelShown), show(speakersPanelShown), show(coveragePanelShown),
		// Every panel has rendered: measuring tools (the browser
		// benchmark in wasm/) count the page's elements from here.
		func(app.Context) { perfMark("crossquote-shown", nil) },
	}
	if then != nil {
		steps = append(steps, then)
	}
	var run func(i int) func(app.Context)
	run = func(i int) func(app.Context) {
		return func(ctx app.Context) {
			steps[i](ctx)
			if i+1 < len(steps) {
				afterRender(ctx, run(i+1))
			}
		}
	}
	afterRender(ctx, run(0))
}

// catchUp brings every panel up to the index at once.
func (a *annotator) catchUp() {
	for p := range a.shown {
		a.shown[p] = a.index
	}
}

// afterRender runs f on the UI goroutine in a browser task of its own
// once the page has rendered the current changes (see laterRendered).
func afterRender(ctx app.Context, f func(app.Context)) {
	laterRendered(ctx, func() { ctx.Dispatch(f) })
}

// save stores the workspace, a step in each browser task (see saver), and
// then says what could not be stored. A save still under way is abandoned:
// this one stores what it would have.
func (a *annotator) save(ctx app.Context) {
	if err := storageError(); err != nil {
		a.storeResult(nil, errForbidden(err))
		return
	}
	s := newSaver(ctx.LocalStorage(), a.stored(), a.storedParts)
	if a.saving != nil {
		s.adopt(a.saving)
	}
	a.saving = s
	var step func()
	step = func() {
		if !s.step(taskBudget) {
			later(step)
			return
		}
		if s.stop {
			return // a newer save or Clear all took over
		}
		ctx.Dispatch(func(ctx app.Context) {
			a.storedParts = s.Stored
			if a.saving == s {
				a.saving = nil
				a.storeResult(s.left, s.err)
			}
		})
	}
	step()
}

// Event handlers.

func (a *annotator) onFiles(ctx app.Context, e app.Event) {
	takeFileList(ctx.JSSrc().Get("files"), func(files []pendingFile) {
		ctx.Dispatch(func(ctx app.Context) { a.readFiles(ctx, files) })
	})
	ctx.JSSrc().Set("value", "") // choosing the same file again fires change again
}

func (a *annotator) onPaste(ctx app.Context, text string) {
	if f, ok := a.pasted(text); ok {
		a.analyse(ctx, []annotations.File{f}, true)
	}
}

// onExample adds the example story, or asks first when the workspace
// holds the reader's sources.
func (a *annotator) onExample(ctx app.Context, e app.Event) {
	if a.wantExample() {
		a.analyse(ctx, exampleFiles(), true)
	}
}

// onExampleAnswer takes the answer to the example's question.
func (a *annotator) onExampleAnswer(ctx app.Context, add, replace bool) {
	if !a.answerExample(add, replace) {
		return
	}
	if replace {
		a.clearEngine(ctx)
	}
	undo := a.undo
	a.analyse(ctx, exampleFiles(), true)
	if replace {
		a.undo = undo // the reader's sources can come back
	}
}

// exampleFiles returns the example story, in the order of its file names.
func exampleFiles() []annotations.File {
	names, _ := fs.Glob(exampleFS, "example/*.txt")
	sort.Strings(names)
	var files []annotations.File
	for _, n := range names {
		data, _ := exampleFS.ReadFile(n)
		files = append(files, annotations.File{Name: path.Base(n), Data: data})
	}
	return files
}

func (a *annotator) onClear(ctx app.Context, e app.Event) {
	a.clearAll()
	a.clearEngine(ctx)
}

// clearEngine has the engine forget every document and the browser the
// stored workspace, once the session is cleared.
func (a *annotator) clearEngine(ctx app.Context) {
	a.catchUp()
	if a.engine != nil {
		a.engine.send(engineproto.Request{Op: engineproto.OpClear}, nil)
	}
	if a.saving != nil {
		a.saving.stop, a.saving = true, nil
	}
	a.storedParts = nil
	clearWorkspace(ctx)
}

// onUndoClear brings back the workspace Clear all emptied.
func (a *annotator) onUndoClear(ctx app.Context, e app.Event) {
	if files, ok := a.undoClear(); ok {
		a.status = "Workspace restored."
		a.analyse(ctx, files, true)
	}
}

// onDismiss forgets message i.
func (a *annotator) onDismiss(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) { a.dismiss(i) }
}

// onFilter narrows the groups panel.
func (a *annotator) onFilter(ctx app.Context, f panelFilter) { a.setFilter(f) }

func (a *annotator) onRemove(ctx app.Context, name string) {
	a.remove(name)
	a.afterChange(ctx, true)
}

func (a *annotator) onSelect(ctx app.Context, name string) {
	a.choose(name)
	a.save(ctx)
}

// onSettings applies an edit of the settings: a field's text (by the
// field's id, checked) or another edit.
func (a *annotator) onSettings(ctx app.Context, field, text string, edit func(*settings)) {
	var regroup bool
	switch field {
	case "tolerance":
		regroup = a.editTolerance(text)
	case "min-words":
		regroup = a.editMinWords(text)
	default:
		regroup = a.changeSettings(edit)
	}
	if regroup {
		a.afterChange(ctx, true)
		return
	}
	a.save(ctx)
}

func (a *annotator) onCompare(ctx app.Context, right bool, name string) {
	a.compare(right, name)
}

// onGroup shows group id: the reader switches to a document that has it
// when the current one does not, then every occurrence flashes.
func (a *annotator) onGroup(ctx app.Context, id string) {
	if a.showGroup(id) {
		a.focus = focus{ID: id, N: a.focus.N + 1}
		ctx.Defer(func(app.Context) { flash(highlights(id)) })
	}
}

// onQuote shows quotation quote of document doc, one no group holds: the
// reader switches to doc, then the quotation flashes.
func (a *annotator) onQuote(ctx app.Context, doc, quote string) {
	a.choose(doc)
	a.focus = focus{ID: "", N: a.focus.N + 1, Quote: quote}
	ctx.Defer(func(app.Context) { flash(quoteHighlights(quote)) })
}

// onSpeaker narrows the groups panel to one speaker and goes there.
func (a *annotator) onSpeaker(ctx app.Context, name string) {
	f := a.filter
	f.Speaker = name
	a.setFilter(f)
	ctx.Defer(func(ctx app.Context) { jump("groups")(ctx, app.Event{}) })
}

// onExport has the engine make the export of kind; it is downloaded when
// it comes (see onEngine).
func (a *annotator) onExport(ctx app.Context, kind engineproto.ExportKind) {
	a.sendExport(a.chooseExport(kind))
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
	// The reader and the list of sources show the index they were
	// brought up to (see stagger).
	shown := a.shown[readerShown]
	doc := shown.byName[a.selected]
	return root.Body(
		// Section links are buttons: go-app resolves an href against the
		// site prefix, which would turn "#main" into a page load.
		app.Button().Class("skip").Text("Skip to content").OnClick(jump("main")),
		specimen(),
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
				app.Button().Class("navlink").Text("Speakers").OnClick(jump("speakers")),
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
					AskExample(a.askExample).
					OnExampleAnswer(a.onExampleAnswer).
					OnClear(a.onClear),
				newSourceList().
					Files(a.files).
					Index(shown).
					Pending(a.pending).
					Selected(a.selected).
					OnSelect(a.onSelect).
					OnRemove(a.onRemove).
					Original(a.original).
					OnOriginal(a.onOriginal),
				newSettingsPanel().
					Settings(a.settings).
					Errors(a.fieldErrors).
					OnChange(a.onSettings),
				app.Section().Class("panel help").Aria("label", "Keyboard").Body(
					app.H2().Text("Keyboard"),
					app.P().Body(
						app.Kbd().Text("j"), app.Text(" / "), app.Kbd().Text("n"), app.Text(" next item of the shared list (in whichever source has it), "),
						app.Kbd().Text("k"), app.Text(" / "), app.Kbd().Text("p"), app.Text(" previous."),
					),
				),
			),
			app.Main().ID("main").TabIndex(-1).Body(
				app.P().ID("status").Class("status").Aria("live", "polite").Body(
					app.Text(a.status),
					app.If(a.undo != nil, func() app.UI {
						return app.Button().ID("undo-clear").Class("btn subtle").Text("Undo").
							Title("Bring back the sources as they were").OnClick(a.onUndoClear)
					}),
				),
				app.If(len(a.messages) > 2, func() app.UI {
					return app.Button().ID("dismiss-all").Class("btn subtle").Text(fmt.Sprintf("Dismiss all %d messages", len(a.messages))).
						OnClick(func(ctx app.Context, e app.Event) { a.dismissAll() })
				}),
				app.Ul().ID("messages").Class("messages").Aria("live", "polite").Body(
					app.Range(a.messages).Slice(func(i int) app.UI {
						m := a.messages[i]
						return app.Li().Class(map[bool]string{true: "error", false: "info"}[m.Error]).Body(
							app.Span().Text(m.Text),
							app.Button().Class("dismiss").DataSet("dismiss", i).Aria("label", "Dismiss this message").
								Title("Dismiss").Text("×").OnClick(a.onDismiss(i)),
						)
					}),
				),
				app.If(!hasDocs, func() app.UI { return emptyState(a.onExample) }),
				app.If(hasDocs, func() app.UI {
					return app.Div().Class("workspace").Body(
						app.Section().ID("reader").Class("reader").TabIndex(-1).Aria("label", "Reader").Body(
							app.If(doc == nil, func() app.UI {
								return app.P().Class("quiet").Text("No document could be read yet.")
							}).Else(func() app.UI {
								return newDocumentView().Doc(doc).Index(shown).ShowRemoved(a.settings.ShowRemoved).Focus(a.focus)
							}),
						),
						newGroupsPanel().Index(a.shown[groupsPanelShown]).Current(a.selected).Filter(a.filter).At(a.at).
							OnGroup(a.onGroup).OnFilter(a.onFilter),
					)
				}),
				app.If(hasDocs, func() app.UI {
					return newCompareView().Index(a.shown[comparePanelShown]).Left(a.compareA).Right(a.compareB).
						ShowRemoved(a.settings.ShowRemoved).OnChange(a.onCompare)
				}),
				app.If(hasDocs, func() app.UI { return a.fidelityPanel() }),
				app.If(hasDocs, func() app.UI {
					return newSpeakersView().Index(a.shown[speakersPanelShown]).OnGroup(a.onGroup).OnQuote(a.onQuote).OnSpeaker(a.onSpeaker)
				}),
				app.If(hasDocs, func() app.UI { return newCoverageGrid().Index(a.shown[coveragePanelShown]) }),
				newExportPanel().Kind(a.exportKind).Text(a.exportBox).Preview(a.mdHTML).
					Disabled(!hasDocs).OnExport(a.onExport),
			),
		),
		app.Footer().Class("footer").Body(
			app.P().Text("crossquote runs entirely in this tab: your files never leave the browser. Highlights are automatic and can be wrong; check the source."),
		),
		app.Div().Class("dropveil").Aria("hidden", "true").Body(app.P().Text("Drop the files to add them")),
	)
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
		app.P().Text("Drop a few articles about one event (.txt, .md or saved .html pages) anywhere on this page, choose them with “Add files”, or paste an article. crossquote finds the quotations they share — exactly or slightly altered — who said them, and what web clutter it stripped."),
		app.Ol().Body(
			app.Li().Text("Add two or more articles about the same story."),
			app.Li().Text("Read each one with its shared quotations highlighted, one colour per quotation."),
			app.Li().Text("Compare two sources side by side, see who used which quotation, and export the result."),
		),
		app.P().Body(app.Button().Class("btn primary").Text("Try the example story").OnClick(onExample)),
		app.P().Class("quiet").Text("The example is a short fictional story told by four invented outlets."),
	)
}
