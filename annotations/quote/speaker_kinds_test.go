package quote

import "testing"

// kindCases are fictional sentences whose quotation sits next to a person
// who did not say it: a question put to someone, a crowd's chant after a
// name, a phrase coined by others, a poll's wording; and the like ones
// whose named person does speak. Invented people, towns and bodies.
var kindCases = []speakerCase{
	// A question put to someone is the asker's.
	{name: "a reporter asked the person", text: `"Will you stand again?" a reporter asked Mara Quell.`, want: "a reporter"},
	{name: "a reporter asked the person, and the answer", text: `"Will you stand again?" a reporter asked Mara Quell. "Not this time," Quell said.`, want: "Mara Quell", find: "Not this time"},
	{name: "asked by an outlet before the question", text: `Asked by the Dunmore Ledger, "Will you stand again?", Mara Quell laughed.`, want: "the Dunmore Ledger"},
	{name: "asked by a named interviewer before the question", text: `Asked by Olan Tresk, "Will you stand again?", Mara Quell laughed.`, want: "Olan Tresk"},
	{name: "asked before the question, no asker named", text: `Asked "Will you stand again?", Mara Quell shook her head.`, want: Unknown},
	{name: "when asked before the question", text: `When asked "Will you stand again?" Mara Quell said no.`, want: Unknown},
	{name: "asked in apposition before the question", text: `Mara Quell, asked "Will you stand again?", laughed.`, want: Unknown},
	{name: "asked by an outlet in apposition before the question", text: `Mara Quell, asked by the Dunmore Ledger "Will you stand again?", laughed.`, want: "the Dunmore Ledger"},
	{name: "asked whether, then the person's own words", text: `Asked whether she would stand again, Mara Quell said: "Who knows?"`, want: "Mara Quell"},
	{name: "the person was asked after the question", text: `"Do you regret the vote?" Mara Quell was asked.`, want: Unknown},
	{name: "the person was asked before the question", text: `Mara Quell was asked, "Do you regret the vote?"`, want: Unknown},
	{name: "the person was asked, then answers", text: "Mara Quell was asked, \"Do you regret the vote?\"\n\n\"Not for a second,\" she said.", want: "Mara Quell", find: "Not for a second"},
	{name: "the person was asked by a reporter", text: `"Do you regret the vote?" Mara Quell was asked by a reporter.`, want: "a reporter"},
	{name: "a host asked the person before the question", text: `The host asked Mara Quell, "Do you regret the vote?"`, want: "the host"},
	{name: "a named interviewer asked the person", text: `"Do you regret the vote?" Olan Tresk asked Mara Quell.`, want: "Olan Tresk"},
	{name: "when asked, the person's own answer", text: `When asked whether she would stand again, Mara Quell said, "Not this time."`, want: "Mara Quell"},
	{name: "a question asked of the person", text: `"Will you stand again?" was the question put to Mara Quell.`, want: Unknown},
	{name: "the person asked herself is her own question", text: `"Who pays for the bridge?" Mara Quell asked.`, want: "Mara Quell"},
	{name: "the person asked the crowd is her own question", text: `"Who pays for the bridge?" Mara Quell asked the crowd.`, want: "Mara Quell"},
	{name: "the person, asked, answered", text: `Asked whether she would stand again, Mara Quell replied, "Not this time."`, want: "Mara Quell"},
	// A crowd after a name is the crowd.
	{name: "a name's supporters chanted", text: `Quell supporters chanted "Four more years" outside the hall.`, want: "Quell supporters"},
	{name: "a full name's supporters chanted", text: `Mara Quell's supporters chanted "Four more years" outside the hall.`, want: "Mara Quell's supporters"},
	{name: "fans of a club sang", text: `Fans of the Dunmore Rovers sang "We are the river men" all night.`, want: "Fans of the Dunmore Rovers"},
	{name: "protesters outside a person's office shouted", text: `Protesters outside Mara Quell's office shouted "Shame on you" at the staff.`, want: "Protesters"},
	{name: "a crowd at a rally chanted", text: `At the rally, a crowd of Quell backers chanted "Build the bridge!"`, want: "a crowd of Quell backers"},
	{name: "the crowd chanted after the person spoke", text: `Mara Quell spoke for an hour. The crowd chanted "Four more years" as she left.`, want: "the crowd"},
	{name: "a crowd chanted after the person's sentence", text: `Mara Quell waved from the stage as supporters chanted "Four more years."`, want: "supporters"},
	{name: "demonstrators outside the hall yelled", text: `Demonstrators outside Tarn Hall yelled "No new tolls" at the mayor's car.`, want: "Demonstrators"},
	{name: "students of a school shouted", text: `Students of Kell Academy shouted "Save our field" at the board.`, want: "Students of Kell Academy"},
	{name: "supporters of a club sang", text: `Supporters of the Dunmore Rovers sang "We are the river men" all night.`, want: "Supporters of the Dunmore Rovers"},
	{name: "fans outside a stadium sang", text: `Fans outside Kell Stadium sang "We are the river men" all night.`, want: "Fans"},
	{name: "a name's supporters outside a hall chanted", text: `Quell supporters outside Tarn Hall chanted "Four more years."`, want: "Quell supporters"},
	{name: "voters near a hall said", text: `Voters near Tarn Hall said the toll was "a scandal."`, want: "Voters"},
	{name: "protesters in a town chanted", text: `Protesters in Dunmore chanted "No new tolls" at the car.`, want: "Protesters"},
	{name: "a name's supporters as the agent of a chant", text: `The ruling will be cheered by Quell supporters who packed the hall last spring to boo the council and chant "Build the bridge."`, want: "Quell supporters"},
	{name: "said a name's aides after", text: `"The toll is dead," said Quell aides on Monday.`, want: "Quell aides"},
	{name: "the person chanted is her own", text: `Mara Quell chanted "Four more years" with the crowd.`, want: "Mara Quell"},
	// A phrase coined by others is theirs.
	{name: "what the person's critics call", text: `Mara Quell defended what her critics call "the bridge tax."`, want: "her critics"},
	{name: "what a person's opponents call", text: `Mara Quell defended what Olan Tresk's opponents call "the bridge tax."`, want: "Olan Tresk's opponents"},
	{name: "a plan opponents have dubbed", text: `Mara Quell unveiled a plan opponents have dubbed "the bridge tax."`, want: "opponents"},
	{name: "a plan that critics call", text: `Mara Quell unveiled a plan that critics call "the bridge tax."`, want: "critics"},
	{name: "a plan, which residents have nicknamed", text: `Mara Quell unveiled the toll plan, which residents have nicknamed "the bridge tax."`, want: "residents"},
	{name: "what some call", text: `Mara Quell defended what some call "the bridge tax."`, want: Unknown},
	{name: "what is known as", text: `Mara Quell defended what is known as "the bridge tax."`, want: Unknown},
	{name: "a so-called plan after a name", text: `Mara Quell defended the so-called "bridge tax" on Monday.`, want: Unknown},
	{name: "what some have called with an article", text: `Harsher raids would only feed the anger that some have called the "Dunmorisation" of the coast.`, want: Unknown},
	{name: "what the person's critics call with an article", text: `Mara Quell defended what her critics call the "bridge tax" of the town.`, want: "her critics"},
	{name: "dubbed with an article by a group", text: `Mara Quell toured the old jail, dubbed the "River Palace" by sailors held there in the war.`, want: "sailors"},
	{name: "dubbed with an article by a qualified group", text: `Mara Quell toured the old jail, dubbed the "River Palace" by Norland sailors held there in the war.`, want: "Norland sailors"},
	{name: "dubbed with an article by a name", text: `Mara Quell toured the old jail, dubbed the "River Palace" by Olan Tresk.`, want: "Olan Tresk"},
	{name: "what opponents of a thing call", text: `Mara Quell pushed what opponents of the toll call "a bridge to nowhere."`, want: "opponents"},
	{name: "what a person's opponents on a body call", text: `Mara Quell pushed what Olan Tresk's opponents on the council call "a bridge to nowhere."`, want: "Olan Tresk's opponents"},
	{name: "a thing the person's rivals dubbed", text: `Mara Quell pushed a toll her rivals dubbed "the bridge tax."`, want: "her rivals"},
	{name: "a thing the person's team dubbed is no group's", text: `Mara Quell pushed a toll her team dubbed "the bridge tax."`, want: "Mara Quell"},
	{name: "the person called it herself", text: `Mara Quell called it "the bridge tax."`, want: "Mara Quell"},
	{name: "what the person calls herself", text: `Olan Tresk mocked what Mara Quell calls "the bridge of the future."`, want: "Mara Quell"},
	{name: "the person dubbed the plan", text: `Mara Quell dubbed the toll plan "the bridge tax."`, want: "Mara Quell"},
	{name: "what she calls, the subject's", text: `Mara Quell defended what she calls "a bridge for everyone."`, want: "Mara Quell"},
	// A poll's wording is the respondents'.
	{name: "a share of voters after a named person", text: `Mara Quell leads the race. But 42 percent of voters said the town was "on the wrong track."`, want: "42 percent of voters"},
	{name: "a share of respondents", text: `Mara Quell commissioned the survey. Some 30 percent of respondents called the toll "unfair."`, want: "Some 30 percent of respondents"},
	{name: "asked whether, a share agreed", text: `Mara Quell commissioned the survey. Asked whether "the bridge is worth the toll," 30 percent agreed.`, want: "30 percent"},
	{name: "asked whether, most agreed", text: `Mara Quell commissioned the survey. Asked whether "the bridge is worth the toll," most respondents agreed.`, want: "most respondents"},
	{name: "a majority said", text: `Mara Quell leads the race. A majority of voters said the town was "on the wrong track."`, want: "a majority of voters"},
	{name: "a share with a per cent sign", text: `Mara Quell leads the race. But 42% of voters said the town was "on the wrong track."`, want: "42% of voters"},
	{name: "the poll found that a share said", text: `Mara Quell leads the race. The Dunmore poll found 42 percent think the town is "on the wrong track."`, want: "The Dunmore poll"},
	{name: "a share described the person", text: `Mara Quell leads the race. Some 55 percent described Quell as "honest and hard-working."`, want: "Some 55 percent"},
	{name: "the person cited a poll herself", text: `Mara Quell said the survey showed the town was "ready for the bridge."`, want: "Mara Quell"},
}

func TestSpeakerKinds(t *testing.T) { runSpeakerCases(t, kindCases) }
