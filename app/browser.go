package app

import (
	"errors"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The functions in this file talk to the browser through go-app's Value
// wrapper, which is backed by syscall/js in the wasm build and by inert
// stubs natively, so the package still builds, vets and tests natively.
// They are only called from event handlers, never while pre-rendering.

// pendingFile is a browser File object not read yet.
type pendingFile struct {
	Name string
	Size int64 // File.size, known before reading: admit checks it
	blob app.Value
}

// takeFileList copies a FileList (from an <input type=file> or a drop)
// into Go and calls done with it. The list itself is only valid during
// the event that carried it, so its Files are first kept in an array of
// the page's own, in one call; their names and sizes are then read for
// taskBudget in each browser task. Each is a call into the browser, and
// for a file on disk the size may be a look at the disk: a drop of a
// hundred files read at once made one of the page's longest tasks.
func takeFileList(list app.Value, done func([]pendingFile)) {
	if list == nil || !list.Truthy() {
		done(nil)
		return
	}
	all := app.Window().Get("Array").Call("from", list)
	n := all.Length()
	files := make([]pendingFile, 0, n)
	var step func()
	step = func() {
		for start := time.Now(); len(files) < n && time.Since(start) < taskBudget; {
			f := all.Index(len(files))
			files = append(files, pendingFile{Name: f.Get("name").String(), Size: int64(f.Get("size").Float()), blob: f})
		}
		if len(files) < n {
			later(step)
			return
		}
		done(files)
	}
	step()
}

// readBlob reads a File's bytes. It blocks until the browser's promise
// settles, so it must run on a goroutine of its own (ctx.Async), never on
// the UI goroutine. The bytes are copied into Go copyBytes at a time, a
// browser task each: a file of 19 MB copied at once held the page for
// 110-130 ms.
func readBlob(f pendingFile) ([]byte, error) {
	type result struct {
		u8  app.Value
		err error
	}
	done := make(chan result, 1)
	var ok, fail app.Func
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		done <- result{u8: app.Window().Get("Uint8Array").New(args[0])}
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "the browser could not read it"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	f.blob.Call("arrayBuffer").Call("then", ok, fail)
	r := <-done
	ok.Release()
	fail.Release()
	if r.err != nil {
		return nil, r.err
	}
	data := make([]byte, r.u8.Length())
	for off := 0; off < len(data); off += copyBytes {
		if off > 0 {
			yieldTask()
		}
		end := min(len(data), off+copyBytes)
		app.CopyBytesToGo(data[off:end], r.u8.Call("subarray", off, end))
	}
	return data, nil
}

// copyBytes is the most bytes the page copies between JavaScript and Go in
// one browser task where it can spread a copy over several.
const copyBytes = 4 << 20

// yieldTask blocks until a later browser task: the page's thread is
// handed back to the browser meanwhile. Like readBlob, it must not run on
// the UI goroutine.
func yieldTask() {
	next := make(chan struct{})
	later(func() { close(next) })
	<-next
}

// download offers text as a file called name, through a Blob URL so
// nothing leaves the page.
func download(name, mime, text string) {
	doc := app.Window().Get("document")
	// The bytes, not a string: making a JavaScript string of a report of
	// tens of megabytes decodes all of it on the page's thread.
	u8 := app.Window().Get("Uint8Array").New(len(text))
	app.CopyBytesToJS(u8, []byte(text))
	parts := app.Window().Get("Array").New()
	parts.Call("push", u8)
	blob := app.Window().Get("Blob").New(parts, map[string]any{"type": mime})
	url := app.Window().Get("URL").Call("createObjectURL", blob)
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("rel", "noopener")
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// Revoke later: some browsers start the download asynchronously.
	var revoke app.Func
	revoke = app.FuncOf(func(app.Value, []app.Value) any {
		app.Window().Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	app.Window().Call("setTimeout", revoke, 10000)
}

// highlights returns the elements in the reader that belong to group id,
// or every shared highlight when id is empty, in document order.
func highlights(id string) []app.Value {
	sel := "#reader [data-group]"
	if id != "" {
		sel = `#reader [data-group="` + cssEscape(id) + `"]`
	}
	list := app.Window().Get("document").Call("querySelectorAll", sel)
	out := make([]app.Value, list.Length())
	for i := range out {
		out[i] = list.Index(i)
	}
	return out
}

// flash scrolls the first element into view and briefly emphasises all of
// them, so the reader sees where a group occurs.
func flash(els []app.Value) {
	if len(els) == 0 {
		return
	}
	els[0].Call("scrollIntoView", map[string]any{"block": "center", "behavior": "smooth"})
	for _, e := range els {
		cl := e.Get("classList")
		cl.Call("remove", "flash")
		e.Get("offsetWidth") // restart the CSS animation
		cl.Call("add", "flash")
	}
}

// quoteHighlights returns the reader's elements of quotation id.
func quoteHighlights(id string) []app.Value {
	list := app.Window().Get("document").Call("querySelectorAll", `#reader [data-quote="`+cssEscape(id)+`"]`)
	out := make([]app.Value, list.Length())
	for i := range out {
		out[i] = list.Index(i)
	}
	return out
}

// showPanelItem scrolls the groups panel to its item with key (see
// reportIndex.key), if it is shown.
func showPanelItem(key string) {
	el := app.Window().Get("document").Call("querySelector", `#groups [data-panel-item="`+cssEscape(key)+`"]`)
	if el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// focusHighlight moves keyboard focus to e without scrolling it away.
func focusHighlight(e app.Value) {
	e.Call("focus", map[string]any{"preventScroll": true})
	flash([]app.Value{e})
}

// cssEscape quotes a value for a CSS attribute selector in double quotes.
func cssEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\a `).Replace(s)
}

// editing reports whether a key press is meant for a form field, in which
// case the page's shortcuts stay out of the way.
func editing(e app.Value) bool {
	t := e.Get("target")
	if !t.Truthy() {
		return false
	}
	switch strings.ToLower(t.Get("tagName").String()) {
	case "input", "textarea", "select":
		return true
	}
	return t.Get("isContentEditable").Truthy()
}
