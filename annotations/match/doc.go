// Package match is the engine's last stage: the quotations and passages
// several documents share. [Match] takes [Source] values (a document's
// text, kept paragraphs, removals and quotations) and returns [Group]
// values, each with one [Member] per occurrence.
//
// Inside, the words of every source are normalised once (normalize.go) into
// a shared tokenised corpus; a word-bigram index (index.go) proposes
// candidate pairs; quotations are compared by edit distance over aligned
// word windows (distance.go) and joined into quote groups, and wire copy
// shared outside quotation marks into passage groups (passage.go).
// [DiffWords] shows how two renderings of one remark differ, word by word.
//
// The package may import package span, internal/textutil and the stages
// below it (clean for removals, quote for quotations); only the front door,
// package annotations, imports it.
package match
