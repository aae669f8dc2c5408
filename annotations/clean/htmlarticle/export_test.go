package htmlarticle

// ExtractWith is Extract with this package's rules on top of the extractor
// switched off when plain is true, so the benchmark can score both.
func ExtractWith(page []byte, text string, plain bool) (Article, bool) {
	return extract(page, text, plain)
}
