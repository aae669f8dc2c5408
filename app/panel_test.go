package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The tests in this file drive the panel's state: relations, copies,
// filters, speakers, the j/k walk, the comparison's first pair, Clear
// all and its undo, the example's question, messages and the settings'
// checks. The stories are fictional and our own.

// reprint returns the fictional reprinted story of wasm/testdata/reprint:
// the Valley Post reprints most of the Harbour Herald, Coast Radio quotes
// two of its remarks.
func reprint(t *testing.T) []annotations.File {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "wasm", "testdata", "reprint", "*.txt"))
	if err != nil || len(paths) != 3 {
		t.Fatalf("the reprint story: %d files (%v)", len(paths), err)
	}
	slices.Sort(paths)
	return readFiles(t, paths)
}

// readFiles reads the files at paths, each named by its base name.
func readFiles(t *testing.T, paths []string) []annotations.File {
	t.Helper()
	var files []annotations.File
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, annotations.File{Name: filepath.Base(p), Data: b})
	}
	return files
}

// TestRelationText: each relation says what it is, and a similarity
// never reads as 1 for words that differ.
func TestRelationText(t *testing.T) {
	for _, tt := range []struct {
		m    annotations.Member
		want string
	}{
		{annotations.Member{Relation: annotations.RelationIdentical, Similarity: 1}, "identical"},
		{annotations.Member{Relation: annotations.RelationVariant, Similarity: 0.931}, "variant, similarity 0.93"},
		{annotations.Member{Relation: annotations.RelationVariant, Similarity: 0.999}, "variant, similarity 0.99"},
		{annotations.Member{Relation: annotations.RelationVariant, Similarity: 0.001}, "variant, similarity 0.01"},
		{annotations.Member{Relation: annotations.RelationFragment, Similarity: 0.3, Words: 10, ReferenceWords: 34}, "part: 10 of 34 words"},
		{annotations.Member{Relation: annotations.RelationContains, Similarity: 0.3, Words: 34, ReferenceWords: 10}, "contains it: 34 words around its 10"},
	} {
		if got := relationText(tt.m); got != tt.want {
			t.Errorf("relationText(%+v) = %q, want %q", tt.m, got, tt.want)
		}
		if got := relationText(tt.m); tt.m.Relation != annotations.RelationIdentical && (strings.Contains(got, "100%") || strings.Contains(got, "1.00")) {
			t.Errorf("%s reads as identical: %q", tt.m.Relation, got)
		}
	}
}

// TestPanelCopy: the reprint is one copied item that says who reproduces
// how much of whom and where, the scraps only the two share collapse
// into it, and a remark a third outlet quotes too stays in the panel.
func TestPanelCopy(t *testing.T) {
	a := analysed(t, reprint(t))
	x := a.index
	if len(x.copies) != 1 {
		t.Fatalf("%d copies, want 1; pairs %+v", len(x.copies), x.report.Pairs)
	}
	c := x.copies[0]
	line := c.Line(x)
	if !strings.HasPrefix(line, "Ferry pier approved for Lantern Bay reproduces ") ||
		!strings.Contains(line, " of Lantern Bay council backs new ferry pier") ||
		!strings.Contains(line, "paragraphs ") || !strings.HasSuffix(line, "word for word") {
		t.Errorf("copy line %q", line)
	}
	items := x.panelItems(panelFilter{})
	if items[0].Group != nil {
		t.Errorf("the copy does not come first in the panel")
	}
	for _, id := range c.Groups {
		only := true
		for _, d := range x.sources[id] {
			only = only && (d == c.Pair.A || d == c.Pair.B)
		}
		_, collapsed := x.collapsed[id]
		if only != collapsed {
			t.Errorf("group %s (sources %q): collapsed %v", id, x.sources[id], collapsed)
		}
		listed := slices.ContainsFunc(items, func(it panelItem) bool { return it.Group != nil && it.Group.ID == id })
		if listed == collapsed {
			t.Errorf("group %s: collapsed %v but listed %v", id, collapsed, listed)
		}
	}
	if len(c.Quotes) == 0 {
		t.Error("the copy lists no quotation inside it")
	}
	if len(x.collapsed) == 0 {
		t.Error("no scrap collapsed into the copy")
	}
	// One word of one shared item changed in the copy: nearly word for
	// word; a change of case and spacing only is still word for word.
	g, changed := x.group[c.Groups[0]], 0
	for i, m := range g.Members {
		if m.Document == c.Pair.B {
			changed++
			was := m.Text
			g.Members[i].Text = "  " + strings.ToUpper(was)
			if line := c.Line(x); !strings.HasSuffix(line, ", word for word") {
				t.Errorf("with only case and spacing changed, the copy line is %q", line)
			}
			g.Members[i].Text = was + " indeed"
			if line := c.Line(x); !strings.HasSuffix(line, "nearly word for word") {
				t.Errorf("with a word added, the copy line is %q", line)
			}
			g.Members[i].Text = was
		}
	}
	if changed == 0 {
		t.Errorf("group %s has no member in %s", g.ID, c.Pair.B)
	}
	if got := paragraphsOf(&annotations.Document{Kept: []annotations.Span{{Start: 0, End: 5}, {Start: 6, End: 9}, {Start: 10, End: 12}, {Start: 13, End: 20}}},
		[]annotations.Span{{Start: 0, End: 2}, {Start: 10, End: 19}}); got != "paragraphs 1, 3–4" {
		t.Errorf("paragraphsOf = %q", got)
	}
}

