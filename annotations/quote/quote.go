package quote

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// Quote is one quotation: a direct utterance inside quotation marks.
type Quote struct {
	ID string `json:"id"`
	// Span runs from the first quoted byte to the last, marks excluded; for a
	// split quotation it includes the attribution between the parts.
	span.Span
	Text string `json:"text"`
	// Parts are the quoted pieces, marks excluded, when there is more than one.
	Parts []span.Span `json:"parts,omitempty"`
	// Speaker is who said it, by the fullest name the document gives the
	// person (Ann Hale for "Ms. Hale" or a resolved "she"), a body (the
	// Foreign Ministry) or a description (a senior official); [Unknown]
	// when the text does not say.
	Speaker string `json:"speaker"`
	// SpeakerRole is the title or office written before the name
	// (Secretary of State), kept apart from it.
	SpeakerRole string `json:"speaker_role,omitempty"`
	// SpeakerMention is the words of the text the speaker was read from:
	// the name or description, or the pronoun that stands for the person.
	// It is the zero span, left out of JSON, when the speaker is unknown.
	SpeakerMention span.Span `json:"speaker_mention,omitzero"`
	// Short marks one- or two-word quotations such as scare quotes.
	Short bool `json:"short,omitempty"`
}

// Extract finds the quotations inside the given paragraphs of text.
//
// Double quotation marks of every common style are paired first: straight
// "…", curly “…”, guillemets «…», German „…“, TeX's doubled backquote
// opening and doubled apostrophe closing, and the two apostrophes standing
// for a double mark that some newspaper exports use; pairs may be mismatched
// («…”). Straight marks open or close by what surrounds them, like Markdown's
// flanking rules. A quotation left open at the end of a paragraph continues
// when the next paragraph reopens with a mark, and otherwise ends there.
// Single-quoted passages ‘…’, ‚…‘ and '…' are then looked for between the
// double-quoted ones, where an apostrophe (Let's, the Russians' plan) is not
// taken for a mark. Quotations nested in another are part of the outer one.
//
// A quotation interrupted by its attribution ("…," he said, "…") is one
// Quote with two Parts. Every quotation gets a Speaker (see speaker.go) and
// IDs "q1", "q2", … in text order. The work is linear in the text's length.
func Extract(text string, paragraphs []span.Span) []Quote {
	paras := validParagraphs(text, paragraphs)
	raw := scanDouble(text, paras)
	raw = addSingles(text, paras, raw)
	sort.Slice(raw, func(i, j int) bool { return raw[i].parts[0].Start < raw[j].parts[0].Start })
	raw = splitContinuations(text, raw)
	quotes := mergeSplit(text, raw)
	attribute(blankOutside(text, paras), paras, quotes)
	for i := range quotes {
		quotes[i].ID = "q" + strconv.Itoa(i+1)
	}
	return quotes
}

// blankOutside returns text with every byte outside the paragraphs but
// line breaks made a space, so that the speaker rules, which read back
// and ahead of a quotation, never read what the cleaner removed between
// paragraphs (a video teaser, an advertisement's line) as its
// attribution; offsets stay those of text. Text with nothing but white
// space outside its paragraphs is returned as is.
func blankOutside(text string, paras []span.Span) string {
	removed := func(from, to int) bool {
		for i := from; i < to; i++ {
			if !isLayoutSpace(text[i]) {
				return true
			}
		}
		return false
	}
	found, at := false, 0
	for _, p := range paras {
		found = found || removed(at, p.Start)
		at = p.End
	}
	if !found && !removed(at, len(text)) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	blank := func(from, to int) {
		for i := from; i < to; i++ {
			if c := text[i]; isLayoutSpace(c) {
				b.WriteByte(c)
			} else {
				b.WriteByte(' ')
			}
		}
	}
	at = 0
	for _, p := range paras {
		blank(at, p.Start)
		b.WriteString(text[p.Start:p.End])
		at = p.End
	}
	blank(at, len(text))
	return b.String()
}

// isLayoutSpace reports whether c is a space, tab or line break, which
// blankOutside keeps so that lines and their breaks stay where they are.
func isLayoutSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// rawQuote is a quotation before split quotations are joined: its pieces,
// one per paragraph it runs through, and whether its last piece was closed
// by a mark.
type rawQuote struct {
	parts  []span.Span
	closed bool
	para   int  // index of the paragraph holding the last part
	first  int  // index of the paragraph holding the first part
	single bool // written with single marks
}

