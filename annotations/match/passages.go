package match

import (
	"cmp"
	"math/bits"
	"slices"
	"sort"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// Passage matching finds text that outlets reuse outside quotation marks,
// typically copy from the same wire story, edited a little. It indexes
// shingles of passageShingle words, pairs the occurrences of each shingle
// across documents, chains the pairs that lie on (nearly) the same diagonal
// into runs, keeps the runs of at least passageWords words whose edit
// similarity is within the tolerance, and merges overlapping runs of all
// documents into one group per reused stretch.

const (
	// passageWords is the shortest reused run reported as a passage.
	passageWords = 8
	// passageShingle is the number of words per indexed shingle.
	passageShingle = 4
	// passageFanout is how many earlier documents each occurrence of a
	// shingle is paired with. Joining each document to a few others is
	// enough for the union of groups to reach all of them, and keeps the
	// work linear when many outlets carry the same story.
	passageFanout = 2
	// passageGap is the number of unmatched words a run may bridge, and
	// passageShift how far it may drift between the two texts (a word
	// inserted in one of them). Reused copy differs by isolated edits: a
	// word replaced, added or dropped here and there. Bridging more would
	// let a long common stretch carry sentences that are merely built
	// alike ("the market would be examined" and "the boatyard would be
	// mapped").
	passageGap   = 1
	passageShift = 1
)

// A passageSeg is a stretch of a document's body tokens outside quotations and
// not interrupted by removed boilerplate: body[off : off+n] of document doc.
type passageSeg struct {
	doc, off, n int
}

// A seed is one shingle shared by two segments, at pa in sa and pb in sb.
type seed struct {
	sa, sb, pa, pb int32
}

// A run is a stretch of two segments that match: [a0, a1) in one and
// [b0, b1) in the other, in segment token positions.
type run struct {
	a0, a1, b0, b1 int
	lastA, lastB   int // the last seed, to chain the next one
}

// diagonal is how far the run's start in b lies from its start in a.
func (r run) diagonal() int { return r.b0 - r.a0 }

// within reports whether r lies inside o with both of its ends on o's
// diagonals: grown word by word, r would become o again.
func (r run) within(o run) bool {
	return r.diagonal() == o.diagonal() && r.b1-r.a1 == o.b1-o.a1 && r.a0 >= o.a0 && r.a1 <= o.a1
}

// sameExtents reports whether r and o cover the same words on both sides.
func (r run) sameExtents(o run) bool {
	return r.a0 == o.a0 && r.a1 == o.a1 && r.b0 == o.b0 && r.b1 == o.b1
}

// A stretch is one side of a matched run, in body token positions, and the
// segment it lies in.
type stretch struct {
	doc, seg, from, to int
	sim                float64
}

// memberGap is how many words may separate two pieces of one segment that
// are reported as one member.
const memberGap = 3

// A passageMatcher finds the passages that documents share outside
// quotation marks (passageGroups): runs of shingles two documents have in
// common, extended word by word and joined into groups. It reads the
// corpus and needs no scratch space of its own.
type passageMatcher struct {
	*corpus
}

// passageGroups finds the passages shared by documents outside quotations.
func (c *passageMatcher) passageGroups(o Options) []Group {
	segs, seeds := c.seededSegments()
	return c.stretchGroups(c.passageStretches(segs, seeds, o))
}

// seededSegments returns the segments of the documents (see segments)
// and the shingles they share (see passageSeeds).
func (c *passageMatcher) seededSegments() ([]passageSeg, []seed) {
	segs := c.segments()
	idx := newShingleIndex(passageShingle, postingLimit, len(segs), func(i int) []token { return c.segTokens(segs[i]) })
	return segs, c.passageSeeds(segs, idx)
}

// passageStretches chains the seeds of each pair of segments into runs,
// grows them (extendRun) and returns the two sides of every run of at
// least passageWords words within the tolerance, each run once.
func (c *passageMatcher) passageStretches(segs []passageSeg, seeds []seed, o Options) []stretch {
	// Runs are extended over word ids alone. At a thousand articles the
	// runs are some hundred thousand, each reading a few words at a random
	// place of the corpus: four bytes a word instead of a whole token keep
	// more of them in cache.
	ids := make([][]int32, len(c.body))
	for d, toks := range c.body {
		ids[d] = make([]int32, len(toks))
		for k, t := range toks {
			ids[d][k] = t.word
		}
	}
	segWords := func(s passageSeg) []int32 { return ids[s.doc][s.off : s.off+s.n] }
	var sides []stretch
	var runs, open []run // reused by chainRuns for every segment pair
	for lo := 0; lo < len(seeds); {
		hi := lo
		for hi < len(seeds) && seeds[hi].sa == seeds[lo].sa && seeds[hi].sb == seeds[lo].sb {
			hi++
		}
		sa, sb := segs[seeds[lo].sa], segs[seeds[lo].sb]
		wa, wb := segWords(sa), segWords(sb)
		runs = chainRuns(runs[:0], &open, seeds[lo:hi])
		// Runs the shingles left apart (words too common to index between
		// them) often grow into one: in two copies of a long text, the run
		// of each paragraph grew over the whole text, thousands of times.
		// By diagonal and start, a run within the last one grown on its
		// diagonal is that one again, and a run grown to the extents of
		// the last one taken is taken once.
		if len(runs) > 1 {
			slices.SortStableFunc(runs, func(x, y run) int {
				return cmp.Or(cmp.Compare(x.diagonal(), y.diagonal()), cmp.Compare(x.a0, y.a0))
			})
		}
		var grown, taken run
		for i, r := range runs {
			if i > 0 && r.within(grown) {
				continue
			}
			r = extendRun(r, wa, wb)
			grown = r
			if r.a1-r.a0 < passageWords || r.b1-r.b0 < passageWords {
				continue
			}
			if r.sameExtents(taken) {
				continue
			}
			taken = r
			ra, rb := c.segTokens(sa)[r.a0:r.a1], c.segTokens(sb)[r.b0:r.b1]
			sim := wordSimilarity(ra, rb)
			if 1-sim > o.Tolerance {
				continue
			}
			sides = append(sides,
				stretch{doc: sa.doc, seg: int(seeds[lo].sa), from: sa.off + r.a0, to: sa.off + r.a1, sim: sim},
				stretch{doc: sb.doc, seg: int(seeds[lo].sb), from: sb.off + r.b0, to: sb.off + r.b1, sim: sim})
		}
		lo = hi
	}
	return sides
}

// segments cuts every document's body into stretches outside quotations
// that do not cross boilerplate the cleaner removed between paragraphs.
func (c *passageMatcher) segments() []passageSeg {
	var segs []passageSeg
	for di, d := range c.docs {
		body := c.body[di]
		var quoted []span.Span
		for _, q := range d.Quotes {
			if len(q.Parts) > 0 {
				quoted = append(quoted, q.Parts...)
			} else {
				quoted = append(quoted, q.Span)
			}
		}
		sort.Slice(quoted, func(i, j int) bool { return quoted[i].Start < quoted[j].Start })
		start, qi := -1, 0
		flush := func(end int) {
			if start >= 0 && end-start >= passageWords {
				segs = append(segs, passageSeg{doc: di, off: start, n: end - start})
			}
			start = -1
		}
		for k, t := range body {
			for qi < len(quoted) && quoted[qi].End <= int(t.start) {
				qi++
			}
			inQuote := false
			for _, q := range quoted[qi:] {
				if q.Start > int(t.start) {
					break
				}
				if int(t.start) < q.End {
					inQuote = true
					break
				}
			}
			if inQuote {
				flush(k)
				continue
			}
			if start >= 0 && !blankBetween(d, int(body[k-1].end), int(t.start)) {
				flush(k)
			}
			if start < 0 {
				start = k
			}
		}
		flush(len(body))
	}
	return segs
}

// blankBetween reports whether two consecutive body tokens are separated by
// no more than punctuation and spaces of one kept stretch, rather than by
// text that the cleaner removed: a run must not span removed boilerplate.
func blankBetween(d *Source, from, to int) bool {
	// Between two words of a paragraph stand a byte or two, a space and
	// perhaps a comma: a loop reads them sooner than a call of
	// strings.Contains, which was most of the time of segments.
	for i := from; i < to; i++ {
		if d.Text[i] == '\n' {
			return nothingRemoved(d, from, to)
		}
	}
	return true
}

// nothingRemoved reports whether the cleaner removed nothing of d between
// from and to: at a paragraph break, the next paragraph directly follows
// the previous kept one.
func nothingRemoved(d *Source, from, to int) bool {
	for _, r := range d.Removed {
		if r.Start < to && from < r.End {
			return false
		}
	}
	return true
}

func (c *passageMatcher) segTokens(s passageSeg) []token {
	return c.body[s.doc][s.off : s.off+s.n]
}

// passageSeeds pairs each occurrence of each shared shingle with occurrences
// in up to passageFanout earlier documents, and returns the pairs sorted by
// segment pair and position, which also makes the result independent of the
// order in which the index hands out its lists.
func (c *passageMatcher) passageSeeds(segs []passageSeg, idx *shingleIndex) []seed {
	// A seed per four or five indexed shingles is what a large corpus of
	// related stories gives (a fifth at a thousand synthetic articles);
	// sizing for it spares copying a list of hundreds of thousands.
	seeds := make([]seed, 0, idx.shingles/4)
	idx.each(func(list []posting) {
		// Postings are in segment order, so earlier entries are earlier
		// documents or earlier places in the same one.
		for k, cur := range list {
			doc := segs[cur.item].doc
			seen, lastDoc := 0, -1
			for e := k - 1; e >= 0 && seen < passageFanout; e-- {
				d := segs[list[e].item].doc
				if d == doc {
					continue
				}
				if d != lastDoc {
					seen++
					lastDoc = d
				}
				seeds = append(seeds, seed{sa: list[e].item, sb: cur.item, pa: list[e].pos, pb: cur.pos})
			}
		}
	})
	return sortSeeds(segs, seeds)
}

// sortSeeds sorts seeds by segment pair, then position. When the segment
// numbers and positions fit, each seed becomes one 64-bit key sorted by
// sortEntries, whose buckets stay in cache: at a thousand articles the
// seeds are some 200,000 and a radix sort over four keys scattered them
// over memory eight times. Equal keys are equal seeds, so the order is the
// same either way.
func sortSeeds(segs []passageSeg, seeds []seed) []seed {
	longest := 0
	for _, s := range segs {
		longest = max(longest, s.n)
	}
	segBits, posBits := bits.Len(uint(len(segs))), bits.Len(uint(longest))
	// The key is shifted to the top bits, by which sortEntries partitions.
	shift := 64 - 2*segBits - 2*posBits
	if shift < 0 {
		return radixSort(seeds,
			func(s seed) uint32 { return uint32(s.sa) },
			func(s seed) uint32 { return uint32(s.sb) },
			func(s seed) uint32 { return uint32(s.pa) },
			func(s seed) uint32 { return uint32(s.pb) })
	}
	keys := make([]shingleEntry, len(seeds))
	for i, s := range seeds {
		k := uint64(s.sa)
		k = k<<segBits | uint64(s.sb)
		k = k<<posBits | uint64(s.pa)
		k = k<<posBits | uint64(s.pb)
		keys[i].h = k << shift
	}
	keys = sortEntries(keys)
	mask := uint64(1)<<posBits - 1
	for i, e := range keys {
		k := e.h >> shift
		seeds[i].pb = int32(k & mask)
		k >>= posBits
		seeds[i].pa = int32(k & mask)
		k >>= posBits
		seeds[i].sb = int32(k & (1<<segBits - 1))
		seeds[i].sa = int32(k >> segBits)
	}
	return seeds
}

// chainRuns chains the seeds of one segment pair, sorted by position in the
// first passageSeg, into runs: a seed continues a run when it starts at most
// passageGap words after the run's matched words end and on a diagonal at
// most passageShift words from the run's.
//
// The runs are appended to done; open is scratch space kept between calls,
// since most segment pairs share a single shingle and an allocation per
// pair was most of the allocations of the engine.
func chainRuns(done []run, scratch *[]run, seeds []seed) []run {
	open := (*scratch)[:0]
	for _, s := range seeds {
		pa, pb := int(s.pa), int(s.pb)
		joined := false
		keep := open[:0]
		for _, r := range open {
			if pa > r.a1+passageGap {
				done = append(done, r) // nothing later can reach it
				continue
			}
			if !joined && pa >= r.lastA && pb >= r.lastB && textutil.Abs((pb-pa)-(r.lastB-r.lastA)) <= passageShift &&
				pb <= r.b1+passageGap {
				r.a1 = max(r.a1, pa+passageShingle)
				r.b1 = max(r.b1, pb+passageShingle)
				r.lastA, r.lastB = pa, pb
				joined = true
			}
			keep = append(keep, r)
		}
		open = keep
		if !joined {
			open = append(open, run{a0: pa, a1: pa + passageShingle, b0: pb, b1: pb + passageShingle, lastA: pa, lastB: pb})
		}
	}
	*scratch = open
	return append(done, open...)
}

// stretchGroups joins matched stretches into groups. The two sides of a
// run belong together, and so do stretches of one document that cover
// nearly the same words (four fifths of the longer one). A stretch lying
// inside a longer one of its document is a fragment of it and joins, as a
// truncated quotation does, the one group of such containers that spans
// the most documents: joining all of them would chain the stock phrases of
// a corpus into one group. Each group has one member per disjoint stretch
// of text it covers.
func (c *passageMatcher) stretchGroups(sides []stretch) []Group {
	u := newUnionFind(len(sides))
	for i := 0; i+1 < len(sides); i += 2 {
		u.union(i, i+1)
	}
	order := make([]int, len(sides))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return lessStretch(sides[order[i]], sides[order[j]]) })
	var inside []link
	var active []int
	containers := make([][]int, len(sides)) // by fragment: the longer stretches it lies in
	for _, cur := range order {
		x := sides[cur]
		keep := active[:0]
		for _, a := range active {
			if y := sides[a]; y.doc == x.doc && y.to > x.from {
				keep = append(keep, a)
			}
		}
		active = keep
		for _, a := range active {
			y := sides[a]
			overlap := min(x.to, y.to) - x.from
			lx, ly := x.to-x.from, y.to-y.from
			switch {
			case 5*overlap >= 4*max(lx, ly):
				u.union(a, cur)
			case 5*overlap >= 4*min(lx, ly) && lx < ly:
				containers[cur] = keepLongest(containers[cur], a, sides)
			case 5*overlap >= 4*min(lx, ly):
				containers[a] = keepLongest(containers[a], cur, sides)
			}
		}
		active = append(active, cur)
	}
	for frag, wholes := range containers {
		for _, whole := range wholes {
			inside = append(inside, link{a: frag, b: whole, sim: 1, part: true, frag: frag, whole: whole})
		}
	}
	joinFragments(u, inside, make([]bool, len(sides)), func(i int) int { return sides[i].doc })
	var groups []Group
	for _, set := range components(u, nil) {
		var members []stretch
		sort.Slice(set, func(i, j int) bool { return lessStretch(sides[set[i]], sides[set[j]]) })
		for _, i := range set {
			s := sides[i]
			// Pieces of one segment that overlap or are a few words apart
			// (where a copy dropped or changed words) are one member.
			if n := len(members); n > 0 && members[n-1].doc == s.doc &&
				(s.from < members[n-1].to || s.seg == members[n-1].seg && s.from <= members[n-1].to+memberGap) {
				m := &members[n-1]
				m.to = max(m.to, s.to)
				m.sim = max(m.sim, s.sim)
				continue
			}
			members = append(members, s)
		}
		for _, part := range c.splitDrift(members) {
			if part[0].doc == part[len(part)-1].doc {
				continue // one document only
			}
			groups = append(groups, c.passageGroup(part))
		}
	}
	return groups
}