// TestPanelFilters narrows the panel by kind, speaker and source.
func TestPanelFilters(t *testing.T) {
	a := analysed(t, reprint(t))
	x := a.index
	all := x.panelItems(panelFilter{})
	quotes := x.panelItems(panelFilter{Kind: annotations.KindQuote})
	passages := x.panelItems(panelFilter{Kind: annotations.KindPassage})
	for _, it := range quotes {
		if it.Group != nil && it.Group.Kind != annotations.KindQuote {
			t.Errorf("the quotations filter lets %s (%s) through", it.Group.ID, it.Group.Kind)
		}
	}
	for _, it := range passages {
		if it.Group != nil && it.Group.Kind != annotations.KindPassage {
			t.Errorf("the passages filter lets %s (%s) through", it.Group.ID, it.Group.Kind)
		}
	}
	if len(quotes) == 0 || len(quotes) >= len(all)+1 {
		t.Errorf("%d of %d items are quotations", len(quotes), len(all))
	}
	people := x.speakers()
	if len(people) == 0 {
		t.Fatal("no speakers")
	}
	for _, p := range people {
		got := x.panelItems(panelFilter{Speaker: p.Name})
		for _, it := range got {
			if it.Group == nil {
				continue
			}
			said := it.Group.Speaker == p.Name
			for _, m := range it.Group.Members {
				said = said || m.Speaker == p.Name
			}
			if !said {
				t.Errorf("the filter for %s lets %s through", p.Name, it.Group.ID)
			}
		}
	}
	radio := x.panelItems(panelFilter{Source: "coast-radio.txt"})
	for _, it := range radio {
		if it.Group == nil {
			t.Error("the filter for coast-radio.txt lets the copy of the two others through")
		} else if !contains(x.sources[it.Group.ID], "coast-radio.txt") {
			t.Errorf("the filter for coast-radio.txt lets %s through", it.Group.ID)
		}
	}
	if len(radio) == 0 {
		t.Error("coast-radio.txt's shared remarks are filtered out")
	}
	// j on the copy shows one of its two documents.
	a.choose("coast-radio.txt")
	if a.walk(1); !strings.HasPrefix(a.at, "copy:") || (a.selected != x.copies[0].Pair.A && a.selected != x.copies[0].Pair.B) {
		t.Errorf("j to the copy: at %q, the reader shows %s", a.at, a.selected)
	}
	// The session keeps the filter; the walk follows it.
	a.setFilter(panelFilter{Source: "coast-radio.txt"})
	for range radio {
		id, ok := a.walk(1)
		if !ok || !contains(x.sources[id], "coast-radio.txt") {
			t.Errorf("the filtered walk went to %q (ok %v)", id, ok)
		}
	}
	a.setFilter(panelFilter{Speaker: "Nobody At All"})
	if _, ok := a.walk(1); ok || !strings.Contains(a.status, "filters") {
		t.Errorf("a walk through an empty filter: ok %v, status %q", ok, a.status)
	}
}

