package worker

import (
	"fmt"
	"slices"
	"time"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/synth"
	"github.com/crossquote/crossquote/app/engineproto"
)

// Worker holds the analysed documents between requests, so a regroup or
// an added file never analyses the other files again.
type Worker struct {
	docs map[string]*annotations.Document
	// last is the report of the last regroup, which exports are made of.
	last *annotations.Report
	// Progress is how often an add reports its documents before the
	// groups: engineproto.ProgressEvery unless a test changes it.
	Progress time.Duration
	// Analysing, when set, is called with each file before it is
	// analysed, and with nil once the files of a request are done: the
	// Web Worker records it where its script can name the file to the
	// page if the engine dies on it.
	Analysing func(f *engineproto.FileRef, data []byte)
}

// New returns a worker that holds no document.
func New() *Worker {
	return &Worker{docs: map[string]*annotations.Document{}, Progress: engineproto.ProgressEvery}
}

// Handle answers one request; data holds the bytes of req.Files.
func (w *Worker) Handle(req engineproto.Request, data [][]byte, send func(engineproto.Reply)) {
	switch req.Op {
	case engineproto.OpClear:
		clear(w.docs)
		w.last = nil
	case engineproto.OpAdd:
		if len(data) != len(req.Files) {
			send(engineproto.Reply{Op: engineproto.OpError, Seq: req.Seq,
				Error: fmt.Sprintf("engine: %d files but %d byte arrays", len(req.Files), len(data))})
			return
		}
		// The time analysing, without sending: what the native engine does.
		var spent time.Duration
		var batch []engineproto.Analysed
		quotes := 0 // in batch
		sent := time.Now()
		flush := func(done int) {
			send(engineproto.Reply{Op: engineproto.OpDocument, Seq: req.Seq,
				Done: done, Total: len(req.Files), Documents: batch})
			batch, quotes, sent = nil, 0, time.Now()
		}
		for i, f := range req.Files {
			if w.Analysing != nil {
				w.Analysing(&f, data[i])
			}
			start := time.Now()
			d := analyse(f.Name, data[i])
			spent += time.Since(start)
			w.docs[f.Name] = d
			// A document with thousands of quotations sends most of
			// them ahead, MaxQuotesPerMessage a message, so the page never
			// decodes them all in one task.
			ahead, a := engineproto.SplitQuotes(req.Seq, engineproto.Analysed{Gen: f.Gen, Document: pageDocument(d)})
			for _, r := range ahead {
				send(r)
			}
			// No reply carries more than a bounded number of documents
			// and quotations: the documents already in the batch go
			// first when this one's would overflow it.
			q := 0
			if a.Document != nil {
				q = len(a.Document.Quotes)
			}
			if len(batch) > 0 && quotes+q > engineproto.MaxQuotesPerMessage {
				flush(i)
			}
			batch, quotes = append(batch, a), quotes+q
			if engineproto.Full(len(batch), quotes) || (i+1 < len(req.Files) && time.Since(sent) >= w.Progress) {
				flush(i + 1)
			}
		}
		if w.Analysing != nil {
			w.Analysing(nil, nil)
		}
		w.regroup(req, millis(spent), batch, send)
	case engineproto.OpRegroup:
		w.regroup(req, 0, nil, send)
	case engineproto.OpExport:
		send(w.export(req))
	default:
		send(engineproto.Reply{Op: engineproto.OpError, Seq: req.Seq, Error: "engine: unknown request " + string(req.Op)})
	}
}

// regroup forgets the documents not named, matches the others in the
// order named and sends the groups, with the analysed documents not sent
// yet.
func (w *Worker) regroup(req engineproto.Request, analyseMillis float64, docs []engineproto.Analysed, send func(engineproto.Reply)) {
	keep := make(map[string]bool, len(req.Names))
	named := make([]*annotations.Document, 0, len(req.Names))
	for _, n := range req.Names {
		if d := w.docs[n]; d != nil && !keep[n] {
			keep[n] = true
			named = append(named, d)
		}
	}
	for n := range w.docs {
		if !keep[n] {
			delete(w.docs, n)
		}
	}
	start := time.Now()
	r := annotations.Regroup(named, annotations.WithTolerance(req.Tolerance), annotations.WithMinWords(req.MinWords),
		annotations.WithOriginal(req.Original))
	w.last = r
	reply := engineproto.Reply{Op: engineproto.OpGroups, Seq: req.Seq, Groups: r.Groups, Pairs: pagePairs(r.Pairs), Documents: docs,
		Done: len(req.Files), Total: len(req.Files), OriginalError: r.OriginalError,
		AnalyseMillis: analyseMillis, GroupMillis: millis(time.Since(start))}
	for _, d := range r.Documents {
		if len(d.Checks) > 0 {
			if reply.Checks == nil {
				reply.Checks = map[string][]annotations.Check{}
			}
			reply.Checks[d.Name] = d.Checks
		}
		if names := d.ReportSpeakers(); names != nil {
			if reply.Speakers == nil {
				reply.Speakers = map[string][]string{}
			}
			reply.Speakers[d.Name] = names
		}
		if d.DuplicateOf != "" {
			if reply.Duplicates == nil {
				reply.Duplicates = map[string]string{}
			}
			reply.Duplicates[d.Name] = d.DuplicateOf
		}
	}
	// Hundreds of groups and tens of thousands of pairs go ahead, a
	// bounded number a message.
	ahead, reply := engineproto.SplitGroups(reply)
	for _, a := range ahead {
		send(a)
	}
	send(reply)
}