// validParagraphs returns the paragraphs that lie inside text, in order and
// without overlap, so that the scanners can trust them.
func validParagraphs(text string, paragraphs []span.Span) []span.Span {
	ps := make([]span.Span, 0, len(paragraphs))
	for _, p := range paragraphs {
		if p.Start < 0 {
			p.Start = 0
		}
		if p.End > len(text) {
			p.End = len(text)
		}
		if p.Start < p.End {
			ps = append(ps, p)
		}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Start < ps[j].Start })
	out := ps[:0]
	for _, p := range ps {
		if n := len(out); n > 0 && p.Start < out[n-1].End {
			if p.End <= out[n-1].End {
				continue
			}
			p.Start = out[n-1].End
		}
		out = append(out, p)
	}
	return out
}

// Mark families and directions.
const (
	famNone = iota
	famDouble
	famSingle
)

const (
	dirEither = iota
	dirOpen
	dirClose
)

// quoteMark is one quotation mark found in the text.
type quoteMark struct {
	start, end int // bytes of the mark itself
	fam        int
	dir        int // the direction the character itself suggests
}

// quoteMarkAt reports the quotation mark starting at byte i of text, if any. A
// run of straight apostrophes counts as a double mark (two apostrophes) taken from the
// side that faces the quoted text.
func quoteMarkAt(text string, i int) (quoteMark, bool) {
	c := text[i]
	switch c {
	case '"':
		return quoteMark{i, i + 1, famDouble, dirEither}, true
	case '`':
		if i+1 < len(text) && text[i+1] == '`' {
			return quoteMark{i, i + 2, famDouble, dirOpen}, true
		}
		return quoteMark{}, false
	case '\'':
		n := 1
		for i+n < len(text) && text[i+n] == '\'' {
			n++
		}
		if n == 1 {
			return quoteMark{i, i + 1, famSingle, dirEither}, true
		}
		if i > 0 && !isSpaceBefore(text, i) && n > 2 {
			// word''' : an apostrophe, then the closing double mark.
			return quoteMark{i, i + 1, famSingle, dirEither}, true
		}
		return quoteMark{i, i + 2, famDouble, dirEither}, true
	}
	if c < utf8.RuneSelf {
		return quoteMark{}, false
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	m := quoteMark{start: i, end: i + size}
	switch r {
	case '“', '«', '„', '‟':
		m.fam, m.dir = famDouble, dirOpen
	case '”', '»':
		m.fam, m.dir = famDouble, dirClose
	case '‘', '‚', '‹':
		m.fam, m.dir = famSingle, dirOpen
	case '’', '›':
		m.fam, m.dir = famSingle, dirClose
	default:
		return quoteMark{}, false
	}
	return m, true
}

// markByte marks the bytes that may start a quotation mark: the ASCII
// marks and the first byte of any multi-byte rune.
var markByte = func() (t [256]bool) {
	for c := range t {
		t[c] = c == '"' || c == '`' || c == '\'' || c >= utf8.RuneSelf
	}
	return t
}()

// skipPlain returns the first byte at or after pos, and before end, that
// may start a quotation mark, or end: the scanners pass over the rest of
// the text in this tight loop rather than asking quoteMarkAt of each byte.
func skipPlain(text string, pos, end int) int {
	for pos < end && !markByte[text[pos]] {
		pos++
	}
	return pos
}

// isSpaceBefore reports whether the text before byte i is absent or white
// space.
func isSpaceBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r)
}

// markFlanks reports whether a mark can open (text follows it directly and
// space or punctuation precedes it) and whether it can close (text precedes
// it directly and no letter follows it), judged within [lo, hi).
func markFlanks(text string, m quoteMark, lo, hi int) (open, close bool) {
	var prev, next rune = ' ', ' '
	if m.start > lo {
		prev, _ = utf8.DecodeLastRuneInString(text[lo:m.start])
	}
	if m.end < hi {
		next, _ = utf8.DecodeRuneInString(text[m.end:hi])
	}
	prevSpace, nextSpace := unicode.IsSpace(prev), unicode.IsSpace(next)
	prevWord := isQuoteWordRune(prev)
	nextWord := isQuoteWordRune(next)
	open = !nextSpace && (prevSpace || !prevWord || m.dir == dirOpen) && !endsClause(text, m.end, hi)
	close = !prevSpace && (nextSpace || !nextWord || m.dir == dirClose || gluedAfterSentence(prev, next))
	return open, close
}

