package match

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A quoteMatcher finds the quotations that documents share (quoteGroups):
// it links quotations through the bigram index, compares candidates by
// edit distance, and joins the links into groups. It reads the corpus and
// keeps its own scratch space for the edit distance.
type quoteMatcher struct {
	*corpus
	// wr and edit are scratch space for the edit distance.
	wr   []rune
	edit editScratch
}

// quoteGroups finds the shared quotations.
//
// Quotations that are equal or nearly so are joined first. A fragment (a
// quotation found inside a longer one) then joins the group of its
// container. When it fits containers of several groups, which happens when
// a truncated quotation stops before the words in which two remarks differ,
// it joins the one most documents carry instead of fusing them.
//
// A quotation that contains fragments matching separate parts of it (a long
// speech quoted in full by one outlet and in pieces by others, or a
// quotation the extractor ran on too far) is a hub: joining through it would
// fuse distinct remarks. A hub is instead added as a member to the group of
// each fragment, so it may appear in several groups.
func (c *quoteMatcher) quoteGroups(o Options) []Group {
	links := c.exactLinks()
	equal := newUnionFind(len(c.quotes))
	for _, l := range links {
		equal.union(l.a, l.b)
	}
	links = append(links, c.nearLinks(o, equal)...)
	hub := c.hubs(links)
	u := newUnionFind(len(c.quotes))
	for _, l := range links {
		if !l.part {
			u.union(l.a, l.b)
		}
	}
	joinFragments(u, links, hub, func(i int) int { return c.quotes[i].doc })
	best := make([]float64, len(c.quotes))
	// extra[root] holds the hubs joined to a set, with their similarity.
	extra := make(map[int]map[int]float64)
	for _, l := range links {
		if l.part && hub[l.whole] {
			frag := l.frag
			best[frag] = max(best[frag], l.sim)
			r := u.find(frag)
			if extra[r] == nil {
				extra[r] = make(map[int]float64)
			}
			extra[r][l.whole] = max(extra[r][l.whole], l.sim)
			continue
		}
		if u.find(l.a) == u.find(l.b) {
			best[l.a] = max(best[l.a], l.sim)
			best[l.b] = max(best[l.b], l.sim)
		}
	}
	var groups []Group
	for _, set := range components(u, extra) {
		if !c.spansDocuments(set) {
			continue
		}
		r := u.find(set[0])
		g := Group{Kind: KindQuote}
		for _, i := range set {
			sim := best[i]
			if e, ok := extra[r][i]; ok && u.find(i) != r {
				sim = e
			}
			q := c.quotes[i]
			d := c.docs[q.doc]
			g.Members = append(g.Members, Member{
				Document:   d.Name,
				Quote:      q.q.ID,
				Span:       q.q.Span,
				Text:       d.Text[q.q.Start:q.q.End],
				Speaker:    q.q.Speaker,
				Similarity: roundSim(sim),
			})
		}
		groups = append(groups, g)
	}
	return groups
}

// hubs marks the quotations in which fragments matched two or more separate
// parts: windows that overlap by less than half of the shorter one, since
// outlets that split a remark often both keep a word at the seam.
func (c *quoteMatcher) hubs(links []link) []bool {
	type window struct{ from, to int }
	parts := make(map[int][]window)
	var order []int
	for _, l := range links {
		if !l.part {
			continue
		}
		if parts[l.whole] == nil {
			order = append(order, l.whole)
		}
		parts[l.whole] = append(parts[l.whole], window{l.from, l.to})
	}
	hub := make([]bool, len(c.quotes))
	for _, q := range order {
		w := parts[q]
		sort.Slice(w, func(i, j int) bool { return w[i].from < w[j].from })
		far := w[0] // the window reaching furthest so far
		for _, x := range w[1:] {
			overlap := min(far.to, x.to) - x.from
			if 2*overlap < min(far.to-far.from, x.to-x.from) {
				hub[q] = true
				break
			}
			if x.to > far.to {
				far = x
			}
		}
	}
	return hub
}

// spansDocuments reports whether the quotations of set come from at least
// two documents: a remark repeated inside one article is not shared.
func (c *quoteMatcher) spansDocuments(set []int) bool {
	for _, i := range set[1:] {
		if c.quotes[i].doc != c.quotes[set[0]].doc {
			return true
		}
	}
	return false
}

// knownSpeaker reports whether s names a speaker: neither empty nor
// unknown.
func knownSpeaker(s string) bool {
	return s != "" && !strings.EqualFold(s, "unknown")
}

