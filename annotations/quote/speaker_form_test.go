package quote

import "testing"

// speakerFormCases are fictional attributions (invented names and
// places) whose speaker is the right person in a clean form only when
// the words around the name are read: a name in apposition to a
// description, a person's lawyer or side rather than the person, the
// thing a relative which stands for, a named thing after a preposition,
// and the full name the text brings a person in by.
var speakerFormCases = []speakerCase{
	{name: "said a description, the name closing the sentence", text: `"The vote was rushed," wrote the chairman, Tom Reed.`, want: "Tom Reed", role: "chairman"},
	{name: "a possessive description, the name closing the sentence", text: `"We will not change the rules," said the board's chairman, Ann Varo. Others disagreed.`, want: "Ann Varo", role: "board's chairman"},
	{name: "a kin description and a first name alone", text: `"It was a fine day for it," said the mayor's brother, Kit.`, want: "Kit", role: "mayor's brother"},
	{name: "one of a group, the name before its workplace", text: `"It was never settled," says one of the team, Ann Varo from Lund University.`, want: "Ann Varo", role: "one of the team"},
	{name: "a thing's description names no person", text: `"Tolls rise in May," said the notice, Harbour News.`, want: "the notice"},
	{name: "he after a name in apposition to one of a group", text: "Paul Lund found the wreck in May.\n\nThat matters, adds one of the team, Tom Reed from Lund University. \"It changes the map of the coast,\" he told the radio.", want: "Tom Reed", role: "one of the team"},
	{name: "which after a person's name stands for the thing before it", text: `Locals still talk about the 2016 television piece with Tom Reed, which suggested a smuggling ring ran the docks and referred to the town as "a quiet place where people vanish into the fog."`, want: "the 2016 television piece"},
	{name: "which after a body's name stands for the body", text: `Portline, which runs the ferries, said the crossing was "safe in any weather."`, want: "Portline"},
	{name: "a full name that opens a sentence as its subject", text: "Ysolde Quorn of Lund said the pier was unsafe.\n\n\"It will fall in the first storm,\" Quorn said.", want: "Ysolde Quorn"},
	{name: "a full name after a noun for a person that opens the sentence", text: "Archaeologist Ysolde Quorn led the dig.\n\n\"We found a hearth,\" Quorn said.", want: "Ysolde Quorn"},
	{name: "a full name after a title that ends the sentence", text: "The campaign was led by Gov. Ysolde Quorn.\n\n\"It works,\" Quorn said.", want: "Ysolde Quorn"},
	{name: "a full name after a capitalised office", text: "The roads were closed by noon, and County Executive Ysolde Quorn warned more snow was coming.\n\n\"Stay home,\" Quorn said.", want: "Ysolde Quorn"},
	{name: "a listed first name before a last name with a letter outside ASCII", text: "Tom Brünnvik scored twice in the second half.\n\n\"We played as a team,\" Brünnvik said.", want: "Tom Brünnvik"},
	{name: "two full names that open a sentence together", text: "Ysolde Quorn and Kit Varsan told the board about the storm.\n\n\"The pier held,\" Quorn said.", want: "Ysolde Quorn"},
	{name: "a full name after expert", text: "The stains are old, bloodstain expert Ysolde Quorn of Lund University told the Gazette.\n\n\"They were made by a living person,\" Quorn said.", want: "Ysolde Quorn"},
	{name: "two full names before where they work", text: "Ysolde Quorn and Kit Varsan from the harbour radio station spoke after the storm.\n\n\"The pier held,\" Quorn said.", want: "Ysolde Quorn"},
	{name: "a region that opens a sentence names no one", text: "Southern Varsan reported floods all week.\n\n\"We are ready for more,\" Varsan said.", want: "Varsan"},
	{name: "a named journal after in is no speaker", text: `The authors of a paper that appeared in the journal Harbour Science argued that the reef was "beyond saving".`, want: "the authors"},
	{name: "a title after a place keeps its name", text: `At the hearing harbour pilot Ann Hale said the pier was "unsafe for ships".`, want: "Ann Hale"},
	{name: "an apposed name's own title is its role", text: `"The pier is safe for now," said Portline's spokesman, Brig. Gen. Tom Reed.`, want: "Tom Reed", role: "Brig. Gen."},
	{name: "an apposed name's own title after a description with an article", text: `"The pier is safe for now," said the port's spokesman, Brig. Gen. Tom Reed.`, want: "Tom Reed", role: "Brig. Gen."},
	{name: "a description with for before a name that closes the sentence", text: `"The talks go on," said the spokesman for the Norland president, Kito Varsan.`, want: "the spokesman for the Norland president"},
	{name: "a description with for before a name and the speech verb", text: `The minister will visit the coast "to show support for the harbour towns," the spokesman for the Norland president, Kito Varsan, said on Monday.`, want: "the spokesman for the Norland president"},
	{name: "a description with of a body before a name and the speech verb", text: `The minister will visit the coast "to show support for the harbour towns," the head of the harbour board, Kito Varsan, said on Monday.`, want: "Kito Varsan", role: "head of the harbour board"},
	{name: "a firm with partners after of", text: `"The stains were made by a living person," stain expert Ysolde Quorn of Lund, Varsan and Partners Inc. told the Gazette.`, want: "Ysolde Quorn", role: "stain expert"},
	{name: "a firm joined with and after of", text: `"The stains were made by a living person," Ysolde Quorn of Lund and Associates told the Gazette.`, want: "Ysolde Quorn"},
	{name: "a firm's own name before the speech verb", text: `"The stains were made by a living person," Lund, Varsan and Partners told the Gazette.`, want: "Partners"},
	{name: "a given name spelt like a modal", text: "Kit Quorn's brother, Will, told the radio that Kit had called \"five times about the same leak.\"\n\n\"Kit took the boat to the yard, but they could not fix it there,\" Will said.", want: "Will"},
	{name: "according to a person's lawyer", text: `The talks stalled. According to Ann Hale's lawyer, the board is taking "extreme positions" on the pier.`, want: "Ann Hale's lawyer"},
	{name: "according to a person's side", text: `The talks stalled. According to Ann Hale's side, the board is taking "extreme positions" on the pier.`, want: "Ann Hale's side"},
	{name: "said a person's lawyer", text: `"The board is stalling," said Ann Hale's lawyer.`, want: "Ann Hale's lawyer"},
	{name: "said a person's spokesman, the name closing the sentence", text: `"The board is stalling," said Ann Hale's spokesman, Tom Reed.`, want: "Tom Reed", role: "Ann Hale's spokesman"},
	{name: "a person's document is the person's", text: `The talks stalled. According to Ann Hale's statement, the board is taking "extreme positions" on the pier.`, want: "Ann Hale"},
	{name: "a hyphenated given name is the whole given name", text: "Harbour director Eva-Maren Lund closed the pier on Monday.\n\nMs Lund said: \"We will reopen it in May.\"", want: "Eva-Maren Lund"},
	{name: "a hyphenated given name after an office", text: "Deputy Director of Harbour Works Ann-Kit Lund closed the pier.\n\nMs Lund said: \"We will reopen it in May.\"", want: "Ann-Kit Lund"},
	{name: "a pop-up card's names after the name", text: "Norland Gov. Kit Varo Kit Lena Varo Norland governor sticks with 'fish, we are on it' slogan Norland drops pier law MORE (R) has defended the slogan.", want: "Kit Varo", role: "Norland Gov."},
	{name: "a place named twice with a word between is kept", text: `"The ferry will run all winter," said a spokesman for Norland Ferries of Norland.`, want: "a spokesman for Norland Ferries of Norland"},
	{name: "a hyphenated given name of the other sex is another person", text: "Jon-Erik Lund closed the pier on Monday.\n\nMs Lund said: \"We will reopen it in May.\"", want: "Lund"},
	{name: "a given name of the baby-name statistics starts the full name", text: "Myrna Lund, who runs the harbour cafe, was at the meeting.\n\n\"The fees are too high,\" Lund said.", want: "Myrna Lund"},
}

// TestSpeakerForm checks speakerFormCases as TestSpeakerAttribution
// checks speakerCases.
func TestSpeakerForm(t *testing.T) { runSpeakerCases(t, speakerFormCases) }
