package synth

import "strings"

// Filler is the reporter's own prose: third person, past tense, without a
// single quotation mark, so every quotation in a corpus is a planted one.
// Every sentence is composed from several independent choices, with no fixed
// stretch longer than a few words.

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

// fillerSentence returns one sentence of about six to forty words. Its
// shape varies and no more than two fixed words stand together: a longer
// fixed stretch would recur across unrelated articles far more often than
// real prose does, and the matcher would rightly see a shared passage.
func (g *generator) fillerSentence() string {
	var s string
	switch g.r.IntN(6) {
	case 0, 1:
		s = g.actor() + " " + pick(g.r, pastVerbs) + " " + g.thing()
	case 2:
		s = capitalize(g.thing()) + " was " + pick(g.r, pastVerbs) + " by " + g.agent()
	case 3:
		// Reported speech: a speaker named without quotation marks.
		s = pick(g.r, g.speakers).name() + " said " + g.agent() + " " + pick(g.r, pastVerbs) + " " + g.thing()
	case 4:
		s = capitalize(pick(g.r, moreNumbers)) + " " + pick(g.r, plurals) + " were " + pick(g.r, pastVerbs)
	default:
		s = g.when() + ", " + g.agent() + " " + pick(g.r, pastVerbs) + " " + g.thing()
		s = capitalize(s)
	}
	if g.r.IntN(100) < 50 {
		s += " " + pick(g.r, prepositions) + " " + g.place()
	}
	if g.r.IntN(100) < 40 {
		s += " " + g.when()
	}
	if g.r.IntN(100) < 35 {
		s += ", " + pick(g.r, connectors) + " " + g.agent() + " " + pick(g.r, pastVerbs) + " " + g.thing()
	}
	return s + "."
}

var prepositions = list(`in, near, outside, behind, across, along, beyond, around, for, against, towards,
	opposite, next to, close to, north of, south of, east of, west of`)

// actor returns who did something: an agent or a person.
func (g *generator) actor() string {
	if g.r.IntN(4) == 0 {
		return pick(g.r, g.speakers).name()
	}
	return capitalize(g.agent())
}

// agent returns a body such as "the ferry operator" or "the nurses in
// Kessing".
func (g *generator) agent() string {
	a := pick(g.r, agents)
	if g.r.IntN(4) == 0 {
		a += " in " + pick(g.r, places)
	}
	return a
}

// place returns where: a town, or a thing in one.
func (g *generator) place() string {
	if g.r.IntN(2) == 0 {
		return pick(g.r, places)
	}
	return g.thing()
}

// thing returns an object such as "the shared depot" or "a seasonal ferry".
func (g *generator) thing() string {
	switch g.r.IntN(5) {
	case 0:
		a := pick(g.r, adjectives)
		if strings.ContainsRune("aeiou", rune(a[0])) {
			return "an " + a + " " + pick(g.r, nouns)
		}
		return "a " + a + " " + pick(g.r, nouns)
	case 1, 2:
		return pick(g.r, thingDeterminers) + " " + pick(g.r, adjectives) + " " + pick(g.r, nouns)
	}
	return pick(g.r, thingDeterminers) + " " + pick(g.r, nouns)
}

var thingDeterminers = list(`the, the, the, its, their, this, that, every, one, another`)

// when returns a time: "on Tuesday evening", "three weeks ago".
func (g *generator) when() string {
	switch g.r.IntN(6) {
	case 0:
		return "on " + pick(g.r, days)
	case 1:
		return "on " + pick(g.r, days) + " " + pick(g.r, dayParts)
	case 2:
		return "in " + pick(g.r, months)
	case 3:
		return "last " + pick(g.r, periods)
	case 4:
		return pick(g.r, moreNumbers[:10]) + " " + pick(g.r, []string{"days", "weeks", "months"}) + " ago"
	}
	return "since " + pick(g.r, moments)
}
