// Package quote is the engine's third stage: article → quotations.
// [Extract] pairs the quotation marks of every common style inside the
// article's paragraphs, joins quotations split by their attribution, and
// gives each a speaker: from the attribution after or before it, a
// transcript label, or the previous quotation, with pronouns resolved to a
// recent name. A quotation whose text does not say who spoke has the
// speaker [Unknown].
//
// The speaker's rules are one file each: speaker.go takes a quotation
// through them in order; speaker_words.go holds the vocabulary of
// attribution (speech verbs, titles, time words) as data;
// speaker_tokens.go reads an attribution into words; speaker_mention.go
// reads a name or a role phrase from them; speaker_after.go and
// speaker_before.go find the attribution after and before a quotation;
// speaker_owner.go the owner of a claim or a description;
// speaker_coiner.go who coined a name another sentence reports (what
// critics call “…”); speaker_crowd.go the words a crowd chants;
// speaker_question.go whose a question told in a participle phrase is
// (Asked whether “…?”, Hale laughed);
// speaker_pronoun.go resolves pronouns; speaker_sentence.go bounds the
// sentence a quotation stands in; speaker_subject.go tells when a
// sentence's subject did not say the words in it (a coined name, a
// passive's purpose, a common word that opens the sentence);
// speaker_language.go tells a page in another language, whose
// capitalised words are no evidence of a person; speaker_fallback.go is the last resort
// for a quotation no attribution names, from the grammar of a text's
// release or a speaker's stance around it; speaker_echo.go gives words
// quoted again the speaker of the remark that holds them (a headline
// quoting the body); speaker_inflect.go spells a
// verb's forms for the vocabulary; people.go makes one name per person
// from the facts names_index.go reads of a document (who is named how,
// who speaks, who is called he or she), and names_full.go finds a full
// name the text writes with no title or apposition to introduce it;
// firstnames.go holds the given names that tell he or she, the hand
// lists and firstnames_ssa.txt, which internal/firstnamegen draws from
// the baby-name statistics; names_spelling.go gives a name the outlets
// spell a letter apart one spelling across a report; agree.go settles
// who said a remark that several outlets print.
//
// Every span is a byte range of the text given to Extract. The package may
// import package span and internal/textutil (its tests also read and clean
// files), and nothing above it: it knows nothing of matching.
package quote
