package main

import (
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
)

// TestWorker runs the worker's requests natively: an add replies each
// document then the groups, the same as annotations.Annotate; a regroup
// without a file forgets it; a clear forgets all.
func TestWorker(t *testing.T) {
	files := warmUpStory
	want := annotations.Annotate(files)
	if len(want.Groups) == 0 {
		t.Fatal("the test story has no shared quotation: it tests nothing")
	}
	w := newWorker()
	var got []engineproto.Reply
	send := func(r engineproto.Reply) { got = append(got, r) }
	add := engineproto.Request{Op: engineproto.OpAdd, Seq: 1, Names: []string{"a.txt", "b.txt", "c.txt"}}
	var data [][]byte
	for i, f := range files {
		add.Files = append(add.Files, engineproto.FileRef{Name: f.Name, Gen: 10 + i})
		data = append(data, f.Data)
	}
	o := annotations.DefaultMatchOptions()
	add.Tolerance, add.MinWords = o.Tolerance, o.MinWords
	w.handle(add, data, send)
	if len(got) != 4 {
		t.Fatalf("got %d replies, want 3 documents and the groups: %+v", len(got), got)
	}
	for i, r := range got[:3] {
		if r.Op != engineproto.OpDocument || r.Seq != 1 || r.Gen != 10+i || r.Done != i+1 || r.Total != 3 || r.Document.Name != files[i].Name {
			t.Errorf("reply %d = %+v, want document %s (gen %d, %d of 3)", i, r, files[i].Name, 10+i, i+1)
		}
	}
	if g := got[3]; g.Op != engineproto.OpGroups || len(g.Groups) != len(want.Groups) || g.Groups[0].ID != want.Groups[0].ID {
		t.Errorf("groups reply = %+v, want the groups of Annotate: %+v", g, want.Groups)
	}

	got = nil
	w.handle(engineproto.Request{Op: engineproto.OpRegroup, Seq: 2, Names: []string{"a.txt", "c.txt"},
		Tolerance: o.Tolerance, MinWords: o.MinWords}, nil, send)
	if len(got) != 1 || got[0].Op != engineproto.OpGroups || len(got[0].Groups) != 0 {
		t.Errorf("after removing b.txt: %+v, want groups and none of them", got)
	}
	if _, ok := w.docs["b.txt"]; ok || len(w.docs) != 2 {
		t.Errorf("after removing b.txt the worker keeps %d documents (b.txt kept: %v)", len(w.docs), ok)
	}
	w.handle(engineproto.Request{Op: engineproto.OpClear, Seq: 3}, nil, send)
	if len(w.docs) != 0 {
		t.Errorf("after clear the worker keeps %d documents", len(w.docs))
	}
	got = nil
	w.handle(engineproto.Request{Op: engineproto.OpAdd, Seq: 4, Files: []engineproto.FileRef{{Name: "x"}}}, nil, send)
	if len(got) != 1 || got[0].Op != engineproto.OpError {
		t.Errorf("an add without its bytes: %+v, want an error", got)
	}
}
