package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/annotations/check"
)

// This file writes an original document, the transcript of a press
// conference with speaker turns, and outlet articles that quote it with
// known damage, so that the checks of package check can be scored: every
// verdict, misattributions, bracketed insertions, and decoys (remarks not
// in the original that share many of its words).

// OriginalTruth is what [GenerateOriginal] planted.
type OriginalTruth struct {
	// Speakers are the full names of the officials who speak in the
	// transcript, besides the moderator and the reporters ("Q").
	Speakers []string `json:"speakers"`
	// Quotations are the planted quotations, in file order.
	Quotations []CheckedQuotation `json:"quotations"`
}

// CheckedQuotation is one planted quotation of the original, or of
// something the original does not contain.
type CheckedQuotation struct {
	// File is the article's name.
	File string `json:"file"`
	// Parts are the quoted texts, marks excluded, as byte ranges of the
	// article; two for a quotation split around its attribution.
	Parts []annotations.Span `json:"parts"`
	// Texts are what Parts name in the article.
	Texts []string `json:"texts"`
	// Speaker is the name the outlet credits, as printed.
	Speaker string `json:"speaker"`
	// Verdict is the verdict a checker should give.
	Verdict check.Verdict `json:"verdict"`
	// Original are the spans of the original the pieces come from, in
	// quotation order; none when not found.
	Original []annotations.Span `json:"original,omitempty"`
	// SaidBy is the full name of who said it in the original; empty when
	// not found.
	SaidBy string `json:"said_by,omitempty"`
	// Misattributed is set when the outlet credits someone else.
	Misattributed bool `json:"misattributed,omitempty"`
	// Insertion is the bracketed editorial insertion, if any, without
	// brackets.
	Insertion string `json:"insertion,omitempty"`
	// Decoy is set for a not-found quotation made from an original remark
	// with one clause replaced: many shared words, another remark.
	Decoy bool `json:"decoy,omitempty"`
}

// OriginalOption changes what [GenerateOriginal] writes.
type OriginalOption func(*originalConfig)

type originalConfig struct {
	words int // words of the transcript
}

// WithOriginalWords sets the length of the transcript in words (default
// 20,000); it ends with the turn that reaches it.
func WithOriginalWords(n int) OriginalOption {
	return func(c *originalConfig) { c.words = max(n, 300) }
}

// GenerateOriginal writes a transcript named original.txt and n articles
// named article-0001.txt and so on that quote it, and the truth about every
// quotation. The same seed and options always give the same bytes.
func GenerateOriginal(seed int64, n int, opts ...OriginalOption) (annotations.File, []annotations.File, *OriginalTruth) {
	c := originalConfig{words: 20000}
	for _, o := range opts {
		o(&c)
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0x6f726967696e616c))
	g := &generator{r: r, reg: newRegistry(), truth: &Truth{}}
	t := &transcript{g: g}
	t.cast()
	g.speakers = t.officials
	text := t.write(c.words)
	t.lower = strings.ToLower(text)
	truth := &OriginalTruth{}
	for _, s := range t.officials {
		truth.Speakers = append(truth.Speakers, s.name())
	}
	files := make([]annotations.File, n)
	for i := range files {
		name := fmt.Sprintf("article-%04d.txt", i+1)
		var qs []quoted
		for range 3 + r.IntN(4) {
			qs = append(qs, t.quote())
		}
		files[i] = annotations.File{Name: name, Data: t.article(name, qs, truth)}
	}
	return annotations.File{Name: "original.txt", Data: []byte(text)}, files, truth
}

// A transcript being written: who speaks and every sentence said.
type transcript struct {
	g         *generator
	officials []speaker
	labels    []string
	said      []said
	b         strings.Builder
	lower     string // the transcript in lower case
}

// said is one sentence of the transcript: its words as printed, who said it
// (an index into officials, -1 for a reporter or the moderator), its turn
// and the byte offset of each word in the transcript.
type said struct {
	words []string
	who   int
	turn  int
	at    []int
	s     sentence
}

