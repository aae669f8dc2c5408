package app

import (
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
	OnSelectFunc  func(ctx app.Context, name string)
	OnRemoveFunc  func(ctx app.Context, name string)
}

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
	c.OnSelectFunc = h
	return c
}

// OnRemove sets the handler called when a source is removed.
func (c *sourceList) OnRemove(h func(ctx app.Context, name string)) *sourceList {
	c.OnRemoveFunc = h
	return c
}

func (c *sourceList) Render() app.UI {
	if len(c.FilesValue) == 0 {
		return app.Nav().Class("sources").Aria("label", "Documents").Body(
			app.P().Class("quiet").Text("The files you add are listed here."),
		)
	}
	return app.Nav().Class("sources").Aria("label", "Documents").Body(
		app.Ul().Body(app.Range(c.FilesValue).Slice(func(i int) app.UI {
			return c.item(c.FilesValue[i].Name)
		})),
	)
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
	return app.Li().Class(class).Body(
		app.Button().Class("pick").DataSet("show-document", name).
			Disabled(d == nil).
			Aria("current", name == c.SelectedValue).
			Title("Read "+name).
			OnClick(func(ctx app.Context, e app.Event) {
				if c.OnSelectFunc != nil {
					c.OnSelectFunc(ctx, name)
				}
			}).Body(
			app.Span().Class("label").Text(label),
			app.Span().Class("detail").Text(detail),
		),
		app.Button().Class("remove").DataSet("remove-document", name).
			Aria("label", "Remove "+name).Title("Remove "+name).Text("×").
			OnClick(func(ctx app.Context, e app.Event) {
				if c.OnRemoveFunc != nil {
					c.OnRemoveFunc(ctx, name)
				}
			}),
	)
}
