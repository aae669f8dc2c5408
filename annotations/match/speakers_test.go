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

// TestSpeakerVote votes a group's speaker by last name, shown in its
// fullest form, and tells a disagreement only between members that are
// not one- or two-word phrases.
func TestSpeakerVote(t *testing.T) {
	for _, tt := range []struct {
		name     string
		names    []string
		short    []bool
		want     string
		disagree bool
	}{
		{"one person in two forms", []string{"Hale", "Ann Hale", "Tom Reed"}, nil, "Ann Hale", true},
		{"two people, the first ahead on a tie", []string{"Tom Reed", "Ann Hale"}, nil, "Tom Reed", true},
		{"a phrase credited to two people is no disagreement", []string{"Tom Reed", "Ann Hale", "Tom Reed"}, []bool{true, true, true}, "Tom Reed", false},
		{"nor is one short member against the others", []string{"Ann Hale", "Ann Hale", "Tom Reed"}, []bool{false, false, true}, "Ann Hale", false},
		{"a description is no other person", []string{"Ann Hale", "the official"}, []bool{false, false}, "Ann Hale", false},
		{"unknown votes for no one", []string{quote.Unknown, "Ann Hale"}, nil, "Ann Hale", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, disagree := SpeakerVote(tt.names, tt.short)
			if got != tt.want || disagree != tt.disagree {
				t.Errorf("SpeakerVote(%q, %v) = %q, %v; want %q, %v", tt.names, tt.short, got, disagree, tt.want, tt.disagree)
			}
		})
	}
}
