package annotations_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestEngineStaysPure guards the design rule that the engine runs the same
// natively, in tests and in the browser: it may not depend on the browser
// bridge or on the UI framework.
func TestEngineStaysPure(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatalf("the go command is needed to list dependencies: %v", err)
	}
	for _, env := range [][]string{nil, {"GOOS=js", "GOARCH=wasm"}} {
		cmd := exec.Command("go", "list", "-deps", ".")
		cmd.Env = append(cmd.Environ(), env...)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps (%v): %v", env, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			if dep == "syscall/js" || strings.HasPrefix(dep, "github.com/maxence-charriere/go-app") {
				t.Errorf("annotations depends on %s (%v); the engine must stay pure", dep, env)
			}
		}
	}
}
