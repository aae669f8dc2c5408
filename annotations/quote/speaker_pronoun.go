package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

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

// contractions are the endings a verb leaves on the pronoun before it
// (I'll, she'd, we've), straight and curly.
var contractions = []string{"'ll", "’ll", "'d", "’d", "'ve", "’ve", "'m", "’m", "'re", "’re"}

// subjectForm turns an object pronoun into the subject pronoun it stands
// for (him → he, her → she), and a pronoun with a contracted verb into
// the pronoun (I'll → I), so that it is resolved the same way.
func subjectForm(pronoun string) string {
	for _, c := range contractions {
		if p, ok := strings.CutSuffix(pronoun, c); ok && isPronoun(p) {
			return p
		}
	}
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

// heNameEnd returns where a person's name that opens with the family name
// He at byte i ends (Port spokesman He Lan said, “…,” said He Lan), or -1
// when that He is the pronoun. Inside a sentence the pronoun is written
// he, so a capitalised He there is the name, alone (“…,” He added) or
// with the given name after it; at a sentence's start the pronoun is
// followed by its verb, so a capitalised word and then a lower-case one
// or a comma (He Lan said, He Lan, a pilot,) make the name, unless the
// words run on in capitals as a headline's do.
func heNameEnd(text string, i int) int {
	if !strings.HasPrefix(text[i:], "He") || i+2 < len(text) && !isSpaceOrPunct(text[i+2]) {
		return -1
	}
	toks := attrTokenize(text, i, min(len(text), i+maxNameBytes))
	k := 1
	for k < len(toks) && k < maxNameWords && toks[k].word && toks[k].capitalised() && !toks[k].in(speakerPronouns) {
		k++
	}
	end := toks[k-1].end()
	if insideSentence(text, i) {
		return end
	}
	if k == 1 || k == len(toks) || toks[k].s != "," && (!toks[k].word || toks[k].capitalised()) {
		return -1 // He said, or a headline in capitals (He Wants It All)
	}
	return end
}

// heName returns the name that opens with the family name He at byte i
// (see heNameEnd): the name written there, or for He alone (“…,” He
// added) the last full name with that family name before it, He Lan.
// It returns no span when that He is the pronoun or no full name is
// written.
func heName(text string, i int) span.Span {
	end := heNameEnd(text, i)
	if end < 0 {
		return span.Span{}
	}
	if end > i+len("He") {
		return span.Span{Start: i, End: end}
	}
	lo := max(0, i-heNameReach)
	for j := strings.LastIndex(text[lo:i], "He "); j >= 0; j = strings.LastIndex(text[lo:lo+j], "He ") {
		if e := heNameEnd(text, lo+j); e > lo+j+len("He") {
			return span.Span{Start: lo + j, End: e}
		}
	}
	return span.Span{}
}

// heNameReach is how many bytes before a lone He its full name is looked
// for: an article gives the full name early, and the bound keeps the work
// per quotation constant.
const heNameReach = 8 * pronounReach

// isSpaceOrPunct reports whether the byte c ends a word: a space or an
// ASCII punctuation mark.
func isSpaceOrPunct(c byte) bool {
	return c < 0x80 && !textutil.ASCIIAlnum[c]
}

// insideSentence reports whether byte i stands inside a sentence, after a
// word or a comma, with or without a closing quotation mark between
// (said He, “…,” He): not at its start.
func insideSentence(text string, i int) bool {
	t := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	if len(t) < len(text[:i]) && strings.Contains(text[len(t):i], "\n") {
		return false
	}
	t = strings.TrimRight(t, "”\"’'»")
	if t == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == ',' || unicode.IsLetter(r) || unicode.IsDigit(r)
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

// monthNames are capitalised words that name no one (in April).
var monthNames = textutil.NewWordSet(textutil.EnglishMonths)

// doubleQuoteMarks open and close quotations; an apostrophe may be a
// possessive's (Reed’s).
const doubleQuoteMarks = "\"“”«»„"

// clauseSubject returns the person whose name opens the sentence that holds
// he or she at byte pos, in text[lo:pos], before the pronoun, when the
// pronoun may stand for that person and no other name between does (Kit
// Varo was fined for a call in which he said …): the subject of the
// main clause is the first antecedent of a pronoun in a clause after it,
// ahead of an earlier speaker. A quotation between is another voice.
func clauseSubject(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	if w := textutil.ToLower(pronoun); w != "he" && w != "she" || pos <= lo {
		return span.Span{}
	}
	s := quoteSentenceStart(text, lo, pos)
	s = pos - len(strings.TrimLeftFunc(text[s:pos], isMarkOrSpace)) // the closing mark of the quotation before
	if s >= pos || strings.ContainsAny(text[s:pos], doubleQuoteMarks) {
		return span.Span{}
	}
	toks := attrTokenize(text, s, pos)
	for len(toks) > 0 && toks[0].in(linkWords) {
		toks = toks[1:]
	}
	j := 0
	for j < len(toks) && j < maxNameWords && toks[j].word && toks[j].capitalised() && !isPossessive(toks[j].s) && !toks[j].in(subjectPronouns) {
		j++
	}
	v := skipApposition(toks, j)
	if j == 0 || v >= len(toks) || !toks[v].word || toks[v].capitalised() {
		return span.Span{}
	}
	person := j >= 2 && (firstNameGender(toks[0].s) != genderUnknown || toks[0].in(speakerTitles)) ||
		j == 1 && (len(names.of(toks[0].lower())) > 0 || names.speaks(toks[0].s) || names.isTail(toks[0].s))
	if !person || !pronounFits(pronoun, toks[:j], names) || !plausibleMention(text, mentionOf(toks, 0, j)) {
		return span.Span{}
	}
	if otherNameFits(pronoun, toks[v:], names) {
		return span.Span{} // Hale told Reed that he …: either
	}
	return mentionOf(toks, 0, j)
}

// otherNameFits reports whether a capitalised word of toks, no
// possessive, month or time, may stand for the pronoun: a second
// candidate after the subject, which leaves the pronoun open.
func otherNameFits(pronoun string, toks []attrToken, names *nameIndex) bool {
	for _, t := range toks {
		if t.word && t.capitalised() && !isPossessive(t.s) && !t.in(monthNames) && !t.in(timeExpressions) &&
			pronounFits(pronoun, []attrToken{t}, names) {
			return true
		}
	}
	return false
}

// possessorSubject resolves he or she to the person whose thing is the
// subject of the pronoun's own sentence (Reed’s voice was caught on tape
// as he muttered “…”): the sentence is about its possessor, when no other
// name in it may stand for the pronoun. An opening phrase up to a comma
// of at most maxOpeningWords tokens is passed over (In the final episode,
// Reed’s voice …); a person the
// possessive names (Reed’s lawyer) is the subject, no thing of Reed's.
func possessorSubject(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	if w := textutil.ToLower(pronoun); w != "he" && w != "she" || pos <= lo {
		return span.Span{}
	}
	s := quoteSentenceStart(text, lo, pos)
	if strings.ContainsAny(text[s:pos], doubleQuoteMarks) {
		return span.Span{}
	}
	toks := attrTokenize(text, s, pos)
	for len(toks) > 0 && toks[0].in(linkWords) {
		toks = toks[1:]
	}
	k, ok := openingEnd(toks)
	if !ok {
		return span.Span{}
	}
	toks = toks[k:]
	j := 0
	for j < len(toks) && j < maxNameWords && toks[j].word && toks[j].capitalised() && !isPossessive(toks[j].s) {
		j++
	}
	if j+1 >= len(toks) || !toks[j].capitalised() || !isPossessive(toks[j].s) {
		return span.Span{}
	}
	if noun := toks[j+1]; !noun.word || noun.capitalised() || personNoun(noun.lower()) || noun.in(roleNouns) {
		return span.Span{}
	}
	name := slices.Clone(toks[:j+1])
	name[j].s = trimPossessive(name[j].s)
	if !pronounFits(pronoun, name, names) || !plausibleMention(text, mentionOf(name, 0, len(name))) {
		return span.Span{}
	}
	if otherNameFits(pronoun, toks[j+1:], names) {
		return span.Span{} // Reed’s lawsuit named Hale, and he …: either
	}
	return mentionOf(name, 0, len(name))
}

// writerObject resolves he or she to the one person the writer names in
// the sentence right before the pronoun's (I thought of Elise Lund. …
// “…,” she replied): the writer, I or we, is no he or she, so the person
// the sentence brings in is whom the next speaks of, ahead of an earlier
// speaker. The name's first name or title must tell the pronoun's sex,
// and no other name in the sentence may.
func writerObject(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	want := pronounGender(pronoun)
	if want == genderUnknown {
		return span.Span{}
	}
	pos = max(lo, len(strings.TrimRightFunc(text[:pos], isMarkOrSpace))) // the quotation's opening mark
	if !hasWord(text[lo:pos], "I") && !hasWord(text[lo:pos], "we") && !hasWord(text[lo:pos], "We") {
		return span.Span{} // most news is written with no I or we: told before tokenizing
	}
	from := lastSentenceStart(text, lo, pos)
	for range maxPronounSentences {
		if from >= pos || strings.ContainsAny(text[from:pos], doubleQuoteMarks) {
			return span.Span{}
		}
		if !pronounOnly(text[from:pos], pronoun) {
			break
		}
		// How would she feel about it? “…,” she replied: a sentence
		// that speaks of her already; the name is in the one before.
		pos, from = from, lastSentenceStart(text, lo, from)
	}
	toks := attrTokenize(text, from, pos)
	writer, found := false, span.Span{}
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.s == "I" || t.is("we") {
			writer = true
			continue
		}
		if !t.word || !t.capitalised() || k == 0 || opensWithLink(toks, k) {
			continue
		}
		e := k
		for e+1 < len(toks) && toks[e+1].word && toks[e+1].capitalised() && !isPossessive(toks[e].s) {
			e++
		}
		g := personGender(toks[k : e+1])
		switch {
		case g == genderUnknown:
		case g != want || !writer || found.Len() > 0:
			return span.Span{} // another person, or two
		default:
			found = mentionOf(toks, k, e+1)
		}
		k = e
	}
	if found.Len() == 0 || !pronounFits(pronoun, attrTokenize(text, found.Start, found.End), names) {
		return span.Span{}
	}
	return found
}

// maxPronounSentences is how many sentences back writerObject reads
// over those that speak of the pronoun's person by the pronoun alone.
const maxPronounSentences = 2

// pronounOnly reports whether the sentence holds the pronoun, in any of
// its forms (she, her), and no capitalised word but its first and the
// possessive names of things (Tom Reed’s work).
func pronounOnly(sentence, pronoun string) bool {
	forms := malePronounForms
	if pronounGender(pronoun) == genderFemale {
		forms = femalePronounForms
	}
	if !slices.ContainsFunc(forms, func(f string) bool { return hasWord(sentence, f) }) {
		return false // told before tokenizing
	}
	toks := attrTokenize(sentence, 0, len(sentence))
	has := false
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		switch {
		case !t.word:
		case strings.EqualFold(subjectForm(t.s), pronoun):
			has = true
		case k > 0 && t.capitalised() && t.s != "I":
			for k+1 < len(toks) && toks[k+1].capitalised() && !isPossessive(toks[k].s) {
				k++
			}
			if !isPossessive(toks[k].s) {
				return false
			}
		}
	}
	return has
}

