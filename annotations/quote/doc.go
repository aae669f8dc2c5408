// Package quote is the engine's third stage: article → quotations.
// [Extract] pairs the quotation marks of every common style inside the
// article's paragraphs, joins quotations split by their attribution, and
// gives each a speaker (speaker.go): from the attribution after or before
// it, a transcript label, or the previous quotation, with pronouns
// resolved to a recent name. A quotation whose text does not say who spoke
// has the speaker [Unknown].
//
// Every span is a byte range of the text given to Extract. The package may
// import package span and internal/textutil (its tests also read and clean
// files), and nothing above it: it knows nothing of matching.
package quote
