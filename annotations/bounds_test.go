package annotations

import (
	"strings"
	"testing"
)

// hasNote reports whether d carries a note of kind k.
func hasNote(d *Document, k NoteKind) bool {
	for _, n := range d.Notes {
		if n.Kind == k {
			return true
		}
	}
	return false
}

// TestBoundsHostileFiles analyses files built to exhaust the engine — nesting
// tens of thousands of levels deep, millions of quotation marks — beside a
// good file: each is analysed within the engine's bounds with a note, and
// the good one as usual. CI also runs this compiled to WebAssembly under
// Node with the browser's default stack.
func TestBoundsHostileFiles(t *testing.T) {
	good := File{Name: "gazette.txt", Data: []byte("The council met.\n\n\"We will rebuild the pier before summer,\" said Mayor Ines Falk.\n")}
	files := []File{
		{Name: "deep.md", Data: []byte(strings.Repeat(">", 40000) + ` quoted "text" said he` + "\n")},
		{Name: "words.txt", Data: []byte(strings.Repeat(`"the" "minister" `, 150000))},
		good,
		{Name: "copy.txt", Data: []byte("Elsewhere.\n\nMayor Ines Falk said: \"We will rebuild the pier before summer.\"\n")},
	}
	r := Annotate(files)
	deep, words, gazette := r.Documents[0], r.Documents[1], r.Documents[2]
	if deep.Error != "" || !hasNote(deep, NoteFlattened) || len(deep.Quotes) != 1 {
		t.Errorf("deep.md: error %q, notes %v, %d quotations; want read flat with a note and its quotation", deep.Error, deep.Notes, len(deep.Quotes))
	}
	if words.Error != "" || !hasNote(words, NoteQuotesBounded) {
		t.Errorf("words.txt: error %q, notes %v; want a note that quotations were bounded", words.Error, words.Notes)
	}
	if len(gazette.Notes) != 0 || len(gazette.Quotes) != 1 {
		t.Errorf("gazette.txt: notes %v, %d quotations; want none and one", gazette.Notes, len(gazette.Quotes))
	}
	shared := false
	for _, g := range r.Groups {
		if len(g.Members) == 2 && g.Members[0].Document == "gazette.txt" {
			shared = true
		}
	}
	if !shared {
		t.Error("the good files' shared quotation was not grouped beside the hostile ones")
	}
}
