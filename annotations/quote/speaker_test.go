package quote

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// speakerCase is one fictional attribution: the speaker and role expected
// for the last quotation of text (or the quotation holding find).
type speakerCase struct {
	name, text, want, role string
	find                   string
}

// speakerCases are the constructions of news attribution, each in its own
// fictional sentence (invented names and places).
var speakerCases = []speakerCase{
	// X said / said X / X, the Y of Z, said
	{name: "a description opening a sentence is written in lower case", text: `The harbour board said the pier was "not safe for crowds."`, want: "the harbour board"},
	{name: "a name opening with The keeps its capital", text: `The Portmore Gazette said the pier was "not safe for crowds."`, want: "The Portmore Gazette"},
	{name: "a caption line with no full stop ends before the next paragraph's sentence", text: "(Photo: Ines Dale/The Harbour Gazette)\n\nPilots at the Portmore harbour office said on Monday that they had charted a new channel. They are calling it \"the Long Gut of the north bay.\"", want: "Pilots"},
	{name: "said X after", text: `"The pier opens in May," said Ada Lind.`, want: "Ada Lind"},
	{name: "X said after", text: `"The pier opens in May," Ada Lind said.`, want: "Ada Lind"},
	{name: "X said before", text: `Ada Lind said, "The pier opens in May."`, want: "Ada Lind"},
	{name: "X said that before", text: `Ada Lind said on Monday that the pier was "almost finished".`, want: "Ada Lind"},
	{name: "appositive as the role", text: `"The pier opens in May," Ada Lind, a harbour engineer, said.`, want: "Ada Lind", role: "harbour engineer"},
	{name: "the Y of Z appositive as the role", text: `"The pier opens in May," Ada Lind, the chair of the harbour board, said.`, want: "Ada Lind", role: "chair of the harbour board"},
	{name: "relative clause skipped", text: `Ada Lind, who runs the harbour, said "the pier opens in May".`, want: "Ada Lind"},
	{name: "an age and an apposition skipped", text: `"The pier opens in May," Ann Hale, 61, a retired teacher from Portmore, said.`, want: "Ann Hale"},
	{name: "party tag skipped", text: `"The pier opens in May," Sen. Ada Lind, D-Maine, said.`, want: "Ada Lind", role: "Sen."},
	{name: "a dotted party tag skipped", text: `Many fear what Sen. Ada Lind, D-N.Y., called the "constant disruption of the port."`, want: "Ada Lind", role: "Sen."},
	{name: "party tag in brackets dropped", text: `"The pier opens in May," Sen. Ada Lind (D-Maine) said.`, want: "Ada Lind", role: "Sen."},
	{name: "has long said", text: `Ann Hale has long maintained the pier is "almost finished and safe".`, want: "Ann Hale"},
	{name: "a modal and now between the speaker and ask", text: `If we lived in calmer times -- with some sense of history -- a reader would now ask: "Why is the pier closed on a Sunday?"`, want: "a reader"},
	{name: "still between the name and the verb", text: `Ann Hale still says the pier is "far too short for the ships".`, want: "Ann Hale"},
	{name: "amid opening the sentence is no speaker", text: "The harbour board met on Monday.\n\nAmid loud protests at the pier, the vote let Lund claim that the port would stay \"open to every boat.\"", want: Unknown},
	{name: "the person, not the body of a role apposition", text: `Tom Reed, a senior analyst at Harbourwatch, the Portmore shipping research group, told the Gazette in May that the fleet was "older than it looks and poorly kept."`, want: "Tom Reed", role: "senior analyst at Harbourwatch"},
	{name: "the person, not the body of a role apposition with for", text: `Cmdr. Tom Reed, a spokesman for Harbour Watch, the coast guard patrol that guards the northern bays, told Gazette reporter Ann Hale on Monday that the rumour "is simply wrong."`, want: "Tom Reed", role: "Cmdr."},
	{name: "according to a description with the name in apposition", text: `Ann Hale grew up on the pier. According to her uncle, Tom Reed, "She could sail before she could walk."`, want: "Tom Reed"},
	{name: "said a description with the name in apposition", text: `"The pier is sound," said the chief engineer, Dr. Ines Varga, a professor of building at Portmore College.`, want: "Ines Varga", role: "Dr."},
	{name: "an office towards a place is a description", text: `Portmore's ambassador to Norland warned that the town "will not stand idle."`, want: "Portmore's ambassador to Norland"},
	{name: "an office towards a place before the name", text: `Portmore's ambassador to Norland Kito Varsan has said that the town has the "patience and the tools" to end the dispute.`, want: "Kito Varsan", role: "Portmore's ambassador to Norland"},
	{name: "a state after of ends the name", text: `"The pier is unsafe," Sen. Tom Reed of Maine said.`, want: "Tom Reed", role: "Sen."},
	{name: "a workplace after of ends the name", text: `"The tide turned at noon," said harbour pilot Ines Varga of the Portmore Sailing Club in Norland.`, want: "Ines Varga", role: "harbour pilot"},
	{name: "a workplace after of ends a name after a role", text: `"The ice is thin," said glacier scientist Kito Varsan of Norland's Polar Institute.`, want: "Kito Varsan", role: "glacier scientist"},
	{name: "an office of a body stays whole", text: `"Rates stay where they are," said the chief economist of the Bank of Norland.`, want: "the chief economist of the Bank of Norland"},
	{name: "a month without its day inside the attribution", text: `Cmdr. Tom Reed, a spokesman for Harbour Watch, told Gazette reporter Ann Hale on Nov. that the rumour "is simply wrong."`, want: "Tom Reed", role: "Cmdr."},
	{name: "a workplace after an Arabic article is not the speaker", text: `"We have no beds left," a nurse at al-Noor Hospital said.`, want: "a nurse"},
	{name: "a name ending in an Arabic article stays whole", text: `"The border stays open," said Kito Varsan al-Dabbagh, who runs the crossing.`, want: "Kito Varsan al-Dabbagh"},
	{name: "a person's rep after the quotation", text: "The board gave its side.\n\n\"The board wants to make this about money,\" Ann Hale's rep said.", want: "Ann Hale's rep"},
	{name: "a person's rep told before the quotation", text: "The board gave its side.\n\nAnn Hale's rep told the Gazette that this, too, was not true. \"The board wants to make this about money.\"", want: "Ann Hale's rep"},
	{name: "a title in capitals still cuts a name", text: `"The pier opens in May," said the harbour's Sen`, want: Unknown},
	{name: "a body named with of stays whole", text: `"Rates stay where they are," the Bank of Norland said.`, want: "the Bank of Norland"},
	{name: "a hyphenated last name ends its sentence", text: `The crew sleeps for months. "Sleep saves food," explains crew chief Ada Tan-Lind. "It also saves water and air."`, want: "Ada Tan-Lind", role: "crew chief"},
	{name: "comments X after", text: `"We changed the hull, the engines and the cabins," comments Ines Varga of the harbour design office.`, want: "Ines Varga"},
	{name: "has written X after a long apposition", text: "Who pays? The buyers.\n\n\"If the town taxes imported nets, the fishermen pay the tax, not the net makers,\" Ines Varga, a senior fellow at the Portmore-Norland Harbour Policy Institute, has written.", want: "Ines Varga", role: "senior fellow at the Portmore-Norland Harbour Policy Institute"},
	{name: "a description shouts", text: "The footage shows officers on the jetty.\n\n\"Police! Step away from the boat!\" an officer shouts.", want: "an officer"},
	{name: "a description ordered", text: "The footage shows officers on the jetty.\n\n\"Drop the rope and turn around!\" an officer ordered.", want: "an officer"},
	{name: "a source inside a place, not the place", text: `A source inside the harbour office, a clerk who asked not to be named, said that the board's account "has no basis at all."`, want: "a source"},
	{name: "a reporter's source inside a place", text: `A Gazette reporter's source inside the harbour office, a clerk who feared for his job, said that the board's account "has no basis at all."`, want: "A Gazette reporter's source"},
	{name: "the one asked is no speaker", text: `An old rule known as "harbour right" allows any boat in trouble to ask a pier for shelter.`, want: Unknown},
	{name: "a town after a name is no speaker", text: `"We wait for the boats," Ann Hale from Portmore said.`, want: "Ann Hale"},
	{name: "a town and its state after a name", text: `"We wait for the boats," Ann Hale from Portmore, Maine, told the Gazette.`, want: "Ann Hale"},
	{name: "a town and its state in apposition to a name", text: `Before the race, Kieran, from Portmore, Maine, said: "I always wanted to sail to the north bank."`, want: "Kieran"},
	{name: "a long clause before according to is no apposition", text: "Tom Reed spoke first.\n\nThe boat, a trawler, sank off Portmore in January of 2011 and a hull found the next spring was matched to it in 2013 by divers who work for the coast guard. Such cases stay open for years, according to Reed.\n\n\"Some boats we never find,\" he says.", want: "Tom Reed"},
	{name: "a last name in -ed opening the sentence is the name given before", text: "Tom Reed runs the port.\n\nReed, who has never held office, said the plan was \"a folly and a waste.\"", want: "Tom Reed"},
	{name: "shot back", text: `"That is not true," Ann Hale shot back.`, want: "Ann Hale"},
	{name: "went on closing the attribution", text: `"And it never was," Ann Hale went on.`, want: "Ann Hale"},
	{name: "the owner of a claim that the quotation is in", text: `There is some truth to Tom Reed’s claim that he has met “all the harbour pilots”.`, want: "Tom Reed"},
	{name: "the owner of a decree after a role", text: `It amplified his chief aide Ann Hale's decree that the press is "the opposition party."`, want: "Ann Hale"},
	{name: "the owner of a call for", text: `Tom Reed spoke first. Ann Hale's call for "a new harbour law" drew cheers.`, want: "Ann Hale"},
	{name: "in her words", text: "Ann Hale spoke first.\n\nIn her words, the plan is \"a harbour for all.\"", want: "Ann Hale"},
	{name: "the owner of an assessment described before a colon", text: `Tom Reed's assessment was blunt: "It is a folly."`, want: "Tom Reed"},
	{name: "the subject offering an assessment before a colon", text: `Tom Reed offered a blunt assessment: "It is a folly."`, want: "Tom Reed"},
	{name: "the owner of an answer before a colon", text: `Ann Hale's answer: "We start in May."`, want: "Ann Hale"},
	{name: "the subject who has an answer before a colon", text: `Ann Hale had a simple answer: "We start in May."`, want: "Ann Hale"},
	{name: "adverb skipped", text: `"The pier opens in May," Ada Lind later added.`, want: "Ada Lind"},
	{name: "a day opening the sentence before the name", text: "Tom Reed runs the port.\n\nThursday Reed said the pier was \"almost finished and safe\".", want: "Tom Reed"},
	{name: "a time word opening the sentence before the name", text: `Earlier Ada Lind told the board the pier was "almost finished and safe".`, want: "Ada Lind"},
	{name: "said Monday X", text: `"The pier opens in May," said Monday the harbour master.`, want: "the harbour master"},
	// titles and roles apart from the name
	{name: "title kept as role", text: `"The pier opens in May," Sen. Ada Lind said.`, want: "Ada Lind", role: "Sen."},
	{name: "office kept as role", text: `"The pier opens in May," Secretary of State Ann Hale said.`, want: "Ann Hale", role: "Secretary of State"},
	{name: "lower-case role before the name", text: `"The pier opens in May," said harbour engineer Ada Lind.`, want: "Ada Lind", role: "harbour engineer"},
	{name: "a title with a joiner is no role", text: `"The pier opens in May," the producers of House of Cards said.`, want: "the producers of House of Cards"},
	{name: "a two-word body is not split", text: `"The pier opens in May," National Harbours said.`, want: "National Harbours"},
	{name: "two military ranks in an apposition", text: `"The pier opens in May," the harbour's chief spokesman, Brig. Gen. Ada Lind, told the Gazette.`, want: "Ada Lind", role: "Brig. Gen."},
	{name: "a councillor's office kept as role", text: `"The tide waits for nobody," said Councillor Bram Ostby.`, want: "Bram Ostby", role: "Councillor"},
	{name: "a hyphenated office kept as role", text: `"The talks go on," said Secretary-General Maren Tollefsen.`, want: "Maren Tollefsen", role: "Secretary-General"},
	{name: "a family name of two words written alone is the full name's", text: "The harbour authority sent Omar Abu Karam to the talks.\n\n\"We will not sign this week,\" Abu Karam said.", want: "Omar Abu Karam"},
	{name: "an enlisted rank before the name", text: `"We held the pier all night," Pfc. Tom Reed said.`, want: "Tom Reed", role: "Pfc."},
	{name: "honorific dropped", text: `"The pier opens in May," Ms. Hale said.`, want: "Hale"},
	// according to / told / wrote / posted / colon
	{name: "according to", text: `According to the harbour master, "the pier opens in May."`, want: "the harbour master"},
	{name: "according to a speech someone delivered", text: `The plan is meant to curb "activist" investors, according to a speech Ms. Hale delivered at the port in May.`, want: "Hale"},
	{name: "according to a letter a body released", text: `"The pier is safe," according to a letter the Harbour Board released on Monday.`, want: "the Harbour Board"},
	{name: "according to after an opening adverb", text: `Ultimately, according to Lind: "The pier opens in May and the crews are ready."`, want: "Lind"},
	{name: "according to after an opening phrase", text: `In the end, according to the harbour master, "the pier opens in May."`, want: "the harbour master"},
	{name: "told", text: `Ada Lind told the council "the pier opens in May".`, want: "Ada Lind"},
	{name: "X told Y after", text: `"The pier opens in May," Ada Lind told reporters.`, want: "Ada Lind"},
	{name: "wrote", text: `In a letter, Ada Lind wrote: "The pier opens in May."`, want: "Ada Lind"},
	{name: "said in a post", text: `"The pier opens in May," Ada Lind said in a post on Friday.`, want: "Ada Lind"},
	{name: "in a statement X said", text: `In a statement, the Harbour Board said the pier was "almost finished and safe".`, want: "the Harbour Board"},
	{name: "colon label", text: `Ada Lind: "The pier opens in May."`, want: "Ada Lind"},
	{name: "a colon after a predicate takes its subject", text: `Tom Reed didn't mince words: "The pier opens in May and the crews are ready."`, want: "Tom Reed"},
	{name: "a colon after a past verb takes its subject", text: `Ann Hale followed up: "And what about the boats?"`, want: "Ann Hale"},
	{name: "a name ending a clause before a colon is no label", text: `Ann Hale shared the news on Instagram: "The pier opens in May and the crews are ready."`, want: "Ann Hale"},
	{name: "a headline's last words before a colon are no label", text: `NEWS FROM THE PIER: "Boats first" is the new harbour plan`, want: Unknown},
	{name: "dash credit", text: `"The pier opens in May." ― Ada Lind`, want: "Ada Lind"},
	{name: "titled credit closing its line without a full stop", text: "\"We need to weigh every boat in the harbour, not only the big ones.\" Dr. Ada Lind\n\nThe pier opens in May.", want: "Ada Lind", role: "Dr."},
	{name: "credit by a first name closing its line", text: "\"We need to weigh every boat in the harbour, not only the big ones.\" Tom Reed", want: "Tom Reed"},
	{name: "a credit does not run over a line break", text: "\"We need to weigh every boat in the harbour, not only the big ones.\" Tom\nReed", want: Unknown},
	{name: "a heading after a quotation is no credit", text: "\"We need to weigh every boat in the harbour, not only the big ones.\" Read More", want: Unknown},
	{name: "preceding paragraph ends with a speech verb and a comma", text: "In a video on Monday, the harbour master explains,\n\n\"The pier opens in May.\"", want: "the harbour master"},
	{name: "preceding paragraph ends with a comma but no speech verb", text: "In a video on Monday, with the boats in,\n\n\"The pier opens in May.\"", want: Unknown},
	{name: "preceding paragraph ends with colon", text: "Ada Lind explained her plan:\n\n\"The pier opens in May.\"", want: "Ada Lind"},
	// speech verbs after the quotation
	{name: "laughed X", text: `"The pier opens in May, if the gulls allow it," laughed Ada Lind.`, want: "Ada Lind"},
	{name: "revealed X", text: `"The pier opens in May," revealed Tom Reed.`, want: "Tom Reed"},
	{name: "X recalled", text: `"We started with one boat," Tom Reed recalled.`, want: "Tom Reed"},
	{name: "X added after a split", text: `"We start," Tom Reed said. "We finish in May," Ada Lind added.`, want: "Ada Lind"},
	{name: "X captioned a photo", text: `"The pier opens in May and the crews are ready," Ann Hale captioned the photo.`, want: "Ann Hale"},
	{name: "X captioned a photo, then a colon", text: `Ann Hale captioned the photo: "The pier opens in May and the crews are ready."`, want: "Ann Hale"},
	{name: "X confided", text: `"The pier was never safe," Ann Hale confided.`, want: "Ann Hale"},
	{name: "X shot back", text: `"The pier was never safe," Ann Hale shot back.`, want: "Ann Hale"},
	{name: "X pointed out", text: `"The pier was never safe," Ann Hale pointed out.`, want: "Ann Hale"},
	{name: "asked X", text: `"Why should the pier wait?" asked Ada Lind.`, want: "Ada Lind"},
	{name: "X quipped", text: `"The gulls will love it," Ada Lind quipped.`, want: "Ada Lind"},
	{name: "the agent of a passive naming verb", text: `The plan was called "a waste of harbour money" by Ann Hale.`, want: "Ann Hale"},
	{name: "the agent of a naming participle", text: `The plan, dubbed "a waste of harbour money" by Ann Hale, passed anyway.`, want: "Ann Hale"},
	{name: "by after a quotation without a naming verb is no agent", text: `The plan passed "with a narrow margin" by Tuesday.`, want: Unknown},
	{name: "X was quoted as saying", text: `Ada Lind was quoted as saying "the pier opens in May."`, want: "Ada Lind"},
	{name: "X recalled Y saying: the words are Y's", text: `Ann Hale recalled Tom Reed saying "we will finish the pier in May."`, want: "Tom Reed"},
	{name: "X recalled him saying: the words are his", text: "Tom Reed visited the harbour.\n\nAnn Hale recalled him saying \"we will finish the pier in May.\"", want: "Tom Reed"},
	{name: "Y quoted X as saying: the words are X's", text: `The Gazette quoted Ada Lind as saying that the pier was "almost finished and safe".`, want: "Ada Lind"},
	{name: "Y quoted X as saying after the quotation", text: `"The pier opens in May," the Gazette quoted Ada Lind as saying.`, want: "Ada Lind"},
	{name: "Y quoted a description as saying", text: `"The pier opens in May," the Gazette quoted the harbour master as saying.`, want: "the harbour master"},
	{name: "Y quoted X with an apposition as doing", text: `The Gazette quoted Tom Reed, the harbour lawyer, as rejecting the claim: "The pier is safe and sound."`, want: "Tom Reed", role: "harbour lawyer"},
	{name: "X was quoted by Y as saying after the quotation", text: `"The pier opens in May," Ada Lind was quoted by the Gazette as saying.`, want: "Ada Lind"},
	{name: "a pronoun quoted by Y as saying", text: "Ada Lind spoke in Portmore.\n\n\"The pier opens in May,\" she was quoted by the Gazette as saying.", want: "Ada Lind"},
	{name: "to quote X", text: `To quote Ada Lind, "the pier opens in May."`, want: "Ada Lind"},
	{name: "to quote a description", text: `To quote a harbour pilot, "the pier opens in May."`, want: "a harbour pilot"},
	{name: "in the words of X", text: `In the words of Ada Lind, "the pier opens in May."`, want: "Ada Lind"},
	{name: "in the words of X after another speaker", text: `Tom Reed said that, in the words of Ada Lind, the pier was "a waste of harbour money".`, want: "Ada Lind"},
	{name: "what a naming verb names is no speaker", text: `A letter signed by 40 harbour workers called the plan "a folly."`, want: "a letter"},
	{name: "a sentence after a colon-introduced quotation is no attribution", text: "Tom Reed spoke at the port.\n\nHe told the crowd: \"We will win the port.\" The crowd cheered.", want: "Tom Reed"},
	{name: "the listener of tell is no speaker", text: `Her stories led the pier's owner to tell the harbour board, "If you close the pier, I quit."`, want: Unknown},
	{name: "X told Y that", text: `Ann Hale told Tom Reed that "the pier will open in May."`, want: "Ann Hale"},
	{name: "X told Y after", text: `"The pier will open in May," Ann Hale told Tom Reed.`, want: "Ann Hale"},
	{name: "quoted by an outlet as saying", text: `Tom Reed was quoted by the Gazette as saying "the pier will open in May."`, want: "Tom Reed"},
	{name: "in a statement on a day", text: `"The pier will open in May," the Harbour Board said in a statement on Monday.`, want: "the Harbour Board"},
	{name: "question and answer", text: "Q: Will the pier open?\n\nA: \"It will open in May,\" Hale said.", want: "Hale"},
	{name: "X's spokesman said", text: `"The pier opens in May," Ada Lind's spokesman said.`, want: "Ada Lind's spokesman"},
	{name: "name in apposition to a description", text: `“Work is going on,” the mayor’s spokesman, Dana Ortiz, told reporters.`, want: "Dana Ortiz", role: "mayor’s spokesman"},
	{name: "name in apposition to a possessive description", text: `“Work is going on,” Acme's spokesman, Dana Ortiz, said.`, want: "Dana Ortiz", role: "Acme's spokesman"},
	{name: "name in apposition to a description owned by a full name", text: `Tom Reed's spokeswoman, Ann Hale, said the pier would open "as soon as the crews are ready".`, want: "Ann Hale", role: "Tom Reed's spokeswoman"},
	{name: "a nickname inside the name is dropped", text: `"The pier opens in May," Robert "Bobby" Reed said.`, want: "Robert Reed"},
	{name: "name with an office and a party tag in apposition to a description", text: `"We have to show them!" the mayor's niece, state Del. Ana "Annie" Ruiz (D-Portmore), shouted to the crowd.`, want: "Ana Ruiz", role: "state Del."},
	{name: "name in apposition to a description owned by a plural possessive", text: `Ada Innes' attorney, Kit Moss, said in a letter that the tracker let her client's "bosses watch every move the crews made."`, want: "Kit Moss", role: "Ada Innes' attorney"},
	{name: "name in apposition to a description owned by a full name, after an opening phrase", text: `Speaking in the rain, Tom Reed's publicist, Ann Hale, said his defeat was part of the "harbour war" in Portmore.`, want: "Ann Hale", role: "Tom Reed's publicist"},
	{name: "an apposition between dashes skipped", text: `"It is a folly," Ann Hale — the mayor of Portmore — said.`, want: "Ann Hale"},
	{name: "an apposition between double hyphens skipped", text: `Ann Hale -- the mayor -- said the plan was "a folly."`, want: "Ann Hale"},
	{name: "a name between dashes after a description", text: `The mayor — Ann Hale — said the plan was "a folly."`, want: "Ann Hale"},
	{name: "name in brackets after a description", text: `A harbour spokeswoman (Dana Ortiz) said the pier was "almost finished".`, want: "Dana Ortiz"},
	// organisations and descriptions
	{name: "a person from a body", text: `"We start in May," Ann Hale from the Portmore Harbour Board told the Gazette.`, want: "Ann Hale"},
	{name: "a person of a body with a relative clause", text: `"We start in May," Ann Hale of the Portmore Harbour Board, who was not at the talks, told Tom Reed at the Gazette.`, want: "Ann Hale"},
	{name: "a description from a body", text: `"We start in May," a pilot from the Portmore Harbour Board said.`, want: "a pilot from the Portmore Harbour Board"},
	{name: "an unnamed source familiar with a matter", text: `"The pier opens in May," a person familiar with the plan said.`, want: "a person familiar with the plan"},
	{name: "an unnamed source with knowledge of a matter", text: `"The pier opens in May," two people with knowledge of the talks said.`, want: "two people with knowledge of the talks"},
	{name: "a document by people is no source", text: `A short note signed by three of the harbour pilots said Tom Reed had "asked for a new pier" last week.`, want: "three of the harbour pilots"},
	{name: "a person in a crowd", text: `"The pier opens in May," a woman in the crowd shouted.`, want: "a woman"},
	{name: "a person at one point", text: `Thousands watched, with Mayor Ana Ruiz at one point tweeting, "The crews are back in the harbour at last."`, want: "Ana Ruiz", role: "Mayor"},
	{name: "description after verb", text: `"The pier opens in May," said the official.`, want: "the official"},
	{name: "description before verb", text: `"The pier opens in May," the harbour official told reporters.`, want: "the harbour official"},
	{name: "role phrase", text: `"The pier opens in May," a senior official said.`, want: "a senior official"},
	{name: "location after an organisation dropped", text: `“Talks will resume,” the Harbour Authority in Portmore said in a statement.`, want: "the Harbour Authority"},
	{name: "an owner's board", text: `The Gazette's editorial board called the plan "a folly."`, want: "The Gazette's editorial board"},
	{name: "a group in a named body", text: `Republicans in the House called the plan "a folly."`, want: "Republicans"},
	{name: "a person of a named body", text: `"It is a folly," Ann Hale of the Harbour Bank said.`, want: "Ann Hale"},
	{name: "an office of a named body kept", text: `"It is a folly," the governor of the Harbour Bank said.`, want: "the governor of the Harbour Bank"},
	{name: "place of an office kept", text: `“Talks will resume,” the mayor of Portmore said.`, want: "the mayor of Portmore"},
	{name: "affiliation kept", text: `“Talks will resume,” a spokeswoman for Acme said.`, want: "a spokeswoman for Acme"},
	{name: "scare quote, organisation after", text: `Officials are upset by "reckless" remarks, the ministry said.`, want: "the ministry"},
	{name: "a group without a determiner", text: `"The pier is closed until further notice," harbour officials said.`, want: "harbour officials"},
	{name: "a group before its verb in the sentence", text: `In May, marine researchers wrote that the reef was "recovering faster than expected".`, want: "marine researchers"},
	{name: "a group after a subordinator", text: `The boats left the harbour, as onlookers chanted "Open the pier now!" at the council.`, want: "onlookers"},
	{name: "a group after a comma and and", text: `The council closed the pier, and fishermen's leaders said it was "a disaster for the town".`, want: "fishermen's leaders"},
	{name: "a poll's share is who answered", text: `Half agreed. However, 63 percent said Ann Hale was "justified" in keeping quiet.`, want: "63 percent"},
	{name: "a poll's share of a group after that", text: `The poll found that 40 percent of voters said the plan was "a folly".`, want: "40 percent of voters"},
	{name: "what a group calls", text: `Fishermen are angry at what critics call a "harbour tax."`, want: "critics"},
	{name: "a lower-case clause is no group", text: `"The pier is closed," and then said nothing.`, want: Unknown},
	{name: "an owner's filing said", text: `However, Ann Hale's brief said that was not her view and dismissed those reports as "old and misread claims."`, want: "Ann Hale's brief"},
	{name: "an owner's filing as the subject of another verb", text: `Ann Hale's lawsuit dismissed those reports as "old and misread claims."`, want: "Ann Hale's lawsuit"},
	{name: "a document reads", text: `"The pier is closed until further notice," the notice reads.`, want: "the notice"},
	{name: "a relative told me", text: `"The pier was our whole life," my grandmother told me.`, want: "my grandmother"},
	{name: "an in-law is a person", text: `"The pier was our whole life," my mother-in-law told me.`, want: "my mother-in-law"},
	{name: "a noun in -ly is no adverb", text: `"We are grateful for every boat that came out," the family said in a statement.`, want: "the family"},
	{name: "an owner's family", text: `"We are grateful for every boat that came out," Tom Reed's family said.`, want: "Tom Reed's family"},
	{name: "the statement", text: `"The pier is closed until further notice," the statement said.`, want: "the statement"},
	// a quotation over several paragraphs, split quotations, runs
	{name: "an open paragraph takes the attribution of the next", text: "\"Tested under load, the knots slipped every time.\n\n\"Even with new ropes, the pier is unsafe,\" the engineers wrote.", want: "the engineers", find: "knots slipped"},
	{name: "an open quotation over three paragraphs", text: "\"The boats came in at dawn.\n\n\"The nets were empty again.\n\n\"We will try the north bank,\" Tom Reed said.", want: "Tom Reed", find: "boats came"},
	{name: "a closed quotation is not the next one's", text: "\"The boats came in at dawn.\"\n\n\"We will try the north bank,\" Tom Reed said.", want: Unknown, find: "boats came"},
	{name: "a title-like quotation coordinated with another shares its speaker", text: `Ann Hale called the plan "Harbour Folly" and "Pier Madness" at the meeting.`, want: "Ann Hale"},
	{name: "a quotation takes the attribution of the one coordinated with it", text: `"Too late" and "too costly," Ann Hale said of the plan.`, want: "Ann Hale", find: "Too late"},
	{name: "split quotation", text: `"We start," Tom Reed said, "and we finish in May."`, want: "Tom Reed"},
	{name: "an answer between two quotations is the second's", text: `"Which boats?" Tom Reed asked, to which Ann Hale replied, "All of them."`, want: "Ann Hale", find: "All of them"},
	{name: "over several paragraphs", text: "\"The pier opens in May,\" Ada Lind said. \"We have the money.\n\n\"And we have the crews,\" she said.", want: "Ada Lind", find: "And we have"},
	{name: "quotation run keeps its speaker", text: `Ada Lind spoke on Monday. "The pier opens in May," she said. "The crews are ready."`, want: "Ada Lind"},
	{name: "same paragraph pronoun follows the last speaker", text: `"We start," Tom Reed said. "We finish in May," he added.`, want: "Tom Reed"},
	{name: "a quotation paragraph after one that ends on the last speaker acting", text: "Ann Hale spoke on Monday.\n\nThough she called the plan \"outrageous\" and called for pay to be \"clawed back\" from the chiefs, Hale restricted her comments about closing the port, the pier and the old boat yard to some hazy and distant future.\n\n\"If any port cannot be run well, it should be closed.\"", want: "Ann Hale"},
	{name: "reported speech in the paragraph before", text: "Tom Reed opened the meeting.\n\nAnn Hale said the pier would open in May.\n\n\"We have the money and the crews.\"", want: "Ann Hale"},
	{name: "reported speech in a clause after and", text: "Tom Reed ran the port.\n\nHer father owned a boat, and Ann Hale recalls one winter on the water. \"We had ice on the ropes every morning.\"", want: "Ann Hale"},
	{name: "according to X in the paragraph before", text: "Tom Reed opened the meeting.\n\nAccording to Ann Hale, the pier is close to finished.\n\n\"We have the money and the crews.\"", want: "Ann Hale"},
	{name: "reported speech two sentences before, a pronoun between", text: "Tom Reed opened the meeting.\n\nAnn Hale says the vote went badly. Then she left the hall.\n\n\"We have the money and the crews.\"", want: "Ann Hale"},
	{name: "a pronoun of the other gender between is no link", text: "Tom Reed opened the meeting.\n\nAnn Hale says the vote went badly. Then he left the hall.\n\n\"We have the money and the crews.\"", want: Unknown},
	{name: "reported view in the sentence before", text: "Tom Reed spoke first. Ann Hale believes the pier will open in May. \"We have the money and the crews.\"", want: "Ann Hale"},
	{name: "the person the sentence before describes", text: "\"We lost the boats,\" Ann Hale said. She looks out over the harbour. \"But we are happy now.\"", want: "Ann Hale"},
	{name: "the person the paragraph before describes after an opening phrase", text: "Ann Hale ran the port for years.\n\nAfter a long silence, Hale nodded.\n\n\"We kept the harbour open through every storm.\"", want: "Ann Hale"},
	{name: "a described thing in the paragraph before is no speaker", text: "Ann Hale ran the port for years.\n\nWith the boats in, the harbour fell quiet.\n\n\"We kept the harbour open through every storm.\"", want: Unknown},
	{name: "the person described past an apposition", text: "Ann Hale, a pilot for 20 years, disagrees. \"I knew it would open in May. The crews were always ready.\"", want: "Ann Hale", role: "pilot for 20 years"},
	{name: "the person described past an age", text: "Tom Reed, 54, has worked at the harbour for 30 years.\n\n\"The pier opens in May and the crews are ready.\"", want: "Tom Reed"},
	{name: "one who did not respond is no speaker", text: "Ann Hale did not respond to a request for comment.\n\n\"The pier opens in May and the crews are ready.\"", want: Unknown},
	{name: "one who declined to comment is no speaker", text: "Tom Reed declined to comment. \"The pier opens in May and the crews are ready.\"", want: Unknown},
	{name: "a negated view keeps its holder the speaker", text: "Ann Hale is not so sure. \"I knew it would open in May. The crews were always ready.\"", want: "Ann Hale"},
	{name: "a described thing is no speaker", text: "The weather was fine. The boats came in. \"We are happy now with the catch.\"", want: Unknown},
	// the speaker named in the sentence before, pronouns
	{name: "previous sentence attribution", text: `The council met, Ada Lind said. "The pier opens in May."`, want: "Ada Lind"},
	{name: "pronoun after, resolved", text: `Mayor Ada Lind spoke first. "The pier opens in May," she said.`, want: "Ada Lind", role: "Mayor"},
	{name: "pronoun is the last speaker, not the last name", text: "Ms Alvarez, who met Mr Brandt earlier, said she welcomed Mr Brandt's offer.\n\nThe talks marked a \"fresh start,\" she said.", want: "Alvarez"},
	{name: "pronoun follows a later attribution in the paragraph", text: `"We start," Tom Reed said. Ms Alvarez said the talks went well. "We finish in May," she added.`, want: "Alvarez"},
	{name: "pronoun skips a speaker of the other gender", text: `Mr Brandt said the talks went well. Ms Alvarez agreed. "We finish in May," she added.`, want: "Alvarez"},
	{name: "pronoun gender from the first name", text: `Tom Reed said the talks went well. Ann Hale agreed. "We finish in May," she added.`, want: "Ann Hale"},
	{name: "pronoun gender from the full name given earlier", text: "Ann Hale chairs the board and Tom Reed runs the port.\n\nReed said the talks went well. Hale agreed.\n\n\"We finish in May,\" she said.", want: "Ann Hale"},
	{name: "pronoun skips a plural group in -men", text: "Ann Hale runs the port.\n\nThe fishermen said the pier was unsafe. \"We will wait for the spring,\" she said.", want: "Ann Hale"},
	{name: "pronoun skips a plural group in -s", text: "Tom Reed runs the port.\n\nThe inspectors said the pier was unsafe. \"We will wait for the spring,\" he said.", want: "Tom Reed"},
	{name: "pronoun resolved to the only possessor that fits", text: "The storm pushed the wreck onto Ann Hale's land last week.\n\n\"We lost the whole crop,\" she told the Gazette.", want: "Ann Hale"},
	{name: "pronoun resolved to a titled possessor", text: "Tom Reed said the storm was bad. The wreck ended up on Ms. Hale's land.\n\n\"We lost the whole crop,\" she told the Gazette.", want: "Hale"},
	{name: "pronoun antecedent comes before the pronoun", text: "The board met on Monday.\n\nShe said the flood reached Jane Roe's farm because \"the dykes were too low\".", want: Unknown},
	{name: "pronoun is the subject of the sentence before, not an earlier speaker", text: "Tom Reed ran the port for years.\n\n\"The pier is safe,\" said Paul Lund, a harbour engineer.\n\nReed bristles at the question. \"We built it to last,\" he said.", want: "Tom Reed"},
	{name: "pronoun is a titled subject of the sentence before, not an earlier speaker", text: "Another critic, Tom Reed, likened the rules to \"burning the charter\" - a charge that stung.\n\nMr. Lund dismissed the claim as the voice of Mr. Reed's client, a harbour firm. \"I like Tom, but this is wrong,\" he said.", want: "Lund"},
	{name: "pronoun gender from a role before the name", text: "\"The pier is unsafe,\" said harbour widow Terry Lund.\n\nShe continued, \"All we are asking for is a hearing.\"", want: "Terry Lund", role: "harbour widow"},
	{name: "the title of a law is no antecedent", text: "Tom Reed backed the bill, known as the \"Justice Against Storms Act\" in Portmore.\n\n\"All we ask for is a hearing,\" she said.", want: Unknown},
	{name: "a described thing is not he or she", text: "Ann Hale spoke first.\n\nThe debate noted little that was new.\n\n\"Why will he not say it?\" she said.", want: "Ann Hale"},
	{name: "a described person is he or she", text: "Ann Hale spoke first.\n\n\"No,\" the executive answered. \"It is a hard choice,\" he continued.", want: "the executive"},
	{name: "pronoun skips an organisation", text: `Ms Alvarez spoke first. The Harbour Authority said the pier was safe. "We finish in May," she added.`, want: "Alvarez"},
	{name: "pronoun skips objects and possessives", text: "Ms Alvarez met Mr Brandt and praised Mr Brandt's plan.\n\n\"We finish in May,\" she added.", want: "Alvarez"},
	{name: "pronoun resolved to a name in running text", text: "Ann Hale toured the harbour on Monday.\n\nHale walked the length of the pier.\n\n\"We finish in May,\" she said.", want: "Ann Hale"},
	{name: "pronoun is no letter", text: "Hassan wrote to the court in a letter posted online on Tuesday, saying she hoped for a short sentence. She added, \"Patience is the answer to anger.\"", want: "Hassan"},
	{name: "pronoun past sentences it is already the subject of", text: "At 80 and still sharp, Ann Hale keeps a small house above the harbour. She talks fondly of the grandson who sailed with her. Yet she frowned when I mentioned the sale of his boats. She handed me a phone number for Reed's sister, Nora Lind. \"I doubt Nora ever wanted those boats sold,\" she said.", want: "Ann Hale"},
	{name: "pronoun gender from the title the document gives the full name", text: "The council passed the \"Safe Harbour for Fishing Families Act\" on Monday after a long campaign.\n\n\"The mayor has no good reason to block this law,\" said harbour widow Terry Lund.\n\nLund blamed the board for the delays and said she would keep going.\n\n\"We will be back every week until it is signed,\" she said.", want: "Terry Lund"},
	{name: "an adverb between a pronoun and its verb", text: "Tom Reed never explained why he met the buyer again.\n\nHe instead told the Gazette: \"The deal was dead, so I drove over and said so.\"", want: "Tom Reed"},
	{name: "they is the company the paragraph before is about", text: "Harbor Sound have rejected the singer's account.\n\n\"We never stopped her from using those songs at the fair,\" they said in a statement on their website.", want: "Harbor Sound"},
	{name: "they is the company named in apposition the paragraph before", text: "The firm behind the fair, Norland Events, says no deal has been signed.\n\n\"Nothing is agreed until we sign it,\" they said.", want: "Norland Events"},
	{name: "they is a firm named after a person", text: "The firm behind the fair, Dick Lane Productions, says no deal has been signed.\n\n\"Nothing is agreed until we sign it,\" they said.", want: "Dick Lane Productions"},
	{name: "they is no opening phrase", text: "Time and again, the pilots raise the same point.\n\n\"Who pays for the pier?\" they ask.", want: Unknown},
	{name: "pronoun is not the one addressed", text: "Paul Lund, a novelist, read every draft.\n\nTom Reed worked on the harbour history for years. He showed early chapters to Lund, Hale and Varga, who liked them.\n\nAlthough Reed had planned the book as a set of letters, he changed the plan twice. On May 2, he emailed Lund to say the ending was still open. \"It is not finished, but it is close,\" he wrote.", want: "Tom Reed"},
	{name: "pronoun past a name after an opening although", text: "Tom Reed runs the port, and Ann Hale chairs its board.\n\nAlthough Reed had drawn the plan in a week, he could not find the money. \"It is not finished,\" he said.", want: "Tom Reed"},
	{name: "pronoun is no first name inside a longer name", text: "Tom Reed served ten years for the theft. Judge Walter Brisk threw out the verdict on Friday.\n\nAfter the ruling, Reed turned to his stepdaughter, Janey Dorr, and gave her a sign that she says means \"I will always be here.\"", want: "Janey Dorr"},
	{name: "pronoun is a name after a role that opens the sentence", text: "Tom Reed called the coast guard on Monday.\n\nSenior analyst Colleen Dorr flew to Portmore to help. Hear the story on Harbour Radio 4 or online.\n\n\"The wreck was already found by then,\" she says.", want: "Colleen Dorr"},
	{name: "pronoun is no place", text: "Ann Hale spoke for the board on Monday.\n\nThe port lies 130 miles north of Dunmore City, since 2008.\n\n\"We will reopen it in the spring,\" he said.", want: Unknown},
	{name: "pronoun is a family name borne by initials and by the other gender", text: "Nora Hale and her former husband, K.C. Hale, split in 1994.\n\nHale said in his statement that he was sorry for the loss.\n\n\"The two of us made our peace with it long ago,\" he said.", want: "Hale"},
	{name: "pronoun gender picks the full name", text: "Nora Pell slipped on the quay steps on Sunday.\n\nMr Pell said his wife had walked on in front of him.\n\n\"I asked if the steps were dry,\" he said.", want: "Pell"},
	{name: "pronoun gender from the pronoun the document gives the name", text: "Tom Reed ran the port for years.\n\nIn May, Kit Varo said she would sell the boats. Varo wrote to the board.\n\n\"We are done with the harbour,\" he said.", want: "Tom Reed"},
	{name: "pronoun gender from the first name after a dotted title", text: "U.S. Attorney Tom Kerr Jr. said the threats were a crime.\n\nKit A. Dorr, Reed's lawyer, told the Gazette that her client meant no harm.\n\n\"Pat Reed is sorry for every word,\" she said in an email.", want: "Kit A. Dorr", role: "Reed's lawyer"},
	{name: "pronoun is the subject of its own sentence, not the last speaker", text: "Kit A. Dorr, the lawyer for Pat Varo, said her client meant no harm.\n\n\"He is sorry for every word,\" she said in an email.\n\nVaro was held in June over a letter he sent to the harbour board, in which he wrote that he would sink a \"boat full of officials.\"", want: "Pat Varo"},
	{name: "pronoun is no body the document writes with which", text: "Jo Lund's first albums came out through Harbour Sound, which a fund bought last year.\n\nLast week Lund accused Harbour Sound of blocking her show.\n\nShe claimed the label feared a new recording.\n\n\"I just want to sing my own songs,\" she said.", want: "Jo Lund"},
	{name: "pronoun is no place that a place word opens", text: "Ann Hale spoke for the board on Monday.\n\nThe port lies 130 miles north of San Marco, since 2008.\n\n\"We will reopen it in the spring,\" he said.", want: Unknown},
	{name: "pronoun is no place a dateline writes in capitals", text: "DUNMORE HILLS, Maine — Ann Hale spoke for the board on Monday.\n\n\"We will reopen it in the spring,\" he said.", want: Unknown},
	{name: "pronoun is the name after an office's field", text: "The board mourns its Vice President of Sales Kit Varo, who died on Monday at home.\n\n\"Never let a boat leave the pier half full,\" he told the crews in 2012.", want: "Kit Varo"},
	{name: "pronoun is the person a relative clause tells of, not the last speaker", text: "\"We are ready to talk,\" Stern said.\n\nLind, who chairs the board, spoke after him. \"We are not,\" she said.", want: "Lind"},
	{name: "pronoun is not the object of a verb of attack", text: "Tom Reed spoke at the pier on Monday.\n\nHe teased the crews and shrugged off every question. He (wrongly) counted his tonnage twice and repeatedly mocked his March challenger — naming the mayor more often than anyone. He boasted that his port runs \"like a ship's clock\".", want: "Tom Reed"},
	{name: "pronoun is a one-word name the text tells of with who", text: "Tom Reed runs the trail office.\n\nAt the ford I met Kip, 71, who first hiked the trail in 1998. Each spring since, he has gone back. Often Kip covers 80 miles. Either way, he longs for the empty hills.\n\n\"Sometimes I would like to walk alone,\" he said.", want: "Kip"},
	{name: "they is no participle opening the sentence before", text: "The pier was shut in May.\n\nReached on Tuesday by the Gazette, harbour staff would not go into detail. They told the paper that the pier is \"closed for good\".", want: Unknown},
	{name: "it is the body named after the noun of its kind", text: "The harbour charity Harbourwatch warns on its pages: \"Even a calm bay can turn in an hour,\" citing the storm of 2010.\n\nIt adds: \"A boat without a radio should stay in port.\"", want: "Harbourwatch"},
	{name: "pronoun is a name that opens the line after a heading", text: "Dr Lind backed the plan.\n\n\"We have to build it,\" he said.\n\nMemories of the quay\n\nMr Varo, of the Harbour Trust, said he worked on the quay in his youth.\n\nOld dockers once showed him where the wrecks lay.\n\nHe lost track of the place until a walk with Mr Hale, when he felt \"the tide led me back\" to the quay.", want: "Varo"},
	{name: "pronoun is who reports, not the subject of the words reported", text: "Ann Hale said her son met Tom Reed at the pier, and \"Reed kept pouring him rum.\"\n\nShe went on, saying Reed pressed her son to stay on the boat, but a stranger asked him if he was all right. When he said no, Hale said the stranger told her son to leave at once.\n\n\"No one could have warned him about that night,\" she said.", want: "Ann Hale"},
	{name: "pronoun is not what a passive speech verb tells of", text: "\"We hope for a fair outcome,\" said Ann Hale, who speaks for Tom Reed.\n\nKit Varo, the lawyer for Pat Dorr, said Dorr turned down a settlement agreement offered by the port's lawyers. He said Dorr has four children, and a conviction would \"end his career.\"", want: "Kit Varo", role: "lawyer for Pat Dorr"},
	{name: "pronoun is none of the names its own sentence acts on", text: "\"Will you arrange the talks?\" Tom Reed asked Kim Tarr, who reports on the port for Harbour Radio. Tarr asked the mayor whether he would see the fishermen. \"Me? I only write the news,\" she told Reed. \"Then arrange them anyway,\" he told Tarr.", want: "Tom Reed"},
	{name: "pronoun is a family name written alone as a clause's subject", text: "Boats were sold in Portmore by Zev Marlo for years, and Marlo says the trade was fair.\n\n\"Prices are high,\" said Ann Hale, who runs the market.\n\nIn 2014, Marlo met Tom Reed, a buyer from Dunmore, at the pier. The sale went badly. He was later cleared of fraud, calling the case \"a waste of everyone's summer.\"", want: "Zev Marlo"},
	{name: "the family name He after the quotation is no pronoun", text: "\"We will not move,\" said He Lan, a spokesman for the port.", want: "He Lan", role: "spokesman for the port"},
	{name: "the family name He opening the attribution is no pronoun", text: "Ann Hale spoke first.\n\n\"Without the pier, why would anyone sign?\" He Lan, the former head of the port, said at a meeting in Portmore.", want: "He Lan", role: "former head of the port"},
	{name: "the family name He alone inside a sentence is the full name", text: "Port spokesman He Lan said the ships would wait. \"We will not move,\" He added.", want: "He Lan"},
	{name: "pronoun is no name after a role the pronoun's own sentence opens with", text: "Tom Reed runs the port.\n\nHe scolded the crowd. He needled Gazette reporter Jim Varo over a question on fees.\n\nHe grew quiet when he spoke of his \"truly painful\" choice to sell the ferry.", want: "Tom Reed"},
	{name: "pronoun is no name in apposition to an object", text: "Tom Reed runs the port.\n\nHe scolded the crowd and brushed off its complaints. He joked with a clerk about sharing a name with his choice for the harbour board — Tim Varo, whose nomination had called the meeting — and said the two had never met.\n\nThe evening had its strange turns.\n\nHe scolded a clerk over the budget. He grew quiet when he spoke of his \"truly painful\" choice to sell the ferry.", want: "Tom Reed"},
	{name: "pronoun is the agent a passive brings in with who", text: "\"We sail at dawn,\" Tom Reed said.\n\nAnn Hale and Tom Reed will travel to Portmore for the fair.\n\nThe two will be greeted by Mayor Paul Dorr, who is visiting Dunmore. He has long wanted the pier closed, though he favours talks.\n\n\"We will not stop the boats,\" he said.", want: "Paul Dorr", role: "Mayor"},
	{name: "pronoun is the one-word name its paragraph opens with", text: "A storm of complaints cost Harbour Master Tom Reed his post. Auditors have started to check some odd Varo contracts.\n\nVaro stayed calm at the hearing. \"The books are clean. Spotless,\" he said.", want: "Varo"},
	{name: "pronoun is a person the sentence before describes by sex", text: "\"I never touched the boat,\" Kip Varo says.\n\nWhile Varo waited at the gate of his family's cottage to talk to us, his sister abruptly stepped out onto the porch. \"Kip, get in here,\" she says.", want: "his sister"},
	{name: "pronoun is a person the sentence before describes and calls he", text: "Unnamed diver: Harbourwatch said on May 3 that a diver then in his 40s saw Tom Reed on the quay. He said Reed shouted at the crew. The diver knew he had to stay quiet. \"Had I spoken up, the harbour board would have heard of it by noon,\" he said.", want: "the diver"},
	{name: "pronoun is no person the sentence before describes and calls she", text: "\"We sail at dawn,\" Tom Reed said.\n\nThe pilot realized she could not stop him. \"The harbour is closed for a reason,\" he said.", want: "Tom Reed"},
	{name: "pronoun is a person described by sex and brought in with who", text: "Reporters met one grandmother, who knew her grandson ran a kayak stall on the quay but not that his phone number was online. \"I thought I was careful,\" she said.", want: "one grandmother"},
	{name: "pronoun is a family name given an age, after an opening phrase", text: "Rekka Varo, 22, of Dunmore, went missing in May.\n\n\"She rang her mother through a friend,\" said Officer Ann Hale.\n\nOn \"Harbour Nights,\" Varo won fans for her cooking.\n\nShe has kept posting since. Once the story spread, she put up a note about the picture. \"The only thing that hurts is that picture,\" she wrote.", want: "Rekka Varo"},
	{name: "pronoun gender from the pronoun that opens the sentence after the name", text: "Kit Varo runs the harbour. He took the job in May.\n\nAnn Hale's early boats came from a yard that a trust led by harbour chief Kit Varo acquired this year.\n\nIn a note at the time she called the deal \"a betrayal\" and said he had \"pushed her aside\".", want: "Ann Hale"},
	{name: "it is the body named without an article that spoke before", text: "\"The pier is unsafe,\" Harbourwatch said in a statement. \"Boats should stay in port,\" it added.", want: "Harbourwatch"},
	{name: "they is the named council that spoke before", text: "\"The pier is unsafe,\" the Harbour Council said. \"Boats should stay in port,\" they added.", want: "the Harbour Council"},
	{name: "pronoun resolved to an unlisted name", text: "The search ended when Kieran Dale reached the ridge at dawn.\n\n\"We were lucky,\" he said.", want: "Kieran Dale"},
	{name: "pronoun past a month cut before the day", text: "Tom Reed runs the port.\n\nAnn Hale told the Gazette on Nov. 6 the pier was unsafe. \"We closed it that night.\"", want: "Ann Hale"},
	{name: "pronoun resolved to a name with an apposition", text: "\"We start,\" said Tom Reed.\n\nKit Dale, a welder from Portmore, met the board on Monday.\n\n\"We finish in May,\" he said.", want: "Kit Dale", role: "welder from Portmore"},
	{name: "pronoun is the person a new paragraph opens with", text: "\"We start,\" said Tom Reed.\n\nPaul Lund sat with the board for an hour. \"We finish in May,\" he said.", want: "Paul Lund"},
	{name: "pronoun is the last speaker past a question", text: "Paul Lund left early.\n\n\"We start,\" said Tom Reed.\n\nIs Lund a hero or a fool? \"We finish in May,\" he said.", want: "Tom Reed"},
	{name: "pronoun after a link word is not the name", text: "Ann Hale chairs the board.\n\nAnd she said: \"We were lucky with the weather.\"", want: "Ann Hale"},
	{name: "a form of address is no antecedent", text: "Tom Reed took questions.\n\nOne question was put to him: \"Mr. President, will you sign the harbour bill?\"\n\nHe says: \"I will sign it next week.\"", want: "Tom Reed"},
	{name: "the tail of a body's name is no antecedent", text: "Tom Reed spoke in Portmore.\n\nHe notes that the Commission on Harbour Safety announced a review.\n\nHe says: \"The review will clear us.\"", want: "Tom Reed"},
	{name: "pronoun past a party tag in brackets", text: "\"We start,\" said Paul Lund. Sen. Tom Reed (D-Maine) said he doubted the plan, arguing that the costs were high.\n\n\"We finish in May,\" he said.", want: "Tom Reed", role: "Sen."},
	{name: "pronoun past a lower-case role before the name", text: "\"We start,\" said Paul Lund.\n\nThe plan is sound, said harbour engineer Tom Reed.\n\n\"We finish in May,\" he said.", want: "Tom Reed", role: "harbour engineer"},
	{name: "one person written with and without an initial", text: "The crews met Ann Hale in Portmore.\n\nThe board later hired Ann B. Hale.\n\nHale remembers the storms. Data from the 2019 Harbour Survey show fewer boats.\n\nShe said the harbour was \"busier than ever before\".", want: "Ann B. Hale"},
	{name: "a survey is no antecedent", text: "The rain fell. Data from the 2019 Harbour Survey show fewer boats.\n\n\"We will wait,\" she said.", want: Unknown},
	{name: "no split quotation over a sentence end", text: `"Who pays for the pier?" a voice in the harbour ad asks. The ad ends with Tom Reed saying at the meeting, "The city will pay," as the crowd cheers.`, want: "Tom Reed"},
	{name: "no split quotation over a line break", text: "Tom Reed spoke.\n\"We finish in May.\"\nHarbour chief Ann Hale added, \"The crews are ready.\"", want: "Tom Reed", find: "We finish"},
	{name: "it is the document quoted before", text: "\"The pier is closed,\" the harbour report said.\n\n\"Repairs will take a year,\" it added.", want: "the harbour report"},
	{name: "it is the body named before", text: "The Harbour Board met on Monday.\n\nIn a statement, the Harbour Board said the pier was unsafe. \"Repairs will take a year,\" it said.", want: "the Harbour Board"},
	{name: "they are the group named before", text: "The harbour workers said they were tired.\n\n\"We need a break,\" they said.", want: "the harbour workers"},
	{name: "it is the subject before the quotation", text: "Ann Hale worked at the pier for years.\n\nThe harbour board \"had been supporting her throughout the storm,\" it said.", want: "the harbour board"},
	{name: "they are the group before the quotation", text: "Tom Reed worked at the pier for years.\n\nThe fishermen \"will not go back to sea until the pier is safe,\" they said.", want: "the fishermen"},
	{name: "they are the body opening their own sentence", text: `Acme's campaign wants to contrast her plan with what they call the mayor's "selfish message."`, want: "Acme's campaign"},
	{name: "it is the board opening its own sentence", text: `The Harbour Board met on Monday and it called the plan "a selfish folly".`, want: "The Harbour Board"},
	{name: "it is the body opening the sentence before", text: `The Harbour Board is defending the plan. It called the critics "reckless."`, want: "The Harbour Board"},
	{name: "it is a named owner's body opening the sentence before", text: `Ann Hale’s campaign is defending her early tweets about the mayor. It’s denouncing what it calls “the biggest attack in history.”`, want: "Ann Hale’s campaign"},
	{name: "it is no person", text: "\"We start,\" the harbour official said.\n\n\"Repairs will take a year,\" it added.", want: Unknown},
	{name: "unresolved pronoun is unknown", text: `The rain kept falling. "We will wait," she said.`, want: Unknown},
	// one name per person
	{name: "short form takes the full name", text: "Secretary of State Ann Hale arrived on Monday.\n\n\"The pier opens in May,\" Ms. Hale said.", want: "Ann Hale"},
	{name: "last name alone takes the full name", text: "Tom Reed runs the port.\n\n\"The pier opens in May,\" Reed said.", want: "Tom Reed"},
	{name: "two people of one last name stay apart", text: "Tom Reed and Ann Reed run the port.\n\n\"The pier opens in May,\" Reed said.", want: "Reed"},
	{name: "a family name written first takes the full name", text: "Park Ji-woo runs the port.\n\n\"The pier opens in May,\" Park said.", want: "Park Ji-woo"},
	{name: "a family name with two given words", text: "Harbour chief Tan Wei Ming runs the port.\n\n\"The pier opens in May,\" Tan said.", want: "Tan Wei Ming"},
	{name: "an unlisted family name written first after an office", text: "Harbour spokesman Vok Tarin spoke on Monday.\n\n\"The pier opens in May,\" Vok said.", want: "Vok Tarin"},
	{name: "an unlisted first word without an office is no family name", text: "Vok Tarin spoke on Monday.\n\n\"The pier opens in May,\" Vok said.", want: "Vok"},
	{name: "a place is no given name", text: "The crews met on Park Avenue.\n\n\"The pier opens in May,\" Park said.", want: "Park"},
	{name: "two given names leave the family name alone", text: "Tan Wei and Tan Mei run the port.\n\n\"The pier opens in May,\" Tan said.", want: "Tan"},
	{name: "an unlisted first name introduced with an apposition", text: "Kito Varsan, a harbour pilot, saw the wreck.\n\n\"It sank in minutes,\" Varsan said.", want: "Kito Varsan"},
	{name: "an unlisted first name introduced after a role", text: "The harbour pilot Kito Varsan saw the wreck.\n\n\"It sank in minutes,\" Varsan said.", want: "Kito Varsan"},
	{name: "an unlisted first name introduced after a title", text: "Gov. Kito Varsan saw the wreck.\n\n\"It sank in minutes,\" Varsan said.", want: "Kito Varsan"},
	{name: "a capitalised word before a last name without a role is no first name", text: "Norland Varsan won the regatta.\n\n\"It sank in minutes,\" Varsan said.", want: "Varsan"},
	{name: "two introduced first names leave the last name alone", text: "Kito Varsan, a pilot, and Oda Varsan, a diver, saw the wreck.\n\n\"It sank in minutes,\" Varsan said.", want: "Varsan"},
	{name: "an abbreviation in capitals is no first name", text: "Portmore QB Kito Varsan, 24, threw twice.\n\n\"We lost the wind,\" Varsan said.", want: "Kito Varsan"},
	{name: "a last name written last still wins", text: "Tom Reed met Ann Park at the port.\n\nPark Ji-woo stayed home.\n\n\"The pier opens in May,\" Park said.", want: "Ann Park"},
	// two people in one sentence
	{name: "two people, the speaker is the subject", text: `Ada Lind, who met Tom Reed on Monday, said "the pier opens in May."`, want: "Ada Lind"},
	{name: "cue names someone else than the sentence before", text: `Tom Reed opened the meeting. "The pier opens in May," Ada Lind said.`, want: "Ada Lind"},
	{name: "sentence after a no-break space", text: "Members of the Harbour Board argued for weeks.\u00a0Ann Hale, in particular, has been pounding the plan as \"a waste of harbour money\".", want: "Ann Hale"},
	// the sentence's subject when the speech verb has none of its own
	{name: "a pronoun subject after link words", text: "Tom Reed spoke in Portmore on Monday.\n\nBut then he turned to the mayor's boat: \"Nobody will sail that wreck again.\"", want: "Tom Reed"},
	{name: "a description subject after a link word", text: `But the harbour board voted on Monday to "reopen the pier before the summer".`, want: "the harbour board"},
	{name: "coordinated speech verb takes the subject", text: `Tom Reed toured the harbour on Monday and vowed to rebuild "every pier the storm took".`, want: "Tom Reed"},
	{name: "speech verb after but takes the subject, not a pronoun after it", text: "Sources close to Kit Varo said he was 'deeply sorry'.\n\nNeighbours declined to name the skipper who hit the pier but said he was 'keeping his head down for now'.", want: "Neighbours"},
	{name: "a one-word name with an apposition opening the sentence", text: `Lund, a quiet pilot, sat through the meeting but stood up once to add, "The crews deserve better than this."`, want: "Lund", role: "quiet pilot"},
	{name: "a link word before a description is no name", text: `Still, the Gazette reported at the time that the plan was "against the harbour rules."`, want: "the Gazette"},
	{name: "the owner of a claim said its words", text: `The mayor rejected Ann Hale's claim that the pier was "unsafe for the boats".`, want: "Ann Hale"},
	{name: "the owner of a claim of", text: `Tom Reed's promise of "a new pier by May" fell flat with the crews.`, want: "Tom Reed"},
	{name: "the owner of a claim named by a pronoun", text: "Tom Reed spoke at the pier.\n\nThe mayor dismissed his claim that the boats were \"older than the town\".", want: "Tom Reed"},
	{name: "in the words owned by a name", text: `In Ann Hale's words, "The pier opens in May and the crews are ready."`, want: "Ann Hale"},
	{name: "a verb on a claim is another's judgement", text: `Ann Hale's claim was "false from the start," the mayor said.`, want: "the mayor"},
	{name: "coordinated verb is not its object's", text: `Ann Hale smiled and asked the crowd to welcome "our new harbour master".`, want: "Ann Hale"},
	{name: "description subject of a coordinated verb", text: `The harbour board also outlined its budget and vowed to punish "those who dump oil".`, want: "the harbour board"},
	{name: "description subject after an opening clause", text: `In May, several fishing groups granted the city a delay, saying its money was "less than promised".`, want: "several fishing groups"},
	{name: "a person named by an owner, coordinated verb", text: `Ann Hale's daughter posted a photo of the pier and wrote: "I miss the boats and the gulls."`, want: "Ann Hale's daughter"},
	{name: "a party before a role is no name", text: `Libertarian harbour candidate Tom Reed's doctor is calling the candidate "extremely fit and well."`, want: "Libertarian harbour candidate Tom Reed's doctor"},
	{name: "a person named by an owner with a comma", text: `Tom Reed's lawyer filed the papers on Monday and added, "The pier was never his."`, want: "Tom Reed's lawyer"},
	{name: "a clause before a speech verb in -s is no description", text: `The mayor disputed harbour reports, insisting the pier was "safe for every boat in the town".`, want: "the mayor"},
	{name: "a thing as subject is no speaker", text: `The new app had a "clock in and out for every shift" button.`, want: Unknown},
	{name: "a when clause after the quotation is no attribution", text: `The film shows Tom Reed saying at the meeting, "The city will pay," when Ann Hale blasted him.`, want: "Tom Reed"},
	{name: "name in apposition to the opening description", text: `Another critic, Ann Hale, likened the plan to "burning the harbour down".`, want: "Ann Hale"},
	{name: "reported speech after an opening phrase", text: "Ann Hale ran the port for years.\n\nFive years ago, Hale reveals, she had had enough of it. \"I could not sleep any more.\"", want: "Ann Hale"},
	// participles
	{name: "participle takes the clause subject", text: `Ada Lind spoke on Monday, saying "the pier opens in May."`, want: "Ada Lind"},
	{name: "participial clause, speech verb after", text: `Calling the plan a "fresh start," Mayor Ana Ruiz said the city would pay.`, want: "Ana Ruiz", role: "Mayor"},
	{name: "participial clause, other verb after", text: `Calling the plan a "fresh start," Mayor Ana Ruiz unveiled the budget.`, want: "Ana Ruiz", role: "Mayor"},
	{name: "participial clause goes on after the quotation", text: `Calling the "fresh start" a sham, the Harbour Authority left the talks.`, want: "the Harbour Authority"},
	{name: "participial clause, pronoun subject resolved", text: "Ms Alvarez spoke last.\n\nCalling the plan a \"fresh start,\" she unveiled the budget.", want: "Alvarez"},
	{name: "participle opening the sentence is not a speaker", text: `Saying the plan was "a fresh start for the harbour," the council voted.`, want: "the council"},
	// transcripts
	{name: "a last name in capitals before a participle clause", text: "Paul Lund won the harbour vote.\n\nLUND, boasting about the harbour vote: \"We won every ward because the crews turned out for us.\"", want: "Paul Lund"},
	{name: "an opening adverb before a participle clause is no speaker", text: "Paul Lund won the harbour vote.\n\nOverall, looking at the vote, the town was \"split down the middle\".", want: Unknown},
	{name: "a line opening with the speaker's name", text: "The crews came home in May.\n\nAda Lind \u201cWe were gone for a whole year.\u201d", want: "Ada Lind"},
	{name: "a name before a quotation the line goes on after", text: "Harbour Lights \u201cthe film\u201d opens on Friday in every town.", want: Unknown},
	{name: "a last name given in full earlier acts", text: "Ann Hale ran the port for years.\n\nIs the pier safe? Hale shakes her head. \u201cNot yet, not for a year.\u201d", want: "Ann Hale"},
	{name: "I said in a transcript answer is the label's", text: "TOM REED: Did you call her?\n\nANN HALE: Yes. I said, \"The pier opens in May.\"", want: "ANN HALE"},
	{name: "I told him in an answer labelled with a known last name", text: "Ann Hale took questions on Monday.\n\nQ: Did you call him?\n\nHale: I told him, \"The pier opens in May,\" and he left.", want: "Ann Hale"},
	{name: "a labelled answer credits its label", text: "Ann Hale took questions on Monday.\n\nHale: We met twice. The second time was \"a very long night for the harbour\".", want: "Ann Hale"},
	{name: "a recurring label credits its line", text: "LUND: Will it open?\n\nHALE: Yes.\n\nLUND: When? Some say \"not before the winter storms\".", want: "LUND"},
	{name: "a headline with a colon is no label", text: "Harbour Fears: Is the \"new pier\" safe for the boats at night?", want: Unknown},
	{name: "a section label is no speaker", text: "Update: The board met again and the plan is \"under review for a month\".", want: Unknown},
	{name: "I with a contracted verb in a transcript answer is the label's", text: "TOM REED: Did you call her?\n\nANN HALE: Sometimes I'll say, \"The pier opens in May.\"", want: "ANN HALE"},
	{name: "the writer's I with a contracted verb is nobody named", text: "Sometimes I’d say, \"The pier opens in May.\"", want: Unknown},
	{name: "a turn inside a transcript line credits its own label", text: "REED: Will it open?\n\nREED: When? LIND: In May. I said, \"The pier opens in May.\"", want: "LIND"},
	{name: "the writer's I is nobody named", text: "I met the crews on Monday. I said, \"The pier opens in May.\"", want: Unknown},
	{name: "transcript label inside", text: `"LIND: The pier opens in May."`, want: "LIND"},
	{name: "a label in capitals is the person with an unlisted given name", text: "An interview with harbour master Kit Marsh.\n\nBELL: What happened?\n\nMARSH: The cable snapped.\n\nBELL: Did they warn you?\n\nMARSH: I have seen one email. I said, \"We take every warning seriously.\"", want: "Kit Marsh"},
	{name: "a label in capitals that the text writes in no other case stays", text: "The crews came home in May.\n\nNASA: \"The launch window opens on Friday at dawn.\"", want: "NASA"},
	{name: "an interview's answer is the person it questions", text: "Ann Hale has chaired the harbour board since 2019. We spoke to her on Monday.\n\nQ: Will the pier reopen?\n\nA: \"Not this winter. The engineers were clear about that.\"", want: "Ann Hale"},
	{name: "a transcript label spelt like a verb in -ed", text: "Board member Tom Reed and the chair, Ann Hale, argued for an hour.\n\nHALE: \"Why did the board wait so long?\"\n\nREED: \"Because nobody would pay for the survey.\"", want: "Tom Reed"},
	{name: "transcript label line", text: "REED: Will the pier open?\n\nLIND: \"It opens in May.\"", want: "LIND"},
	{name: "the claim's owner after a speech verb", text: `Ann Hale denied Tom Reed's claim that the pier was "unsafe for the boats".`, want: "Tom Reed"},
	{name: "the one led to speak", text: `The long delay led Hale to tell the harbour board, "If you close the pier again, I will resign."`, want: "Hale"},
	{name: "a name after to is no speaker", text: `Tom Reed sailed to Portmore to tell the crews, "The pier opens in May."`, want: "Tom Reed"},
	{name: "he is the only person named, as a possessor", text: "A stray goat got into Quill Varo's barn last spring, according to the Portmore Gazette.\n\n\"It ate the hay in an hour,\" he told the paper.", want: "Quill Varo"},
	{name: "a body's possessive is no person", text: "A stray goat got into the Harbour Board's barn last spring, according to the Gazette.\n\n\"It ate the hay in an hour,\" he told the paper.", want: Unknown},
	{name: "a link word before a described speaker is no name", text: `Instead, the Coast Guard, which has called the pier "a haven for smugglers at night," stopped 40 boats last week.`, want: "the Coast Guard"},
	{name: "a listed point's number before the subject", text: "Tom Reed spoke for an hour.\n\n3) Reed also spoke against the new fees as \"a tax on every crew in town.\"", want: "Tom Reed"},
	{name: "the one asked does not say the question", text: "Tom Reed spoke for an hour.\n\n4) Reed was pressed on whether \"the pier would ever reopen\" at all.", want: Unknown},
	{name: "the accuser is the speaker", text: `The Coast Guard, which has accused the crews of running "a haven for smugglers" at night, stopped 40 boats last week.`, want: "The Coast Guard"},
	{name: "the accused is no speaker", text: `The Harbour Board has dismissed the report as riddled with "gaps and plain errors" and accused the port inspectors of working for its rivals.`, want: "The Harbour Board"},
	{name: "a role before the subject's name after an opening phrase", text: `After the vote, harbour tycoon Tom Reed, writing as @Reedy, took to the radio to urge the crews to "keep the pier open for the boats this winter."`, want: "Tom Reed"},
	{name: "kin before the subject's name", text: `His sister Ana cut in, pointing out that the captain had "steered straight into the storm."`, want: "Ana"},
	{name: "he is the last name alone that opens the sentence before", text: "Reed said little at first, and the crews waited for Reed.\n\n\"We start in May,\" said Tom Lind.\n\nReed frowned at the plan. \"It will never work,\" he said.", want: "Reed"},
	{name: "she is not the brother of the same last name", text: "Tom Dale ran a boat out of the harbour until he went missing. The sheriff still hears from Quenna Dale every week. She keeps his charts.\n\n\"The boats come in late on Fridays,\" she says.", want: "Quenna Dale"},
	{name: "was reported to have said", text: `"We never moved the buoys," Tom Reed was reported to have said.`, want: "Tom Reed"},
	{name: "a name given in quotation marks", text: `"The tide came in before we saw the boat," said "Kay," who asked that her real name be kept out of print.`, find: "tide", want: "Kay"},
	{name: "a description opened by his before its verb", text: `In a motion on Friday, his lawyers cited Reed's "weak heart and failing eyes" as grounds for bail.`, want: "his lawyers"},
	{name: "a clause of time after the quotation is no attribution", text: `At the hearing, his lawyers cited Reed's "weak heart and failing eyes" when they asked for a delay.`, want: "his lawyers"},
	// names cut at abbreviations
	{name: "name not cut at St.", text: `"The pier opens in May," said the Harbour Board of St. Louis.`, want: "the Harbour Board of St. Louis"},
	// speakers that are not speakers
	{name: "time expression is no speaker", text: `Friday morning, the crews arrived. "The pier opens in May."`, want: Unknown},
	{name: "sentence glued to the one before", text: `Tom Reed will visit the port this week.There are doubts about the "pier plan" now.`, want: Unknown},
	{name: "sentence opener followed by of is no name", text: `Ahead of the vote, the council attacked the plan, calling it "a mess".`, want: "the council"},
	{name: "unknown", text: `"The pier opens in May."`, want: Unknown},
	{name: "unknown after plain sentence", text: `The weather was fine. "The pier opens in May."`, want: Unknown},
	{name: "possessive fragment is no speaker", text: `Ada Lind's personal "fresh start for the harbour" was a slogan.`, want: Unknown},
	{name: "an opening sentence adverb is no speaker", text: `Separately, a harbour spokesman told the Gazette: "The pier opens in May."`, want: "a harbour spokesman"},
	{name: "a headline before the name is no role", text: "HARBOUR STORM\n\nWhen Tom Reed sees a storm it is, as he puts it, “a trigger for the whole town.”", want: "Tom Reed"},
	{name: "a dateline's place is no subject", text: "PORTMORE (AP) — Mayor Ann Hale on Thursday made the case that the board left \"a mess in the harbour\".", want: "Ann Hale", role: "Mayor"},
	{name: "a dateline with a state is no subject", text: "PORTMORE, Maine -- Ann Hale has called the pier \"a danger to every crew\".", want: "Ann Hale"},
	{name: "a place and a person noun before the name after said", text: `"The pier opens in May," said Portmore resident Tom Reed.`, want: "Tom Reed", role: "Portmore resident"},
	{name: "a body and its spokesman before the name after said", text: `"The pier opens in May," said Harbour Board spokeswoman Ada Lind.`, want: "Ada Lind", role: "Harbour Board spokeswoman"},
	{name: "a kind of group before its name as the subject", text: `Harbour group Seawatch branded the plan "far too costly for the town".`, want: "Seawatch", role: "Harbour group"},
	{name: "a full name ends with its sentence", text: "The board hired Tom Reed. The crews met him on Monday.\n\n\"We are ready for the storms,\" Reed said.", want: "Tom Reed"},
	{name: "a pronoun resolves to a name that ends a sentence", text: "The board hired pilot Tom Reed. The crews met him on Monday.\n\n\"We are ready for the storms,\" he said.", want: "Tom Reed"},
	{name: "a first name alone is the one full name it begins", text: "Linda Voss ran the harbour board for years.\n\n\"The pier opens in May,\" Linda said.", want: "Linda Voss"},
	{name: "an unlisted first name alone is the one full name quoted", text: "\"The pier opens in May,\" said Zelphine Marr.\n\n\"The crews are ready,\" Zelphine said.", want: "Zelphine Marr"},
	{name: "a first name two full names begin stays as written", text: "Linda Voss met Linda Marsh at the pier.\n\n\"The pier opens in May,\" Linda said.", want: "Linda"},
	{name: "a participle after a document ends its description", text: `"The pier is safe," according to a statement released by the board on Monday.`, want: "a statement"},
	{name: "a second speech verb ends a description", text: `"The pier is safe," said the harbour master declared.`, want: "the harbour master"},
	{name: "a name after a described person noun is the speaker", text: `"The pier is safe," says his sailing buddy Reed, who we reached by phone.`, want: "Reed", role: "his sailing buddy"},
	{name: "the one a spokesman speaks for is not the speaker", text: `"The pier is safe," a spokesman for Ann Hale said.`, want: "a spokesman for Ann Hale"},
	{name: "a pronoun and a verb before a colon is the pronoun", text: "The harbour board says on its website: \"The pier is safe for every boat.\"\n\nIt cautions: \"Boats must keep clear of the north end.\"", want: "the harbour board"},
	{name: "bare determiner is no speaker", text: `That said, "the pier opens in May and the crews are ready."`, want: Unknown},
	{name: "title of a work gets no speaker", text: `"We start," Tom Reed said. The band played "Harbour Lights" at noon.`, want: Unknown},
	{name: "a body in apposition after an opening time phrase", text: `On Monday, the Portmore Herald, the paper of the harbour party, warned that there is "no room at all for a compromise."`, want: "the Portmore Herald", role: "paper of the harbour party"},
	{name: "a spokesman for a body in lower case", text: `A spokesman for the company said the pier was "almost finished by now."`, want: "a spokesman for the company"},
	{name: "a source close to a body", text: `"The pier is almost finished by now," a source close to the harbour board said.`, want: "a source close to the harbour board"},
	{name: "the subject of a reported clause after said is no speaker", text: `Analyst Tom Reed wrote an article in 2013 that said the Harbour Board is capable of running "a far larger port than this one."`, want: "Tom Reed", role: "Analyst"},
	{name: "a sentence after a quotation that ended one", text: `The Harbour Rights Project said in a statement: "We are grateful for the hearing in May." Marlow College also put out a note on the matter: "The college does not comment on matters before the courts."`, want: "Marlow College"},
	{name: "a group at a place that opens the sentence", text: `Officials at the port said the plan was "already dead in the water."`, want: "Officials at the port"},
	{name: "sources in a place that open the sentence", text: `Harbour sources in the town said the phones were "ringing all night long."`, want: "Harbour sources"},
	{name: "an office for a body before a listed name", text: `"The plan is a violation of the old treaty," said Minister for Foreign Affairs Ann Hale.`, want: "Ann Hale", role: "Minister for Foreign Affairs"},
	{name: "an office for a body of several words before a name", text: `Norland High Commissioner for Harbour Rights Kito Varsan says the plan is "a violation of the old treaty."`, want: "Kito Varsan", role: "Norland High Commissioner for Harbour Rights"},
	{name: "a person's tweet speaks for the person", text: `Ann Hale's tweet read: "The plan is a disaster for the town."`, want: "Ann Hale's tweet"},
	{name: "a lawsuit alleges", text: `The lawsuit alleges that the new pier was "built without a single permit."`, want: "the lawsuit"},
	{name: "a surname in -ed opening the sentence before a relative clause", text: `Reed, who will chair the merged firm, told investors on Monday that the merger would let the firm pay down debt and "return money to shareholders."`, want: "Reed"},
	{name: "a body's chair before a relative clause", text: `The board's chair, who asked not to be named, said the plan was "a disaster for the town."`, want: "the board's chair"},
	{name: "the agent between a passive naming verb and as", text: `The plan was described by Ann Hale as "a disaster for the town."`, want: "Ann Hale"},
	{name: "a group as the agent between a passive naming verb and as", text: `Ann Hale was described by old friends as "the kindest woman in the town."`, want: "old friends"},
	{name: "a participle after a phrasal verb", text: `The caller hung up saying, "I have nothing more to tell you today."`, want: "the caller"},
	{name: "a participle after the one written to", text: `The Portmore Harbour Board (PHB), which runs the pier, released a statement to KPTM saying "repairs were already scheduled."`, want: "The Portmore Harbour Board"},
	{name: "a gloss of a name is no remark", text: `The full name of the new pier, Lanth Mor, means "the great landing place."`, want: Unknown},
	{name: "a relative clause after an apposition to the name", text: `Kit Varo, chief executive of Portmore Shipping, which owns the ferry line, said the line tried to raise the coastguard "at least four times" before sailing.`, want: "Kit Varo", role: "chief executive of Portmore Shipping"},
	{name: "a source close to a named person", text: `"The deal was only the first step," a person close to Ann Hale said.`, want: "a person close to Ann Hale"},
	{name: "a description with a capitalised modifier before its noun", text: `A representative for the veteran Harbour Board pilot said Kit Varo is "resting at home for now."`, want: "a representative for the veteran Harbour Board pilot"},
	{name: "a former title with no name", text: `In a video, the former Gazette Chief Harbour Correspondent explains, "We are two weeks from the vote and the town is nervous."`, want: "the former Gazette Chief Harbour Correspondent"},
	{name: "the object named as the words is no speaker", text: `Ann Hale scolded the board, mocked the Gazette as "a rag for tourists," and left.`, want: "Ann Hale"},
	{name: "a participle clause's subject after a long opening phrase", text: `Over the course of the interview, Dale Orton disputed that Kit was estranged, saying he was "shy by nature and always had been."`, want: "Dale Orton"},
}

