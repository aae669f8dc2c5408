package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// documentView renders one document: its metadata and its cleaned body
// with the quotations highlighted. Article text always goes into text
// nodes, never into markup.
type documentView struct {
	app.Compo

	DocValue         *annotations.Document
	IndexValue       *reportIndex
	ShowRemovedValue bool
	// FocusValue asks for the part holding a group to be shown; each new
	// request has a new N, so asking again for the same group turns back
	// to it.
	FocusValue focus

	// pages is the document laid out and cut into pages (see paginate),
	// made again only when what it was made of changes; page is the one
	// shown.
	laid    layoutKey
	pages   [][]block
	page    int
	focused focus // the last FocusValue acted on
}

// focus is a request to show the part of a document holding group ID
// (or, when Quote is set, quotation Quote).
type focus struct {
	ID    string
	N     int
	Quote string
}

// layoutKey is what a document's layout is made of.
type layoutKey struct {
	doc         *annotations.Document
	index       *reportIndex
	showRemoved bool
}

func newDocumentView() *documentView { return &documentView{} }

// Doc sets the document to render.
func (c *documentView) Doc(d *annotations.Document) *documentView { c.DocValue = d; return c }

// Index sets the report index the highlights come from.
func (c *documentView) Index(x *reportIndex) *documentView { c.IndexValue = x; return c }

// Focus asks for the part of the document holding a group to be shown.
func (c *documentView) Focus(f focus) *documentView { c.FocusValue = f; return c }

// ShowRemoved sets whether removed boilerplate is shown in place.
func (c *documentView) ShowRemoved(v bool) *documentView { c.ShowRemovedValue = v; return c }

func (c *documentView) Render() app.UI {
	d, x := c.DocValue, c.IndexValue
	if d == nil || x == nil {
		return app.Article().Class("document")
	}
	title := d.Title
	if title == "" {
		title = d.Name
	}
	if key := (layoutKey{d, x, c.ShowRemovedValue}); key != c.laid {
		if c.laid.doc == nil || c.laid.doc.Name != d.Name {
			c.page = 0 // another document starts at its beginning
		}
		c.laid, c.pages = key, paginate(documentBlocks(d, x, c.ShowRemovedValue))
	}
	if c.FocusValue != c.focused {
		c.focused = c.FocusValue
		if p := pageOf(c.pages, c.focused.ID, c.focused.Quote); p >= 0 {
			c.page = p
		}
	}
	c.page = min(max(c.page, 0), max(len(c.pages)-1, 0))
	var blocks []block
	if len(c.pages) > 0 {
		blocks = c.pages[c.page]
	}
	body := make([]app.UI, 0, len(blocks)+2)
	body = append(body, c.pager())
	for _, b := range blocks {
		body = append(body, c.block(b))
	}
	if len(blocks) == 0 {
		body = append(body, app.P().Class("quiet").Text("No article text was kept from this file."))
	}
	body = append(body, c.pager())
	return app.Article().Class("document").DataSet("document", d.Name).Aria("label", title).Body(
		app.Header().Class("doc-head").Body(
			app.H2().Class("doc-title").Text(title),
			app.P().Class("doc-meta").Body(
				app.Span().Class("file").Text(d.Name),
				app.If(d.Byline != "", func() app.UI { return app.Span().Text(d.Byline) }),
				app.If(d.Date != "", func() app.UI { return app.Span().Text(d.Date) }),
				app.If(safeLink(d.Link), func() app.UI {
					return app.A().Href(d.Link).Target("_blank").Rel("noopener noreferrer nofollow").Text(linkHost(d.Link))
				}).ElseIf(d.Link != "", func() app.UI { return app.Span().Text(d.Link) }),
			),
			app.If(d.DuplicateOf != "", func() app.UI {
				return app.P().Class("notice").Text("This file has exactly the same text as " + d.DuplicateOf + ", so it is not counted as another source and shows no shared quotations.")
			}),
			app.If(len(d.Quotes) == 0, func() app.UI {
				return app.P().Class("quiet").Text("No quotations were found in this source.")
			}),
		),
		app.Div().Class("doc-body").Body(body...),
	)
}

// pager offers the other pages of a document too long to show whole.
func (c *documentView) pager() app.UI {
	n := len(c.pages)
	if n < 2 {
		return app.If(false, nil)
	}
	turn := func(d int) app.EventHandler {
		return func(ctx app.Context, e app.Event) { c.page += d }
	}
	return app.Div().Class("pager doc-pager").Body(
		app.Button().Class("btn subtle").DataSet("doc-page", "previous").Text("‹ Previous part").
			Disabled(c.page == 0).OnClick(turn(-1)),
		app.Span().Class("quiet").Text(fmt.Sprintf("Part %d of %d of this long document", c.page+1, n)),
		app.Button().Class("btn subtle").DataSet("doc-page", "next").Text("Next part ›").
			Disabled(c.page == n-1).OnClick(turn(1)),
	)
}

func (c *documentView) block(b block) app.UI {
	if b.Removed != "" {
		return app.P().Class("removed").DataSet("removed", string(b.Removed)).
			Title("Removed: " + string(b.Removed)).Text(b.Runs[0].Text)
	}
	runs := make([]app.UI, 0, len(b.Runs))
	for _, r := range b.Runs {
		runs = append(runs, c.run(r))
	}
	return app.P().Body(runs...)
}

func (c *documentView) run(r run) app.UI {
	x := c.IndexValue
	switch {
	case r.Group != "":
		g := x.group[r.Group]
		title := x.hoverTitle(g, c.DocValue.Name)
		m := app.Mark().Class("hl", colourClass(x.colour[r.Group])).
			DataSet("group", r.Group).DataSet("quote", r.Quote).TabIndex(-1)
		if r.First {
			// The group's number, shown before the occurrence by the
			// style sheet: two groups never look alike.
			m = m.DataSet("n", x.number(r.Group))
		}
		if class, v, label := x.checkMark(c.DocValue.Name, r.Quote); v != "" {
			m, title = m.Class("checked", class).DataSet("verdict", v).Aria("label", r.Text+" ("+label+")"), title+"\n"+label
		}
		return m.Title(title).Text(r.Text)
	case r.Solo:
		title := "Quotation found in this source only"
		if dup := c.DocValue.DuplicateOf; dup != "" {
			title = "Quotation (this file repeats " + dup + ")"
		}
		sp := app.Span().Class("hl-solo").DataSet("quote", r.Quote)
		if class, v, label := x.checkMark(c.DocValue.Name, r.Quote); v != "" {
			sp, title = sp.Class("checked", class).DataSet("verdict", v).Aria("label", r.Text+" ("+label+")"), title+"\n"+label
		}
		return sp.Title(title).Text(r.Text)
	}
	return app.Text(r.Text)
}

// colourClass returns the classes of look i (see assignLooks): its
// colour, and for the second set the dashed underline.
func colourClass(i int) string {
	c := "hl-c" + strconv.Itoa(i%paletteSize)
	if (i/paletteSize)%lookStyles == 1 {
		c += " hl-u"
	}
	return c
}

// safeLink allows only web links: a javascript: URL in a file must never
// become a clickable link.
func safeLink(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")
}

func linkHost(s string) string {
	h := s[strings.Index(s, "//")+2:]
	if i := strings.IndexAny(h, "/?#"); i >= 0 {
		h = h[:i]
	}
	return h
}