// exactLinks links quotations whose normalised words are equal, whatever
// their length and whether or not they come from the same document.
func (c *quoteMatcher) exactLinks() []link {
	// Sorted by their words, stably, equal quotations are a run that
	// starts with the first of them. A sort rather than a map keyed by
	// the words: Go's maps hash strings slowly in WebAssembly, and the
	// keys cost a string per quotation.
	order := make([]int, len(c.quotes))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		return slices.CompareFunc(c.quotes[i].toks, c.quotes[j].toks, func(a, b token) int { return cmp.Compare(a.word, b.word) })
	})
	first := make([]int, len(c.quotes)) // the first quotation of the same words
	for k, i := range order {
		first[i] = i
		if k > 0 && sameWords(c.quotes[order[k-1]].toks, c.quotes[i].toks) {
			first[i] = first[order[k-1]]
		}
	}
	var links []link
	for i, j := range first {
		if j != i {
			links = append(links, link{a: j, b: i, sim: 1})
		}
	}
	return links
}

// fragmentWords is the length under which a quotation that is only part of
// another one needs its context to agree before the two are linked: a short
// phrase such as "the right thing" can recur in unrelated remarks, a run of
// five exact words rarely does.
const fragmentWords = 5

// rareLimit caps the quotations looked at through one bigram when matching
// quotations. Candidates come from each quotation's rarest bigrams, so a
// list this long means every bigram of the quotation is this common and it
// is not worth comparing it with all of them.
const rareLimit = 1024

// compareLimit is how many candidates, those sharing the most bigrams with
// it, a quotation is compared with. Stock openers ("as I have said
// before") give a quotation as many weak candidates as the corpus has
// quotations opening alike, and comparing all of them would make the work
// grow with the square of the corpus. Copies of one remark share most of
// their bigrams and rank first; a remark quoted more often than this still
// forms one group, since each copy links to several others.
const compareLimit = 24

// compareMisses is how many failed comparisons end the search for a
// quotation's matches. Candidates are tried sharing the most bigrams
// first; after a copy of the same remark come a decoy or two (the same
// words, another meaning), then quotations that only open alike, whose
// number grows with the corpus.
const compareMisses = 3

// nearLinks links quotations of different documents that contain one another
// or differ by at most o.Tolerance; pairs already known to be equal are
// skipped.
//
// Candidates are found by prefix filtering: a quotation must share at least
// minShared of its distinct bigrams with any quotation it matches, so any
// (distinct - minShared + 1) of its bigrams include one they share. Looking
// up only that many, its rarest ones, finds every candidate while reading
// short posting lists, however common the other bigrams are. A quotation
// looks for candidates at least as long as itself; the shorter side sets the
// threshold. Candidates are compared most shared bigrams first, at most
// compareLimit of them and until compareMisses comparisons failed.
func (c *quoteMatcher) nearLinks(o Options, equal unionFind) []link {
	idx := newBigramIndex(len(c.quotes), func(i int) []token { return c.quotes[i].toks })
	grams, first, entries, listOf := idx.grams, idx.first, idx.entries, idx.listOf
	// The length, document and equality class of each quotation, in flat
	// arrays: the candidate loop reads them for every posting.
	qlen := make([]int32, len(c.quotes))
	qdoc := make([]int32, len(c.quotes))
	class := make([]int32, len(c.quotes))
	for i, r := range c.quotes {
		qlen[i], qdoc[i], class[i] = int32(len(r.toks)), int32(r.doc), int32(equal.find(i))
	}
	hits := make([]int32, len(c.quotes)) // per candidate, the prefix bigrams it shares
	var rest []uint64
	type candidate struct{ j, shared int }
	var cand []int
	var ranked []candidate
	// byRarity holds a quotation's bigrams, rarest first: each is its
	// list's length above its index in grams[i], which orders bigrams
	// held equally often by hash, since grams[i] is sorted. One integer
	// per bigram sorts without a comparison function.
	var byRarity []uint64
	var read []bool // by place in grams[i], whether its list was read
	var links []link
	for i, r := range c.quotes {
		g := grams[i]
		if len(g) == 0 {
			continue // one word: only an exact match can link it
		}
		need := min(minShared(len(r.toks), o.Tolerance), len(g))
		byRarity = byRarity[:0]
		for k := range g {
			b := listOf[first[i]+k]
			byRarity = append(byRarity, uint64(b[1]-b[0])<<32|uint64(k))
		}
		slices.Sort(byRarity)
		cand = cand[:0]
		read = slices.Grow(read[:0], len(g))[:len(g)]
		clear(read)
		for rank, key := range byRarity {
			k := int(uint32(key))
			b := listOf[first[i]+k]
			list := entries[b[0]:b[1]]
			if rank >= len(g)-need+1 || len(list) > rareLimit {
				continue // past the prefix, or too common to read
			}
			read[k] = true
			li, di, ci := int32(len(r.toks)), int32(r.doc), class[i]
			for _, e := range list {
				j := int(e.item)
				if qlen[j] < li {
					break
				}
				if qdoc[j] == di || qlen[j] == li && j <= i || class[j] == ci {
					continue
				}
				if hits[j] == 0 {
					cand = append(cand, j)
				}
				hits[j]++
			}
		}
		// rest holds the bigrams whose lists were not read, in the order
		// of grams[i], which is sorted. A candidate's shared bigrams are
		// its hits in the lists read plus those of rest it holds, and
		// only the latter need a merge.
		rest = rest[:0]
		for k, h := range g {
			if !read[k] {
				rest = append(rest, h)
			}
		}
		ranked = ranked[:0]
		for _, j := range cand {
			h := int(hits[j])
			hits[j] = 0
			if n := h + sharedAtLeast(rest, grams[j], need-h); n >= need {
				ranked = append(ranked, candidate{j, n})
			}
		}
		// Most shared first; a quotation stops after compareMisses failed
		// comparisons, since candidates further down share even less.
		slices.SortFunc(ranked, func(x, y candidate) int { return cmp2(y.shared, x.shared, x.j, y.j) })
		from, misses := len(links), 0
		for _, k := range ranked[:min(len(ranked), compareLimit)] {
			l, ok := c.compareQuotes(i, k.j, o)
			if !ok {
				if misses++; misses == compareMisses {
					break
				}
				continue
			}
			links = append(links, l)
		}
		slices.SortFunc(links[from:], func(x, y link) int { return x.b - y.b })
	}
	return links
}

