package app

import (
	"fmt"
	"sort"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// This file holds what the views need of the checks against an original:
// the checks by quotation, a verdict's class and words, and the order of
// the groups by verdict.

// indexChecks returns the checks of the report's quotations by document
// name and quotation ID, joined by a zero byte.
func indexChecks(r *annotations.Report) map[string]*annotations.Check {
	checks := map[string]*annotations.Check{}
	if r == nil {
		return checks
	}
	for _, d := range r.Documents {
		if len(d.Checks) == 0 {
			continue // most documents, when no original is marked
		}
		for i, q := range d.Quotes {
			if i < len(d.Checks) {
				checks[d.Name+"\x00"+q.ID] = &d.Checks[i]
			}
		}
	}
	return checks
}

// check returns the check of quotation id of document name, nil if it has
// none.
func (x *reportIndex) check(name, id string) *annotations.Check {
	if id == "" {
		return nil
	}
	return x.checks[name+"\x00"+id]
}

// verdictClass is the class that marks a quotation with verdict v.
func verdictClass(v annotations.Verdict) string { return "verdict-" + string(v) }

// verdictMeaning says in a few words what verdict v means, for a label.
func verdictMeaning(v annotations.Verdict) string {
	switch v {
	case annotations.Verbatim:
		return "verbatim: word for word as in the original"
	case annotations.Elided:
		return "elided: words left out at an ellipsis, the rest word for word"
	case annotations.Altered:
		return "altered: words changed, added or dropped without a mark"
	case annotations.Stitched:
		return "stitched: pieces said apart in the original printed as one"
	case annotations.NotFound:
		return "not found in the original (it may come from elsewhere)"
	}
	return string(v)
}

// checkLabel is the accessible label of a checked quotation: its verdict,
// and who said it in the original when the outlet credits someone else.
func checkLabel(c *annotations.Check) string {
	s := "Checked against the original: " + verdictMeaning(c.Verdict)
	if annotations.Misattributed(*c) {
		s += fmt.Sprintf("; misattributed, said by %s in the original", c.OriginalSpeaker)
	}
	return s
}

// checkMark returns the class, the data value and the label that mark the
// run of quotation id of document name with its verdict; all empty when
// it has no check.
func (x *reportIndex) checkMark(name, id string) (class, verdict, label string) {
	c := x.check(name, id)
	if c == nil {
		return "", "", ""
	}
	class = verdictClass(c.Verdict)
	if annotations.Misattributed(*c) {
		class += " misattributed"
	}
	return class, string(c.Verdict), checkLabel(c)
}

// verdictRank orders the verdicts from the least faithful, the order in
// which a fact-checker wants to read them; a quotation without a check
// comes last.
func verdictRank(c *annotations.Check) int {
	if c == nil {
		return len(annotations.Verdicts) + 1
	}
	for i, v := range annotations.Verdicts {
		if v == c.Verdict {
			r := len(annotations.Verdicts) - 1 - i
			if annotations.Misattributed(*c) {
				r = -1 // misattributed first of all
			}
			return r
		}
	}
	return len(annotations.Verdicts)
}

// groupRank is the rank of group g's least faithful member.
func (x *reportIndex) groupRank(g *annotations.Group) int {
	best := verdictRank(nil)
	for _, m := range g.Members {
		best = min(best, verdictRank(x.check(m.Document, m.Quote)))
	}
	return best
}

// byVerdict returns the indexes of the report's groups, those whose
// members the original renders least faithfully first, the report's
// order kept among equals.
func (x *reportIndex) byVerdict() []int {
	order := make([]int, len(x.report.Groups))
	rank := make([]int, len(x.report.Groups))
	for i := range order {
		order[i], rank[i] = i, x.groupRank(&x.report.Groups[i])
	}
	sort.SliceStable(order, func(a, b int) bool { return rank[order[a]] < rank[order[b]] })
	return order
}

// sortControl offers to sort the groups by verdict, when there are checks
// against an original.
func (c *groupsPanel) sortControl() app.UI {
	if len(c.IndexValue.checks) == 0 {
		return app.If(false, nil)
	}
	return app.Label().Class("group-sort").Body(
		app.Input().Type("checkbox").ID("groups-by-verdict").Checked(c.FilterValue.ByVerdict).
			OnChange(func(ctx app.Context, e app.Event) {
				f := c.FilterValue
				f.ByVerdict = ctx.JSSrc().Get("checked").Bool()
				if c.onFilter != nil {
					c.onFilter(ctx, f) // the panel's order, which j/k walk
				}
			}),
		app.Text(" Least faithful to the original first"),
	)
}
