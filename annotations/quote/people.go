package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// gender is what a pronoun needs of the person it stands for.
type gender int

// The genders a name or title tells.
const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// maleTitles and femaleTitles are words before a name that tell who the
// person is for he or she.
var (
	maleTitles = textutil.NewWordSet(`mr sir lord father king prince spokesman congressman
		chairman councilman brother uncle husband son widower nephew grandfather grandson
		boyfriend businessman`)
	femaleTitles = textutil.NewWordSet(`ms mrs miss lady madam sister queen princess
		spokeswoman congresswoman chairwoman councilwoman wife daughter mother aunt widow
		niece grandmother granddaughter girlfriend businesswoman actress`)
)

// titleGenderOf returns the gender the lower-case title w tells (mr, widow),
// or genderUnknown.
func titleGenderOf(w string) gender {
	switch {
	case maleTitles.Has(w):
		return genderMale
	case femaleTitles.Has(w):
		return genderFemale
	}
	return genderUnknown
}

// pronounGender returns the gender a pronoun asks for.
func pronounGender(pronoun string) gender {
	switch textutil.ToLower(pronoun) {
	case "he":
		return genderMale
	case "she":
		return genderFemale
	}
	return genderUnknown
}

// personGender tells the gender of a mention from its titles and its first
// name, or genderUnknown.
func personGender(toks []attrToken) gender {
	for k, t := range toks {
		if !t.word {
			continue
		}
		// The sets are asked of the token as written, without lowering
		// a copy: every mention's words come here.
		switch {
		case t.in(maleTitles):
			return genderMale
		case t.in(femaleTitles):
			return genderFemale
		}
		switch {
		case t.in(speakerTitles) || t.in(roleWords) || !t.capitalised() || strings.Contains(strings.TrimSuffix(t.s, "."), "."):
			// U.S. Attorney Peter Lund, P. Lund: initials and
			// dotted abbreviations tell no gender; the name after them
			// may.
			continue
		case k == len(toks)-1:
			// Hale said, Sen. Douglas said: a name alone is the family
			// name, which tells nothing, even when it is also a given
			// name (Douglas, Harold).
			return genderUnknown
		}
		return firstNameGender(t.s)
	}
	return genderUnknown
}

// roleWords are the words of titles and offices written before a name
// (Secretary of State, House Speaker, Air Force Gen.), kept apart from the
// name as the speaker's role.
var roleWords = textutil.NewWordSet(`secretary state house senate minority majority leader
	press white foreign defense defence treasury interior justice homeland security
	minister prime deputy vice assistant acting former interim president senator
	representative rep sen gov governor mayor chairman chairwoman chair speaker
	spokesman spokeswoman spokesperson chief executive officer director attorney
	general judge justice ambassador commissioner candidate nominee presidential
	republican democratic democrat gop campaign manager adviser advisor aide
	national council committee department u.s. us air force army navy marine
	corps lt gen col sgt capt maj adm admiral cmdr dr prof rev sheriff police
	detective sergeant inspector lieutenant captain constable trooper superintendent
	commander professor coach councilman councilwoman congressman congresswoman
	mr mrs ms miss sir lord lady`)

// rolePrepositions end the part of an office before a place or a body
// (ambassador to, envoy for, minister of): what follows them is the place,
// not yet the name.
var rolePrepositions = textutil.NewWordSet(`to for of at in`)

// honorifics are titles that say nothing of the office: they are dropped
// rather than shown as a role.
var honorifics = textutil.NewWordSet(`mr mrs ms miss`)

// splitRole splits a speaker as written into the title or office before
// the name and the name itself: "Secretary of State Ann Hale" gives
// "Secretary of State" and "Ann Hale". A description (the official, a
// spokesman for the ministry) is all name. A party tag in brackets after
// the name is dropped. Words over a line break or a conjunction before
// the name are no title and give no role.
func splitRole(s string) (role, name string) {
	s = strings.TrimRight(s, " ,;:")
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		s = strings.TrimRight(s[:i], " ,")
	}
	toks := attrTokenize(s, 0, len(s))
	if len(toks) > 0 && len(dropNicknames(s, toks)) < len(s)-toks[0].start {
		s = dropNicknames(s, toks)
		toks = attrTokenize(s, 0, len(s))
	}
	if len(toks) < 2 {
		return "", s
	}
	for k := 3; k < len(toks); k++ {
		if closeToHolder(toks, k) == 0 {
			return "", s // Sources close to Ann Hale: people near her, unnamed
		}
	}
	if toks[0].in(speakerDeterminers) || toks[0].in(possessivePronouns) {
		// A description (the official, his lawyer), unless a name
		// follows its person noun (his lawyer Tom Reed).
		if k := describedName(toks); k > 0 {
			role, name := strings.TrimRight(s[:toks[k].start], " ,"), s[toks[k].start:]
			if toks[k-1].s == "," {
				if r, n := splitRole(name); r != "" {
					// the army's spokesman, Brig. Gen. Tom Reed: the
					// name's own title is the role.
					return r, n
				}
				if toks[0].is("the") || toks[0].is("a") || toks[0].is("an") {
					// the chairman, Tom Reed: an apposition's role is
					// shown without its article, as appositiveRole does.
					role = role[toks[1].start:]
				}
			}
			return role, name
		}
		return "", s
	}
	// The name is the run of capitalised words at the end that are not
	// role words; a first name from the list starts it early (Crafty
	// Ann Hale → Ann Hale).
	start := len(toks)
	for start > 0 {
		t := toks[start-1]
		if t.is("for") && forBody(toks, start-1) {
			start-- // Growers for Fenwick: a body's name, not an office and a name
			continue
		}
		if !t.word || !(t.capitalised() || start < len(toks) && isNameJoiner(toks, start-1)) || t.in(roleWords) || t.is("for") {
			break // for ends an office's name (Minister for …)
		}
		if start < len(toks) && isPossessive(t.s) {
			break // Harbour Radio's Ann Hale: the owner is the role
		}
		start--
	}
	for k := start; k < len(toks)-1; k++ {
		if firstNameGender(toks[k].s) != genderUnknown {
			start = k
			break
		}
	}
	if start == 0 || start == len(toks) || !toks[start].capitalised() {
		return "", s // House of Cards: a name with a joiner, not a role
	}
	if toks[start-1].in(rolePrepositions) && firstNameGender(toks[start].s) == genderUnknown {
		// Portmore's envoy to Norland: the place ends the office, and
		// a description names no one; Portmore's envoy to Norland Kito
		// Varsan: the name comes after the place.
		if len(toks)-start <= 2 {
			return "", s
		}
		// Commissioner for Harbour Rights Kito Varsan: a name of an
		// unlisted first name is taken as its last two words.
		start = len(toks) - 2
	}
	if start == 1 && len(toks) == 2 && toks[0].capitalised() && !toks[0].in(speakerTitles) {
		return "", s // Harbour Weekly: one name, not an office and a name
	}
	name = s[toks[start].start:]
	role = strings.TrimRight(s[:toks[start].start], " ,")
	if c := strings.LastIndex(role, ", "); c >= 0 {
		// Portline's spokesman, Brig. Gen. Tom Reed: the name's own
		// title, after the description it stands in apposition to.
		role = role[c+2:]
	}
	switch {
	case honorifics.Has(textutil.ToLower(strings.TrimSuffix(role, "."))):
		role = ""
	case strings.IndexByte(role, '\n') >= 0 || introWords.HasFold(firstWord(role)):
		// A title is written with the name: words over a line break
		// before it are a headline or the end of another paragraph,
		// and a conjunction before it opens the clause (When Ann Hale
		// sees …).
		role = ""
	}
	return role, name
}

// forBody reports whether for at toks[f] joins a body's name (Growers
// for Fenwick, Voters for Clean Roads): every word before it capitalised and
// none a title or a role word, and at most two capitalised words after it,
// so that an office before a name (Envoy for Norland Kit Varo) is not one.
func forBody(toks []attrToken, f int) bool {
	if f == 0 || len(toks)-f-1 > maxForBodyTail || len(toks)-f-1 == 0 {
		return false
	}
	for _, t := range toks[:f] {
		if !t.word || !t.capitalised() || t.in(roleWords) || t.in(speakerTitles) || isPossessive(t.s) {
			return false
		}
	}
	return isNameRun(toks[f+1:])
}

// maxForBodyTail is the most words after for in a body's name that
// forBody takes (Growers for Fenwick County).
const maxForBodyTail = 2

// describedName returns where the name begins that ends the description
// toks, right after its lower-case person noun (his lawyer Tom Reed, the
// harbour's pilot Ann Hale), after an owner's possessive (the Gazette's
// Ann Hale, a full name) or in apposition after a comma (the board's
// chairman, Tom Reed; see closingDescription), or 0: the run of
// capitalised words at the end holds no determiner and follows no
// preposition (a spokesman for Ann Hale is not Ann Hale).
func describedName(toks []attrToken) int {
	k := len(toks)
	for k > 1 && toks[k-1].word && toks[k-1].capitalised() && (k == len(toks) || !isPossessive(toks[k-1].s)) {
		k--
	}
	apposed := k < len(toks) && k >= 3 && toks[k-1].s == "," && closingDescription(toks[:k-1]) // the board's chairman, Tom Reed
	owned := k < len(toks) && k >= 2 && k < len(toks)-1 && isPossessive(toks[k-1].s)           // the Gazette's Ann Hale
	if !apposed && !owned && (k == len(toks) || k < 2 || !toks[k-1].word || toks[k-1].capitalised() || !roleNouns.Has(toks[k-1].lower())) {
		return 0
	}
	for _, t := range toks[k:] {
		if t.in(speakerDeterminers) || t.in(speakerPronouns) {
			return 0
		}
	}
	return k
}

