// Package textutil holds the character and word helpers every stage of the
// engine shares: lowering text (ToLower, byte for byte strings.ToLower but
// cheaper in WebAssembly), ASCII and rune classes, the word scanner of the
// cleaner (NextWord, ForWords), the English stopword list and the WordSet
// that looks words up.
//
// It is the bottom of the engine beside package span: it imports only the
// standard library, and every stage may import it. It is internal because
// its names serve the stages, not the engine's users.
package textutil
