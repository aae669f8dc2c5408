package quote

import (
	"strings"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// crowdNouns are the sounds a crowd makes, which give its words after of
// (to chants of “…”, amid cries of “…”).
var crowdNouns = textutil.NewWordSet(`chant chants chanting cry cries shout shouts shouting chorus choruses
	roar roars boo boos jeer jeers`)

// crowdVoice returns the crowd whose words the quotation ending the tokens
// toks are, when the sentence gives them to people other than its
// subject: a group before a speech verb in -ing (Ann Hale was greeted by
// supporters chanting “…”), the group; or the sound of a crowd (Ann Hale
// arrived to chants of “…”), nobody the sentence names. voiced is false
// when neither stands before the quotation. toks are the tokens of the
// quotation's sentence before it (see beforeTokens in attribute).
func crowdVoice(toks []attrToken) (crowd span.Span, voiced bool) {
	n := wordsEnd(toks)
	if n < 3 {
		return span.Span{}, false
	}
	if toks[n-1].is("of") && toks[n-2].in(crowdNouns) {
		return span.Span{}, true
	}
	v := n - 1
	if !toks[v].in(speechVerbs) || !strings.HasSuffix(toks[v].s, "ing") {
		return span.Span{}, false
	}
	h := v - 1
	if !toks[h].word || toks[h].capitalised() || !isPluralPersonNoun(toks[h].lower()) {
		return span.Span{}, false
	}
	a := h
	for a > 0 && h-a < maxBareGroupWords && toks[a-1].word &&
		(toks[a-1].capitalised() && !toks[a-1].in(introWords) || toks[a-1].in(possessivePronouns) || toks[a-1].in(quantityPronouns) || startsWithDigit(toks[a-1].s)) {
		a--
	}
	if a == 0 {
		return span.Span{}, false // Supporters chanting “…”: the subject, read as such
	}
	return mentionOf(toks, a, h+1), true
}
