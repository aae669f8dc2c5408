package quote

import (
	"strings"
	"unicode"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// minEchoWords is the fewest words a quotation needs before its words,
// found again inside another quotation, say whose they are: two words
// (“fake news”) are a phrase anyone may use, three or more are a
// person's wording.
const minEchoWords = 3

// maxEchoSources is the most quotations of named speakers that may hold
// a quotation's opening words before they count as a phrase in common
// use, which says nothing of whose the words are; it also bounds the
// work per quotation.
const maxEchoSources = 4

// echoAt is where a quotation's opening words occur in another: the
// quotation's index and the index of the word they start at.
type echoAt struct{ quote, word int }

// echoSpeakers gives a quotation no rule found a speaker for the speaker
// of another quotation in the text that holds the same words: a headline
// or a heading quoting a remark the body attributes (‘Nobody is winning’
// over “… Nobody is winning here,” the analyst said), or a writer
// picking up a phrase of a remark quoted earlier (Hale, by her own
// account, gave “a fair warning”). The words are the speaker's wherever
// they are quoted again. Words the other quotation itself quotes in
// marks (“you have not fixed the ‘pier problem’?” Reed asked) are no one
// speaker's, and words found in the remarks of two speakers are left
// unknown. Each quotation's words are read once and looked up by their
// first minEchoWords, so the work stays linear in the quoted text.
func echoSpeakers(text string, quotes []Quote) {
	var words [][]span.Span
	var at map[uint64][]echoAt
	var found []int // 1 + the index of the quotation each takes its speaker from
	for i, q := range quotes {
		if q.Speaker != Unknown || countQuoteWordsUpTo(q.Text, minEchoWords) < minEchoWords {
			continue
		}
		if words == nil {
			words, at = echoIndex(text, quotes)
			found = make([]int, len(quotes))
		}
		want := words[i]
		if len(want) < minEchoWords {
			continue
		}
		from := -1
		sources := at[wordsKey(text, want[:minEchoWords])]
		if len(sources) > maxEchoSources {
			continue
		}
		for _, s := range sources {
			if s.quote == i || !holdsWordsAt(text, words[s.quote], s.word, want) {
				continue
			}
			if from >= 0 && quotes[from].Speaker != quotes[s.quote].Speaker {
				from = -1
				break
			}
			from = s.quote
		}
		found[i] = from + 1
	}
	for i, f := range found {
		if f > 0 {
			o := quotes[f-1]
			quotes[i].Speaker, quotes[i].SpeakerRole, quotes[i].SpeakerMention = o.Speaker, o.SpeakerRole, o.SpeakerMention
		}
	}
}

// echoIndex returns the words of every quotation, and where each run of
// minEchoWords words of a quotation with a named speaker starts, by the
// key of the run (see wordsKey); a key holds at most maxEchoSources + 1
// places, enough to tell a phrase in common use.
func echoIndex(text string, quotes []Quote) ([][]span.Span, map[uint64][]echoAt) {
	words := make([][]span.Span, len(quotes))
	at := map[uint64][]echoAt{}
	for j, o := range quotes {
		words[j] = quoteWords(text, o)
		if !isNamed(o.Speaker) {
			continue
		}
		for k := 0; k+minEchoWords <= len(words[j]); k++ {
			key := wordsKey(text, words[j][k:k+minEchoWords])
			if len(at[key]) <= maxEchoSources {
				at[key] = append(at[key], echoAt{j, k})
			}
		}
	}
	return words, at
}

// wordsKey hashes the words ws of text, case aside (FNV-1a over their
// lower-case runes, a space after each).
func wordsKey(text string, ws []span.Span) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, w := range ws {
		for _, r := range w.Text(text) {
			h = (h ^ uint64(unicode.ToLower(r))) * prime
		}
		h = (h ^ ' ') * prime
	}
	return h
}

// quoteWords returns the words of q's quoted parts, as
// [textutil.NextWord] reads words.
func quoteWords(text string, q Quote) []span.Span {
	parts := q.Parts
	if len(parts) == 0 {
		parts = []span.Span{q.Span}
	}
	ws := []span.Span{}
	for _, p := range parts {
		for i := p.Start; ; {
			s, e := textutil.NextWord(text[:p.End], i)
			if s < 0 {
				break
			}
			ws = append(ws, span.Span{Start: s, End: e})
			i = e
		}
	}
	return ws
}

// holdsWordsAt reports whether the words in, of another quotation, run
// through the words of want in the same order from in[k], case aside,
// with no quotation mark before them or between them but the other
// quotation's own opening mark: words it quotes in marks are not its
// speaker's own.
func holdsWordsAt(text string, in []span.Span, k int, want []span.Span) bool {
	if k+len(want) > len(in) {
		return false
	}
	for w := range want {
		if !strings.EqualFold(in[k+w].Text(text), want[w].Text(text)) {
			return false
		}
	}
	for w := max(k, 1); w < k+len(want); w++ {
		if strings.ContainsAny(text[in[w-1].End:in[w].Start], quoteMarkChars) {
			return false
		}
	}
	return true
}
