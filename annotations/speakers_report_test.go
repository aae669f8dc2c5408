package annotations

import "testing"

// TestReportSpeakers checks the speaker fields through the front door: one
// name per person across the documents of a report, the role apart, the
// mention inside the document's text, and each group member's own speaker.
func TestReportSpeakers(t *testing.T) {
	a := "Harbour talks resume\n\nSecretary of State Ann Hale arrived in Portmore on Monday.\n\n" +
		"\"The harbour will reopen to fishing boats before the winter storms arrive,\" Hale said.\n"
	b := "Portmore harbour to reopen\n\nThe talks went on late into the night.\n\n" +
		"\"The harbour will reopen to fishing boats before the winter storms arrive,\" Ms. Hale told reporters.\n"
	r := Annotate([]File{{Name: "a.txt", Data: []byte(a)}, {Name: "b.txt", Data: []byte(b)}})
	for _, d := range r.Documents {
		if len(d.Quotes) != 1 {
			t.Fatalf("%s: %d quotations, want 1", d.Name, len(d.Quotes))
		}
		q := d.Quotes[0]
		if q.Speaker != "Ann Hale" {
			t.Errorf("%s: speaker %q, want the report's one name for her, %q", d.Name, q.Speaker, "Ann Hale")
		}
		m := q.SpeakerMention
		if m.Start < 0 || m.End > len(d.Text) || m.Text(d.Text) == "" {
			t.Fatalf("%s: no valid speaker_mention: %+v", d.Name, m)
		}
		if got := m.Text(d.Text); got != "Hale" && got != "Ms. Hale" {
			t.Errorf("%s: mention %q, want the attribution's words", d.Name, got)
		}
	}
	var found bool
	for _, g := range r.Groups {
		if g.Kind != "quote" {
			continue
		}
		found = true
		if g.Speaker != "Ann Hale" || g.SpeakersDisagree {
			t.Errorf("group speaker %q, disagree %v; want Ann Hale, false", g.Speaker, g.SpeakersDisagree)
		}
		for _, m := range g.Members {
			if m.Speaker != "Ann Hale" {
				t.Errorf("member %s speaker %q, want Ann Hale", m.Document, m.Speaker)
			}
		}
	}
	if !found {
		t.Fatal("no quotation group")
	}
}

// TestRegroupGivesBackOwnSpeakers regroups a document first with an
// outlet that names its speaker in full, then alone: alone it credits its
// own name again, since the report that gave it the fuller one no longer
// holds the outlet that wrote it.
func TestRegroupGivesBackOwnSpeakers(t *testing.T) {
	short := NewDocument("short.txt", []byte("Harbour works to restart\n\nThe harbour board met on Monday in Portmore.\n\n"+
		"\u201cWe will rebuild the old quay before the winter storms arrive,\u201d Hale said after the meeting.\n"))
	full := NewDocument("full.txt", []byte("Portmore quay to be rebuilt\n\nAnn Hale, who chairs the harbour board, spoke on Monday.\n\n"+
		"\u201cWe will rebuild the old quay before the winter storms arrive,\u201d Ann Hale said.\n"))
	if len(short.Quotes) != 1 || len(full.Quotes) != 1 {
		t.Fatalf("quotations: %d and %d, want one each", len(short.Quotes), len(full.Quotes))
	}
	Regroup([]*Document{short, full})
	if got := short.Quotes[0].Speaker; got != "Ann Hale" {
		t.Errorf("with %s, %s credits %q, want Ann Hale", full.Name, short.Name, got)
	}
	if got := short.OwnSpeakers(); len(got) != 1 || got[0] != "Hale" {
		t.Errorf("OwnSpeakers = %q, want [Hale]", got)
	}
	if got := short.ReportSpeakers(); len(got) != 1 || got[0] != "Ann Hale" {
		t.Errorf("ReportSpeakers = %q, want [Ann Hale]", got)
	}
	Regroup([]*Document{short})
	if got := short.Quotes[0].Speaker; got != "Hale" {
		t.Errorf("alone, %s credits %q, want its own Hale", short.Name, got)
	}
	if got := short.ReportSpeakers(); got != nil {
		t.Errorf("alone, ReportSpeakers = %q, want nil: the names are its own", got)
	}
}

// TestReportAgreedSpeaker has one remark in two outlets: one credits it
// to "he", which alone reads as the last man named; the other names the
// mayor, whom the first names too. The report credits the mayor in both,
// in the documents and in the group, which then shows no disagreement;
// the first document's mention stays its "he".
func TestReportAgreedSpeaker(t *testing.T) {
	const remark = "We will rebuild the quay before the winter storms arrive"
	a := "Quay works\n\nPeter Stern, the mayor, met the harbour board on Monday. Tom Reed, its chairman, showed him the quay.\n\n" +
		"\u201c" + remark + ",\u201d he said.\n"
	b := "Portmore quay\n\n\u201c" + remark + ",\u201d Mayor Peter Stern said on Monday.\n"
	alone := Annotate([]File{{Name: "a.txt", Data: []byte(a)}})
	if got := alone.Documents[0].Quotes[0].Speaker; got != "Tom Reed" {
		t.Fatalf("alone, a.txt credits %q: the test wants the pronoun read as Tom Reed", got)
	}
	r := Annotate([]File{{Name: "a.txt", Data: []byte(a)}, {Name: "b.txt", Data: []byte(b)}})
	da := r.Documents[0]
	if q := da.Quotes[0]; q.Speaker != "Peter Stern" || q.SpeakerMention.Text(da.Text) != "he" {
		t.Errorf("a.txt credits %q through %q, want Peter Stern through he", q.Speaker, q.SpeakerMention.Text(da.Text))
	}
	if len(r.Groups) != 1 {
		t.Fatalf("%d groups, want 1", len(r.Groups))
	}
	g := r.Groups[0]
	if g.Speaker != "Peter Stern" || g.SpeakersDisagree {
		t.Errorf("group speaker %q, disagree %v; want Peter Stern, false", g.Speaker, g.SpeakersDisagree)
	}
	for _, m := range g.Members {
		if m.Speaker != "Peter Stern" {
			t.Errorf("member %s credits %q, want Peter Stern", m.Document, m.Speaker)
		}
	}
}
