package match

import (
	"fmt"
	"sort"
	"testing"

	"github.com/crossquote/crossquote/annotations/span"
)

// groupDefects counts, over the groups of one report, what issue 11 lists
// as groups that do not read right.
type groupDefects struct {
	// overlapping counts pairs of groups of one kind whose members cover
	// the same bytes of one document.
	overlapping int
	// repeating counts groups that list one document more than once.
	repeating int
	// zero counts members with similarity 0.
	zero int
	// falseIdentical counts members shown as identical (similarity 1)
	// whose normalised words differ from the group's reference member.
	falseIdentical int
	// passages counts passage groups, thin those whose shortest member
	// has fewer than thinPassageWords content words.
	passages, thin int
}

// thinPassageWords is the measure of a passage without content.
const thinPassageWords = 5

const verboseDefects = false

func (d *groupDefects) add(e groupDefects) {
	d.overlapping += e.overlapping
	d.repeating += e.repeating
	d.zero += e.zero
	d.falseIdentical += e.falseIdentical
	d.passages += e.passages
	d.thin += e.thin
}

// measureGroups counts the defects of groups found in docs.
func measureGroups(docs []*Source, groups []Group) groupDefects {
	var d groupDefects
	lex := newLexicon()
	text := make(map[string]string)
	for _, s := range docs {
		text[s.Name] = s.Text
	}
	// A member's words are those of its span and of the pieces attached
	// to it that add words (a split remark), in text order.
	words := func(m Member) []token {
		lead := lex.tokenize(nil, text[m.Document], m.Start, m.End)
		spans := []span.Span{m.Span}
		for _, o := range m.Also {
			spans = append(spans, o.Span)
		}
		sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
		var all []token
		for _, s := range spans {
			w := lex.tokenize(nil, text[m.Document], s.Start, s.End)
			if s == m.Span || indexTokens(lead, w) < 0 {
				all = append(all, w...)
			}
		}
		return all
	}
	type cover struct {
		kind Kind
		doc  string
	}
	byDoc := make(map[cover][][3]int) // start, end, group index
	for gi, g := range groups {
		seen := make(map[string]bool)
		repeated := false
		ref := words(g.Members[g.Reference])
		minContent := -1
		for _, m := range g.Members {
			if seen[m.Document] {
				repeated = true
			}
			seen[m.Document] = true
			if m.Similarity == 0 {
				d.zero++
			}
			w := words(m)
			if m.Similarity == 1 && !sameWords(w, ref) {
				d.falseIdentical++
				if verboseDefects {
					fmt.Printf("identical? %q vs %q\n", m.Text, g.Members[g.Reference].Text)
				}
			}
			content := 0
			for _, t := range w {
				if !lex.stop[t.word] {
					content++
				}
			}
			if minContent < 0 || content < minContent {
				minContent = content
			}
			k := cover{g.Kind, m.Document}
			byDoc[k] = append(byDoc[k], [3]int{m.Start, m.End, gi})
			for _, r := range m.Also {
				byDoc[k] = append(byDoc[k], [3]int{r.Start, r.End, gi})
			}
		}
		if repeated {
			d.repeating++
		}
		if g.Kind == KindPassage {
			d.passages++
			if minContent < thinPassageWords {
				d.thin++
			}
		}
	}
	pairs := make(map[[2]int]bool)
	for _, spans := range byDoc {
		for i, a := range spans {
			for _, b := range spans[i+1:] {
				if a[2] != b[2] && a[0] < b[1] && b[0] < a[1] {
					pairs[[2]int{min(a[2], b[2]), max(a[2], b[2])}] = true
				}
			}
		}
	}
	d.overlapping = len(pairs)
	return d
}

// TestMultinewsGroupDefects prints, over the multinews-dev clusters (one
// report per cluster), the counts issue 11 measures, and holds the first
// four to zero: no two groups of one kind share bytes of a document, no
// group lists a document twice, no member has similarity 0 and none is
// shown identical to its group's reference with other words.
func TestMultinewsGroupDefects(t *testing.T) {
	var total groupDefects
	groups, pairs, copies := 0, 0, 0
	for _, files := range readMultinews(t) {
		docs, g := annotate(files)
		groups += len(g)
		total.add(measureGroups(docs, g))
		_, p := MatchPairs(docs, DefaultOptions())
		pairs += len(p)
		for _, x := range p {
			if x.Copy {
				copies++
				t.Logf("copy: %s carries %.2f of %s, %s %.2f of %s; %d groups", x.B, x.AShare, x.A, x.A, x.BShare, x.B, len(x.Groups))
			}
		}
	}
	t.Logf("%d pairs of documents share a group, %d of them copies", pairs, copies)
	t.Logf("%d groups: %d overlapping pairs of one kind, %d repeating a document, %d zero-similarity members, %d shown identical with other words; %d of %d passage groups under %d content words",
		groups, total.overlapping, total.repeating, total.zero, total.falseIdentical, total.thin, total.passages, thinPassageWords)
	if groups == 0 {
		t.Fatal("no groups: the measure measured nothing")
	}
	if total.overlapping+total.repeating+total.zero+total.falseIdentical > 0 {
		t.Errorf("groups that do not read right: %+v", total)
	}
}
