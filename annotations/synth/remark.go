package synth

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A clause is "subject modal [not] verb object [adverbial]". It is kept in
// parts so that a decoy can negate it, reverse its verb or swap its subject
// and object.
type clause struct {
	subj, modal string
	neg         bool
	verb        string
	pair, side  int // verbPairs[pair][side] is verb; pair < 0 when it has no antonym
	obj         string
	agents      bool // subject and object both come from agents and may swap
	adv         string
}

// A sentence is an opener, one or two clauses and the conjunction between.
type sentence struct {
	opener  string
	clauses []clause
	conj    string
}

func (c clause) String() string {
	var b strings.Builder
	b.WriteString(c.subj)
	b.WriteByte(' ')
	switch {
	case c.neg && c.modal == "can":
		b.WriteString("cannot")
	case c.neg:
		b.WriteString(c.modal + " not")
	default:
		b.WriteString(c.modal)
	}
	b.WriteString(" " + c.verb + " " + c.obj)
	if c.adv != "" {
		b.WriteString(" " + c.adv)
	}
	return b.String()
}

// String renders the sentence with a capital letter and a final period.
func (s sentence) String() string {
	var b strings.Builder
	if s.opener != "" {
		b.WriteString(s.opener + " ")
	}
	for i, c := range s.clauses {
		if i > 0 {
			b.WriteString(", " + s.conj + " ")
		}
		b.WriteString(c.String())
	}
	b.WriteByte('.')
	return capitalize(b.String())
}

