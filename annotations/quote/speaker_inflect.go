package quote

import "strings"

// inflectAll returns the verbs of the list with their forms, so that a
// rule that knows one form of a verb knows all: each entry is a verb's
// base form, and after colons its irregular past and past participle
// (write:wrote:written) or its one irregular past for both (send:sent);
// a + after the base doubles its last consonant before -ed and -ing
// (admit+: admitted, admitting). The present in -s, the participle in
// -ing and, for a regular verb, the past in -ed follow English spelling.
func inflectAll(list string) string {
	var b strings.Builder
	for _, e := range strings.Fields(list) {
		forms := strings.Split(e, ":")
		base, double := strings.CutSuffix(forms[0], "+")
		stem := base
		if double {
			stem += base[len(base)-1:]
		}
		b.WriteString(base + " " + thirdPerson(base) + " " + presentParticiple(stem))
		if len(forms) == 1 {
			b.WriteString(" " + regularPast(stem))
		}
		for _, f := range forms[1:] {
			b.WriteString(" " + f)
		}
		b.WriteString(" ")
	}
	return b.String()
}

// pluralAll returns the nouns of the list and their plurals.
func pluralAll(list string) string {
	var b strings.Builder
	for _, n := range strings.Fields(list) {
		b.WriteString(n + " " + thirdPerson(n) + " ")
	}
	return b.String()
}

// thirdPerson returns the present's third person of a verb, or a noun's
// plural, which English spells alike (posts, replies, addresses).
func thirdPerson(w string) string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "x"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

// presentParticiple returns a verb's form in -ing (writing, posting).
func presentParticiple(w string) string {
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") {
		return w[:len(w)-1] + "ing"
	}
	return w + "ing"
}

// regularPast returns a regular verb's past in -ed (posted, replied,
// issued).
func regularPast(w string) string {
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1] + "ied"
	}
	return w + "ed"
}

// isVowel reports whether the ASCII letter c is a vowel.
func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