// dropNicknames returns the name that toks, tokens of s up to its end,
// spell, without a nickname in quotation marks between them (Ana "Annie"
// Ruiz → Ana Ruiz), which the tokens leave out: one person, one name.
func dropNicknames(s string, toks []attrToken) string {
	name := s[toks[0].start:]
	for k := 1; k < len(toks); k++ {
		if strings.ContainsAny(s[toks[k-1].end():toks[k].start], quoteMarkChars) {
			return s[toks[0].start:toks[k-1].end()] + " " + dropNicknames(s, toks[k:])
		}
	}
	return name
}

// timeExpressions begin a mention that is a time, not a speaker (Friday
// morning, Sunday).
var timeExpressions = textutil.NewWordSet(`monday tuesday wednesday thursday friday saturday
	sunday today yesterday tonight tomorrow morning afternoon evening night week
	weekend month year earlier later now last next`)

// subjectPronouns are the subject pronouns as written, so that a
// mention opening with one is told from IT manager or HE Ambassador.
var subjectPronouns = textutil.NewWordSet(`I he she it we they you He She It We They You`)

// introWords begin a phrase that introduces a sentence rather than names
// who spoke (In closing, After Hale, Of Brandt, Still).
var introWords = textutil.NewWordSet(`in after of at on for with from by to during before since
	without into about over under between against through although though
	because while when if asked pressed speaking writing amid amidst among despite
	unlike throughout toward towards upon via`)

// linkWords open a sentence before its subject (But Hale said, Still, Hale
// said): they are trimmed off a mention, not part of the name.
var linkWords = textutil.NewWordSet(`but and so yet still however meanwhile then thus instead
	now also or nor as separately additionally similarly likewise finally elsewhere
	afterwards afterward moreover furthermore besides nevertheless nonetheless indeed
	again otherwise accordingly consequently therefore hence sometimes often occasionally
	usually typically generally`)

// trimMention drops the link words and commas that open a mention (But
// Hale → Hale), and a time that opens the sentence before a name
// (Thursday Hale → Hale), leaving the span empty when nothing is left.
func trimMention(text string, m span.Span) span.Span {
	for m.Len() > 0 {
		i := m.Start
		for i < m.End && textutil.ASCIIAlnum[text[i]&0x7f] && text[i] < utf8.RuneSelf {
			i++
		}
		if i == m.Start || i == m.End {
			return m
		}
		w := text[m.Start:i]
		for i < m.End && (text[i] == ' ' || text[i] == ',') {
			i++
		}
		// A time word before a capitalised word is the sentence's
		// opening adverb (Thursday Hale said), not a name's first word.
		isTime := timeExpressions.HasFold(w) && opensSentence(text, m.Start) && unicode.IsUpper(rune(byteAt(text, i)))
		if !linkWords.HasFold(w) && !isTime {
			return m
		}
		m.Start = i
	}
	return m
}

// bareWords are single words that name nobody (the, That, it, some).
var bareWords = textutil.NewWordSet(`the a an that this these those it its some many few several
	most all both none each either neither other others such there here who what
	which also one first last`)

// emptyAfterDeterminer are the words that leave a description without a
// noun (the first, the same, the other).
var emptyAfterDeterminer = textutil.NewWordSet(`first second third last next same other former
	latter rest people`)

// possessivePronouns open a phrase that is a speaker only when it names a
// person by role (his spokesman), not a thing (his series of tweets).
var possessivePronouns = textutil.NewWordSet(`his her its their our my your`)

// roleNouns end a description that stands for a person or a body that
// speaks (her spokesman, the Hale campaign, Acme's lawyer).
var roleNouns = textutil.NewWordSet(`spokesman spokeswoman spokesperson spokespeople aide aides
	adviser advisers advisor lawyer lawyers attorney attorneys wife husband son
	daughter mother father brother sister friend friends campaign office staff
	team family spokesmen representative representatives official officials
	statement ministry department agency company firm counsel secretary
	colleague colleagues partner chief leader leaders allies supporters
	critics organisers organizers told authorities experts witnesses researchers
	executive executives judge judges candidate candidates delegate delegates coach
	host hosts victim victims person man girl girls boy boys child children kid kids
	teen teens mom dad guy nurse nurses priest bishop pilot pilots cop cops board
	operative operatives staffers buddy pal neighbour neighbor classmate roommate
	boyfriend girlfriend fiance fiancee cousin uncle aunt niece nephew grandmother
	grandfather grandson granddaughter stepfather stepmother source sources rep reps
	chair boss deputy envoy dean principal captain
	expert`)

// personSuffixes end nouns for people (strategist, lawyer, director,
// chairman, assistant, president, politician, appointee).
var personSuffixes = []string{"ist", "er", "or", "man", "woman", "ant", "ent", "ian", "ee"}

// personNoun reports whether w reads as a noun for a person or a body
// that speaks: a role noun from the list, or one of the person suffixes,
// singular or plural.
func personNoun(w string) bool {
	w = trimPossessive(w)
	// mother-in-law, brothers-in-law: the kin the compound starts with.
	if k := strings.Index(w, "-in-law"); k > 0 {
		w = w[:k]
	}
	if roleNouns.Has(w) {
		return true
	}
	if len(w) <= 4 {
		return false
	}
	w = strings.TrimSuffix(w, "s")
	for _, suf := range personSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return w == "men" || strings.HasSuffix(w, "women") || strings.HasSuffix(w, "smen")
}

// documentNouns are texts that speak for their owner (Ann Hale's brief
// said, her lawsuit claims): a possessive before one names a speaker.
var documentNouns = textutil.NewWordSet(`brief briefs filing filings lawsuit suit complaint
	motion letter memo report affidavit testimony petition appeal
	tweet tweets post posts email emails e-mail message messages note op-ed essay column`)

// captionWords mark a photo credit or caption mistaken for a name.
var captionWords = textutil.NewWordSet(`photo photos image images credit caption getty file`)

// cutAbbreviations are abbreviations that cannot end a name: a speaker
// ending in one was cut at its dot (Ana Ruiz of St). Written in lower
// case, rep is a noun that does end one (Ann Hale's rep).
var cutAbbreviations = textutil.NewWordSet(`st mt ft gen sen rep gov lt col sgt capt dr prof`)

// plausibleMention reports whether text[m] is a clean mention of a
// speaker: not a time or an introductory phrase, not a bare word, not a
// fragment ending in a possessive's object, not a caption, not a name cut
// at an abbreviation. The rules are about the shape of the words, not
// about any one name.
func plausibleMention(text string, m span.Span) bool {
	if strings.IndexByte(text[m.Start:m.End], '\n') >= 0 {
		return false // a name does not run over a line break
	}
	toks := dropBracketAfter(attrTokenize(text, m.Start, m.End))
	words := toks[:0] // the words only, in place
	for _, t := range toks {
		if t.word {
			words = append(words, t)
		}
	}
	toks = words
	if len(toks) == 0 {
		return false
	}
	first := toks[0].lower()
	last := toks[len(toks)-1]
	switch {
	case len(toks) == 1 && isPronoun(subjectForm(toks[0].s)):
		return true
	case subjectPronouns.Has(toks[0].s) && heNameEnd(text, toks[0].start) < 0:
		return false // It cautions: a pronoun and its verb, no name
	case timeExpressions.Has(first), introWords.Has(first):
		return false
	case len(toks) == 1 && (bareWords.Has(first) || linkWords.Has(first)):
		return false
	case last.in(cutAbbreviations) && last.capitalised() && !strings.HasSuffix(last.s, "."):
		return false
	case strings.HasSuffix(last.s, ".") && last.in(cutAbbreviations) && len(toks) > 1:
		return false
	}
	for _, t := range toks {
		if t.in(captionWords) && t.capitalised() || isCreditSlash(t.s) {
			return false
		}
	}
	if speakerDeterminers.Has(first) || bareWords.Has(first) {
		rest := 0
		for _, t := range toks[1:] {
			if !t.in(emptyAfterDeterminer) {
				rest++
			}
		}
		if rest == 0 {
			return false
		}
	}
	for k, t := range toks[:len(toks)-1] {
		// Hale's plan, his series of tweets: a thing, unless the phrase ends
		// in who speaks for the owner (Hale's spokesman, his lawyer, her
		// side).
		if (isPossessive(t.s) || k == 0 && t.in(possessivePronouns)) && !personNoun(last.lower()) && !last.in(sideNouns) && !last.capitalised() && !last.in(documentNouns) &&
			!(k == len(toks)-2 && strings.HasSuffix(last.s, "s")) {
			return false
		}
	}
	if len(toks) == 1 && !last.capitalised() {
		// officials, critics: a plural or a role; pressed, it: no speaker.
		return roleNouns.Has(first) || strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss")
	}
	if len(toks) == 1 && strings.HasSuffix(first, "ed") && opensSentence(text, m.Start) &&
		!textutil.IsSpaceRune(rune(byteAt(text, m.End))) && !endsNameBefore(text, toks[0].s, m.Start) && !describedAfter(text, m.End) {
		return false // Pressed, Hale said: a verb opening the sentence
	}
	if !anyCapitalised(toks) && !speakerDeterminers.Has(first) && !possessivePronouns.Has(first) {
		// a lower-case fragment with no determiner and no name, but
		// for a group or a poll's share (63 percent)
		return last.in(roleNouns) || strings.HasSuffix(last.s, "s") || len(toks) == 2 && startsWithDigit(first) && last.is("percent")
	}
	return true
}

// dropBracketAfter returns toks without an aside in brackets that closes
// them (Ann Hale (no relation), Sen. Tom Reed (D-Maine)): it tells about
// the person, and the mention's last word is the one before it.
func dropBracketAfter(toks []attrToken) []attrToken {
	n := len(toks)
	if n < 3 || toks[n-1].s != ")" {
		return toks
	}
	for k := n - 2; k > 0; k-- {
		if toks[k].s == "(" {
			return toks[:k]
		}
	}
	return toks
}

