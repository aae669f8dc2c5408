package annotations

import (
	"encoding/csv"
	"strconv"
)

// csvCheckHeader names the columns [Report.CSV] adds when the report has
// an original: the quotation's verdict, its similarity to the original's
// words, whether its speaker is the one speaking there ("true", "false",
// or empty when that cannot be said), and who that is.
var csvCheckHeader = []string{"verdict", "original_similarity", "speaker_matches", "original_speaker"}

// checked reports whether any document of the report has checks.
func (r *Report) checked() bool {
	for _, d := range r.Documents {
		if d != nil && len(d.Checks) > 0 {
			return true
		}
	}
	return false
}

// checkIndex returns the checks of the report's quotations by document
// name and quotation ID, joined by a zero byte.
func checkIndex(docs []*Document) map[string]*Check {
	idx := map[string]*Check{}
	for _, d := range docs {
		if d == nil {
			continue
		}
		for i, q := range d.Quotes {
			if i < len(d.Checks) {
				idx[d.Name+"\x00"+q.ID] = &d.Checks[i]
			}
		}
	}
	return idx
}

// checkCells returns the cells of csvCheckHeader for check c: empty for
// a passage or a quotation not checked (nil).
func checkCells(c *Check) []string {
	if c == nil {
		return make([]string, len(csvCheckHeader))
	}
	matches := ""
	if c.SpeakerMatches != nil {
		matches = strconv.FormatBool(*c.SpeakerMatches)
	}
	return []string{string(c.Verdict), strconv.FormatFloat(c.Similarity, 'f', 3, 64), matches, c.OriginalSpeaker}
}

// writeUngroupedChecks writes a row for each checked quotation that no
// group holds (inGroup, see sharedQuotes), its group cells empty.
func writeUngroupedChecks(w *csv.Writer, docs []*Document, inGroup map[string]bool) {
	idx := checkIndex(docs)
	for _, d := range docs {
		if d == nil {
			continue
		}
		for i, q := range d.Quotes {
			if i >= len(d.Checks) || inGroup[d.Name+"\x00"+q.ID] {
				continue
			}
			row := append([]string{"", string(KindQuote), "", "", "", "", "",
				d.Name, d.Title, d.Link, q.Speaker, q.Text}, checkCells(idx[d.Name+"\x00"+q.ID])...)
			for k := range row {
				row[k] = csvSafe(row[k])
			}
			_ = w.Write(row)
		}
	}
}
