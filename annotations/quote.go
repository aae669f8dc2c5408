package annotations

// Quote is one quotation: a direct utterance inside quotation marks.
type Quote struct {
	ID string `json:"id"`
	// Span runs from the first quoted byte to the last, marks excluded; for a
	// split quotation it includes the attribution between the parts.
	Span
	Text string `json:"text"`
	// Parts are the quoted pieces, marks excluded, when there is more than one.
	Parts   []Span `json:"parts,omitempty"`
	Speaker string `json:"speaker"`
	// Short marks one- or two-word quotations such as scare quotes.
	Short bool `json:"short,omitempty"`
}

// ExtractQuotes finds the quotations inside the given paragraphs of text.
// STUB: owned by the quotation helper.
func ExtractQuotes(text string, paragraphs []Span) []Quote { return nil }
