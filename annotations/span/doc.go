// Package span defines the position type of the engine, as go/token does
// for Go's parser: a Span is a half-open byte range of a document's decoded
// UTF-8 text. Values point into the text instead of copying it, and any
// reported text equals the slice the span names.
//
// It is the bottom of the engine: it imports nothing, and every stage may
// import it.
package span
