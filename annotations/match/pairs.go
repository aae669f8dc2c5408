package match

import (
	"sort"

	"github.com/crossquote/crossquote/annotations/span"
)

// A Pair says how much of two documents' bodies the other carries word for
// word or nearly: the words of their shared quotations and passages. It
// names copies as copies: when one outlet reprints another's article, the
// pair says "B carries 48% of A" where the groups alone show a dozen
// alternating scraps.
type Pair struct {
	// A and B name the documents, A the earlier in input order.
	A string `json:"a"`
	B string `json:"b"`
	// AShare is the share of A's body words that B carries too, BShare
	// that of B's that A carries, both from 0 to 1.
	AShare float64 `json:"a_share"`
	BShare float64 `json:"b_share"`
	// ASpans and BSpans are the stretches of each text that the other
	// carries, in text order; stretches a few words apart are one.
	ASpans []span.Span `json:"a_spans"`
	BSpans []span.Span `json:"b_spans"`
	// Copy says that one of the two carries at least CopyShare of the
	// other's body, most of it outside quotation marks: a reprint or the
	// same wire story, not two reports quoting the same people.
	Copy bool `json:"copy,omitempty"`
	// Groups lists, for a copy, the IDs of the groups it is made of (the
	// quotations and passages the two share), so that a reader can be
	// shown one copied item listing the quotations inside it instead of
	// alternating scraps.
	Groups []string `json:"groups,omitempty"`
}

// CopyShare is the share of a body that another document must carry,
// mostly as shared passages, for the pair to be named a copy.
const CopyShare = 0.3

// pairGroupLimit bounds the members of one group whose pairs are counted:
// a group printed by hundreds of outlets would add the square of their
// number; its first pairGroupLimit members (in input order) still show
// which of them copy one another.
const pairGroupLimit = 64

// pairs returns, for every two documents that share a group, the shares
// of their bodies the other carries. Pairs are in input order of A, then B.
func (c *corpus) pairs(groups []Group) []Pair {
	index := make(map[string]int, len(c.docs))
	for i, d := range c.docs {
		index[d.Name] = i
	}
	type side struct {
		spans   []span.Span // this side's stretches shared with the other
		passage []span.Span // of which passages
		groups  []string    // the groups shared (kept on side 0 only)
	}
	type key struct{ a, b int }
	shared := make(map[key]*[2]side)
	var keys []key
	for _, g := range groups {
		ms := g.Members
		if len(ms) > pairGroupLimit {
			ms = ms[:pairGroupLimit]
		}
		for x := range ms {
			for y := range ms {
				a, b := index[ms[x].Document], index[ms[y].Document]
				if a >= b {
					continue
				}
				k := key{a, b}
				s := shared[k]
				if s == nil {
					s = new([2]side)
					shared[k] = s
					keys = append(keys, k)
				}
				s[0].groups = append(s[0].groups, g.ID)
				for i, m := range []Member{ms[x], ms[y]} {
					s[i].spans = appendMember(s[i].spans, m)
					if g.Kind == KindPassage {
						s[i].passage = appendMember(s[i].passage, m)
					}
				}
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].a < keys[j].a || keys[i].a == keys[j].a && keys[i].b < keys[j].b })
	out := make([]Pair, 0, len(keys))
	for _, k := range keys {
		s := shared[k]
		p := Pair{A: c.docs[k.a].Name, B: c.docs[k.b].Name}
		var words, passage [2]int
		for i, doc := range []int{k.a, k.b} {
			merged := c.mergeStretches(doc, s[i].spans)
			words[i] = c.wordsIn(doc, merged)
			passage[i] = c.wordsIn(doc, c.mergeStretches(doc, s[i].passage))
			if i == 0 {
				p.ASpans = merged
			} else {
				p.BSpans = merged
			}
		}
		p.AShare = c.bodyShare(k.a, words[0])
		p.BShare = c.bodyShare(k.b, words[1])
		for i, doc := range []int{k.a, k.b} {
			if c.bodyShare(doc, words[i]) >= CopyShare && 2*passage[i] >= words[i] {
				p.Copy = true
			}
		}
		if p.Copy {
			p.Groups = s[0].groups
		}
		out = append(out, p)
	}
	return out
}

// appendMember adds a member's span and the spans of its other pieces.
func appendMember(spans []span.Span, m Member) []span.Span {
	spans = append(spans, m.Span)
	for _, o := range m.Also {
		spans = append(spans, o.Span)
	}
	return spans
}

// bodyShare is the share of document doc's body that n words make up.
func (c *corpus) bodyShare(doc, n int) float64 {
	if len(c.body[doc]) == 0 {
		return 0
	}
	return min(1, roundSim(float64(n)/float64(len(c.body[doc]))))
}

// mergeStretches sorts spans of one document and joins those that overlap
// or lie at most memberGap body words apart, so a reprint reads as a few
// long stretches rather than alternating quotations and passages.
func (c *corpus) mergeStretches(doc int, spans []span.Span) []span.Span {
	if len(spans) == 0 {
		return nil
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	out := []span.Span{spans[0]}
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End || c.tokenAt(doc, s.Start)-c.tokenAt(doc, last.End) <= memberGap {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// tokenAt returns the number of body tokens of doc that start before
// byte offset at.
func (c *corpus) tokenAt(doc, at int) int {
	body := c.body[doc]
	return sort.Search(len(body), func(j int) bool { return int(body[j].start) >= at })
}

// wordsIn counts the body words of doc that start inside the given
// disjoint, sorted spans.
func (c *corpus) wordsIn(doc int, spans []span.Span) int {
	n := 0
	for _, s := range spans {
		n += c.tokenAt(doc, s.End) - c.tokenAt(doc, s.Start)
	}
	return n
}
