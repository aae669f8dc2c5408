package annotations

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/crossquote/crossquote/annotations/internal/testshared"
	"github.com/crossquote/crossquote/annotations/match"
)

// sharedDir returns the shared evaluation data; see [testshared.Dir].
func sharedDir(t testing.TB) string { t.Helper(); return testshared.Dir(t) }

// readSeedExpectations decodes the seeds' expected.json into v; see
// [testshared.SeedExpectations].
func readSeedExpectations(t testing.TB, v any) string {
	t.Helper()
	return testshared.SeedExpectations(t, v)
}

// readFiles reads the files matching pattern in name order, naming each
// prefix followed by its base name.
func readFiles(t testing.TB, pattern, prefix string) []File {
	t.Helper()
	names, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	files := make([]File, 0, len(names))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{Name: prefix + filepath.Base(n), Data: b})
	}
	return files
}

// checkMembers verifies the invariants every group must keep: members' text
// is the slice their span names, similarities lie in [0,1], quote members
// name their quotation and every group spans two documents.
func checkMembers(t *testing.T, docs []*Document, groups []Group) {
	t.Helper()
	byName := make(map[string]*Document)
	for _, d := range docs {
		if d != nil {
			byName[d.Name] = d
		}
	}
	ids := make(map[string]bool)
	for i := range groups {
		ids[fmt.Sprintf("g%d", i+1)] = true
	}
	for _, g := range groups {
		if !ids[g.ID] {
			t.Errorf("group ID %q is not one of g1…g%d or is repeated", g.ID, len(groups))
		}
		delete(ids, g.ID)
		seen := make(map[string]bool)
		for _, m := range g.Members {
			seen[m.Document] = true
			d := byName[m.Document]
			if d == nil {
				t.Fatalf("%s: member of unknown document %q", g.ID, m.Document)
			}
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: member span %v does not name its text %q", g.ID, m.Span, m.Text)
			}
			if m.Similarity < 0 || m.Similarity > 1 {
				t.Errorf("%s: similarity %v out of range", g.ID, m.Similarity)
			}
			if (g.Kind == KindQuote) != (m.Quote != "") {
				t.Errorf("%s: %s member with quote %q", g.ID, g.Kind, m.Quote)
			}
		}
		if len(seen) < 2 {
			t.Errorf("%s: spans only %d document", g.ID, len(seen))
		}
	}
}

// readMultinews returns the sources of every multinews-dev cluster, one
// slice of files per cluster, in name order.
func readMultinews(t testing.TB) [][]File {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(sharedDir(t), "corpus", "multinews-dev", "cluster_*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no multinews-dev clusters (%v)", err)
	}
	sort.Strings(dirs)
	var clusters [][]File
	for _, dir := range dirs {
		clusters = append(clusters, readFiles(t, filepath.Join(dir, "source_*.txt"), filepath.Base(dir)+"/"))
	}
	return clusters
}

// sources returns the readable documents as the match stage reads them.
func sources(docs []*Document) []*match.Source {
	out := make([]*match.Source, 0, len(docs))
	for _, d := range docs {
		if d != nil && d.Error == "" {
			out = append(out, d.source())
		}
	}
	return out
}
