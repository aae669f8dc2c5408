package check

import (
	"math"
	"slices"
)

// Verdict is how faithfully a quotation renders the original.
type Verdict string

// The verdicts, from the most faithful.
const (
	// Verbatim: the quotation's words appear in the original contiguously
	// and in order, after normalisation of case, quotation marks, dashes,
	// punctuation and white space. Part of a sentence is verbatim.
	Verbatim Verdict = "verbatim"
	// Elided: words left out inside the quotation and marked with an
	// ellipsis, the rest verbatim.
	Elided Verdict = "elided"
	// Altered: words changed, inserted or dropped without a mark, within
	// the tolerance.
	Altered Verdict = "altered"
	// Stitched: pieces that are not adjacent in the original (more than a
	// sentence apart, out of order, or said in different turns) printed as
	// one quotation, with or without an ellipsis.
	Stitched Verdict = "stitched"
	// NotFound: nothing in the original is close enough. The quotation may
	// come from elsewhere; the verdict accuses nobody.
	NotFound Verdict = "not_found"
)

// Valid reports whether v is one of the verdicts.
func (v Verdict) Valid() bool {
	switch v {
	case Verbatim, Elided, Altered, Stitched, NotFound:
		return true
	}
	return false
}

// Result is the check of one quotation against the original.
type Result struct {
	Verdict Verdict `json:"verdict"`
	// Original are the spans of the original the quotation was matched to,
	// in the quotation's order: one per stretch of the original, so one
	// for most verbatim and altered quotations, one per piece for an
	// elided or stitched one, or for the parts of a split quotation
	// between which the outlet skipped words. Empty when not found.
	Original []Span `json:"original,omitempty"`
	// Similarity is 1 minus the normalised word edit distance between the
	// quotation and the matched words; words left out at an ellipsis and
	// the gaps of a stitched quotation do not count against it. For a
	// quotation not found, it is that of the closest reading, 0 if none.
	Similarity float64 `json:"similarity"`
	// SpeakerMatches says whether the outlet's speaker is the one speaking
	// at the matched place, by last name; nil when the original has no
	// speaker turns there, the outlet named no person, the label names a role
	// rather than a person ("THE PRESIDENT"), or nothing was found.
	SpeakerMatches *bool `json:"speaker_matches,omitempty"`
	// OriginalSpeaker is the label of the turn the quotation was matched
	// in (of its longest piece, if several), as printed without the colon.
	OriginalSpeaker string `json:"original_speaker,omitempty"`
	// Insertions are the bracketed editorial insertions, allowed as
	// substitutions.
	Insertions []Insertion `json:"insertions,omitempty"`
}

// Limits of the verdicts.
const (
	// maxSentencesApart is how many whole sentences may lie between two
	// pieces that still count as adjacent: "more than a sentence apart"
	// is stitched.
	maxSentencesApart = 1
	// minMarkedPiece and minUnmarkedPiece are the fewest matching words a
	// piece needs to be taken as stitched in from elsewhere, after an
	// ellipsis or a part break and without a mark: a word or two, or a
	// stock phrase like "long before the next meeting", turns up anywhere.
	minMarkedPiece   = 3
	minUnmarkedPiece = 6
)

// Check gives q a verdict against the original.
func (o *Original) Check(q Quotation) Result { return o.check(q, true) }

// check is Check, with the shortcut for a quotation said word for word in
// one place only when fast is set; tests compare the two ways.
func (o *Original) check(q Quotation, fast bool) Result {
	us, ins := o.units(q)
	words := 0
	for _, u := range us {
		if u.wild < 0 {
			words++
		}
	}
	res := Result{Verdict: NotFound, Insertions: ins}
	if words == 0 {
		return res
	}
	var als []alignment
	if at := o.exact(us); fast && at >= 0 {
		als = []alignment{{segs: []segment{{qhi: len(us), olo: at, ohi: at + len(us), matched: len(us)}}}}
	} else if ws := o.candidates(us); len(ws) > 0 {
		als = o.align(us, len(ins), ws)
	}
	var best *judged
	for _, al := range als {
		j := o.judge(us, al, q.Speaker)
		if best == nil || j.better(best) {
			best = &j
		}
	}
	if best == nil {
		return res
	}
	// Three decimals are all a reader needs, and keep reports stable.
	res.Similarity = math.Round(best.similarity*1000) / 1000
	if best.verdict == NotFound {
		return res
	}
	res.Verdict, res.Original = best.verdict, best.spans
	res.SpeakerMatches, res.OriginalSpeaker = best.speakerMatches, best.speaker
	for k := range res.Insertions {
		r := best.replaced[k]
		sp := Span{Start: int(o.boundary(r.lo)), End: int(o.boundary(r.lo))}
		if r.hi > r.lo {
			sp = Span{Start: int(o.start[r.lo]), End: int(o.end[r.hi-1])}
		}
		res.Insertions[k].Replaces = &sp
	}
	return res
}

// maxExactChecks bounds the places exact compares: a quotation whose rarest
// word pair is said more often than this goes through the alignment.
const maxExactChecks = 64