// cast invents three to five officials with distinct surnames and the
// label each is given in the transcript.
func (t *transcript) cast() {
	g := t.g
	seen := map[string]bool{}
	for len(t.officials) < 3+g.r.IntN(3) {
		s := speaker{first: pick(g.r, firstNames), last: pick(g.r, lastNames), role: pick(g.r, roles)}
		if seen[s.last] {
			continue
		}
		seen[s.last] = true
		t.officials = append(t.officials, s)
		up := strings.ToUpper
		var label string
		switch g.r.IntN(4) {
		case 0:
			label = up(s.role + " " + s.name())
		case 1:
			label = up(s.name()) + " (" + s.role + ")"
		case 2:
			label = pick(g.r, []string{"MR. ", "MS. ", "DR. "}) + up(s.last)
		default:
			label = up(s.name())
		}
		t.labels = append(t.labels, label)
	}
}

// write lays out the transcript: a heading, a moderator's opening, then
// questions and answers, the officials answering in one to three
// paragraphs of two to five sentences, until it has enough words.
func (t *transcript) write(words int) string {
	g := t.g
	t.b.WriteString("TRANSCRIPT: Press conference on the " + strings.ToLower(g.title()) + ", " + pick(g.r, places) + "\n")
	t.turn("MODERATOR", -1, 1, 2)
	total := 0
	for total < words {
		if g.r.IntN(100) < 80 {
			total += t.turn("Q", -1, 1, 2)
		}
		who := g.r.IntN(len(t.officials))
		total += t.turn(t.labels[who], who, 2, 5)
		for p := g.r.IntN(3); p > 0; p-- {
			total += t.paragraph(who, len(t.said)-1, 2, 5)
		}
	}
	t.b.WriteString("\n")
	return t.b.String()
}

// turn writes a label and a paragraph of lo to hi sentences and returns the
// number of words.
func (t *transcript) turn(label string, who, lo, hi int) int {
	t.b.WriteString("\n" + label + ":")
	turn := 0
	if len(t.said) > 0 {
		turn = t.said[len(t.said)-1].turn + 1
	}
	return t.sentences(who, turn, lo, hi, " ")
}

func (t *transcript) paragraph(who, last, lo, hi int) int {
	return t.sentences(who, t.said[last].turn, lo, hi, "\n\n")
}

func (t *transcript) sentences(who, turn, lo, hi int, sep string) int {
	g := t.g
	n := 0
	for k := lo + g.r.IntN(hi-lo+1); k > 0; k-- {
		sent := g.reg.distinctSentence(g.r, nil)
		text := sent.String()
		if who < 0 {
			text = strings.TrimSuffix(text, ".") + "?"
		}
		t.b.WriteString(sep)
		sep = " "
		s := said{words: strings.Split(text, " "), who: who, turn: turn, s: sent}
		for i, w := range s.words {
			if i > 0 {
				t.b.WriteByte(' ')
			}
			s.at = append(s.at, t.b.Len())
			t.b.WriteString(w)
		}
		t.said = append(t.said, s)
		n += len(s.words)
	}
	return n
}

// quoted is a quotation planned for an article.
type quoted struct {
	pieces    []string // the quoted texts: two when split around the attribution
	verdict   check.Verdict
	original  []annotations.Span
	who       int // who said it, -1 when not found
	credit    int // whom the outlet credits
	insertion string
	decoy     bool
}

// Shapes of the quotations, in words.
const (
	minQuoted  = 6  // the shortest piece quoted
	minElided  = 12 // a sentence to elide inside must leave pieces of three
	minAltered = 10 // one changed word in ten is within the tolerance
	minStitch  = 8  // a piece stitched in: shorter ones are often stock phrases
	farApart   = 4  // sentences between the pieces of a stitched quotation
)

