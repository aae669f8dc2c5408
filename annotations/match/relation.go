package match

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// Relation says how a member's words stand to its group's reference
// rendering (see [Group.Reference]), so that a similarity is never read
// as more than it is.
type Relation string

// The relations of a member to its group's reference.
const (
	// RelationIdentical: the same words after normalisation; similarity 1.
	RelationIdentical Relation = "identical"
	// RelationVariant: an edited rendering; similarity is the edit
	// similarity, above 0 and below 1.
	RelationVariant Relation = "variant"
	// RelationFragment: the member's words are a part of the reference,
	// word for word or nearly; Words and ReferenceWords say how large a
	// part, and similarity is that share.
	RelationFragment Relation = "fragment"
	// RelationContains: the reference is a part of the member's words;
	// similarity is the share of the member the reference covers.
	RelationContains Relation = "contains"
)

// fragmentShare is the share of the longer rendering that an aligned
// shorter one must fall short of to be a fragment or a container rather
// than a variant of it: the drift the grouping itself accepts as the whole
// of a quotation. It is also the word similarity the shorter one must
// have to its window in the longer one to count as a part of it at all.
const fragmentShare = 0.8

// minSimilarity is the lowest similarity a member is shown with: every
// member was grouped for a reason, so none reads "0.00".
const minSimilarity = 0.001

// maxBelowOne is the highest similarity shown for words that differ from
// the reference: a rounded 1 would claim they are identical.
const maxBelowOne = 0.999

// A quoteKey names a quotation: its document and its ID.
type quoteKey struct{ doc, quote string }

// A settledMember is a member with the words it stands for.
type settledMember struct {
	Member
	toks []token
}

// settle makes groups read right. Groups of one kind that cover the same
// bytes of a document are one utterance and are merged; a group then keeps
// one member per document, the others of that document attached to it as
// Also; and every member gets its relation to the group's reference
// rendering, the one most documents print (then the longest).
func (c *corpus) settle(groups []Group) []Group {
	c.byName = make(map[string]int, len(c.docs))
	c.split = make(map[quoteKey][]span.Span)
	c.short = make(map[quoteKey]bool)
	for i, d := range c.docs {
		c.byName[d.Name] = i
		for _, q := range d.Quotes {
			if len(q.Parts) > 0 {
				c.split[quoteKey{d.Name, q.ID}] = q.Parts
			}
			if q.Short {
				c.short[quoteKey{d.Name, q.ID}] = true
			}
		}
	}
	groups = c.mergeOverlapping(groups)
	qm := &quoteMatcher{corpus: c}
	thick := make([]bool, len(groups)) // passages with content of their own
	for gi := range groups {
		g := &groups[gi]
		members := c.oneMemberPerDocument(g.Members)
		ref := reference(members)
		for i := range members {
			m := &members[i]
			if i == ref {
				m.Relation, m.Similarity, m.Words, m.ReferenceWords = RelationIdentical, 1, 0, 0
				continue
			}
			qm.relate(m, members[ref].toks)
		}
		g.Members = g.Members[:0]
		for _, m := range members {
			g.Members = append(g.Members, m.Member)
		}
		g.Reference = ref
		g.Sources = len(members)
		if g.Kind == KindPassage {
			thick[gi] = true
			for _, m := range members {
				if c.distinctiveWords(m.Document, m.toks) < minPassageWords {
					thick[gi] = false
				}
			}
		}
		if g.Kind == KindQuote {
			names, short := make([]string, len(members)), make([]bool, len(members))
			for i, m := range members {
				names[i], short[i] = m.Speaker, c.short[quoteKey{m.Document, m.Quote}]
			}
			g.Speaker, g.SpeakersDisagree = SpeakerVote(names, short)
		}
	}
	kept := groups[:0]
	for gi, g := range groups {
		if g.Sources >= 2 && (g.Kind != KindPassage || thick[gi]) {
			kept = append(kept, g)
		}
	}
	return kept
}

// minPassageWords is how many distinctive words the shortest member of a
// passage group must hold: shared words with no content of their own (a
// list of names, an agency's credit line, "the ministry said on Monday
// that") are not copy worth showing, however long.
const minPassageWords = 4

// distinctiveWords counts the distinct words of toks, in document doc,
// that carry content of their own: not stopwords, not numbers and not
// capitalised (names, places, titles and the start of a credit line).
func (c *corpus) distinctiveWords(doc string, toks []token) int {
	text := c.docs[c.byName[doc]].Text
	seen := make(map[int32]bool)
	for _, t := range toks {
		if c.lex.stop[t.word] || seen[t.word] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[t.start:t.end])
		if !unicode.IsLower(r) {
			continue
		}
		seen[t.word] = true
	}
	return len(seen)
}