func TestSpeakerAttribution(t *testing.T) {
	if len(speakerCases) < 60 {
		t.Fatalf("%d cases, the issue asks for at least 60", len(speakerCases))
	}
	runSpeakerCases(t, speakerCases)
}

// runSpeakerCases checks each case's speaker, role and mention, a subtest
// each.
func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			quotes := Extract(tt.text, blankLineParagraphs(tt.text))
			if len(quotes) == 0 {
				t.Fatalf("no quotation in %q", tt.text)
			}
			q := quotes[len(quotes)-1]
			for _, c := range quotes {
				if tt.find != "" && containsText(c.Text, tt.find) {
					q = c
				}
			}
			if q.Speaker != tt.want || q.SpeakerRole != tt.role {
				t.Errorf("speaker of %q = %q (role %q), want %q (role %q)", q.Text, q.Speaker, q.SpeakerRole, tt.want, tt.role)
			}
			checkMention(t, tt.text, q)
		})
	}
}

// containsText reports whether s holds sub.
func containsText(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// checkMention checks that a known speaker has a mention inside the text,
// outside the quotation's own words, and an unknown one none.
func checkMention(t *testing.T, text string, q Quote) {
	t.Helper()
	if q.Speaker == Unknown {
		if q.SpeakerMention != (span.Span{}) {
			t.Errorf("unknown speaker with a mention %+v", q.SpeakerMention)
		}
		return
	}
	m := &q.SpeakerMention
	if m.Start < 0 || m.End > len(text) || m.Len() <= 0 {
		t.Fatalf("speaker %q without a valid mention: %+v", q.Speaker, m)
	}
	for _, p := range append([]span.Span{q.Span}, q.Parts...) {
		if len(q.Parts) > 0 && p == q.Span {
			continue
		}
		if p.Contains(*m) && m.Start != q.Start {
			// Only a transcript label (LIND: …) opens the quotation itself.
			t.Errorf("mention %q lies inside the quotation", m.Text(text))
		}
	}
}

// canonicalCase is a report of one quotation per document, with the
// speakers given, and the speaker the last one should have once the
// report is canonicalized.
type canonicalCase struct {
	name     string
	speakers []string
	want     string
}

// runCanonicalCases checks each case's last speaker after Canonicalize,
// a subtest each.
func runCanonicalCases(t *testing.T, cases []canonicalCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := canonicalOfLast(tt.speakers); got != tt.want {
				t.Errorf("%s is %q, want %q", tt.speakers[len(tt.speakers)-1], got, tt.want)
			}
		})
	}
}