// malePronounForms and femalePronounForms are the forms of he and she
// as written, which pronounOnly looks for before tokenizing.
var (
	malePronounForms   = []string{"he", "He", "him", "his", "His"}
	femalePronounForms = []string{"she", "She", "her", "Her"}
)

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
		if quotedNameSpeaks(text, prev[k], w) {
			// “Paul” told the Gazette …: a person the text calls by a
			// name in quotation marks, one it gives in place of the real.
			return prev[k].Span, nil
		}
		if sp := prev[k].Speaker; isNamed(sp) && names.speakerFits(w, sp) {
			return span.Span{}, &prev[k]
		}
		end = prev[k].Start
	}
	return span.Span{}, nil
}

// quotedNameSpeaks reports whether the short quotation q is a name in
// quotation marks, capitalised words opening with a listed first name of
// the pronoun w's sex, right before a speech verb whose subject it is
// (“Paul” told the Gazette, “Paul” said): a name a text gives in place of
// a person's real one.
func quotedNameSpeaks(text string, q Quote, w string) bool {
	if !q.Short || len(q.Parts) > 0 || firstNameGender(firstWord(q.Text)) != pronounGender(w) {
		return false
	}
	if toks := attrTokenize(text, q.Start, q.End); len(toks) == 0 || !isNameRun(toks) {
		return false
	}
	window := text[q.End:min(len(text), q.End+maxNameBytes)]
	gap := window[:len(window)-len(strings.TrimLeftFunc(window, isMarkOrSpace))]
	if !strings.ContainsAny(gap, doubleQuoteMarks) {
		return false // no closing double mark right after the name
	}
	at := q.End + len(gap)
	next := attrTokenize(text, at, min(len(text), at+maxNameBytes))
	return len(next) > 0 && next[0].word && !next[0].capitalised() && isVerbAt(next, 0) > 0
}

// pronounAntecedent resolves he, she, it or they at byte pos of the
// paragraph starting at para: an attribution in the paragraph before pos,
// then a person who opens one of its sentences as the subject, or a body
// that opens the sentence before pos, then an attribution back to lo (see
// [recentAttribution]). A paragraph that
// brings in a new person (“…,” Tom Reed said. ¶ Paul Lund, a pilot, met
// the board. “…,” he said.) turns the pronoun to that person.
func pronounAntecedent(text, pronoun string, para, lo, pos int, prev []Quote, names *nameIndex) (span.Span, *Quote) {
	if r, q := recentAttribution(text, pronoun, para, pos, prev, names); r.Len() > 0 || q != nil || para <= lo {
		return r, q
	}
	if r := openingSubject(text, pronoun, para, pos, names); r.Len() > 0 {
		return r, nil
	}
	if r := describedPerson(text, pronoun, para, pos, names); r.Len() > 0 {
		return r, nil
	}
	from := quoteSentenceStart(text, para, pos)
	if r := reportedPerson(text, pronoun, para, from, names); r.Len() > 0 {
		return r, nil
	}
	if r := bodySubjectBefore(text, pronoun, para, from, names); r.Len() > 0 {
		// Bluewake Ferries cancelled all sailings. “…,” it said.: the
		// body that opens the sentence before, ahead of one quoted in
		// an earlier paragraph.
		return r, nil
	}
	return recentAttribution(text, pronoun, lo, pos, prev, names)
}

// reportedPerson returns the person the sentence before byte pos, in
// text[lo:pos], reports on when its own speaker may not be he or she: a
// group, a body or they says that a name did something (Officials say
// that Ian Moss climbed the crane. … he wanted to “…”), and the name,
// the subject of the reported clause, is the one person the pronoun may
// stand for there.
func reportedPerson(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	w := textutil.ToLower(pronoun)
	end := len(strings.TrimRightFunc(text[:pos], unicode.IsSpace))
	if (w != "he" && w != "she") || end <= lo {
		return span.Span{}
	}
	toks := attrTokenize(text, quoteSentenceStart(text, lo, end-1), end)
	for v := 1; v < len(toks) && v <= maxReportedSubject; v++ {
		n := isVerbAt(toks, v)
		if n == 0 {
			continue
		}
		i, j, ok := phraseBefore(toks[:v])
		if !ok || i != 0 || pronounFits(w, toks[i:j], names) {
			return span.Span{} // Ann Hale said that …: she is Hale
		}
		a := v + n
		if a < len(toks) && toks[a].is("that") {
			a++
		}
		b := a
		for b < len(toks) && b-a < maxNameWords && toks[b].word && toks[b].capitalised() && !isPossessive(toks[b].s) {
			b++
		}
		if b-a < 2 || b >= len(toks) || !toks[b].word || toks[b].capitalised() || !isNameRun(toks[a:b]) ||
			!pronounFits(w, toks[a:b], names) || !plausibleMention(text, mentionOf(toks, a, b)) {
			return span.Span{}
		}
		return mentionOf(toks, a, b)
	}
	return span.Span{}
}

// describedPerson returns the last full name in text[lo:pos], in the
// sentence before the pronoun's or in the pronoun's own, that the
// paragraph brings in with a description, when he or she may stand for
// it: a lower-case noun for a person before it (On Monday, pilot Paul
// Varo met the board) or an apposition after it (heard from Paul Varo, a
// pilot; Kit Varo, 54,; Kit Hale, who runs a cafe). News writing so
// introduces the next voice; a name in passing (a plan by Governor Paul
// Varo) is left to the speaker before.
func describedPerson(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	w := textutil.ToLower(pronoun)
	if w != "he" && w != "she" {
		return span.Span{}
	}
	from := lastSentenceStart(text, max(lo, pos-pronounReach), quoteSentenceStart(text, lo, pos))
	toks := attrTokenize(text, from, pos)
	for k := len(toks) - 1; k > 0; k-- {
		if !toks[k].capitalised() || isPossessive(toks[k].s) || insideName(toks, k) {
			continue
		}
		s := nameRunStart(toks, k)
		if n := k + 1 - s; n >= 2 && n <= maxNameWords && describedAt(toks, s, k) && !toks[k].in(roleWords) && !holdsTitleWord(toks[s:k+1]) &&
			pronounFits(w, toks[s:k+1], names) && plausibleMention(text, mentionOf(toks, s, k+1)) {
			return mentionOf(toks, s, k+1)
		}
		k = s
	}
	return span.Span{}
}

