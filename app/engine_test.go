package app

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/crossquote/crossquote/app/engineproto"
)

// TestPacked packs a request's files into a few byte arrays of a bounded
// size, in order, each file whole in one, a file larger than an array
// alone; the worker's Unpack gives the files back.
func TestPacked(t *testing.T) {
	var files [][]byte
	for i, n := range []int{3, 0, 5, 9, 12, 2, 2, 2, 0, 7} {
		files = append(files, bytes.Repeat([]byte{byte('a' + i)}, n))
	}
	arrays := packFiles(files, 8)
	var sizes []int
	for _, a := range arrays {
		sizes = append(sizes, len(a))
	}
	if fmt.Sprint(sizes) != "[8 9 12 6 7]" {
		t.Errorf("arrays of %v bytes, want [8 9 12 6 7]", sizes)
	}
	req, arrays := packed(engineproto.Request{Op: engineproto.OpAdd, Files: make([]engineproto.FileRef, len(files))}, files)
	got, err := engineproto.Unpack(req, arrays)
	if err != nil || len(got) != len(files) {
		t.Fatalf("unpacked %d files (%v), want %d", len(got), err, len(files))
	}
	for i := range files {
		if !bytes.Equal(got[i], files[i]) {
			t.Errorf("file %d came back as %q, want %q", i, got[i], files[i])
		}
	}
	if req, arrays := packed(engineproto.Request{Op: engineproto.OpRegroup}, nil); req.Sizes != nil || arrays != nil {
		t.Errorf("a request without files packed %v (sizes %v)", arrays, req.Sizes)
	}
}

// packed returns req with the sizes of its files and the byte arrays that
// carry them, as Go slices laid out as post lays out the page's arrays
// (see packGroups): the native stand-in for the worker reads them as the
// worker reads the page's.
func packed(req engineproto.Request, data [][]byte) (engineproto.Request, [][]byte) {
	if len(data) == 0 {
		return req, nil
	}
	return withSizes(req, data), packFiles(data, packBytes)
}

// packFiles packs files as packGroups groups them, a file alone in its
// array itself rather than a copy.
func packFiles(files [][]byte, max int) [][]byte {
	var arrays [][]byte
	for _, g := range packGroups(files, max) {
		if g.to == g.from+1 {
			arrays = append(arrays, files[g.from])
			continue
		}
		a := make([]byte, 0, g.size)
		for _, d := range files[g.from:g.to] {
			a = append(a, d...)
		}
		arrays = append(arrays, a)
	}
	return arrays
}
