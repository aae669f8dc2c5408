package match

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/quote"
	"github.com/crossquote/crossquote/annotations/span"
)

// testDoc builds a Document by hand from text in which every quotation is
// written with curly marks “…”: one kept paragraph per blank-line-separated
// block, one quote.Quote per pair of marks. A speaker given as "text|Speaker" in
// speakers is attached to the quotation whose text it names.
func testDoc(name, text string, speakers ...string) *Source {
	d := &Source{Name: name, Text: text}
	for off := 0; off < len(text); {
		end := strings.Index(text[off:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if strings.TrimSpace(text[off:end]) != "" {
			d.Kept = append(d.Kept, span.Span{Start: off, End: end})
		}
		off = end + 2
	}
	for off := 0; ; {
		open := strings.Index(text[off:], "“")
		if open < 0 {
			break
		}
		start := off + open + len("“")
		close := strings.Index(text[start:], "”")
		if close < 0 {
			break
		}
		end := start + close
		q := quote.Quote{ID: fmt.Sprintf("q%d", len(d.Quotes)+1), Span: span.Span{Start: start, End: end}, Text: text[start:end]}
		for _, s := range speakers {
			said, who, _ := strings.Cut(s, "|")
			if said == q.Text {
				q.Speaker = who
			}
		}
		d.Quotes = append(d.Quotes, q)
		off = end + len("”")
	}
	return d
}

// quoteSets describes the quote groups as sorted "doc:text" lists, one per
// group, for comparison with the expectation.
func quoteSets(groups []Group, kind Kind) [][]string {
	var out [][]string
	for _, g := range groups {
		if g.Kind != kind {
			continue
		}
		var set []string
		for _, m := range g.Members {
			set = append(set, m.Document+":"+m.Text)
			for _, o := range m.Also {
				set = append(set, m.Document+":"+o.Text)
			}
		}
		sort.Strings(set)
		out = append(out, set)
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], "|") < strings.Join(out[j], "|") })
	return out
}

