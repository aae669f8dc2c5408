package match

import (
	"cmp"
	"math/bits"
	"slices"
)

// A posting says where a shingle occurs: in which item (a quotation or a
// document, depending on the index) and at which token position.
type posting struct {
	item int32
	pos  int32
}

// A shingleIndex maps every run of n consecutive words (a shingle) to where
// it occurs. It is how the matcher finds candidates without comparing every
// pair of texts: two texts are only compared when they share a shingle.
//
// A shingle that occurs more than limit times, such as "one of the", says
// nothing about which texts belong together and would make the work grow with
// the square of its frequency, so its list is dropped (a stop-shingle).
//
// The index is a list of (hash, posting) entries grouped by hash, not a map
// of lists: a corpus has about as many distinct shingles as words, and one
// small list per shingle costs an allocation each and scatters them over
// memory, which is slowest in WebAssembly. Most shingles occur once and
// form no list: the index holds only the entries that a first pass over
// the hashes finds may repeat (see repeatFilter).
type shingleIndex struct {
	limit   int
	entries []shingleEntry // grouped by hash (groupEntries)
	// shingles is how many shingles the items have, those that occur
	// once included.
	shingles int
}

type shingleEntry struct {
	h uint64
	posting
}

// newShingleIndex indexes the n-word shingles of count items, whose words
// toks returns; the lists come out in item order.
func newShingleIndex(n, limit, count int, toks func(i int) []token) *shingleIndex {
	x := &shingleIndex{limit: limit}
	for i := range count {
		x.shingles += max(0, len(toks(i))-n+1)
	}
	f := newRepeatFilter(x.shingles)
	for i := range count {
		t := toks(i)
		for p := 0; p+n <= len(t); p++ {
			f.note(shingleHash(t[p : p+n]))
		}
	}
	// The entries kept are counted first, so that their array is made
	// once: where most shingles repeat (a corpus of copies), growing it
	// by appends allocated about twice what it holds.
	kept := 0
	for i := range count {
		t := toks(i)
		for p := 0; p+n <= len(t); p++ {
			if f.mayRepeat(shingleHash(t[p : p+n])) {
				kept++
			}
		}
	}
	x.entries = make([]shingleEntry, 0, kept)
	for i := range count {
		t := toks(i)
		for p := 0; p+n <= len(t); p++ {
			if h := shingleHash(t[p : p+n]); f.mayRepeat(h) {
				x.entries = append(x.entries, shingleEntry{h, posting{item: int32(i), pos: int32(p)}})
			}
		}
	}
	x.entries = groupEntries(x.entries)
	return x
}

// each calls f with every list of two or more postings that is not a
// stop-shingle, in no particular order. The list is only valid during the
// call.
func (x *shingleIndex) each(f func([]posting)) {
	var list []posting
	for lo := 0; lo < len(x.entries); {
		hi := lo + 1
		for hi < len(x.entries) && x.entries[hi].h == x.entries[lo].h {
			hi++
		}
		if n := hi - lo; n >= 2 && n <= x.limit {
			list = list[:0]
			for _, e := range x.entries[lo:hi] {
				list = append(list, e.posting)
			}
			f(list)
		}
		lo = hi
	}
}

// A repeatFilter tells, of the hashes it was shown, which may occur more
// than once: every hash that does, and a few of the others. Two bitmaps of
// hashes, those seen and those seen again, spare storing and grouping the
// shingles that occur once, most of a corpus's: of the 137,510 shingles
// of multinews-dev, 9,196 share their hash and 17,150 are kept.
type repeatFilter struct {
	width       int // bits of the hash that pick a bit of the maps
	seen, again []uint64
}

// newRepeatFilter returns a filter for about n hashes. Eight to sixteen
// bits per hash: a hash that occurs once shares its bit with another's at
// most about once in eight.
func newRepeatFilter(n int) *repeatFilter {
	width := bits.Len(uint(n)) + 3
	words := (1<<width + 63) / 64
	return &repeatFilter{width: width, seen: make([]uint64, words), again: make([]uint64, words)}
}

