package eval

import (
	"math"
	"slices"
	"testing"
)

func q(start, end int, text, speaker string) Quotation {
	return Quotation{Start: start, End: end, Text: text, Speaker: speaker}
}

func TestOverlap(t *testing.T) {
	tests := []struct {
		a, b Quotation
		want float64
	}{
		{q(0, 10, "", ""), q(0, 10, "", ""), 1},
		{q(0, 10, "", ""), q(2, 10, "", ""), 0.8},
		{q(0, 10, "", ""), q(5, 20, "", ""), 5.0 / 15},
		{q(0, 10, "", ""), q(10, 20, "", ""), 0},
		{q(0, 0, "", ""), q(0, 0, "", ""), 0},
	}
	for _, tt := range tests {
		if got := Overlap(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("Overlap(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMatchQuotesOneToOne(t *testing.T) {
	gold := []Quotation{q(0, 10, "", ""), q(20, 30, "", "")}
	// Two predictions fit the first gold quotation; the better one wins and
	// the other stays unmatched.
	pred := []Quotation{q(1, 10, "", ""), q(0, 10, "", ""), q(21, 30, "", "")}
	got := MatchQuotes(gold, pred, 0.8)
	want := [][2]int{{0, 1}, {1, 2}}
	if !slices.Equal(got, want) {
		t.Errorf("MatchQuotes = %v, want %v", got, want)
	}
}

func TestScoreQuotes(t *testing.T) {
	gold := []Quotation{
		q(0, 40, "we will rebuild the pier before summer", "Mayor Ada Lind"),
		q(50, 80, "the budget is not yet final today", "he"),
		q(90, 100, "rushed", "critics"),                          // short, missed: not counted
		q(110, 150, "a third remark nobody found at all", "Tom"), // missed
	}
	pred := []Quotation{
		q(0, 38, "we will rebuild the pier before summ", "Lind"),     // match, right speaker
		q(50, 80, "the budget is not yet final today", "unknown"),    // match, pronoun gold: not scored
		q(200, 230, "an extra quotation with many words", "unknown"), // false positive
		q(300, 305, "scare", "unknown"),                              // short, unmatched: not counted
	}
	c := ScoreQuotes(gold, pred, 0.8)
	want := QuoteCounts{TP: 2, FP: 1, FN: 1, SpeakerTotal: 1, SpeakerRight: 1}
	if c != want {
		t.Fatalf("ScoreQuotes = %+v, want %+v", c, want)
	}
	if p, r := c.Precision(), c.Recall(); p != 2.0/3 || r != 2.0/3 {
		t.Errorf("P, R = %v, %v, want 2/3, 2/3", p, r)
	}
	if f := c.F1(); math.Abs(f-2.0/3) > 1e-9 {
		t.Errorf("F1 = %v, want 2/3", f)
	}
	// At 0.3 the same pairs match; at 0.99 the trimmed first one does not.
	if c := ScoreQuotes(gold, pred, 0.99); c.TP != 1 || c.FN != 2 || c.FP != 2 {
		t.Errorf("at 0.99: %+v, want TP 1 FN 2 FP 2", c)
	}
	var sum QuoteCounts
	sum.Add(c)
	sum.Add(c)
	if sum.TP != 4 || sum.SpeakerRight != 2 {
		t.Errorf("Add: %+v", sum)
	}
	if a := sum.SpeakerAccuracy(); a != 1 {
		t.Errorf("SpeakerAccuracy = %v, want 1", a)
	}
	var empty QuoteCounts
	if empty.Precision() != 1 || empty.Recall() != 1 || empty.SpeakerAccuracy() != 0 {
		t.Errorf("empty counts: P %v R %v S %v", empty.Precision(), empty.Recall(), empty.SpeakerAccuracy())
	}
}

func TestSpeakerCorrect(t *testing.T) {
	tests := []struct {
		pred, source string
		want         bool
	}{
		{"Mayor Ada Lind", "Lind", true},
		{"Lind", "Ada Lind, the mayor of the town,", true},
		{"the official", "a State Department official", true},
		{"Ada Lind", "Tom Reed", false},
		{"unknown", "unknown sources", false},
		{"", "Lind", false},
		{"LIND", "Ms. Lind", true},
		{"Lin", "Lind", false},
	}
	for _, tt := range tests {
		if got := SpeakerCorrect(tt.pred, tt.source); got != tt.want {
			t.Errorf("SpeakerCorrect(%q, %q) = %v, want %v", tt.pred, tt.source, got, tt.want)
		}
	}
}

func TestIsBarePronoun(t *testing.T) {
	for s, want := range map[string]bool{"he": true, "She": true, " they ": true, "he and she": false, "Lind": false} {
		if got := IsBarePronoun(s); got != want {
			t.Errorf("IsBarePronoun(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestRuneToByte(t *testing.T) {
	s := "a€b“c”"
	got := RuneToByte(s, 0, 1, 2, 3, 6, 99, -1)
	want := []int{0, 1, 4, 5, len(s), len(s), 0}
	if !slices.Equal(got, want) {
		t.Errorf("RuneToByte = %v, want %v", got, want)
	}
}
