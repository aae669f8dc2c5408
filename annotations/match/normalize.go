package match

import (
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"golang.org/x/text/unicode/norm"
)

// A token is one normalised word of a document together with the byte span
// it came from, so that any run of tokens maps back to exact offsets.
//
// Normalisation works on words rather than characters because everything the
// matcher compares is word aligned: quotation fragments, n-gram shingles and
// the windows handed to the edit distance. Punctuation, quotation marks,
// dashes and spacing therefore disappear between tokens, while connectors
// inside a word are dropped so that "cease-fire" and "ceasefire", "Let’s" and
// "Let's", "U.S." and "US" all give one and the same token.
type token struct {
	word  int32 // index into lexicon.words
	start int32 // byte offset of the token's first rune in the text
	end   int32 // byte offset just past its last rune
}

// A lexicon interns normalised words so that tokens compare, hash and align
// as small integers. One lexicon serves one call of Match, so the same words
// get the same numbers in every document.
type lexicon struct {
	// table holds id+1 of the words by hash, linear probing, 0 when free:
	// a hand-made table, since Go's maps hash strings slowly in
	// WebAssembly and every token of every document is looked up.
	table []int32
	hash  []uint32 // hash[id] is the hash of words[id], for growing the table
	words []string
	stop  []bool // stop[id] reports whether the word is an English stopword
	// negation[id] reports whether the word negates what follows it.
	negation []bool
	buf      []byte
}

func newLexicon() *lexicon {
	return &lexicon{table: make([]int32, 1<<12)}
}

// intern returns the id of the normalised word w, whose wordHash is h,
// adding it if needed.
func (l *lexicon) intern(w []byte, h uint32) int32 {
	mask := uint32(len(l.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := l.table[i]
		if e == 0 {
			s := string(w)
			id := int32(len(l.words))
			l.table[i] = id + 1
			l.hash = append(l.hash, h)
			l.words = append(l.words, s)
			l.stop = append(l.stop, matchStopwords.Has(s))
			l.negation = append(l.negation, negations.Has(s))
			if 2*len(l.words) > len(l.table) {
				l.grow()
			}
			return id
		}
		if l.hash[e-1] == h && l.words[e-1] == string(w) {
			return e - 1
		}
	}
}

// grow doubles the table, keeping it at most half full.
func (l *lexicon) grow() {
	l.table = make([]int32, 2*len(l.table))
	mask := uint32(len(l.table) - 1)
	for id, h := range l.hash {
		i := h & mask
		for l.table[i] != 0 {
			i = (i + 1) & mask
		}
		l.table[i] = int32(id) + 1
	}
}

// tokenize appends to dst the tokens of text[from:to]. Token boundaries never
// fall inside a rune, and the tokens come out in text order with
// non-overlapping spans.
func (l *lexicon) tokenize(dst []token, text string, from, to int) []token {
	i := from
	for i < to {
		if c := text[i]; c < utf8.RuneSelf && !textutil.ASCIIAlnum[c] {
			i++ // ASCII space or punctuation: no tables needed
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:to])
		if !isTokenRune(r) {
			i += n
			continue
		}
		start := i
		i = wordEnd(text, i, to)
		if w, h := l.normalize(text[start:i]); len(w) > 0 {
			dst = append(dst, token{word: l.intern(w, h), start: int32(start), end: int32(i)})
		}
	}
	return dst
}

// wordEnd returns the end of the word that starts at i: a run of letters and
// digits, continued across a connector (apostrophe, hyphen, a period after a
// single letter as in "U.S.", a comma or period between digits) when a letter
// or digit follows it.
func wordEnd(text string, i, to int) int {
	runStart := i // start of the current run of word runes, for "U.S."
	for i < to {
		if c := text[i]; c < utf8.RuneSelf && textutil.ASCIIAlnum[c] {
			i++
			continue
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:to])
			if isTokenRune(r) {
				i += n
				continue
			}
		}
		// Most words end at a space or a mark that joins nothing: only a
		// connector needs its neighbours decoded.
		if i+n >= to || !isConnector(r) {
			return i
		}
		next, _ := utf8.DecodeRuneInString(text[i+n : to])
		prev, _ := utf8.DecodeLastRuneInString(text[runStart:i])
		if !joins(r, prev, next, i-runStart) {
			return i
		}
		i += n
		runStart = i
	}
	return i
}

