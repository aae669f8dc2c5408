package synth

// The word bank. Every word here is generic, neutral news vocabulary; every
// name is invented. Nothing is taken from a real article, so the corpus can
// live in the repository and in test logs.

var firstNames = []string{
	"Ana", "Bram", "Carys", "Dario", "Elin", "Fenna", "Goran", "Hester", "Ilka", "Jonas",
	"Kaito", "Lorna", "Mateo", "Nadia", "Oskar", "Priya", "Quinn", "Rasmus", "Saskia", "Tomas",
	"Ulla", "Viktor", "Wren", "Ximena", "Yusuf", "Zora", "Alma", "Benedek", "Cosima", "Dmitri",
	"Esme", "Farid", "Greta", "Hamid", "Ines", "Jarek", "Katya", "Leopold", "Maren", "Niko",
}

var lastNames = []string{
	"Abernathy", "Brandvold", "Castellane", "Dunmore", "Eskeland", "Farrowby", "Gallardo", "Halvorsen",
	"Ingleby", "Jaskowiak", "Kettleborough", "Lindqvist", "Marchetti", "Northcott", "Oyelaran", "Pellegrin",
	"Quenneville", "Rautio", "Stavenhagen", "Thorsby", "Underhay", "Valcourt", "Westerholm", "Yardley",
	"Zanetti", "Achterberg", "Bellweather", "Corrigan", "Delacroix", "Ellingsen", "Fairbairn", "Grindley",
	"Holloway", "Ivanescu", "Jollimore", "Kowalczyk", "Lachance", "Mbeki-Tan", "Novakovic", "Ostrander",
	"Pemberton", "Rosenkranz", "Sandoval", "Tillinghast", "Vasquez-Orr", "Whitcombe", "Ylvisaker", "Zwingli",
}

var roles = []string{
	"Mayor", "Councillor", "Minister", "Commissioner", "Senator", "Director", "Professor",
	"Chief Inspector", "Deputy Mayor", "Governor", "Judge", "Spokeswoman", "Spokesman",
}

var places = []string{
	"Northvale", "Kessing", "Amberport", "Lowmoor", "Brightwater", "Castlereach", "Dunhollow",
	"Elmstead", "Fairhaven", "Greyford", "Hollin Bay", "Ironbridge", "Juniper Falls", "Kingsmere",
	"Larchmont", "Millbrook", "Oakhurst", "Pinecrest", "Redcliff", "Silverdale",
}

var outlets = []string{
	"The Example Gazette", "The Northvale Courier", "The Daily Lantern", "Harbour Wire",
	"The Evening Ledger", "Valley Sentinel", "The Morning Compass", "Riverside Herald",
}

// agents can be both the subject and the object of a clause, which is what
// lets a decoy swap them: same words, opposite meaning.
var agents = []string{
	"the council", "the union", "the ministry", "the company", "the school board",
	"the regional office", "the harbour authority", "the residents", "the farmers", "the opposition",
	"the government", "the committee", "the hospital trust", "the police", "the contractors",
	"the teachers", "the landlords", "the tenants", "the water board", "the regulators",
}

var subjects = []string{
	"we", "I", "our team", "this government", "this town", "everyone here",
	"the families", "my office", "our members", "the people of this district", "you",
	"this administration", "the volunteers", "our engineers", "the whole region",
}

// modals are true modal verbs, so negating one is a single "not" (or
// "cannot") whatever the subject.
var modals = []string{"will", "must", "should", "can", "could", "would", "may", "might"}

// verbPairs are verbs with an antonym, so that a decoy can reverse a remark
// by changing a single word.
var verbPairs = [][2]string{
	{"support", "oppose"}, {"raise", "lower"}, {"open", "close"}, {"increase", "reduce"},
	{"accept", "reject"}, {"expand", "shrink"}, {"approve", "block"}, {"protect", "abandon"},
	{"hire", "dismiss"}, {"start", "stop"}, {"win", "lose"}, {"strengthen", "weaken"},
	{"welcome", "refuse"}, {"defend", "attack"}, {"include", "exclude"}, {"trust", "distrust"},
	{"fund", "defund"}, {"build", "demolish"}, {"extend", "shorten"}, {"encourage", "discourage"},
}

// verbs have no antonym in the bank.
var verbs = []string{
	"rebuild", "review", "finish", "publish", "explain", "repair", "measure", "question", "deliver",
	"replace", "investigate", "consider", "study", "announce", "negotiate", "settle", "inspect",
	"answer", "finance", "schedule", "organise", "document", "restore", "monitor",
}

var adjectives = []string{
	"new", "old", "northern", "coastal", "public", "local", "temporary", "regional", "second",
	"small", "expensive", "rural", "wooden", "flooded", "unfinished", "disputed", "shared",
	"emergency", "seasonal", "municipal", "historic", "main", "western", "central", "annual",
	"southern", "crowded", "abandoned", "costly", "modern", "proposed", "promised", "overdue",
	"vital", "neglected", "ambitious", "fragile", "crumbling", "popular", "eastern", "upper",
	"lower", "private", "tiny", "massive", "underground", "riverside", "hilltop", "lakeside",
}

