package app

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// settingsPanel holds the matching controls (tolerance, minimum length) and
// the switch that shows removed boilerplate. Changes apply at once.
type settingsPanel struct {
	app.Compo

	SettingsValue settings
	// OnChangeFunc receives an edit rather than whole settings: two quick
	// changes must not overwrite each other with a stale copy.
	OnChangeFunc func(ctx app.Context, edit func(*settings))
}

func newSettingsPanel() *settingsPanel { return &settingsPanel{} }

// Settings sets the values shown.
func (c *settingsPanel) Settings(s settings) *settingsPanel { c.SettingsValue = s; return c }

// OnChange sets the handler called with each edit of the settings.
func (c *settingsPanel) OnChange(h func(ctx app.Context, edit func(*settings))) *settingsPanel {
	c.OnChangeFunc = h
	return c
}

func (c *settingsPanel) changed(ctx app.Context, edit func(*settings)) {
	if c.OnChangeFunc != nil {
		c.OnChangeFunc(ctx, edit)
	}
}

func (c *settingsPanel) onTolerance(ctx app.Context, e app.Event) {
	if v, err := strconv.ParseFloat(ctx.JSSrc().Get("value").String(), 64); err == nil {
		c.changed(ctx, func(s *settings) { s.Tolerance = v / 100 })
	}
}

func (c *settingsPanel) onMinWords(ctx app.Context, e app.Event) {
	if v, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil {
		c.changed(ctx, func(s *settings) { s.MinWords = v })
	}
}

func (c *settingsPanel) onShowRemoved(ctx app.Context, e app.Event) {
	on := ctx.JSSrc().Get("checked").Bool()
	c.changed(ctx, func(s *settings) { s.ShowRemoved = on })
}

func (c *settingsPanel) Render() app.UI {
	s := c.SettingsValue
	tol := int(s.Tolerance*100 + 0.5)
	return app.Section().Class("panel settings").Aria("label", "Settings").Body(
		app.H2().Text("Matching"),
		app.Div().Class("field").Body(
			app.Label().For("tolerance").Body(
				app.Text("Tolerance"),
				app.Output().For("tolerance").Class("value").Text(fmt.Sprintf("%d%%", tol)),
			),
			// Whole percents: go-app may set value before min, max and step, and
			// an integer survives the browser's clamping to the default step.
			app.Input().ID("tolerance").Type("range").Min(0).Max(100).Step(1).Value(tol).
				Aria("valuetext", fmt.Sprintf("%d%%", tol)).
				Aria("describedby", "tolerance-help").
				OnInput(c.onTolerance).OnChange(c.onTolerance),
			app.P().ID("tolerance-help").Class("hint").Text("How different two renderings of a remark may be and still count as one. 0% means exact."),
		),
		app.Div().Class("field").Body(
			app.Label().For("min-words").Text("Minimum words for fuzzy matching"),
			app.Input().ID("min-words").Type("number").Min(1).Max(50).Step(1).Value(s.MinWords).
				OnInput(c.onMinWords).OnChange(c.onMinWords),
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
