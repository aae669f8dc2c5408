package annotations

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// sharedDir returns the absolute path of the shared evaluation data: the
// directory in CROSSQUOTE_SHARED, or ../shared from the repository root. A
// test is skipped when the variable is unset and the folder is absent, and
// fails when the variable is set and the folder is missing.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, set := os.LookupEnv("CROSSQUOTE_SHARED")
	if !set || dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	abs, err := filepath.Abs(dir)
	if err == nil {
		if fi, statErr := os.Stat(abs); statErr == nil && fi.IsDir() {
			return abs
		}
	}
	if set && os.Getenv("CROSSQUOTE_SHARED") != "" {
		t.Fatalf("CROSSQUOTE_SHARED=%q is not a directory", os.Getenv("CROSSQUOTE_SHARED"))
	}
	t.Skipf("shared data not found at %s; set CROSSQUOTE_SHARED", dir)
	return ""
}

// readSeedExpectations decodes the seeds' hand-labelled expected.json into v
// and returns the seeds folder.
func readSeedExpectations(t testing.TB, v any) string {
	t.Helper()
	dir := filepath.Join(sharedDir(t), "seeds")
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("seeds/expected.json: %v", err)
	}
	return dir
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
