package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// intake holds the ways to add sources: a file picker, a paste box, the
// example story, and "clear all". Dropping files anywhere on the page is
// handled by the annotator itself.
type intake struct {
	app.Compo

	onFiles   app.EventHandler
	onPaste   func(ctx app.Context, text string)
	onExample app.EventHandler
	onClear   app.EventHandler
	// AskExampleValue says the page is asking whether the example joins
	// the reader's sources or replaces them; onAnswer takes the answer.
	AskExampleValue bool
	onAnswer        func(ctx app.Context, add, replace bool)

	paste string
}

func newIntake() *intake { return &intake{} }

// OnFiles sets the handler of the file picker's change event.
func (c *intake) OnFiles(h app.EventHandler) *intake { c.onFiles = h; return c }

// OnPaste sets the handler called with pasted text.
func (c *intake) OnPaste(h func(ctx app.Context, text string)) *intake {
	c.onPaste = h
	return c
}

// OnExample sets the handler of the example button.
func (c *intake) OnExample(h app.EventHandler) *intake { c.onExample = h; return c }

// AskExample sets whether the example's question is shown.
func (c *intake) AskExample(v bool) *intake { c.AskExampleValue = v; return c }

// OnExampleAnswer sets the handler of the answers to the example's question.
func (c *intake) OnExampleAnswer(h func(ctx app.Context, add, replace bool)) *intake {
	c.onAnswer = h
	return c
}

func (c *intake) answer(add, replace bool) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if c.onAnswer != nil {
			c.onAnswer(ctx, add, replace)
		}
	}
}

// OnClear sets the handler of the clear-all button.
func (c *intake) OnClear(h app.EventHandler) *intake { c.onClear = h; return c }

func (c *intake) onPasteInput(ctx app.Context, e app.Event) {
	c.paste = ctx.JSSrc().Get("value").String()
}

func (c *intake) onPasteAdd(ctx app.Context, e app.Event) {
	text := c.paste
	if v := app.Window().GetElementByID("paste-text"); v.Truthy() {
		text = v.Get("value").String() // also catches text set without an input event
	}
	if c.onPaste != nil {
		c.onPaste(ctx, text)
	}
	if text != "" {
		c.paste = ""
		if v := app.Window().GetElementByID("paste-text"); v.Truthy() {
			v.Set("value", "")
		}
	}
}

func (c *intake) Render() app.UI {
	return app.Section().Class("panel intake").Aria("label", "Add sources").Body(
		app.H2().Text("Sources"),
		app.Div().Class("row").Body(
			// The input comes first so CSS can show its keyboard focus on the
			// label that stands in for it.
			app.Input().ID("file-input").Class("visually-hidden").Type("file").Multiple(true).
				Accept(".txt,.md,.markdown,.html,.htm,text/*").
				Aria("label", "Add article files").
				OnChange(c.onFiles),
			app.Label().Class("btn primary file").For("file-input").Body(
				app.Text("Add files…"),
			),
			app.Button().ID("load-example").Class("btn").Text("Example").
				Title("Load a short fictional story told by four invented outlets").
				OnClick(c.onExample),
		),
		app.If(c.AskExampleValue, func() app.UI {
			return app.Div().ID("example-question").Class("question").Aria("live", "polite").Body(
				app.P().Text("The example is a fictional story. Mixed with your sources it would be grouped with them."),
				app.Div().Class("row").Body(
					app.Button().ID("example-replace").Class("btn").Text("Open it instead").
						Title("Your sources are put aside; Undo brings them back").OnClick(c.answer(false, true)),
					app.Button().ID("example-add").Class("btn subtle").Text("Add it to my sources").OnClick(c.answer(true, false)),
					app.Button().ID("example-cancel").Class("btn subtle").Text("Cancel").OnClick(c.answer(false, false)),
				),
			)
		}),
		app.P().Class("hint").Text("…or drop .txt, .md or .html files anywhere on the page."),
		app.Details().Class("paste").Body(
			app.Summary().Text("Paste an article"),
			app.Label().For("paste-text").Class("visually-hidden").Text("Article text"),
			app.Textarea().ID("paste-text").Rows(6).Placeholder("Paste the text of an article here").
				OnInput(c.onPasteInput).Text(c.paste),
			app.Button().ID("paste-add").Class("btn").Text("Add pasted text").OnClick(c.onPasteAdd),
		),
		app.Button().ID("clear-all").Class("btn subtle danger").Text("Clear all").
			Title("Remove every source and forget the stored workspace").
			OnClick(c.onClear),
	)
}
