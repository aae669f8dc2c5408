package quote

import "github.com/crossquote/crossquote/annotations/internal/textutil"

// speechVerbs are the verbs that attribute a quotation, in the forms news
// writing uses (said X, X says, X told reporters, saying, ...).
var speechVerbs = textutil.NewWordSet(`said says say saying told tells tell added adds adding
	ask asked asks asking wrote writes writing tweeted tweets explained explains
	noted notes continued continues declared declares claimed claims claiming
	recalled recalls argued argues arguing insisted insists stated states
	replied replies responded responds warned warns announced announces
	acknowledged acknowledges admitted admits suggested suggests observed
	remarked quipped joked countered conceded complained complains predicted pledged
	promised vowed urged urges posted shouted yelled chanted chanting sang sings
	reported reports called calls described describes mused cautioned
	emphasized emphasised stressed maintained contended confirmed denied
	boasted lamented charged testified whispered commented opined concluded
	answered recounted mocked blasted wondered thundered scoffed echoed
	pleaded proclaimed exclaimed agreed disagreed tells interjected
	texted emailed messaged reiterated tweeting writing
	laughed revealed revealing reveals recalling disclosed mentioned asserted
	alleged affirmed sighed grumbled barked snapped retorted fumed ranted gushed cried
	screamed estimated speculated clarified advised informed hinted demanded
	implored reminded cheered joked griped marvelled marveled conceded lamented
	boomed bellowed roared murmured muttered intoned sneered read reads captioned
	assured offered confided elaborated remembered reflected reasoned ventured begged
	comments recounts quips concedes reiterates muses whispers exclaims elaborates
	shouts yells screams ordered written
	accused accuses alleges asserts contends
	write argue insist warn conclude
	observes concludes scoffs pleads proclaims agrees disagrees interjects discloses affirms
	grumbles gushes speculates clarifies implores mutters intones confides remembers testifies
	opines emphasizes emphasises predicts`)

// The base forms write to conclude are what a plural subject reports in
// (The researchers write, Critics argue, Officials warn), beside their
// past forms above; the present forms from observes to predicts are
// those of past forms above that are neither nouns (remarks, vows) nor
// take an object mostly (confirms the plan, reminds readers). Base forms that are as often nouns (claim, note,
// reply, post) or that mostly follow to (explain, respond) are left out:
// read for the attribution's verb, they hide it.

// The speech verbs above are facts of English news writing; the later
// additions follow the reporting-verb lists that published quotation
// extractors document (verbs of saying, revealing and reacting). The
// present forms from comments to elaborates are those a feature story
// writes its attributions in (“…,” comments Ann Hale); the ones that are mostly
// nouns (answers, charges, offers, remarks) or take an object (confirms
// the plan, cautions against it) are left out. Alleges, asserts and
// contends are the present forms a lawsuit or a filing speaks in (the
// complaint alleges that …).

// listenerVerbs are speech verbs whose object is who listens or who is
// spoken of, never who speaks (told the board, went on to ask the mayor,
// accused the board of …), so that no speaker is read after them.
var listenerVerbs = textutil.NewWordSet(`tell tells told telling ask accused accuses`)

// speakerVerbFollowers are words that may stand between a speaker and the speech
// verb (X also said, X has told, X later added, X has long argued, X
// herself said).
var speakerVerbFollowers = textutil.NewWordSet(`also later then has had have once again further
	previously recently would will had earlier subsequently quickly simply
	just often repeatedly famously memorably publicly long now still instead
	too first finally never always himself herself themselves itself`)

// speakerTitles are honorifics and offices that may precede a name and are part of
// the speaker as written.
var speakerTitles = textutil.NewWordSet(`mr mrs ms miss dr prof sen rep gov lt gen col sgt capt
	president senator representative governor secretary minister chancellor
	judge justice mayor chief speaker sir lord lady rev father sister
	ambassador adm admiral commissioner spokesman spokeswoman cmdr maj det supt
	insp cpl pvt sr professor sheriff brig pfc spc ens del`)

// The military abbreviations above are the ranks news style writes before
// a name (Brig. Gen., Pfc., Spc., Ens.), and Del. a state delegate's
// office: without them the dot reads as a sentence end and the name after
// it is lost.

// speakerDeterminers begin a descriptive speaker (the official, a spokesman).
var speakerDeterminers = textutil.NewWordSet(`the a an another one his her their its our my your several many
	some two three four five other both all most`)

// timeWords may follow a speech verb before its subject (said Monday
// the minister), and "by" a passive one (was said by).
var timeWords = textutil.NewWordSet(`monday tuesday wednesday thursday friday saturday sunday
	today yesterday tonight last this morning afternoon evening night week by
	earlier later again also then`)

// speakerPronouns are speakers that stand for a name given elsewhere.
var speakerPronouns = textutil.NewWordSet(`he she they it i we you who which`)

// speakerStops end a speaker description after a speech verb (said the
// official in a statement, said the minister on Monday).
var speakerStops = textutil.NewWordSet(`in on at during after before while when as to that
	by with from is was were are be been being not
	who which what because but and or if about than told said says yesterday today
	monday tuesday wednesday thursday friday saturday sunday tonight
	last this earlier later recently`)

// retortVerbs say a reply with "back" (Ann Hale shot back, fired back).
var retortVerbs = textutil.NewWordSet(`shot fired hit pushed snapped wrote`)

// sideNouns stand for the people who speak for someone, after a
// possessive name (Ann Hale's side, her camp), though no person noun.
var sideNouns = textutil.NewWordSet(`side camp`)

// companionPrepositions join a person to the thing named before them (a
// film with Ann Hale, a book by Tom Reed), which a relative which that
// follows the name stands for.
var companionPrepositions = textutil.NewWordSet(`with by featuring starring about from`)

// thingPrepositions place a named thing in a sentence (in the journal
// Harbour Science, on the show Harbour Nights) rather than name who
// speaks.
var thingPrepositions = textutil.NewWordSet(`in on into onto at to with about against during`)

// partyMembers are the nouns for a member of a party, capitalised as the
// party's name is, that a description ends in (the freshman Democrat, a
// moderate Republican): a noun, not a name.
var partyMembers = textutil.NewWordSet(`democrat democrats republican republicans independent independents
	libertarian libertarians`)

// findingNouns are the studies whose findings a text reports as their
// words (the report found, a survey finds): found after one is a speech
// verb, found after anyone else is not (the police found the boat).
var findingNouns = textutil.NewWordSet(`report study survey poll audit review investigation analysis inquiry probe`)
