package quote

// The name facts of one document: who is named how, who speaks, who is
// called he or she, which words are bodies. Read once per document and
// asked by the speaker rules; the questions are first put to the text
// around the word's own places, and the whole document is read only when
// the answer may be yes.

import (
	"strings"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
)

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
	for p := textutil.IndexFoldASCII(s, "he", 0); p >= 0; p = textutil.IndexFoldASCII(s, "he", p+1) {
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
		if at := p - j; at+len(lw) <= len(text) && textutil.EqualFoldASCII(text[at:at+len(lw)], lw) {
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
	return k >= 0 && textutil.HasPrefixFoldASCII(text[k:], "which")
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

// mayFollowSpokesFor reports whether the word starting at byte at may
// come after a noun of spokesNouns and for, or after a quotation mark
// that may close a nickname, as buildSpeaking reads tokens.
func mayFollowSpokesFor(text string, at int) bool {
	if at >= 2 && text[at-1] == ' ' && nicknameBefore(text, at-1) {
		return true // For "Red" Portline
	}
	b := nonSpaceBefore(text, at)
	if b < len("for") || !textutil.EqualFoldASCII(text[b-len("for"):b], "for") {
		return false
	}
	if b > len("for")+1 && text[b-len("for")-1] == ' ' && nicknameBefore(text, b-len("for")-1) {
		return true // Spokesman "Red" For Portline
	}
	c := nonSpaceBefore(text, b-len("for"))
	for _, n := range spokesNounList {
		if c >= len(n) && textutil.EqualFoldASCII(text[c-len(n):c], n) {
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
		return k >= 0 && (textutil.HasPrefixFoldASCII(x.text[k:], "who") || startsWithDigit(x.text[k:]))
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
