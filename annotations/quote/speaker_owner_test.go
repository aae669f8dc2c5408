package quote

import "testing"

// senderCases are fictional sentences in which from or by after a speech
// noun names who gave the words (see senderAfter), and the ones whose
// name after from is no author of them.
var senderCases = []speakerCase{
	{name: "directives from a name to", text: `The crackdown began with directives from Reed to "show the smugglers no patience at all."`, want: "Reed"},
	{name: "a warning by a body that", text: `The pier closed after a warning by the Harbour Board that the pilings were "rotten to the core."`, want: "the Harbour Board"},
	{name: "orders from a full name", text: `The fleet took orders from Ann Hale to "hold the line at any cost."`, want: "Ann Hale"},
	{name: "a warning from a name about a thing", text: `The pier closed after a warning from Ann Hale about the "rotten pilings under the old pier."`, want: Unknown},
	{name: "a reply from a name's lawyer", text: `There was still no reply from Ann Hale's lawyer to the "rotten pilings under the old pier."`, want: Unknown},
}

func TestSenderAfter(t *testing.T) { runSpeakerCases(t, senderCases) }

// ownerSubjectCases are fictional sentences whose subject is a speech noun
// a name owns, so that the words quoted in it are the owner's.
var ownerSubjectCases = []speakerCase{
	{name: "a name's answer included a warning about how", text: `Ann Hale was asked about the ferries. Hale's answer contained a caution about how the winter "would be long and hard for the islands."`, want: "Ann Hale"},
	{name: "a name's response included a warning that", text: `Tom Reed was asked about the ferries. Reed's response carried a warning on how the winter "would be long and hard for the islands."`, want: "Tom Reed"},
	{name: "a name's lawyer is a person of the owner's", text: `Judge Kurt Lund heard the case of Tom Reed. Reed's lawyer included a warning that the fine "would ruin the family."`, want: "Reed's lawyer"},
}

func TestOwnerOfSpeechSubject(t *testing.T) { runSpeakerCases(t, ownerSubjectCases) }
