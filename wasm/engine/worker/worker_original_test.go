package worker

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
)

// originalStory is a fictional statement and two articles quoting it.
var originalStory = []annotations.File{
	{Name: "statement.txt", Data: []byte("MAYOR LENA OSTRIK: The library will reopen on the first of June. We found the money in the roads budget.\n\nQ: Will the opening hours change?\n\nMAYOR LENA OSTRIK: No. The hours stay as they were.")},
	{Name: "gazette.txt", Data: []byte("The town library will reopen in June, the mayor said.\n\n\"The library will reopen on the first of June,\" said Lena Ostrik.")},
	{Name: "herald.txt", Data: []byte("Mayor Lena Ostrik promised longer hours.\n\n\"The hours will be longer than before,\" Ostrik said.")},
}

// TestWorkerOriginal checks that a regroup naming an original replies the
// checks the front door makes, that an export carries them with the
// original kept whole, and that a regroup without it drops them.
func TestWorkerOriginal(t *testing.T) {
	want := annotations.Annotate(originalStory, annotations.WithOriginal("statement.txt"))
	add := engineproto.Request{Op: engineproto.OpAdd, Seq: 1, Original: "statement.txt"}
	var data [][]byte
	for _, f := range originalStory {
		add.Files = append(add.Files, engineproto.FileRef{Name: f.Name, Gen: 1})
		add.Names = append(add.Names, f.Name)
		data = append(data, f.Data)
	}
	o := annotations.DefaultMatchOptions()
	add.Tolerance, add.MinWords = o.Tolerance, o.MinWords
	w := New()
	var got []engineproto.Reply
	send := func(r engineproto.Reply) { got = append(got, r) }
	w.Handle(add, data, send)
	last := got[len(got)-1]
	if last.Op != engineproto.OpGroups || len(last.Checks) != 2 {
		t.Fatalf("groups reply has checks of %d documents, want 2: %+v", len(last.Checks), last)
	}
	for _, d := range want.Documents[1:] {
		if !reflect.DeepEqual(last.Checks[d.Name], d.Checks) {
			t.Errorf("%s: the worker's checks differ from the front door's", d.Name)
		}
	}
	got = nil
	exp := engineproto.Request{Op: engineproto.OpExport, Seq: 2, Kind: engineproto.ExportJSON, Names: add.Names, Original: "statement.txt"}
	w.Handle(exp, nil, send)
	var r annotations.Report
	if err := json.Unmarshal([]byte(got[0].Export), &r); err != nil {
		t.Fatal(err)
	}
	if r.Original != "statement.txt" || !r.Documents[0].Original || r.Documents[0].Body != r.Documents[0].Text || len(r.Documents[1].Checks) == 0 {
		t.Errorf("the export lacks the original or the checks: original %q", r.Original)
	}

	got = nil
	w.Handle(engineproto.Request{Op: engineproto.OpRegroup, Seq: 3, Names: add.Names, Tolerance: o.Tolerance, MinWords: o.MinWords}, nil, send)
	if len(got) != 1 || len(got[0].Checks) != 0 {
		t.Errorf("a regroup without an original replied checks: %+v", got)
	}
	got = nil
	w.Handle(engineproto.Request{Op: engineproto.OpRegroup, Seq: 4, Names: add.Names, Original: "minutes.txt"}, nil, send)
	if len(got) != 1 || got[0].OriginalError == "" {
		t.Errorf("an unknown original gave no error: %+v", got)
	}
}
