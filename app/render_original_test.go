package app

import (
	"strconv"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestRenderOriginal renders the page with the hearing transcript marked
// as the original: its toggle is pressed, the summary counts each outlet's
// verdicts, the reader marks each checked quotation with its verdict, a
// quotation opens side by side with its passage and the word diff, and
// the groups can be sorted by verdict.
func TestRenderOriginal(t *testing.T) {
	files := hearingStory(t)
	a := analysed(t, files)
	if html := app.HTMLString(a); !strings.Contains(section(html, "fidelity"), "Mark a source as the original") {
		t.Error("the panel does not say how to mark an original")
	}
	a.markOriginal("hearing.txt")
	e := newEngine(t)
	req, data := a.add(files)
	e.send(&a.session, a.request(req, true), data)
	a.choose("northline-news.txt")
	a.catchUp()
	html := app.HTMLString(a)

	// The static HTML writes a true attribute bare; the browser gets "true".
	if tag := tagWith(html, `data-mark-original="hearing.txt"`); !strings.Contains(tag, `aria-pressed`) || strings.Contains(tag, `aria-pressed="false"`) {
		t.Errorf("the original's toggle is not pressed: %s", tag)
	}
	if tag := tagWith(html, `data-mark-original="river-post.txt"`); !strings.Contains(tag, `aria-pressed="false"`) {
		t.Errorf("another source's toggle is pressed: %s", tag)
	}
	fid := section(html, "fidelity")
	want := annotations.Annotate(files, annotations.WithOriginal("hearing.txt"))
	for _, d := range want.Documents[1:] {
		row := fid[strings.Index(fid, `data-fidelity-row="`+d.Name+`"`):]
		row = row[:strings.Index(row, "</tr>")]
		for _, v := range annotations.Verdicts {
			cell := tagWith(row, `data-verdict="`+string(v)+`"`)
			if !strings.Contains(row, cell+strconv.Itoa(d.Fidelity.Count(v))+"<") {
				t.Errorf("%s: the %s cell does not read %d:\n%s", d.Name, v, d.Fidelity.Count(v), row)
			}
		}
	}
	reader := section(html, "reader")
	d := want.Documents[2]
	for i, q := range d.Quotes {
		v := string(d.Checks[i].Verdict)
		if !strings.Contains(reader, `data-quote="`+q.ID+`"`) {
			continue
		}
		tag := tagWith(reader, `data-quote="`+q.ID+`"`)
		if !strings.Contains(tag, "verdict-"+v) || !strings.Contains(tag, `data-verdict="`+v+`"`) || !strings.Contains(tag, "aria-label=") {
			t.Errorf("quotation %s is not marked %s: %s", q.ID, v, tag)
		}
	}

	// The altered quotation side by side: the original's words it changed
	// are struck, the outlet's underlined.
	for i, q := range d.Quotes {
		if d.Checks[i].Verdict == annotations.Altered {
			a.showSide(quoteRef{d.Name, q.ID})
		}
	}
	html = app.HTMLString(a)
	side := section(html, "side-by-side")
	for _, w := range []string{"<del", "<ins", "twenty", "thirty", "said by CHAIR MIRELA VOSS"} {
		if !strings.Contains(side, w) {
			t.Errorf("the side-by-side lacks %q:\n%s", w, side)
		}
	}
	if !strings.Contains(section(html, "groups"), `id="groups-by-verdict"`) {
		t.Error("the groups cannot be sorted by verdict")
	}
}

// TestGroupsByVerdict checks the order of the groups by verdict: those
// with a less faithful member first, the report's order kept among equals.
func TestGroupsByVerdict(t *testing.T) {
	checks := []annotations.Check{{Verdict: annotations.Verbatim}, {Verdict: annotations.Stitched}, {Verdict: annotations.Altered}}
	doc := &annotations.Document{Name: "a.txt", Quotes: []annotations.Quote{{ID: "q1"}, {ID: "q2"}, {ID: "q3"}}, Checks: checks}
	g := func(id, q string) annotations.Group {
		return annotations.Group{ID: id, Members: []annotations.Member{{Document: "a.txt", Quote: q}, {Document: "b.txt", Quote: "q9"}}}
	}
	r := &annotations.Report{Documents: []*annotations.Document{doc, {Name: "b.txt"}},
		Groups: []annotations.Group{g("g1", "q1"), g("g2", "q2"), g("g3", ""), g("g4", "q3"), g("g5", "q1")}}
	x := newReportIndex(r)
	var got []string
	for _, i := range x.byVerdict() {
		got = append(got, r.Groups[i].ID)
	}
	if strings.Join(got, " ") != "g2 g4 g1 g5 g3" {
		t.Errorf("by verdict: %v, want g2 g4 g1 g5 g3", got)
	}
}
