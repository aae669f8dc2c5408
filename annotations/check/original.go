package check

import "github.com/crossquote/crossquote/annotations/span"

// Span is a half-open byte range [Start, End) of a text: the engine's
// position type, so that a check's spans go straight into a report.
type Span = span.Span

// Original is a document read as the reference for quotations: its words,
// sentences, speaker turns and an index of its words and word pairs. It is
// built once by [NewOriginal] and may then check any number of quotations,
// from several goroutines at once.
type Original struct {
	text  string
	turns []Turn
	tol   float64

	ids      []int32 // word ids, in text order
	start    []int32 // byte range of each word
	end      []int32
	sentence []int32 // sentence number of each word
	turn     []int32 // turn of each word, -1 outside any turn

	dict       map[string]int32   // normalised word → id
	postings   [][]int32          // word id → its positions
	pairs      map[uint64][]int32 // two word ids → positions of the first
	speakers   []string           // last name of each turn's speaker, "" for a role
	questioner []bool             // whether each turn is the press's ("Q:")
}

// Option changes how an [Original] checks quotations.
type Option func(*Original)

// DefaultTolerance is the largest normalised word edit distance between a
// quotation and the original accepted as the same words: the tolerance the
// grouping of quotations uses.
const DefaultTolerance = 0.2

// WithTolerance sets the largest normalised word edit distance, 0 to 1, at
// which a quotation still counts as the original's words (default
// [DefaultTolerance]).
func WithTolerance(t float64) Option {
	return func(o *Original) { o.tol = min(max(t, 0), 1) }
}

// NewOriginal reads text as an original: it splits the words once, finds
// the speaker turns and indexes the words and word pairs.
func NewOriginal(text string, opts ...Option) *Original {
	o := &Original{text: text, tol: DefaultTolerance, dict: map[string]int32{}, pairs: map[uint64][]int32{}}
	for _, opt := range opts {
		opt(o)
	}
	o.turns = parseTurns(text)
	for _, t := range o.turns {
		name, q := labelName(t.Speaker)
		o.speakers = append(o.speakers, name)
		o.questioner = append(o.questioner, q)
	}
	ti, sent, prevEnd, prevWord := 0, int32(0), 0, ""
	scanWords(text, func(start, end int, w string) {
		for ti+1 < len(o.turns) && start >= o.turns[ti+1].Label.Start {
			ti++
		}
		turn := int32(-1)
		if ti < len(o.turns) && start >= o.turns[ti].Label.Start {
			if start < o.turns[ti].Label.End {
				return // labels are not speech
			}
			turn = int32(ti)
		}
		if len(o.ids) > 0 && (endsSentence(prevWord, text[prevEnd:start]) || turn != o.turn[len(o.turn)-1]) {
			sent++
		}
		id, ok := o.dict[w]
		if !ok {
			id = int32(len(o.postings))
			o.dict[w] = id
			o.postings = append(o.postings, nil)
		}
		pos := int32(len(o.ids))
		o.postings[id] = append(o.postings[id], pos)
		if pos > 0 && sent == o.sentence[pos-1] {
			k := pairKey(o.ids[pos-1], id)
			o.pairs[k] = append(o.pairs[k], pos-1)
		}
		o.ids = append(o.ids, id)
		o.start = append(o.start, int32(start))
		o.end = append(o.end, int32(end))
		o.sentence = append(o.sentence, sent)
		o.turn = append(o.turn, turn)
		prevEnd, prevWord = end, w
	})
	return o
}

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// Text returns the original's text.
func (o *Original) Text() string { return o.text }

// Turns returns the speaker turns found in the original, in order; none if
// it is not a transcript with speaker labels.
func (o *Original) Turns() []Turn { return o.turns }

// Words returns the number of words of the original, labels excluded.
func (o *Original) Words() int { return len(o.ids) }
