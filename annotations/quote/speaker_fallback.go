package quote

import (
	"strings"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// The last resort: a quotation that no attribution rule gives a speaker
// may still have one in the grammar news writing puts around words it
// reproduces from a text or a speech. The sentence that a colon closes
// before the words, or the sentence right before words that open their
// own, has as its subject who put them out, when its verb is one of
// communication in the broad sense (The council posted a long thread on
// Friday: “…”; The company released a statement Thursday. “…”) or one
// of stance (Tom Reed was more cautious. “…”), or it opens with such a
// text's noun and its owner (The statement from the Harbour Board was
// short: “…”). Before a colon and a whole sentence of words, the subject
// of any verb is the speaker (The harbour master summed up the mood:
// “…”), as long as it may be one who speaks; before words that open
// their sentence, so is a person the sentence before describes (The coach
// was in no mood to celebrate. “…”). After the words, a credit with per
// or on the next paragraph's line names their source. Nothing here names
// an article's words: the verbs and nouns are general English.

// broadCommVerbs put words out by themselves, with no object needed to
// say so (Ann Hale posted on Friday:, Tom Reed wrote to the board:), in
// all their forms; an object they take must be a text (posted a thread,
// not posted a loss).
var broadCommVerbs = textutil.NewWordSet(inflectAll(`write:wrote:written post tweet text email e-mail
	message publish blog+ caption`))

// anyObjectCommVerbs put words out whatever their object (apologised to the
// families, addressed the crews, announced the closure).
var anyObjectCommVerbs = textutil.NewWordSet(inflectAll(`testify apologise apologize respond reply
	announce address speak:spoke:spoken`))

// deliveryVerbs put words out only with a text or a speech as their
// object (released a statement, gave an interview, put out a post, read
// out a letter, signed a letter), in all their forms.
var deliveryVerbs = textutil.NewWordSet(inflectAll(`release issue send:sent share give:gave:given
	put:put deliver make:made sign pen+ read:read file circulate publish post
	write:wrote:written tweet distribute`))

// commNouns are the texts and the speech a delivery verb puts out, one
// and many.
var commNouns = textutil.NewWordSet(pluralAll(`statement post thread tweet letter memo filing
	interview speech remarks testimony message email e-mail note update response reply
	announcement apology caption op-ed essay video comment address appeal plea
	press-release release transcript text news`))

// stanceWords say how someone put a view (Ann Hale was blunt, more
// cautious, not convinced), which the quotation after them gives.
var stanceWords = textutil.NewWordSet(`blunt cautious skeptical sceptical optimistic pessimistic
	confident defiant unrepentant unconvinced convinced sure adamant emphatic candid frank
	upbeat hopeful critical dismissive philosophical measured guarded forthright terse
	unapologetic circumspect scathing succinct`)

// stanceAdverbs may stand between a copula and a stance word (was
// more cautious, is not so sure, was far less optimistic).
var stanceAdverbs = textutil.NewWordSet(`not more less far much even equally so too rather quite
	very no`)

// maxStanceAdverbs is how many of stanceAdverbs commVerbAt reads past
// (is not so sure).
const maxStanceAdverbs = 3

// pluralReportVerbs are base forms of speech verbs that are as often
// nouns (a note, the claim), read as verbs only after a plural subject
// (The authors note that …, Officials claim …).
var pluralReportVerbs = textutil.NewWordSet(`note claim report comment reply answer state estimate
	remark charge`)

// pluralSubject reports whether the phrase toks is a plural subject:
// they or we, or a description whose head, before any of, is a plural
// noun for people (the authors of the study, local officials).
func pluralSubject(toks []attrToken) bool {
	if len(toks) == 1 && (toks[0].is("they") || toks[0].is("we")) {
		return true
	}
	head := toks[len(toks)-1]
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].is("of") {
			head = toks[k-1]
			break
		}
	}
	return isPluralPersonNoun(head.lower()) && (!head.capitalised() || len(toks) == 1) // Officials, not Acme Builders
}

