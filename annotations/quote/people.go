package quote

import (
	"slices"
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
		case t.in(speakerTitles) || t.in(roleWords) || !t.capitalised() || strings.Contains(strings.TrimSuffix(t.s, "."), ".") || len(t.s) > 1 && isUpperASCII(t.s):
			// U.S. Attorney Peter Lund, P. Lund, CEO Peter Lund:
			// initials, dotted abbreviations and acronyms tell no
			// gender; the name after them may.
			continue
		case k == len(toks)-1:
			// Hale said, Sen. Douglas said: a name alone is the family
			// name, which tells nothing, even when it is also a given
			// name (Douglas, Harold).
			return genderUnknown
		case toks[k+1].in(placeNouns):
			// Louisa County Detective Tom Reed: a place's name, though
			// a given name too; the name after it may tell.
			continue
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
	councillor councilor
	detective sergeant inspector lieutenant captain constable trooper superintendent
	commander professor coach councilman councilwoman congressman congresswoman
	mr mrs ms miss sir lord lady
	secretary-general attorney-general director-general governor-general
	solicitor-general inspector-general vice-president vice-chairman
	vice-chancellor vice-premier lieutenant-governor major-general
	lieutenant-general lieutenant-colonel brigadier-general`)

// rolePrepositions end the part of an office before a place or a body
// (ambassador to, envoy for, minister of): what follows them is the place,
// not yet the name.
var rolePrepositions = textutil.NewWordSet(`to for of at in`)

// honorifics are titles that say nothing of the office: they are dropped
// rather than shown as a role.
var honorifics = textutil.NewWordSet(honorificList)

// honorificList is honorifics' words, which addressPrefixes shares.
const honorificList = `mr mrs ms miss`

// addressPrefixes are the forms of address written right before a name
// (Dr Ann Hale, Prof. Tom Reed): after a description (senior author Dr.
// Ann Hale) they are no part of the role.
var addressPrefixes = textutil.NewWordSet(honorificList + ` dr prof`)

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
	if toks[1].is("of") && isPluralPersonNoun(toks[0].lower()) {
		// Supporters of the Portmore Rovers: a group described by
		// what it backs, not an office before a name.
		return "", s
	}
	if role, name, ok := splitApposition(s, toks); ok {
		return role, name
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
				if toks[0].in(articles) {
					// the chairman, Tom Reed: an apposition's role is
					// shown without its article, as appositiveRole does.
					role = role[toks[1].start:]
				}
			}
			return role, name
		}
		if k := adornedName(toks); k > 0 {
			return "", s[toks[k].start:] // said a smiling Ann Hale
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
		if coordinatedStart(toks, start, len(toks)) < start {
			return "", s // the Harbour and Coast Authority: one body's name
		}
		if !t.word || !(t.capitalised() || start < len(toks) && isNameJoiner(toks, start-1)) || t.in(roleWords) || t.is("for") {
			break // for ends an office's name (Minister for …)
		}
		if start < len(toks) && isPossessive(t.s) {
			break // Harbour Radio's Ann Hale: the owner is the role (see below)
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
	if sp := strings.LastIndexByte(role, ' '); sp > 0 && addressPrefixes.Has(textutil.ToLower(strings.TrimSuffix(role[sp+1:], "."))) {
		// Reading University archaeologist Dr Jim Leary: the form of
		// address belongs to the name; the description is the role.
		role = role[:sp]
	}
	if owner := trimPossessive(role); owner != role && isNameRun(attrTokenize(owner, 0, len(owner))) {
		// NASA's Steve Clarke, Harbour Radio's Ann Hale: the body the
		// person speaks for, without the possessive that ties it to
		// the name.
		role = owner
	}
	switch {
	case honorifics.Has(textutil.ToLower(strings.TrimSuffix(role, "."))):
		role = ""
	case strings.IndexByte(role, '\n') >= 0 || introWords.HasFold(firstWord(role)) || questionWords.HasFold(firstWord(role)):
		// A title is written with the name: words over a line break
		// before it are a headline or the end of another paragraph,
		// and a conjunction before it opens the clause (When Ann Hale
		// sees …).
		role = ""
	}
	return role, name
}

// splitApposition splits s, a mention of tokens toks, that is a description
// of a person and the person's name after a comma (the head of the
// harbour board, Kito Varsan; Acme's spokesman, Dana Ortiz): the
// description, without its article, is the role, unless the name has
// a title of its own (the army's spokesman, Brig. Gen. Tom Reed).
func splitApposition(s string, toks []attrToken) (role, name string, ok bool) {
	c := len(toks) - 1
	for c > 0 && toks[c].s != "," {
		c--
	}
	if c < 2 || c+1 >= len(toks) || len(toks)-c-1 > maxNameWords || !isNameRun(toks[c+1:]) {
		return "", "", false
	}
	head := toks[:c]
	if !(head[0].in(speakerDeterminers) || ownedBy(head)) || isNameRun(head) {
		return "", "", false
	}
	name = s[toks[c+1].start:]
	if r, n := splitRole(name); r != "" {
		return r, n, true
	}
	if !describesPerson(head) {
		return "", name, true // the heir to the throne, Charles: no office of his
	}
	from := head[0].start
	if head[0].in(articles) {
		from = head[1].start
	}
	role = s[from:head[c-1].end()]
	if from == head[0].start && head[0].in(speakerDeterminers) {
		// His partner, Another official opening the sentence.
		role = textutil.ToLower(role[:len(head[0].s)]) + role[len(head[0].s):]
	}
	return role, name, true
}

// describesPerson reports whether the description desc names a person by
// its noun, the last word before any preposition (the head of the board,
// Acme's spokesman), and no text (the statement from the network).
func describesPerson(desc []attrToken) bool {
	n := len(desc) - 1
	for p := 1; p < len(desc); p++ {
		if desc[p].in(rolePrepositions) || desc[p].is("from") {
			n = p - 1
			break
		}
	}
	w := desc[n]
	if !w.word || isTextNoun(w) {
		return false
	}
	return personNoun(w.lower()) || w.in(roleWords) || w.in(titleNouns) || w.in(plainPersonNouns)
}

// plainPersonNouns are nouns for a person that personNoun's list and
// suffixes miss (the head of the board, one of the crew, her rival).
var plainPersonNouns = textutil.NewWordSet(`head boss heir mate one rival`)

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

// adornedName returns where the person's name starts in toks when an
// article and a few lower-case words that name no person or role stand
// before it (a smiling Ann Hale, an emotional Tom Reed, a visibly
// shaken Kit Varo): how the person looked, not who they are. It returns
// 0 otherwise.
func adornedName(toks []attrToken) int {
	if !toks[0].in(articles) {
		return 0
	}
	k := 1
	for k < len(toks) && k <= maxAdornmentWords && toks[k].word && !toks[k].capitalised() {
		if w := toks[k].lower(); personNoun(w) || roleNouns.Has(w) || textutil.IsStopword(w) {
			return 0 // a lesson from Ann Hale: no look of hers
		}
		k++
	}
	if k == 1 || k >= len(toks) || !isNameRun(toks[k:]) || firstNameGender(toks[k].s) == genderUnknown && !toks[k].in(speakerTitles) {
		return 0
	}
	return k
}

// maxAdornmentWords is the most words adornedName reads between the
// article and the name.
const maxAdornmentWords = 3

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
	unlike throughout toward towards upon via once`)

