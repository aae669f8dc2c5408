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