// quote plans one quotation: each verdict equally likely.
func (t *transcript) quote() quoted {
	var q quoted
	for ok := false; !ok; {
		switch t.g.r.IntN(5) {
		case 0:
			q = t.verbatim()
		case 1:
			q = t.elided()
		case 2:
			q = t.altered()
		case 3:
			q = t.stitched()
		default:
			q = t.notFound()
		}
		// A piece whose words the transcript says twice could be quoted
		// from either place; the truth would be a guess.
		ok = true
		for _, sp := range q.original {
			ok = ok && strings.Count(t.lower, t.lower[sp.Start:sp.End]) == 1
		}
	}
	q.credit = q.who
	if q.who < 0 || t.g.r.IntN(100) < 15 {
		for q.credit == q.who || q.credit < 0 {
			q.credit = t.g.r.IntN(len(t.officials))
		}
	}
	return q
}

// official draws a sentence an official said with at least min words.
func (t *transcript) official(min int) int {
	for {
		i := t.g.r.IntN(len(t.said))
		if s := t.said[i]; s.who >= 0 && len(s.words) >= min {
			return i
		}
	}
}

// run returns words [a, b) of sentence i as quoted, without the final
// punctuation, and their span in the transcript.
func (t *transcript) run(i, a, b int) (string, annotations.Span) {
	s := t.said[i]
	w := append([]string(nil), s.words[a:b]...)
	w[len(w)-1] = trimPunct(w[len(w)-1])
	end := s.at[b-1] + len(w[len(w)-1])
	return strings.Join(w, " "), annotations.Span{Start: s.at[a], End: end}
}

func trimPunct(w string) string { return strings.TrimRight(w, ".,;:?!") }

// subRun draws a stretch [a, b) of sentence i at least min words long,
// half the time the whole sentence.
func (t *transcript) subRun(i, min int) (int, int) {
	n := len(t.said[i].words)
	if n <= min || t.g.r.IntN(2) == 0 {
		return 0, n
	}
	a := t.g.r.IntN(n - min + 1)
	return a, a + min + t.g.r.IntN(n-a-min+1)
}

// verbatim quotes part or all of a sentence word for word, sometimes with
// a comma printed as a dash, with a bracketed insertion for one word, or
// split in two around the attribution.
func (t *transcript) verbatim() quoted {
	r := t.g.r
	i := t.official(minQuoted)
	a, b := t.subRun(i, minQuoted)
	text, sp := t.run(i, a, b)
	q := quoted{verdict: check.Verbatim, original: []annotations.Span{sp}, who: t.said[i].who}
	w := strings.Split(text, " ")
	switch k := r.IntN(100); {
	case k < 20 && len(w) >= minQuoted+1:
		j := r.IntN(len(w))
		q.insertion = pick(r, agents)
		if j == 0 {
			q.insertion = capitalize(q.insertion)
		}
		w[j] = "[" + q.insertion + "]"
	case k < 40:
		for j := range w[:len(w)-1] {
			if strings.HasSuffix(w[j], ",") {
				w[j] = strings.TrimSuffix(w[j], ",") + " —"
				break
			}
		}
	}
	if len(w) >= 8 && r.IntN(100) < 25 {
		m := 3 + r.IntN(len(w)-5)
		q.pieces = []string{trimPunct(strings.Join(w[:m], " ")), strings.Join(w[m:], " ")}
		return q
	}
	q.pieces = []string{strings.Join(w, " ")}
	return q
}

// ellipses are the forms an outlet marks an omission with.
var ellipses = []string{" … ", " ... ", " [...] ", " . . . ", "… ", " […] "}

