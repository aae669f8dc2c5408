package quote

import (
	"strings"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// coiningWords may stand between what and the naming verb of a name that
// nobody in the sentence gave (in what became known as, what has since
// been called, what came to be dubbed).
var coiningWords = textutil.NewWordSet(`became become becomes came come comes has have had to
	since now later widely often commonly soon quickly`)

// maxCoiningWords is the most words between what and its naming verb
// (what has since come to be known as).
const maxCoiningWords = 5

// coinedName reports whether the quotation follows a free relative that
// names a thing in nobody's words (He was cleared in what became known
// as “…”; the pier, in what was dubbed “…”): what, a few auxiliary words
// and a naming verb or known, with as or not, right before it. Its words
// are a name the sentence's subject did not give. A relative with a
// subject of its own (what he called “…”) is the subject's words, and no
// coined name. A passive naming verb (Ann Hale, who was dubbed “…”)
// gives a name others gave, whose giver the sentence does not name, or
// names after the words (by the papers), where passiveAgent reads it.
// toks are the tokens of the quotation's sentence before it (see
// beforeTokens in attribute).
func coinedName(toks []attrToken) bool {
	n := wordsEnd(toks)
	if n > 0 && toks[n-1].is("so-called") {
		return true // the rescue of the so-called “…”: a label, nobody's words
	}
	if n > 1 && (toks[n-1].is("the") || toks[n-1].is("a")) && toks[n-2].is("as") {
		n-- // what became known as the “…”
	}
	if n > 0 && toks[n-1].is("as") {
		n--
	}
	if n == 0 || !toks[n-1].in(namingVerbs) && !toks[n-1].is("known") {
		return false
	}
	if k := n - 2; toks[n-1].in(namingVerbs) && strings.HasSuffix(toks[n-1].s, "ed") {
		// The participle, not is describing as “…”, which is active.
		for k >= 0 && isAdverb(toks[k]) {
			k--
		}
		if k >= 0 && toks[k].in(passiveAuxiliaries) {
			return true // Ann Hale, who was dubbed “…”: a name others gave her
		}
	}
	for k := n - 2; k >= 0 && n-1-k <= maxCoiningWords; k-- {
		switch {
		case toks[k].is("what"):
			return true
		case toks[k].in(passiveAuxiliaries) || toks[k].in(coiningWords) || isAdverb(toks[k]):
		default:
			return false
		}
	}
	return false
}

// passivePurpose reports whether the quotation q, whose
// words open with an infinitive (to …), is the purpose of a passive
// subject m: Tom Reed was called in to meet harbour officials “to voice
// our concern …”. The subject underwent the act; the purpose, and the
// words, are those of whoever called him in, whom the sentence does not
// name. toks are the tokens of the quotation's sentence before it (see
// beforeTokens in attribute).
func passivePurpose(q *Quote, toks []attrToken, m span.Span) bool {
	if w := firstWord(strings.TrimLeft(q.Text, " ")); !strings.EqualFold(w, "to") {
		return false
	}
	k := 0
	for k < len(toks) && toks[k].start < m.End {
		k++
	}
	// The subject's verb: an auxiliary of the passive, then its
	// participle, adverbs between (was quickly called in).
	be := false // a form of be among them: had called is no passive
	for ; k < len(toks) && (toks[k].in(passiveAuxiliaries) || toks[k].in(auxiliaries) || isAdverb(toks[k])); k++ {
		be = be || toks[k].in(passiveAuxiliaries)
	}
	if !be || k >= len(toks) || !isPassiveParticiple(toks[k]) {
		return false
	}
	// An infinitive of its own between the participle and the words, with
	// words of its own before them (to meet harbour officials), so that
	// the words are no complement of the participle (was determined “to
	// win”).
	for k++; k+2 < len(toks); k++ {
		if toks[k].is("to") && toks[k+1].word && !toks[k+1].capitalised() {
			return toks[len(toks)-1].end() > toks[k+1].end() && !holdsSpeechVerb(toks[k+1:])
		}
	}
	return false
}

// isPassiveParticiple reports whether the lower-case word t may be the
// past participle of a passive (called, summoned, sent): a regular one in
// -ed, or a common irregular one.
func isPassiveParticiple(t attrToken) bool {
	return t.word && !t.capitalised() && (strings.HasSuffix(t.s, "ed") || t.in(irregularParticiples))
}

// irregularParticiples are past participles that end in no -ed and make a
// passive that sends someone somewhere (was sent, was brought in).
var irregularParticiples = textutil.NewWordSet(`sent brought taken chosen given sworn flown driven`)

// commonWordSubject reports whether the subject m that opens a sentence is
// a single common word, capitalised only because it opens it (Pregnant
// girl, 13, “…”; Further afield, …; Video shows …): the document writes
// the same word in lower case elsewhere, which no name is; or the word is
// a sentence adverb (Perhaps, Unfortunately) or a unit of time (Minutes
// after …), or it qualifies a noun for
// a person right after it (Pregnant girl, Reed supporters), who is the
// subject then. A person or a body named by a common noun (Police said …)
// stays a subject.
func commonWordSubject(text string, m span.Span) bool {
	w := m.Text(text)
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return true // Shouldn't: a verb, never a name
	}
	if strings.ContainsAny(w, " -.'’") {
		return false
	}
	lw := textutil.ToLower(w)
	if lw == w || isPronoun(lw) || roleWords.Has(lw) {
		return false
	}
	if qualifiesPerson(text, m.End) || recordingNouns.Has(lw) {
		// Pregnant girl: an adjective, though it ends like a noun for
		// a person (-ant, -ent); Video shows …: the people recorded
		// speak, not the recording.
		return true
	}
	if personNoun(lw) || documentNouns.Has(lw) || speechNouns.Has(lw) || commNouns.Has(lw) {
		return false
	}
	return sentenceAdverb(w) || timeUnits.Has(lw) || holdsWord(text, lw)
}