// describedAt reports whether the name toks[s:k+1] has a description of a
// person next to it: a lower-case noun for a person right before it
// (pilot Paul Varo) or a word that brings in a group's member (like Paul
// Varo), or after a comma an apposition, who or an age (Paul Varo, a
// pilot; Kit Hale, who …; Kit Varo, 54,).
func describedAt(toks []attrToken, s, k int) bool {
	if s > 0 && toks[s-1].word && !toks[s-1].capitalised() && (personNoun(toks[s-1].lower()) || toks[s-1].in(titleNouns) || toks[s-1].in(exampleWords)) {
		return true // pilot Paul Varo; Some, like Paul Varo, …
	}
	if k+2 >= len(toks) || toks[k+1].s != "," {
		return false
	}
	return opensApposition(toks, k+1) || toks[k+2].is("who") || startsWithDigit(toks[k+2].s) && k+3 < len(toks) && toks[k+3].s == ","
}

// openingSubject returns the last person's name in text[lo:pos] that
// opens its sentence, or its clause after an opening conjunction or link
// word (Although Ann Hale had …), and goes on with a lower-case verb or an
// apposition (Ann Hale walked …, Ann Hale, a pilot, …), when he or she
// may stand for it. The name opens with a title or a listed first name,
// or else is no other way of writing a full name of the document (see
// [unlistedName]); a family name alone is one the document gives in full.
func openingSubject(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	w := textutil.ToLower(pronoun)
	if w != "he" && w != "she" {
		return span.Span{}
	}
	toks := attrTokenizeInto(names.openingToks, text, max(lo, pos-pronounReach), pos)
	names.openingToks = toks
	for k := len(toks) - 2; k >= 0; k-- {
		if !toks[k].capitalised() || isPossessive(toks[k].s) {
			continue
		}
		s := nameRunStart(toks, k)
		opens := opensSentence(text, toks[s].start) || s > 0 && opensWithLink(toks, s-1) && opensSentence(text, toks[s-1].start)
		// Democratic Sen. Ann Hale: a party before the title.
		titled := toks[s].in(speakerTitles) || s+1 < k && isAffiliation(toks[s]) && toks[s+1].in(speakerTitles)
		next := toks[k+1]
		if b := bracketEnd(toks, k+1); b > k+1 && b < len(toks) {
			next = toks[b] // Sen. Ann Hale (D-Maine) scolded …
		}
		if k > s && opens && (next.word && !next.capitalised() || opensApposition(toks, k+1)) &&
			(titled || firstNameGender(toks[s].s) != genderUnknown || unlistedName(text, toks[s:k+1], names)) &&
			!toks[k].in(roleWords) && pronounFits(w, toks[s:k+1], names) && plausibleMention(text, mentionOf(toks, s, k+1)) {
			return mentionOf(toks, s, k+1)
		}
		if k == s && opens && next.word && !next.capitalised() && !toks[k].in(speakerDeterminers) && !toks[k].in(introWords) && !toks[k].in(linkWords) &&
			!toks[k].in(speakerPronouns) && pronounFits(w, toks[k:k+1], names) && plausibleMention(text, mentionOf(toks, k, k+1)) &&
			(len(names.of(toks[k].lower())) > 0 || unlistedFull(text, toks[k].s, genderUnknown) != "") {
			// Although Varo had planned it, he …, after Paul Varo
			// was named: the family name alone, as the subject; or
			// after Sam Varo, a given name no list tells the sex of.
			return mentionOf(toks, k, k+1)
		}
		k = s
	}
	return span.Span{}
}

// lastAttribution returns the last subject of a speech verb in text[a:b]
// that pronounFits.
func lastAttribution(text, pronoun string, a, b int, names *nameIndex) span.Span {
	toks := attrTokenizeInto(names.lastToks, text, a, b)
	names.lastToks = toks
	for v := len(toks) - 1; v >= 0; v-- {
		n := isVerbAt(toks, v)
		if n == 0 || toks[v].capitalised() && !opensSentence(text, toks[v].start) {
			// a show called “Ask Dr. Kit”: a verb capitalised inside
			// its sentence is a title's word, no attribution.
			continue
		}
		// … a settlement agreement offered by the board: the verb is
		// passive, and the phrase before it is what was said; who said it
		// comes after by.
		passive := v+n < len(toks) && toks[v+n].is("by")
		if i, j, ok := phraseBefore(toks[:v]); ok && !passive {
			if a, b := askedName(toks, i, v, n); b > a && pronounFits(pronoun, toks[a:b], names) && plausibleMention(text, mentionOf(toks, a, b)) {
				// A reporter asked Ann Hale whether …. “…,” she said.:
				// the one asked answers.
				return mentionOf(toks, a, b)
			}
			if reportedClause(toks, i) {
				// Ann Hale said the stranger told her son to leave.: the
				// one who told is in Hale's words, and Hale is who spoke.
				continue
			}
			if (pronounFits(pronoun, toks[i:j], names) || pronoun == "they" && neutralSpokesperson(toks, j)) && plausibleMention(text, mentionOf(toks, i, j)) && !nameTail(toks, i) {
				return mentionOf(toks, i, j)
			}
			continue
		}
		if v > 0 && toks[v-1].word && !passive {
			// blasted his rival: the object, not an inverted said Tom
			// Reed; a story told by a girl names its teller.
			continue
		}
		if i, j, ok := phraseAfter(toks[v+n:]); ok && pronounFits(pronoun, toks[v+n+i:v+n+j], names) && plausibleMention(text, mentionOf(toks[v+n:], i, j)) {
			return mentionOf(toks[v+n:], i, j)
		}
	}
	return span.Span{}
}

// askedName returns the name asked right after a verb of asking at
// toks[v], n tokens long, whose subject toks[i] is a description with a
// determiner (a reporter asked Ann Hale, the moderator asks Tom Reed):
// the words that follow such a question are the answer of the one asked,
// not of an unnamed asker. It returns a == b when there is none.
func askedName(toks []attrToken, i, v, n int) (a, b int) {
	if n != 1 || !toks[v].in(askVerbs) || !toks[i].in(speakerDeterminers) {
		return 0, 0
	}
	a = v + 1
	if a < len(toks) && toks[a].in(speakerTitles) {
		a++
		if a < len(toks) && toks[a].s == "." {
			a++
		}
	}
	b = a
	for b < len(toks) && b-a < maxNameWords && toks[b].word && toks[b].capitalised() && !isPossessive(toks[b].s) {
		b++
	}
	if b == a || b-a < 2 && a == v+1 {
		return 0, 0 // one word with no title: a name or a place alike
	}
	return a, b
}

// askVerbs put a question to the person named after them.
var askVerbs = textutil.NewWordSet(`asked asks ask`)

// neutralSpokesperson reports whether the name that ends at toks[j] has a
// spokesperson in apposition (Kit Varo, a spokesperson for Portline,): the
// word that leaves the gender unsaid, for whom news writing uses the
// singular they.
func neutralSpokesperson(toks []attrToken, j int) bool {
	return j+2 < len(toks) && toks[j].s == "," && toks[j+1].in(speakerDeterminers) && toks[j+2].is("spokesperson")
}

// namesAfter returns the lower-case last words of the names that the
// sentence holding the pronoun ending at byte from writes after it, up to
// hi or a quotation mark: the pronoun, its subject, cannot stand for any
// of them (“…,” he told Varo; he said Reed was wrong), and an earlier
// mention of the same name is no antecedent. A pronoun past hi (a credit
// line after the quotation's paragraph: — They) has none.
func namesAfter(text string, from, hi int) map[string]bool {
	if from >= hi {
		return nil
	}
	end := quoteSentenceEnd(text, from, hi)
	if q := strings.IndexAny(text[from:end], doubleQuoteMarks); q >= 0 {
		end = from + q
	}
	var bound map[string]bool
	toks := attrTokenize(text, from, end)
	for k, t := range toks {
		if !t.word || !t.capitalised() || isPossessive(t.s) || insideName(toks, k) || t.in(speakerPronouns) {
			continue
		}
		if bound == nil {
			bound = map[string]bool{}
		}
		bound[t.lower()] = true
	}
	return bound
}

// paragraphTopic returns the one-word name that opens the paragraph
// starting at byte para as its first sentence's subject, when the
// pronoun's sentence at byte pos comes right after that sentence (Varo
// stayed calm at the hearing. “…,” he said.): the person the
// paragraph is about, though the document gives no full name.
func paragraphTopic(text, pronoun string, para, pos int, names *nameIndex) span.Span {
	if w := textutil.ToLower(pronoun); w != "he" && w != "she" {
		return span.Span{}
	}
	s := quoteSentenceStart(text, para, pos)
	if s <= para {
		return span.Span{}
	}
	if quoteSentenceStart(text, para, s-1) > para {
		return span.Span{} // another sentence between
	}
	toks := attrTokenize(text, para, min(s, para+maxNameBytes))
	if len(toks) < 2 || !toks[0].capitalised() || !toks[1].word || toks[1].capitalised() || isPossessive(toks[0].s) ||
		toks[0].in(speakerPronouns) || toks[0].in(speakerDeterminers) || toks[0].in(introWords) || toks[0].in(linkWords) ||
		toks[0].in(timeExpressions) || toks[0].in(monthNames) || toks[0].in(clauseOpeners) || toks[0].in(bareWords) ||
		isUpperWord(toks[0].s) || !names.capitalisedInside(toks[0].s) || names.isBody(toks[0].s) || !pronounFits(pronoun, toks[:1], names) {
		return span.Span{}
	}
	return mentionOf(toks, 0, 1)
}

