package worker

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
)

// TestWorker runs the worker's requests natively: an add replies its
// documents with progress, then the groups, the same as
// annotations.Annotate; a regroup without a file forgets it; a clear
// forgets all.
func TestWorker(t *testing.T) {
	files := warmUpStory
	want := annotations.Annotate(files)
	if len(want.Groups) == 0 {
		t.Fatal("the test story has no shared quotation: it tests nothing")
	}
	add := engineproto.Request{Op: engineproto.OpAdd, Seq: 1, Names: []string{"a.txt", "b.txt", "c.txt"}}
	var data [][]byte
	for i, f := range files {
		add.Files = append(add.Files, engineproto.FileRef{Name: f.Name, Gen: 10 + i})
		data = append(data, f.Data)
	}
	o := annotations.DefaultMatchOptions()
	add.Tolerance, add.MinWords = o.Tolerance, o.MinWords

	// Without a progress interval every document but the last has a reply
	// of its own; the last travels with the groups.
	w := New()
	w.Progress = 0
	var got []engineproto.Reply
	send := func(r engineproto.Reply) { got = append(got, r) }
	w.Handle(add, data, send)
	if len(got) != 3 {
		t.Fatalf("got %d replies, want 2 with a document and the groups with the third: %+v", len(got), got)
	}
	for i, r := range got {
		op := engineproto.OpDocument
		if i == 2 {
			op = engineproto.OpGroups
		}
		if r.Op != op || r.Seq != 1 || r.Done != i+1 || r.Total != 3 || len(r.Documents) != 1 ||
			r.Documents[0].Gen != 10+i || r.Documents[0].Document.Name != files[i].Name {
			t.Errorf("reply %d = %+v, want %s with document %s (gen %d, %d of 3)", i, r, op, files[i].Name, 10+i, i+1)
		}
	}
	// The page lays out a document's Text by its kept spans and never
	// shows its Body, which travels empty.
	for i, r := range got {
		if d := r.Documents[0].Document; d.Text == "" || len(d.Kept) == 0 || d.Body != "" {
			t.Errorf("reply %d's document has %d bytes of text, %d kept spans and %d bytes of body, want text, spans and no body", i, len(d.Text), len(d.Kept), len(d.Body))
		}
	}
	if want.Documents[0].Body == "" {
		t.Error("the test story's first document has no body: the test above tests nothing")
	}
	if g := got[2]; len(g.Groups) != len(want.Groups) || g.Groups[0].ID != want.Groups[0].ID {
		t.Errorf("groups reply = %+v, want the groups of Annotate: %+v", g, want.Groups)
	}
	// The pairs come too, their shares whole, the spans only of copies.
	if g := got[2]; len(g.Pairs) != len(want.Pairs) || len(want.Pairs) == 0 {
		t.Errorf("groups reply has %d pairs, want Annotate's %d", len(g.Pairs), len(want.Pairs))
	} else {
		for i, p := range g.Pairs {
			w := want.Pairs[i]
			if p.A != w.A || p.B != w.B || p.AShare != w.AShare || p.BShare != w.BShare || p.Copy != w.Copy ||
				(!p.Copy && (p.ASpans != nil || p.BSpans != nil)) || (p.Copy && len(p.ASpans) != len(w.ASpans)) {
				t.Errorf("pair %d = %+v, want %+v without spans unless a copy", i, p, w)
			}
		}
	}

	// An add done within the interval is one reply.
	w = New()
	w.Progress = time.Hour
	got = nil
	w.Handle(add, data, send)
	if len(got) != 1 || got[0].Op != engineproto.OpGroups || len(got[0].Documents) != 3 || len(got[0].Groups) != len(want.Groups) {
		t.Fatalf("got %+v, want one groups reply with the 3 documents", got)
	}
	for i, x := range got[0].Documents {
		if x.Gen != 10+i || x.Document.Name != files[i].Name {
			t.Errorf("document %d = %s (gen %d), want %s (gen %d)", i, x.Document.Name, x.Gen, files[i].Name, 10+i)
		}
	}

	got = nil
	w.Handle(engineproto.Request{Op: engineproto.OpRegroup, Seq: 2, Names: []string{"a.txt", "c.txt"},
		Tolerance: o.Tolerance, MinWords: o.MinWords}, nil, send)
	if len(got) != 1 || got[0].Op != engineproto.OpGroups || len(got[0].Groups) != 0 {
		t.Errorf("after removing b.txt: %+v, want groups and none of them", got)
	}
	if _, ok := w.docs["b.txt"]; ok || len(w.docs) != 2 {
		t.Errorf("after removing b.txt the worker keeps %d documents (b.txt kept: %v)", len(w.docs), ok)
	}
	w.Handle(engineproto.Request{Op: engineproto.OpClear, Seq: 3}, nil, send)
	if len(w.docs) != 0 {
		t.Errorf("after clear the worker keeps %d documents", len(w.docs))
	}
	got = nil
	w.Handle(engineproto.Request{Op: engineproto.OpAdd, Seq: 4, Files: []engineproto.FileRef{{Name: "x"}}}, nil, send)
	if len(got) != 1 || got[0].Op != engineproto.OpError {
		t.Errorf("an add without its bytes: %+v, want an error", got)
	}
}