// maxContainers is the most stretches one stretch is linked to as their
// fragment, the longest kept. In news a fragment lies in one or two
// longer stretches; in a long text that repeats itself a short stretch
// may lie in thousands (two near-identical files of thousands of
// paragraphs had tens of thousands of such fragments, and their links
// took gigabytes). A fragment joins one of them anyway (joinFragments).
const maxContainers = 8

// keepLongest returns the containers of a fragment with whole added, the
// maxContainers longest kept (the earlier in sides of equal length).
func keepLongest(wholes []int, whole int, sides []stretch) []int {
	wholes = append(wholes, whole)
	if len(wholes) <= maxContainers {
		return wholes
	}
	length := func(i int) int { return sides[i].to - sides[i].from }
	shortest := 0
	for k, w := range wholes {
		if l, m := length(w), length(wholes[shortest]); l < m || l == m && w > wholes[shortest] {
			shortest = k
		}
	}
	return slices.Delete(wholes, shortest, shortest+1)
}

// passageGroup returns the group of the given members.
func (c *passageMatcher) passageGroup(members []stretch) Group {
	g := Group{Kind: KindPassage}
	for _, m := range members {
		d := c.docs[m.doc]
		body := c.body[m.doc]
		sp := span.Span{Start: int(body[m.from].start), End: int(body[m.to-1].end)}
		g.Members = append(g.Members, Member{
			Document:   d.Name,
			Span:       sp,
			Text:       d.Text[sp.Start:sp.End],
			Similarity: roundSim(m.sim),
		})
	}
	return g
}

