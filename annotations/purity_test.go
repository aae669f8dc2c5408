package annotations_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestEngineStaysPure guards the design rule that the engine runs the same
// natively, in tests and in the browser: neither the engine nor anything it
// depends on outside the standard library may use the browser bridge or the
// UI framework. (The standard library itself reaches syscall/js on js/wasm
// through package os, which is fine: that is Go's runtime, not ours.)
func TestEngineStaysPure(t *testing.T) {
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		cmd := exec.Command("go", "list", "-deps", "-f",
			`{{if not .Standard}}{{.ImportPath}}{{range .Imports}} {{.}}{{end}}{{end}}`, "./...")
		cmd.Env = append(cmd.Environ(), env...)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps (%v): %v", env, err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			fields := strings.Fields(line)
			if len(fields) == 0 {
				continue
			}
			for _, imp := range fields[1:] {
				if imp == "syscall/js" || strings.HasPrefix(imp, "github.com/maxence-charriere/go-app") {
					t.Errorf("%s imports %s (%v); the engine must stay pure", fields[0], imp, env)
				}
			}
		}
	}
}
