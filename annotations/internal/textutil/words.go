package textutil

import (
	"strings"
	"unicode/utf8"
)

// EnglishStopwords are the commonest English function words, as a
// space-separated list: the one list both stages build their stopword sets
// from, each adding the words of its own purpose.
const EnglishStopwords = `a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves also says said its it's`

// EnglishMonths are the months' names, as a space-separated list: the one
// list the stages build their date and name word sets from.
const EnglishMonths = `january february march april may june july august september october november december`

// stopwords are common function words. Their density tells running prose
// (dense) from menus, headings and lists of names (sparse). Besides
// EnglishStopwords they hold common contractions as printed and the
// commonest function words of other languages the reader may drop in.
var stopwords = NewWordSet(EnglishStopwords + " " +
	`he's she's they're don't didn't isn't wasn't won't can't would've there's that's who's` + " " +
	// Spanish, Portuguese, French, German, Italian, Russian, Indonesian.
	`de la que el en y los se del las un por con una su para es al lo como más pero sus le ya o
este ha si sin sobre entre cuando muy también hasta desde está e do da em um é com não os no na
mais as dos mas foi ao ele das tem à seu sua ou ser há nos já só pelo pela até isso et les des du
qui dans plus pas au sur ne ce il sont avec ou mais nous vous elle été aux leur der und den von zu
das mit sich auf für ist im dem nicht ein eine als auch es werden aus er hat dass sie nach wird bei
einer noch wie einem über einen zum war haben nur oder aber vor zur bis durch di che il per è sono
mi non le da con ma del della gli nel alla più anche questo и в не на я что с он а как это по но
из у к же за от то для yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena
oleh ada`)

// A WordSet is a set of lowercase words. Looking a word up is the
// cleaner's commonest operation, and in WebAssembly, where Go's maps hash
// strings without hardware help, a map lookup costs several times more
// than here: ASCII words, nearly all of them, are found in a small
// open-addressing table hashed while the word is read, and only the others
// go to a map. Most words looked up are in no set, and their first and
// last letters alone tell most of them so, without hashing.
type WordSet struct {
	slots []string // ASCII words by hash, linear probing; "" is free
	all   map[string]bool
	// ends marks the first and last bytes, five bits of each (a letter in
	// either case), of the words whose first and last bytes are ASCII.
	ends [32]uint32
}

// NewWordSet returns the set of the words of s, separated by white space.
// It is the one way the engine builds a word list.
func NewWordSet(s string) *WordSet {
	words := strings.Fields(s)
	size := 16
	for size < 4*len(words) {
		size *= 2
	}
	set := &WordSet{slots: make([]string, size), all: make(map[string]bool, len(words))}
	for _, w := range words {
		set.all[w] = true
		if w[0] < utf8.RuneSelf && w[len(w)-1] < utf8.RuneSelf {
			set.ends[w[0]&31] |= 1 << (w[len(w)-1] & 31)
		}
		if _, ascii := set.lookup(w, false); ascii {
			set.insert(w)
		}
	}
	return set
}

func (s *WordSet) insert(w string) {
	h, _ := wordHash(w, false)
	for i := s.slot(h); ; i = (i + 1) & (len(s.slots) - 1) {
		if s.slots[i] == "" || s.slots[i] == w {
			s.slots[i] = w
			return
		}
	}
}

func (s *WordSet) slot(h uint32) int {
	return int((h * 0x9e3779b1) >> 16 & uint32(len(s.slots)-1))
}

// wordHash hashes w, with ASCII capitals folded to lowercase when fold is
// set; ascii is false, and the hash meaningless, when w is not all ASCII.
func wordHash(w string, fold bool) (h uint32, ascii bool) {
	h = uint32(len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if fold && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = h*31 + uint32(c)
	}
	return h, true
}

// lookup reports whether the set holds w, or with fold w with its ASCII
// capitals lowered, when w is ASCII or told absent by its first and last
// bytes; ascii is false otherwise, and found then means nothing.
func (s *WordSet) lookup(w string, fold bool) (found, ascii bool) {
	if n := len(w); n > 0 && w[0] < utf8.RuneSelf && w[n-1] < utf8.RuneSelf && s.ends[w[0]&31]&(1<<(w[n-1]&31)) == 0 {
		// No word of the set begins and ends so, in either case; nor
		// does w lowered, whose first and last bytes stay these ASCII
		// ones: neither the table nor the map holds it.
		return false, true
	}
	h, ascii := wordHash(w, fold)
	if !ascii {
		return false, false
	}
	for i := s.slot(h); ; i = (i + 1) & (len(s.slots) - 1) {
		e := s.slots[i]
		if e == "" {
			return false, true
		}
		if len(e) == len(w) && (e == w || fold && strings.EqualFold(e, w)) {
			return true, true
		}
	}
}

// Has reports whether the set holds w exactly.
func (s *WordSet) Has(w string) bool {
	if found, ascii := s.lookup(w, false); ascii {
		return found
	}
	return s.all[w]
}

// HasFold reports whether the set holds w lowered ([ToLower]), without
// making the lowered copy when w is ASCII.
func (s *WordSet) HasFold(w string) bool {
	if found, ascii := s.lookup(w, true); ascii {
		return found
	}
	return s.all[ToLower(w)]
}

// IsStopword reports whether w, in any case and with either apostrophe,
// is one of the stopwords: common function words of English and of a few
// other languages, whose density tells running prose from menus, headings
// and lists of names. Words longer than MaxStopword bytes never are.
func IsStopword(w string) bool {
	if len(w) == 0 || len(w) > MaxStopword {
		return false
	}
	if !IsASCII(w) {
		return isStopwordSlow(w)
	}
	// Most words are not stopwords, and their length, first and last
	// letter say so without a call or a hash; the few stopwords of that
	// shape are compared whole.
	k := stopShapes[len(w)][w[0]&31][w[len(w)-1]&31]
	if k == 0 {
		return false
	}
	for _, s := range stopsByShape[k-1] {
		if EqualFoldASCII(w, s) {
			return true
		}
	}
	return false
}

// MaxStopword is the length in bytes beyond which no word counts as a
// stopword.
const MaxStopword = 10

// stopShapes[n][f][l] is 1 + the index in stopsByShape of the ASCII
// stopwords of n bytes whose first and last bytes are f and l in their low
// five bits, which a letter shares with its capital, and 0 when there are
// none: a table small enough to stay in cache, as every word is looked up.
var stopShapes, stopsByShape = func() (t [MaxStopword + 1][32][32]uint16, byShape [][]string) {
	for _, w := range stopwords.slots {
		if w == "" || len(w) > MaxStopword {
			continue
		}
		k := &t[len(w)][w[0]&31][w[len(w)-1]&31]
		if *k == 0 {
			byShape = append(byShape, nil)
			*k = uint16(len(byShape))
		}
		byShape[*k-1] = append(byShape[*k-1], w)
	}
	return t, byShape
}()

// isStopwordSlow is IsStopword for words that are not ASCII.
func isStopwordSlow(w string) bool {
	if stopwords.all[w] {
		return true
	}
	// The words of the set are lowercase, so w is one of them when its
	// lowercase form is. Only a word with capitals or a curly apostrophe
	// needs the allocating forms.
	return stopwords.all[ToLower(strings.ReplaceAll(w, "’", "'"))]
}