// apposedBefore returns the name that the sentence before byte pos, in
// text[lo:pos], opens with in apposition to a description of a person
// (Reed's wife, Nora, who runs the cafe, watched. “…,” she said; The
// mayor, Kit Varo, stayed out of it. … she said), with the description
// as its role, when the pronoun may stand for it.
func apposedBefore(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	want := pronounGender(pronoun)
	end := len(strings.TrimRightFunc(text[:pos], isMarkOrSpace))
	if want == genderUnknown || end <= lo {
		return span.Span{}
	}
	toks := attrTokenize(text, quoteSentenceStart(text, lo, end-1), end)
	for k := 1; k < len(toks) && k <= maxPhraseWords; k++ {
		if e := apposedToDescription(toks, k); e > 0 && pronounFits(pronoun, toks[:e], names) {
			return mentionOf(toks, 0, e)
		}
	}
	return span.Span{}
}

// apposedToDescription returns where the name ends that stands in
// apposition to the person noun toks[k] when its description, owned
// (Reed's wife, his deputy) or with a determiner (the mayor), opens the
// sentence toks: the name between commas after it (Reed's wife, Nora,
// …), a verb after the second comma or a relative clause. It returns 0
// otherwise.
func apposedToDescription(toks []attrToken, k int) int {
	if k+3 >= len(toks) || toks[k+1].s != "," || !toks[k+2].capitalised() || !describesPerson(toks[:k+1]) {
		return 0
	}
	if descriptionStart(toks, k) != 0 {
		return 0
	}
	e := k + 2
	for e < len(toks) && toks[e].word && toks[e].capitalised() && e-k-2 < maxNameWords {
		e++
	}
	if e+1 >= len(toks) || toks[e].s != "," || !toks[e+1].word || toks[e+1].capitalised() {
		return 0
	}
	return e
}

// descriptionStart returns where the description of the noun toks[k]
// starts when a determiner (the widow, his son), an owner's name (Reed's
// daughter, Ann Hale's wife) or an owner with its determiner (the
// harbour's operator) is before the noun, with at most
// maxDescriptionModifiers lower-case words between (Acme's chief
// executive, his younger sister), or -1.
func descriptionStart(toks []attrToken, k int) int {
	o := k - 1
	for o > 0 && k-1-o < maxDescriptionModifiers && toks[o].word && !toks[o].capitalised() && !isPossessive(toks[o].s) && !toks[o].in(speakerDeterminers) && isDescriptionWord(toks[o]) {
		o--
	}
	switch owner := toks[o]; {
	case isPossessive(owner.s) && owner.capitalised():
		return nameRunStart(toks, o)
	case owner.in(speakerDeterminers): // the possessive pronouns too
		return o
	case isPossessive(owner.s) && o >= 1 && toks[o-1].in(speakerDeterminers):
		return o - 1
	}
	return -1
}

// maxDescriptionModifiers is the most lower-case words descriptionStart
// reads between an owner or a determiner and the noun (Acme's chief
// executive, the harbour's deputy chief engineer).
const maxDescriptionModifiers = 2

// maleNouns and femaleNouns are nouns for a person of one sex that the
// lists of titles leave out, as they are no titles (a woman, the boy).
var (
	maleNouns   = textutil.NewWordSet(`man boy father`)
	femaleNouns = textutil.NewWordSet(`woman girl`)
)

// nounGender returns the gender a lower-case noun for a person tells (his
// mother, one woman), or genderUnknown.
func nounGender(t attrToken) gender {
	if t.capitalised() || !t.word {
		return genderUnknown
	}
	w := t.lower()
	switch g := titleGenderOf(w); {
	case g != genderUnknown:
		return g
	case maleNouns.Has(w):
		return genderMale
	case femaleNouns.Has(w):
		return genderFemale
	}
	return genderUnknown
}

// describedBefore returns the description of a person of the pronoun's
// sex that the sentence before byte pos, in text[lo:pos], names as who
// acts (…, his sister stepped out. “…,” she says) or brings in with
// who (Reporters met one grandmother, who …): a determiner and a noun that
// tells the sex. Like a name that opens that sentence, it comes before
// any earlier speaker, whose sex may be unknown.
func describedBefore(text, pronoun string, lo, pos int) span.Span {
	want := pronounGender(pronoun)
	if want == genderUnknown {
		return span.Span{}
	}
	end := len(strings.TrimRightFunc(text[:pos], isMarkOrSpace))
	if end <= lo {
		return span.Span{}
	}
	toks := attrTokenize(text, quoteSentenceStart(text, lo, end-1), end)
	for k := len(toks) - 2; k > 0; k-- {
		start := descriptionStart(toks, k)
		if nounGender(toks[k]) != want && !(k == 1 && subjectPronounLater(toks, k, want)) || start < 0 {
			continue
		}
		next := toks[k+1]
		if next.word && !next.capitalised() && (isAdverb(next) || !next.in(speakerStops)) || next.s == "," && k+2 < len(toks) && toks[k+2].is("who") {
			return mentionOf(toks, start, k+1)
		}
	}
	return span.Span{}
}

// subjectPronounLater reports whether the noun toks[k] after the
// sentence's opening determiner is one person's, of no sex it tells (the
// diver), and the sentence goes on with he or she of gender want as
// a subject after it (The diver knew he had to …): the
// sentence tells the noun's sex, as nounGender tells a woman's.
func subjectPronounLater(toks []attrToken, k int, want gender) bool {
	w := toks[k].lower()
	if toks[k].capitalised() || !personNoun(w) || isPluralPersonNoun(w) || toks[k].in(collectiveNouns) || toks[k].in(documentNouns) {
		return false
	}
	for _, t := range toks[k+1:] {
		if t.word && t.in(speakerPronouns) && pronounGender(t.s) != genderUnknown {
			return pronounGender(t.s) == want
		}
	}
	return false
}

// nextGender returns the gender of he or she when a sentence that opens
// with the name whose last word is w, as its subject, is followed by one
// that opens with that pronoun (Varo runs the harbour. He took the
// job in May.), and none by one that opens with the other, or
// genderUnknown: the subject of a sentence is what the pronoun opening
// the next stands for, most often, and this tells the gender of a name
// whose first name no list knows.
func (x *nameIndex) nextGender(w string) gender {
	if x.next == nil {
		x.next = sentenceSubjectGenders(x.text)
	}
	return countedGender(x.next[textutil.ToLower(trimPossessive(w))])
}

// countedGender returns the gender of the counts of he and she c when
// only one of them was counted, or genderUnknown.
func countedGender(c [2]int) gender {
	switch {
	case c[0] > 0 && c[1] == 0:
		return genderMale
	case c[1] > 0 && c[0] == 0:
		return genderFemale
	}
	return genderUnknown
}

// sentenceSubjectGenders counts, by the lower-case last word of the name
// that opens a sentence as its subject, the sentences after it that open
// with he and with she.
func sentenceSubjectGenders(text string) map[string][2]int {
	counts := map[string][2]int{}
	for _, p := range []string{"He ", "She "} {
		g := genderMale
		if p == "She " {
			g = genderFemale
		}
		for j := 0; ; {
			n := strings.Index(text[j:], p)
			if n < 0 {
				break
			}
			i := j + n
			j = i + len(p)
			if i == 0 || !opensSentence(text, i) || j >= len(text) || text[j] < 'a' || text[j] > 'z' {
				continue
			}
			end := len(strings.TrimRightFunc(text[:i], unicode.IsSpace))
			if end == 0 {
				continue
			}
			s := quoteSentenceStart(text, max(0, end-maxSentence), end-1)
			toks := attrTokenize(text, s, min(end, s+maxNameBytes))
			k := 0
			for k < len(toks) && k < maxNameWords && toks[k].word && toks[k].capitalised() && !isPossessive(toks[k].s) && !toks[k].in(speakerPronouns) &&
				!toks[k].in(speakerDeterminers) && !toks[k].in(introWords) && !toks[k].in(linkWords) {
				k++
			}
			if k == 0 || k >= len(toks) || !toks[k].word || toks[k].capitalised() {
				continue
			}
			c := counts[toks[k-1].lower()]
			c[g-genderMale]++
			counts[toks[k-1].lower()] = c
		}
	}
	return counts
}

// reportedClause reports whether the phrase starting at toks[i] is the
// subject of a clause a speech verb before it reports (Hale said the woman
// told …, Hale said that the woman told …).
func reportedClause(toks []attrToken, i int) bool {
	if i > 0 && toks[i-1].is("that") {
		i--
	}
	return i > 0 && toks[i-1].word && isVerbAt(toks, i-1) == 1
}

