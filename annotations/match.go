package annotations

// Group kinds.
const (
	KindQuote   = "quote"
	KindPassage = "passage"
)

// Group is one remark or passage that several documents share.
type Group struct {
	ID      string   `json:"id"`
	Kind    string   `json:"kind"`
	Speaker string   `json:"speaker,omitempty"`
	Members []Member `json:"members"`
}

// Member is one occurrence of a group in one document.
type Member struct {
	Document string `json:"document"`
	Quote    string `json:"quote,omitempty"`
	Span
	Text       string  `json:"text"`
	Similarity float64 `json:"similarity"`
}

// MatchOptions tune [Match].
type MatchOptions struct {
	// Tolerance is the largest normalised edit distance accepted, 0 to 1.
	Tolerance float64
	// MinWords is the length under which quotations group only exactly.
	MinWords int
}

// DefaultMatchOptions returns the settings crossquote uses when the reader
// has changed nothing.
func DefaultMatchOptions() MatchOptions { return MatchOptions{Tolerance: 0.2, MinWords: 3} }

// Match groups the quotations and passages that documents share.
// STUB: owned by the matching helper.
func Match(docs []*Document, o MatchOptions) []Group { return nil }