// canonicalOfLast canonicalizes a report of one quotation per document,
// with the speakers given, and returns the last one's speaker.
func canonicalOfLast(speakers []string) string {
	var docs [][]Quote
	for _, sp := range speakers {
		docs = append(docs, []Quote{{Speaker: sp}})
	}
	Canonicalize(docs)
	return docs[len(docs)-1][0].Speaker
}

// TestCanonicalizeFamilyName checks that a family name written alone is
// one person with the full name across the documents of a report: written
// first (Park Ji-woo in one, Park in another) or of two words (Abu Park),
// and that two such full names leave it alone.
func TestCanonicalizeFamilyName(t *testing.T) {
	runCanonicalCases(t, []canonicalCase{
		{"one full name", []string{"Park Ji-woo", "Park"}, "Park Ji-woo"},
		{"two full names", []string{"Park Ji-woo", "Park Min-ho", "Park"}, "Park"},
		{"a Western name is matched by its last word", []string{"Ann Park", "Park"}, "Ann Park"},
		{"a family name of two words is the end of the full name", []string{"Omar Abu Park", "Abu Park"}, "Omar Abu Park"},
		{"two words that are not the end of the full name", []string{"Omar Abu Park", "Ali Park"}, "Ali Park"},
		{"an office the role words miss is no part of the name", []string{"Alderman Bram Park", "Bram Park"}, "Bram Park"},
	})
}