// describedAfter reports whether a relative clause or an age follows the
// comma at byte end (Reed, who chairs the board, …; Reed, 61, …): what
// stands before it is a person, not a verb opening the sentence.
func describedAfter(text string, end int) bool {
	t, ok := strings.CutPrefix(text[end:], ",")
	if !ok {
		return false
	}
	w := firstWord(strings.TrimLeftFunc(t, unicode.IsSpace))
	w = strings.TrimRight(w, ",")
	return w == "who" || w == "whose" || w != "" && startsWithDigit(w)
}

// nameReach is how many bytes before a mention endsNameBefore searches.
const nameReach = 4000

// endsNameBefore reports whether the word w ends a name of two
// capitalised words or more in the text shortly before byte pos (Tom Reed
// … Reed, who runs the port, said): then w opening a sentence is that
// name, not a verb in -ed (Pressed, Hale said).
func endsNameBefore(text, w string, pos int) bool {
	lo := max(0, pos-nameReach)
	for i := lo; i < pos; {
		k := strings.Index(text[i:pos], w)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(w)
		if at < 2 || text[at-1] != ' ' || i < len(text) && isQuoteWordRune(rune(text[i])) {
			continue
		}
		b := at - 1
		for b > lo && isQuoteWordRune(rune(text[b-1])) {
			b--
		}
		if r, _ := utf8.DecodeRuneInString(text[b:]); b < at-1 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isCreditSlash reports whether a word joins two names by a slash, as a
// photo credit does (AP/Reuters), unlike a date (9/11).
func isCreditSlash(w string) bool {
	i := strings.IndexByte(w, '/')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(w[:i])
	b, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLetter(a) && unicode.IsLetter(b)
}

// opensSentence reports whether byte i starts a sentence: only space
// after a sentence end or the text's start before it.
func opensSentence(text string, i int) bool {
	t := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	return t == "" || strings.ContainsAny(t[len(t)-1:], ".?!") || strings.Contains(text[len(t):i], "\n")
}

// byteAt returns text[i], or 0 past the end.
func byteAt(text string, i int) byte {
	if i < len(text) {
		return text[i]
	}
	return 0
}

// anyCapitalised reports whether one of toks starts with a capital.
func anyCapitalised(toks []attrToken) bool {
	for _, t := range toks {
		if t.capitalised() {
			return true
		}
	}
	return false
}

// isScareQuote reports whether a short quotation is a title or a scare
// quote rather than a remark: every word capitalised (“Face the Nation”,
// “The Apprentice”), so that it is never given a speaker.
func isScareQuote(text string, q *Quote) bool {
	words := 0
	for _, t := range attrTokenize(q.Text, 0, len(q.Text)) {
		if !t.word {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(t.s); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return words > 0 && strings.ToUpper(q.Text) != q.Text
}

// isPersonName reports whether a speaker names a person or a body by name
// (Ann Hale, Hale, the Harbour Authority is not: it has a determiner).
func isPersonName(toks []attrToken) bool {
	if len(toks) == 0 || len(toks) > 6 {
		return false
	}
	for k, t := range toks {
		if !t.word {
			if t.s == "." || t.s == "-" {
				continue
			}
			return false
		}
		if !t.capitalised() && !isNameJoiner(toks, k) {
			return false
		}
	}
	return true
}

// canonicalise gives every person one name within the document: a short
// form (Hale, Ms. Hale, a resolved she) becomes the fullest form of the
// same person the document writes, a speaker's own or a name the text
// gives with a first name from the list (Ann Hale). A short form that could
// be two people (Hale, with Tom Hale and Ann Hale both
// named) is left as it is unless a title tells them apart.
func canonicalise(text string, quotes []Quote, names *nameIndex) {
	full := names.all()
	seen := make(map[string]bool, len(quotes))
	for _, q := range quotes {
		if isNamed(q.Speaker) && !seen[q.Speaker] {
			seen[q.Speaker] = true
			addFullName(full, q.Speaker)
		}
	}
	// A person is named the same way many times: each (name, gender)
	// is worked out once.
	type key struct {
		name string
		g    gender
	}
	done := make(map[key]string, len(seen))
	for i := range quotes {
		q := &quotes[i]
		if !isNamed(q.Speaker) {
			continue
		}
		g := genderUnknown
		if m := q.SpeakerMention; m.Len() > 0 && !strings.Contains(q.Speaker, " ") {
			// Only a last name alone (Hale) needs the title's gender
			// (Ms. Hale), or the pronoun's (he), to tell two people of
			// one name apart.
			if p := subjectForm(trimPossessive(m.Text(text))); isPronoun(p) {
				g = pronounGender(p)
			} else {
				g = personGender(attrTokenize(text, m.Start, m.End))
			}
		}
		k := key{q.Speaker, g}
		if c, ok := done[k]; ok {
			q.Speaker = c
			continue
		}
		sp := q.Speaker
		if g == genderUnknown && !strings.Contains(sp, " ") && names.otherInitialled(sp, full[textutil.ToLower(sp)]) {
			// Hale, with Nora Hale and O.J. Hale named: either; with
			// O.J. Hale alone, him.
			if f := initialledFull(text, sp, full[textutil.ToLower(sp)], g); f != "" {
				q.Speaker = f
			}
			done[k] = q.Speaker
			continue
		}
		q.Speaker = fullestName(full, names.titled, sp, g)
		if q.Speaker == sp && g == genderUnknown && !strings.Contains(sp, " ") {
			if f := pronounedFull(full, names, sp); f != "" {
				q.Speaker = f
			}
		}
		if q.Speaker == sp && !strings.Contains(sp, " ") && len(full[textutil.ToLower(sp)]) == 0 {
			// Wang, after Wang Fang: no name ends in the word, but one
			// begins with it, as a family name written first does.
			if f := surnameFirstFull(text, sp); f != "" {
				q.Speaker = f
			} else if f := introducedFull(text, sp); f != "" {
				q.Speaker = f
			} else if f := unlistedFull(text, sp, g); f != "" {
				q.Speaker = f
			} else if f := forwardFull(text, sp, names); f != "" {
				q.Speaker = f
			}
		}
		done[k] = q.Speaker
	}
}

// maxGivenWords is the most words of a given name written after the family
// name (Park Min Jun).
const maxGivenWords = 2

// surnameFirstFull returns the full name the text writes for a person it
// also calls by the single word sp when sp is a family name written first
// (Wang Fang … Wang said): sp and up to maxGivenWords capitalised words
// after it, where sp is a family name of the list or the run follows a
// title or office (spokesman Tan Wei), and not a determiner or preposition
// (the Park Service, on Park Avenue), at least once. A Western name ends in
// the word it is shortened to and is not looked for here. It returns ""
// when the text writes no such name, or two different ones.
func surnameFirstFull(text, sp string) string {
	r, _ := utf8.DecodeRuneInString(sp)
	if !unicode.IsUpper(r) || isPronoun(sp) {
		return ""
	}
	listed := surnamesFirst.HasFold(sp)
	letters := isASCIILetters(sp)
	found, ok := "", false // the one full name, and whether a use reads as a name
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], sp+" ")
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(sp)
		if at > 0 && wordBefore(text, at) {
			continue
		}
		if letters {
			// sp of letters alone is its own token; a word after it that
			// opens with a lower-case letter (but for an article, al-Noor)
			// or a digit is no given name (Wang said), and the loop below
			// would find none: told before tokenizing.
			e := i + 1
			for e < len(text) && text[e] < utf8.RuneSelf && textutil.IsSpaceRune(rune(text[e])) {
				e++
			}
			if e < len(text) && (text[e] >= 'b' && text[e] <= 'z' && text[e] != 'e' || text[e] >= '0' && text[e] <= '9') {
				continue
			}
		}
		toks := attrTokenize(text, at, min(len(text), at+maxNameBytes))
		j := 1
		for j < len(toks) && j <= maxGivenWords && toks[j].capitalised() && !toks[j].in(roleWords) {
			j++
			if isPossessive(toks[j-1].s) {
				break
			}
		}
		if j == 1 || j < len(toks) && toks[j].capitalised() && !isPossessive(toks[j-1].s) {
			continue // no given name, or a longer run: a headline
		}
		name := trimPossessive(text[at:toks[j-1].end()])
		if found != "" && found != name {
			return "" // two people, or a person and a place
		}
		found = name
		before := attrTokenize(text, max(0, at-maxTitleBytes), at)
		if n := len(before); n > 0 && before[n-1].word {
			p := before[n-1]
			ok = ok || !p.in(speakerDeterminers) && !p.in(introWords) && (listed || p.in(roleWords) || p.in(speakerTitles))
		} else {
			ok = ok || listed
		}
	}
	if !ok {
		return ""
	}
	return found
}

// introducedFull returns the full name the text introduces a person by
// whom it then calls by the last name sp alone, when the first name is
// not on the lists (Kito Varsan, a harbour pilot, … Varsan said): one or
// two capitalised given words and initials right before sp that read as
// a person's, because a title or a noun for a person comes before them
// (harbour pilot Kito Varsan, Gov. Kito Varsan., Pilot Kito Varsan said
// at the sentence's start), an apposition after them (Kito Varsan, 54,
// …; Kito Varsan, the pilot, …), or they open a sentence as the speaker
// (see opensAsSubject).
// It returns "" when the text introduces no such name, or two different
// ones.
func introducedFull(text, sp string) string {
	found := ""
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], sp)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(sp)
		if at < 2 || text[at-1] != ' ' || i < len(text) && !strings.HasPrefix(text[i:], ",") && !strings.HasPrefix(text[i:], " ") && !introducedEnd(text, i) {
			continue
		}
		from := max(0, at-maxTitleBytes)
		if w, ok := lastPlainWord(text[from : at-1]); ok && !isUpperASCII(w[:1]) {
			// A lower-case word before it is no given name: told
			// without tokenizing, at each place the text writes sp.
			continue
		}
		before := attrTokenize(text, from, at-1)
		n := len(before)
		start := givenWordsStart(before, at, givenWord)
		next := at
		if start < n {
			next = before[start].start
		}
		if start == n || before[start].s[len(before[start].s)-1] == '.' {
			continue // no given name, or an initial alone (J. Varsan)
		}
		if w := before[start].lower(); start < n-1 && opensSentence(text, next) && firstNameGender(before[start].s) == genderUnknown &&
			(roleNouns.Has(w) || strings.HasSuffix(w, "ist") || personNoun(w) && strings.Contains(text, " "+w+" ")) {
			// Archaeologist Kito Varsan said: a noun for a person
			// (one the text also writes in lower case, if only its
			// ending tells), capitalised to open the sentence, is the
			// title.
			start++
			next = before[start].start
		}
		titled := start > 0 && before[start-1].end()+1 == next && before[start-1].word &&
			(before[start-1].in(speakerTitles) || before[start-1].in(roleNouns) ||
				personNoun(before[start-1].lower()) && (!before[start-1].capitalised() || opensSentence(text, before[start-1].start)))
		if !titled && !apposed(text, i) && !opensAsSubject(text, next, i) {
			continue
		}
		name := text[next:i]
		if found != "" && found != name {
			return "" // two people of one last name, or a name and a place
		}
		found = name
	}
	return found
}

