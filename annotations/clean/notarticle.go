package clean

import "strings"

// minRunningText is the fewest bytes of running text (sentences of at
// least goodWords words, or prose as good judges it) of a news article,
// kept or left outside the article's run. A news article, however short,
// has a few sentences; a description page, a stub, a missing page or a
// saved post has fewer. It is under htmlarticle's 400 bytes for the same
// signal in a page's DOM, since plain text has no markup to tell running
// text by. On extraction-dev no page of its 97 articles falls under it;
// on multinews-dev the pages under it are listed by TestMultinewsBody.
//
// An index or a list of links is not told apart in plain text: around a
// short introduction its headlines look like any page's menus, and only
// the markup's links tell them apart (htmlarticle does, for HTML).
const minRunningText = 300

// noteLittleText is what notArticle says, for the reader.
const noteLittleText = "little running text: a description, a stub or a page of links"

// notArticle returns why the page does not read as a news article, or ""
// when it does. A short text that quotes someone is not noted: a snippet
// of a story pasted to match its quotation is what crossquote is for.
func notArticle(text string, units []unit) string {
	prose, kept := 0, 0
	for i := range units {
		u := &units[i]
		running := u.sentence && u.words >= goodWords || good(u)
		switch {
		case u.reason == "":
			kept++
			if quotes(u.Text(text)) {
				return ""
			}
		case u.reason != ReasonOutside:
			// Running text left outside the article's run still shows
			// that the page is written in sentences.
			continue
		}
		if running {
			prose += u.Len()
		}
	}
	if kept > 0 && prose < minRunningText {
		return noteLittleText
	}
	return ""
}

// quotes reports whether t holds a quotation: a pair of double quotation
// marks, straight or typographic, or of guillemets.
func quotes(t string) bool {
	return strings.Count(t, "\"") >= 2 || strings.Contains(t, "“") && strings.Contains(t, "”") ||
		strings.Contains(t, "«") && strings.Contains(t, "»")
}
