package quote

import (
	"strings"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

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

// speechNouns name what a person has said (Ann Hale's claim, her
// promise), so that their owner is who said it.
var speechNouns = textutil.NewWordSet(`claim claims statement statements remark remarks comment comments
	words assertion insistence promise pledge vow warning admission boast argument contention
	accusation prediction assurance answer answers response reply verdict message
	explanation advice view take retort plea decree declaration call description characterization
	assessment reaction telling directive directives instruction instructions order orders`)

// speechOwner returns the name, or his, her or their, that owns a speech
// noun in the clause before a quotation starting at byte start (The mayor
// rejected Ann Hale's claim that the pier was “unsafe”, Ann Hale's call
// for “…”, in her words, “…”): the quoted words are the owner's (see
// [claimOwner]). toks are the tokens of the quotation's sentence before it
// (see beforeTokens in attribute).
func speechOwner(toks []attrToken) span.Span {
	for len(toks) > 0 && !toks[len(toks)-1].word && strings.ContainsAny(toks[len(toks)-1].s, quoteMarkChars) {
		toks = toks[:len(toks)-1]
	}
	return claimOwner(toks, false)
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
		if m := senderAfter(toks, k+1); m.Len() > 0 {
			return m
		}
		linked := beforeColon || toks[k+1].in(claimLinks) || toks[k+1].s == "," || toks[k+1].s == ":"
		for o := k - 1; o >= 0 && k-o <= maxRoleWords; o-- {
			owner := span.Span{}
			switch {
			case isPossessive(toks[o].s) && toks[o].capitalised():
				s := nameRunStart(toks, o)
				for s < o && (toks[s].in(introWords) || toks[s].in(clauseOpeners) || s == 0 && isImperative(toks[s])) {
					s++ // In Ann Hale's words, Read Ann Hale's statement: the opening word is no name
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
			if !toks[o].word || toks[o].capitalised() || toks[o].is("a") || toks[o].is("an") || toks[o].is("the") {
				// An article opens the noun's own phrase: a possessive
				// before it owns another (Ann Hale's lawyer issued a
				// warning).
				break
			}
		}
	}
	return span.Span{}
}

// senderAfter returns the name that from or by at toks[i] gives as the
// author of the speech noun before it, when the clause goes on to the
// words (directives from Tom Reed to “…”, a warning by the Harbour Board
// that …, remarks from Ann Hale: “…”): a name run, after the for a body,
// then the quotation, a claim link, a comma or a colon. A name that the
// clause goes on from names someone else (a reply from Ann Hale's
// lawyer) or no author of these words (a warning from Ann Hale about …).
func senderAfter(toks []attrToken, i int) span.Span {
	if i >= len(toks) || !toks[i].is("from") && !toks[i].is("by") {
		return span.Span{}
	}
	s := i + 1
	if s < len(toks) && toks[s].is("the") {
		s++
	}
	e := s
	for e < len(toks) && e-s < maxPersonNameWords && toks[e].word && (toks[e].capitalised() || e > s && isNameJoiner(toks, e)) {
		e++
	}
	if e == s || !isNameRun(toks[s:e]) {
		return span.Span{}
	}
	if e < len(toks) && !toks[e].in(claimLinks) && toks[e].s != "," && toks[e].s != ":" {
		return span.Span{}
	}
	return mentionOf(toks, i+1, e)
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

// ownerlessText reports whether the mention m is a text that names no
// author, only an article and its noun (a statement, the filing), with at
// most a lower-case word between (a written statement).
func ownerlessText(text string, m span.Span) bool {
	if t := m.Text(text); !textutil.HasPrefixFoldASCII(t, "a ") && !textutil.HasPrefixFoldASCII(t, "an ") && !textutil.HasPrefixFoldASCII(t, "the ") {
		return false // most speakers after the words are names: told before tokenizing
	}
	toks := attrTokenize(text, m.Start, m.End)
	n := len(toks)
	if n < 2 || n > 3 || !toks[0].in(articles) || !isTextNoun(toks[n-1]) {
		return false
	}
	return n == 2 || toks[1].word && !toks[1].capitalised()
}