// timeUnits measure the time a sentence may open with (Minutes after the
// vote, Hours later), never a speaker.
var timeUnits = textutil.NewWordSet(`seconds minutes hours days weeks months years decades moments`)

// sentenceAdverbs open a sentence with the speaker's stance (Perhaps the
// pier …), and adverbSuffixes end the adverbs made from adjectives
// (Unfortunately, Reportedly, Surprisingly), which no surname ends in as
// often as Early or Daly end in -ly.
var (
	sentenceAdverbs = textutil.NewWordSet(`perhaps maybe once rather further`)
	adverbSuffixes  = []string{"ally", "ately", "ously", "ively", "edly", "ingly", "fully", "ably", "ibly", "ently", "antly"}
)

// sentenceAdverb reports whether the capitalised word w is an adverb that
// opens a sentence: one of sentenceAdverbs, or a word with an adverb's
// ending and no capital inside it (McNally is a name) nor a listed first
// name's spelling.
func sentenceAdverb(w string) bool {
	lw := textutil.ToLower(w)
	if sentenceAdverbs.Has(lw) {
		return true
	}
	if lw[1:] != w[1:] || firstNameGender(w) != genderUnknown {
		return false
	}
	for _, suf := range adverbSuffixes {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// qualifiesPerson reports whether the word after byte end, in the same
// sentence, is a lower-case noun for a person (girl, supporters): the
// capitalised word before it qualifies that person, who is the subject.
func qualifiesPerson(text string, end int) bool {
	toks := attrTokenize(text, end, min(len(text), end+maxQualifiedNoun))
	return len(toks) > 0 && toks[0].word && !toks[0].capitalised() && !toks[0].in(introWords) && !toks[0].in(speakerStops) && personNoun(toks[0].lower())
}

// recordingNouns name a recording, which shows people speaking but says
// nothing itself (Video shows the rescue: “…”).
var recordingNouns = textutil.NewWordSet(`video videos footage audio clip photo photos image images`)

// maxQualifiedNoun is how many bytes after a one-word subject
// qualifiesPerson reads for the noun it qualifies.
const maxQualifiedNoun = 40

// holdsWord reports whether text holds w as a whole word, written as w is.
func holdsWord(text, w string) bool {
	for range wordPlaces(text, w) {
		return true
	}
	return false
}

// indefinitePronouns stand for a person whom the sentence does not name
// (someone told him, somebody asked).
var indefinitePronouns = textutil.NewWordSet(`someone somebody anyone anybody everyone everybody nobody`)

// quantityPronouns stand for an unnamed number of people as a subject
// (Several called it …, Others said …).
var quantityPronouns = textutil.NewWordSet(`several many some others few most`)

// indefiniteSubject reports whether the quotation's sentence opens, after
// its link words, with an indefinite pronoun or one of quantityPronouns
// and then a lower-case word, its verb (Several accused the crew of
// having “…”): the words are those unnamed people's, not the previous
// quotation's speaker's. toks are the tokens of the quotation's sentence
// before it (see beforeTokens in attribute).
func indefiniteSubject(toks []attrToken) bool {
	k := 0
	for k < len(toks) && k < maxLinkWords && toks[k].in(linkWords) {
		k++
	}
	return k+1 < len(toks) && (toks[k].in(indefinitePronouns) || toks[k].in(quantityPronouns)) &&
		toks[k+1].word && !toks[k+1].capitalised()
}

// maxListenerWords is the most words between a speech verb and the
// quotation it introduces (told him, asked the harbour master).
const maxListenerWords = 4

// indefiniteSpeaker reports whether the quotation follows a speech verb
// whose own subject is an indefinite pronoun, after the sentence's
// subject m (Tom Reed said someone told him, “…”): the words are that
// unnamed person's, not the subject's. toks are the tokens of the
// quotation's sentence before it (see beforeTokens in attribute).
func indefiniteSpeaker(toks []attrToken, m span.Span) bool {
	n := wordsEnd(toks)
	for k, words := n-1, 0; k > 0 && toks[k].start >= m.End && words <= maxListenerWords; k-- {
		if !toks[k].word {
			continue
		}
		words++
		if !toks[k].in(speechVerbs) {
			continue
		}
		s := k - 1
		for s > 0 && (toks[s].in(auxiliaries) || toks[s].in(speakerVerbFollowers) || isAdverb(toks[s])) {
			s--
		}
		return toks[s].start >= m.End && toks[s].in(indefinitePronouns)
	}
	return false
}

// textSource returns who sent the text that the clause toks ends with
// (a message from her mother, heard from Tom Reed in a letter), when a
// participle after a comma follows it (Ann Hale got a message from her
// mother, saying “…”): the participle tells what the text says, and the
// text is its sender's words, not those of the sentence's subject, who
// only received it. toks are the tokens before the comma. The sender must
// be a name or a noun for a person (not a letter from the coast), and a
// text must be named in the clause.
func textSource(toks []attrToken) span.Span {
	end := len(toks)
	text := false // a text named in the clause (a message, in a letter)
	for f := end - 1; f >= 0 && end-f <= maxClause && toks[f].s != ","; f-- {
		text = text || toks[f].in(commNouns)
		if !toks[f].is("from") {
			continue
		}
		j := f + 1
		for j < end && j-f <= maxPhraseWords && toks[j].word && !toks[j].in(speakerStops) && !toks[j].in(thingPrepositions) {
			j++
		}
		for k := f - 1; !text && k >= 0 && f-k <= maxPhraseWords && toks[k].s != ","; k-- {
			text = toks[k].in(commNouns)
		}
		last := toks[j-1]
		if !text || j == f+1 || !last.capitalised() && !personNoun(last.lower()) {
			return span.Span{}
		}
		return mentionOf(toks, f+1, j)
	}
	return span.Span{}
}

// closeToHolder returns where the people start who are close to the
// person whose mention starts at toks[i] (Sources close to Ann Hale said,
// Friends close to the mayor said), or familiar with or briefed on the
// matter it names (officials familiar with the talks said): those people
// speak, not the person or matter they are near. It returns -1 when such
// a phrase and a noun for people or a source do not stand right before
// toks[i].
func closeToHolder(toks []attrToken, i int) int {
	if i < 3 || !toks[i-3].word || !nearPhraseAt(toks, i-2) {
		return -1
	}
	w := toks[i-3].lower()
	if !personNoun(w) && !closeNouns.Has(w) {
		return -1
	}
	a := i - 3
	for b := a - 1; b >= 0 && a-b <= maxCloseModifiers && toks[b].word && !toks[b].in(speakerStops); b-- {
		if toks[b].in(speakerDeterminers) {
			return b // a senior official close to …: the whole description
		}
	}
	return a
}

// nearWords are the adjectives and participles, each with its
// preposition, by which news writing cites unnamed people as near a
// person or a matter (close to, familiar with, briefed on).
var nearWords = map[string]string{"close": "to", "familiar": "with", "knowledgeable": "about", "briefed": "on", "privy": "to"}

// nearPhraseAt reports whether toks[k] and toks[k+1] are one of
// nearWords and its preposition (familiar with, close to).
func nearPhraseAt(toks []attrToken, k int) bool {
	return k >= 0 && k+1 < len(toks) && nearWords[toks[k].lower()] == toks[k+1].lower()
}

// maxCloseModifiers is the most words between a determiner and the noun
// before close to (a senior party official close to …).
const maxCloseModifiers = 3

// closeNouns are the unnamed people news writing cites as near someone
// (a source close to …, people close to …).
var closeNouns = textutil.NewWordSet(`source sources insider insiders people`)
