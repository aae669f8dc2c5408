package annotations

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/crossquote/crossquote/annotations/internal/testshared"
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