// spacedOpening reports whether the straight double mark m, with a space
// on both sides, opens a quotation written with a space inside (Lund
// wrote. " The course went on …), as text copied from web pages has: it
// stands where a sentence starts, at the paragraph's start or after a
// sentence's stop, and a capital follows its space. Between quotations
// only an opening mark is wanted, so a closing one so spaced is never
// asked about here.
func spacedOpening(text string, m quoteMark, lo, hi int) bool {
	if m.dir != dirEither || text[m.start] != '"' || m.end+1 >= hi || text[m.end] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[m.end+1 : hi])
	if !unicode.IsUpper(next) {
		return false
	}
	before := strings.TrimRightFunc(text[lo:m.start], unicode.IsSpace)
	if m.start > lo && len(before) == m.start-lo {
		return false // no space before the mark
	}
	prev, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || prev == '.' || prev == '?' || prev == '!'
}

// gluedAfterSentence reports whether a mark between prev and next stands
// where two paragraphs were glued together without a break (“…the end
// of it."The council met”): after a sentence's closing stop and before a
// capital, where a quotation that was open ends.
func gluedAfterSentence(prev, next rune) bool {
	return (prev == '.' || prev == '?' || prev == '!') && unicode.IsUpper(next)
}

// endsClause reports whether the punctuation at byte i of text (before
// hi) ends a clause or a sentence: a comma, semicolon, colon or closing
// parenthesis, or a full stop that no other stop or digit follows. Nobody's
// words begin with it, so a mark before it closes a quotation written with
// a space inside (“ Il Ponte “, a film) rather than opening one; an
// ellipsis (...and then) or a decimal (.45) may begin a quotation.
func endsClause(text string, i, hi int) bool {
	if i >= hi {
		return false
	}
	switch text[i] {
	case ',', ';', ':', ')':
		return true
	case '.':
		return i+1 >= hi || text[i+1] != '.' && (text[i+1] < '0' || text[i+1] > '9')
	}
	return false
}

// isQuoteWordRune reports whether r is a letter or a digit. The ASCII case
// stays small enough to be inlined: the tokenizer asks of every word's
// first character.
func isQuoteWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return textutil.ASCIIAlnum[r]
	}
	return isLetterOrDigit(r)
}

// isLetterOrDigit reports whether r is a letter or a digit in any script.
func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanDouble pairs the double quotation marks of every paragraph. A
// quotation may run on into the next paragraphs; scanning then resumes
// after its closing mark there.
func scanDouble(text string, paras []span.Span) []rawQuote {
	var out []rawQuote
	pi, pos := 0, 0
	for pi < len(paras) {
		p := paras[pi]
		pos = max(pos, p.Start)
		if pos >= p.End {
			pi++
			continue
		}
		if pos = skipPlain(text, pos, p.End); pos >= p.End {
			continue
		}
		m, ok := quoteMarkAt(text, pos)
		if !ok || m.fam != famDouble {
			pos += markStep(text, pos, ok, m)
			continue
		}
		open, _ := markFlanks(text, m, p.Start, p.End)
		open = open || spacedOpening(text, m, p.Start, p.End)
		if !open || (m.start > p.Start && text[m.start-1] == '=') {
			pos = skipAttribute(text, m, p)
			continue
		}
		var q rawQuote
		q, pos, pi = closeDouble(text, paras, pi, m.end)
		if q.parts != nil {
			out = append(out, q)
		}
	}
	return out
}

// markStep is how far the scanner steps from pos: over the mark m when ok,
// otherwise over a byte that is not a usable mark.
func markStep(text string, pos int, ok bool, m quoteMark) int {
	if ok {
		return m.end - m.start
	}
	if text[pos] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(text[pos:])
	return n
}

// skipAttribute steps over a mark that does not open a quotation. After '='
// (HTML or code such as title="x") the value up to the next identical mark
// is skipped as well, so that its closing mark opens nothing.
func skipAttribute(text string, m quoteMark, p span.Span) int {
	if m.start > p.Start && text[m.start-1] == '=' {
		if j := strings.Index(text[m.end:p.End], text[m.start:m.end]); j >= 0 {
			return m.end + j + (m.end - m.start)
		}
	}
	return m.end
}

