// Package htmlarticle finds the article in a saved web page by reading the
// page's DOM with an article extractor (a Go port of Mozilla's
// Readability), and reports the article's paragraphs as byte spans into the
// text the engine's HTML reader made of the same page.
//
// The extractor works on its own parse tree and renders its own text, which
// differs from the reader's in white space, in the handling of a few
// elements and in what it rewrites. Offsets into the reader's text must stay
// exact, so the extractor's paragraphs are never returned as strings: their
// words are aligned, in order, onto the words of the reader's text, and only
// ranges of that text are returned.
//
// The extractor is codeberg.org/readeck/go-readability/v2 (MIT). It adds
// about 3.9 MB to the engine's wasm (1.1 MB gzipped), over half of it
// net/http, crypto and x/text's character sets, which the module imports
// for fetching and decoding pages, features not used here; a copy without
// them would add about 1.8 MB.
//
// It belongs to the clean stage: it may import packages span and read
// (whose block and dropped elements it shares) and no other package of
// the engine.
package htmlarticle
