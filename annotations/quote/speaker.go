package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// Unknown is the Speaker of a quotation whose text does not say who spoke.
const Unknown = "unknown"

// speechVerbs are the verbs that attribute a quotation, in the forms news
// writing uses (said X, X says, X told reporters, saying, ...).
var speechVerbs = textutil.NewWordSet(`said says say saying told tells tell added adds adding
	ask asked asks asking wrote writes writing tweeted tweets explained explains
	noted notes continued continues declared declares claimed claims claiming
	recalled recalls argued argues arguing insisted insists stated
	replied replies responded responds warned warns announced announces
	acknowledged acknowledges admitted admits suggested suggests observed
	remarked quipped joked countered conceded complained complains predicted
	promised vowed urged urges posted shouted yelled chanted chanting sang sings
	reported reports called calls described describes mused cautioned
	emphasized emphasised stressed maintained contended confirmed denied
	boasted lamented charged testified whispered commented opined concluded
	answered recounted mocked blasted wondered thundered scoffed echoed
	pleaded proclaimed exclaimed agreed disagreed tells interjected
	texted emailed messaged reiterated tweeting writing
	laughed revealed revealing reveals recalling disclosed mentioned asserted
	alleged affirmed sighed grumbled barked snapped retorted fumed gushed cried
	screamed estimated speculated clarified advised informed hinted demanded
	implored reminded cheered joked griped marvelled marveled conceded lamented
	boomed bellowed roared murmured muttered intoned sneered read reads captioned
	assured offered confided elaborated remembered reflected reasoned ventured begged`)

// The speech verbs above are facts of English news writing; the later
// additions follow the reporting-verb lists that published quotation
// extractors document (verbs of saying, revealing and reacting).

// listenerVerbs are speech verbs whose object is who listens, never who
// speaks (told the board, went on to ask the mayor), so that no speaker is
// read after them.
var listenerVerbs = textutil.NewWordSet(`tell tells told telling ask`)

// namingVerbs give a thing a name or a description in someone's words:
// their object is what the quotation names (called the plan “a folly”,
// described the pier as “unsafe”), never who speaks.
var namingVerbs = textutil.NewWordSet(`called calls calling described describes describing
	dubbed labeled labelled branded termed`)

// speakerVerbFollowers are words that may stand between a speaker and the speech
// verb (X also said, X has told, X later added, X has long argued).
var speakerVerbFollowers = textutil.NewWordSet(`also later then has had have once again further
	previously recently would will had earlier subsequently quickly simply
	just often repeatedly famously memorably publicly long now still`)

// speakerTitles are honorifics and offices that may precede a name and are part of
// the speaker as written.
var speakerTitles = textutil.NewWordSet(`mr mrs ms miss dr prof sen rep gov lt gen col sgt capt
	president senator representative governor secretary minister chancellor
	judge justice mayor chief speaker sir lord lady rev father sister
	ambassador adm admiral commissioner spokesman spokeswoman cmdr maj det supt
	insp cpl pvt sr professor sheriff brig pfc spc ens del`)

// The military abbreviations above are the ranks news style writes before
// a name (Brig. Gen., Pfc., Spc., Ens.), and Del. a state delegate's
// office: without them the dot reads as a sentence end and the name after
// it is lost.

// speakerDeterminers begin a descriptive speaker (the official, a spokesman).
var speakerDeterminers = textutil.NewWordSet(`the a an another one his her their its our my your several many
	some two three four five other both all most`)

// timeWords may follow a speech verb before its subject (said Monday
// the minister), and "by" a passive one (was said by).
var timeWords = textutil.NewWordSet(`monday tuesday wednesday thursday friday saturday sunday
	today yesterday tonight last this morning afternoon evening night week by
	earlier later again also then`)

// speakerPronouns are speakers that stand for a name given elsewhere.
var speakerPronouns = textutil.NewWordSet(`he she they it i we you who which`)

// speakerStops end a speaker description after a speech verb (said the
// official in a statement, said the minister on Monday).
var speakerStops = textutil.NewWordSet(`in on at during after before while when as to that
	by with from is was were are be been being not
	who which what because but and or if about than told said says yesterday today
	monday tuesday wednesday thursday friday saturday sunday tonight
	last this earlier later recently`)

// attrToken is one word or punctuation character of an attribution.
type attrToken struct {
	s          string
	start, end int
	word       bool
}

func (t attrToken) lower() string { return textutil.ToLower(strings.TrimSuffix(t.s, ".")) }

// is reports whether the token is the lower-case word w, ignoring case
// and an abbreviation's dot.
func (t attrToken) is(w string) bool { return strings.EqualFold(strings.TrimSuffix(t.s, "."), w) }

// in reports whether the token, lowered and without an abbreviation's dot,
// is in set, without allocating.
func (t attrToken) in(set *textutil.WordSet) bool { return set.HasFold(strings.TrimSuffix(t.s, ".")) }

// capitalised reports whether the token starts with an upper-case letter.
func (t attrToken) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.s)
	return t.word && unicode.IsUpper(r)
}