// closeDouble scans for the mark closing a quotation opened just before
// byte start in paragraph pi. It returns the quotation (no parts when it is
// empty), the byte where scanning resumes and the paragraph it resumes in.
func closeDouble(text string, paras []span.Span, pi, start int) (rawQuote, int, int) {
	q := rawQuote{first: pi}
	depth := 1
	partStart := start
	for {
		p := paras[pi]
		pos := partStart
		for pos < p.End {
			// Most of a quotation is plain text: passed over in this
			// tight loop, as skipPlain does, rather than asking
			// quoteMarkAt of each byte; a line end is read below.
			for pos < p.End && text[pos] != '\n' && !markByte[text[pos]] {
				pos++
			}
			if pos >= p.End {
				break
			}
			if text[pos] == '\n' {
				// Text with one paragraph a line: a line that reopens with
				// a mark continues the quotation as a new part.
				if m, ok := reopens(text, span.Span{Start: pos + 1, End: p.End}); ok {
					q.parts = appendPart(text, q.parts, partStart, pos)
					if speakerLabel(text, span.Span{Start: m.end, End: p.End}).Len() > 0 {
						q.para = pi
						return q, pos + 1, pi
					}
					partStart, pos, depth = m.end, m.end, 1
					continue
				}
			}
			m, ok := quoteMarkAt(text, pos)
			if !ok || m.fam != famDouble {
				pos += markStep(text, pos, ok, m)
				continue
			}
			open, close := markFlanks(text, m, p.Start, p.End)
			switch {
			case close && (!open || m.dir != dirOpen):
				depth--
			case open:
				depth++
			case depth == 1:
				// Space on both sides ('word,' " he said): only a closing
				// mark is plausible inside a quotation.
				depth--
			}
			if depth == 0 {
				q.parts = appendPart(text, q.parts, partStart, m.start)
				q.closed, q.para = true, pi
				if q.parts == nil {
					return rawQuote{}, m.end, pi
				}
				return q, m.end, pi
			}
			pos = m.end
		}
		// The paragraph ended inside the quotation.
		q.parts = appendPart(text, q.parts, partStart, p.End)
		q.para = pi
		if pi+1 < len(paras) {
			// A transcript label (NAME: …) starts a new speaker's quotation.
			if m, ok := reopens(text, paras[pi+1]); ok && speakerLabel(text, span.Span{Start: m.end, End: paras[pi+1].End}).Len() == 0 {
				pi++
				partStart = m.end
				depth = 1
				continue
			}
		}
		if q.parts == nil {
			return rawQuote{}, p.End, pi + 1
		}
		// Left open for good: bound it, so that a missing closing mark in
		// text whose paragraphs were glued together does not make the
		// rest of the article one quotation.
		last := &q.parts[len(q.parts)-1]
		if cut := boundUnclosed(text, *last); cut < last.End {
			last.End = trimQuoteSpan(text, span.Span{Start: last.Start, End: cut}).End
			return q, cut, pi
		}
		return q, p.End, pi + 1
	}
}

// maxUnclosed is the longest run in bytes that a quotation with no
// closing mark keeps past its last sentence end within reach.
const maxUnclosed = 1000

// boundUnclosed returns where a quotation part that no mark closed should
// end: at the first sentence glued to the next without a space (“…the
// week.The council said”), else, when it is longer than maxUnclosed, at the
// last sentence end within that reach; otherwise at its end.
func boundUnclosed(text string, part span.Span) int {
	for i := part.Start; i < part.End; i++ {
		if text[i] == '.' && isGluedSentenceEnd(text, i) && !isNameAbbrevBefore(text, part.Start, i) {
			return i + 1
		}
	}
	if part.Len() <= maxUnclosed {
		return part.End
	}
	reach := text[part.Start : part.Start+maxUnclosed]
	for _, sep := range []string{". ", "? ", "! "} {
		if i := strings.LastIndex(reach, sep); i > 0 {
			return part.Start + i + 1
		}
	}
	return part.End
}

