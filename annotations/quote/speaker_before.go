package quote

import (
	"slices"
	"strings"
	"unicode"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// maxReportedSubject is the most tokens a reported-speech sentence may
// have before its speech verb (Ann Hale, the harbour master, said that …).
const maxReportedSubject = 12

// subjectOpening returns the phrase that is all of the sentence before a
// quotation starting at byte start, but for an apposition between commas
// (The hospital “…,” it said. / Ann Hale, the harbour master, “…,” she
// said.): the subject of the quoted predicate, which the pronoun after it
// stands for. toks are the tokens of the quotation's sentence before it
// (see beforeTokens in attribute).
func subjectOpening(toks []attrToken) span.Span {
	for len(toks) > 0 && !toks[len(toks)-1].word && strings.ContainsAny(toks[len(toks)-1].s, quoteMarkChars) {
		toks = toks[:len(toks)-1]
	}
	n := len(toks)
	if n > 0 && toks[n-1].s == "," {
		for n = 0; toks[n].s != ","; n++ {
		}
		if holdsSpeechVerb(toks[n:]) {
			// Her critics, she said, “…”: the aside between the commas
			// is the attribution, and the subject is the words' topic.
			return span.Span{}
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
	return actorOpening(text, lo, end, names, false)
}

// actorOpening is actorBefore; lone also takes a one-word name that the
// document writes alone as the subject of a speech verb (see
// [nameIndex.speaks]), as he or she may stand for (Hale frowned. “…,” he
// said), though a quotation alone after it may be anyone's.
func actorOpening(text string, lo, end int, names *nameIndex, lone bool) span.Span {
	end = len(strings.TrimRightFunc(text[:end], unicode.IsSpace))
	if end <= lo || text[end-1] != '.' {
		return span.Span{}
	}
	s := quoteSentenceStart(text, lo, end-1)
	toks := skipQuoteMarks(attrTokenize(text, s, min(end, s+maxNameBytes+maxOpeningBytes)))
	// When asked about the pier, Hale was blunt.: the subject after
	// the opening phrase.
	k, ok := openingEnd(toks)
	if !ok {
		return span.Span{}
	}
	toks = toks[k:]
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
	if j == 1 && v < len(toks) && toks[v].word && !toks[v].capitalised() && (len(names.of(toks[0].lower())) > 0 || lone && (names.speaks(toks[0].s) || names.isWho(toks[0].s))) {
		// Hale shakes her head.: a last name the document gives in
		// full, or, for he or she, one it writes alone as the subject
		// of a speech verb (a body such as a firm is it) or before
		// ", who".
		return mentionOf(toks, 0, 1)
	}
	return span.Span{}
}

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
			return bodyOpening(text, w, lo, end-1, names)
		}
		return span.Span{}
	}
	if w := textutil.ToLower(pronoun); w != "he" && w != "she" {
		return span.Span{}
	}
	return openingPerson(text, pronoun, lo, quoteSentenceStart(text, lo, pos), names, true)
}

// openingPerson returns the person who opens the sentence ending at byte
// end, in text[lo:end] (see actorOpening, which lone is passed to), when
// the pronoun he or she may stand for that person.
func openingPerson(text, pronoun string, lo, end int, names *nameIndex, lone bool) span.Span {
	r := trimMention(text, actorOpening(text, lo, end, names, lone))
	if !isName(text, r) || !pronounFits(pronoun, attrTokenize(text, r.Start, r.End), names) {
		return span.Span{}
	}
	return r
}

// bodyOpening returns the body or group that opens the sentence holding
// the pronoun it or they at byte pos when the pronoun may stand for it
// (Acme's campaign contrasts her plan with what they call “…”; Portline
// declined to comment, but it has said …): the subject of the sentence
// the pronoun speaks in.
func bodyOpening(text, pronoun string, lo, pos int, names *nameIndex) span.Span {
	w := textutil.ToLower(pronoun)
	if w != "it" && w != "they" {
		return span.Span{}
	}
	toks := attrTokenize(text, quoteSentenceStart(text, lo, pos), pos)
	it := w == "it"
	if it && len(toks) > 1 && (startsPredicate(toks[1]) || toks[1].in(irregularPasts)) && namedBody(toks[:1], names) &&
		!toks[0].in(timeExpressions) && !isPluralPersonNoun(toks[0].lower()) && plausibleMention(text, mentionOf(toks, 0, 1)) {
		return mentionOf(toks, 0, 1) // Portline declined to comment, but it has said …
	}
	// The subject ends at its head: a name's last word, a noun for a
	// body or a group, or for it a body's or a document's, before the
	// lower-case verb.
	for j := 2; j < len(toks) && j <= maxDescriptionWords+1; j++ {
		head := toks[j-1]
		if !head.capitalised() && !isDescriptionWord(head) {
			break
		}
		if h := head.lower(); (head.capitalised() || collectiveNouns.Has(h) || isGroupNoun(h) || it && (bodyNouns.Has(h) || institutionNouns.Has(h) || documentNouns.Has(h))) && toks[j].word && !toks[j].capitalised() &&
			(bodyFits(w, toks[:j]) || it && namedBody(toks[:j], names)) {
			return mentionOf(toks, 0, j)
		}
	}
	return span.Span{}
}

