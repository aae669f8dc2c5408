package app

import (
	"fmt"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// groupsPanel lists the shared groups, most sources first: the remark, its
// speaker, which sources carry it, and each variant's word-level differences
// from the first rendering.
type groupsPanel struct {
	app.Compo

	IndexValue   *reportIndex
	CurrentValue string
	OnGroupFunc  func(ctx app.Context, id string)

	more int // how many times "show more" was chosen
	// byVerdict lists the groups whose members render the original least
	// faithfully first, when an original is marked.
	byVerdict bool
}

// Bounds on the panel, so a large story keeps a small page: groups shown
// at first and added by each "show more", and variants listed per group.
const (
	groupsShown   = 12
	variantsShown = 6
)

func newGroupsPanel() *groupsPanel { return &groupsPanel{} }

// Index sets the report index.
func (c *groupsPanel) Index(x *reportIndex) *groupsPanel { c.IndexValue = x; return c }

// Current sets the document shown in the reader.
func (c *groupsPanel) Current(name string) *groupsPanel { c.CurrentValue = name; return c }

// OnGroup sets the handler called when a group is chosen.
func (c *groupsPanel) OnGroup(h func(ctx app.Context, id string)) *groupsPanel {
	c.OnGroupFunc = h
	return c
}

func (c *groupsPanel) Render() app.UI {
	x := c.IndexValue
	var body app.UI
	switch {
	case len(x.matched) < 2:
		body = app.P().Class("quiet").Text("Only one source so far: add another article about the same story to find shared quotations.")
	case len(x.report.Groups) == 0:
		body = app.P().Class("quiet").Text("These sources share no quotation or passage at the current tolerance.")
	default:
		n := min(len(x.report.Groups), groupsShown*(c.more+1))
		order := c.order()
		body = app.Div().Body(
			c.sortControl(),
			app.Ol().Class("group-list").Body(app.Range(order[:n]).Slice(func(i int) app.UI {
				return c.item(&x.report.Groups[order[i]])
			})),
			app.If(n < len(x.report.Groups), func() app.UI {
				return app.Button().ID("groups-more").Class("btn subtle").
					Text(fmt.Sprintf("Show %d more (%d of %d shown)", min(groupsShown, len(x.report.Groups)-n), n, len(x.report.Groups))).
					OnClick(func(ctx app.Context, e app.Event) { c.more++ })
			}),
		)
	}
	return app.Section().ID("groups").Class("groups").TabIndex(-1).Aria("label", "Shared quotations").Body(
		app.H2().Text("Shared quotations and passages"),
		body,
	)
}

func (c *groupsPanel) item(g *annotations.Group) app.UI {
	x := c.IndexValue
	kind := "Quotation"
	if g.Kind == annotations.KindPassage {
		kind = "Passage"
	}
	speaker := g.Speaker
	if speaker == "" && g.Kind == annotations.KindQuote {
		speaker = "speaker unknown"
	}
	base := x.memberText(g.Members[0])
	here := contains(x.sources[g.ID], c.CurrentValue)
	cls := "group"
	if here {
		cls += " here"
	}
	return app.Li().Class(cls).DataSet("group-item", g.ID).Body(
		app.Button().Class("group-head").
			Title("Show every occurrence in the reader").
			OnClick(func(ctx app.Context, e app.Event) {
				if c.OnGroupFunc != nil {
					c.OnGroupFunc(ctx, g.ID)
				}
			}).Body(
			app.Span().Class("swatch", colourClass(x.colour[g.ID])).Aria("hidden", "true"),
			app.Span().Class("kind").Text(kind),
			app.If(speaker != "", func() app.UI { return app.Span().Class("speaker").Text(speaker) }),
			app.Span().Class("count").Text(plural2(len(x.sources[g.ID]), "source", "sources")),
		),
		app.Blockquote().Class("canonical").Text(base),
		app.Ul().Class("variants").Body(app.Range(g.Members[:min(len(g.Members), variantsShown)]).Slice(func(i int) app.UI {
			m := g.Members[i]
			return app.Li().Body(
				app.Span().Class("src").Title(m.Document).Text(short(x.label(m.Document), 48)),
				app.If(i == 0, func() app.UI {
					return app.Span().Class("sim").Text("quoted above")
				}).Else(func() app.UI {
					return app.Span().Class("sim").Title("Similarity to the first rendering").Text(percent(m.Similarity))
				}),
				app.If(i > 0, func() app.UI { return x.diffView(base, x.memberText(m)) }),
			)
		})),
		app.If(len(g.Members) > variantsShown, func() app.UI {
			return app.P().Class("quiet").Text(fmt.Sprintf("…and %d more renderings (see Coverage and the exports).", len(g.Members)-variantsShown))
		}),
	)
}

// diffView shows b against a word by word: insertions and deletions are
// marked up with <ins>/<del>, whose text stays text. The diffs are kept
// for the report's life: every update of a panel would compute them again.
func (x *reportIndex) diffView(a, b string) app.UI {
	key := [2]string{a, b}
	parts, ok := x.diffs[key]
	if !ok {
		parts = annotations.DiffWords(a, b)
		x.diffs[key] = parts
	}
	if len(parts) == 1 && parts[0].Op == annotations.DiffEqual {
		return app.Span().Class("diff same").Text("identical wording")
	}
	nodes := make([]app.UI, 0, len(parts))
	for _, p := range parts {
		switch p.Op {
		case annotations.DiffInsert:
			nodes = append(nodes, app.Ins().Title("added").Text(p.Text))
		case annotations.DiffDelete:
			nodes = append(nodes, app.Del().Title("dropped").Text(p.Text))
		default:
			nodes = append(nodes, app.Text(p.Text))
		}
	}
	return app.Span().Class("diff").Body(nodes...)
}