// TestMarkdownHTMLSafe: the Markdown preview never makes markup or a
// javascript: link of article text.
func TestMarkdownHTMLSafe(t *testing.T) {
	got, err := markdownHTML("<script>alert(1)</script>\n\n[x](javascript:alert(1))")
	if err != nil || strings.Contains(got, "<script") || strings.Contains(got, "javascript:") {
		t.Errorf("unsafe preview %q (%v)", got, err)
	}
}

// TestWorkerExport makes the exports of the last regroup's report, in the
// order named, with the files the page set aside as failed documents; after
// a clear an export holds nothing of what was cleared.
func TestWorkerExport(t *testing.T) {
	files := warmUpStory
	w := New()
	add := engineproto.Request{Op: engineproto.OpAdd, Seq: 1, Names: []string{"a.txt", "b.txt", "c.txt"}}
	var data [][]byte
	for _, f := range files {
		add.Files = append(add.Files, engineproto.FileRef{Name: f.Name, Gen: 1})
		data = append(data, f.Data)
	}
	o := annotations.DefaultMatchOptions()
	add.Tolerance, add.MinWords = o.Tolerance, o.MinWords
	w.Handle(add, data, func(engineproto.Reply) {})
	var got []engineproto.Reply
	send := func(r engineproto.Reply) { got = append(got, r) }
	w.Handle(engineproto.Request{Op: engineproto.OpExport, Seq: 2, Kind: engineproto.ExportJSON,
		Names: []string{"a.txt", "gone.md", "b.txt", "c.txt"}, SetAside: map[string]string{"gone.md": "gone.md stopped the analysis"}}, nil, send)
	if len(got) != 1 || got[0].Op != engineproto.OpExported || got[0].Seq != 2 || got[0].Name != "crossquote-report.json" {
		t.Fatalf("export replies %+v", got)
	}
	var r annotations.Report
	if err := json.Unmarshal([]byte(got[0].Export), &r); err != nil {
		t.Fatal(err)
	}
	want := annotations.Annotate(files)
	if len(r.Documents) != 4 || r.Documents[1].Name != "gone.md" || r.Documents[1].Error == "" || len(r.Groups) != len(want.Groups) {
		t.Errorf("exported %d documents (second %q, error %q) and %d groups; want 4 with gone.md failed, and %d groups",
			len(r.Documents), r.Documents[1].Name, r.Documents[1].Error, len(r.Groups), len(want.Groups))
	}
	got = nil
	w.Handle(engineproto.Request{Op: engineproto.OpExport, Seq: 3, Kind: "pdf"}, nil, send)
	if len(got) != 1 || got[0].Op != engineproto.OpError || !strings.Contains(got[0].Error, `unknown export "pdf"`) {
		t.Errorf("an unknown export: %+v", got)
	}
	w.Handle(engineproto.Request{Op: engineproto.OpClear, Seq: 4}, nil, send)
	got = nil
	w.Handle(engineproto.Request{Op: engineproto.OpExport, Seq: 5, Kind: engineproto.ExportJSON}, nil, send)
	if err := json.Unmarshal([]byte(got[0].Export), &r); err != nil || len(r.Documents) != 0 || len(r.Groups) != 0 {
		t.Errorf("after a clear the export has %d documents and %d groups (%v)", len(r.Documents), len(r.Groups), err)
	}
}

