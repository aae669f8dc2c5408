package quote

import (
	"strings"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// questionOpeners may open the phrase of a question put to someone before
// its participle (When asked “…?”, Once pressed “…?”).
var questionOpeners = textutil.NewWordSet(`when once after if`)

// questionPut reports whether the quotation q is a question put to the
// subject of its sentence by a participle phrase that holds it (Asked by
// the Gazette, “Will you run again?”, Ann Hale laughed; Ann Hale, asked
// “…?”, laughed): the words are the asker's, never those of the one asked,
// whose answer, if any, comes after. asker is the agent after by, or the
// zero span when the sentence does not name who asked. toks are the
// tokens of the quotation's sentence before it (see beforeTokens in
// attribute).
func questionPut(q *Quote, toks []attrToken) (asker span.Span, put bool) {
	if !strings.HasSuffix(strings.TrimRightFunc(q.Text, isMarkOrSpace), "?") {
		return span.Span{}, false
	}
	n := len(toks)
	for n > 0 && !toks[n-1].word {
		n-- // the opening mark, a comma or a colon before it
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
	switch {
	case k == 0:
	case k == 1 && toks[0].in(questionOpeners):
	case toks[k-1].s == ",":
	default:
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