// pronounFits reports whether the speaker toks may be called he or she: a
// name or a description of a person (the official), not a pronoun, not an
// organisation (the Foreign Ministry), not a Mr for she or a Ms for he, not
// a person whose first name (in toks or in the document's full names) is
// the other gender's.
func pronounFits(pronoun string, toks []attrToken, names *nameIndex) bool {
	if len(toks) > 0 && names.bound[nameKey(toks)] {
		return false // “…,” he told Varo: not Varo
	}
	return personFits(pronoun, toks, names)
}

// speakerFits reports pronounFits of the tokens of the speaker sp, as
// recentAttribution asks of every earlier quotation's speaker for each
// pronoun. Save for the names the pronoun's own sentence binds (bound),
// the answer is the document's alone: it is kept by pronoun and speaker.
func (x *nameIndex) speakerFits(pronoun, sp string) bool {
	k := [2]string{pronoun, sp}
	f, ok := x.speakerFit[k]
	if !ok {
		toks := attrTokenize(sp, 0, len(sp))
		f = speakerFit{fits: personFits(pronoun, toks, x)}
		if len(toks) > 0 {
			f.key, f.keyed = nameKey(toks), true
		}
		if x.speakerFit == nil {
			x.speakerFit = map[[2]string]speakerFit{}
		}
		x.speakerFit[k] = f
	}
	return !(f.keyed && x.bound[f.key]) && f.fits
}

// speakerFit is what speakerFits keeps of a speaker for a pronoun: whether
// personFits, and the key that bound may hold, when the speaker has
// tokens.
type speakerFit struct {
	fits, keyed bool
	key         string
}

// personFits is pronounFits but for the names bound to the pronoun's own
// sentence.
func personFits(pronoun string, toks []attrToken, names *nameIndex) bool {
	if p := textutil.ToLower(pronoun); p == "it" || p == "they" {
		return bodyFits(p, toks) || p == "it" && namedBody(toks, names)
	}
	if n := apposedName(toks); n > 0 {
		toks = toks[n:] // Ann Hale's spokesman, Tom Reed: Tom Reed
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
		// are they, the debate is neither; nor is a letter, though
		// its noun ends like a person's.
		last := toks[len(toks)-1]
		return !last.capitalised() && !isPluralPersonNoun(last.lower()) && personNoun(last.lower()) && !last.in(documentNouns)
	case !toks[0].capitalised():
		return false
	case !toks[len(toks)-1].capitalised() && !personNoun(toks[len(toks)-1].lower()):
		return false // Republicans weren't: a clause, not a person
	case len(toks) == 1 && isPluralPersonNoun(first) && len(names.of(first)) == 0:
		return false // Reporters asked Tom Reed: a group, not he or she
	case len(toks) >= 2 && (toks[len(toks)-1].in(placeNouns) || toks[0].in(placeOpeners)):
		return false // Dunmore City, Harbour Radio: a place or a body
	case len(toks) >= 2 && allUpper(toks):
		return false // WOODLAND HILLS, Calif.: a dateline's place
	case personGender(all) == genderUnknown && names.isBody(toks[len(toks)-1].s):
		// The gender first: isBody may read the whole document.
		return false // Portline, which …: a body, not a person
	case first == "mr":
		return pronoun == "he"
	case first == "ms" || first == "mrs" || first == "miss":
		return pronoun == "she"
	}
	// Ann Hale is she, Tom Reed he, by the list of first names; Hale
	// alone by the first names the document gives the name in full.
	want := pronounGender(pronoun)
	if len(toks) >= 2 {
		// harbour widow Terry Lund, then Terry Lund: the title the
		// document gives the name outweighs its first name.
		if g := names.titleGender(joinTokens(toks)); g != genderUnknown {
			return g == want
		}
	}
	if g := personGender(all); g != genderUnknown {
		return g == want
	}
	if last := toks[len(toks)-1].s; len(names.of(textutil.ToLower(trimPossessive(last)))) == 0 {
		if g := toldGender(last, names); g != genderUnknown {
			// Elise, whom the document calls she (Elise said she
			// …, or Elise runs the harbour. She …), is no he, though
			// no list knows the name; a family name given in full is
			// left to its first names, as it may be a family's (Ann
			// Hale said she, Tom Hale he).
			return g == want
		}
	}
	if len(toks) == 1 && len(names.of(nameKey(toks))) == 0 {
		// Ann alone, as features call people, with no full name that
		// ends in it: the sex a kin noun before it tells (his wife,
		// Ann), or else its first name's.
		if g := kinGender(names.text, toks[0].s); g != genderUnknown {
			return g == want
		}
		if g := firstNameGender(toks[0].s); g != genderUnknown && !names.isTail(toks[0].s) {
			// Not when the document writes it after another name, as
			// a family name (April Ryan, then Ryan).
			return g == want
		}
	}
	full := names.of(nameKey(toks))
	others := 0
	for _, f := range full {
		given, _, _ := strings.Cut(f, " ")
		if len(toks) >= 2 && !strings.EqualFold(given, toks[0].s) && !toks[0].in(speakerTitles) && names.capitalisedInside(toks[0].s) {
			// Ines Dale is not Tom Dale: a full name with another
			// first name is another person, whose gender is no
			// evidence. A word capitalised only to open sentences
			// (Neither Dale) is no first name.
			others++
			continue
		}
		g := names.titleGender(f)
		if g == genderUnknown {
			g = firstNameGender(given)
		}
		if g == genderUnknown && len(full) == 1 {
			g = names.nextGender(nameKey(toks))
		}
		if g == genderUnknown || g == want {
			return true
		}
	}
	// Hale alone, with Nora Hale and O.J. Hale both named: the other
	// Hale's initials tell nothing against he.
	return len(full) == others || len(toks) == 1 && names.hasInitialled(toks[0].s)
}

// joinTokens writes toks one space apart, as a full name is written.
func joinTokens(toks []attrToken) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.s)
	}
	return b.String()
}

// collectiveNouns are bodies that news writing calls "they" as often as
// "it" (the campaign said … they added).
var collectiveNouns = textutil.NewWordSet(`campaign team family staff company firm group government
	administration committee council board agency ministry department office union association
	club coalition commission`)

