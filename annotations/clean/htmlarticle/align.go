package htmlarticle

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/span"
)

// Limits of the alignment, which bound the work per block and how far a
// block may differ from the page and still be found.
const (
	// maxAnchors is how many of a block's first words are each tried as
	// the place where it starts, in case the first ones were rewritten.
	maxAnchors = 6
	// anchorStep spaces the anchors tried after the first maxAnchors, for
	// blocks whose start is not on the page in sequence with the rest.
	anchorStep = 4
	// maxResync is how many words, on both sides together, may be skipped
	// to get past a difference inside a block.
	maxResync = 8
	// longBlock is the word count from which a block is placed on its
	// own; shorter blocks ("Advertisement", a one-word heading) occur all
	// over a page and are only looked for between placed neighbours.
	longBlock = 6
	// workPerWord bounds the comparisons of one alignment, per word of
	// the page. The benchmark's pages use at most two; a page that repeats
	// a few words thousands of times would otherwise take time in the
	// cube of its length.
	workPerWord = 64
)

// word is the byte range of one word in a text.
type word struct{ start, end int }

// words returns the runs of letters, digits, marks and connectors (what
// \w+ matches) in s, the unit both sides are compared in: punctuation,
// spacing and markup-dependent separators differ between the two
// renderings of a page, words do not.
func words(s string) []word {
	var out []word
	start := -1
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, word{start, i})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, word{start, len(s)})
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc)
}

// pair links word ai of a block to word pj of the page text.
type pair struct{ ai, pj int }

// aligner places blocks on the page's words.
type aligner struct {
	text  string
	pw    []string         // the page's words
	pos   []word           // their ranges in text
	index map[string][]int // word -> ascending positions in pw
	// work counts word comparisons; once it passes budget no new walk
	// starts, so a page built to defeat the search costs time in
	// proportion to its size, and the blocks not yet placed are dropped.
	work, budget int
}

func newAligner(text string) *aligner {
	ws := words(text)
	al := &aligner{text: text, pos: ws, pw: make([]string, len(ws)), index: make(map[string][]int),
		budget: workPerWord * (len(ws) + 1)}
	for i, w := range ws {
		s := text[w.start:w.end]
		al.pw[i] = s
		al.index[s] = append(al.index[s], i)
	}
	return al
}

// placement is where one block landed: its matched word pairs, in order.
// A block whose words are interrupted on the page by a long run of other
// words (a box of related links the extractor removed) lands in pieces,
// one after the other; each piece is cut into spans of its own.
type placement struct {
	pieces [][]pair
}

func (p placement) empty() bool { return len(p.pieces) == 0 }
func (p placement) first() int  { return p.pieces[0][0].pj }
func (p placement) last() int {
	q := p.pieces[len(p.pieces)-1]
	return q[len(q)-1].pj
}

// align maps the blocks onto text and returns the spans they cover.
func align(blocks []block, text string) []span.Span {
	return newAligner(text).align(blocks)
}

// align maps the blocks onto the aligner's text.
func (al *aligner) align(blocks []block) []span.Span {
	toks := make([][]string, len(blocks))
	for i, b := range blocks {
		for _, w := range words(b.text) {
			toks[i] = append(toks[i], b.text[w.start:w.end])
		}
	}
	placed := make([]placement, len(blocks))
	// Long blocks first, in order: each is unlikely to occur twice, and
	// together they fix the frame in which the short ones are sought.
	cursor := 0
	for i, a := range toks {
		if len(a) < longBlock {
			continue
		}
		if p, ok := al.place(a, cursor, len(al.pw)); ok {
			placed[i] = p
			cursor = p.last() + 1
		}
	}
	for i, a := range toks {
		if len(a) == 0 || len(a) >= longBlock {
			continue
		}
		lo, hi := 0, len(al.pw)
		for j := i - 1; j >= 0; j-- {
			if !placed[j].empty() {
				lo = placed[j].last() + 1
				break
			}
		}
		for j := i + 1; j < len(toks); j++ {
			if !placed[j].empty() {
				hi = placed[j].first()
				break
			}
		}
		if p, ok := al.place(a, lo, hi); ok {
			placed[i] = p
		}
	}
	var spans []span.Span
	for _, p := range placed {
		for _, q := range p.pieces {
			spans = append(spans, al.spans(q)...)
		}
	}
	return normalize(spans)
}

// place matches block a among page words [lo, hi), and then, on either
// side of that match, what is left of the block, within the words left on
// that side.
func (al *aligner) place(a []string, lo, hi int) (placement, bool) {
	var p placement
	al.placeInto(&p, a, 0, lo, hi, 0)
	return p, !p.empty()
}

// maxDepth bounds the recursion of placeInto; a block split into more
// pieces than that by the page is not worth the work.
const maxDepth = 16

func (al *aligner) placeInto(p *placement, a []string, off, lo, hi, depth int) {
	if len(a) == 0 || lo >= hi || depth > maxDepth {
		return
	}
	pairs, ok := al.match(a, lo, hi)
	if !ok {
		return
	}
	first, last := pairs[0], pairs[len(pairs)-1]
	al.placeInto(p, a[:first.ai], off, lo, first.pj, depth+1)
	for k := range pairs {
		pairs[k].ai += off
	}
	p.pieces = append(p.pieces, pairs)
	al.placeInto(p, a[last.ai+1:], off+last.ai+1, last.pj+1, hi, depth+1)
}