// pageDocument returns d as the page needs it: without its Body, which the
// page never shows (the reader lays out the Text by the kept spans) and
// which would double the reply it copies in and decodes: for a 19 MB file,
// copying the reply into the page's memory was a task of 160-200 ms. Its
// quotations are a copy, with the speakers named as d alone names them:
// the last documents go out with the groups, after the report has given
// its names to the worker's own (see Document.ReportSpeakers).
func pageDocument(d *annotations.Document) *annotations.Document {
	if d == nil || d.Error != "" {
		return d
	}
	c := *d
	c.Body = ""
	c.Quotes = slices.Clone(d.Quotes)
	c.SetSpeakers(nil)
	return &c
}

// pagePairs returns the pairs as the page needs them: the spans only of
// copies, whose paragraphs the page names. The spans of every pair of a
// thousand documents would double the groups reply the page decodes.
func pagePairs(pairs []annotations.Pair) []annotations.Pair {
	out := make([]annotations.Pair, len(pairs))
	for i, p := range pairs {
		if !p.Copy {
			p.ASpans, p.BSpans = nil, nil
		}
		out[i] = p
	}
	return out
}

// analyse analyses one file; a panic in the engine becomes an error on
// that file instead of stopping the worker.
func analyse(name string, data []byte) (d *annotations.Document) {
	defer func() {
		if r := recover(); r != nil {
			d = &annotations.Document{Name: name, Error: fmt.Sprintf("%s: could not be analysed (internal error: %v)", name, r)}
		}
	}()
	return annotations.NewDocument(name, data)
}

func millis(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// warmUpStory is a tiny fictional story the worker analyses once when it
// starts: the browser compiles a wasm function when it is first called
// and optimises it when it runs hot, so the first files a reader drops
// would otherwise pay for compiling the engine.
var warmUpStory = []annotations.File{
	{Name: "a.txt", Data: []byte("The mayor said: \"We will rebuild the old bridge before the winter comes to the valley.\"\n\nShare this article. Subscribe to our newsletter.")},
	{Name: "b.txt", Data: []byte("\"We will rebuild the old bridge before the winter comes to the valley,\" the mayor told reporters.\n\nRelated: more news.")},
	{Name: "c.txt", Data: []byte("An unrelated note about the weather, with no quotation at all in it.")},
}

// warmUpTime is how long the worker keeps warming up: long enough that
// the browser optimises the engine's hot functions, not the first files
// dropped.
const warmUpTime = 300 * time.Millisecond

// WarmUp runs the engine over warmUpStory and a synthetic story of news
// articles' length for warmUpTime and forgets them, the way a request
// goes: its JSON decoded, the replies encoded. The tiny story alone left
// cold the code only longer articles reach, and the messages' encoding.
func WarmUp() {
	long, _ := synth.Generate(1, 5)
	for start := time.Now(); time.Since(start) < warmUpTime; {
		warmUpOnce(warmUpStory)
		warmUpOnce(long)
	}
}

func warmUpOnce(files []annotations.File) {
	w := New()
	req := engineproto.Request{Op: engineproto.OpAdd}
	var data [][]byte
	for _, f := range files {
		req.Files = append(req.Files, engineproto.FileRef{Name: f.Name})
		req.Names = append(req.Names, f.Name)
		data = append(data, f.Data)
	}
	o := annotations.DefaultMatchOptions()
	req.Tolerance, req.MinWords = o.Tolerance, o.MinWords
	b, _ := engineproto.EncodeRequest(req)
	req, _ = engineproto.DecodeRequest(b, len(data))
	w.Handle(req, data, func(r engineproto.Reply) { engineproto.EncodeReply(r) })
}
