package app

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// settingsPanel holds the matching controls (tolerance, minimum length) and
// the switch that shows removed boilerplate. Changes apply at once; a
// value that cannot be used is refused with a line saying why.
type settingsPanel struct {
	app.Compo

	SettingsValue settings
	ErrorsValue   map[string]string
	// onChange receives a field's id and text, which the session
	// checks, or an edit rather than whole settings: two quick changes
	// must not overwrite each other with a stale copy.
	onChange func(ctx app.Context, field, text string, edit func(*settings))
}

func newSettingsPanel() *settingsPanel { return &settingsPanel{} }

// Settings sets the values shown.
func (c *settingsPanel) Settings(s settings) *settingsPanel { c.SettingsValue = s; return c }

// Errors sets what is wrong with the text of each field, by field id.
func (c *settingsPanel) Errors(e map[string]string) *settingsPanel { c.ErrorsValue = e; return c }

// OnChange sets the handler called with each edit of the settings.
func (c *settingsPanel) OnChange(h func(ctx app.Context, field, text string, edit func(*settings))) *settingsPanel {
	c.onChange = h
	return c
}

func (c *settingsPanel) changed(ctx app.Context, field, text string, edit func(*settings)) {
	if c.onChange != nil {
		c.onChange(ctx, field, text, edit)
	}
}

func (c *settingsPanel) onTolerance(ctx app.Context, e app.Event) {
	c.changed(ctx, "tolerance", ctx.JSSrc().Get("value").String(), nil)
}

func (c *settingsPanel) onMinWords(ctx app.Context, e app.Event) {
	c.changed(ctx, "min-words", ctx.JSSrc().Get("value").String(), nil)
}

func (c *settingsPanel) onShowRemoved(ctx app.Context, e app.Event) {
	on := ctx.JSSrc().Get("checked").Bool()
	c.changed(ctx, "", "", func(s *settings) { s.ShowRemoved = on })
}

// fieldError is the line under field id saying what is wrong, if anything.
func (c *settingsPanel) fieldError(id string) app.UI {
	msg := c.ErrorsValue[id]
	return app.P().ID(id+"-error").Class("field-error").Aria("live", "polite").Hidden(msg == "").Text(msg)
}

func (c *settingsPanel) Render() app.UI {
	s := c.SettingsValue
	tol := int(s.Tolerance*100 + 0.5)
	minWords := app.Input().ID("min-words").Type("number").Min(minMinWords).Max(maxMinWords).Step(1).Value(s.MinWords).
		Aria("describedby", "min-words-error").
		OnInput(c.onMinWords).OnChange(c.onMinWords)
	if c.ErrorsValue["min-words"] != "" {
		minWords = minWords.Aria("invalid", "true")
	}
	return app.Section().Class("panel settings").Aria("label", "Settings").Body(
		app.H2().Text("Matching"),
		app.Div().Class("field").Body(
			app.Label().For("tolerance").Body(
				app.Text("Tolerance"),
				app.Output().For("tolerance").Class("value").Text(fmt.Sprintf("%d%%", tol)),
			),
			// Whole percents: go-app may set value before min, max and step, and
			// an integer survives the browser's clamping to the default step.
			// The slider stops at the tolerance past which groups stop
			// being meaningful.
			app.Input().ID("tolerance").Type("range").Min(0).Max(maxTolerancePercent).Step(1).Value(tol).
				Aria("valuetext", fmt.Sprintf("%d%%", tol)).
				Aria("describedby", "tolerance-help").
				OnInput(c.onTolerance).OnChange(c.onTolerance),
			app.P().ID("tolerance-help").Class("hint").Text(fmt.Sprintf("How different two renderings of a remark may be and still count as one. 0%% means exact; past %d%% unrelated remarks would join.", maxTolerancePercent)),
			c.fieldError("tolerance"),
		),
		app.Div().Class("field").Body(
			app.Label().For("min-words").Text("Minimum words for fuzzy matching"),
			minWords,
			c.fieldError("min-words"),
		),
		app.Div().Class("field check").Body(
			app.Input().ID("show-removed").Type("checkbox").Checked(s.ShowRemoved).
				OnChange(c.onShowRemoved),
			app.Label().For("show-removed").Text("Show removed boilerplate in place"),
		),
	)
}

func plural2(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