// mergeOverlapping joins the groups of one kind whose members share bytes
// of a document: pieces of one utterance belong to the group of that
// utterance, whatever matching found them through.
func (c *corpus) mergeOverlapping(groups []Group) []Group {
	type cover struct {
		kind Kind
		doc  string
	}
	type piece struct {
		span.Span
		group int
	}
	byDoc := make(map[cover][]piece)
	var keys []cover
	for gi, g := range groups {
		for _, m := range g.Members {
			k := cover{g.Kind, m.Document}
			if byDoc[k] == nil {
				keys = append(keys, k)
			}
			byDoc[k] = append(byDoc[k], piece{m.Span, gi})
		}
	}
	u := newUnionFind(len(groups))
	merged := false
	for _, k := range keys {
		ps := byDoc[k]
		sort.Slice(ps, func(i, j int) bool { return ps[i].Start < ps[j].Start })
		far := ps[0]
		for _, p := range ps[1:] {
			if p.Start < far.End {
				if u.find(p.group) != u.find(far.group) {
					u.union(p.group, far.group)
					merged = true
				}
			}
			if p.End > far.End {
				far = p
			}
		}
	}
	if !merged {
		return groups
	}
	var out []Group
	at := make(map[int]int) // root → index in out
	for gi, g := range groups {
		r := u.find(gi)
		k, ok := at[r]
		if !ok {
			at[r] = len(out)
			out = append(out, g)
			continue
		}
		out[k].Members = append(out[k].Members, g.Members...)
	}
	return out
}

// oneMemberPerDocument folds the members of one document into one: the
// longest stands for the utterance and the others are attached to it as
// Also. A piece that adds words (the other part of a split remark) adds
// them to the member's words, in text order; a repeat of words the member
// already has adds none.
func (c *corpus) oneMemberPerDocument(ms []Member) []settledMember {
	all := make([]settledMember, len(ms))
	for i, m := range ms {
		all[i] = settledMember{Member: m, toks: c.memberTokens(m)}
	}
	// By document, then in text order: each document's members are a run.
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Document != all[j].Document {
			return all[i].Document < all[j].Document
		}
		return all[i].Start < all[j].Start
	})
	out := all[:0]
	for lo := 0; lo < len(all); {
		hi := lo + 1
		for hi < len(all) && all[hi].Document == all[lo].Document {
			hi++
		}
		run := all[lo:hi]
		lo = hi
		best := 0
		for i, m := range run {
			if len(m.toks) > len(run[best].toks) {
				best = i
			}
		}
		lead := run[best]
		lead.Also = nil
		if len(run) > 1 {
			var words []token
			var last span.Span
			for k, m := range run {
				if k > 0 && m.Span == last {
					continue // one quotation reached through two groups
				}
				last = m.Span
				if m.Span == lead.Span {
					words = append(words, m.toks...)
					continue
				}
				lead.Also = append(lead.Also, Occurrence{Quote: m.Quote, Span: m.Span, Text: m.Text})
				if !containsTokens(lead.toks, m.toks) {
					words = append(words, m.toks...)
				}
				if !knownSpeaker(lead.Speaker) {
					lead.Speaker = m.Speaker
				}
			}
			lead.toks = words
		}
		out = append(out, lead) // out trails the runs it reads
	}
	return out
}

// containsTokens reports whether needle's words occur in hay, two runs of
// tokens of one text in text order. It looks first where needle's first
// word stands in the text: a member within the lead member's span is found
// there at once. Elsewhere it scans hay only up to maxContainScan tokens:
// the lead of two near-identical long files is a whole document, with
// thousands of other members of that document beside it, and scanning it
// for each was quadratic; past the bound a member's words count as its own.
func containsTokens(hay, needle []token) bool {
	if len(needle) > 0 {
		p, _ := slices.BinarySearchFunc(hay, needle[0].start, func(t token, at int32) int { return cmp.Compare(t.start, at) })
		if p+len(needle) <= len(hay) && sameWords(hay[p:p+len(needle)], needle) {
			return true
		}
	}
	return len(hay) <= maxContainScan && indexTokens(hay, needle) >= 0
}

// maxContainScan is the longest lead member containsTokens scans for
// another member's words: ten times a long news article.
const maxContainScan = 20000

// memberTokens returns the normalised words of a member: the quoted parts
// of its quotation, or its span of text.
func (c *corpus) memberTokens(m Member) []token {
	doc, ok := c.byName[m.Document]
	if !ok {
		return nil
	}
	if parts, ok := c.split[quoteKey{m.Document, m.Quote}]; m.Quote != "" && ok {
		toks := c.arena[len(c.arena):]
		for _, p := range parts {
			if ps, ok := clampSpan(p, len(c.docs[doc].Text)); ok {
				toks = append(toks, c.spanTokens(doc, ps)...)
			}
		}
		return c.keep(toks)
	}
	return c.spanTokens(doc, m.Span)
}

// settleArena is the size of the blocks members' words are kept in: one
// allocation for many short quotations.
const settleArena = 4096

