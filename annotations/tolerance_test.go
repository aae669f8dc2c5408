package annotations_test

import (
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/synth"
)

// TestMaxTolerance holds the measurement behind annotations.MaxTolerance:
// at that tolerance the grouping of 1,000 synthetic articles still keeps
// the precision and recall the issue asks for.
func TestMaxTolerance(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000 articles take a few seconds; skipped in -short mode")
	}
	files, truth := synth.Generate(1, 1000)
	s := synth.Evaluate(annotations.Annotate(files, annotations.WithTolerance(annotations.MaxTolerance)), truth)
	t.Logf("tolerance %.2f: %s", annotations.MaxTolerance, s)
	if p, r := s.Precision(), s.Recall(); p < minGrouping || r < minGrouping {
		t.Errorf("at MaxTolerance %.2f precision %.4f recall %.4f, want at least %.2f", annotations.MaxTolerance, p, r, minGrouping)
	}
}
