package quote

import (
	"strings"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// coiningVerbs name a thing in the words of their subject, in every form
// a relative clause uses them (what critics call, a plan opponents have
// dubbed, which residents nicknamed).
var coiningVerbs = textutil.NewWordSet(`call calls called dub dubs dubbed nickname nicknames nicknamed
	label labels labeled labelled brand brands branded term terms termed`)

// coinerOpeners open the relative clause a coined name is given in (what
// critics call, a plan that critics call, which residents nicknamed).
var coinerOpeners = textutil.NewWordSet(`what that which`)

// coinerAdverbs may stand between the coiners and their verb (what
// critics have long called, residents now call).
var coinerAdverbs = textutil.NewWordSet(`now long often already also since still`)

// groupPrepositions join a group of people to what it opposes or where
// it sits (opponents of the toll, critics on the council).
var groupPrepositions = textutil.NewWordSet(`of on in at from`)

// maxCoinerWords is the most words of the coiners before their verb
// (Olan Tresk's fiercest opponents on the council).
const maxCoinerWords = 6

// coinerOf returns who gave the name in quotation marks that ends the
// tokens toks when a relative clause with a group of people as its
// subject gives it (Mara Quell defended what her critics call “…”; a plan
// opponents have dubbed “…”): the words are the group's, not those of the
// sentence's subject, who only acts on the thing named. named is false
// when no such clause stands before the quotation; it is true with the
// zero span when the clause's subject names nobody (what some call “…”).
// toks are the tokens of the quotation's sentence before it (see
// beforeTokens in attribute).
func coinerOf(toks []attrToken) (coiner span.Span, named bool) {
	n := wordsEnd(toks)
	if n > 0 && (toks[n-1].is("as") || toks[n-1].in(articles)) {
		n-- // what critics call the “…” of the city
	}
	if n < 3 || !toks[n-1].in(coiningVerbs) {
		return span.Span{}, false
	}
	k := n - 1 // the verb
	for k > 0 && (toks[k-1].in(auxiliaries) || isAdverb(toks[k-1]) || toks[k-1].in(coinerAdverbs) || toks[k-1].is("been")) {
		k--
	}
	if k < 2 || !toks[k-1].word || toks[k-1].capitalised() {
		return span.Span{}, false
	}
	head := toks[k-1]
	if head.in(quantityPronouns) || head.in(indefinitePronouns) {
		// what some call “…”: nobody the sentence names.
		if toks[k-2].in(coinerOpeners) || toks[k-2].word && !toks[k-2].capitalised() && !toks[k-2].in(speakerDeterminers) {
			return span.Span{}, true
		}
		return span.Span{}, false
	}
	// The group's noun: right before the verb, or before a preposition
	// and what it is against or where it sits (opponents of the toll
	// call, critics on the council call).
	h := k - 1
	for p := k - 2; p >= 2 && k-p < maxCoinerWords; p-- {
		if !toks[p+1].word || toks[p+1].capitalised() || toks[p+1].in(auxiliaries) {
			break
		}
		if toks[p].in(groupPrepositions) && isGroupNoun(toks[p-1].lower()) {
			h = p - 1
			break
		}
	}
	// The group's owner or quantity before its noun: her critics, Olan
	// Tresk's opponents, many residents.
	a := h
	owned := false
	switch {
	case toks[a-1].in(possessivePronouns) || toks[a-1].in(quantityPronouns):
		a--
		owned = toks[a].in(possessivePronouns)
	case toks[a-1].capitalised() && isPossessive(toks[a-1].s):
		a--
		owned = true
		for a > 0 && k-a < maxCoinerWords && toks[a-1].word && toks[a-1].capitalised() && !isPossessive(toks[a-1].s) {
			a--
		}
	}
	if w := toks[h].lower(); !isGroupNoun(w) && !(owned && !toks[h].capitalised() && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
		// a toll her rivals dubbed: a plural that someone owns names
		// people as well.
		return span.Span{}, false
	}
	if a == 0 {
		return span.Span{}, false // Critics call it “…”: the subject, read as such
	}
	before := toks[a-1]
	// A relative clause: after what, that or which, or right after the
	// noun it tells of (a plan opponents have dubbed).
	if !before.in(coinerOpeners) && !(before.word && !before.capitalised() && !before.in(speakerDeterminers) && !before.in(auxiliaries) && !isAdverb(before)) {
		return span.Span{}, false
	}
	return mentionOf(toks, a, h+1), true // opponents of the toll: the people, not what they oppose
}
