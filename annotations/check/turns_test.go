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

func TestLabelForms(t *testing.T) {
	text := "[00:01:12] THE PRESIDENT: We will open the northern crossing in May.\n" +
		"00:02 SPEAKER 2: Will it be free?\n" +
		"REPORTER: And the tolls on the old bridge?\n" +
		"THE PRESIDENT: The tolls will stay until the loan is repaid.\n"
	o := NewOriginal(text)
	var got []string
	for _, tu := range o.Turns() {
		got = append(got, tu.Speaker)
	}
	want := []string{"THE PRESIDENT", "SPEAKER 2", "REPORTER", "THE PRESIDENT"}
	if len(got) != len(want) {
		t.Fatalf("speakers %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("speakers %q, want %q", got, want)
		}
	}
	// A role says nothing about the name: no claim either way.
	r := o.Check(Quotation{Speaker: "President Farrowby", Parts: []Part{{Text: "We will open the northern crossing in May"}}})
	if r.Verdict != Verbatim || r.SpeakerMatches != nil || r.OriginalSpeaker != "THE PRESIDENT" {
		t.Errorf("role label: %s, speaker_matches %s, speaker %q; want verbatim, nil, THE PRESIDENT", r.Verdict, show(r.SpeakerMatches), r.OriginalSpeaker)
	}
	// The press's side is never the official's.
	r = o.Check(Quotation{Speaker: "Farrowby", Parts: []Part{{Text: "And the tolls on the old bridge?"}}})
	if r.SpeakerMatches == nil || *r.SpeakerMatches {
		t.Errorf("reporter's words credited to an official: speaker_matches %s, want false", show(r.SpeakerMatches))
	}
}

func TestLabelName(t *testing.T) {
	for _, tt := range []struct {
		label, name string
		questioner  bool
	}{
		{"MR. OSKAR HALVORSEN (ferry operator)", "halvorsen", false},
		{"MAYOR ANA BRANDVOLD", "brandvold", false},
		{"THE PRESIDENT", "", false},
		{"SPEAKER 2", "", false},
		{"MODERATOR", "", false},
		{"Q", "", true},
		{"AUDIENCE MEMBER", "", true},
		{"SECRETARY LINDQVIST", "lindqvist", false},
	} {
		name, q := labelName(tt.label)
		if name != tt.name || q != tt.questioner {
			t.Errorf("labelName(%q) = %q, %v; want %q, %v", tt.label, name, q, tt.name, tt.questioner)
		}
	}
}

func TestCreditedName(t *testing.T) {
	for in, want := range map[string]string{
		"Mayor Ana Brandvold":  "brandvold",
		"Brandvold":            "brandvold",
		"a senior official":    "",
		"the Foreign Ministry": "",
		"The President":        "",
		"unknown":              "",
		"":                     "",
	} {
		if got := creditedName(in); got != want {
			t.Errorf("creditedName(%q) = %q, want %q", in, got, want)
		}
	}
}
