package app

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/crossquote/crossquote/annotations"
)

// This file holds what the panels ask of a report beyond its groups: the
// copies (one document reprinting another), the panel's items under the
// reader's filters, and the speakers. Like the rest of reportIndex it is
// plain Go, which the native tests drive.

// copyItem is a pair of documents one of which carries much of the
// other's body word for word or nearly (annotations.Pair.Copy): the panel
// shows it as one "copied" item instead of its alternating scraps.
type copyItem struct {
	// Pair is the report's, not a copy: a drop of many near-identical
	// notes makes thousands of copies.
	Pair *annotations.Pair
	// Groups are the IDs of the groups the two share, in report order;
	// Quotes those of them that are quotations.
	Groups []string
	Quotes []string
}

// copyItems returns the copies among x's pairs, and for every group that
// is only a scrap of one (all its documents are the pair's) the index of
// that copy.
func copyItems(x *reportIndex) ([]copyItem, map[string]int) {
	var out []copyItem
	collapsed := map[string]int{}
	n := 0
	for i := range x.report.Pairs {
		if x.report.Pairs[i].Copy {
			n++
		}
	}
	out = make([]copyItem, 0, n)
	for i := range x.report.Pairs {
		p := &x.report.Pairs[i]
		if !p.Copy || x.byName[p.A] == nil || x.byName[p.B] == nil {
			continue
		}
		c := copyItem{Pair: p}
		ids := p.Groups
		if len(ids) > 1 {
			ids = slices.Clone(ids)
			slices.SortStableFunc(ids, func(a, b string) int { return x.order(a) - x.order(b) })
		}
		for _, id := range ids {
			g := x.group[id]
			if g == nil || contains(c.Groups, id) {
				continue
			}
			c.Groups = append(c.Groups, id)
			if g.Kind == annotations.KindQuote {
				c.Quotes = append(c.Quotes, id)
			}
			only := true
			for _, d := range x.sources[id] {
				if d != p.A && d != p.B {
					only = false
					break // a group of a thousand sources is not the pair's alone
				}
			}
			if _, taken := collapsed[id]; only && !taken {
				collapsed[id] = len(out)
			}
		}
		out = append(out, c)
	}
	return out, collapsed
}

// Line says what the copy is in one sentence: "B reproduces 48% of A,
// its paragraphs 9–20, word for word". It is worked out when shown, not
// for every copy of the report: a drop of many near-identical notes makes
// thousands of copies, and the panel shows a few.
func (c copyItem) Line(x *reportIndex) string { return x.copyLine(*c.Pair, c.exact(x)) }

// exact reports whether the groups the two share read the same in both,
// but for case and spacing.
func (c copyItem) exact(x *reportIndex) bool {
	for _, id := range c.Groups {
		a, okA := x.member(x.group[id], c.Pair.A)
		b, okB := x.member(x.group[id], c.Pair.B)
		if okA && okB && a.Text != b.Text && squashFold(a.Text) != squashFold(b.Text) {
			return false
		}
	}
	return true
}

// copyLine says what a copy pair is: which document reproduces how much
// of which, where in it, and whether word for word.
func (x *reportIndex) copyLine(p annotations.Pair, exact bool) string {
	// The copier is the one whose own body is most made of what they
	// share; the line says how much of the other's body it carries.
	orig, copier, share, spans := p.A, p.B, p.AShare, p.ASpans
	if p.AShare > p.BShare {
		orig, copier, share, spans = p.B, p.A, p.BShare, p.BSpans
	}
	how := "word for word"
	if !exact {
		how = "nearly word for word"
	}
	where := ""
	if paras := paragraphsOf(x.byName[orig], spans); paras != "" {
		where = ", its " + paras
	}
	return fmt.Sprintf("%s reproduces %s of %s%s, %s", short(x.label(copier), 80), percent(share), short(x.label(orig), 80), where, how)
}

