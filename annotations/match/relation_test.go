package match

import (
	"strings"
	"testing"
)

// quoteGroupsOf returns the quote groups of docs.
func quoteGroupsOf(docs []*Source) []Group {
	var out []Group
	for _, g := range Match(docs, DefaultOptions()) {
		if g.Kind == KindQuote {
			out = append(out, g)
		}
	}
	return out
}

// memberOf returns the member of g from document doc.
func memberOf(t *testing.T, g Group, doc string) Member {
	t.Helper()
	for _, m := range g.Members {
		if m.Document == doc {
			return m
		}
	}
	t.Fatalf("%s has no member from %s: %+v", g.ID, doc, g.Members)
	return Member{}
}

// TestSplitAndWhole: one outlet splits a remark around its attribution,
// another prints it whole; the remark is one group, the split outlet has
// one member carrying the other piece, and both read as identical.
func TestSplitAndWhole(t *testing.T) {
	docs := []*Source{
		testDoc("whole.txt", `“The lantern festival will return to the old quay next spring, and every stall will be free for local makers,” the mayor said.`),
		testDoc("split.txt", `“The lantern festival will return to the old quay next spring,” the mayor said at the quay on Monday. “And every stall will be free for local makers.”`),
	}
	groups := quoteGroupsOf(docs)
	if len(groups) != 1 {
		t.Fatalf("%d quote groups, want 1: %+v", len(groups), groups)
	}
	g := groups[0]
	if g.Sources != 2 || len(g.Members) != 2 {
		t.Fatalf("sources %d, members %d, want 2 and 2", g.Sources, len(g.Members))
	}
	s := memberOf(t, g, "split.txt")
	if len(s.Also) != 1 {
		t.Errorf("split member carries %d other pieces, want 1: %+v", len(s.Also), s)
	}
	for _, m := range g.Members {
		if m.Relation != RelationIdentical || m.Similarity != 1 {
			t.Errorf("%s: %s %.3f, want identical 1", m.Document, m.Relation, m.Similarity)
		}
	}
}

// TestFragmentAndFull: a short piece of a long remark is a fragment with
// its share of the words, never 1; a member printing the whole remark and
// more contains the reference.
func TestFragmentAndFull(t *testing.T) {
	full := `We will rebuild the northern seawall before the autumn storms, we will pay every family that lost a boat, and we will open the harbour school again by the first week of term`
	docs := []*Source{
		testDoc("a.txt", `“`+full+`,” the minister said.`),
		testDoc("b.txt", `Speaking at the pier, she said “`+full+`.”`),
		testDoc("c.txt", `The minister promised: “We will rebuild the northern seawall before the autumn storms.”`),
		testDoc("d.txt", `“`+full+`. Nobody in this town will be left behind this winter,” she told the crowd.`),
	}
	groups := quoteGroupsOf(docs)
	if len(groups) != 1 {
		t.Fatalf("%d quote groups, want 1: %+v", len(groups), groups)
	}
	g := groups[0]
	if ref := g.Members[g.Reference]; !strings.Contains(ref.Text, "first week of term") || strings.Contains(ref.Text, "Nobody") {
		t.Errorf("reference %q, want the full remark most outlets print", ref.Text)
	}
	c := memberOf(t, g, "c.txt")
	words := len(strings.Fields(full))
	if c.Relation != RelationFragment || c.Words != 10 || c.ReferenceWords != words || c.Similarity >= 0.5 || c.Similarity <= 0 {
		t.Errorf("fragment: %s, %d of %d words, similarity %.3f; want fragment, 10 of %d, a share below one half",
			c.Relation, c.Words, c.ReferenceWords, c.Similarity, words)
	}
	d := memberOf(t, g, "d.txt")
	if d.Relation != RelationContains || d.Similarity >= 1 || d.Words <= d.ReferenceWords {
		t.Errorf("container: %s %.3f, %d words against %d; want contains below 1", d.Relation, d.Similarity, d.Words, d.ReferenceWords)
	}
	for _, m := range g.Members {
		if m.Similarity <= 0 || m.Similarity > 1 || m.Similarity == 1 && m.Relation != RelationIdentical {
			t.Errorf("%s: %s with similarity %v", m.Document, m.Relation, m.Similarity)
		}
	}
}

// TestVariantBelowOne: an edited rendering is a variant whose similarity
// is a real number below 1.
func TestVariantBelowOne(t *testing.T) {
	docs := []*Source{
		testDoc("a.txt", `“We will finish the northern road before the next harvest season,” she said.`),
		testDoc("b.txt", `“We will finish the northern road before the next harvest season,” she said again.`),
		testDoc("c.txt", `“We will finish the northern roads before the next harvest season,” she said.`),
	}
	groups := quoteGroupsOf(docs)
	if len(groups) != 1 {
		t.Fatalf("%d quote groups, want 1", len(groups))
	}
	c := memberOf(t, groups[0], "c.txt")
	if c.Relation != RelationVariant || c.Similarity >= 1 || c.Similarity < 0.9 {
		t.Errorf("variant: %s %.3f, want variant between 0.9 and 1", c.Relation, c.Similarity)
	}
}

// TestNameListPassage: two outlets share a list of names and places, long
// enough to be a passage, with no words of its own; it is not a passage
// group, while a shared sentence of content is.
func TestNameListPassage(t *testing.T) {
	names := `Ines Falk of Marrowby, Ode Marsh of Kettleford, Tilda Wren of Saltmere, Bram Oakes of Hollin Cross and Petra Lund of Wyvern Bay`
	content := `the ferry company quietly doubled its winter fares after the harbour board refused to renew the fuel subsidy`
	docs := []*Source{
		testDoc("a.txt", "The winners were "+names+".\n\nLocal traders say "+content+" last year."),
		testDoc("b.txt", "Prizes went to "+names+".\n\nCritics note that "+content+" in March."),
	}
	var passages []string
	for _, g := range Match(docs, DefaultOptions()) {
		if g.Kind == KindPassage {
			passages = append(passages, g.Members[0].Text)
		}
	}
	if len(passages) != 1 || !strings.Contains(passages[0], "fuel subsidy") {
		t.Errorf("passages %q, want only the sentence of content", passages)
	}
}
