package app

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// speakersView lists the people the sources quote: each with their
// quotations, how many outlets quote them and which. A quotation is a
// link to it in the reader; a person's name narrows the groups panel to
// them.
type speakersView struct {
	app.Compo

	IndexValue *reportIndex
	onGroup    func(ctx app.Context, id string)
	onQuote    func(ctx app.Context, doc, quote string)
	onSpeaker  func(ctx app.Context, name string)

	more int // how many times "show more" was chosen
}

// Bounds on the view: people shown at first and added by each "show
// more", and quotations listed per person.
const (
	speakersShown    = 20
	speakerQuotesMax = 6
)

func newSpeakersView() *speakersView { return &speakersView{} }

// Index sets the report index.
func (c *speakersView) Index(x *reportIndex) *speakersView { c.IndexValue = x; return c }

// OnGroup sets the handler called when a shared quotation is chosen.
func (c *speakersView) OnGroup(h func(ctx app.Context, id string)) *speakersView {
	c.onGroup = h
	return c
}

// OnQuote sets the handler called when a quotation of one source is chosen.
func (c *speakersView) OnQuote(h func(ctx app.Context, doc, quote string)) *speakersView {
	c.onQuote = h
	return c
}

// OnSpeaker sets the handler called to narrow the groups panel to a speaker.
func (c *speakersView) OnSpeaker(h func(ctx app.Context, name string)) *speakersView {
	c.onSpeaker = h
	return c
}

func (c *speakersView) Render() app.UI {
	x := c.IndexValue
	sec := app.Section().ID("speakers").Class("speakers").TabIndex(-1).Aria("label", "Speakers")
	people := x.speakers()
	if len(people) == 0 {
		return sec.Body(app.H2().Text("Speakers"), app.P().Class("quiet").Text("No quotation names its speaker yet."))
	}
	n := min(len(people), speakersShown*(c.more+1))
	return sec.Body(
		app.H2().Text("Speakers"),
		app.P().Class("quiet").Text(fmt.Sprintf("%s quoted across %s, those quoted by most outlets first.",
			plural2(len(people), "person or body", "people and bodies"), plural2(len(x.matched), "source", "sources"))),
		app.Ul().Class("speaker-list").Body(app.Range(people[:n]).Slice(func(i int) app.UI {
			return c.person(people[i])
		})),
		app.If(n < len(people), func() app.UI {
			return app.Button().ID("speakers-more").Class("btn subtle").
				Text(fmt.Sprintf("Show %d more (%d of %d shown)", min(speakersShown, len(people)-n), n, len(people))).
				OnClick(func(ctx app.Context, e app.Event) { c.more++ })
		}),
	)
}

func (c *speakersView) person(p person) app.UI {
	x := c.IndexValue
	labels := make([]string, 0, len(p.Outlets))
	for _, d := range p.Outlets {
		labels = append(labels, short(x.label(d), 40))
	}
	qs := p.Quotes[:min(len(p.Quotes), speakerQuotesMax)]
	return app.Li().Class("person").DataSet("speaker", p.Name).Body(
		app.Div().Class("person-head").Body(
			app.Button().Class("linkish name").Title("Show only "+p.Name+"'s quotations in the shared list").Text(p.Name).
				OnClick(func(ctx app.Context, e app.Event) {
					if c.onSpeaker != nil {
						c.onSpeaker(ctx, p.Name)
					}
				}),
			app.If(len(p.Roles) > 0, func() app.UI {
				return app.Span().Class("role").Text(short(strings.Join(p.Roles, "; "), 120))
			}),
			app.Span().Class("count").Text(fmt.Sprintf("%s · quoted by %s",
				plural2(len(p.Quotes), "quotation", "quotations"), plural2(len(p.Outlets), "outlet", "outlets"))),
		),
		app.P().Class("outlets quiet").Text(strings.Join(labels, " · ")),
		app.Ul().Class("person-quotes").Body(app.Range(qs).Slice(func(i int) app.UI {
			q := qs[i]
			return app.Li().Body(
				app.Button().Class("linkish").DataSet("speaker-quote", q.Doc+" "+q.Quote).
					OnClick(func(ctx app.Context, e app.Event) {
						switch {
						case q.Group != "" && c.onGroup != nil:
							c.onGroup(ctx, q.Group)
						case q.Group == "" && c.onQuote != nil:
							c.onQuote(ctx, q.Doc, q.Quote)
						}
					}).Body(
					app.If(q.Group != "", func() app.UI { return x.badge(q.Group) }),
					app.Text(short(q.Text, 110)),
				),
				app.Span().Class("quiet").Text(" — "+c.where(q)),
			)
		})),
		app.If(len(p.Quotes) > len(qs), func() app.UI {
			return app.P().Class("quiet").Text(fmt.Sprintf("…and %d more.", len(p.Quotes)-len(qs)))
		}),
	)
}

// where says which outlets print a quotation.
func (c *speakersView) where(q personQuote) string {
	x := c.IndexValue
	switch {
	case q.Group == "":
		return short(x.label(q.Doc), 40)
	case q.Credited < q.Outlets:
		return fmt.Sprintf("%d of the %d outlets that print it credit it to them", q.Credited, q.Outlets)
	}
	return plural2(q.Outlets, "outlet", "outlets")
}