// compassWords open the name of a region (Northern Portmore, West
// Lund), never a person's given name.
var compassWords = textutil.NewWordSet(`north south east west northern southern eastern western
	central upper lower greater`)

// givenWord reports whether t may be a given name or an initial before a
// last name: capitalised, and none of the words that open a sentence,
// stand for an office or a party, or make a possessive (Harbour's Varsan),
// nor an abbreviation in capitals (QB Varsan).
func givenWord(t attrToken) bool {
	if !t.capitalised() || isPossessive(t.s) || isAffiliation(t) || t.in(speakerTitles) || t.in(honorifics) || t.in(placeOpeners) || t.in(compassWords) || len(t.s) > 1 && isUpperASCII(t.s) {
		return false
	}
	for _, set := range []*textutil.WordSet{linkWords, introWords, timeExpressions, bareWords, subjectPronouns, speakerDeterminers, possessivePronouns} {
		if t.in(set) {
			return false
		}
	}
	return true
}

// introducedEnd reports whether text[i:] ends a sentence right after a
// name (… led by Gov. Kito Varsan.), as an introduction may.
func introducedEnd(text string, i int) bool {
	rest := text[i:]
	return strings.HasPrefix(rest, ". ") || strings.HasPrefix(rest, ".\n") || rest == "."
}

// opensAsSubject reports whether the name text[start:end] opens its
// sentence as the subject of a speech verb (Kito Varsan told the board,
// Kito Varsan and Ann Hale told the board), before where the person is
// from (Kito Varsan of Portmore said, Kito Varsan from the pier crew) or
// a relative clause (Kito Varsan, who runs the pier): the way news
// writing brings in a person who speaks. Another verb tells nothing
// (Norland Varsan won the regatta: a place's crew, maybe).
func opensAsSubject(text string, start, end int) bool {
	if !opensSentence(text, start) {
		return false
	}
	if strings.HasPrefix(text[end:], ", who ") {
		return true
	}
	toks := attrTokenize(text, end, min(len(text), end+maxPairBytes))
	if len(toks) > 2 && toks[0].is("and") {
		// Kito Varsan and Ann Hale told the board: two people
		// brought in together.
		k := 1
		for k < len(toks) && k <= maxNameWords && toks[k].word && toks[k].capitalised() {
			k++
		}
		if k == 1 || k == len(toks) {
			return false
		}
		toks = toks[k:]
	}
	return len(toks) > 0 && (isVerbAt(toks, 0) > 0 || toks[0].in(originPrepositions))
}

// originPrepositions say where a person named before them is from or
// works (Kito Varsan of Portmore, Kito Varsan from the harbour board).
var originPrepositions = textutil.NewWordSet(`of from`)

// maxPairBytes is how far after a name opensAsSubject reads for its verb:
// past a second name joined with and.
const maxPairBytes = 60

// apposed reports whether the text at byte i, right after a name, opens
// an apposition about a person: a comma and then an age, a lower-case
// word or a determiner (Kito Varsan, 54; Kito Varsan, a pilot; Kito
// Varsan, chief pilot at …).
func apposed(text string, i int) bool {
	if !strings.HasPrefix(text[i:], ", ") || i+2 >= len(text) {
		return false
	}
	c := text[i+2]
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.HasPrefix(text[i+2:], "A ") || strings.HasPrefix(text[i+2:], "The ")
}

// surnameFirstSpeaker returns the one speaker of speakers whose name is
// the family name sp written first with a given name after it (Wang Fang
// for Wang), or sp when there is none or more than one.
func surnameFirstSpeaker(speakers map[string]string, sp string) string {
	found := ""
	for name := range speakers {
		rest, ok := strings.CutPrefix(name, sp+" ")
		if !ok || strings.Count(rest, " ") >= maxGivenWords {
			continue
		}
		if found != "" {
			return sp
		}
		found = name
	}
	if found == "" {
		return sp
	}
	return found
}

// maxTitleBytes is how far before a name surnameFirstFull reads for the
// word before it.
const maxTitleBytes = 40

// nameKey is the key a person's names share: the last word, lower-case,
// without a possessive.
func nameKey(toks []attrToken) string {
	return textutil.ToLower(trimPossessive(toks[len(toks)-1].s))
}

// addFullName records name among the full names of the document when it
// is a person's name of two words or more.
func addFullName(full map[string][]string, name string) {
	addFullNameToks(full, name, attrTokenize(name, 0, len(name)))
}

// addFullNameToks is addFullName for a name already split into toks.
func addFullNameToks(full map[string][]string, name string, toks []attrToken) {
	if len(toks) < 2 || !isPersonName(toks) {
		return
	}
	k := nameKey(toks)
	for _, n := range full[k] {
		if n == name {
			return
		}
	}
	full[k] = append(full[k], name)
}

// documentNames finds the names the text gives with a first name from the
// list (Ann Hale, Tom Reed), keyed by their last word. It looks only at
// the capitalised words of the text and tokenizes a short window after a
// first name, which keeps it cheap on long documents.
func documentNames(text string) (full map[string][]string, titled map[string]gender) {
	full, titled = map[string][]string{}, map[string]gender{}
	seen := map[string]bool{}
	for i := 0; i < len(text); {
		// A full name opens with an ASCII capital: the lower-case
		// prose between is passed over eight bytes at a time.
		if i = textutil.IndexCapital(text, i); i == len(text) {
			break
		}
		if i > 0 && wordBefore(text, i) {
			i++
			continue
		}
		e := i + 1
		for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
			e++
		}
		n := e
		for n < len(text) && text[n] == ' ' {
			n++
		}
		if n == e || n >= len(text) || text[n] < 'A' || text[n] > 'Z' || firstNameGender(text[i:e]) == genderUnknown {
			i = e // no capital follows: no full name starts here
			continue
		}
		// The capitalised words after the first name, one space apart,
		// up to a role word, a possessive, a line break or maxNameWords.
		words, end := 1, e
		for words < maxNameWords+1 {
			w := end
			if w+1 >= len(text) || text[w] != ' ' || text[w+1] < 'A' || text[w+1] > 'Z' {
				break
			}
			x := w + 1
			for x < len(text) {
				if c := text[x]; c < utf8.RuneSelf {
					if !textutil.ASCIIAlnum[c] && c != '.' && c != '-' && c != '\'' {
						break
					}
					x++
					continue
				}
				// Schröder, Núñez: a letter outside ASCII is the name's too.
				r, size := utf8.DecodeRuneInString(text[x:])
				if !unicode.IsLetter(r) {
					break
				}
				x += size
			}
			if roleWords.HasFold(strings.TrimSuffix(text[w+1:x], ".")) {
				break
			}
			words, end = words+1, x
			if isPossessive(text[w+1:x]) || text[x-1] == '.' && !isNameAbbrev(text[w+1:x-1]) {
				break // Hale's plan; Ann Hale. The board …: the sentence ends
			}
		}
		if words > 1 && words <= maxNameWords {
			// A longer run of capitals is a headline, not a name.
			name := strings.TrimRight(trimPossessive(text[i:end]), ".")
			if last := name[strings.LastIndexByte(name, ' ')+1:]; len(last) > 1 && !seen[name] {
				seen[name] = true
				addFullName(full, name)
			}
			if titled[name] == genderUnknown {
				titled[name] = titleBefore(text, i)
			}
		}
		i = end
	}
	return full, titled
}

// titleBefore returns the gender the word right before byte i tells, on
// the same line and one space before it (harbour widow Terry Lund, Mrs.
// Ann Hale), or genderUnknown: in the son of Ann Hale the title is
// someone else's.
func titleBefore(text string, i int) gender {
	if i < 2 || text[i-1] != ' ' {
		return genderUnknown
	}
	from := max(0, i-1-maxTitleBytes)
	if w, ok := lastPlainWord(text[from : i-1]); ok && !maleTitles.HasFold(w) && !femaleTitles.HasFold(w) {
		// documentNames asks at each full name, and most follow a word
		// that is no title: told without tokenizing the window.
		return genderUnknown
	}
	toks := attrTokenize(text, from, i-1)
	if len(toks) == 0 || !toks[len(toks)-1].word || toks[len(toks)-1].end() != i-1 {
		return genderUnknown
	}
	return titleGenderOf(toks[len(toks)-1].lower())
}

