package app

import (
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

// TestIndexMember finds a group's first occurrence in a document through
// the index, for a group of the report and for one that is not (a copy),
// and nothing for a document the group is not in.
func TestIndexMember(t *testing.T) {
	r := &annotations.Report{
		Documents: []*annotations.Document{{Name: "a"}, {Name: "b"}, {Name: "c"}},
		Groups: []annotations.Group{{ID: "g1", Members: []annotations.Member{
			{Document: "a", Text: "a1"}, {Document: "b", Text: "b1"}, {Document: "a", Text: "a2"},
		}}},
	}
	x := newReportIndex(r)
	copied := r.Groups[0]
	for _, g := range []*annotations.Group{&r.Groups[0], &copied} {
		if m, ok := x.member(g, "a"); !ok || m.Text != "a1" {
			t.Errorf("member of a: %+v %v, want the first, a1", m, ok)
		}
		if m, ok := x.member(g, "b"); !ok || m.Text != "b1" {
			t.Errorf("member of b: %+v %v", m, ok)
		}
		if _, ok := x.member(g, "c"); ok {
			t.Error("c has a member of a group it is not in")
		}
	}
}
