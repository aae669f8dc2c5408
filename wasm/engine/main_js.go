//go:build js && wasm

package main

import (
	"sync"
	"syscall/js"

	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/crossquote/crossquote/wasm/engine/worker"
)

// message is one request as received: the JSON and the file bytes.
type message struct {
	req  engineproto.Request
	data [][]byte
}

// main takes over the messages web/engine-worker.js queued while the wasm
// was loading, then handles each message in order on one goroutine. The
// handler only queues, so the worker keeps receiving while it analyses.
func main() {
	var (
		mu      sync.Mutex
		queue   []message
		wake    = make(chan struct{}, 1)
		self    = js.Global()
		w       = worker.New()
		receive = func(v js.Value) {
			var m message
			var arrays [][]byte
			if data := v.Get("data"); data.Truthy() {
				for i := 0; i < data.Length(); i++ {
					u8 := data.Index(i)
					b := make([]byte, u8.Length())
					js.CopyBytesToGo(b, u8)
					arrays = append(arrays, b)
				}
			}
			req, err := engineproto.DecodeRequest([]byte(v.Get("json").String()), len(arrays))
			if err == nil {
				m.data, err = engineproto.Unpack(req, arrays)
			}
			if err != nil {
				post(self, engineproto.Reply{Op: engineproto.OpError, Error: "engine: bad request: " + err.Error()})
				return
			}
			m.req = req
			mu.Lock()
			queue = append(queue, m)
			mu.Unlock()
			select {
			case wake <- struct{}{}:
			default:
			}
		}
	)
	self.Set("onmessage", js.FuncOf(func(this js.Value, args []js.Value) any {
		receive(args[0].Get("data"))
		return nil
	}))
	if q := self.Get("engineQueue"); q.Truthy() {
		for i := 0; i < q.Length(); i++ {
			receive(q.Index(i))
		}
		self.Delete("engineQueue")
	}
	// The worker's script names the file being analysed to the page if
	// the engine dies on it.
	crash := testCrash()
	w.Analysing = func(f *engineproto.FileRef, data []byte) {
		if f == nil {
			self.Set("engineCurrent", js.Undefined())
			return
		}
		self.Set("engineCurrent", map[string]any{"name": f.Name, "gen": f.Gen})
		if crash != nil {
			crash(data)
		}
	}
	send := func(r engineproto.Reply) { post(self, r) }
	worker.WarmUp()
	send(engineproto.Reply{Op: engineproto.OpReady})
	for range wake {
		for {
			mu.Lock()
			if len(queue) == 0 {
				mu.Unlock()
				break
			}
			m := queue[0]
			queue = queue[1:]
			mu.Unlock()
			w.Handle(m.req, m.data, send)
		}
	}
}

// post sends r as bytes, transferring their buffer: a string would be
// converted to UTF-16 here and back to UTF-8 in the page.
func post(self js.Value, r engineproto.Reply) {
	b, err := engineproto.EncodeReply(r)
	if err != nil {
		b, _ = engineproto.EncodeReply(engineproto.Reply{Op: engineproto.OpError, Seq: r.Seq, Error: "engine: " + err.Error()})
	}
	u8 := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u8, b)
	self.Call("postMessage", u8, []any{u8.Get("buffer")})
}
