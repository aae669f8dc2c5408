package annotations

import "github.com/crossquote/crossquote/annotations/match"

// Group is one remark or passage that several documents share; see
// [match.Group].
type Group = match.Group

// Member is one occurrence of a group in one document; see [match.Member].
type Member = match.Member

// Kind tells what a group shares; see [match.Kind].
type Kind = match.Kind

// The kinds of group.
const (
	// KindQuote is a remark that several documents quote.
	KindQuote = match.KindQuote
	// KindPassage is wire copy several documents share outside quotation
	// marks.
	KindPassage = match.KindPassage
)

// DefaultMatchOptions returns the settings an analysis uses when no
// [Option] changes them, for a caller that shows or starts from them
// (its Tolerance and MinWords); see [match.DefaultOptions].
func DefaultMatchOptions() match.Options { return match.DefaultOptions() }

// DiffPart is one run of a word diff; see [match.DiffPart].
type DiffPart = match.DiffPart

// DiffOp says whether a [DiffPart] is in both texts, only the first or
// only the second; see [match.DiffOp].
type DiffOp = match.DiffOp

// The operations of a word diff.
const (
	DiffEqual  = match.DiffEqual
	DiffDelete = match.DiffDelete
	DiffInsert = match.DiffInsert
)

// DiffWords compares two renderings of one remark word by word; see
// [match.DiffWords].
func DiffWords(a, b string) []DiffPart { return match.DiffWords(a, b) }

// Relation says how a group member's words stand to the group's reference
// rendering; see [match.Relation].
type Relation = match.Relation

// The relations of a member to its group's reference.
const (
	RelationIdentical = match.RelationIdentical
	RelationVariant   = match.RelationVariant
	RelationFragment  = match.RelationFragment
	RelationContains  = match.RelationContains
)

// Occurrence is one more place of a member's document that the member
// stands for; see [match.Occurrence].
type Occurrence = match.Occurrence

// Pair says how much of two documents' bodies the other carries; see
// [match.Pair].
type Pair = match.Pair

// MaxTolerance is the largest tolerance at which groups stay meaningful;
// see [match.MaxTolerance].
const MaxTolerance = match.MaxTolerance