// TestSpeakers: each person once, with their quotations, each shared one
// once, and the outlets that quote them.
func TestSpeakers(t *testing.T) {
	a := analysed(t, reprint(t))
	people := a.index.speakers()
	byName := map[string]person{}
	for _, p := range people {
		if _, dup := byName[p.Name]; dup {
			t.Errorf("%s is listed twice", p.Name)
		}
		byName[p.Name] = p
		groups := map[string]bool{}
		for _, q := range p.Quotes {
			if q.Group != "" && groups[q.Group] {
				t.Errorf("%s: group %s listed twice", p.Name, q.Group)
			}
			groups[q.Group] = true
		}
		if p.Name == unknownSpeaker || p.Name == "" {
			t.Errorf("the speakers list %q", p.Name)
		}
	}
	// Where the outlets disagree, the person is credited by some of them.
	for _, p := range people {
		for _, q := range p.Quotes {
			if q.Credited < 1 || q.Credited > q.Outlets {
				t.Errorf("%s: %q credited by %d of %d outlets", p.Name, q.Text, q.Credited, q.Outlets)
			}
		}
	}
	if o := byName["Odile Marchetti"]; !slices.ContainsFunc(o.Quotes, func(q personQuote) bool { return q.Credited < q.Outlets }) {
		t.Logf("no quotation of Odile Marchetti is credited to her by only some outlets: %+v", o.Quotes)
	}
	if b := byName["Bram Ostrander"]; len(b.Roles) != 1 || !strings.EqualFold(b.Roles[0], "councillor") {
		t.Errorf("Bram Ostrander's roles: %q, want the one the outlets give, once", b.Roles)
	}
	h, ok := byName["Hanne Vasquez"]
	if !ok || len(h.Outlets) != 2 || len(h.Quotes) != 1 || h.Quotes[0].Group == "" {
		t.Errorf("Hanne Vasquez, quoted by the Herald and its reprint: %+v", h)
	}
	for i := 1; i < len(people); i++ {
		if len(people[i].Outlets) > len(people[i-1].Outlets) {
			t.Errorf("%s (%d outlets) after %s (%d)", people[i].Name, len(people[i].Outlets), people[i-1].Name, len(people[i-1].Outlets))
		}
	}
}

// TestSessionWalk: j and k walk the panel's items in its order, across
// documents: the reader switches to a document with the item's group,
// staying on the current one when it has it; both wrap.
func TestSessionWalk(t *testing.T) {
	a := analysed(t, story(t))
	items := a.index.panelItems(a.filter)
	if len(items) < 3 {
		t.Fatalf("the example story has %d panel items", len(items))
	}
	var want, got []string
	for _, it := range items {
		want = append(want, a.index.key(it))
	}
	crossed := false
	for range items {
		before := a.selected
		id, ok := a.walk(1)
		if !ok {
			t.Fatal("the walk stopped")
		}
		got = append(got, a.at)
		if !contains(a.index.sources[id], a.selected) {
			t.Errorf("at %s the reader shows %s, which lacks it", id, a.selected)
		}
		if contains(a.index.sources[id], before) && a.selected != before {
			t.Errorf("at %s the reader left %s, which has it, for %s", id, before, a.selected)
		}
		crossed = crossed || a.selected != before
	}
	if !slices.Equal(got, want) {
		t.Errorf("j through the panel = %q, want the panel's order %q", got, want)
	}
	if a.walk(1); a.at != want[0] {
		t.Errorf("j past the last went to %q, want the first %q", a.at, want[0])
	}
	if a.walk(-1); a.at != want[len(want)-1] {
		t.Errorf("k from the first went to %q, want the last %q", a.at, want[len(want)-1])
	}
	fresh := analysed(t, story(t))
	if fresh.walk(-1); fresh.at != want[len(want)-1] {
		t.Errorf("k first went to %q, want the last", fresh.at)
	}
	t.Logf("the walk changed documents: %v", crossed)
	// Choosing an item in the panel makes j go on from it.
	a.showGroup(want[1])
	if a.walk(1); a.at != want[2] {
		t.Errorf("j after choosing %s went to %q, want %q", want[1], a.at, want[2])
	}
	empty := newSession()
	if _, ok := empty.walk(1); ok {
		t.Error("a walk in an empty workspace went somewhere")
	}
}

