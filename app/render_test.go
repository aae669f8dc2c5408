package app

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The tests in this file render the page natively (go-app writes the HTML
// a component makes, the way the static site is pre-rendered) from a
// session driven through the engine's worker, and check what the reader
// would see.

// analysed returns a page whose session holds files, analysed, with the
// panels beside the reader caught up (as afterGroups does a task later).
func analysed(t *testing.T, files []annotations.File) *annotator {
	t.Helper()
	a, e := newAnnotator(), newEngine(t)
	req, data := a.add(files)
	e.send(&a.session, a.request(req, true), data)
	a.catchUp()
	return a
}

// section returns the HTML of the element with id, up to the next
// section, main or aside of the page.
func section(html, id string) string {
	i := strings.Index(html, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	rest := html[i:]
	end := len(rest)
	for _, stop := range []string{"\n        <section ", "\n        </main>", "</section>\n          <section"} {
		if j := strings.Index(rest[1:], stop); j >= 0 && j+1 < end {
			end = j + 1
		}
	}
	return rest[:end]
}

// tagWith returns the start tag that holds attr.
func tagWith(html, attr string) string {
	i := strings.Index(html, attr)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(html[:i], "<")
	end := strings.Index(html[i:], ">")
	return html[start : i+end+1]
}

// TestRenderEmpty: a page without files invites the reader to add some,
// and offers no export.
func TestRenderEmpty(t *testing.T) {
	html := app.HTMLString(newAnnotator())
	for _, want := range []string{"Compare how outlets quote the same story", "No sources yet.", "The files you add are listed here."} {
		if !strings.Contains(html, want) {
			t.Errorf("the empty page lacks %q", want)
		}
	}
	if tag := tagWith(html, `id="export-json"`); !strings.Contains(tag, " disabled") {
		t.Errorf("the JSON export is not disabled on an empty page:\n%s", section(html, "export"))
	}
	if strings.Contains(html, `class="workspace"`) {
		t.Error("the empty page shows a reader")
	}
}

// TestRenderStory renders the analysed example story: every file is listed,
// the reader shows the selected document with each shared quotation it
// holds highlighted, and the shared list, the comparison and the coverage
// grid show the groups.
func TestRenderStory(t *testing.T) {
	files := story(t)
	a := analysed(t, files)
	html := app.HTMLString(a)
	for _, f := range files {
		if !strings.Contains(html, `data-show-document="`+f.Name+`"`) {
			t.Errorf("%s is not listed among the sources", f.Name)
		}
	}
	if !strings.Contains(html, a.status) || !strings.HasPrefix(a.status, "4 sources") {
		t.Errorf("the status %q is not shown", a.status)
	}
	reader := section(html, "reader")
	if !strings.Contains(reader, `data-document="`+a.selected+`"`) {
		t.Fatalf("the reader does not show %s:\n%.500s", a.selected, reader)
	}
	inReader := 0
	for _, g := range a.report.Groups {
		has := contains(a.index.sources[g.ID], a.selected)
		shown := strings.Contains(reader, `data-group="`+g.ID+`"`)
		if has != shown {
			t.Errorf("group %s: in %s %v, highlighted in the reader %v", g.ID, a.selected, has, shown)
		}
		if has {
			inReader++
		}
		if _, copied := a.index.collapsed[g.ID]; !copied && !strings.Contains(html, `data-group-item="`+g.ID+`"`) {
			t.Errorf("group %s is not in the shared list", g.ID)
		}
	}
	if inReader == 0 {
		t.Error("the document shown has no shared quotation: the test checks no highlight")
	}
	compare := section(html, "compare")
	rows := 0
	for _, g := range a.report.Groups {
		_, l := a.index.member(&g, a.compareA)
		_, r := a.index.member(&g, a.compareB)
		if l && r {
			rows++
			if !strings.Contains(compare, `data-group-row="`+g.ID+`"`) {
				t.Errorf("group %s, shared by %s and %s, has no row in the comparison", g.ID, a.compareA, a.compareB)
			}
		}
	}
	if rows == 0 && !strings.Contains(compare, "share no quotation") {
		t.Error("the comparison neither aligns nor says there is nothing to align")
	}
	if cov := section(html, "coverage"); !strings.Contains(cov, "How much of each row") || !strings.Contains(cov, "data-share=") || strings.Count(cov, `class="yes"`) < 2 {
		t.Errorf("the coverage grid does not chart the groups:\n%.800s", cov)
	}
}

// TestRenderPending: while files are analysed the list says so, and a
// file that could not be read says that instead.
func TestRenderPending(t *testing.T) {
	a := newAnnotator()
	a.add(story(t))
	html := app.HTMLString(a)
	if n := strings.Count(html, "analysing…"); n != 4 {
		t.Errorf("%d files say they are being analysed, want 4", n)
	}
	b := analysed(t, append(story(t), annotations.File{Name: "noise.bin", Data: []byte{0, 1, 2, 0xff, 0xfe, 0}}))
	html = app.HTMLString(b)
	if !strings.Contains(html, "could not be read") || !strings.Contains(section(html, "messages"), "noise.bin") {
		t.Errorf("the unreadable file is not marked, or its message not shown:\n%s", section(html, "messages"))
	}
}

// TestRenderHostileText: markup and script in an article are shown as
// text, never made elements, whether plain or highlighted, and a
// javascript: link is not a link.
func TestRenderHostileText(t *testing.T) {
	text := "Tricks <b>and</b> traps\n\n\"<script>alert('boo')</script> is what we found,\" said the clerk.\n\n<img src=x onerror=alert(1)>"
	para := func(s string) annotations.Span {
		i := strings.Index(text, s)
		return annotations.Span{Start: i, End: i + len(s)}
	}
	q := para("\"<script>alert('boo')</script> is what we found,\"")
	d := &annotations.Document{Name: "hostile.txt", Title: "<i>Title</i>", Link: "javascript:alert(2)", Text: text,
		Kept:   []annotations.Span{para("Tricks <b>and</b> traps"), para(text[q.Start:]), para("<img src=x onerror=alert(1)>")},
		Quotes: []annotations.Quote{{ID: "q1", Span: q}}}
	x := newReportIndex(&annotations.Report{Documents: []*annotations.Document{d}})
	html := app.HTMLString(newDocumentView().Doc(d).Index(x))
	// The title is also an aria-label, which go-app's native writer
	// leaves unescaped (the browser sets attributes, never parses them):
	// elements are looked for outside attribute values.
	elements := regexp.MustCompile(`="[^"]*"`).ReplaceAllString(html, `=""`)
	for _, bad := range []string{"<script", "<img", "<b>", "<i>"} {
		if strings.Contains(elements, bad) {
			t.Errorf("the page renders %q from the article as markup", bad)
		}
	}
	if strings.Contains(html, `href="javascript:`) {
		t.Error("a javascript: URL became a link")
	}
	for _, want := range []string{"&lt;script&gt;", "&lt;img src=x", "&lt;b&gt;and", `class="hl-solo"`, "javascript:alert(2)", `<h2 class="doc-title">&lt;i&gt;Title`} {
		if !strings.Contains(html, want) {
			t.Errorf("the reader lacks %q:\n%s", want, html)
		}
	}
}

// TestRenderRemoved: the switch shows removed boilerplate in place.
func TestRenderRemoved(t *testing.T) {
	a := analysed(t, story(t))
	if strings.Contains(app.HTMLString(a), "data-removed=") {
		t.Error("removed text is shown with the switch off")
	}
	a.changeSettings(func(s *settings) { s.ShowRemoved = true })
	html := app.HTMLString(a)
	if !strings.Contains(section(html, "reader"), "data-removed=") {
		t.Error("removed text is not shown with the switch on")
	}
	if !strings.Contains(html, `id="show-removed"`) {
		t.Error("the settings panel has no removed-text switch")
	}
}

// TestRenderManySources lists many files a page at a time.
func TestRenderManySources(t *testing.T) {
	var files []annotations.File
	for i := range 120 {
		files = append(files, annotations.File{Name: fmt.Sprintf("note-%03d.txt", i), Data: []byte(fmt.Sprintf("Note %d\n\nNothing was said on day %d.\n", i, i))})
	}
	a := newAnnotator()
	a.add(files)
	html := app.HTMLString(a)
	if n := strings.Count(html, "data-show-document="); n != sourcePage {
		t.Errorf("%d sources listed, want a page of %d", n, sourcePage)
	}
	if !strings.Contains(html, "1–50 of 120") || !strings.Contains(html, `id="sources-next"`) {
		t.Error("the source list has no pager")
	}
}

// TestRenderExport shows the chosen export: the text, and for Markdown a
// preview made of goldmark's safe HTML.
func TestRenderExport(t *testing.T) {
	a := analysed(t, story(t))
	e := newEngine(t)
	e.send(&a.session, a.request(engineproto.Request{Op: engineproto.OpRegroup}, false), nil)
	seq, replies := e.run(a.chooseExport(exportMarkdown), nil)
	a.sentExport(seq)
	a.exported(replies[0])
	html := app.HTMLString(a)
	exp := section(html, "export")
	if !strings.Contains(exp, `id="md-preview" class="md-preview"`) || !strings.Contains(exp, "<h") {
		t.Errorf("no Markdown preview:\n%.600s", exp)
	}
	if !strings.Contains(exp, `class="btn active"`) || !strings.Contains(exp, "crossquote") {
		t.Errorf("the Markdown button is not active or the text missing:\n%.600s", exp)
	}
}

// TestRenderLargeStory renders a story told by more sources than the
// panels show whole: the compare pickers offer maxChoices sources each,
// the coverage lists the pairs that share most instead of a grid, and the
// shared list shows its first groups with a button for more.
func TestRenderLargeStory(t *testing.T) {
	const n = maxChoices + 5
	quotes := []string{
		"We will open the new library on the first of May, and everyone in the valley is welcome to come",
		"The reading room stays open until midnight on Fridays so that shift workers can use it too",
	}
	words := strings.Fields("oak harbour maps lanterns weather ferries orchards salt mills bridges kites tides owls glass wool")
	var files []annotations.File
	for i := range n {
		body := fmt.Sprintf("Library news %d\n\nThe town council met on day %d to talk about the roof.\n\n\"%s,\" said the librarian Ada Fenn.\n", i, i, quotes[0])
		if i%2 == 0 {
			body += fmt.Sprintf("\n\"%s,\" she added.\n", quotes[1])
		}
		for g := range groupsShown + 1 {
			if i%(g+3) == 0 {
				body += fmt.Sprintf("\n\"The %s shelf will hold %s about the %s, and children may borrow them for a %s,\" said the keeper Ivo Brant.\n",
					words[g%len(words)], words[(g+3)%len(words)], words[(g+7)%len(words)], words[(g+11)%len(words)])
			}
		}
		files = append(files, annotations.File{Name: fmt.Sprintf("library-%02d.txt", i), Data: []byte(body)})
	}
	a := analysed(t, files)
	if len(a.index.matched) != n || len(a.report.Groups) <= groupsShown {
		t.Fatalf("%d sources and %d groups: the story is too small to test the limits", len(a.index.matched), len(a.report.Groups))
	}
	html := app.HTMLString(a)
	compare := section(html, "compare")
	i := strings.Index(compare, `id="compare-b"`)
	if i < 0 {
		t.Fatalf("no right-hand picker:\n%.600s", compare)
	}
	right, _, _ := strings.Cut(compare[i:], "</select>")
	for side, picker := range map[string]string{"left": compare[:i], "right": right} {
		// The source shown is always offered, with the others that share most.
		if got := strings.Count(picker, "<option "); got < maxChoices-1 || got > maxChoices {
			t.Errorf("the %s picker offers %d sources, want at most %d", side, got, maxChoices)
		}
	}
	cov := section(html, "coverage")
	if !strings.Contains(cov, fmt.Sprintf("(%d sources are too many for a grid)", n)) || !strings.Contains(cov, "Who used which quotation: the first") {
		t.Errorf("the coverage does not say it shows part of the story:\n%.600s", cov)
	}
	if pairs := a.index.topPairs(30); len(pairs) == 0 || pairs[0].n < pairs[len(pairs)-1].n {
		t.Errorf("top pairs not sorted most first: %+v", pairs)
	}
	if !strings.Contains(html, `id="groups-more"`) || strings.Count(html, "data-group-item=") != groupsShown {
		t.Errorf("the shared list shows %d groups, want %d and a button for more", strings.Count(html, "data-group-item="), groupsShown)
	}
}

// TestRenderLongDocument shows a document of one paragraph with thousands
// of quotations a part at a time, with a pager, and turning the page
// shows the next part.
func TestRenderLongDocument(t *testing.T) {
	d, x := onePara(8000)
	v := newDocumentView().Doc(d).Index(x)
	html := app.HTMLString(v)
	n := len(v.pages)
	if n < 2 {
		t.Fatalf("a document of %d bytes and %d quotations has %d pages", len(d.Text), len(d.Quotes), n)
	}
	if marks := strings.Count(html, "data-quote="); marks == 0 || marks > pageRuns {
		t.Errorf("the first page shows %d quotations; the limit is %d runs", marks, pageRuns)
	}
	if !strings.Contains(html, fmt.Sprintf("Part 1 of %d of this long document", n)) || strings.Contains(html, "q7999") {
		t.Errorf("the first page has no pager, or shows the last quotation")
	}
	// The last quotation is on one of the last two pages (the text after
	// it may begin a page of its own).
	var end string
	for _, p := range []int{n - 2, n - 1} {
		v.page = p
		end += app.HTMLString(v)
	}
	if !strings.Contains(end, `data-quote="q7999"`) || !strings.Contains(end, fmt.Sprintf("Part %d of %d", n, n)) {
		t.Errorf("the last pages do not show the last quotation")
	}
	// Another document starts at its first page.
	d2, x2 := onePara(5000)
	d2.Name = "other.txt"
	v.Doc(d2).Index(x2)
	app.HTMLString(v)
	if v.page != 0 {
		t.Errorf("another document opened at page %d", v.page+1)
	}
}

// TestRenderFocusGroup: asking the reader for a group turns a long
// document to the part that holds it, and asking again turns back to it.
func TestRenderFocusGroup(t *testing.T) {
	d, x := onePara(8000)
	v := newDocumentView().Doc(d).Index(x)
	app.HTMLString(v)
	last := "g7998" // the last group, in one of the last parts
	if !strings.Contains(app.HTMLString(v.Focus(focus{ID: last, N: 1})), `data-group="`+last+`"`) || v.page == 0 {
		t.Fatalf("focusing %s shows part %d, without it", last, v.page+1)
	}
	v.page = 0
	app.HTMLString(v)
	if v.page != 0 {
		t.Error("the same focus request turned the page again")
	}
	if !strings.Contains(app.HTMLString(v.Focus(focus{ID: last, N: 2})), `data-group="`+last+`"`) {
		t.Error("asking again for the group did not turn back to it")
	}
	if app.HTMLString(v.Focus(focus{ID: "no-such-group", N: 3})); v.page == 0 {
		t.Error("an unknown group moved the reader")
	}
}

// TestPanelShowsItemGoneTo goes (as j/k or a click would) to an item far
// past those the shared list shows: the list shows it with its neighbours
// after the first items and a gap, not every item before it.
func TestPanelShowsItemGoneTo(t *testing.T) {
	n := 4*groupsShown + 2*atWindow
	var a, b strings.Builder
	a.WriteString("Ferries of the north quay\n\n")
	b.WriteString("The harbour timetable\n\nThe council printed the timetable again this week.\n\n")
	for i := range n {
		q := fmt.Sprintf("\"Ferry number %d leaves the north quay at %d in the morning and comes back before the tide turns,\" said the harbour master Ode Lind.\n\n", i, i+5)
		a.WriteString(q)
		b.WriteString(q)
	}
	x := analysed(t, []annotations.File{{Name: "a.txt", Data: []byte(a.String())}, {Name: "b.txt", Data: []byte(b.String())}}).index
	items := x.panelItems(panelFilter{})
	if len(items) < n {
		t.Fatalf("%d shared items, want at least %d", len(items), n)
	}
	last := x.key(items[len(items)-1])
	html := app.HTMLString(newGroupsPanel().Index(x).At(last))
	shown := strings.Count(html, "data-panel-item=")
	if !strings.Contains(html, `data-panel-item="`+last+`"`) || shown > groupsShown+2*atWindow+1 || !strings.Contains(html, "items …") {
		t.Errorf("gone to the last of %d items, the list shows %d items (at most %d wanted), the last among them: %v",
			len(items), shown, groupsShown+2*atWindow+1, strings.Contains(html, `data-panel-item="`+last+`"`))
	}
}