// match finds the best place for the block a among page words [lo, hi):
// the one with the most matched words less the page words skipped inside
// it (so a run of the block's words beats the same words with a teaser's
// copy of its start in between), the earliest among equals. It requires
// every word of a short block, and of a long one half its words or
// longBlock of them, whichever is fewer: a long block that the page
// interrupts with more than maxResync words lands one piece at a time.
func (al *aligner) match(a []string, lo, hi int) ([]pair, bool) {
	var best []pair
	bestScore := 0
	for i := 0; i < len(a) && bestScore < len(a)-i; i++ {
		// The loop stops once no later anchor could score more.
		if i >= maxAnchors && i%anchorStep != 0 {
			continue
		}
		cands := al.index[a[i]]
		k := sort.SearchInts(cands, lo)
		for ; k < len(cands) && cands[k] < hi && bestScore < len(a)-i; k++ {
			p := cands[k]
			// Cheap test before the full walk: the next word agrees too.
			if i+1 < len(a) && (p+1 >= hi || al.pw[p+1] != a[i+1]) {
				continue
			}
			if al.work > al.budget {
				break
			}
			pairs := al.extend(a, i, p, hi)
			if sc := score(pairs); sc > bestScore {
				best, bestScore = pairs, sc
			}
		}
	}
	need := len(a)
	if len(a) >= longBlock {
		need = min((len(a)+1)/2, longBlock)
	}
	if len(best) < need {
		return nil, false
	}
	return best, true
}

// score is the number of matched words less the page words skipped
// between the first and the last.
func score(pairs []pair) int {
	skipped := pairs[len(pairs)-1].pj - pairs[0].pj + 1 - len(pairs)
	return len(pairs) - skipped
}

// extend walks block a from word i and the page from word p while they
// agree, stepping over small differences, and returns the matched pairs.
func (al *aligner) extend(a []string, i, p, hi int) []pair {
	var pairs []pair
	for i < len(a) && p < hi {
		al.work++
		if a[i] == al.pw[p] {
			pairs = append(pairs, pair{i, p})
			i++
			p++
			continue
		}
		di, dj, ok := al.resync(a, i, p, hi)
		if !ok {
			break
		}
		i += di
		p += dj
	}
	return pairs
}

// resync finds the smallest skip (di words of the block, dj of the page)
// after which two words agree again, or one at the block's end.
func (al *aligner) resync(a []string, i, p, hi int) (di, dj int, ok bool) {
	for d := 1; d <= maxResync; d++ {
		for di = 0; di <= d; di++ {
			al.work++
			dj = d - di
			x, y := i+di, p+dj
			if x >= len(a) || y >= hi || a[x] != al.pw[y] {
				continue
			}
			if x+1 == len(a) || y+1 < hi && a[x+1] == al.pw[y+1] {
				return di, dj, true
			}
		}
	}
	return 0, 0, false
}

// spans turns a piece of a placement into ranges of the text. It is cut
// where the page has words the block lacks (an inline box the extractor
// removed), and kept whole where both sides differ alike (a word spelled
// differently), so that no span holds text the extractor left out.
func (al *aligner) spans(piece []pair) []span.Span {
	if len(piece) == 0 {
		return nil
	}
	var out []span.Span
	first := piece[0]
	prev := first
	for _, q := range piece[1:] {
		if q.pj-prev.pj > q.ai-prev.ai {
			out = append(out, al.snap(first.pj, prev.pj))
			first = q
		}
		prev = q
	}
	return append(out, al.snap(first.pj, prev.pj))
}

// snap returns the range from the start of word i to the end of word j,
// widened to the whole line when the line holds nothing else but
// punctuation and spaces: the opening quotation mark before a block's first
// word and the full stop after its last belong to it. Spaces and invisible
// format characters (zero-width spaces, byte order marks) at the edges are
// left out.
func (al *aligner) snap(i, j int) span.Span {
	s, e := al.pos[i].start, al.pos[j].end
	t := al.text
	ls := s
	for ls > 0 && t[ls-1] != '\n' {
		ls--
	}
	if !hasWord(t[ls:s]) {
		for ls < s {
			r, n := utf8.DecodeRuneInString(t[ls:])
			if !isBlank(r) {
				break
			}
			ls += n
		}
		s = ls
	}
	le := e
	for le < len(t) && t[le] != '\n' {
		le++
	}
	if !hasWord(t[e:le]) {
		for le > e {
			r, n := utf8.DecodeLastRuneInString(t[:le])
			if !isBlank(r) {
				break
			}
			le -= n
		}
		e = le
	}
	return span.Span{Start: s, End: e}
}

func hasWord(s string) bool {
	return len(words(s)) > 0
}

// isBlank reports whether r shows as nothing: white space, or a format
// character such as a zero-width space.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// normalize sorts spans and merges any that overlap or touch, so the result
// is ordered and disjoint whatever the blocks did.
func normalize(spans []span.Span) []span.Span {
	if len(spans) == 0 {
		return nil
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.Start < last.End {
			if s.End > last.End {
				last.End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	return out
}
