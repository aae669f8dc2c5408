package annotations

import "github.com/crossquote/crossquote/annotations/span"

// Span is a half-open byte range [Start, End) in a document's decoded
// text; see [span.Span].
type Span = span.Span
