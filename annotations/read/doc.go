// Package read is the engine's first stage: bytes → text. It decodes a
// file's bytes (UTF-8, UTF-16 with a byte order mark, Windows-1252),
// reduces Markdown and HTML to the plain text of their blocks, refuses
// binary content, empty files and files over [MaxFileSize], and returns
// the UTF-8 text every later offset points into.
//
// It may import the standard library, goldmark and golang.org/x/net/html,
// and below it only package span and internal/textutil.
package read
