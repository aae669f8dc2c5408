package check

import (
	"slices"
	"testing"
)

func TestScanWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The Mayor’s “second boat”—paid for", []string{"the", "mayor's", "second", "boat", "paid", "for"}},
		{"don't DON’T donʼt", []string{"don't", "don't", "don't"}},
		{"4.2 million; 600,000 a year, 1,2", []string{"4.2", "million", "600000", "a", "year", "12"}},
		{"well-known — well known", []string{"well", "known", "well", "known"}},
		{"'quoted' end.", []string{"quoted", "end"}},
		{"Ærøskøbing naïve café", []string{"ærøskøbing", "naïve", "café"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		scanWords(tt.text, func(s, e int, w string) {
			if s < 0 || e > len(tt.text) || s >= e {
				t.Errorf("%q: word %q at [%d,%d) out of bounds", tt.text, w, s, e)
			}
			got = append(got, w)
		})
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: words %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		prev, gap string
		want      bool
	}{
		{"again", ". ", true},
		{"again", "? ", true},
		{"again", ", ", false},
		{"mr", ". ", false},
		{"a", ". ", false},
		{"again", " ", false},
		{"again", "\n\n", true},
		{"again", "… ", true},
		{"mr", "... ", true},
	}
	for _, tt := range tests {
		if got := endsSentence(tt.prev, tt.gap); got != tt.want {
			t.Errorf("endsSentence(%q, %q) = %v, want %v", tt.prev, tt.gap, got, tt.want)
		}
	}
}