// lastPlainWord returns the word of ASCII letters that ends s, or ends it
// before a dot, when a space or s's start comes before it: the last token
// of s is then that word, with the dot when it is an abbreviation's, or
// the dot alone. It returns false for any other end of s, which only the
// tokens tell.
func lastPlainWord(s string) (string, bool) {
	s = strings.TrimSuffix(s, ".")
	i := len(s)
	for i > 0 && isASCIILetters(s[i-1:i]) {
		i--
	}
	if i == len(s) {
		return "", false
	}
	if i > 0 {
		if c := s[i-1]; c >= utf8.RuneSelf || !textutil.IsSpaceRune(rune(c)) {
			return "", false // a joiner, a digit or another letter: more of the word
		}
	}
	return s[i:], true
}

// wordBefore reports whether a letter or digit ends text[:i], so that byte
// i does not start a word.
func wordBefore(text string, i int) bool {
	if c := text[i-1]; c < utf8.RuneSelf {
		return textutil.ASCIIAlnum[c]
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return isQuoteWordRune(r)
}

// nameIndex is a document's full names by last word (see
// documentNames), found the first time they are asked for: many documents
// never need them.
type nameIndex struct {
	text  string
	built bool
	full  map[string][]string
	// labels counts, by the words before its first colon, the lines
	// that open with a label (Ada Lind: …), built on first use.
	labels map[string]int
	// speaking holds, by its lower-case form, each one-word name the
	// document writes right before or after a speech verb (Hale said,
	// said Hale), and proper each word it capitalises after a
	// lower-case word, inside a sentence; both built on first use.
	speaking, proper map[string]bool
	// titled holds, by full name, the gender the word written right
	// before the name tells (harbour widow Terry Lund).
	titled map[string]gender
	// initialled holds, by its lower-case form, each capitalised word
	// the document writes right after initials, with the first letter of
	// the initials (O.J. Hale gives hale: O): a family name borne by
	// someone whose first name tells no gender, built with speaking.
	initialled map[string]byte
	// said counts, by its lower-case form, the times a capitalised word
	// right before a speech verb is followed by he and by she (Hale said
	// she …), built with speaking: the gender the document itself gives
	// a name no list tells.
	said map[string][2]int
	// tails holds, by its lower-case form, each word the document writes
	// after another capitalised word (Pat Varo gives varo): a family
	// name, even when the first name is no listed one; built with
	// speaking.
	tails map[string]bool
	// bodies holds, by its lower-case form, the last word of each name
	// the document writes as a body's: before ", which" (Harbour Radio,
	// which …) or after a spokesman for (a spokeswoman for Portline).
	bodies map[string]bool
	// persons holds, by its lower-case form, the last word of each name
	// the document writes before ", who" (Lind, who chairs the board) or
	// an age between commas (Lind, 71, of Portmore): a person's, built
	// with speaking.
	persons map[string]bool
	// next counts, by the last word of a name that opens a sentence, the
	// sentences after it that open with he and with she (see
	// nextGender), built on first use.
	next map[string][2]int
	// resolveToks, lastToks and openingToks are the token lists that
	// resolvePronoun, lastAttribution and openingSubject last filled,
	// kept for their next call: each reads up to pronounReach bytes for
	// every pronoun, and reusing its list spares making and clearing a
	// new one each time. None of them calls itself or another of them,
	// and none keeps the tokens past its return.
	resolveToks, lastToks, openingToks []attrToken
	// places holds, by the lower-case ASCII word, where the document
	// writes it in any case (see placesOf), and mayHold what mayStand
	// answered of a fact of a word.
	places  map[string][]int
	mayHold map[factWord]bool
	// lowersToASCII tells whether the document holds a capital that
	// lowers to an ASCII letter (see foldsASCII), once foldsRead.
	foldsRead, lowersToASCII bool
	// speakerFit holds, by pronoun and speaker, what speakerFits found.
	speakerFit map[[2]string]speakerFit
	// bound holds, while attribute resolves one pronoun, the lower-case
	// last words of the names its own sentence writes after it (see
	// namesAfter), which that pronoun cannot stand for.
	bound map[string]bool
}

// titleGender returns the gender a title written right before the full
// name tells where the document names the person (harbour widow Terry
// Lund, Mrs. Ann Hale), or genderUnknown: a title outweighs a first name
// that is given to both sexes.
func (x *nameIndex) titleGender(full string) gender {
	x.all()
	return x.titled[full]
}

// speaks reports whether the one-word name w is written as the subject of
// a speech verb somewhere in the document (Hale said, said Hale) and is
// capitalised inside a sentence too: a last name the document uses alone
// for a person who speaks, even when it never gives the name in full; a
// common noun that opens a sentence (Police say) is none.
func (x *nameIndex) speaks(w string) bool {
	w = textutil.ToLower(w)
	if x.speaking == nil && !x.maySpeak(w) {
		return false // a name never written beside a speech verb
	}
	x.buildSpeaking()
	return x.speaking[w] && x.proper[w]
}

// maySpeak reports whether the document may write the lower-case word lw
// alone right before or after a speech verb, as buildSpeaking records in
// speaking; false only where it surely does not. The verb, all ASCII
// letters, is the word's token neighbour across spaces, unless a
// nickname the tokenizer passes over stands between; a word written in
// lower case there, or with a capitalised word on its other side, is no
// name alone.
func (x *nameIndex) maySpeak(lw string) bool {
	if speakerPronouns.HasFold(lw) || speakerDeterminers.HasFold(lw) || clauseOpeners.HasFold(lw) || linkWords.HasFold(lw) {
		// He said: readSpeaking takes no such word for a name alone,
		// and resolvePronoun asks of the pronouns it passes.
		return false
	}
	return x.mayStand(factSpeaks, lw, func(at int) bool {
		end := at + len(lw)
		switch {
		case lowerWordAt(x.text, at):
			return false
		case verbFollows(x.text, end) && !capitalisedBefore(x.text, at):
			return true
		case at >= 2 && x.text[at-1] == ' ' && nicknameBefore(x.text, at-1):
			return true
		}
		b := nonSpaceBefore(x.text, at)
		v := b
		for v > 0 && isASCIILetters(x.text[v-1:v]) {
			v--
		}
		return v < b && !strings.Contains(x.text[b:at], "\n\n") && speechVerbs.HasFold(x.text[v:b]) && !capitalisedAfter(x.text, end)
	})
}

// lowerWordAt reports whether the token starting at byte at is surely no
// capitalised one (see attrToken.capitalised): its first letter is a
// lower-case ASCII one, and it opens no Arabic article (al-Noor).
func lowerWordAt(text string, at int) bool {
	if c := text[at]; c < 'a' || c > 'z' {
		return false
	}
	return !strings.HasPrefix(text[at:], "al-") && !strings.HasPrefix(text[at:], "el-")
}

// capitalisedBefore reports whether the token before the one starting at
// byte at is surely a capitalised word in the same stretch of
// buildSpeaking: ASCII letters between spaces, the first in upper case,
// with no paragraph break between.
func capitalisedBefore(text string, at int) bool {
	b := nonSpaceBefore(text, at)
	if b == at || strings.Contains(text[b:at], "\n\n") {
		return false
	}
	v := b
	for v > 0 && isASCIILetters(text[v-1:v]) {
		v--
	}
	return v < b && (v == 0 || text[v-1] == ' ' || text[v-1] == '\n') && isUpperASCII(text[v:v+1])
}

// capitalisedAfter reports whether the token after the word ending at
// byte end is surely capitalised and in the same stretch of
// buildSpeaking: spaces follow the word, with no paragraph break, and an
// upper-case ASCII letter follows them.
func capitalisedAfter(text string, end int) bool {
	j := nonSpaceAfter(text, end)
	return j > end && j < len(text) && !strings.Contains(text[end:j], "\n\n") && isUpperASCII(text[j:j+1])
}

// verbFollows reports whether a speech verb may be the token after the
// word ending at byte end, as buildSpeaking reads tokens (see verbAfter).
func verbFollows(text string, end int) bool {
	_, ok := verbAfter(text, end)
	return ok
}

// verbAfter reports whether a speech verb may be the token after the
// word ending at byte end, as buildSpeaking reads tokens, and returns
// where the verb ends, or -1 when a nickname the tokenizer passes over
// may stand between. The verb, all ASCII letters, follows the word, or
// its dot, across spaces and no paragraph break.
func verbAfter(text string, end int) (int, bool) {
	if nicknameAfter(text, end) {
		return -1, true
	}
	if end < len(text) && text[end] == '.' {
		end++ // an abbreviation's dot, kept in its word
		if nicknameAfter(text, end) {
			return -1, true
		}
	}
	v := nonSpaceAfter(text, end)
	if strings.Contains(text[end:v], "\n\n") {
		return 0, false // a token of the next paragraph, which buildSpeaking reads apart
	}
	e := v
	for e < len(text) && isASCIILetters(text[e:e+1]) {
		e++
	}
	return e, e > v && speechVerbs.HasFold(text[v:e])
}

// capitalisedInside reports whether the document capitalises w after a
// lower-case word somewhere, inside a sentence: a proper name, not a word
// capitalised only as a sentence's first (Neither, Police).
func (x *nameIndex) capitalisedInside(w string) bool {
	x.buildSpeaking()
	return x.proper[textutil.ToLower(w)]
}

// buildSpeaking reads the document once for speaks, capitalisedInside,
// hasInitialled, saidGender, isTail, isBody and isWho: a paragraph at a
// time, and a long one in stretches of maxScanBytes cut at a space, so
// that the tokens held at once stay few in a document of megabytes.
func (x *nameIndex) buildSpeaking() {
	if x.speaking != nil {
		return
	}
	// News text capitalises about one new word in every 200 bytes
	// inside its sentences and after another capitalised word: proper
	// and tails, which take them, are sized for that rather than grown.
	words := len(x.text) / bytesPerProperWord
	x.speaking, x.proper, x.initialled, x.said = map[string]bool{}, make(map[string]bool, words), map[string]byte{}, map[string][2]int{}
	x.tails, x.bodies, x.persons = make(map[string]bool, words), map[string]bool{}, map[string]bool{}
	var toks []attrToken
	var caps []bool
	for lo := 0; lo < len(x.text); {
		hi, next := len(x.text), len(x.text)
		if p := strings.Index(x.text[lo:min(hi, lo+maxScanBytes)], "\n\n"); p >= 0 {
			hi, next = lo+p, lo+p+2
		} else if hi-lo > maxScanBytes {
			hi, next = lo+maxScanBytes, lo+maxScanBytes
			if sp := strings.LastIndexAny(x.text[lo:hi], " \n"); sp > 0 {
				hi, next = lo+sp, lo+sp+1
			}
		}
		toks = attrTokenizeInto(toks, x.text, lo, hi)
		caps = x.readSpeaking(toks, caps[:0])
		lo = next
	}
}

// bytesPerProperWord is about how many bytes of news text hold one
// capitalised word buildSpeaking has not seen before (see proper and tails
// in nameIndex), measured on multinews-dev.
const bytesPerProperWord = 200

// maxScanBytes is the longest stretch buildSpeaking tokenizes at once: a
// paragraph, or a part of one far longer than any sentence, so that a cut
// falls inside none but a run-on text's.
const maxScanBytes = 1 << 16

// readSpeaking records what buildSpeaking looks for in the tokens of one
// line or stretch. caps is scratch space for whether each token is a
// capitalised word, asked several times of each; it is returned for reuse.
func (x *nameIndex) readSpeaking(toks []attrToken, caps []bool) []bool {
	for k := range toks {
		caps = append(caps, toks[k].capitalised())
	}
	// alone reports whether toks[k] is a capitalised word standing alone,
	// no pronoun, determiner or opener: a one-word name.
	alone := func(k int) bool {
		return k >= 0 && k < len(toks) && caps[k] && !isPossessive(toks[k].s) &&
			!toks[k].in(speakerDeterminers) && !toks[k].in(speakerPronouns) && !toks[k].in(clauseOpeners) && !toks[k].in(linkWords) &&
			(k == 0 || !caps[k-1]) && (k+1 == len(toks) || !caps[k+1])
	}
	for k := range toks {
		if caps[k] {
			x.readName(toks, caps, k)
		}
		// What a speech verb tells is of a capitalised word beside it:
		// a verb between two lower-case words is not looked up.
		nextToCap := k > 0 && caps[k-1] || k+1 < len(toks) && caps[k+1]
		if !toks[k].word || !nextToCap || !toks[k].in(speechVerbs) {
			continue
		}
		if alone(k - 1) {
			x.speaking[toks[k-1].lower()] = true
		}
		if alone(k + 1) {
			x.speaking[toks[k+1].lower()] = true
		}
		if k > 0 && caps[k-1] && !toks[k-1].in(speakerPronouns) && !toks[k].in(addressVerbs) {
			// Hale asked Reed if he …: the pronoun after a verb of
			// addressing is the one addressed.
			if g := pronounAfter(toks, k+1); g != genderUnknown {
				c := x.said[toks[k-1].lower()]
				c[g-genderMale]++
				x.said[toks[k-1].lower()] = c
			}
		}
	}
	return caps
}

// readName records what the capitalised word toks[k] and its neighbours
// say of it: a proper name, a family name, a body's or a person's.
func (x *nameIndex) readName(toks []attrToken, caps []bool, k int) {
	// prevWord and prevCap tell the token before, or no word at the
	// stretch's start.
	prevWord, prevCap := k > 0 && toks[k-1].word, k > 0 && caps[k-1]
	if prevWord && !prevCap {
		markLower(x.proper, toks[k])
	}
	if prevCap {
		markLower(x.tails, toks[k])
	}
	if !isPossessive(toks[k].s) && (k+2 < len(toks) && toks[k+1].s == "," && toks[k+2].is("which") ||
		k >= 2 && toks[k-1].is("for") && toks[k-2].in(spokesNouns)) {
		x.bodies[toks[k].lower()] = true
	}
	if k+2 < len(toks) && toks[k+1].s == "," {
		w := k + 2
		if w+2 < len(toks) && startsWithDigit(toks[w].s) && toks[w+1].s == "," {
			w += 2 // Rusty, 71, who …: an age between
		}
		if toks[w].is("who") || w > k+2 {
			// Lind, who chairs the board; Lind, 71, of Portmore: a
			// relative clause or an age tells a person.
			x.persons[toks[k].lower()] = true
		}
	}
	if k > 0 && isInitials(toks[k-1].s) && (k < 2 || !caps[k-2]) {
		// O.J. Hale, not the middle initial of Ann B. Hale.
		x.initialled[toks[k].lower()] = toks[k-1].s[0]
	}
}

// maxMarkBytes is the longest word markLower lowers on the stack: longer
// than any name's word.
const maxMarkBytes = 32

// markLower sets m[t.lower()], as readName does for each capitalised word
// of the document. An ASCII word is lowered on the stack (for ASCII,
// lowering changes only A to Z): the same names come back paragraph after
// paragraph, and one already marked is found without making its lowered
// string again; a new one is copied once, without ToLower's builder.
func markLower(m map[string]bool, t attrToken) {
	w := strings.TrimSuffix(t.s, ".")
	if len(w) <= maxMarkBytes && textutil.IsASCII(w) {
		var buf [maxMarkBytes]byte
		b := buf[:len(w)]
		for i := range len(w) {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if !m[string(b)] { // the conversion makes no string here
			m[string(b)] = true // and one copy here, as t.lower() would
		}
		return
	}
	m[t.lower()] = true
}

// maxSaidGap is the most tokens between a speech verb and the pronoun
// that is its clause's subject (Hale said on Monday that she …).
const maxSaidGap = 4

// pronounAfter returns the gender of he or she when one is among the
// first maxSaidGap tokens from toks[i] (said, as she; wrote that he),
// before any other capitalised word, or genderUnknown.
func pronounAfter(toks []attrToken, i int) gender {
	for k := i; k < len(toks) && k < i+maxSaidGap; k++ {
		switch {
		case toks[k].is("he"):
			return genderMale
		case toks[k].is("she"):
			return genderFemale
		case toks[k].capitalised() || strings.ContainsAny(toks[k].s, quoteMarkChars):
			return genderUnknown
		}
	}
	return genderUnknown
}

// saidGender returns the gender the document gives the name w by the
// pronoun after its speech verbs (Hale said she …), when it only ever
// gives one, or genderUnknown.
func (x *nameIndex) saidGender(w string) gender {
	lw := textutil.ToLower(trimPossessive(w))
	if x.speaking == nil && !x.mayBeSaid(lw) {
		// pronounFits asks it last, of a name no other fact decides:
		// one never written before a speech verb and he or she spares
		// reading the document.
		return genderUnknown
	}
	x.buildSpeaking()
	return countedGender(x.said[lw])
}

// mayBeSaid reports whether the document may write the lower-case word
// lw right before a speech verb with he or she among the maxSaidGap
// tokens after it, as buildSpeaking counts in said; false only where it
// surely does not. The verb, all ASCII letters, follows the word, or its
// dot, across spaces, unless a nickname the tokenizer passes over stands
// between; each stretch between spaces after the verb holds a token at
// least, up to the first capitalised one, where pronounAfter stops.
func (x *nameIndex) mayBeSaid(lw string) bool {
	return x.mayStand(factSaid, lw, func(at int) bool {
		if lowerWordAt(x.text, at) {
			return false
		}
		e, ok := verbAfter(x.text, at+len(lw))
		if !ok || e < 0 {
			return ok
		}
		rest := x.text[e:]
		for range maxSaidGap {
			rest = rest[nonSpaceAfter(rest, 0):]
			piece := rest[:len(rest)-len(strings.TrimLeftFunc(rest, isNotSpace))]
			if mayHoldHeOrShe(piece) {
				return true
			}
			rest = rest[len(piece):]
		}
		return false
	})
}

// mayHoldHeOrShe reports whether the text s, between spaces, may hold he
// or she as a token: in any case, with no ASCII letter or digit right
// before or after it.
func mayHoldHeOrShe(s string) bool {
	for p := indexFoldASCII(s, "he", 0); p >= 0; p = indexFoldASCII(s, "he", p+1) {
		b := p
		if b > 0 && (s[b-1] == 's' || s[b-1] == 'S') {
			b-- // she
		}
		if (b == 0 || !textutil.ASCIIAlnum[s[b-1]&0x7f] || s[b-1] >= utf8.RuneSelf) &&
			(p+len("he") == len(s) || !textutil.ASCIIAlnum[s[p+len("he")]&0x7f] || s[p+len("he")] >= utf8.RuneSelf) {
			return true
		}
	}
	return false
}

// nicknameAfter reports whether the tokenizer passes over a nickname
// that opens a space after byte end (see nicknameEnd).
func nicknameAfter(text string, end int) bool {
	return end+1 < len(text) && text[end] == ' ' && nicknameEnd(text, end+1, len(text)) > 0
}

// spokesNouns speak for a body or a person named after for.
var spokesNouns = textutil.NewWordSet(strings.Join(spokesNounList, " "))

// spokesNounList holds the words of spokesNouns, which mayBeBody looks
// for in the text itself.
var spokesNounList = []string{"spokesman", "spokeswoman", "spokesperson"}

// isBody reports whether the document writes w as the last word of a
// body's name (Harbour Radio, which …; a spokesman for Portline).
func (x *nameIndex) isBody(w string) bool {
	lw := textutil.ToLower(trimPossessive(w))
	if x.speaking == nil && !x.mayBeBody(lw) {
		// pronounFits asks of most names it weighs, in documents
		// that need nothing else buildSpeaking reads: a name never
		// written before a comma or after for spares reading them.
		return false
	}
	x.buildSpeaking()
	return x.bodies[lw]
}

// mayBeBody reports whether the document may write the lower-case word lw
// as the last word of a body's name, as buildSpeaking records in bodies;
// false only where it surely does not. Each token that lowers to lw
// starts where lw occurs in any case (see foldsASCII). Before ", which",
// the comma follows the word, or its dot, across spaces only: the
// tokenizer passes over a nickname only before a capitalised word (see
// nicknameEnd), never before a comma. After "a spokesman for", for comes
// right before the word across spaces, or before a nickname that ends a
// space before it, and a noun of spokesNouns ends the word before for.
func (x *nameIndex) mayBeBody(lw string) bool {
	return x.mayStand(factBody, lw, func(at int) bool {
		return mayOpenWhich(x.text, at+len(lw)) || mayFollowSpokesFor(x.text, at)
	})
}

// mayStand reports whether a token of the document that lowers to the
// word lw may stand where fits reports of a place lw occurs in any case:
// each such token starts at one (see foldsASCII). It is true too when lw
// cannot be searched for so, and in a document longer than maxScanBytes,
// which buildSpeaking may cut inside a word, where fits, reading whole
// words of the text, would not see the token. The answer is kept by fact
// and word: pronounFits asks of the same names for pronoun after
// pronoun, and the text does not change.
func (x *nameIndex) mayStand(fact factKind, lw string, fits func(at int) bool) bool {
	if lw == "" || !x.foldsASCII(lw) || len(x.text) > maxScanBytes {
		return true
	}
	k := factWord{fact, lw}
	if may, ok := x.mayHold[k]; ok {
		return may
	}
	may := false
	for _, at := range x.placesOf(lw) {
		if fits(at) {
			may = true
			break
		}
	}
	if x.mayHold == nil {
		x.mayHold = map[factWord]bool{}
	}
	x.mayHold[k] = may
	return may
}

// factKind names a fact buildSpeaking records that mayStand can rule out
// for a word without reading the document.
type factKind uint8

// The facts mayStand answers: see maySpeak, mayBeSaid, mayBeBody,
// mayBeWho and mayFollowInitials.
const (
	factSpeaks factKind = iota
	factSaid
	factBody
	factWho
	factInitialled
)

// factWord is a fact of one lower-case word, the key of mayStand's
// answers.
type factWord struct {
	fact factKind
	word string
}

// placesOf returns where the ASCII word lw occurs in the document in any
// case, found once for each word: pronounFits and resolvePronoun ask
// several facts of the same names, for each pronoun. The search tries
// the places of lw's letter that is rarest in English prose (see
// rarestLetter), in either case, where fewer false starts are tried than
// at its first letter's.
func (x *nameIndex) placesOf(lw string) []int {
	if at, ok := x.places[lw]; ok {
		return at
	}
	text := x.text
	j := rarestLetter(lw)
	c, upper := lw[j], lw[j]
	if 'a' <= c && c <= 'z' {
		upper -= 'a' - 'A'
	}
	// next returns the first byte at or after i that is b, or len(text).
	next := func(b byte, i int) int {
		if k := strings.IndexByte(text[i:], b); k >= 0 {
			return i + k
		}
		return len(text)
	}
	var places []int
	lo, up := next(c, j), len(text)
	if upper != c {
		up = next(upper, j)
	}
	for p := min(lo, up); p < len(text); p = min(lo, up) {
		if at := p - j; at+len(lw) <= len(text) && equalFoldASCII(text[at:at+len(lw)], lw) {
			places = append(places, at)
		}
		if p == lo {
			lo = next(c, p+1)
		}
		if p == up {
			up = next(upper, p+1)
		}
	}
	if x.places == nil {
		x.places = map[string][]int{}
	}
	x.places[lw] = places
	return places
}

// lettersByUse are the letters of English prose, the most used first.
const lettersByUse = "etaoinshrdlcumwfgypbvkjxqz"

// rarestLetter returns the index of the byte of lw least used in English
// prose: a byte that is no letter (a digit, a hyphen) counts as rarer
// than any letter.
func rarestLetter(lw string) int {
	best, rank := 0, -1
	for i := 0; i < len(lw); i++ {
		r := strings.IndexByte(lettersByUse, lw[i])
		if r < 0 {
			r = len(lettersByUse)
		}
		if r > rank {
			best, rank = i, r
		}
	}
	return best
}

// mayOpenWhich reports whether the word ending at byte end may be
// followed by ", which" as buildSpeaking reads tokens.
func mayOpenWhich(text string, end int) bool {
	k := afterComma(text, end)
	return k >= 0 && hasPrefixFoldASCII(text[k:], "which")
}

// afterComma returns where the token after a comma that follows the word
// ending at byte end starts, across spaces and the word's dot, as
// buildSpeaking reads tokens; or -1 when no comma follows. The tokenizer
// passes over a nickname only before a capitalised word (see
// nicknameEnd), never before a comma.
func afterComma(text string, end int) int {
	if end < len(text) && text[end] == '.' {
		end++ // an abbreviation's dot, kept in its word
	}
	j := nonSpaceAfter(text, end)
	if j == len(text) || text[j] != ',' {
		return -1
	}
	return nonSpaceAfter(text, j+1)
}

// hasPrefixFoldASCII reports whether s begins with the lower-case ASCII
// word lw in any case.
func hasPrefixFoldASCII(s, lw string) bool {
	return len(s) >= len(lw) && equalFoldASCII(s[:len(lw)], lw)
}

// mayFollowSpokesFor reports whether the word starting at byte at may
// come after a noun of spokesNouns and for, or after a quotation mark
// that may close a nickname, as buildSpeaking reads tokens.
func mayFollowSpokesFor(text string, at int) bool {
	if at >= 2 && text[at-1] == ' ' && nicknameBefore(text, at-1) {
		return true // For "Red" Portline
	}
	b := nonSpaceBefore(text, at)
	if b < len("for") || !equalFoldASCII(text[b-len("for"):b], "for") {
		return false
	}
	if b > len("for")+1 && text[b-len("for")-1] == ' ' && nicknameBefore(text, b-len("for")-1) {
		return true // Spokesman "Red" For Portline
	}
	c := nonSpaceBefore(text, b-len("for"))
	for _, n := range spokesNounList {
		if c >= len(n) && equalFoldASCII(text[c-len(n):c], n) {
			return true
		}
	}
	return false
}

// nicknameBefore reports whether the tokenizer may pass over a nickname
// that ends at the space at byte m (see nicknameEnd), which starts a
// space after the word before it, at most maxNicknameSpan bytes before m.
func nicknameBefore(text string, m int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:m]); !strings.ContainsRune(quoteMarkChars, r) {
		return false // a nickname ends in a mark
	}
	for i := max(1, m-maxNicknameSpan); i < m; i++ {
		if text[i-1] == ' ' && nicknameEnd(text, i, len(text)) == m {
			return true
		}
	}
	return false
}