var nouns = []string{
	"bridge", "budget", "harbour", "school", "ferry", "road", "clinic", "market", "library",
	"dam", "pension plan", "water plan", "rail link", "housing project", "tax", "wage deal",
	"fishing quota", "bus route", "power station", "sports hall", "flood barrier", "curfew",
	"recycling scheme", "parking rule", "tram line", "youth centre", "farm subsidy", "airport",
	"museum", "fire station", "tunnel", "canal", "playground", "shelter", "reservoir", "ward",
	"lighthouse", "pier", "orchard", "quarry", "courthouse", "stadium", "cemetery", "greenhouse",
	"depot", "sewer", "footpath", "roundabout", "cycle lane", "ambulance service", "care home",
	"train station", "ice rink", "swimming pool", "community garden", "wind farm", "solar park",
	"water tower", "town hall", "old mill", "nursery", "bakery cooperative", "grain silo",
	"night bus", "bridge toll", "rent cap", "speed limit", "school meal plan", "dental clinic",
	"post office", "concert hall", "skate park", "fish market", "ferry terminal", "car park",
}

// adverbials are fixed phrases; timeWords and moments combine into more.
var adverbials = []string{
	"without further delay", "as soon as possible", "for the families who live here",
	"whatever it costs", "for the next generation", "once the report is out",
	"with or without help", "for as long as it takes", "on behalf of every worker",
	"before anyone else gets hurt", "under the current rules", "step by step",
}

var timeWords = []string{"before", "after", "by", "until", "during", "ahead of", "in time for"}

var moments = []string{
	"the winter", "next spring", "the election", "the summer holidays", "the next meeting",
	"the end of the month", "the harvest", "the budget talks", "the festival", "the autumn storms",
	"the new year", "the court ruling", "the school term", "the tourist season", "the strike",
	"the inspection", "the referendum", "the flood season", "the deadline", "the audit",
}

var conjunctions = []string{"and", "but", "because", "so", "while", "although", "and then", "or else"}

// openers start a remark with a short framing clause.
var openers = []string{
	"Frankly,", "Let me be clear:", "In the end,", "Right now,", "For the record,",
	"Make no mistake,", "Honestly,", "To be fair,", "At this point,", "As I have said before,",
}

// insertable words are what an outlet slips into a quotation: fillers that
// change no meaning. Negations are deliberately absent; inserting one is a
// decoy, not damage.
var insertable = []string{
	"really", "also", "now", "still", "simply", "certainly", "just", "very", "indeed",
	"all", "clearly", "absolutely", "again", "even",
}

// negations are the words a remark must neither gain nor lose as damage.
var negations = map[string]bool{"not": true, "never": true, "no": true, "nobody": true, "cannot": true}

// speechVerbs are attributions. The first three are the canonical forms a
// remark is planted with; the rest appear only as the speaker-verb damage.
var speechVerbs = []string{
	"said", "told reporters", "according to",
	"added", "stated", "insisted", "explained", "declared", "remarked", "wrote", "argued",
}

const canonicalVerbs = 3

// Filler vocabulary: third-person, past-tense reporting that contains no
// quotation marks.
var fillerSubjects = []string{
	"Officials", "Residents", "Engineers", "The council", "Local businesses", "Several witnesses",
	"The regional office", "A spokesperson for the ministry", "Volunteers", "Inspectors",
	"The contractors", "Analysts", "Teachers at the school", "Shop owners", "Emergency crews",
	"A group of farmers", "The harbour authority", "Commuters", "Police", "The committee",
}

var fillerVerbs = []string{
	"discussed", "inspected", "postponed", "reviewed", "criticised", "welcomed", "measured",
	"repaired", "closed", "reopened", "visited", "questioned", "debated", "examined", "surveyed",
	"praised", "delayed", "documented", "photographed", "mapped", "funded", "cleared",
}

var fillerTimes = []string{
	"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "over the weekend",
	"last month", "earlier this week", "late on Sunday", "in March", "in the autumn",
	"two years ago", "since the storm", "during the night", "at dawn", "after the vote",
}

var fillerTails = []string{
	"according to a statement released later that day",
	"after weeks of heavy rain in the region",
	"while traffic was diverted through the town centre",
	"as the cost of the repairs continued to rise",
	"before a public meeting that drew a large crowd",
	"despite objections from a handful of neighbours",
	"in a process expected to last several months",
	"following a report by independent auditors",
	"although no final decision has been taken",
	"with support from two neighbouring districts",
	"amid growing concern about the schedule",
	"as part of a wider review of spending",
}

var numbers = []string{
	"two", "three", "four", "five", "six", "eight", "ten", "twelve", "15", "20", "40", "120",
	"several hundred", "about 3,000", "nearly 90", "1.5 million",
}

var fillerPlurals = []string{
	"households", "vehicles", "workers", "complaints", "kilometres of pipe", "pupils",
	"boats", "permits", "trees", "buildings", "beds", "jobs", "visitors", "tonnes of gravel",
}

var titleNouns = []string{
	"Dispute", "Plan", "Vote", "Delay", "Deal", "Row", "Inquiry", "Repairs", "Protest", "Budget",
}

// boilerplate is web clutter an outlet wraps around the article: the cleaner
// must remove it, and none of it is quoted.
var boilerplate = []string{
	"Share this article",
	"Sign up for our newsletter",
	"Advertisement",
	"Follow us on social media",
	"Comments are closed for this article.",
	"Subscribe for unlimited access",
	"Click here to read more",
	"Cookies help us deliver our services.",
}
