package app

import (
	"sort"

	"github.com/crossquote/crossquote/annotations"
)

// block is one paragraph of a rendered document: a kept paragraph, or a
// removed piece of boilerplate shown in place.
type block struct {
	Span    annotations.Span
	Removed annotations.Reason // empty for kept text
	Runs    []run
}

// run is a stretch of a block with one look: plain, a shared group's
// highlight, or a single-source quotation.
type run struct {
	Text  string
	Group string // group ID, empty when not shared
	Quote string // quotation ID, empty for plain text and passages
	Solo  bool   // a quotation found in this source only
}

// mark is a highlight candidate; among overlapping marks the one with the
// highest rank wins, so shared groups show over single-source quotations.
type mark struct {
	annotations.Span
	rank         int
	group, quote string
}

// documentBlocks lays out document d for reading: its kept paragraphs in
// text order, with removed boilerplate interleaved when showRemoved is set,
// and each paragraph cut into runs at highlight boundaries. Every offset is
// checked against d.Text so a bad span from the engine cannot panic the page.
func documentBlocks(d *annotations.Document, x *reportIndex, showRemoved bool) []block {
	var blocks []block
	for _, s := range d.Kept {
		if validSpan(d.Text, s) {
			blocks = append(blocks, block{Span: s})
		}
	}
	if showRemoved {
		for _, r := range d.Removed {
			if validSpan(d.Text, r.Span) && r.Len() > 0 {
				blocks = append(blocks, block{Span: r.Span, Removed: r.Reason})
			}
		}
	}
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].Span.Start < blocks[j].Span.Start })
	marks := documentMarks(d, x)
	for i := range blocks {
		if blocks[i].Removed != "" {
			blocks[i].Runs = []run{{Text: blocks[i].Span.Text(d.Text)}}
			continue
		}
		blocks[i].Runs = splitRuns(d.Text, blocks[i].Span, marks)
	}
	return blocks
}

func validSpan(text string, s annotations.Span) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(text)
}

// documentMarks collects the highlights of d: the occurrences of shared
// groups (a split quotation highlights its quoted parts, not the
// attribution between them) and the quotations no group holds.
func documentMarks(d *annotations.Document, x *reportIndex) []mark {
	quotes := map[string]annotations.Quote{}
	for _, q := range d.Quotes {
		quotes[q.ID] = q
	}
	var marks []mark
	for _, ref := range x.members[d.Name] {
		spans := []annotations.Span{ref.Member.Span}
		if q, ok := quotes[ref.Member.Quote]; ok && len(q.Parts) > 1 && ref.Member.Span == q.Span {
			spans = q.Parts
		}
		for _, s := range spans {
			marks = append(marks, mark{s, 2, ref.Group.ID, ref.Member.Quote})
		}
	}
	for _, q := range d.Quotes {
		if _, ok := x.grouped[d.Name+"\x00"+q.ID]; ok {
			continue
		}
		spans := []annotations.Span{q.Span}
		if len(q.Parts) > 1 {
			spans = q.Parts
		}
		for _, s := range spans {
			marks = append(marks, mark{s, 1, "", q.ID})
		}
	}
	var ok []mark
	for _, m := range marks {
		if validSpan(d.Text, m.Span) && m.Len() > 0 {
			ok = append(ok, m)
		}
	}
	return ok
}

// splitRuns cuts paragraph p of text at every mark boundary inside it and
// gives each piece the highest-ranked mark covering it (the earliest on a
// tie), merging neighbours that end up looking the same.
func splitRuns(text string, p annotations.Span, marks []mark) []run {
	cuts := []int{p.Start, p.End}
	var inside []mark
	for _, m := range marks {
		if m.Overlaps(p) {
			inside = append(inside, m)
			cuts = append(cuts, max(m.Start, p.Start), min(m.End, p.End))
		}
	}
	sort.Ints(cuts)
	var runs []run
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		var best *mark
		for j := range inside {
			m := &inside[j]
			if m.Start <= a && b <= m.End && (best == nil || m.rank > best.rank) {
				best = m
			}
		}
		r := run{Text: text[a:b]}
		if best != nil {
			r.Group, r.Quote, r.Solo = best.group, best.quote, best.group == ""
		}
		if n := len(runs); n > 0 && runs[n-1].Group == r.Group && runs[n-1].Quote == r.Quote && runs[n-1].Solo == r.Solo {
			runs[n-1].Text += r.Text
			continue
		}
		runs = append(runs, r)
	}
	return runs
}