// TestSessionBestPair: the comparison opens on the pair that shares most
// (the reprint and its original), and keeps the reader's own choice.
func TestSessionBestPair(t *testing.T) {
	a := analysed(t, reprint(t))
	if a.compareA != "harbour-herald.txt" || a.compareB != "valley-post.txt" {
		t.Errorf("comparing %q and %q, want the Herald and its reprint", a.compareA, a.compareB)
	}
	if html := app.HTMLString(a); !strings.Contains(section(html, "compare"), `id="compare-pair"`) {
		t.Error("the comparison of a copy does not say so")
	}
	a.compare(true, "coast-radio.txt")
	a.settle()
	if a.compareB != "coast-radio.txt" {
		t.Errorf("the reader's choice was replaced by %q", a.compareB)
	}
}

// TestSessionClearUndo: Clear all can be undone, with the settings and
// the document shown, until the next change.
func TestSessionClearUndo(t *testing.T) {
	files := story(t)
	a := analysed(t, files)
	s, e := &a.session, newEngine(t)
	s.changeSettings(func(st *settings) { st.MinWords = 7 })
	s.choose(files[2].Name)

	s.clearAll()
	if len(s.files) != 0 || s.undo == nil || s.status != "Workspace cleared." {
		t.Fatalf("after Clear all: %d files, undo %v, status %q", len(s.files), s.undo != nil, s.status)
	}
	back, ok := s.undoClear()
	if !ok || !slices.Equal(names(back), names(files)) {
		t.Fatalf("undo gave %q (ok %v)", names(back), ok)
	}
	req, data := s.add(back)
	e.send(s, s.request(req, true), data)
	if s.settings.MinWords != 7 || s.selected != files[2].Name || len(s.report.Groups) == 0 {
		t.Errorf("after undo: settings %+v, selected %q, %d groups", s.settings, s.selected, len(s.report.Groups))
	}
	if s.undo != nil {
		t.Error("undo is still offered after it was used")
	}
	if _, ok := s.undoClear(); ok {
		t.Error("undo twice")
	}

	// Any change ends the undo: adding a file, removing one, a setting.
	for name, change := range map[string]func(){
		"add":      func() { s.add([]annotations.File{{Name: "more.txt", Data: []byte("More.")}}) },
		"remove":   func() { s.remove(files[0].Name) },
		"settings": func() { s.changeSettings(func(st *settings) { st.MinWords = 4 }) },
	} {
		s.undo = &workspace{}
		change()
		if s.undo != nil {
			t.Errorf("after %s Clear all can still be undone", name)
		}
	}
	empty := newSession()
	if empty.clearAll(); empty.undo != nil {
		t.Error("clearing an empty workspace offers an undo")
	}
}

// TestSessionExampleQuestion: the example goes straight into an empty
// workspace; a workspace with sources asks first, and each answer does
// what it says.
func TestSessionExampleQuestion(t *testing.T) {
	s := newSession()
	if !s.wantExample() || s.askExample {
		t.Error("an empty workspace asks before the example")
	}
	s.add(story(t)[:1])
	if s.wantExample() || !s.askExample {
		t.Fatal("a workspace with sources does not ask before the example")
	}
	if s.answerExample(false, false) || s.askExample || len(s.files) != 1 {
		t.Errorf("cancel: files %d, still asking %v", len(s.files), s.askExample)
	}
	s.wantExample()
	if !s.answerExample(true, false) || len(s.files) != 1 {
		t.Errorf("add: files %d", len(s.files))
	}
	s.wantExample()
	if !s.answerExample(false, true) || len(s.files) != 0 || s.undo == nil {
		t.Errorf("replace: files %d, undo %v", len(s.files), s.undo != nil)
	}
}

// TestSessionDismiss: a message goes when dismissed, the others stay.
func TestSessionDismiss(t *testing.T) {
	s := newSession()
	s.note("a.txt", "one", true)
	s.note("b.txt", "two", false)
	s.note("", "three", true)
	s.dismiss(1)
	if got := messageTexts(&s); !slices.Equal(got, []string{"one", "three"}) {
		t.Errorf("after dismissing the second: %q", got)
	}
	s.dismiss(7)
	s.dismiss(-1)
	if len(s.messages) != 2 {
		t.Errorf("dismissing no message changed them: %q", messageTexts(&s))
	}
	if s.dismissAll(); len(s.messages) != 0 {
		t.Errorf("after dismissing all: %q", messageTexts(&s))
	}
}

