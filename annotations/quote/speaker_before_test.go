package quote

import "testing"

// progressiveCases are fictional sentences whose speech verb before a
// quotation is in the progressive (was asking, is telling): its subject is
// the speaker, not the subject of a verb before it.
var progressiveCases = []speakerCase{
	{name: "reported progressive after a speech verb", text: `Ann Hale said the pilot was asking, "Why is the pier still open to the public?"`, want: "the pilot"},
	{name: "progressive after a participle clause", text: `Ann Hale later mentioned a pilot who called the pier "unsafe," noting the pilot was asking, "Why is the pier still open to the public?"`, want: "the pilot"},
	{name: "a present progressive", text: `Ann Hale says the harbour master is asking, "Why will the pier never reopen?"`, want: "the harbour master"},
	{name: "the sentence's own progressive subject", text: `The pilot was asking, "Why is the pier still open to the public?"`, want: "The pilot"},
}

func TestProgressiveSpeechVerb(t *testing.T) { runSpeakerCases(t, progressiveCases) }
