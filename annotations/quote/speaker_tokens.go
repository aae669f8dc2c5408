package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
)

// attrToken is one word or punctuation character of an attribution: s
// is text[start:start+len(s)].
type attrToken struct {
	s     string
	start int
	word  bool
}

// end returns the byte just after the token. It is worked out rather
// than kept: a field would make each token a fifth larger, and the
// stage makes token lists for much of the document, several times over
// (buildSpeaking, resolvePronoun and each attribution's windows).
func (t attrToken) end() int { return t.start + len(t.s) }

func (t attrToken) lower() string { return textutil.ToLower(strings.TrimSuffix(t.s, ".")) }

// is reports whether the token is the lower-case word w, ignoring case
// and an abbreviation's dot.
func (t attrToken) is(w string) bool {
	// Callers ask for lower-case ASCII words, and most tokens they ask
	// of are other words: one whose first byte is ASCII and not w's
	// first letter in either case (c|0x20 lowers an ASCII letter, and
	// makes no letter of any other byte) is none, told without a call.
	if c := t.s; c != "" && w != "" && c[0] < utf8.RuneSelf && c[0]|0x20 != w[0] {
		return false
	}
	return strings.EqualFold(strings.TrimSuffix(t.s, "."), w)
}

// in reports whether the token, lowered and without an abbreviation's dot,
// is in set, without allocating.
func (t attrToken) in(set *textutil.WordSet) bool { return set.HasFold(strings.TrimSuffix(t.s, ".")) }

// capitalised reports whether the token starts with an upper-case letter,
// or is a name after an Arabic article written in lower case (al-Noor,
// el-Dabbagh), which news writing leaves lower-case inside a name.
func (t attrToken) capitalised() bool {
	s := t.s
	if !t.word || s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf && c != 'a' && c != 'e' {
		// An ASCII first byte that opens no Arabic article: upper
		// case is A to Z, told without decoding.
		return 'A' <= c && c <= 'Z'
	}
	if len(s) > 3 && (s[:3] == "al-" || s[:3] == "el-") {
		s = s[3:]
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// attrTokenize splits text[lo:hi] into words and punctuation. A word keeps
// inner hyphens, apostrophes and dots (Holtz-Eakin, O'Neill, U.S.) and the
// dot of an abbreviation or initial (Mr., J.).
func attrTokenize(text string, lo, hi int) []attrToken {
	// About a token per five bytes of prose: sized once, the list is
	// rarely grown, each growth a copy and a call in WebAssembly. Callers
	// may pass an empty range with hi before lo.
	return appendAttrTokens(make([]attrToken, 0, max(hi-lo, 0)/5+1), text, lo, hi)
}

// attrTokenizeInto is attrTokenize writing into buf's array when it is
// large enough for as many tokens, for a caller that tokenizes often and
// keeps no tokens from one call to the next.
func attrTokenizeInto(buf []attrToken, text string, lo, hi int) []attrToken {
	if n := max(hi-lo, 0)/5 + 1; cap(buf) < n {
		// At least doubled: the stretches a caller reads vary in
		// length (buildSpeaking's paragraphs), and an array of just
		// the size asked would be made anew at each longer one.
		buf = make([]attrToken, 0, max(n, 2*cap(buf)))
	}
	return appendAttrTokens(buf[:0], text, lo, hi)
}

// appendAttrTokens appends the tokens of text[lo:hi] (see attrTokenize)
// to toks, so that a reader of many stretches reuses one list.
func appendAttrTokens(toks []attrToken, text string, lo, hi int) []attrToken {
	for i := lo; i < hi; {
		// ASCII without a call (textutil.DecodeRune is not inlined):
		// buildSpeaking reads every byte of the document here.
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:hi])
		}
		switch {
		case textutil.IsSpaceRune(r):
			i += n
		case isQuoteWordRune(r):
			j := i + n
			for j < hi {
				c := text[j]
				if c < utf8.RuneSelf && textutil.ASCIIAlnum[c] {
					j++ // the common case, without decoding
					continue
				}
				if c == ' ' {
					break // the common end of a word, without decoding
				}
				r2, n2 := textutil.DecodeRune(text[:hi], j)
				if isQuoteWordRune(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '/' || r2 == '.') && j+n2 < hi {
					// A joiner inside the word: a letter or digit follows,
					// and a dot follows a piece of at most two (U.S.,
					// Ph.D.), asked last: most dots end a sentence, and a
					// space follows them.
					if r3, _ := textutil.DecodeRune(text[:hi], j+n2); isQuoteWordRune(r3) && (r2 != '.' || j-pieceStart(text, i, j) <= 2) {
						j += n2
						continue
					}
				}
				break
			}
			if j < hi && text[j] == '.' && isNameAbbrev(text[i:j]) {
				j++
			}
			if text[j-1] == 's' {
				// Only a word in s takes a plural possessive (the
				// players'): asked here, as the call is not inlined.
				j += pluralPossessive(text, j, hi)
			}
			toks = appendToken(toks, text, i, j, true)
			i = j
		default:
			// The word before's place first: most punctuation follows its
			// word without a space.
			if n := len(toks); n > 0 && toks[n-1].end() == i-1 && text[i-1] == ' ' && toks[n-1].capitalised() {
				if e := nicknameEnd(text, i, hi); e > 0 {
					// Ana "Annie" Ruiz: the nickname is inside the
					// name, whose words run on after it.
					i = e
					continue
				}
			}
			toks = appendToken(toks, text, i, i+n, false)
			i += n
		}
	}
	return toks
}