// TestSessionSettingsChecked: the settings' fields refuse what cannot be
// used, say why, and keep the setting; a good value clears the error.
func TestSessionSettingsChecked(t *testing.T) {
	s := newSession()
	before := s.settings
	for _, text := range []string{"", "  ", "500", "0", "-3", "4.5", "lots"} {
		if s.editMinWords(text) {
			t.Errorf("min words %q regroups", text)
		}
		if s.settings != before || s.fieldErrors["min-words"] == "" {
			t.Errorf("min words %q: settings %+v, error %q", text, s.settings, s.fieldErrors["min-words"])
		}
	}
	if !strings.Contains(s.fieldErrors["min-words"], "lots") {
		t.Errorf("the error does not name what was typed: %q", s.fieldErrors["min-words"])
	}
	s.editMinWords("500")
	if !strings.Contains(s.fieldErrors["min-words"], "more than 50") {
		t.Errorf("500: %q", s.fieldErrors["min-words"])
	}
	if !s.editMinWords("8") || s.settings.MinWords != 8 || s.fieldErrors["min-words"] != "" {
		t.Errorf("8: settings %+v, error %q", s.settings, s.fieldErrors["min-words"])
	}
	for _, text := range []string{"36", "100", "-1", "x"} {
		if s.editTolerance(text) || s.fieldErrors["tolerance"] == "" {
			t.Errorf("tolerance %q accepted (error %q)", text, s.fieldErrors["tolerance"])
		}
	}
	if !s.editTolerance("35") || s.settings.Tolerance != annotations.MaxTolerance || s.fieldErrors["tolerance"] != "" {
		t.Errorf("tolerance 35: %+v, error %q", s.settings, s.fieldErrors["tolerance"])
	}
}

// TestAssignLooks: no two groups of one document share a look while the
// document has no more groups than there are looks.
func TestAssignLooks(t *testing.T) {
	r := &annotations.Report{}
	docs := []string{"a", "b", "c", "d"}
	for _, d := range docs {
		r.Documents = append(r.Documents, &annotations.Document{Name: d})
	}
	// Forty groups over four documents: each document holds twenty.
	for i := range 40 {
		g := annotations.Group{ID: "g" + itoa(i+1)}
		for _, d := range []string{docs[i%4], docs[(i+1)%4]} {
			g.Members = append(g.Members, annotations.Member{Document: d})
		}
		r.Groups = append(r.Groups, g)
	}
	x := newReportIndex(r)
	for _, d := range docs {
		seen := map[int]string{}
		for _, ref := range x.members[d] {
			l := x.colour[ref.Group.ID]
			if other, ok := seen[l]; ok && other != ref.Group.ID {
				t.Errorf("%s: groups %s and %s share look %d", d, other, ref.Group.ID, l)
			}
			seen[l] = ref.Group.ID
		}
	}
	if x.number("g7") != 7 {
		t.Errorf("g7 is numbered %d", x.number("g7"))
	}
}

// TestExportCSV: the CSV export is made by the worker like the others.
func TestExportCSV(t *testing.T) {
	// The worker that made the groups makes the export.
	a, e := newAnnotator(), newEngine(t)
	req, data := a.add(reprint(t))
	e.send(&a.session, a.request(req, true), data)
	_, replies := e.run(a.chooseExport(exportCSV), nil)
	for _, r := range replies {
		if r.Op == engineproto.OpExported {
			a.sentExport(r.Seq)
			a.exported(r)
		}
	}
	if a.exportName != "crossquote-report.csv" || !strings.HasPrefix(a.exportText, "group,kind,sources,relation,similarity") ||
		!strings.Contains(a.exportText, "Lantern Bay council backs new ferry pier") {
		t.Errorf("CSV export %q:\n%.300s", a.exportName, a.exportText)
	}
}

