// Package clean is the engine's second stage: text → article. [Clean]
// decides, line by line, what of a page's text is the article: it keeps
// the article's paragraphs, removes navigation, share prompts, comment
// forms, link lists, captions, repeated lines and the like with a
// [Reason] each, lifts the title, byline, date and source link into
// [Metadata], and repairs sentences that run together ("war.He").
//
// Every span is a byte range of the text given to Clean. The package may
// import package span and internal/textutil, and nothing else of the
// engine: it knows nothing of quotations or matching.
package clean
