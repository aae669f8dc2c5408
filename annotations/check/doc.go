// Package check checks quotations against an original document: the
// transcript of a press conference, a speech, a written statement or a
// press release that the outlets quote.
//
// [NewOriginal] reads the original once: it splits it into words, finds the
// speaker turns of a transcript ("NAME:", "MR. NAME:", "Q:" at the start of
// a line) and indexes the words and word pairs. [Original.Check] then gives
// one quotation a [Verdict]: [Verbatim], [Elided], [Altered], [Stitched] or
// [NotFound], with the spans of the original it was matched to, whether the
// outlet's speaker is the one speaking there, and the bracketed editorial
// insertions it allowed.
//
// A quotation is never aligned against the whole original: candidate places
// come from the index (rare words and word pairs vote for a diagonal, the
// difference between a word's place in the original and in the quotation),
// and the quotation is aligned word by word against a few windows around
// them. The alignment is semi-global (the quotation whole, any stretch of
// the original) and may jump between places, freely at an ellipsis or
// between the parts of a split quotation, at a price elsewhere; the jumps
// it takes tell elided from stitched quotations.
//
// Offsets are byte offsets: into the original's text for the spans of the
// original, into the quoting document for the parts of a quotation.
package check