// exact returns where the original says the words of us, in order and with
// nothing between, within one turn, if it says them there only; else -1.
// Most quotations are verbatim, and for them this is the whole alignment:
// the table would find the same place at no cost, and no other.
func (o *Original) exact(us []unit) int {
	if len(us) < 2 {
		return -1
	}
	for _, u := range us {
		if u.id < 0 || u.wild >= 0 || u.brk != joined {
			return -1
		}
	}
	// The rarest pair has the fewest places to compare.
	var ps []int32
	off := -1
	for i := 0; i+1 < len(us); i++ {
		p, ok := o.pairs[pairKey(us[i].id, us[i+1].id)]
		if !ok {
			return -1 // said nowhere in that order
		}
		if off < 0 || len(p) < len(ps) {
			ps, off = p, i
		}
	}
	if len(ps) > maxExactChecks {
		return -1
	}
	at := -1
	for _, p := range ps {
		s := int(p) - off
		if s < 0 || s+len(us) > len(o.ids) {
			continue
		}
		same := true
		for i, u := range us {
			if o.ids[s+i] != u.id {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if at >= 0 {
			return -1 // said twice: let the speaker decide between them
		}
		at = s
	}
	if at < 0 || o.turn[at] != o.turn[at+len(us)-1] {
		return -1
	}
	return at
}

// boundary returns the byte offset of the boundary before word p.
func (o *Original) boundary(p int) int32 {
	if p < len(o.start) {
		return o.start[p]
	}
	if len(o.end) == 0 {
		return 0
	}
	return o.end[len(o.end)-1]
}

// judged is an alignment read as a verdict.
type judged struct {
	verdict        Verdict
	similarity     float64
	spans          []Span
	speakerMatches *bool
	speaker        string
	replaced       []window
	covered        int // words of the original matched
}

// better prefers a found quotation, then one credited to the right
// speaker, then the more faithful verdict, then the higher similarity, then
// more of the original matched.
func (j judged) better(k *judged) bool {
	if (j.verdict == NotFound) != (k.verdict == NotFound) {
		return k.verdict == NotFound
	}
	jm, km := j.speakerMatches != nil && *j.speakerMatches, k.speakerMatches != nil && *k.speakerMatches
	if jm != km {
		return jm
	}
	if rank(j.verdict) != rank(k.verdict) {
		return rank(j.verdict) < rank(k.verdict)
	}
	if j.similarity != k.similarity {
		return j.similarity > k.similarity
	}
	// A word changed at the end reads better as a substitution than as a
	// word added: "higher price" for "higher fare", not "higher" + "price".
	return j.covered > k.covered
}

func rank(v Verdict) int {
	switch v {
	case Verbatim:
		return 0
	case Elided:
		return 1
	case Altered:
		return 2
	case Stitched:
		return 3
	}
	return 4
}

// joinKind is how two consecutive pieces of an alignment relate in the
// original.
type joinKind uint8

const (
	contiguous joinKind = iota // one runs on into the other
	elision                    // near, words left out at an ellipsis
	skipped                    // near, words left out between parts
	dropped                    // near, words left out without a mark
	stitch                     // far apart, out of order or another turn
)

// judge reads an alignment as a verdict. Pieces too small or too changed
// to be stitched in from elsewhere count as unmatched words instead.
func (o *Original) judge(us []unit, al alignment, speaker string) judged {
	segs := al.segs
	weak := 0 // units of pieces set aside
	for {
		kinds := o.joins(us, segs, false)
		k := -1
		for i, s := range segs {
			need := 0
			if i > 0 && kinds[i-1] == stitch {
				need = max(need, minPiece(us[s.qlo].brk))
			}
			if i+1 < len(segs) && kinds[i] == stitch {
				need = max(need, minPiece(us[segs[i+1].qlo].brk))
			}
			// A piece stitched in from elsewhere must be found on its
			// own: enough words, each piece within the tolerance.
			// A shorter piece will do if the original says its words
			// once only.
			short := s.matched < need && !(s.matched >= minMarkedPiece && s.edits == 0 && o.once(s.olo, s.ohi))
			if need > 0 && (short || float64(s.edits) > o.tol*float64(s.qhi-s.qlo)+1e-9) {
				k = i
				break
			}
		}
		if k < 0 {
			break
		}
		weak += segs[k].qhi - segs[k].qlo
		segs = append(segs[:k:k], segs[k+1:]...)
	}
	j := o.score(us, segs, weak, false)
	if 1-j.similarity > o.tol+1e-9 {
		// Words dropped without a mark across a sentence boundary, too
		// many for an alteration: pieces printed as one.
		if k := o.score(us, segs, weak, true); 1-k.similarity <= o.tol+1e-9 {
			j = k
		}
	}
	if 1-j.similarity > o.tol+1e-9 {
		return judged{verdict: NotFound, similarity: j.similarity}
	}
	j.replaced = al.replaced
	o.speakerOf(&j, segs, speaker)
	return j
}

// maxOnceChecks bounds the places compared by once; a word pair said more
// often than this is a stock phrase anyway.
const maxOnceChecks = 256

// once reports whether the original's words [lo, hi) occur nowhere else in
// it.
func (o *Original) once(lo, hi int) bool {
	if hi-lo < 2 {
		return false
	}
	ps := o.pairs[pairKey(o.ids[lo], o.ids[lo+1])]
	if len(ps) > maxOnceChecks {
		return false
	}
	for _, p := range ps {
		if int(p) != lo && int(p)+hi-lo <= len(o.ids) && slices.Equal(o.ids[p:int(p)+hi-lo], o.ids[lo:hi]) {
			return false
		}
	}
	return true
}

func minPiece(b breakKind) int {
	if b == joined {
		return minUnmarkedPiece
	}
	return minMarkedPiece
}

// joins classifies the join before each segment but the first. With
// strict, words dropped without a mark across a sentence boundary make a
// stitch rather than deletions.
func (o *Original) joins(us []unit, segs []segment, strict bool) []joinKind {
	kinds := make([]joinKind, 0, len(segs))
	for i := 1; i < len(segs); i++ {
		s, t := segs[i-1], segs[i]
		brk := us[t.qlo].brk
		kinds = append(kinds, o.join(s, t, brk, strict))
	}
	return kinds
}

func (o *Original) join(s, t segment, brk breakKind, strict bool) joinKind {
	if t.olo < s.ohi {
		return stitch // out of order, or the same words twice
	}
	if s.ohi == s.olo || t.ohi == t.olo {
		// A piece of inserted words only, matched to nothing: no place to
		// compare.
		return contiguous
	}
	last, first := s.ohi-1, t.olo
	if o.turn[last] != o.turn[first] || o.sentence[first]-o.sentence[last] > maxSentencesApart+1 {
		return stitch
	}
	if t.olo == s.ohi {
		return contiguous
	}
	switch brk {
	case ellipsis:
		return elision
	case partBreak:
		return skipped
	}
	if strict && o.sentence[first] != o.sentence[last] {
		return stitch
	}
	return dropped
}

// score computes the similarity of the segments and the verdict they give
// if close enough, and the spans of the original they cover.
func (o *Original) score(us []unit, segs []segment, weak int, strict bool) judged {
	kinds := o.joins(us, segs, strict)
	edits, matchedWords := weak, 0
	var j judged
	var has [stitch + 1]bool
	for i, s := range segs {
		edits += s.edits
		matchedWords += s.ohi - s.olo
		if i == 0 {
			j.spans = o.appendSpan(j.spans, s, false)
			continue
		}
		k := kinds[i-1]
		has[k] = true
		switch k {
		case dropped:
			gap := s.olo - segs[i-1].ohi
			edits += gap
			matchedWords += gap
		case stitch:
			if us[s.qlo].brk == joined {
				edits++ // a jump without a mark is itself a change
			}
		}
		j.spans = o.appendSpan(j.spans, s, k == contiguous || k == dropped)
	}
	if len(segs) == 0 {
		return judged{verdict: NotFound}
	}
	j.covered = matchedWords
	j.similarity = 1 - float64(edits)/float64(max(len(us), matchedWords, 1))
	j.similarity = max(j.similarity, 0)
	switch {
	case has[stitch]:
		j.verdict = Stitched
	case edits > 0:
		j.verdict = Altered
	case has[elision]:
		j.verdict = Elided
	default:
		j.verdict = Verbatim
	}
	return j
}

// appendSpan adds the original's span of s, extending the last span when
// s runs on from it.
func (o *Original) appendSpan(spans []Span, s segment, extend bool) []Span {
	if s.ohi <= s.olo {
		return spans
	}
	sp := Span{Start: int(o.start[s.olo]), End: int(o.end[s.ohi-1])}
	if extend && len(spans) > 0 {
		spans[len(spans)-1].End = sp.End
		return spans
	}
	return append(spans, sp)
}

// speakerOf fills in who speaks at the matched place and whether that is
// the outlet's speaker.
func (o *Original) speakerOf(j *judged, segs []segment, speaker string) {
	best, bestLen, inTurns := -1, -1, true
	for _, s := range segs {
		if s.ohi <= s.olo {
			continue
		}
		t := o.turn[s.olo]
		if t < 0 {
			inTurns = false
		} else if s.ohi-s.olo > bestLen {
			best, bestLen = int(t), s.ohi-s.olo
		}
	}
	if best < 0 {
		return
	}
	j.speaker = o.turns[best].Speaker
	want := creditedName(speaker)
	if want == "" {
		return
	}
	// Every piece must be the outlet's speaker's: a piece said by the
	// questioner, or before any label, is not. A label that names only a
	// role ("THE PRESIDENT") cannot say whether it is the outlet's
	// speaker: then nothing is claimed.
	ok := inTurns
	for _, s := range segs {
		if s.ohi <= s.olo || o.turn[s.olo] < 0 {
			continue
		}
		t := o.turn[s.olo]
		switch {
		case o.speakers[t] == want:
		case o.speakers[t] == "" && !o.questioner[t]:
			return
		default:
			ok = false
		}
	}
	j.speakerMatches = &ok
}
