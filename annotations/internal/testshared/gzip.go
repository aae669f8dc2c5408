package testshared

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"testing"
)

// ReadGzip returns the decompressed contents of the gzipped file name, as
// the saved web pages of extraction-dev (html/ID.html.gz) are stored; the
// test fails when the file cannot be read or is not gzip.
func ReadGzip(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return data
}
