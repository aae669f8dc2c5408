package check

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Turn is one speaker's turn in a transcript: the label as printed, without
// its colon, and the span of what the speaker said.
type Turn struct {
	// Speaker is the label, such as "MR. HALVORSEN", "Q" or
	// "ANA BRANDVOLD (Mayor)".
	Speaker string `json:"speaker"`
	// Label is the span of the label in the original, colon included.
	Label Span `json:"label"`
	// Speech is the span of the turn's words: from after the label to the
	// next label or the end of the text, without surrounding white space.
	Speech Span `json:"speech"`
}

// A labelMatch is a speaker label found at the start of a line.
type labelMatch struct {
	name, role Span // role is empty when the label has none
	end        int  // after the colon and the blanks that follow it
}

// maxRole is the longest role in parentheses after a name, in bytes.
const maxRole = 160

// matchLabel reads a speaker label at i, the start of a line: perhaps a
// time stamp ("[00:12:31]", "00:12"); one to five words in capitals ("Q",
// "MR. HALVORSEN", "ANA BRANDVOLD", "SPEAKER 2"), or one to four
// capitalised words after an honorific ("Dr. Lindqvist") or two to four
// without ("Ana Brandvold"); perhaps a role in parentheses; then a colon
// followed by a blank or the end of the line. The colon must follow at once,
// so a sentence that merely begins in capitals is not a label.
func matchLabel(text string, i int) (labelMatch, bool) {
	blanks := func(i int) int {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
			i++
		}
		return i
	}
	i = blanks(i)
	if j := timeStamp(text, i); j > i && j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		i = blanks(j)
	}
	var m labelMatch
	var words []string
	start, end := i, i
	for len(words) <= 5 {
		j := i
		for j < len(text) && !strings.ContainsRune(" \t\r\n:(", rune(text[j])) {
			j++
		}
		if j == i {
			break
		}
		words = append(words, text[i:j])
		end = j
		i = blanks(j)
		if i == j && i < len(text) && text[i] != ':' && text[i] != '(' {
			return m, false
		}
	}
	if !capitals(words) && !capitalised(words) {
		return m, false
	}
	m.name = Span{Start: start, End: end}
	if i < len(text) && text[i] == '(' {
		j := strings.IndexAny(text[i+1:], "()\n")
		if j < 1 || j > maxRole || text[i+1+j] != ')' {
			return m, false
		}
		m.role = Span{Start: i + 1, End: i + 1 + j}
		i = blanks(i + 2 + j)
	}
	if i >= len(text) || text[i] != ':' {
		return m, false
	}
	i++
	if i < len(text) && !strings.ContainsRune(" \t\r\n", rune(text[i])) {
		return m, false
	}
	m.end = blanks(i)
	return m, true
}

// timeStamp returns the end of a time stamp at i ("00:12", "[0:12:31]"),
// or i.
func timeStamp(text string, i int) int {
	j := i
	if j < len(text) && text[j] == '[' {
		j++
	}
	digits := func(min, max int) bool {
		n := 0
		for j < len(text) && n < max && '0' <= text[j] && text[j] <= '9' {
			j++
			n++
		}
		return n >= min
	}
	if !digits(1, 2) || j >= len(text) || text[j] != ':' {
		return i
	}
	j++
	if !digits(2, 2) {
		return i
	}
	if j < len(text) && text[j] == ':' {
		j++
		if !digits(2, 2) {
			return i
		}
	}
	if text[i] == '[' {
		if j >= len(text) || text[j] != ']' {
			return i
		}
		j++
	}
	return j
}

// capitals reports whether words are one to five words in capitals, the
// first starting with a letter, the others perhaps with a digit.
func capitals(words []string) bool {
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for k, w := range words {
		for n, r := range w {
			switch {
			case unicode.IsUpper(r):
			case unicode.IsDigit(r) && k > 0:
			case n > 0 && (unicode.Is(unicode.Mn, r) || strings.ContainsRune("'’.-", r)):
			default:
				return false
			}
		}
	}
	return true
}

// capitalised reports whether words are a name in title case: one to four
// capitalised words after an honorific, or two to four without.
func capitalised(words []string) bool {
	if len(words) > 0 && labelHonorifics[strings.TrimSuffix(words[0], ".")] {
		words = words[1:]
		if len(words) == 0 {
			return false
		}
	} else if len(words) < 2 {
		return false
	}
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) < 2 {
			return false
		}
		for n, r := range w {
			switch {
			case n == 0 && unicode.IsUpper(r):
			case n > 0 && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || strings.ContainsRune("'’-", r)):
			default:
				return false
			}
		}
	}
	return true
}

// labelHonorifics may open a name in title case: "Dr. Lindqvist:".
var labelHonorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Mx": true, "Dr": true, "Prof": true}

// notSpeakers are first words of labels that head a section of a release
// or a transcript's front matter rather than a turn of speech.
var notSpeakers = map[string]bool{
	"note": true, "notes": true, "contact": true, "contacts": true, "source": true, "update": true,
	"editor's": true, "editors": true, "photo": true, "about": true, "media": true, "date": true,
	"time": true, "location": true, "subject": true, "re": true, "transcript": true, "for": true,
	"embargoed": true, "key": true, "background": true, "ends": true, "end": true,
}

