package annotations

import "github.com/crossquote/crossquote/annotations/clean"

// Removal is a stretch of a document's text the cleaner left out of the
// article, with the reason; see [clean.Removal].
type Removal = clean.Removal

// Reason says why a stretch of text was removed, such as "share" or
// "navigation"; see [clean.Reason] for the values.
type Reason = clean.Reason
