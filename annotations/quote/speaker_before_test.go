package quote

import "testing"

// progressiveCases are fictional sentences whose speech verb before a
// quotation is in the progressive (was asking, is telling): its subject is
// the speaker, not the subject of a verb before it.
var progressiveCases = []speakerCase{
	{name: "reported progressive after a speech verb", text: `Ann Hale said the pilot was asking, "Why is the pier still open to the public?"`, want: "the pilot"},
	{name: "progressive after a participle clause", text: `Ann Hale later mentioned a pilot who called the pier "unsafe," noting the pilot was asking, "Why is the pier still open to the public?"`, want: "the pilot"},
	{name: "a present progressive", text: `Ann Hale says the harbour master is asking, "Why will the pier never reopen?"`, want: "the harbour master"},
	{name: "the sentence's own progressive subject", text: `The pilot was asking, "Why is the pier still open to the public?"`, want: "the pilot"},
}

func TestProgressiveSpeechVerb(t *testing.T) { runSpeakerCases(t, progressiveCases) }

// textSourceCases are fictional sentences with a participle after a text
// and its sender (see textSource): the sender's words, not the subject's.
var textSourceCases = []speakerCase{
	{name: "a message from a relative", text: `Ann Lowe got a message from her mother, saying "Come home before the storm reaches the pier."`, want: "her mother"},
	{name: "a letter from a named sender", text: `The harbour board received a letter from Tom Reed, saying "The pier will not survive another winter."`, want: "Tom Reed"},
	{name: "heard from a relative in a text", text: `Ann Lowe said she heard from her brother in a text at 9:15 a.m., saying "The pier is under water and I am safe."`, want: "her brother"},
	{name: "a statement of the subject's own", text: `Ann Lowe released a statement on Monday, saying "The pier will not survive another winter."`, want: "Ann Lowe"},
	{name: "a text sent from a place", text: `Ann Lowe posted a video from the beach, saying "The pier will not survive another winter."`, want: "Ann Lowe"},
}

func TestTextSourceParticiple(t *testing.T) { runSpeakerCases(t, textSourceCases) }

// closeToCases are fictional attributions to people close to someone (see
// closeToHolder): they speak, not the person they are near.
var closeToCases = []speakerCase{
	{name: "sources close to a name", text: `Sources close to Ann Hale said she was "deeply troubled by the report."`, want: "Sources close to Ann Hale"},
	{name: "friends close to a title and name", text: `Friends close to the Harbour Master said he was "deeply troubled by the report."`, want: "Friends close to the Harbour Master"},
	{name: "people close to a description", text: `People close to the harbour master said he was "deeply troubled by the report."`, want: "People close to the harbour master"},
	{name: "a described official close to a body", text: `A senior harbour official close to the Norland mediators said the talks were "only the start of a long process."`, want: "a senior harbour official close to the Norland mediators"},
	{name: "a source close to a name", text: `A source close to Ann Hale said she was "deeply troubled by the report."`, want: "a source close to Ann Hale"},
	{name: "a name near the pier is the speaker", text: `Ann Hale, who lives close to the pier, said she was "deeply troubled by the report."`, want: "Ann Hale"},
}

func TestCloseToSpeaker(t *testing.T) { runSpeakerCases(t, closeToCases) }

// infinitiveCases are fictional sentences whose speech verb is a base form
// after to that is mostly a noun elsewhere (claim, admit): the name a verb
// makes its subject speaks (see infinitiveSubject).
var infinitiveCases = []speakerCase{
	{name: "allowed a name to claim that", text: `Closing the pier allowed Ann Hale to claim that the harbour wants to be "a place where families feel safe again."`, want: "Ann Hale"},
	{name: "prompted a name to admit that", text: `The storm prompted Tom Reed to admit that the old pier was "never built to last a winter like this."`, want: "Tom Reed"},
	{name: "a promise as a noun names no speaker", text: `The mayor's promise the pier would reopen was "a cruel joke on every family here."`, want: Unknown},
	{name: "a wish that a name speak names no speaker", text: `The fishermen want Ann Hale to admit that the harbour is "a place where nobody feels safe."`, want: Unknown},
}

func TestInfinitiveSpeechVerb(t *testing.T) { runSpeakerCases(t, infinitiveCases) }

// dayBetweenCases are fictional attributions with a day between the
// speaker's name and the speech verb (Ann Hale on Monday said): the name
// is the verb's subject, in a clause of its own too.
var dayBetweenCases = []speakerCase{
	{name: "a day between a name and its verb, after a main clause", text: `Tom Reed drew anger for the plan, although Paul Varo on Monday declared at a press event that "there is no better friend of the port than this man."`, want: "Paul Varo"},
	{name: "a day between a titled name and its verb, after a main clause", text: `Tom Reed drew anger for the plan, although Harbour Master Paul Varo on Monday declared that "there is no better friend of the port than this man."`, want: "Paul Varo", role: "Harbour Master"},
}

func TestDayBetweenNameAndVerb(t *testing.T) { runSpeakerCases(t, dayBetweenCases) }
