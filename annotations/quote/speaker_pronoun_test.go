package quote

import "testing"

// pronounCases are fictional quotations attributed to he or she, each
// with the person the pronoun stands for in its own sentences.
var pronounCases = []speakerCase{
	{name: "a family name alone as the subject, with an unlisted first name", text: "Nora Quell runs the harbour museum. She said the old ferry firm had been sold twice.\n\nLast spring I reached Ysolde Brannock by phone. Brannock still found it hard to talk about the sale. She had run the firm since 1990. But a long court fight left her \"quite worn out by all of it,\" she said.\n\nBrannock said she would not go back to the quay.", find: "worn out", want: "Ysolde Brannock"},
	{name: "a first name alone as an object, with the full name given before", text: "The Portmore ferry's songs were all written by Paul Dorr. His last album comes out in May, with notes by Tom Reed.\n\nIn 1997, Ann wrote, she met Paul for a radio show. She put to him a question she had long wanted to ask: why the sea?\n\n\"Because,\" he said. \"The sea asks nothing back of anyone.\"", want: "Paul Dorr"},
}

func TestPronounAntecedents(t *testing.T) { runSpeakerCases(t, pronounCases) }
