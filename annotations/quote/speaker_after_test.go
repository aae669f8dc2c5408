package quote

import "testing"

// silenceCases are fictional sentences whose speech verb after a
// quotation says that nothing was said (see deniesSpeech), or names who
// was told: its subject or object is no speaker of the words.
var silenceCases = []speakerCase{
	{name: "and said nothing after the words", text: `He keeps quiet about it - Ann Hale recalled a time when someone told him, "You would not get it. You were born rich," and Tom Reed said nothing at all.`, want: Unknown},
	{name: "never reported the incident", text: `Tom Reed was on the pier that night. He shrugged it off as "just a bad night at sea" and never reported the incident.`, want: "Tom Reed"},
	{name: "hasn't reported it", text: `Tom Reed was on the pier that night. He shrugged it off as "just a bad night at sea" and hasn't reported the collision.`, want: "Tom Reed"},
	{name: "has not reported it", text: `Tom Reed was on the pier that night. He shrugged it off as "just a bad night at sea" and has not reported the collision.`, want: "Tom Reed"},
	{name: "the one told after the words is no speaker", text: `Most of the crew kept quiet. One deckhand, "Sam" to his shipmates, stayed away. "Sam" told the Gazette on Monday that the pier was unsafe.`, find: "Sam", want: Unknown},
	{name: "a speech verb that is not denied", text: `He shrugged it off as "just a bad night at sea," and later told the harbour master.`, want: Unknown},
	{name: "said after the words, not denied", text: `"We will be back on the water within a month," and Tom Reed said it twice.`, want: "Tom Reed"},
}

func TestSilenceAfterQuotation(t *testing.T) { runSpeakerCases(t, silenceCases) }

// singularTheyCases are fictional quotations attributed to they after a
// spokesperson is named (see neutralSpokesperson): the spokesperson, not
// a body named in between; a spokesman is he, and no they.
var singularTheyCases = []speakerCase{
	{name: "a spokesperson then they", text: "Kit Varo, a spokesperson for Harbourline, confirmed to the Gazette that the company notifies owners who may need help. \"We use a simple model to find the boats that need the tools,\" they said in an email.", want: "Kit Varo", role: "spokesperson for Harbourline"},
	{name: "a spokesman is no they", text: "Kit Varo, a spokesman for Harbourline, confirmed to the Gazette that the company notifies owners who may need help. \"We use a simple model to find the boats that need the tools,\" they said in an email.", want: Unknown},
}

func TestSingularThey(t *testing.T) { runSpeakerCases(t, singularTheyCases) }

// rantCases are fictional attributions with a verb of angry speech after
// the words, read as any speech verb, and a pronoun after it resolved.
var rantCases = []speakerCase{
	{name: "a name ranted", text: `"Nobody on this board has ever crossed the bay in winter," Tom Reed ranted.`, want: "Tom Reed"},
	{name: "he ranted after a paragraph about him", text: "Tom Reed tried to insist the harbour was calm.\n\nHis mood suggested otherwise. \"I am perfectly calm about all of it,\" he ranted.", want: "Tom Reed"},
}

func TestRantSpeechVerb(t *testing.T) { runSpeakerCases(t, rantCases) }

// unlistedVerbCases are fictional quotations closed by a comma and
// followed by a clause that is only a speaker and a past-tense verb no
// list of speech verbs holds (see unlistedVerbIn).
var unlistedVerbCases = []speakerCase{
	{name: "the source shared", text: "Ann Hale has been moved by the letter, friends say.\n\n\"It was a very emotional read for her,\" the source shared. \"She will answer it soon.\"", find: "emotional", want: "the source"},
	{name: "the next remark continues it", text: "Ann Hale has been moved by the letter, friends say.\n\n\"It was a very emotional read for her,\" the source shared. \"She will answer it soon.\"", find: "answer", want: "the source"},
	{name: "a name smiled", text: "The ferry was late again on Monday.\n\n\"We have seen worse winters than this one,\" Tom Reed smiled.", want: "Tom Reed"},
	{name: "smiled before the name", text: "The ferry was late again on Monday.\n\n\"We have seen worse winters than this one,\" smiled Tom Reed.", want: "Tom Reed"},
	{name: "a full stop inside the marks is no comma", text: "Tom Reed runs the ferry.\n\n\"We have seen worse winters.\" The harbour closed.", find: "worse", want: "Tom Reed"},
	{name: "a clause with an object is no attribution", text: "Tom Reed runs the ferry.\n\n\"We have seen worse winters,\" the harbour board decided last week.", want: "Tom Reed"},
}

func TestUnlistedVerbAfterQuotation(t *testing.T) { runSpeakerCases(t, unlistedVerbCases) }
