package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// unit is what the cleaner judges: one line, or a whole block when the block
// is prose hard-wrapped over several lines.
type unit struct {
	span.Span
	block int // index of the blank-line separated block it belongs to

	words     int  // word count
	stops     int  // how many words are English stopwords
	caps      int  // how many words start with a capital letter
	sentence  bool // ends like a sentence: . ! ? possibly before a closing quote
	inner     int8 // has a sentence end followed by a capital inside the line: 1 yes, -1 no, 0 not yet known; see hasInner
	bullet    bool // starts with a bullet mark
	lower     bool // starts with a lowercase letter, after a bullet if any
	continued bool // ends with a comma, colon or semicolon: the text goes on after it
	barrier   bool // heads a comment section or a list of other stories
	dense     bool // long and stopword-rich enough to be prose; see markDense
	row       bool // a row of a list in or next to the article; see widenList and markRows
	quoted    bool // a short sentence holding a quotation and words outside it; see holdsQuotation

	reason Reason // why it is removed; "" while it is a candidate
}

// stopRatio is the share of stopwords among the words, the jusText signal
// that separates running prose from menus and headings.
func (u *unit) stopRatio() float64 {
	if u.words == 0 {
		return 0
	}
	return float64(u.stops) / float64(u.words)
}

func (u *unit) capRatio() float64 {
	if u.words == 0 {
		return 0
	}
	return float64(u.caps) / float64(u.words)
}

// prose reports whether the unit reads like a sentence of running text.
func (u *unit) prose() bool {
	return u.sentence && u.words >= 8 && u.stopRatio() >= 0.2
}

// splitUnits cuts text into units: each line of a block is a unit unless the
// block looks like hard-wrapped prose, which is judged whole, or the line
// runs on into the next.
func splitUnits(text string) []unit {
	// A unit is at least a line: sizing the list for every line saves
	// growing a list of large values.
	units := make([]unit, 0, strings.Count(text, "\n")+1)
	block := 0
	var single []bool // whether units[i] is the one line of its block
	forBlocks(text, func(lines []span.Span) {
		for len(single) < len(units) {
			single = append(single, false)
		}
		if len(lines) == 1 {
			units = append(units, measure(text, lines[0], block))
			single = append(single, true)
		} else if wrapped(text, lines) {
			units = append(units, measure(text, span.Span{Start: lines[0].Start, End: lines[len(lines)-1].End}, block))
		} else {
			for i := 0; i < len(lines); {
				j := i + 1
				for j < len(lines) && continues(text, lines[j-1], lines[j]) {
					j++
				}
				units = append(units, measure(text, span.Span{Start: lines[i].Start, End: lines[j-1].End}, block))
				i = j
			}
		}
		block++
	})
	for len(single) < len(units) {
		single = append(single, false)
	}
	return joinSpacedLines(text, units, single)
}

// joinSpacedLines joins runs of one-line blocks that are one paragraph
// hard-wrapped with a blank line after every line, as text copied out of a
// PDF often is: judged line by line, such a document is a page of short
// lines and would be dropped whole. A run is cut after a line shorter than
// a wrapped line (a paragraph's last), and each piece of two or more lines
// that wrapped accepts becomes one unit. single[i] says that units[i] is
// the only line of its block.
func joinSpacedLines(text string, units []unit, single []bool) []unit {
	out := units[:0]
	for i := 0; i < len(units); {
		if !single[i] {
			out = append(out, units[i])
			i++
			continue
		}
		j := i + 1
		for j < len(units) && single[j] && runesUpTo(units[j-1].Text(text), minWrapWidth) >= minWrapWidth {
			j++
		}
		lines := make([]span.Span, j-i)
		for k := i; k < j; k++ {
			lines[k-i] = units[k].Span
		}
		if j-i >= minSpacedLines && spacedWrapped(text, lines) {
			out = append(out, measure(text, span.Span{Start: lines[0].Start, End: lines[len(lines)-1].End}, units[i].block))
		} else {
			out = append(out, units[i:j]...)
		}
		i = j
	}
	return out
}

// continues reports whether next carries on the sentence of line, broken
// where a page was saved at a fixed width: line is long, does not end a
// sentence, and next goes on in lowercase.
func continues(text string, line, next span.Span) bool {
	t := line.Text(text)
	r, _ := utf8.DecodeRuneInString(next.Text(text))
	return unicode.IsLower(r) && !endsSentence(t) && runesUpTo(t, 50) >= 50
}

// minSpacedLines is the fewest lines joinSpacedLines joins: two lines
// that happen to agree in width are too little evidence of wrapping.
const minSpacedLines = 3

// spacedWrapped is wrapped for lines separated by blank lines, where the
// blank lines say less and the evidence must say more: besides the widths,
// at least two breaks in three fall inside a sentence, the line before
// ending without a sentence mark and the next going on in lowercase.
func spacedWrapped(text string, lines []span.Span) bool {
	if !wrapped(text, lines) {
		return false
	}
	inside := 0
	for i, l := range lines[:len(lines)-1] {
		r, _ := utf8.DecodeRuneInString(lines[i+1].Text(text))
		if unicode.IsLower(r) && !endsSentence(l.Text(text)) {
			inside++
		}
	}
	return 3*inside >= 2*(len(lines)-1)
}

