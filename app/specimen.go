package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// specimenFonts are the fonts the page shows, as the specimen's classes
// (see the type scale in crossquote.css): family, size, weight and style.
var specimenFonts = []string{
	"xs", "xs bold", "sm", "sm bold", "sm italic", "", "bold", "lg", "lg bold", "xl bold",
	"serif sm", "serif", "serif bold", "serif lg", "serif lg bold", "serif xl bold",
	"mono xs",
}

// specimenText holds the page's own marks beside letters and digits, so
// that a mark missing from a font is looked up ahead too.
const specimenText = "Aa 0 · … – — × ☆ ★ ‹ › → • ● “ ” « »"

// specimen renders a hidden line in each of specimenFonts. On a slow
// machine every font the browser meets for the first time cost a
// synchronous lookup of 25–280 ms in the layout that shows it; the
// specimen, part of the pre-rendered page, has them looked up while the
// app loads rather than when a drop first shows a document, a group or a
// badge.
func specimen() app.UI {
	lines := make([]app.UI, len(specimenFonts))
	for i, f := range specimenFonts {
		lines[i] = app.Span().Class(f).Text(specimenText)
	}
	return app.Div().Class("specimen").Aria("hidden", "true").Body(lines...)
}
