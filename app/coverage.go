package app

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// coverageGrid shows who used which quotation (groups × sources) and how
// much each pair of sources shares (sources × sources).
type coverageGrid struct {
	app.Compo

	IndexValue *reportIndex
}

func newCoverageGrid() *coverageGrid { return &coverageGrid{} }

// Index sets the report index.
func (c *coverageGrid) Index(x *reportIndex) *coverageGrid { c.IndexValue = x; return c }

func (c *coverageGrid) Render() app.UI {
	x := c.IndexValue
	sec := app.Section().ID("coverage").Class("coverage").TabIndex(-1).Aria("label", "Coverage")
	if len(x.matched) < 2 {
		return sec.Body(app.H2().Text("Coverage"), app.P().Class("quiet").Text("Coverage needs at least two sources."))
	}
	// A large story is charted in part: the first groups (the most widely
	// shared come first) over the first sources.
	srcs := x.matched[:min(len(x.matched), maxPairGrid)]
	groups := x.report.Groups[:min(len(x.report.Groups), groupsShown)]
	cols := []app.UI{app.Th().Scope("col").Text("Shared item")}
	for _, d := range srcs {
		cols = append(cols, srcHead(x, d.Name))
	}
	var rows []app.UI
	for i := range groups {
		g := &groups[i]
		cells := []app.UI{app.Th().Scope("row").Body(
			x.badge(g.ID),
			app.Span().Title(x.memberText(g.Members[0])).Text(short(x.memberText(g.Members[0]), 48)),
		)}
		for _, d := range srcs {
			if m, ok := x.member(g, d.Name); ok {
				cells = append(cells, app.Td().Class("yes").Title(x.label(d.Name)+": "+relationText(m)).Text("●"))
			} else {
				cells = append(cells, app.Td().Class("no").Text("·"))
			}
		}
		rows = append(rows, app.Tr().Body(cells...))
	}
	return sec.Body(
		app.H2().Text("Coverage"),
		app.If(len(rows) == 0, func() app.UI {
			return app.P().Class("quiet").Text("No shared quotations to chart.")
		}).Else(func() app.UI {
			return app.Div().Class("scroll").Body(app.Table().Class("grid").Body(
				app.Caption().Text(coverageCaption(len(groups), len(x.report.Groups), len(srcs), len(x.matched))),
				app.THead().Body(app.Tr().Body(cols...)),
				app.TBody().Body(rows...),
			))
		}),
		c.pairs(),
	)
}

// maxPairGrid is the most sources shown as a sources × sources grid;
// beyond it the grid is unreadable and slow to build, and the pairs that
// share most are listed instead.
const maxPairGrid = 16

// pairs shows how much each pair of sources shares.
func (c *coverageGrid) pairs() app.UI {
	x := c.IndexValue
	if len(x.matched) > maxPairGrid {
		return c.pairList()
	}
	head := []app.UI{app.Th().Scope("col").Text("Shared with")}
	for _, d := range x.matched {
		head = append(head, srcHead(x, d.Name))
	}
	var rows []app.UI
	for _, a := range x.matched {
		cells := []app.UI{app.Th().Scope("row").Title(a.Name).Text(short(x.label(a.Name), 32))}
		for _, b := range x.matched {
			if a == b {
				cells = append(cells, app.Td().Class("self").Text("—"))
				continue
			}
			cells = append(cells, x.shareCell(a.Name, b.Name, x.shared(a.Name, b.Name)))
		}
		rows = append(rows, app.Tr().Body(cells...))
	}
	return app.Div().Class("scroll").Body(app.Table().Class("grid pairs").Body(
		app.Caption().Text("How much of each row's source the column's source carries, word for word or nearly (“copy” marks a reprint)"),
		app.THead().Body(app.Tr().Body(head...)),
		app.TBody().Body(rows...),
	))
}

// pairList lists the pairs of sources that share most, most first.
func (c *coverageGrid) pairList() app.UI {
	x := c.IndexValue
	ps := x.topPairs(30)
	rows := make([]app.UI, 0, len(ps))
	for _, p := range ps {
		rows = append(rows, app.Tr().Body(
			app.Td().Title(p.a).Text(short(x.label(p.a), 40)),
			app.Td().Title(p.b).Text(short(x.label(p.b), 40)),
			app.Td().Class("n"+strconv.Itoa(min(p.n, 5))).Text(strconv.Itoa(p.n)),
			x.shareCell(p.a, p.b, p.n),
			x.shareCell(p.b, p.a, p.n),
		))
	}
	return app.Div().Class("scroll").Body(app.Table().Class("grid pairs").Body(
		app.Caption().Text("The pairs of sources that share most, among the "+strconv.Itoa(min(len(x.matched), pairSources))+" sources in most shared items ("+strconv.Itoa(len(x.matched))+" sources are too many for a grid)"),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text("Source"),
			app.Th().Scope("col").Text("Source"),
			app.Th().Scope("col").Text("Shared items"),
			app.Th().Scope("col").Text("Of the first, the second carries"),
			app.Th().Scope("col").Text("Of the second, the first carries"),
		)),
		app.TBody().Body(rows...),
	))
}

