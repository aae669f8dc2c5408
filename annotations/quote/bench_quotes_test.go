package quote

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/clean"
	"github.com/crossquote/crossquote/annotations/internal/eval"
	"github.com/crossquote/crossquote/annotations/internal/testshared"
	"github.com/crossquote/crossquote/annotations/read"
	"github.com/crossquote/crossquote/annotations/span"
)

var quotesDebug = flag.Bool("quotes.debug", false, "log every missed quotation and wrong speaker of TestQuoteBenchmark")

// Thresholds TestQuoteBenchmark holds the extractor to.
const (
	benchMinF1      = 0.97
	benchMinSpeaker = 0.80
)

// goldQuotes is the part of quotes-dev/gold.json the benchmark reads.
type goldQuotes struct {
	Documents []struct {
		Name   string `json:"name"`
		Quotes []struct {
			Start  int     `json:"start"`
			End    int     `json:"end"`
			Source *string `json:"source"`
		} `json:"quotes"`
	} `json:"documents"`
}

// benchArticle is one benchmark article with its gold quotations in bytes.
type benchArticle struct {
	name string
	text string
	gold []eval.Quotation
}

func loadQuoteBench(t *testing.T) []benchArticle {
	dir := filepath.Join(testshared.Dir(t), "bench", "quotes-dev")
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g goldQuotes
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	var arts []benchArticle
	for _, d := range g.Documents {
		raw, err := os.ReadFile(filepath.Join(dir, "text", d.Name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		a := benchArticle{name: d.Name, text: string(raw)}
		for _, q := range d.Quotes {
			b := eval.RuneToByte(a.text, q.Start, q.End)
			src := ""
			if q.Source != nil {
				src = *q.Source
			}
			a.gold = append(a.gold, eval.Quotation{Start: b[0], End: b[1], Text: a.text[b[0]:b[1]], Speaker: src})
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		t.Fatal("no benchmark articles")
	}
	return arts
}

// blankLineParagraphs splits text into the runs of lines between blank
// lines, the paragraphs of a plain-text article.
func blankLineParagraphs(text string) []span.Span {
	var ps []span.Span
	start := -1
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		blank := strings.TrimSpace(text[i:end]) == ""
		if !blank && start < 0 {
			start = i
		}
		if blank && start >= 0 {
			ps = append(ps, span.Span{Start: start, End: strings.LastIndexByte(text[:i], '\n')})
			start = -1
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	if start >= 0 {
		ps = append(ps, span.Span{Start: start, End: len(text)})
	}
	return ps
}

// predictedQuotations turns quotes into scorable quotations: every part of
// a split or multi-paragraph quotation is scored on its own, as gold lists
// them, with the quotation's speaker.
func predictedQuotations(text string, quotes []Quote) []eval.Quotation {
	var out []eval.Quotation
	for _, q := range quotes {
		parts := q.Parts
		if len(parts) == 0 {
			parts = []span.Span{q.Span}
		}
		for _, p := range parts {
			out = append(out, eval.Quotation{Start: p.Start, End: p.End, Text: p.Text(text), Speaker: q.Speaker})
		}
	}
	return out
}

// scoreQuoteBench runs extract over every article and returns the tallies
// at overlap 0.8 and 0.3.
func scoreQuoteBench(t *testing.T, arts []benchArticle, extract func(text string) []Quote) (strict, lenient eval.QuoteCounts) {
	for _, a := range arts {
		pred := predictedQuotations(a.text, extract(a.text))
		strict.Add(eval.ScoreQuotes(a.gold, pred, 0.8))
		lenient.Add(eval.ScoreQuotes(a.gold, pred, 0.3))
		if *quotesDebug {
			logQuoteErrors(t, a, pred)
		}
	}
	return strict, lenient
}

// logQuoteErrors lists an article's misses, false positives and wrong
// speakers, for working on the extractor.
func logQuoteErrors(t *testing.T, a benchArticle, pred []eval.Quotation) {
	pairs := eval.MatchQuotes(a.gold, pred, 0.8)
	mg, mp := map[int]int{}, map[int]bool{}
	for _, p := range pairs {
		mg[p[0]], mp[p[1]] = p[1], true
	}
	for i, g := range a.gold {
		p, ok := mg[i]
		switch {
		case !ok && g.Words() >= eval.MinQuoteWords:
			t.Logf("%s MISS %q (%s)", a.name, g.Text, g.Speaker)
		case ok && g.Speaker != "" && !eval.IsBarePronoun(g.Speaker) && !eval.SpeakerCorrect(pred[p].Speaker, g.Speaker):
			t.Logf("%s SPEAKER got %q want %q: %.80q", a.name, pred[p].Speaker, g.Speaker, g.Text)
		}
	}
	for i, p := range pred {
		if !mp[i] && p.Words() >= eval.MinQuoteWords {
			t.Logf("%s EXTRA %.120q (%s)", a.name, p.Text, p.Speaker)
		}
	}
}

// TestQuoteBenchmark scores Extract on the quotes-dev benchmark:
// extraction P/R/F1 at overlap 0.8 and 0.3 and speaker accuracy.
func TestQuoteBenchmark(t *testing.T) {
	arts := loadQuoteBench(t)
	t.Run("paragraphs", func(t *testing.T) {
		strict, lenient := scoreQuoteBench(t, arts, func(text string) []Quote {
			return Extract(text, blankLineParagraphs(text))
		})
		checkQuoteScores(t, strict, lenient)
	})
	// Through the whole pipeline the cleaner decides the paragraphs, as it
	// does for a reader: this is the figure the README reports.
	t.Run("pipeline", func(t *testing.T) {
		strict, lenient := scoreQuoteBench(t, arts, func(text string) []Quote {
			return pipelineQuotes(text)
		})
		checkQuoteScores(t, strict, lenient)
	})
}

// pipelineQuotes extracts the quotations of text as the front door's
// NewDocument does: read as a file named article.txt, cleaned, then
// searched in the kept paragraphs.
func pipelineQuotes(text string) []Quote {
	decoded, err := read.Read("article.txt", []byte(text))
	if err != nil {
		return nil
	}
	return Extract(decoded, clean.Clean(decoded).Paragraphs)
}

// checkQuoteScores logs the scores and fails below the floors.
func checkQuoteScores(t *testing.T, strict, lenient eval.QuoteCounts) {
	logQuoteScores(t, strict, lenient)
	if f := strict.F1(); f < benchMinF1 {
		t.Errorf("extraction F1 at 0.8 = %.3f, want >= %.2f", f, benchMinF1)
	}
	if s := strict.SpeakerAccuracy(); s < benchMinSpeaker {
		t.Errorf("speaker accuracy = %.3f, want >= %.2f", s, benchMinSpeaker)
	}
}

func logQuoteScores(t *testing.T, strict, lenient eval.QuoteCounts) {
	t.Logf("overlap 0.8: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", strict.Precision(), strict.Recall(), strict.F1(), strict.TP, strict.FP, strict.FN)
	t.Logf("overlap 0.3: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", lenient.Precision(), lenient.Recall(), lenient.F1(), lenient.TP, lenient.FP, lenient.FN)
	t.Logf("speaker accuracy %.3f (%d/%d)", strict.SpeakerAccuracy(), strict.SpeakerRight, strict.SpeakerTotal)
}