// TestCanonicalizeShortForms checks that a given name's short form and
// the name it shortens are one person across a report (Andy Park, Andrew
// Park), and that two names one short form may stand for are not.
func TestCanonicalizeShortForms(t *testing.T) {
	runCanonicalCases(t, []canonicalCase{
		{"a short form takes the formal name", []string{"Andrew Park", "Andy Park"}, "Andrew Park"},
		{"the formal name stays", []string{"Andy Park", "Andrew Park"}, "Andrew Park"},
		{"the family name alone takes the one person's formal name", []string{"Pete Park", "Peter Park", "Park"}, "Peter Park"},
		{"two names one short form stands for are two people", []string{"Steven Park", "Steve Park", "Stephen Park", "Park"}, "Park"},
		{"a given name that is no short form of the other", []string{"Walter Park", "Will Park"}, "Will Park"},
	})
}

// TestCanonicalizeArticleCase checks that a body written with its article
// in both cases is one speaker across a report, in the form most of its
// quotations carry, and that a name without an article is left alone.
func TestCanonicalizeArticleCase(t *testing.T) {
	runCanonicalCases(t, []canonicalCase{
		{"the lower-case form on a tie", []string{"the Harbour Board", "The Harbour Board"}, "the Harbour Board"},
		{"the form most quotations carry", []string{"The Harbour Board", "The Harbour Board", "the Harbour Board"}, "The Harbour Board"},
		{"one form only", []string{"The Harbour Board", "The Harbour Board"}, "The Harbour Board"},
		{"another body", []string{"the Harbour Board", "The Pier Trust"}, "The Pier Trust"},
		{"a name without an article", []string{"the Theodore Trust", "Theodore Trust"}, "Theodore Trust"},
	})
}

