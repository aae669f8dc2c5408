package quote

import "testing"

// pronounCases are fictional quotations attributed to he or she, each
// with the person the pronoun stands for in its own sentences.
var pronounCases = []speakerCase{
	{name: "a family name alone as the subject, with an unlisted first name", text: "Nora Quell runs the harbour museum. She said the old ferry firm had been sold twice.\n\nLast spring I reached Ysolde Brannock by phone. Brannock still found it hard to talk about the sale. She had run the firm since 1990. But a long court fight left her \"quite worn out by all of it,\" she said.\n\nBrannock said she would not go back to the quay.", find: "worn out", want: "Ysolde Brannock"},
	{name: "a first name alone as an object, with the full name given before", text: "The Portmore ferry's songs were all written by Paul Dorr. His last album comes out in May, with notes by Tom Reed.\n\nIn 1997, Ann wrote, she met Paul for a radio show. She put to him a question she had long wanted to ask: why the sea?\n\n\"Because,\" he said. \"The sea asks nothing back of anyone.\"", want: "Paul Dorr"},
	{name: "a family name after an opening conjunction, before an earlier speaker", text: "Paul Varo wrote six novels about the harbour.\n\nTom Reed described the last one as \"a ghost story with boats in it.\"\n\nAlthough Varo had planned the book for years, he struggled to finish it. In May 2006, he wrote to Reed about the ending. \"I cannot sink a ship in every chapter,\" he wrote.", want: "Paul Varo"},
	{name: "a full name after an opening conjunction, before an earlier speaker", text: "Tom Reed described the harbour novels as \"ghost stories with boats in them.\"\n\nAlthough Paul Varo had planned the last one for years, he struggled to finish it. In May 2006, he wrote to Reed about the ending. \"I cannot sink a ship in every chapter,\" he wrote.", want: "Paul Varo"},
	{name: "a speech verb in a quoted title is no attribution", text: "Paul Varo hosted a late-night radio show called \"Ask Dr. Paul\" for years, where callers asked him anything.\n\n\"He could write a song about a parking ticket,\" Tom Reed told me. When Varo visited his agent Ines Dale at her office, he left short poems on her desk for her to find. \"Every week there was a new one,\" she recalled, \"and each was funnier than the last.\"", want: "Ines Dale"},
	{name: "she is a woman named as an object in the sentence before, when its subject is a man", text: "Nora Quell spoke first at the harbour meeting.\n\nWhen Paul Varo visited his agent Sarah Dale at her office, he left short poems on her desk for her to find. \"Every week there was a new one,\" she recalled.", want: "Sarah Dale"},
	{name: "he is no man named as an object in a sentence that speaks of no woman", text: "Tom Reed has run the port for a decade. Last year the board hired Paul Varo as his deputy. \"We needed the help,\" he said.", want: "Tom Reed"},
	{name: "a person brought in with a role noun before the name, after another's paragraph", text: "\"Fees will rise,\" Tom Reed said.\n\nOn Monday, pilot Paul Varo met the board. \"We cannot pay more,\" he said.", want: "Paul Varo"},
	{name: "a person brought in with an apposition, after another's paragraph", text: "\"Fees will rise,\" Tom Reed said.\n\nThat worries Kit Varo, a pilot. \"We cannot pay more,\" he said.", want: "Kit Varo", role: "pilot"},
	{name: "a person brought in with an age, after another's paragraph", text: "\"Fees will rise,\" Tom Reed said.\n\nKit Varo, 54, has worked the harbour for years. \"We cannot pay more,\" he said.", want: "Kit Varo"},
	{name: "a person brought in with who, after another's paragraph", text: "\"Fees will rise,\" Tom Reed said.\n\nIt was a blow for Kit Hale, who runs a cafe on the quay. \"We cannot pay more,\" he said.", want: "Kit Hale"},
	{name: "a described person two sentences back is no new voice", text: "\"Fees will rise,\" Tom Reed said.\n\nIn May, Reed met Kit Hale, who runs a cafe on the quay. The talks went badly. \"We cannot pay more,\" he said.", want: "Tom Reed"},
	{name: "a name in quotation marks as the subject of a speech verb", text: "\"The pier is done,\" Tom Reed said.\n\n\"Paul\" told the Gazette that the pier leaked for years. He said the board knew about it. \"We all knew, every one of us,\" he added.", want: "Paul"},
	{name: "an acronym before a man's name tells no gender and hides none", text: "The harbour board hired manager Kelsa Lund and CEO Paul Hale last week. \"We start on Monday,\" she said.", want: "Kelsa Lund"},
}

func TestPronounAntecedents(t *testing.T) { runSpeakerCases(t, pronounCases) }
