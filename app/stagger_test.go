package app

import "testing"

// TestTrailingIndex: the compare and coverage panels follow the groups
// panel's index, except while stagger holds them back at an older one.
func TestTrailingIndex(t *testing.T) {
	a := newAnnotator()
	if a.trailing() != a.late() {
		t.Error("the compare and coverage panels do not follow the groups panel")
	}
	old := a.index
	a.lateIndex, a.laterIndex = newReportIndex(nil), old
	if a.trailing() != old || a.late() == old {
		t.Error("held back, the compare and coverage panels do not keep the older index")
	}
	a.laterIndex = nil
	if a.trailing() != a.lateIndex {
		t.Error("released, the compare and coverage panels do not follow the groups panel")
	}
}
