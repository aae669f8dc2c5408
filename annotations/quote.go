package annotations

import "github.com/crossquote/crossquote/annotations/quote"

// Quote is one quotation of a document, with its speaker; see
// [quote.Quote].
type Quote = quote.Quote
