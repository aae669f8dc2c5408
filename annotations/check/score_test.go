package check_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/check"
	"github.com/crossquote/crossquote/annotations/synth"
)

// minScore is the precision and recall every verdict must reach on the
// synthetic corpus, as issue 12 asks.
const minScore = 0.95

var verdicts = []check.Verdict{check.Verbatim, check.Elided, check.Altered, check.Stitched, check.NotFound}

// TestSyntheticScore checks the quotations of 100 synthetic articles
// against a 20,000-word synthetic transcript and prints precision and
// recall for every verdict and for misattribution. The quotations go
// straight from the generator's truth to Check, so the score is the
// checker's alone, not the quotation finder's.
func TestSyntheticScore(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and checks a 20,000-word transcript")
	}
	orig, _, truth := synth.GenerateOriginal(1, 100, synth.WithOriginalWords(20000))
	o := check.NewOriginal(string(orig.Data))
	var got []outcome
	for _, tq := range truth.Quotations {
		q := check.Quotation{Speaker: tq.Speaker}
		for i, p := range tq.Parts {
			q.Parts = append(q.Parts, check.Part{Text: tq.Texts[i], Start: p.Start})
		}
		got = append(got, outcome{tq, o.Check(q), true})
	}
	score(t, o, got)
}

// TestSyntheticPipeline is TestSyntheticScore through the engine: the
// articles are read and their quotations found by annotations.NewDocument,
// and what the finder reports (parts, speaker) is checked. A planted
// quotation the finder misses counts against recall.
func TestSyntheticPipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and checks a 20,000-word transcript")
	}
	orig, arts, truth := synth.GenerateOriginal(1, 100, synth.WithOriginalWords(20000))
	o := check.NewOriginal(string(orig.Data))
	docs := map[string]*annotations.Document{}
	for _, f := range arts {
		docs[f.Name] = annotations.NewDocument(f.Name, f.Data)
	}
	var got []outcome
	for _, tq := range truth.Quotations {
		d := docs[tq.File]
		var found *annotations.Quote
		for i, q := range d.Quotes {
			if q.Start < tq.Parts[0].End && tq.Parts[0].Start < q.End {
				found = &d.Quotes[i]
				break
			}
		}
		if found == nil {
			got = append(got, outcome{tq, check.Result{}, false})
			continue
		}
		got = append(got, outcome{tq, o.Check(quotation(d.Text, *found)), true})
	}
	score(t, o, got)
}

// quotation turns a quotation the engine found into one to check: its
// parts, or its span when it has one part, and its speaker as found (the
// finder's "unknown", in lower case, is no name, and Check claims nothing
// for it).
func quotation(text string, q annotations.Quote) check.Quotation {
	c := check.Quotation{Speaker: q.Speaker}
	parts := q.Parts
	if len(parts) == 0 {
		parts = []annotations.Span{q.Span}
	}
	for _, p := range parts {
		c.Parts = append(c.Parts, check.Part{Text: p.Text(text), Start: p.Start})
	}
	return c
}

// An outcome is the check of one planted quotation; checked is false when
// the quotation finder missed it.
type outcome struct {
	truth   synth.CheckedQuotation
	got     check.Result
	checked bool
}

// score prints precision and recall per verdict, for misattribution and
// for bracketed insertions, and fails under minScore.
func score(t *testing.T, o *check.Original, outcomes []outcome) {
	t.Helper()
	confusion := map[[2]check.Verdict]int{}
	var misTP, misFP, misFN, placed, found, insertions, reported, missed int
	for _, oc := range outcomes {
		tq, r := oc.truth, oc.got
		if !oc.checked {
			missed++
			confusion[[2]check.Verdict{tq.Verdict, ""}]++
			continue
		}
		confusion[[2]check.Verdict{tq.Verdict, r.Verdict}]++
		if r.Verdict != tq.Verdict && testing.Verbose() {
			t.Logf("%s %q by %s: want %s, got %s (similarity %.2f)", tq.File, tq.Texts, tq.Speaker, tq.Verdict, r.Verdict, r.Similarity)
		}
		if tq.Verdict != check.NotFound && r.Verdict != check.NotFound {
			found++
			if overlapsAll(r.Original, tq.Original) {
				placed++
			}
		}
		if tq.Insertion != "" {
			insertions++
			if len(r.Insertions) == 1 && r.Insertions[0].Text == tq.Insertion && r.Insertions[0].Replaces != nil {
				reported++
			}
		}
		flagged := r.SpeakerMatches != nil && !*r.SpeakerMatches
		switch {
		case flagged && tq.Misattributed:
			misTP++
		case flagged:
			misFP++
		case tq.Misattributed:
			misFN++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d quotations (%d missed by the finder), original of %d words\n%-10s %9s %6s %8s\n",
		len(outcomes), missed, o.Words(), "verdict", "precision", "recall", "planted")
	for _, v := range verdicts {
		var tp, fp, fn int
		for k, n := range confusion {
			switch {
			case k[0] == v && k[1] == v:
				tp += n
			case k[1] == v:
				fp += n
			case k[0] == v:
				fn += n
			}
		}
		p, r := ratio(tp, tp+fp), ratio(tp, tp+fn)
		fmt.Fprintf(&b, "%-10s %9.3f %6.3f %8d\n", v, p, r, tp+fn)
		if p < minScore || r < minScore {
			t.Errorf("%s: precision %.3f, recall %.3f, want at least %.2f", v, p, r, minScore)
		}
	}
	mp, mr := ratio(misTP, misTP+misFP), ratio(misTP, misTP+misFN)
	fmt.Fprintf(&b, "%-10s %9.3f %6.3f %8d\n", "misattrib", mp, mr, misTP+misFN)
	fmt.Fprintf(&b, "found quotations placed where planted: %d of %d\n", placed, found)
	fmt.Fprintf(&b, "bracketed insertions reported with what they replace: %d of %d\n", reported, insertions)
	t.Log("\n" + b.String())
	if mp < minScore || mr < minScore {
		t.Errorf("misattribution: precision %.3f, recall %.3f, want at least %.2f", mp, mr, minScore)
	}
	if insertions == 0 || float64(reported) < minScore*float64(insertions) {
		t.Errorf("%d of %d insertions reported", reported, insertions)
	}
	if float64(placed) < minScore*float64(found) {
		t.Errorf("%d of %d found quotations placed where planted", placed, found)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// overlapsAll reports whether every planted span overlaps a reported one.
func overlapsAll(got []check.Span, want []annotations.Span) bool {
	for _, w := range want {
		ok := false
		for _, g := range got {
			ok = ok || g.Start < w.End && w.Start < g.End
		}
		if !ok {
			return false
		}
	}
	return true
}
