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
// The stages, one file each:
//
//	read.go      bytes → text (encodings, Markdown, HTML, binary refusal)
//	clean.go     text → kept paragraphs, removed boilerplate, metadata
//	quote.go     text → quotations; speaker.go adds who said them
//	normalize.go text → comparable form with a map back to offsets
//	match.go     quotations of many documents → shared groups
//	passage.go   shared wire copy outside quotation marks
//	report.go    the Report value the CLI, the UI and the tests all use
package annotations
