package testshared

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

// Golden compares data with the golden file name, after writing data
// there when update is set (a test's -update flag), and reports the first
// line that differs.
func Golden(t testing.TB, name string, data []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, want) {
		t.Errorf("results differ from %s (run go test -update after checking the change):\n%s", name, firstDiff(string(want), string(data)))
	}
}

// GoldenJSON is Golden for v written as indented JSON with a final
// newline, the form the engine's golden files take.
func GoldenJSON(t testing.TB, name string, v any, update bool) {
	t.Helper()
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	Golden(t, name, append(data, '\n'), update)
}

// firstDiff shows the first line where a and b differ.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return ""
}