// cmp2 orders by x, then by y.
func cmp2[T, U cmp.Ordered](x1, x2 T, y1, y2 U) int {
	return cmp.Or(cmp.Compare(x1, x2), cmp.Compare(y1, y2))
}

// minShared is how many bigrams a quotation of n words must share with
// another before they are compared: each changed word breaks at most two
// bigrams, and the tolerance bounds how many words may change.
func minShared(n int, tol float64) int {
	return max(1, int(float64(n-1)*(1-3*tol)))
}

// compareQuotes decides whether quotations i and j are the same remark and
// returns their link: the similarity of the shorter one to its best window
// in the other, and that window when it is only part of the longer one.
func (c *quoteMatcher) compareQuotes(i, j int, o Options) (link, bool) {
	l := link{a: i, b: j, sim: 1}
	short, long := i, j
	if len(c.quotes[i].toks) > len(c.quotes[j].toks) {
		short, long = j, i
	}
	a, b := &c.quotes[short], &c.quotes[long]
	if at := indexTokens(b.toks, a.toks); at >= 0 {
		l.from, l.to = at, at+len(a.toks)
	} else {
		if len(a.toks) < o.MinWords {
			return l, false
		}
		if a.runes == nil {
			a.runes = c.lex.appendRunes(nil, a.toks)
		}
		s, e := alignWindow(a.toks, b.toks)
		l.sim, l.from, l.to = c.bestWindow(a.runes, a.toks, b.toks, s, e, o.Tolerance)
		if 1-l.sim > o.Tolerance || c.changesMeaning(a.toks, b.toks[l.from:l.to]) {
			return l, false
		}
	}
	if l.to-l.from == len(b.toks) || float64(l.to-l.from) >= float64(len(b.toks))*(1-o.Tolerance) {
		// The whole of b: not a fragment.
		if len(a.toks) == len(b.toks) {
			return l, true
		}
	} else {
		l.part, l.frag, l.whole = true, short, long
	}
	return l, c.fragmentAllowed(*a, *b)
}

// fragmentAllowed says whether a, found inside the longer quotation b, may be
// linked to it. Long fragments always may. A short one must have at least
// two words, one of them not a stopword, must not look like a title or a
// name (every content word capitalised: a film, a slogan, a nickname is
// quoted whole, not as a fragment of a remark), and must have either the
// same known speaker as b or a context that shares several words with b's:
// then both outlets are reporting the same moment, not merely using the
// same phrase.
func (c *quoteMatcher) fragmentAllowed(a, b quoteRef) bool {
	if len(a.toks) >= fragmentWords {
		return true
	}
	if len(a.toks) < 2 || !c.hasContentWord(a.toks) || c.titleCase(a) {
		return false
	}
	if sameSpeaker(a.q.Speaker, b.q.Speaker) {
		return true
	}
	return c.sharedContext(a, b) >= contextWords
}

// titleCase reports whether every content word of r starts with a capital
// letter in the text.
func (c *quoteMatcher) titleCase(r quoteRef) bool {
	text := c.docs[r.doc].Text
	for _, t := range r.toks {
		if c.lex.stop[t.word] {
			continue
		}
		first, _ := utf8.DecodeRuneInString(text[t.start:t.end])
		if !unicode.IsUpper(first) {
			return false
		}
	}
	return true
}

// contextWords is how many distinct content words the surroundings of two
// quotations must share for a short fragment to be linked.
const contextWords = 3

