package app

import (
	"slices"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

// haleFiles are two outlets quoting one remark: the first names its
// speaker only as Hale, the second in full.
func haleFiles() (short, full annotations.File) {
	return annotations.File{Name: "short.txt", Data: []byte("Harbour works to restart\n\n" +
			"The harbour board met on Monday in Portmore to discuss the works.\n\n" +
			"\u201cWe will rebuild the old quay before the winter storms arrive,\u201d Hale said after the meeting.\n")},
		annotations.File{Name: "full.txt", Data: []byte("Portmore quay to be rebuilt\n\n" +
			"Ann Hale, who chairs the harbour board, spoke to reporters on Monday.\n\n" +
			"\u201cWe will rebuild the old quay before the winter storms arrive,\u201d Ann Hale said.\n")}
}

// TestSessionSpeakersAcrossDrops drops two outlets one after the other:
// the page names the speaker of the first as the report does, by the
// fuller name the second gives, so that the Speakers view holds one
// person quoted by both; once the second is removed, the first's own name
// comes back.
func TestSessionSpeakersAcrossDrops(t *testing.T) {
	short, full := haleFiles()
	s, e := newSession(), newEngine(t)
	req, data := s.add([]annotations.File{short})
	e.send(&s, s.request(req, true), data)
	if got := speakerOf(t, &s, short.Name); got != "Hale" {
		t.Fatalf("alone, %s credits %q, want Hale", short.Name, got)
	}
	req, data = s.add([]annotations.File{full})
	e.send(&s, s.request(req, true), data)
	want := annotations.Annotate([]annotations.File{short, full})
	for _, d := range want.Documents {
		if got := speakerOf(t, &s, d.Name); got != d.Quotes[0].Speaker || got != "Ann Hale" {
			t.Errorf("%s: the page credits %q, the report %q; want both Ann Hale", d.Name, got, d.Quotes[0].Speaker)
		}
	}
	people := s.index.speakers()
	if len(people) != 1 || people[0].Name != "Ann Hale" || !slices.Equal(people[0].Outlets, []string{short.Name, full.Name}) {
		t.Errorf("Speakers view: %+v; want Ann Hale alone, quoted by both", people)
	}

	s.remove(full.Name)
	e.send(&s, s.regroup(true), nil)
	if got := speakerOf(t, &s, short.Name); got != "Hale" {
		t.Errorf("after %s was removed, %s credits %q, want its own Hale again", full.Name, short.Name, got)
	}
}

// speakerOf returns the speaker of the one quotation of the session's
// document name.
func speakerOf(t *testing.T, s *session, name string) string {
	t.Helper()
	d := s.docs[name]
	if d == nil || len(d.Quotes) != 1 {
		t.Fatalf("%s: not analysed, or not one quotation", name)
	}
	return d.Quotes[0].Speaker
}
