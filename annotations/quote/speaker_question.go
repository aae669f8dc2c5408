package quote

import (
	"strings"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// questionOpeners may open the phrase of a question put to someone before
// its participle (When asked “…?”, Once pressed “…?”).
var questionOpeners = textutil.NewWordSet(`when once after if`)

// questionPut reports whether the quoted words are a question put to the
// subject of its sentence by a participle phrase that holds it (Asked by
// the Gazette, “Will you run again?”, Ann Hale laughed; Ann Hale, asked
// “…?”, laughed): the words are the asker's, never those of the one asked,
// whose answer, if any, comes after. asker is the agent after by, or the
// zero span when the sentence does not name who asked. toks are the
// tokens of the quotation's sentence before it (see beforeTokens in
// attribute).
func questionPut(words string, toks, after []attrToken) (asker span.Span, put bool) {
	if !asksQuestion(words) {
		return span.Span{}, indirectQuestion(toks, after)
	}
	n := wordsEnd(toks)
	if n > 0 && (toks[n-1].is("question") || toks[n-1].is("questions")) {
		// answered a reporter's question, “…?”: the owner asked it.
		if n < 2 || !isPossessive(toks[n-2].s) {
			return span.Span{}, true
		}
		a := n - 2
		for a > 0 && toks[a].capitalised() && toks[a-1].word && toks[a-1].capitalised() && n-2-a < maxNameWords {
			a--
		}
		if a > 0 && toks[a-1].in(speakerDeterminers) {
			a--
		}
		return mentionOf(toks, a, n-1), true
	}
	// The participle: opening the sentence, after an opener of time, or
	// in apposition after a comma.
	k := n - 1
	for k >= 0 && !toks[k].in(questionedVerbs) {
		k--
	}
	if k < 0 {
		return span.Span{}, false
	}
	if !opensQuestionPhrase(toks, k) {
		return span.Span{}, false
	}
	// After it, only adverbs and times (asked again on Monday) and the
	// agent after by.
	r := k + 1
	for r < n && toks[r].word && (isAdverb(toks[r]) || toks[r].in(timeWords) && !toks[r].is("by")) {
		r++
	}
	if r == n {
		return span.Span{}, true
	}
	if !toks[r].is("by") {
		return span.Span{}, false // asked whether …: the question told, then the words
	}
	if i, j, ok := phraseAfter(toks[r+1 : n]); ok && r+1+j == n {
		return mentionOf(toks, r+1+i, r+1+j), true
	}
	return span.Span{}, false
}

// questionPutBefore reports whether the quotation of parts, so far, ends
// with a question that the words of its sentence before it put to
// someone (Asked by a reporter, “Will you stay?”, Ann Hale said, “Yes.”):
// the quotation after the attribution is the answer of the one asked, a
// remark of its own, not the rest of the question. lo is where those
// words may start.
func questionPutBefore(text string, lo int, parts []span.Span) bool {
	last := parts[len(parts)-1].Text(text)
	if !asksQuestion(last) {
		return false
	}
	first := parts[0].Start
	// The words are those of the quotation's line, and no more than a
	// sentence's reach back.
	lo = max(lo, first-maxSentence)
	lo += strings.LastIndexByte(text[lo:first], '\n') + 1
	toks := attrTokenize(text, quoteSentenceStart(text, lo, first), first)
	_, put := questionPut(last, toks, nil)
	return put
}

// opensQuestionPhrase reports whether the participle of questionedVerbs at
// toks[k] opens a phrase of its own: the sentence (Asked …), after an
// opener of time (When asked …) or after a comma, in apposition (Ann
// Hale, asked …, Ann Hale, when asked …).
func opensQuestionPhrase(toks []attrToken, k int) bool {
	o := k
	if o > 0 && toks[o-1].in(questionOpeners) {
		o--
	}
	return o == 0 || toks[o-1].s == ","
}

// indirectQuestion reports whether the quotation after the tokens toks
// stands inside a question told in a participle phrase (Asked if she had
// “any regrets,” Ann Hale said no; Pressed on whether “…”): the words are
// the asker's, whom the sentence leaves unnamed; a share that answers
// after it (Asked whether “…”, 30 percent agreed) is a poll's, and is
// left to the rules that read who answered. after are the tokens after
// the quotation (see afterTokens in attribute).
func indirectQuestion(toks, after []attrToken) bool {
	n := wordsEnd(toks)
	k := 0
	for k < n && !toks[k].in(questionedVerbs) {
		k++
	}
	if k >= n || !opensQuestionPhrase(toks, k) {
		return false
	}
	w := k + 1
	if w < n && toks[w].is("on") {
		w++ // pressed on whether
	}
	if w >= n || !toks[w].is("whether") && !toks[w].is("if") {
		return false
	}
	for _, t := range toks[w:n] {
		if !t.word {
			return false // the question told ends before the quotation
		}
	}
	words := 0
	for _, t := range after {
		if !t.word {
			continue
		}
		if startsWithDigit(t.s) || t.in(quantityPronouns) || t.in(shareWords) {
			return false // Asked whether “…”, 30 percent agreed
		}
		if words++; words == maxShareWords {
			break
		}
	}
	return true
}

// shareWords name a share of those who answered a poll (a majority of
// voters, half of them).
var shareWords = textutil.NewWordSet(`majority minority half third quarter percent`)

// maxShareWords is how many words after a quotation indirectQuestion
// reads for a share that answered (a clear majority).
const maxShareWords = 3

// maxAskerWords is the most tokens before the verb of an attribution
// that puts a question to someone (a reporter from the Gazette asked Ann
// Hale): the asker, a short noun phrase.
const maxAskerWords = 8

// personAsked returns the person a question was put to in the words of
// its attribution, toks (“…?” a reporter asked Ann Hale; A reporter
// asked Ann Hale: “…?”), or the zero span: a name right after a verb of
// questionedVerbs. The next quotation, with no attribution of its own,
// is that person's answer, not more of the asker's words.
func personAsked(toks []attrToken) span.Span {
	toks = skipQuoteMarks(toks)
	for v := 0; v < len(toks) && v <= maxAskerWords; v++ {
		if !toks[v].in(questionedVerbs) {
			continue
		}
		rest := toks[v+1:]
		if len(rest) == 0 || !rest[0].capitalised() || rest[0].in(speakerPronouns) || rest[0].in(speakerDeterminers) {
			return span.Span{}
		}
		if i, j, ok := phraseAfter(rest); ok {
			return mentionOf(rest, i, j)
		}
		return span.Span{}
	}
	return span.Span{}
}

// answerOf returns the person a question prev was put to, named in its
// attribution before or after it, when q, which follows it with no
// attribution of its own, is no question itself: q is the answer. lo is
// where the words before prev may start.
func answerOf(text string, prev, q *Quote, lo, hi int) span.Span {
	if !asksQuestion(prev.Text) ||
		asksQuestion(q.Text) {
		return span.Span{}
	}
	if m := personAsked(attrTokenize(text, prev.End, quoteSentenceEnd(text, prev.End, hi))); m.Len() > 0 {
		return m
	}
	start := prev.Start
	if len(prev.Parts) > 0 {
		start = prev.Parts[0].Start
	}
	return personAsked(attrTokenize(text, quoteSentenceStart(text, lo, start), start))
}
