package annotations

import (
	"encoding/json"
	"testing"
)

func TestRegroupDuplicatesAndNames(t *testing.T) {
	story := []byte("The council voted on Tuesday.\n\n\"We will rebuild the pier before summer,\" said Mayor Ines Falk.\n")
	other := []byte("Rebuilding begins soon.\n\nMayor Ines Falk said: \"We will rebuild the pier before summer.\"\n")
	docs := []*Document{
		NewDocument("gazette.txt", story),
		NewDocument("gazette.txt", story), // the same file dropped twice
		NewDocument("courier.txt", other),
		NewDocument("gazette.txt", other), // another file that happens to share a name
	}
	r := Regroup(docs)

	wantNames := []string{"gazette.txt", "gazette (2).txt", "courier.txt", "gazette (3).txt"}
	for i, d := range r.Documents {
		if d.Name != wantNames[i] {
			t.Errorf("document %d named %q, want %q", i, d.Name, wantNames[i])
		}
	}
	if got := r.Documents[1].DuplicateOf; got != "gazette.txt" {
		t.Errorf("the second copy has DuplicateOf %q, want gazette.txt", got)
	}
	if got := r.Documents[3].DuplicateOf; got != "courier.txt" {
		t.Errorf("a same-text file under another name has DuplicateOf %q, want courier.txt", got)
	}
	if len(r.Groups) != 1 || len(r.Groups[0].Members) != 2 {
		t.Fatalf("want one group of the two distinct sources, got %+v", r.Groups)
	}
	for _, g := range r.Groups {
		for _, m := range g.Members {
			if m.Document == "gazette (2).txt" || m.Document == "gazette (3).txt" {
				t.Errorf("group %s counts the duplicate %s as a source", g.ID, m.Document)
			}
		}
	}

	// Regrouping again (new settings) must not rename or re-mark anything.
	before, _ := json.Marshal(r)
	after, _ := json.Marshal(Regroup(r.Documents, WithTolerance(0.2)))
	if string(before) != string(after) {
		t.Error("regrouping the same documents changed the report")
	}
}

// TestRegroupLeavesOutErrors checks that a document with an Error takes no
// part in matching (this case was the match stage's before it took
// sources of its own).
func TestRegroupLeavesOutErrors(t *testing.T) {
	build := func() []*Document {
		return []*Document{
			NewDocument("a", []byte(`“We will rebuild every school that the storm destroyed,” he said.`)),
			NewDocument("b", []byte(`“We will rebuild every school that the storm destroyed,” the mayor said.`)),
		}
	}
	if r := Regroup(build()); len(r.Groups) == 0 {
		t.Fatal("the two documents share no group: the check checks nothing")
	}
	docs := build()
	docs[1].Error = "b: unreadable"
	if r := Regroup(docs); len(r.Groups) != 0 {
		t.Errorf("groups with an unreadable document: %+v", r.Groups)
	}
}

// TestFileJSON checks File's JSON keys, and that files stored with the
// earlier keys "Name" and "Data" still decode.
func TestFileJSON(t *testing.T) {
	b, err := json.Marshal(File{Name: "a.txt", Data: []byte("hi")})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"name":"a.txt","data":"aGk="}`; got != want {
		t.Errorf("json = %s, want %s", got, want)
	}
	var f File
	if err := json.Unmarshal([]byte(`{"Name":"b.txt","Data":"aGk="}`), &f); err != nil {
		t.Fatal(err)
	}
	if f.Name != "b.txt" || string(f.Data) != "hi" {
		t.Errorf("decoded %+v from the earlier keys", f)
	}
}

// TestReportShape checks the JSON shape the README promises for a drop
// where nothing is shared and one file cannot be read: empty lists rather
// than null, and an unreadable file given by its name and error alone.
func TestReportShape(t *testing.T) {
	r := Annotate([]File{
		{Name: "gazette.txt", Data: []byte("The ferry ran late on Monday.\n\n“We are sorry for the wait,” said captain Oda Brenn.\n")},
		{Name: "broken.txt", Data: []byte{0xff, 0xfe, 0x00, 0x00, 0x00, 0x01, 0x02}},
	})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Documents []map[string]json.RawMessage `json:"documents"`
		Groups    json.RawMessage              `json:"groups"`
		Pairs     json.RawMessage              `json:"pairs"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if string(got.Groups) != "[]" || string(got.Pairs) != "[]" {
		t.Errorf("groups %s, pairs %s; want [] and []", got.Groups, got.Pairs)
	}
	if len(got.Documents) != 2 {
		t.Fatalf("%d documents, want 2", len(got.Documents))
	}
	if _, ok := got.Documents[0]["quotes"]; !ok {
		t.Errorf("the readable document lacks its quotes: %s", b)
	}
	broken := got.Documents[1]
	if len(broken) != 2 || broken["name"] == nil || broken["error"] == nil {
		t.Errorf("the unreadable document is written as %v, want only name and error", keys(broken))
	}
}

func keys(m map[string]json.RawMessage) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