// tokenize splits text[lo:hi] into words and punctuation. A word keeps
// inner hyphens, apostrophes and dots (Holtz-Eakin, O'Neill, U.S.) and the
// dot of an abbreviation or initial (Mr., J.).
func attrTokenize(text string, lo, hi int) []attrToken {
	// About a token per five bytes of prose: sized once, the list is
	// rarely grown, each growth a copy and a call in WebAssembly. Callers
	// may pass an empty range with hi before lo.
	toks := make([]attrToken, 0, max(hi-lo, 0)/5+1)
	for i := lo; i < hi; {
		r, n := textutil.DecodeRune(text[:hi], i)
		switch {
		case textutil.IsSpaceRune(r):
			i += n
		case isQuoteWordRune(r):
			j := i + n
			for j < hi {
				r2, n2 := textutil.DecodeRune(text[:hi], j)
				if isQuoteWordRune(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '/' || r2 == '.' && j-pieceStart(text, i, j) <= 2) && j+n2 < hi {
					if r3, _ := textutil.DecodeRune(text[:hi], j+n2); isQuoteWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			if j < hi && text[j] == '.' && isNameAbbrev(text[i:j]) {
				j++
			}
			j += pluralPossessive(text, j, hi)
			toks = append(toks, attrToken{text[i:j], i, j, true})
			i = j
		default:
			if n := len(toks); n > 0 && toks[n-1].capitalised() && toks[n-1].end == i-1 && text[i-1] == ' ' {
				if e := nicknameEnd(text, i, hi); e > 0 {
					// Ana "Annie" Ruiz: the nickname is inside the
					// name, whose words run on after it.
					i = e
					continue
				}
			}
			toks = append(toks, attrToken{text[i : i+n], i, i + n, false})
			i += n
		}
	}
	return toks
}

// pluralPossessive returns the length of the apostrophe that makes the
// word ending in s at byte j a possessive (Arias' lawyer, the workers’
// union): an apostrophe, a space, then a lower-case word; or 0.
func pluralPossessive(text string, j, hi int) int {
	if j == 0 || text[j-1] != 's' {
		return 0
	}
	n := 0
	switch {
	case strings.HasPrefix(text[j:hi], "'"):
		n = 1
	case strings.HasPrefix(text[j:hi], "’"):
		n = len("’")
	default:
		return 0
	}
	if j+n+1 < hi && text[j+n] == ' ' && text[j+n+1] >= 'a' && text[j+n+1] <= 'z' {
		return n
	}
	return 0
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

// isUpperASCII reports whether s is only ASCII capitals.
func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// nameAbbreviations are abbreviations inside names and places whose dot
// does not end a sentence (Ana Ruiz of St. Louis, Mt. Hood, Smith Jr.).
var nameAbbreviations = textutil.NewWordSet(`st mt ft jr sr inc co corp ltd bros`)

// isNameAbbrev reports whether w followed by a dot is an abbreviation rather
// than the end of a sentence: a title or a single capital initial.
func isNameAbbrev(w string) bool {
	if (speakerTitles.Has(textutil.ToLower(w)) || nameAbbreviations.Has(textutil.ToLower(w))) && len(w) <= 4 {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	// An initial (J.), a dotted abbreviation (U.S.) or a party tag (R-Ohio.).
	return n == len(w) && unicode.IsUpper(r) || strings.Contains(w, ".") ||
		unicode.IsUpper(r) && len(w) <= 8 && strings.Contains(w, "-")
}

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

// retortVerbs say a reply with "back" (Ann Hale shot back, fired back).
var retortVerbs = textutil.NewWordSet(`shot fired hit pushed snapped wrote`)

// speakerFollows reports whether the speech verb at toks[v] is one whose
// speaker comes after it and never before it (To quote Ada Lind, In the
// words of Ada Lind): the words before it are someone else's sentence.
func speakerFollows(toks []attrToken, v int) bool {
	return toks[v].is("to") || toks[v].is("in")
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
		for j < len(toks) && toks[j].word && !toks[j].in(speakerStops) && j-i < 8 {
			j++
		}
		if j == i+1 {
			return 0, 0, false
		}
		if a, b, ok := authorInside(toks[:j], i+2); ok {
			return a, b, true
		}
		return i, j, true
	}
	for j < len(toks) && j-i < 5 && toks[j].word && !toks[j].capitalised() && !toks[j].in(speakerStops) {
		j++ // conservative radio host Jane Roe
	}
	if j > i && (j == len(toks) || !toks[j].capitalised()) {
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
	return i, j, true
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

// authorInside returns, from toks[from:], the name that a description
// of a text or a speech holds as its author: a capitalised run followed by
// a verb of making it (a speech Ann Hale delivered, a letter the Harbour
// Board released, a memo Tom Reed wrote), the one whose words they are.
func authorInside(toks []attrToken, from int) (int, int, bool) {
	for k := from; k+1 < len(toks); k++ {
		if !toks[k].capitalised() || toks[k-1].capitalised() {
			continue
		}
		e := k
		for e < len(toks) && toks[e].capitalised() {
			e++
		}
		if e < len(toks) && !isPossessive(toks[e-1].s) && toks[e].word && !toks[e].capitalised() &&
			(strings.HasSuffix(toks[e].s, "ed") || toks[e].in(speechVerbs) || toks[e].in(authorVerbs)) {
			if toks[k-1].is("the") {
				return k - 1, e, true
			}
			return k, e, true
		}
		k = e
	}
	return 0, 0, false
}

// authorVerbs are the irregular verbs of making a text or a speech
// (sent an email, gave a speech, made a statement).
var authorVerbs = textutil.NewWordSet(`sent gave made wrote`)

// nameJoiners are the lower-case words inside names.
var nameJoiners = textutil.NewWordSet(`of de van von der la le al bin da del di`)

// isNameJoiner reports whether the lower-case word at toks[j] may sit inside
// a name or title (Harbour Commissioner Ines Falk, Anna de Vries).
func isNameJoiner(toks []attrToken, j int) bool {
	return toks[j].in(nameJoiners) && j+1 < len(toks) && toks[j+1].capitalised()
}

// phraseBefore returns the speaker ending at toks[len(toks)-1], the subject
// of a following speech verb: a pronoun, a capitalised name run with its
// title, or a description back to its determiner (the State Department
// official). An appositive or relative clause between commas is skipped
// (Jane Roe, a lawyer, said).
func phraseBefore(toks []attrToken) (int, int, bool) {
	j := len(toks)
	for j > 0 && toks[j-1].word && (toks[j-1].in(speakerVerbFollowers) || isAdverb(toks[j-1])) {
		j--
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
		if k > 0 && toks[k-1].s == "," && toks[k].word && (toks[k].in(speakerDeterminers) || toks[k].lower() == "who" ||
			!toks[k].capitalised() || j-1-k == 1 && strings.Contains(toks[k].s, "-")) {
			// An appositive, a relative clause or a party tag (R-Ohio).
			if k >= 4 && toks[k-3].s == "," && startsWithDigit(toks[k-2].s) {
				// Ann Hale, 61, a retired pilot, said: the age before
				// the apposition.
				return phraseBefore(toks[:k-3])
			}
			return phraseBefore(toks[:k-1])
		}
		if k > 1 && isNameRun(toks[k:j-1]) {
			// the mayor's spokesman, Jane Roe, said → Jane Roe: the
			// name in apposition to a description, also one owned by
			// a name of several words (Tom Reed's spokesman).
			if a, b, ok := phraseBefore(toks[:k-1]); ok && (toks[a].in(speakerDeterminers) || ownedDescription(toks[a:b])) {
				return k, j - 1, true
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
	if end == 0 || !toks[end-1].word {
		return 0, 0, false
	}
	if w := toks[end-1].lower(); speakerPronouns.Has(w) {
		if (w == "who" || w == "which") && end >= 2 && toks[end-2].s == "," {
			// Jane Roe, who chairs the panel, said → Jane Roe
			return phraseBefore(toks[:end-2])
		}
		return end - 1, end, true
	}
	i := end
	for i > 0 && toks[i-1].word && end-i < maxPhraseWords {
		w := toks[i-1]
		if w.in(speakerDeterminers) {
			i--
			break
		}
		if !w.capitalised() && !isNameJoiner(toks, i-1) && (i < end && toks[i].capitalised() || w.in(speakerStops) || w.in(speakerPronouns) || w.in(speakerVerbFollowers)) {
			break
		}
		i--
	}
	if i == end || !toks[end-1].capitalised() && strings.HasSuffix(toks[end-1].s, "ed") {
		return 0, 0, false
	}
	if toks[i].in(speakerDeterminers) && pastVerbInside(toks[i+1:end]) {
		// The mayor disputed harbour reports …: a clause with its
		// verb, not a description.
		return 0, 0, false
	}
	if toks[i].in(speakerDeterminers) && i >= 2 && toks[i-1].s == "," {
		// Jane Roe, the chair of the panel, said → Jane Roe
		if a, b, ok := phraseBefore(toks[:i-1]); ok && b == i-1 && toks[a].capitalised() && (a == 0 || toks[a-1].s == ",") {
			return a, b, true
		}
	}
	if i >= 2 && toks[i].in(speakerDeterminers) && end-i >= 2 {
		// Ann Hale of the Harbour Board said → Ann Hale; a pilot from
		// the Harbour Board said → the whole description: the body
		// after of, from, at or with is where the speaker works;
		// after in, where the speaker is (a woman in the crowd).
		switch toks[i-1].lower() {
		case "of", "from", "at", "with", "in":
			if a, b, ok := phraseBefore(toks[:i-1]); ok && b == i-1 {
				if toks[a].in(speakerDeterminers) && toks[i-1].is("in") {
					return a, b, true // a woman in the crowd: where she stood
				}
				if toks[a].in(speakerDeterminers) {
					return a, end, true
				}
				if b-a >= 2 && isNameRun(toks[a:b]) && (toks[a].in(speakerTitles) || firstNameGender(toks[a].s) != genderUnknown) {
					return a, b, true
				}
			}
			if a := sourceStart(toks, i-1); a >= 0 {
				return a, end, true
			}
		}
	}
	if i >= 2 && (toks[i].capitalised() && !toks[i].in(speakerDeterminers) || toks[i].s == "the" && i+1 < end && toks[i+1].capitalised()) {
		// the ministry in Lisbon said → the ministry; a lawmaker from
		// Ohio said → the whole description; Ann Hale from Portmore
		// said, Republicans in the House said → the people, not the
		// place.
		switch p := toks[i-1].lower(); p {
		case "in", "at", "from", "for":
			a, b, ok := phraseBefore(toks[:i-1])
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
			if a, b, ok := phraseBefore(toks[:i-1]); ok && b == i-1 && toks[i].is("the") {
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
	return i, end, true
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

// maxBareGroupWords is the most words of a group named without a
// determiner before its speech verb (state health officials said).
const maxBareGroupWords = 3

// isGroupNoun reports whether w is a plural noun for people who speak
// together (officials, researchers, prosecutors): a subject that needs no
// determiner.
func isGroupNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && personNoun(w)
}

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

// ownedDescription reports whether toks are a description owned by a
// name: a possessive, then lower-case words only (Tom Reed's spokesman,
// Acme's chief engineer).
func ownedDescription(toks []attrToken) bool {
	for p, t := range toks {
		if isPossessive(t.s) {
			return p+1 < len(toks) && !anyCapitalised(toks[p+1:])
		}
	}
	return false
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
	return span.Span{Start: toks[i].start, End: toks[j-1].end}
}

// attribute sets the Speaker of every quotation: from an attribution right
// after it (", said X", ", X said"), then one in its sentence before it
// ("X said", "according to X", "X:"), then the sentence before it when
// that ends with a colon; otherwise a quotation takes the speaker of the
// previous one in its paragraph. A candidate that is no clean mention (a
// time, an introductory phrase, a bare determiner, a fragment; see
// [plausibleMention]) is passed over for the next rule. Pronouns are
// resolved to the person they stand for; names are then made canonical
// across the document (see [canonicalise]).
func attribute(text string, paras []span.Span, quotes []Quote) {
	pi := 0
	prevPara := -1
	var prev *Quote                 // the previous quotation
	known := map[string]span.Span{} // last name token → name as first written
	if len(quotes) == 0 {
		return
	}
	names := &nameIndex{text: text}
	for qi := range quotes {
		q := &quotes[qi]
		for pi+1 < len(paras) && paras[pi].End <= q.Start {
			pi++
		}
		p := paras[pi]
		lo := p.Start
		if qi > 0 && quotes[qi-1].End > lo {
			lo = quotes[qi-1].End
		}
		hi := p.End
		if qi+1 < len(quotes) && quotes[qi+1].Start < hi {
			hi = quotes[qi+1].Start
		}
		first := q.Span
		if len(q.Parts) > 0 {
			first = q.Parts[0]
		}
		steps := [...]func() span.Span{
			func() span.Span { return speakerLabel(text, first) },
			func() span.Span { return speakerBetween(text, q.Parts) },
			func() span.Span {
				if quoteEndsSentence(q.Text) {
					// “… the summer.” Critics said the plan was late: a new
					// sentence, but “… the summer.” ― Jane Roe is a credit
					// and “… the summer.” Jane Roe said. an attribution.
					if c := speakerCredit(text, q.End, hi); c.Len() > 0 {
						return c
					}
					if introducedByColon(text, lo, first.Start) {
						// Ann Hale told the crowd: “…” The crowd
						// cheered.: the words have their speaker
						// before them, and a new sentence follows.
						return span.Span{}
					}
					return speakerBareAttribution(text, q.End, hi)
				}
				return speakerAfter(text, q.End, hi)
			},
			func() span.Span { return passiveAgent(text, lo, first.Start, q.End, hi) },
			func() span.Span { return speakerParticiple(text, lo, first.Start, q.End, hi) },
			func() span.Span { return speakerBefore(text, lo, first.Start) },
			func() span.Span { return speakerLineCredit(text, lo, first.Start, first.End) },
			func() span.Span {
				if quoteEndsSentence(q.Text) {
					return span.Span{}
				}
				return speakerLater(text, q.End, hi)
			},
			func() span.Span {
				if pi > 0 && lo == p.Start {
					return speakerColon(text, paras[pi-1], first.Start)
				}
				return span.Span{}
			},
			func() span.Span { return speechOwner(text, lo, first.Start) },
			func() span.Span {
				m := sentenceSubject(text, lo, first.Start)
				if m.Len() > 0 && q.Short && isScareQuote(text, q) && speakerDeterminers.HasFold(firstWord(m.Text(text))) {
					// The band played “Harbour Lights”: a title, no
					// remark; a person's name is kept, as quoting a
					// nickname is (Ann Hale called him “Captain Storm”).
					return span.Span{}
				}
				return m
			},
			func() span.Span {
				if !opensQuotationSentence(text, first.Start) {
					return span.Span{}
				}
				if from := quoteSentenceStart(text, lo, first.Start); from > p.Start || lo > p.Start {
					if m := speakerReported(text, max(lo, p.Start), from); m.Len() > 0 {
						return m
					}
					return actorBefore(text, max(lo, p.Start), from, names)
				}
				if pi > 0 && qi > 0 && quotes[qi-1].End < paras[pi-1].Start || pi > 0 && qi == 0 {
					if m := speakerReported(text, paras[pi-1].Start, paras[pi-1].End); m.Len() > 0 {
						return m
					}
					return actorBefore(text, paras[pi-1].Start, paras[pi-1].End, names)
				}
				return span.Span{}
			},
			func() span.Span { return transcriptLabel(text, first.Start, names) },
			nil, // the speaker of the previous quotation in this paragraph
		}
		q.Speaker = Unknown
		var m span.Span
		inherited := false
		for _, step := range steps {
			if step == nil {
				if prev != nil && prev.Speaker != Unknown && (prevPara == pi || continuesSpeaker(text, paras, pi, prevPara, prev, first)) {
					inherited = true
					break
				}
				continue
			}
			if c := trimMention(text, step()); c.Len() > 0 && plausibleMention(text, c) {
				m = c
				break
			}
		}
		switch {
		case inherited && q.Short && isScareQuote(text, q) && !coordinated(text, prev.End, first.Start):
			// A title or a name in quotation marks next to a remark is no
			// remark of the same speaker.
		case inherited:
			q.Speaker, q.SpeakerRole, q.SpeakerMention = prev.Speaker, prev.SpeakerRole, prev.SpeakerMention
		case m.Len() == 0:
		case isPronoun(subjectForm(trimPossessive(m.Text(text)))):
			// "…," Jane Roe said. "…," she added: he or she is whoever
			// spoke last in this paragraph or the one before.
			from := p.Start
			if pi > 0 {
				from = paras[pi-1].Start
			}
			pron := subjectForm(trimPossessive(m.Text(text)))
			if strings.EqualFold(pron, "i") {
				// ADA LIND: … I told him, “…”: the first person of a
				// transcript's answer is the one it is labelled with.
				if l := transcriptLabel(text, m.Start, names); l.Len() > 0 {
					setSpeaker(q, text, l, m)
				}
				break
			}
			// An antecedent comes before its pronoun: in She said the
			// flood reached Jane Roe's farm because “…”, the name after
			// she is no candidate.
			before := min(first.Start, m.Start)
			if r := trimMention(text, subjectOpening(text, lo, first.Start)); r.Len() > 0 && plausibleMention(text, r) {
				// The hospital “…,” it said: the subject the quotation
				// is the predicate of, before any earlier speaker.
				setSpeaker(q, text, r, m)
			} else if r := subjectBefore(text, pron, lo, before, names); r.Len() > 0 {
				setSpeaker(q, text, r, m)
			} else if r := bodyOpening(text, pron, lo, m.Start); m.Start < first.Start && r.Len() > 0 {
				setSpeaker(q, text, r, m)
			} else if r, from := pronounAntecedent(text, pron, p.Start, from, before, quotes[:qi], names); isName(text, r) {
				setSpeaker(q, text, trimMention(text, r), m)
			} else if from != nil {
				q.Speaker, q.SpeakerRole = from.Speaker, from.SpeakerRole
				q.SpeakerMention = m
			} else if r := resolvePronoun(text, pron, before, known, names); isName(text, r) {
				setSpeaker(q, text, trimMention(text, r), m)
			}
		default:
			setSpeaker(q, text, m, m)
			remember(known, text, m)
		}
		prev = q
		prevPara = pi
		if len(q.Parts) > 0 {
			prevPara = paraOf(paras, pi, q.End)
		}
	}
	// Backwards, so that a quotation over three paragraphs or more takes
	// the speaker its last paragraph gives.
	for qi := len(quotes) - 2; qi >= 0; qi-- {
		if q, next := &quotes[qi], &quotes[qi+1]; q.Speaker == Unknown && (runsOnInto(text, *q, *next) || coordinated(text, q.End, next.Start)) {
			q.Speaker, q.SpeakerRole, q.SpeakerMention = next.Speaker, next.SpeakerRole, next.SpeakerMention
		}
	}
	canonicalise(text, quotes, names.all())
}

// coordinated reports whether the quotations ending at byte end and
// starting at byte start are joined by a comma or a conjunction only
// (called the plan “a folly” and “pure madness”): one speaker's words,
// listed together.
func coordinated(text string, end, start int) bool {
	if end > start || start-end > maxCoordinationGap {
		return false
	}
	gap := strings.TrimSpace(strings.Trim(strings.TrimSpace(text[end:start]), quoteMarkChars))
	gap = strings.TrimSpace(strings.TrimPrefix(gap, ","))
	switch gap {
	case "and", "or", "nor":
		return true
	}
	return false
}

// maxCoordinationGap is the most bytes between two coordinated
// quotations, their marks and the conjunction.
const maxCoordinationGap = 16

// introducedByColon reports whether the quotation starting at byte start
// follows an attribution that ends with a colon in its own sentence
// (Ann Hale told the crowd: “…”).
func introducedByColon(text string, lo, start int) bool {
	t := strings.TrimRightFunc(text[lo:start], isMarkOrSpace)
	return strings.HasSuffix(t, ":") && speakerBefore(text, lo, start).Len() > 0
}

// runsOnInto reports whether the quotation q is the head of one that goes
// on in next: news writing leaves the mark open at the end of each
// paragraph of a quotation over several paragraphs and reopens it at the
// next one (“… ¶ “…,” Ann Hale said.), attributing the whole once. Only
// line breaks and the reopening mark stand between the two.
func runsOnInto(text string, q, next Quote) bool {
	first := next.Span
	if len(next.Parts) > 0 {
		first = next.Parts[0]
	}
	if first.Start < q.End {
		return false
	}
	gap := text[q.End:first.Start]
	if gap == "" || !textutil.IsSpaceRune(rune(gap[0])) || !strings.Contains(gap, "\n") {
		return false // a closing mark, or no paragraph break
	}
	marks := strings.TrimLeftFunc(gap, unicode.IsSpace)
	return marks != "" && strings.TrimLeft(marks, quoteMarkChars) == ""
}

// continuesSpeaker reports whether the quotation starting at first, which
// opens paragraph pi, goes on in the voice of the quotation prev that ended
// the paragraph before with only its attribution after it (“…,” Ann Hale
// said. ¶ “…”): news writing starts a new speaker's words with a new
// attribution, not with a bare quotation.
func continuesSpeaker(text string, paras []span.Span, pi, prevPara int, prev *Quote, first span.Span) bool {
	if pi == 0 || prevPara != pi-1 || prev.End < paras[pi-1].Start {
		return false
	}
	opening := strings.TrimLeftFunc(text[paras[pi].Start:first.Start], unicode.IsSpace)
	if len(opening) > 3 { // only the opening mark
		return false
	}
	tail := text[prev.End:paras[pi-1].End]
	if len(tail) <= maxSplitGap && strings.Count(tail, ".") <= 1 {
		return true
	}
	// “…,” and then Ann Hale restricted her comments to the port. ¶
	// “…”: the paragraph ends on the same speaker acting.
	end := len(strings.TrimRightFunc(text[:paras[pi-1].End], unicode.IsSpace))
	if end <= prev.End {
		return false
	}
	toks := attrTokenize(text, quoteSentenceStart(text, prev.End, end-1), end)
	last := lastWord(prev.Speaker)
	for k := 0; k+1 < len(toks) && k < maxReportedSubject; k++ {
		if toks[k].capitalised() && strings.EqualFold(toks[k].s, last) && toks[k+1].word && !toks[k+1].capitalised() {
			return true
		}
	}
	return false
}

// lastWord returns the last word of s, after its last space.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// maxReportedSubject is the most tokens a reported-speech sentence may
// have before its speech verb (Ann Hale, the harbour master, said that …).
const maxReportedSubject = 12

// subjectOpening returns the phrase that is all of the sentence before a
// quotation starting at byte start, but for an apposition between commas
// (The hospital “…,” it said. / Ann Hale, the harbour master, “…,” she
// said.): the subject of the quoted predicate, which the pronoun after it
// stands for.
func subjectOpening(text string, lo, start int) span.Span {
	toks := attrTokenize(text, quoteSentenceStart(text, lo, start), start)
	for len(toks) > 0 && !toks[len(toks)-1].word && strings.ContainsAny(toks[len(toks)-1].s, quoteMarkChars) {
		toks = toks[:len(toks)-1]
	}
	n := len(toks)
	if n > 0 && toks[n-1].s == "," {
		for n = 0; toks[n].s != ","; n++ {
		}
	}
	if n == 0 || n > maxPhraseWords {
		return span.Span{}
	}
	head := toks[:n]
	if isNameRun(head) {
		return mentionOf(toks, 0, n)
	}
	if n < 2 || !head[0].in(speakerDeterminers) {
		return span.Span{}
	}
	for _, t := range head[1:] {
		if !t.capitalised() && !isDescriptionWord(t) {
			return span.Span{} // a verb: more than the subject
		}
	}
	return mentionOf(toks, 0, n)
}

// opensQuotationSentence reports whether the quotation whose first part
// starts at byte start opens its sentence: only its mark stands between the
// sentence's start (or the paragraph's) and its words.
func opensQuotationSentence(text string, start int) bool {
	t := strings.TrimRightFunc(text[max(0, start-8):start], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"“«„'‘`", r)
	})
	return t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:\n")
}

// speakerReported reads the last sentence of text[lo:end] when it reports
// someone's words (Ann Hale said the pier was safe. / Hale believes the
// talks will last.): news writing gives the speaker's own words right
// after, in the next sentence or paragraph. The subject of a speech verb
// near the sentence's start is the speaker; a last sentence about he or
// she gives way to the one before it (see [reportedSubject]).
func speakerReported(text string, lo, end int) span.Span {
	end = len(strings.TrimRightFunc(text[:end], unicode.IsSpace))
	if end <= lo || !strings.ContainsAny(text[end-1:end], ".") {
		return span.Span{}
	}
	s := quoteSentenceStart(text, lo, end-1)
	toks := attrTokenize(text, s, end)
	if p := pronounSubject(toks); p != "" && s > lo {
		// Ann Hale says the vote went badly. Then she left the
		// hall.: the sentence goes on about the one who spoke in the
		// sentence before, if he or she may stand for that person.
		e := len(strings.TrimRightFunc(text[:s], unicode.IsSpace))
		if e <= lo || text[e-1] != '.' {
			return span.Span{}
		}
		ps := quoteSentenceStart(text, lo, e-1)
		if m := reportedSubject(attrTokenize(text, ps, e)); m.Len() > 0 && !isPronoun(m.Text(text)) {
			if g := personGender(attrTokenize(text, m.Start, m.End)); g == genderUnknown || g == pronounGender(p) {
				return m
			}
		}
		return span.Span{}
	}
	return reportedSubject(toks)
}

// reportedSubject returns who the sentence toks reports the words of:
// the one named after according to, or the subject of a speech verb near
// the sentence's start.
func reportedSubject(toks []attrToken) span.Span {
	if len(toks) > 2 && toks[0].is("according") && isVerbAt(toks, 0) == 2 {
		// According to Ann Hale, the pier is safe.: the one named
		// after the verb.
		if i, j, ok := phraseAfter(toks[2:]); ok {
			return mentionOf(toks, 2+i, 2+j)
		}
		return span.Span{}
	}
	for v := 1; v < len(toks) && v <= maxReportedSubject; v++ {
		if isVerbAt(toks, v) == 0 && !toks[v].in(reportingVerbs) {
			continue
		}
		if i, j, ok := phraseBefore(toks[:v]); ok && (i <= 2 || toks[i-1].s == "," || opensCoordinateClause(toks, i)) {
			// Ann Hale said …, or after an opening phrase: Five years
			// ago, Hale reveals, …; or in the clause after a comma and
			// and or but: Her father ran a mill, and Hale recalls …
			return mentionOf(toks, i, j)
		}
		return span.Span{}
	}
	return span.Span{}
}

// pronounSubject returns he or she when the sentence toks opens with it,
// after at most one link word, and holds no speech verb, or "".
func pronounSubject(toks []attrToken) string {
	k := 0
	if len(toks) > 0 && toks[0].in(linkWords) {
		k++
	}
	if k+1 >= len(toks) || !toks[k].is("he") && !toks[k].is("she") {
		return ""
	}
	for v := k + 1; v < len(toks); v++ {
		if isVerbAt(toks, v) > 0 || toks[v].in(reportingVerbs) {
			return ""
		}
	}
	return toks[k].lower()
}

// opensClause reports whether toks[i] opens a clause: the first token, or
// one after punctuation, a subordinator (…, as protesters chanted), that
// or what (found that officials said, what critics call) or a comma and
// "and" or "but" (…, and officials said), so that a group noun there is
// the clause's subject and not the object of a verb before it.
func opensClause(toks []attrToken, i int) bool {
	return i == 0 || !toks[i-1].word || toks[i-1].in(subordinators) || toks[i-1].is("as") || toks[i-1].is("that") || toks[i-1].is("what") || opensCoordinateClause(toks, i)
}

// opensCoordinateClause reports whether toks[i] opens a clause joined to
// the one before by a comma and "and" or "but" (…, and Ann Hale recalls).
func opensCoordinateClause(toks []attrToken, i int) bool {
	return i >= 2 && (toks[i-1].is("and") || toks[i-1].is("but")) && toks[i-2].s == ","
}

// actorBefore returns the subject of the sentence that ends text[lo:end]
// when it is he or she or a person's name followed by its verb (He
// smiles. “…” / Ann Hale looks around the room. “…”): a profile's way of
// giving the next words to the one it describes. A description (The
// weather was fine.) is no speaker.
func actorBefore(text string, lo, end int, names *nameIndex) span.Span {
	end = len(strings.TrimRightFunc(text[:end], unicode.IsSpace))
	if end <= lo || text[end-1] != '.' {
		return span.Span{}
	}
	s := quoteSentenceStart(text, lo, end-1)
	toks := skipQuoteMarks(attrTokenize(text, s, min(end, s+maxNameBytes+maxOpeningBytes)))
	if len(toks) > 0 && toks[0].in(introWords) {
		// When asked about the pier, Hale was blunt.: the subject
		// after the opening phrase.
		c := 1
		for c < len(toks) && c < maxOpeningWords && toks[c].s != "," {
			c++
		}
		if c >= len(toks) || toks[c].s != "," {
			return span.Span{}
		}
		toks = toks[c+1:]
	}
	if len(toks) < 2 || refusesComment(toks) {
		return span.Span{}
	}
	if (toks[0].is("he") || toks[0].is("she")) && toks[1].word && !toks[1].capitalised() {
		return mentionOf(toks, 0, 1)
	}
	j := 0
	for j < len(toks) && j < maxNameWords && toks[j].word && toks[j].capitalised() && !isPossessive(toks[j].s) {
		j++
	}
	v := skipApposition(toks, j) // Ann Hale, a pilot for 20 years, disagrees.
	if j >= 2 && v < len(toks) && toks[v].word && !toks[v].capitalised() && (firstNameGender(toks[0].s) != genderUnknown || toks[0].in(speakerTitles)) {
		// Ann Hale, Mr. Reed: a person by a first name or a title.
		return mentionOf(toks, 0, j)
	}
	if j == 1 && v < len(toks) && toks[v].word && !toks[v].capitalised() && len(names.of(toks[0].lower())) > 0 {
		// Hale shakes her head.: a last name the document gives in full.
		return mentionOf(toks, 0, 1)
	}
	return span.Span{}
}

// refusals tell that a person would not speak (Ann Hale declined to
// comment), and commentWords what a negated sentence says was not given
// (did not respond to a request for comment, could not be reached).
var (
	refusals     = textutil.NewWordSet(`declined refused`)
	commentWords = textutil.NewWordSet(`comment respond reached return returned answer answered`)
)

// refusesComment reports whether the sentence toks says its subject did
// not speak (Ann Hale did not respond to a request for comment.), so that
// the words after it are not hers; a view negated (Ann Hale is not so
// sure.) still is.
func refusesComment(toks []attrToken) bool {
	negated, comment := false, false
	for _, t := range toks {
		if t.in(refusals) {
			return true
		}
		negated = negated || t.is("not") || t.is("never") || strings.HasSuffix(t.s, "n't") || strings.HasSuffix(t.s, "n’t")
		comment = comment || t.in(commentWords)
	}
	return negated && comment
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

// subjectBefore returns the person that opens the sentence before the
// one holding byte pos, in text[lo:pos], when he or she may stand for that
// person (Ann Hale shrugs at the question. “…,” she said), or the body
// or group for it or they: the subject just before a pronoun is its
// antecedent, ahead of any earlier speaker.
func subjectBefore(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	if w := textutil.ToLower(pronoun); w == "it" || w == "they" {
		// The Harbour Board defends the plan. It says “…”: the body
		// that opens the sentence before.
		if end := quoteSentenceStart(text, lo, pos); end > lo {
			return bodyOpening(text, w, lo, end-1)
		}
		return span.Span{}
	}
	if w := textutil.ToLower(pronoun); w != "he" && w != "she" {
		return span.Span{}
	}
	r := trimMention(text, actorBefore(text, lo, quoteSentenceStart(text, lo, pos), names))
	if !isName(text, r) || !pronounFits(pronoun, attrTokenize(text, r.Start, r.End), names) {
		return span.Span{}
	}
	return r
}

// bodyOpening returns the body or group that opens the sentence holding
// the pronoun it or they at byte pos when the pronoun may stand for it
// (Acme's campaign contrasts her plan with what they call “…”): the
// subject of the sentence the pronoun speaks in.
func bodyOpening(text, pronoun string, lo, pos int) span.Span {
	if w := textutil.ToLower(pronoun); w != "it" && w != "they" {
		return span.Span{}
	}
	toks := attrTokenize(text, quoteSentenceStart(text, lo, pos), pos)
	// The subject ends at its head: a name's last word or a noun for a
	// body or a group, before the lower-case verb.
	for j := 2; j < len(toks) && j <= maxDescriptionWords+1; j++ {
		head := toks[j-1]
		if !head.capitalised() && !isDescriptionWord(head) {
			break
		}
		if w := head.lower(); (head.capitalised() || collectiveNouns.Has(w) || isGroupNoun(w)) && toks[j].word && !toks[j].capitalised() &&
			bodyFits(textutil.ToLower(pronoun), toks[:j]) {
			return mentionOf(toks, 0, j)
		}
	}
	return span.Span{}
}

// speakerLineCredit reads a line that opens with a name and goes on with
// the quotation to the line's end (Ann Hale “We start in May.”), as the
// transcripts of radio pieces and interviews give a speaker's words. The
// quotation is first's, in text[lo:].
func speakerLineCredit(text string, lo, start, end int) span.Span {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	if ls < lo {
		return span.Span{} // another quotation stands earlier on the line
	}
	if rest := strings.TrimFunc(text[end:lineEnd(text, end)], isMarkOrSpace); rest != "" {
		return span.Span{}
	}
	toks := attrTokenize(text, ls, start)
	for len(toks) > 0 && !toks[len(toks)-1].word && isMarkOrSpace([]rune(toks[len(toks)-1].s)[0]) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) < 2 || len(toks) > maxNameWords || !isNameRun(toks) {
		return span.Span{}
	}
	return mentionOf(toks, 0, len(toks))
}

// transcriptLabel returns the speaker label that opens the line holding
// byte pos (ADA LIND: …, Lind: …), as transcripts and interviews in
// question-and-answer form credit each answer: up to maxNameWords
// capitalised words and a colon before pos. The label counts only when it
// is a person's name by the document's full names or the list of first
// names, or when it labels another line too, as a transcript's speakers
// do: a section label (Update:) or a headline (Harbour Fears: …) is no
// speaker, nor is a phrase (ON HAPPINESS:, THE FACTS:).
func transcriptLabel(text string, pos int, names *nameIndex) span.Span {
	ls := strings.LastIndexByte(text[:pos], '\n') + 1
	toks := attrTokenize(text, ls, min(pos, ls+maxLabel))
	k := 0
	for k < len(toks) && k <= maxNameWords && toks[k].s != ":" {
		k++
	}
	if k == 0 || k > maxNameWords || k >= len(toks) || !isNameRun(toks[:k]) {
		return span.Span{}
	}
	for _, t := range toks[:k] {
		if t.in(introWords) || t.in(clauseOpeners) || t.in(labelWords) || t.in(timeExpressions) || len(t.s) == 1 {
			return span.Span{}
		}
	}
	label := mentionOf(toks, 0, k)
	if len(names.of(toks[k-1].lower())) > 0 || k > 1 && firstNameGender(toks[0].s) != genderUnknown ||
		names.labelLines(label.Text(text)) >= 2 {
		return label
	}
	return span.Span{}
}

// labelWords open the labels of an article's sections and asides, not a
// speaker's line (Update:, Watch:, Editor's note:, Question:).
var labelWords = textutil.NewWordSet(`update updated note editor editors warning watch read related more
	see also photo photos video videos image images caption credit source sources correction
	clarification breaking exclusive live advertisement question answer background context
	summary quote quotes timeline transcript`)

// quoteMarkChars are the quotation marks an attribution's edges may
// carry, straight and typographic.
const quoteMarkChars = "\"'“”«»„‘’`"

// isMarkOrSpace reports whether r is a quotation mark or a space.
func isMarkOrSpace(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(quoteMarkChars, r)
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

// subjectForm turns an object pronoun into the subject pronoun it stands
// for (him → he, her → she), so that it is resolved the same way.
func subjectForm(pronoun string) string {
	switch {
	case strings.EqualFold(pronoun, "him"):
		return "he"
	case strings.EqualFold(pronoun, "her"):
		return "she"
	case strings.EqualFold(pronoun, "his"):
		return "he"
	}
	return pronoun
}

// isName reports whether the resolution r of a pronoun names someone once
// its link words are trimmed (And I is no name).
func isName(text string, r span.Span) bool {
	t := trimMention(text, r)
	return t.Len() > 0 && !isPronoun(t.Text(text))
}

// setSpeaker gives q the speaker named at name, with its title or office
// apart as the role, read from the attribution at mention (the name
// itself, or the pronoun that stands for it).
func setSpeaker(q *Quote, text string, name, mention span.Span) {
	q.SpeakerRole, q.Speaker = splitRole(trimPossessive(name.Text(text)))
	if q.SpeakerRole == "" {
		q.SpeakerRole = appositiveRole(text, name.End)
	}
	q.SpeakerMention = mention
}

// maxAppositiveBytes is how far after a name appositiveRole reads.
const maxAppositiveBytes = 200

// appositiveRole reads the role in apposition right after a name (Ann
// Hale, the chair of the harbour board, said → "chair of the harbour
// board"): a phrase between commas that opens with a or the and holds no
// speech verb.
func appositiveRole(text string, end int) string {
	rest := text[end:]
	if !strings.HasPrefix(rest, ", a ") && !strings.HasPrefix(rest, ", an ") && !strings.HasPrefix(rest, ", the ") {
		return ""
	}
	toks := attrTokenize(text, end+2, min(len(text), end+2+maxAppositiveBytes))
	if len(toks) < 2 || !(toks[0].is("a") || toks[0].is("an") || toks[0].is("the")) {
		return ""
	}
	for k := 1; k < len(toks) && k <= maxAppositive; k++ {
		switch {
		case toks[k].s == ",":
			if k == 1 {
				return ""
			}
			return text[toks[1].start:toks[k-1].end]
		case !toks[k].word || isVerbAt(toks, k) > 0 || toks[k].is("who"):
			return ""
		}
	}
	return ""
}

// quoteEndsSentence reports whether a quotation ends with a full stop, so that
// what follows its closing mark starts a new sentence. A question or an
// exclamation may still be followed by its attribution (“Why?” she asked).
func quoteEndsSentence(quoted string) bool {
	return strings.HasSuffix(strings.TrimRight(quoted, " "), ".") && !strings.HasSuffix(quoted, "...")
}

// isNamed reports whether a speaker names someone: not unknown, not a
// pronoun.
func isNamed(sp string) bool { return sp != "" && sp != Unknown && !isPronoun(sp) }

// trimPossessive drops a possessive ending left on a name (Jane Roe's).
func trimPossessive(sp string) string {
	for _, suf := range []string{"'s", "’s"} {
		if t, ok := strings.CutSuffix(sp, suf); ok && t != "" {
			return t
		}
	}
	if strings.HasSuffix(sp, "s'") || strings.HasSuffix(sp, "s’") {
		return strings.TrimRight(sp, "'’") // Arias' → Arias
	}
	return sp
}

// clauseOpeners are function words that begin a sentence without being
// part of its subject (With the vote near, …).
var clauseOpeners = textutil.NewWordSet(`according only with in the but and after when as on at for if while
	although though since by from of to a an this that it there here so yet
	despite during before because`)

// passiveAgent returns the agent of a passive speech or naming verb right
// before a quotation that ends at byte end (The plan was called “a waste”
// by Ann Hale; dubbed “a waste” by Ann Hale): the one named after by.
func passiveAgent(text string, lo, start, end, hi int) span.Span {
	before := attrTokenize(text, max(lo, start-maxAgentBytes), start)
	for len(before) > 0 && !before[len(before)-1].word && strings.ContainsAny(before[len(before)-1].s, quoteMarkChars) {
		before = before[:len(before)-1]
	}
	if n := len(before); n > 0 && before[n-1].is("as") {
		before = before[:n-1] // described as “…” by
	}
	if n := len(before); n == 0 || !before[n-1].in(namingVerbs) && !before[n-1].in(speechVerbs) {
		return span.Span{}
	}
	after := skipQuoteMarks(attrTokenize(text, end, min(hi, end+maxAgentBytes)))
	if len(after) < 2 || !after[0].is("by") {
		return span.Span{}
	}
	if i, j, ok := phraseAfter(after[1:]); ok {
		return mentionOf(after, 1+i, 1+j)
	}
	return span.Span{}
}

// maxAgentBytes is how far either side of a quotation passiveAgent reads.
const maxAgentBytes = 80

// speechNouns name what a person has said (Ann Hale's claim, her
// promise), so that their owner is who said it.
var speechNouns = textutil.NewWordSet(`claim claims statement statements remark remarks comment comments
	words assertion insistence promise pledge vow warning admission boast argument contention
	accusation prediction assurance answer answers response reply verdict message
	explanation advice view take retort plea decree declaration call description characterization
	assessment reaction`)

// speechOwner returns the name, or his, her or their, that owns a speech
// noun in the clause before a quotation starting at byte start (The mayor
// rejected Ann Hale's claim that the pier was “unsafe”, Ann Hale's call
// for “…”, in her words, “…”): the quoted words are the owner's (see
// [claimOwner]).
func speechOwner(text string, lo, start int) span.Span {
	toks := attrTokenize(text, quoteSentenceStart(text, lo, start), start)
	for len(toks) > 0 && !toks[len(toks)-1].word && strings.ContainsAny(toks[len(toks)-1].s, quoteMarkChars) {
		toks = toks[:len(toks)-1]
	}
	return claimOwner(toks, false)
}

// maxLinkWords is the most link words read before a sentence's subject
// (But then, And so).
const maxLinkWords = 2

// sentenceSubject guesses who is speaking in a sentence that quotes without
// a speech verb ("Jane Roe has called the plan “a mess”"): the first name
// that opens the sentence or a clause after a comma and is followed by a
// lower-case word, as a subject is by its verb.
func sentenceSubject(text string, lo, start int) span.Span {
	toks := attrTokenize(text, quoteSentenceStart(text, lo, start), start)
	// The subject may follow the link words that open the sentence (But
	// then he turned to the harbour: “…”; Still, Ann Hale called it “…”).
	open := 0
	for open < len(toks) && open < maxLinkWords && toks[open].in(linkWords) {
		open++
	}
	if open > 0 && open < len(toks) && toks[open].s == "," {
		open++
	}
	for k := 0; k < len(toks); k++ {
		opens := k == 0 || k == open || toks[k-1].s == ","
		if j := descriptionEnd(toks, k); j > k && opens {
			return mentionOf(toks, k, j)
		}
		if k == open && k > 0 && (toks[k].is("he") || toks[k].is("she")) && k+1 < len(toks) && toks[k+1].word && !toks[k+1].capitalised() {
			return mentionOf(toks, k, k+1) // resolved as any pronoun speaker
		}
		if !opens || !toks[k].capitalised() || toks[k].in(clauseOpeners) || toks[k].in(speakerDeterminers) ||
			k == open && strings.HasSuffix(toks[k].s, "ing") {
			continue
		}
		j := k
		for j < len(toks) && toks[j].word && (toks[j].capitalised() || isNameJoiner(toks, j)) {
			j++
		}
		if j == k+1 && j < len(toks) && (toks[j].lower() == "of" || toks[j].lower() == "to") {
			continue // Ahead of the talks, Thanks to …: not a name
		}
		if j == k+1 && isAffiliation(toks[k]) {
			// Libertarian harbour candidate Tom Reed: a party or a
			// nation before a role, then the name.
			r := j
			for r < len(toks) && r-j < maxRoleWords && isDescriptionWord(toks[r]) {
				r++
			}
			if r > j && r < len(toks) && toks[r].capitalised() && !toks[r].in(speakerDeterminers) {
				for j = r; j < len(toks) && toks[j].word && toks[j].capitalised(); j++ {
				}
			}
		}
		if isPossessive(toks[j-1].s) {
			// Ada Lind's plan: the owner, not the subject; but Ada Lind's
			// campaign manager Tom Reed: the name after the role.
			r := j
			for r < len(toks) && r-j < maxRoleWords && toks[r].word && !toks[r].capitalised() {
				r++
			}
			e := r
			for e < len(toks) && toks[e].word && toks[e].capitalised() {
				e++
			}
			if r > j && e > r && e < len(toks) && toks[e].word && !toks[e].capitalised() {
				return mentionOf(toks, k, e)
			}
			for h := j; h < r && isDescriptionWord(toks[h]); h++ {
				if (personNoun(toks[h].lower()) || toks[h].in(documentNouns)) && readsAsVerb(toks[h:]) {
					// Ada Lind's daughter posted …: a person named by
					// the owner, or a text that speaks for the owner
					// (Ada Lind's lawsuit claimed …), the subject of
					// the verb after it.
					return mentionOf(toks, k, h+1)
				}
			}
			continue
		}
		if j < len(toks) && (toks[j].word && !toks[j].capitalised() || toks[j].s == "(") {
			return mentionOf(toks, k, j)
		}
		if k >= 2 && toks[k-1].s == "," && j+1 < len(toks) && toks[j].s == "," && toks[j+1].word && !toks[j+1].capitalised() &&
			!toks[j+1].in(speakerStops) && descriptionEnd(toks, 0) == 0 && toks[0].in(speakerDeterminers) {
			// Another critic, Ann Hale, likened the plan to “…”: the
			// name in apposition to the description that opens the
			// sentence, before its verb.
			return mentionOf(toks, k, j)
		}
		if k == 0 && j < len(toks) && toks[j].s == "," && (j >= k+2 || opensApposition(toks, j) && !toks[k].in(linkWords) && !toks[k].in(timeWords)) {
			// House Speaker Tom Reed, D-Maine, despite …: a name opening
			// the sentence before its apposition; a one-word name only
			// before a description (Lund, a quiet pilot, …), and no
			// link or time word (Still, the Gazette reported …).
			return mentionOf(toks, k, j)
		}
		if k == 0 && j == 1 && j+1 < len(toks) && toks[1].s == "," && isParticiple(toks[2]) && isUpperWord(toks[0].s) {
			// LUND, boasting about the vote: “…”: a last name in
			// capitals opening the sentence before a participle clause
			// of its own, as fact checks set each claim they test.
			return mentionOf(toks, 0, 1)
		}
	}
	return span.Span{}
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
// several harbour groups granted): a determiner, up to maxDescriptionWords
// words, then a lower-case word that reads as a verb — a speech verb, a
// word ending in -ed, or an adverb or auxiliary before one. It returns k
// when there is none.
func descriptionEnd(toks []attrToken, k int) int {
	if !toks[k].word || !toks[k].in(speakerDeterminers) || toks[k].in(possessivePronouns) {
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

// paraOf returns the index of the paragraph holding byte pos, searching
// from paragraph pi on.
func paraOf(paras []span.Span, pi, pos int) int {
	for pi+1 < len(paras) && paras[pi].End < pos {
		pi++
	}
	return pi
}

// skipQuoteMarks drops the closing marks, commas, dashes and colons that
// lead toks, before looking at what follows a quotation.
func skipQuoteMarks(toks []attrToken) []attrToken {
	for len(toks) > 0 && !toks[0].word && strings.ContainsAny(toks[0].s, "\"'”»“’‘«`,—–-:") {
		toks = toks[1:]
	}
	return toks
}

// speakerAfter reads an attribution that directly follows a quotation
// ending at byte end: ", said X", ", X said" or "― X".
func speakerAfter(text string, end, hi int) span.Span {
	toks := attrTokenize(text, end, quoteSentenceEnd(text, end, hi))
	if sp := speakerCredit(text, end, hi); sp.Len() > 0 {
		return sp
	}
	toks = skipQuoteMarks(toks)
	if len(toks) > 0 && toks[0].in(subordinators) {
		// “…,” when Ann Hale blasted him: a clause about another moment,
		// not the quotation's attribution.
		return span.Span{}
	}
	if n := isVerbAt(toks, 0); n > 0 {
		rest := toks[n:]
		if i, j, ok := phraseAfter(rest); ok {
			return mentionOf(rest, i, j)
		}
		return span.Span{}
	}
	for v := 1; v < len(toks) && v < maxVerbReach; v++ {
		if isVerbAt(toks, v) == 0 {
			if !toks[v].word && !strings.ContainsAny(toks[v].s, ",().") {
				return span.Span{}
			}
			continue
		}
		if m, _, handled := formSpeaker(toks, v, isVerbAt(toks, v)); handled {
			return m
		}
		if i, j, ok := phraseBefore(toks[:v]); ok {
			return mentionOf(toks, i, j)
		}
		return span.Span{}
	}
	return span.Span{}
}

// subordinators open a clause after a quotation that tells when or why
// rather than who spoke (when, because); "as" is not one of them (“…,” as
// Ann Hale said, is an attribution).
var subordinators = textutil.NewWordSet(`when whenever while after before because since until
	although though if unless once whereas`)

// maxAttributionTail is the most words after the speech verb of a sentence
// that is only an attribution (Jane Roe said in a statement).
const maxAttributionTail = 4

// speakerBareAttribution reads a sentence after a quotation that ended
// with its own full stop when that sentence is only an attribution with no
// comma (“… in May.” Jane Roe said. / “… in May.” said Jane Roe.), as
// copied text often writes it: a speaker and a speech verb with at most a
// few words after them.
func speakerBareAttribution(text string, end, hi int) span.Span {
	stop := quoteSentenceEnd(text, end, hi)
	toks := skipQuoteMarks(attrTokenize(text, end, stop))
	if len(toks) == 0 {
		return span.Span{}
	}
	if toks[len(toks)-1].s != "." {
		last, le := toks[len(toks)-1].end, lineEnd(text, end)
		if last <= le && strings.TrimSpace(text[last:le]) == "" && len(toks) > 1 &&
			(toks[0].in(speakerTitles) || firstNameGender(toks[0].s) != genderUnknown) {
			// “… in May.” Dr. Jane Roe ¶: a credit may close its line
			// without a full stop; a title or a first name tells it
			// from a heading (Read More).
			return speakerCreditName(toks)
		}
		return span.Span{}
	}
	toks = toks[:len(toks)-1]
	for v := 0; v < len(toks) && v < maxPhraseWords; v++ {
		n := isVerbAt(toks, v)
		if n == 0 {
			continue
		}
		if m, j, handled := formSpeaker(toks, v, n); handled {
			if len(toks)-j > maxAttributionTail {
				return span.Span{}
			}
			return m
		}
		var m span.Span
		if i, j, ok := phraseBefore(toks[:v]); ok && i == 0 {
			m = mentionOf(toks, i, j)
			if len(toks)-v-n > maxAttributionTail {
				return span.Span{}
			}
		} else if i, j, ok := phraseAfter(toks[v+n:]); ok && v == 0 && len(toks)-(v+n+j) <= maxAttributionTail {
			m = mentionOf(toks[v+n:], i, j)
		}
		return m
	}
	return speakerCreditName(toks)
}

// speakerCreditName reads a credit that is a name alone after a quotation
// (“… in May.” Dr. Jane Roe), as a pull quote or a caption gives it.
func speakerCreditName(toks []attrToken) span.Span {
	if len(toks) < 2 || len(toks) > maxNameWords+1 || !isNameRun(toks) {
		return span.Span{}
	}
	return mentionOf(toks, 0, len(toks))
}

// speakerCredit reads a credit line after a quotation: a dash and a name
// (“…” ― Jane Roe).
func speakerCredit(text string, end, hi int) span.Span {
	toks := attrTokenize(text, end, quoteSentenceEnd(text, end, hi))
	for len(toks) > 0 && !toks[0].word && strings.ContainsAny(toks[0].s, "\"”»'’") {
		toks = toks[1:]
	}
	if len(toks) < 2 || toks[0].word || !strings.ContainsAny(toks[0].s, "―—–") {
		return span.Span{}
	}
	if i, j, ok := phraseAfter(toks[1:]); ok && toks[1+i].capitalised() {
		return mentionOf(toks[1:], i, j)
	}
	return span.Span{}
}

// speakerLater reads an attribution later in the sentence a quotation
// ends: "“…” of the plan, the senator said".
func speakerLater(text string, end, hi int) span.Span {
	toks := attrTokenize(text, end, quoteSentenceEnd(text, end, hi))
	for v := range toks {
		n := isVerbAt(toks, v)
		if n == 0 {
			continue
		}
		if m, _, handled := formSpeaker(toks, v, n); handled {
			return m
		}
		if i, j, ok := phraseBefore(toks[:v]); ok {
			return mentionOf(toks, i, j)
		}
		if toks[v].in(listenerVerbs) {
			return span.Span{} // … to ask the board for more: not the board
		}
		rest := toks[v+n:]
		if i, j, ok := phraseAfter(rest); ok {
			return mentionOf(rest, i, j)
		}
		return span.Span{}
	}
	return span.Span{}
}

// speakerLabel reads a transcript label opening the quotation itself
// ("SMITH: We will…"): a run of upper-case words before a colon.
func speakerLabel(text string, q span.Span) span.Span {
	toks := attrTokenize(text, q.Start, min(q.End, q.Start+maxLabel))
	for k, t := range toks {
		if t.s == ":" {
			if k == 0 {
				return span.Span{}
			}
			return mentionOf(toks, 0, k)
		}
		if !t.word || strings.ToUpper(t.s) != t.s || !t.capitalised() || k > 3 {
			return span.Span{}
		}
	}
	return span.Span{}
}

// maxSentence bounds in bytes how far attribution looks around a
// quotation, which keeps the work per quotation constant and the whole
// extraction linear even in text without sentence ends.
const maxSentence = 600

// The windows the speaker search looks through, in tokens or bytes of the
// text. Attributions are short: a wider window finds names that belong to
// other sentences.
const (
	// maxAppositive is the most tokens of an apposition between commas
	// before a speech verb ("X, a lawyer for the family, said").
	maxAppositive = 25
	// maxPhraseWords is the most words of a speaker phrase before a verb.
	maxPhraseWords = 10
	// maxVerbReach is the most tokens after a quotation searched for the
	// speech verb of a later attribution.
	maxVerbReach = 30
	// maxClause is the most tokens of the clause that runs on after a
	// quotation up to its comma.
	maxClause = 20
	// maxLabel is the most bytes at the start of a quotation searched for
	// a transcript label ("SMITH:").
	maxLabel = 60
	// maxSplitGap is the most bytes between the parts of a split quotation.
	maxSplitGap = 120
	// pronounReach is how many bytes before a quotation a pronoun speaker
	// is resolved in.
	pronounReach = 2000
)

// quoteSentenceEnd returns where the sentence that continues at byte from ends,
// at most hi.
func quoteSentenceEnd(text string, from, hi int) int {
	hi = min(hi, from+maxSentence)
	for i := from; i < hi; i++ {
		switch text[i] {
		case '.', '?', '!':
			if i+1 >= hi || spaceAt(text, i+1) > 0 || isGluedSentenceEnd(text, i) {
				if text[i] == '.' && isNameAbbrevBefore(text, from, i) {
					continue
				}
				return i + 1
			}
		}
	}
	return hi
}

// quoteSentenceStart returns where the sentence that holds byte to begins, at
// least lo.
func quoteSentenceStart(text string, lo, to int) int {
	lo = max(lo, to-maxSentence)
	for i := to - 1; i > lo; i-- {
		if isGluedSentenceEnd(text, i-1) && !isNameAbbrevBefore(text, lo, i-1) {
			return i
		}
		if n := spaceAt(text, i); n > 0 {
			switch text[i-1] {
			case '.', '?', '!':
				if text[i-1] == '.' && isNameAbbrevBefore(text, lo, i-1) {
					continue
				}
				return i + n
			}
		}
	}
	return lo
}

// spaceAt returns the length of the space that separates sentences at
// byte i — a space, a tab, a line break or a no-break space (U+00A0, as
// web pages put after a full stop) — or 0.
func spaceAt(text string, i int) int {
	switch text[i] {
	case ' ', '\n', '\t', '\r':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// isGluedSentenceEnd reports whether the full stop at byte dot ends a
// sentence that the next one follows without a space, as text copied from
// web pages often does (“… the week.The talks …”): a lower-case letter or a
// closing quotation mark before it and a capital after it. U.S. has a
// capital before its dots and is not taken for one.
func isGluedSentenceEnd(text string, dot int) bool {
	if dot < 1 || dot+1 >= len(text) || text[dot] != '.' || text[dot+1] < 'A' || text[dot+1] > 'Z' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:dot])
	return unicode.IsLower(r) || strings.ContainsRune("\"”’»", r)
}

// isNameAbbrevBefore reports whether the dot at byte dot ends an abbreviation
// such as Mr. or an initial, so that it does not end the sentence.
func isNameAbbrevBefore(text string, lo, dot int) bool {
	i := dot
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if !isQuoteWordRune(r) && r != '.' {
			break
		}
		i -= n
	}
	return i < dot && (isNameAbbrev(text[i:dot]) || isDateAbbrev(text, text[i:dot], dot))
}

// monthAbbreviations are the months news style cuts before a day (Nov. 6).
var monthAbbreviations = textutil.NewWordSet(`jan feb aug sep sept oct nov dec`)

// isDateAbbrev reports whether w, followed by the dot at byte dot, is a
// month cut before the day's number (Ann Hale told the Gazette on Nov. 6
// the pier was safe.): a date inside the sentence, not its end.
func isDateAbbrev(text, w string, dot int) bool {
	return monthAbbreviations.HasFold(w) && dot+2 < len(text) && text[dot+1] == ' ' &&
		text[dot+2] >= '0' && text[dot+2] <= '9'
}

// speakerBefore reads an attribution in the sentence that leads up to a
// quotation beginning at byte start: "X said", "said X,", "according to X,"
// or "X:".
func speakerBefore(text string, lo, start int) span.Span {
	s := quoteSentenceStart(text, lo, start)
	toks := attrTokenize(text, s, start)
	for len(toks) > 0 && !toks[len(toks)-1].word && strings.ContainsAny(toks[len(toks)-1].s, "\"“«„'‘`") {
		toks = toks[:len(toks)-1]
	}
	for v := len(toks) - 1; v >= 0; v-- {
		n := isVerbAt(toks, v)
		if n == 0 {
			continue
		}
		if m, _, handled := formSpeaker(toks, v, n); handled {
			return m
		}
		if v == 0 && n == 1 && strings.HasSuffix(toks[v].s, "ing") {
			// Saying the plan was “a mess,” …: the speaker is the subject
			// of the main clause, which speakerParticiple reads.
			return span.Span{}
		}
		if v > 1 && strings.HasSuffix(toks[v].s, "ing") && (toks[v-1].is("him") || toks[v-1].is("her")) {
			// Ann Hale recalled him saying “…”: his words, not hers.
			return mentionOf(toks, v-1, v)
		}
		if v > 0 && toks[v-1].s == "," && n == 1 && strings.HasSuffix(toks[v].s, "ing") {
			// Jane Roe spoke on Monday, saying “…”: the clause's subject;
			// but Still, according to Jane Roe: “…” names its speaker
			// after the verb.
			return sentenceSubject(text, s, toks[v].start)
		}
		if i, j, ok := phraseBefore(toks[:v]); ok {
			if w := toks[i].lower(); j == i+1 && (w == "who" || w == "which") {
				continue // anybody who complains “…”: not the speaker
			}
			return mentionOf(toks, i, j)
		}
		if v > 1 && toks[v-1].is("and") {
			// Tom Reed toured the pier and vowed “…”: the speech verb
			// shares the subject of the sentence's first verb.
			return sentenceSubject(text, s, toks[v].start)
		}
		if toks[v].in(listenerVerbs) {
			return span.Span{} // led Ann Hale to tell the board, “…”: not the board
		}
		if toks[v].in(namingVerbs) {
			return span.Span{} // a letter … called the plan “…”: not the plan
		}
		rest := toks[v+n:]
		if i, j, ok := phraseAfter(rest); ok {
			return mentionOf(rest, i, j)
		}
		return span.Span{}
	}
	if len(toks) == 0 && s > lo {
		return speakerPrevSentence(text, lo, s)
	}
	if n := len(toks); n >= 2 && toks[n-1].s == ":" && n <= 8 {
		if c := claimOwner(toks[:n], true); c.Len() > 0 {
			return c // Ann Hale's assessment was blunt: “…”
		}
		// A label opens its clause (Ann Hale:, In a statement, Ann
		// Hale:); a name after a preposition ends one (shared the news
		// on Instagram:, NEWS FROM THE PIER:).
		if i, j, ok := phraseBefore(toks[:n-1]); ok && (i == 0 || !toks[i-1].word || toks[i].in(speakerDeterminers) && !toks[i-1].in(speakerStops)) {
			for h := i + 1; h < j; h++ {
				if !toks[h].capitalised() && startsPredicate(toks[h]) {
					// Tom Reed didn't mince words: “…”: the name is
					// the subject of a predicate, not a label.
					if toks[h-1].capitalised() && isNameRun(toks[i:h]) {
						return mentionOf(toks, i, h)
					}
					return span.Span{}
				}
			}
			if toks[j-1].in(speechNouns) {
				return wordsOwner(text, s, toks, i, j)
			}
			return mentionOf(toks, i, j)
		}
	}
	return span.Span{}
}

// auxiliaries open a predicate (Tom Reed was blunt, Ann Hale has a
// message).
var auxiliaries = textutil.NewWordSet(`is was are were has had have did does do will would can could
	should may might must`)

// startsPredicate reports whether the lower-case word t reads as the
// start of a verb phrase: an auxiliary, a negated one (didn't), a past
// form in -ed, an adverb in -ly or a speech verb.
func startsPredicate(t attrToken) bool {
	return t.in(auxiliaries) || strings.HasSuffix(t.s, "n't") || strings.HasSuffix(t.s, "n’t") ||
		strings.HasSuffix(t.s, "ed") || isAdverb(t) || t.in(speechVerbs)
}

// claimOwner returns the owner of the last speech noun in toks, the
// clause before a quotation, that has one: a capitalised possessive, or
// his, her or their, with at most a few lower-case words of a role
// between (Ann Hale's chief aide's claim). Only that, of, for, to, a comma
// or a colon may follow the noun, so that a verb on the claim (Ann Hale's
// claim was “false”) gives no speaker; but in a sentence that ends with a
// colon before the quotation, the noun may be the subject of any verb
// (Ann Hale's assessment was blunt:).
func claimOwner(toks []attrToken, beforeColon bool) span.Span {
	for k := len(toks) - 2; k >= 1 && (beforeColon || len(toks)-k <= maxClause); k-- {
		if !toks[k].in(speechNouns) {
			continue
		}
		linked := beforeColon || toks[k+1].in(claimLinks) || toks[k+1].s == "," || toks[k+1].s == ":"
		for o := k - 1; o >= 0 && k-o <= maxRoleWords; o-- {
			owner := span.Span{}
			switch {
			case isPossessive(toks[o].s) && toks[o].capitalised():
				s := nameRunStart(toks, o)
				for s < o && (toks[s].in(introWords) || toks[s].in(clauseOpeners)) {
					s++ // In Ann Hale's words: the opening preposition is no name
				}
				owner = mentionOf(toks, s, o+1)
			case toks[o].is("his") || toks[o].is("her") || toks[o].is("their"):
				owner = mentionOf(toks, o, o+1)
			}
			if owner.Len() > 0 {
				if !linked {
					return span.Span{}
				}
				return owner
			}
			if !toks[o].word || toks[o].capitalised() {
				break
			}
		}
	}
	return span.Span{}
}

// claimLinks join a speech noun to what was said (the claim that, the
// call for, the promise to, the pledge of).
var claimLinks = textutil.NewWordSet(`that of for to`)

// wordsOwner returns who says the words that the phrase toks[i:j], in
// the sentence from byte s, names before a colon: the owner of Ann Hale's
// answer, or the subject of Ann Hale had a short answer.
func wordsOwner(text string, s int, toks []attrToken, i, j int) span.Span {
	for k := i; k < j-1; k++ {
		if isPossessive(toks[k].s) {
			return mentionOf(toks, i, k+1)
		}
	}
	if toks[i].in(speakerDeterminers) {
		return sentenceSubject(text, s, toks[i].start)
	}
	return mentionOf(toks, i, j)
}

// speakerParticiple attributes a quotation inside a participial clause
// that opens its sentence (Calling the plan “a mess,” Jane Roe unveiled …)
// to the subject of the main clause after it: a name, an organisation (the
// Harbour Authority) or a pronoun, followed by a lower-case verb.
func speakerParticiple(text string, lo, start, end, hi int) span.Span {
	toks := attrTokenize(text, quoteSentenceStart(text, lo, start), start)
	if len(toks) == 0 || !toks[0].capitalised() || !strings.HasSuffix(toks[0].s, "ing") {
		return span.Span{}
	}
	for _, t := range toks {
		if t.s == "," {
			return span.Span{} // the clause ended before the quotation
		}
	}
	rest := attrTokenize(text, end, quoteSentenceEnd(text, end, hi))
	if !strings.HasSuffix(text[start:end], ",") {
		// The clause goes on after the quotation up to its comma.
		c := 0
		for c < len(rest) && c < maxClause && rest[c].s != "," {
			c++
		}
		if c >= len(rest) || rest[c].s != "," {
			return span.Span{}
		}
		rest = rest[c:]
	}
	rest = skipQuoteMarks(rest)
	i := 0
	if len(rest) > 1 && rest[0].in(speakerDeterminers) {
		i = 1 // the Harbour Authority
	}
	j := i
	switch {
	case i == 0 && len(rest) > 0 && rest[0].word && rest[0].in(speakerPronouns):
		j = 1
	case i == 1 && len(rest) > 1 && !rest[1].capitalised():
		// the city council voted: a description up to its verb.
		for j < len(rest) && j < 5 && isDescriptionWord(rest[j]) {
			j++
		}
	default:
		for j < len(rest) && j-i < 8 && rest[j].word && (rest[j].capitalised() || j > i && isNameJoiner(rest, j)) {
			j++
		}
	}
	if j == i || j >= len(rest) || !rest[j].word || rest[j].capitalised() {
		return span.Span{}
	}
	return mentionOf(rest, 0, j)
}

// firstWord returns the first word of s, up to a space.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// isDescriptionWord reports whether a lower-case word may belong to a
// description (the city council) rather than be the verb after it (voted,
// will, said).
func isDescriptionWord(t attrToken) bool {
	w := t.lower()
	return t.word && !t.capitalised() && !strings.HasSuffix(w, "ed") && !speechVerbs.Has(w) &&
		!speakerVerbFollowers.Has(w) && !speakerStops.Has(w) && !speakerPronouns.Has(w)
}

// speakerPrevSentence attributes a quotation that opens a sentence to the
// sentence before it when that one ends in an attribution ("…, Jane Roe
// said. “…”").
func speakerPrevSentence(text string, lo, end int) span.Span {
	toks := attrTokenize(text, quoteSentenceStart(text, lo, end-1), end)
	n := len(toks)
	if n < 3 || toks[n-1].s != "." {
		return span.Span{}
	}
	if isVerbAt(toks, n-2) == 1 {
		if i, j, ok := phraseBefore(toks[:n-2]); ok {
			return mentionOf(toks, i, j)
		}
	}
	return span.Span{}
}

// speakerBetween reads the attribution between the parts of a split
// quotation ("…," she said, "…").
func speakerBetween(text string, parts []span.Span) span.Span {
	// Without parts there is nothing between; the loop does not run.
	for k := 1; k < len(parts); k++ {
		if sp := speakerAfter(text, parts[k-1].End, parts[k].Start); sp.Len() > 0 {
			return sp
		}
	}
	return span.Span{}
}

// speakerColon attributes a quotation that opens a paragraph to the
// speaker of the previous paragraph when that ends with a colon, or with a
// speech verb and a comma.
func speakerColon(text string, prev span.Span, start int) span.Span {
	t := strings.TrimRightFunc(prev.Text(text), unicode.IsSpace)
	if strings.HasSuffix(t, ",") {
		// … the harbour master explains, ¶ “…”: a speech verb and its
		// comma end the paragraph as a colon would.
		toks := attrTokenize(text, max(prev.Start, prev.Start+len(t)-maxVerbBytes), prev.Start+len(t)-1)
		if n := len(toks); n == 0 || isVerbAt(toks, n-1) == 0 {
			return span.Span{}
		}
		return speakerBefore(text, prev.Start, prev.Start+len(t)-1)
	}
	if !strings.HasSuffix(t, ":") {
		return span.Span{}
	}
	return speakerBefore(text, prev.Start, prev.Start+len(t))
}

// maxVerbBytes is how far before a paragraph's closing comma speakerColon
// reads for its speech verb.
const maxVerbBytes = 20

// isSplitGap reports whether the text between two quotations, bytes
// [a, b), is only an attribution, so that they are one split quotation.
func isSplitGap(text string, a, b int) bool {
	if strings.IndexByte(text[a:b], '\n') >= 0 {
		// A line break starts another paragraph, as text with single
		// line breaks writes it: the words after it are a new remark.
		return false
	}
	gap := strings.TrimSpace(strings.Trim(strings.TrimSpace(text[a:b]), quoteMarkChars))
	if gap == "" || len(gap) > maxSplitGap || strings.ContainsAny(gap, ".!?") && !strings.HasSuffix(gap, ",") {
		return false
	}
	if !strings.HasSuffix(gap, ",") && !strings.HasSuffix(gap, ":") && !strings.HasSuffix(gap, "—") || holdsSentenceEnd(gap) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(gap); unicode.IsUpper(r) && quoteEndsSentence(text[max(0, a-4):a]) {
		// “… an option.” The Gazette quoted Tom Reed as saying: “…”: the
		// first words ended their sentence and a new one opens, with
		// another person's words.
		return false
	}
	return speakerAfter(text, a, b).Len() > 0
}

// holdsSentenceEnd reports whether s ends a sentence before its last
// words (“…?” the ad asks. The spot shows him saying, “…”): a full stop,
// question or exclamation mark followed by a space and a capital, the
// dot of an abbreviation (Sen. J. Doe, D-Ohio) not counted.
func holdsSentenceEnd(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !strings.ContainsRune(".?!", rune(s[i])) || s[i+1] != ' ' || s[i+2] < 'A' || s[i+2] > 'Z' {
			continue
		}
		if s[i] != '.' || !isNameAbbrevBefore(s, 0, i) {
			return true
		}
	}
	return false
}

// isPronoun reports whether a speaker is a bare pronoun.
func isPronoun(s string) bool { return speakerPronouns.HasFold(s) }

// remember records a named speaker under its last token so that a later
// pronoun or short mention can be resolved to it.
func remember(known map[string]span.Span, text string, m span.Span) {
	toks := attrTokenize(text, m.Start, m.End)
	if len(toks) == 0 || !toks[0].capitalised() && !toks[0].in(speakerTitles) {
		return
	}
	last := textutil.ToLower(trimPossessive(toks[len(toks)-1].lower()))
	if _, ok := known[last]; !ok {
		known[last] = m
	}
}

// recentAttribution resolves he or she to the speaker of the latest
// attribution in text[lo:pos] that may stand for it: the subject of a speech
// verb outside the quotations before pos (Jane Roe, who met Tom Reed, said
// she …), or the speaker of one of those quotations, returned as the
// quotation. It looks back at most a bounded distance, which keeps the
// work per quotation constant.
func recentAttribution(text, pronoun string, lo, pos int, prev []Quote, names *nameIndex) (span.Span, *Quote) {
	w := textutil.ToLower(pronoun)
	if w != "he" && w != "she" && w != "it" && w != "they" {
		return span.Span{}, nil
	}
	lo = max(lo, pos-pronounReach)
	end := pos
	for k := len(prev) - 1; end > lo; k-- {
		start := lo
		if k >= 0 {
			start = max(lo, min(prev[k].End, end))
		}
		if sp := lastAttribution(text, w, start, end, names); sp.Len() > 0 {
			return sp, nil
		}
		if k < 0 || prev[k].End <= lo {
			return span.Span{}, nil
		}
		if sp := prev[k].Speaker; isNamed(sp) && pronounFits(w, attrTokenize(sp, 0, len(sp)), names) {
			return span.Span{}, &prev[k]
		}
		end = prev[k].Start
	}
	return span.Span{}, nil
}

// pronounAntecedent resolves he, she, it or they at byte pos of the
// paragraph starting at para: an attribution in the paragraph before pos,
// then a person who opens one of its sentences as the subject, then an
// attribution back to lo (see [recentAttribution]). A paragraph that
// brings in a new person (“…,” Tom Reed said. ¶ Paul Lund, a pilot, met
// the board. “…,” he said.) turns the pronoun to that person.
func pronounAntecedent(text, pronoun string, para, lo, pos int, prev []Quote, names *nameIndex) (span.Span, *Quote) {
	if r, q := recentAttribution(text, pronoun, para, pos, prev, names); r.Len() > 0 || q != nil || para <= lo {
		return r, q
	}
	if r := openingSubject(text, pronoun, para, pos, names); r.Len() > 0 {
		return r, nil
	}
	return recentAttribution(text, pronoun, lo, pos, prev, names)
}

// openingSubject returns the last person's name in text[lo:pos] that
// opens its sentence and goes on with a lower-case verb or an apposition
// (Ann Hale walked …, Ann Hale, a pilot, …), when he or she may stand for
// it. The name opens with a title or a listed first name, or else is no
// other way of writing a full name of the document (see [unlistedName]).
func openingSubject(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	w := textutil.ToLower(pronoun)
	if w != "he" && w != "she" {
		return span.Span{}
	}
	toks := attrTokenize(text, max(lo, pos-pronounReach), pos)
	for k := len(toks) - 2; k > 0; k-- {
		if !toks[k].capitalised() || isPossessive(toks[k].s) {
			continue
		}
		s := nameRunStart(toks, k)
		next := toks[k+1]
		if k > s && opensSentence(text, toks[s].start) && (next.word && !next.capitalised() || opensApposition(toks, k+1)) &&
			(toks[s].in(speakerTitles) || firstNameGender(toks[s].s) != genderUnknown || unlistedName(text, toks[s:k+1], names)) &&
			!toks[k].in(roleWords) && pronounFits(w, toks[s:k+1], names) && plausibleMention(text, mentionOf(toks, s, k+1)) {
			return mentionOf(toks, s, k+1)
		}
		k = s
	}
	return span.Span{}
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

// lastAttribution returns the last subject of a speech verb in text[a:b]
// that pronounFits.
func lastAttribution(text, pronoun string, a, b int, names *nameIndex) span.Span {
	toks := attrTokenize(text, a, b)
	for v := len(toks) - 1; v >= 0; v-- {
		n := isVerbAt(toks, v)
		if n == 0 {
			continue
		}
		if i, j, ok := phraseBefore(toks[:v]); ok {
			if pronounFits(pronoun, toks[i:j], names) && plausibleMention(text, mentionOf(toks, i, j)) && !nameTail(toks, i) {
				return mentionOf(toks, i, j)
			}
			continue
		}
		if i, j, ok := phraseAfter(toks[v+n:]); ok && pronounFits(pronoun, toks[v+n+i:v+n+j], names) && plausibleMention(text, mentionOf(toks[v+n:], i, j)) {
			return mentionOf(toks[v+n:], i, j)
		}
	}
	return span.Span{}
}

// pronounFits reports whether the speaker toks may be called he or she: a
// name or a description of a person (the official), not a pronoun, not an
// organisation (the Foreign Ministry), not a Mr for she or a Ms for he, not
// a person whose first name (in toks or in the document's full names) is
// the other gender's.
func pronounFits(pronoun string, toks []attrToken, names *nameIndex) bool {
	if p := textutil.ToLower(pronoun); p == "it" || p == "they" {
		return bodyFits(p, toks)
	}
	all := toks // with the role, which may tell he or she (harbour widow Ann Hale)
	toks = personPart(toks)
	if len(toks) == 0 || isPossessive(toks[len(toks)-1].s) {
		return false
	}
	first := toks[0].lower()
	switch {
	case speakerPronouns.Has(first):
		return false
	case speakerDeterminers.Has(first):
		// the official is he or she, the officials or the fishermen
		// are they, the debate is neither.
		last := toks[len(toks)-1]
		return !last.capitalised() && !isPluralPersonNoun(last.lower()) && personNoun(last.lower())
	case !toks[0].capitalised():
		return false
	case !toks[len(toks)-1].capitalised() && !personNoun(toks[len(toks)-1].lower()):
		return false // Republicans weren't: a clause, not a person
	case first == "mr":
		return pronoun == "he"
	case first == "ms" || first == "mrs" || first == "miss":
		return pronoun == "she"
	}
	// Ann Hale is she, Tom Reed he, by the list of first names; Hale
	// alone by the first names the document gives the name in full.
	want := pronounGender(pronoun)
	if g := personGender(all); g != genderUnknown {
		return g == want
	}
	full := names.of(nameKey(toks))
	for _, f := range full {
		given, _, _ := strings.Cut(f, " ")
		if g := firstNameGender(given); g == genderUnknown || g == want {
			return true
		}
	}
	return len(full) == 0
}

// collectiveNouns are bodies that news writing calls "they" as often as
// "it" (the campaign said … they added).
var collectiveNouns = textutil.NewWordSet(`campaign team family staff company firm group government
	administration committee council board agency ministry department office`)

// bodyFits reports whether the speaker toks may be called it or they: a
// body or a document named with a determiner (the report, the Harbour
// Board, Acme's campaign), singular for it; a group of people or a
// collective body for they. A person's name never fits.
func bodyFits(pronoun string, toks []attrToken) bool {
	if len(toks) < 2 {
		return false
	}
	first, last := toks[0], toks[len(toks)-1]
	if !last.word || !(first.in(speakerDeterminers) || ownedBy(toks[:len(toks)-1])) || isPossessive(last.s) {
		return false
	}
	w := last.lower()
	if pronoun == "they" {
		return !last.capitalised() && (isGroupNoun(w) || collectiveNouns.Has(w))
	}
	if last.capitalised() {
		return first.is("the") // the Harbour Board, not a Mr or a Ms
	}
	return !personNoun(w) || collectiveNouns.Has(w)
}

// ownedBy reports whether toks hold a possessive (Ann Hale's), so that
// the noun after them is the owner's body (Ann Hale's campaign).
func ownedBy(toks []attrToken) bool {
	for _, t := range toks {
		if isPossessive(t.s) {
			return true
		}
	}
	return false
}

// personPart returns the part of a speaker mention that tells who the
// person is: without a party tag in brackets after the name (Sen. Tom
// Reed (D-Maine)) and without a lower-case role written before it (harbour
// widow Ada Lind), which says nothing of he or she.
func personPart(toks []attrToken) []attrToken {
	if n := len(toks); n > 2 && toks[n-1].s == ")" {
		for k := n - 2; k > 0; k-- {
			if toks[k].s == "(" {
				toks = toks[:k]
				break
			}
		}
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

// resolvePronoun returns the named speaker or titled name that he or she
// stands for: the one mentioned last before byte pos as a subject, not as an
// object or a possessive (met Tom Reed, Tom Reed's plan), and a possessor
// only when no other name fits; looking back a bounded distance so that the
// work stays linear.
func resolvePronoun(text, pronoun string, pos int, known map[string]span.Span, names *nameIndex) span.Span {
	w := textutil.ToLower(pronoun)
	if w != "he" && w != "she" {
		return span.Span{}
	}
	lo := max(0, pos-pronounReach)
	toks := attrTokenize(text, lo, pos)
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if !t.capitalised() || isPossessive(t.s) {
			continue // Tom Reed's offer: not who acts
		}
		if s := nameRunStart(toks, k); s > 0 && toks[s-1].word && !toks[s-1].capitalised() && isVerbAt(toks, s-1) == 0 {
			k = s // met Tom Reed, with Tom Reed: an object, not a subject
			continue
		}
		if m, ok := known[t.lower()]; ok && pronounFits(w, attrTokenize(text, m.Start, m.End), names) {
			return m
		}
		s := nameRunStart(toks, k)
		if full := names.of(t.lower()); len(full) > 0 && k > s && pronounFits(w, toks[s:k+1], names) ||
			s == k && onePersonFits(w, full, names) {
			// Lind, after Ada Lind was named: the person by the name
			// the document gives in full.
			return mentionOf(toks, s, k+1)
		}
		subject := k > s && opensSentence(text, toks[s].start) && k+1 < len(toks) &&
			(toks[k+1].word && !toks[k+1].capitalised() || opensApposition(toks, k+1))
		if k > s && !toks[k].in(roleWords) && !holdsTitleWord(toks[s:k+1]) && (subject || toks[s].in(speakerTitles) || firstNameGender(toks[s].s) != genderUnknown) && pronounFits(w, toks[s:k+1], names) &&
			plausibleMention(text, mentionOf(toks, s, k+1)) {
			// Sen. Ann Hale, Ann Hale: a person by title or first name.
			return mentionOf(toks, s, k+1)
		}
	}
	// No subject fits: the last person the document names in full who
	// fits, wherever the name stands.
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if full := names.of(t.lower()); t.capitalised() && len(full) > 0 && onePersonFits(w, full, names) {
			return mentionOf(toks, k, k+1)
		}
	}
	// Nor does any listed name: the last name of two or three capitalised
	// words that may be he or she (Kieran Dale, Dr. Ines Varga).
	for k := len(toks) - 1; k > 0; k-- {
		if !toks[k].capitalised() || isPossessive(toks[k].s) || k+1 < len(toks) && toks[k+1].capitalised() {
			continue
		}
		s := nameRunStart(toks, k)
		if s > 0 && (toks[s-1].in(speakerDeterminers) || startsWithDigit(toks[s-1].s)) {
			// the 2019 Harbour Survey: a determiner or a number makes
			// the run a thing's name, not a person's.
			k = s
			continue
		}
		if n := k + 1 - s; n >= 2 && n <= 3 && !toks[k].in(roleWords) && !holdsTitleWord(toks[s:k+1]) && pronounFits(w, toks[s:k+1], names) &&
			plausibleMention(text, mentionOf(toks, s, k+1)) {
			return mentionOf(toks, s, k+1)
		}
		k = s
	}
	// Nor any name that acts: a possessor whose title or first name
	// fits, who is then the only person the pronoun can be (onto Ann
	// Hale's land … she said).
	for k := len(toks) - 1; k >= 0; k-- {
		if t := toks[k]; t.capitalised() && isPossessive(t.s) {
			if s := nameRunStart(toks, k); personGender(toks[s:k+1]) == pronounGender(w) {
				return mentionOf(toks, s, k+1)
			}
		}
	}
	return span.Span{}
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

// onePersonFits reports whether exactly one of the full names fits the
// pronoun, so that a last name alone stands for that person.
func onePersonFits(pronoun string, full []string, names *nameIndex) bool {
	// Ann Hale and Ann B. Hale are one person written two ways: the full
	// names that fit count by their first names.
	first := ""
	for _, f := range full {
		if !pronounFits(pronoun, attrTokenize(f, 0, len(f)), names) {
			continue
		}
		given, _, _ := strings.Cut(f, " ")
		if first != "" && !strings.EqualFold(given, first) {
			return false
		}
		first = given
	}
	return first != ""
}

// startsWithDigit reports whether a word begins with a digit (2019, 9/11).
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// nameRunStart returns where the run of capitalised words ending at toks[k]
// begins.
func nameRunStart(toks []attrToken, k int) int {
	for k > 0 && toks[k-1].capitalised() {
		k--
	}
	return k
}

// isUpperWord reports whether w is a word of three letters or more all in
// capitals (LUND), not an initial or an abbreviation with dots.
func isUpperWord(w string) bool {
	return len(w) >= 3 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !strings.ContainsAny(w, ".-")
}
