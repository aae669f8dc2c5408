package app

import (
	"fmt"
	"unicode/utf8"

	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Export kinds, also the suffix of each button's id. The exports are made
// by the engine's worker (see engineproto.OpExport): encoding a large
// report takes seconds the page's thread must not spend.
const (
	exportJSON     = engineproto.ExportJSON
	exportWebAnno  = engineproto.ExportWebAnno
	exportMarkdown = engineproto.ExportMarkdown
	exportCSV      = engineproto.ExportCSV
)

var exportMIME = map[engineproto.ExportKind]string{
	exportJSON:     "application/json",
	exportWebAnno:  "application/ld+json",
	exportMarkdown: "text/markdown",
	exportCSV:      "text/csv",
}

// exportShown is the most of an export's text the box shows: a report of
// tens of megabytes in a text box would hold the page for seconds. The
// download has all of it.
const exportShown = 1 << 20

// shownText returns text cut to exportShown bytes (at a character
// boundary), with a line saying so when it was cut.
func shownText(text string) string {
	if len(text) <= exportShown {
		return text
	}
	cut := exportShown
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut] + fmt.Sprintf("\n\n… (the first %d KB of %d KB are shown here; the downloaded file has all of it)", cut>>10, len(text)>>10)
}

// exportPanel offers the four exports. Each click downloads a file and
// also shows the text in a read-only box; Markdown is previewed as well.
type exportPanel struct {
	app.Compo

	KindValue     engineproto.ExportKind
	TextValue     string
	PreviewValue  string
	DisabledValue bool
	onExport      func(ctx app.Context, kind engineproto.ExportKind)
}

func newExportPanel() *exportPanel { return &exportPanel{} }

// Kind sets the export shown.
func (c *exportPanel) Kind(v engineproto.ExportKind) *exportPanel { c.KindValue = v; return c }

// Text sets the exported text shown, see shownText.
func (c *exportPanel) Text(v string) *exportPanel { c.TextValue = v; return c }

// Preview sets the Markdown preview HTML, made by markdownHTML.
func (c *exportPanel) Preview(v string) *exportPanel { c.PreviewValue = v; return c }

// Disabled sets whether there is anything to export.
func (c *exportPanel) Disabled(v bool) *exportPanel { c.DisabledValue = v; return c }

// OnExport sets the handler called with the chosen kind.
func (c *exportPanel) OnExport(h func(ctx app.Context, kind engineproto.ExportKind)) *exportPanel {
	c.onExport = h
	return c
}

func (c *exportPanel) button(kind engineproto.ExportKind, label, title string) app.UI {
	cls := "btn"
	if kind == c.KindValue {
		cls += " active"
	}
	return app.Button().ID("export-" + string(kind)).Class(cls).Title(title).Disabled(c.DisabledValue).Text(label).
		OnClick(func(ctx app.Context, e app.Event) {
			if c.onExport != nil {
				c.onExport(ctx, kind)
			}
		})
}

func (c *exportPanel) Render() app.UI {
	return app.Section().ID("export").Class("export").TabIndex(-1).Aria("label", "Export").Body(
		app.H2().Text("Export"),
		app.Div().Class("row").Body(
			c.button(exportJSON, "JSON report", "The full report, as the command line writes it"),
			c.button(exportWebAnno, "Web Annotations", "W3C Web Annotation JSON-LD, one annotation per highlight"),
			c.button(exportMarkdown, "Markdown", "A readable summary"),
			c.button(exportCSV, "CSV", "One row per rendering of each shared item, for a spreadsheet: group, kind, relation, similarity, source title and link, speaker, text"),
		),
		app.Label().For("export-output").Class("visually-hidden").Text("Exported text"),
		app.Textarea().ID("export-output").ReadOnly(true).Rows(10).Hidden(c.TextValue == "").
			Placeholder("The exported text appears here.").Text(c.TextValue),
		app.If(c.PreviewValue != "", func() app.UI {
			// The one use of Raw: goldmark output with raw HTML omitted.
			return app.Raw(`<div id="md-preview" class="md-preview" aria-label="Markdown preview">` + c.PreviewValue + `</div>`)
		}).Else(func() app.UI {
			return app.Div().ID("md-preview").Class("md-preview empty").Aria("label", "Markdown preview")
		}),
	)
}
