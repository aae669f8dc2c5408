package app

import (
	"bytes"
	"encoding/json"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/yuin/goldmark"
)

// Export kinds, also the suffix of each button's id.
const (
	exportJSON     = "json"
	exportWebAnno  = "webanno"
	exportMarkdown = "md"
)

var exportMIME = map[string]string{
	exportJSON:     "application/json",
	exportWebAnno:  "application/ld+json",
	exportMarkdown: "text/markdown",
}

// exportReport renders r in the given kind and returns the download's file
// name, the text, and for Markdown the preview HTML.
func exportReport(r *annotations.Report, kind string) (name, text, preview string) {
	switch kind {
	case exportJSON:
		// The same bytes as the command line's JSON output.
		b, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			return "", "", ""
		}
		return "crossquote-report.json", string(b), ""
	case exportWebAnno:
		b, err := json.MarshalIndent(r.WebAnnotations(), "", "  ")
		if err != nil {
			return "", "", ""
		}
		return "crossquote-annotations.jsonld", string(b), ""
	case exportMarkdown:
		md := r.Markdown()
		return "crossquote-report.md", md, markdownHTML(md)
	}
	return "", "", ""
}

// markdownHTML renders Markdown with goldmark's defaults, which omit raw
// HTML and drop dangerous link targets: article text quoted in the report
// can never become markup.
func markdownHTML(md string) string {
	var b bytes.Buffer
	if err := goldmark.Convert([]byte(md), &b); err != nil {
		return ""
	}
	return b.String()
}

// exportPanel offers the three exports. Each click downloads a file and
// also shows the text in a read-only box; Markdown is previewed as well.
type exportPanel struct {
	app.Compo

	KindValue     string
	TextValue     string
	PreviewValue  string
	DisabledValue bool
	OnExportFunc  func(ctx app.Context, kind string)
}

func newExportPanel() *exportPanel { return &exportPanel{} }

// Kind sets the export shown.
func (c *exportPanel) Kind(v string) *exportPanel { c.KindValue = v; return c }

// Text sets the exported text.
func (c *exportPanel) Text(v string) *exportPanel { c.TextValue = v; return c }

// Preview sets the Markdown preview HTML, made by markdownHTML.
func (c *exportPanel) Preview(v string) *exportPanel { c.PreviewValue = v; return c }

// Disabled sets whether there is anything to export.
func (c *exportPanel) Disabled(v bool) *exportPanel { c.DisabledValue = v; return c }

// OnExport sets the handler called with the chosen kind.
func (c *exportPanel) OnExport(h func(ctx app.Context, kind string)) *exportPanel {
	c.OnExportFunc = h
	return c
}

func (c *exportPanel) button(kind, label, title string) app.UI {
	cls := "btn"
	if kind == c.KindValue {
		cls += " active"
	}
	return app.Button().ID("export-" + kind).Class(cls).Title(title).Disabled(c.DisabledValue).Text(label).
		OnClick(func(ctx app.Context, e app.Event) {
			if c.OnExportFunc != nil {
				c.OnExportFunc(ctx, kind)
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
