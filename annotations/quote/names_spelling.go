package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
)

// minVariantLetters is the fewest letters a word of a name needs before a
// one-letter difference reads as another spelling of it (Hesham, Hisham;
// Morsi, Morsy) rather than another name (Tom, Tim; Ann, Ana).
const minVariantLetters = 4

// unifySpellings gives a person whom the outlets of one report spell
// differently one name: full names of as many words, with the same
// initials, whose differing words are each one letter apart (one
// added, dropped, changed or two swapped) and long enough to be spellings
// of one word (see minVariantLetters). Transliterated names come so
// (Hesham Kandil in one outlet, Hisham Kandil in another), and so do
// typing slips. Two forms that one document writes as two speakers are
// two people, and are left apart. A person's name becomes the form most
// quotations carry; on a tie the first in byte order, so that the report
// does not depend on the order of its documents.
func unifySpellings(docs [][]Quote) {
	count := map[string]int{}
	docsOf := map[string][]int{} // the documents a form is a speaker in, ascending
	for d, qs := range docs {
		for _, q := range qs {
			if !isNamed(q.Speaker) || !capitalisedName(q.Speaker) {
				continue
			}
			count[q.Speaker]++
			if ds := docsOf[q.Speaker]; len(ds) == 0 || ds[len(ds)-1] != d {
				docsOf[q.Speaker] = append(ds, d)
			}
		}
	}
	// Variants share their initials: only forms in one bucket are compared.
	buckets := map[string][]string{}
	for sp := range count {
		k := initials(sp)
		buckets[k] = append(buckets[k], sp)
	}
	pick := map[string]string{}
	for _, forms := range buckets {
		if len(forms) < 2 {
			continue
		}
		slices.Sort(forms)
		for i, a := range forms {
			for _, b := range forms[i+1:] {
				if !spellingVariants(a, b) || sharesDocument(docsOf[a], docsOf[b]) {
					continue
				}
				ra, rb := rootOf(pick, a), rootOf(pick, b)
				if ra == rb {
					continue
				}
				if count[rb] > count[ra] || count[rb] == count[ra] && rb < ra {
					ra, rb = rb, ra
				}
				pick[rb] = ra
			}
		}
	}
	if len(pick) == 0 {
		return
	}
	for _, qs := range docs {
		for i := range qs {
			if _, ok := pick[qs[i].Speaker]; ok {
				qs[i].Speaker = rootOf(pick, qs[i].Speaker)
			}
		}
	}
}

// capitalisedName reports whether sp is a person's full name as a name
// is written: two words or more, each opening with a capital, and no
// possessive. A description (the judges, Reed's lawyers) differs from
// another by a letter without being its spelling.
func capitalisedName(sp string) bool {
	words := strings.Fields(sp)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || isPossessive(w) {
			return false
		}
	}
	return true
}

// rootOf follows pick from the form sp to the form its person is shown by.
func rootOf(pick map[string]string, sp string) string {
	for {
		next, ok := pick[sp]
		if !ok {
			return sp
		}
		sp = next
	}
}

// initials returns the number of words of the name sp and their first
// letters, lower-cased: the key its spelling variants share.
func initials(sp string) string {
	var b strings.Builder
	for _, w := range strings.Fields(sp) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// spellingVariants reports whether the names a and b, of as many words,
// differ only in words one letter apart that are long enough to be
// spellings of one word (see minVariantLetters).
func spellingVariants(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	differ := false
	for i := range wa {
		x, y := textutil.ToLower(wa[i]), textutil.ToLower(wb[i])
		if x == y {
			continue
		}
		if utf8.RuneCountInString(x) < minVariantLetters || utf8.RuneCountInString(y) < minVariantLetters || !oneEditApart([]rune(x), []rune(y)) {
			return false
		}
		differ = true
	}
	return differ
}

// oneEditApart reports whether x and y differ by one letter added,
// dropped or changed, or by two neighbouring letters swapped.
func oneEditApart(x, y []rune) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) < len(y) {
		return slices.Equal(x[i:], y[i+1:]) // one letter added
	}
	if i == len(x) {
		return false // equal
	}
	if slices.Equal(x[i+1:], y[i+1:]) {
		return true // one letter changed
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && slices.Equal(x[i+2:], y[i+2:])
}

// sharesDocument reports whether the ascending document lists a and b
// hold a document in common.
func sharesDocument(a, b []int) bool {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return true
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}
