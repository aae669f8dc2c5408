package clean

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/internal/eval"
	"github.com/crossquote/crossquote/annotations/internal/testshared"
)

var benchVerbose = flag.Bool("bench.verbose", false, "log the score of every page in TestBoilerplateBenchmark")

// minBoilerplateF1 is the lowest F1 on extraction-dev the cleaner may score.
// Keeping the whole page scores 0.668, jusText 0.764 (on HTML).
const minBoilerplateF1 = 0.88

// TestBoilerplateBenchmark cleans every page of the extraction-dev benchmark
// and scores Body, exactly what the reader is shown as the article, against
// the gold body, and checks the invariants of every result on these real
// pages. The title is not part of the prediction: the gold bodies
// leave the headline out, and the product shows it apart as metadata.
func TestBoilerplateBenchmark(t *testing.T) {
	dir := filepath.Join(testshared.Dir(t), "bench", "extraction-dev")
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.txt"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files in %s: %v", dir, err)
	}
	sort.Strings(golds)
	var counts []eval.Counts
	for _, g := range golds {
		page, err := os.ReadFile(strings.TrimSuffix(g, ".gold.txt") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		gold, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		cleaned := Clean(string(page))
		checkCleaned(t, string(page), cleaned)
		c := eval.Compare(cleaned.Body, string(gold))
		counts = append(counts, c)
		if *benchVerbose {
			t.Logf("%s P=%.3f R=%.3f", filepath.Base(g), c.Precision(), c.Recall())
		}
	}
	s := eval.Macro(counts)
	t.Logf("extraction-dev: %d pages, precision %.3f, recall %.3f, F1 %.3f", s.Documents, s.Precision, s.Recall, s.F1)
	if s.F1 < minBoilerplateF1 {
		t.Errorf("F1 %.3f is below %.2f", s.F1, minBoilerplateF1)
	}
}
