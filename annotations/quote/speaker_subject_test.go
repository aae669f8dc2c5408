package quote

import "testing"

// subjectCases are fictional sentences whose subject opens the sentence of
// a quotation without saying its words (see coinedName and passivePurpose),
// and the like ones whose subject does.
var subjectCases = []speakerCase{
	// A name given in a free relative without a subject of its own.
	{name: "in what became known as", text: `The skipper was cleared in 2004 in what became known as "the long harbour hearing."`, want: Unknown},
	{name: "in what has since been called", text: `The harbour master resigned in what has since been called "the long goodbye to the old pier."`, want: Unknown},
	{name: "what came to be dubbed", text: `Ann Hale led the town through what came to be dubbed "the winter of the three storms."`, want: Unknown},
	{name: "a so-called label", text: `Sailors in the ferry fleet earned a name for grit. They were praised for saving the so-called "Harbour Nine", a crew cut off by the ice.`, want: Unknown},
	{name: "known as the", text: `Ada Lund chairs the board. For owners of two boats, she would charge a higher fee, a form of what has since become known as the "Reed harbour rule" after Tom Reed.`, want: Unknown},
	{name: "what the subject called is the subject's", text: `Tom Reed mocked what he called "a pier to nowhere and back."`, want: "Tom Reed"},
	// The purpose of a passive subject is its agent's.
	{name: "called in to meet officials, an infinitive of purpose", text: `Consul Tom Reed was called in to meet harbour officials "to voice our deep concern about the pier."`, want: Unknown},
	{name: "was quickly summoned to see the board", text: `Ann Hale was quickly summoned to see the board "to explain the delays on the new pier."`, want: Unknown},
	{name: "an active subject's purpose is the subject's", text: `Tom Reed flew to the coast to meet harbour officials "to talk about the future of the pier."`, want: "Tom Reed"},
	{name: "had invited is no passive", text: `Ann Hale had invited the board to meet harbour officials "to talk about the future of the pier."`, want: "Ann Hale"},
	{name: "a complement of the participle is the subject's", text: `Ann Hale was determined "to win the seat back for the town."`, want: "Ann Hale"},
	// A common word that opens the sentence is no name.
	{name: "an adjective written in lower case elsewhere", text: `The coastal road was shut by noon. Coastal towns braced for "the worst flooding in a generation."`, want: Unknown},
	{name: "a verb written in lower case elsewhere", text: `You can build it in a week. Build a small shed first, then a "proper workshop for the winter."`, want: Unknown},
	{name: "a body's common noun stays a subject", text: `The police closed the coastal road. Police braced for "the worst flooding in a generation."`, want: "Police"},
	{name: "a pronoun after an opening phrase with two verbs", text: `Ada Lund ran the harbour board for a decade. Time and again, she blamed the council and hinted that any delay on the pier was "a plain betrayal of the town."`, want: "Ada Lund"},
	{name: "a pronoun after an opening phrase, and the subject of its clause", text: `Tom Reed sat on the board. When the vote was lost, he left the hall and told the crowd outside it was "a dark day for the harbour."`, want: "Tom Reed"},
	{name: "a pronoun after once more", text: `Ada Lund ran the harbour board for a decade. Once more, she blamed the council for "a plain betrayal of the town."`, want: "Ada Lund"},
	{name: "a pronoun stays a subject", text: `Tom Reed stood on the pier. He braced for "the worst flooding in a generation," and he stayed.`, want: "Tom Reed"},
	{name: "an adjective before a noun for a person", text: `The storm hit the coast.

Pregnant girl, 13, 'swims from the pier to the beach'`, want: Unknown},
	{name: "a body before a noun for a person stays a subject", text: `The storm hit the coast. Police officers braced for "the worst flooding in a generation."`, want: "Police"},
	{name: "a recording shows people speaking", text: `The storm hit the coast.

Video shows the rescue of two sailors off the pier: "Hold on, we have you!"`, want: Unknown},
	{name: "a contraction", text: `The storm hit the coast. Couldn't the town have seen "the slow death of the old pier"?`, want: Unknown},
	{name: "an adverb of time", text: `The storm hit the coast. Once the town had "a pier to be proud of."`, want: Unknown},
	{name: "a sentence adverb", text: `The storm hit the coast. Perhaps nobody could stop "the slow death of the old pier."`, want: Unknown},
	{name: "an adverb in -ly", text: `The storm hit the coast. Unfortunately nobody could stop "the slow death of the old pier."`, want: Unknown},
	{name: "a unit of time", text: `The storm hit the coast. Hours after the storm the crowd watched "the slow death of the old pier."`, want: Unknown},
	{name: "a surname in -ly stays a subject", text: `The storm hit the coast. Daly braced for "the worst flooding in a generation."`, want: "Daly"},
	{name: "a name before a verb stays a subject", text: `The storm hit the coast. Marlowe braced the town for "the worst flooding in a generation."`, want: "Marlowe"},
	{name: "a name never written in lower case stays a subject", text: `The storm reached the coast by noon. Seawatch braced for "the worst flooding in a generation."`, want: "Seawatch"},
	// A clause opened by a question word is the subject, and no name.
	{name: "what I would like to know is", text: `The storm hit the coast. What I’d like to know is why the board wants "a bigger harbour" at all.`, want: Unknown},
	{name: "how the town paid", text: `The storm hit the coast. How Portmore paid for "a pier nobody asked for" is still unclear.`, want: Unknown},
	{name: "a name after a question word's clause stays a subject", text: `The storm hit the coast. When it was over, Ann Hale called the pier "a wreck with a flag on it."`, want: "Ann Hale"},
	// A speech verb of its own with an unnamed subject before the words.
	{name: "someone told him", text: `Lee Park said someone told him, "You will never sail that boat again."`, want: Unknown},
	{name: "somebody had asked her", text: `Ann Hale recalled that somebody had once asked her, "Why do you still fish off the old pier?"`, want: Unknown},
	{name: "the subject's own telling", text: `Lee Park later told the harbour board, "You will never sail that boat again."`, want: "Lee Park"},
	{name: "several as the subject after another speaker's words", text: `The harbour board pulled its boats from the race. "Shame on the board," says one sign taped to the harbour gate. Several accused the two skippers of "leaving the crew to drown."`, want: Unknown},
	{name: "others as the subject after a link word", text: `"The pier is safe," Tom Reed said. But others called the repairs "a coat of paint on a wreck."`, want: Unknown},
	{name: "a named subject after another speaker's words", text: `"The pier is safe," Tom Reed said. Ann Hale called the repairs "a coat of paint on a wreck."`, want: "Ann Hale"},
	{name: "an indefinite pronoun after the speech verb", text: `Lee Park told everyone on the pier, "You will never sail that boat again."`, want: "Lee Park"},
}

func TestSentenceSubjectNotSpeaker(t *testing.T) { runSpeakerCases(t, subjectCases) }
