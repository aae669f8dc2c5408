package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
)

// Printing is one outlet's printing of a remark that several print: its
// quotation, and the text of its document, where the quotation's spans
// lie.
type Printing struct {
	Quote *Quote
	Text  string
}

// Agree gives a remark the speaker its outlets agree on where one
// outlet's reading is the weaker: a quotation whose speaker was read
// through a pronoun (“…,” he said), resolved to someone else, takes the
// speaker the other outlets name, when every outlet that names one by
// name names the same person (by the last word of the name, as the
// report's names are; see [Canonicalize]) and the pronoun may stand for
// them (he is no Ann Hale). Its role, read with the other person, is
// dropped; its mention stays the pronoun it was read from. Agree changes
// the quotations in place and returns how many it changed.
func Agree(remark []Printing) int {
	name, key := "", ""
	for _, p := range remark {
		if p.Quote.Short || !namedBy(p) {
			continue
		}
		k := lastWordKey(p.Quote.Speaker)
		switch {
		case key == "":
			name, key = p.Quote.Speaker, k
		case k != key:
			return 0 // the outlets name different people: a disagreement to show
		case len(p.Quote.Speaker) > len(name):
			name = p.Quote.Speaker
		}
	}
	if key == "" {
		return 0
	}
	changed := 0
	for _, p := range remark {
		q := p.Quote
		m := q.SpeakerMention
		if q.Short || m.Len() == 0 || m.End > len(p.Text) || lastWordKey(q.Speaker) == key {
			continue
		}
		pronoun := m.Text(p.Text)
		if want := pronounGender(pronoun); want == genderUnknown || !genderMayBe(name, want) || !namesBefore(p.Text, q.Start, name) {
			continue
		}
		q.Speaker, q.SpeakerRole = name, ""
		changed++
	}
	return changed
}

// namedBy reports whether p's speaker was read from a name the outlet
// writes (Hale said), not through a pronoun or as a description (a
// spokesman).
func namedBy(p Printing) bool {
	q := p.Quote
	m := q.SpeakerMention
	if !isNamed(q.Speaker) || m.Len() == 0 || m.End > len(p.Text) || isPronoun(m.Text(p.Text)) {
		return false
	}
	toks := attrTokenize(q.Speaker, 0, len(q.Speaker))
	return len(toks) > 0 && toks[0].capitalised()
}

// namesBefore reports whether text names the person name before byte
// end, by the last word of the name: a pronoun stands only for someone
// its own article has named.
func namesBefore(text string, end int, name string) bool {
	last := lastWord(trimPossessive(name))
	for from := 0; last != "" && from < end; {
		i := strings.Index(text[from:end], last)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(last):])
		if !isQuoteWordRune(before) && !isQuoteWordRune(after) {
			return true
		}
		from = i + len(last)
	}
	return false
}

// genderMayBe reports whether the person name may be of gender g: neither
// a title nor a first name says the other.
func genderMayBe(name string, g gender) bool {
	got := personGender(attrTokenize(name, 0, len(name)))
	return got == genderUnknown || got == g
}

// lastWordKey is the lower-case last word of a speaker's name, without a
// possessive ending: the key one person's names share.
func lastWordKey(sp string) string { return textutil.ToLower(lastWord(trimPossessive(sp))) }
