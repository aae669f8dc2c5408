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

// echoSpeakers gives a quotation no rule found a speaker for the speaker
// of another quotation in the text that holds the same words: a headline
// or a heading quoting a remark the body attributes (‘Nobody is winning’
// over “… Nobody is winning here,” the analyst said), or a writer
// picking up a phrase of a remark quoted earlier (Hale, by her own
// account, gave “a fair warning”). The words are the speaker's wherever
// they are quoted again. Words the other quotation itself quotes in
// marks (“you have not fixed the ‘pier problem’?” Reed asked) are no one
// speaker's, and words found in the remarks of two speakers are left
// unknown. Only the speakerless quotations' opening minEchoWords are
// indexed, and the named ones' words are read once, so the work stays
// linear in the quoted text and allocates little where, as mostly, few
// quotations lack a speaker.
func echoSpeakers(text string, quotes []Quote) {
	var opening map[uint64][]int // the key of a speakerless quotation's opening words → its index
	var want map[int][]span.Span // a speakerless quotation's words
	for i, q := range quotes {
		if q.Speaker != Unknown || countQuoteWordsUpTo(q.Text, minEchoWords) < minEchoWords {
			continue
		}
		ws := quoteWords(text, q)
		if len(ws) < minEchoWords {
			continue
		}
		if opening == nil {
			opening, want = map[uint64][]int{}, map[int][]span.Span{}
		}
		k := wordsKey(text, ws[:minEchoWords])
		opening[k] = append(opening[k], i)
		want[i] = ws
	}
	if opening == nil {
		return
	}
	from := map[int]int{}    // 1 + the quotation each takes its speaker from; 0 when two speakers hold the words
	sources := map[int]int{} // how many places of named quotations open like each
	for j, o := range quotes {
		if !isNamed(o.Speaker) {
			continue
		}
		var words []span.Span // o's words, read on the first place that may hold another's
		var window [minEchoWords]span.Span
		n := 0
		forQuoteWords(text, o, func(w span.Span) {
			copy(window[:], window[1:])
			window[minEchoWords-1] = w
			if n++; n < minEchoWords {
				return
			}
			for _, i := range opening[wordsKey(text, window[:])] {
				if sources[i]++; sources[i] > maxEchoSources {
					continue
				}
				if words == nil {
					words = quoteWords(text, o)
				}
				if !holdsWordsAt(text, words, n-minEchoWords, want[i]) {
					continue
				}
				if f, ok := from[i]; !ok {
					from[i] = j + 1
				} else if f > 0 && quotes[f-1].Speaker != o.Speaker {
					from[i] = 0
				}
			}
		})
	}
	for i, f := range from {
		if f > 0 && sources[i] <= maxEchoSources {
			o := quotes[f-1]
			quotes[i].Speaker, quotes[i].SpeakerRole, quotes[i].SpeakerMention = o.Speaker, o.SpeakerRole, o.SpeakerMention
		}
	}
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
	ws := []span.Span{}
	forQuoteWords(text, q, func(w span.Span) { ws = append(ws, w) })
	return ws
}

// forQuoteWords calls f with each word of q's quoted parts in order.
func forQuoteWords(text string, q Quote, f func(w span.Span)) {
	parts := q.Parts
	if len(parts) == 0 {
		parts = []span.Span{q.Span}
	}
	for _, p := range parts {
		for i := p.Start; ; {
			s, e := textutil.NextWord(text[:p.End], i)
			if s < 0 {
				break
			}
			f(span.Span{Start: s, End: e})
			i = e
		}
	}
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