// linkWords open a sentence before its subject (But Hale said, Still, Hale
// said): they are trimmed off a mention, not part of the name.
var linkWords = textutil.NewWordSet(`but and so yet still however meanwhile then thus instead
	now also or nor as separately additionally similarly likewise finally elsewhere
	afterwards afterward moreover furthermore besides nevertheless nonetheless indeed
	again otherwise accordingly consequently therefore hence sometimes often occasionally
	usually typically generally`)

// trimMention drops the link words and commas that open a mention (But
// Hale → Hale), and a time that opens the sentence before a name
// (Thursday Hale → Hale), leaving the span empty when nothing is left; it
// ends the mention before a name it repeats (see cutRepeatedName).
func trimMention(text string, m span.Span) span.Span {
	return cutRepeatedName(text, trimOpening(text, m))
}

// cutRepeatedName ends the mention m before the second place of a
// capitalised word it holds twice within one run of capitalised words
// (Gov. Ann Hale Ann Marie Hale Norland governor → Gov. Ann Hale): a
// page's pop-up card about the person, flattened into the sentence, and
// no one name. A word repeated after a lower-case word (New York and New
// Jersey) is left alone.
func cutRepeatedName(text string, m span.Span) span.Span {
	var seen [maxNameWords * 2]string
	n := 0
	for i := m.Start; ; {
		start, end := textutil.NextWord(text[:m.End], i)
		if start < 0 {
			return m
		}
		w := text[start:end]
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
			n = 0 // a run of capitalised words ends
		} else if slices.Contains(seen[:n], w) {
			return span.Span{Start: m.Start, End: m.Start + len(strings.TrimRight(text[m.Start:start], " ,"))}
		} else if n < len(seen) {
			seen[n] = w
			n++
		}
		i = end
	}
}

