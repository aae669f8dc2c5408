package app

import (
	"fmt"
	"strconv"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// groupsPanel lists the shared items, copies first, then the groups most
// sources first: the remark, who each outlet credits it to, which sources
// carry it, how each rendering stands to the reference one (identical, a
// variant with its word-level differences, a part, or containing it). The
// reader can narrow it by kind, speaker and source.
type groupsPanel struct {
	app.Compo

	IndexValue   *reportIndex
	CurrentValue string
	FilterValue  panelFilter
	AtValue      string
	onGroup      func(ctx app.Context, id string)
	onFilter     func(ctx app.Context, f panelFilter)

	more int // how many times "show more" was chosen
}

// Bounds on the panel, so a large story keeps a small page: items shown
// at first and added by each "show more", variants listed per group, and
// quotations listed per copy.
const (
	groupsShown   = 12
	variantsShown = 6
	copyQuotes    = 8
	// speakerChoices is the most speakers the speaker filter offers.
	speakerChoices = 100
	// atWindow is how many items either side of the one j/k or a click
	// went to the panel shows when it lies past the items shown: showing
	// every item up to it made thousands of rows, rendered again at each
	// step of j/k (1.6 s a key after a drop of 1,500 near-identical notes).
	atWindow = 2
)

func newGroupsPanel() *groupsPanel { return &groupsPanel{} }

// Index sets the report index.
func (c *groupsPanel) Index(x *reportIndex) *groupsPanel { c.IndexValue = x; return c }

// Current sets the document shown in the reader.
func (c *groupsPanel) Current(name string) *groupsPanel { c.CurrentValue = name; return c }

// Filter sets the filters the panel is narrowed by.
func (c *groupsPanel) Filter(f panelFilter) *groupsPanel { c.FilterValue = f; return c }

// At sets the key of the item j/k last went to.
func (c *groupsPanel) At(key string) *groupsPanel { c.AtValue = key; return c }

// OnGroup sets the handler called when a group is chosen.
func (c *groupsPanel) OnGroup(h func(ctx app.Context, id string)) *groupsPanel {
	c.onGroup = h
	return c
}

// OnFilter sets the handler called when the reader changes a filter.
func (c *groupsPanel) OnFilter(h func(ctx app.Context, f panelFilter)) *groupsPanel {
	c.onFilter = h
	return c
}

func (c *groupsPanel) choose(id string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if c.onGroup != nil {
			c.onGroup(ctx, id)
		}
	}
}

// filterBy returns a change handler that sets one of the filters.
func (c *groupsPanel) filterBy(set func(f *panelFilter, v string)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		f := c.FilterValue
		set(&f, ctx.JSSrc().Get("value").String())
		c.more = 0
		if c.onFilter != nil {
			c.onFilter(ctx, f)
		}
	}
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
		items := x.panelItems(c.FilterValue)
		n := min(len(items), groupsShown*(c.more+1))
		// The item j/k or a click went to, when past those shown, is shown
		// with its neighbours after them, not with every item before it.
		from, to := n, n
		for i := n; i < len(items); i++ {
			if x.key(items[i]) == c.AtValue {
				from, to = max(n, i-atWindow), min(len(items), i+atWindow+1)
				break
			}
		}
		row := func(it panelItem) app.UI {
			if it.Group != nil {
				return c.item(it.Group)
			}
			return c.copyItem(it)
		}
		body = app.Div().Body(
			c.filters(),
			c.sortControl(),
			app.If(c.FilterValue.active(), func() app.UI {
				all := len(x.panelItems(panelFilter{}))
				return app.P().ID("filter-count").Class("quiet").Text(fmt.Sprintf("%d of %d shared items pass the filters.", len(items), all))
			}),
			app.Ol().Class("group-list").Body(
				app.Range(items[:n]).Slice(func(i int) app.UI { return row(items[i]) }),
				app.If(from > n, func() app.UI {
					return app.Li().Class("gap quiet").Text(fmt.Sprintf("… %s …", plural2(from-n, "item", "items")))
				}),
				app.Range(items[from:to]).Slice(func(i int) app.UI { return row(items[from+i]) }),
			),
			app.If(n < len(items), func() app.UI {
				return app.Button().ID("groups-more").Class("btn subtle").
					Text(fmt.Sprintf("Show %d more (%d of %d shown)", min(groupsShown, len(items)-n), n+to-from, len(items))).
					OnClick(func(ctx app.Context, e app.Event) { c.more++ })
			}),
		)
	}
	return app.Section().ID("groups").Class("groups").TabIndex(-1).Aria("label", "Shared quotations").Body(
		app.H2().Text("Shared quotations and passages"),
		body,
	)
}

