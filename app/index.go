package app

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crossquote/crossquote/annotations"
)

// paletteSize is the number of highlight colours (Paul Tol's "light"
// scheme and three of his "pale" ones, colour-blind safe); see
// web/crossquote.css classes hl-c0 … hl-c11. Each colour comes in
// lookStyles styles (plain, and underlined with a dashed line), so there
// are looks distinct highlights; see assignLooks.
const (
	paletteSize = 12
	lookStyles  = 2
	looks       = paletteSize * lookStyles
)

// reportIndex answers the questions the views ask of a report: which group
// a quotation belongs to, which colour a group has, where else it appears.
// It is rebuilt whenever the report changes and never modified afterwards.
type reportIndex struct {
	report *annotations.Report
	// docs are the documents that could be read, in report order; matched
	// leaves out the duplicates (the same text given twice), which take no
	// part in matching.
	docs    []*annotations.Document
	matched []*annotations.Document
	byName  map[string]*annotations.Document
	// colour maps a group ID to its look (see assignLooks): a palette
	// colour and a style.
	colour map[string]int
	group  map[string]*annotations.Group
	// members lists, per document, the group occurrences in it.
	members map[string][]memberRef
	// grouped marks the quotations (document + "\x00" + quote ID) that a
	// group holds, so they are not also shown as single-source quotations.
	grouped map[string]string
	// sources lists each group's documents in report order, once each.
	sources map[string][]string
	// first maps each group of the report to the index of its first
	// member in each of its documents (see member).
	first map[*annotations.Group]map[string]int
	// pairs caches topPairs.
	pairs []sourcePair
	// pos is each group's place in the report.
	pos map[string]int
	// diffs caches diffView's word diffs.
	diffs map[[2]string][]annotations.DiffPart
	// checks are the quotations' checks against the original (see
	// indexChecks).
	checks map[string]*annotations.Check
	// copies are the pairs of documents one of which copies the other
	// (see copyItems); collapsed maps the ID of a group that is only a
	// scrap of one of them to its index in copies.
	copies    []copyItem
	collapsed map[string]int
	// people caches the speakers (see speakers), pairAt the index of
	// each pair of documents in the report's pairs (see pairOf).
	people []person
	pairAt map[[2]string]int
	// chosen caches choices by its arguments: each render of the panels
	// asks again, and with a thousand sources each answer ranks them all.
	chosen map[[2]string][]*annotations.Document
}

// memberRef is one occurrence of a group in one document.
type memberRef struct {
	Group  *annotations.Group
	Member annotations.Member
}

func newReportIndex(r *annotations.Report) *reportIndex {
	x := &reportIndex{
		report:  r,
		byName:  map[string]*annotations.Document{},
		colour:  map[string]int{},
		group:   map[string]*annotations.Group{},
		members: map[string][]memberRef{},
		grouped: map[string]string{},
		sources: map[string][]string{},
		first:   map[*annotations.Group]map[string]int{},
		pos:     map[string]int{},
		diffs:   map[[2]string][]annotations.DiffPart{},
		checks:  indexChecks(r),
	}
	if r == nil {
		return x
	}
	for _, d := range r.Documents {
		if d.Error == "" {
			x.docs = append(x.docs, d)
			x.byName[d.Name] = d
			if d.DuplicateOf == "" {
				x.matched = append(x.matched, d)
			}
		}
	}
	for i := range r.Groups {
		g := &r.Groups[i]
		x.group[g.ID] = g
		x.pos[g.ID] = i
		first := map[string]int{} // document → its first member's index
		x.first[g] = first
		for j, m := range g.Members {
			x.members[m.Document] = append(x.members[m.Document], memberRef{g, m})
			if m.Quote != "" {
				x.grouped[m.Document+"\x00"+m.Quote] = g.ID
			}
			for _, o := range m.Also {
				if o.Quote != "" {
					x.grouped[m.Document+"\x00"+o.Quote] = g.ID
				}
			}
			if _, ok := first[m.Document]; !ok {
				first[m.Document] = j
				x.sources[g.ID] = append(x.sources[g.ID], m.Document)
			}
		}
	}
	x.assignLooks()
	x.copies, x.collapsed = copyItems(x)
	return x
}

// assignLooks gives each group a look so that no two groups of one
// document look alike: groups are taken in report order, each getting
// the first look none of the groups already coloured in its documents
// has. A document with more groups than looks reuses them; the number
// badge (see number) still tells its groups apart.
func (x *reportIndex) assignLooks() {
	used := map[string]uint64{} // document → looks taken there
	for i := range x.report.Groups {
		g := &x.report.Groups[i]
		var taken uint64
		for _, d := range x.sources[g.ID] {
			taken |= used[d]
		}
		look := i % looks
		for l := 0; l < looks; l++ {
			if taken&(1<<l) == 0 {
				look = l
				break
			}
		}
		x.colour[g.ID] = look
		for _, d := range x.sources[g.ID] {
			used[d] |= 1 << look
		}
	}
}

// number is the group's number as the page shows it, on its highlights'
// badges and in the panel: its place in the report, from 1.
func (x *reportIndex) number(id string) int { return x.order(id) + 1 }

// reference returns group g's reference member, the rendering the others
// are measured against.
func reference(g *annotations.Group) annotations.Member {
	if g.Reference >= 0 && g.Reference < len(g.Members) {
		return g.Members[g.Reference]
	}
	return g.Members[0]
}

