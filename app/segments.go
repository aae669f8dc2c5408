package app

import (
	"cmp"
	"slices"
	"sort"
	"unicode/utf8"

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
	// First marks the run that starts an occurrence of a group, where
	// its number badge goes.
	First bool
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
	// One sweep over the blocks and the marks, both in text order: the
	// marks that may touch a block are those begun before it ends and not
	// ended before it begins, so each mark is looked at a bounded number
	// of times rather than once per block.
	order := make([]int, len(marks))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(marks[i].Start, marks[j].Start) })
	var active, inside []int
	next := 0
	for i := range blocks {
		p := blocks[i].Span
		if blocks[i].Removed != "" {
			blocks[i].Runs = []run{{Text: p.Text(d.Text)}}
			continue
		}
		for ; next < len(order) && marks[order[next]].Start < p.End; next++ {
			active = append(active, order[next])
		}
		// A mark ended before this block ends before every later block,
		// which begins no earlier.
		active = slices.DeleteFunc(active, func(m int) bool { return marks[m].End <= p.Start })
		inside = inside[:0]
		for _, m := range active {
			if marks[m].Overlaps(p) {
				inside = append(inside, m)
			}
		}
		blocks[i].Runs = splitRuns(d.Text, p, marks, inside)
	}
	return blocks
}

// Reader page limits: a document with more text or more runs than this is
// shown a page at a time. Every run is a DOM node, and a 20 MB page
// without breaks would otherwise be one paragraph of a hundred thousand
// of them, which takes the browser minutes to lay out. A page of 100 KB
// took the browser 80 ms to lay out after the render that made it; half
// that is still ten times a long news article.
const (
	pageBytes = 50 << 10
	pageRuns  = 250
)

// paginate cuts laid-out blocks into pages of at most pageBytes of text
// and pageRuns runs; a block across a page break is cut in two, a run
// longer than a page is cut at a character boundary. Reading the pages in
// order gives the blocks' runs back.
func paginate(blocks []block) [][]block {
	var pages [][]block
	var page []block
	bytes, runs := 0, 0
	flush := func() {
		if len(page) > 0 {
			pages = append(pages, page)
		}
		page, bytes, runs = nil, 0, 0
	}
	for _, b := range blocks {
		part := b
		part.Runs = nil
		for _, r := range b.Runs {
			for r.Text != "" {
				if runs == pageRuns || (bytes >= pageBytes && runs > 0) {
					if len(part.Runs) > 0 {
						page = append(page, part)
						part.Runs = nil
					}
					flush()
				}
				piece := r
				if room := pageBytes - bytes; len(r.Text) > room && room > 0 {
					cut := room
					for cut > 0 && !utf8.RuneStart(r.Text[cut]) {
						cut--
					}
					if cut == 0 {
						// Less room than the first character: it
						// overflows the page by a few bytes.
						_, cut = utf8.DecodeRuneInString(r.Text)
					}
					piece.Text = r.Text[:cut]
				}
				r.Text = r.Text[len(piece.Text):]
				part.Runs = append(part.Runs, piece)
				bytes += len(piece.Text)
				runs++
			}
		}
		if len(part.Runs) > 0 || len(b.Runs) == 0 {
			page = append(page, part)
		}
	}
	flush()
	return pages
}

// pageOf returns the first page with a run of group id, or with quote
// id quote when it is set, or -1.
func pageOf(pages [][]block, id, quote string) int {
	for i, p := range pages {
		for _, b := range p {
			for _, r := range b.Runs {
				if quote != "" && r.Quote == quote || quote == "" && r.Group == id && id != "" {
					return i
				}
			}
		}
	}
	return -1
}

func validSpan(text string, s annotations.Span) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(text)
}

