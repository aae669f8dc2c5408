package quote

import "testing"

// silenceCases are fictional sentences whose speech verb after a
// quotation says that nothing was said (see deniesSpeech): its subject or
// object is no speaker of the words.
var silenceCases = []speakerCase{
	{name: "and said nothing after the words", text: `He keeps quiet about it - Ann Hale recalled a time when someone told him, "You would not get it. You were born rich," and Tom Reed said nothing at all.`, want: Unknown},
	{name: "never reported the incident", text: `Tom Reed was on the pier that night. He shrugged it off as "just a bad night at sea" and never reported the incident.`, want: "Tom Reed"},
	{name: "hasn't reported it", text: `Tom Reed was on the pier that night. He shrugged it off as "just a bad night at sea" and hasn't reported the collision.`, want: "Tom Reed"},
	{name: "has not reported it", text: `Tom Reed was on the pier that night. He shrugged it off as "just a bad night at sea" and has not reported the collision.`, want: "Tom Reed"},
	{name: "a speech verb that is not denied", text: `He shrugged it off as "just a bad night at sea," and later told the harbour master.`, want: Unknown},
	{name: "said after the words, not denied", text: `"We will be back on the water within a month," and Tom Reed said it twice.`, want: "Tom Reed"},
}

func TestSilenceAfterQuotation(t *testing.T) { runSpeakerCases(t, silenceCases) }
