package clean

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/internal/testshared"
)

// seedExpect is the cleaning part of seeds/expected.json.
type seedExpect struct {
	Documents map[string]struct {
		Title  string   `json:"title"`
		Remove []string `json:"remove"`
		Keep   []string `json:"keep"`
	} `json:"documents"`
}

// TestSeedsClean checks the hand-labelled lines of the five seed articles:
// a line to remove must not start any line of Body, a line to keep must,
// and the lifted title must be the labelled one.
func TestSeedsClean(t *testing.T) {
	var exp seedExpect
	dir := testshared.SeedExpectations(t, &exp)
	if len(exp.Documents) == 0 {
		t.Fatal("expected.json lists no documents")
	}
	names := make([]string, 0, len(exp.Documents))
	for name := range exp.Documents {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		want := exp.Documents[name]
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			c := Clean(string(text))
			checkCleaned(t, string(text), c)
			var lines []string
			for _, l := range strings.Split(c.Body, "\n") {
				lines = append(lines, strings.TrimSpace(l))
			}
			starts := func(prefix string) bool {
				for _, l := range lines {
					if strings.HasPrefix(l, prefix) {
						return true
					}
				}
				return false
			}
			for _, p := range want.Remove {
				if starts(p) {
					t.Errorf("body keeps a line starting %q", p)
				}
			}
			for _, p := range want.Keep {
				if !starts(p) {
					t.Errorf("body lost the line starting %q", p)
				}
			}
			if c.Meta.Title != want.Title {
				t.Errorf("title = %q, want %q", c.Meta.Title, want.Title)
			}
		})
	}
}
