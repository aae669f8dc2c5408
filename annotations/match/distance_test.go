package match

import (
	"math/rand/v2"
	"testing"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
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
		band := textutil.Abs(len(a)-len(b)) + rng.IntN(5)
		got, want := bandedDistance(a, b, band), plainDistance(a, b)
		if got < want {
			t.Fatalf("banded %d below true distance %d for %v %v", got, want, a, b)
		}
		if band >= max(len(a), len(b)) && got != want {
			t.Fatalf("full band gave %d, want %d", got, want)
		}
	}
}

// plainRuneDistance is the textbook character edit distance, the
// reference for the bit-parallel one.
func plainRuneDistance(a, b []rune) int {
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			up := row[j]
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			row[j] = min(up+1, row[j-1]+1, diag+cost)
			diag = up
		}
	}
	return row[len(b)]
}

// TestEditDistance checks the bit-parallel distance against the textbook
// one on random strings over small alphabets, ASCII and not, of lengths
// around the 64-rune block boundaries, reusing one scratch throughout.
func TestEditDistance(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabets := [][]rune{[]rune("ab "), []rune("abcdé "), []rune("ж中ab"), []rune("abcdefghijklmnopqrstuvwxyz ")}
	var e editScratch
	for range 3000 {
		abc := alphabets[rng.IntN(len(alphabets))]
		str := func() []rune {
			s := make([]rune, rng.IntN(200))
			for i := range s {
				s[i] = abc[rng.IntN(len(abc))]
			}
			return s
		}
		a, b := str(), str()
		if rng.IntN(2) == 0 {
			// A near copy, the common case: a few edits of a.
			b = append([]rune(nil), a...)
			for range rng.IntN(4) {
				if len(b) > 0 {
					b[rng.IntN(len(b))] = abc[rng.IntN(len(abc))]
				}
			}
		}
		if got, want := e.distance(a, b), plainRuneDistance(a, b); got != want {
			t.Fatalf("distance(%q, %q) = %d, want %d", string(a), string(b), got, want)
		}
	}
}

// FuzzEditDistance checks the bit-parallel distance against the textbook
// one on any pair of strings.
func FuzzEditDistance(f *testing.F) {
	f.Add("kitten", "sitting")
	f.Add("", "abc")
	f.Add("we will not back down", "we won't back down")
	var e editScratch
	f.Fuzz(func(t *testing.T, a, b string) {
		ra, rb := []rune(a), []rune(b)
		if len(ra)*len(rb) > 1<<16 {
			return
		}
		if got, want := e.distance(ra, rb), plainRuneDistance(ra, rb); got != want {
			t.Fatalf("distance(%q, %q) = %d, want %d", a, b, got, want)
		}
	})
}
