package synth

import "strings"

// Filler is the reporter's own prose: third person, past tense, without a
// single quotation mark, so every quotation in a corpus is a planted one.

// title returns a headline such as "Northvale Bridge Vote Delayed Again".
func (g *generator) title() string {
	noun := pick(g.r, nouns)
	words := []string{pick(g.r, places), noun, pick(g.r, titleNouns)}
	switch g.r.IntN(3) {
	case 0:
		words = append(words, "Delayed Again")
	case 1:
		words = append([]string{pick(g.r, adjectives)}, words...)
	}
	return titleCase(strings.Join(words, " "))
}

func titleCase(s string) string {
	w := strings.Fields(s)
	for i := range w {
		w[i] = capitalize(w[i])
	}
	return strings.Join(w, " ")
}

// fillerParagraph returns n filler sentences.
func (g *generator) fillerParagraph(n int) string {
	s := make([]string, n)
	for i := range s {
		s[i] = g.fillerSentence()
	}
	return strings.Join(s, " ")
}

// fillerSentence returns one sentence of five to about forty words.
func (g *generator) fillerSentence() string {
	var s string
	switch g.r.IntN(7) {
	case 0:
		s = pick(g.r, fillerSubjects) + " in " + pick(g.r, places) + " " + pick(g.r, fillerVerbs) +
			" the " + pick(g.r, adjectives) + " " + pick(g.r, nouns) + " " + pick(g.r, fillerTimes)
	case 1:
		s = capitalize(pick(g.r, numbers)) + " " + pick(g.r, fillerPlurals) + " were affected " + pick(g.r, fillerTimes)
	case 2:
		s = "The " + pick(g.r, nouns) + " in " + pick(g.r, places) + " was " + pick(g.r, fillerVerbs) + " " + pick(g.r, fillerTimes)
	case 3:
		// Reported speech: a speaker named without quotation marks.
		sp := pick(g.r, g.speakers)
		s = sp.name() + " said the " + pick(g.r, nouns) + " would be " + pick(g.r, fillerVerbs) + " " + pick(g.r, fillerTimes)
	case 4:
		s = "It was not clear when the " + pick(g.r, adjectives) + " " + pick(g.r, nouns) + " would reopen"
	case 5:
		s = "The " + pick(g.r, nouns) + " serves " + pick(g.r, numbers) + " " + pick(g.r, fillerPlurals) +
			" and cost " + pick(g.r, numbers) + " euros to run last year"
	default:
		s = pick(g.r, fillerSubjects) + " " + pick(g.r, fillerVerbs) + " the plans for the " + pick(g.r, nouns)
	}
	if g.r.IntN(100) < 45 {
		s += ", " + pick(g.r, fillerTails)
	}
	if g.r.IntN(100) < 20 {
		subj := pick(g.r, fillerSubjects)
		s += ", and " + strings.ToLower(subj[:1]) + subj[1:] + " " +
			pick(g.r, fillerVerbs) + " the " + pick(g.r, nouns) + " " + pick(g.r, fillerTimes)
	}
	return s + "."
}