// reopens reports the double mark that opens paragraph p, the sign that a
// quotation left open at the end of the previous paragraph continues.
func reopens(text string, p span.Span) (quoteMark, bool) {
	i := p.Start
	for i < p.End {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	if i >= p.End {
		return quoteMark{}, false
	}
	m, ok := quoteMarkAt(text, i)
	if !ok || m.fam != famDouble {
		return quoteMark{}, false
	}
	if open, _ := markFlanks(text, m, p.Start, p.End); !open {
		return quoteMark{}, false
	}
	return m, true
}

// appendPart adds [start, end) to parts with surrounding space trimmed,
// unless nothing but space is left.
func appendPart(text string, parts []span.Span, start, end int) []span.Span {
	s := trimQuoteSpan(text, span.Span{Start: start, End: end})
	if s.Len() == 0 {
		return parts
	}
	return append(parts, s)
}

// trimQuoteSpan shrinks s past leading and trailing white space.
func trimQuoteSpan(text string, s span.Span) span.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// addSingles finds single-quoted passages in the parts of the paragraphs
// that no double quotation covers. A single mark opens only after space or
// punctuation and before a letter, and closes only after text and before
// a non-letter, which leaves Let's and it’s alone; a passage must close
// within its paragraph.
func addSingles(text string, paras []span.Span, doubles []rawQuote) []rawQuote {
	covered := make([]span.Span, 0, len(doubles))
	for _, q := range doubles {
		// Include the marks so that they are not seen again.
		covered = append(covered, span.Span{Start: q.parts[0].Start - 1, End: q.parts[len(q.parts)-1].End + 1})
	}
	out := doubles
	k := 0
	for pi, p := range paras {
		lo := p.Start
		for lo < p.End {
			for k < len(covered) && covered[k].End <= lo {
				k++
			}
			hi := p.End
			if k < len(covered) && covered[k].Start < hi {
				hi = max(covered[k].Start, lo)
			}
			out = scanSingle(text, span.Span{Start: lo, End: hi}, p, pi, out)
			if hi == p.End {
				break
			}
			lo = min(covered[k].End, p.End)
		}
	}
	return out
}

// scanSingle pairs single marks inside gap g of paragraph p.
func scanSingle(text string, g, p span.Span, pi int, out []rawQuote) []rawQuote {
	noCloserFrom := g.End // no closing mark at or after this byte
	for pos := g.Start; pos < g.End; {
		if pos = skipPlain(text, pos, g.End); pos >= g.End {
			break
		}
		m, ok := quoteMarkAt(text, pos)
		if !ok || m.fam != famSingle || m.dir == dirClose {
			pos += markStep(text, pos, ok, m)
			continue
		}
		open, _ := markFlanks(text, m, p.Start, p.End)
		if !open || inWord(text, m, p) || !startsQuoteWord(text, m.end, g.End) || m.end >= noCloserFrom || isPossessiveAfterMark(text, m) {
			pos = m.end
			continue
		}
		end, resume := closeSingle(text, m.end, g, p)
		if end < 0 {
			noCloserFrom = m.end
			pos = m.end
			continue
		}
		if parts := appendPart(text, nil, m.end, end); parts != nil {
			out = append(out, rawQuote{parts: parts, closed: true, para: pi, first: pi, single: true})
		}
		pos = resume
	}
	return out
}

// isPossessiveAfterMark reports whether the single mark m is the
// apostrophe of a possessive right after a closing mark (“Harbour
// Lights”’s director, "Harbour Lights"'s director), which opens nothing.
func isPossessiveAfterMark(text string, m quoteMark) bool {
	if m.start == 0 || m.end >= len(text) || text[m.end] != 's' {
		return false
	}
	if m.end+1 < len(text) && isQuoteWordRune(rune(text[m.end+1])) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:m.start])
	return r == '"' || r == '”' || r == '»' || r == '\''
}

// startsQuoteWord reports whether a letter or digit begins text[i:hi].
func startsQuoteWord(text string, i, hi int) bool {
	if i >= hi {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:hi])
	return isQuoteWordRune(r)
}

// closeSingle finds the single mark that closes a passage opened before
// byte start, returning where the passage ends and where to resume, or -1.
func closeSingle(text string, start int, g, p span.Span) (int, int) {
	for pos := start; pos < g.End; {
		if pos = skipPlain(text, pos, g.End); pos >= g.End {
			break
		}
		m, ok := quoteMarkAt(text, pos)
		if !ok || m.fam != famSingle {
			pos += markStep(text, pos, ok, m)
			continue
		}
		if _, close := markFlanks(text, m, p.Start, p.End); close && !inWord(text, m, p) {
			return m.start, m.end
		}
		pos = m.end
	}
	return -1, g.End
}

// inWord reports whether the single mark m stands between two letters of
// paragraph p, as the apostrophe of couldn’t or of a name (Ka’ilah) does:
// it neither opens nor closes a quotation, whatever way a curly mark
// faces.
func inWord(text string, m quoteMark, p span.Span) bool {
	if m.start <= p.Start || m.end >= p.End {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[p.Start:m.start])
	next, _ := utf8.DecodeRuneInString(text[m.end:p.End])
	return unicode.IsLetter(prev) && unicode.IsLetter(next)
}

