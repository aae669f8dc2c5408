package match

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortEntries checks the partitioned radix sort against a stable
// comparison sort, on sizes around the bucket size and on hashes that
// share many bits, as the hashes of repeated shingles do.
func TestSortEntries(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 2, 100, 4096, 4097, 20000, 300000} {
		for _, distinct := range []int{3, 1000, 1 << 30} {
			xs := randomEntries(rng, n, distinct)
			want := slices.Clone(xs)
			slices.SortStableFunc(want, func(a, b shingleEntry) int { return cmp.Compare(a.h, b.h) })
			if got := sortEntries(xs); !slices.Equal(got, want) {
				t.Fatalf("n=%d distinct=%d: sortEntries differs from a stable sort", n, distinct)
			}
		}
	}
}

// randomEntries returns n entries numbered in order, with random hashes,
// or with hashes of distinct values when distinct is below 1<<30: many
// share theirs, and with one another many of their bits.
func randomEntries(rng *rand.Rand, n, distinct int) []shingleEntry {
	xs := make([]shingleEntry, n)
	for i := range xs {
		h := rng.Uint64()
		if distinct < 1<<30 {
			h = uint64(rng.IntN(distinct)) * 0x9e3779b97f4a7c15
		}
		xs[i] = shingleEntry{h: h, posting: posting{item: int32(i), pos: int32(rng.IntN(50))}}
	}
	return xs
}

// BenchmarkSortEntries measures the sort of entries by hash at the sizes
// of 100 and 1,000 articles; the time per entry should stay about the
// same.
func BenchmarkSortEntries(b *testing.B) { benchmarkEntries(b, sortEntries) }

// BenchmarkGroupEntries measures the grouping of the indexes' entries
// by hash, as BenchmarkSortEntries does the sort.
func BenchmarkGroupEntries(b *testing.B) { benchmarkEntries(b, groupEntries) }

func benchmarkEntries(b *testing.B, order func([]shingleEntry) []shingleEntry) {
	for _, n := range []int{100_000, 1_000_000} {
		rng := rand.New(rand.NewPCG(1, 2))
		xs := make([]shingleEntry, n)
		for i := range xs {
			xs[i] = shingleEntry{h: rng.Uint64(), posting: posting{item: int32(i)}}
		}
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			ys := make([]shingleEntry, n)
			for b.Loop() {
				copy(ys, xs)
				order(ys)
			}
		})
	}
}

// TestGroupEntries checks that grouping keeps every entry and puts those
// of one hash next to each other in their order: sorted stably by hash,
// the result is what a stable sort of the input gives.
func TestGroupEntries(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	byHash := func(a, b shingleEntry) int { return cmp.Compare(a.h, b.h) }
	for _, n := range []int{0, 1, 2, 3, 100, 4096, 4097, 20000, 300000} {
		for _, distinct := range []int{1, 3, 1000, 1 << 30} {
			xs := randomEntries(rng, n, distinct)
			want := slices.Clone(xs)
			slices.SortStableFunc(want, byHash)
			got := groupEntries(xs)
			seen := make(map[uint64]bool)
			for i, e := range got {
				if i > 0 && got[i-1].h != e.h {
					if seen[e.h] {
						t.Fatalf("n=%d distinct=%d: the entries of hash %x are not next to each other", n, distinct, e.h)
					}
				}
				seen[e.h] = true
			}
			slices.SortStableFunc(got, byHash)
			if !slices.Equal(got, want) {
				t.Fatalf("n=%d distinct=%d: groupEntries lost entries or their order", n, distinct)
			}
		}
	}
}

// TestRepeatFilter checks that a repeatFilter says every hash shown twice
// or more may repeat, and leaves out most of those shown once.
func TestRepeatFilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for _, n := range []int{0, 1, 2, 100, 20000} {
		hs := make([]uint64, n)
		count := make(map[uint64]int)
		for i := range hs {
			h := rng.Uint64()
			if i > 0 && rng.IntN(4) == 0 {
				h = hs[rng.IntN(i)] // a repeated shingle
			}
			hs[i] = h
			count[h]++
		}
		f := newRepeatFilter(n)
		for _, h := range hs {
			f.note(h)
		}
		once, kept := 0, 0
		for _, h := range hs {
			switch {
			case count[h] > 1 && !f.mayRepeat(h):
				t.Fatalf("n=%d: a hash shown %d times is left out", n, count[h])
			case count[h] == 1:
				once++
				if f.mayRepeat(h) {
					kept++
				}
			}
		}
		if 8*kept > once+8 {
			t.Errorf("n=%d: %d of the %d hashes shown once are kept", n, kept, once)
		}
	}
}