// TestWorkerAnalysing names each file to the hook before it is analysed,
// then nil once the files are done.
func TestWorkerAnalysing(t *testing.T) {
	w := New()
	var seen []string
	w.Analysing = func(f *engineproto.FileRef, data []byte) {
		if f == nil {
			seen = append(seen, "done")
			return
		}
		seen = append(seen, f.Name+":"+string(data[:1]))
	}
	w.Handle(engineproto.Request{Op: engineproto.OpAdd, Files: []engineproto.FileRef{{Name: "x", Gen: 1}, {Name: "y", Gen: 2}}, Names: []string{"x", "y"}},
		[][]byte{[]byte("Xx"), []byte("Yy")}, func(engineproto.Reply) {})
	if strings.Join(seen, " ") != "x:X y:Y done" {
		t.Errorf("the hook saw %q", seen)
	}
}

// TestWorkerBoundedReplies: however many documents and quotations an add
// brings, no reply carries more than engineproto.MaxDocumentsPerMessage
// documents or engineproto.MaxQuotesPerMessage quotations, and every
// document arrives once, in order, whole after its parts.
func TestWorkerBoundedReplies(t *testing.T) {
	var files []annotations.File
	for i := range 3*engineproto.MaxDocumentsPerMessage + 5 {
		text := fmt.Sprintf("Harbour note %d\n\nThe ferry left the quay at dawn.\n", i)
		if i%7 == 0 {
			for j := range engineproto.MaxQuotesPerMessage / 3 {
				text += fmt.Sprintf("\"We will keep crossing number %d until the end of the summer,\" said Ode Lind.\n\n", j)
			}
		}
		if i == 20 {
			for j := range 2 * engineproto.MaxQuotesPerMessage {
				text += fmt.Sprintf("\"The night crossing %d stays on the timetable for now,\" said Ode Lind.\n\n", j)
			}
		}
		files = append(files, annotations.File{Name: fmt.Sprintf("note-%03d.txt", i), Data: []byte(text)})
	}
	req := engineproto.Request{Op: engineproto.OpAdd, Seq: 3}
	var data [][]byte
	for i, f := range files {
		req.Files = append(req.Files, engineproto.FileRef{Name: f.Name, Gen: i + 1})
		req.Names = append(req.Names, f.Name)
		data = append(data, f.Data)
	}
	w := New()
	w.Progress = time.Hour // only the bounds cut the replies
	var asm engineproto.Assembler
	var names []string
	w.Handle(req, data, func(r engineproto.Reply) {
		quotes := len(r.Quotes)
		for _, a := range r.Documents {
			quotes += len(a.Document.Quotes)
		}
		if len(r.Documents) > engineproto.MaxDocumentsPerMessage || quotes > engineproto.MaxQuotesPerMessage {
			t.Errorf("a %s reply carries %d documents and %d quotations", r.Op, len(r.Documents), quotes)
		}
		r, whole := asm.Take(r)
		if !whole {
			return
		}
		for _, a := range r.Documents {
			if want := annotations.NewDocument(a.Document.Name, data[len(names)]); len(a.Document.Quotes) != len(want.Quotes) {
				t.Errorf("%s came with %d quotations, want %d", a.Document.Name, len(a.Document.Quotes), len(want.Quotes))
			}
			names = append(names, a.Document.Name)
		}
		if r.Op == engineproto.OpDocument && r.Done != len(names) {
			t.Errorf("a reply says %d done after %d documents", r.Done, len(names))
		}
	})
	if strings.Join(names, " ") != strings.Join(req.Names, " ") {
		t.Errorf("documents came in this order: %v", names)
	}
}
