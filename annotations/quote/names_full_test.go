package quote

import "testing"

// fullNameCases are fictional documents that write a speaker's full name
// once with no title, apposition or listed given name to introduce it,
// and then call the speaker by the last name: the speaker is shown by the
// full name when nothing else reads there, and by the last name when two
// people may share it.
var fullNameCases = []speakerCase{
	{name: "a given name for both sexes opening the sentence",
		text: "Jordan Pell had driven home from the pier.\n\n\"The water rose in minutes,\" Pell said.", want: "Jordan Pell"},
	{name: "an unlisted given name in a list inside a sentence",
		text: "The radio hosts Kit Amory and Wren Talbot spoke on Monday.\n\n\"We never saw the storm coming,\" Talbot said.", want: "Wren Talbot"},
	{name: "a full name before a possessive",
		text: "Critics still praise Marlo Vance's harbour paintings.\n\n\"I paint what I see,\" Vance said.", want: "Marlo Vance"},
	{name: "initials as the given name",
		text: "The report was written by T.R. Mabry and sent to the board.\n\n\"It came too late,\" Mabry said.", want: "T.R. Mabry"},
	{name: "an adjective before a listed given name in a headline",
		text: "Weary Taylor Corvo sails home\n\n\"I missed the sea,\" Corvo said.", want: "Taylor Corvo"},
	{name: "a given name an editor adds in brackets",
		text: "\"Skipper (Wren) Talbot told us to row harder,\" the youngest rower said.\n\n\"We are proud of them,\" Talbot said.", want: "Wren Talbot"},
	{name: "an unlisted given name the text calls a person by",
		text: "When the storm came, Kito Brandt was twelve and alone on the pier. Kito, 40, still lives nearby.\n\n\"I was scared all night,\" Kito said.", want: "Kito Brandt"},
	{name: "a body's word after the name the text writes in lower case too",
		text: "Lundmark Parole hearings are short, and parole is rarely granted. Lundmark, 61, runs the ferry.\n\n\"We will appeal,\" Lundmark said.", want: "Lundmark"},
	{name: "a longer run of capitalised words after the name",
		text: "She rang Norland Harbour Board at once. Norland, 61, runs the ferry.\n\n\"We knew nothing,\" Norland said.", want: "Norland"},
	{name: "given words before the name make it a last name",
		text: "Fans call him Lucky Kito because lucky he is. By then Kito Brandt was famous. Kito, 40, still lives nearby.\n\n\"I just sail,\" Kito said.", want: "Kito"},
	{name: "two people of the given name the text calls a person by",
		text: "When the storm came, Kito Brandt and his cousin Kito Marsh were on the pier. Kito, 40, still lives nearby.\n\n\"I was scared all night,\" Kito said.", want: "Kito"},
	{name: "a title before the name makes it a last name",
		text: "Mr. Lundmark sat on the board of Lundmark Trust for years. Lundmark, 61, runs the ferry.\n\n\"We gave what we could,\" Lundmark said.", want: "Lundmark"},
	{name: "a place's noun after the name",
		text: "She was treated at Lundmark Hospital on Friday. Lundmark, 61, runs the ferry.\n\n\"The staff were wonderful,\" Lundmark said.", want: "Lundmark"},
	{name: "a body the text calls by its first word",
		text: "The ferries belong to Lundmark Shipping, which bought them in May.\n\n\"We will keep every route,\" Lundmark said.", want: "Lundmark"},
	{name: "two different full names of one last name",
		text: "The pier was run by Wren Talbot and Kit Talbot for years.\n\n\"It is ours,\" Talbot said.", want: "Talbot"},
	{name: "a listed given name where it cannot be taken still tells a second person",
		text: "The pier was run by Wren Talbot for years. When Casey Talbot came home, it closed.\n\n\"It is ours,\" Talbot said.", want: "Talbot"},
	{name: "a second given name where it cannot be taken after the found one",
		text: "The pier was run by Wren Talbot. When Wren Talbot left, it closed. When Casey Talbot came home, it opened.\n\n\"It is ours,\" Talbot said.", want: "Talbot"},
	{name: "a nickname the text also writes as a common word",
		text: "Fans call him Lucky Talbot because lucky he is.\n\n\"I just sail,\" Talbot said.", want: "Talbot"},
	{name: "a word the text writes alone as a name of its own",
		text: "The news agency Harbourwire reported the sale first. Dockers told Harbourwire Talbot's boat was gone.\n\n\"It is gone,\" Talbot said.", want: "Talbot"},
	{name: "a month before a name opening the clause",
		text: "The pier has been shut since March Talbot took over the board.\n\n\"It is unsafe,\" Talbot said.", want: "Talbot"},
	{name: "a hyphenated title",
		text: "The crowd cheered President-elect Talbot at the pier.\n\n\"It is ours again,\" Talbot said.", want: "Talbot"},
	{name: "a determiner before the capitalised word",
		text: "Only the Elder Talbot came to the pier.\n\n\"It is mine,\" Talbot said.", want: "Talbot"},
	{name: "a longer name of a place",
		text: "Talbot grew up near Marlo Talbot Park, named for a great-aunt.\n\n\"It was all fields then,\" Talbot said.", want: "Talbot"},
	{name: "a title of the other gender than the full name's",
		text: "The harbour widow Jory Talbot sold the boat to a cousin.\n\n\"It was a fair price,\" Mr. Talbot said.", want: "Talbot"},
	{name: "a man and a woman of the last name by their titles",
		text: "Casey Talbot and her husband ran the pier. Mr Talbot fished; Mrs Talbot sold tickets.\n\n\"We loved it,\" Talbot said.", want: "Talbot"},
	{name: "the pronouns after the last name tell which of a man and a woman of it",
		text: "Tom Hale and his wife, Nora Hale, ran the pier. Hale said he would sell the boat.\n\n\"It was a fair price,\" Hale said.", want: "Tom Hale"},
	{name: "pronouns of both genders after the last name tell neither",
		text: "Tom Hale and his wife, Nora Hale, ran the pier. Hale said he would sell the boat. Hale said she would not.\n\n\"It was a fair price,\" Hale said.", want: "Hale"},
}

func TestFullNames(t *testing.T) {
	runSpeakerCases(t, fullNameCases)
}