// elided leaves out words inside a sentence, or the end of one sentence
// and perhaps the start of the next, marked with an ellipsis.
func (t *transcript) elided() quoted {
	r := t.g.r
	mark := pick(r, ellipses)
	if r.IntN(100) < 30 {
		// Across a sentence boundary, within one turn.
		for {
			i := t.official(minQuoted + 3)
			if i+1 >= len(t.said) || t.said[i+1].turn != t.said[i].turn {
				continue
			}
			n := len(t.said[i].words)
			cut := n - 1 - r.IntN(3)
			a := r.IntN(cut - minQuoted + 1)
			t1, s1 := t.run(i, a, cut)
			m := len(t.said[i+1].words)
			start := r.IntN(2) * min(2, m-minQuoted)
			t2, s2 := t.run(i+1, start, start+minQuoted+r.IntN(m-start-minQuoted+1))
			return quoted{pieces: []string{t1 + mark + t2}, verdict: check.Elided,
				original: []annotations.Span{s1, s2}, who: t.said[i].who}
		}
	}
	i := t.official(minElided)
	n := len(t.said[i].words)
	at := 3 + r.IntN(n-minElided+1)
	gap := 2 + r.IntN(min(4, n-3-at-1))
	t1, s1 := t.run(i, 0, at)
	t2, s2 := t.run(i, at+gap, n)
	return quoted{pieces: []string{t1 + mark + t2}, verdict: check.Elided,
		original: []annotations.Span{s1, s2}, who: t.said[i].who}
}

// altered changes, adds or drops one word inside, or two in a long
// quotation, without a mark.
func (t *transcript) altered() quoted {
	r := t.g.r
	i := t.official(minAltered)
	a, b := t.subRun(i, minAltered)
	text, sp := t.run(i, a, b)
	edits := 1
	if b-a >= 15 && r.IntN(2) == 0 {
		edits = 2
	}
	var w []string
	// Two edits may undo each other (a word inserted, then dropped).
	for w = nil; w == nil || wordDistance(strings.Join(w, " "), text) == 0; {
		w = t.alter(strings.Split(text, " "), edits)
	}
	return quoted{pieces: []string{strings.Join(w, " ")}, verdict: check.Altered,
		original: []annotations.Span{sp}, who: t.said[i].who}
}

// alter makes edits changes inside w: a word replaced, inserted or dropped.
func (t *transcript) alter(w []string, edits int) []string {
	r := t.g.r
	for range edits {
		j := 1 + r.IntN(len(w)-2)
		switch r.IntN(3) {
		case 0:
			for old := w[j]; strings.EqualFold(trimPunct(w[j]), trimPunct(old)); {
				w[j] = pick(r, changed)
			}
		case 1:
			w = append(w[:j], append([]string{pick(r, insertable)}, w[j:]...)...)
		default:
			w = append(w[:j], w[j+1:]...)
		}
	}
	return w
}

// changed are the words an outlet puts in place of the speaker's.
var changed = list(`plan, scheme, project, money, funds, soon, quickly, town, city, people, workers, deal,
	agreement, rules, law, vote, idea, proposal, promise, cost`)

// stitched prints two sentences one official said far apart, or in the
// wrong order, as one quotation: run together, at an ellipsis, or as the
// two parts of a split quotation.
func (t *transcript) stitched() quoted {
	r := t.g.r
	i := t.official(minStitch)
	who := t.said[i].who
	var j int
	for {
		j = t.official(minStitch)
		if t.said[j].who == who && (j > i+farApart || j < i) {
			break
		}
	}
	a1, b1 := t.subRun(i, minStitch)
	a2, b2 := t.subRun(j, minStitch)
	t1, s1 := t.run(i, a1, b1)
	t2, s2 := t.run(j, a2, b2)
	q := quoted{verdict: check.Stitched, original: []annotations.Span{s1, s2}, who: who}
	switch k := r.IntN(100); {
	case k < 40:
		q.pieces = []string{t1 + ". " + capitalize(t2)}
	case k < 75:
		q.pieces = []string{t1 + pick(r, ellipses) + t2}
	default:
		q.pieces = []string{t1, t2}
	}
	return q
}