// shareCell is the cell saying how much of document a's body document b
// carries (see annotations.Pair), and that they share n items.
func (x *reportIndex) shareCell(a, b string, n int) app.UI {
	p, ok := x.pairOf(a, b)
	if !ok {
		return app.Td().Class("n0").Title(fmt.Sprintf("%s and %s share nothing", x.label(a), x.label(b))).Text("·")
	}
	share := p.AShare
	if p.A != a {
		share = p.BShare
	}
	cls := "n" + strconv.Itoa(min(int(share*10+0.5), 5))
	text := percent(share)
	if p.Copy {
		cls += " copy"
		text += " copy"
	}
	return app.Td().Class(cls).DataSet("share", a+" / "+b).
		Title(fmt.Sprintf("%s carries %s of %s word for word or nearly; %s", x.label(b), percent(share), x.label(a), plural2(n, "shared item", "shared items"))).
		Text(text)
}

// pairOf returns the pair of documents a and b, in either order.
func (x *reportIndex) pairOf(a, b string) (annotations.Pair, bool) {
	if x.pairAt == nil {
		x.pairAt = make(map[[2]string]int, len(x.report.Pairs))
		for i, p := range x.report.Pairs {
			x.pairAt[[2]string{p.A, p.B}] = i
		}
	}
	i, ok := x.pairAt[[2]string{a, b}]
	if !ok {
		i, ok = x.pairAt[[2]string{b, a}]
	}
	if !ok {
		return annotations.Pair{}, false
	}
	return x.report.Pairs[i], true
}

// srcHead is a column heading naming a source, set vertically.
func srcHead(x *reportIndex, name string) app.UI {
	return app.Th().Scope("col").Class("src").Title(x.label(name) + " (" + name + ")").Body(
		app.Span().Text(short(x.label(name), 28)),
	)
}

// short cuts s to n characters with an ellipsis.
func short(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// coverageCaption names the chart, and how much of the story it shows
// when it shows part of it.
func coverageCaption(groups, allGroups, srcs, allSrcs int) string {
	if groups == allGroups && srcs == allSrcs {
		return "Who used which quotation"
	}
	return fmt.Sprintf("Who used which quotation: the first %d of %d shared items in the first %d of %d sources", groups, allGroups, srcs, allSrcs)
}

// sourcePair is two sources and the number of groups they share.
type sourcePair struct {
	a, b string
	n    int
}

// pairSources is how many sources topPairs pairs up: the ones in most
// shared items.
const pairSources = 40

// topPairs returns the n pairs of sources that share most groups, most
// first, among the pairSources sources in most groups, counted once per
// index from the groups' members: going through every pair of a thousand
// sources would take seconds.
func (x *reportIndex) topPairs(n int) []sourcePair {
	if x.pairs == nil {
		in := make(map[string]int, len(x.matched))
		for _, g := range x.report.Groups {
			for _, d := range x.sources[g.ID] {
				in[d]++
			}
		}
		top := make([]string, 0, len(x.matched))
		for _, d := range x.matched {
			if in[d.Name] > 0 {
				top = append(top, d.Name)
			}
		}
		sort.SliceStable(top, func(i, j int) bool { return in[top[i]] > in[top[j]] })
		top = top[:min(len(top), pairSources)]
		rank := make(map[string]int, len(top))
		for i, d := range top {
			rank[d] = i
		}
		counts := map[[2]int]int{}
		var here []int
		for _, g := range x.report.Groups {
			here = here[:0]
			for _, d := range x.sources[g.ID] {
				if r, ok := rank[d]; ok {
					here = append(here, r)
				}
			}
			for i, a := range here {
				for _, b := range here[i+1:] {
					counts[[2]int{min(a, b), max(a, b)}]++
				}
			}
		}
		x.pairs = make([]sourcePair, 0, len(counts))
		for k, c := range counts {
			x.pairs = append(x.pairs, sourcePair{top[k[0]], top[k[1]], c})
		}
		sort.Slice(x.pairs, func(i, j int) bool {
			p, q := x.pairs[i], x.pairs[j]
			if p.n != q.n {
				return p.n > q.n
			}
			if rank[p.a] != rank[q.a] {
				return rank[p.a] < rank[q.a]
			}
			return rank[p.b] < rank[q.b]
		})
	}
	return x.pairs[:min(n, len(x.pairs))]
}