func TestQuotationEdgeCases(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"straight possessive after a closing mark", `The film "Harbour Lights"'s director said "we start in May" on Monday.`,
			[]string{"Harbour Lights", "we start in May"}},
		{"curly possessive after a closing mark", `The film “Harbour Lights”‘s director said “we start in May” on Monday.`,
			[]string{"Harbour Lights", "we start in May"}},
		{"no split quotation over a finished sentence", `“We start,” Ann Hale said. “We are ready.” The harbour master added: “We finish in June.”`,
			[]string{"We start,", "We are ready.", "We finish in June."}},
		{"a nickname inside a name is no quotation", `"We start in May," Robert "Bobby" Reed said.`,
			[]string{"We start in May,"}},
		{"unclosed quotation bounded at a glued sentence", `Reed said "we start in May.The council met on Tuesday.Nobody spoke about the pier.`,
			[]string{"we start in May."}},
		{"a translation is no remark", `The old harbour word is rarely heard. It means "the tide will turn," and Reed said "we start in May."`,
			[]string{"we start in May."}},
		{"a motto named by the noun after it is no remark", `The crews still live by the "all hands on deck" mantra, and Reed said "we start in May."`,
			[]string{"we start in May."}},
		{"a theory named by the noun after it is no remark", `It fits the little-known "the pier was never built" theory, but Reed said "we start in May."`,
			[]string{"we start in May."}},
		{"a headline given by a copula is no remark", `By Friday the headlines will be "Reed closes the pier for good." Reed said "we start in May."`,
			[]string{"we start in May."}},
		{"a work entitled is no remark", `The pier has a film of its own, entitled, "Long Nights on the old pier," and Reed said "we start in May."`,
			[]string{"we start in May."}},
		{"a so-called term is no remark", `The so-called "battle of the pier" ended when Reed said "we start in May."`,
			[]string{"we start in May."}},
		{"an inscription is no remark", `The inscription "closed until further notice" was painted over, and Reed said "we start in May."`,
			[]string{"we start in May."}},
		{"a subtitle given by a copula is no remark", `The subtitle of the harbour history is "how the pier was lost". Reed said "we start in May."`,
			[]string{"we start in May."}},
		{"a word or two after the phrase is kept with its speaker", `Ann Hale used the phrase "harbour rights" again.`,
			[]string{"harbour rights"}},
		{"a question put before and its answer are two quotations", `Asked by a reporter, "Will you stay on?", Mara Quell said, "Yes, until the spring."`,
			[]string{"Will you stay on?", "Yes, until the spring."}},
		{"a question and an answer joined by and are two quotations", `A reporter asked, "Will you stay on?", and Mara Quell replied, "Yes, until the spring."`,
			[]string{"Will you stay on?", "Yes, until the spring."}},
		{"a phrase in single marks is not the first part of a double-quoted remark", `At the fair, the radio's 'night owl', Tom Reed, who hosts the late show, then asked: "Why sell the pier?"`,
			[]string{"night owl", "Why sell the pier?"}},
		{"a split quotation in single marks", "‘We will stay,’ Ann Hale said, ‘until May.’",
			[]string{"We will stay,’ Ann Hale said, ‘until May."}},
		{"a quotation closes where paragraphs were glued after it", `Ann Hale said, "We will rebuild the pier before the storms."The council met on Tuesday and voted. "It is done," Tom Reed said.`,
			[]string{"We will rebuild the pier before the storms.", "It is done,"}},
		{"a quotation opens where paragraphs were glued before it", `The pier was closed on Monday."We will rebuild it," Ann Hale said.`,
			[]string{"We will rebuild it,"}},
		{"a quoted description after an article is not the first part of a remark", "Speaking to the Dunmore Ledger, a “river town weekly”, she added: “We will stay until May.”",
			[]string{"river town weekly", "We will stay until May."}},
		{"a soft hyphen between the article and the mark", "Speaking to the Dunmore Ledger, a \u00ad“river town weekly”, she added: “We will stay until May.”",
			[]string{"river town weekly", "We will stay until May."}},
		{"a split quotation of one speaker", `"We will stay," Ann Hale said, "until May."`,
			[]string{`We will stay," Ann Hale said, "until May.`}},
		{"a question and its answer by one speaker", `"Why stay on?" Mara Quell said, "because the boats need us."`,
			[]string{`Why stay on?" Mara Quell said, "because the boats need us.`}},
		{"an apostrophe inside a name closes no single quotation", "Saat Tomas ‘Arifin tiba di rumah Ka’ilah, hujan turun.",
			nil},
		{"a curly apostrophe inside a word closes no single quotation", "Harbour master: ‘She just couldn’t let go’\n\nThe pier reopens in May.",
			[]string{"She just couldn’t let go"}},
		{"an apostrophe after the first word closes no single quotation", "‘We’re running out of rope’\n\nThe crews waited.",
			[]string{"We’re running out of rope"}},
		{"a turned comma inside a name opens no single quotation", "The Ka‘ilah family said ‘we start in May.’",
			[]string{"we start in May."}},
		{"a British single-quoted remark is kept", "‘We will stay,’ she said. ‘The tide is with us.’",
			[]string{"We will stay,", "The tide is with us."}},
		{"an apostrophe inside a real single quotation", "‘Nobody’s leaving the pier,’ said Ann Hale.",
			[]string{"Nobody’s leaving the pier,"}},
		{"nested quotation marks", "“She told me, ‘Don’t wait for the tide,’ and left,” Hale said.",
			[]string{"She told me, ‘Don’t wait for the tide,’ and left,"}},
		{"a mark before a comma opens nothing", "The ferry will show “ Il Ponte sul Fiume “, a film by Lia Conti, on Friday.\n\nHale said “we start in May.”",
			[]string{"we start in May."}},
		{"a mark before a full stop opens nothing", "Their motto was written in chalk “ Sempre Avanti “. The crews cheered.",
			nil},
		{"a decimal may open a quotation", `".5 metres and rising," Hale said of the tide.`,
			[]string{".5 metres and rising,"}},
		{"an ellipsis may open a quotation", `He paused. "...and then the tide came," Hale said.`,
			[]string{"...and then the tide came,"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Extract(tt.text, blankLineParagraphs(tt.text)) {
				got = append(got, q.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("quotations %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("quotation %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestSpeakerJSON(t *testing.T) {
	text := "\"The pier opens in May,\" Secretary of State Ann Hale said. \"We will see.\""
	qs := Extract(text, blankLineParagraphs(text))
	if len(qs) != 2 {
		t.Fatalf("%d quotations, want 2", len(qs))
	}
	if got := qs[0].SpeakerMention.Text(text); got != "Secretary of State Ann Hale" {
		t.Errorf("mention %q, want the attribution's words", got)
	}
	b, err := json.Marshal(qs[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"speaker":"Ann Hale"`, `"speaker_role":"Secretary of State"`, `"speaker_mention":{"start":25,"end":52}`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	qs[1].Speaker, qs[1].SpeakerRole, qs[1].SpeakerMention = Unknown, "", span.Span{}
	if b, _ := json.Marshal(qs[1]); strings.Contains(string(b), "speaker_mention") || strings.Contains(string(b), "speaker_role") {
		t.Errorf("an unknown speaker's JSON %s has a mention or a role", b)
	}
}

// TestSpeakerSkipsRemovedLines checks that text outside the paragraphs,
// which the cleaner removed, is never read as an attribution.
func TestSpeakerSkipsRemovedLines(t *testing.T) {
	text := "Ann Hale chairs the harbour board.\n\nWATCH Tom Reed tours the broken pier 02:15\n\n\"We will rebuild the pier by May,\" he said."
	paras := blankLineParagraphs(text)
	kept := []span.Span{paras[0], paras[2]}
	quotes := Extract(text, kept)
	if len(quotes) != 1 {
		t.Fatalf("got %d quotations, want 1", len(quotes))
	}
	// He cannot be Ann Hale; the only man is in the removed line.
	if q := quotes[0]; q.Speaker != Unknown {
		t.Errorf("speaker %q, want %q: read from a removed line", q.Speaker, Unknown)
	}
	if got := blankOutside(text, paras); got != text {
		t.Errorf("blankOutside changed text with nothing outside its paragraphs: %q", got)
	}
}

// TestPlacesOf checks placesOf, which finds a word by its rarest letter,
// against trying every byte of the text.
func TestPlacesOf(t *testing.T) {
	text := "kell met KELL and kElL at Zenna's. Zenna-Kell; zz zzz ZZZZ. quay Quay QUAY, ooze-zoo 2020 2020-21"
	for _, lw := range []string{"kell", "zenna", "zz", "quay", "ooze-zoo", "2020", "21", "z", "e", "absent"} {
		var want []int
		for at := 0; at+len(lw) <= len(text); at++ {
			if textutil.EqualFoldASCII(text[at:at+len(lw)], lw) {
				want = append(want, at)
			}
		}
		if got := (&nameIndex{text: text}).placesOf(lw); !slices.Equal(got, want) {
			t.Errorf("placesOf(%q) = %v, want %v", lw, got, want)
		}
	}
}

// wordFactChecks pair each fact buildSpeaking records of a word with the
// check that spares reading the whole document when the fact surely does
// not hold.
var wordFactChecks = []struct {
	fact  string
	holds func(x *nameIndex, w string) bool
	may   func(x *nameIndex, w string) bool
}{
	{"bodies", func(x *nameIndex, w string) bool { return x.bodies[w] }, (*nameIndex).mayBeBody},
	{"persons", func(x *nameIndex, w string) bool { return x.persons[w] }, (*nameIndex).mayBeWho},
	{"speaking", func(x *nameIndex, w string) bool { return x.speaking[w] }, (*nameIndex).maySpeak},
	{"said", func(x *nameIndex, w string) bool { return x.said[w] != [2]int{} }, (*nameIndex).mayBeSaid},
}

// checkWordFacts fails t when a check says false of a word of text whose
// fact buildSpeaking records, and counts the facts recorded in found.
func checkWordFacts(t *testing.T, text string, found map[string]int) {
	t.Helper()
	x := &nameIndex{text: text}
	x.buildSpeaking()
	for _, c := range wordFactChecks {
		for _, tok := range attrTokenize(text, 0, len(text)) {
			w := tok.lower()
			if !c.holds(x, w) {
				continue
			}
			found[c.fact]++
			if !c.may(&nameIndex{text: text}, w) {
				t.Errorf("%q: the check of %s says false of %q, which buildSpeaking records", text, c.fact, w)
			}
		}
	}
}

// TestWordFactChecks checks that the checks which spare isBody, isWho,
// speaks and saidGender reading the whole document say false of no word
// that buildSpeaking records the fact of, and true of fewer words than
// occur.
func TestWordFactChecks(t *testing.T) {
	texts := []string{
		"Harbourline, which runs the ferries, said it would wait. A spokesman for Portwell declined.",
		`The spokeswoman For "Big" Tarrow said nothing.`,
		"The board of Keswin Ltd., which owns the quay, met.",
		"Orrin, who trains the team, spoke. Vell, 64, of Dunmore, agreed.",
		"Orrin said he would stay. “We won,” said Vell. Later Ness said that she had left.",
		`Ada "Red" Marlo stood. Marlo "Red" Said she would go. Said Kell, he left.`,
	}
	found := map[string]int{}
	for _, text := range texts {
		checkWordFacts(t, text, found)
	}
	for _, c := range wordFactChecks {
		if found[c.fact] < 2 {
			t.Errorf("buildSpeaking records %s of %d words in the texts: the cases test too little", c.fact, found[c.fact])
		}
	}
	for _, c := range []struct{ text, w, fact string }{
		{"Harbourline runs the ferries, and Portwell declined.", "portwell", "bodies"},
		{"Orrin trains the team, said Vell.", "orrin", "persons"},
		{"Orrin runs. Ann Orrin said so.", "orrin", "speaking"},
		{"He said so. She said so.", "he", "speaking"},
		{"Orrin said the vote was close.", "orrin", "said"},
		{"Tovey\n\nsaid he was away.", "tovey", "speaking"},
	} {
		for _, k := range wordFactChecks {
			if k.fact == c.fact && k.may(&nameIndex{text: c.text}, c.w) {
				t.Errorf("%q: the check of %s says true of %q, want false", c.text, c.fact, c.w)
			}
		}
	}
}

// FuzzWordFactChecks checks on any text that the checks sparing the whole
// document's reading never say false where buildSpeaking records the
// fact: were they to, a speaker would depend on which path answered.
func FuzzWordFactChecks(f *testing.F) {
	for _, s := range []string{
		"Harbourline, which runs the ferries, said it would wait. A spokesman for Portwell declined.",
		`Ada "Red" Marlo stood. Marlo "Red" Said she would go. Said Kell, he left.`,
		"Orrin said he would stay. “We won,” said Vell. Later Ness said that she had left.",
		"The board of Keswin Ltd., which owns the quay, met.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkWordFacts(t, text, map[string]int{})
	})
}

// TestMayFollowInitials checks that mayFollowInitials, which spares
// otherInitialled reading the whole document, says false of no word that
// buildSpeaking finds right after initials.
func TestMayFollowInitials(t *testing.T) {
	texts := []string{
		"O.J. Hale spoke. Nora Hale agreed.",
		"The report by J. Varo was read.\n\nVaro said so.",
		`The coach, O.J. "Juice" Hale, said it. Hale left.`,
		"Mr. J. Reed of the U.S. Navy said. Reed left.",
		"Ada B. Lind spoke. NATO. Lind left.",
		"A.B. KELLY spoke.",
	}
	found := 0
	for _, text := range texts {
		x := &nameIndex{text: text}
		x.buildSpeaking()
		found += len(x.initialled)
		for w := range x.initialled {
			if !(&nameIndex{text: text}).mayFollowInitials(w) {
				t.Errorf("%q: mayFollowInitials(%q) = false, but %q follows initials", text, w, w)
			}
		}
	}
	if found < len(texts)-1 { // all but Ada B. Lind's middle initial
		t.Fatalf("buildSpeaking found %d words after initials in %d texts: the cases test too little", found, len(texts))
	}
	for _, c := range []struct{ text, w string }{
		{"Ann Hale spoke. Hale left.", "Hale"},
		{"He said. Hale left, said Hale.", "Hale"},
		{"NATO. Hale left.", "Hale"},
	} {
		if (&nameIndex{text: c.text}).mayFollowInitials(c.w) {
			t.Errorf("%q: mayFollowInitials(%q) = true, want false: no initials", c.text, c.w)
		}
	}
}