// TestRenderPanel renders the reprinted story: the copied item and its
// line, each rendering's relation and speaker, the disagreement flag, the
// filters, number badges, the Speakers view, and no "100%" anywhere in the
// panel.
func TestRenderPanel(t *testing.T) {
	a := analysed(t, reprint(t))
	html := app.HTMLString(a)
	groups := section(html, "groups")
	for _, want := range []string{`data-copy-item=`, `class="copy-line"`, a.index.copies[0].Line(a.index),
		`id="filter-kind"`, `id="filter-speaker"`, `id="filter-source"`, `data-relation="identical"`, `class="who"`, `class="badge `} {
		if !strings.Contains(groups, want) {
			t.Errorf("the panel lacks %q", want)
		}
	}
	if strings.Contains(groups, "100%") {
		t.Error("the panel says 100%")
	}
	for _, g := range a.report.Groups {
		if _, copied := a.index.collapsed[g.ID]; g.SpeakersDisagree && !copied && !strings.Contains(groups, `data-speakers-disagree="`+g.ID+`"`) {
			t.Errorf("group %s: the outlets disagree on its speaker and the panel does not say so", g.ID)
		}
	}
	speakers := section(html, "speakers")
	if !strings.Contains(speakers, `data-speaker="Hanne Vasquez"`) || !strings.Contains(speakers, "quoted by 2 outlets") {
		t.Errorf("the Speakers view:\n%.1000s", speakers)
	}
	reader := section(html, "reader")
	if !strings.Contains(reader, `data-n="`) {
		t.Error("no highlight in the reader carries its group's number")
	}
	// Filtered, the panel says how many items pass.
	a.setFilter(panelFilter{Kind: annotations.KindPassage})
	if html := app.HTMLString(a); !strings.Contains(section(html, "groups"), `id="filter-count"`) {
		t.Error("the filtered panel does not say how many items pass")
	}
}

// TestPanelByVerdict: listed least faithful to the original first, the
// panel's order is the verdicts', and j walks it.
func TestPanelByVerdict(t *testing.T) {
	a, e := newAnnotator(), newEngine(t)
	req, data := a.add(hearingStory(t))
	e.send(&a.session, a.request(req, true), data)
	a.markOriginal("hearing.txt")
	e.send(&a.session, a.regroup(true), nil)
	x := a.index
	if len(x.checks) == 0 {
		t.Fatal("no checks against the original")
	}
	a.setFilter(panelFilter{ByVerdict: true})
	var want, got []string
	for _, i := range x.byVerdict() {
		if _, copied := x.collapsed[x.report.Groups[i].ID]; !copied {
			want = append(want, x.report.Groups[i].ID)
		}
	}
	for _, it := range x.panelItems(a.filter) {
		if it.Group != nil {
			got = append(got, it.Group.ID)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("the panel by verdict lists %q, want %q", got, want)
	}
	if a.filter.active() {
		t.Error("an order counts as a filter")
	}
	var walked []string
	for range x.panelItems(a.filter) {
		a.walk(1)
		walked = append(walked, a.at)
	}
	var keys []string
	for _, it := range x.panelItems(a.filter) {
		keys = append(keys, x.key(it))
	}
	if !slices.Equal(walked, keys) {
		t.Errorf("j walks %q, the panel lists %q", walked, keys)
	}
}

// TestChoices checks the compare and filter pickers' sources past
// maxChoices: at most maxChoices, the chosen value among them, in report
// order, the sources sharing most first to be kept, and the same answer
// when asked again.
func TestChoices(t *testing.T) {
	r := &annotations.Report{}
	n := maxChoices + 20
	for i := 0; i < n; i++ {
		r.Documents = append(r.Documents, &annotations.Document{Name: fmt.Sprintf("d%03d.txt", i)})
	}
	// Every document past the first 30 shares a group with the last one.
	last := r.Documents[n-1].Name
	for i := 30; i < n-1; i++ {
		r.Groups = append(r.Groups, annotations.Group{ID: fmt.Sprintf("g%d", i), Kind: annotations.KindQuote,
			Members: []annotations.Member{{Document: r.Documents[i].Name}, {Document: last}}})
	}
	x := newReportIndex(r)
	got := x.choices("d000.txt", last)
	if len(got) > maxChoices {
		t.Fatalf("%d choices, want at most %d", len(got), maxChoices)
	}
	var names []string
	for _, d := range got {
		names = append(names, d.Name)
	}
	if !slices.IsSorted(names) || names[0] != "d000.txt" || !slices.Contains(names, "d030.txt") || !slices.Contains(names, "d078.txt") || slices.Contains(names, "d029.txt") {
		t.Errorf("choices = %q: want d000.txt, the sources sharing with %s, in report order", names, last)
	}
	if again := x.choices("d000.txt", last); !slices.Equal(again, got) {
		t.Error("asked again, choices answered differently")
	}
	if other := x.choices("d029.txt", last); !slices.ContainsFunc(other, func(d *annotations.Document) bool { return d.Name == "d029.txt" }) {
		t.Error("choices for another value lack that value")
	}
}