// bodyNouns are kinds of organisation that news writing calls it, not
// they (the bank said … It added), beyond collectiveNouns and the
// institutionNouns that end a body's name.
var bodyNouns = textutil.NewWordSet(`bank lender insurer airline carrier railway retailer chain brand
	automaker carmaker manufacturer maker startup utility operator contractor supplier
	hospital clinic university college school academy court tribunal regulator watchdog
	broadcaster newspaper paper magazine publisher studio museum library zoo church charity
	city county state country district embassy military army navy exchange
	parliament legislature senate cabinet`)

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
	hi := min(pos, ls+maxLabel)
	if strings.IndexByte(text[ls:hi], ':') < 0 {
		// No colon, no label: most lines are none, and are told so
		// before tokenizing.
		return span.Span{}
	}
	toks := attrTokenize(text, ls, hi)
	k := 0
	for k < len(toks) && k <= maxNameWords && toks[k].s != ":" {
		k++
	}
	if k == 1 && k < len(toks) && toks[0].s == "A" {
		return interviewee(text, ls) // Q: … ¶ A: “…”
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
		if turn := lastTurnLabel(text, label.End, pos); turn.Len() > 0 {
			return turn
		}
		return label
	}
	return span.Span{}
}

// maxTurnReach is how many bytes before a quotation lastTurnLabel reads
// for a turn that begins inside the line: answers run to a few
// sentences, and the line's own label is the answer past that.
const maxTurnReach = 1500

// maxInterviewIntro is how far before an interview's first question, in
// bytes, the person it questions is looked for: the paragraph or two
// that introduce a question-and-answer piece.
const maxInterviewIntro = 1500

// interviewee returns the person whose answers an interview's "A:" lines
// give, for the answer line starting at byte ls: the last full name, with
// a listed first name or a title, before the interview's first "Q:"
// line (Ann Hale has chaired the board since 2019. We spoke to her. ¶ Q:
// …). It is the zero span when no question comes before the answer.
func interviewee(text string, ls int) span.Span {
	q := 0 // the first question's line
	if !strings.HasPrefix(text, "Q:") {
		i := strings.Index(text[:ls], "\nQ:")
		if i < 0 {
			return span.Span{}
		}
		q = i + 1
	}
	toks := attrTokenize(text, max(0, q-maxInterviewIntro), q)
	for k := len(toks) - 1; k > 0; k-- {
		if !toks[k].capitalised() || isPossessive(toks[k].s) || k+1 < len(toks) && toks[k+1].capitalised() {
			continue
		}
		s := nameRunStart(toks, k)
		if k > s && (firstNameGender(toks[s].s) != genderUnknown || toks[s].in(speakerTitles)) && !toks[k].in(roleWords) &&
			plausibleMention(text, mentionOf(toks, s, k+1)) {
			return mentionOf(toks, s, k+1)
		}
		k = s
	}
	return span.Span{}
}

// lastTurnLabel returns the last turn label inside a transcript line
// between bytes lo and pos, where a transcript printed as one paragraph
// goes on from one speaker to the next (REED: … ? LIND: No. …): a name
// all in capitals and a colon, after the end of a sentence. It returns
// the zero span when the line's own label still holds at pos.
func lastTurnLabel(text string, lo, pos int) span.Span {
	toks := attrTokenize(text, max(lo, pos-maxTurnReach), pos)
	for c := len(toks) - 1; c >= 2; c-- {
		if toks[c].s != ":" {
			continue
		}
		k := c
		for k > 0 && c-k < maxNameWords && toks[k-1].word && isUpperWord(strings.TrimSuffix(toks[k-1].s, ".")) {
			k--
		}
		if k == c || k == 0 || !strings.ContainsAny(toks[k-1].s, ".?!…") {
			continue
		}
		return mentionOf(toks, k, c)
	}
	return span.Span{}
}