// parseTurns returns the speaker turns of text, in order. Text before the
// first label belongs to no turn. A text without labels has no turns.
func parseTurns(text string) []Turn {
	var turns []Turn
	for i := 0; i < len(text); {
		if m, ok := matchLabel(text, i); ok {
			name := m.name.Text(text)
			if !notSpeakers[strings.ToLower(strings.TrimRight(strings.Fields(name)[0], ".:"))] {
				speaker := name
				if m.role.End > m.role.Start {
					speaker += " (" + m.role.Text(text) + ")"
				}
				colon := strings.LastIndexByte(text[:m.end], ':')
				turns = append(turns, Turn{Speaker: speaker, Label: Span{Start: m.name.Start, End: colon + 1}, Speech: Span{Start: m.end, End: m.end}})
			}
		}
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl + 1
	}
	for i := range turns {
		end := len(text)
		if i+1 < len(turns) {
			end = turns[i+1].Label.Start
		}
		start := turns[i].Speech.Start
		sp := text[start:end]
		lead := len(sp) - len(strings.TrimLeft(sp, " \t\r\n"))
		turns[i].Speech = Span{Start: start + lead, End: start + len(strings.TrimRight(sp, " \t\r\n"))}
		if turns[i].Speech.End < turns[i].Speech.Start {
			turns[i].Speech.End = turns[i].Speech.Start
		}
	}
	return turns
}

// honorifics are the label words that are not part of a name.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "prof": true, "professor": true,
	"sen": true, "senator": true, "rep": true, "gov": true, "governor": true, "mayor": true,
	"minister": true, "the": true, "hon": true, "sir": true, "dame": true, "judge": true,
	"jr": true, "sr": true, "ii": true, "iii": true, "phd": true,
}

// roleWords name a part in the proceedings rather than a person: a label
// made of them alone ("THE PRESIDENT", "MODERATOR", "SPEAKER 2") does not
// say who spoke.
var roleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "chancellor": true, "chair": true, "chairman": true,
	"chairwoman": true, "chairperson": true, "moderator": true, "host": true, "interviewer": true,
	"speaker": true, "operator": true, "presenter": true, "spokesperson": true, "spokesman": true,
	"spokeswoman": true, "secretary": true, "commissioner": true, "councillor": true, "councilor": true,
	"deputy": true, "chief": true, "inspector": true, "director": true, "officer": true, "clerk": true,
	"unidentified": true, "participant": true, "voice": true, "male": true, "female": true,
	"narrator": true, "announcer": true, "translator": true, "interpreter": true, "court": true,
}

// questioners label the press's side of a briefing: what they say is never
// an official's words.
var questioners = map[string]bool{
	"q": true, "question": true, "questions": true, "reporter": true, "journalist": true,
	"audience": true, "press": true, "member": true,
}

// labelName returns the last name a speaker label gives, in lower case, or
// "" when the label names a role, not a person; questioner reports whether
// the label is the press's side ("Q", "REPORTER").
func labelName(label string) (name string, questioner bool) {
	if i := strings.IndexByte(label, '('); i >= 0 {
		label = label[:i]
	}
	var words []string
	questioner = true
	scanWords(label, func(_, _ int, w string) {
		questioner = questioner && questioners[w]
		if !honorifics[w] && !roleWords[w] && !questioners[w] && !isNumber(w) {
			words = append(words, strings.TrimSuffix(w, "'s"))
		}
	})
	if len(words) == 0 {
		return "", questioner
	}
	return words[len(words)-1], false
}

func isNumber(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// bodies are words that end the name of an organisation, not a person:
// "the Foreign Ministry", "the harbour office".
var bodies = map[string]bool{
	"ministry": true, "office": true, "department": true, "government": true, "council": true,
	"committee": true, "agency": true, "authority": true, "service": true, "police": true,
	"company": true, "board": true, "union": true, "court": true, "administration": true,
	"house": true, "officials": true, "official": true, "source": true, "sources": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "statement": true,
}

// creditedName returns the last name of the person an outlet credits, in
// lower case, or "" when the credit is not a person's name: a description
// in lower case ("a senior official") or a body ("the Foreign Ministry"),
// which no speaker label can confirm or contradict.
func creditedName(speaker string) string {
	if strings.IndexFunc(speaker, unicode.IsUpper) < 0 {
		return ""
	}
	name := lastName(speaker)
	if bodies[name] || roleWords[name] || questioners[name] {
		return ""
	}
	return name
}

// lastName returns the last word of a person's name in lower case, without
// honorifics, suffixes or a role in parentheses: "brandvold" for
// "MR. BRANDVOLD (Mayor)", "Ana Brandvold" or "Mayor Brandvold, Jr.".
func lastName(name string) string {
	if i := strings.IndexByte(name, '('); i >= 0 {
		name = name[:i]
	}
	var words []string
	scanWords(name, func(_, _ int, w string) {
		if !honorifics[w] {
			words = append(words, strings.TrimSuffix(w, "'s"))
		}
	})
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}
