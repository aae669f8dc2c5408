package app

import (
	"fmt"
	"slices"
	"sort"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// compareView sets two documents side by side: first the groups they share,
// aligned row by row with the second rendering diffed against the first,
// then both texts with their highlights.
type compareView struct {
	app.Compo

	IndexValue       *reportIndex
	LeftValue        string
	RightValue       string
	ShowRemovedValue bool
	onChange         func(ctx app.Context, right bool, name string)
}

func newCompareView() *compareView { return &compareView{} }

// Index sets the report index.
func (c *compareView) Index(x *reportIndex) *compareView { c.IndexValue = x; return c }

// Left sets the document on the left.
func (c *compareView) Left(name string) *compareView { c.LeftValue = name; return c }

// Right sets the document on the right.
func (c *compareView) Right(name string) *compareView { c.RightValue = name; return c }

// ShowRemoved sets whether removed boilerplate is shown in place.
func (c *compareView) ShowRemoved(v bool) *compareView { c.ShowRemovedValue = v; return c }

// OnChange sets the handler called when either choice changes.
func (c *compareView) OnChange(h func(ctx app.Context, right bool, name string)) *compareView {
	c.onChange = h
	return c
}

func (c *compareView) onLeft(ctx app.Context, e app.Event) {
	if c.onChange != nil {
		c.onChange(ctx, false, ctx.JSSrc().Get("value").String())
	}
}

func (c *compareView) onRight(ctx app.Context, e app.Event) {
	if c.onChange != nil {
		c.onChange(ctx, true, ctx.JSSrc().Get("value").String())
	}
}

func (c *compareView) Render() app.UI {
	x := c.IndexValue
	head := app.H2().Text("Compare two sources")
	if len(x.matched) < 2 {
		return app.Section().ID("compare").Class("compare").TabIndex(-1).Aria("label", "Compare").Body(
			head,
			app.P().Class("quiet").Text("There is nothing to compare yet: add a second source."),
			c.picker("compare-a", "Left", c.LeftValue, "", c.onLeft),
			c.picker("compare-b", "Right", c.RightValue, c.LeftValue, c.onRight),
		)
	}
	left, right := x.byName[c.LeftValue], x.byName[c.RightValue]
	var rows []app.UI
	for _, g := range x.report.Groups {
		a, okA := x.member(&g, c.LeftValue)
		b, okB := x.member(&g, c.RightValue)
		if !okA || !okB {
			continue
		}
		rows = append(rows, app.Tr().DataSet("group-row", g.ID).Body(
			app.Td().Class("cell-swatch").Title(g.ID).Body(x.badge(g.ID)),
			app.Td().Text(x.memberText(a)),
			app.Td().Body(x.diffView(x.memberText(a), x.memberText(b))),
		))
	}
	return app.Section().ID("compare").Class("compare").TabIndex(-1).Aria("label", "Compare").Body(
		head,
		app.Div().Class("pickers").Body(
			c.picker("compare-a", "Left", c.LeftValue, "", c.onLeft),
			c.picker("compare-b", "Right", c.RightValue, c.LeftValue, c.onRight),
		),
		app.If(c.LeftValue != c.RightValue, func() app.UI { return x.pairLine(c.LeftValue, c.RightValue) }),
		app.If(len(rows) == 0, func() app.UI {
			return app.P().Class("quiet").Text("These two sources share no quotation or passage.")
		}).Else(func() app.UI {
			return app.Table().Class("aligned").Body(
				app.Caption().Text(plural2(len(rows), "shared item, aligned", "shared items, aligned")),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Group"),
					app.Th().Scope("col").Text(x.label(c.LeftValue)),
					app.Th().Scope("col").Text(x.label(c.RightValue)+" (differences)"),
				)),
				app.TBody().Body(rows...),
			)
		}),
		app.Div().Class("side-by-side").Body(
			app.If(left != nil, func() app.UI {
				return newDocumentView().Doc(left).Index(x).ShowRemoved(c.ShowRemovedValue)
			}),
			app.If(right != nil, func() app.UI {
				return newDocumentView().Doc(right).Index(x).ShowRemoved(c.ShowRemovedValue)
			}),
		),
	)
}

// pairLine says how much of each of two documents the other carries, or,
// when one copies the other, the copy's line.
func (x *reportIndex) pairLine(a, b string) app.UI {
	p, ok := x.pairOf(a, b)
	if !ok {
		return app.If(false, nil)
	}
	for _, c := range x.copies {
		if c.Pair.A == p.A && c.Pair.B == p.B {
			return app.P().ID("compare-pair").Class("copy-line").Text(c.Line(x))
		}
	}
	return app.P().ID("compare-pair").Class("quiet").Text(fmt.Sprintf("%s carries %s of %s; %s carries %s of %s, word for word or nearly.",
		short(x.label(p.B), 60), percent(p.AShare), short(x.label(p.A), 60),
		short(x.label(p.A), 60), percent(p.BShare), short(x.label(p.B), 60)))
}

// picker is a choice of source; with many sources it offers those that
// share most with other (or are in most shared items), see choices.
func (c *compareView) picker(id, label, value, other string, h app.EventHandler) app.UI {
	docs := c.IndexValue.choices(value, other)
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).OnChange(h).Body(
			app.Range(docs).Slice(func(i int) app.UI {
				d := docs[i]
				return app.Option().Value(d.Name).Selected(d.Name == value).Text(c.IndexValue.label(d.Name))
			}),
		),
	)
}

// maxChoices is the most sources a compare picker lists: a thousand
// options in each of two menus would slow every update of the page.
const maxChoices = 60

// choices returns the sources a picker offers, in report order: all of
// them, or with more than maxChoices the value and the sources sharing
// most items with other (every shared item when other is empty).
func (x *reportIndex) choices(value, other string) []*annotations.Document {
	if len(x.matched) <= maxChoices {
		return x.matched
	}
	key := [2]string{value, other}
	if out, ok := x.chosen[key]; ok {
		return out
	}
	if x.chosen == nil {
		x.chosen = map[[2]string][]*annotations.Document{}
	}
	x.chosen[key] = x.rankChoices(value, other)
	return x.chosen[key]
}

// rankChoices works out choices.
func (x *reportIndex) rankChoices(value, other string) []*annotations.Document {
	score := map[string]int{}
	for _, g := range x.report.Groups {
		srcs := x.sources[g.ID]
		if other != "" && !contains(srcs, other) {
			continue
		}
		for _, d := range srcs {
			score[d]++
		}
	}
	ranked := slices.Clone(x.matched)
	sort.SliceStable(ranked, func(i, j int) bool { return score[ranked[i].Name] > score[ranked[j].Name] })
	keep := map[string]bool{value: true}
	for _, d := range ranked[:maxChoices-1] {
		keep[d.Name] = true
	}
	var out []*annotations.Document
	for _, d := range x.matched {
		if keep[d.Name] {
			out = append(out, d)
		}
	}
	return out
}
