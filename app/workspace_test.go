package app

import (
	"slices"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

// TestDropLargest checks that a refused store leaves out the largest files
// first, at least one, until at most three quarters of the bytes remain,
// and keeps the rest in order.
func TestDropLargest(t *testing.T) {
	file := func(name string, n int) annotations.File {
		return annotations.File{Name: name, Data: []byte(strings.Repeat("x", n))}
	}
	for _, tc := range []struct {
		name        string
		files       []annotations.File
		kept, going []string
	}{
		{"one file", []annotations.File{file("a", 10)}, nil, []string{"a"}},
		{"the largest", []annotations.File{file("a", 10), file("b", 50), file("c", 40)}, []string{"a", "c"}, []string{"b"}},
		{"several", []annotations.File{file("a", 10), file("b", 10), file("c", 10), file("d", 10), file("e", 10)}, []string{"c", "d", "e"}, []string{"a", "b"}},
		{"empty files", []annotations.File{file("a", 0), file("b", 0)}, []string{"b"}, []string{"a"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kept, going := dropLargest(tc.files)
			var names []string
			for _, f := range kept {
				names = append(names, f.Name)
			}
			if !slices.Equal(names, tc.kept) || !slices.Equal(going, tc.going) {
				t.Errorf("dropLargest = kept %v, dropped %v; want kept %v, dropped %v", names, going, tc.kept, tc.going)
			}
		})
	}
}
