package app

import (
	"strconv"

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
	if len(x.docs) < 2 {
		return sec.Body(app.H2().Text("Coverage"), app.P().Class("quiet").Text("Coverage needs at least two sources."))
	}
	cols := []app.UI{app.Th().Scope("col").Text("Shared item")}
	for _, d := range x.docs {
		cols = append(cols, srcHead(x, d.Name))
	}
	var rows []app.UI
	for i := range x.report.Groups {
		g := &x.report.Groups[i]
		cells := []app.UI{app.Th().Scope("row").Body(
			app.Span().Class("swatch", colourClass(x.colour[g.ID])).Aria("hidden", "true"),
			app.Span().Title(x.memberText(g.Members[0])).Text(short(x.memberText(g.Members[0]), 48)),
		)}
		for _, d := range x.docs {
			if m, ok := x.member(g, d.Name); ok {
				cells = append(cells, app.Td().Class("yes").Title(x.label(d.Name)+": "+percent(m.Similarity)+" similar").Text("●"))
			} else {
				cells = append(cells, app.Td().Class("no").Aria("label", "absent").Text("·"))
			}
		}
		rows = append(rows, app.Tr().Body(cells...))
	}
	pairHead := []app.UI{app.Th().Scope("col").Text("Shared with")}
	for _, d := range x.docs {
		pairHead = append(pairHead, srcHead(x, d.Name))
	}
	var pairs []app.UI
	for _, a := range x.docs {
		cells := []app.UI{app.Th().Scope("row").Title(a.Name).Text(short(x.label(a.Name), 32))}
		for _, b := range x.docs {
			if a == b {
				cells = append(cells, app.Td().Class("self").Text("—"))
				continue
			}
			n := x.shared(a.Name, b.Name)
			cells = append(cells, app.Td().Class("n"+strconv.Itoa(min(n, 5))).Text(strconv.Itoa(n)))
		}
		pairs = append(pairs, app.Tr().Body(cells...))
	}
	return sec.Body(
		app.H2().Text("Coverage"),
		app.If(len(rows) == 0, func() app.UI {
			return app.P().Class("quiet").Text("No shared quotations to chart.")
		}).Else(func() app.UI {
			return app.Div().Class("scroll").Body(app.Table().Class("grid").Body(
				app.Caption().Text("Who used which quotation"),
				app.THead().Body(app.Tr().Body(cols...)),
				app.TBody().Body(rows...),
			))
		}),
		app.Div().Class("scroll").Body(app.Table().Class("grid pairs").Body(
			app.Caption().Text("How many shared items each pair of sources has in common"),
			app.THead().Body(app.Tr().Body(pairHead...)),
			app.TBody().Body(pairs...),
		)),
	)
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