// contextSpan is how many body tokens on each side of a quotation count as
// its context.
const contextSpan = 20

func (c *quoteMatcher) hasContentWord(toks []token) bool {
	for _, t := range toks {
		if !c.lex.stop[t.word] {
			return true
		}
	}
	return false
}

// sameSpeaker compares the last words of two known speakers, so that
// "Ines Falk" and "Falk" agree.
func sameSpeaker(a, b string) bool {
	if !knownSpeaker(a) || !knownSpeaker(b) {
		return false
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	return strings.EqualFold(fa[len(fa)-1], fb[len(fb)-1])
}

// sharedContext counts the distinct content words, outside both quotations,
// found around both a and b.
func (c *quoteMatcher) sharedContext(a, b quoteRef) int {
	inQuote := make(map[int32]bool)
	for _, t := range a.toks {
		inQuote[t.word] = true
	}
	for _, t := range b.toks {
		inQuote[t.word] = true
	}
	around := make(map[int32]bool)
	for _, t := range c.context(a) {
		if !c.lex.stop[t.word] && !inQuote[t.word] {
			around[t.word] = true
		}
	}
	n := 0
	for _, t := range c.context(b) {
		if around[t.word] {
			n++
			delete(around, t.word)
		}
	}
	return n
}

// context returns the body tokens just before and after quotation r.
func (c *quoteMatcher) context(r quoteRef) []token {
	body := c.body[r.doc]
	end := r.at
	for end < len(body) && int(body[end].start) < r.q.End {
		end++
	}
	var out []token
	out = append(out, body[max(0, r.at-contextSpan):r.at]...)
	return append(out, body[end:min(len(body), end+contextSpan)]...)
}

// indexTokens returns the first position where needle's words occur
// contiguously in hay, or -1.
func indexTokens(hay, needle []token) int {
	if len(needle) == 0 {
		return 0
	}
outer:
	for p := 0; p+len(needle) <= len(hay); p++ {
		for k, t := range needle {
			if hay[p+k].word != t.word {
				continue outer
			}
		}
		return p
	}
	return -1
}

// alignWindow returns the token range of b that lines up with all of a,
// judged from the bigrams they share: the window starts where the first
// shared bigram puts a's start and ends where the last one puts a's end, so
// words inserted or dropped in between are included.
//
// Quotations are short, so the shared bigrams are found by comparing every
// bigram of a with every one of b, which costs less than building a map.
func alignWindow(a, b []token) (int, int) {
	// The most common diagonal (offset of b against a) is the alignment;
	// bigrams off it by a few words are indels, further ones coincidences.
	bestD, bestN := 0, 0
	first, last := -1, -1 // bigram positions in a of the first and last anchor
	var firstB, lastB int
	count := func(d int) int {
		n := 0
		for p := max(0, -d); p+1 < len(a) && p+d+1 < len(b); p++ {
			if a[p].word == b[p+d].word && a[p+1].word == b[p+d+1].word {
				n++
			}
		}
		return n
	}
	for d := -(len(a) - 2); d <= len(b)-2; d++ {
		if n := count(d); n > bestN {
			bestD, bestN = d, n
		}
	}
	if bestN == 0 {
		return 0, min(len(a), len(b))
	}
	// Anchors in the order of a, then of b, as the bigram index gave them.
	for p := 0; p+1 < len(a); p++ {
		for q := 0; q+1 < len(b); q++ {
			if d := q - p; d < bestD-3 || d > bestD+3 ||
				a[p].word != b[q].word || a[p+1].word != b[q+1].word {
				continue
			}
			if first < 0 {
				first, firstB = p, q
			}
			last, lastB = p, q
		}
	}
	s := firstB - first
	e := lastB + (len(a) - last)
	return max(0, s), min(len(b), max(e, s+1))
}

// bestWindow nudges the window b[s:e] by a word at either end while that
// brings it closer to a, and returns the similarity reached and the window.
// A window further than twice the tolerance from a is not worth nudging.
// ar holds a's words joined by spaces.
func (c *quoteMatcher) bestWindow(ar []rune, a, b []token, s, e int, tol float64) (float64, int, int) {
	sim := func(s, e int) float64 {
		if s < 0 || e > len(b) || s >= e {
			return -1
		}
		return c.similarity(ar, a, b[s:e])
	}
	best := sim(s, e)
	if 1-best > 2*tol {
		// Too far off for a word at either end to bring it within reach.
		return max(best, 0), s, e
	}
	for moved := true; moved; {
		moved = false
		for _, w := range [][2]int{{s - 1, e}, {s + 1, e}, {s, e - 1}, {s, e + 1}} {
			if v := sim(w[0], w[1]); v > best {
				best, s, e, moved = v, w[0], w[1], true
				break
			}
		}
	}
	return max(best, 0), s, e
}