// nonSpaceAfter returns the first byte at or after i that starts no
// space, or len(text).
func nonSpaceAfter(text string, i int) int {
	if k := strings.IndexFunc(text[i:], isNotSpace); k >= 0 {
		return i + k
	}
	return len(text)
}

// nonSpaceBefore returns the byte after the last rune before byte i that
// is no space, or 0.
func nonSpaceBefore(text string, i int) int {
	return strings.LastIndexFunc(text[:i], isNotSpace) + 1
}

// isNotSpace reports whether r is no space as the tokenizer skips them.
func isNotSpace(r rune) bool { return !textutil.IsSpaceRune(r) }

// foldsASCII reports whether every token of the document that lowers to
// the word lw is an ASCII case variant of it, found by searching the
// text in any case: lw is ASCII, and the document holds neither capital
// that lowers to an ASCII letter (the Kelvin sign and the dotted İ).
func (x *nameIndex) foldsASCII(lw string) bool {
	if !x.foldsRead {
		// Once per document: the text does not change.
		x.foldsRead = true
		x.lowersToASCII = strings.Contains(x.text, "\u212a") || strings.Contains(x.text, "\u0130")
	}
	return textutil.IsASCII(lw) && !x.lowersToASCII
}

// isWho reports whether the document writes w before ", who" (Lind, who
// chairs the board) or an age (Lind, 71,): a person's name, though no
// list knows it.
func (x *nameIndex) isWho(w string) bool {
	lw := textutil.ToLower(w)
	if x.speaking == nil && !x.mayBeWho(lw) {
		return false // a name never written before a comma
	}
	x.buildSpeaking()
	return x.persons[lw]
}

