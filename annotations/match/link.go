package match

import (
	"slices"
	"sort"
)

// A link says that two quotations (or two passages), a and b, are the
// same, and how similar they are. When one is only a fragment of the
// other, part is set, frag names the fragment and whole the item it lies
// in, and [from, to) are the words of whole that it matched.
type link struct {
	a, b int
	sim  float64

	part        bool
	frag, whole int
	from, to    int
}

// joinFragments unites each set of u that is a fragment of items in other
// sets (links with part set whose whole is not a hub) with one of those sets: the one
// spanning the most documents, then the one it matches best, then the
// earliest. doc tells the document of an item.
func joinFragments(u unionFind, links []link, hub []bool, doc func(int) int) {
	// spread[root] is the number of documents of root's set: each
	// (root, document) pair of an item counts once. Sorted pairs rather
	// than a map of them: Go's maps are slow in WebAssembly.
	pairs := make([]uint64, len(u))
	for i := range u {
		pairs[i] = uint64(u.find(i))<<32 | uint64(uint32(doc(i)))
	}
	slices.Sort(pairs)
	spread := make([]int, len(u))
	for k, p := range pairs {
		if k == 0 || p != pairs[k-1] {
			spread[p>>32]++
		}
	}
	type choice struct {
		to  int // the root of the set chosen, -1 for none
		sim float64
	}
	chosen := make([]choice, len(u)) // by the root of a fragment's set
	for i := range chosen {
		chosen[i].to = -1
	}
	for _, l := range links {
		if !l.part || hub[l.whole] {
			continue
		}
		from, to := u.find(l.frag), u.find(l.whole)
		if from == to {
			continue
		}
		ch := chosen[from]
		if ch.to < 0 || spread[to] > spread[ch.to] ||
			spread[to] == spread[ch.to] && (l.sim > ch.sim || l.sim == ch.sim && to < ch.to) {
			chosen[from] = choice{to, l.sim}
		}
	}
	for from, ch := range chosen {
		if ch.to >= 0 {
			u.union(from, ch.to)
		}
	}
}

// components returns the sets of u with more than one item, each in item
// order, ordered by their first item. The items extra lists for a set's
// root are added to it.
func components(u unionFind, extra map[int]map[int]float64) [][]int {
	// A set's root is its smallest item: by root, the sets come in the
	// order of their first items.
	sets := make([][]int, len(u))
	for i := range u {
		r := u.find(i)
		sets[r] = append(sets[r], i)
	}
	var out [][]int
	for r, set := range sets {
		if len(set) == 0 {
			continue
		}
		for i := range extra[r] {
			if u.find(i) != r {
				set = append(set, i)
			}
		}
		sort.Ints(set)
		if len(set) > 1 {
			out = append(out, set)
		}
	}
	return out
}