// note shows the filter the hash h.
func (f *repeatFilter) note(h uint64) {
	b := h >> (64 - f.width)
	if f.seen[b/64]&(1<<(b%64)) != 0 {
		f.again[b/64] |= 1 << (b % 64)
	}
	f.seen[b/64] |= 1 << (b % 64)
}

// mayRepeat reports whether h may have been shown more than once; it
// surely was not when false.
func (f *repeatFilter) mayRepeat(h uint64) bool {
	b := h >> (64 - f.width)
	return f.again[b/64]&(1<<(b%64)) != 0
}

// sortEntries sorts the entries by hash, keeping the order of entries with
// equal hashes. A plain radix sort over all entries is slowed down by the
// memory: at a million entries each pass scatters 16 MB, and the time
// grew with the square of the corpus rather than linearly. So a first
// pass partitions the entries by the top bits of the hash into buckets of
// a few thousand, which fit in the processor's cache, and each bucket is
// then radix-sorted on its own, eight bits at a time.
func sortEntries(xs []shingleEntry) []shingleEntry {
	k := partitionBits(len(xs))
	tmp := make([]shingleEntry, len(xs))
	starts := partition(xs, tmp, k)
	if k > 0 {
		xs, tmp = tmp, xs
	}
	var count [256]int
	for b := 0; b+1 < len(starts); b++ {
		lo, hi := starts[b], starts[b+1]
		if hi-lo < 2 {
			continue
		}
		src, dst := xs[lo:hi], tmp[lo:hi]
		for shift := 0; shift < 64-k; shift += 8 {
			clear(count[:])
			for _, e := range src {
				count[e.h>>shift&0xff]++
			}
			if count[src[0].h>>shift&0xff] == len(src) {
				continue // one digit throughout: already in order on it
			}
			sum := 0
			for d, c := range count {
				count[d] = sum
				sum += c
			}
			for _, e := range src {
				d := e.h >> shift & 0xff
				dst[count[d]] = e
				count[d]++
			}
			src, dst = dst, src
		}
		if &src[0] != &xs[lo] {
			copy(xs[lo:hi], src)
		}
	}
	return xs
}

// bucketSize is about how many entries sortEntries and groupEntries
// partition into one bucket: a few thousand entries and their tables fit
// in the processor's cache.
const bucketSize = 4096

// partitionBits is how many top bits of the hash partition n entries into
// buckets of about bucketSize.
func partitionBits(n int) int {
	k := 0
	for n>>k > bucketSize && k < 16 {
		k++
	}
	return k
}

// partition copies xs into dst bucket by bucket, by the top k bits of the
// hash, keeping the order of the entries within each bucket, and returns
// where each bucket starts, with len(xs) last. With k = 0 all entries are
// one bucket and dst is left alone.
func partition(xs, dst []shingleEntry, k int) []int {
	starts := make([]int, 1<<k+1)
	if k == 0 {
		starts[1] = len(xs)
		return starts
	}
	top := func(e shingleEntry) int { return int(e.h >> (64 - k)) }
	for _, e := range xs {
		starts[top(e)+1]++
	}
	for b := 1; b < len(starts); b++ {
		starts[b] += starts[b-1]
	}
	next := append([]int(nil), starts[:1<<k]...)
	for _, e := range xs {
		b := top(e)
		dst[next[b]] = e
		next[b]++
	}
	return starts
}

// groupEntries returns the entries with those of equal hash next to each
// other, in their order in xs, like sortEntries, but with the groups in no
// particular order (by the partition's bucket, then by first occurrence in
// it). The indexes need no more: they read every hash's list, never the
// order of the lists. Each bucket's groups are found with a small hash
// table that stays in cache, in two passes over the bucket where sorting
// it took up to eight radix passes of two; on multinews-dev that halved
// the time of the passage index.
func groupEntries(xs []shingleEntry) []shingleEntry {
	if len(xs) < 2 {
		return xs
	}
	k := partitionBits(len(xs))
	tmp := make([]shingleEntry, len(xs))
	starts := partition(xs, tmp, k)
	src, dst := tmp, xs // the buckets are in tmp, the result goes to xs
	if k == 0 {
		src, dst = xs, tmp
	}
	var g grouper
	for b := 0; b+1 < len(starts); b++ {
		lo, hi := starts[b], starts[b+1]
		g.group(src[lo:hi], dst[lo:hi])
	}
	return dst
}

