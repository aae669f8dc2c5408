package quote

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
)

// unisexFirstNames are given names that the baby-name statistics give
// about as often to boys as to girls (Taylor, Jordan): they tell no
// pronoun's gender, so they stay out of the gendered lists, but they
// still begin a person's full name.
var unisexFirstNames = textutil.NewWordSet(`taylor jordan jamie casey morgan alex sam pat
	robin dana leslie kerry shannon riley avery quinn cameron drew jody kim
	lee mel jackie jessie kris toni dominique ashton blair peyton skyler reese rory
	sasha kendall hayden addison emerson jaime carey elliott kai noel shea stacy
	whitney ariel`)

// isGivenName reports whether w is a given name of the lists, whether
// or not it tells a gender.
func isGivenName(w string) bool {
	return firstNameGender(w) != genderUnknown || unisexFirstNames.HasFold(w) ||
		maleFirstNames.HasFold(w) || femaleFirstNames.HasFold(w)
}

// initialsPlaces are the dotted abbreviations of places that read as a
// person's initials before a capitalised word (in Washington, D.C. Hale
// said: the sentence went on after the place).
var initialsPlaces = textutil.NewWordSet(`u.s u.k d.c l.a n.y u.n e.u`)

// maxGivenBytes is how far before a last name unlistedFull reads: two
// given words and the token before them.
const maxGivenBytes = 64

// unlistedFull returns the full name the text writes for a person it
// calls by the one word sp, when no rule found it introduced: up to
// maxGivenWords given words or initials written right before sp with one
// space, that read as a given name and nothing else (see givenRun). A
// listed given name after an adjective starts the name (Frail Ann Hale
// gives Ann Hale). It returns "" when the text writes none, or two
// different ones (Nora Brown Hale and O.J. Hale: relatives, or people who
// share a name), the given words before sp counting even where the words
// around do not let them be taken (When O.J. Hale …), or when the genders
// told disagree: g, the speaker's own from its title or pronoun, the given
// name's, and those of the titles the text writes right before sp (Mr
// Hale and Mrs Hale are two people).
func unlistedFull(text, sp string, g gender) string {
	if r, _ := utf8.DecodeRuneInString(sp); !unicode.IsUpper(r) || isPronoun(sp) {
		return ""
	}
	found, other := "", ""
	var titled [2]bool // a male title, a female title before sp
	uses := newWordUses(text)
	for at := range wordPlaces(text, sp) {
		i := at + len(sp)
		if at < 2 || text[at-1] != ' ' {
			continue
		}
		if tg := titleBefore(text, at); tg != genderUnknown {
			titled[tg-genderMale] = true
		}
		name, ok := givenRun(uses, at, i)
		switch {
		case name == "":
		case ok && found != "" && found != name:
			return ""
		case ok:
			found = name
		case other == "":
			other = name
		case other != name:
			return "" // two more given names, neither to be taken
		}
	}
	if found == "" || other != "" && other != found || titled[0] && titled[1] {
		return ""
	}
	fg := titleBefore(text, strings.Index(text, found)) // harbour widow Jory Hale
	if fg == genderUnknown {
		fg = firstNameGender(firstWord(found))
	}
	if fg == genderUnknown {
		return found
	}
	if g != genderUnknown && g != fg || titled[genderFemale-fg] {
		return "" // Mrs Hale beside Tom Hale: Tom's wife, maybe
	}
	return found
}

// initialledFull returns the full name for the last name sp that the
// text writes after initials (O.J. Hale) when it gives sp no other full
// name, full being those it gives by a listed given name, or "".
func initialledFull(text, sp string, full []string, g gender) string {
	if len(full) > 0 {
		return "" // Nora Hale and O.J. Hale: either
	}
	if f := unlistedFull(text, sp, g); isInitials(firstWord(f)) {
		return f
	}
	return ""
}

// wordEnds reports whether a word ends at byte i of text: the text ends
// there, or no letter or digit follows (Hale's, Hale, Hale said).
func wordEnds(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !isQuoteWordRune(r)
}

