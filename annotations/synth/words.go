package synth

import "strings"

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
	"Larchmont", "Millbrook", "Oakhurst", "Pinecrest", "Redcliff", "Silverdale", "Thornbury",
	"Ulverholm", "Vennick", "Westmarch", "Yarrowby", "Ashgrove", "Blackwater Cross", "Coldbeck",
	"Deepwell", "Eastwick Hollow", "Foxmoor", "Glenavon", "Hartsridge", "Kellmouth", "Lindenfeld",
	"Marrowgate", "Nethercombe", "Orrin Sound", "Pellmarsh", "Quarrendon", "Rookhaven", "Stonebridge",
	"Tarnside", "Upton Wold", "Varrick", "Wyncombe",
}

var outlets = []string{
	"The Example Gazette", "The Northvale Courier", "The Daily Lantern", "Harbour Wire",
	"The Evening Ledger", "Valley Sentinel", "The Morning Compass", "Riverside Herald",
}

// list splits a comma-separated list of words and phrases. The banks are
// large on purpose: real quotations draw on thousands of words, and a small
// bank would make every phrase recur far more often than it does in news.
func list(s string) []string {
	var out []string
	for _, w := range strings.Split(s, ",") {
		if w = strings.Join(strings.Fields(w), " "); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// agents can be both the subject and the object of a clause, which is what
// lets a decoy swap them: same words, opposite meaning.
var agents = list(`the council, the union, the ministry, the company, the school board, the regional office,
	the harbour authority, the residents, the farmers, the opposition, the government, the committee,
	the hospital trust, the police, the contractors, the teachers, the landlords, the tenants, the water board,
	the regulators, the nurses, the doctors, the fishermen, the miners, the drivers, the pilots, the students,
	the parents, the pensioners, the shopkeepers, the builders, the inspectors, the auditors, the judges,
	the lawyers, the bankers, the investors, the insurers, the airlines, the rail operator, the dock workers,
	the cleaners, the firefighters, the paramedics, the librarians, the voters, the taxpayers, the commuters,
	the cyclists, the neighbours, the villagers, the growers, the brewers, the carers, the volunteers,
	the charities, the universities, the hospitals, the courts, the prosecutors, the federation, the league,
	the cooperative, the assembly, the cabinet, the treasury, the central bank, the planning office,
	the fire service, the coast guard, the border agency, the tax office, the health service,
	the housing agency, the road authority, the energy board, the transport board, the chamber of commerce,
	the football club, the festival organisers, the ferry operator, the bus company, the mining company,
	the developers, the suppliers, the exporters, the retailers, the broadcasters, the publishers,
	the scientists, the researchers, the economists, the architects, the surveyors, the planners,
	the mediators, the delegates, the councillors, the trustees, the shareholders, the employers,
	the managers, the caretakers, the beekeepers, the ranchers, the foresters, the lifeguards`)

// pronouns are the most common subjects in speech; subjects are the rest.
var pronouns = []string{"we", "I", "you", "they"}

var subjects = list(`our team, this government, this town, everyone here, the families,
	my office, our members, the people of this district, this administration, the volunteers, our engineers,
	the whole region, my colleagues, our party, this country, the city, each of us, all of us, my family,
	our side, the board and I, this council, our company, the community, young people, older residents,
	small businesses, every household, our partners, the people I represent, local families, our staff,
	the next government, my department, ordinary people, working families, our village, the island`)

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
	{"buy", "sell"}, {"import", "export"}, {"tighten", "loosen"}, {"confirm", "deny"},
	{"remember", "forget"}, {"reward", "punish"}, {"keep", "scrap"}, {"join", "leave"},
	{"lift", "impose"}, {"release", "withhold"}, {"publish", "suppress"}, {"save", "waste"},
	{"praise", "condemn"}, {"allow", "forbid"}, {"grant", "withdraw"}, {"connect", "disconnect"},
	{"simplify", "complicate"}, {"relax", "toughen"}, {"legalise", "ban"}, {"privatise", "nationalise"},
	{"centralise", "decentralise"}, {"lend", "borrow"}, {"unite", "divide"}, {"upgrade", "downgrade"},
	{"renew", "cancel"}, {"accelerate", "delay"}, {"secure", "endanger"}, {"clean", "pollute"},
	{"celebrate", "mourn"}, {"admit", "conceal"}, {"attract", "repel"}, {"enlarge", "narrow"},
}

// verbs have no antonym in the bank.
var verbs = list(`rebuild, review, finish, explain, repair, measure, question, deliver, replace, investigate,
	consider, study, announce, negotiate, settle, inspect, answer, finance, schedule, organise, document,
	restore, monitor, examine, discuss, debate, revisit, test, redesign, rename, move, share, count, map,
	audit, insure, rent, lease, guard, paint, staff, equip, modernise, digitise, survey, fence, light,
	clear, drain, dredge, widen, resurface, relocate, merge, list, register, license, certify, track,
	pilot, trial, present, propose, draft, sign, ratify, enforce, appeal, challenge, contest, prioritise,
	rethink, reorganise, reopen, manage, supervise, oversee, evaluate, assess, compare, honour, respect,
	understand, value, need, want, deserve, expect, afford, handle, rescue, reconsider, rewrite, translate,
	explain to voters, look into, sort out, pay for, talk about, fight for, stand behind, plan for,
	take over, hand over, sign off on, clean up, catch up with, follow up on, put forward, set up`)

var adjectives = list(`new, old, northern, coastal, public, local, temporary, regional, second, small, expensive,
	rural, wooden, flooded, unfinished, disputed, shared, emergency, seasonal, municipal, historic, main,
	western, central, annual, southern, crowded, abandoned, costly, modern, proposed, promised, overdue,
	vital, neglected, ambitious, fragile, crumbling, popular, eastern, upper, lower, private, tiny, massive,
	underground, riverside, hilltop, lakeside, revised, fairer, cheaper, safer, greener, quieter, larger,
	smaller, faster, stricter, simpler, independent, national, joint, draft, final, original, current,
	former, upcoming, generous, modest, bold, careful, sensible, realistic, reckless, outdated, efficient,
	affordable, accessible, digital, electric, hybrid, communal, volunteer, medical, legal, financial,
	technical, environmental, agricultural, industrial, residential, commercial, cultural, educational,
	long-term, short-term, cross-border, full-time, part-time, weekly, monthly, daily, nightly, overnight,
	secret, open, transparent, fair, balanced, urgent, routine, standard, special, extra, missing, broken,
	damaged, repaired, renovated, empty, busy, narrow, wide, steep, shallow, deep, remote, nearby,
	neighbouring, surrounding, entire, whole, complete, partial, interim, permanent, provisional`)

var nouns = list(`bridge, budget, harbour, school, ferry, road, clinic, market, library, dam, pension plan,
	water plan, rail link, housing project, tax, wage deal, fishing quota, bus route, power station,
	sports hall, flood barrier, curfew, recycling scheme, parking rule, tram line, youth centre,
	farm subsidy, airport, museum, fire station, tunnel, canal, playground, shelter, reservoir, ward,
	lighthouse, pier, orchard, quarry, courthouse, stadium, cemetery, greenhouse, depot, sewer, footpath,
	roundabout, cycle lane, ambulance service, care home, train station, ice rink, swimming pool,
	community garden, wind farm, solar park, water tower, town hall, old mill, nursery, grain silo,
	night bus, bridge toll, rent cap, speed limit, school meal plan, dental clinic, post office,
	concert hall, skate park, fish market, ferry terminal, car park, contract, agreement, inquiry, review,
	report, proposal, timetable, budget cut, pay rise, pension reform, tax rebate, grant scheme, loan,
	mortgage rule, zoning plan, building permit, licence, fee, fine, levy, toll, tariff, quota, allowance,
	bonus, salary cap, hiring freeze, evacuation plan, vaccination drive, clean-up, reforestation plan,
	coastal path, sea wall, breakwater, marina, boatyard, shipyard, warehouse, factory, mill, mine,
	refinery, pipeline, substation, power line, phone mast, broadband rollout, data centre, call centre,
	job centre, food bank, soup kitchen, homeless shelter, women's refuge, police station, prison,
	detention centre, border post, customs office, checkpoint, land registry, archive, exhibition,
	festival, parade, marathon, tournament, league, season, election, referendum, ballot, petition,
	strike, walkout, protest, march, vigil, ceremony, memorial, monument, statue, fountain, square,
	park, forest, nature reserve, wetland, river bank, beach, dune, cliff path, mountain road, pass,
	valley line, branch line, junction, bypass, ring road, flyover, underpass, crossing, level crossing,
	harbour wall, slipway, ferry fare, bus fare, parking fee, water bill, energy bill, heating allowance,
	school bus, hospital wing, maternity unit, emergency ward, operating theatre, waiting list,
	training course, apprenticeship scheme, language school, summer camp, after-school club,
	youth league, chess club, choir, orchestra, theatre company, film festival, book fair, craft market,
	farmers' market, allotment, vineyard, dairy, fish farm, sawmill, brickworks, ropewalk, tannery`)

// adverbials are fixed phrases; timeWords and moments, and manner, combine
// into more.
var adverbials = list(`without further delay, as soon as possible, for the families who live here,
	whatever it costs, for the next generation, once the report is out, with or without help,
	for as long as it takes, on behalf of every worker, before anyone else gets hurt,
	under the current rules, step by step, in the interest of everyone, with the money we have,
	at the first opportunity, for the sake of our children, in full view of the public,
	with the support of our partners, on the terms we agreed, within the limits of the law,
	without asking anyone for permission, if the numbers add up, as we promised last year,
	before it is too late, while there is still time, in spite of the weather,
	regardless of what the critics say, with the help of volunteers, at a fair price,
	for the first time in decades, once and for all, in the spirit of compromise`)

var manner = list(`quickly, carefully, openly, together, properly, fairly, immediately, gradually,
	quietly, responsibly, honestly, transparently, in full, in public, on time, at once, for good,
	in stages, in person, in writing, by hand, by law, by agreement, by consensus, by default,
	on our own, with care, with caution, without fuss, without exception, on schedule, under budget`)

var timeWords = list(`before, after, by, until, during, ahead of, in time for, right after, long before,
	well before, soon after, no later than, throughout, over, within`)

var moments = list(`the winter, next spring, the election, the summer holidays, the next meeting,
	the end of the month, the harvest, the budget talks, the festival, the autumn storms, the new year,
	the court ruling, the school term, the tourist season, the strike, the inspection, the referendum,
	the flood season, the deadline, the audit, the next session, the summit, the council vote,
	the end of the year, the spring tides, the first frost, the busy season, the holidays,
	the public hearing, the consultation, the handover, the opening, the ceremony, the next census,
	the final report, the review, the transition, the recess, the weekend, the morning rush,
	the next quarter, the snow season, the dry season, the rainy season, the fishing season,
	the exam period, the festival week, the trade fair, the anniversary, the state visit,
	the peace talks, the merger, the takeover, the rebuild, the next phase, the launch, the trial,
	the appeal, the inquest, the debate, the vote, the count, the recount, the deadline in March,
	the end of the decade, the closing date, the first payment, the last ferry, the night shift`)

var conjunctions = list(`and, but, because, so, while, although, and then, or else, since, unless,
	as long as, even if, whereas, until, so that, provided that, now that, once`)

// openers start a remark with a short framing phrase.
var openers = []string{
	"Frankly,", "Let me be clear:", "In the end,", "Right now,", "For the record,",
	"Make no mistake,", "Honestly,", "To be fair,", "At this point,", "As I have said before,",
	"It is clear that", "It is vital that", "The truth is that", "What matters is that", "I believe",
	"I think", "We know that", "Everyone knows that", "I can tell you that", "The fact is",
	"In my view,", "From where I stand,", "As far as I am concerned,", "To put it simply,",
	"In short,", "Above all,", "First of all,", "Quite simply,", "Of course,", "Look,", "Listen,",
	"If you ask me,", "My message is that", "Our position is that", "I am convinced that",
	"I am confident that", "We are determined that", "The question is whether", "The point is that",
	"I hope that", "I fear that",
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
// quotation marks. Filler sentences are composed from many small parts, so
// that unrelated articles share no long run of words, as in real news; a
// shared run would be reported as a passage.
var pastVerbs = list(`discussed, inspected, postponed, reviewed, criticised, welcomed, measured, repaired,
	closed, reopened, visited, questioned, debated, examined, surveyed, praised, delayed, documented,
	photographed, mapped, funded, cleared, approved, rejected, extended, expanded, cancelled, renamed,
	audited, insured, leased, sold, bought, painted, fenced, drained, widened, resurfaced, relocated,
	merged, registered, licensed, certified, tracked, piloted, proposed, drafted, signed, ratified,
	challenged, contested, evaluated, assessed, compared, rebuilt, restored, replaced, modernised`)

var days = list(`Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday`)

var dayParts = list(`morning, afternoon, evening, night`)

var periods = list(`week, month, year, spring, summer, autumn, winter`)

var moreNumbers = []string{
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"14", "15", "18", "20", "25", "30", "40", "45", "60", "75", "90", "120", "150", "200", "250",
	"300", "480", "600", "750", "900", "1,200", "2,500", "4,000",
}

var plurals = list(`households, vehicles, workers, complaints, kilometres of pipe, pupils, boats, permits,
	trees, buildings, beds, jobs, visitors, tonnes of gravel, applications, passengers, homes, shops,
	farms, patients, flats, bus stops, street lights, parking spaces, hectares, classrooms, volunteers,
	members, tickets, meals, lorries, cyclists, signatures, objections, letters, seats, apprentices`)

var connectors = list(`after, before, while, as, although, when, once, even though, just as, shortly after`)

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