// A grouper groups entries by hash, one bucket of groupEntries at a time,
// reusing its tables from one bucket to the next.
type grouper struct {
	slots   []int32  // group+1 by hash, linear probing, 0 when free
	groupOf []int32  // the group of each entry
	hashes  []uint64 // the hash of each group
	next    []int32  // how many entries each group has, then where its next one goes
}

// group copies the entries of in to out, those of one hash next to each
// other in their order in in, the groups in order of first occurrence.
func (g *grouper) group(in, out []shingleEntry) {
	if len(in) == 0 {
		return
	}
	// The table is at most half full, so that probes stay short.
	slotBits := bits.Len(uint(2*len(in) - 1))
	if len(g.slots) < 1<<slotBits {
		most := 1 << (slotBits - 1) // entries of a bucket that fit
		g.slots = make([]int32, 2*most)
		g.groupOf = make([]int32, most)
		g.hashes = make([]uint64, 0, most)
		g.next = make([]int32, 0, most)
	}
	slots := g.slots[:1<<slotBits]
	clear(slots)
	mask := uint64(len(slots) - 1)
	hashes, next := g.hashes[:0], g.next[:0]
	for i, e := range in {
		// The bucket's entries share the top bits of their hash;
		// multiplying by 2⁶⁴/φ (Fibonacci hashing) spreads all of its
		// bits over the top ones, which pick the slot.
		s := e.h * 0x9e3779b97f4a7c15 >> (64 - slotBits)
		for slots[s] != 0 && hashes[slots[s]-1] != e.h {
			s = (s + 1) & mask
		}
		if slots[s] == 0 {
			hashes = append(hashes, e.h)
			next = append(next, 0)
			slots[s] = int32(len(hashes))
		}
		k := slots[s] - 1
		g.groupOf[i] = k
		next[k]++
	}
	start := int32(0)
	for k, n := range next {
		next[k] = start
		start += n
	}
	for i, e := range in {
		k := g.groupOf[i]
		out[next[k]] = e
		next[k]++
	}
	g.hashes, g.next = hashes, next
}

// radixSort sorts xs by the keys, the most significant first, keeping the
// order of items with equal keys: a least-significant-digit radix sort,
// linear in the number of items where a comparison sort is not. Digits
// that are zero in every key cost only their count. Digits are eight bits:
// sixteen cost a table of 65,536 counts cleared and summed per pass, most
// of the time of a small sort in WebAssembly, and scatter the items over
// as many places.
func radixSort[T any](xs []T, keys ...func(T) uint32) []T {
	const bits = 8
	tmp := make([]T, len(xs))
	count := make([]int, 1<<bits)
	for k := len(keys) - 1; k >= 0; k-- {
		key := keys[k]
		for shift := 0; shift < 32; shift += bits {
			digit := func(x T) int { return int(key(x) >> shift & (1<<bits - 1)) }
			clear(count)
			for _, x := range xs {
				count[digit(x)]++
			}
			if count[0] == len(xs) {
				continue // already in order on this digit
			}
			sum := 0
			for d, c := range count {
				count[d] = sum
				sum += c
			}
			for _, x := range xs {
				d := digit(x)
				tmp[count[d]] = x
				count[d]++
			}
			xs, tmp = tmp, xs
		}
	}
	return xs
}

// bigramSet returns the distinct word bigrams of toks as sorted hashes.
func bigramSet(toks []token) []uint64 {
	g := make([]uint64, 0, len(toks))
	for p := 0; p+2 <= len(toks); p++ {
		g = append(g, shingleHash(toks[p:p+2]))
	}
	slices.Sort(g)
	return slices.Compact(g)
}

