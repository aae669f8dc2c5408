package htmlarticle

// Thresholds of notArticle, measured on the 97 articles of the extraction
// benchmark, none of which they flag: their extracted text is at most 0.29
// links and has at least 515 bytes outside link-heavy blocks; two of them
// call themselves websites in og:type.
const (
	// mostlyLinks is the share of the extracted text inside links from
	// which the page is taken for an index or a list of links.
	mostlyLinks = 0.5
	// minProse is the number of bytes of text outside link-heavy blocks
	// below which the page is taken for a description or a stub; it is
	// under the extractor's own 500-character threshold for an article.
	minProse = 400
	// websiteLinks is the lower link share that flags a page whose
	// og:type says it is a website rather than an article.
	websiteLinks = 0.25
	// proseLinkShare is the link share under which a block counts as
	// running text.
	proseLinkShare = 0.3
)

// Reasons NotArticle gives.
const (
	reasonLinks   = "mostly links: an index or a list of links, not an article"
	reasonShort   = "little running text: a description or a stub, not an article"
	reasonWebsite = "the page calls itself a website and its text is largely links"
)

// notArticle returns why the extracted blocks do not read as an article, or
// "" when they do. The signals are the ones a reader uses at a glance: how
// much of the text is links, and how much running text there is. blocks
// are the extractor's, before refine drops the link lists that are the
// signal here.
func notArticle(blocks []block, website bool) string {
	links, total, prose := 0, 0, 0
	for _, b := range blocks {
		links += b.linkBytes
		total += len(b.text)
		if float64(b.linkBytes) < proseLinkShare*float64(len(b.text)) {
			prose += len(b.text)
		}
	}
	share := 0.0
	if total > 0 {
		share = float64(links) / float64(total)
	}
	switch {
	case share > mostlyLinks:
		return reasonLinks
	case prose < minProse:
		return reasonShort
	case website && share > websiteLinks:
		return reasonWebsite
	}
	return ""
}
