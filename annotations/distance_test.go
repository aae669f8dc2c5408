package annotations

import (
	"math/rand/v2"
	"testing"
)

// plainDistance is the textbook word edit distance, the reference for the
// banded one.
func plainDistance(a, b []token) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1].word == b[j-1].word {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	return d[len(a)][len(b)]
}

func TestBandedDistance(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	seq := func(n int) []token {
		s := make([]token, n)
		for i := range s {
			s[i].word = int32(rng.IntN(4))
		}
		return s
	}
	for range 2000 {
		a, b := seq(rng.IntN(30)), seq(rng.IntN(30))
		band := abs(len(a)-len(b)) + rng.IntN(5)
		got, want := bandedDistance(a, b, band), plainDistance(a, b)
		if got < want {
			t.Fatalf("banded %d below true distance %d for %v %v", got, want, a, b)
		}
		if band >= max(len(a), len(b)) && got != want {
			t.Fatalf("full band gave %d, want %d", got, want)
		}
	}
}
