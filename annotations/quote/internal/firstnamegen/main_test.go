package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWrite runs the generator on fictional baby-name files: every year
// the same counts, so a name's total is its count times the years.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	years := lastYear - firstYear + 1
	per := func(total int) int { return (total + years - 1) / years }
	counts := strings.Join([]string{
		fmt.Sprintf("Zorelle,F,%d", per(minBirths)),   // enough, all girls
		fmt.Sprintf("Kestrin,M,%d", per(2*minBirths)), // enough, all boys
		fmt.Sprintf("Brisk,M,%d", per(2*minBirths)),   // an English word
		fmt.Sprintf("Dakota,F,%d", per(2*minBirths)),  // a place
		fmt.Sprintf("June,F,%d", per(2*minBirths)),    // a month
		fmt.Sprintf("Tamsel,F,%d", per(minBirths/2)),  // too few
		fmt.Sprintf("Rennick,M,%d", per(minBirths)),   // both sexes alike
		fmt.Sprintf("Rennick,F,%d", per(minBirths)),
	}, "\n") + "\n"
	for y := firstYear; y <= lastYear; y++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("yob%d.txt", y)), []byte(counts), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	words := filepath.Join(dir, "words.txt")
	if err := os.WriteFile(words, []byte("brisk\nharbour\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := write(&b, dir, words); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "f zorelle\nm kestrin\n"; got != want {
		t.Errorf("write = %q, want %q", got, want)
	}
}

// TestWriteMissingYear reports a missing year's file rather than writing
// a list from part of the years.
func TestWriteMissingYear(t *testing.T) {
	dir := t.TempDir()
	words := filepath.Join(dir, "words.txt")
	if err := os.WriteFile(words, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := write(&strings.Builder{}, dir, words); err == nil {
		t.Error("write with no baby-name files gave no error")
	}
}