// maxCommSubject is the most tokens before the verb of communication that
// its subject and an opening phrase may take (In a long post on Friday,
// the Portmore Sailing Club, which runs the regatta, wrote:), as
// [maxReportedSubject] is for a speech verb, with room for an
// apposition.
const maxCommSubject = 24

// maxCommObject is the most tokens between a delivery verb and the noun
// of its object (released a short written statement).
const maxCommObject = 5

// commVerbAt reports whether a verb of communication begins at toks[v]:
// a speech verb that names no listener, one of anyObjectCommVerbs, one
// of broadCommVerbs with no object or one of deliveryVerbs with a noun of
// commNouns for its object (put out a statement), "took to" a named
// platform (took to Twitter), "weighed in", or a copula before a word of
// stance (was more cautious).
func commVerbAt(toks []attrToken, v int) bool {
	t := toks[v]
	if !t.word || t.capitalised() {
		return false
	}
	if isVerbAt(toks, v) > 0 && !t.in(listenerVerbs) && !t.in(namingVerbs) || t.in(anyObjectCommVerbs) {
		return true
	}
	if t.in(broadCommVerbs) && (v+1 == len(toks) || !toks[v+1].in(speakerDeterminers) && !toks[v+1].in(possessivePronouns)) {
		return true // posted on Friday, wrote to the board
	}
	if (t.is("took") || t.is("takes") || t.is("take")) && v+2 < len(toks) && toks[v+1].is("to") && toks[v+2].capitalised() {
		return true // took to Twitter
	}
	if t.in(passiveAuxiliaries) || t.is("seemed") || t.is("sounded") || t.is("remained") || t.is("remains") {
		// Ann Hale was more cautious., Tom Reed is not convinced.: a
		// stance, which the words after it state.
		k := v + 1
		for k < len(toks) && k-v <= maxStanceAdverbs && toks[k].in(stanceAdverbs) {
			k++
		}
		return k < len(toks) && toks[k].in(stanceWords)
	}
	if (t.is("weighed") || t.is("weighs") || t.is("chimed") || t.is("chimes")) && v+1 < len(toks) && toks[v+1].is("in") {
		return true // the mayor weighed in
	}
	return putsOutText(toks, v)
}

// putsOutText reports whether toks[v] is a verb of deliveryVerbs or
// broadCommVerbs with a text of commNouns for its object (released a
// short statement, posted a long thread).
func putsOutText(toks []attrToken, v int) bool {
	if !toks[v].in(deliveryVerbs) && !toks[v].in(broadCommVerbs) {
		return false
	}
	for k := v + 1; k < len(toks) && k-v <= maxCommObject && toks[k].word; k++ {
		if toks[k].in(commNouns) {
			return true
		}
	}
	return false
}

// commSubject returns who the sentence toks says put words out: the
// subject of its first verb of communication (see [commVerbAt]) near the
// sentence's start, after an opening phrase and an apposition, when the
// subject is a name, a pronoun or a description of a person or a body;
// or the owner of a text's noun that opens the sentence (The statement
// from the Harbour Board was short:).
func commSubject(toks []attrToken) span.Span {
	if m := commNounOwner(toks); m.Len() > 0 {
		return m
	}
	return commSubjectOf(toks, false)
}

// commSubjectOf is commSubject's reading of a verb's subject; textOnly
// takes only a verb that puts out a text (released a statement, sent a
// letter), for words inside the sentence, where a speech verb that no
// attribution rule took reports someone else's words (they note that the
// army called it a “…”).
func commSubjectOf(toks []attrToken, textOnly bool) span.Span {
	for v := 1; v < len(toks) && v <= maxCommSubject; v++ {
		plural := !textOnly && toks[v].in(pluralReportVerbs) && toks[v-1].word
		if !plural && !(textOnly && putsOutText(toks, v) || !textOnly && commVerbAt(toks, v)) ||
			toks[v-1].in(speakerDeterminers) || toks[v-1].in(possessivePronouns) {
			continue // in a post, her reply: a noun, not the verb
		}
		i, j, ok := phraseBefore(toks[:v])
		if !ok || !(i <= 2 || toks[i-1].s == "," || opensCoordinateClause(toks, i)) || !speakerHead(toks[i:j]) {
			return span.Span{}
		}
		if plural && !commVerbAt(toks, v) && !pluralSubject(toks[i:j]) {
			return span.Span{} // the study note: a noun after a noun
		}
		return mentionOf(toks, i, j)
	}
	return span.Span{}
}

