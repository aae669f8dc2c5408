package annotations

// Reason says why a span of text was removed from the article body.
type Reason string

// Removal is a span of boilerplate taken out of the body, with its reason.
type Removal struct {
	Span
	Reason Reason `json:"reason"`
}

// Metadata is what the cleaner lifts out of the page instead of keeping it in
// the body.
type Metadata struct {
	Title  string
	Byline string
	Date   string
	Link   string
}

// Cleaned is the result of [Clean].
type Cleaned struct {
	Meta Metadata
	// Paragraphs are the kept article paragraphs, in order, as spans of the text.
	Paragraphs []Span
	// Removed covers every non-blank part of the text that is not kept.
	Removed []Removal
	// Body is the article as a reader sees it.
	Body string
}

// Clean separates the article from boilerplate.
// STUB: owned by the cleaning helper.
func Clean(text string) Cleaned {
	return Cleaned{Paragraphs: []Span{{0, len(text)}}, Body: text}
}
