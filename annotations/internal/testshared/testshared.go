package testshared

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the absolute path of the shared evaluation data: the
// directory in CROSSQUOTE_SHARED, or ../shared from the repository root. A
// test is skipped when the variable is unset and the folder is absent, and
// fails when the variable is set and the folder is missing.
func Dir(t testing.TB) string {
	t.Helper()
	dir, set := os.LookupEnv("CROSSQUOTE_SHARED")
	if !set || dir == "" {
		dir = filepath.Join(repoRoot(), "..", "shared")
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

// repoRoot returns the nearest folder at or above the working directory
// (a test's package folder) that holds go.mod, or "." when there is none.
func repoRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := wd; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		up := filepath.Dir(d)
		if up == d {
			return "."
		}
		d = up
	}
}

// SeedExpectations decodes the seeds' hand-labelled expected.json into v
// and returns the seeds folder.
func SeedExpectations(t testing.TB, v any) string {
	t.Helper()
	dir := filepath.Join(Dir(t), "seeds")
	data, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("seeds/expected.json: %v", err)
	}
	return dir
}
