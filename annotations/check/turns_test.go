package check

import (
	"testing"
)

func TestParseTurns(t *testing.T) {
	text := "PRESS BRIEFING, 3 MARCH\n" +
		"NOTE: embargoed until noon.\n\n" +
		"MR. HALVORSEN: Good morning. We met the union: twice.\n" +
		"Q: Did you consult anyone?\n" +
		"  CARYS DUNMORE (Harbour Commissioner): Yes, we did.\n" +
		"Ana Brandvold: Let me add one thing.\n" +
		"The union said: fine.\n" +
		"Dr. Lindqvist:\n" +
		"Thank you.\n"
	want := []struct{ speaker, speech string }{
		{"MR. HALVORSEN", "Good morning. We met the union: twice."},
		{"Q", "Did you consult anyone?"},
		{"CARYS DUNMORE (Harbour Commissioner)", "Yes, we did."},
		{"Ana Brandvold", "Let me add one thing.\nThe union said: fine."},
		{"Dr. Lindqvist", "Thank you."},
	}
	got := parseTurns(text)
	if len(got) != len(want) {
		for _, g := range got {
			t.Logf("%q: %q", g.Speaker, g.Speech.Text(text))
		}
		t.Fatalf("%d turns, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Speaker != w.speaker || g.Speech.Text(text) != w.speech {
			t.Errorf("turn %d: %q says %q, want %q says %q", i, g.Speaker, g.Speech.Text(text), w.speaker, w.speech)
		}
		if l := g.Label.Text(text); l[len(l)-1] != ':' {
			t.Errorf("turn %d: label %q does not end with its colon", i, l)
		}
	}
}

func TestNoTurns(t *testing.T) {
	// A statement without labels: no turns, so no speaker to compare.
	o := NewOriginal("The council will run a second boat from March. The reserve fund will pay for it.")
	if len(o.Turns()) != 0 {
		t.Fatalf("turns %v in a statement", o.Turns())
	}
	r := o.Check(Quotation{Speaker: "Brandvold", Parts: []Part{{Text: "the council will run a second boat"}}})
	if r.Verdict != Verbatim || r.SpeakerMatches != nil || r.OriginalSpeaker != "" {
		t.Errorf("got %s, speaker_matches %s, speaker %q; want verbatim with no speaker", r.Verdict, show(r.SpeakerMatches), r.OriginalSpeaker)
	}
}

func TestLabelsAreNotSpeech(t *testing.T) {
	o := NewOriginal("MAYOR BRANDVOLD: We will build it.\n\nMR. HALVORSEN: We will pay for it.")
	// "halvorsen" is only a label: the quotation cannot run through it.
	r := o.Check(Quotation{Parts: []Part{{Text: "We will build it. Mr. Halvorsen: We will pay for it."}}})
	if r.Verdict == Verbatim {
		t.Errorf("a label read as speech: %+v", r)
	}
	if o.Words() != 9 {
		t.Errorf("%d words, want the 9 spoken", o.Words())
	}
}

func TestLastName(t *testing.T) {
	for in, want := range map[string]string{
		"MR. OSKAR HALVORSEN (ferry operator)": "halvorsen",
		"Mayor Ana Brandvold":                  "brandvold",
		"Brandvold":                            "brandvold",
		"Carys Dunmore, Jr.":                   "dunmore",
		"Brandvold's":                          "brandvold",
		"Q":                                    "q",
		"Mr.":                                  "",
		"":                                     "",
	} {
		if got := lastName(in); got != want {
			t.Errorf("lastName(%q) = %q, want %q", in, got, want)
		}
	}
}
