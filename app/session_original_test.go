package app

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

// hearingStory reads the fictional hearing transcript and the three
// fictional articles of the front door's tests, the transcript first.
func hearingStory(t *testing.T) []annotations.File {
	t.Helper()
	var files []annotations.File
	for _, n := range []string{"hearing.txt", "valley-courier.txt", "northline-news.txt", "river-post.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "annotations", "testdata", "original", n))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, annotations.File{Name: n, Data: data})
	}
	return files
}

// TestSessionOriginal marks a source as the original: the regroup carries
// the mark, the checks come back onto the documents as the front door
// makes them, the original is read whole, a quotation opens side by side
// with its passage; the mark is stored and restored, moves to another
// source, and goes with its file.
func TestSessionOriginal(t *testing.T) {
	files := hearingStory(t)
	s, e := newSession(), newEngine(t)
	req, data := s.add(files)
	e.send(&s, s.request(req, true), data)
	if len(s.fidelityRows()) != 0 {
		t.Fatal("a fidelity summary before any original was marked")
	}

	if !s.markOriginal("hearing.txt") {
		t.Fatal("marking an original asks for no regroup")
	}
	req = s.regroup(true)
	if req.Original != "hearing.txt" {
		t.Fatalf("the regroup names original %q", req.Original)
	}
	e.send(&s, req, nil)
	want := annotations.Annotate(files, annotations.WithOriginal("hearing.txt"))
	rows := s.fidelityRows()
	if len(rows) != 3 {
		t.Fatalf("%d rows in the fidelity summary, want one per article", len(rows))
	}
	for i, r := range rows {
		if w := want.Documents[i+1]; r.Name != w.Name || r.Fidelity != *w.Fidelity {
			t.Errorf("row %d = %+v, want %s %+v", i, r, w.Name, *w.Fidelity)
		}
	}
	o := s.index.byName["hearing.txt"]
	if o == nil || !o.Original || o.Body != o.Text {
		t.Fatal("the page does not show the original whole")
	}

	// A misattributed quotation side by side with the original.
	var ref quoteRef
	var c annotations.Check
	for _, d := range want.Documents {
		for i, q := range d.Quotes {
			if i < len(d.Checks) && annotations.Misattributed(d.Checks[i]) {
				ref, c = quoteRef{d.Name, q.ID}, d.Checks[i]
			}
		}
	}
	if ref.Doc == "" {
		t.Fatal("the story has no misattributed quotation")
	}
	s.showSide(ref)
	v, ok := s.sideView()
	if !ok || v.Check.OriginalSpeaker != c.OriginalSpeaker || len(v.Passages) != len(c.Original) || v.Original == "" {
		t.Fatalf("side by side: %+v, %v", v, ok)
	}
	if v.Passages[0] != c.Original[0].Text(o.Text) {
		t.Errorf("passage %q, want %q", v.Passages[0], c.Original[0].Text(o.Text))
	}

	// Stored and restored.
	w := s.stored()
	if w.Original != "hearing.txt" {
		t.Errorf("stored original %q", w.Original)
	}
	fresh := newSession()
	todo := fresh.restore(w)
	if fresh.original != "hearing.txt" {
		t.Errorf("restored original %q", fresh.original)
	}
	e2 := newEngine(t)
	req, data = fresh.add(todo)
	e2.send(&fresh, fresh.request(req, false), data)
	if len(fresh.fidelityRows()) != 3 {
		t.Errorf("after a reload %d rows in the fidelity summary, want 3", len(fresh.fidelityRows()))
	}

	// One original at a time: marking another moves the mark.
	s.markOriginal("river-post.txt")
	e.send(&s, s.regroup(true), nil)
	if s.index.byName["hearing.txt"].Original || !s.index.byName["river-post.txt"].Original {
		t.Error("the mark did not move to river-post.txt")
	}
	if s.index.byName["river-post.txt"].Fidelity != nil || s.index.byName["valley-courier.txt"].Fidelity == nil {
		t.Error("the checks did not follow the mark")
	}
	// Marking it again unmarks it; removing the original's file drops the mark.
	s.markOriginal("river-post.txt")
	e.send(&s, s.regroup(true), nil)
	if s.original != "" || len(s.fidelityRows()) != 0 {
		t.Errorf("unmarked, original %q and %d rows", s.original, len(s.fidelityRows()))
	}
	s.markOriginal("hearing.txt")
	e.send(&s, s.regroup(true), nil)
	s.remove("hearing.txt")
	e.send(&s, s.regroup(true), nil)
	if s.original != "" || len(s.fidelityRows()) != 0 || s.originalError != "" {
		t.Errorf("after removing the original: %q, %d rows, error %q", s.original, len(s.fidelityRows()), s.originalError)
	}
	if s.markOriginal("absent.txt") || s.original != "" {
		t.Error("a file not in the workspace was marked original")
	}
}
