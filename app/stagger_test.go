package app

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestPanelsShown: each panel beside and below the reader renders the
// index it was brought up to, so one still held back at the empty index
// shows nothing of a result the others show, until it catches up.
func TestPanelsShown(t *testing.T) {
	a := analysed(t, story(t))
	empty := newReportIndex(nil)
	a.shown[coveragePanelShown], a.shown[speakersPanelShown] = empty, empty
	html := app.HTMLString(a)
	if !strings.Contains(section(html, "coverage"), "needs at least two sources") {
		t.Error("held back at the empty index, the coverage panel shows the new result")
	}
	if !strings.Contains(section(html, "groups"), `data-group="`) {
		t.Error("the groups panel, brought up to the index, shows no group")
	}
	a.catchUp()
	if strings.Contains(section(app.HTMLString(a), "coverage"), "needs at least two sources") {
		t.Error("caught up, the coverage panel still shows the empty index")
	}
}
