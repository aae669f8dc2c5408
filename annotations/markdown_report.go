package annotations

import (
	"fmt"
	"sort"
	"strings"
)

// Markdown returns a readable Markdown summary of the report: one section
// per shared group, most sources first, the checks against the original if
// the report has one, then one section per document with
// its metadata, the boilerplate removed by reason and the quotations no
// other source shares.
//
// All article text is escaped, so a hostile article cannot inject Markdown
// structure, links or HTML into the rendered summary.
func (r *Report) Markdown() string {
	var b strings.Builder
	b.WriteString("# Shared quotations\n\n")
	groups := append([]Group(nil), r.Groups...)
	sort.SliceStable(groups, func(i, j int) bool { return sourceCount(groups[i]) > sourceCount(groups[j]) })
	if len(groups) == 0 {
		b.WriteString("No quotation or passage appears in more than one source.\n\n")
	}
	byName := make(map[string]*Document, len(r.Documents))
	for _, d := range r.Documents {
		byName[d.Name] = d
	}
	writeCopies(&b, r.Pairs, byName)
	for _, g := range groups {
		writeGroup(&b, g, byName)
	}
	writeChecks(&b, r)
	b.WriteString("# Documents\n\n")
	shared := sharedQuotes(r.Groups)
	for _, d := range r.Documents {
		writeDocument(&b, d, shared)
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// sourceCount returns the number of distinct documents in g.
func sourceCount(g Group) int {
	if g.Sources > 0 {
		return g.Sources
	}
	seen := map[string]bool{}
	for _, m := range g.Members {
		seen[m.Document] = true
	}
	return len(seen)
}

// writeCopies writes one line per pair of documents of which one carries
// a large share of the other (see [Pair]), before the groups that make it up.
func writeCopies(b *strings.Builder, pairs []Pair, byName map[string]*Document) {
	var copies []Pair
	for _, p := range pairs {
		if p.Copy {
			copies = append(copies, p)
		}
	}
	if len(copies) == 0 {
		return
	}
	b.WriteString("## Copies\n\n")
	for _, p := range copies {
		fmt.Fprintf(b, "- %s and %s: %s carries %.0f%% of %s; %s carries %.0f%% of %s, word for word or nearly\n",
			sourceName(p.A, byName), sourceName(p.B, byName),
			escapeMarkdown(p.B), 100*p.AShare, escapeMarkdown(p.A),
			escapeMarkdown(p.A), 100*p.BShare, escapeMarkdown(p.B))
	}
	b.WriteString("\n")
}

// sourceName names a document by its title and file name, escaped, with
// its link as text.
func sourceName(name string, byName map[string]*Document) string {
	d := byName[name]
	if d == nil || d.Title == "" {
		return escapeMarkdown(name)
	}
	s := escapeMarkdown(d.Title) + " (" + escapeMarkdown(name)
	if d.Link != "" {
		// As text, never as a link: it comes from the article.
		s += ", " + escapeMarkdown(d.Link)
	}
	return s + ")"
}

// relationText says how a member stands to its group's reference.
func relationText(m Member) string {
	switch m.Relation {
	case RelationFragment:
		return fmt.Sprintf("fragment: %d of %d words", m.Words, m.ReferenceWords)
	case RelationContains:
		return fmt.Sprintf("contains the reference: %d of its %d words", m.ReferenceWords, m.Words)
	case RelationVariant:
		return fmt.Sprintf("variant, similarity %.2f", m.Similarity)
	case RelationIdentical:
		return "identical"
	}
	return fmt.Sprintf("similarity %.2f", m.Similarity)
}

// writeGroup writes one shared group: a heading, then each member as a
// block quote followed by its source and its relation to the reference.
func writeGroup(b *strings.Builder, g Group, byName map[string]*Document) {
	who := "Unattributed quotation"
	switch {
	case g.Kind == KindPassage:
		who = "Shared passage"
	case g.Speaker != "":
		who = escapeMarkdown(g.Speaker)
	}
	fmt.Fprintf(b, "## %s (%s)\n\n", who, plural(sourceCount(g), "source"))
	for _, m := range g.Members {
		text := escapeMarkdown(m.Text)
		for _, o := range m.Also {
			text += " … " + escapeMarkdown(o.Text)
		}
		fmt.Fprintf(b, "> %s\n\n— %s (%s)\n\n", text, sourceName(m.Document, byName), relationText(m))
	}
}

// sharedQuotes returns the set of "document\x00quote ID" pairs that belong
// to some group.
func sharedQuotes(groups []Group) map[string]bool {
	shared := map[string]bool{}
	for _, g := range groups {
		for _, m := range g.Members {
			if m.Quote != "" {
				shared[m.Document+"\x00"+m.Quote] = true
			}
			for _, o := range m.Also {
				if o.Quote != "" {
					shared[m.Document+"\x00"+o.Quote] = true
				}
			}
		}
	}
	return shared
}

// writeDocument writes one document's section.
func writeDocument(b *strings.Builder, d *Document, shared map[string]bool) {
	title := d.Title
	if title == "" {
		title = d.Name
	}
	fmt.Fprintf(b, "## %s\n\n", escapeMarkdown(title))
	line := func(label, v string) {
		if v != "" {
			fmt.Fprintf(b, "- %s: %s\n", label, escapeMarkdown(v))
		}
	}
	line("File", d.Name)
	line("By", d.Byline)
	line("Date", d.Date)
	// The link is shown as escaped text, never as a link: it comes from
	// the article and may use any scheme.
	line("Link", d.Link)
	if d.Error != "" {
		line("Not read", d.Error)
		b.WriteString("\n")
		return
	}
	line("Removed", removedSummary(d.Removed))
	b.WriteString("\n")
	var own []Quote
	for _, q := range d.Quotes {
		if !shared[d.Name+"\x00"+q.ID] {
			own = append(own, q)
		}
	}
	if len(own) == 0 {
		return
	}
	b.WriteString("### Quotations only in this source\n\n")
	for _, q := range own {
		fmt.Fprintf(b, "> %s\n\n", escapeMarkdown(q.Text))
		if q.Speaker != "" {
			fmt.Fprintf(b, "— %s\n\n", escapeMarkdown(q.Speaker))
		}
	}
}

// removedSummary counts removed spans by reason, e.g. "3 navigation, 1 share".
func removedSummary(removed []Removal) string {
	counts := map[Reason]int{}
	for _, r := range removed {
		counts[r.Reason]++
	}
	reasons := make([]string, 0, len(counts))
	for r := range counts {
		reasons = append(reasons, string(r))
	}
	sort.Strings(reasons)
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = fmt.Sprintf("%d %s", counts[Reason(r)], r)
	}
	return strings.Join(parts, ", ")
}

// plural formats n with noun, adding "s" unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// markdownSpecial are the characters that can start inline Markdown or
// HTML anywhere in a line: emphasis, code, links, images, autolinks, raw
// HTML, character references, tables and strikethrough.
const markdownSpecial = "\\`*_[]<>&!|~#"

// escapeMarkdown makes s safe to place inside one Markdown line: white
// space runs (including newlines) become one space, special characters
// are backslash-escaped, and a leading character that could open a block
// (list marker, heading, quote, rule, ordered-list number) is escaped too.
func escapeMarkdown(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(markdownSpecial, c) >= 0 || i == 0 && strings.IndexByte("-+=:>", c) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	out := b.String()
	// "12. " or "3) " at the start would open an ordered list.
	digits := 0
	for digits < len(out) && '0' <= out[digits] && out[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(out) && (out[digits] == '.' || out[digits] == ')') {
		out = out[:digits] + "\\" + out[digits:]
	}
	return out
}
