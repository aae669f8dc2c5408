package match

import (
	"testing"

	"github.com/crossquote/crossquote/annotations/quote"
	"github.com/crossquote/crossquote/annotations/span"
)

// speakerSource is a one-paragraph fictional document whose quotation is
// credited to speaker.
func speakerSource(name, text, speaker string) *Source {
	qs := quote.Extract(text, []span.Span{{Start: 0, End: len(text)}})
	for i := range qs {
		qs[i].Speaker = speaker
	}
	return &Source{Name: name, Text: text, Kept: []span.Span{{Start: 0, End: len(text)}}, Quotes: qs}
}

func TestGroupMemberSpeakers(t *testing.T) {
	words := `"The harbour will reopen to fishing boats before the winter storms arrive," `
	for _, tt := range []struct {
		name     string
		a, b     string
		disagree bool
	}{
		{"same person, two forms", "Ann Hale", "Hale", false},
		{"two people", "Ann Hale", "Tom Reed", true},
		{"one unknown", "Ann Hale", quote.Unknown, false},
		{"a name and a description", "Ann Hale", "the harbour official", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			groups := Match([]*Source{
				speakerSource("a.txt", words+tt.a+" said.", tt.a),
				speakerSource("b.txt", words+"the official said.", tt.b),
			}, DefaultOptions())
			var g *Group
			for i := range groups {
				if groups[i].Kind == KindQuote {
					g = &groups[i]
				}
			}
			if g == nil {
				t.Fatalf("no quotation group in %+v", groups)
			}
			if g.SpeakersDisagree != tt.disagree {
				t.Errorf("speakers_disagree = %v, want %v", g.SpeakersDisagree, tt.disagree)
			}
			got := map[string]string{}
			for _, m := range g.Members {
				got[m.Document] = m.Speaker
			}
			if got["a.txt"] != tt.a || got["b.txt"] != tt.b {
				t.Errorf("member speakers = %v, want a.txt %q, b.txt %q", got, tt.a, tt.b)
			}
		})
	}
}
