package annotations

import (
	"encoding/csv"
	"strings"
	"testing"
)

// TestReportCSV reads the CSV export back: a header, one row per member
// naming its source by title and link, the relation, and text that a
// spreadsheet would run as a formula defused.
func TestReportCSV(t *testing.T) {
	r := testReport()
	r.Groups = append(r.Groups, Group{ID: "g4", Kind: KindQuote, Sources: 2, Members: []Member{
		{Document: "a.txt", Quote: "q5", Text: "=HYPERLINK(\"x\")", Relation: RelationIdentical, Similarity: 1},
		{Document: "b.txt", Quote: "q6", Text: "=HYPERLINK(\"x\")", Relation: RelationIdentical, Similarity: 1},
	}})
	rows, err := csv.NewReader(strings.NewReader(string(r.CSV()))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0], ","); got != strings.Join(csvHeader, ",") {
		t.Errorf("header %q", got)
	}
	members := 0
	for _, g := range r.Groups {
		members += len(g.Members)
	}
	if len(rows) != 1+members {
		t.Fatalf("%d rows, want a header and %d members", len(rows), members)
	}
	col := func(name string) int {
		for i, h := range csvHeader {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	var fragment, formula bool
	for _, row := range rows[1:] {
		if row[col("document")] == "a.txt" && (row[col("title")] != "'# Pier <b>saved</b>" && row[col("title")] != "# Pier <b>saved</b>" || row[col("link")] != "javascript:alert(2)") {
			t.Errorf("a.txt row lacks its title and link: %q", row)
		}
		if row[col("relation")] == "fragment" && row[col("words")] == "5" && row[col("reference_words")] == "7" {
			fragment = true
		}
		if strings.Contains(row[col("text")], "HYPERLINK") {
			formula = true
			if !strings.HasPrefix(row[col("text")], "'") {
				t.Errorf("formula cell not defused: %q", row[col("text")])
			}
		}
		if row[col("speaker")] == "" && row[col("group")] == "g1" {
			t.Errorf("g1 row without the group's speaker: %q", row)
		}
	}
	if !fragment || !formula {
		t.Errorf("fragment row %v, formula row %v: want both", fragment, formula)
	}
}