// namedBody reports whether toks are a name with no determiner that the
// document gives no person, so that it may stand for it: one word with no
// title or listed first name, that is no family name (written after
// another name, or before he, she or who), as a firm or a charity is
// named (Harbourwatch, PWX); or a firm's name (Lane Productions).
func namedBody(toks []attrToken, names *nameIndex) bool {
	if len(toks) == 0 || len(toks) > maxNameWords || !isNameRun(toks) || isPossessive(toks[len(toks)-1].s) || isPersonMention(toks, names) {
		return false
	}
	last := toks[len(toks)-1].s
	return len(names.of(textutil.ToLower(last))) == 0 && !names.isWho(last) && names.saidGender(last) == genderUnknown && !names.isTail(last) || len(toks) > 1 && toks[len(toks)-1].in(firmWords)
}

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
		// the fishermen, the council, the Harbour Council: a group, or a
		// body of people, named or not.
		return !last.capitalised() && isGroupNoun(w) || collectiveNouns.Has(w)
	}
	if last.capitalised() {
		return first.is("the") // the Harbour Board, not a Mr or a Ms
	}
	return !personNoun(w) || collectiveNouns.Has(w)
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
	toks := attrTokenizeInto(names.resolveToks, text, lo, pos)
	names.resolveToks = toks
	// last is where the sentence right before pos starts; object is the
	// nearest name in it whose first name or title does not tell the
	// other sex, taken when no subject of that sentence fits and the
	// sentence speaks of a person of the other sex (When Reed visited
	// Sarah Dale at her office, he … “…,” she recalled; Reed turned to
	// Kelsa Lund and gave her a note that she says …, though no list
	// knows Kelsa).
	last := lastSentenceStart(text, lo, pos)
	var object span.Span
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if object.Len() > 0 && t.start < last {
			return object
		}
		if !t.capitalised() || isPossessive(t.s) {
			continue // Tom Reed's offer: not who acts
		}
		if insideName(toks, k) {
			continue // Judge William in Judge William Brady: the name goes on
		}
		if creditedAfter(text, t.end()) {
			// Ann Hale / AP: who took the photo, not who acts, whatever
			// the document's full names (plausibleMention tells the
			// rules below).
			k = nameRunStart(toks, k)
			continue
		}
		// A name that opens a line is no object of the last word of the
		// line before, a heading's (Memories of the quay ¶ Mr Varo, of
		// the Harbour Trust, said …).
		if s := nameRunStart(toks, k); s > 0 && toks[s-1].word && !toks[s-1].capitalised() && (isVerbAt(toks, s-1) == 0 || addressedBy(toks, s-1)) &&
			!roleOpensSentence(text, toks, s) && !opensSentence(text, toks[s].start) && !introducedAgent(toks, s) || objectApposition(text, toks, s) {
			if object.Len() == 0 && toks[s].start >= last && k > s && !toks[s-1].in(coordinators) && personGender(toks[s:k+1]) != otherGender(w) &&
				!pronounBefore(toks, last, s, w) && otherSexIn(toks, last, w) && pronounFits(w, toks[s:k+1], names) {
				object = mentionOf(toks, s, k+1)
			}
			k = s // met Tom Reed, with Tom Reed, he emailed Tom Reed: an object, not a subject
			continue
		}
		lw := t.lower()
		if m, ok := known[lw]; ok && pronounFits(w, attrTokenize(text, m.Start, m.End), names) {
			return m
		}
		s := nameRunStart(toks, k)
		if full := names.of(lw); len(full) > 0 && k > s && pronounFits(w, toks[s:k+1], names) ||
			s == k && onePersonFits(w, full, names) {
			// Lind, after Ada Lind was named: the person by the name
			// the document gives in full.
			return mentionOf(toks, s, k+1)
		}
		// The facts of the whole document (isWho, isTail, speaks) are
		// asked after the word's own place: they may read the document
		// (see buildSpeaking), which most pronouns never need; and
		// isTail after speaks and isWho, which can tell a word surely
		// without reading it from the text around its places.
		if s == k && k+1 < len(toks) && toks[k+1].word && !toks[k+1].capitalised() &&
			(opensSentence(text, t.start) || k > 0 && opensWithLink(toks, k-1)) && names.isWho(t.s) && pronounFits(w, toks[k:k+1], names) {
			// Sometimes Rusty walks a hundred miles: a one-word name the
			// document writes before ", who" is a person, here a subject.
			return mentionOf(toks, k, k+1)
		}
		if s == k && k > 0 && k+1 < len(toks) && toks[k+1].word && !toks[k+1].capitalised() &&
			!t.in(timeExpressions) && !t.in(monthNames) &&
			(opensSentence(text, t.start) || opensWithLink(toks, k-1) || strings.HasSuffix(strings.TrimRightFunc(text[:t.start], isMarkOrSpace), ",")) &&
			(names.speaks(t.s) || names.isWho(t.s) || toldGender(t.s, names) == pronounGender(w)) && names.isTail(t.s) && pronounFits(w, toks[k:k+1], names) {
			// Zev Marlo … In 2014, Marlo met …: a family name the
			// document writes after a first name no list knows, and
			// alone as who speaks, with an age or who after it, or
			// as the pronoun's sex (Marlo said she …), here the
			// subject of its clause.
			return mentionOf(toks, k, k+1)
		}
		subject := k > s && (opensSentence(text, toks[s].start) || roleOpensSentence(text, toks, s)) && k+1 < len(toks) &&
			(toks[k+1].word && !toks[k+1].capitalised() || opensApposition(toks, k+1))
		if k > s && !toks[k].in(roleWords) && !holdsTitleWord(toks[s:k+1]) && (subject || toks[s].in(speakerTitles) || firstNameGender(toks[s].s) != genderUnknown) && pronounFits(w, toks[s:k+1], names) &&
			plausibleMention(text, mentionOf(toks, s, k+1)) {
			// Sen. Ann Hale, Ann Hale: a person by title or first name.
			return mentionOf(toks, s, k+1)
		}
	}
	if object.Len() > 0 {
		return object
	}
	// No subject fits: the last person the document names in full who
	// fits, wherever the name stands.
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if insideName(toks, k) {
			continue
		}
		if full := names.of(t.lower()); t.capitalised() && len(full) > 0 && onePersonFits(w, full, names) {
			return mentionOf(toks, k, k+1)
		}
		if givenNameAlone(t, w, names) {
			// she met Paul …, after Paul Dorr was named: the person
			// the first name stands for, as features call people.
			return mentionOf(toks, k, k+1)
		}
	}
	// Nor does any listed name: the last name of two or three capitalised
	// words that may be he or she (Kieran Dale, Dr. Ines Varga), or a
	// last name alone in the pronoun's own sentence, when the pronoun
	// opens the attribution before the quotation (own).
	own := textutil.HasPrefixFoldASCII(text[pos:], w) && wordEnds(text, pos+len(w))
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
		if s > 1 && k+1-s == 3 && toks[s-1].in(rolePrepositions) && toks[s-2].in(roleWords) {
			s++ // Vice President of Sales Kit Varo: the office's field is no name
		}
		if n := k + 1 - s; n >= 2 && n <= 3 && !toks[k].in(roleWords) && !holdsTitleWord(toks[s:k+1]) && pronounFits(w, toks[s:k+1], names) &&
			plausibleMention(text, mentionOf(toks, s, k+1)) {
			return mentionOf(toks, s, k+1)
		}
		if s == k && own && toks[k].start >= last && !opensSentence(text, toks[k].start) && !toks[k].in(roleWords) && !toks[k].in(timeExpressions) &&
			!toks[k].in(monthNames) && endsNameBefore(text, toks[k].s, toks[k].start) && pronounFits(w, toks[k:k+1], names) {
			// interrupted Varo when she said, after Brisa Varo was
			// named: the person the pronoun's own sentence names by a
			// last name, nearer than any full name further back.
			return mentionOf(toks, k, k+1)
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
	return lastPossessor(text, w, toks, names)
}

// exampleWords bring in a named member of the group a sentence is about
// (Some, like Nora Dale, welcomed it; residents, including Nora Dale).
var exampleWords = textutil.NewWordSet(`like including`)

// kinGender returns the sex that text tells of the one-word name w by a
// noun of one sex in apposition before it (his wife, Ann; their son,
// Sam), or genderUnknown.
func kinGender(text, w string) gender {
	for from := 0; ; {
		i := strings.Index(text[from:], ", "+w)
		if i < 0 {
			return genderUnknown
		}
		i += from
		from = i + 2 + len(w)
		if from < len(text) && isQuoteWordRune(rune(text[from])) {
			continue // Samuel, not Sam
		}
		prev := strings.TrimRightFunc(text[:i], isLetterOrDigit)
		noun := attrToken{s: text[len(prev):i], word: true}
		if g := nounGender(noun); g != genderUnknown {
			return g
		}
	}
}

// otherGender returns the gender the pronoun w rules out.
func otherGender(w string) gender {
	switch pronounGender(w) {
	case genderMale:
		return genderFemale
	case genderFemale:
		return genderMale
	}
	return genderUnknown
}

// toldGender returns the gender the document tells of the one-word name
// w by the he or she it writes after the name as a speaker (Marlo said
// she …) or as a sentence's subject (Marlo runs the quay. She …), or
// genderUnknown: only a person is so called.
func toldGender(w string, names *nameIndex) gender {
	if g := names.saidGender(w); g != genderUnknown {
		return g
	}
	return names.nextGender(w)
}

// givenNameAlone reports whether t is a listed first name of the
// pronoun's sex written alone, which no full name of the document ends in
// and exactly one begins with (Paul, after Paul Dorr): that person.
func givenNameAlone(t attrToken, pronoun string, names *nameIndex) bool {
	if !t.capitalised() || isPossessive(t.s) || firstNameGender(t.s) != pronounGender(pronoun) || len(names.of(t.lower())) > 0 {
		return false
	}
	return givenNameFull(names.all(), t.s) != t.s
}

// coordinators join two subjects (Ann Hale and Tom Reed met): the name
// after them is no object.
var coordinators = textutil.NewWordSet(`and or nor`)

// malePronouns and femalePronouns are the pronouns that speak of a man
// and of a woman.
var (
	malePronouns   = textutil.NewWordSet(`he him his himself`)
	femalePronouns = textutil.NewWordSet(`she her hers herself`)
)

// otherSexIn reports whether a token of toks from byte from on is a
// pronoun of the sex other than the pronoun w's (When Reed visited Sarah
// Dale, he …, for she): the sentence is about two people, and its one
// person of w's sex is who w stands for.
func otherSexIn(toks []attrToken, from int, w string) bool {
	var other *textutil.WordSet
	switch pronounGender(w) {
	case genderMale:
		other = femalePronouns
	case genderFemale:
		other = malePronouns
	default:
		return false
	}
	for i := len(toks) - 1; i >= 0 && toks[i].start >= from; i-- {
		if toks[i].word && toks[i].in(other) {
			return true
		}
	}
	return false
}

// pronounBefore reports whether the pronoun w is written before toks[s]
// and after byte from, in the name's sentence (He needled reporter Jim
// Varo): the person the sentence is about is the pronoun's already, and
// the name after it is another.
func pronounBefore(toks []attrToken, from, s int, w string) bool {
	for i := s - 1; i >= 0 && toks[i].start >= from; i-- {
		if toks[i].is(w) {
			return true
		}
	}
	return false
}

// lastSentenceStart returns where the last sentence that ends before byte
// pos, in text[lo:pos], starts: the one a quotation at pos follows.
func lastSentenceStart(text string, lo, pos int) int {
	end := len(strings.TrimRightFunc(text[:pos], isMarkOrSpace))
	if end <= lo {
		return pos
	}
	return quoteSentenceStart(text, lo, end-1)
}

