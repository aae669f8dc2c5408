//go:build !wasm

package main

// The browser benchmark: the page analyses the shared seeds, synthetic
// stories of 100 and 1,000 articles, 1,500 small files and one 2 MB
// article without a line break dropped on it, in headless Chromium on
// loopback, and reports what a reader would feel. .ci/bench-browser runs
// it and prints the table; nothing here asserts a time.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/synth"
)

// benchProbe runs in the page before its own scripts. It records long
// main-thread tasks (PerformanceObserver "longtask"), samples the JS heap,
// notes when the app mounts and when files are dropped, and marks the
// drop done when the engine's groups for want documents are in (the
// "crossquote-groups" performance mark, see app/engine.go), the status no
// longer says the page is busy and, with highlights set, the reader shows
// a shared highlight.
const benchProbe = `(() => {
	const s = window.__cq = {ready: -1, drop: -1, done: -1, want: 0, highlights: false, heap: 0, tasks: [], frames: [], nodes: 0};
	try {
		new PerformanceObserver(l => { for (const e of l.getEntries()) s.tasks.push([e.startTime, e.duration]); })
			.observe({type: 'longtask', buffered: true});
	} catch (e) { s.noLongtask = String(e); }
	try {
		new PerformanceObserver(l => { for (const e of l.getEntries()) s.frames.push([e.startTime, e.duration, e.blockingDuration]); })
			.observe({type: 'long-animation-frame', buffered: true});
	} catch (e) { s.noFrames = String(e); }
	const sample = () => { if (performance.memory) s.heap = Math.max(s.heap, performance.memory.usedJSHeapSize); };
	setInterval(sample, 50);
	addEventListener('drop', () => { s.drop = performance.now(); s.done = -1; s.heap = 0; s.nodes = 0; sample(); }, true);
	const check = () => {
		if (s.ready < 0 && document.querySelector('#crossquote[data-ready]')) s.ready = performance.now();
		if (s.drop < 0 || s.done >= 0) return;
		const m = performance.getEntriesByName('crossquote-groups').find(m => m.startTime >= s.drop && m.detail.documents >= s.want);
		const st = document.getElementById('status');
		if (!m || !st || /^(Analys|Reading)/.test(st.textContent)) return;
		if (s.highlights && !document.querySelector('#reader [data-group]')) return;
		s.done = performance.now();
		s.engine = m.detail;
		s.engine.at = m.startTime;
		s.engine.sent = (performance.getEntriesByName('crossquote-sent').find(m => m.startTime >= s.drop) || {}).startTime || -1;
		sample();
	};
	new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
})()`

// benchResult is what the probe saw for one drop.
type benchResult struct {
	Ready float64 `json:"ready"` // ms from navigation to the app mounted
	// EngineReady is ms from navigation to the worker ready (loaded and
	// warmed up).
	EngineReady float64 `json:"-"`
	Drop        float64 `json:"drop"`
	Done        float64 `json:"done"`
	Heap        float64 `json:"heap"` // peak usedJSHeapSize, bytes
	// Visit is the longest main-thread task while visiting the page after
	// the drop (see visitAndMeasure).
	Visit float64      `json:"-"`
	Nodes int          `json:"nodes"`
	Tasks [][2]float64 `json:"tasks"` // start, duration in ms
	// Frames are the long animation frames: start, duration and blocking
	// duration in ms. A frame holds the tasks that led to it and the
	// rendering (style, layout, paint) after them, which no "longtask"
	// covers: a layout waiting on font lookups froze the page for half a
	// second with no long task to show for it.
	Frames [][3]float64 `json:"frames"`
	// Engine is the worker's own timing of the analysis.
	Engine struct {
		Documents int     `json:"documents"`
		Analyse   float64 `json:"analyse_ms"`
		Group     float64 `json:"group_ms"`
		At        float64 `json:"at"`   // when the groups came
		Sent      float64 `json:"sent"` // when the files went to the worker
	} `json:"engine"`
}

// longest returns the longest main-thread task that started after the drop.
func (r benchResult) longest() float64 { return longestAfter(r.Tasks, r.Drop) }

// longestFrame returns the longest animation frame that started after the
// drop.
func (r benchResult) longestFrame() float64 { return longestAfter(r.Frames, r.Drop) }

// longestAfter returns the longest of rows (start, duration, ...) that
// started at drop or later.
func longestAfter[T [2]float64 | [3]float64](rows []T, drop float64) float64 {
	var m float64
	for _, r := range rows {
		if r[0] >= drop {
			m = max(m, r[1])
		}
	}
	return m
}

// longTasks lists the long tasks after the drop, for the log.
func (r benchResult) longTasks() string {
	var b strings.Builder
	for _, t := range r.Tasks {
		if t[0] >= r.Drop {
			fmt.Fprintf(&b, " +%.0f:%.0f", t[0]-r.Drop, t[1])
		}
	}
	b.WriteString("; long frames (start: length, blocking):")
	for _, f := range r.Frames {
		if f[0] >= r.Drop {
			fmt.Fprintf(&b, " +%.0f:%.0f,%.0f", f[0]-r.Drop, f[1], f[2])
		}
	}
	return b.String()
}