// mayBeWho reports whether the document may write the lower-case word lw
// before ", who" or an age between commas, as buildSpeaking records in
// persons; false only where it surely does not: a comma follows lw, and
// who or a digit follows the comma.
func (x *nameIndex) mayBeWho(lw string) bool {
	return x.mayStand(factWho, lw, func(at int) bool {
		k := afterComma(x.text, at+len(lw))
		return k >= 0 && (hasPrefixFoldASCII(x.text[k:], "who") || startsWithDigit(x.text[k:]))
	})
}

// isTail reports whether the document writes w after another capitalised
// word somewhere (Pat Varo … Varo): the last word of a name.
func (x *nameIndex) isTail(w string) bool {
	x.buildSpeaking()
	return x.tails[textutil.ToLower(w)]
}

// hasInitialled reports whether the document writes the family name w
// right after initials somewhere (O.J. Hale): then a person of that name
// may be either gender, whatever the listed full names (Nora Hale) say.
func (x *nameIndex) hasInitialled(w string) bool {
	if x.speaking == nil && !x.mayFollowInitials(w) {
		return false // see otherInitialled
	}
	x.buildSpeaking()
	return x.initialled[textutil.ToLower(w)] != 0
}

// otherInitialled reports whether the document writes the family name w
// after initials that none of its full names full begin with (O.J. Hale,
// with only Nora Hale in full): another person of that name.
func (x *nameIndex) otherInitialled(w string, full []string) bool {
	if x.speaking == nil && !x.mayFollowInitials(w) {
		// canonicalise asks last, often of a document nothing else
		// read for buildSpeaking: a name no initials can come before
		// spares it reading the whole document.
		return false
	}
	x.buildSpeaking()
	c := x.initialled[textutil.ToLower(w)]
	if c == 0 {
		return false
	}
	for _, f := range full {
		if f[0] == c {
			return false // A. Hale and Ann Hale: one person
		}
	}
	return true
}

