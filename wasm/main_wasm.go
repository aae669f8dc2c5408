//go:build wasm

package main

import (
	"github.com/crossquote/crossquote/app"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// main runs the page in the browser tab.
func main() {
	app.ShieldStorage() // before go-app starts: it reads localStorage
	app.Routes()
	goapp.RunWhenOnBrowser()
}
