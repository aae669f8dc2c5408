package synth

import (
	"math/rand/v2"
	"strings"
)

// Damage is how one outlet's rendering of a remark differs from the words
// the speaker used. Every kind keeps the meaning, so every damaged
// occurrence must still group with the others.
type Damage int

// The kinds of damage, one per occurrence.
const (
	DamageNone           Damage = iota // the remark verbatim, in curly marks
	DamageMarks                        // straight or guillemet marks instead of curly ones
	DamageCommaAdded                   // a comma added between two words
	DamageCommaDropped                 // one of the remark's commas left out
	DamageWordInserted                 // a filler word such as "really" slipped in
	DamageWordRemoved                  // one word left out (never a negation)
	DamageTruncatedStart               // the first words cut off
	DamageTruncatedEnd                 // the last words cut off
	DamageSpeakerVerb                  // the same words attributed with another verb
	numDamages
)

var damageNames = [numDamages]string{
	"none", "marks", "comma-added", "comma-dropped", "word-inserted", "word-removed",
	"truncated-start", "truncated-end", "speaker-verb",
}

// String returns the kind's short name, such as "comma-added".
func (d Damage) String() string {
	if d < 0 || d >= numDamages {
		return "Damage(?)"
	}
	return damageNames[d]
}

// Decoy says how a decoy differs from the remark it imitates. A decoy uses
// nearly the same words with a different meaning and must never group with
// its original.
type Decoy int

// The kinds of decoy. DecoyNone marks a genuine remark.
const (
	DecoyNone      Decoy = iota
	DecoyReordered       // the same words, subject and object swapped
	DecoyNegated         // a "not" added or removed
	DecoyAntonym         // a verb replaced by its opposite
	numDecoys
)

var decoyNames = [numDecoys]string{"none", "reordered", "negated", "antonym"}

// String returns the kind's short name, such as "negated".
func (d Decoy) String() string {
	if d < 0 || d >= numDecoys {
		return "Decoy(?)"
	}
	return decoyNames[d]
}

// applicable reports whether damage d can be done to the remark s: a remark
// without a comma cannot lose one, a short one cannot be truncated.
func applicable(s sentence, d Damage) bool {
	_, ok := damaged(nil, s, d)
	return ok
}

// damaged returns the words of remark s, without its final period, as an
// outlet renders them under damage d, and whether d applies at all. With a
// nil r it only answers the second question. Marks and speaker verb damage
// leave the words alone.
func damaged(r *rand.Rand, s sentence, d Damage) (string, bool) {
	text := s.String()
	w := strings.Split(text[:len(text)-1], " ")
	var cand []int
	switch d {
	case DamageCommaAdded:
		for i := 0; i < len(w)-1; i++ {
			if !endsPunct(w[i]) {
				cand = append(cand, i)
			}
		}
		if len(cand) == 0 || r == nil {
			return "", len(cand) > 0
		}
		i := pick(r, cand)
		w[i] += ","
	case DamageCommaDropped:
		for i, s := range w {
			if strings.HasSuffix(s, ",") {
				cand = append(cand, i)
			}
		}
		if len(cand) == 0 || r == nil {
			return "", len(cand) > 0
		}
		i := pick(r, cand)
		w[i] = strings.TrimSuffix(w[i], ",")
	case DamageWordInserted:
		if r == nil {
			return "", true
		}
		i := 1 + r.IntN(len(w)-1)
		w = append(w[:i], append([]string{pick(r, insertable)}, w[i:]...)...)
	case DamageWordRemoved:
		for i := 1; i < len(w)-1; i++ {
			if !endsPunct(w[i]) && !negations[strings.ToLower(w[i])] {
				cand = append(cand, i)
			}
		}
		if len(cand) == 0 || r == nil {
			return "", len(cand) > 0
		}
		i := pick(r, cand)
		w = append(w[:i], w[i+1:]...)
	case DamageTruncatedStart, DamageTruncatedEnd:
		// Outlets quote part of a remark from or up to a seam; see cuts.
		// Keep at least six words and three fifths of the remark, so that
		// what is left is still recognisably the same quotation.
		most := min(len(w)-6, len(w)*2/5)
		starts, ends := s.cuts()
		for _, c := range starts {
			if d == DamageTruncatedStart && 0 < c && c <= most {
				cand = append(cand, c)
			}
		}
		for _, c := range ends {
			if d == DamageTruncatedEnd && 0 < len(w)-c && len(w)-c <= most {
				cand = append(cand, c)
			}
		}
		if len(cand) == 0 || r == nil {
			return "", len(cand) > 0
		}
		c := pick(r, cand)
		if d == DamageTruncatedStart {
			w = w[c:]
		} else {
			w = w[:c]
			w[len(w)-1] = strings.TrimRight(w[len(w)-1], ",:;")
		}
	}
	if r == nil {
		return "", true
	}
	return strings.Join(w, " "), true
}

func endsPunct(s string) bool { return strings.HasSuffix(s, ",") || strings.HasSuffix(s, ":") }

// MarshalText writes the kind's name, so that the truth reads well as JSON.
func (d Damage) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// MarshalText writes the kind's name, so that the truth reads well as JSON.
func (d Decoy) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