// mergeSplit turns raw quotations into Quotes, joining a quotation
// interrupted only by its attribution ("…," she said, "…") into one Quote.
func mergeSplit(text string, raw []rawQuote) []Quote {
	quotes := make([]Quote, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		parts := append([]span.Span(nil), raw[i].parts...)
		lo := 0 // where the words before the quotation may start
		if n := len(quotes); n > 0 {
			lo = quotes[n-1].End
		}
		// The parts of one remark are written with one kind of mark: a
		// phrase in single marks before a double-quoted remark (the
		// station's 'night owl', Ann Hale, then said: “…”) is another
		// quotation.
		for i+1 < len(raw) && raw[i].closed && raw[i+1].first == raw[i].para && raw[i+1].single == raw[i].single && !articleBefore(text, parts[0].Start) &&
			isSplitGap(text, parts[len(parts)-1].End, raw[i+1].parts[0].Start) && !questionPutBefore(text, lo, parts) &&
			!(len(parts) == 1 && titleAfterWork(text, lo, parts[0])) {
			i++
			parts = append(parts, raw[i].parts...)
		}
		quotes = append(quotes, newQuote(text, parts))
	}
	return quotes
}

// titleAfterWork reports whether the quoted text at part, its words all
// capitalised, is the title of a work or a show that the words before it
// name (In the film “Harbour Lights,” the captain tells …; see
// [workTitled]): a title, never the first part of a split remark.
func titleAfterWork(text string, lo int, part span.Span) bool {
	return titleCased(part.Text(text)) && workTitled(attrTokenize(text, quoteSentenceStart(text, lo, part.Start), part.Start))
}

// articles are the words that, right before a quotation mark, make what
// is quoted a noun of their sentence (a “river town”, the “old pier”), not
// the first words of a remark.
var articles = textutil.NewWordSet(`a an the`)

// articleBefore reports whether one of the articles stands right before
// the opening mark of the quoted text starting at byte start, with only
// spaces and soft hyphens between: such a quotation names something and
// is never the first part of a split remark (Speaking to the Gazette, a
// “harbour paper”, she added: “…”).
func articleBefore(text string, start int) bool {
	i := openingMark(text, start)
	if i == start {
		return false
	}
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if r != ' ' && r != '\u00ad' {
			break
		}
		i -= n
	}
	w := i
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:w])
		if !unicode.IsLetter(r) {
			break
		}
		w -= n
	}
	return w < i && articles.HasFold(text[w:i])
}

// splitContinuations separates the last part of a quotation that ran over
// several paragraphs when an attribution of its own follows it ("…," added
// Jane Roe): that paragraph opened a new quotation instead of continuing the
// old one. Titles in quotation marks (“Face the Nation”) are dropped: they
// are names, not utterances.
func splitContinuations(text string, raw []rawQuote) []rawQuote {
	out := raw[:0:0]
	for _, q := range raw {
		if n := len(q.parts); n > 1 && q.closed {
			last := q.parts[n-1]
			if speakerAfter(text, last.End, lineEnd(text, last.End)).Len() > 0 {
				head := q
				head.parts, head.closed, head.para = q.parts[:n-1], false, q.first
				out = appendUnlessTitle(text, out, head)
				out = appendUnlessTitle(text, out, rawQuote{parts: []span.Span{last}, closed: true, para: q.para, first: q.para})
				continue
			}
		}
		out = appendUnlessTitle(text, out, q)
	}
	return out
}

func appendUnlessTitle(text string, out []rawQuote, q rawQuote) []rawQuote {
	if len(q.parts) == 1 && (isTitle(q.parts[0].Text(text)) || isNickname(text, q.parts[0]) || introducedAsName(text, q.parts[0])) {
		return out
	}
	return append(out, q)
}

// nameIntroducers are the words that, right before a quotation mark,
// introduce what follows as the name of something or a term mentioned
// rather than anyone's words: a work entitled “…”, the so-called “…”.
var nameIntroducers = textutil.NewWordSet(`entitled titled subtitled headlined so-called`)

// nameNouns are the names a text gives to words that nobody says there:
// its motto “…”, the inscription “…”, the headline “…”. The words “…” and
// the phrase “…” are not among them: news writing introduces a person's
// own words that way as often as it mentions a phrase.
var nameNouns = textutil.NewWordSet(`slogan slogans motto
	inscription headline headlines hashtag tagline subtitle`)

// copulas give a name to the noun before them (the headline was “…”, the
// headlines will be “…”).
var copulas = textutil.NewWordSet(`is was are were be`)

// maxNameIntro is the most words read back from a quotation mark for the
// noun of a copula that introduces a name (The subtitle of her memoir is
// “…”): the noun opens that short clause.
const maxNameIntro = 8

