package annotations

import (
	"bytes"
	"encoding/csv"
	"strconv"
)

// csvHeader names the columns of [Report.CSV].
var csvHeader = []string{"group", "kind", "sources", "relation", "similarity", "words", "reference_words",
	"document", "title", "link", "speaker", "text"}

// CSV returns the report's groups as comma-separated values, one row per
// member, for a spreadsheet: the group, its kind and number of sources,
// the member's relation to the group's reference and its similarity, the
// source by file name, title and link, the speaker its document names and
// the words. The reference member's row reads "identical" and 1. When
// the report has an original, each row of a quotation carries its check
// (see [csvCheckHeader]), and the quotations in no group follow, one row
// each, their group cells empty. Cells
// that a spreadsheet would read as a formula are prefixed with an
// apostrophe: article text must not run as a formula on the reader's
// machine.
func (r *Report) CSV() []byte {
	byName := make(map[string]*Document, len(r.Documents))
	for _, d := range r.Documents {
		byName[d.Name] = d
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	checked := r.checked()
	checks := checkIndex(r.Documents)
	header := csvHeader
	if checked {
		header = append(append([]string{}, csvHeader...), csvCheckHeader...)
	}
	_ = w.Write(header) // a bytes.Buffer does not fail
	inGroup := sharedQuotes(r.Groups)
	for _, g := range r.Groups {
		for _, m := range g.Members {
			var title, link string
			if d := byName[m.Document]; d != nil {
				title, link = d.Title, d.Link
			}
			words, refWords := "", ""
			if m.Words > 0 {
				words, refWords = strconv.Itoa(m.Words), strconv.Itoa(m.ReferenceWords)
			}
			speaker := m.Speaker
			if speaker == "" {
				speaker = g.Speaker
			}
			row := []string{g.ID, string(g.Kind), strconv.Itoa(g.Sources), string(m.Relation),
				strconv.FormatFloat(m.Similarity, 'f', 3, 64), words, refWords,
				m.Document, title, link, speaker, m.Text}
			if checked {
				row = append(row, checkCells(checks[m.Document+"\x00"+m.Quote])...)
			}
			for i := range row {
				row[i] = csvSafe(row[i])
			}
			_ = w.Write(row)
		}
	}
	if checked {
		writeUngroupedChecks(w, r.Documents, inGroup)
	}
	w.Flush()
	return b.Bytes()
}

// csvSafe defuses a cell a spreadsheet would evaluate: one starting with
// =, +, -, @, a tab or a carriage return.
func csvSafe(s string) string {
	if s != "" && bytes.IndexByte([]byte("=+-@\t\r"), s[0]) >= 0 {
		return "'" + s
	}
	return s
}