// labelWords open the labels of an article's sections and asides, not a
// speaker's line (Update:, Watch:, Editor's note:, Question:).
var labelWords = textutil.NewWordSet(`update updated note editor editors warning watch read related more
	see also photo photos video videos image images caption credit source sources correction
	clarification breaking exclusive live advertisement question answer background context
	summary quote quotes timeline transcript`)

// clauseOpeners are function words that begin a sentence without being
// part of its subject (With the vote near, …).
var clauseOpeners = textutil.NewWordSet(`according only with in the but and after when as on at for if while
	although though since by from of to a an this that it there here so yet
	despite during before because`)

// questionWords open a clause that is itself a sentence's subject (What
// Ann Hale wants is …, How Portmore paid for it is …): the words after
// them are no name, and the clause says nothing.
var questionWords = textutil.NewWordSet(`what how why where who whom whose which whatever whoever`)

// maxLinkWords is the most link words read before a sentence's subject
// (But then, And so).
const maxLinkWords = 2

// setPhrases are set phrases that open a sentence before its subject
// (Time and again, she …; By and large, the board …), whose first word,
// capitalised there, is no name.
var setPhrases = [][]string{
	{"time", "and", "again"}, {"time", "and", "time", "again"}, {"again", "and", "again"},
	{"over", "and", "over"}, {"now", "and", "then"}, {"every", "now", "and", "then"},
	{"by", "and", "large"}, {"all", "in", "all"}, {"first", "and", "foremost"},
	{"last", "but", "not", "least"}, {"once", "and", "for", "all"},
}

// setPhraseEnd returns the index in toks of the token after the set
// phrase (see setPhrases) that opens them, or 0 when none does.
func setPhraseEnd(toks []attrToken) int {
next:
	for _, p := range setPhrases {
		if len(toks) <= len(p) {
			continue
		}
		for i, w := range p {
			if !toks[i].is(w) {
				continue next
			}
		}
		return len(p)
	}
	return 0
}

// sentenceSubject guesses who is speaking in a sentence that quotes without
// a speech verb ("Jane Roe has called the plan “a mess”"): the first name
// that opens the sentence or a clause after a comma and is followed by a
// lower-case word, as a subject is by its verb.
func sentenceSubject(text string, lo, start int) span.Span {
	return sentenceSubjectIn(attrTokenize(text, quoteSentenceStart(text, lo, start), start))
}