// splitDrift divides the members of one linked set into groups of
// near-identical stretches. Links are transitive, and each may shift the
// stretch a little (a sentence more at one end, a sentence less at the
// other), so a long set of links could carry a group from one text to an
// unrelated one. A group therefore keeps only the members that resemble its
// representative, its longest member: at least half of the shorter one's
// word bigrams occur in the other. The rest form further groups the same
// way. Members stay in the given order.
func (c *passageMatcher) splitDrift(members []stretch) [][]stretch {
	if len(members) <= 2 {
		return [][]stretch{members}
	}
	grams := make([][]uint64, len(members))
	for i, m := range members {
		grams[i] = bigramSet(c.body[m.doc][m.from:m.to])
	}
	var parts [][]stretch
	left := make([]int, len(members))
	for i := range left {
		left[i] = i
	}
	for len(left) > 0 {
		rep := left[0]
		for _, i := range left {
			if members[i].to-members[i].from > members[rep].to-members[rep].from {
				rep = i
			}
		}
		var part []stretch
		rest := left[:0]
		for _, i := range left {
			short := min(len(grams[i]), len(grams[rep]))
			if i == rep || 2*sharedCount(grams[i], grams[rep]) >= short {
				part = append(part, members[i])
			} else {
				rest = append(rest, i)
			}
		}
		parts = append(parts, part)
		left = rest
	}
	return parts
}

