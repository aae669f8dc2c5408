package check

import (
	"slices"
	"sync"
)

// Limits of the search for candidate places.
const (
	// maxPairPostings: a word pair found more often than this ("we will",
	// "of the") says nothing about where a quotation is.
	maxPairPostings = 64
	// maxWordPostings: a single word votes only if it is this rare.
	maxWordPostings = 16
	// maxCandidates is how many candidate places are aligned against; a
	// stitched quotation needs one per piece, and decoys take a few.
	maxCandidates = 6
	// mergeGap: windows closer than this many words are aligned as one, so
	// that the pieces of an elided quotation fall in one window.
	mergeGap = 40
)

// Costs of the alignment, in quarters of an edit: the quarters break ties
// between readings with the same number of edits.
const (
	// edit is the price of a word changed, added or dropped.
	edit = 4
	// jumpCost is the price of going elsewhere in the original without a
	// mark in the quotation: dearer than the one or two edits of an
	// altered quotation, cheaper than the many edits of two remarks
	// printed as one.
	jumpCost = 3 * edit
	// farMarkedCost is the price of going far at an ellipsis or between
	// parts: small, so that a nearby place wins a tie.
	farMarkedCost = edit
	// nearWords is how far ahead a marked jump is free.
	nearWords = 60
	// maxReplaced is how many of the original's words a bracketed
	// insertion may stand for ("[the ferry]" for "it", "[Brandvold]" for
	// "the mayor of Northvale").
	maxReplaced = 6
)

// A window is a stretch [lo, hi) of the original's words.
type window struct{ lo, hi int }

// candidates returns the windows of the original worth aligning us against:
// around the diagonals (original position minus quotation position) that
// rare word pairs and rare words of the quotation vote for. Each piece of
// a quotation split at ellipses or into parts also gets its own best
// places, so that a piece with few rare words is not crowded out by the
// others.
func (o *Original) candidates(us []unit) []window {
	ws := o.vote(nil, us, 0, len(us), maxCandidates)
	a := 0
	for i := 1; i <= len(us); i++ {
		if i == len(us) || us[i].brk != joined {
			if a > 0 || i < len(us) {
				ws = o.vote(ws, us, a, i, perPiece)
			}
			a = i
		}
	}
	slices.SortFunc(ws, func(a, b window) int { return a.lo - b.lo })
	out := ws[:0]
	for _, w := range ws {
		if n := len(out); n > 0 && w.lo <= out[n-1].hi+mergeGap {
			out[n-1].hi = max(out[n-1].hi, w.hi)
			continue
		}
		out = append(out, w)
	}
	return out
}

// perPiece is how many places each piece of a split quotation adds.
const perPiece = 2

// Vote weights: a word pair or word found once in the original weighs most,
// one found as often as the limit least, so that a stock phrase said many
// times ("while there is still time") does not outvote the one place where
// the rest of the quotation is.
const (
	pairWeight = 2 * maxPairPostings
	wordWeight = maxWordPostings
	weightBits = 20 // a vote is diagonal<<weightBits | weight
)

// A cluster is a run of close diagonals and the weight of their votes.
type cluster struct {
	lo, hi int64
	votes  int
}

// voteScratch keeps the votes and clusters of vote between checks.
type voteScratch struct {
	votes    []int64
	clusters []cluster
}

var voteScratches = sync.Pool{New: func() any { return new(voteScratch) }}

// vote appends to ws the windows around the k best places for units [a, b)
// of us.
func (o *Original) vote(ws []window, us []unit, a, b, k int) []window {
	sc := voteScratches.Get().(*voteScratch)
	defer voteScratches.Put(sc)
	votes := sc.votes[:0]
	defer func() { sc.votes = votes[:0] }()
	add := func(p int32, i, w int) {
		votes = append(votes, int64(p-int32(i))<<weightBits|int64(w))
	}
	for i := a; i < b; i++ {
		u := us[i]
		if u.id < 0 {
			continue
		}
		if i+1 < b && us[i+1].id >= 0 {
			if ps := o.pairs[pairKey(u.id, us[i+1].id)]; len(ps) <= maxPairPostings {
				for _, p := range ps {
					add(p, i, pairWeight/len(ps))
				}
			}
		}
		switch ps := o.postings[u.id]; {
		case len(ps) <= maxWordPostings:
			for _, p := range ps {
				add(p, i, wordWeight/len(ps))
			}
		case b-a <= 2:
			// A quotation of a word or two has no rarer evidence.
			for _, p := range ps[:min(len(ps), 4*maxWordPostings)] {
				add(p, i, 1)
			}
		}
	}
	if len(votes) == 0 {
		return ws
	}
	slices.Sort(votes)
	// Diagonals close together are one place: words dropped or added shift
	// the diagonal a little.
	spread := int64(4 + (b-a)/4)
	cs := sc.clusters[:0]
	defer func() { sc.clusters = cs[:0] }()
	for _, v := range votes {
		d, w := v>>weightBits, int(v&(1<<weightBits-1))
		if n := len(cs); n > 0 && d-cs[n-1].hi <= spread {
			cs[n-1].hi = d
			cs[n-1].votes += w
			continue
		}
		cs = append(cs, cluster{lo: d, hi: d, votes: w})
	}
	// The k heaviest, the earliest of equals, by selection: k is small
	// and the clusters many.
	pad := 4 + (b-a)/3
	for range min(len(cs), k) {
		best := 0
		for j, c := range cs {
			if c.votes > cs[best].votes {
				best = j
			}
		}
		c := cs[best]
		cs[best].votes = -1
		lo := max(0, int(c.lo)+a-pad)
		hi := min(len(o.ids), int(c.hi)+b+pad+maxReplaced)
		if lo < hi {
			ws = append(ws, window{lo, hi})
		}
	}
	return ws
}

