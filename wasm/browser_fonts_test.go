//go:build !wasm

package main

import (
	"slices"
	"testing"
)

// fontsShownJS lists the fonts the page shows text in, outside the
// specimen, as "family|size|weight|style", each with an element that
// shows it; fontsOfSpecimenJS lists the specimen's.
const (
	fontKeyJS    = `const key = el => { const cs = getComputedStyle(el); return [cs.fontFamily, cs.fontSize, cs.fontWeight, cs.fontStyle].join('|'); };`
	fontsShownJS = `(() => { ` + fontKeyJS + `
		const out = {};
		for (const el of document.querySelectorAll('body *')) {
			if (el.closest('.specimen') || !el.getClientRects().length) continue;
			if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
			out[key(el)] = (el.className ? el.tagName + '.' + el.className : el.tagName) + ': ' + el.textContent.trim().slice(0, 30);
		}
		return out;
	})()`
	fontsOfSpecimenJS = `(() => { ` + fontKeyJS + ` return [...document.querySelectorAll('.specimen span')].map(key); })()`
)

// TestBrowserFontsInSpecimen checks that every font the page shows, in
// every view, after a drop and with an original marked, is one the hidden
// specimen has the browser look up as the page loads (see specimen in the
// app): a font missing from it is looked up in the layout of the drop
// that first shows it, on the main thread.
func TestBrowserFontsInSpecimen(t *testing.T) {
	tp := openTab(t)
	specimen := tabEval[[]string](tp, fontsOfSpecimenJS)
	if len(specimen) < 10 {
		t.Fatalf("the specimen shows %d fonts", len(specimen))
	}
	shown := tabEval[map[string]string](tp, fontsShownJS)

	tp.uploadFiles(originalPaths(t))
	tp.waitDocuments(originalFixtures)
	tp.markOriginal("statement.txt")
	tabWait[bool](tp, "the checked quotations", `!!document.querySelector('#fidelity-summary [data-fidelity-row]') && !!document.querySelector('#coverage .grid')`)
	tp.export("md", `v.trim().startsWith('#')`)
	tabWait[bool](tp, "the Markdown preview", `!!document.querySelector('#md-preview h1, #md-preview h2')`)
	for k, v := range tabEval[map[string]string](tp, fontsShownJS) {
		shown[k] = v
	}

	if len(shown) < 8 {
		t.Fatalf("the page shows text in %d fonts: the views did not render", len(shown))
	}
	for font, where := range shown {
		if !slices.Contains(specimen, font) {
			t.Errorf("the page shows %s (in %s), which the specimen lacks", font, where)
		}
	}
}
