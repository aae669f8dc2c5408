package annotations_test

import (
	"fmt"
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/match"
	"github.com/crossquote/crossquote/annotations/synth"
)

// minGrouping is the precision and recall of grouping the issue asks for at
// 1,000 synthetic articles.
const minGrouping = 0.98

// TestSyntheticGrouping runs the whole engine on synthetic corpora whose
// planted quotations are known and checks the precision and recall of the
// grouping. The log breaks recall down by damage kind and counts the decoys
// that were wrongly grouped with their originals.
func TestSyntheticGrouping(t *testing.T) {
	for _, n := range []int{100, 1000} {
		t.Run(fmt.Sprintf("articles=%d", n), func(t *testing.T) {
			if n > 100 && testing.Short() {
				t.Skip("1,000 articles take a few seconds; skipped in -short mode")
			}
			files, truth := synth.Generate(1, n)
			s := synth.Evaluate(annotations.Annotate(files), truth)
			t.Logf("%d articles, %d planted occurrences:\n%s", n, len(truth.Occurrences), s)
			if p := s.Precision(); p < minGrouping {
				t.Errorf("precision %.4f, want at least %.2f", p, minGrouping)
			}
			if r := s.Recall(); r < minGrouping {
				t.Errorf("recall %.4f, want at least %.2f", r, minGrouping)
			}
		})
	}
}

// BenchmarkAnnotateSynthetic measures the whole engine, reading to grouping,
// on synthetic corpora of growing size (1,000 articles are about 5 MB).
// The targets, checked by reading the output rather than asserted:
// articles=1000 under 2 s per op, and t1000/t100 at most 12, that is a
// growth exponent log10(t1000/t100) of at most 1.08. B/op is what is
// allocated in total, not the peak; measure the peak as the maximum resident
// size of the annotate command on the corpus synth/cmd/synth writes.
func BenchmarkAnnotateSynthetic(b *testing.B) {
	for _, n := range []int{5, 100, 1000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			files, _ := synth.Generate(1, n)
			size := 0
			for _, f := range files {
				size += len(f.Data)
			}
			b.ReportAllocs()
			for b.Loop() {
				annotations.Annotate(files)
			}
			// After the loop: b.Loop resets the timer, which drops metrics
			// reported before it.
			b.ReportMetric(float64(size)/1e6, "MB-input")
		})
	}
}

// BenchmarkMatchSynthetic measures Match alone on analysed synthetic
// corpora, so that the growth of the grouping can be told apart from that
// of reading, cleaning and quotation extraction, which are linear.
func BenchmarkMatchSynthetic(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			files, _ := synth.Generate(1, n)
			docs := make([]*match.Source, len(files))
			for i, f := range files {
				d := annotations.NewDocument(f.Name, f.Data)
				docs[i] = &match.Source{Name: d.Name, Text: d.Text, Kept: d.Kept, Removed: d.Removed, Quotes: d.Quotes}
			}
			b.ReportAllocs()
			for b.Loop() {
				match.Match(docs, annotations.DefaultMatchOptions())
			}
		})
	}
}
