//go:build js && wasm

package app

import (
	"bytes"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestCopyPacked copies files into the page's arrays as post does, small
// ones gathered and large ones straight, and checks each array against
// packFiles's: the worker unpacks both the same way.
func TestCopyPacked(t *testing.T) {
	var files [][]byte
	for i, n := range []int{3, 0, directBytes, 5, directBytes + 7, 1, 2, packBytes + 1, 0, 9} {
		files = append(files, bytes.Repeat([]byte{byte('a' + i)}, n))
	}
	want := packFiles(files, packBytes)
	groups := packGroups(files, packBytes)
	if len(groups) != len(want) || len(groups) < 3 {
		t.Fatalf("%d groups, %d arrays", len(groups), len(want))
	}
	var scratch []byte
	for i, g := range groups {
		u8 := app.Window().Get("Uint8Array").New(g.size)
		scratch = copyPacked(u8, files[g.from:g.to], scratch)
		got := make([]byte, g.size)
		app.CopyBytesToGo(got, u8)
		if !bytes.Equal(got, want[i]) {
			t.Errorf("array %d (files %d to %d) differs from packFiles's", i, g.from, g.to)
		}
	}
}