// filters are the panel's three filters: kind, speaker and source.
func (c *groupsPanel) filters() app.UI {
	x, f := c.IndexValue, c.FilterValue
	people := x.speakers()
	option := func(value, label, current string) app.UI {
		return app.Option().Value(value).Selected(value == current).Text(label)
	}
	// The people quoted by most outlets: a menu of thousands of names
	// would slow every update of the page.
	speakers := []app.UI{option("", "Anyone", f.Speaker)}
	for _, p := range people[:min(len(people), speakerChoices)] {
		speakers = append(speakers, option(p.Name, p.Name, f.Speaker))
	}
	if f.Speaker != "" && !contains(speakerNames(people[:min(len(people), speakerChoices)]), f.Speaker) {
		speakers = append(speakers, option(f.Speaker, f.Speaker, f.Speaker))
	}
	sources := []app.UI{option("", "Any source", f.Source)}
	for _, d := range x.choices(f.Source, "") {
		sources = append(sources, option(d.Name, short(x.label(d.Name), 40), f.Source))
	}
	return app.Div().Class("filters").Body(
		app.Div().Class("field").Body(
			app.Label().For("filter-kind").Text("Show"),
			app.Select().ID("filter-kind").OnChange(c.filterBy(func(f *panelFilter, v string) { f.Kind = annotations.Kind(v) })).Body(
				option("", "All items", string(f.Kind)),
				option(string(annotations.KindQuote), "Quotations", string(f.Kind)),
				option(string(annotations.KindPassage), "Passages", string(f.Kind)),
			),
		),
		app.Div().Class("field").Body(
			app.Label().For("filter-speaker").Text("Said by"),
			app.Select().ID("filter-speaker").OnChange(c.filterBy(func(f *panelFilter, v string) { f.Speaker = v })).Body(speakers...),
		),
		app.Div().Class("field").Body(
			app.Label().For("filter-source").Text("In"),
			app.Select().ID("filter-source").OnChange(c.filterBy(func(f *panelFilter, v string) { f.Source = v })).Body(sources...),
		),
	)
}