// givenRun returns the full name that the given words right before the
// last name text[at:end] make with it, or "": up to maxGivenWords
// capitalised words or initials, one space apart, none of them a word that
// opens a sentence, a title, an office, a place's first word or a
// determiner (see givenNameWord). A capitalised word after the last name
// makes a longer name (the Ann Hale Center), which is not the person's.
// It reports whether the name reads as a person's and nothing else: no
// word of it but a listed given name is one the text also writes in
// lower case (Weary Hale, with weary); inside a sentence the run follows
// a lower-case word other than a determiner, or punctuation (the singer
// Taylor Hale, anchors Ann Reed and Kit Hale, the crew, Mel Hale); opening a
// sentence, its first word is a listed given name, initials, or a word
// the text capitalises inside a sentence too. A name that does not read
// so is returned all the same: it may still be another person's of the
// last name (Kito Hale, a pilot, and Oda Hale), and a wrong merge is
// worse than a short name.
func givenRun(uses *wordUses, at, end int) (name string, ok bool) {
	text := uses.text
	uses.after = attrTokenizeInto(uses.after, text, end, min(len(text), end+maxTitleBytes))
	if after := uses.after; len(after) > 0 && after[0].start == end+1 &&
		after[0].capitalised() && !after[0].in(generationWords) && !isRomanNumeral(after[0].s) {
		return "", false
	}
	uses.before = attrTokenizeInto(uses.before, text, max(0, at-maxGivenBytes), at-1)
	before := uses.before
	n := len(before)
	if given := bracketedGiven(text, before, at); given != "" {
		return given + " " + trimPossessive(text[at:end]), true
	}
	start := givenWordsStart(before, at, givenNameWord)
	if start == n {
		return "", false
	}
	opening := start // where the run opens, an adjective before the name included
	if !isGivenName(before[start].s) {
		// Frail Ann Hale: an adjective before a listed given name.
		for k := start + 1; k < n; k++ {
			if isGivenName(before[k].s) {
				start = k
				break
			}
		}
	}
	first := before[start]
	initials := isInitials(first.s) && !first.in(initialsPlaces)
	if strings.HasSuffix(first.s, ".") && !initials {
		return "", false // an abbreviation, not initials (St. Hale)
	}
	name = trimPossessive(text[first.start:end])
	listed := initials || isGivenName(first.s)
	return name, readsAsName(uses, before, start, opening, listed)
}

// readsAsName reports whether the given words before[start:], opening at
// before[opening] with an adjective before start, read as a given name
// and nothing else where they stand (see givenRun); listed tells whether
// the first of them is a listed given name or initials.
func readsAsName(uses *wordUses, before []attrToken, start, opening int, listed bool) bool {
	text := uses.text
	for _, t := range before[start:] {
		if isGivenName(t.s) || isInitials(t.s) {
			continue
		}
		if uses.lower(t.lower()) || uses.alone(t.s) {
			// Weary Hale, the Cedar Creek: a common word; told
			// Harbourwire Hale's plan, with Harbourwire said: a name
			// of its own.
			return false
		}
	}
	switch {
	case opensSentence(text, before[opening].start):
		return listed || uses.proper(before[start].s)
	case opening == 0:
		return false // the window began inside the run: a longer one
	}
	p := before[opening-1]
	// Norland State Hale, the Weary Hale: not a given name.
	return !p.word || !p.capitalised() && !p.in(speakerDeterminers) && !p.in(possessivePronouns)
}

// generationWords follow a name and are part of it (Tom Hale Jr.).
var generationWords = textutil.NewWordSet(`jr sr`)

// bracketedGiven returns the given name written in brackets right before
// the last name at byte at, as an editor adds it inside a quotation
// (Coach (Ann) Hale said), or "": one word, a listed given name or one
// that the text writes neither in lower case nor alone. before are the
// tokens that end right before the last name.
func bracketedGiven(text string, before []attrToken, at int) string {
	n := len(before)
	if n < 3 || before[n-1].s != ")" || before[n-1].end()+1 != at || before[n-3].s != "(" {
		return ""
	}
	w := before[n-2]
	if !w.word || !givenNameWord(w) || w.start != before[n-3].end() || w.end() != before[n-1].start {
		return ""
	}
	if !isGivenName(w.s) && (writesLower(text, w.lower()) || writesAlone(text, w.s, w.start)) {
		return ""
	}
	return w.s
}

// givenWordsStart returns the index in before, the tokens that end right
// before the last name at byte at, of the first of the up to
// maxGivenWords words before it that given accepts, each one space before
// the next, or len(before) when there is none.
func givenWordsStart(before []attrToken, at int, given func(attrToken) bool) int {
	start, next := len(before), at
	for start > 0 && len(before)-start < maxGivenWords && given(before[start-1]) && before[start-1].end()+1 == next {
		start--
		next = before[start].start
	}
	return start
}

