package annotations_test

import (
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/synth"
)

// BenchmarkRegroupOriginal regroups a synthetic 30,000-word transcript and
// 50 articles quoting it, already read, with the transcript as the
// original: what the page's worker does when a reader marks an original.
// The sub-benchmark without it is the matching alone, for comparison.
func BenchmarkRegroupOriginal(b *testing.B) {
	orig, articles, _ := synth.GenerateOriginal(11, 50, synth.WithOriginalWords(30000))
	files := append([]annotations.File{orig}, articles...)
	docs := make([]*annotations.Document, len(files))
	for i, f := range files {
		docs[i] = annotations.NewDocument(f.Name, f.Data)
	}
	for _, bc := range []struct {
		name string
		opts []annotations.Option
	}{
		{"checked", []annotations.Option{annotations.WithOriginal(orig.Name)}},
		{"unchecked", nil},
	} {
		b.Run(bc.name, func(b *testing.B) {
			quotes := 0
			for b.Loop() {
				r := annotations.Regroup(docs, bc.opts...)
				quotes = 0
				for _, d := range r.Documents {
					quotes += len(d.Checks)
				}
			}
			b.ReportMetric(float64(quotes), "checked")
		})
	}
}