func speakerNames(ps []person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// badge is a group's number in its highlight's look, as its highlights
// in the reader show it.
func (x *reportIndex) badge(id string) app.UI {
	return app.Span().Class("badge", colourClass(x.colour[id])).Aria("hidden", "true").Text(strconv.Itoa(x.number(id)))
}

func (c *groupsPanel) item(g *annotations.Group) app.UI {
	x := c.IndexValue
	kind := "Quotation"
	if g.Kind == annotations.KindPassage {
		kind = "Passage"
	}
	speaker := g.Speaker
	if (speaker == "" || speaker == unknownSpeaker) && g.Kind == annotations.KindQuote {
		speaker = "speaker unknown"
	}
	ref := reference(g)
	base := x.memberText(ref)
	cls := "group"
	if contains(x.sources[g.ID], c.CurrentValue) {
		cls += " here"
	}
	if g.ID == c.AtValue {
		cls += " at"
	}
	// The reference rendering first, then the others in report order.
	members := make([]annotations.Member, 0, len(g.Members))
	members = append(members, ref)
	for i, m := range g.Members {
		if i != g.Reference {
			members = append(members, m)
		}
	}
	return app.Li().Class(cls).DataSet("group-item", g.ID).DataSet("panel-item", g.ID).Aria("current", g.ID == c.AtValue).Body(
		app.Button().Class("group-head").
			Title("Show every occurrence in the reader").
			OnClick(c.choose(g.ID)).Body(
			x.badge(g.ID),
			app.Span().Class("kind").Text(kind),
			app.If(speaker != "", func() app.UI { return app.Span().Class("speaker").Text(speaker) }),
			app.Span().Class("count").Text(plural2(len(x.sources[g.ID]), "source", "sources")),
		),
		app.If(g.SpeakersDisagree, func() app.UI {
			return app.P().Class("disagree").DataSet("speakers-disagree", g.ID).Text("The outlets credit these words to different people: see each source below.")
		}),
		app.Blockquote().Class("canonical").Text(base),
		app.Ul().Class("variants").Body(app.Range(members[:min(len(members), variantsShown)]).Slice(func(i int) app.UI {
			m := members[i]
			return app.Li().DataSet("member", m.Document).Body(
				app.Span().Class("src").Title(m.Document).Text(short(x.label(m.Document), 48)),
				app.If(g.Kind == annotations.KindQuote && m.Speaker != "", func() app.UI {
					who := m.Speaker
					if who == unknownSpeaker {
						who = "speaker not named"
					}
					return app.Span().Class("who").Title("Who this source credits the words to").Text(who)
				}),
				app.If(i == 0, func() app.UI {
					return app.Span().Class("sim").DataSet("relation", "reference").Text("quoted above")
				}).Else(func() app.UI {
					return app.Span().Class("sim").DataSet("relation", string(m.Relation)).
						Title("How this rendering stands to the one quoted above").Text(relationText(m))
				}),
				app.If(len(m.Also) > 0, func() app.UI {
					return app.Span().Class("also").Text(fmt.Sprintf("· %s more in this source", plural2(len(m.Also), "place", "places")))
				}),
				app.If(i > 0, func() app.UI { return x.renderingView(base, m) }),
			)
		})),
		app.If(len(members) > variantsShown, func() app.UI {
			return app.P().Class("quiet").Text(fmt.Sprintf("…and %d more renderings (see Coverage and the exports).", len(members)-variantsShown))
		}),
	)
}

// renderingView shows a member's words against the reference: a variant
// as a word diff, a part or a container as its own words, an identical
// one not again.
func (x *reportIndex) renderingView(base string, m annotations.Member) app.UI {
	switch m.Relation {
	case annotations.RelationIdentical:
		return app.If(false, nil) // its relation says so
	case annotations.RelationFragment, annotations.RelationContains:
		return app.Span().Class("diff").Text(x.memberText(m))
	}
	return x.diffView(base, x.memberText(m))
}

// copyItem is one copy: the line saying who reproduces what, and the
// quotations inside it, each a link to its group.
func (c *groupsPanel) copyItem(it panelItem) app.UI {
	x := c.IndexValue
	cp := x.copies[it.Copy]
	key := x.key(it)
	cls := "group copy"
	if c.CurrentValue == cp.Pair.A || c.CurrentValue == cp.Pair.B {
		cls += " here"
	}
	if key == c.AtValue {
		cls += " at"
	}
	first := ""
	if len(cp.Groups) > 0 {
		first = cp.Groups[0]
	}
	passages := len(cp.Groups) - len(cp.Quotes)
	return app.Li().Class(cls).DataSet("copy-item", cp.Pair.A+" / "+cp.Pair.B).DataSet("panel-item", key).Aria("current", key == c.AtValue).Body(
		app.Button().Class("group-head").Title("Show the copied text in the reader").OnClick(c.choose(first)).Body(
			app.Span().Class("kind").Text("Copied"),
			app.Span().Class("count").Text("2 sources"),
		),
		app.P().Class("copy-line").Text(cp.Line(x)),
		app.If(len(cp.Quotes) > 0, func() app.UI {
			qs := cp.Quotes[:min(len(cp.Quotes), copyQuotes)]
			return app.Div().Body(
				app.P().Class("quiet").Text(fmt.Sprintf("%s inside it:", plural2(len(cp.Quotes), "quotation", "quotations"))),
				app.Ul().Class("copy-quotes").Body(app.Range(qs).Slice(func(i int) app.UI {
					g := x.group[qs[i]]
					who := g.Speaker
					if who == "" || who == unknownSpeaker {
						who = "speaker unknown"
					}
					return app.Li().DataSet("copy-quote", g.ID).Body(
						app.Button().Class("linkish").OnClick(c.choose(g.ID)).Body(
							x.badge(g.ID),
							app.Span().Class("speaker").Text(who+": "),
							app.Text(short(x.memberText(reference(g)), 90)),
						),
					)
				})),
				app.If(len(cp.Quotes) > len(qs), func() app.UI {
					return app.P().Class("quiet").Text(fmt.Sprintf("…and %d more.", len(cp.Quotes)-len(qs)))
				}),
			)
		}),
		app.If(passages > 0, func() app.UI {
			return app.P().Class("quiet").Text(fmt.Sprintf("Besides, %s of text outside quotation marks.", plural2(passages, "shared passage", "shared passages")))
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