// introducedAsName reports whether the quoted part p is introduced as a
// title, a term, a translation or a motto rather than as a remark: right
// after one of the nameIntroducers or "it means", after one of the
// nameNouns (its motto “…”), after a copula (is, was, be) with one of
// those nouns as its subject in the words before, or between a
// determiner and one of the modifiedNouns (the “…” mantra). Such
// quotations are no speech, and a speaker read for them would be a guess.
func introducedAsName(text string, p span.Span) bool {
	if countQuoteWordsUpTo(p.Text(text), minNamedWords) < minNamedWords {
		return false
	}
	open := openingMark(text, p.Start)
	from := max(0, open-maxNameIntroBytes)
	line := text[from+strings.LastIndexByte(text[from:open], '\n')+1 : open]
	// Only the line's last words are read (the copula's noun at most
	// maxNameIntro words back, and its determiner): they are kept in a
	// ring rather than a new list of all, made for each quotation.
	var ring [maxNameIntro + 1]string
	n := 0
	for w := range strings.FieldsSeq(strings.TrimRight(strings.TrimRightFunc(line, unicode.IsSpace), ",:")) {
		ring[n%len(ring)] = w
		n++
	}
	if n == 0 {
		return false
	}
	// words(k) is the line's k-th word, for k at most len(ring) back from
	// its last.
	words := func(k int) string { return ring[k%len(ring)] }
	last := strings.TrimRight(words(n-1), ",:")
	if nameIntroducers.HasFold(last) || n >= 2 && strings.EqualFold(words(n-2), "it") && strings.EqualFold(last, "means") {
		return true // entitled “…”; it means “…”, a translation
	}
	if (speakerDeterminers.HasFold(last) || n >= 2 && speakerDeterminers.HasFold(words(n-2)) && strings.ToLower(last) == last) && namedAfter(text, p.End) {
		return true // the “…” mantra, a new “…” theory
	}
	if n >= 2 && nameNouns.HasFold(last) && speakerDeterminers.HasFold(words(n-2)) {
		return true // its motto “…”, the headline “…”
	}
	if !copulas.HasFold(last) {
		return false
	}
	for k := n - 2; k >= 0 && n-k <= maxNameIntro; k-- {
		w := words(k)
		if strings.ContainsAny(w, ".;!?,") {
			// The noun is the subject of the copula's own clause, not
			// of one before a comma (in the words of Ann Hale, the
			// pier was “…”).
			return false
		}
		if k > 0 && nameNouns.HasFold(w) && speakerDeterminers.HasFold(words(k-1)) {
			return true
		}
	}
	return false
}

// minNamedWords is the fewest words of a quotation that introducedAsName
// takes away: a word or two in marks after "the slogan" is often the very
// words a person used (Ann Hale's slogan “harbour first”), kept as a short
// quotation with its speaker.
const minNamedWords = 3

// modifiedNouns are the nouns a quotation may stand before as the name
// of a saying or an idea (the “…” mantra, a “…” theory).
var modifiedNouns = textutil.NewWordSet(`mantra motto slogan theory doctrine catchphrase maxim tagline hashtag`)

// namedAfter reports whether the closing mark of a quotation that ends at
// byte end is followed by one of the modifiedNouns.
func namedAfter(text string, end int) bool {
	i := skipMarkRunes(text, end, len(text))
	for i < len(text) && (text[i] == ',' || text[i] == '.') {
		i++
	}
	if i == end || i >= len(text) || text[i] != ' ' {
		return false
	}
	w := text[i+1:]
	if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = w[:k]
	}
	return modifiedNouns.HasFold(w)
}

// maxNameIntroBytes bounds the text read back from a quotation mark for
// the words that introduce it as a name.
const maxNameIntroBytes = 120

// openingMark returns where the quotation mark before the quoted text
// starting at byte start begins: at most two mark characters back (one
// mark, or two apostrophes standing for one), start when there is none.
func openingMark(text string, start int) int {
	open := start
	for n := 0; n < 2 && open > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:open])
		if !strings.ContainsRune(quoteMarkChars, r) {
			break
		}
		open -= size
	}
	return open
}

// maxNicknameBytes is the longest nickname inside a name.
const maxNicknameBytes = 24

// isNickname reports whether the quoted part p is a nickname written
// inside a name (Ana "Annie" Ruiz, Robert C. "Bobby" Reed): part of the
// name, not anyone's words.
func isNickname(text string, p span.Span) bool {
	open := openingMark(text, p.Start)
	if open == p.Start || open < 2 || text[open-1] != ' ' {
		return false
	}
	w := open - 1
	for w > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:w])
		if !isQuoteWordRune(r) && r != '.' {
			break
		}
		w -= size
	}
	r, _ := utf8.DecodeRuneInString(text[w:])
	return w < open-1 && unicode.IsUpper(r) && nicknameEnd(text, open, len(text)) > p.End
}

