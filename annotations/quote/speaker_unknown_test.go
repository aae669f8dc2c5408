package quote

import (
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/span"
)

// lastResortCases are fictional quotations that no attribution rule
// gives a speaker but the grammar around them does (see
// lastResortSpeaker), and the ones that must stay speakerless.
var lastResortCases = []speakerCase{
	// The subject of a verb of communication in the sentence a colon closes.
	{name: "put out a statement before a colon", text: `The Harbour Board put out a statement late on Sunday night: "Safety of the crews comes before any timetable."`, want: "The Harbour Board"},
	{name: "an apposition between the body and its verb before a colon", text: `The Harbour Board, in a post on its website, apologised to the families: "We failed you and we are sorry."`, want: "The Harbour Board"},
	{name: "the owner of a statement before a colon", text: `The statement from the Harbour Board was short: "The pier will stay closed until further notice."`, want: "the Harbour Board"},
	{name: "a look at a page before a colon is nobody", text: "Ann Hale posted a photo of the pier. A quick look at her campaign page explains what it is all about:\n\n\"Save the pier. Sign the petition. Every name counts before the vote.\"", want: Unknown},
	// The subject of any verb before a colon and a whole sentence of words.
	{name: "a description and a relative clause before a colon", text: `The harbour master, who has run the port for twenty years, summed up the mood on Monday: "Nobody here trusts the board any more, and why would they?"`, want: "the harbour master"},
	{name: "an irregular past before a colon", text: `The ferry company's chief executive struck a defiant tone in his letter to passengers: "We will be back on the water within a month, whatever it takes."`, want: "the ferry company's chief executive"},
	{name: "a thing's subject before a colon is no speaker", text: `The pier collapsed in 1990 and again in 2004: "Nobody was hurt, thank God, but we lost the boats."`, want: Unknown},
	// The sentence before a quotation that opens its own.
	{name: "released a statement in the paragraph before", text: "The company released a statement Thursday.\n\n\"We are cooperating fully with the inquiry and will share what we know.\"", want: "the company"},
	{name: "sent an email, the name in apposition", text: `Ann Hale's lawyer, Tom Reed, sent an email to reporters. "My client has done nothing wrong and will say so in court."`, want: "Tom Reed", role: "Ann Hale's lawyer"},
	{name: "apologised in the paragraph before", text: "The ferry company apologised on Monday.\n\n\"We let our passengers down and we are sorry for it.\"", want: "the ferry company"},
	{name: "spoke in the sentence before", text: `The couple's lawyer spoke outside the court on Friday. "My clients are relieved that this is over."`, want: "the couple's lawyer"},
	{name: "weighed in in the paragraph before", text: "The mayor weighed in later that evening.\n\n\"I share the anger of the fishermen and I will meet them tomorrow.\"", want: "the mayor"},
	{name: "a stance, the name in apposition", text: "The president of the club, Ann Hale, is not convinced.\n\n\"They have promised us a new pier for ten years.\"", want: "Ann Hale", role: "president of the club"},
	{name: "more cautious, the name in apposition", text: `The town's mayor, Tom Reed, was more cautious. "We need to wait for the engineers before we decide."`, want: "Tom Reed", role: "town's mayor"},
	{name: "the owner of a reaction", text: `Tom Reed's reaction was swift. "This is a disgrace and the board must go."`, want: "Tom Reed"},
	{name: "a person described in the sentence before", text: `The coach was in no mood to celebrate after the match. "We were lucky and we know it."`, want: "the coach"},
	{name: "a person described, an age in apposition", text: `The actor, 45, has been open about his struggles. "I spent ten years pretending everything was fine."`, want: "the actor"},
	{name: "a body described is no speaker without a verb of communication", text: "The council published its budget on Friday.\n\n\"Nobody wants to cross in winter any more.\"", want: Unknown},
	{name: "a plural subject notes in the sentence before", text: "The authors of the study note one caveat.\n\n\"The sample was too small to rule out chance.\"", want: "the authors of the study"},
	// An opening clause before words that are the sentence's main clause.
	{name: "the sentence before an opening clause", text: "\"I wish I had stayed home,\" Tom Reed said.\n\nHe also argued to the board that he had always been a careful pilot. When he arrived at the harbour, \"I gave them my word that I would be the best pilot they ever had.\"", want: "Tom Reed"},
	{name: "an opening phrase after a release", text: `The company released a statement on Monday. On the delay, "We regret the inconvenience to every passenger on the line."`, want: "the company"},
	// The subject of a verb of communication in the sentence of the words.
	{name: "sent a letter warning of", text: `The harbour master's office sent a letter to every household warning of "serious danger on the old pier."`, want: "the harbour master's office"},
	{name: "a speech verb inside the sentence reports another's words", text: `Meanwhile, harbour officials note that the army cleared the pier on Sunday: a "voluntary tidy-up of the town."`, want: Unknown},
	{name: "a report that warns is no speaker", text: `The inspection found cracks in every pile, warning of "serious danger on the old pier."`, want: Unknown},
	// A credit after the words.
	{name: "per a statement", text: `"We will rebuild the pier and the town with it," per a statement from the Harbour Board.`, want: "the Harbour Board"},
	{name: "a credit line in the next paragraph", text: "\"We will rebuild the pier and the town with it.\"\n\n— Ann Hale, harbour master", want: "Ann Hale"},
	// A text's owner in the sentence of the words.
	{name: "a statement from a body said", text: `A statement from the Harbour Board on Friday said the pier "will stay shut until the spring."`, want: "the Harbour Board"},
	// A plural subject reports in the base form.
	{name: "the researchers write", text: `The researchers write in the paper that the fish "appear to navigate by the stars."`, want: "the researchers"},
	// A speech verb's present form after a singular subject.
	{name: "remembers her as", text: `Ann Hale's sister remembers her as "the bravest person I ever knew."`, want: "Ann Hale's sister"},
	// No speaker: a title, a thing's words, a sentence that is not the one before.
	{name: "a title after a colon stays speakerless", text: `The band released a new single on Friday: "Harbour Lights"`, want: Unknown},
	{name: "a report is no speaker", text: `The report, released on Friday, was blunt: "The pier cannot be saved at any reasonable cost."`, want: Unknown},
	{name: "a sentence between the statement and the words", text: "The ferry company apologised on Monday.\n\nThe pier reopened a week later.\n\n\"Nobody wants to cross in winter any more.\"", want: Unknown},
}

