package quote

import (
	"testing"
)

// lastResortCases are fictional quotations that no attribution rule
// gives a speaker but the grammar around them does, and the ones
// that must stay speakerless.
var lastResortCases = []speakerCase{
	// A plural subject reports in the base form.
	{name: "the researchers write", text: `The researchers write in the paper that the fish "appear to navigate by the stars."`, want: "The researchers"},
}

func TestLastResortSpeaker(t *testing.T) {
	for _, tt := range lastResortCases {
		t.Run(tt.name, func(t *testing.T) {
			quotes := Extract(tt.text, blankLineParagraphs(tt.text))
			if len(quotes) == 0 {
				t.Fatalf("no quotation in %q", tt.text)
			}
			q := quotes[len(quotes)-1]
			if q.Speaker != tt.want || q.SpeakerRole != tt.role {
				t.Errorf("speaker of %q = %q (role %q), want %q (role %q)", q.Text, q.Speaker, q.SpeakerRole, tt.want, tt.role)
			}
			checkMention(t, tt.text, q)
		})
	}
}
