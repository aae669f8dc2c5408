package quote

import "github.com/crossquote/crossquote/annotations/internal/textutil"

// englishFunctionWords are the commonest English function words, whose
// share of a text's words tells English prose from another language's.
var englishFunctionWords = textutil.NewWordSet(textutil.EnglishStopwords)

// minLanguageWords is the fewest words a text needs before the share of
// English function words says anything of its language: a shorter one may
// be a headline or a list of names.
const minLanguageWords = 50

// maxLanguageWords is how many words from a text's start are counted: a
// page's language shows in its first words, and the bound keeps the work
// per document constant.
const maxLanguageWords = 300

// englishShareDivisor sets the share of English function words below which
// a text is read as another language's: English news has about one word
// in three of them, other languages one in fifteen or fewer (their a, no,
// do, as), so one in ten parts the two.
const englishShareDivisor = 10

// isEnglish reports whether text reads as English: at least one word in
// englishShareDivisor is an English function word, or the text is too
// short to tell. The speaker grammar is English; on a page in another
// language, a capitalised word that opens a sentence or a line is no
// evidence of a person (Quando, Saat), and only an attribution with an
// English speech verb is read.
func isEnglish(text string) bool {
	words, function := 0, 0
	for i := 0; words < maxLanguageWords; {
		s, e := textutil.NextWord(text, i)
		if s < 0 {
			break
		}
		i = e
		words++
		if englishFunctionWords.HasFold(text[s:e]) {
			function++
			// Settled once no words still to come could bring the
			// share under the bar: a word takes at least two bytes
			// with its separator.
			if most := min(maxLanguageWords, words+(len(text)-i+1)/2); words >= minLanguageWords && function*englishShareDivisor >= most {
				return true
			}
		}
	}
	return words < minLanguageWords || function*englishShareDivisor >= words
}
