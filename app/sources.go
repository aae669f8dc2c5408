package app

import (
	"fmt"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sourceList lists the files in the workspace: the one shown in the
// reader, how many quotations each shares, and a remove button each.
type sourceList struct {
	app.Compo

	FilesValue    []annotations.File
	IndexValue    *reportIndex
	PendingValue  map[string]int
	SelectedValue string
	onSelect      func(ctx app.Context, name string)
	onRemove      func(ctx app.Context, name string)
	// OriginalValue is the source marked as the original; onOriginal
	// is called when a source's mark is toggled.
	OriginalValue string
	onOriginal    func(ctx app.Context, name string)

	page int // which sourcePage files are listed
}

// sourcePage is how many files the list shows at a time: a thousand rows,
// each with two buttons, would make every update of the page slow.
const sourcePage = 50

func newSourceList() *sourceList { return &sourceList{} }

// Files sets the workspace's files.
func (c *sourceList) Files(v []annotations.File) *sourceList { c.FilesValue = v; return c }

// Index sets the report index.
func (c *sourceList) Index(v *reportIndex) *sourceList { c.IndexValue = v; return c }

// Pending sets the files still being analysed.
func (c *sourceList) Pending(v map[string]int) *sourceList { c.PendingValue = v; return c }

// Selected sets the document shown in the reader.
func (c *sourceList) Selected(v string) *sourceList { c.SelectedValue = v; return c }

// OnSelect sets the handler called when a source is chosen for reading.
func (c *sourceList) OnSelect(h func(ctx app.Context, name string)) *sourceList {
	c.onSelect = h
	return c
}

// OnRemove sets the handler called when a source is removed.
func (c *sourceList) OnRemove(h func(ctx app.Context, name string)) *sourceList {
	c.onRemove = h
	return c
}

// Original sets the source marked as the original.
func (c *sourceList) Original(name string) *sourceList { c.OriginalValue = name; return c }

// OnOriginal sets the handler called when a source is marked as the
// original, or unmarked.
func (c *sourceList) OnOriginal(h func(ctx app.Context, name string)) *sourceList {
	c.onOriginal = h
	return c
}

func (c *sourceList) Render() app.UI {
	if len(c.FilesValue) == 0 {
		return app.Nav().Class("sources").Aria("label", "Documents").Body(
			app.P().Class("quiet").Text("The files you add are listed here."),
		)
	}
	n := len(c.FilesValue)
	pages := (n + sourcePage - 1) / sourcePage
	c.page = min(max(c.page, 0), pages-1)
	shown := c.FilesValue[c.page*sourcePage : min(n, (c.page+1)*sourcePage)]
	return app.Nav().Class("sources").Aria("label", "Documents").Body(
		app.Ul().Body(app.Range(shown).Slice(func(i int) app.UI {
			return c.item(shown[i].Name)
		})),
		app.If(pages > 1, func() app.UI {
			return app.Div().Class("pager").Body(
				app.Button().ID("sources-prev").Class("btn subtle").Text("‹ Previous").
					Disabled(c.page == 0).OnClick(c.turn(-1)),
				app.Span().Class("quiet").Text(fmt.Sprintf("%d–%d of %d", c.page*sourcePage+1, c.page*sourcePage+len(shown), n)),
				app.Button().ID("sources-next").Class("btn subtle").Text("Next ›").
					Disabled(c.page == pages-1).OnClick(c.turn(1)),
			)
		}),
	)
}

// turn returns a click handler that shows the previous (-1) or next (1)
// page of files.
func (c *sourceList) turn(d int) app.EventHandler {
	return func(ctx app.Context, e app.Event) { c.page += d }
}

func (c *sourceList) item(name string) app.UI {
	x := c.IndexValue
	d := x.byName[name]
	label, detail, class := name, "", "source"
	switch {
	case c.PendingValue[name] != 0:
		detail = "analysing…"
	case d == nil:
		detail, class = "could not be read", "source failed"
	case d.DuplicateOf != "":
		label = x.label(name)
		detail = name + " · same text as " + d.DuplicateOf
		class += " duplicate"
	default:
		label = x.label(name)
		n := len(x.groupsOf(name))
		detail = plural2(n, "shared item", "shared items") + " · " + plural2(len(d.Quotes), "quotation", "quotations")
		if label != name {
			detail = name + " · " + detail
		}
	}
	if name == c.SelectedValue {
		class += " current"
	}
	if name == c.OriginalValue {
		class += " original"
		detail = "the original · " + detail
	}
	return app.Li().Class(class).Body(
		app.Button().Class("pick").DataSet("show-document", name).
			Disabled(d == nil).
			Aria("current", name == c.SelectedValue).
			Title("Read "+name).
			OnClick(func(ctx app.Context, e app.Event) {
				if c.onSelect != nil {
					c.onSelect(ctx, name)
				}
			}).Body(
			app.Span().Class("label").Text(label),
			app.Span().Class("detail").Text(detail),
		),
		c.originalToggle(name, d != nil),
		app.Button().Class("remove").DataSet("remove-document", name).
			Aria("label", "Remove "+name).Title("Remove "+name).Text("×").
			OnClick(func(ctx app.Context, e app.Event) {
				if c.onRemove != nil {
					c.onRemove(ctx, name)
				}
			}),
	)
}
