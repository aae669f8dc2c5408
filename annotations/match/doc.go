// Package match is the engine's last stage: the quotations and passages
// several documents share. [Match] takes [Source] values (a document's
// text, kept paragraphs, removals and quotations) and returns [Group]
// values, each with one [Member] per document; [MatchPairs] also returns a
// [Pair] for every two documents that share a group, saying how much of
// each body the other carries.
//
// Inside, the words of every source are normalised once (normalize.go) into
// a shared tokenised corpus; a word-bigram index (index.go) proposes
// candidate pairs; quotations are compared by edit distance over aligned
// word windows (distance.go) and joined into quote groups, and wire copy
// shared outside quotation marks into passage groups (passages.go).
// Groups are then settled (relation.go): groups of one kind covering the
// same bytes of a document are merged, each document's occurrences fold
// into one member, and each member gets its [Relation] to the group's
// reference rendering. pairs.go sums what documents share into pairs.
// [DiffWords] shows how two renderings of one remark differ, word by word.
//
// The package may import package span, internal/textutil and the stages
// below it (clean for removals, quote for quotations); only the front door,
// package annotations, imports it.
package match
