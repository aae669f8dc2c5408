// Package clean is the engine's second stage: text → article. [Clean]
// decides, line by line, what of a page's text is the article: it keeps
// the article's paragraphs, removes navigation, share prompts, comment
// forms, link lists, captions, repeated lines and the like with a
// [Reason] each, lifts the title, byline, date and source link into
// [Metadata], repairs sentences that run together ("war.He"), and says
// when the text does not read as an article at all.
//
// [CleanHTML] does the same for a saved web page through its DOM: the
// article extractor of package htmlarticle finds the paragraphs, and the
// page's markup gives the metadata. Its spans, too, are byte ranges of
// the page's text as the read stage made it.
//
// Every span is a byte range of the text given to Clean. The package may
// import package span, internal/textutil and its own htmlarticle, and
// nothing else of the engine: it knows nothing of quotations or matching.
package clean
