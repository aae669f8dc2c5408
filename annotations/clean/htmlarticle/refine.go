package htmlarticle

import "strings"

// maxLinkShare is the share of a block's text inside links above which the
// block is a list of links (related stories, tags, share buttons), not
// prose. Running text with a few links stays far below it; on the
// extraction benchmark 0.5 and 0.7 scored the same F1, and the higher one
// loses less article text.
const maxLinkShare = 0.7

// refine drops the blocks that the extractor keeps but a reader of the
// article does not want: photo captions and credits inside <figure>, blocks
// that are mostly links, and bare addresses standing alone. Each rule is
// generic, named by the markup or the shape of the text, never by words
// of a particular site.
func refine(blocks []block) []block {
	out := blocks[:0:0]
	for _, b := range blocks {
		switch {
		case b.caption:
		case float64(b.linkBytes) > maxLinkShare*float64(len(b.text)):
		case isBareURL(b.text):
		default:
			out = append(out, b)
		}
	}
	return out
}

// isBareURL reports whether a block is nothing but one web address, which
// pages print for sharing or printing, not for reading.
func isBareURL(s string) bool {
	return !strings.ContainsAny(s, " \t\n") && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"))
}