// maxAppositionHead is the most words back from a name in apposition
// that the noun phrase it names is read over (his choice for the
// harbour board — Tim Varo).
const maxAppositionHead = 8

// objectApposition reports whether the name starting at toks[s] follows a
// dash or a comma in apposition to a lower-case noun phrase that does not
// open its sentence (joked with a clerk about sharing a name with his choice
// for the harbour board — Tim Varo —): the name has that phrase's place, an
// object's, not a subject's. A phrase that opens the sentence (The harbour
// master, Kit Varo, said) or holds a speech verb (said the harbour master,
// Kit Varo) names who acts.
func objectApposition(text string, toks []attrToken, s int) bool {
	if s < 2 || toks[s-1].s != "," && !isDash(toks[s-1]) {
		return false
	}
	h := s - 2
	for h >= 0 && s-2-h < maxAppositionHead && toks[h].word && !toks[h].capitalised() {
		if isVerbAt(toks, h) > 0 || toks[h].in(subjectPronouns) {
			return false
		}
		if opensSentence(text, toks[h].start) {
			return false
		}
		h--
	}
	// On Monday, Mr Varo said …: a phrase from the sentence's
	// first word is an opening one, and the name after it the subject;
	// after a comma or a quotation mark the phrase's place is unknown.
	return h < s-2 && h >= 0 && toks[h].word && !opensSentence(text, toks[h].start)
}

// introducedAgent reports whether the name starting at toks[s] is the
// agent of a passive verb and opens a relative clause (The two will be greeted
// by Mayor Paul Dorr, who is visiting Dunmore.): the person the
// sentence brings in, whom the sentences after it go on about, not an
// object passed by.
func introducedAgent(toks []attrToken, s int) bool {
	e := s
	for e < len(toks) && toks[e].word && toks[e].capitalised() {
		e++
	}
	return s >= 2 && toks[s-1].is("by") && strings.HasSuffix(toks[s-2].lower(), "ed") &&
		e+1 < len(toks) && toks[e].s == "," && toks[e+1].is("who")
}

// titleNouns are nouns for a person written as a title before a name
// that the person suffixes of personNoun miss (analyst Ann Hale).
var titleNouns = textutil.NewWordSet(`analyst`)

// roleOpensSentence reports whether the words before the name starting
// at toks[s] are a role that opens the sentence (Senior analyst Ann Hale
// flew …): a lower-case noun for a person right before the name, and
// before it only words that are neither verbs nor prepositions up to the
// sentence's start, at most maxRoleWords. The name is then the subject, not an object (met
// analyst Ann Hale).
func roleOpensSentence(text string, toks []attrToken, s int) bool {
	if s == 0 || toks[s-1].capitalised() || !personNoun(toks[s-1].lower()) && !toks[s-1].in(titleNouns) {
		return false
	}
	for i := s - 1; i >= 0 && i >= s-maxRoleWords; i-- {
		t := toks[i]
		if !t.word || t.in(introWords) || t.in(speakerDeterminers) || t.in(speakerPronouns) || isVerbAt(toks, i) > 0 {
			return false
		}
		if opensSentence(text, t.start) {
			return true
		}
	}
	return false
}

// insideName reports whether toks[k] is followed by another capitalised
// word of the same name (William in Judge William Brady), so that the
// words up to it are no whole name: the person is the full run, whose
// first name may tell another gender.
func insideName(toks []attrToken, k int) bool {
	return k+1 < len(toks) && toks[k+1].word && toks[k+1].capitalised()
}

// lastPossessor returns the last possessor in toks whose gender nothing
// tells, when it reads as a person's name: two or three capitalised words
// with no determiner before them (into Quill Varo's barn … he told the
// paper), or a last name the document gives in full (Reed's plan, after
// Tom Reed). With no other name near, the owner is the only person the
// pronoun can be; a body (the Harbour Board's) is none.
func lastPossessor(text, pronoun string, toks []attrToken, names *nameIndex) span.Span {
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if !t.capitalised() || !isPossessive(t.s) {
			continue
		}
		s := nameRunStart(toks, k)
		if s > 0 && (toks[s-1].in(speakerDeterminers) || startsWithDigit(toks[s-1].s)) || personGender(toks[s:k+1]) != genderUnknown {
			return span.Span{}
		}
		last := textutil.ToLower(trimPossessive(t.s))
		run := k + 1 - s
		full := names.of(last)
		if run >= 2 && run <= 3 && !holdsTitleWord(toks[s:k+1]) && !toks[k].in(roleWords) || run == 1 && len(full) > 0 && onePersonFits(pronoun, full, names) {
			if m := mentionOf(toks, s, k+1); plausibleMention(text, trimMention(text, m)) {
				return m
			}
		}
		return span.Span{}
	}
	return span.Span{}
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

// maxChainSentences is how many sentences back a run of sentences opening
// with the same pronoun is followed: a profile's paragraph rarely has more.
const maxChainSentences = 4

// pronounChainStart returns the start of the run of sentences that end
// just before byte pos, in text[lo:pos], and open with he or she, the
// pronoun of a quotation's attribution, as their subject (after a link
// word: But she was surprised.), or -1 when the sentence before pos does
// not: the person those sentences are about is the one the pronoun
// stands for, and the names inside them are what that person acts on.
func pronounChainStart(text, pronoun string, lo, pos int) int {
	w := textutil.ToLower(pronoun)
	if w != "he" && w != "she" {
		return -1
	}
	start := -1
	for n := 0; n < maxChainSentences; n++ {
		end := len(strings.TrimRightFunc(text[:pos], unicode.IsSpace))
		if end <= lo {
			break
		}
		s := quoteSentenceStart(text, lo, end-1)
		toks := attrTokenize(text, s, end)
		for len(toks) > 0 && toks[0].in(linkWords) {
			toks = toks[1:]
		}
		if len(toks) < 2 || !toks[0].is(w) || !toks[1].word || toks[1].capitalised() {
			break
		}
		start, pos = s, s
	}
	return start
}

// bodySubjectBefore returns the body that is the subject of the sentence
// ending just before byte pos, in text[lo:pos], when it or they is left
// without an antecedent: a run of capitalised words that is no person's
// name (Harbor Sound have denied it. ¶ “…,” they said.), or the name in
// apposition to a description that opens the sentence (The firm that runs
// the fair, Norland Events, denies it.). News writing calls a company it,
// and they as often.
func bodySubjectBefore(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	w := textutil.ToLower(pronoun)
	if w != "it" && w != "they" {
		return span.Span{}
	}
	end := len(strings.TrimRightFunc(text[:pos], unicode.IsSpace))
	if end <= lo {
		return span.Span{}
	}
	toks := attrTokenize(text, quoteSentenceStart(text, lo, end-1), end)
	for len(toks) > 0 && toks[0].in(linkWords) {
		toks = toks[1:]
	}
	j := 0
	if pronoun == "they" {
		// Only a they written after the words (“…,” they said): a They
		// that opens a sentence is read with the group's head alone,
		// below.
		if m := groupOpening(toks); m.Len() > 0 {
			return m // Residents of Quay Street have complained. “…,” they said.
		}
	}
	if b := theBodyEnd(toks, names); b > 0 {
		// The Justice Department opened an inquiry. ¶ “…,” it said.
		return mentionOf(toks, 0, b)
	}
	if len(toks) > 0 && toks[0].in(speakerDeterminers) {
		// The firm that runs the fair, Norland Events, denies …
		c := 1
		for c < len(toks) && c <= maxPhraseWords && toks[c].s != "," {
			c++
		}
		if a, b, ok := nameInApposition(toks, c); ok && b+1 < len(toks) && toks[b+1].word && !toks[b+1].capitalised() && !isPersonMention(toks[a:b], names) {
			return mentionOf(toks, a, b)
		}
		return namedAfterKind(toks, names)
	}
	for j < len(toks) && j < maxNameWords && toks[j].word && toks[j].capitalised() && !isPossessive(toks[j].s) {
		j++
	}
	if j == 0 || j >= len(toks) || !toks[j].word || toks[j].capitalised() || toks[j].in(introWords) && !groupWhere(toks, j) || toks[j].in(linkWords) ||
		toks[0].in(introWords) || toks[0].in(timeExpressions) || toks[0].in(bareWords) || strings.ContainsAny(toks[0].s, "'’") ||
		isPersonMention(toks[:j], names) || !plausibleMention(text, mentionOf(toks, 0, j)) ||
		j == 1 && strings.HasSuffix(toks[0].lower(), "ed") && !names.capitalisedInside(toks[0].s) {
		// Again and again, …; In 2015, …; I'm …; Contacted by the
		// Gazette, …: no body
		return span.Span{}
	}
	return mentionOf(toks, 0, j)
}