// sentenceSubjectIn reads the subject of sentenceSubject in toks, the
// tokens of the sentence before the quotation (see beforeTokens in attribute).
func sentenceSubjectIn(toks []attrToken) span.Span {
	// The subject may follow the link words that open the sentence (But
	// then he turned to the harbour: “…”; Still, Ann Hale called it “…”).
	set := setPhraseEnd(toks)
	open := set
	if len(toks) > 2 && startsWithDigit(toks[0].s) && toks[1].s == ")" {
		open = 2 // 3) Ann Hale also spoke …: the number of a listed point
	}
	for open < len(toks) && open < maxLinkWords && toks[open].in(linkWords) {
		open++
	}
	if open > 0 && open < len(toks) && toks[open].s == "," {
		open++
	}
	if m := groupOpening(toks[open:]); m.Len() > 0 {
		return m // About 200 protesters gathered, chanting “…”
	}
	for k := set; k < len(toks); k++ {
		opens := k == 0 || k == open || toks[k-1].s == ","
		if j := descriptionEnd(toks, k); j > k && opens {
			return mentionOf(toks, k, j)
		}
		if opens && (!toks[k].capitalised() || toks[k].in(possessivePronouns)) {
			if m := roleNamedSubject(toks, k); m.Len() > 0 {
				return m
			}
		}
		// He or she after the sentence's opening words or a comma (In
		// the end, she blamed …): resolved as any pronoun speaker.
		if opens && k > 0 && (toks[k].is("he") || toks[k].is("she")) && k+1 < len(toks) && toks[k+1].word && !toks[k+1].capitalised() {
			return mentionOf(toks, k, k+1)
		}
		// An introductory word (Over the course of the talks, Amid …)
		// opens a phrase that sets the scene before the subject.
		if !opens || !toks[k].capitalised() || toks[k].in(clauseOpeners) || toks[k].in(introWords) || toks[k].in(speakerDeterminers) || toks[k].in(questionWords) ||
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
		for p := k; p < j; p++ {
			if isPossessive(toks[p].s) {
				if a, b := apposedAfterOwned(toks, p+1); b > a {
					// Ada Lind's Democratic rival, Tom Reed, called …:
					// the name in apposition, not the owner.
					return mentionOf(toks, a, b)
				}
				break
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
				if toks[h].in(speechNouns) && readsAsVerb(toks[h:]) {
					// Ann Hale's answer included …: what she said, and
					// she the one who said it.
					return mentionOf(toks, k, j)
				}
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
		if isAskedAt(toks, j) {
			// Ann Hale was asked whether “…”: the words are the
			// question's, put to her by someone the sentence leaves
			// unnamed.
			return span.Span{}
		}
		if e := nameAfterRole(toks, j); e > j && e < len(toks) && toks[e].word && !toks[e].capitalised() {
			return mentionOf(toks, k, e) // Harbour group Seawatch branded …
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
		if k == 0 && j < len(toks) && toks[j].s == "," && (j >= k+2 || (opensApposition(toks, j) || j+1 < len(toks) && toks[j+1].is("who")) && !toks[k].in(linkWords) && !toks[k].in(timeWords)) {
			// House Speaker Tom Reed, D-Maine, despite …: a name opening
			// the sentence before its apposition; a one-word name only
			// before a description (Lund, a quiet pilot, …) or who
			// (Lund, who saw it live, …), and no link or time word
			// (Still, the Gazette reported …).
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

// apposedAfterOwned returns the name in apposition to a description that
// a possessive ending at toks[j-1] owns (Ada Lind's Democratic rival, Tom
// Reed, called …): a few words of the description, the last a lower-case
// noun, then the name between commas and a lower-case verb after it. It
// returns a == b when there is none.
func apposedAfterOwned(toks []attrToken, j int) (a, b int) {
	r := j
	for r < len(toks) && r-j < maxRoleWords && toks[r].word && (!toks[r].capitalised() || isAffiliation(toks[r])) {
		r++
	}
	if r == j || r+1 >= len(toks) || toks[r-1].capitalised() || toks[r].s != "," {
		return 0, 0
	}
	a = r + 1
	b = a
	for b < len(toks) && toks[b].word && toks[b].capitalised() {
		b++
	}
	if b == a || !isNameRun(toks[a:b]) || b+1 >= len(toks) || toks[b].s != "," || !toks[b+1].word || toks[b+1].capitalised() || toks[b+1].in(speakerStops) {
		return 0, 0
	}
	return a, b
}

// roleNamedSubject returns the name of a person that a role of a few
// lower-case words introduces at the start of a clause toks[k:], when the
// name is the clause's subject: followed by a lower-case verb or by the
// comma of an apposition (harbour tycoon Tom Reed, writing as @Reedy,
// took …; His sister Ana cut in). The role is a person's (wife, pilot)
// or the name opens with a listed first name, so that a thing before a
// name (new rules Tom Reed wrote) is none.
func roleNamedSubject(toks []attrToken, k int) span.Span {
	r := k
	if toks[r].in(possessivePronouns) {
		r++
	}
	d, e := roleThenName(toks, r)
	if d == r || e == d || e >= len(toks) || !(toks[e].word && !toks[e].capitalised() || toks[e].s == "," && e-d >= 2) {
		return span.Span{}
	}
	if !personNoun(toks[d-1].lower()) && (e-d < 2 || firstNameGender(toks[d].s) == genderUnknown) {
		return span.Span{}
	}
	return mentionOf(toks, d, e)
}

// speakerBefore reads an attribution in the sentence that leads up to a
// quotation beginning at byte start: "X said", "said X,", "according to X,"
// or "X:".
func speakerBefore(text string, lo, start int) span.Span {
	s := quoteSentenceStart(text, lo, start)
	return speakerBeforeIn(text, lo, s, attrTokenize(text, s, start))
}

// quotingSource returns the one whose words a quoting verb before the
// quotation gives (Ann Hale quoted Churchill: “…”; Ann Hale, quoting her
// late father, said: “…”): its object, when only a comma, a colon or a
// speech verb stands between that and the words. quoted … as saying is
// read by quotedAs. toks are the tokens of the quotation's sentence
// before it (see beforeTokens in attribute).
func quotingSource(toks []attrToken) span.Span {
	n := wordsEnd(toks)
	for v := n - 2; v >= 0 && n-v <= maxPhraseWords+3; v-- {
		if !toks[v].in(quotingVerbs) || !strings.HasPrefix(toks[v].lower(), "quot") {
			continue // cited Hale's “…”: what is cited is a thing
		}
		rest := toks[v+1 : n]
		i, j, ok := phraseAfter(rest)
		if !ok || i != 0 || rest[i].in(speakerPronouns) || isPossessive(rest[j-1].s) {
			return span.Span{}
		}
		for _, t := range rest[j:] {
			if t.word && !t.in(speechVerbs) || !t.word && t.s != "," && t.s != ":" {
				return span.Span{} // quoted Churchill as saying, quoted a poll that …
			}
		}
		return mentionOf(rest, i, j)
	}
	return span.Span{}
}

// speakerBeforeIn reads the attribution of speakerBefore in toks, the
// tokens of the quotation's sentence before it, from byte s on; the
// quotation's stretch of text starts at byte lo (see beforeTokens in
// attribute).
func speakerBeforeIn(text string, lo, s int, toks []attrToken) span.Span {
	for len(toks) > 0 && !toks[len(toks)-1].word && strings.ContainsAny(toks[len(toks)-1].s, "\"“«„'‘`") {
		toks = toks[:len(toks)-1]
	}
	for v := len(toks) - 1; v >= 0; v-- {
		if m := perceivedSpeaker(toks, v); m.Len() > 0 {
			return m
		}
		if m := cleftSpeaker(toks, v); m.Len() > 0 {
			return m
		}
		n := isVerbAt(toks, v)
		if n == 0 && v > 0 && toks[v-1].is("to") && toks[v].in(infinitiveSpeechVerbs) {
			// The vote led Ann Hale to claim that the pier is “…”: a
			// base form that is mostly a noun is a verb after to.
			if m := infinitiveSubject(toks, v); m.Len() > 0 {
				return m
			}
		}
		if n == 0 && v > 0 && (toks[v].in(namingVerbs) || toks[v].in(coiningVerbs)) && strings.HasSuffix(toks[v].s, "ed") && !toks[v-1].in(passiveAuxiliaries) &&
			slices.ContainsFunc(toks[v+1:], func(t attrToken) bool { return t.word && !t.is("as") }) {
			// He said Ann Hale had dubbed the plan “…”: the one who
			// named it, nearer the words than the speech verb; a
			// phrase after a preposition is none (with a sign labeled
			// “…”), nor one the participle names with no object
			// between it and the words (the native nicknamed “…”).
			if i, j, ok := phraseBefore(toks[:v]); ok && holdsSpeechVerb(toks[:i]) && !toks[i].in(coinerOpeners) && !toks[i-1].in(introWords) {
				return mentionOf(toks, i, j)
			}
		}
		if n == 0 || v == 0 && isImperative(toks[v]) {
			continue // Read Ann Hale's statement below: the reader is asked
		}
		if reducedPassive(toks, v, n) {
			continue // told donors, in remarks first reported by the Gazette, that …
		}
		if c := claimOwner(toks[v+n:], false); c.Len() > 0 {
			// Ann Hale denied Tom Reed's claim that the pier was
			// “unsafe”: the words are the claim's, nearer the
			// quotation than the speech verb.
			return c
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
			if m := textSource(toks[:v-1]); m.Len() > 0 {
				return m // got a message from her mother, saying “…”
			}
			return sentenceSubject(text, s, toks[v].start)
		}
		if n == 1 && v > 1 && strings.HasSuffix(toks[v].s, "ing") && toks[v-1].is("for") {
			// Ann Hale mocked Tom Reed for saying “…”: the one blamed
			// or thanked for the words, the object before for; Ann
			// Hale apologised for saying “…”: the subject.
			if i, j, ok := phraseBefore(toks[:v-1]); ok && i > 0 && toks[i-1].word && !toks[i-1].in(clauseOpeners) {
				return mentionOf(toks, i, j)
			}
			return leadingSubject(toks[:v-1])
		}
		if n == 1 && v > 1 && strings.HasSuffix(toks[v].s, "ing") && toks[v-1].in(verbParticles) {
			// The caller hung up saying “…”: a participle after a
			// phrasal verb shares the clause's subject.
			return leadingSubject(toks[:v])
		}
		if n == 1 && v > 1 && strings.HasSuffix(toks[v].s, "ing") && toks[v-1].in(progressiveAuxiliaries) {
			// Ann Hale said the pilot was asking, “…”: the subject of
			// the progressive, nearer the words than any verb before.
			if i, j, ok := phraseBefore(toks[:v-1]); ok {
				return mentionOf(toks, i, j)
			}
		}
		if i, j, ok := phraseBefore(toks[:v]); ok {
			if w := toks[i].lower(); j == i+1 && (w == "who" || w == "which") {
				continue // anybody who complains “…”: not the speaker
			}
			if n == 1 && i > 0 && strings.HasSuffix(toks[v].s, "ing") && toks[i].in(speakerDeterminers) && j-i <= maxTextWords && toks[j-1].in(commNouns) {
				// Ann Hale's office issued a statement saying “…”: the
				// text is the verb's object; who issued it speaks.
				if m := leadingSubject(toks[:i]); m.Len() > 0 {
					return m
				}
			}
			if n == 1 && i > 0 && toks[i-1].is("to") && strings.HasSuffix(toks[v].s, "ing") {
				// released a statement to the Gazette saying “…”: the
				// one written to is no speaker; the clause's subject is.
				return leadingSubject(toks[:v])
			}
			return mentionOf(toks, i, j)
		}
		if v > 1 && (toks[v-1].is("and") || toks[v-1].is("but")) {
			// Tom Reed toured the pier and vowed “…”, declined to name
			// the pilot but said …: the speech verb shares the subject
			// of the sentence's first verb.
			return sentenceSubject(text, s, toks[v].start)
		}
		if m := infinitiveSubject(toks, v); m.Len() > 0 {
			return m
		}
		if toks[v].in(listenerVerbs) {
			return span.Span{} // led Ann Hale to tell the board, “…”: not the board
		}
		if toks[v].in(namingVerbs) {
			return span.Span{} // a letter … called the plan “…”: not the plan
		}
		rest := toks[v+n:]
		if m := sourceOwner(toks[v], rest); m.Len() > 0 {
			return m
		}
		if i, j, ok := invertedSpeaker(rest); ok {
			if j == len(rest)-1 && rest[j].is("as") {
				// …, mocked the Gazette as “…”: the object the words
				// name, not who says them.
				return span.Span{}
			}
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
			if j > i+1 && subjectPronouns.Has(toks[i].s) {
				return mentionOf(toks, i, i+1) // It cautions: “…”: resolved as any pronoun
			}
			for h := i + 1; h < j; h++ {
				if !toks[h].capitalised() && (startsPredicate(toks[h]) || toks[h].in(irregularPasts)) {
					// Tom Reed didn't mince words: “…”, Ann Hale went
					// further: “…”: the name is the subject of a
					// predicate, not a label.
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

// nounLikePasts are irregular pasts that are as often a noun or an
// adjective inside a description (a set list, the left wing, a lost dog).
var nounLikePasts = textutil.NewWordSet(`put set let hit left lost saw won spent stuck laid cut meant found`)

// invertedSpeaker returns the speaker named right after a speech verb
// (said the minister, according to the board), rest being the tokens
// after the verb: the phrase phraseAfter reads, unless it is the subject
// of the clause the verb reports, which an auxiliary follows (said the
// paper would “…”) or which holds its own past verb (said the visit
// brought back memories of “…”); the sentence's subject then speaks.
func invertedSpeaker(rest []attrToken) (i, j int, ok bool) {
	i, j, ok = phraseAfter(rest)
	if !ok || reportedClauseSubject(rest, i, j) || rest[i].in(speakerDeterminers) && clauseInside(rest[i:j]) {
		return 0, 0, false
	}
	return i, j, true
}

// reportedClauseSubject reports whether the phrase rest[i:j] after a speech verb
// is the subject of the clause it reports, an auxiliary after it (an
// article that said the Harbour Board is capable of “…”, said the paper
// would “…”): no speaker written after the verb (said the minister). A
// pronoun there (said he was) is most often the speaker, and is kept.
func reportedClauseSubject(rest []attrToken, i, j int) bool {
	return j < len(rest) && !rest[i].in(speakerPronouns) && rest[j].word &&
		(rest[j].in(auxiliaries) || strings.HasSuffix(rest[j].s, "n't") || strings.HasSuffix(rest[j].s, "n’t"))
}

// clauseInside reports whether desc, a description from its determiner
// on, holds a past verb: a lower-case irregular past (brought, took)
// after its first noun or a past in -ed after a noun, which make it a
// clause (the visit brought back, the mayor disputed).
func clauseInside(desc []attrToken) bool {
	for h := 2; h < len(desc); h++ {
		if t := desc[h]; t.word && !t.capitalised() && t.in(irregularPasts) && !t.in(nounLikePasts) {
			return true
		}
	}
	return pastVerbInside(desc)
}

// progressiveAuxiliaries are the forms of be before a speech verb in -ing
// (was asking, is telling).
var progressiveAuxiliaries = textutil.NewWordSet(`was is were are`)

// leadingSubject returns the subject that opens the clause toks, after
// its link words: a name run, a determiner before one (The Harbour Board
// of Portmore), or a determiner and a description up to its person noun
// (The woman). It is the zero span when the clause opens otherwise.
func leadingSubject(toks []attrToken) span.Span {
	k := 0
	for k < len(toks) && k < maxLinkWords && toks[k].in(linkWords) {
		k++
	}
	if k > 0 && k < len(toks) && toks[k].s == "," {
		k++
	}
	i := k
	if i < len(toks) && toks[i].in(speakerDeterminers) {
		i++
	}
	j := i
	for j < len(toks) && toks[j].word && (toks[j].capitalised() || j > i && isNameJoiner(toks, j)) {
		j++
	}
	if j > i && isPossessive(toks[j-1].s) {
		// Ann Hale's office issued …: the person or body the owner
		// names, not the owner.
		for h := j; h < len(toks) && h-j < maxRoleWords && toks[h].word && !toks[h].capitalised(); h++ {
			if personNoun(toks[h].lower()) {
				return mentionOf(toks, k, h+1)
			}
		}
	}
	if j > i {
		return mentionOf(toks, k, j)
	}
	if i == k {
		return span.Span{}
	}
	for h := i; h < len(toks) && h-i < maxDescriptionWords && toks[h].word && !toks[h].capitalised(); h++ {
		if personNoun(toks[h].lower()) {
			return mentionOf(toks, k, h+1)
		}
	}
	return span.Span{}
}

// reducedPassive reports whether the speech verb at toks[v], n tokens
// long, is a past participle that qualifies the noun before it, with its
// agent after by and no auxiliary before it (remarks first reported by
// the Gazette, comments reported by the Gazette): the clause's own verb
// comes before it.
func reducedPassive(toks []attrToken, v, n int) bool {
	if n != 1 || v == 0 || v+1 >= len(toks) || !toks[v+1].is("by") || !strings.HasSuffix(toks[v].s, "ed") {
		return false
	}
	prev := toks[v-1]
	return prev.word && !prev.capitalised() && !prev.in(passiveAuxiliaries) && !prev.in(auxiliaries)
}

// isImperative reports whether t, opening its sentence, is the one speech
// verb whose base form asks the reader to do something (Read the
// statement below:) rather than tell what a text says (the sign read).
func isImperative(t attrToken) bool { return t.capitalised() && t.is("read") }

// maxTextWords is the most words of a text named as a verb's object
// before a participle (a brief written statement saying).
const maxTextWords = 4

// verbParticles end a phrasal verb (hung up, shot back, broke down).
var verbParticles = textutil.NewWordSet(`up down out off away back`)

// infinitiveSubject returns the name before "to" and the speech verb at
// toks[v] when a verb before the name makes it the one who speaks (The
// delay led Ann Hale to tell the board, “…”; prompted Reed to say): the
// object of the first verb is the subject of the second. A name after a
// preposition (went to Ann Hale to ask) is where someone went, not who
// spoke.
func infinitiveSubject(toks []attrToken, v int) span.Span {
	if v < 3 || !toks[v-1].is("to") {
		return span.Span{}
	}
	s := nameRunStart(toks, v-2)
	if s < 1 || !isNameRun(toks[s:v-1]) {
		return span.Span{}
	}
	if b := toks[s-1]; !b.word || b.capitalised() || b.in(introWords) || b.in(speakerStops) || b.in(speakerDeterminers) || !strings.HasSuffix(b.s, "ed") {
		return span.Span{}
	}
	return mentionOf(toks, s, v-1)
}

// infinitiveSpeechVerbs are the base forms of speech verbs that
// speechVerbs leaves out, as they are as often nouns (a claim, the note,
// a reply) or follow to mostly: after to, with a name before that a verb
// makes the one who speaks (see [infinitiveSubject]), they are verbs.
var infinitiveSpeechVerbs = textutil.NewWordSet(`claim note reply explain respond declare admit announce
	state comment remark boast predict promise pledge vow suggest acknowledge concede complain
	deny confirm describe testify recall observe stress emphasize emphasise reveal joke quip
	answer proclaim assert`)

// questionedVerbs are the verbs whose passive makes the subject the one
// a question was put to (was asked, was pressed).
var questionedVerbs = textutil.NewWordSet(`asked pressed questioned quizzed`)

// isAskedAt reports whether toks[j] opens a passive of questionedVerbs
// (was asked, was also asked, is being pressed).
func isAskedAt(toks []attrToken, j int) bool {
	if j >= len(toks) || !toks[j].in(passiveAuxiliaries) {
		return false
	}
	for j++; j < len(toks) && toks[j].word && (toks[j].in(passiveAuxiliaries) || toks[j].in(speakerVerbFollowers) || isAdverb(toks[j])); j++ {
	}
	return j < len(toks) && toks[j].in(questionedVerbs)
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

// absoluteAgent returns the name that does the action of an absolute
// clause the quotation is in: with, a name, then a verb in -ing (…, with
// Ann Varo calling the levy “…”, with Ann Varo warning that …), or and
// in place of with for a second such clause right after the quotation
// before (… “…” and Tom Lind defending it as “…”). toks are the tokens
// of the quotation's sentence before it (see beforeTokens in attribute).
func absoluteAgent(toks []attrToken) span.Span {
	for k := len(toks) - 1; k >= 2; k-- {
		if toks[k].s == "," {
			// With Ann Varo looking on, Tom Bell called it “…”: the
			// absolute clause ended before the words.
			return span.Span{}
		}
		if !toks[k].word || toks[k].capitalised() || !strings.HasSuffix(toks[k].s, "ing") || !toks[k-1].capitalised() || isPossessive(toks[k-1].s) {
			continue
		}
		s := nameRunStart(toks, k-1)
		if s == 0 {
			return span.Span{}
		}
		// And carries the with on: one said earlier in toks, or with
		// only the quotation before and its marks.
		with := slices.ContainsFunc(toks[:s-1], func(t attrToken) bool { return t.is("with") })
		words := slices.ContainsFunc(toks[:s-1], func(t attrToken) bool { return t.word })
		if toks[s-1].is("with") || toks[s-1].is("and") && (with || !words) {
			return mentionOf(toks, s, k)
		}
		return span.Span{}
	}
	return span.Span{}
}

// recallVerbs take a person and what the person said or did as their
// object (Tom Reed recalled Ann Hale saying …, heard Ann Hale call it …).
var recallVerbs = textutil.NewWordSet(inflectAll(`recall remember hear:heard watch see:saw:seen`))

// perceivedSpeaker returns the name before toks[v] when toks[v] is a
// speech or naming verb, in -ing or its base form, whose subject is that
// name as the object of a verb of recalling or perceiving (Tom Reed
// recalled Ann Hale telling him …, heard Ann Hale call the plan “…”):
// the words are hers, not the one who recalls them.
func perceivedSpeaker(toks []attrToken, v int) span.Span {
	if v < 2 || !toks[v].word || toks[v].capitalised() || !toks[v-1].capitalised() || isPossessive(toks[v-1].s) {
		return span.Span{}
	}
	if !reportsWords(toks[v]) {
		return span.Span{}
	}
	s := nameRunStart(toks, v-1)
	if s == 0 || !toks[s-1].in(recallVerbs) {
		return span.Span{}
	}
	return mentionOf(toks, s, v)
}

// reportsWords reports whether t is a verb that reports or names words,
// in any form: a speech verb, tell, or a naming verb.
func reportsWords(t attrToken) bool {
	return t.in(speechVerbs) || t.in(tellVerbs) || t.in(namingVerbs)
}

// cleftSpeaker returns the name a cleft sentence puts first when toks[v]
// is a verb that reports words in its relative clause (It was Ann Hale
// who first called the plan “…”, It is Tom Reed who says …): the name
// between it was and who is the verb's subject.
func cleftSpeaker(toks []attrToken, v int) span.Span {
	k := v - 1 // who, or one word after it (who first called)
	if k >= 1 && !toks[k].is("who") && (toks[k].in(speakerVerbFollowers) || isAdverb(toks[k])) {
		k--
	}
	if k < 3 || !toks[k].is("who") || !toks[v].word || toks[v].capitalised() || !reportsWords(toks[v]) {
		return span.Span{}
	}
	e := contrastStart(toks, k) // It was Ann Hale, not the mayor, who
	if !toks[e-1].capitalised() {
		return span.Span{}
	}
	s := nameRunStart(toks, e-1)
	if s < 2 || !(toks[s-1].is("was") || toks[s-1].is("is")) || !toks[s-2].is("it") {
		return span.Span{}
	}
	return mentionOf(toks, s, e)
}

// contrastStart returns where a contrast set off by commas that ends
// right before toks[k] starts (Ann Hale, not the mayor, who): its opening
// comma, an aside (see asideStart) that opens with not; k when there is
// none.
func contrastStart(toks []attrToken, k int) int {
	if c := asideStart(toks, k); c < k && toks[c+1].is("not") {
		return c
	}
	return k
}

// speakerParticiple attributes a quotation inside a participial clause
// that opens its sentence (Calling the plan “a mess,” Jane Roe unveiled …)
// to the subject of the main clause after it: a name, an organisation (the
// Harbour Authority) or a pronoun, followed by a lower-case verb. The
// quotation is text[start:end]; toks are the tokens of its sentence before
// it and rest those after it (see beforeTokens and afterTokens in
// attribute).
func speakerParticiple(text string, start, end int, toks, rest []attrToken) span.Span {
	if len(toks) == 0 || !toks[0].capitalised() || !strings.HasSuffix(toks[0].s, "ing") {
		return span.Span{}
	}
	for _, t := range toks {
		if t.s == "," {
			return span.Span{} // the clause ended before the quotation
		}
	}
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
