package check_test

import (
	"testing"

	"github.com/crossquote/crossquote/annotations/check"
	"github.com/crossquote/crossquote/annotations/synth"
)

// benchCorpus is a 30,000-word transcript and about 1,000 quotations of it
// from 220 articles, the size issue 12 asks to stay interactive.
func benchCorpus(b *testing.B) (string, []check.Quotation) {
	b.Helper()
	orig, _, truth := synth.GenerateOriginal(11, 220, synth.WithOriginalWords(30000))
	var qs []check.Quotation
	for _, tq := range truth.Quotations {
		q := check.Quotation{Speaker: tq.Speaker}
		for i, p := range tq.Parts {
			q.Parts = append(q.Parts, check.Part{Text: tq.Texts[i], Start: p.Start})
		}
		qs = append(qs, q)
	}
	return string(orig.Data), qs
}

// BenchmarkCheck checks every quotation of the corpus once per op.
func BenchmarkCheck(b *testing.B) {
	text, qs := benchCorpus(b)
	o := check.NewOriginal(text)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, q := range qs {
			o.Check(q)
		}
	}
	// After the loop: ResetTimer clears reported metrics.
	b.ReportMetric(float64(len(qs)), "quotations")
	b.ReportMetric(float64(o.Words()), "words")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs)), "ns/quotation")
}

// BenchmarkNewOriginal reads the 30,000-word transcript: words, turns and
// index, done once per original.
func BenchmarkNewOriginal(b *testing.B) {
	text, _ := benchCorpus(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		check.NewOriginal(text)
	}
}
