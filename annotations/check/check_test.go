package check

import (
	"os"
	"strings"
	"testing"
)

func briefing(t testing.TB) *Original {
	t.Helper()
	b, err := os.ReadFile("testdata/briefing.txt")
	if err != nil {
		t.Fatal(err)
	}
	return NewOriginal(string(b))
}

// quote builds a quotation from parts separated by "|", as an outlet would
// split it around an attribution; each part's offset is its place in the
// joined string, as if the document were the parts in a row.
func quote(speaker, text string) Quotation {
	q := Quotation{Speaker: speaker}
	off := 0
	for _, p := range strings.Split(text, "|") {
		q.Parts = append(q.Parts, Part{Text: p, Start: off})
		off += len(p) + 1
	}
	return q
}

func TestVerdicts(t *testing.T) {
	o := briefing(t)
	tests := []struct {
		name, speaker, text string
		want                Verdict
		spans               int
		speakerOK           *bool
	}{
		{"whole sentence", "Brandvold", "That will not happen again.", Verbatim, 1, ptr(true)},
		{"part of a sentence", "Ana Brandvold", "the council will run a second boat on the morning crossing", Verbatim, 1, ptr(true)},
		{"case punctuation dashes", "Brandvold", "NOBODY in Hollin Bay will pay a higher fare — because of this decision!", Verbatim, 1, ptr(true)},
		{"curly apostrophe", "Brandvold", "The sea wall is fully funded in next year’s budget", Verbatim, 1, ptr(true)},
		{"across a sentence end", "Brandvold", "were cut off from the hospital. That will not happen again", Verbatim, 1, ptr(true)},
		{"split in parts, adjacent", "Halvorsen", "I can answer that.|We met the union twice in January", Verbatim, 1, ptr(true)},
		{"ellipsis", "Brandvold", "From the first of March the council will run a second boat … and we will pay for it out of the reserve fund", Elided, 2, ptr(true)},
		{"three dots", "Brandvold", "The reserve fund holds 4.2 million crowns... Nobody in Hollin Bay will pay a higher fare", Elided, 2, ptr(true)},
		{"bracketed ellipsis", "Brandvold", "This is a promise to the people of Hollin Bay [...] If the second boat does not make the crossing reliable, I will come back", Elided, 2, ptr(true)},
		{"word changed", "Brandvold", "Nobody in Hollin Bay will pay a higher ticket price because of this decision.", Altered, 1, ptr(true)},
		{"word dropped", "Brandvold", "The sea wall is funded in next year's budget, and the engineers tell me the work can start in April.", Altered, 1, ptr(true)},
		{"word inserted", "Brandvold", "I would never ever put the sea wall at risk for a ferry.", Altered, 1, ptr(true)},
		{"stitched without a mark", "Brandvold", "That will not happen again. I would never put the sea wall at risk for a ferry.", Stitched, 2, ptr(true)},
		{"stitched at an ellipsis", "Brandvold", "I intend to keep it … the families of Hollin Bay were cut off from the hospital", Stitched, 2, ptr(true)},
		{"stitched across speakers", "Brandvold", "I want to be clear about the money. … nobody will be asked to work a double shift", Stitched, 2, ptr(false)},
		{"run together over a sentence", "Brandvold", "Last winter the harbour ferry stopped running for eleven days. From the first of March the council will run a second boat", Stitched, 2, ptr(true)},
		{"across two speakers' turns", "Brandvold", "I will come back here and explain why. When will the timetable be published?", Stitched, 2, ptr(false)},
		{"misattributed", "Brandvold", "We met the union twice in January, and we will meet them again next week.", Verbatim, 1, ptr(false)},
		{"question put by a reporter", "Brandvold", "the reserve fund was meant for the sea wall", Verbatim, 1, ptr(false)},
		{"no speaker named", "", "The timetable will be on the website by the end of the month.", Verbatim, 1, nil},
		{"not in the original", "Brandvold", "The bridge tolls will be abolished before the autumn elections.", NotFound, 0, nil},
		{"decoy sharing words", "Brandvold", "The council will run a second bridge to the hospital and pay for it out of fares.", NotFound, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := o.Check(quote(tt.speaker, tt.text))
			if r.Verdict != tt.want || len(r.Original) != tt.spans {
				t.Fatalf("verdict %s with %d spans %v (similarity %.2f), want %s with %d", r.Verdict, len(r.Original), r.Original, r.Similarity, tt.want, tt.spans)
			}
			if (r.SpeakerMatches == nil) != (tt.speakerOK == nil) || r.SpeakerMatches != nil && *r.SpeakerMatches != *tt.speakerOK {
				t.Errorf("speaker_matches %v (speaker %q), want %v", show(r.SpeakerMatches), r.OriginalSpeaker, show(tt.speakerOK))
			}
			for _, sp := range r.Original {
				if sp.Start < 0 || sp.End > len(o.Text()) || sp.Start >= sp.End {
					t.Errorf("span %v out of bounds", sp)
				}
			}
		})
	}
}

func ptr(b bool) *bool { return &b }

func show(b *bool) string {
	if b == nil {
		return "nil"
	}
	if *b {
		return "true"
	}
	return "false"
}
