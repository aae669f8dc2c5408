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

// attribute sets the Speaker of every quotation: from an attribution right
// after it (", said X", ", X said", ", said “X,”"), then one in its
// sentence before it ("X said", "according to X", "X:"), then the
// sentence before it when that ends with a colon; then, as a last resort,
// who the grammar around it says put the words out (see
// [lastResortSpeaker]); otherwise a quotation takes the speaker of the
// previous one in its paragraph; a quotation still without one takes the
// speaker of another that holds its words (see [echoSpeakers]). A
// candidate that is no clean mention (a
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
	// englishOnly keeps a rule that reads no English speech verb, only
	// the grammar's guesses (a sentence's subject, a label, a line), from
	// a text in another language (see [isEnglish]).
	english := isEnglish(text)
	englishOnly := func(rule func() span.Span) func() span.Span {
		if english {
			return rule
		}
		return func() span.Span { return span.Span{} }
	}
	// The arrays that after and before (below) are tokenized into, reused
	// from one quotation to the next: no rule keeps a quotation's tokens.
	var afterBuf, beforeBuf []attrToken
	// titled is whether the previous quotation was a work's title (see
	// workTitled): part of its sentence's words, no remark of its own.
	titled := false
	for qi := range quotes {
		q := &quotes[qi]
		for pi+1 < len(paras) && paras[pi].End <= q.Start {
			pi++
		}
		p := paras[pi]
		lo := p.Start
		if qi > 0 && quotes[qi-1].End > lo && !titled {
			// Tom Bell said on NBC's “Morning Desk” that the levy was
			// “…”: a title before the words is inside their sentence.
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
		// after holds the tokens from the quotation's end to its
		// sentence's end, which several rules read: tokenized once, when
		// the first of them asks.
		var after []attrToken
		afterTokens := func() []attrToken {
			if after == nil {
				after = attrTokenizeInto(afterBuf, text, q.End, quoteSentenceEnd(text, q.End, hi))
				afterBuf = after
			}
			return after
		}
		// before holds the tokens of the quotation's sentence before it,
		// from quoteSentenceStart to its first part, read by several
		// rules: tokenized once, when the first of them asks.
		var before []attrToken
		beforeFrom := 0 // where the sentence starts, once tokenized
		beforeTokens := func() []attrToken {
			if before == nil {
				beforeFrom = quoteSentenceStart(text, lo, first.Start)
				before = attrTokenizeInto(beforeBuf, text, beforeFrom, first.Start)
				beforeBuf = before
			}
			return before
		}
		steps := [...]func() span.Span{
			englishOnly(func() span.Span { return speakerLabel(text, first) }),
			func() span.Span { return speakerBetween(text, q.Parts) },
			func() span.Span {
				if quoteEndsSentence(q.Text) {
					// “… the summer.” Critics said the plan was late: a new
					// sentence, but “… the summer.” ― Jane Roe is a credit
					// and “… the summer.” Jane Roe said. an attribution.
					if c := creditIn(afterTokens()); c.Len() > 0 {
						return c
					}
					if introducedByColon(text, lo, first.Start) {
						// Ann Hale told the crowd: “…” The crowd
						// cheered.: the words have their speaker
						// before them, and a new sentence follows.
						return span.Span{}
					}
					return bareAttributionIn(text, q.End, afterTokens())
				}
				if after := skipQuoteMarks(afterTokens()); len(after) > 0 && after[0].in(clauseJoiners) && holdsSpeechVerb(beforeTokens()) {
					// A reporter asked, “…?”, and Ann Hale replied: the
					// words have their speaker before them, and the
					// clause after is the next remark's.
					return span.Span{}
				}
				if m := speakerAfterIn(afterTokens()); m.Len() > 0 || !strings.HasSuffix(q.Text, ",") {
					if m.Len() > 0 && ownerlessText(text, m) && holdsSpeechVerb(beforeTokens()) {
						// Tom Reed called it “…,” according to a
						// statement: a text no one is named as
						// writing is the subject's, who speaks before.
						return span.Span{}
					}
					return m
				}
				return unlistedVerbIn(afterTokens())
			},
			func() span.Span {
				if qi+1 < len(quotes) {
					return quotedAlias(text, q.End, quotes[qi+1])
				}
				return span.Span{}
			},
			func() span.Span { return passiveAgent(text, lo, first.Start, q.End, hi) },
			func() span.Span { return speakerParticiple(text, first.Start, q.End, beforeTokens(), afterTokens()) },
			englishOnly(func() span.Span { return quotingSource(beforeTokens()) }),
			func() span.Span {
				toks := beforeTokens()
				if !english && !holdsSpeechVerb(toks) {
					// Мой девиз: «…»: a label in another language
					// is a guess, as is a sentence before.
					return span.Span{}
				}
				return speakerBeforeIn(text, lo, beforeFrom, toks)
			},
			englishOnly(func() span.Span { return absoluteAgent(beforeTokens()) }),
			englishOnly(func() span.Span { return speakerLineCredit(text, lo, first.Start, first.End) }),
			func() span.Span {
				if quoteEndsSentence(q.Text) {
					return span.Span{}
				}
				return speakerLaterIn(afterTokens())
			},
			englishOnly(func() span.Span {
				if pi > 0 && lo == p.Start {
					return speakerColon(text, paras[pi-1], first.Start)
				}
				return span.Span{}
			}),
			func() span.Span { return speechOwner(beforeTokens()) },
			englishOnly(func() span.Span {
				if c, named := coinerOf(beforeTokens()); named {
					// a plan opponents have dubbed “…”: the name is
					// theirs, not the sentence's subject's.
					return c
				}
				if c, voiced := crowdVoice(beforeTokens()); voiced {
					// greeted by supporters chanting “…”, to chants
					// of “…”: a crowd's words, not the subject's.
					return c
				}
				if glossed(beforeTokens()) || coinedName(beforeTokens()) {
					// The name means “rainbow”: a gloss, which
					// nobody in the sentence says; in what became
					// known as “…”: a name nobody in it gave.
					return span.Span{}
				}
				m := sentenceSubjectIn(beforeTokens())
				if m.Len() > 0 && (passivePurpose(q, beforeTokens(), m) || commonWordSubject(text, m) || indefiniteSpeaker(beforeTokens(), m)) {
					return span.Span{}
				}
				if m.Len() > 0 && q.Short && isScareQuote(text, q) && speakerDeterminers.HasFold(firstWord(m.Text(text))) {
					// The band played “Harbour Lights”: a title, no
					// remark; a person's name is kept, as quoting a
					// nickname is (Ann Hale called him “Captain Storm”).
					return span.Span{}
				}
				return m
			}),
			func() span.Span {
				if !opensQuotationSentence(text, first.Start) {
					return span.Span{}
				}
				if from := quoteSentenceStart(text, lo, first.Start); from > p.Start || lo > p.Start {
					if prev != nil && lo == prev.End {
						if m := answerOf(text, prev, q, p.Start, first.Start); m.Len() > 0 {
							// “…?” a reporter asked Ann Hale. “…”:
							// the answer of the one asked.
							return m
						}
					}
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
			englishOnly(func() span.Span { return transcriptLabel(text, first.Start, names) }),
			englishOnly(func() span.Span {
				var next span.Span
				if pi+1 < len(paras) && (qi+1 == len(quotes) || quotes[qi+1].Start >= paras[pi+1].End) {
					next = paras[pi+1]
				}
				return creditAfter(text, q, afterTokens(), p, next)
			}),
			englishOnly(func() span.Span {
				toks := beforeTokens()
				var prevPara span.Span
				if pi > 0 && (qi == 0 || quotes[qi-1].End < paras[pi-1].Start) {
					prevPara = paras[pi-1]
				}
				return lastResortSpeaker(text, q, toks, beforeFrom, lo, p, prevPara)
			}),
			nil, // the speaker of the previous quotation in this paragraph
		}
		q.Speaker = Unknown
		var m span.Span
		inherited := false
		source := prev // whose speaker an inherited quotation takes
		asker, put := questionPut(q.Text, beforeTokens(), afterTokens())
		if c := trimMention(text, asker); put && c.Len() > 0 && plausibleMention(text, c) {
			m = c
		}
		titled = q.Short && isScareQuote(text, q) && workTitled(beforeTokens()) || kindAfter(text, q, afterTokens)
		for _, step := range steps {
			if put {
				// Asked by the Gazette, “Will you run again?”, Ann
				// Hale laughed: the question is the asker's, not
				// the one asked.
				break
			}
			if titled {
				break // Ann Hale said on NBC's “Morning Desk”: a show, no words of hers
			}
			if step == nil {
				if prev != nil && prev.Speaker != Unknown && (prevPara == pi || continuesSpeaker(text, paras, pi, prevPara, prev, first)) &&
					!indefiniteSubject(beforeTokens()) {
					if c := trimMention(text, answerOf(text, prev, q, paras[prevPara].Start, first.Start)); c.Len() > 0 && plausibleMention(text, c) {
						// “…?” a reporter asked Ann Hale. “…”: the
						// answer of the one asked, not the asker's.
						m = c
						break
					}
					inherited = true
					if r := replyTo(quotes, qi, paras, prevPara); prevPara != pi && r != nil {
						source = r
					}
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
			q.Speaker, q.SpeakerRole, q.SpeakerMention = source.Speaker, source.SpeakerRole, source.SpeakerMention
		case m.Len() == 0:
		case heName(text, m.Start).Len() > 0:
			// “…,” said He Lan: the family name He, not the pronoun.
			n := heName(text, m.Start)
			if n.Start == m.Start {
				m = n
			}
			setSpeaker(q, text, n, m)
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
			if c := pronounChainStart(text, pron, lo, min(before, quoteSentenceStart(text, lo, first.Start))); c >= 0 {
				// She spoke of her nephew. She gave me his sister's
				// address. “…,” she said.: the names of sentences whose
				// subject is the pronoun already are no antecedents.
				before = c
			}
			paraFrom := from
			names.bound = namesAfter(text, m.End, p.End)
			if r := trimMention(text, subjectOpening(beforeTokens())); r.Len() > 0 && plausibleMention(text, r) {
				// The hospital “…,” it said: the subject the quotation
				// is the predicate of, before any earlier speaker.
				setSpeaker(q, text, r, m)
			} else if r := clauseSubject(text, pron, lo, m.Start, names); m.Start < first.Start && r.Len() > 0 {
				// Kit Varo was fined for a call in which he said “…”
				setSpeaker(q, text, r, m)
			} else if r := possessorSubject(text, pron, lo, m.Start, names); m.Start < first.Start && r.Len() > 0 {
				// Kit Varo’s voice was caught as he muttered “…”
				setSpeaker(q, text, r, m)
			} else if r := subjectBefore(text, pron, lo, before, names); r.Len() > 0 {
				setSpeaker(q, text, r, m)
			} else if r := bodyOpening(text, pron, lo, m.Start, names); m.Start < first.Start && r.Len() > 0 {
				setSpeaker(q, text, r, m)
			} else if r := describedBefore(text, pron, lo, quoteSentenceStart(text, lo, min(first.Start, m.Start))); r.Len() > 0 {
				// …, his sister stepped out. “…,” she says.
				setSpeaker(q, text, r, m)
			} else if r := apposedBefore(text, pron, lo, quoteSentenceStart(text, lo, min(first.Start, m.Start)), names); r.Len() > 0 {
				// The mayor, Kit Varo, stayed out of it. “…,” she said.
				setSpeaker(q, text, r, m)
			} else if r := apposedBefore(text, pron, introFrom(quotes, qi, paras, pi, lo), lo, names); lo == p.Start && r.Len() > 0 {
				// Reed's wife, Nora, watched from the back. ¶ “…,” she
				// said.: the paragraph before brings the speaker in.
				setSpeaker(q, text, r, m)
			} else if r := writerObject(text, pron, from, before, names); r.Len() > 0 {
				// I thought of Elise Lund. … “…,” she replied.
				setSpeaker(q, text, r, m)
			} else if r, from := pronounAntecedent(text, pron, p.Start, from, before, quotes[:qi], names); isName(text, r) {
				setSpeaker(q, text, trimMention(text, r), m)
			} else if from != nil {
				q.Speaker, q.SpeakerRole = from.Speaker, from.SpeakerRole
				q.SpeakerMention = m
			} else if r := paragraphTopic(text, pron, p.Start, min(first.Start, m.Start), names); r.Len() > 0 {
				// Varo stayed calm at the hearing. “…,” he said.: the
				// paragraph's topic, ahead of any name further back.
				setSpeaker(q, text, r, m)
			} else if r := resolvePronoun(text, pron, before, known, names); isName(text, r) {
				setSpeaker(q, text, trimMention(text, r), m)
			} else if r := bodySubjectBefore(text, pron, paraFrom, min(before, quoteSentenceStart(text, paraFrom, first.Start)), names); r.Len() > 0 {
				setSpeaker(q, text, r, m)
			} else if r := ledeSpeaker(text, pron, q, qi, paras, pi, names); r.Len() > 0 {
				// “When I got here,” she said, “there was nothing.” Ann
				// Hale, now 80, has lived …: an article that opens with
				// the words names their speaker after them.
				setSpeaker(q, text, r, m)
			}
			names.bound = nil
		default:
			setSpeaker(q, text, m, m)
			remember(known, text, m)
		}
		if titled {
			continue // the next quotation's speaker is none of a title's
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
	echoSpeakers(text, quotes)
	canonicalise(text, quotes, names)
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

// glossVerbs give the meaning of a word or a name (means “rainbow”,
// translates as “harbour”).
var glossVerbs = textutil.NewWordSet(`means meant translates translated`)

// glossed reports whether the quotation starting at byte start follows a
// verb of glossVerbs, with as or to between (translates as, translated
// to): its words are a meaning, not a remark. toks are the tokens of the
// quotation's sentence before it (see beforeTokens in attribute).
func glossed(toks []attrToken) bool {
	n := wordsEnd(toks)
	if n > 1 && (toks[n-1].is("as") || toks[n-1].is("to")) {
		n--
	}
	return n > 0 && toks[n-1].in(glossVerbs)
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

// maxHeadingWords is the most words of a quotation that stands alone as
// a heading: a subhead quotes a phrase, not a remark.
const maxHeadingWords = 10

// quotedHeading reports whether the quotation at q is its paragraph's
// only text and its words end with no stop or comma (‘We are bleeding’
// as a subhead): a heading that quotes a remark the section attributes,
// not the previous speaker's words going on.
func quotedHeading(text string, para, q span.Span) bool {
	if q.End > para.End || len(strings.TrimSpace(text[q.End:para.End])) > 3 { // only the closing mark
		return false
	}
	words := strings.TrimRightFunc(q.Text(text), unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(words)
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && countQuoteWordsUpTo(words, maxHeadingWords+1) <= maxHeadingWords
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
	if quotedHeading(text, paras[pi], first) {
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

// introFrom returns where the paragraph before paragraph pi, which
// quotation qi opens at lo, may bring a speaker in: its start, or the end
// of the last quotation in it.
func introFrom(quotes []Quote, qi int, paras []span.Span, pi, lo int) int {
	if pi == 0 {
		return lo
	}
	from := paras[pi-1].Start
	if qi > 0 && quotes[qi-1].End > from {
		from = min(quotes[qi-1].End, lo)
	}
	return from
}

// lastWord returns the last word of s, after its last space.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// refusals tell that a person would not speak (Ann Hale declined to
// comment), and commentWords what a negated sentence says was not given
// (did not respond to a request for comment, could not be reached).
var (
	refusals     = textutil.NewWordSet(`declined refused`)
	commentWords = textutil.NewWordSet(`comment respond reached return returned answer answered`)
)

// setSpeaker gives q the speaker named at name, with its title or office
// apart as the role, read from the attribution at mention (the name
// itself, or the pronoun that stands for it).
func setSpeaker(q *Quote, text string, name, mention span.Span) {
	if end := placeOfEnd(text, name); end < name.End {
		if mention == name {
			mention.End = end
		}
		name.End = end
	}
	q.SpeakerRole, q.Speaker = splitRole(trimPossessive(name.Text(text)))
	q.Speaker = lowerSentenceCase(q.Speaker)
	if q.SpeakerRole == "" {
		q.SpeakerRole = appositiveRole(text, name.End)
		if sp, role, ok := nameAfterDescription(text, name.End, q.Speaker, q.SpeakerRole); ok {
			q.Speaker, q.SpeakerRole = sp, role
		}
	}
	q.SpeakerMention = mention
}

// nameAfterDescription returns the speaker and role when the speaker sp,
// whose text ends at byte end, is a description of a body or a person
// and its apposition, the role read after it, is the name with its
// article (the town's newspaper, the Portmore Gazette, called it …):
// the name speaks, and the description is its role.
func nameAfterDescription(text string, end int, sp, role string) (speaker, newRole string, ok bool) {
	if role == "" || !strings.HasPrefix(text[end:], ", the ") {
		return "", "", false
	}
	st := attrTokenize(sp, 0, len(sp))
	rt := attrTokenize(role, 0, len(role))
	if len(st) < 2 || !st[0].in(speakerDeterminers) || st[len(st)-1].capitalised() || len(rt) > maxNameWords || !isNameRun(rt) {
		return "", "", false
	}
	desc := sp
	if st[0].in(articles) {
		desc = sp[st[1].start:]
	}
	return "the " + role, desc, true
}

// replyTo returns whose reply quotes[qi] is when the quotation before it,
// in the paragraph before, asks a question of someone quoted just before
// that under another name (“…,” Ann Hale said. ¶ “…?” Tom Reed asked. ¶
// “…”): the other side of the exchange, or nil. prevPara is the index in
// paras of the question's paragraph.
func replyTo(quotes []Quote, qi int, paras []span.Span, prevPara int) *Quote {
	if qi < 2 || !asksQuestion(quotes[qi-1].Text) {
		return nil
	}
	asked, q := &quotes[qi-2], &quotes[qi-1]
	if asked.Speaker == Unknown || asked.Speaker == q.Speaker || asked.Start < paras[max(0, prevPara-1)].Start {
		return nil
	}
	return asked
}

// lowerSentenceCase writes a description's opening determiner in lower
// case (The company → the company) when only the start of a sentence
// capitalised it: the outlets that write it mid-sentence then give the
// same speaker. A capitalised word after it keeps it (The Hill, The
// EPA), as part of a name.
func lowerSentenceCase(sp string) string {
	det, rest, ok := strings.Cut(sp, " ")
	if !ok || rest == "" || det == textutil.ToLower(det) || !speakerDeterminers.Has(textutil.ToLower(det)) {
		return sp
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) {
		return sp
	}
	return textutil.ToLower(det) + sp[len(det):]
}

// placeOfEnd returns where the person's name ends in the mention at name
// when a place or a body follows it after of (Sen. Ann Hale of Maine, Tom
// Reed of the Portmore Sailing Club): the name, all capitalised words,
// holds a known first name or follows a noun for a person (harbour pilot
// Kito Varsan of …), and the rest says where the person is from or
// works, not who. It returns name.End otherwise, so that a body
// named with of (the Bank of Norland) stays whole.
func placeOfEnd(text string, name span.Span) int {
	toks := attrTokenize(text, name.Start, name.End)
	for k := 2; k+1 < len(toks); k++ {
		if !toks[k].is("of") {
			continue
		}
		if !toks[k+1].capitalised() && !(toks[k+1].is("the") && k+2 < len(toks) && toks[k+2].capitalised()) {
			return name.End
		}
		first := k - 1
		for first > 0 && toks[first-1].word && toks[first-1].capitalised() && k-first < maxPersonNameWords {
			first--
		}
		if k-first >= 2 && first > 0 && toks[first-1].word && !toks[first-1].capitalised() && personNoun(toks[first-1].lower()) {
			return toks[k-1].end() // harbour pilot Kito Varsan of …
		}
		for f := first; f < k-1; f++ {
			if firstNameGender(toks[f].s) != genderUnknown {
				return toks[k-1].end()
			}
		}
		return name.End
	}
	return name.End
}

// maxPersonNameWords is how many capitalised words before of placeOfEnd
// reads back for a first name (Ann Marie de Hale Lund).
const maxPersonNameWords = 4

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

// paraOf returns the index of the paragraph holding byte pos, searching
// from paragraph pi on.
func paraOf(paras []span.Span, pi, pos int) int {
	for pi+1 < len(paras) && paras[pi].End < pos {
		pi++
	}
	return pi
}

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