// BenchmarkBrowserDrop drops each corpus on a fresh page and reports the
// time from the drop to the highlights (ms/drop), the longest main-thread
// task meanwhile (longtask-ms, 0 when none passed the browser's 50 ms
// threshold; the median over the drops of each drop's longest,
// longtask-median-ms, says whether the longest was one drop's or every
// drop's on a machine others share), the longest task while the page is
// then visited (visit-longtask-ms: another source read, lists turned,
// shared items gone to; see visitAndMeasure), the longest animation frame,
// tasks and rendering together (longframe-ms, 0 when none passed 50 ms),
// the peak JS heap of the page (heap-MB), the DOM's element count once
// every panel has rendered (dom-nodes), page load to mounted (load-ms), to the
// engine's worker ready (engine-ready-ms), and the worker's engine time
// (engine-ms) over the same engine natively in this process (wasm/native).
func BenchmarkBrowserDrop(b *testing.B) {
	type corpus struct {
		name       string
		files      []annotations.File
		highlights bool // the first document must show a shared highlight
	}
	var corpora []corpus
	if dir := seedsDir(b); dir != "" {
		c := loadCorpus(b, "seeds", dir, filepath.Join(dir, "expected.json"))
		corpora = append(corpora, corpus{"seeds", c.readFiles(b), true})
	} else {
		b.Logf("no shared seeds: the fictional fixtures stand in")
		corpora = append(corpora, corpus{"fixtures", fixtureCorpus(b).readFiles(b), true})
	}
	for _, n := range []int{100, 1000} {
		files, _ := synth.Generate(1, n)
		corpora = append(corpora, corpus{fmt.Sprintf("synthetic-%d", n), files, false})
	}
	corpora = append(corpora,
		corpus{"small-files", smallFiles(1500), false},
		corpus{"one-paragraph-2MB", []annotations.File{oneParagraph(2 << 20)}, false},
		// Near the size limit (read.MaxFileSize): about the largest
		// file the page takes.
		corpus{"one-paragraph-19MB", []annotations.File{oneParagraph(19 << 20)}, false})
	for _, c := range corpora {
		b.Run(fmt.Sprintf("%s/articles=%d", c.name, len(c.files)), func(b *testing.B) {
			paths := writeFiles(b, c.files)
			native := nativeMillis(c.files)
			// Times are means over the drops; the longest task and the
			// heap are the largest seen.
			var drop, load, ready, engine, longest, frame, heap, nodes float64
			var longests []float64 // each drop's longest task
			var visit float64
			for i := 0; i < b.N; i++ {
				r := dropAndMeasure(b, paths, c.highlights)
				b.Logf("files read and sent to the worker at +%.0f ms, groups in at +%.0f ms, done at +%.0f ms, %d elements; long tasks after the drop (start ms after the drop: length):%s",
					r.Engine.Sent-r.Drop, r.Engine.At-r.Drop, r.Done-r.Drop, r.Nodes, r.longTasks())
				drop += r.Done - r.Drop
				load += r.Ready
				ready += r.EngineReady
				engine += r.Engine.Analyse + r.Engine.Group
				longest = max(longest, r.longest())
				longests = append(longests, r.longest())
				visit = max(visit, r.Visit)
				frame = max(frame, r.longestFrame())
				heap = max(heap, r.Heap)
				nodes = max(nodes, float64(r.Nodes))
			}
			n := float64(b.N)
			b.ReportMetric(drop/n, "ms/drop")
			b.ReportMetric(longest, "longtask-ms")
			b.ReportMetric(median(longests), "longtask-median-ms")
			b.ReportMetric(visit, "visit-longtask-ms")
			b.ReportMetric(frame, "longframe-ms")
			b.ReportMetric(heap/(1<<20), "heap-MB")
			b.ReportMetric(nodes, "dom-nodes")
			b.ReportMetric(load/n, "load-ms")
			b.ReportMetric(ready/n, "engine-ready-ms")
			b.ReportMetric(engine/n, "engine-ms")
			b.ReportMetric(engine/n/native, "wasm/native")
			b.ReportMetric(native, "native-ms")
		})
	}
}

// median returns the median of xs (the mean of the middle two when they
// are even), 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// smallFiles returns n short fictional notes, a few paragraphs each; one
// in ten quotes the same line, so there are groups to show.
func smallFiles(n int) []annotations.File {
	files := make([]annotations.File, n)
	for i := range files {
		text := fmt.Sprintf("Harbour note %d\n\nThe ferry number %d left the quay at dawn and came back before noon with %d passengers.\n\n", i, i, i*7%90)
		if i%10 == 0 {
			text += "\"We will keep the night crossing until the end of the summer,\" said the harbour master Ode Lind.\n"
		}
		files[i] = annotations.File{Name: fmt.Sprintf("note-%04d.txt", i), Data: []byte(text)}
	}
	return files
}