// speakerHead reports whether the phrase toks may be one who speaks: a
// pronoun, a name (its last word capitalised), or a description whose
// last word is a noun for a person, a group or a body (the ferry
// company, the harbour council), not a thing (the report, the photo).
func speakerHead(toks []attrToken) bool {
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1]
	if len(toks) == 1 && last.in(speakerPronouns) {
		return !last.is("who") && !last.is("which") && !last.is("you")
	}
	if len(toks) == 1 && (strings.HasSuffix(last.s, "ing") || last.in(clauseOpeners) || last.in(linkWords) ||
		last.in(bareWords) || last.in(introWords) || last.in(timeExpressions)) {
		return false // Funding is critical, Still: a sentence's first word, no name
	}
	if last.capitalised() {
		return !last.in(commNouns)
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].is("of") {
			last = toks[k-1] // the authors of the study: the noun before of
			break
		}
	}
	return speakingNoun(last.lower()) || last.in(collectiveNouns)
}

// speakingNoun reports whether w, one or many, is a noun for a person:
// one of roleNouns or actorNouns, or one whose ending says a person
// (strategist, historian, chairman, appointee). Endings in -er, -or,
// -ant and -ent say a thing as often (the weather, the border, the
// statement) and count only in the lists.
func speakingNoun(w string) bool {
	if roleNouns.Has(w) || actorNouns.Has(w) {
		return true
	}
	w = strings.TrimSuffix(w, "s")
	for _, suf := range []string{"ist", "ian", "man", "woman", "men", "ee"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// sourceOwner returns the owner of a text that according to at verb
// names as the source, named after the text's noun (according to a
// statement from the Harbour Board), or the zero span: as with per
// (see [creditAfter]), whose words they are is the owner's.
func sourceOwner(verb attrToken, rest []attrToken) span.Span {
	if !verb.is("according") {
		return span.Span{}
	}
	return commNounOwner(rest)
}

// commNounOwner returns the owner of a text's noun that opens the
// sentence toks: named after it with of, from, by or signed by, a name
// run or the and one (The statement from the Harbour Board, A letter
// signed by Tom Reed), or before it with a possessive (see
// [ownerOfWords]).
func commNounOwner(toks []attrToken) span.Span {
	if e := ownerOfWords(toks); e > 0 {
		return mentionOf(toks, 0, e)
	}
	k := 0
	if k < len(toks) && toks[k].in(speakerDeterminers) {
		k++
	}
	for k < len(toks) && k < 3 && toks[k].word && !toks[k].capitalised() && !toks[k].in(commNouns) {
		k++ // an adjective: a short statement
	}
	if k == 0 || k >= len(toks) || !toks[k].in(commNouns) || toks[k].is("text") || toks[k].is("video") {
		return span.Span{}
	}
	k++
	if k < len(toks) && toks[k].s == "," {
		k++
	}
	if k+1 < len(toks) && toks[k].is("signed") && toks[k+1].is("by") {
		k++
	}
	if k >= len(toks) || !(toks[k].is("from") || toks[k].is("by") || toks[k].is("of")) {
		return span.Span{}
	}
	i := k + 1
	s := i
	if s < len(toks) && toks[s].is("the") {
		s++
	}
	j := s
	for j < len(toks) && toks[j].word && (toks[j].capitalised() || j > s && isNameJoiner(toks, j)) {
		j++
	}
	if j == s || !toks[j-1].capitalised() {
		return span.Span{}
	}
	if j < len(toks) && s > i && toks[j].in(collectiveNouns) {
		j++ // the Varo campaign: the body a name is given to
	}
	return mentionOf(toks, i, j)
}

// lastResortSpeaker returns the speaker the grammar around a quotation
// gives when no attribution rule has: the subject of the sentence that a
// colon closes before it (Ann Hale posted a long thread on Friday: “…”),
// or, for a quotation that opens its sentence, of the sentence before it
// in its paragraph or, opening the paragraph, of the previous
// paragraph's last sentence when no quotation stands between (see
// [commSubject]). A short quotation (a title, a slogan, a term, a scare
// quote) gets none: it is no remark. toks are the tokens of the quotation's sentence
// before it (see beforeTokens in attribute), from is that sentence's
// start, lo where the quotation's stretch of text starts, para its
// paragraph and prevPara the one before, or the zero span when another
// quotation ends in it or there is none.
func lastResortSpeaker(text string, q *Quote, toks []attrToken, from, lo int, para, prevPara span.Span) span.Span {
	if q.Short {
		return span.Span{}
	}
	for len(toks) > 0 && !toks[len(toks)-1].word && strings.ContainsAny(toks[len(toks)-1].s, quoteMarkChars) {
		toks = toks[:len(toks)-1]
	}
	if n := len(toks); n > 1 && toks[n-1].s == ":" {
		if m := commSubject(toks[:n-1]); m.Len() > 0 {
			return m
		}
		return subjectBeforeColon(toks[:n-1])
	}
	if openingClause(toks) {
		// When he arrived, “…”: the words are the sentence's main
		// clause, which opens it as far as a speaker goes.
		toks = nil
	}
	if len(toks) > 0 {
		// A statement from the Harbour Board on Friday said the pier
		// “…”: the text's owner, when the sentence goes on to a
		// speech verb.
		if m := commNounOwner(toks); m.Len() > 0 {
			for v := range toks {
				if isVerbAt(toks, v) > 0 && toks[v].start > m.End {
					return m
				}
			}
			return span.Span{}
		}
		// The harbour office sent a letter to every household warning
		// of “…”: who put the text out that the words are from.
		return commSubjectOf(toks, true)
	}
	switch {
	case from > para.Start || lo > para.Start:
		return commSentenceBefore(text, max(lo, para.Start), from)
	case prevPara.Len() > 0:
		return commSentenceBefore(text, prevPara.Start, prevPara.End)
	}
	return span.Span{}
}

// commSentenceBefore returns the subject of communication (see
// [commSubject]) of the last sentence of text[lo:end], or the person it
// describes (see [describedActor]), when it ends with a full stop or a
// colon and quotes nothing itself.
func commSentenceBefore(text string, lo, end int) span.Span {
	end = len(strings.TrimRight(text[:end], " \t\r\n\u00a0"))
	if end <= lo || !strings.ContainsAny(text[end-1:end], ".:") {
		return span.Span{}
	}
	s := quoteSentenceStart(text, lo, end-1)
	toks := attrTokenize(text, s, end-1)
	for _, t := range toks {
		if !t.word && strings.ContainsAny(t.s, quoteMarkChars) {
			return span.Span{} // a sentence that quotes has its own speaker
		}
	}
	if m := commSubject(toks); m.Len() > 0 {
		return m
	}
	return describedActor(toks)
}

// ownerOfWords returns the end of a name that opens the sentence toks
// with a possessive, when a speech or text noun follows it and then a
// copula (Tom Reed's reaction was swift., Ann Hale's statement was
// short.), or 0: the sentence describes the words the quotation after it
// gives, and the name owns them.
func ownerOfWords(toks []attrToken) int {
	e := 0
	for e < len(toks) && e < maxNameWords && toks[e].word && toks[e].capitalised() && !isPossessive(toks[e].s) {
		e++
	}
	if e >= len(toks) || !toks[e].capitalised() || !isPossessive(toks[e].s) {
		return 0
	}
	n := e + 1
	for n < len(toks) && n-e <= 2 && toks[n].word && !toks[n].capitalised() && !toks[n].in(speechNouns) && !toks[n].in(commNouns) {
		n++ // an adjective: Ann Hale's first reaction
	}
	if n+1 >= len(toks) || !(toks[n].in(speechNouns) || toks[n].in(commNouns)) || !toks[n+1].in(passiveAuxiliaries) {
		return 0
	}
	return e + 1
}

// irregularPasts are the past forms of common verbs that do not end in
// -ed (struck a tone, took aim, put the blame), which a clause's
// predicate may open with.
var irregularPasts = textutil.NewWordSet(`struck took made gave put had kept held set stood spoke wrote
	went came left sent brought began drew found got knew led let lost met paid ran saw sat sought
	threw won broke chose fought hit laid meant rose shook spent stuck swore taught thought wore`)

// subjectBeforeColon returns the subject of the sentence toks that a
// colon closes before a quotation of a full sentence or more, whatever
// its verb (The harbour master, who has run the port for years, summed
// up the mood: “…”; The firm's chief executive struck a defiant tone:
// “…”): news writing introduces a speaker's own words so. A copula
// counts only before a word of stance (Tom Reed was blunt:, not
// Portmore is a small town:), which describes no words.
func subjectBeforeColon(toks []attrToken) span.Span {
	m, v := sentenceOpener(toks)
	if m.Len() == 0 || toks[v].in(passiveAuxiliaries) && !commVerbAt(toks, v) {
		return span.Span{}
	}
	return m
}

// describedActor returns the subject of the sentence toks before a
// quotation that opens its own, when it is a description of a person or
// of people, whatever its verb (The coach was in no mood to celebrate.
// “…”; The team now plans to tag more fish. “…”): a sentence about
// someone the text names only by role leads into their words, as one
// about a person named does (see [actorBefore]).
func describedActor(toks []attrToken) span.Span {
	m, _ := sentenceOpener(toks)
	if m.Len() == 0 {
		return span.Span{}
	}
	i, j := -1, 0
	for k, t := range toks {
		if t.start == m.Start {
			i = k
		}
		if t.end() <= m.End {
			j = k + 1
		}
	}
	// The coach, His lawyer: a description of a person, not a bare name,
	// which actorBefore reads, nor a body (The council published its
	// budget.), whose words need a verb of communication.
	head := toks[j-1]
	for k := i + 1; k+1 < j; k++ {
		if toks[k].is("of") {
			head = toks[k-1]
			break
		}
	}
	if i < 0 || !toks[i].in(speakerDeterminers) || !speakingNoun(head.lower()) || head.in(collectiveNouns) {
		return span.Span{}
	}
	return m
}

// actorNouns are nouns for people that news writing describes someone
// by, beside roleNouns: a word with a person's ending is often none
// (the weather, the number), so the sentence before words names its
// subject by one of these.
var actorNouns = textutil.NewWordSet(pluralAll(`actor actress singer player star driver officer teacher
	doctor suspect defendant witness author writer director producer rapper musician artist
	athlete manager owner founder farmer worker reporter journalist editor voter resident
	student scientist researcher professor lawmaker senator governor minister president mayor
	chairman chairwoman councillor councilor investigator detective prosecutor inspector
	survivor passenger fan comedian chef soldier veteran surgeon physician economist
	analyst historian activist protester campaigner organiser organizer neighbour neighbor
	mother father wife husband spokesperson coach master engineer member banker trader broker
	commander employer entrepreneur designer developer buyer seller customer consumer user`))

// sentenceOpener returns the subject that opens the sentence toks, after
// an opening phrase, and the index of its verb: a person's name, he or
// she, or a description whose head is a person, a group or a body (see
// [speakerHead]), with an apposition between commas after it, then a
// lower-case word that reads as a verb (see [opensPredicate]).
func sentenceOpener(toks []attrToken) (span.Span, int) {
	// On Monday, the harbour master …: the subject after the opening
	// phrase.
	k, ok := openingEnd(toks)
	if !ok {
		return span.Span{}, 0
	}
	if k < len(toks) && (toks[k].is("he") || toks[k].is("she")) {
		if k+1 < len(toks) && opensPredicate(toks, k+1, k) {
			return mentionOf(toks, k, k+1), k + 1
		}
		return span.Span{}, 0
	}
	if k >= len(toks) || !toks[k].word || !toks[k].capitalised() ||
		!toks[k].in(speakerDeterminers) && (toks[k].in(clauseOpeners) || toks[k].in(linkWords) || toks[k].in(bareWords)) {
		return span.Span{}, 0 // Here is, This is, But: no subject
	}
	j := k
	for j < len(toks) && j-k < maxPhraseWords && toks[j].word && (toks[j].capitalised() || j > k && isNameJoiner(toks, j) ||
		isDescriptionWord(toks[j]) && !opensPredicate(toks, j, j-1)) {
		j++
	}
	if j == k || !speakerHead(toks[k:j]) || j-k == 1 && !toks[k].in(speakerDeterminers) && !isNameRun(toks[k:j]) {
		return span.Span{}, 0
	}
	v := skipApposition(toks, j)
	for v < len(toks) && toks[v].word && (toks[v].in(speakerVerbFollowers) || isAdverb(toks[v])) && !toks[v].in(auxiliaries) {
		v++
	}
	if v >= len(toks) || !opensPredicate(toks, v, j-1) {
		return span.Span{}, 0
	}
	return mentionOf(toks, k, j), v
}

// opensPredicate reports whether the lower-case word toks[v] reads as
// the verb after a subject whose head is toks[head]: one that opens a
// predicate (see [startsPredicate]), an irregular past, a verb of
// communication, or a present in -s after a name or a singular noun for a
// person or a body (Ann Hale sees it, the union now wants).
func opensPredicate(toks []attrToken, v, head int) bool {
	t := toks[v]
	if !t.word || t.capitalised() {
		return false
	}
	if startsPredicate(t) || t.in(irregularPasts) || t.in(broadCommVerbs) || t.in(anyObjectCommVerbs) || t.in(deliveryVerbs) {
		return true
	}
	if head < 0 || !strings.HasSuffix(t.s, "s") || strings.HasSuffix(t.s, "ss") || isPossessive(t.s) {
		return false
	}
	h := toks[head]
	return h.capitalised() || h.word && !strings.HasSuffix(h.s, "s") && (personNoun(h.lower()) || h.in(collectiveNouns))
}

// openingClause reports whether toks, the sentence before a quotation,
// are only an opening clause or phrase and its comma (When he arrived at
// the pier, / On Monday,): no subject and verb of a main clause come
// before the words.
func openingClause(toks []attrToken) bool {
	n := len(toks)
	if n < 2 || toks[n-1].s != "," || !(toks[0].in(subordinators) || toks[0].in(introWords)) || toks[0].in(speechVerbs) {
		return false
	}
	for _, t := range toks[:n-1] {
		if !t.word && !strings.ContainsRune("-'’", rune(t.s[0])) {
			return false // a second comma or a mark: more than one clause
		}
	}
	return true
}

// creditAfter returns the source a quotation that no attribution names
// is credited to after it: with per (“…,” per a statement from the
// Harbour Board), or on a credit line that opens the next paragraph when
// the words end their own (“…” ¶ — Ann Hale, harbour master), as pull
// quotes and embedded posts are set. A short quotation gets none. after
// are the tokens from the quotation's end to its sentence's end (see
// afterTokens in attribute), para its paragraph and next the one after,
// or the zero span when a quotation stands in it or there is none.
func creditAfter(text string, q *Quote, after []attrToken, para, next span.Span) span.Span {
	if q.Short {
		return span.Span{}
	}
	if rest := skipQuoteMarks(after); len(rest) > 1 && rest[0].is("per") && !rest[1].is("cent") {
		if m := commNounOwner(rest[1:]); m.Len() > 0 {
			return m
		}
		if i, j, ok := phraseAfter(rest[1:]); ok && rest[1+i].capitalised() {
			return mentionOf(rest[1:], i, j)
		}
		return span.Span{}
	}
	if next.Len() == 0 || q.End > para.End || strings.TrimFunc(text[q.End:para.End], isMarkOrSpace) != "" {
		return span.Span{}
	}
	return creditIn(attrTokenize(text, next.Start, lineEnd(text, next.Start)))
}
