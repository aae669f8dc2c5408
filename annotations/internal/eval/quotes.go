package eval

import (
	"sort"
	"strings"
)

// MinQuoteWords is the length under which a quotation, gold or predicted,
// counts only when it is matched: an unmatched scare quote is neither a
// false positive nor a miss.
const MinQuoteWords = 3

// Quotation is one quotation to score: a half-open byte span of the
// article's text, its text, and its speaker (the predicted speaker, or the
// gold source as written). A gold quotation with no source has Speaker "".
type Quotation struct {
	Start, End int
	Text       string
	Speaker    string
}

// Words returns the number of \w+ tokens in the quotation's text.
func (q Quotation) Words() int { return len(Tokens(q.Text)) }

// QuoteCounts are the tallies of the quotation metric for one or more
// documents; add documents up with Add and read the micro-averaged scores
// from the methods.
type QuoteCounts struct {
	TP, FP, FN int
	// SpeakerTotal counts the matched pairs whose gold source is a name or
	// description (not a bare pronoun, not missing); SpeakerRight those
	// whose predicted speaker is right.
	SpeakerTotal, SpeakerRight int
}

// Add adds o's tallies to c.
func (c *QuoteCounts) Add(o QuoteCounts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.SpeakerTotal += o.SpeakerTotal
	c.SpeakerRight += o.SpeakerRight
}

// Precision is TP/(TP+FP), 1 when nothing was predicted.
func (c QuoteCounts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 1 when there was nothing to find.
func (c QuoteCounts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of Precision and Recall.
func (c QuoteCounts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SpeakerAccuracy is SpeakerRight/SpeakerTotal, 0 when no pair counted.
func (c QuoteCounts) SpeakerAccuracy() float64 {
	if c.SpeakerTotal == 0 {
		return 0
	}
	return float64(c.SpeakerRight) / float64(c.SpeakerTotal)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Overlap returns the number of bytes two quotations share divided by the
// length of the longer one.
func Overlap(a, b Quotation) float64 {
	longer := max(a.End-a.Start, b.End-b.Start)
	shared := min(a.End, b.End) - max(a.Start, b.Start)
	if longer <= 0 || shared <= 0 {
		return 0
	}
	return float64(shared) / float64(longer)
}

// MatchQuotes pairs gold and predicted quotations one-to-one: a pair
// qualifies when its Overlap is at least threshold, and pairs are taken
// greedily from the largest overlap down (ties by position, so the result
// is deterministic). It returns the pairs as indexes [gold, predicted].
func MatchQuotes(gold, pred []Quotation, threshold float64) [][2]int {
	type cand struct {
		g, p int
		o    float64
	}
	var cands []cand
	for gi, g := range gold {
		for pi, p := range pred {
			if o := Overlap(g, p); o > 0 && o >= threshold {
				cands = append(cands, cand{gi, pi, o})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].o != cands[j].o {
			return cands[i].o > cands[j].o
		}
		if cands[i].g != cands[j].g {
			return cands[i].g < cands[j].g
		}
		return cands[i].p < cands[j].p
	})
	usedG, usedP := make([]bool, len(gold)), make([]bool, len(pred))
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		pairs = append(pairs, [2]int{c.g, c.p})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	return pairs
}

// ScoreQuotes scores one document's predicted quotations against its gold
// ones at the given overlap threshold (0.8 for the headline figure, 0.3 for
// the lenient one). Unmatched quotations under MinQuoteWords words are not
// counted; speaker accuracy is tallied over the matched pairs.
func ScoreQuotes(gold, pred []Quotation, threshold float64) QuoteCounts {
	var c QuoteCounts
	pairs := MatchQuotes(gold, pred, threshold)
	matchedG, matchedP := make([]bool, len(gold)), make([]bool, len(pred))
	for _, pr := range pairs {
		matchedG[pr[0]], matchedP[pr[1]] = true, true
		c.TP++
		g := gold[pr[0]]
		if strings.TrimSpace(g.Speaker) == "" || IsBarePronoun(g.Speaker) {
			continue
		}
		c.SpeakerTotal++
		if SpeakerCorrect(pred[pr[1]].Speaker, g.Speaker) {
			c.SpeakerRight++
		}
	}
	for i, g := range gold {
		if !matchedG[i] && g.Words() >= MinQuoteWords {
			c.FN++
		}
	}
	for i, p := range pred {
		if !matchedP[i] && p.Words() >= MinQuoteWords {
			c.FP++
		}
	}
	return c
}

// barePronouns are the sources that name nobody by themselves.
var barePronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "i": true, "we": true,
	"you": true, "him": true, "her": true, "them": true, "us": true, "me": true,
	"who": true, "which": true, "that": true, "this": true,
}

// IsBarePronoun reports whether a source is a pronoun and nothing else.
func IsBarePronoun(source string) bool {
	return barePronouns[strings.ToLower(strings.TrimSpace(source))]
}

// SpeakerCorrect reports whether a predicted speaker names the gold source:
// its last word token occurs, ignoring case, among the tokens of the
// source. "unknown" and an empty prediction are never correct.
func SpeakerCorrect(predicted, source string) bool {
	toks := Tokens(predicted)
	if len(toks) == 0 || strings.EqualFold(strings.TrimSpace(predicted), "unknown") {
		return false
	}
	last := strings.ToLower(toks[len(toks)-1])
	for _, t := range Tokens(source) {
		if strings.ToLower(t) == last {
			return true
		}
	}
	return false
}

// RuneToByte converts code point offsets into s to byte offsets: gold
// files that count in code points can then be compared with the engine's
// byte spans. Offsets past the end map to len(s).
func RuneToByte(s string, offsets ...int) []int {
	out := make([]int, len(offsets))
	idx := make([]int, 0, len(s)+1)
	for i := range s {
		idx = append(idx, i)
	}
	idx = append(idx, len(s))
	for k, o := range offsets {
		switch {
		case o < 0:
			out[k] = 0
		case o >= len(idx):
			out[k] = len(s)
		default:
			out[k] = idx[o]
		}
	}
	return out
}