// oneParagraph returns a fictional article of about size bytes without a
// single line break: prose with a quotation in every sentence, as a page
// saved without its paragraphs is.
func oneParagraph(size int) annotations.File {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "The council met for the %dth time and went through the accounts line by line. \"We will need shelf %d before the winter,\" said the clerk Ada Fenn. ", i, i)
	}
	return annotations.File{Name: "one-paragraph.txt", Data: []byte(b.String())}
}

// dropAndMeasure opens a fresh page with the probe, drops the files on it
// and waits until their highlights are shown.
func dropAndMeasure(b *testing.B, paths []string, highlights bool) benchResult {
	b.StopTimer()
	tp := openTabWith(b, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: benchProbe})
		return err
	}))
	tabEval[bool](tp, fmt.Sprintf(`(window.__cq.want = %d, window.__cq.highlights = %v, true)`, len(paths), highlights))
	// A reader drops files seconds after the page opens, when the engine
	// has long been ready: wait for it, and report when it was.
	r0 := tabWait[float64](tp, "the engine's worker", `(performance.getEntriesByName('crossquote-engine-ready')[0] || {}).startTime`)
	b.StartTimer()
	tp.dropFiles(paths)
	// The wait bounds a failure only, generously: a thousand articles on a
	// small shared machine.
	if _, err := tabRunErr(tp, 20*time.Minute, chromedp.Poll[bool](`window.__cq.done >= 0`,
		chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(20*time.Minute))); err != nil {
		b.Fatalf("waiting for the analysis of %d dropped files: %v (status %q)", len(paths), err,
			tabEval[string](tp, `document.getElementById('status').textContent`))
	}
	b.StopTimer()
	// The panels beside and below the reader render after it, a task
	// each: the page's elements are counted once the last has (the
	// "crossquote-shown" mark, see app/annotator.go), so that the count
	// does not depend on how far they got on a busy machine. The heap is
	// sampled a while longer, as storing the workspace follows.
	if _, err := tabRunErr(tp, time.Minute, chromedp.Poll[bool](`performance.getEntriesByName('crossquote-shown').some(m => m.startTime >= window.__cq.drop)`,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(time.Minute))); err != nil {
		b.Fatalf("waiting for the panels after the drop of %d files: %v", len(paths), err)
	}
	tabEval[bool](tp, `(window.__cq.nodes = document.getElementsByTagName('*').length, true)`)
	time.Sleep(settleTime)
	r := tabEval[benchResult](tp, `window.__cq`)
	r.EngineReady = r0
	r.Visit = visitAndMeasure(tp)
	tp.close()
	return r
}

// benchVisit is what a reader does after a drop, each step where the page
// offers it: read another source, turn the list of sources and a long
// document's part, go to shared items from the list and from the
// speakers, walk them with j.
var benchVisit = []string{
	`document.querySelectorAll('#sources [data-show-document]')[1]`,
	`document.getElementById('sources-next')`,
	`document.querySelector('[data-doc-page="next"]')`,
	`document.querySelector('[data-panel-item] .group-head')`,
	`[...document.querySelectorAll('[data-panel-item] .group-head')].pop()`,
	`document.querySelector('[data-speaker-quote]')`,
	`document.querySelectorAll('#sources [data-show-document]')[0]`,
}

// visitStep is how long each step of the visit is given to settle.
const visitStep = 700 * time.Millisecond

// visitAndMeasure takes the steps of benchVisit on the page, then presses j
// twice, and returns the longest main-thread task meanwhile.
func visitAndMeasure(tp *tab) float64 {
	start := tabEval[float64](tp, `performance.now()`)
	for _, el := range benchVisit {
		tabEval[bool](tp, `(() => { const e = `+el+`; if (e && !e.disabled) e.click(); return true; })()`)
		time.Sleep(visitStep)
	}
	for range 2 {
		tabEval[bool](tp, `(document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j', bubbles: true})), true)`)
		time.Sleep(visitStep)
	}
	return longestAfter(tabEval[[][2]float64](tp, `window.__cq.tasks`), start)
}

// settleTime is how long after the panels have rendered the heap is
// still sampled.
const settleTime = 500 * time.Millisecond

// writeFiles writes files into a temporary folder and returns their paths.
func writeFiles(tb testing.TB, files []annotations.File) []string {
	dir := tb.TempDir()
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = filepath.Join(dir, f.Name)
		if err := os.WriteFile(paths[i], f.Data, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return paths
}

// nativeMillis is the engine's time on files in this process: what the
// worker does for a drop, analysis then grouping. Like the worker, which
// warms up first, it is measured warm: the mean of three runs after one.
func nativeMillis(files []annotations.File) float64 {
	var total time.Duration
	for run := range 4 {
		start := time.Now()
		docs := make([]*annotations.Document, len(files))
		for i, f := range files {
			docs[i] = annotations.NewDocument(f.Name, f.Data)
		}
		annotations.Regroup(docs)
		if run > 0 {
			total += time.Since(start)
		}
	}
	return float64(total.Microseconds()) / 3 / 1000
}
