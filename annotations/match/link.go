package match

import "sort"

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
	spread := make(map[int]int) // root → number of documents
	seen := make(map[[2]int]bool)
	for i := range u {
		k := [2]int{u.find(i), doc(i)}
		if !seen[k] {
			seen[k] = true
			spread[k[0]]++
		}
	}
	type choice struct {
		to  int
		sim float64
	}
	chosen := make(map[int]choice)
	for _, l := range links {
		if !l.part || hub[l.whole] {
			continue
		}
		from, to := u.find(l.frag), u.find(l.whole)
		if from == to {
			continue
		}
		ch, ok := chosen[from]
		if !ok || spread[to] > spread[ch.to] ||
			spread[to] == spread[ch.to] && (l.sim > ch.sim || l.sim == ch.sim && to < ch.to) {
			chosen[from] = choice{to, l.sim}
		}
	}
	froms := make([]int, 0, len(chosen))
	for f := range chosen {
		froms = append(froms, f)
	}
	sort.Ints(froms)
	for _, f := range froms {
		u.union(f, chosen[f].to)
	}
}

// components returns the sets of u with more than one item, each in item
// order, ordered by their first item. The items extra lists for a set's
// root are added to it.
func components(u unionFind, extra map[int]map[int]float64) [][]int {
	sets := make(map[int][]int)
	var roots []int
	for i := range u {
		r := u.find(i)
		if _, ok := sets[r]; !ok {
			roots = append(roots, r)
		}
		sets[r] = append(sets[r], i)
	}
	var out [][]int
	for _, r := range roots {
		set := sets[r]
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