// trimOpening drops the link words, commas and opening time of
// trimMention.
func trimOpening(text string, m span.Span) span.Span {
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
	critics fan fans organisers organizers told authorities experts witnesses researchers
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
	if len(w) <= 4 || speechNouns.Has(w) {
		return false // the answer, the order: words, though ending as a person's
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

// isTextNoun reports whether t names a text or a message, which says
// what it holds but is nobody (a statement, the filing, her letter).
func isTextNoun(t attrToken) bool { return t.in(commNouns) || t.in(documentNouns) }

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
	case len(toks) > 1 && danglingWords.Has(last.s):
		return false // Ann Hale apologised for: a clause cut before its object
	case len(toks) > 2 && headBeforePlace(toks).in(glanceNouns):
		return false // a quick look at her page explains: what the reader sees there speaks
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
	if creditedAfter(text, m.End) {
		return false // Ann Hale / AP: a photographer's credit
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
		// side, their union).
		if (isPossessive(t.s) || k == 0 && t.in(possessivePronouns)) && !personNoun(last.lower()) && !last.in(sideNouns) && !last.capitalised() && !last.in(documentNouns) && !last.in(collectiveNouns) &&
			!(k == len(toks)-2 && strings.HasSuffix(last.s, "s")) {
			return false
		}
	}
	if len(toks) == 1 && !last.capitalised() {
		// officials, critics: a plural or a role; pressed, it: no speaker.
		return roleNouns.Has(first) || collectivePlurals.Has(first) || strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss")
	}
	if len(toks) == 1 && strings.HasSuffix(first, "ed") && opensSentence(text, m.Start) && byteAt(text, m.End) != ':' &&
		!textutil.IsSpaceRune(rune(byteAt(text, m.End))) && !endsNameBefore(text, toks[0].s, m.Start) && !describedAfter(text, m.End) {
		return false // Pressed, Hale said: a verb opening the sentence; REED: a transcript's label
	}
	if !anyCapitalised(toks) && !speakerDeterminers.Has(first) && !possessivePronouns.Has(first) {
		// a lower-case fragment with no determiner and no name, but
		// for a group or a poll's share (63 percent, 40 percent of
		// voters); the group's noun may be the head, before a phrase
		// of place (residents of the island).
		group := func(t attrToken) bool {
			return t.in(roleNouns) || t.in(collectivePlurals) || strings.HasSuffix(t.s, "s")
		}
		return group(last) || group(headBeforePlace(toks)) || len(toks) == 2 && startsWithDigit(first) && last.is("percent")
	}
	return true
}

// glanceNouns are the looks a writer sends the reader on (a quick look
// at her page, a glance at the figures): a subject before of or at that
// shows what a text says, and no one who says it.
var glanceNouns = textutil.NewWordSet(`look looks glance glimpse peek`)

// danglingWords never end a mention: a phrase that ends in one was cut
// before the words the preposition, conjunction or article needs.
var danglingWords = textutil.NewWordSet(`for to of with by from at in on into and or but the a an`)

// headBeforePlace returns the word of toks, the words of a description,
// that comes right before its first preposition of place or belonging
// (residents of the island, workers at the pier) or the first phrase
// that puts it near someone (officials familiar with the talks), or its
// last word when it has none.
func headBeforePlace(toks []attrToken) attrToken {
	for k := 1; k < len(toks); k++ {
		if toks[k].in(wherePrepositions) ||
			nearPhraseAt(toks, k) {
			return toks[k-1]
		}
	}
	return toks[len(toks)-1]
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

// creditedAfter reports whether a slash and a capitalised word follow
// byte end across spaces (Ann Hale / AP, Ann Hale / Getty Images): the
// name before it credits a photo with its agency, as isCreditSlash tells
// of one written without spaces.
func creditedAfter(text string, end int) bool {
	i := end
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i == end || i >= len(text) || text[i] != '/' {
		return false
	}
	for i++; i < len(text) && text[i] == ' '; i++ {
	}
	return i < len(text) && text[i] >= 'A' && text[i] <= 'Z'
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
// quote rather than a remark: every word capitalised (“Morning Desk”,
// “The Apprentice”; see [titleCased]).
func isScareQuote(text string, q *Quote) bool { return titleCased(q.Text) }

// titleCased reports whether every word of s opens with a capital or a
// digit and s is not all capitals, as a title is written (Harbour
// Lights, The 7 Seas).
func titleCased(s string) bool {
	words := 0
	for _, t := range attrTokenize(s, 0, len(s)) {
		if !t.word {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(t.s); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return words > 0 && strings.ToUpper(s) != s
}

// workTitled reports whether the sentence toks before a quotation ends
// with a preposition of where something is said or written, with any
// possessive owner after it (on NBC's, in the Gazette's, on), or with the
// noun of a kind of work (the film, her album): the quotation that
// follows, all capitalised, is the title of a show or a work (said on Fox
// News' “Morning Desk”, wrote in “Harbour Days”, the song “Low Tide”).
func workTitled(toks []attrToken) bool {
	k := len(toks) - 1
	for k >= 0 && !toks[k].word && strings.ContainsAny(toks[k].s, quoteMarkChars) {
		k--
	}
	if k >= 0 && toks[k].capitalised() && (isPossessive(toks[k].s) ||
		strings.HasSuffix(toks[k].s, "s") && k+1 < len(toks) && (toks[k+1].s == "'" || toks[k+1].s == "’")) {
		k = nameRunStart(toks, k) - 1 // NBC's, Fox News'
	}
	return k >= 0 && (toks[k].in(workPrepositions) || toks[k].in(workNouns))
}

// kindAfter reports whether the quotation q is a work's title that its
// kind follows in apposition (“Come and See,” the 1985 film, …; “Low
// Tide”, her latest album, …): a capitalised title of a few words, a
// comma, and a determiner, at most two words of year or description and
// a kind of work in after, the tokens after the quotation, which are
// asked for only when the text around the quotation allows it.
func kindAfter(text string, q *Quote, after func() []attrToken) bool {
	if r, _ := utf8.DecodeRuneInString(q.Text); !unicode.IsUpper(r) || strings.Count(q.Text, " ") >= maxTitleWords {
		return false
	}
	inside := strings.HasSuffix(q.Text, ",") // “Low Tide,” her album
	if !inside && !strings.HasPrefix(strings.TrimLeft(text[q.End:], quoteMarkChars), ",") {
		return false
	}
	toks := after()
	for len(toks) > 0 && !toks[0].word && strings.ContainsAny(toks[0].s, quoteMarkChars) {
		toks = toks[1:]
	}
	if !inside && len(toks) > 0 && toks[0].s == "," {
		toks = toks[1:] // “Low Tide”, her album: the comma outside the marks
	}
	if len(toks) < 2 || !toks[0].in(speakerDeterminers) {
		return false
	}
	for k := 1; k < len(toks) && k <= 3; k++ {
		if toks[k].in(workNouns) {
			return true
		}
		if !toks[k].word || toks[k].capitalised() && !startsWithDigit(toks[k].s) {
			return false
		}
	}
	return false
}

// workPrepositions put a work or a show where words were said or
// written (on “Morning Desk”, in “Harbour Days”).
var workPrepositions = textutil.NewWordSet(`on in`)

// workNouns are the kinds of work whose title follows them (the film
// “Harbour Lights”, her album “Low Tide”).
var workNouns = textutil.NewWordSet(pluralAll(`film movie song book novel album show series play poem
	documentary episode musical opera painting podcast memoir single`))

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
		q.Speaker = labelCase(text, q.Speaker)
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
		if f := full[textutil.ToLower(sp)]; q.Speaker == sp && len(f) > 1 && !strings.Contains(sp, " ") {
			// Hale, with Tom Hale and Ann Hale both named: the one
			// named just before, if either is.
			if n := nearestFull(text, f, q.SpeakerMention.Start, g); n != "" {
				q.Speaker = n
				continue // another mention of Hale may be the other
			}
		}
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

// labelCase returns the speaker sp, a transcript's label in capitals
// (MARSH, KIT MARSH), in the case the text writes the name elsewhere
// (Kit Marsh … MARSH:), so that the label is the person the text names;
// sp as it is when it holds a word not in capitals or the text writes
// its last word in no other case (NASA, VARO alone).
func labelCase(text, sp string) string {
	if len(sp) < 2 || sp[1] < 'A' || sp[1] > 'Z' {
		return sp // Ann Hale, the board: no label in capitals
	}
	words := strings.Fields(sp)
	var b strings.Builder
	for k, w := range words {
		if len(w) < 2 || !isUpperASCII(w) {
			return sp
		}
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w[:1])
		b.WriteString(strings.ToLower(w[1:]))
	}
	tc := b.String()
	for range wordPlaces(text, tc[strings.LastIndexByte(tc, ' ')+1:]) {
		return tc
	}
	return sp
}

// maxNearBytes is how far before a last name nearestFull looks for the
// full name it stands for: about a paragraph.
const maxNearBytes = 600

// nearestFull returns the one of the full names fulls, all of one last
// name, that last opens a sentence before byte at and within maxNearBytes
// of it, alone of them in that sentence and not of a sex other than g by
// its first name: whom a last name alone then means (Todd Hale, the boy's
// father, said … “…,” Hale said). A name in apposition (the daughter of
// Ann Hale) or beside its namesake (Tom Hale and Ann Hale run …) tells
// nothing. It returns "" when no name is written so.
func nearestFull(text string, fulls []string, at int, g gender) string {
	if at <= 0 || at > len(text) {
		return ""
	}
	lo := max(0, at-maxNearBytes)
	best, bestAt := "", -1
	for _, f := range fulls {
		for i := at; i > lo; {
			k := strings.LastIndex(text[lo:i], f)
			if k < 0 {
				break
			}
			k += lo
			if k > bestAt && opensSentence(text, k) && !afterNameAbbrev(text, k) {
				best, bestAt = f, k
			}
			i = k
		}
	}
	if best == "" {
		return ""
	}
	end := quoteSentenceEnd(text, bestAt+len(best), at)
	for _, f := range fulls {
		if f != best && strings.Contains(text[bestAt:end], f) {
			return ""
		}
	}
	given, _, _ := strings.Cut(best, " ")
	if fg := firstNameGender(given); g != genderUnknown && fg != genderUnknown && fg != g {
		return ""
	}
	return best
}

// afterNameAbbrev reports whether the word at byte i follows a title's
// abbreviation (Gov. Ann Hale), whose dot ends no sentence.
func afterNameAbbrev(text string, i int) bool {
	t := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	return strings.HasSuffix(t, ".") && isNameAbbrevBefore(text, max(0, len(t)-maxTitleBytes), len(t)-1)
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
		if i > 0 && (wordBefore(text, i) || i > 1 && text[i-1] == '-' && wordBefore(text, i-1)) {
			i++ // a word's inside, or the second part of a hyphenated one
			continue
		}
		e := lowerRunEnd(text, i+1)
		for e+1 < len(text) && text[e] == '-' && text[e+1] >= 'A' && text[e+1] <= 'Z' {
			e = lowerRunEnd(text, e+2) // Eva-Marie: a hyphenated given name is one word
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

// lowerRunEnd returns the end of the run of ASCII lower-case letters
// that starts at byte i.
func lowerRunEnd(text string, i int) int {
	for i < len(text) && text[i] >= 'a' && text[i] <= 'z' {
		i++
	}
	return i
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
		if len(toks) > 1 && !sameGivenName(nt[0].s, toks[0].s) && !endsWithWords(nt, toks) {
			continue // Tom Hale is not Ann Hale; Abu Karam may be Sami Abu Karam
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

// endsWithWords reports whether the name full ends in all the words of
// short and has more: a family name of several words written alone (Abu
// Karam, Van der Berg) is the end of the full name it was given with. The
// family name opens with a particle, or the full name with a listed first
// name: a capitalised office the role words miss (Alderman Ann Hale) is
// no part of Ann Hale's name.
func endsWithWords(full, short []attrToken) bool {
	d := len(full) - len(short)
	if d <= 0 || !short[0].in(surnameParticles) && firstNameGender(full[0].s) == genderUnknown {
		return false
	}
	for k, t := range short {
		if !strings.EqualFold(trimPossessive(full[d+k].s), trimPossessive(t.s)) {
			return false
		}
	}
	return true
}

// surnameParticles open family names of several words (Abu Karam, Van
// der Berg, Al Amin, Abdel Fattah), which news writing gives alone.
var surnameParticles = textutil.NewWordSet(`abu abdel abdul abd al el bin ben ibn ould
	van von der de del della di da du la le mac st ter`)

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

// sameFirstNames reports whether the names all start with one given
// name, in any of its forms (Andy, Andrew).
func sameFirstNames(names []string) bool {
	first := ""
	for _, n := range names {
		f, _, _ := strings.Cut(n, " ")
		if first == "" {
			first = f
		} else if !sameGivenName(f, first) {
			return false
		}
	}
	return true
}

// Canonicalize gives a person the same name across the documents of one
// report: a speaker that is one document's short or partial form (Hale,
// Ann Hale) of a fuller name another document writes (Ann B. Hale) takes
// the fuller name when only one person of the report fits, and a name
// the outlets spell differently (Hesham Kandil, Hisham Kandil) takes one
// spelling (see [unifySpellings]). It changes the Speaker of the
// quotations in place.
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
	unifySpellings(docs)
	unifyArticleCase(docs)
}

// unifyArticleCase gives a body written with a leading article in both
// cases (“The council said” opening a sentence, “said the council” inside
// one) one form across the report, so that the Speakers view and the
// groups count it once: the form most of its quotations carry, and on a
// tie the one running text writes, in lower case.
func unifyArticleCase(docs [][]Quote) {
	count := map[string]int{}
	for _, qs := range docs {
		for _, q := range qs {
			if articleFolded(q.Speaker) != q.Speaker || strings.HasPrefix(q.Speaker, "the ") {
				count[q.Speaker]++
			}
		}
	}
	pick := map[string]string{}
	for sp, n := range count {
		k := articleFolded(sp)
		if cur, ok := pick[k]; !ok || n > count[cur] || n == count[cur] && sp == k {
			pick[k] = sp
		}
	}
	if len(pick) == len(count) {
		return // every body is written in one case only
	}
	for _, qs := range docs {
		for i := range qs {
			if c, ok := pick[articleFolded(qs[i].Speaker)]; ok {
				qs[i].Speaker = c
			}
		}
	}
}

// articleFolded is sp with a leading “The” written in lower case.
func articleFolded(sp string) string {
	if strings.HasPrefix(sp, "The ") {
		return "t" + sp[1:]
	}
	return sp
}