// addressTitles are the titles of a calling or of kin that stand
// capitalised before a last name, as people are addressed (Pastor Hale,
// Grandma Hale), and that the lists of offices and roles leave out.
var addressTitles = textutil.NewWordSet(`pope pastor rabbi imam cardinal saint officer detective
	sergeant trooper doctor grandma grandpa granny mom dad auntie deacon elder`)

// lowerPart reports whether the hyphenated word w has a part in lower
// case (President-elect, Ex-Gov): a title, where a given name's parts are
// all capitalised (Sui-Lee, Jean-Paul).
func lowerPart(w string) bool {
	for _, part := range strings.Split(w, "-")[1:] {
		if r, _ := utf8.DecodeRuneInString(part); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// givenNameWord reports whether t may be a given name or an initial
// before a last name (see givenWord), and not an office's word; a listed
// given name always may, though it looks like a word for a nation or a
// party (Jordan, Christian, Morgan).
func givenNameWord(t attrToken) bool {
	if t.in(roleWords) || t.in(monthNames) || lowerPart(t.s) {
		return false // since March Hale; President-elect Hale
	}
	if t.in(roleNouns) || t.in(addressTitles) || titleGenderOf(t.lower()) != genderUnknown {
		return false // Pastor Hale, Uncle Hale, Captain Hale: a title
	}
	return givenWord(t) || t.capitalised() && isGivenName(t.s)
}

// isRomanNumeral reports whether w is a generation's numeral after a
// name (Tom Hale III).
func isRomanNumeral(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "II", "III", "IV":
		return true
	}
	return false
}

// wordUses keeps, by word, what writesLower, writesAlone and
// capitalisedAfterLower tell of the text: each reads the whole text,
// and the rules ask of the same few words at every place a last name
// stands.
type wordUses struct {
	text                  string
	lowers, alones, props map[string]bool
	// before and after are the token lists givenRun and forwardFull
	// last read the words around a place into, reused at the next
	// place: they read two short windows at every place a name
	// stands, and keep no token past the place.
	before, after []attrToken
}

// newWordUses returns an empty wordUses for text.
func newWordUses(text string) *wordUses {
	return &wordUses{text: text, lowers: map[string]bool{}, alones: map[string]bool{}, props: map[string]bool{}}
}

// lower is writesLower of the text, asked once per word.
func (u *wordUses) lower(w string) bool { return u.once(u.lowers, w, writesLower) }

// alone is writesAlone of the text, asked once per word.
func (u *wordUses) alone(w string) bool {
	return u.once(u.alones, w, func(text, w string) bool { return writesAlone(text, w, -1) })
}

// proper is capitalisedAfterLower of the text, asked once per word.
func (u *wordUses) proper(w string) bool { return u.once(u.props, w, capitalisedAfterLower) }

// once returns m[w], found by f the first time w is asked.
func (u *wordUses) once(m map[string]bool, w string, f func(text, w string) bool) bool {
	v, ok := m[w]
	if !ok {
		v = f(u.text, w)
		m[w] = v
	}
	return v
}

// writesLower reports whether the text writes the lower-case word w
// between spaces or before punctuation somewhere: a common word, which a
// capital at a sentence's start or in a headline does not make a name.
func writesLower(text, w string) bool { return hasWord(text, w) }

// hasWord reports whether text holds w as a whole word.
func hasWord(text, w string) bool {
	for range wordPlaces(text, w) {
		return true
	}
	return false
}

// writesAlone reports whether the text writes the capitalised word w
// somewhere but at byte except with no capitalised word after it: a name
// of its own (an outlet, a place, a last name), which a given name is
// not, but for a listed one that features use alone.
func writesAlone(text, w string, except int) bool {
	for at := range wordPlaces(text, w) {
		if at == except {
			continue
		}
		j := at + len(w)
		if j < len(text) && text[j] == ' ' {
			j++
		}
		if r, _ := utf8.DecodeRuneInString(text[j:]); !unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// capitalisedAfterLower reports whether the text writes w after a
// lower-case word somewhere, inside a sentence: a proper name.
func capitalisedAfterLower(text, w string) bool {
	for at := range wordPlaces(text, w) {
		if at >= 2 && text[at-1] == ' ' && text[at-2] >= 'a' && text[at-2] <= 'z' {
			return true
		}
	}
	return false
}

// wordPlaces yields each byte where the text writes the word w whole,
// with no letter or digit right before or after it.
func wordPlaces(text, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; w != ""; {
			k := strings.Index(text[i:], w)
			if k < 0 {
				return
			}
			at := i + k
			i = at + len(w)
			if (at == 0 || !wordBefore(text, at)) && wordEnds(text, i) && !yield(at) {
				return
			}
		}
	}
}

// pronounedFull returns the full name of the person the document calls by
// the last name sp alone when it names two people of that last name of
// different genders (Tom Hale and his wife, Nora Hale), which
// fullestName cannot choose between, and the pronouns the document writes
// after sp tell one gender only (Hale said he …; Hale … He …): the one
// full name of that gender. It returns "" when they tell none, or no
// full name or two fit.
func pronounedFull(full map[string][]string, names *nameIndex, sp string) string {
	if len(full[textutil.ToLower(sp)]) < 2 {
		return ""
	}
	g := names.saidGender(sp)
	if g == genderUnknown {
		g = names.nextGender(sp)
	}
	if g == genderUnknown {
		return ""
	}
	if f := fullestName(full, names.titled, sp, g); f != sp {
		return f
	}
	return ""
}

// forwardFull returns the full name the text writes for a person it calls
// by the given name sp alone, as features do (Kito, after Kito Varsan was
// brought in), when no full name the lists find begins with it: sp and
// the one
// capitalised word right after it, one space apart, where sp opens a
// sentence or follows a lower-case word other than a determiner, or
// punctuation, and the word after is no office's or body's word, no word
// the text writes in lower case (Lundmark Parole, Varsan Ferry) and
// ends the name (not Portmore Coast Guard), nor a place's or a body's noun
// (Varsan Hospital). It returns "" when the text writes any given words
// or a title before sp (sp is a last name then: Mr. Varsan of the Varsan
// Trust), no such name, or two different ones, and when the text tells
// not that sp is a person: by a relative clause or an age after it (Kito,
// who …) or by the pronouns after it (Kito said he …; Kito … He …).
func forwardFull(text, sp string, names *nameIndex) string {
	if r, _ := utf8.DecodeRuneInString(sp); !unicode.IsUpper(r) || isPronoun(sp) {
		return ""
	}
	found := ""
	uses := newWordUses(text)
	for at := range wordPlaces(text, sp) {
		end := at + len(sp)
		if at >= 2 && text[at-1] == ' ' {
			if name, _ := givenRun(uses, at, end); name != "" {
				return "" // Kito Varsan: sp is a last name
			}
			uses.before = attrTokenizeInto(uses.before, text, max(0, at-maxTitleBytes), at-1)
			if before := uses.before; len(before) > 0 && before[len(before)-1].end()+1 == at &&
				(before[len(before)-1].in(speakerTitles) || before[len(before)-1].in(honorifics)) {
				return "" // Mr. Varsan: a last name
			}
		}
		if end >= len(text) || text[end] != ' ' {
			continue
		}
		uses.after = attrTokenizeInto(uses.after, text, end+1, min(len(text), end+1+maxGivenBytes))
		after := uses.after
		if len(after) == 0 || after[0].start != end+1 || !after[0].word || !after[0].capitalised() ||
			after[0].in(roleWords) || after[0].in(firmWords) || after[0].in(placeNouns) || uses.lower(trimPossessive(after[0].lower())) ||
			len(after) > 1 && after[1].start == after[0].end()+1 && after[1].word && after[1].capitalised() {
			continue
		}
		if !opensSentence(text, at) {
			uses.before = attrTokenizeInto(uses.before, text, max(0, at-maxGivenBytes), at-1)
			before := uses.before
			if n := len(before); n == 0 || before[n-1].word && (before[n-1].capitalised() || before[n-1].in(speakerDeterminers)) {
				continue
			}
		}
		name := sp + " " + trimPossessive(after[0].s)
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	// Whether sp is a person is asked last: isWho and saidGender read
	// the whole document, which the words around sp rarely need.
	if found == "" || !names.isWho(sp) && names.saidGender(sp) == genderUnknown && names.nextGender(sp) == genderUnknown {
		return "" // a body's name (Varsan Shipping), for all the text tells
	}
	return found
}