// A segment is a stretch of the quotation aligned to one stretch of the
// original without a jump.
type segment struct {
	qlo, qhi int // units
	olo, ohi int // original words
	edits    int // substitutions, insertions and deletions inside
	matched  int // units equal to the original's word
}

// An alignment is one way of reading the quotation in the original.
type alignment struct {
	segs     []segment
	replaced []window // per insertion, the original's words it stands for
}

// aligner holds the table of one semi-global alignment of a quotation
// against a few windows of the original, with jumps.
type aligner struct {
	o     *Original
	us    []unit
	ws    []window
	col   []int // column → original position (a boundary before that word)
	win   []int // column → index of its window
	off   []int // window → its first column
	d     []int32
	from  []int32 // column a jump into this cell came from, or -1
	nins  int
	queue []int32 // scratch for relax
	prev  []int32 // scratch for relax
}

func (a *aligner) pos(g int) int { return a.col[g] }

// aligners keeps the tables between checks: a check allocates little, and
// an Original may check from several goroutines at once.
var aligners = sync.Pool{New: func() any { return new(aligner) }}

// resize returns s with length n, reusing its array when large enough; the
// contents are not cleared.
func resize(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// align fills the table and returns the best alignments, up to maxTies of
// equal cost ending at different places.
func (o *Original) align(us []unit, nins int, ws []window) []alignment {
	a := aligners.Get().(*aligner)
	defer aligners.Put(a)
	*a = aligner{o: o, us: us, ws: ws, nins: nins,
		col: a.col[:0], win: a.win[:0], off: a.off[:0], queue: a.queue[:0], d: a.d, from: a.from, prev: a.prev}
	for wi, w := range ws {
		a.off = append(a.off, len(a.col))
		for p := w.lo; p <= w.hi; p++ {
			a.col = append(a.col, p)
			a.win = append(a.win, wi)
		}
	}
	n, C := len(us), len(a.col)
	a.d = resize(a.d, (n+1)*C)
	a.from = resize(a.from, (n+1)*C)
	a.prev = resize(a.prev, C)
	clear(a.d[:C]) // the quotation may start anywhere, free
	for i := range a.from {
		a.from[i] = -1
	}
	prev := a.prev
	for i := 0; i < n; i++ {
		row, next := a.d[i*C:(i+1)*C], a.d[(i+1)*C:(i+2)*C]
		if i > 0 {
			a.relax(i, row, prev)
		}
		u := us[i]
		for wi, w := range ws {
			g0 := a.off[wi]
			for c := w.lo; c <= w.hi; c++ {
				g := g0 + c - w.lo
				var best int32
				if u.wild >= 0 {
					best = row[g] + a.wildCost(u, c, 0)
					for k := 1; k <= maxReplaced && c-k >= w.lo; k++ {
						best = min(best, row[g-k]+a.wildCost(u, c, k))
					}
				} else {
					best = row[g] + edit
					if c > w.lo {
						best = min(best, row[g-1]+a.sub(u, c-1))
					}
				}
				if c > w.lo {
					best = min(best, next[g-1]+edit)
				}
				next[g] = best
			}
		}
	}
	last := a.d[n*C:]
	m := slices.Min(last)
	var out []alignment
	for g := 0; g < C && len(out) < maxTies; g++ {
		if last[g] == m {
			if al, ok := a.trace(g); ok {
				out = append(out, al)
			}
		}
	}
	return out
}

// maxTies is how many equally good alignments are compared for the
// speaker and the verdict: a speaker who says the same words twice.
const maxTies = 8

func (a *aligner) sub(u unit, p int) int32 {
	if u.id >= 0 && u.id == a.o.ids[p] {
		return 0
	}
	return edit
}

// wildCost is the price of the insertion u standing for the k words of the
// original before position c: nothing when they are its own words ("of
// [Hollin Bay]"), a little otherwise, least for one word, as an insertion
// most often stands for a pronoun ("[Brandvold] intends" for "I intend").
func (a *aligner) wildCost(u unit, c, k int) int32 {
	switch {
	case k == len(u.words) && slices.Equal(a.o.ids[c-k:c], u.words):
		return 0
	case k == 1:
		return 1
	case k == 0:
		return 2
	}
	return 3
}

// relax lets the alignment jump before unit i: anywhere at jumpCost, or at
// a marked break anywhere at farMarkedCost and a little ahead for free.
func (a *aligner) relax(i int, row, prev []int32) {
	C := len(a.col)
	from := a.from[i*C : (i+1)*C]
	copy(prev, row)
	am := 0
	for g, v := range prev {
		if v < prev[am] {
			am = g
		}
	}
	far := int32(jumpCost)
	if a.us[i].brk != joined {
		far = farMarkedCost
	}
	for g := range row {
		if prev[am]+far < row[g] {
			row[g], from[g] = prev[am]+far, int32(am)
		}
	}
	if a.us[i].brk == joined {
		return
	}
	// The least of prev over the nearWords columns before g in its window,
	// kept with a monotone queue of columns: one pass.
	q := a.queue[:0]
	for g := range row {
		if g > 0 && a.win[g-1] != a.win[g] {
			q = q[:0]
		}
		for len(q) > 0 && int(q[0]) < g-nearWords {
			q = q[1:]
		}
		if len(q) > 0 && prev[q[0]] < row[g] {
			row[g], from[g] = prev[q[0]], q[0]
		}
		for len(q) > 0 && prev[q[len(q)-1]] > prev[g] { // the earliest of equals stays
			q = q[:len(q)-1]
		}
		q = append(q, int32(g))
	}
	a.queue = q[:0]
}

// trace follows the table back from column g of the last row.
func (a *aligner) trace(g int) (alignment, bool) {
	n, C := len(a.us), len(a.col)
	al := alignment{replaced: make([]window, a.nins)}
	seg := segment{qhi: n, ohi: a.pos(g)}
	i, jumped := n, false
	// A stretch that runs from one speaker's turn into the next is two
	// pieces, whatever the words: split it where the turn changes.
	const none = -2
	turn := int32(none)
	enter := func(p int) {
		t := a.o.turn[p]
		if turn != none && t != turn {
			seg.qlo, seg.olo = i, a.pos(g)
			al.segs = append(al.segs, seg)
			seg = segment{qhi: i, ohi: a.pos(g)}
		}
		turn = t
	}
	for i > 0 {
		if i < n && !jumped && a.from[i*C+g] >= 0 {
			seg.qlo, seg.olo = i, a.pos(g)
			al.segs = append(al.segs, seg)
			g = int(a.from[i*C+g])
			seg = segment{qhi: i, ohi: a.pos(g)}
			jumped, turn = true, none
			continue
		}
		jumped = false
		v, u, c := a.d[i*C+g], a.us[i-1], a.pos(g)
		lo := a.ws[a.win[g]].lo
		up := a.d[(i-1)*C : i*C]
		switch {
		case u.wild < 0 && c > lo && up[g-1]+a.sub(u, c-1) == v:
			enter(c - 1)
			if s := a.sub(u, c-1); s == 0 {
				seg.matched++
			} else {
				seg.edits++
			}
			i, g = i-1, g-1
		case u.wild >= 0 && a.wildFrom(u, up, g, c, c-lo, v) >= 0:
			k := a.wildFrom(u, up, g, c, c-lo, v)
			if k > 0 {
				enter(c - 1)
			}
			al.replaced[u.wild] = window{c - k, c}
			i, g = i-1, g-k
		case up[g]+edit == v:
			seg.edits++
			i--
		case c > lo && a.d[i*C+g-1]+edit == v:
			enter(c - 1)
			seg.edits++
			g--
		default:
			return alignment{}, false // cannot happen: every cell has a predecessor
		}
	}
	seg.qlo, seg.olo = 0, a.pos(g)
	al.segs = append(al.segs, seg)
	slices.Reverse(al.segs)
	return al, true
}

// wildFrom returns how many words the insertion u ending at column g
// (position c) stood for to reach value v, or -1.
func (a *aligner) wildFrom(u unit, up []int32, g, c, room int, v int32) int {
	for k := 0; k <= maxReplaced && k <= room; k++ {
		if up[g-k]+a.wildCost(u, c, k) == v {
			return k
		}
	}
	return -1
}
