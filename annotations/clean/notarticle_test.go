package clean

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNotArticle checks the note on fictional files that are not news
// articles, and its absence on the fictional articles of testdata.
func TestNotArticle(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"description", "Saltmarsh Archive\n\nThe Saltmarsh Archive has kept copies of the county's web pages since 2001. Pages are added as they are found.\n\nAbout | Contact | Donate\n", noteLittleText},
		{"not found", "Sorry, the page you asked for is not here.\n\nHome\n", noteLittleText},
		{"quoted snippet", "The council met.\n\n\"We will rebuild the pier before summer,\" said Mayor Ines Falk.\n", ""},
	}
	for _, tt := range tests {
		c := Clean(tt.text)
		checkCleaned(t, tt.text, c)
		if c.NotArticle != tt.want {
			t.Errorf("%s: note %q, want %q", tt.name, c.NotArticle, tt.want)
		}
	}
	inputs, err := filepath.Glob(filepath.Join("testdata", "clean", "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs in testdata/clean: %v", err)
	}
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		if c := Clean(string(data)); c.NotArticle != "" {
			t.Errorf("%s is an article, noted: %s", in, c.NotArticle)
		}
	}
}
