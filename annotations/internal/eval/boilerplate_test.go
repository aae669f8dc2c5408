package eval

import (
	"math"
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	got := Tokens("Göteborg's 3.5-point lead—snake_case, ok?")
	want := []string{"Göteborg", "s", "3", "5", "point", "lead", "snake_case", "ok"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		pred, gold string
		want       Counts
	}{
		{"a b c d e", "a b c d e", Counts{TP: 2}},
		{"x a b c d e", "a b c d e", Counts{TP: 2, FP: 1}},
		{"a b c d", "a b c d e f", Counts{TP: 1, FN: 2}},
		{"", "a b", Counts{FN: 1}},
		{"a b", "a b", Counts{TP: 1}},
		{"a b c d a b c d", "a b c d", Counts{TP: 1, FP: 4}},
	}
	for _, tt := range tests {
		if got := Compare(tt.pred, tt.gold); got != tt.want {
			t.Errorf("Compare(%q, %q) = %+v, want %+v", tt.pred, tt.gold, got, tt.want)
		}
	}
}

func TestMacro(t *testing.T) {
	s := Macro([]Counts{{TP: 3, FP: 1}, {TP: 1, FN: 1}, {}})
	// Precision: (0.75 + 1 + 1) / 3; recall: (1 + 0.5 + 1) / 3.
	p, r := 2.75/3, 2.5/3
	f := 2 * p * r / (p + r)
	if math.Abs(s.Precision-p) > 1e-12 || math.Abs(s.Recall-r) > 1e-12 || math.Abs(s.F1-f) > 1e-12 {
		t.Errorf("Macro = %+v, want P=%v R=%v F1=%v", s, p, r, f)
	}
	if z := Macro(nil); z.F1 != 0 || z.Documents != 0 {
		t.Errorf("Macro(nil) = %+v", z)
	}
}