// groupOpeningEnd returns where a group of people named with no
// determiner ends that opens the sentence toks as its subject: a count
// or a quantity word or none (About 200, Dozens of, Many), a plural noun
// for people, then any phrase of where they are from or at (of Quay
// Street, outside the town hall) before a lower-case word that reads
// as the verb; or 0 (Residents of Quay Street have complained, About
// 200 protesters gathered). An approximation that opens it (about,
// nearly) is no part of the mention: see groupOpening.
func groupOpeningEnd(toks []attrToken) int {
	h := 0
	for h < len(toks) && h < maxBareGroupWords && toks[h].word && !isPluralPersonNoun(toks[h].lower()) &&
		(toks[h].in(quantityPronouns) || toks[h].in(approximations) || toks[h].is("of") || startsWithDigit(toks[h].s) || toks[h].in(numberWords) || toks[h].in(countNouns)) {
		h++
	}
	if h >= len(toks) || !toks[h].word || !isPluralPersonNoun(toks[h].lower()) || h > 0 && toks[h].capitalised() {
		return 0
	}
	e := h + 1
	if e < len(toks) && toks[e].in(wherePrepositions) {
		k := e + 1
		for k < len(toks) && k-e <= maxNameWords && toks[k].word && (toks[k].capitalised() || toks[k].in(speakerDeterminers) || isDescriptionWord(toks[k]) && k+1 < len(toks) && toks[k+1].word && !startsPredicate(toks[k])) {
			k++
		}
		if k == e+1 {
			return 0
		}
		e = k
	}
	if e >= len(toks) || !toks[e].word || toks[e].capitalised() || !startsPredicate(toks[e]) && !toks[e].in(irregularPasts) && !toks[e].in(auxiliaries) {
		return 0
	}
	return e
}

// groupOpening returns the mention of the group groupOpeningEnd finds
// opening toks, past an approximation (about 200 protesters → 200
// protesters), or the zero span.
func groupOpening(toks []attrToken) span.Span {
	b := groupOpeningEnd(toks)
	if b == 0 {
		return span.Span{}
	}
	a := 0
	for a < b-1 && toks[a].in(approximations) {
		a++
	}
	return mentionOf(toks, a, b)
}

// countNouns give a rough count of people (Dozens of, Hundreds of).
var countNouns = textutil.NewWordSet(`dozens hundreds thousands scores millions`)

// approximations open a count without being part of it (about 200,
// nearly 300).
var approximations = textutil.NewWordSet(`about nearly`)

// theBodyEnd returns where the name of a body ends that opens the
// sentence toks after the and goes on with its verb (The Justice
// Department opened …, The Harbour Board has said …), or 0: the, then
// capitalised words that are no person's name, then a lower-case word
// that reads as a verb.
func theBodyEnd(toks []attrToken, names *nameIndex) int {
	if len(toks) < 3 || toks[0].s != "The" {
		return 0
	}
	b := 1
	for b < len(toks) && b <= maxNameWords && toks[b].word && toks[b].capitalised() && !isPossessive(toks[b].s) {
		b++
	}
	if b == 1 || b >= len(toks) || !toks[b].word || toks[b].capitalised() || isPersonMention(toks[1:b], names) && !toks[b-1].in(collectiveNouns) {
		return 0 // but The Justice Department: a title's word in a body's name
	}
	if v := toks[b]; !startsPredicate(v) && !v.in(irregularPasts) {
		return 0
	}
	return b
}

// groupWhere reports whether the one word toks[:j] that opens a sentence
// is a group of people and a preposition at toks[j] says where they are
// (Republicans on the panel voted, Officials in the city said): the
// group is the subject, not a word before an opening phrase.
func groupWhere(toks []attrToken, j int) bool {
	w := toks[0].lower()
	return j == 1 && (isGroupNoun(w) || toks[0].in(partyMembers) && strings.HasSuffix(w, "s")) && (toks[j].in(placePrepositions) || toks[j].is("on") || toks[j].is("at"))
}

// namedAfterKind returns the name of the body that the sentence toks opens
// with after a determiner and the noun of its kind, with no comma between
// (The harbour charity Harbourwatch says …): news writing names an
// organisation so the first time, and calls it it after. A noun for a
// person before the name (the harbour pilot Kit Varo) makes it a person's,
// as does a title or a first name in it.
func namedAfterKind(toks []attrToken, names *nameIndex) span.Span {
	a := 1
	for a < len(toks) && a <= maxDescriptionWords && isDescriptionWord(toks[a]) && !isPossessive(toks[a].s) {
		a++
	}
	if a == 1 || a >= len(toks) || personNoun(toks[a-1].lower()) || toks[a-1].in(titleNouns) {
		return span.Span{}
	}
	b := a
	for b < len(toks) && b-a < maxNameWords && toks[b].word && toks[b].capitalised() && !isPossessive(toks[b].s) {
		b++
	}
	if b == a || b >= len(toks) || !toks[b].word || toks[b].capitalised() || isPersonMention(toks[a:b], names) {
		return span.Span{}
	}
	for k := 2; k < a; k++ {
		if toks[k].in(wherePrepositions) {
			// The residents of Quay Street: the name is where the
			// kind's people are, and a group of them is the body; the
			// owner of Quay Cafe is a person, no body.
			if w := toks[k-1].lower(); isPluralPersonNoun(w) {
				return mentionOf(toks, 0, b)
			} else if personNoun(w) {
				return span.Span{}
			}
			break
		}
	}
	return mentionOf(toks, a, b)
}

// isPersonMention reports whether toks name a person: a title, a listed
// first name, or a family name the document gives in full; not a firm
// named after one (Dick Lane Productions).
func isPersonMention(toks []attrToken, names *nameIndex) bool {
	if len(toks) > 1 && toks[len(toks)-1].in(firmWords) {
		return false
	}
	if len(toks) == 0 || toks[0].in(speakerTitles) || toks[0].in(speakerPronouns) || firstNameGender(toks[0].s) != genderUnknown {
		return true
	}
	return len(toks) == 1 && len(names.of(toks[0].lower())) > 0
}

// addressVerbs are speech verbs whose object is the one spoken to (he
// emailed Tom Reed, she urged Ann Hale), never who speaks.
var addressVerbs = textutil.NewWordSet(`told tells tell telling asked asks ask emailed texted
	messaged called urged informed reminded assured implored begged advised warned
	thanked praised mocked blasted`)

// addressedBy reports whether toks[v] is a verb of addressing someone
// with a subject before it (he emailed …, Hale told …), so that the name
// after it is the one addressed; after a quotation or a comma (“…,” told
// Tom Reed) the verb is too rare an inversion to read so.
func addressedBy(toks []attrToken, v int) bool {
	return toks[v].in(addressVerbs) && v > 0 && toks[v-1].word
}

// placeNouns end the name of a place or a body, never a person's (Dunmore
// City, Lund County, Harbour Radio); family names that are also such
// nouns (Hall, Park, Church) are left out.
var placeNouns = textutil.NewWordSet(`city county street avenue road island river lake valley
	palace airport station radio hospital university college school`)

// allUpper reports whether every word of toks is in capitals (PORT
// LUND), as a dateline or a headline writes a place.
func allUpper(toks []attrToken) bool {
	for _, t := range toks {
		if t.word && !isUpperWord(t.s) {
			return false
		}
	}
	return true
}

// placeOpeners begin the name of a place, never a person's (San Marco,
// Los Pinos, New Portmore, Fort Lund).
var placeOpeners = textutil.NewWordSet(`san santa los las new fort port mount`)

// firmWords end the name of a company (Lane Productions, Hale Records).
var firmWords = textutil.NewWordSet(`productions records group inc corp co company media
	entertainment studios pictures holdings partners associates industries`)

// maxLedeParagraph is the last paragraph, counted from 0, in which a
// quotation may open an article for ledeSpeaker: the first, or the one
// after a headline.
const maxLedeParagraph = 1

// ledeSpeaker returns the person that opens the sentence right after the
// quotation q, the qi-th, in paragraph pi of paras or the next one when q
// ends its paragraph, when q is the first quotation of the first
// paragraphs and he or she may stand for that person: an article's
// opening words whose speaker the next sentence brings in (“When I got
// here,” she said, “there was nothing.” Ann Hale, now 80, has lived …).
func ledeSpeaker(text, pronoun string, q *Quote, qi int, paras []span.Span, pi int, names *nameIndex) span.Span {
	if qi > 0 || pi > maxLedeParagraph {
		return span.Span{} // only the article's first quotation opens it
	}
	if w := textutil.ToLower(pronoun); w != "he" && w != "she" {
		return span.Span{}
	}
	hi := paras[pi].End
	if q.End > hi {
		return span.Span{} // words over several paragraphs open no article's lede
	}
	s := q.End // the words end their sentence: “… nothing.” Ann Hale …
	if !quoteEndsSentence(q.Text) {
		s = quoteSentenceEnd(text, q.End, hi) // “…,” he says. Tom Reed …
	}
	s += len(text[s:hi]) - len(strings.TrimLeft(text[s:hi], quoteMarkChars+" "))
	if s >= hi {
		if pi+1 >= len(paras) {
			return span.Span{}
		}
		s, hi = paras[pi+1].Start, paras[pi+1].End
	}
	return openingPerson(text, pronoun, s, quoteSentenceEnd(text, s, hi), names, false)
}