// cuts returns where an outlet may begin or end a partial quotation of s,
// as word indices: a quotation may start after the opener, at the first
// modal (the reporter paraphrases the subject) or at the second clause, and
// may end before the second clause or before the last adverbial. Outlets cut
// at such seams; a cut inside a phrase ("may release.") would leave a stub
// that is no longer recognisably the remark.
func (s sentence) cuts() (starts, ends []int) {
	i := 0
	skip := func(phrase string) { i += len(strings.Fields(phrase)) }
	if s.opener != "" {
		skip(s.opener)
		starts = append(starts, i)
	}
	for k, c := range s.clauses {
		if k > 0 {
			ends = append(ends, i)
			skip(s.conj)
			starts = append(starts, i)
		}
		skip(c.subj)
		if k == 0 {
			starts = append(starts, i)
		}
		skip(c.String()[len(c.subj):])
		if c.adv != "" && k == len(s.clauses)-1 {
			ends = append(ends, i-len(strings.Fields(c.adv)))
		}
	}
	return starts, ends
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// newClause draws a random clause.
func newClause(r *rand.Rand) clause {
	c := clause{modal: pick(r, modals), pair: -1}
	if r.IntN(100) < 35 {
		c.agents = true
		c.subj = pick(r, agents)
		for c.obj = pick(r, agents); c.obj == c.subj; c.obj = pick(r, agents) {
		}
	} else {
		c.subj = pick(r, subjects)
		if r.IntN(2) == 0 {
			c.subj = pick(r, pronouns)
		}
		c.obj = nounPhrase(r)
	}
	if r.IntN(100) < 55 {
		c.pair, c.side = r.IntN(len(verbPairs)), r.IntN(2)
		c.verb = verbPairs[c.pair][c.side]
	} else {
		c.verb = pick(r, verbs)
	}
	c.neg = r.IntN(100) < 15
	switch n := r.IntN(100); {
	case n < 8:
		c.adv = pick(r, adverbials)
	case n < 40:
		c.adv = pick(r, timeWords) + " " + pick(r, moments)
	case n < 60:
		c.adv = pick(r, manner)
	case n < 70:
		c.adv = "in " + pick(r, places)
	}
	return c
}

// determiners open an object noun phrase.
var determiners = []string{"the", "the", "the", "this", "that", "our", "their", "every", "the same", "another"}

// nounPhrase returns an object such as "the new bridge" or "our budget for
// Kessing".
func nounPhrase(r *rand.Rand) string {
	np := pick(r, determiners) + " "
	if r.IntN(100) < 70 {
		np += pick(r, adjectives) + " "
	}
	np += pick(r, nouns)
	switch n := r.IntN(100); {
	case n < 10:
		np += " for " + pick(r, places)
	case n < 20:
		np += " of the " + pick(r, nouns)
	}
	return np
}

// newSentence draws a remark of minWords to maxWords words.
func newSentence(r *rand.Rand) sentence {
	for {
		s := sentence{clauses: []clause{newClause(r)}}
		if r.IntN(100) < 60 {
			s.clauses = append(s.clauses, newClause(r))
			s.conj = pick(r, conjunctions)
		}
		if r.IntN(100) < 25 {
			s.opener = pick(r, openers)
		}
		if n := len(strings.Fields(s.String())); minWords <= n && n <= maxWords {
			return s
		}
	}
}

// Remark lengths, in words, as the issue asks.
const (
	minWords = 8
	maxWords = 25
)

// supports reports whether a decoy of the given kind can be made from s: a
// reordered one needs a clause with two agents, an antonym one a verb with
// an opposite.
func (s sentence) supports(kind Decoy) bool {
	for _, c := range s.clauses {
		if applies(kind, c) {
			return true
		}
	}
	return false
}

// decoyOf returns a sentence with nearly the same words as s but a different
// meaning, made as kind says; s must support kind.
func decoyOf(r *rand.Rand, s sentence, kind Decoy) sentence {
	d := sentence{opener: s.opener, conj: s.conj, clauses: append([]clause(nil), s.clauses...)}
	i := r.IntN(len(d.clauses))
	for !applies(kind, d.clauses[i]) {
		i = (i + 1) % len(d.clauses)
	}
	c := &d.clauses[i]
	switch kind {
	case DecoyNegated:
		c.neg = !c.neg
	case DecoyAntonym:
		c.side = 1 - c.side
		c.verb = verbPairs[c.pair][c.side]
	case DecoyReordered:
		c.subj, c.obj = c.obj, c.subj
	}
	return d
}

func applies(kind Decoy, c clause) bool {
	switch kind {
	case DecoyAntonym:
		return c.pair >= 0
	case DecoyReordered:
		return c.agents
	}
	return true
}

// contentWords returns the distinct lower-case words of s that are not
// function words, the basis of the distinctness check between remarks.
func contentWords(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		if !functionWords[w] && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an of to in on for with by at as or and but so because while
		although then else we i you our my this that it is are be us me not no never cannot here
		will must should can could would may might all any every`) {
		m[w] = true
	}
	return m
}()

// A registry hands out remarks that are clearly distinct from one another:
// no two share more than maxShared of the content words of the shorter one.
// Without it, two remarks drawn at random could be near-identical and the
// truth would call a correct grouping wrong.
type registry struct {
	index map[string][]int // content word → remarks using it
	sizes []int
	seen  map[string]bool
}

const maxShared = 0.5

func newRegistry() *registry {
	return &registry{index: map[string][]int{}, seen: map[string]bool{}}
}

// admit records the remark text if it is distinct enough from every earlier
// one and reports whether it was.
func (g *registry) admit(text string) bool {
	words := contentWords(text)
	if g.seen[text] || len(words) == 0 {
		return false
	}
	shared := map[int]int{}
	for _, w := range words {
		for _, id := range g.index[w] {
			shared[id]++
		}
	}
	for id, n := range shared {
		if float64(n) > maxShared*float64(min(len(words), g.sizes[id])) {
			return false
		}
	}
	id := len(g.sizes)
	g.sizes = append(g.sizes, len(words))
	for _, w := range words {
		g.index[w] = append(g.index[w], id)
	}
	g.seen[text] = true
	return true
}

// distinctSentence draws sentences until one satisfies ok (if not nil) and
// is distinct from every remark admitted so far.
func (g *registry) distinctSentence(r *rand.Rand, ok func(sentence) bool) sentence {
	for {
		s := newSentence(r)
		if (ok == nil || ok(s)) && g.admit(s.String()) {
			return s
		}
	}
}
