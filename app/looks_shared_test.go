package app

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

// sharedDir returns the shared evaluation data (CROSSQUOTE_SHARED, or
// ../../shared from this package): the test is skipped when the variable
// is unset and the folder absent, and fails when it is set and missing.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, set := os.LookupEnv("CROSSQUOTE_SHARED")
	if !set || dir == "" {
		dir, set = filepath.Join("..", "..", "shared"), false
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		if set {
			t.Fatalf("CROSSQUOTE_SHARED=%s is not a folder", dir)
		}
		t.Skip("no shared evaluation data (CROSSQUOTE_SHARED unset, ../shared absent)")
	}
	return dir
}

// TestLooksMultinews lays out every story of multinews-dev as the page
// does and checks that no two groups of one document look alike, and
// prints how the copies fold the panel.
func TestLooksMultinews(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join(sharedDir(t), "corpus", "multinews-dev", "cluster_*"))
	if len(dirs) == 0 {
		t.Fatal("multinews-dev has no story")
	}
	docs, alike, cycling, most, copies, folded, items, groups := 0, 0, 0, 0, 0, 0, 0, 0
	for _, dir := range dirs {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		x := newReportIndex(annotations.Annotate(readFiles(t, paths)))
		copies, folded = copies+len(x.copies), folded+len(x.collapsed)
		items, groups = items+len(x.panelItems(panelFilter{})), groups+len(x.report.Groups)
		for _, d := range x.matched {
			docs++
			gs := x.groupsOf(d.Name)
			most = max(most, len(gs))
			now, before := map[int]bool{}, map[int]bool{}
			sameNow, sameBefore := false, false
			for _, g := range gs {
				sameNow = sameNow || now[x.colour[g.ID]]
				now[x.colour[g.ID]] = true
				// The page's nine colours cycled in report order before.
				sameBefore = sameBefore || before[x.order(g.ID)%9]
				before[x.order(g.ID)%9] = true
			}
			if sameNow && len(gs) <= looks {
				alike++
				t.Errorf("%s/%s: two of its %d groups look alike", filepath.Base(dir), d.Name, len(gs))
			}
			if sameBefore {
				cycling++
			}
		}
	}
	t.Logf("%d stories, %d documents: two groups look alike in %d (with nine cycling colours: %d); most groups in one document %d",
		len(dirs), docs, alike, cycling, most)
	t.Logf("%d copies fold %d groups: the panel lists %d items for %d groups", copies, folded, items, groups)
}