// keep returns toks, tokenised at the free end of the arena, and takes
// the room they use; words that did not fit were moved by append and
// need no room. The arena gets a new block when it is full.
func (c *corpus) keep(toks []token) []token {
	if n := len(c.arena); cap(c.arena)-n >= len(toks) && (len(toks) == 0 || &c.arena[:n+1][n] == &toks[0]) {
		c.arena = c.arena[:n+len(toks)]
	}
	if cap(c.arena)-len(c.arena) < 64 {
		c.arena = make([]token, 0, settleArena)
	}
	return toks[:len(toks):len(toks)]
}

// reference picks the member whose words most members print, then the
// longest, then the first: the rendering the others are measured against.
func reference(ms []settledMember) int {
	count := make(map[string]int)
	keys := make([]string, len(ms))
	for i, m := range ms {
		key := make([]byte, 0, 4*len(m.toks))
		for _, t := range m.toks {
			key = append(key, byte(t.word), byte(t.word>>8), byte(t.word>>16), byte(t.word>>24))
		}
		keys[i] = string(key)
		count[keys[i]]++
	}
	best := 0
	for i := range ms {
		if n, bn := count[keys[i]], count[keys[best]]; n > bn || n == bn && len(ms[i].toks) > len(ms[best].toks) {
			best = i
		}
	}
	return best
}

// relate sets m's relation to the reference words ref and a similarity
// that says no more than that relation.
func (c *quoteMatcher) relate(m *settledMember, ref []token) {
	a := m.toks
	m.Words, m.ReferenceWords = len(a), len(ref)
	switch {
	case sameWords(a, ref):
		m.Relation, m.Similarity, m.Words, m.ReferenceWords = RelationIdentical, 1, 0, 0
		return
	case len(a) < len(ref) && indexTokens(ref, a) >= 0:
		m.Relation, m.Similarity = RelationFragment, share(len(a), len(ref))
		return
	case len(ref) < len(a) && indexTokens(a, ref) >= 0:
		m.Relation, m.Similarity = RelationContains, share(len(ref), len(a))
		return
	}
	// Nearly a part: align the shorter in the longer and see whether the
	// window is much shorter than the longer one.
	short, long, rel := a, ref, RelationFragment
	if len(ref) < len(a) {
		short, long, rel = ref, a, RelationContains
	}
	if len(short) >= 2 && len(short)*len(long) <= maxAlignCells {
		s, e := alignWindow(short, long)
		if float64(e-s) < fragmentShare*float64(len(long)) {
			// The window must be the shorter one's words, nearly: two
			// renderings that only overlap are variants of each other.
			if w := wordSimilarity(short, long[s:e]); w >= fragmentShare {
				m.Relation, m.Similarity = rel, clampSim(w*float64(len(short))/float64(len(long)))
				return
			}
		}
	}
	ar := c.lex.appendRunes(nil, a)
	m.Relation, m.Similarity, m.Words, m.ReferenceWords = RelationVariant, clampSim(c.similarity(ar, a, ref)), 0, 0
}

// share is the similarity of a part of n words of a whole of total words.
func share(n, total int) float64 { return clampSim(float64(n) / float64(total)) }

// clampSim rounds a similarity of words that differ from the reference
// and keeps it strictly between 0 and 1.
func clampSim(s float64) float64 {
	return min(maxBelowOne, max(minSimilarity, roundSim(s)))
}

// SpeakerVote returns the speaker most of names, a group's members'
// speakers, agree on. Outlets name one person differently ("Mr Falk",
// "Ines Falk", "Falk"), so the vote is by last word, earliest first on a
// tie, and the winner is shown in its fullest form. disagree reports that
// known speakers of two last names were found among the members that are
// not short (short[i] for names[i]; nil when none is): outlets that credit
// a phrase of a word or two ("fake news") to different people do not
// disagree about a remark.
func SpeakerVote(names []string, short []bool) (speaker string, disagree bool) {
	type vote struct {
		n    int
		name string
	}
	votes := make(map[string]*vote)
	var best *vote
	named := 0                 // last names of speakers named by name, not described
	first := map[string]bool{} // last names met among the members not short
	for i, s := range names {
		s = strings.TrimSpace(s)
		if !knownSpeaker(s) {
			continue
		}
		f := strings.Fields(s)
		key := textutil.ToLower(f[len(f)-1])
		if (short == nil || !short[i]) && !first[key] {
			// A last name is a name or a description by its first
			// member.
			first[key] = true
			if isNamedSpeaker(s) {
				named++
			}
		}
		v := votes[key]
		if v == nil {
			v = &vote{name: s}
			votes[key] = v
		}
		v.n++
		if len(s) > len(v.name) {
			v.name = s
		}
		if best == nil || v.n > best.n {
			best = v
		}
	}
	if best == nil {
		return "", false
	}
	return best.name, named > 1
}

// isNamedSpeaker reports whether a speaker is a name (Ann Hale, the Harbour
// Board's name) rather than a description (the official, a spokesman):
// only two names are a disagreement, since a description may be either.
func isNamedSpeaker(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
