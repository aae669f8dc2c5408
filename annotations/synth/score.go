package synth

import (
	"fmt"
	"strings"

	"github.com/crossquote/crossquote/annotations"
)

// Score is how well a report groups the planted quotations.
//
// Every planted occurrence is mapped to the reported quotation of its file
// whose span overlaps the occurrence's span most (none if no quotation
// overlaps it). Two occurrences are predicted to be a pair when they are in
// different files and their quotations are members of one quote group;
// passage groups do not count. A quotation that no occurrence maps to is
// unplanted, and a group pairing it with a planted occurrence predicts one
// pair for that occurrence, always wrong.
//
// A true pair is two occurrences of the same remark in different files.
// Recall is the share of true pairs predicted. Precision is the share of
// correct pairs among the predicted pairs that involve at least one planted
// occurrence: pairs of two genuine occurrences of different remarks, pairs of
// a decoy with its original and pairs with an unplanted quotation are all
// wrong. Each pair counts once however many groups predict it.
type Score struct {
	TruePairs      int // pairs of occurrences that should be grouped
	PredictedPairs int // pairs the report groups, involving a planted occurrence
	CorrectPairs   int // predicted pairs that are true pairs

	// Found counts the occurrences that map to a reported quotation.
	Found int
	// Damage breaks recall down by the damage of the occurrences; a true
	// pair counts under the kinds of both its ends (once if they agree).
	Damage [numDamages]KindScore
	// Decoys breaks the decoys down by kind: Pairs counts a decoy's pairs
	// with occurrences of its original, Grouped those the report predicts.
	Decoys [numDecoys]KindScore
	// Single counts the quotations planted in one file only; they are not
	// part of Damage.
	Single KindScore
	// SingleGrouped counts predicted pairs that involve a quotation planted
	// in one file only.
	SingleGrouped int
	// Unplanted counts predicted pairs of an occurrence with a quotation
	// nothing was planted at.
	Unplanted int
}

// KindScore counts one kind of occurrence.
type KindScore struct {
	Occurrences int // occurrences of this kind
	Found       int // of which a reported quotation overlaps
	Pairs       int // true pairs (or, for decoys, decoy–original pairs)
	Grouped     int // of which the report groups
}

// Precision returns CorrectPairs / PredictedPairs, or 1 if nothing is
// predicted.
func (s Score) Precision() float64 { return ratio(s.CorrectPairs, s.PredictedPairs) }

// Recall returns CorrectPairs / TruePairs, or 1 if there are no true
// pairs. Every correct pair is a true pair, since a remark is quoted at most
// once per file.
func (s Score) Recall() float64 { return ratio(s.CorrectPairs, s.TruePairs) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// String summarises the score on several lines: totals, then each damage
// and decoy kind.
func (s Score) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "precision %.4f (%d/%d)  recall %.4f (%d/%d)\n",
		s.Precision(), s.CorrectPairs, s.PredictedPairs, s.Recall(), s.CorrectPairs, s.TruePairs)
	fmt.Fprintf(&b, "single-source quotations %d, found %d, in wrong pairs %d; wrong pairs with unplanted quotations %d\n",
		s.Single.Occurrences, s.Single.Found, s.SingleGrouped, s.Unplanted)
	for d, k := range s.Damage {
		fmt.Fprintf(&b, "damage %-16s occurrences %5d found %5d  pairs %6d grouped %6d (%.3f)\n",
			Damage(d), k.Occurrences, k.Found, k.Pairs, k.Grouped, ratio(k.Grouped, k.Pairs))
	}
	for d, k := range s.Decoys[1:] {
		fmt.Fprintf(&b, "decoy  %-16s occurrences %5d found %5d  pairs with original %4d wrongly grouped %4d\n",
			Decoy(d+1), k.Occurrences, k.Found, k.Pairs, k.Grouped)
	}
	return b.String()
}

// quoteKey names one reported quotation.
type quoteKey struct {
	doc   string
	quote string
}

