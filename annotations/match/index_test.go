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
			xs := make([]shingleEntry, n)
			for i := range xs {
				h := rng.Uint64()
				if distinct < 1<<30 {
					h = uint64(rng.IntN(distinct)) * 0x9e3779b97f4a7c15
				}
				xs[i] = shingleEntry{h: h, posting: posting{item: int32(i), pos: int32(rng.IntN(50))}}
			}
			want := slices.Clone(xs)
			slices.SortStableFunc(want, func(a, b shingleEntry) int { return cmp.Compare(a.h, b.h) })
			if got := sortEntries(xs); !slices.Equal(got, want) {
				t.Fatalf("n=%d distinct=%d: sortEntries differs from a stable sort", n, distinct)
			}
		}
	}
}

// BenchmarkSortEntries measures the shingle sort at the sizes of 100 and
// 1,000 articles; the time per entry should stay about the same.
func BenchmarkSortEntries(b *testing.B) {
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
				sortEntries(ys)
			}
		})
	}
}
