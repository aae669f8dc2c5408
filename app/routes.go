package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Routes registers the page's routes. Both mains call it: the wasm one to
// run the page, the native one to generate the static site.
func Routes() {
	app.Route("/", func() app.Composer { return newAnnotator() })
	app.Route("/index.html", func() app.Composer { return newAnnotator() })
}