// groupsOf returns the groups present in document name, in report order.
func (x *reportIndex) groupsOf(name string) []*annotations.Group {
	var gs []*annotations.Group
	seen := map[string]bool{}
	for _, ref := range x.members[name] {
		if !seen[ref.Group.ID] {
			seen[ref.Group.ID] = true
			gs = append(gs, ref.Group)
		}
	}
	sort.SliceStable(gs, func(i, j int) bool { return x.order(gs[i].ID) < x.order(gs[j].ID) })
	return gs
}

func (x *reportIndex) order(id string) int {
	if i, ok := x.pos[id]; ok {
		return i
	}
	return len(x.report.Groups)
}

// shared counts the groups documents a and b have in common.
func (x *reportIndex) shared(a, b string) int {
	n := 0
	for _, g := range x.report.Groups {
		var inA, inB bool
		for _, d := range x.sources[g.ID] {
			inA = inA || d == a
			inB = inB || d == b
		}
		if inA && inB {
			n++
		}
	}
	return n
}

// member returns group g's first occurrence in document name.
func (x *reportIndex) member(g *annotations.Group, name string) (annotations.Member, bool) {
	// A group of the report is looked up: the panels ask of every pair
	// of documents, and a group may have a thousand members.
	if first, ok := x.first[g]; ok {
		if j, ok := first[name]; ok {
			return g.Members[j], true
		}
		return annotations.Member{}, false
	}
	for _, m := range g.Members {
		if m.Document == name {
			return m, true
		}
	}
	return annotations.Member{}, false
}

// hoverSources is how many other sources a tooltip names.
const hoverSources = 10

// hoverTitle is the tooltip of an occurrence of group g in document name:
// where else the remark appears and how similar each rendering is.
func (x *reportIndex) hoverTitle(g *annotations.Group, name string) string {
	var b strings.Builder
	what := "Quotation"
	if g.Kind == annotations.KindPassage {
		what = "Passage"
	}
	fmt.Fprintf(&b, "%s %d (%s)", what, x.number(g.ID), g.ID)
	if m, ok := x.member(g, name); ok {
		if m.Speaker != "" && g.Kind == annotations.KindQuote {
			fmt.Fprintf(&b, " — %s", m.Speaker)
		}
		fmt.Fprintf(&b, "\nHere: %s", relationText(m))
	} else if g.Speaker != "" {
		fmt.Fprintf(&b, " — %s", g.Speaker)
	}
	if g.SpeakersDisagree {
		b.WriteString("\nThe outlets credit these words to different people.")
	}
	fmt.Fprintf(&b, "\nShared by %d sources. Also in:", len(x.sources[g.ID]))
	listed := 0
	for _, m := range g.Members {
		if m.Document == name {
			continue
		}
		if listed == hoverSources {
			fmt.Fprintf(&b, "\n• and %d more", len(g.Members)-1-listed)
			break
		}
		listed++
		// The title a reader knows it by, and the file it came from: two
		// outlets' pages may share a title.
		who := ""
		if m.Speaker != "" && g.Kind == annotations.KindQuote {
			who = ", credited to " + m.Speaker
		}
		if l := x.label(m.Document); l != m.Document {
			fmt.Fprintf(&b, "\n• %s — %s (%s%s)", l, m.Document, relationText(m), who)
		} else {
			fmt.Fprintf(&b, "\n• %s (%s%s)", l, relationText(m), who)
		}
	}
	return b.String()
}

// memberText is what a group member says: for a split quotation its
// quoted parts without the attribution between them.
func (x *reportIndex) memberText(m annotations.Member) string {
	if d := x.byName[m.Document]; d != nil && m.Quote != "" {
		for _, q := range d.Quotes {
			if q.ID == m.Quote && len(q.Parts) > 1 && q.Span == m.Span {
				parts := make([]string, 0, len(q.Parts))
				for _, p := range q.Parts {
					if validSpan(d.Text, p) {
						parts = append(parts, strings.TrimSpace(p.Text(d.Text)))
					}
				}
				return strings.Join(parts, " ")
			}
		}
	}
	return m.Text
}

// label is the name a reader knows a document by: its title, else its file.
func (x *reportIndex) label(name string) string {
	if d := x.byName[name]; d != nil && d.Title != "" {
		return d.Title
	}
	return name
}

func percent(f float64) string { return fmt.Sprintf("%.0f%%", f*100) }

// relationText says how a member's words stand to its group's reference
// rendering, never more than they are: "identical", "variant, similarity
// 0.93", "part: 10 of 34 words", "contains: 34 words around the 10".
// A similarity is never shown as 1 (or 100%) for words that differ.
func relationText(m annotations.Member) string {
	switch m.Relation {
	case annotations.RelationIdentical:
		return "identical"
	case "": // a report made before relations
		if m.Similarity >= 1 {
			return "identical"
		}
	case annotations.RelationFragment:
		if m.Words > 0 && m.ReferenceWords > 0 {
			return fmt.Sprintf("part: %d of %d words", m.Words, m.ReferenceWords)
		}
		return "part of it"
	case annotations.RelationContains:
		if m.Words > 0 && m.ReferenceWords > 0 {
			return fmt.Sprintf("contains it: %d words around its %d", m.Words, m.ReferenceWords)
		}
		return "contains it"
	}
	return "variant, similarity " + similarity(m.Similarity)
}

// similarity writes a similarity below 1 with two decimals, never
// rounded up to 1.00.
func similarity(f float64) string {
	t := fmt.Sprintf("%.2f", f)
	if t == "1.00" {
		return "0.99"
	}
	if t == "0.00" {
		return "0.01"
	}
	return t
}