// documentMarks collects the highlights of d: the occurrences of shared
// groups (a split quotation highlights its quoted parts, not the
// attribution between them) and the quotations no group holds. It is
// linear in the quotations and the group members of d: it runs on the
// page's thread, for documents of thousands of quotations too.
func documentMarks(d *annotations.Document, x *reportIndex) []mark {
	refs := x.members[d.Name]
	grouped := make(map[string]int, len(refs)) // quotation ID → its index in d.Quotes, or -1
	for _, ref := range refs {
		if ref.Member.Quote != "" {
			grouped[ref.Member.Quote] = -1
		}
		for _, o := range ref.Member.Also {
			if o.Quote != "" {
				grouped[o.Quote] = -1
			}
		}
	}
	for i, q := range d.Quotes {
		if _, ok := grouped[q.ID]; ok {
			grouped[q.ID] = i
		}
	}
	marks := make([]mark, 0, len(refs)+len(d.Quotes))
	add := func(s annotations.Span, rank int, group, quote string) {
		if validSpan(d.Text, s) && s.Len() > 0 {
			marks = append(marks, mark{s, rank, group, quote})
		}
	}
	for _, ref := range refs {
		m := ref.Member
		// The member, and the other places of its document it stands
		// for (the rest of a split remark, the words printed again).
		places := append([]annotations.Occurrence{{Quote: m.Quote, Span: m.Span}}, m.Also...)
		for _, o := range places {
			if i := grouped[o.Quote]; o.Quote != "" && i >= 0 && len(d.Quotes[i].Parts) > 1 && o.Span == d.Quotes[i].Span {
				for _, s := range d.Quotes[i].Parts {
					add(s, 2, ref.Group.ID, o.Quote)
				}
				continue
			}
			add(o.Span, 2, ref.Group.ID, o.Quote)
		}
	}
	for _, q := range d.Quotes {
		if _, ok := grouped[q.ID]; ok {
			continue
		}
		if len(q.Parts) > 1 {
			for _, s := range q.Parts {
				add(s, 1, "", q.ID)
			}
			continue
		}
		add(q.Span, 1, "", q.ID)
	}
	return marks
}

// splitRuns cuts paragraph p of text at every boundary of the marks
// inside it (indexes into marks, in order of their starts) and gives each
// piece the highest-ranked mark covering it (the earliest in marks on a
// tie), merging neighbours that end up looking the same. It sweeps the
// boundaries in order with the marks covering the current piece in a
// heap, so a paragraph with thousands of quotations costs n log n, not
// boundaries × marks.
func splitRuns(text string, p annotations.Span, marks []mark, inside []int) []run {
	cuts := make([]int, 0, 2*len(inside)+2)
	cuts = append(cuts, p.Start, p.End)
	for _, m := range inside {
		cuts = append(cuts, max(marks[m].Start, p.Start), min(marks[m].End, p.End))
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	cover := &markHeap{marks: marks}
	runs := make([]run, 0, len(cuts)) // at most a run per piece: one allocation
	next := 0
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		for ; next < len(inside) && max(marks[inside[next]].Start, p.Start) <= a; next++ {
			cover.push(inside[next])
		}
		for cover.Len() > 0 && marks[cover.top()].End <= a {
			cover.pop()
		}
		r := run{Text: text[a:b]}
		if cover.Len() > 0 {
			best := &marks[cover.top()]
			r.Group, r.Quote, r.Solo = best.group, best.quote, best.group == ""
			r.First = best.group != "" && max(best.Start, p.Start) == a
		}
		if n := len(runs); n > 0 && runs[n-1].Group == r.Group && runs[n-1].Quote == r.Quote && runs[n-1].Solo == r.Solo {
			runs[n-1].Text += r.Text
			continue
		}
		runs = append(runs, r)
	}
	return runs
}

// markHeap holds indexes into marks, the best on top: the highest rank,
// and of those the earliest in marks. It is written out rather than used
// through container/heap, whose interface boxes every index: on the
// page's thread that doubled the cost of a long paragraph.
type markHeap struct {
	marks []mark
	at    []int
}

func (h *markHeap) Len() int { return len(h.at) }

// top returns the best mark's index; the heap must not be empty.
func (h *markHeap) top() int { return h.at[0] }

func (h *markHeap) better(i, j int) bool {
	a, b := h.at[i], h.at[j]
	if h.marks[a].rank != h.marks[b].rank {
		return h.marks[a].rank > h.marks[b].rank
	}
	return a < b
}

func (h *markHeap) push(m int) {
	h.at = append(h.at, m)
	for i := len(h.at) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.better(i, p) {
			break
		}
		h.at[i], h.at[p] = h.at[p], h.at[i]
		i = p
	}
}

func (h *markHeap) pop() {
	n := len(h.at) - 1
	h.at[0] = h.at[n]
	h.at = h.at[:n]
	for i := 0; ; {
		best, l, r := i, 2*i+1, 2*i+2
		if l < n && h.better(l, best) {
			best = l
		}
		if r < n && h.better(r, best) {
			best = r
		}
		if best == i {
			return
		}
		h.at[i], h.at[best] = h.at[best], h.at[i]
		i = best
	}
}