// mayFollowInitials reports whether the document may write the word w
// right after initials (O.J. Hale), as buildSpeaking records in
// initialled; false only where it surely does not. A token that lowers to
// w lowered is a case variant of ASCII w, save for the two capitals that
// lower to ASCII letters (the Kelvin sign and the dotted İ), and starts
// where w occurs in any case. Its token before, initials, ends in a
// capital and a dot, with only spaces between or a nickname (O.J. "Juice"
// Hale), which comes right after the initials' dot and a space and ends
// in a quotation mark.
func (x *nameIndex) mayFollowInitials(w string) bool {
	if w == "" || !x.foldsASCII(w) {
		return true
	}
	return x.mayStand(factInitialled, textutil.LowerASCII(w), func(at int) bool {
		b := nonSpaceBefore(x.text, at)
		if b == 0 {
			return false // nothing before: no initials
		}
		r, _ := utf8.DecodeLastRuneInString(x.text[:b])
		switch {
		case r == '.':
			// J. Hale, O.J. Hale; not said. Hale
			return b >= 2 && isUpperASCII(x.text[b-2:b-1]) && (b < 3 || !textutil.ASCIIAlnum[x.text[b-3]&0x7f] || x.text[b-3] >= utf8.RuneSelf)
		case isQuoteWordRune(r):
			return false // a letter or a digit right before: no token starts at w
		}
		return initialsSpace(x.text[max(0, b-maxNicknameSpan):b]) // a nickname after initials, maybe
	})
}

// indexFoldASCII returns the first byte at or after from where s holds
// the lower-case ASCII word lw in any case of its letters, or -1.
func indexFoldASCII(s, lw string, from int) int {
	if len(lw) == 0 || from+len(lw) > len(s) {
		return -1
	}
	first, upper := lw[0], lw[0]
	if 'a' <= first && first <= 'z' {
		upper -= 'a' - 'A'
	}
	end := len(s) - len(lw) + 1 // the last place lw may start, plus one
	// next finds the next place at or after i that byte c opens: each
	// case of the first letter is searched for only once it is passed.
	next := func(c byte, i int) int {
		if k := strings.IndexByte(s[i:end], c); k >= 0 {
			return i + k
		}
		return end
	}
	lo, up := next(first, from), end
	if upper != first {
		up = next(upper, from)
	}
	for {
		i := min(lo, up)
		if i >= end {
			return -1
		}
		if equalFoldASCII(s[i:i+len(lw)], lw) {
			return i
		}
		if i == lo {
			lo = next(first, i+1)
		}
		if i == up && upper != first {
			up = next(upper, i+1)
		}
	}
}

// equalFoldASCII reports whether s is the lower-case ASCII word lw with
// any of its letters in upper case.
func equalFoldASCII(s, lw string) bool {
	for k := 0; k < len(lw); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[k] {
			return false
		}
	}
	return true
}

// maxNicknameSpan is the most bytes nicknameEnd skips between the space
// after the word before a nickname and the space after the nickname: two
// marks of at most two runes each, and the nickname's word.
const maxNicknameSpan = 2*2*utf8.UTFMax + maxNicknameBytes + utf8.UTFMax + len(". ")

// initialsSpace reports whether s holds a capital, a dot and a space, as
// initials end before a nickname (O.J. "Juice" Hale).
func initialsSpace(s string) bool {
	for k := strings.Index(s, ". "); k >= 0; {
		if k > 0 && s[k-1] >= 'A' && s[k-1] <= 'Z' {
			return true
		}
		n := strings.Index(s[k+1:], ". ")
		if n < 0 {
			return false
		}
		k += 1 + n
	}
	return false
}

// maxInitials is the most letters of a run of initials (J.R.R.).
const maxInitials = 3

// isInitials reports whether w is a person's initials, capital letters
// each followed by a dot (J., O.J.), not an abbreviation (U.S. is one too,
// but it comes before no family name of a person alone).
func isInitials(w string) bool {
	n := 0
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
		n++
	}
	return n >= 1 && n <= maxInitials
}

// labelLines counts the lines of the document that open with label and a
// colon. The lines are read once, not once per quotation asking: a
// transcript of thousands of answers asks for each.
func (x *nameIndex) labelLines(label string) int {
	if x.labels == nil {
		x.labels = map[string]int{}
		for rest := x.text; rest != ""; {
			line, next, _ := strings.Cut(rest, "\n")
			if k := strings.IndexByte(line, ':'); k > 0 && k <= maxLabel {
				x.labels[line[:k]]++
			}
			rest = next
		}
	}
	return x.labels[label]
}

// all returns the document's full names by last word.
func (x *nameIndex) all() map[string][]string {
	if !x.built {
		x.full, x.titled = documentNames(x.text)
		x.built = true
	}
	return x.full
}

// of returns the document's full names whose last word is key.
func (x *nameIndex) of(key string) []string { return x.all()[key] }

// maxNameWords is the most words of a person's name found in running text.
const maxNameWords = 4

// fullestName returns the fullest name of the document for the person
// named sp: the longest full name that ends in sp's last word and agrees
// with its first name and with gender g (told by the title before the
// full name in titled, or else by its first name), when only one person
// fits.
func fullestName(full map[string][]string, titled map[string]gender, sp string, g gender) string {
	toks := attrTokenize(sp, 0, len(sp))
	if len(toks) == 0 || !isPersonName(toks) {
		return sp
	}
	var fits []string
	for _, n := range full[nameKey(toks)] {
		nt := attrTokenize(n, 0, len(n))
		if len(toks) > 1 && !strings.EqualFold(nt[0].s, toks[0].s) {
			continue // Tom Hale is not Ann Hale
		}
		ng := titled[n] // harbour widow Terry Lund: the title outweighs the first name
		if ng == genderUnknown {
			ng = firstNameGender(nt[0].s)
		}
		if g != genderUnknown && ng != genderUnknown && ng != g {
			continue
		}
		fits = append(fits, n)
	}
	if len(fits) == 0 && len(toks) == 1 {
		return givenNameFull(full, sp)
	}
	best := sp
	for _, n := range fits {
		if len(toks) == 1 && len(fits) > 1 && !sameFirstNames(fits) {
			return sp
		}
		if len(n) > len(best) {
			best = n
		}
	}
	return best
}

// givenNameFull returns the one full name of the document that begins
// with sp, a capitalised word that no full name ends in: a first name
// (Linda, after Linda Voss), as features and celebrity news call people,
// listed or not, or a family name written first (Park, after Park Ji-woo
// was quoted). It returns sp when the document gives no such name, or two.
func givenNameFull(full map[string][]string, sp string) string {
	if r, _ := utf8.DecodeRuneInString(sp); !unicode.IsUpper(r) {
		return sp
	}
	found := ""
	for _, names := range full {
		for _, n := range names {
			first, _, _ := strings.Cut(n, " ")
			if !strings.EqualFold(first, sp) || n == found {
				continue
			}
			if found != "" {
				return sp
			}
			found = n
		}
	}
	if found == "" {
		return sp
	}
	return found
}

// sameFirstNames reports whether the names all start with one first name.
func sameFirstNames(names []string) bool {
	first := ""
	for _, n := range names {
		f, _, _ := strings.Cut(n, " ")
		if first != "" && !strings.EqualFold(f, first) {
			return false
		}
		first = f
	}
	return true
}

// Canonicalize gives a person the same name across the documents of one
// report: a speaker that is one document's short or partial form (Hale,
// Ann Hale) of a fuller name another document writes (Ann B. Hale) takes
// the fuller name when only one person of the report fits. It changes the
// Speaker of the quotations in place.
func Canonicalize(docs [][]Quote) {
	full := map[string][]string{}
	// A report names a person many times: each speaker is looked at once.
	done := map[string]string{}
	for _, qs := range docs {
		for _, q := range qs {
			if _, ok := done[q.Speaker]; !ok && isNamed(q.Speaker) {
				done[q.Speaker] = q.Speaker
				addFullName(full, q.Speaker)
			}
		}
	}
	for sp := range done {
		done[sp] = fullestName(full, nil, sp, genderUnknown)
		if !strings.Contains(sp, " ") && len(full[textutil.ToLower(sp)]) == 0 && surnamesFirst.HasFold(sp) {
			// Wang in one document, Wang Fang in another.
			done[sp] = surnameFirstSpeaker(done, sp)
		}
	}
	for _, qs := range docs {
		for i := range qs {
			if c, ok := done[qs[i].Speaker]; ok {
				qs[i].Speaker = c
			}
		}
	}
}