// nicknameEnd returns the end of the closing mark of a nickname whose
// opening mark starts at byte i, or -1: one capitalised word in quotation
// marks, followed by a space and the capitalised rest of the name. The
// word before the opening mark is the caller's to check.
func nicknameEnd(text string, i, hi int) int {
	j := skipMarkRunes(text, i, hi)
	if j == i || j-i > 6 || j >= hi {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(text[j:hi]); !unicode.IsUpper(r) {
		return -1
	}
	k := j
	for k < hi && k-j <= maxNicknameBytes {
		r, size := utf8.DecodeRuneInString(text[k:hi])
		if !isQuoteWordRune(r) && r != '.' && r != '-' {
			break
		}
		k += size
	}
	m := skipMarkRunes(text, k, hi)
	if m == k || m-k > 6 || m+1 >= hi || text[m] != ' ' {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(text[m+1 : hi]); !unicode.IsUpper(r) {
		return -1
	}
	return m
}

// skipMarkRunes returns the byte after at most two quotation marks
// starting at byte i (one mark, or two apostrophes standing for one).
func skipMarkRunes(text string, i, hi int) int {
	for n := 0; n < 2 && i < hi; n++ {
		r, size := utf8.DecodeRuneInString(text[i:hi])
		if !strings.ContainsRune(quoteMarkChars, r) {
			break
		}
		i += size
	}
	return i
}

// lineEnd returns the end of the line holding byte i.
func lineEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

// isTitle reports whether s reads like the title of a work or a show:
// three to eight words, each word of four or more letters capitalised, and
// no sentence ending before the last (“Fast, yes. Reckless, no,” is a
// remark).
func isTitle(s string) bool {
	// The words are read one at a time, and a ninth ends the reading: most
	// quotations are long, and a list of all their words was the cost.
	capitalised, n := 0, 0
	ended := false // the word before ends a sentence
	for w := range strings.FieldsSeq(s) {
		i := n
		if n++; n > maxTitleWords || ended {
			return false
		}
		ended = endsSentenceWord(w)
		r, _ := utf8.DecodeRuneInString(w)
		if i > 0 && countQuoteWordLetters(w) >= 4 && unicode.IsUpper(r) {
			capitalised++
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
		if (i == 0 || countQuoteWordLetters(w) >= 4) && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return n >= minTitleWords && capitalised > 0 && strings.ToUpper(s) != s
}

// endsSentenceWord reports whether the word w ends a sentence: a full
// stop that ends no abbreviation or initial (Mr., J.), or a question or
// exclamation mark.
func endsSentenceWord(w string) bool {
	switch {
	case strings.HasSuffix(w, "?"), strings.HasSuffix(w, "!"):
		return true
	case strings.HasSuffix(w, "."):
		return !isNameAbbrev(strings.TrimSuffix(w, "."))
	}
	return false
}

// minTitleWords and maxTitleWords bound the words of a title (see isTitle).
const minTitleWords, maxTitleWords = 3, 8

// countQuoteWordLetters counts the letters of w.
func countQuoteWordLetters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// newQuote builds the Quote covering parts.
func newQuote(text string, parts []span.Span) Quote {
	span := span.Span{Start: parts[0].Start, End: parts[len(parts)-1].End}
	q := Quote{Span: span, Text: span.Text(text)}
	if len(parts) > 1 {
		q.Parts = parts
	}
	// Each part's words are counted only up to one more than a short
	// quotation has: a long quotation is not read to its end.
	words := 0
	for _, p := range parts {
		words += countQuoteWordsUpTo(p.Text(text), maxShortWords+1)
	}
	q.Short = words <= maxShortWords
	return q
}

// maxShortWords is the most words of a short quotation (Quote.Short).
const maxShortWords = 2

// countQuoteWords counts the runs of letters and digits in s, treating an
// apostrophe or hyphen inside a word as part of it.
func countQuoteWords(s string) int { return countQuoteWordsUpTo(s, len(s)+1) }

// countQuoteWordsUpTo counts the words of s as countQuoteWords does, but
// stops at limit: a caller asking whether a quotation has a few words
// need not read all of a long one.
func countQuoteWordsUpTo(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		w := isQuoteWordRune(r) || in && (r == '\'' || r == '’' || r == '-')
		if w && !in {
			if n++; n >= limit {
				return n
			}
		}
		in = w
	}
	return n
}