// paragraphsOf names the paragraphs of d (numbered from 1 among its kept
// ones) that spans touch: "paragraph 3", "paragraphs 9–20", "paragraphs
// 2, 5–7".
func paragraphsOf(d *annotations.Document, spans []annotations.Span) string {
	if d == nil {
		return ""
	}
	var in []int
	for i, k := range d.Kept {
		for _, s := range spans {
			if s.Start < k.End && k.Start < s.End {
				in = append(in, i+1)
				break
			}
		}
	}
	if len(in) == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < len(in); {
		j := i
		for j+1 < len(in) && in[j+1] == in[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d–%d", in[i], in[j]))
		} else {
			parts = append(parts, fmt.Sprint(in[i]))
		}
		i = j + 1
	}
	if len(in) == 1 {
		return "paragraph " + parts[0]
	}
	return "paragraphs " + strings.Join(parts, ", ")
}

// squashFold is s lower-cased with its runs of space made one: two
// renderings equal under it are word for word the same.
func squashFold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// panelFilter is what the reader narrowed the groups panel to: a kind of
// group (quotations or passages, "" for both), a speaker and a source
// ("" for any); and its order: ByVerdict lists the groups whose members
// render the original least faithfully first, when an original is marked.
type panelFilter struct {
	Kind      annotations.Kind
	Speaker   string
	Source    string
	ByVerdict bool
}

// active reports whether the filter hides anything.
func (f panelFilter) active() bool { return f.Kind != "" || f.Speaker != "" || f.Source != "" }

// panelItem is one entry of the groups panel: a group, or a copy (Group
// nil, Copy its index in reportIndex.copies).
type panelItem struct {
	Group *annotations.Group
	Copy  int
}

// key names the item, stable while the report stays: the group's ID, or
// "copy:A / B".
func (x *reportIndex) key(it panelItem) string {
	if it.Group != nil {
		return it.Group.ID
	}
	p := x.copies[it.Copy].Pair
	return "copy:" + p.A + " / " + p.B
}

// panelItems returns the panel's entries under filter f, in the panel's
// order: the copies first, then the groups that are not scraps of a copy,
// most sources first (the report's order) or least faithful to the
// original first.
func (x *reportIndex) panelItems(f panelFilter) []panelItem {
	var out []panelItem
	for i, c := range x.copies {
		if x.copyMatches(c, f) {
			out = append(out, panelItem{Copy: i})
		}
	}
	order := make([]int, len(x.report.Groups))
	if f.ByVerdict && len(x.checks) > 0 {
		order = x.byVerdict()
	} else {
		for i := range order {
			order[i] = i
		}
	}
	for _, i := range order {
		g := &x.report.Groups[i]
		if _, ok := x.collapsed[g.ID]; ok {
			continue
		}
		if x.groupMatches(g, f) {
			out = append(out, panelItem{Group: g})
		}
	}
	return out
}

// groupMatches reports whether group g passes filter f.
func (x *reportIndex) groupMatches(g *annotations.Group, f panelFilter) bool {
	if f.Kind != "" && g.Kind != f.Kind {
		return false
	}
	if f.Source != "" && !contains(x.sources[g.ID], f.Source) {
		return false
	}
	if f.Speaker != "" {
		if g.Kind != annotations.KindQuote {
			return false
		}
		said := g.Speaker == f.Speaker
		for _, m := range g.Members {
			said = said || m.Speaker == f.Speaker
		}
		return said
	}
	return true
}

// copyMatches reports whether copy c passes filter f: one of its two
// documents is the source asked for; it holds a quotation when quotations
// are asked for, one of the speaker's when a speaker is.
func (x *reportIndex) copyMatches(c copyItem, f panelFilter) bool {
	if f.Source != "" && f.Source != c.Pair.A && f.Source != c.Pair.B {
		return false
	}
	if f.Kind == annotations.KindQuote && len(c.Quotes) == 0 {
		return false
	}
	if f.Speaker != "" {
		for _, id := range c.Quotes {
			if x.groupMatches(x.group[id], panelFilter{Speaker: f.Speaker}) {
				return true
			}
		}
		return false
	}
	return true
}

