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

// engine is the import path of the front door; the stages lie below it.
const engine = "github.com/crossquote/crossquote/annotations"

// stageOrder lists the engine's packages from the bottom up. A package may
// import the engine packages of earlier rows only, never one of its own
// row or a later one, so dependencies run one way:
//
//	span, internal/textutil ← read ← clean ← quote ← match ← check ← annotations
//
// A package below a stage's folder (clean/htmlarticle) belongs to that
// stage's row, and a stage may import its own sub-packages. An engine
// package outside the table may not be imported by a stage until it is
// given a row.
var stageOrder = [][]string{
	{"span", "internal/textutil"},
	{"read"},
	{"clean"},
	{"quote"},
	{"match"},
	{"check"},
	{""}, // the front door, package annotations
}

// stageRow returns the row of the table that package path (relative to the
// front door, "" for the front door itself) belongs to, by its longest
// listed prefix; ok is false for packages outside the table.
func stageRow(path string) (row int, ok bool) {
	best := -1
	for r, pkgs := range stageOrder {
		for _, p := range pkgs {
			if p == "" {
				if path == "" && best < 0 {
					row, ok = r, true
				}
				continue
			}
			if (path == p || strings.HasPrefix(path, p+"/")) && len(p) > best {
				best, row, ok = len(p), r, true
			}
		}
	}
	return row, ok
}

// TestStageOrder fails when a stage imports a package at or above its own
// row of stageOrder: read may not import clean, quote may not import match,
// no stage may import the front door.
func TestStageOrder(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	rel := func(p string) (string, bool) {
		if p == engine {
			return "", true
		}
		r, ok := strings.CutPrefix(p, engine+"/")
		return r, ok
	}
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		pkg, _ := rel(fields[0])
		row, ok := stageRow(pkg)
		if !ok {
			continue // not a stage: synth, the internal test helpers, …
		}
		checked++
		for _, imp := range fields[1:] {
			dep, inEngine := rel(imp)
			if !inEngine || pkg != "" && strings.HasPrefix(dep, pkg+"/") {
				continue
			}
			depRow, ok := stageRow(dep)
			switch {
			case !ok && pkg == "":
				// The front door may use any engine package.
			case !ok:
				t.Errorf("%s imports %s, which has no row in stageOrder", fields[0], imp)
			case depRow >= row:
				t.Errorf("%s (row %d of stageOrder) imports %s (row %d): a stage may import only the stages below it", fields[0], row, imp, depRow)
			}
		}
	}
	if checked < len(stageOrder) {
		t.Errorf("checked %d packages, want at least %d: is go list run from the engine's folder?", checked, len(stageOrder))
	}
}

// TestStageRow checks how packages find their row.
func TestStageRow(t *testing.T) {
	for _, tt := range []struct {
		path string
		row  int
		ok   bool
	}{
		{"", 6, true}, {"check", 5, true}, {"span", 0, true}, {"internal/textutil", 0, true},
		{"clean", 2, true}, {"clean/htmlarticle", 2, true}, {"match", 4, true},
		{"synth", 0, false}, {"internal/eval", 0, false}, {"cleaner", 0, false},
	} {
		row, ok := stageRow(tt.path)
		if ok != tt.ok || ok && row != tt.row {
			t.Errorf("stageRow(%q) = %d, %v; want %d, %v", tt.path, row, ok, tt.row, tt.ok)
		}
	}
}
