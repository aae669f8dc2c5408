package check

import (
	"regexp"
	"strings"
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

// labelRE finds speaker labels at the start of a line: one to five words
// in capitals ("Q", "MR. HALVORSEN", "ANA BRANDVOLD", "SPEAKER 2"), or two to four
// capitalised words, perhaps after an honorific ("Ana Brandvold",
// "Dr. Lindqvist"); perhaps a role in parentheses; then a colon followed by
// a space or the end of the line. A colon must follow at once, so a
// sentence that merely begins in capitals is not a label.
var labelRE = regexp.MustCompile(`(?m)^[ \t]*` +
	// A time stamp may come first: "[00:12:31]", "00:12".
	`(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?(` +
	`\p{Lu}[\p{Lu}\p{Mn}'’.\-]*(?:[ \t]+[\p{Lu}\d][\p{Lu}\d\p{Mn}'’.\-]*){0,4}` +
	`|(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t]+)?\p{Lu}[\p{L}\p{Mn}'’\-]+(?:[ \t]+\p{Lu}[\p{L}\p{Mn}'’\-]+){1,3}` +
	`|(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t]+\p{Lu}[\p{L}\p{Mn}'’\-]+` +
	`)(?:[ \t]*\(([^()\n]{1,80})\))?[ \t]*:(?:[ \t]+|$)`)

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
	for _, m := range labelRE.FindAllStringSubmatchIndex(text, -1) {
		name := text[m[2]:m[3]]
		first := strings.ToLower(strings.Fields(name)[0])
		if notSpeakers[first] {
			continue
		}
		speaker := name
		if m[4] >= 0 {
			speaker += " (" + text[m[4]:m[5]] + ")"
		}
		labelEnd := m[1]
		for labelEnd > m[2] && text[labelEnd-1] != ':' {
			labelEnd--
		}
		turns = append(turns, Turn{Speaker: speaker, Label: Span{Start: m[2], End: labelEnd}, Speech: Span{Start: m[1], End: m[1]}})
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