// Widths of hard-wrapped lines, in characters: terminals and PDF text
// wrap between these, and the lines of one paragraph differ by at most
// maxWrapSpread.
const (
	minWrapWidth  = 50
	maxWrapWidth  = 100
	maxWrapSpread = 30
)

// wrapped reports whether lines are one paragraph broken at a fixed width:
// every line but the last is of typical terminal width, the widths agree,
// and at least half of the breaks fall inside a sentence, the next line
// going on in lowercase. A list of headlines has the widths but not the
// lowercase continuations.
func wrapped(text string, lines []span.Span) bool {
	if len(lines) < 2 {
		return false
	}
	lo, hi, inside := 1<<30, 0, 0
	for i, l := range lines[:len(lines)-1] {
		n := runesUpTo(l.Text(text), maxWrapWidth+1)
		if n < minWrapWidth || n > maxWrapWidth {
			return false // a paragraph of a page that does not wrap
		}
		lo, hi = min(lo, n), max(hi, n)
		next := lines[i+1].Text(text)
		if startsWithBullet(next) {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) {
			inside++
		}
	}
	return lo >= minWrapWidth && hi <= maxWrapWidth && hi-lo <= maxWrapSpread && 2*inside >= len(lines)-1
}

// runesUpTo returns the number of runes of s, or limit when s has more:
// the rules compare a line's width with a few dozen characters, and
// lines of prose run to hundreds, so counting stops at limit.
func runesUpTo(s string, limit int) int {
	n := 0
	for range s {
		if n == limit {
			break
		}
		n++
	}
	return n
}

func startsWithBullet(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '·', '▪', '◦', '●', '►', '▸', '‣', '■', '□', '*', '-', '–', '—':
		next, _ := utf8.DecodeRuneInString(s[n:])
		return n < len(s) && unicode.IsSpace(next)
	}
	return false
}

// measure computes the features of the unit at s.
func measure(text string, s span.Span, block int) unit {
	u := unit{Span: s, block: block}
	t := s.Text(text)
	u.bullet = startsWithBullet(t)
	for i := 0; ; {
		start, end := textutil.NextWord(t, i)
		if start < 0 {
			break
		}
		w := t[start:end]
		u.words++
		if textutil.IsStopword(w) {
			u.stops++
		}
		if startsUpper(w) {
			u.caps++
		}
		i = end
	}
	u.sentence = endsSentence(t)
	lead := t
	if u.bullet {
		_, n := utf8.DecodeRuneInString(t)
		lead = strings.TrimLeftFunc(t[n:], unicode.IsSpace)
	}
	first, _ := utf8.DecodeRuneInString(lead)
	u.lower = unicode.IsLower(first)
	last, _ := utf8.DecodeLastRuneInString(t)
	u.continued = last == ',' || last == ':' || last == ';'
	return u
}

// hasInner reports whether the unit has a sentence end followed by a
// capital inside it. Few rules ask, and only of some units, so it is
// worked out on the first question rather than for every line.
func (u *unit) hasInner(text string) bool {
	if u.inner == 0 {
		u.inner = -1
		if len(sentenceBreaks(text, u.Span)) > 0 || hasInnerSentenceEnd(u.Text(text)) {
			u.inner = 1
		}
	}
	return u.inner > 0
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch {
		case r == '.' || r == '!' || r == '?' || r == '…' || r == '。' || r == '！' || r == '？':
			return true
		case isClosingQuote(r) || r == ')' || r == ']' || r == '“' || r == '«':
			s = s[:len(s)-n]
		default:
			return false
		}
	}
	return false
}

// hasInnerSentenceEnd reports whether s holds a sentence end followed by a
// space and a capital, as a caption or teaser of two sentences does.
func hasInnerSentenceEnd(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsLower(prev) && unicode.IsUpper(next) {
				return true
			}
		}
	}
	return false
}

// normKey reduces s to its lowercase letters and digits, so that two copies
// of a line that differ only in quote, dash or space style compare equal.
func normKey(s string) string { return string(appendNormKey(nil, s)) }

// appendNormKey appends the normKey of s to b.
func appendNormKey(b []byte, s string) []byte {
	// An ASCII byte is written whether it is kept or not, and kept by
	// moving past it, without a branch: a branch on keeping it is
	// mispredicted at the start and end of every word, and this loop
	// reads every line of every page. The key is no longer than s but
	// for the odd letter whose lowercase form is longer, after which
	// room is made again.
	b = slices.Grow(b, len(s))
	n, out := len(b), b[:cap(b)]
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			k := textutil.ASCIIKey[c]
			out[n] = k
			if k != 0 {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = slices.Grow(utf8.AppendRune(out[:n], unicode.ToLower(r)), len(s)-i)
			n, out = len(b), b[:cap(b)]
		}
	}
	return out[:n]
}

// textLength is the length of s in characters, except that a Han, kana or
// Hangul character counts as three: each carries about a word, and those
// scripts write no spaces to count words by.
func textLength(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			n += 2
		}
	}
	return n
}
