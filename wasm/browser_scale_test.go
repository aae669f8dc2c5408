//go:build !wasm

package main

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/crossquote/crossquote/annotations/synth"
)

// The page's bounds, from package app (pageSources, pageGroups,
// pageChoices): a change there must be seen here.
const (
	pageSources = 50
	pageGroups  = 12
	pageChoices = 60
)

// TestBrowserManySources drops a synthetic story of more sources than the
// page lists at once and checks that it renders only what is shown: one
// page of the source list (the next page on request), a bounded groups
// panel, coverage chart and compare menus, and one document in the reader.
func TestBrowserManySources(t *testing.T) {
	const n = 130
	files, _ := synth.Generate(1, n)
	tp := openTab(t)
	tp.dropFiles(writeFiles(t, files))
	// Done: the status no longer says the page is busy, the pager
	// counts every file, and the panels below the reader, which follow
	// it a few browser tasks later, have a source to compare and the
	// last of them, coverage, a row.
	tabWait[bool](tp, "the analysis of the dropped files", `(() => {
		const st = document.getElementById('status').textContent;
		const pager = document.querySelector('.sources .pager');
		return !/^(Analys|Reading)/.test(st) && !!pager && pager.textContent.includes('of 130') &&
			document.querySelectorAll('#compare-a option').length > 0 &&
			document.querySelectorAll('#coverage table.grid:not(.pairs) tbody tr').length > 0;
	})()`)
	type counts struct {
		Rows, Groups, Options, Documents, Coverage int
		First                                      string
		More                                       bool
	}
	count := func() counts {
		return tabEval[counts](tp, `({
			Rows: document.querySelectorAll('[data-remove-document]').length,
			First: (document.querySelector('[data-remove-document]') || {}).dataset?.removeDocument || '',
			Groups: document.querySelectorAll('#groups [data-group-item]').length,
			More: !!document.getElementById('groups-more'),
			Options: Math.max(document.querySelectorAll('#compare-a option').length, document.querySelectorAll('#compare-b option').length),
			Documents: document.querySelectorAll('#reader [data-document]').length,
			Coverage: document.querySelectorAll('#coverage table.grid:not(.pairs) tbody tr').length,
		})`)
	}
	c := count()
	if c.Rows != pageSources || c.First != files[0].Name {
		t.Errorf("the source list shows %d rows starting with %q, want the first page: %d rows from %s", c.Rows, c.First, pageSources, files[0].Name)
	}
	if c.Groups == 0 || c.Groups > pageGroups {
		t.Errorf("the groups panel lists %d groups, want 1 to %d", c.Groups, pageGroups)
	}
	if c.Options == 0 || c.Options > pageChoices {
		t.Errorf("a compare menu offers %d sources, want 1 to %d", c.Options, pageChoices)
	}
	if c.Documents != 1 {
		t.Errorf("the reader renders %d documents, want 1", c.Documents)
	}
	if c.Coverage == 0 || c.Coverage > pageGroups {
		t.Errorf("the coverage chart has %d rows, want 1 to %d", c.Coverage, pageGroups)
	}
	tp.do(actionTimeout, chromedp.Click(chromedp.ID("sources-next")))
	tabWait[bool](tp, "the second page of sources", `document.querySelector('[data-remove-document]').dataset.removeDocument === `+jsString(files[pageSources].Name))
	if c.More {
		before := c.Groups
		tp.do(actionTimeout, chromedp.Click(chromedp.ID("groups-more")))
		tabWait[bool](tp, "more groups", `document.querySelectorAll('#groups [data-group-item]').length > `+strconv.Itoa(before))
	}
}