// target is where the reader goes for a panel item: the group to show,
// in document near if it has it (else the first that does); a copy's
// first group, in one of the copy's two documents.
func (x *reportIndex) target(it panelItem, near string) (group, doc string) {
	if it.Group != nil {
		group = it.Group.ID
	} else if c := x.copies[it.Copy]; len(c.Groups) > 0 {
		// A copy is shown in one of its two documents.
		group = c.Groups[0]
		if near != c.Pair.A && near != c.Pair.B {
			near = c.Pair.A
		}
	}
	srcs := x.sources[group]
	if contains(srcs, near) {
		return group, near
	}
	return group, first(srcs, 0)
}

// person is one speaker of the report with the quotations credited to
// them: each shared quotation once (its group), each other quotation by
// itself, and the outlets (documents) that quote them.
type person struct {
	Name    string
	Quotes  []personQuote
	Outlets []string
	// Roles are the titles or offices the outlets give the person
	// (speaker_role), each once.
	Roles []string
}

// personQuote is one quotation of a person: a group (Group set) or a
// quotation of one document (Doc and Quote), with its words and the
// number of outlets that print it.
type personQuote struct {
	Group, Doc, Quote, Text string
	Outlets                 int
	// Credited is how many of those outlets credit it to this person:
	// fewer than Outlets when they disagree on who said it.
	Credited int
}

// unknownSpeaker is the speaker of a quotation whose text does not say.
const unknownSpeaker = "unknown"

// prepare works out what the groups panel's filters and the speakers view
// ask for, so that the first render of each does not: for a thousand
// articles, ranking the people quoted was a third of the groups panel's
// first render.
func (x *reportIndex) prepare() {
	x.speakers()
	x.choices("", "")
}

// speakers returns the people quoted in the report, those quoted by most
// outlets first, then by most quotations, then by name. Scare quotes and
// quotations with no speaker are left out.
func (x *reportIndex) speakers() []person {
	if x.people != nil {
		return x.people
	}
	byName := map[string]*person{}
	var order []*person
	seenGroup := map[[2]string]int{} // person and group → index in the person's Quotes
	for _, d := range x.matched {
		for _, q := range d.Quotes {
			if q.Short || q.Speaker == "" || q.Speaker == unknownSpeaker {
				continue
			}
			p := byName[q.Speaker]
			if p == nil {
				p = &person{Name: q.Speaker}
				byName[q.Speaker] = p
				order = append(order, p)
			}
			if !contains(p.Outlets, d.Name) {
				p.Outlets = append(p.Outlets, d.Name)
			}
			if r := q.SpeakerRole; r != "" && !slices.ContainsFunc(p.Roles, func(x string) bool { return strings.EqualFold(x, r) }) {
				p.Roles = append(p.Roles, r)
			}
			if id := x.grouped[d.Name+"\x00"+q.ID]; id != "" {
				k := [2]string{q.Speaker, id}
				if i, ok := seenGroup[k]; ok {
					if p.Quotes[i].Doc != d.Name {
						p.Quotes[i].Credited++
					}
					continue
				}
				seenGroup[k] = len(p.Quotes)
				p.Quotes = append(p.Quotes, personQuote{Group: id, Doc: d.Name, Quote: q.ID,
					Text: x.memberText(reference(x.group[id])), Outlets: len(x.sources[id]), Credited: 1})
				continue
			}
			p.Quotes = append(p.Quotes, personQuote{Doc: d.Name, Quote: q.ID, Text: q.Text, Outlets: 1, Credited: 1})
		}
	}
	people := make([]person, 0, len(order))
	for _, p := range order {
		sort.SliceStable(p.Quotes, func(i, j int) bool { return p.Quotes[i].Outlets > p.Quotes[j].Outlets })
		people = append(people, *p)
	}
	sort.SliceStable(people, func(i, j int) bool {
		a, b := people[i], people[j]
		if len(a.Outlets) != len(b.Outlets) {
			return len(a.Outlets) > len(b.Outlets)
		}
		if len(a.Quotes) != len(b.Quotes) {
			return len(a.Quotes) > len(b.Quotes)
		}
		return a.Name < b.Name
	})
	x.people = people
	if x.people == nil {
		x.people = []person{}
	}
	return x.people
}