// shingleHash hashes the word ids of toks with FNV-1a, taking each id
// whole rather than byte by byte: every shingle of every document is
// hashed, and a multiplication per byte made a chain of sixteen per
// shingle. The indexes compare the hashes for equality and read their
// top bits, into which the multiplications carry every bit of every id.
func shingleHash(toks []token) uint64 {
	h := uint64(14695981039346656037)
	for _, t := range toks {
		h ^= uint64(uint32(t.word))
		h *= 1099511628211
	}
	return h
}

// unionFind joins items into disjoint sets; the smallest item of a set is
// its root, so roots do not depend on the order of the unions.
type unionFind []int32

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = int32(i)
	}
	return u
}

func (u unionFind) find(i int) int {
	for int(u[i]) != i {
		u[i] = u[u[i]]
		i = int(u[i])
	}
	return i
}

func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra < rb:
		u[rb] = int32(ra)
	case rb < ra:
		u[ra] = int32(rb)
	}
}

// postingLimit is how often a shingle may occur before it is treated as a
// stop-shingle.
const postingLimit = 64

// sharedAtLeast counts the values two sorted slices have in common, but
// gives up, returning less than need, as soon as too few values are left
// to reach need: most candidates of a quotation fall short.
func sharedAtLeast(a, b []uint64, need int) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		if n+min(len(a), len(b)) < need {
			return n
		}
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			a, b = a[1:], b[1:]
		}
	}
	return n
}

// sharedCount counts the values two sorted slices have in common.
func sharedCount(a, b []uint64) int { return sharedAtLeast(a, b, 0) }

// A bigramIndex lists, for every word bigram, the items (quotations) that
// hold it, and for every bigram of every item where its list lies. The
// quote matcher reads it to find the candidates of each quotation.
//
// The index is every (bigram, item) entry grouped by bigram, so that the
// items holding one bigram, its list, are a stretch of entries. A grouped
// list rather than a map of lists: Go's maps are slow in WebAssembly.
// Every list runs longest item first, so that the scan of a list can stop
// at the first item shorter than the one looking. The entries are made
// longest item first and grouped by bigram keeping that order, as the
// shingle index's are (groupEntries); a posting's item is the item and its
// pos the place of the bigram in grams[item].
type bigramIndex struct {
	// grams holds each item's distinct bigrams as sorted hashes.
	grams [][]uint64
	// first[i] is where the bigrams of item i start in a flat list of all
	// items' bigrams.
	first   []int
	entries []shingleEntry
	// listOf[first[i]+k] is the bounds in entries of the list of the k-th
	// bigram of item i.
	listOf [][2]int32
}

// newBigramIndex indexes the bigrams of n items whose words toks returns.
func newBigramIndex(n int, toks func(i int) []token) *bigramIndex {
	x := &bigramIndex{grams: make([][]uint64, n), first: make([]int, n+1)}
	size := make([]int32, n)
	for i := range n {
		t := toks(i)
		g := bigramSet(t)
		x.grams[i] = g
		x.first[i+1] = x.first[i] + len(g)
		size[i] = int32(len(t))
	}
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(size[b], size[a]) })
	x.entries = make([]shingleEntry, 0, x.first[n])
	for _, i := range order {
		for k, h := range x.grams[i] {
			x.entries = append(x.entries, shingleEntry{h, posting{item: i, pos: int32(k)}})
		}
	}
	x.entries = groupEntries(x.entries)
	x.listOf = make([][2]int32, x.first[n])
	for lo := 0; lo < len(x.entries); {
		hi := lo + 1
		for hi < len(x.entries) && x.entries[hi].h == x.entries[lo].h {
			hi++
		}
		for _, e := range x.entries[lo:hi] {
			x.listOf[x.first[e.item]+int(e.pos)] = [2]int32{int32(lo), int32(hi)}
		}
		lo = hi
	}
	return x
}