// appendToken appends the token text[i:j] to toks and then sets its
// fields in place. Appending a composite literal copies the whole token
// through the collector's bulk write barrier while it runs, a sixth of
// the tokenizer's time on multinews-dev; a field costs a barrier only
// for its one pointer. Within the capacity the list is resliced rather
// than appended to: append zeroes the new token first, through another
// barrier, though every field is then set.
func appendToken(toks []attrToken, text string, i, j int, word bool) []attrToken {
	if len(toks) < cap(toks) {
		toks = toks[:len(toks)+1]
	} else {
		toks = append(toks, attrToken{})
	}
	t := &toks[len(toks)-1]
	t.s, t.start, t.word = text[i:j], i, word
	return toks
}

// pieceStart returns where the piece of a dotted word that ends at byte j
// begins: after its last dot, or after a hyphen before capitals (the S.D.
// of the party tag R-S.D.), or at the word's start i.
func pieceStart(text string, i, j int) int {
	if k := strings.LastIndexAny(text[i:j], ".-"); k >= 0 && (text[i+k] == '.' || isUpperASCII(text[i+k+1:j])) {
		return i + k + 1
	}
	if k := strings.LastIndexByte(text[i:j], '.'); k >= 0 {
		return i + k + 1
	}
	return i
}

// nameAbbreviations are abbreviations inside names and places whose dot
// does not end a sentence (Ana Ruiz of St. Louis, Mt. Hood, Smith Jr.).
var nameAbbreviations = textutil.NewWordSet(`st mt ft jr sr inc co corp ltd bros`)