// Evaluate scores report against truth; see [Score] for the definitions.
func Evaluate(report *annotations.Report, truth *Truth) Score {
	var s Score
	occ := mapOccurrences(report, truth)
	byQuote := map[quoteKey][]int{}
	for i, k := range occ {
		if k != nil {
			byQuote[*k] = append(byQuote[*k], i)
		}
	}
	predicted := predictedPairs(report, byQuote)

	// Occurrences per remark, and the single-source remarks.
	perRemark := make([][]int, len(truth.Remarks))
	for i, o := range truth.Occurrences {
		perRemark[o.Remark] = append(perRemark[o.Remark], i)
	}
	for i, o := range truth.Occurrences {
		rm := truth.Remarks[o.Remark]
		found := occ[i] != nil
		if found {
			s.Found++
		}
		if rm.Decoy != DecoyNone {
			k := &s.Decoys[rm.Decoy]
			k.Occurrences++
			k.Found += b2i(found)
			for _, j := range perRemark[rm.Original] {
				k.Pairs++
				k.Grouped += b2i(predicted.pairs[pairOf(i, j)])
			}
			continue
		}
		k := &s.Damage[o.Damage]
		if isSingle(truth, perRemark, o.Remark) {
			k = &s.Single
		}
		k.Occurrences++
		k.Found += b2i(found)
	}
	// True pairs.
	for _, list := range perRemark {
		for a := 0; a < len(list); a++ {
			for b := a + 1; b < len(list); b++ {
				i, j := list[a], list[b]
				if truth.Occurrences[i].File == truth.Occurrences[j].File {
					continue
				}
				s.TruePairs++
				hit := predicted.pairs[pairOf(i, j)]
				di, dj := truth.Occurrences[i].Damage, truth.Occurrences[j].Damage
				s.Damage[di].Pairs++
				s.Damage[di].Grouped += b2i(hit)
				if dj != di {
					s.Damage[dj].Pairs++
					s.Damage[dj].Grouped += b2i(hit)
				}
			}
		}
	}
	for p := range predicted.pairs {
		s.PredictedPairs++
		a, b := truth.Occurrences[p[0]], truth.Occurrences[p[1]]
		if a.Remark == b.Remark {
			s.CorrectPairs++
		} else if isSingle(truth, perRemark, a.Remark) || isSingle(truth, perRemark, b.Remark) {
			s.SingleGrouped++
		}
	}
	s.Unplanted = len(predicted.unplanted)
	s.PredictedPairs += s.Unplanted
	return s
}

// isSingle reports whether remark id is a genuine remark quoted in one file
// only.
func isSingle(truth *Truth, perRemark [][]int, id int) bool {
	return truth.Remarks[id].Decoy == DecoyNone && len(perRemark[id]) == 1
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pairOf(i, j int) [2]int {
	if i > j {
		i, j = j, i
	}
	return [2]int{i, j}
}

// mapOccurrences returns, for each occurrence, the reported quotation whose
// span overlaps it most, or nil.
func mapOccurrences(report *annotations.Report, truth *Truth) []*quoteKey {
	docs := map[string]*annotations.Document{}
	for _, d := range report.Documents {
		docs[d.Name] = d
	}
	out := make([]*quoteKey, len(truth.Occurrences))
	for i, o := range truth.Occurrences {
		d := docs[o.File]
		if d == nil {
			continue
		}
		best := 0
		for _, q := range d.Quotes {
			if n := overlap(q.Span, o.Span); n > best {
				best = n
				out[i] = &quoteKey{d.Name, q.ID}
			}
		}
	}
	return out
}

func overlap(a, b annotations.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// pairSet holds the predicted pairs: occurrence pairs, and occurrences paired
// with an unplanted quotation.
type pairSet struct {
	pairs     map[[2]int]bool
	unplanted map[unplantedPair]bool
}

type unplantedPair struct {
	occ   int
	other quoteKey
}

// predictedPairs expands every quote group into the pairs it predicts.
func predictedPairs(report *annotations.Report, byQuote map[quoteKey][]int) pairSet {
	ps := pairSet{pairs: map[[2]int]bool{}, unplanted: map[unplantedPair]bool{}}
	docs := map[string]*annotations.Document{}
	for _, d := range report.Documents {
		docs[d.Name] = d
	}
	for _, g := range report.Groups {
		if g.Kind != annotations.KindQuote {
			continue
		}
		keys := make([]quoteKey, len(g.Members))
		for i, m := range g.Members {
			keys[i] = memberQuote(docs[m.Document], m)
		}
		for a := range keys {
			for b := a + 1; b < len(keys); b++ {
				if keys[a].doc != keys[b].doc {
					ps.add(keys[a], keys[b], byQuote)
				}
			}
		}
	}
	return ps
}

func (ps pairSet) add(x, y quoteKey, byQuote map[quoteKey][]int) {
	ox, oy := byQuote[x], byQuote[y]
	for _, i := range ox {
		for _, j := range oy {
			ps.pairs[pairOf(i, j)] = true
		}
	}
	switch {
	case len(ox) == 0:
		for _, j := range oy {
			ps.unplanted[unplantedPair{j, x}] = true
		}
	case len(oy) == 0:
		for _, i := range ox {
			ps.unplanted[unplantedPair{i, y}] = true
		}
	}
}

// memberQuote names the quotation a group member stands for: the one it
// names, or else the one its span overlaps most.
func memberQuote(d *annotations.Document, m annotations.Member) quoteKey {
	if m.Quote != "" || d == nil {
		return quoteKey{m.Document, m.Quote}
	}
	k := quoteKey{doc: m.Document}
	best := 0
	for _, q := range d.Quotes {
		if n := overlap(q.Span, m.Span); n > best {
			best, k.quote = n, q.ID
		}
	}
	return k
}
