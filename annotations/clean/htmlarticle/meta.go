package htmlarticle

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// canonicalLink returns the page's own address as its markup declares it:
// <link rel=canonical>, else the og:url meta tag, else "". Only the first
// of each counts; sites that print several disagree with themselves.
func canonicalLink(doc *html.Node) string {
	var canonical, og string
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Body:
			return false // both belong in the head; the body is large
		case atom.Link:
			if canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Meta:
			if og == "" && strings.EqualFold(strings.TrimSpace(attr(n, "property")), "og:url") {
				og = strings.TrimSpace(attr(n, "content"))
			}
		}
		return true
	})
	if canonical != "" {
		return canonical
	}
	return og
}

// isWebsiteType reports whether the page calls itself a website rather
// than an article in its Open Graph type, which sites set on home, section
// and landing pages.
func isWebsiteType(doc *html.Node) bool {
	website := false
	walk(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Body {
			return false
		}
		if n.DataAtom == atom.Meta && strings.EqualFold(strings.TrimSpace(attr(n, "property")), "og:type") {
			website = strings.EqualFold(strings.TrimSpace(attr(n, "content")), "website")
		}
		return true
	})
	return website
}

// walk visits n and its descendants in document order; visit returns false
// to skip a node's children.
func walk(n *html.Node, visit func(*html.Node) bool) {
	if !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether a space-separated attribute value holds tok.
func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}
