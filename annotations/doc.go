// Package annotations is crossquote's engine: it reads article files,
// separates the article from web boilerplate, extracts quotations with their
// speakers, and groups the quotations and passages that several sources share.
//
// The package is pure: it takes bytes and text and returns values. It does no
// I/O, keeps no global state and imports neither syscall/js nor any UI
// package, so it runs the same natively, in tests and in the browser.
//
// Every position is a byte offset into a document's decoded UTF-8 text
// ([Document.Text]), in the manner of go/token and goldmark's text.Segment:
// values point into the source instead of copying it, and any reported
// text equals the slice it names.
//
// This package is the front door: [Annotate], [Regroup], [NewDocument], the
// options, the [Report] and its Markdown and Web Annotation forms. Types
// that a stage defines ([Span], [Quote], [Group], …) are re-exported here
// as aliases, so callers need import nothing else. The work is done by one
// package per stage, each importing only those below it:
//
//	span, internal/textutil  positions; shared character and word helpers
//	read                     bytes → text (encodings, Markdown, HTML, binary refusal)
//	clean                    text → kept paragraphs, removed boilerplate, metadata
//	quote                    text → quotations and who said them
//	match                    quotations and passages of many documents → shared groups
//	check                    quotations against an original → verdicts
//	annotations              this package: documents, options, the report
//
// TestStageOrder (purity_test.go) fails when a stage imports one above it.
package annotations
