package htmlarticle

// notArticle returns why the extracted blocks do not read as an article,
// or "" when they do. The signals are the ones a reader would use at a
// glance: how much running prose there is, and how much of the text is
// links.
func notArticle(blocks []block, website bool) string {
	return ""
}
