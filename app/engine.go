package app

import (
	"errors"
	"runtime"
	"time"

	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// engineClient runs the analysis engine (web/engine.wasm, built from
// wasm/engine) in a Web Worker and talks to it with package engineproto,
// so the page's thread only renders while files are analysed. When the
// engine dies, restart replaces the worker.
type engineClient struct {
	ctx     app.Context
	handle  func(app.Context, engineproto.Reply)
	worker  app.Value
	release []app.Func
	seq     int
	// life counts the workers started: a reply of a worker replaced since
	// is dropped.
	life int
}

// errNoWorker is the message shown in a browser without Web Workers.
var errNoWorker = errors.New("This browser cannot run the analysis in the background (it has no Web Workers): crossquote needs a current browser.")

// startEngine starts the worker; every reply is decoded and handed to
// handle on the UI goroutine, one dispatch per message, so a thousand
// documents arrive in a thousand small tasks.
func startEngine(ctx app.Context, handle func(app.Context, engineproto.Reply)) (*engineClient, error) {
	if !app.Window().Get("Worker").Truthy() {
		return nil, errNoWorker
	}
	c := &engineClient{ctx: ctx, handle: handle}
	c.start()
	return c, nil
}

// start starts a worker and listens to it.
func (c *engineClient) start() {
	c.life++
	life, ctx := c.life, c.ctx
	var asm engineproto.Assembler // the new worker's documents split in parts
	c.worker = app.Window().Get("Worker").New(ctx.ResolveStaticResource("/web/engine-worker.js"))
	on := func(event string, f func(app.Value) engineproto.Reply) {
		fn := app.FuncOf(func(this app.Value, args []app.Value) any {
			r, whole := asm.Take(f(args[0]))
			if !whole {
				return nil // quotations of a document still to come
			}
			// Decoding a large reply and showing it are two tasks, so
			// neither holds the page for long.
			later(func() {
				ctx.Dispatch(func(ctx app.Context) {
					if life == c.life {
						c.handle(ctx, r)
					}
				})
			})
			return nil
		})
		c.worker.Call("addEventListener", event, fn)
		c.release = append(c.release, fn)
	}
	on("message", func(e app.Value) engineproto.Reply {
		r, err := engineproto.DecodeReply(replyBytes(e.Get("data")))
		if err != nil {
			return engineproto.Reply{Op: engineproto.OpError, Error: "The analysis engine sent a message the page cannot read: " + err.Error()}
		}
		return r
	})
	// The worker's script reports the engine's death itself, naming the
	// file (OpCrashed); an error that reaches the page is one the script
	// could not catch: the engine is as dead.
	on("error", func(e app.Value) engineproto.Reply {
		e.Call("preventDefault")
		msg := "the worker failed"
		if m := e.Get("message"); m.Truthy() {
			msg = m.String()
		}
		return engineproto.Reply{Op: engineproto.OpCrashed, Error: msg}
	})
}

// restart replaces a worker whose engine died by a new one, which holds
// no document; replies still on their way from the old one are dropped.
func (c *engineClient) restart() {
	c.stop()
	c.start()
}

// replyBytes returns the bytes of a reply: those of a Uint8Array, or the
// text of a string, which the worker's script sends when the engine
// cannot start.
func replyBytes(v app.Value) []byte {
	if v.Type() == app.TypeString {
		return []byte(v.String())
	}
	b := make([]byte, v.Length())
	app.CopyBytesToGo(b, v)
	return b
}

// send posts a request with the bytes of its files, whose buffers are
// transferred to the worker rather than copied, and returns its Seq. It
// is called on the UI goroutine. The bytes are copied out of Go in a
// browser task of its own, after the page has rendered what was dropped
// (see laterRendered): for a thousand articles packing and copying them
// was half of the task that also mounted the list of sources. Requests still go
// in the order sent, and one sent to a worker replaced since is dropped
// (the page sends the new worker what it needs, see onCrash).
func (c *engineClient) send(req engineproto.Request, data [][]byte) int {
	c.seq++
	req.Seq = c.seq
	life := c.life
	laterRendered(c.ctx, func() {
		if life == c.life {
			c.post(req, data)
			if len(data) > 0 {
				// The page waits while the worker analyses the files:
				// a collection then is a task at a quiet moment, and
				// sets the collector's next goal from the heap that
				// holds them. Otherwise it fell in one of the tasks
				// that take the groups in (1,500 small files: the
				// longest task 133-173 ms; with it, 70-82 ms).
				later(runtime.GC)
			}
		}
	})
	return c.seq
}

// post posts req, see send.
func (c *engineClient) post(req engineproto.Request, data [][]byte) {
	req = withSizes(req, data)
	b, err := engineproto.EncodeRequest(req)
	if err != nil { // only plain strings and numbers: cannot happen
		panic(err)
	}
	w := app.Window()
	list, transfer := w.Get("Array").New(), w.Get("Array").New()
	var scratch []byte
	for _, g := range packGroups(data, packBytes) {
		u8 := w.Get("Uint8Array").New(g.size)
		scratch = copyPacked(u8, data[g.from:g.to], scratch)
		list.Call("push", u8)
		transfer.Call("push", u8.Get("buffer"))
	}
	msg := w.Get("Object").New()
	msg.Set("json", string(b))
	msg.Set("data", list)
	c.worker.Call("postMessage", msg, transfer)
}

// packBytes is the size of the byte arrays a request's files are packed
// into (a larger file has an array of its own): an array and a copy per
// file cost the page's thread several calls into JavaScript per file, for
// a drop of a thousand small files hundreds of milliseconds in one task.
const packBytes = 4 << 20

// directBytes is the size from which a file is copied into its array
// straight from Go's memory, in a call of its own: packing a thousand
// articles in Go first cost the page's WebAssembly 40 ms of copying, while
// a call per small file costs more than the copy it saves.
const directBytes = 2 << 10

// withSizes returns req with the sizes of its files (Request.Sizes).
func withSizes(req engineproto.Request, data [][]byte) engineproto.Request {
	if len(data) == 0 {
		return req
	}
	req.Sizes = make([]int, len(data))
	for i, d := range data {
		req.Sizes[i] = len(d)
	}
	return req
}

// A packGroup is the files [from, to) of a request, packed in order into
// one array of size bytes.
type packGroup struct{ from, to, size int }

// packGroups groups files, in order, into arrays of at most max bytes, a
// file larger than that alone in one.
func packGroups(files [][]byte, max int) []packGroup {
	var groups []packGroup
	for i := 0; i < len(files); {
		j, size := i+1, len(files[i])
		for j < len(files) && size+len(files[j]) <= max {
			size += len(files[j])
			j++
		}
		groups = append(groups, packGroup{i, j, size})
		i = j
	}
	return groups
}

// copyPacked copies files, in order, into u8, the Uint8Array of their
// packGroup: each of directBytes or more in a call of its own, each run of
// smaller ones gathered in scratch first and copied in one call. It
// returns scratch for the next group.
func copyPacked(u8 app.Value, files [][]byte, scratch []byte) []byte {
	if len(files) == 1 {
		app.CopyBytesToJS(u8, files[0]) // the whole array, of any size
		return scratch
	}
	off, at := 0, 0 // where the next file and the gathered run go
	scratch = scratch[:0]
	flush := func() {
		if len(scratch) > 0 {
			app.CopyBytesToJS(u8.Call("subarray", at, at+len(scratch)), scratch)
			scratch = scratch[:0]
		}
	}
	for _, d := range files {
		if len(d) >= directBytes {
			flush()
			app.CopyBytesToJS(u8.Call("subarray", off, off+len(d)), d)
		} else {
			if len(scratch) == 0 {
				at = off
			}
			scratch = append(scratch, d...)
		}
		off += len(d)
	}
	flush()
	return scratch
}

// taskBudget is how long work the page spreads over browser tasks
// (reading the names and sizes of dropped files, storing the workspace)
// runs in one before it hands the thread back: the browser counts a task
// over 50 ms as long, and the page's own rendering shares the task.
const taskBudget = 20 * time.Millisecond

// later runs f in a browser task of its own (setTimeout 0): Go's wasm
// scheduler otherwise runs everything that is ready, timers included,
// before it hands the thread back to the browser. Calls run in order.
func later(f func()) {
	var fn app.Func
	fn = app.FuncOf(func(app.Value, []app.Value) any {
		fn.Release()
		f()
		return nil
	})
	app.Window().Call("setTimeout", fn, 0)
}

// laterRendered runs f in a browser task of its own once the page has
// rendered the current changes; it is called on the UI goroutine. go-app
// renders on a timer a frame after a dispatch, so a plain later would run
// first and the render would share its task.
func laterRendered(ctx app.Context, f func()) {
	ctx.Defer(func(app.Context) { later(f) })
}

// stop ends the worker.
func (c *engineClient) stop() {
	c.worker.Call("terminate")
	for _, f := range c.release {
		f.Release()
	}
	c.release = nil
	c.life++ // its replies still queued are dropped
}

// markTiming records the engine's own timing of a request as a
// performance mark, where measuring tools (and the browser benchmark in
// wasm/) can read it: the page itself does not show it.
func markTiming(r engineproto.Reply, docs int) {
	perfMark("crossquote-groups", map[string]any{
		"seq": r.Seq, "documents": docs, "analyse_ms": r.AnalyseMillis, "group_ms": r.GroupMillis,
	})
}

// perfMark adds a performance mark with detail, where the browser has them.
func perfMark(name string, detail map[string]any) {
	perf := app.Window().Get("performance")
	if !perf.Truthy() || !perf.Get("mark").Truthy() {
		return
	}
	perf.Call("mark", name, map[string]any{"detail": detail})
}