// notFound quotes a remark nobody made in the transcript: half the time a
// fresh one, half the time a decoy, an official's sentence with one of its
// clauses replaced, which shares many words with it but is beyond the
// tolerance.
func (t *transcript) notFound() quoted {
	r := t.g.r
	if r.IntN(2) == 0 {
		s := t.g.reg.distinctSentence(r, nil).String()
		return quoted{pieces: []string{trimPunct(s)}, verdict: check.NotFound, who: -1}
	}
	for {
		i := t.official(minQuoted)
		orig := t.said[i].s
		if len(orig.clauses) < 2 {
			continue
		}
		d := sentence{opener: orig.opener, conj: orig.conj, clauses: append([]clause(nil), orig.clauses...)}
		k := r.IntN(2)
		d.clauses[k] = newClause(r)
		text := trimPunct(d.String())
		if wordDistance(text, orig.String()) < minDecoyDistance || t.saidAlready(d.clauses[k].String()) {
			continue
		}
		return quoted{pieces: []string{text}, verdict: check.NotFound, who: -1, decoy: true}
	}
}

// saidAlready reports whether a sentence of the transcript shares more than half
// the content words of clause: then the decoy's new clause is not new, and
// a quotation of it could rightly be found.
func (t *transcript) saidAlready(clause string) bool {
	words := contentWords(clause)
	for _, s := range t.said {
		have := map[string]bool{}
		for _, w := range contentWords(strings.Join(s.words, " ")) {
			have[w] = true
		}
		n := 0
		for _, w := range words {
			if have[w] {
				n++
			}
		}
		if float64(n) > maxShared*float64(len(words)) {
			return true
		}
	}
	return false
}

// minDecoyDistance keeps decoys well beyond the default tolerance, 0.2,
// so that the truth does not hinge on a word.
const minDecoyDistance = 0.35

// wordDistance returns the word edit distance between a and b, ignoring
// case and punctuation, divided by the longer length.
func wordDistance(a, b string) float64 {
	x, y := normWords(a), normWords(b)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			sub := prev[j-1]
			if x[i-1] != y[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(y)]) / float64(max(len(x), len(y), 1))
}

func normWords(s string) []string {
	w := strings.Fields(strings.ToLower(s))
	for i := range w {
		w[i] = trimPunct(w[i])
	}
	return w
}

// article writes an article around qs and records each quotation in
// truth.
func (t *transcript) article(name string, qs []quoted, truth *OriginalTruth) []byte {
	g := t.g
	var b strings.Builder
	b.WriteString(g.title() + "\n\n" + g.fillerParagraph(2+g.r.IntN(3)))
	mentioned := map[int]bool{}
	for _, q := range qs {
		who := t.officials[q.credit]
		name0 := who.last
		if !mentioned[q.credit] {
			name0 = who.name()
			if g.r.IntN(2) == 0 {
				name0 = who.role + " " + who.name()
			}
			mentioned[q.credit] = true
		}
		marks := curly
		if g.r.IntN(100) < 20 {
			marks = straight
		}
		b.WriteString("\n\n")
		cq := CheckedQuotation{File: name, Speaker: name0, Verdict: q.verdict, Insertion: q.insertion, Decoy: q.decoy}
		if q.verdict != check.NotFound {
			cq.Original = q.original
			cq.SaidBy = t.officials[q.who].name()
			cq.Misattributed = q.credit != q.who
		}
		put := func(text string) {
			cq.Parts = append(cq.Parts, annotations.Span{Start: b.Len(), End: b.Len() + len(text)})
			cq.Texts = append(cq.Texts, text)
			b.WriteString(text)
		}
		switch {
		case len(q.pieces) == 2:
			b.WriteString(marks[0])
			put(q.pieces[0])
			b.WriteString("," + marks[1] + " " + name0 + " said, " + marks[0])
			put(q.pieces[1])
			b.WriteString("." + marks[1])
		case g.r.IntN(2) == 0:
			b.WriteString(marks[0])
			put(q.pieces[0])
			b.WriteString("," + marks[1] + " " + name0 + " " + pick(g.r, speechVerbs[3:]) + ".")
		default:
			b.WriteString(name0 + " said: " + marks[0])
			put(q.pieces[0])
			b.WriteString("." + marks[1])
		}
		truth.Quotations = append(truth.Quotations, cq)
		b.WriteString("\n\n" + g.fillerParagraph(1+g.r.IntN(3)))
	}
	b.WriteString("\n")
	return []byte(b.String())
}