// joins reports whether the connector r, between prev and next, keeps one
// word together; runLen is the byte length of the run before it.
func joins(r, prev, next rune, runLen int) bool {
	if !isTokenRune(next) {
		return false
	}
	switch {
	case isApostrophe(r), isHyphen(r):
		return unicode.IsLetter(next) || unicode.IsDigit(next)
	case r == '.':
		// Abbreviations such as U.S. or U.N.: one letter, a period, a letter.
		if unicode.IsLetter(prev) && runLen == utf8.RuneLen(prev) && unicode.IsLetter(next) {
			return true
		}
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	case r == ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

// normalize returns the comparable form of one word: NFKC, accents removed,
// lower case, connectors dropped, and its FNV-1a hash for intern, worked
// out on the way. The result is only valid until the next call.
func (l *lexicon) normalize(w string) ([]byte, uint32) {
	b := l.buf[:0]
	if textutil.IsASCII(w) {
		// ASCII is already in NFKC and carries no accents: skip the tables.
		h := uint32(fnvOffset)
		for i := 0; i < len(w); i++ {
			// asciiKey lowers letters and drops connectors.
			if c := textutil.ASCIIKey[w[i]]; c != 0 {
				b = append(b, c)
				h = (h ^ uint32(c)) * fnvPrime
			}
		}
		l.buf = b
		return b, h
	}
	for _, r := range norm.NFKD.String(norm.NFKC.String(w)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// A combining accent: "Peña" and "Pena" compare equal.
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	l.buf = b
	h := uint32(fnvOffset)
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return b, h
}

// The 32-bit FNV-1a parameters of the lexicon's hash.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// isTokenRune reports whether r belongs inside a word.
func isTokenRune(r rune) bool {
	if textutil.IsGeneralPunctuation(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
}

// isConnector reports whether r may join two parts of one word; see joins.
func isConnector(r rune) bool {
	return r == '.' || r == ',' || isApostrophe(r) || isHyphen(r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´', '′':
		return true
	}
	return false
}

// isHyphen accepts the hyphen and the characters outlets type for it, but not
// the en and em dashes, which separate words.
func isHyphen(r rune) bool {
	switch r {
	case '-', '‐', '‑', '­':
		return true
	}
	return false
}

// appendRunes appends to dst the normalised words of toks separated by single
// spaces, the form the character edit distance compares.
func (l *lexicon) appendRunes(dst []rune, toks []token) []rune {
	for i, t := range toks {
		if i > 0 {
			dst = append(dst, ' ')
		}
		for _, r := range l.words[t.word] {
			dst = append(dst, r)
		}
	}
	return dst
}

// negations are the words, as normalised, that turn a statement into its
// opposite; a remark that gains or loses one is a different remark.
var negations = textutil.NewWordSet(`not no never nobody nothing none neither nor cannot cant dont doesnt
		didnt wont wouldnt shouldnt couldnt isnt arent wasnt werent hasnt havent hadnt mustnt neednt
		aint nowhere`)

// matchStopwords are common English function words, as normalised. They
// carry no evidence that two contexts speak about the same thing, and
// quotations made of nothing else are never linked by containment. Beyond
// textutil.EnglishStopwords they hold the words of attribution (told,
// according, mr) and the pieces normalising leaves of contractions (s, t,
// ll, dont), and not the other languages' words the cleaner's set has.
var matchStopwords = textutil.NewWordSet(textutil.EnglishStopwords + " " +
	`s t d ll m re ve say told tells added adding according mr mrs ms dr one us lets dont cant wont
		im youre theyre thats theres isnt wasnt didnt doesnt`)