// isNameAbbrev reports whether w followed by a dot is an abbreviation rather
// than the end of a sentence: a title or a single capital initial.
func isNameAbbrev(w string) bool {
	// The length first, and the sets asked without lowering a copy: the
	// tokenizer asks of every word before a full stop.
	if len(w) <= 4 && (speakerTitles.HasFold(w) || nameAbbreviations.HasFold(w)) {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	// An initial (J.), a dotted abbreviation (U.S.) or a party tag
	// (R-Ohio., DFL-Minn.), whose party is in capitals: a hyphenated name
	// (Ada Tan-Lind.) ends its sentence.
	return n == len(w) && unicode.IsUpper(r) || strings.Contains(w, ".") || len(w) <= 8 && isPartyTag(w)
}

// isPartyTag reports whether w opens with a party's letters in capitals
// and a hyphen (R-Ohio, DFL-Minn), the tag wire copy sets after a
// lawmaker's name.
func isPartyTag(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h <= maxPartyLetters && isUpperASCII(w[:h])
}

// maxPartyLetters is the longest party letter code of a party tag
// (R, D, DFL).
const maxPartyLetters = 3

// statesWords reports whether states at toks[i] is the verb of a text
// that states what it holds (The report states that …, the sign states:
// “…”): written in lower case right after a text's noun or a name, with
// that, a colon, a comma or the sentence's end after it; states is far
// more often a noun (in other states, …).
func statesWords(toks []attrToken, i int) bool {
	if toks[i].s != "states" || i == 0 {
		return false
	}
	if before := toks[i-1]; !before.capitalised() && !isTextNoun(before) && !before.in(findingNouns) && !before.in(statingNouns) {
		return false
	}
	if i+1 == len(toks) {
		return true
	}
	next := toks[i+1]
	return next.is("that") || next.s == ":" || next.s == "," || next.s == "."
}

// statingNouns are texts, beyond documents, findings and statements,
// that state what they hold (the law states that, the sign states:).
var statingNouns = textutil.NewWordSet(`law bill act rule rules policy order sign label website page
	contract agreement constitution charter clause section guidance guidelines regulation
	regulations indictment warrant document notice`)

// asideStart returns where an aside set off by commas that ends right
// before toks[i] starts (The audit, which took two years, found): the
// comma that opens it; i when no such aside ends there.
func asideStart(toks []attrToken, i int) int {
	if i < 3 || toks[i-1].s != "," {
		return i
	}
	for k := i - 2; k > 0 && i-k <= maxAsideWords; k-- {
		if toks[k].s == "," {
			return k
		}
		if !toks[k].word {
			break
		}
	}
	return i
}

// maxAsideWords is the most words asideStart reads back to an aside's
// opening comma: a relative clause or a participle's phrase.
const maxAsideWords = 8

// isVerbAt reports whether a speech verb begins at toks[i] and returns the
// number of tokens it takes (2 for "according to", "put it", ...).
func isVerbAt(toks []attrToken, i int) int {
	if i >= len(toks) || !toks[i].word {
		return 0
	}
	t := toks[i]
	if i+1 < len(toks) {
		switch next := toks[i+1]; {
		case t.is("according") && next.is("to"), (t.is("put") || t.is("puts")) && next.is("it"),
			(t.is("pointed") || t.is("points")) && next.is("out"), (t.is("chimed") || t.is("chimes")) && next.is("in"):
			return 2
		case (t.is("was") || t.is("is") || t.is("were")) && next.is("quoted") && i+3 < len(toks) &&
			toks[i+2].is("as") && toks[i+3].in(speechVerbs):
			return 4 // was quoted as saying
		case t.in(passiveAuxiliaries) && next.in(hearsayVerbs) && i+4 < len(toks) && toks[i+2].is("to") &&
			toks[i+3].is("have") && toks[i+4].in(speechVerbs):
			return 5 // was reported to have said
		case next.is("back") && t.in(retortVerbs):
			return 2 // “…,” Ann Hale shot back
		case (t.is("went") || t.is("goes")) && next.is("on") && (i+2 == len(toks) || !toks[i+2].word):
			return 2 // “…,” Ann Hale went on. (not went on to win)
		case t.is("to") && next.is("quote"):
			return 2 // To quote Ada Lind, “…”
		case t.is("in") && next.is("the") && i+3 < len(toks) && toks[i+2].is("words") && toks[i+3].is("of"):
			return 4 // In the words of Ada Lind, “…”
		}
	}
	if t.in(speechVerbs) || t.is("call") && i >= 2 && toks[i-2].is("what") {
		// what the critics call “…”: call names the words only after
		// what; elsewhere it is mostly a noun (a phone call).
		if i > 0 && toks[i-1].in(articles) {
			// It said the claims were “…”: a noun after an article,
			// whatever verb it is spelt as. A possessive's noun is
			// left to the claim rules (see claimOwner), which read
			// its owner.
			return 0
		}
		if t.is("states") && !statesWords(toks, i) {
			return 0 // the United States, in states where …: a noun
		}
		return 1
	}
	if (t.is("found") || t.is("finds")) && i > 0 && toks[asideStart(toks, i)-1].in(findingNouns) {
		// The audit found that the fund was “…”: a study reports what
		// it found, as a statement says; also with an aside between
		// (The audit, which took two years, found).
		return 1
	}
	if i >= 3 && toks[i-1].is("as") && strings.HasSuffix(t.s, "ing") {
		// The Gazette quoted Ada Lind as rejecting the plan: “…”: any
		// verb of the quoted person's reported act.
		if _, _, ok := quotedAs(toks, i); ok {
			return 1
		}
	}
	return 0
}

// hearsayVerbs report words at second hand in the passive before "to
// have" and a speech verb (Ann Hale is said to have told, was reported to
// have said): the subject is still who spoke.
var hearsayVerbs = textutil.NewWordSet(`said reported understood believed thought alleged rumoured rumored`)

// speakerFollows reports whether the speech verb at toks[v] is one whose
// speaker comes after it and never before it (To quote Ada Lind, In the
// words of Ada Lind): the words before it are someone else's sentence.
func speakerFollows(toks []attrToken, v int) bool {
	return toks[v].is("to") || toks[v].is("in")
}

// quoteMarkChars are the quotation marks an attribution's edges may
// carry, straight and typographic.
const quoteMarkChars = "\"'“”«»„‘’`"

// isMarkOrSpace reports whether r is a quotation mark or a space.
func isMarkOrSpace(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(quoteMarkChars, r)
}

// skipQuoteMarks drops the closing marks, commas, dashes and colons that
// lead toks, before looking at what follows a quotation.
func skipQuoteMarks(toks []attrToken) []attrToken {
	for len(toks) > 0 && !toks[0].word && strings.ContainsAny(toks[0].s, "\"'”»“’‘«`,—–-:") {
		toks = toks[1:]
	}
	return toks
}

// wordsEnd returns the index after the last word of toks: the opening
// mark, comma or colon right before a quotation, which the rules that
// read the words before it pass over, left out.
func wordsEnd(toks []attrToken) int {
	n := len(toks)
	for n > 0 && !toks[n-1].word {
		n--
	}
	return n
}

// openingEnd returns the index in toks of the first token after the
// phrase that opens a sentence before its subject, up to a comma (On
// Monday, …; When asked about the pier, …), or 0 when no introductory
// word opens it; ok is false when one does and no comma follows within
// maxOpeningWords tokens.
func openingEnd(toks []attrToken) (k int, ok bool) {
	if len(toks) == 0 || !toks[0].in(introWords) {
		return 0, true
	}
	for k < len(toks) && k < maxOpeningWords && toks[k].s != "," {
		k++
	}
	if k >= len(toks) || toks[k].s != "," {
		return 0, false
	}
	return k + 1, true
}

// asksQuestion reports whether the quoted words s end with a question
// mark, the closing marks and spaces after it aside.
func asksQuestion(s string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(s, isMarkOrSpace), "?")
}

// firstWord returns the first word of s, up to a space.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// startsWithDigit reports whether a word begins with a digit (2019, 9/11).
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// holdsSpeechVerb reports whether toks hold an English speech verb (see
// [isVerbAt]), which introduces words itself: the only attribution read on
// a page in another language, and an infinitive's own speech (to meet
// officials, telling them “to …”) in passivePurpose.
func holdsSpeechVerb(toks []attrToken) bool {
	for v := range toks {
		if isVerbAt(toks, v) > 0 {
			return true
		}
	}
	return false
}