func TestMatchQuotes(t *testing.T) {
	tests := []struct {
		name string
		docs []*Source
		want [][]string // each group as sorted "doc:text"
	}{{
		name: "exact",
		docs: []*Source{
			testDoc("a", `The mayor said “the bridge will open in spring” on Monday.`),
			testDoc("b", `“The bridge will open in spring,” the mayor told reporters.`),
		},
		want: [][]string{{"a:the bridge will open in spring", "b:The bridge will open in spring,"}},
	}, {
		name: "quote marks, dashes, apostrophes and case",
		docs: []*Source{
			testDoc("a", `She said: “We won’t sell the harbour — not now, not ever.”`),
			testDoc("b", `She said: “we won't sell the HARBOUR - not now; not ever”.`),
		},
		want: [][]string{{"a:We won’t sell the harbour — not now, not ever.", "b:we won't sell the HARBOUR - not now; not ever"}},
	}, {
		name: "containment",
		docs: []*Source{
			testDoc("a", `The coach called the season “a brave first step, full of promise for the club” at the dinner.`),
			testDoc("b", `The coach called the season “a brave first step” at the dinner.`),
		},
		want: [][]string{{"a:a brave first step, full of promise for the club", "b:a brave first step"}},
	}, {
		name: "two-word containment with shared context",
		docs: []*Source{
			testDoc("a", `After two long rounds of harbour talks in Tallinn, the minister called them a “fresh start, opening new doors,” she said.`),
			testDoc("b", `Calling the two rounds of harbour talks a “fresh start,” the minister promised more.`),
		},
		want: [][]string{{"a:fresh start, opening new doors,", "b:fresh start,"}},
	}, {
		name: "fuzzy: word inserted",
		docs: []*Source{
			testDoc("a", `“We will rebuild every school that the storm destroyed,” he said.`),
			testDoc("b", `“We will rebuild every single school that the storm destroyed,” he said.`),
		},
		want: [][]string{{"a:We will rebuild every school that the storm destroyed,", "b:We will rebuild every single school that the storm destroyed,"}},
	}, {
		name: "fuzzy: word removed, comma added",
		docs: []*Source{
			testDoc("a", `“The river rose faster than anyone in the valley expected,” she said.`),
			testDoc("b", `“The river rose faster, than anyone in the valley had expected,” she said.`),
		},
		want: [][]string{{"a:The river rose faster than anyone in the valley expected,", "b:The river rose faster, than anyone in the valley had expected,"}},
	}, {
		name: "fuzzy: fragment of a longer quotation with a change",
		docs: []*Source{
			testDoc("a", `“Nobody here is trading the orchards for the mines, and nobody will,” the official said.`),
			testDoc("b", `“Nobody is trading the orchards for the mines,” the official said.`),
		},
		want: [][]string{{"a:Nobody here is trading the orchards for the mines, and nobody will,", "b:Nobody is trading the orchards for the mines,"}},
	}, {
		name: "short quotations group only when equal",
		docs: []*Source{
			testDoc("a", `Critics called the plan “reckless” and “deeply flawed”.`),
			testDoc("b", `The plan was “reckless” said one; another called it “deeply flawed.”`),
			testDoc("c", `The plan was “deeply flaw” in the eyes of many.`),
		},
		want: [][]string{{"a:deeply flawed", "b:deeply flawed."}, {"a:reckless", "b:reckless"}},
	}, {
		name: "tolerance does not apply under MinWords",
		docs: []*Source{
			testDoc("a", `It was “utterly hopeless”, he said.`),
			testDoc("b", `It was “utterly hopeles”, he said.`),
		},
		want: nil,
	}, {
		name: "repeat inside one document is not shared",
		docs: []*Source{
			testDoc("a", `“We stand with the farmers,” she said. Later: “We stand with the farmers.”`),
			testDoc("b", `Nothing was quoted here at all, only “a quiet week” for everyone.`),
		},
		want: nil,
	}, {
		name: "repeat inside one document joins a shared group",
		docs: []*Source{
			testDoc("a", `“We stand with the farmers,” she said. Later: “We stand with the farmers.”`),
			testDoc("b", `“We stand with the farmers,” the senator said.`),
		},
		want: [][]string{{"a:We stand with the farmers,", "a:We stand with the farmers.", "b:We stand with the farmers,"}},
	}, {
		name: "decoy: same words, different order",
		docs: []*Source{
			testDoc("a", `“The council trusts the people of the city,” he said.`),
			testDoc("b", `“The people of the city trust the council,” he said.`),
		},
		want: nil,
	}, {
		name: "decoy: shared common phrase in unrelated remarks",
		docs: []*Source{
			testDoc("a", `The banker said “at the end of the day the markets decide everything about rates” in London.`),
			testDoc("b", `The farmer said “at the end of the day the weather decides what we eat in winter” in Kent.`),
		},
		want: nil,
	}, {
		name: "decoy: short scare quote inside an unrelated long quote",
		docs: []*Source{
			testDoc("a", `The gallery described the painting as “quite remarkable” in its catalogue of spring.`),
			testDoc("b", `Rain fell over the stadium. “The comeback was quite remarkable for a team this young,” the coach said of the final.`),
		},
		want: nil,
	}, {
		name: "decoy: one-word scare quote",
		docs: []*Source{
			testDoc("a", `The report was “flawed”, the union said.`),
			testDoc("b", `“The inquiry was flawed from the start and everyone knew it,” the union said.`),
		},
		want: nil,
	}, {
		name: "transitive over three documents",
		docs: []*Source{
			testDoc("a", `“Our doors stay open to every family who needs shelter tonight,” the pastor said.`),
			testDoc("b", `“Our doors stay open to every family who needs shelter,” the pastor said.`),
			testDoc("c", `“Our doors stay open to every family,” the pastor said.`),
			testDoc("d", `Elsewhere the town was quiet.`),
		},
		want: [][]string{{
			"a:Our doors stay open to every family who needs shelter tonight,",
			"b:Our doors stay open to every family who needs shelter,",
			"c:Our doors stay open to every family,",
		}},
	}, {
		name: "same speaker lets a short fragment join",
		docs: []*Source{
			testDoc("a", `Ms Varga hailed a “historic moment for the island and its people.”`, "historic moment for the island and its people.|Anna Varga"),
			testDoc("b", `It was, Varga said, a “historic moment.”`, "historic moment.|Varga"),
		},
		want: [][]string{{"a:historic moment for the island and its people.", "b:historic moment."}},
	}, {
		// One remark, one group: b's two pieces are parts of the one
		// utterance a prints whole.
		name: "a long quotation holding two remarks is one group with both pieces",
		docs: []*Source{
			testDoc("a", `She told the crowd: “The mill will reopen in March with two hundred jobs. And the river path will be finished before the summer fair.”`),
			testDoc("b", `“The mill will reopen in March with two hundred jobs,” she said. Later she added: “The river path will be finished before the summer fair.”`),
		},
		want: [][]string{
			{"a:The mill will reopen in March with two hundred jobs. And the river path will be finished before the summer fair.", "b:The mill will reopen in March with two hundred jobs,", "b:The river path will be finished before the summer fair."},
		},
	}, {
		name: "decoy: a quoted title is not a fragment of a remark",
		docs: []*Source{
			testDoc("a", `Her memoir “Silent Harbour” sold well in London, the publisher said on Monday.`),
			testDoc("b", `“I wrote Silent Harbour for my mother,” she said in London, according to the publisher on Monday.`),
		},
		want: nil,
	}, {
		name: "decoy: a negation added",
		docs: []*Source{
			testDoc("a", `“The council will fund the new harbour wall before the winter storms,” she said.`),
			testDoc("b", `“The council will not fund the new harbour wall before the winter storms,” she said.`),
		},
		want: nil,
	}, {
		name: "decoy: a verb replaced by its opposite",
		docs: []*Source{
			testDoc("a", `“The council will support the new harbour wall before the winter storms,” she said.`),
			testDoc("b", `“The council will oppose the new harbour wall before the winter storms,” she said.`),
		},
		want: nil,
	}, {
		name: "decoy: subject and object swapped",
		docs: []*Source{
			testDoc("a", `“The farmers will meet the ministers at the harbour before the vote,” she said.`),
			testDoc("b", `“The ministers will meet the farmers at the harbour before the vote,” she said.`),
		},
		want: nil,
	}, {
		name: "a spelling variant is an edit, not a new remark",
		docs: []*Source{
			testDoc("a", `“We will finish the northern road before the next harvest season,” she said.`),
			testDoc("b", `“We will finish the northern roads before the next harvest season,” she said.`),
		},
		want: [][]string{{"a:We will finish the northern road before the next harvest season,", "b:We will finish the northern roads before the next harvest season,"}},
	}, {
		name: "a truncated quotation that fits two remarks joins the more widely quoted",
		docs: []*Source{
			testDoc("a", `“The council will fund the new harbour wall before the winter storms, and the port will not close,” she said.`),
			testDoc("b", `“The council will fund the new harbour wall before the winter storms, and the port will not close,” she said.`),
			testDoc("c", `“The council will fund the new harbour wall before the winter storms, and the port will close,” she said.`),
			testDoc("d", `“The council will fund the new harbour wall before the winter storms,” she said.`),
		},
		want: [][]string{{
			"a:The council will fund the new harbour wall before the winter storms, and the port will not close,",
			"b:The council will fund the new harbour wall before the winter storms, and the port will not close,",
			"d:The council will fund the new harbour wall before the winter storms,",
		}},
	}, {
		// The front door leaves out documents with an Error; see
		// TestRegroupLeavesOutErrors there.
		name: "nil sources take no part",
		docs: []*Source{
			testDoc("a", `“We will rebuild every school that the storm destroyed,” he said.`),
			nil,
		},
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			groups := Match(tt.docs, DefaultOptions())
			checkMembers(t, tt.docs, groups)
			got := quoteSets(groups, KindQuote)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("quote groups:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

// checkMembers verifies the invariants every group must keep: members' text
// is the slice their span names, similarities lie in [0,1], quote members
// name their quotation and every group spans two documents.
func checkMembers(t *testing.T, docs []*Source, groups []Group) {
	t.Helper()
	byName := make(map[string]*Source)
	for _, d := range docs {
		if d != nil {
			byName[d.Name] = d
		}
	}
	ids := make(map[string]bool)
	for i := range groups {
		ids[fmt.Sprintf("g%d", i+1)] = true
	}
	for _, g := range groups {
		if !ids[g.ID] {
			t.Errorf("group ID %q is not one of g1…g%d or is repeated", g.ID, len(groups))
		}
		delete(ids, g.ID)
		seen := make(map[string]bool)
		for _, m := range g.Members {
			seen[m.Document] = true
			d := byName[m.Document]
			if d == nil {
				t.Fatalf("%s: member of unknown document %q", g.ID, m.Document)
			}
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End || d.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: member span %v does not name its text %q", g.ID, m.Span, m.Text)
			}
			if m.Similarity < 0 || m.Similarity > 1 {
				t.Errorf("%s: similarity %v out of range", g.ID, m.Similarity)
			}
			if (g.Kind == KindQuote) != (m.Quote != "") {
				t.Errorf("%s: %s member with quote %q", g.ID, g.Kind, m.Quote)
			}
		}
		if len(seen) < 2 {
			t.Errorf("%s: spans only %d document", g.ID, len(seen))
		}
	}
}

func TestMatchSimilarity(t *testing.T) {
	docs := []*Source{
		testDoc("a", `“We will rebuild every school that the storm destroyed,” he said.`),
		testDoc("b", `“We will rebuild every single school that the storm destroyed,” he said.`),
		testDoc("c", `“We will rebuild every school that the storm destroyed.”`),
	}
	groups := Match(docs, DefaultOptions())
	if len(groups) != 1 {
		t.Fatalf("got %d groups, want 1", len(groups))
	}
	for _, m := range groups[0].Members {
		want := 1.0
		if m.Document == "b" {
			want = 0.883 // "single " is 7 of the 60 normalised characters
		}
		if m.Similarity != want {
			t.Errorf("%s: similarity %v, want %v", m.Document, m.Similarity, want)
		}
	}
}

func TestMatchTolerance(t *testing.T) {
	docs := []*Source{
		testDoc("a", `“We will rebuild every school that the storm destroyed,” he said.`),
		testDoc("b", `“We will rebuild every single school that the storm destroyed,” he said.`),
	}
	for _, tt := range []struct {
		tol  float64
		want int
	}{{0, 0}, {0.1, 0}, {0.2, 1}} {
		o := DefaultOptions()
		o.Tolerance = tt.tol
		if got := len(Match(docs, o)); got != tt.want {
			t.Errorf("tolerance %v: %d groups, want %d", tt.tol, got, tt.want)
		}
	}
}

func TestMatchOrder(t *testing.T) {
	docs := []*Source{
		testDoc("a", `“The harvest was poor this year in the north,” she said. “Prices will rise before winter comes,” he said.`),
		testDoc("b", `“Prices will rise before winter comes,” he said.`),
		testDoc("c", `“The harvest was poor this year in the north,” she said. “Prices will rise before winter comes.”`),
		testDoc("d", `“Prices will rise before winter comes,” a trader said.`),
	}
	groups := Match(docs, DefaultOptions())
	var got []string
	for _, g := range groups {
		got = append(got, g.ID+" "+g.Members[0].Text)
	}
	want := []string{"g1 Prices will rise before winter comes,", "g2 The harvest was poor this year in the north,"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("order:\n got  %q\n want %q", got, want)
	}
}

func TestMatchSpeaker(t *testing.T) {
	const q = "The harvest was poor this year in the north,"
	text := `“The harvest was poor this year in the north,” she said.`
	tests := []struct {
		speakers []string
		want     string
	}{
		// One person named three ways is one vote, shown in full.
		{[]string{"Ana Lind", "unknown", "Lind", "Lind"}, "Ana Lind"},
		{[]string{"Mr Hart", "Lind", "Minister Ana Lind"}, "Minister Ana Lind"},
		// A tie goes to the speaker named first.
		{[]string{"Bo Hart", "Ana Lind"}, "Bo Hart"},
		{[]string{"unknown", "unknown"}, ""},
	}
	for _, tt := range tests {
		var docs []*Source
		for i, sp := range tt.speakers {
			docs = append(docs, testDoc(string(rune('a'+i)), text, q+"|"+sp))
		}
		groups := Match(docs, DefaultOptions())
		if len(groups) != 1 || groups[0].Speaker != tt.want {
			t.Errorf("speakers %q: got %+v, want one group spoken by %q", tt.speakers, groups, tt.want)
		}
	}
}

func TestMatchDeterministic(t *testing.T) {
	build := func() []*Source {
		return []*Source{
			testDoc("a", "“Our doors stay open to every family who needs shelter tonight,” the pastor said. The shelter on Elm Street opened its doors at six in the evening and served soup to forty people.\n\nCritics called it “a quiet success”."),
			testDoc("b", "“Our doors stay open to every family who needs shelter,” the pastor said. The shelter on Elm Street opened its doors at six in the evening and served hot soup to forty people.\n\nIt was “a quiet success”."),
			testDoc("c", "“Our doors stay open to every family,” the pastor said. Later the shelter on Elm Street opened its doors at six in the evening and served soup to forty people."),
		}
	}
	first, err := json.Marshal(Match(build(), DefaultOptions()))
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		again, _ := json.Marshal(Match(build(), DefaultOptions()))
		if string(again) != string(first) {
			t.Fatalf("two runs differ:\n%s\n%s", first, again)
		}
	}
	if !strings.Contains(string(first), `"kind":"passage"`) || !strings.Contains(string(first), `"kind":"quote"`) {
		t.Errorf("expected both a quote and a passage group in %s", first)
	}
}