func TestLastResortSpeaker(t *testing.T) { runSpeakerCases(t, lastResortCases) }

func TestLastResortShort(t *testing.T) {
	text := `The board issued a short statement on Friday: "regrettable and late"`
	start := strings.Index(text, `regrettable`)
	toks := attrTokenize(text, 0, start)
	para := span.Span{End: len(text)}
	for short, want := range map[bool]string{false: "The board", true: ""} {
		q := &Quote{Span: span.Span{Start: start, End: len(text) - 1}, Short: short}
		if got := lastResortSpeaker(text, q, toks, 0, 0, para, span.Span{}).Text(text); got != want {
			t.Errorf("short %v: lastResortSpeaker = %q, want %q", short, got, want)
		}
	}
}

func TestCommSubject(t *testing.T) {
	for text, want := range map[string]string{
		"The authors of the study note one caveat":                "The authors of the study",
		"The harbour pilot note was found on the pier":            "",
		"The Harbour Board, in a post on its website, apologised": "The Harbour Board",
		"The report, released on Friday, was blunt":               "",
	} {
		checkPhraseRule(t, "commSubject", commSubject, text, want)
	}
}

func TestSubjectBeforeColon(t *testing.T) {
	for text, want := range map[string]string{
		"The harbour master, who has run the port for years, summed up the mood": "The harbour master",
		"On Monday, Tom Reed took aim at the board":                              "Tom Reed",
		"She ended on a hopeful note":                                            "She",
		"Portmore, a fishing town on the coast, is a quiet place":                "",
		"The pier collapsed in 1990":                                             "",
		"The border closed at midnight":                                          "",
		"Here is what the board decided":                                         "",
		"But the answer came quickly":                                            "",
		"Tom Reed is a careful man":                                              "",
		"Tom Reed was blunt":                                                     "Tom Reed",
	} {
		checkPhraseRule(t, "subjectBeforeColon", subjectBeforeColon, text, want)
	}
}

// checkPhraseRule checks that the rule called name, given the words of
// text, picks the span whose text is want ("" for none).
func checkPhraseRule(t *testing.T, name string, rule func([]attrToken) span.Span, text, want string) {
	t.Helper()
	if got := rule(attrTokenize(text, 0, len(text))).Text(text); got != want {
		t.Errorf("%s(%q) = %q, want %q", name, text, got, want)
	}
}

func TestInflectAll(t *testing.T) {
	for list, want := range map[string]string{
		"post":                "post posts posting posted",
		"reply":               "reply replies replying replied",
		"issue":               "issue issues issuing issued",
		"admit+":              "admit admits admitting admitted",
		"write:wrote:written": "write writes writing wrote written",
		"send:sent":           "send sends sending sent",
		"address":             "address addresses addressing addressed",
	} {
		if got := strings.Join(strings.Fields(inflectAll(list)), " "); got != want {
			t.Errorf("inflectAll(%q) = %q, want %q", list, got, want)
		}
	}
	if got := strings.Join(strings.Fields(pluralAll("speech reply memo")), " "); got != "speech speeches reply replies memo memos" {
		t.Errorf("pluralAll = %q", got)
	}
}

// TestDanglingMention checks that a mention cut before what its last
// word needs is never taken for a speaker, while whole ones are.
func TestDanglingMention(t *testing.T) {
	for text, want := range map[string]bool{
		"Ann Varo apologised for": false,
		"the head of":             false,
		"Tom Bell and":            false,
		"Ann Varo":                true,
		"the head of the board":   true,
		"residents of the island": true,
	} {
		if got := plausibleMention(text, span.Span{Start: 0, End: len(text)}); got != want {
			t.Errorf("plausibleMention(%q) = %v, want %v", text, got, want)
		}
	}
}