func lessStretch(a, b stretch) bool {
	if a.doc != b.doc {
		return a.doc < b.doc
	}
	if a.from != b.from {
		return a.from < b.from
	}
	return a.to < b.to
}

// extendRun grows r at both ends over words the two segments share, past a
// single word inserted, dropped or replaced when the words after it agree
// again: shingles stop passageShingle-1 words short of such an edit, and a
// reused sentence often differs only in its last word or two.
func extendRun(r run, a, b []int32) run {
	// Forward: positions r.a1, r.b1 onwards.
	for {
		da, db, ok := nextStep(a, b, r.a1, r.b1, 1)
		if !ok {
			break
		}
		r.a1 += da
		r.b1 += db
	}
	// Backward: positions r.a0-1, r.b0-1 downwards.
	for {
		da, db, ok := nextStep(a, b, r.a0-1, r.b0-1, -1)
		if !ok {
			break
		}
		r.a0 -= da
		r.b0 -= db
	}
	return r
}

// nextStep looks at the three words of a from position i and of b from
// position j, in direction dir, that follow a matched stretch, and says by
// how many words each side may advance: one and one when the words agree,
// or over a one-word edit that the next word (or the end of both texts)
// confirms.
func nextStep(a, b []int32, i, j, dir int) (int, int, bool) {
	// Missing words are -1. Most steps are decided by the first words.
	x0, y0 := wordAt(a, i), wordAt(b, j)
	switch {
	case x0 >= 0 && x0 == y0:
		return 1, 1, true
	case x0 < 0 || y0 < 0:
		return 0, 0, false
	}
	x := [3]int32{x0, wordAt(a, i+dir), wordAt(a, i+2*dir)}
	y := [3]int32{y0, wordAt(b, j+dir), wordAt(b, j+2*dir)}
	agree := func(i, j int) bool {
		return x[i] >= 0 && x[i] == y[j]
	}
	confirmed := func(i, j int) bool {
		// The edit is taken when the word after it agrees too, or when both
		// texts end right there.
		return agree(i, j) || x[i] < 0 && y[j] < 0
	}
	switch {
	case agree(1, 0) && confirmed(2, 1): // a word dropped from b
		return 2, 1, true
	case agree(0, 1) && confirmed(1, 2): // a word added in b
		return 1, 2, true
	case agree(1, 1) && confirmed(2, 2): // a word replaced
		return 2, 2, true
	}
	return 0, 0, false
}

// wordAt returns the word id at position i of words, or -1 outside it.
func wordAt(words []int32, i int) int32 {
	if i < 0 || i >= len(words) {
		return -1
	}
	return words[i]
}
