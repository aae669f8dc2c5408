package quote

import (
	"slices"
	"strings"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// isASCIILetters reports whether s is non-empty and only ASCII letters.
func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// isUpperASCII reports whether s is only ASCII capitals.
func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// quotingVerbs tell that one party passes on another's words (The Gazette
// quoted Ada Lind as saying, a report cited her as saying).
var quotingVerbs = textutil.NewWordSet(`quoted quotes quoting cited cites citing`)

// passiveAuxiliaries make a quoting verb passive (Ada Lind was quoted as
// saying), so that the quoted person is its subject.
var passiveAuxiliaries = textutil.NewWordSet(`was is were been being be`)

// quotedAs returns the person whose words a quoting construction gives
// when the verb at toks[v] follows its "as": the object of an active
// quoting verb (The Gazette quoted Ada Lind as saying) or the subject of a
// passive one (Ada Lind was quoted by the Gazette as saying), never the
// party that quotes.
func quotedAs(toks []attrToken, v int) (int, int, bool) {
	if v < 3 || !toks[v-1].is("as") {
		return 0, 0, false
	}
	for k := v - 2; k >= 0 && v-k <= maxAppositive; k-- {
		if !toks[k].in(quotingVerbs) {
			continue
		}
		if k >= 1 && toks[k-1].in(passiveAuxiliaries) {
			return phraseBefore(toks[:k-1])
		}
		if i, j, ok := phraseAfter(toks[k+1 : v-1]); ok {
			return k + 1 + i, k + 1 + j, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// formSpeaker reads the speaker of the speech verb of n tokens at
// toks[v] when the verb's form, not its subject, says who spoke: the
// quoted person of a quoting construction, or the one named after "to
// quote" or "in the words of". handled reports whether the form was one
// of these, so that the caller does not take the subject instead; m is
// then the speaker's mention, empty when the form names no one, and j
// the index of the token after it.
func formSpeaker(toks []attrToken, v, n int) (m span.Span, j int, handled bool) {
	if i, j, ok := quotedAs(toks, v); ok {
		return mentionOf(toks, i, j), j, true
	}
	if speakerFollows(toks, v) {
		if i, j, ok := phraseAfter(toks[v+n:]); ok {
			return mentionOf(toks, v+n+i, v+n+j), v + n + j, true
		}
		return span.Span{}, 0, true
	}
	return span.Span{}, 0, false
}

// phraseAfter returns the speaker named from toks[i] on, as in "said the
// State Department official" or "said Falk, who ...": a title and name run,
// or a determiner and the words up to a stop word or punctuation.
func phraseAfter(toks []attrToken) (int, int, bool) {
	i := 0
	for i < len(toks) && i < 4 && toks[i].word && toks[i].in(timeWords) {
		i++
	}
	if i >= len(toks) || !toks[i].word {
		return 0, 0, false
	}
	if toks[i].in(speakerPronouns) {
		return i, i + 1, true
	}
	j := i
	if toks[i].in(speakerDeterminers) {
		j++
		for j < len(toks) && toks[j].word && !toks[j].in(speakerStops) && !toks[j].in(auxiliaries) && j-i < 8 && !endsDescription(toks, j) {
			j++
		}
		if j < len(toks) && j > i+1 {
			j = coordinatedEnd(toks, j) // according to the Fish and Wildlife Service
			j = nearPhraseEnd(toks, j)  // said a person familiar with the talks
		}
		if j == i+1 {
			return 0, 0, false
		}
		if a, b, ok := authorInside(toks[:j], i+2); ok {
			return a, b, true
		}
		if a, b, ok := nameInApposition(toks, j); ok {
			// according to his aunt, Ann Hale, “…” → the name the
			// description stands in apposition to.
			return a, b, true
		}
		if _, b, ok := closingApposition(toks[i:j], toks, j); ok {
			// “…,” said the board's chairman, Tom Reed. → the person,
			// named last, with the description as the role.
			return i, b, true
		}
		return i, j, true
	}
	for j < len(toks) && j-i < 5 && toks[j].word && !toks[j].capitalised() && !toks[j].in(speakerStops) {
		j++ // conservative radio host Jane Roe
	}
	if j > i && (j == len(toks) || !toks[j].capitalised() || toks[j].in(timeExpressions) || toks[j].in(monthNames)) {
		// No name follows the lower-case words: a group or a record
		// may still be the source (according to court papers filed
		// Monday, said officials familiar with the talks).
		if k := bareSourceEnd(toks, i, j); k > 0 {
			return i, k, true
		}
		return 0, 0, false
	}
	for j < len(toks) && toks[j].word && (toks[j].capitalised() || j > i && isNameJoiner(toks, j)) {
		j++
	}
	for j > i && !toks[j-1].capitalised() {
		j--
	}
	if j == i {
		return 0, 0, false
	}
	if e := possessedSpeaker(toks, j); e > j {
		// said Ann Hale's lawyer: the lawyer speaks, not Ann Hale;
		// said Ann Hale's lawyer, Tom Reed. names the lawyer.
		if a, b, ok := nameInApposition(toks, e); ok {
			return a, b, true
		}
		if _, b, ok := closingApposition(toks[i:e], toks, e); ok {
			return i, b, true
		}
		return i, e, true
	}
	if e := nameAfterRole(toks, j); e > j {
		return i, e, true // Portmore resident Tom Reed
	}
	if j < len(toks) && toks[j].word && !toks[j].capitalised() && isPluralPersonNoun(toks[j].lower()) &&
		(j+1 == len(toks) || !toks[j+1].capitalised()) {
		// cheered by Quell supporters who chant “…”: the group the
		// name qualifies, not the person named.
		return i, j + 1, true
	}
	return i, j, true
}

// nearPhraseEnd returns where the phrase ends that, from toks[j], puts
// the description before it near a person or a matter (a person
// familiar with the talks, a source close to Ann Hale): up to the next
// punctuation, stop word or verb; or j when no such phrase starts there.
func nearPhraseEnd(toks []attrToken, j int) int {
	if j < 1 || j+2 >= len(toks) || !nearPhraseAt(toks, j-1) {
		return j
	}
	k := j + 1
	for k < len(toks) && k-j <= maxNameWords && toks[k].word && !toks[k].in(speakerStops) && !toks[k].in(speechVerbs) && !toks[k].in(auxiliaries) {
		k++
	}
	if k == j+1 {
		return j
	}
	return k
}

// recordNouns are the plural records a source may be, named with no
// determiner (according to court papers, police records show).
var recordNouns = textutil.NewWordSet(`papers documents records filings data figures estimates statistics
	polls transcripts minutes logs emails files`)

// bareSourceEnd returns where a source named with no determiner ends
// in toks[i:j], lower-case words: at its first plural noun for people
// or for records (officials familiar with the talks, court papers filed
// Monday), when only words that may describe it come before, and
// punctuation, a word in -ed, a preposition of place or the end of
// toks after; or 0. A noun with another word after (alleged victims or their
// families) is a verb's object, no source.
func bareSourceEnd(toks []attrToken, i, j int) int {
	for k := i; k < j && k-i < maxBareGroupWords; k++ {
		if w := toks[k].lower(); isGroupNoun(w) || recordNouns.Has(w) {
			e := k + 1
			if e < len(toks) && toks[e].word && !strings.HasSuffix(toks[e].s, "ed") && !toks[e].in(wherePrepositions) && !nearPhraseAt(toks, e) {
				return 0
			}
			if n := nearPhraseEnd(toks, e+1); n > e+1 {
				return n // officials familiar with the talks
			}
			return e
		}
		if !isDescriptionWord(toks[k]) {
			return 0
		}
	}
	return 0
}

// nameAfterRole returns where a name ends that follows, at toks[j], the
// lower-case role or kind of a place or body named before it (Portmore
// resident Tom Reed, Harbour group Seawatch, Lind spokesman Tom Reed):
// the capitalised words before are the role's, the name is the speaker.
// It returns j when no person or group noun and name follow.
func nameAfterRole(toks []attrToken, j int) int {
	d, e := roleThenName(toks, j)
	if d == j || e == d {
		return j
	}
	if head := toks[d-1].lower(); !personNoun(head) && !collectiveNouns.Has(head) {
		return j
	}
	return e
}

// roleThenName returns where the lower-case words of a role that start at
// toks[r] end (d) and where the capitalised name right after them ends
// (e): resident Tom Reed, harbour tycoon Tom Reed. d is r when no role
// word stands there, e is d when no name follows; the caller decides
// whether the role is a person's.
func roleThenName(toks []attrToken, r int) (d, e int) {
	d = r
	for d < len(toks) && d-r < maxRoleWords && isDescriptionWord(toks[d]) && !toks[d].in(clauseOpeners) {
		d++
	}
	e = d
	for e < len(toks) && e-d < maxNameWords && toks[e].word && toks[e].capitalised() &&
		!toks[e].in(speakerDeterminers) && !toks[e].in(speakerPronouns) && !isPossessive(toks[e].s) {
		e++
	}
	return d, e
}

// endsDescription reports whether toks[j] is the verb after a
// description rather than a word of it: a speech verb (the prosecutor
// declared), or a past participle after a person or a document in lower
// case (a statement released by the board; but a letter the Harbour
// Board released names its author, see authorInside).
func endsDescription(toks []attrToken, j int) bool {
	if toks[j].capitalised() {
		return false
	}
	w := toks[j].lower()
	if speechVerbs.Has(w) {
		return true
	}
	prev := toks[j-1]
	return strings.HasSuffix(w, "ed") && !prev.capitalised() && (personNoun(prev.lower()) || prev.in(documentNouns))
}

// nameInApposition returns the name between commas that opens at the
// comma toks[c] (…, Ann Hale, or …, Ann Hale at the end of toks).
func nameInApposition(toks []attrToken, c int) (int, int, bool) {
	if c >= len(toks) || toks[c].s != "," {
		return 0, 0, false
	}
	e := c + 1
	for e < len(toks) && toks[e].word && (toks[e].capitalised() || e > c+1 && isNameJoiner(toks, e)) {
		e++
	}
	if e == c+1 || e < len(toks) && toks[e].s != "," || !isNameRun(toks[c+1:e]) {
		return 0, 0, false
	}
	return c + 1, e, true
}

// closingApposition returns the name that ends an attribution after a
// description of one person, desc, at the comma toks[c]: the name runs to
// the sentence's end (said the chairman, Tom Reed.) or to where the
// person's place of work begins (says one of the team, Ann Hale from Lund
// University). A description of a thing (said the report, Harbour News.)
// names no person there.
func closingApposition(desc, toks []attrToken, c int) (int, int, bool) {
	if c >= len(toks) || toks[c].s != "," || !closingDescription(desc) {
		return 0, 0, false
	}
	e := c + 1
	for e < len(toks) && toks[e].word && (toks[e].capitalised() || e > c+1 && isNameJoiner(toks, e)) {
		e++
	}
	if e == c+1 || e-c-1 > maxNameWords || !isNameRun(toks[c+1:e]) {
		return 0, 0, false
	}
	switch {
	case e == len(toks), toks[e].s == "." || toks[e].s == "!" || toks[e].s == "?":
	case (toks[e].is("from") || toks[e].is("at")) && e+1 < len(toks) && toks[e+1].capitalised():
	default:
		return 0, 0, false
	}
	return c + 1, e, true
}

// possessedSpeaker returns where a phrase ends that names the people
// who speak for the possessive name ending at toks[j-1] (Ann Hale's
// lawyer, Ann Hale's legal team, Ann Hale's side): lower-case words up
// to a person noun or one of sideNouns, at most maxRoleWords of them. It
// returns j when no such noun follows, or when the name is no
// possessive: then the name is the speaker (Ann Hale's statement is
// hers).
func possessedSpeaker(toks []attrToken, j int) int {
	if j == 0 || !isPossessive(toks[j-1].s) {
		return j
	}
	for k := j; k < len(toks) && k-j < maxRoleWords && toks[k].word && !toks[k].capitalised() && !toks[k].in(speakerStops); k++ {
		if w := toks[k].lower(); (personNoun(w) || sideNouns.Has(w)) && !toks[k].in(documentNouns) && !toks[k].in(speechVerbs) {
			return k + 1
		}
	}
	return j
}

// closingDescription reports whether desc, a description before a
// comma, is of one person, whom a name in apposition after it may name:
// it ends in a person noun in the singular with no preposition before it
// (the board's chairman) or picks one of a group (one of the team).
func closingDescription(desc []attrToken) bool {
	if len(desc) < 2 {
		return false
	}
	if desc[0].is("one") && desc[1].is("of") {
		return true
	}
	for _, t := range desc[1:] {
		if t.in(rolePrepositions) {
			// the spokesman for the president, Ann Hale: the name may
			// be the president's as well as the spokesman's.
			return false
		}
	}
	head := desc[len(desc)-1]
	return head.word && !head.capitalised() && personNoun(head.lower()) && !isPluralPersonNoun(head.lower())
}

// personAfterPreposition reports whether the description desc ends with
// a preposition of rolePrepositions and a person in the singular, no
// body (the spokesman for the president, an aide to the mayor; not the
// head of the board): a name in
// apposition after it may name that person as well as the one the
// description is of.
func personAfterPreposition(desc []attrToken) bool {
	if len(desc) < 3 {
		return false // One, Ann Hale, said: no room for a preposition
	}
	head := desc[len(desc)-1]
	if !head.word || head.capitalised() || !personNoun(head.lower()) || isPluralPersonNoun(head.lower()) || head.in(collectiveNouns) || head.in(documentNouns) {
		return false
	}
	for _, t := range desc[1 : len(desc)-1] {
		if t.in(rolePrepositions) {
			return true
		}
	}
	return false
}

// apposedName returns where the name starts in a speaker mention that
// is a description of one person and the name in apposition after it
// (the board's chairman, Tom Reed; see closingDescription), or 0.
func apposedName(toks []attrToken) int {
	for c := len(toks) - 2; c >= 2; c-- {
		if toks[c].s == "," {
			if closingDescription(toks[:c]) && isNameRun(toks[c+1:]) {
				return c + 1
			}
			return 0
		}
	}
	return 0
}

// sourceStart returns where a lower-case description of people that
// ends before toks[p] begins, or -1: back to its determiner or the
// clause's start, over a preposition between (people familiar with the
// plan said, two people with knowledge of the talks said), as news
// writing names a source it does not name.
func sourceStart(toks []attrToken, p int) int {
	person := false
	for h := p - 1; h >= 0 && p-h <= maxPhraseWords; h-- {
		t := toks[h]
		if !t.word || t.capitalised() && !t.in(speakerDeterminers) || t.is("by") {
			return -1 // a note by three of the pilots: a thing's agent
		}
		person = person || personNoun(t.lower()) || t.is("people") || t.is("person")
		if t.in(speakerDeterminers) || h == 0 || !toks[h-1].word {
			if person {
				return h
			}
			return -1
		}
	}
	return -1
}

// phraseStart walks back from toks[i] to where the speaker phrase that
// ends at toks[end-1] starts: over the words of a name, a title or a
// description, to its determiner.
func phraseStart(toks []attrToken, i, end int) int {
	for i > 0 && toks[i-1].word && end-i < maxPhraseWords {
		w := toks[i-1]
		// A determiner starts the phrase; a number that ends it is its
		// noun's (the mother of three), not a determiner of nothing.
		if w.in(speakerDeterminers) && (i < end || !w.in(numberWords)) {
			if w.in(groupDeterminers) && i < end && isNameRun(toks[i:end]) &&
				(toks[i].in(speakerTitles) || firstNameGender(toks[i].s) != genderUnknown) {
				break // was all Tom Reed would say: the person, not a group
			}
			return i - 1
		}
		// A lower-case word before a capitalised one ends a title
		// before a name (harbour pilot Ann Hale), but not inside a
		// description that ends in its lower-case noun (the veteran
		// Harbour Board pilot), nor when it only qualifies the title
		// (the former Gazette Chief Correspondent) or a party's member
		// (the freshman Democrat).
		if !w.capitalised() && !isNameJoiner(toks, i-1) && (i < end && toks[i].capitalised() && toks[end-1].capitalised() && !w.in(titleModifiers) && !(i == end-1 && toks[i].in(partyMembers)) || w.in(speakerStops) || w.in(speakerPronouns) || w.in(speakerVerbFollowers)) {
			break
		}
		i--
	}
	return i
}

// groupDeterminers count or gather people (all the members, several
// pilots), so that a person's name after one is no phrase of theirs.
var groupDeterminers = textutil.NewWordSet(`all both most several many some`)

// numberWords are the numbers news writing spells out that may end a
// description (the mother of three, one of the two).
var numberWords = textutil.NewWordSet(`two three four five six seven eight nine ten eleven twelve`)

// institutionNouns end the name of a body that may join words with and
// (the Fish and Wildlife Service, the Harbour and Coast Authority).
var institutionNouns = textutil.NewWordSet(`agency authority board bureau commission committee council
	department ministry office service services institute institution association society
	foundation union federation alliance league coalition trust fund center centre
	administration corporation company group network forum`)

// coordinatedStart returns where a speaker phrase that the walk back
// from end stopped at toks[i], on an and, starts when the and is inside
// it; otherwise i. The and joins the words of a body's name (the Harbour
// and Coast Authority; Portmore's Weather, Climate and Sea Agency, with a
// series before it) or two capitalised words that qualify a description's
// noun (the Northern and Southern port boards); never two people (Hale and
// Reed said), whose names end in no lower-case noun and no body's.
func coordinatedStart(toks []attrToken, i, end int) int {
	if i < 2 || i >= end || !(toks[i-1].is("and") || toks[i-1].s == "&") || !toks[i-2].word || !toks[i-2].capitalised() || !toks[i].capitalised() {
		return i
	}
	last := toks[end-1]
	switch {
	case last.capitalised() && last.in(institutionNouns) && isNameRun(toks[i:end]):
		k := i - 2
		for k >= 2 && toks[k-1].s == "," && toks[k-2].word && toks[k-2].capitalised() && i-k < maxPhraseWords {
			k -= 2
		}
		return k
	case !last.capitalised() && i >= 3 && toks[i-3].in(speakerDeterminers):
		return i - 2
	}
	return i
}

// coordinatedEnd returns where a body's name that the walk forward
// stopped inside, at toks[j], ends: after the and and the capitalised
// words of the name that end in one of institutionNouns, with a series
// before the and (the Weather, Climate and Sea Agency); otherwise j.
func coordinatedEnd(toks []attrToken, j int) int {
	if !toks[j-1].capitalised() {
		return j
	}
	k := j
	for k+1 < len(toks) && toks[k].s == "," && toks[k+1].word && toks[k+1].capitalised() && k-j < maxPhraseWords {
		k += 2
	}
	if k >= len(toks) || !(toks[k].is("and") || toks[k].s == "&") {
		return j
	}
	e := k + 1
	for e < len(toks) && toks[e].word && toks[e].capitalised() && e-k <= maxPhraseWords {
		e++
	}
	if e == k+1 || !toks[e-1].in(institutionNouns) {
		return j
	}
	return e
}

// nameJoiners are the lower-case words inside names.
var nameJoiners = textutil.NewWordSet(`of de van von der la le al bin da del di`)

// isNameJoiner reports whether the lower-case word at toks[j] may sit inside
// a name or title (Harbour Commissioner Ines Falk, Anna de Vries,
// Minister for Harbour Affairs Ines Falk): for only after a capitalised
// office, where it joins the office to what it is for.
func isNameJoiner(toks []attrToken, j int) bool {
	if j+1 >= len(toks) || !toks[j+1].capitalised() {
		return false
	}
	if toks[j].is("for") {
		// Minister for Foreign Affairs; Growers for Fenwick, a body
		// named for the people it gathers and its cause.
		return j > 0 && toks[j-1].capitalised() && (toks[j-1].in(speakerTitles) || toks[j-1].in(roleWords) || isGroupNoun(toks[j-1].lower()))
	}
	return toks[j].in(nameJoiners)
}

// maxFirmWords is the most tokens of a firm's name after of, its
// partners' names, commas and and included (Lund, Hale and Associates
// Inc.).
const maxFirmWords = 8

// affiliationWords join a person's name to the firm the person works for
// (Kit Varo of Lund Associates, Ann Hale at Hale Partners).
var affiliationWords = textutil.NewWordSet(`of at from`)

// firmAffiliation returns the index of the of, at or from that joins a
// capitalised name to a firm's name ending toks (Kit Varo of Lund, Hale
// and Associates Inc.), or 0: a name that ends with a word of firmWords,
// made of capitalised words, commas, and or an ampersand.
func firmAffiliation(toks []attrToken) int {
	n := len(toks)
	if n < 4 || !toks[n-1].in(firmWords) || !toks[n-1].capitalised() {
		return 0
	}
	for o := n - 2; o > 0 && n-o <= maxFirmWords; o-- {
		t := toks[o]
		switch {
		case t.in(affiliationWords):
			if o == n-1 || !toks[o+1].capitalised() || !toks[o-1].capitalised() || isPossessive(toks[o-1].s) {
				return 0
			}
			return o
		case t.word && t.capitalised(), t.s == ",", t.s == "&", t.is("and"):
		default:
			return 0
		}
	}
	return 0
}

// modalName reports whether toks[i] is a capitalised modal that is the
// only word before the speech verb (“…,” Will said): a modal needs a
// subject before it, so the word is the given name it is spelt like.
func modalName(toks []attrToken, i int) bool {
	return i == 0 && len(toks) == 1 && toks[i].capitalised() && toks[i].in(modalVerbs)
}

// modalVerbs are the modal auxiliaries that are also given names.
var modalVerbs = textutil.NewWordSet(`will`)

// phraseBefore returns the speaker ending at toks[len(toks)-1], the subject
// of a following speech verb: a pronoun, a capitalised name run with its
// title, or a description back to its determiner (the State Department
// official). An appositive or relative clause between commas is skipped
// (Jane Roe, a lawyer, said).
func phraseBefore(toks []attrToken) (int, int, bool) {
	j := len(toks)
	for j > 0 && toks[j-1].word && (toks[j-1].in(speakerVerbFollowers) || isAdverb(toks[j-1])) && !modalName(toks, j-1) {
		j--
	}
	if j > 2 && toks[j-1].capitalised() && toks[j-1].in(timeExpressions) && toks[j-2].is("on") {
		// Ann Hale on Monday said: the day between a name and its verb.
		// A description (A statement from the board on Friday said)
		// is left to the rules that read whose words it holds.
		if i, k, ok := phraseBefore(toks[:j-2]); ok && toks[i].capitalised() && !toks[i].in(speakerDeterminers) {
			return i, k, true
		}
	}
	if o := firmAffiliation(toks[:j]); o > 0 {
		// Kit Varo of Lund, Hale and Associates Inc. told: the firm
		// the person works for, named with its partners, is no
		// speaker; the person before of is.
		return phraseBefore(toks[:o])
	}
	if j > 1 && isDash(toks[j-1]) {
		return dashApposition(toks, j-1)
	}
	if j > 0 && toks[j-1].s == "," {
		// X, who ..., said / X, a lawyer, said
		k := j - 1
		for k > 0 && toks[k-1].s != "," && j-k < maxAppositive {
			k--
		}
		if s := nameRunStart(toks, k-2); k > 3 && j-1-k <= 2 && isNameRun(toks[k:j-1]) && s > 0 &&
			(toks[s-1].is("of") || toks[s-1].is("from") || toks[s-1].is("in")) {
			// Ann Hale of Portmore, Maine, said: the state or
			// country after a town, not an apposition to the person;
			// Ann, from Portmore, Maine, said: the town's phrase too.
			if s >= 3 && toks[s-2].s == "," {
				return phraseBefore(toks[:s-2])
			}
			return phraseBefore(toks[:k-1])
		}
		if k > 1 && roleNameApposition(toks[k:j-1]) {
			// the mayor's niece, state Del. Ana Ruiz (D-Portmore),
			// said → the name with its office, in apposition to a
			// description.
			if a, b, ok := phraseBefore(toks[:k-1]); ok && (toks[a].in(speakerDeterminers) || ownedDescription(toks[a:b])) {
				return k, j - 1, true
			}
		}
		if k > 0 && toks[k-1].s == "," && k+1 < j-1 && subjectPronouns.Has(toks[k].s) && toks[k+1].word && !toks[k+1].capitalised() {
			// During the call, he asked about the fund, called …: a
			// clause whose subject the next verb shares, no apposition.
			return k, k + 1, true
		}
		if k > 0 && toks[k-1].s == "," && toks[k].word && (toks[k].in(speakerDeterminers) || toks[k].lower() == "who" ||
			!toks[k].capitalised() || j-1-k == 1 && strings.Contains(toks[k].s, "-")) {
			// An appositive, a relative clause or a party tag (R-Ohio).
			if k >= 4 && toks[k-3].s == "," && startsWithDigit(toks[k-2].s) {
				// Ann Hale, 61, a retired pilot, said: the age before
				// the apposition.
				return phraseBefore(toks[:k-3])
			}
			if c := nameBeforeApposition(toks[:k-1]); c > 0 && (toks[k].is("who") || toks[k].is("which")) {
				// Kit Varo, chief executive of Portmore Shipping, which
				// owns the line, said → Kit Varo: the relative clause
				// follows an apposition to the name that opens the
				// clause.
				return 0, c, true
			}
			return phraseBefore(toks[:k-1])
		}
		if k > 1 && isNameRun(toks[k:j-1]) {
			if c := nameBeforeRole(toks[:k-1]); c > 0 {
				// Kit Marsh, a spokeswoman for the developer,
				// Bluewake, said → Kit Marsh: the later name is the
				// developer's, in apposition to the phrase after the
				// preposition.
				return 0, c, true
			}
			// the mayor's spokesman, Jane Roe, said → Jane Roe: the
			// name in apposition to a description, also one owned by
			// a name of several words (Tom Reed's spokesman).
			if a, b, ok := phraseBefore(toks[:k-1]); ok && (toks[a].in(speakerDeterminers) || ownedDescription(toks[a:b])) {
				if personAfterPreposition(toks[a:b]) {
					// the spokesman for the harbour master, Kit Varo,
					// said: the name may be either person's, and the
					// description is who spoke.
					return a, b, true
				}
				if b-a < 2 || !describesPerson(toks[a:b]) {
					return k, j - 1, true // One, Ann Hale, said: the name alone
				}
				// The whole mention: the description is the name's
				// role (see splitRole).
				return a, j - 1, true
			}
		}
		// Ann Hale, vice president of Sales, Planning and Design, said:
		// an apposition with commas of its own after a name that opens
		// the clause.
		for c := 1; c < j-1 && j-c <= maxAppositive; c++ {
			if toks[c].s == "," {
				if isNameRun(toks[:c]) {
					return 0, c, true
				}
				break
			}
		}
		return 0, 0, false
	}
	if j > 0 && toks[j-1].s == ")" {
		// Name (R-Ohio) said
		k := j - 1
		for k > 0 && toks[k].s != "(" && j-k < 10 {
			k--
		}
		if toks[k].s == "(" {
			if s, _, ok := phraseBefore(toks[:k]); ok {
				if in := toks[k+1 : j-1]; len(in) >= 2 && isNameRun(in) && toks[s].in(speakerDeterminers) {
					// a ministry spokeswoman (Jane Roe) said → Jane Roe
					return k + 1, j - 1, true
				}
				return s, j, true
			}
		}
		return 0, 0, false
	}
	end := j
	if a := percentShare(toks[:end]); a >= 0 {
		return a, end, true
	}
	if end == 0 || !toks[end-1].word {
		return 0, 0, false
	}
	if w := toks[end-1].lower(); speakerPronouns.Has(w) {
		if (w == "who" || w == "which") && end >= 2 && toks[end-2].s == "," {
			// Jane Roe, who chairs the panel, said → Jane Roe
			i, j, ok := phraseBefore(toks[:end-2])
			if ok && w == "which" && (toks[i].in(speakerTitles) || firstNameGender(toks[i].s) != genderUnknown) {
				// a film with Jane Roe, which said: which stands for
				// a thing, never for the person named last, but for
				// what the person was with.
				if i > 0 && toks[i-1].in(companionPrepositions) {
					return phraseBefore(toks[:i-1])
				}
				return 0, 0, false
			}
			if ok && w == "who" {
				if a, b := nameBeforeDescription(toks, i, j); b > a {
					// a rebuke from Ann Hale, the board's chair, who
					// said → Ann Hale: who stands for the person the
					// description is set beside.
					return a, b, true
				}
				if n := personAfterThing(toks[:j], i); n > i {
					// a rebuke from Ann Hale, who said → Ann Hale:
					// who stands for a person, not for the thing.
					return n, j, true
				}
			}
			return i, j, ok
		}
		return end - 1, end, true
	}
	i := phraseStart(toks, end, end)
	if k := coordinatedStart(toks, i, end); k < i {
		i = phraseStart(toks, k, end)
	}
	if a := closeToHolder(toks, i); a >= 0 {
		return a, end, true // Sources close to Ann Hale said
	}
	if i == end || !toks[end-1].capitalised() && strings.HasSuffix(toks[end-1].s, "ed") {
		return 0, 0, false
	}
	if namedThingObject(toks, i) {
		// The authors of the study in the journal Harbour Science
		// argued: the journal is where it was published, not who
		// argued; the people the sentence opens with did.
		if i > 2 && toks[0].in(speakerDeterminers) && toks[1].word && !toks[1].capitalised() && personNoun(toks[1].lower()) {
			return 0, 2, true
		}
		return 0, 0, false
	}
	if toks[i].in(speakerDeterminers) && pastVerbInside(toks[i+1:end]) {
		// The mayor disputed harbour reports …: a clause with its
		// verb, not a description.
		return 0, 0, false
	}
	if toks[i].in(speakerDeterminers) && i >= 2 && toks[i-1].s == "," {
		// Jane Roe, the chair of the panel, said → Jane Roe; but On
		// Monday, the Herald, the party's paper, said → the Herald: a
		// phrase that opens with an introductory word sets the scene.
		if a, b, ok := phraseBefore(toks[:i-1]); ok && b == i-1 && toks[a].capitalised() && (a == 0 || toks[a-1].s == ",") &&
			!(b == a+1 && (toks[a].in(linkWords) || toks[a].in(timeWords))) && !opensWithLink(toks, a) {
			return a, b, true
		}
	}
	if i >= 2 && toks[i].in(speakerDeterminers) && end-i >= 2 {
		// Ann Hale of the Harbour Board said → Ann Hale; a pilot from
		// the Harbour Board said → the whole description: the body
		// after of, from, at, on or with is where the speaker works or
		// what a sign is on (the sign on the gate read);
		// after in, where the speaker is (a woman in the crowd).
		switch toks[i-1].lower() {
		case "of", "from", "at", "on", "with", "in", "inside", "outside", "within", "near":
			if a, b, ok := phraseBefore(toks[:i-1]); ok && b == i-1 {
				if toks[i-1].in(placePrepositions) && crowdAt(toks, a, b) {
					return a, b, true // protesters outside the town hall: the crowd
				}
				if (toks[a].in(speakerDeterminers) || ownedDescription(toks[a:b])) && toks[i-1].in(placePrepositions) {
					// a woman in the crowd, a reporter's source inside
					// the office: where the speaker stood.
					return a, b, true
				}
				if toks[a].in(speakerDeterminers) {
					return a, end, true
				}
				if b-a >= 2 && isNameRun(toks[a:b]) && (toks[a].in(speakerTitles) || firstNameGender(toks[a].s) != genderUnknown) {
					return a, b, true
				}
				if w := toks[b-1].lower(); b-a <= maxBareGroupWords && opensClause(toks, a) && isGroupNoun(w) &&
					(!toks[b-1].capitalised() || b-1 == a && (roleNouns.Has(w) || strings.HasSuffix(w, "ents") || strings.HasSuffix(w, "ists"))) {
					// Officials at the port said, Diplomatic sources in
					// the city said: a group that opens the sentence,
					// capitalised only for that; one word of it that
					// reads as a surname too (Rivers) is left alone.
					if toks[i-1].in(placePrepositions) {
						return a, b, true
					}
					return a, end, true
				}
			}
			if a := sourceStart(toks, i-1); a >= 0 {
				return a, end, true
			}
		case "for", "to":
			// a spokesman for the company said, a source close to the
			// family said → the whole description: the body after for
			// or to is whom the person speaks for or is near, not who
			// speaks.
			if a, b, ok := phraseBefore(toks[:i-1]); ok && b == i-1 && b-a >= 2 && toks[a].in(speakerDeterminers) && speaksForOthers(toks[a+1:b]) {
				return a, end, true
			}
		case "after", "before", "during", "following", "since", "until":
			// The mayor after the vote said, a post from the board
			// last week after the storm called it: the phrase of
			// time is the scene; who speaks comes before it.
			e := i - 1
			for e > 0 && toks[e-1].word && toks[e-1].in(timeWords) {
				e--
			}
			if a, b, ok := phraseBefore(toks[:e]); ok && b == e && (toks[a].in(speakerDeterminers) || toks[a].capitalised()) && (a == 0 || !toks[a-1].word) {
				return a, b, true
			}
		}
	}
	if i >= 2 && (toks[i].capitalised() && !toks[i].in(speakerDeterminers) || toks[i].s == "the" && i+1 < end && toks[i+1].capitalised()) {
		// the ministry in Lisbon said → the ministry; a lawmaker from
		// Ohio said → the whole description; Ann Hale from Portmore
		// said, Republicans in the House said → the people, not the
		// place.
		// What comes before the preposition, read once for every case
		// below.
		a, b, ok := phraseBefore(toks[:i-1])
		if ok && workplaceApposition(toks, a, b, i-1) {
			// Tom Reed, a senior analyst at Harbourwatch, the research
			// group, told …: the person, not the body she works at.
			return a, b, true
		}
		if toks[i-1].in(placePrepositions) || toks[i-1].is("at") {
			// Demonstrators outside Tarn Hall yelled, students at Kell
			// Academy said: the crowd, not the place it stood at.
			if ok && b == i-1 && crowdAt(toks, a, b) {
				return a, b, true
			}
		}
		switch p := toks[i-1].lower(); p {
		case "to":
			// Portmore's envoy to Norland said: the office held
			// towards the place, and the name after it if any; not
			// a statement to the Gazette.
			ok := ok && b == i-1
			if ok && b-a >= 2 && personNoun(toks[b-1].lower()) &&
				!toks[b-1].in(documentNouns) && !toks[b-1].is("statement") && (toks[a].in(speakerDeterminers) || ownedDescription(toks[a:b])) {
				return a, end, true
			}
			if ok && b-a >= 3 && toks[b-1].is("close") && toks[a].in(speakerDeterminers) && speaksForOthers(toks[a+1:b]) {
				// a source close to Ann Hale said: someone near her,
				// not Ann Hale.
				return a, end, true
			}
		case "in", "at", "from", "for":
			if ok && b == i-1 && toks[a].in(speakerDeterminers) {
				if p == "in" || p == "at" {
					return a, b, true
				}
				return a, end, true
			}
			if ok && b == i-1 && p != "for" && isNameRun(toks[a:b]) {
				return a, b, true
			}
		case "of":
			// Ann Hale of the Harbour Board said → the person; the
			// governor of the Harbour Bank said → the whole office.
			if ok && b == i-1 && toks[i].is("the") {
				if toks[a].in(speakerDeterminers) {
					return a, end, true
				}
				if isNameRun(toks[a:b]) {
					return a, b, true
				}
			}
		}
	}
	// A description must end in a noun we can only guess at; a run of
	// lower-case words not introduced by a determiner is too vague, unless
	// it opens its clause and names a group of people (officials said,
	// federal prosecutors wrote).
	if !toks[i].capitalised() && !toks[i].in(speakerDeterminers) {
		if end-i <= maxBareGroupWords && opensClause(toks, i) && isGroupNoun(toks[end-1].lower()) {
			return i, end, true
		}
		if end-i >= 2 && end-i <= maxBareGroupWords+2 && opensClause(toks, i) && startsWithDigit(toks[i].s) && toks[i+1].is("percent") {
			// 63 percent said, 40 percent of voters said: the share
			// of a poll's respondents who answered so.
			return i, end, true
		}
		for i < end && !toks[i].capitalised() {
			i++
		}
		if i == end {
			return 0, 0, false
		}
	}
	for p := i + 1; p < end-1; p++ {
		if toks[p-1].in(findingVerbs) && startsWithDigit(toks[p].s) && (toks[p+1].is("percent") || toks[p+1].s == "%") {
			// Exit polls showed 48 percent of voters called …: the
			// share that answered, not the poll that found it.
			return p, end, true
		}
		if toks[p].in(placePrepositions) && crowdAt(toks, i, p) {
			// Protesters outside Ann Hale's office said: the crowd,
			// not where it stood nor whose the place is.
			return i, p, true
		}
	}
	if i > 0 && i < end && toks[i].capitalised() && titleOpening(toks[:i]) {
		// White House press secretary Ann Hale said, former President
		// Tom Reed said: the clause opens with the name's office.
		i = 0
	}
	return i, end, true
}

// titleOpening reports whether toks, the words that open a clause before
// a name, are all an office or a title of it: capitalised words (White
// House) and lower-case role words and their modifiers (press secretary,
// former, state) or a noun for a person right before the name (GOP
// strategist), at least one of those, and no word that opens a phrase of
// time or place (On Monday, Later).
func titleOpening(toks []attrToken) bool {
	if len(toks) > maxOfficeWords {
		return false
	}
	// A lower-case noun may qualify the role that ends the office (board
	// chair, harbour master, campaign spokeswoman).
	last := toks[len(toks)-1]
	qualified := !last.capitalised() && (last.in(roleWords) || personNoun(last.lower()))
	role := false
	for k, t := range toks {
		switch {
		case !t.word || t.in(speakerDeterminers) || t.in(introWords) || t.in(linkWords) || t.in(timeWords) || t.in(speakerStops):
			return false
		case !t.capitalised() && (t.in(roleWords) || t.in(titleModifiers) || k == len(toks)-1 && personNoun(t.lower())):
			role = true
		case !t.capitalised() && qualified && k < len(toks)-1 && !strings.HasSuffix(t.s, "ed") && !isParticiple(t):
		case !t.capitalised():
			return false
		}
	}
	return role
}

// maxOfficeWords is the most words of an office before a name that opens
// its clause (Senate Majority Leader, White House deputy press secretary).
const maxOfficeWords = 6

// namedThingObject reports whether the name starting at toks[i] names a
// thing that a preposition governs, with its kind in lower case between
// (in the journal Harbour Science, on the show Harbour Nights): the
// object of the preposition, never the subject of a verb after it. A
// noun for a person there is a title (at the meeting pilot Ann Hale
// said) and leaves the name alone.
func namedThingObject(toks []attrToken, i int) bool {
	if !toks[i].capitalised() || toks[i].in(speakerDeterminers) {
		return false
	}
	k := i - 1
	for k >= 0 && i-k <= maxRoleWords && toks[k].word && !toks[k].capitalised() && !toks[k].in(speakerDeterminers) && !toks[k].in(thingPrepositions) {
		if personNoun(toks[k].lower()) || isGroupNoun(toks[k].lower()) {
			return false
		}
		k--
	}
	if k == i-1 || k < 1 || !toks[k].in(speakerDeterminers) {
		return false
	}
	return toks[k-1].in(thingPrepositions)
}

// speaksForOthers reports whether the description toks, its determiner
// left out, ends in a person or a text that speaks on behalf of the body
// named after it (spokesman, lawyer, letter), or in close after one (a
// source close to …).
func speaksForOthers(toks []attrToken) bool {
	n := len(toks)
	if n >= 2 && toks[n-1].is("close") {
		n--
	}
	w := toks[n-1].lower()
	return toks[n-1].word && !toks[n-1].capitalised() && (personNoun(w) || documentNouns.Has(w))
}

// personAfterThing returns where the name starts that ends the
// description toks[i:] (a rebuke from Ann Hale, a letter by Tom Reed)
// when the noun before from, by or of is a lower-case noun for no
// person, or i: who after such a description stands for the person
// named, since a thing takes which.
func personAfterThing(toks []attrToken, i int) int {
	if !toks[i].in(speakerDeterminers) {
		return i
	}
	for p := i + 2; p+1 < len(toks); p++ {
		if !toks[p].word || toks[p].capitalised() {
			continue
		}
		if !toks[p].is("from") && !toks[p].is("by") && !toks[p].is("of") {
			continue
		}
		head := toks[p-1]
		if !head.word || head.capitalised() || personNoun(head.lower()) || !isNameRun(toks[p+1:]) {
			return i
		}
		return p + 1
	}
	return i
}

// openingNameEnd returns where the name that opens toks ends at the
// first comma (Kit Varo, …), or 0 when toks open with no name before a
// comma.
func openingNameEnd(toks []attrToken) int {
	c := slices.IndexFunc(toks, func(t attrToken) bool { return t.s == "," })
	if c < 1 || !isNameRun(toks[:c]) {
		return 0
	}
	return c
}

// nameBeforeRole returns where the name that opens toks ends when the
// rest of toks is a description of a person in apposition to it that goes
// on past a preposition (Kit Marsh, a spokeswoman for the developer; Tom
// Bell, the brother of the owner), or 0.
func nameBeforeRole(toks []attrToken) int {
	c := openingNameEnd(toks)
	if c == 0 || c+3 >= len(toks) {
		return 0
	}
	desc := toks[c+1:]
	if !desc[0].in(speakerDeterminers) || slices.ContainsFunc(desc, func(t attrToken) bool { return t.s == "," }) || !describesPerson(desc) {
		return 0
	}
	if !slices.ContainsFunc(desc[1:len(desc)-1], func(t attrToken) bool { return t.in(rolePrepositions) }) {
		return 0 // Kit Marsh, the spokeswoman, Kit Varo: no phrase for the later name to stand beside
	}
	return c
}

// nameBeforeDescription returns the name set off by a comma right before
// the description toks[i:j] (a determiner's or an owner's: Ann Hale, the
// board's chair; Ann Hale, a pilot), also the person a thing comes from
// (a rebuke from Ann Hale, the board's chair), or a == b when there is
// none.
func nameBeforeDescription(toks []attrToken, i, j int) (a, b int) {
	if i < 2 || toks[i-1].s != "," || !toks[i].in(speakerDeterminers) && !ownedDescription(toks[i:j]) {
		return 0, 0
	}
	a, b, ok := phraseBefore(toks[:i-1])
	if !ok || b <= a {
		return 0, 0
	}
	if n := personAfterThing(toks[:b], a); n > a {
		a = n // a rebuke from Ann Hale, the board's chair
	}
	if !isNameRun(toks[a:b]) {
		return 0, 0
	}
	return a, b
}

// nameBeforeApposition returns where the name ends that opens toks when
// one apposition follows it after a comma (Kit Varo, chief executive of
// Portmore Shipping; Ann Hale, Portmore's mayor), or 0: the apposition
// opens with a lower-case word, a possessive, a word in capitals or a
// party tag (Sen. Ann Hale, R-Maine, who …), and holds no comma of its
// own but one before the state after a town (a pilot from Portmore,
// Maine); an age may stand between the name and the apposition.
func nameBeforeApposition(toks []attrToken) int {
	c := openingNameEnd(toks)
	if c == 0 || c+1 >= len(toks) {
		return 0
	}
	a := c + 1
	if a+2 < len(toks) && startsWithDigit(toks[a].s) && toks[a+1].s == "," {
		a += 2 // Ann Hale, 59, of Portmore: the age before the apposition
	}
	for p := a; p < len(toks); p++ {
		if toks[p].s == "," && !placeAfterTown(toks, p) {
			return 0
		}
	}
	if t := toks[a]; !t.word || t.capitalised() && !isPossessive(t.s) && !isUpperWord(t.s) && !isPartyTag(t.s) {
		return 0
	}
	return c
}

// placeAfterTown reports whether the comma at toks[p] sets off the state
// or country after a town that ends toks (a senator from Fenwick, Ohio):
// a comma inside a place's name, not one between appositions.
func placeAfterTown(toks []attrToken, p int) bool {
	rest := toks[p+1:]
	return p > 0 && toks[p-1].capitalised() && len(rest) > 0 && len(rest) <= maxPlaceWords && isNameRun(rest)
}

// townStateWords returns how many capitalised words open toks as a
// state or a country after a town's comma, followed by a comma or a full
// stop (Ohio, in from Fenwick, Ohio, said), or 0.
func townStateWords(toks []attrToken) int {
	m := 0
	for m < len(toks) && m < maxPlaceWords && toks[m].word && toks[m].capitalised() && !isPossessive(toks[m].s) {
		m++
	}
	if m == 0 || m >= len(toks) || toks[m].s != "," && toks[m].s != "." {
		return 0
	}
	return m
}

// maxPlaceWords is the most words of a state or country after a town
// (New South Wales).
const maxPlaceWords = 3

// titleModifiers stand before a title without ending it (the former
// Gazette Chief Correspondent, acting Harbour Master Ann Hale).
var titleModifiers = textutil.NewWordSet(`former acting interim deputy assistant vice then late`)

// placePrepositions put a speaker somewhere (a woman in the crowd, a
// source inside the ministry) rather than in the body that speaks.
var placePrepositions = textutil.NewWordSet(`in inside outside within near`)

// wherePrepositions put a group of people or a source where it is, works
// or comes from (residents of the island, workers at the pier, officials
// in the city): placePrepositions, and of, at and from.
var wherePrepositions = textutil.NewWordSet(`of at from in inside outside within near`)

// workplaceApposition reports whether the name toks[a:b] is followed by
// an apposition of its role that ends at the preposition toks[p] (Tom
// Reed, a senior analyst at …; Ann Hale, the spokeswoman for …): the body
// after p is where the named person works, not who speaks.
func workplaceApposition(toks []attrToken, a, b, p int) bool {
	if b+2 >= p || toks[b].s != "," || !toks[b+1].in(speakerDeterminers) || !isNameRun(toks[a:b]) {
		return false
	}
	switch toks[p].lower() {
	case "at", "for", "of", "with", "from":
	default:
		return false
	}
	if p-b-2 > maxRoleWords {
		return false
	}
	for _, t := range toks[b+2 : p] {
		if !t.word || t.capitalised() {
			return false
		}
	}
	return true
}

// pastVerbInside reports whether a lower-case word in -ed follows a noun
// in toks (president disputed), where it is a verb; right after the
// determiner it is an adjective (the retired teacher).
func pastVerbInside(toks []attrToken) bool {
	for h := 1; h < len(toks); h++ {
		if t := toks[h]; !t.capitalised() && strings.HasSuffix(t.s, "ed") && personNoun(toks[h-1].lower()) {
			return true
		}
	}
	return false
}

// findingVerbs report what a poll or a study found, with the share of
// people who answered as their object (showed 48 percent of voters …).
var findingVerbs = textutil.NewWordSet(`found finds showed shows revealed reveals suggested suggests
	indicated indicates`)

// percentShare returns where a poll's share written with a per cent sign
// begins when toks end with it and it opens its clause (42% said, 42% of
// voters said): the respondents who answered so, as 42 percent of voters
// are. It returns -1 otherwise.
func percentShare(toks []attrToken) int {
	p := len(toks) - 1
	if p >= 2 && toks[p].word && !toks[p].capitalised() && isPluralPersonNoun(toks[p].lower()) && toks[p-1].is("of") {
		p -= 2 // 42% of voters
	}
	a := p - 1
	if a < 0 || toks[p].s != "%" || !startsWithDigit(toks[a].s) {
		return -1
	}
	if !opensClause(toks, a) && !(a >= 1 && (toks[a-1].in(findingVerbs) || toks[a-1].in(linkWords) && opensClause(toks, a-1))) {
		return -1 // rose by 42%: no share of people
	}
	return a
}

// crowdAt reports whether toks[a:b] is a group of people named without
// a determiner that opens its clause (protesters, Quell supporters), as
// before a place it stands at: one capitalised word only at the clause's
// start, where any word is (Demonstrators outside Tarn Hall).
func crowdAt(toks []attrToken, a, b int) bool {
	head := toks[b-1]
	if b-a > maxBareGroupWords || !opensClause(toks, a) || !isGroupNoun(head.lower()) {
		return false
	}
	return !head.capitalised() || b-1 == a && (a == 0 || !toks[a-1].word)
}

// maxBareGroupWords is the most words of a group named without a
// determiner before its speech verb (state health officials said).
const maxBareGroupWords = 3

// isGroupNoun reports whether w is a plural noun for people who speak
// together (officials, researchers, prosecutors): a subject that needs no
// determiner.
func isGroupNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && personNoun(w) || collectivePlurals.Has(w)
}

// collectivePlurals are nouns for people that take a plural verb with no
// plural ending and need no determiner (police said, staff said).
var collectivePlurals = textutil.NewWordSet(`police staff personnel`)

// isPluralPersonNoun reports whether w is a plural noun for people
// (officials, fishermen, women), which only they may stand for.
func isPluralPersonNoun(w string) bool {
	return isGroupNoun(w) || strings.HasSuffix(w, "men")
}

// isDash reports whether t is a dash that may enclose an apposition (—,
// –, or a hyphen standing apart, as in --).
func isDash(t attrToken) bool {
	return !t.word && (t.s == "—" || t.s == "–" || t.s == "-")
}

// dashApposition reads the speaker before a speech verb when dashes
// enclose an apposition ending at toks[e] (Ann Hale — the mayor — said,
// the mayor — Ann Hale — said): the phrase before the opening dash, or the
// name between the dashes when a description stands before them.
func dashApposition(toks []attrToken, e int) (int, int, bool) {
	if e > 0 && isDash(toks[e-1]) {
		e-- // --
	}
	k := e - 1
	for k > 0 && !isDash(toks[k]) && e-k < maxAppositive {
		k--
	}
	if k <= 0 || !isDash(toks[k]) || k+1 >= e {
		return 0, 0, false
	}
	open := k
	if open > 0 && isDash(toks[open-1]) {
		open--
	}
	a, b, ok := phraseBefore(toks[:open])
	if !ok || b != open {
		return 0, 0, false
	}
	if isNameRun(toks[k+1:e]) && toks[a].in(speakerDeterminers) {
		return k + 1, e, true
	}
	return a, b, true
}

// roleNameApposition reports whether toks are a name with a lower-case
// office before it or a party tag in brackets after it (state Del. Ana
// Ruiz (D-Portmore)), which the commas of an apposition enclose.
func roleNameApposition(toks []attrToken) bool {
	p := personPart(toks)
	return len(p) < len(toks) && len(p) >= 2 && isNameRun(p)
}

// isNameRun reports whether toks are only a name with its title: capitalised
// words and the joiners inside names (Jane Roe, Charles de Gaulle).
func isNameRun(toks []attrToken) bool {
	if len(toks) == 0 || len(toks) > 6 || !toks[len(toks)-1].capitalised() {
		return false
	}
	for k, t := range toks {
		if !t.capitalised() && !isNameJoiner(toks, k) || t.in(speakerDeterminers) || t.in(speakerPronouns) {
			return false
		}
	}
	return true
}

// isPossessive reports whether a word ends in a possessive 's (Roe's),
// or in the apostrophe after s that the tokens keep (Arias').
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// isAdverb reports whether a lower-case word ending in -ly stands between
// a speaker and the verb (Jane Roe quickly added).
func isAdverb(t attrToken) bool {
	return t.word && !t.capitalised() && strings.HasSuffix(t.s, "ly") && len(t.s) > 4 && !t.in(lyNouns)
}

// lyNouns end in -ly but are nouns, which may end a speaker (the family
// said, a key ally said).
var lyNouns = textutil.NewWordSet(`family ally assembly rally bully supply reply monopoly anomaly homily`)

// mentionOf returns the span of text that toks[i:j] cover.
func mentionOf(toks []attrToken, i, j int) span.Span {
	return span.Span{Start: toks[i].start, End: toks[j-1].end()}
}

// skipApposition returns the index of the token after the apposition
// between commas that starts at toks[j] (Ann Hale, a pilot, …; Tom Reed,
// 54, …), or j when none does.
func skipApposition(toks []attrToken, j int) int {
	if j >= len(toks) || toks[j].s != "," {
		return j
	}
	for c := j + 1; c < len(toks) && c-j <= maxAppositive; c++ {
		if toks[c].s == "," {
			return c + 1
		}
		if !toks[c].word && toks[c].s != "-" {
			break
		}
	}
	return j
}

// maxBracketWords is the most tokens an aside in brackets after a name
// holds (D-Maine, no relation, 54).
const maxBracketWords = 6

// bracketEnd returns the index of the token after the aside in brackets
// that opens at toks[i] (Ann Hale (D-Maine) said), or i when none does.
func bracketEnd(toks []attrToken, i int) int {
	if i >= len(toks) || toks[i].s != "(" {
		return i
	}
	for j := i + 1; j < len(toks) && j-i <= maxBracketWords; j++ {
		if toks[j].s == ")" {
			return j + 1
		}
	}
	return i
}

// maxNameBytes is how much of a sentence's start actorBefore reads for
// its subject, and maxOpeningBytes how much more it reads when an opening
// phrase of at most maxOpeningWords tokens comes first.
const (
	maxNameBytes    = 80
	maxOpeningBytes = 80
	maxOpeningWords = 12
)

// reportingVerbs introduce a person's view in reported speech without
// being speech verbs of a quotation's own attribution.
var reportingVerbs = textutil.NewWordSet(`believes believed thinks thought says feels felt
	hopes hoped fears feared knows knew`)

// nameTail reports whether the run starting at toks[i] ends a longer name
// that a lower-case joiner split (the Board of Harbour Pilots):
// a body, not a person a pronoun stands for.
func nameTail(toks []attrToken, i int) bool {
	if i < 2 || !toks[i-2].capitalised() {
		return false
	}
	switch toks[i-1].lower() {
	case "on", "of", "for", "and":
		return true
	}
	return false
}

// isName reports whether the resolution r of a pronoun names someone once
// its link words are trimmed (And I is no name).
func isName(text string, r span.Span) bool {
	t := trimMention(text, r)
	return t.Len() > 0 && !isPronoun(t.Text(text))
}

// maxAppositiveBytes is how far after a name appositiveRole reads.
const maxAppositiveBytes = 200

// appositiveRole reads the role in apposition right after a name (Ann
// Hale, the chair of the harbour board, said → "chair of the harbour
// board"): a phrase after a comma that opens with a or the, with a
// lower-case noun for a person or an office (director of the port), or
// with a name's possessive (Tom Reed's spokeswoman), holds no speech verb
// and ends at a comma or at the end of the sentence (said Ann Hale, a
// retired pilot.).
func appositiveRole(text string, end int) string {
	if !strings.HasPrefix(text[end:], ", ") {
		return ""
	}
	toks := attrTokenize(text, end+2, min(len(text), end+2+maxAppositiveBytes))
	if len(toks) < 2 {
		return ""
	}
	from := 0
	switch t := toks[0]; {
	case t.s == "a" || t.s == "an" || t.s == "the":
		from = 1 // not The We Company, a name
	case t.word && !t.capitalised() && !t.in(linkWords) && (t.in(roleWords) || personNoun(t.lower())):
	case possessiveOpening(toks) > 0:
	default:
		return ""
	}
	for k := from; k < len(toks) && k <= maxAppositive; k++ {
		switch {
		case toks[k].s == "," || toks[k].s == ".":
			if k == from {
				return ""
			}
			if m := k + 1 + townStateWords(toks[k+1:]); toks[k].s == "," && m > k+1 && toks[k-1].capitalised() {
				k = m - 1 // a senator from Fenwick, Ohio,: the state goes with the town
				continue
			}
			return text[toks[from].start:toks[k-1].end()]
		case !toks[k].word || isVerbAt(toks, k) > 0 || toks[k].is("who"):
			return ""
		case toks[k].in(auxiliaries) || k > from && !toks[k].capitalised() && strings.HasSuffix(toks[k].s, "ed"):
			// According to Ann Hale, the pier is close to done, the
			// pier closed: a clause after the name, not its
			// apposition. Right after the article a word in -ed is an
			// adjective (a retired pilot).
			return ""
		}
	}
	return ""
}

// possessiveOpening returns how many capitalised words of a name's
// possessive open toks before another word (Tom Reed's spokeswoman,
// Hale's Democratic rival), or 0.
func possessiveOpening(toks []attrToken) int {
	for k := 0; k < len(toks)-1 && k < maxNameWords; k++ {
		if !toks[k].word || !toks[k].capitalised() {
			return 0
		}
		if isPossessive(toks[k].s) {
			if toks[k+1].word {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// isParticiple reports whether t is a lower-case word in -ing (boasting,
// speaking).
func isParticiple(t attrToken) bool {
	return t.word && !t.capitalised() && strings.HasSuffix(t.s, "ing") && len(t.s) > 4
}

// isAffiliation reports whether a capitalised word reads as a party or a
// nation before a role (Libertarian, Republican, Russian, Democratic,
// British), which is not a name by itself.
func isAffiliation(t attrToken) bool {
	w := t.lower()
	if t.in(roleWords) {
		return true
	}
	for _, suf := range []string{"an", "ic", "ish", "ese"} {
		if strings.HasSuffix(w, suf) && len(w) > 5 {
			return true
		}
	}
	return false
}

// maxDescriptionWords is the most words after the determiner of a
// description that opens a clause (the Republican presidential nominee).
const maxDescriptionWords = 5

// descriptionEnd returns where a description opening at toks[k] ends when
// it is the subject of the verb after it (The Harbour Board also voted,
// several harbour groups granted, his lawyers cited): a determiner, his,
// her or their included, up to maxDescriptionWords words, then a
// lower-case word that reads as a verb — a speech verb, a word ending in
// -ed, or an adverb or auxiliary before one. The head must be a person or
// a body, so that his plan drew … is none. It returns k when there is
// none.
func descriptionEnd(toks []attrToken, k int) int {
	if !toks[k].word || !toks[k].in(speakerDeterminers) {
		return k
	}
	j := k + 1
	for j < len(toks) && j-k <= maxDescriptionWords && toks[j].word &&
		(toks[j].capitalised() && !toks[j].in(speakerPronouns) || isDescriptionWord(toks[j])) {
		j++
	}
	if j == k+1 || j >= len(toks) || !toks[j].word || toks[j].capitalised() || isPossessive(toks[j-1].s) {
		return k
	}
	if head := toks[j-1]; !head.capitalised() && !personNoun(head.lower()) && !collectiveNouns.Has(strings.TrimSuffix(head.lower(), "s")) {
		return k // The app had a “…” feature: a thing, not who speaks
	}
	if readsAsVerb(toks[j-1:]) {
		return j
	}
	return k
}

// readsAsVerb reports whether the word after the head noun toks[0] reads
// as the verb of the phrase it ends: a speech verb, a word ending in -ed,
// is or was, or an adverb or auxiliary before one (the board voted, his
// aide also said, her doctor is calling).
func readsAsVerb(toks []attrToken) bool {
	if len(toks) < 2 || !toks[1].word || toks[1].capitalised() {
		return false
	}
	w := toks[1].lower()
	return speechVerbs.Has(w) || strings.HasSuffix(w, "ed") || speakerVerbFollowers.Has(w) || isAdverb(toks[1]) || w == "is" || w == "was"
}

// maxRoleWords is the most lower-case words of a role between a possessive
// and a name (Ann Hale's deputy campaign manager Tom Reed).
const maxRoleWords = 4

// isDescriptionWord reports whether a lower-case word may belong to a
// description (the city council) rather than be the verb after it (voted,
// will, said).
func isDescriptionWord(t attrToken) bool {
	w := t.lower()
	return t.word && !t.capitalised() && !strings.HasSuffix(w, "ed") && !speechVerbs.Has(w) &&
		!speakerVerbFollowers.Has(w) && !speakerStops.Has(w) && !speakerPronouns.Has(w)
}

// unlistedName reports whether toks may be a name whose first word is
// not on the list of first names (Kit Dale): it opens with no function
// word (Is Hale right?) and the document gives no other full name of that
// last word (Ann Hale … Did Hale know?).
func unlistedName(text string, toks []attrToken, names *nameIndex) bool {
	if toks[0].in(speakerStops) || toks[0].in(clauseOpeners) || toks[0].in(introWords) {
		return false
	}
	m := mentionOf(toks, 0, len(toks)).Text(text)
	full := names.of(toks[len(toks)-1].lower())
	for _, f := range full {
		if f == m {
			return true
		}
	}
	return len(full) == 0
}

// personPart returns the part of a speaker mention that tells who the
// person is: without a party tag in brackets after the name (Sen. Tom
// Reed (D-Maine)), without a lower-case role written before it (harbour
// widow Ada Lind), which says nothing of he or she, and without a
// description the name stands in apposition to (Ann Hale's spokesman, Tom
// Reed), whose words may be another person's.
func personPart(toks []attrToken) []attrToken {
	toks = dropBracketAfter(toks)
	if n := apposedName(toks); n > 0 {
		return toks[n:] // the mayor's brother, Kit
	}
	if len(toks) < 2 || toks[0].capitalised() || !toks[0].word || toks[0].in(speakerDeterminers) ||
		toks[0].in(speakerPronouns) || toks[0].in(possessivePronouns) {
		return toks
	}
	for k := 1; k < len(toks) && k <= maxRoleWords; k++ {
		if toks[k].capitalised() {
			if isNameRun(toks[k:]) {
				return toks[k:]
			}
			break
		}
		if !toks[k].word {
			break
		}
	}
	return toks
}

// opensApposition reports whether toks[c] is the comma of an apposition
// that describes the name before it (Kit Dale, a welder from
// Portmore, was …): a name so described opens its sentence as its subject.
func opensApposition(toks []attrToken, c int) bool {
	return c+1 < len(toks) && toks[c].s == "," && (toks[c+1].is("a") || toks[c+1].is("an") || toks[c+1].is("the"))
}

// holdsTitleWord reports whether a run of capitalised words holds a
// preposition or conjunction written with a capital, as the title of a law,
// a work or a body does (the Justice Against Storms Act), and no person's
// name.
func holdsTitleWord(toks []attrToken) bool {
	for _, t := range toks {
		if t.in(introWords) || t.is("and") || t.is("the") {
			return true
		}
	}
	return false
}

// nameRunStart returns where the run of capitalised words ending at toks[k]
// begins.
func nameRunStart(toks []attrToken, k int) int {
	for k > 0 && toks[k-1].capitalised() && !opensWithLink(toks, k-1) {
		k--
	}
	return k
}

// opensWithLink reports whether toks[i] is a word that introduces its
// sentence rather than begins a name (Although Ford had …, But Hale …):
// an introductory or link word after no other word.
func opensWithLink(toks []attrToken, i int) bool {
	return (toks[i].in(introWords) || toks[i].in(linkWords)) && (i == 0 || !toks[i-1].word)
}

// isUpperWord reports whether w is a word of three letters or more all in
// capitals (LUND), not an initial or an abbreviation with dots.
func isUpperWord(w string) bool {
	return len(w) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !strings.ContainsAny(w, ".-")
}
