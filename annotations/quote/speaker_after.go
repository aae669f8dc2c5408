package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// namingVerbs give a thing a name or a description in someone's words:
// their object is what the quotation names (called the plan “a folly”,
// described the pier as “unsafe”), never who speaks.
var namingVerbs = textutil.NewWordSet(`call called calls calling describe described describes describing
	dubbed labeled labelled branded termed`)

// passiveAgent returns the agent of a passive speech or naming verb right
// before a quotation that ends at byte end (The plan was called “a waste”
// by Ann Hale; dubbed “a waste” by Ann Hale): the one named after by.
func passiveAgent(text string, lo, start, end, hi int) span.Span {
	from := max(lo, start-maxAgentBytes)
	if !mayEndWithAgentVerb(text, from, start) {
		// Most quotations open a paragraph, or follow a comma or
		// a word that is no verb: told from the bytes, without
		// tokenizing the window.
		return span.Span{}
	}
	before := attrTokenize(text, from, start)
	for len(before) > 0 && !before[len(before)-1].word && strings.ContainsAny(before[len(before)-1].s, quoteMarkChars) {
		before = before[:len(before)-1]
	}
	if n := len(before); n > 0 && before[n-1].is("as") {
		before = before[:n-1] // described as “…” by
		if m := agentBeforeAs(before); m.Len() > 0 {
			return m
		}
	}
	if n := len(before); n > 1 && before[n-1].in(articles) && before[n-2].in(namingVerbs) {
		before = before[:n-1] // dubbed the “…” by
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
	for j := 1; j < len(after) && j <= maxBareGroupWords && after[j].word && !after[j].capitalised(); j++ {
		if isPluralPersonNoun(after[j].lower()) {
			return mentionOf(after, 1, j+1) // dubbed “…” by sailors held there
		}
	}
	return span.Span{}
}

// mayEndWithAgentVerb reports whether the last token of text[from:to]
// that is no quotation mark may be as or a naming or speech verb, which
// passiveAgent looks for: false when the bytes already tell it is none, so
// that the window need not be tokenized. Only marks and spaces, or a last
// other character that is punctuation (a token of its own: a word ends in
// a letter, a digit, an abbreviation's dot or a possessive's apostrophe,
// a mark), make no such token; nor does a plain last word that is no such
// word (see [lastPlainWord]). A nickname the tokenizer skips is always
// followed by a capitalised word, so it never ends the window.
func mayEndWithAgentVerb(text string, from, to int) bool {
	if from >= to {
		return false
	}
	t := strings.TrimRightFunc(text[from:to], isMarkOrSpace)
	if t == "" {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(t); !isQuoteWordRune(r) && r != '.' {
		return false
	}
	w, ok := lastPlainWord(t)
	return !ok || strings.EqualFold(w, "as") || articles.HasFold(w) || namingVerbs.HasFold(w) || speechVerbs.HasFold(w)
}

// agentBeforeAs returns the agent of a passive naming or speech verb that
// stands between the verb and the as before a quotation (The plan was
// described by Ann Hale as “…”), given the words before that as.
func agentBeforeAs(before []attrToken) span.Span {
	n := len(before)
	for b := n - 2; b >= 1 && n-b <= maxPhraseWords; b-- {
		if !before[b].is("by") {
			continue
		}
		if !before[b-1].in(namingVerbs) && !before[b-1].in(speechVerbs) {
			return span.Span{}
		}
		if i, j, ok := phraseAfter(before[b+1:]); ok && b+1+j == n {
			return mentionOf(before, b+1+i, b+1+j)
		}
		if n-b-1 <= maxBareGroupWords && isGroupNoun(before[n-1].lower()) && !anyCapitalised(before[b+1:]) {
			return mentionOf(before, b+1, n) // described by friends as
		}
		return span.Span{}
	}
	return span.Span{}
}

// maxAgentBytes is how far either side of a quotation passiveAgent reads.
const maxAgentBytes = 80

// speakerAfter reads an attribution that directly follows a quotation
// ending at byte end: ", said X", ", X said" or "― X".
func speakerAfter(text string, end, hi int) span.Span {
	return speakerAfterIn(attrTokenize(text, end, quoteSentenceEnd(text, end, hi)))
}

// speakerAfterIn reads the attribution of speakerAfter in toks, the tokens
// from the quotation's end to its sentence's end (see afterTokens in attribute).
func speakerAfterIn(toks []attrToken) span.Span {
	if sp := creditIn(toks); sp.Len() > 0 {
		return sp
	}
	toks = skipQuoteMarks(toks)
	if len(toks) > 0 && toks[0].in(subordinators) {
		// “…,” when Ann Hale blasted him: a clause about another moment,
		// not the quotation's attribution.
		return span.Span{}
	}
	if n := isVerbAt(toks, 0); n > 0 {
		if toks[0].in(tellVerbs) {
			// “John” told the Gazette that …: who is told listens; the
			// words before the verb are its subject's name, no remark.
			return span.Span{}
		}
		rest := toks[n:]
		if m := sourceOwner(toks[0], rest); m.Len() > 0 {
			return m
		}
		if i, j, ok := invertedSpeaker(rest); ok {
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
		if deniesSpeech(toks, v, isVerbAt(toks, v)) {
			// “…,” and Tom Reed said nothing: the clause tells that he
			// kept quiet, so the words are someone else's.
			return span.Span{}
		}
		if i, j, ok := phraseBefore(toks[:v]); ok && !joinedClause(toks, i) {
			return mentionOf(toks, i, j)
		}
		return span.Span{}
	}
	return span.Span{}
}

// tellVerbs put the listener right after them: after a quotation they are
// never inverted (“…,” said Ann Hale; never “…,” told Ann Hale).
var tellVerbs = textutil.NewWordSet(`tell tells told telling`)

// unlistedVerbIn reads an attribution after a quotation that closes with
// a comma when the clause after it is only a speaker and a past-tense verb
// that speechVerbs does not list (“…,” the source shared. / “…,” Ann Hale
// smiled, “…”): the comma inside the marks tells that the clause reports
// the words, whatever its verb. toks are the tokens from the quotation's
// end to its sentence's end (see afterTokens in attribute).
func unlistedVerbIn(toks []attrToken) span.Span {
	toks = skipQuoteMarks(toks)
	toks = toks[:wordsEnd(toks)] // the full stop or comma, and the next remark's mark
	n := len(toks)
	if n < 2 || n > maxPhraseWords+1 {
		return span.Span{}
	}
	if v := toks[n-1]; pastTenseWord(v) {
		if i, j, ok := phraseBefore(toks[:n-1]); ok && i == 0 && j == n-1 {
			return mentionOf(toks, i, j) // the source shared
		}
	}
	if pastTenseWord(toks[0]) {
		if i, j, ok := phraseAfter(toks[1:]); ok && i == 0 && 1+j == n {
			return mentionOf(toks, 1, n) // smiled Ann Hale
		}
	}
	return span.Span{}
}

// pastTenseWord reports whether t is a lower-case word spelt as a past
// tense (shared, smiled): the verb of a clause that is only an attribution.
func pastTenseWord(t attrToken) bool {
	return t.word && !t.capitalised() && len(t.s) > 4 && strings.HasSuffix(t.s, "ed")
}

// maxAliasWords is the most words of a name given in quotation marks.
const maxAliasWords = 2

// quotedAlias reads a speaker whose name the text puts in quotation marks
// right after the speech verb, as news writing marks a name it was given
// in place of the real one (“…,” said “Kay,” who asked not to be named):
// the next quotation, short and capitalised, with only a speech verb
// between the two and a comma or a full stop after it.
func quotedAlias(text string, end int, next Quote) span.Span {
	if !next.Short || len(next.Parts) > 0 || next.Start-end > maxSplitGap {
		return span.Span{}
	}
	toks := skipQuoteMarks(attrTokenize(text, end, next.Start))
	for len(toks) > 0 && !toks[len(toks)-1].word && strings.ContainsAny(toks[len(toks)-1].s, quoteMarkChars) {
		toks = toks[:len(toks)-1]
	}
	if len(toks) != 1 || isVerbAt(toks, 0) != 1 {
		return span.Span{}
	}
	name := attrTokenize(text, next.Start, next.End)
	for len(name) > 0 && !name[len(name)-1].word {
		name = name[:len(name)-1]
	}
	if len(name) == 0 || len(name) > maxAliasWords || !isNameRun(name) {
		return span.Span{}
	}
	after := strings.TrimLeft(text[next.End:min(len(text), next.End+8)], quoteMarkChars)
	if !strings.HasSuffix(next.Text, ",") && !strings.HasSuffix(next.Text, ".") && !strings.HasPrefix(after, ",") && !strings.HasPrefix(after, ".") {
		return span.Span{}
	}
	return mentionOf(name, 0, len(name))
}

// subordinators open a clause after a quotation that tells when or why
// rather than who spoke (when, because); "as" is not one of them (“…,” as
// Ann Hale said, is an attribution).
var subordinators = textutil.NewWordSet(`when whenever while after before because since until
	although though if unless once whereas`)

// maxAttributionTail is the most words after the speech verb of a sentence
// that is only an attribution (Jane Roe said in a statement).
const maxAttributionTail = 4

// bareAttributionIn reads a sentence after a quotation that ended
// with its own full stop when that sentence is only an attribution with no
// comma (“… in May.” Jane Roe said. / “… in May.” said Jane Roe.), as
// copied text often writes it: a speaker and a speech verb with at most a
// few words after them.
//
// toks are the tokens from the quotation's end, byte end, to its
// sentence's end (see afterTokens in attribute).
func bareAttributionIn(text string, end int, toks []attrToken) span.Span {
	toks = skipQuoteMarks(toks)
	if len(toks) == 0 {
		return span.Span{}
	}
	if toks[len(toks)-1].s != "." {
		last, le := toks[len(toks)-1].end(), lineEnd(text, end)
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

// creditIn reads a credit line after a quotation: a dash and a name
// (“…” ― Jane Roe).
//
// toks are the tokens from the quotation's end to its sentence's end (see
// afterTokens in attribute).
func creditIn(toks []attrToken) span.Span {
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

// speakerLaterIn reads an attribution later in the sentence a quotation
// ends: "“…” of the plan, the senator said", in toks, the tokens from the
// quotation's end to its sentence's end (see afterTokens in attribute).
func speakerLaterIn(toks []attrToken) span.Span {
	if rest := skipQuoteMarks(toks); len(rest) > 0 && rest[0].in(subordinators) {
		// “…” when they asked for a delay: another clause's subject,
		// not the quotation's attribution.
		return span.Span{}
	}
	for v := range toks {
		n := isVerbAt(toks, v)
		if n == 0 {
			continue
		}
		if m, _, handled := formSpeaker(toks, v, n); handled {
			return m
		}
		if deniesSpeech(toks, v, n) {
			// “…” and never reported the incident: no speech, and
			// no speaker either side of the verb.
			return span.Span{}
		}
		if i, j, ok := phraseBefore(toks[:v]); ok {
			if joinedClause(toks, i) {
				return span.Span{}
			}
			return mentionOf(toks, i, j)
		}
		if toks[v].in(listenerVerbs) {
			return span.Span{} // … to ask the board for more: not the board
		}
		rest := toks[v+n:]
		if i, j, ok := invertedSpeaker(rest); ok {
			return mentionOf(rest, i, j)
		}
		return span.Span{}
	}
	return span.Span{}
}

// speakerLabel reads a transcript label opening the quotation itself
// ("SMITH: We will…"): a run of upper-case words before a colon.
func speakerLabel(text string, q span.Span) span.Span {
	hi := min(q.End, q.Start+maxLabel)
	if hi <= q.Start || strings.IndexByte(text[q.Start:hi], ':') < 0 {
		// No colon, no label: most quotations are none, and are told
		// so before tokenizing.
		return span.Span{}
	}
	toks := attrTokenize(text, q.Start, hi)
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
	if clauseJoiners.HasFold(firstWord(strings.TrimLeft(gap, ", "))) {
		// “…?”, and Ann Hale replied, “…”: a clause of its own joined
		// after the first quotation, whose attribution came before it,
		// introduces a second remark, not the rest of the first.
		return false
	}
	if r, _ := utf8.DecodeRuneInString(gap); unicode.IsUpper(r) && quoteEndsSentence(text[max(0, a-4):a]) {
		// “… an option.” The Gazette quoted Tom Reed as saying: “…”: the
		// first words ended their sentence and a new one opens, with
		// another person's words.
		return false
	}
	sp := speakerAfter(text, a, b)
	return sp.Len() > 0 && !answeredBy(text, sp.End, b)
}

// joinedClause reports whether the phrase at toks[i] is the subject of a
// clause that but joins after a quotation (“…” to launch a probe, but
// police told the Gazette …): another clause, with its own subject, whose
// words the quotation is not. And is left alone: it joins two subjects of
// one verb (Ann Hale and Tom Reed said) as often as a clause that takes
// the quotation up (“…,” and Tom Reed said it twice).
func joinedClause(toks []attrToken, i int) bool {
	return i > 0 && toks[i-1].is("but")
}

// clauseJoiners are the conjunctions that join a clause of its own after
// a quotation; an attribution inside one split quotation never opens with
// them.
var clauseJoiners = textutil.NewWordSet(`and but`)

// answeredBy reports whether text[lo:hi], the rest of an attribution
// between two quotations, gives a second person a speech verb (“…?” Tom
// Reed asked, to which Ann Hale replied, “…”): an exchange, the second
// quotation the other person's, not one split quotation.
func answeredBy(text string, lo, hi int) bool {
	toks := attrTokenize(text, lo, hi)
	for k := 1; k < len(toks); k++ {
		if toks[k].in(speechVerbs) && toks[k-1].capitalised() && !toks[k-1].in(speakerPronouns) {
			return true
		}
	}
	return false
}

// silenceObjects are the objects of a speech verb that say nothing was
// said (said nothing, said little).
var silenceObjects = textutil.NewWordSet(`nothing little`)

// deniesSpeech reports whether the speech verb of n tokens at toks[v] says
// that nothing was said: negated (never reported, did not say) or with an
// object of silenceObjects (said nothing).
func deniesSpeech(toks []attrToken, v, n int) bool {
	if v > 0 && (toks[v-1].is("never") || toks[v-1].is("not") || strings.HasSuffix(toks[v-1].s, "n't") || strings.HasSuffix(toks[v-1].s, "n’t")) {
		return true
	}
	return v+n < len(toks) && toks[v+n].in(silenceObjects)
}
