package app

import (
	"fmt"
	"strconv"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fidelityPanel shows the checks against the original: how faithfully
// each outlet quotes it, the quotations of the document in the reader
// with their verdicts, and one quotation side by side with the passage of
// the original it was matched to, with the word diff. Article text always
// goes into text nodes, never into markup.
type fidelityPanel struct {
	app.Compo

	OriginalValue string
	ErrorValue    string
	RowsValue     []fidelityRow
	IndexValue    *reportIndex
	CurrentValue  string
	SideValue     sideBySide
	HasSideValue  bool
	onSide        func(ctx app.Context, ref quoteRef)
}

func newFidelityPanel() *fidelityPanel { return &fidelityPanel{} }

// Original sets the name of the original, and why it could not be used.
func (c *fidelityPanel) Original(name, err string) *fidelityPanel {
	c.OriginalValue, c.ErrorValue = name, err
	return c
}

// Rows sets the fidelity summary.
func (c *fidelityPanel) Rows(v []fidelityRow) *fidelityPanel { c.RowsValue = v; return c }

// Index sets the report index.
func (c *fidelityPanel) Index(x *reportIndex) *fidelityPanel { c.IndexValue = x; return c }

// Current sets the document shown in the reader, whose quotations are
// listed.
func (c *fidelityPanel) Current(name string) *fidelityPanel { c.CurrentValue = name; return c }

// Side sets the quotation shown side by side, if ok.
func (c *fidelityPanel) Side(v sideBySide, ok bool) *fidelityPanel {
	c.SideValue, c.HasSideValue = v, ok
	return c
}

// OnSide sets the handler called when a quotation is chosen to be shown
// side by side with the original.
func (c *fidelityPanel) OnSide(h func(ctx app.Context, ref quoteRef)) *fidelityPanel {
	c.onSide = h
	return c
}

func (c *fidelityPanel) Render() app.UI {
	sec := app.Section().ID("fidelity").Class("panel fidelity").TabIndex(-1).Aria("label", "Checked against the original")
	if c.OriginalValue == "" {
		return sec.Body(
			app.H2().Text("Checked against the original"),
			app.P().Class("quiet").Text("Mark a source as the original (a transcript, statement or press release) with its ☆ in the sources list, and every quotation of the others is checked against it."),
		)
	}
	return sec.Body(
		app.H2().Text("Checked against the original"),
		app.P().Body(app.Text("The original is "), app.Strong().Class("original-name").Text(c.IndexValue.label(c.OriginalValue)), app.Text(".")),
		app.If(c.ErrorValue != "", func() app.UI { return app.P().Class("notice").Text(c.ErrorValue) }),
		c.summary(),
		c.quotations(),
		app.If(c.HasSideValue, func() app.UI { return c.side() }),
	)
}

// summary is the table of counts, one row per outlet.
func (c *fidelityPanel) summary() app.UI {
	if len(c.RowsValue) == 0 {
		return app.P().Class("quiet").Text("No other source has a quotation to check yet.")
	}
	head := []app.UI{app.Th().Scope("col").Text("Source")}
	for _, v := range annotations.Verdicts {
		head = append(head, app.Th().Scope("col").Text(annotations.VerdictText(v)))
	}
	head = append(head, app.Th().Scope("col").Text("misattributed"))
	return app.Table().ID("fidelity-summary").Body(
		app.Caption().Text("How each source quotes the original"),
		app.THead().Body(app.Tr().Body(head...)),
		app.TBody().Body(app.Range(c.RowsValue).Slice(func(i int) app.UI {
			r := c.RowsValue[i]
			cells := []app.UI{app.Th().Scope("row").Title(r.Name).Text(short(r.Label, 48))}
			for _, v := range annotations.Verdicts {
				cells = append(cells, app.Td().Class("count", verdictClass(v)).DataSet("verdict", string(v)).Text(strconv.Itoa(r.Fidelity.Count(v))))
			}
			cells = append(cells, app.Td().Class("count misattributed").DataSet("verdict", "misattributed").Text(strconv.Itoa(r.Fidelity.Misattributed)))
			return app.Tr().DataSet("fidelity-row", r.Name).Body(cells...)
		})),
	)
}

// quotations lists the quotations of the document in the reader with
// their verdicts, each a button that shows it side by side.
func (c *fidelityPanel) quotations() app.UI {
	x := c.IndexValue
	d := x.byName[c.CurrentValue]
	if d == nil || len(d.Checks) == 0 {
		return app.If(false, nil)
	}
	return app.Div().Class("checked-quotes").Body(
		app.H3().Text("Quotations of "+short(x.label(d.Name), 60)),
		app.Ul().Body(app.Range(d.Quotes).Slice(func(i int) app.UI {
			q := d.Quotes[i]
			if i >= len(d.Checks) {
				return app.If(false, nil)
			}
			ch := &d.Checks[i]
			ref := quoteRef{d.Name, q.ID}
			open := c.HasSideValue && c.SideValue.Doc.Name == d.Name && c.SideValue.Quote.ID == q.ID
			return app.Li().Body(
				app.Button().Class("checked-quote").DataSet("side-quote", q.ID).
					Aria("expanded", strconv.FormatBool(open)).Aria("label", "Show side by side with the original: "+short(q.Text, 80)+" ("+checkLabel(ch)+")").
					OnClick(func(ctx app.Context, e app.Event) {
						if c.onSide != nil {
							c.onSide(ctx, ref)
						}
					}).Body(
					verdictBadge(ch),
					app.Span().Class("quote-text").Text(short(q.Text, 120)),
				),
			)
		})),
	)
}

// verdictBadge shows a check's verdict, and a misattribution, in words.
func verdictBadge(ch *annotations.Check) app.UI {
	return app.Span().Class("badges").Body(
		app.Span().Class("verdict", verdictClass(ch.Verdict)).Text(annotations.VerdictText(ch.Verdict)),
		app.If(annotations.Misattributed(*ch), func() app.UI {
			return app.Span().Class("verdict misattributed").Text("misattributed")
		}),
	)
}

// side shows the chosen quotation beside the original's passages, and
// the word diff between them.
func (c *fidelityPanel) side() app.UI {
	v := c.SideValue
	ch := &v.Check
	speaker := v.Quote.Speaker
	if speaker == "" || speaker == "unknown" { // the engine's word for a speaker not found
		speaker = "no one named"
	}
	said := ch.OriginalSpeaker
	if said == "" {
		said = "no speaker label"
	}
	passages := make([]app.UI, 0, len(v.Passages))
	for _, p := range v.Passages {
		passages = append(passages, app.Blockquote().Class("passage").Text(p))
	}
	if len(passages) == 0 {
		passages = append(passages, app.P().Class("quiet").Text("Nothing in the original is close enough. The quotation may come from elsewhere: an interview, another statement."))
	}
	return app.Div().ID("side-by-side").Class("side-by-side").Aria("live", "polite").Body(
		app.H3().Body(app.Text("Side by side "), verdictBadge(ch)),
		app.P().Class("quiet").Text(verdictMeaning(ch.Verdict)+fmt.Sprintf(" · similarity %s", percent(ch.Similarity))),
		app.Div().Class("columns").Body(
			app.Div().Class("column").Body(
				app.H4().Text(c.IndexValue.label(v.Doc.Name)+" — credited to "+speaker),
				app.Blockquote().Class("quotation").Text(v.Text),
			),
			app.Div().Class("column").Body(
				append([]app.UI{app.H4().Text("The original — said by " + said)}, passages...)...,
			),
		),
		app.If(v.Original != "", func() app.UI {
			return app.Div().Class("side-diff").Body(
				app.H4().Text("Word diff (struck: the original's words the outlet dropped or changed; marked: the outlet's own)"),
				c.IndexValue.diffView(v.Original, v.Text),
			)
		}),
		app.If(len(ch.Insertions) > 0, func() app.UI {
			return app.Ul().Class("insertions").Body(app.Range(ch.Insertions).Slice(func(i int) app.UI {
				in := ch.Insertions[i]
				return app.Li().Text("Editorial insertion [" + in.Text + "], allowed")
			}))
		}),
	)
}

// originalToggle is the button that marks source name as the original, or
// unmarks it; one source at a time is the original.
func (c *sourceList) originalToggle(name string, readable bool) app.UI {
	on := name == c.OriginalValue
	label, text := "Mark "+name+" as the original", "☆"
	if on {
		label, text = "Unmark "+name+" as the original", "★"
	}
	return app.Button().Class("mark-original").DataSet("mark-original", name).
		Aria("pressed", strconv.FormatBool(on)).Aria("label", label).Title(label).Disabled(!readable && !on).Text(text).
		OnClick(func(ctx app.Context, e app.Event) {
			if c.onOriginal != nil {
				c.onOriginal(ctx, name)
			}
		})
}

// onOriginal marks source name as the original, or unmarks it, and has
// the engine check the quotations again.
func (a *annotator) onOriginal(ctx app.Context, name string) {
	if a.markOriginal(name) {
		a.afterChange(ctx, true)
	}
}

// onSide shows a quotation side by side with the original, or closes it.
func (a *annotator) onSide(ctx app.Context, ref quoteRef) {
	a.showSide(ref)
	ctx.Defer(func(app.Context) { scrollTo("side-by-side") })
}

// fidelityPanel is the panel of checks against the original.
func (a *annotator) fidelityPanel() app.UI {
	v, ok := a.sideView()
	return newFidelityPanel().Original(a.original, a.originalError).Rows(a.fidelityRows()).
		Index(a.index).Current(a.selected).Side(v, ok).OnSide(a.onSide)
}

// scrollTo brings element id into view, if it is on the page.
func scrollTo(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}
