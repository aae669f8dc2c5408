// Package synth generates synthetic news corpora with a known answer, for
// measuring how well and how fast crossquote groups shared quotations.
//
// [Generate] writes articles of varied length from invented filler
// sentences, with titles, bylines and web boilerplate, and plants remarks in
// them: each shared remark is quoted by two to eight articles, every
// occurrence with one kind of [Damage] (other quotation marks, a comma added
// or dropped, a word inserted or removed, truncation at either end, another
// speech verb). Some remarks also get a [Decoy]: nearly the same words with
// another meaning, quoted elsewhere, which must not group with the original.
// Single-source quotations fill the rest. The [Truth] records where every
// occurrence is, so [Score] can compute precision and recall of a report's
// grouping at any corpus size.
//
// Output depends only on the seed and the options: the same call gives the
// same bytes on every machine.
//
// It stands beside the stages, not among them: it imports the front door
// (for [annotations.File]) and package check (for the originals it
// writes), and no stage imports it.
package synth
