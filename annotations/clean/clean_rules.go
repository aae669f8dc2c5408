package clean

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
	"github.com/crossquote/crossquote/annotations/span"
)

// Weights of the article search: the main run of the article is the stretch
// of units with the largest total weight, in the manner of boilerpipe's
// densest block. Prose counts for its length, lines that carry little text
// count against.
const (
	shortPenalty   = 40   // a short or sparse line
	markedPenalty  = 80   // a line a rule already marked as boilerplate
	barrierPenalty = 1000 // a comment form or comment section heading
	goodWords      = 10   // fewest words of a line that counts as prose
	goodStops      = 0.25
	// minDenseStops is the least stopword ratio that makes a line dense,
	// however few stopwords its page's prose has.
	minDenseStops = 0.1
	maxTitleWords = 25
)

// cleanOnce classifies the units of text once. It returns the kept
// paragraphs, the removals, the metadata and, when the page does not read
// as an article, why (see notArticle).
func cleanOnce(text string) ([]span.Span, []Removal, Metadata, string) {
	units := splitUnits(text)
	var meta Metadata
	page := newLowerPage(text)
	for i := range units {
		u := &units[i]
		u.reason = patternReason(text, &page, u)
		// Only a line too short to weigh as prose needs to know.
		u.quoted = u.sentence && u.words < 2*goodWords && holdsQuotation(u.Text(text))
	}
	markBulletRuns(units)
	first := markDuplicates(text, units)
	markDense(text, units)

	start, end, found := mainRun(units)
	var runs []run
	if found {
		start, end, floor := anchorRun(text, units, start, end)
		runs = articleRuns(text, units, start, end, floor)
		runs[0].start = widenBack(units, runs[0].start)
		last := &runs[len(runs)-1]
		last.end = widenTable(units, first, widen(units, widenList(text, units, last.start, last.end)))
		for _, r := range runs {
			moveRepeats(units, first, r.start, r.end)
		}
		in := 0 // the run that unit i lies in or before
		for i := range units {
			for in < len(runs) && i > runs[in].end {
				in++
			}
			if (in == len(runs) || i < runs[in].start) && units[i].reason == "" {
				units[i].reason = outsideReason(&units[i], i < start)
			}
		}
		liftHeader(text, units, runs[0].start, &meta)
	}
	liftMeta(text, units, &meta)
	// After the byline is lifted: a byline between two headline-shaped
	// lines must not keep them apart, since on the cleaned body, where it
	// is gone, they stand together.
	for _, r := range runs {
		markRows(text, units, r.start, r.end)
		markHeadlineRuns(units, r.start, r.end)
	}
	// Bullets that only removed lines kept apart stand together on the
	// cleaned body, where cleaning it again would mark their run.
	markBulletRuns(units)
	keepLonePost(units)

	return paragraphs(units), removals(units), meta, notArticle(text, units)
}

// keepLonePost keeps the lines of an embedded post when nothing else is
// kept: a file that holds only a post (a tweet saved as text) is that
// post, and its words may be the quotation other sources repeat.
func keepLonePost(units []unit) {
	for i := range units {
		if units[i].reason == "" {
			return
		}
	}
	for i := range units {
		if units[i].reason == ReasonEmbed {
			units[i].reason = ""
		}
	}
}

// removals lists the units that were removed, with their reasons.
func removals(units []unit) []Removal {
	var removed []Removal
	for _, u := range units {
		if u.reason != "" {
			removed = append(removed, Removal{u.Span, u.reason})
		}
	}
	return removed
}

// paragraphs lists the kept units as paragraphs. A block kept whole stays
// one paragraph, as the writer laid it out; in a block that lost lines to
// boilerplate, each kept line is a paragraph of its own, since the block
// was evidently a column of separate items, as pages saved as text are.
func paragraphs(units []unit) []span.Span {
	cut := make(map[int]bool)
	for _, u := range units {
		if u.reason != "" {
			cut[u.block] = true
		}
	}
	var paras []span.Span
	for i, u := range units {
		if u.reason != "" {
			continue
		}
		if n := len(paras); n > 0 && !cut[u.block] && units[i-1].block == u.block {
			paras[n-1].End = u.End
			continue
		}
		paras = append(paras, u.Span)
	}
	return paras
}

// patternReason applies the rules that need no context: addresses,
// copyright lines, "more" links, markup, breadcrumbs, dates and lines made
// of share, menu or comment vocabulary. Lines that read as prose escape the
// vocabulary rules, so that an article sentence mentioning e-mail stays.
func patternReason(text string, page *lowerPage, u *unit) Reason {
	t := u.Text(text)
	if isURL(t) {
		return ReasonURL
	}
	if u.words > 60 && !page.mayName(u.Span, "cookie") {
		// Of the rules that read the lowercase copy, only the consent
		// rule looks at so long a line, and only when it names cookies:
		// spare the copy of a paragraph. The words are too many for the
		// vocabulary rules, which read it too.
		if htmlTags(t) >= 2 {
			return ReasonCommentForm
		}
		return proseReason(t, "", u)
	}
	var lower string
	if page.text != "" {
		lower = u.Text(page.text)
	} else {
		lower = textutil.ToLower(t)
	}
	switch {
	case u.words <= 30 && (strings.Contains(t, "©") || strings.HasPrefix(lower, "copyright") ||
		strings.Contains(lower, "all rights reserved")):
		return ReasonCopyright
	case u.words <= 4 && isMoreLink(lower):
		return ReasonMoreLink
	case u.words <= 25 && !u.sentence && hasLinkLabel(lower):
		return ReasonMoreLink
	case u.words <= maxTeaserWords && !u.sentence && endsInRunningTime(t):
		return ReasonMoreLink
	case u.words <= 60 && page.mayCredit(u.Span) && hasCredit(lower):
		return ReasonCaption
	case htmlTags(t) >= 2:
		// Markup: a comment form's notice of allowed tags, or an embed.
		// No barrier, since embeds sit inside articles.
		return ReasonCommentForm
	}
	if r := calloutReason(t, lower, u); r != "" {
		return r
	}
	if page.mayName(u.Span, "cookie") && isConsent(lower, u.words) {
		// Consent banners are written as prose but are never the article.
		return ReasonNavigation
	}
	return proseReason(t, lower, u)
}

// A lowerPage is a page in lowercase. The rules read each line in
// lowercase; when lowering keeps every character's width, as for ASCII and
// for the accented letters and typographic quotes of most pages, one
// lowercase copy of the page serves every line, since its offsets are the
// page's (a copy per line was, with the tokens, the largest allocation,
// and in WebAssembly a large share of the cleaning).
type lowerPage struct {
	text string // the page in lowercase, or "" when lowering moves offsets
}

func newLowerPage(text string) lowerPage {
	if textutil.IsASCII(text) {
		return lowerPage{text: textutil.LowerASCII(text)}
	}
	if l, ok := textutil.LowerSameWidth(text); ok {
		return lowerPage{text: l}
	}
	return lowerPage{}
}

// creditWords are the words every credit mark names.
var creditWords = newWordSearch("photo", "credit", "caption", "image", "getty")

// mayName reports whether the span may hold the word w: it surely does not
// when the page has a lowercase copy without w there.
func (p *lowerPage) mayName(s span.Span, w string) bool {
	return p.text == "" || strings.Contains(s.Text(p.text), w)
}

// mayCredit is mayName for any of the creditWords. Each line is asked
// once, and only the lines a rule reaches: the long paragraphs of an
// article are never searched for them.
func (p *lowerPage) mayCredit(s span.Span) bool {
	return p.text == "" || creditWords.in(s.Text(p.text))
}

// A wordSearch looks for a few words of two or more bytes inside text, in
// one pass that looks closer only where two bytes begin one of them. A
// search per word, or a pass looking closer at each word's first byte,
// stops at nearly every word of a line when the words begin with common
// letters; their first two bytes together are rare. A single word is
// found sooner by strings.Contains.
type wordSearch struct {
	words  []string
	starts [1 << 16 / 64]uint64 // the first two bytes of the words, a bit each
}

func newWordSearch(words ...string) *wordSearch {
	f := &wordSearch{words: words}
	for _, w := range words {
		p := uint16(w[0])<<8 | uint16(w[1])
		f.starts[p/64] |= 1 << (p % 64)
	}
	return f
}

// in reports whether s contains one of the words.
func (f *wordSearch) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if p := uint16(s[i])<<8 | uint16(s[i+1]); f.starts[p/64]&(1<<(p%64)) != 0 {
			for _, w := range f.words {
				if strings.HasPrefix(s[i:], w) {
					return true
				}
			}
		}
	}
	return false
}

// proseReason applies the rules of patternReason for lines that are not
// consent banners: prose is kept, then separators, datelines and the
// vocabulary of short lines decide. lower is t in lowercase, needed only
// for lines of at most 12 words.
func proseReason(t, lower string, u *unit) Reason {
	if u.prose() {
		return ""
	}
	if r := separatorReason(t, u); r != "" {
		return r
	}
	if isDateLine(t) {
		return ReasonDate
	}
	if u.words > 12 {
		return ""
	}
	var share, nav, comment, other int
	textutil.ForWords(lower, func(w string, _ int) {
		if otherWords.Has(w) {
			other++
		}
		switch {
		case shareWords.Has(w):
			share++
		case navWords.Has(w):
			nav++
		case commentWords.Has(w):
			comment++
		}
	})
	switch {
	case comment > 0 && !u.sentence:
		// "Leave a reply", "42 comments"; not "She declined to comment."
		// Only a short heading opens the comment section; a longer line
		// may introduce a remark ("... made the following comment:").
		u.barrier = u.words <= 5 || !strings.HasSuffix(t, ":")
		return ReasonCommentForm
	case other > 0 && u.words <= 6 && !u.sentence:
		// "Related stories", "Most popular": a list of other pages follows.
		// It is no barrier: plain-text pages often show such boxes in the
		// middle of the article.
		return ReasonNavigation
	case share > 0 && !(u.sentence && holdsQuotation(t)):
		// "Share on Facebook"; not “We'll see,” she wrote on Twitter.
		return ReasonShare
	case nav > 0 && u.words <= 6:
		return ReasonNavigation
	}
	return ""
}

// holdsQuotation reports whether t holds a quotation in double marks (see
// textutil.DoubleMarkLen) with
// words outside it, as a remark with its attribution does (“We'll see,”
// she wrote on Twitter.) and no share line does, not even one that a
// transcript's marks enclose ("Follow Ann Hale on Twitter.").
func holdsQuotation(t string) bool {
	first, last := -1, -1
	for i := 0; i < len(t); i++ {
		if n := textutil.DoubleMarkLen(t, i); n > 0 {
			if first < 0 {
				first = i
			}
			last = i
			i += n - 1
		}
	}
	if first < 0 || first == last {
		return false
	}
	return hasLetter(t[:first]) || hasLetter(t[last:])
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// Bounds of calloutReason: the longest line, in words, that each of its
// rules removes. Past them a line is a paragraph that happens to say the
// words.
const (
	maxCalloutWords = 30 // click-here, contact and markup lines
	maxTeaserWords  = 45 // a teaser ending in "read more" or a running time
)

// calloutReason recognises the lines that call the reader elsewhere or
// that the page's machinery left behind, whatever their neighbours:
// "click here" lines, teasers ending in "read more", "to contact the
// reporter" lines, embedded social media posts, gallery controls and
// template debris. lower is t in lowercase.
func calloutReason(t, lower string, u *unit) Reason {
	switch {
	case u.words <= maxCalloutWords && isMarkupDebris(t):
		return ReasonMarkup
	case u.words <= maxCalloutWords && isEmbedLine(lower):
		return ReasonEmbed
	case u.words <= maxCalloutWords && (strings.HasPrefix(lower, "click here") || strings.HasPrefix(lower, "tap here")):
		return ReasonMoreLink
	case u.words <= maxTeaserWords && u.words > 2 && endsWithMoreLink(lower):
		return ReasonMoreLink
	case u.words <= maxCalloutWords && isContactLine(lower):
		return ReasonShare
	case isGalleryControl(lower):
		return ReasonNavigation
	}
	return ""
}

// isMarkupDebris reports whether t holds the remains of a tag: an
// attribute written name="value" together with an angle bracket, which
// no sentence of an article contains.
func isMarkupDebris(t string) bool {
	if !strings.ContainsAny(t, "<>") {
		return false
	}
	for i := strings.Index(t, "=\""); i > 0; {
		if c := t[i-1]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_' {
			return true
		}
		j := strings.Index(t[i+1:], "=\"")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// isEmbedLine reports whether the lowercase line is the visible part of an
// embedded social media post: its credit line ("A post shared by …", "—
// Name (@handle) May 6, 2026") or a line ending in the post's picture link.
func isEmbedLine(lower string) bool {
	if strings.HasPrefix(lower, "a post shared by") || strings.Contains(lower, "pic.twitter.com/") {
		return true
	}
	// "— Name (@handle) date": a dash, a handle in brackets, a date.
	if r, _ := utf8.DecodeRuneInString(lower); r != '—' && r != '-' && r != '–' {
		return false
	}
	i := strings.Index(lower, "(@")
	return i > 0 && strings.Contains(lower[i:], ")") && isDateLine(lower[strings.Index(lower[i:], ")")+i+1:])
}

// moreLinkEnds are how teasers of other stories end: the link to the rest.
var moreLinkEnds = []string{"read more", "continue reading", "read the full story", "full story", "(more)"}

// endsWithMoreLink reports whether the lowercase line ends in a link to
// more text, arrows and ellipses aside: "Villagers fear … Read more »".
func endsWithMoreLink(lower string) bool {
	l := strings.TrimRight(lower, ".…»›>→ ")
	for _, e := range moreLinkEnds {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// contactRoles are who a "to contact the …" line names.
var contactRoles = []string{"reporter", "editor", "writer", "author", "journalist", "correspondent"}

// isContactLine reports whether the lowercase line tells the reader how to
// reach the story's reporter or editor, as wire services end their stories.
func isContactLine(lower string) bool {
	if !strings.HasPrefix(lower, "to contact ") && !strings.HasPrefix(lower, "contact the ") {
		return false
	}
	for _, r := range contactRoles {
		if strings.Contains(lower, r) {
			return true
		}
	}
	return false
}

// galleryWords are the labels of a photo gallery's controls.
var galleryWords = textutil.NewWordSet(`full screen fullscreen autoplay close skip ad ads next previous prev back
play pause replay expand enlarge image images photo photos slide slides slideshow gallery of`)

// isGalleryControl reports whether the lowercase line is made only of a
// gallery's controls and counters, "1 of 26 Full Screen Autoplay Close
// Skip Ad", with a counter "N of M" or at least two control labels.
// Most lines of a page are prose, so the walk stops at the first word that
// is neither a label nor a number: the line is then no control.
func isGalleryControl(lower string) bool {
	words, controls, numbers := 0, 0, 0
	for i := 0; ; {
		start, end := textutil.NextWord(lower, i)
		if start < 0 {
			break
		}
		w := lower[start:end]
		switch {
		case isNumberish(w):
			numbers++
		case galleryWords.Has(w):
			if w != "of" {
				controls++
			}
		default:
			return false
		}
		words++
		i = end
	}
	counter := numbers >= 2 && strings.Contains(lower, " of ")
	return words >= 2 && (counter || controls >= 2)
}

// endsInRunningTime reports whether a line is a video teaser: words, then
// the video's running time (2:15, 1:02:15) and nothing after it, with no
// other digit in the line, which a date or a time of day would have.
func endsInRunningTime(t string) bool {
	t = strings.TrimRight(t, " ")
	i := strings.LastIndexByte(t, ' ')
	if i < 0 || !isRunningTime(t[i+1:]) || strings.Count(t[:i], " ") < 2 {
		return false
	}
	return !strings.ContainsAny(t[:i], "0123456789")
}

// isRunningTime reports whether s is minutes and seconds, or hours,
// minutes and seconds: 2:15, 02:15, 1:02:15. It reads s in place: most
// lines it is asked about are menus and headings, and none is one.
func isRunningTime(s string) bool {
	fields, width := 1, 0 // fields seen, digits in the current one
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c >= '0' && c <= '9':
			if width++; width > 2 {
				return false
			}
		case c == ':' && width > 0 && (fields == 1 || width == 2) && fields < 3:
			fields, width = fields+1, 0
		default:
			return false
		}
	}
	return fields >= 2 && width == 2
}

// creditMarks are how photo captions credit the photographer.
var creditMarks = []string{"photo:", "photograph:", "photos:", "credit:", "credits:", "image:",
	"photo by", "photograph by", "photo credit", "image credit", "getty images", "(photo", "file photo", "credit...",
	"image copyright", "image source", "image caption", "photo caption", "media caption", "video caption"}

// hasCredit reports whether the lowercase line credits a photograph.
func hasCredit(lower string) bool {
	// Every mark names a photo, image, credit, caption or Getty: most
	// lines name none of them and are done with one scan instead of twenty.
	if !creditWords.in(lower) {
		return false
	}
	for _, m := range creditMarks {
		if i := strings.Index(lower, m); i >= 0 && !(strings.HasSuffix(m, ":") && proseBefore(lower[:i])) {
			return true
		}
	}
	return false
}

// proseBefore reports whether a credit mark with a colon that follows
// before is a sentence's words rather than a credit: an article or a
// possessive names the photo (she captioned the photo: “…”), where a
// credit's mark opens its line or follows the caption's sentence.
func proseBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	return photoDeterminers.Has(before[strings.LastIndexByte(before, ' ')+1:])
}

// photoDeterminers are the words before a noun of the picture in prose
// (the photo, her image).
var photoDeterminers = textutil.NewWordSet(`the a this that her his their its my our your same`)

// htmlTags counts what look like HTML tags in t: "<" and a short
// lowercase ASCII name, then a space, "/" or ">". Angle brackets around
// titles, as Korean and some English texts use them, do not count.
func htmlTags(t string) int {
	n := 0
	for i := strings.IndexByte(t, '<'); i >= 0; {
		j := i + 1
		for j < len(t) && j-i <= 11 && (t[j] >= 'a' && t[j] <= 'z' || t[j] == '/') {
			j++
		}
		if j > i+1 && j < len(t) && (t[j] == ' ' || t[j] == '>') {
			n++
		}
		k := strings.IndexByte(t[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return n
}

// isConsent reports whether the lowercase line of n words is about the
// site's cookies: a menu entry of a few words naming them, or a line naming
// them together with consent or privacy words.
func isConsent(lower string, n int) bool {
	if !strings.Contains(lower, "cookie") {
		return false
	}
	if n <= 3 {
		return true
	}
	// Stems of consent and site words in the languages of the stopword
	// list: accept/acepta/accetta, site/sito/web, navigation/navegação.
	for _, w := range []string{"accept", "acept", "accett", "consent", "agree", "privacy", "policy",
		"browsing", "settings", "site", "sito", "web", "navig", "naveg", "experience", "esperienza",
		"expérience", "experiencia", "opt-out", "necessary", "preferences"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// isURL reports whether t is a bare web address.
func isURL(t string) bool {
	if strings.ContainsAny(t, " \t") {
		return false
	}
	l := textutil.ToLower(t)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.")
}

// isMoreLink reports whether a short lowercase line is a link to more text:
// "more...", "read more", "continue reading »".
func isMoreLink(lower string) bool {
	w := strings.Fields(strings.Trim(lower, ".…»›>→ "))
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "more", "read", "continue", "see", "view", "show", "load", "full":
	default:
		return false
	}
	return strings.Contains(lower, "more") || strings.Contains(lower, "continue") ||
		strings.HasSuffix(lower, "...") || strings.HasSuffix(lower, "…")
}

// linkLabels are the words of the labels that introduce a link to another
// story: "Related:", "See more:", "Read also:", "Don't miss".
var linkLabels = textutil.NewWordSet(`related see read more also watch don't miss recommended trending popular
latest listen`)

// hasLinkLabel reports whether the lowercase line starts with a label of
// one to three link words followed by a colon, or is one such label alone.
func hasLinkLabel(lower string) bool {
	// "[Related: …]" and "(READ MORE: …)" are labels in brackets.
	lower = strings.TrimLeft(lower, "[(")
	label, _, colon := strings.Cut(lower, ":")
	w := strings.Fields(label)
	if len(w) == 0 || len(w) > 3 || (!colon && len(w) != len(strings.Fields(lower))) {
		return false
	}
	for _, x := range w {
		if !linkLabels.Has(strings.Trim(x, "'’")) && !linkLabels.Has(strings.ReplaceAll(x, "’", "'")) {
			return false
		}
	}
	return true
}

// separatorReason recognises breadcrumbs (sections joined by » or ›) and
// menus (short items joined by |, / or ·).
func separatorReason(t string, u *unit) Reason {
	crumbs := strings.Count(t, "»") + strings.Count(t, "›") + strings.Count(t, " > ")
	bars := strings.Count(t, " | ") + strings.Count(t, " / ") + strings.Count(t, " · ")
	switch {
	case crumbs >= 2 && u.words <= 8*(crumbs+1):
		return ReasonBreadcrumb
	case bars >= 2 && u.words <= 5*(bars+1):
		return ReasonNavigation
	}
	return ""
}

// isDateLine reports whether t is a dateline: a short line of dates, times
// and date words that names a month or day or writes a numeric date.
func isDateLine(t string) bool {
	words, dateish, anchor := 0, 0, false
	textutil.ForWords(t, func(w string, _ int) {
		words++
		l := textutil.ToLower(strings.TrimSuffix(w, "."))
		switch {
		case monthWords.Has(l):
			anchor = true
			dateish++
		case dateWords.Has(l) || isNumberish(l):
			dateish++
			if strings.Count(w, "/")+strings.Count(w, "-") >= 2 || (len(l) == 4 && l >= "1900" && l <= "2099") {
				anchor = true
			}
		}
	})
	return anchor && words <= 12 && float64(dateish) >= 0.6*float64(words)
}

// isNumberish reports whether at least half of w is digits: "2015",
// "05:58", "14th".
func isNumberish(w string) bool {
	digits := 0
	for _, r := range w {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	return digits > 0 && digits*2 >= utf8.RuneCountInString(w)
}

// markBulletRuns marks runs of three or more short bulleted items, the
// shape of link lists and lists of outlets. A short line that is not
// prose between items (a label, a "By" line) does not break a run: the
// cleaner removes such lines between list items, and the cleaned body,
// without them, has the run whole, which cleaning it again would mark.
// For that reason no line already removed, whatever its reason, is a
// break either: the cleaner runs this again when every line has its
// reason.
func markBulletRuns(units []unit) {
	short := func(u *unit) bool { return u.words <= 6 && !u.prose() }
	bridge := func(u *unit) bool { return short(u) || u.reason != "" }
	item := func(u *unit) bool { return u.bullet && u.reason != ReasonDuplicate && short(u) }
	for i := 0; i < len(units); {
		j, items := i, 0
		for j < len(units) {
			if item(&units[j]) {
				items++
			} else if items == 0 || !bridge(&units[j]) {
				break
			}
			j++
		}
		for j > i && !item(&units[j-1]) {
			j-- // a line after the run is not in it
		}
		if items >= 3 {
			for k := i; k < j; k++ {
				if item(&units[k]) {
					units[k].reason = ReasonOutletList
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// markDuplicates marks repeated lines. A line repeated right after itself
// is a photo caption printed twice (or a repeated heading): both copies go,
// unless it is a sentence of prose, whose first copy stays.
// A line that repeats an earlier one elsewhere goes as a duplicate; the
// returned slice holds, for each such line, the index of its first copy
// (-1 for the others), for [moveRepeats].
func markDuplicates(text string, units []unit) []int {
	first := make([]int, len(units))
	// The keys of all units, one after the other, in one buffer: a string
	// per line and a map of strings were the cleaner's largest
	// allocation, and in WebAssembly string hashing is slow. The map is
	// keyed by a 64-bit hash; a key whose hash an earlier different key
	// took goes to spill.
	keys := make([]byte, 0, len(text))
	offs := make([]int, len(units)+1)
	key := func(i int) []byte { return keys[offs[i]:offs[i+1]] }
	seen := make(map[uint64]int, len(units))
	var spill map[string]int
	// firstOf returns the first unit with the key of unit i; it records i
	// when there is none.
	firstOf := func(i int) (int, bool) {
		// FNV-1a over eight bytes at a time: a multiplication per byte
		// made a chain as long as the page. Keys of equal hash are told
		// apart by spill, so the hash need only be rarely shared.
		const offset, prime = 14695981039346656037, 1099511628211
		h, k := uint64(offset), key(i)
		for ; len(k) >= 8; k = k[8:] {
			h = (h ^ binary.LittleEndian.Uint64(k)) * prime
		}
		for _, c := range k {
			h = (h ^ uint64(c)) * prime
		}
		j, ok := seen[h]
		switch {
		case !ok:
			seen[h] = i
			return -1, false
		case bytes.Equal(key(j), key(i)):
			return j, true
		}
		if spill == nil {
			spill = make(map[string]int)
		}
		if j, ok := spill[string(key(i))]; ok {
			return j, true
		}
		spill[string(key(i))] = i
		return -1, false
	}
	prev := -1 // the previous unit, when it had a key
	for i := range units {
		first[i] = -1
		keys = appendNormKey(keys, units[i].Text(text))
		if offs[i+1] = len(keys); offs[i+1] == offs[i] {
			prev = -1
			continue
		}
		if units[i].continued {
			// A line that ends in a colon or comma introduces what
			// follows it, as a list's heading does: it is not the
			// same line as a menu entry or caption of the same words.
			keys = append(keys, ':')
			offs[i+1] = len(keys)
		}
		j, dup := firstOf(i)
		if prev >= 0 && bytes.Equal(key(i), key(prev)) {
			// A paragraph of prose that quotes someone, or is longer
			// than captions are, printed twice is a paragraph repeated
			// by the page (a lead shown as a teaser and again as the
			// article): one copy is the article's. Other lines printed
			// twice are captions, under a photo and in a gallery.
			if units[i-1].reason == "" && !repeatedParagraph(text, &units[i-1]) {
				units[i-1].reason = ReasonCaption
			}
			if units[i].reason != ReasonEmbed {
				// A post printed twice stays a post, as its copy
				// further down would: keepLonePost keeps the lines of
				// a file that holds nothing else, each copy alike.
				units[i].reason = ReasonDuplicate
			}
		} else if dup && units[i].reason == "" {
			units[i].reason = ReasonDuplicate
			first[i] = j
		}
		prev = i
	}
	return first
}

// maxCaptionWords is the length past which a line of prose printed twice
// is taken for a paragraph rather than a photo caption.
const maxCaptionWords = 40

// repeatedParagraph reports whether u, printed twice in a row, is a
// paragraph of the article: prose that carries a quotation, or prose
// longer than a caption.
func repeatedParagraph(text string, u *unit) bool {
	return u.prose() && (u.words > maxCaptionWords || strings.ContainsAny(u.Text(text), "\"“”«»„"))
}

// moveRepeats keeps, of a line printed twice, the copy inside the article's
// run [start, end] rather than the first: a teaser above the article often
// repeats its first paragraph.
func moveRepeats(units []unit, first []int, start, end int) {
	for i := start; i <= end; i++ {
		j := first[i]
		if j >= 0 && j < start && units[j].reason == "" {
			units[i].reason, units[j].reason = "", ReasonDuplicate
		}
	}
}

// weight is what a unit adds to the article run it lies in.
func weight(u *unit) int {
	switch {
	case u.barrier:
		// A comment section heading ends the article: what follows is
		// readers' prose, which must not join its run.
		return -barrierPenalty
	case u.reason == ReasonEmbed || u.reason == ReasonMarkup || u.reason == ReasonCaption:
		// Embedded posts, photo captions and template debris sit inside
		// articles: they are removed, but do not cut the article's run
		// in two.
		return 0
	case u.reason != "":
		return -markedPenalty
	case good(u):
		return u.Len()
	case u.words >= 6 && u.stopRatio() >= 0.15 && u.sentence, u.quoted:
		// A short remark with its speaker (“No,” Hale said.; Hale:
		// “No.”) is the article's, however few its words: a story
		// built on an exchange must not lose it as navigation.
		return 0
	case u.lower || u.words >= 4 && u.stopRatio() >= 0.2:
		// List items and short sentences read as text, unlike menu
		// entries, which are capitalised names.
		return -shortPenalty / 4
	}
	return -shortPenalty
}

// good reports whether u is prose: long enough, dense in stopwords and not
// mostly capitalised words as headlines and menus are.
func good(u *unit) bool {
	return u.reason == "" && u.dense && u.capRatio() < 0.6 &&
		(u.sentence || u.words >= 2*goodWords && u.capRatio() < 0.4)
}

// markDense sets dense on the units long and stopword-rich enough to be
// prose. Languages differ in how many stopwords the list knows, so the
// threshold follows the page: a fraction of the typical density of its
// long sentences, never above the English value.
func markDense(text string, units []unit) {
	var ratios []float64
	for i := range units {
		// Only lines that could be prose by their stopwords count: the
		// threshold never falls below minDenseStops, so lines under it
		// are never dense by it, and counting them would let lines the
		// cleaner then removes (menus, codes) move it, and the cleaned
		// body, without them, be judged by another. Lines already
		// removed (a repeated sentence) are left out for that reason.
		if u := &units[i]; u.reason == "" && u.words >= 15 && u.sentence && u.stopRatio() >= minDenseStops {
			ratios = append(ratios, u.stopRatio())
		}
	}
	// Half the density of the page's densest long sentence, and with
	// none the lowest threshold there is. A cleaned body holds some of
	// its page's sentences, so its threshold is never above its page's and
	// no line dense in the page loses its density in the body: a median,
	// or a fallback to goodStops with too few sentences, rose when the
	// cleaner removed sentences it rested on, and cleaning the body then
	// removed more (FuzzClean found three such pages).
	threshold := minDenseStops
	if len(ratios) > 0 {
		threshold = min(goodStops, max(minDenseStops, 0.5*slices.Max(ratios)))
	}
	for i := range units {
		u := &units[i]
		// Long running sentences count as prose in any language, even one
		// written without spaces between words.
		u.dense = u.words >= goodWords && u.stopRatio() >= threshold ||
			u.sentence && u.capRatio() < 0.3 && textLength(u.Text(text)) >= 100 && !u.hasInner(text)
	}
}

// mainRun finds the article's main run: the stretch of units of greatest
// total weight (Kadane's algorithm), searched first in the part of the page
// before a comment section so that a long discussion cannot outweigh the
// article it discusses. found is false when no unit has positive weight;
// then there is no evidence of where the article lies.
func mainRun(units []unit) (start, end int, found bool) {
	from := 0
	for i := range units {
		if !units[i].barrier {
			continue
		}
		if s, e, sum := bestRun(units, from, i); sum >= minArticle {
			return s, widen(units, e), true
		}
		from = i + 1
	}
	s, e, sum := bestRun(units, 0, len(units))
	return s, widen(units, e), sum > 0
}

// anchorRun moves the article's main run [start, end] to just after the
// page's headline when the run lies far from it. A saved page begins with
// the document title, which holds the headline, and the article follows
// its headline within a few lines; a run of prose far from the headline is
// more likely a footer's disclaimer or a comment notice outweighing an
// article made of short lines (a list, a recipe, a timetable). The run
// found within maxLeadGap units after the headline replaces the main run
// when it weighs at least minLead, and so does a list right after the
// headline (see widenList).
func anchorRun(text string, units []unit, start, end int) (s, e, floor int) {
	if h := headlineIndex(text, units, end+1); h > start && h < end && units[h].reason == "" &&
		!units[0].sentence && units[0].words <= maxTitleWords && !good(&units[0]) &&
		!titleShaped(text, &units[h-1]) && !titleShaped(text, &units[h+1]) {
		// The headline inside the run, standing alone, not a repeat
		// of it (a gallery's caption) nor a link among others to
		// stories like it: the prose before it is other stories'
		// teasers, as a site's menu shows them, and the article is
		// what follows its headline, lead and all. The first line
		// must read as a document title, not as a sentence or as
		// prose: a cleaned body starts with its lead, which names
		// much.
		if s, e, sum := bestRun(units, h+1, end+1); sum >= minLead {
			return s, widen(units, e), h + 1
		}
	}
	h := headlineIndex(text, units, start)
	if h < 0 || start-h <= maxLeadGap {
		return start, end, 0
	}
	s, e, sum := bestRun(units, h+1, min(len(units), h+1+maxLeadGap))
	if sum >= minLead {
		return s, widen(units, e), 0
	}
	// An article that is a list (a timetable, a calendar, results) has
	// no prose to weigh: the first list within maxLeadGap lines after
	// the headline is the article.
	for k := h + 1; k < len(units) && k <= h+maxLeadGap; k++ {
		if units[k].reason != "" {
			continue
		}
		if e := widenList(text, units, k, k-1); e > k {
			return k, e, 0
		}
	}
	return start, end, 0
}

// headlineIndex returns the index of the last line before units[before],
// after the first, that is headline-shaped and contained in the first line
// of the page, the document title of a saved page; -1 when there is none.
func headlineIndex(text string, units []unit, before int) int {
	if len(units) < 2 {
		return -1
	}
	page := appendNormKey(nil, units[0].Text(text))
	if len(page) < 15 {
		return -1
	}
	var key []byte // each line's, in one buffer
	for i := before - 1; i >= 1; i-- {
		u := &units[i]
		if u.words > maxTitleWords || u.prose() {
			continue
		}
		// Nearly every line fails the containment, which is cheaper to
		// ask than its shape.
		key = appendNormKey(key[:0], u.Text(text))
		if len(key) >= 15 && bytes.Contains(page, key) && titleShaped(text, u) {
			return i
		}
	}
	return -1
}

// A run is a stretch of units [start, end] kept as the article.
type run struct{ start, end int }

// Bounds of the search for a lead cut off from the article's main run.
const (
	// minLead is the least weight of a run of prose before the main run
	// that is kept as the article's lead.
	minLead = 200
	// maxLeadGap is the most units between a lead and the run after it:
	// a gallery's captions and controls, an advertisement, a pull quote.
	maxLeadGap = 30
)

// articleRuns returns the runs of the article in page order: the main run
// [start, end], and before it every run of prose that weighs at least
// minLead and ends at most maxLeadGap units before the next run: the
// lead paragraphs of an article cut off by a photo gallery or an
// advertisement, which weigh less than what separates them from the rest.
//
// Runs after the main one are not added: on extraction-dev, runs of prose
// found after an article's main run were other stories' teasers, footers
// and comments (19 of 20), while runs found just before it were leads
// (2 of 3); plain text carries no link markup to tell a teaser from a
// paragraph.
func articleRuns(text string, units []unit, start, end, floor int) []run {
	runs := []run{{start, end}}
	for next := start; ; {
		s, e, sum := bestRun(units, max(floor, next-maxLeadGap), next)
		if sum < minLead {
			break
		}
		runs = append(runs, run{s, e})
		next = s
	}
	slices.Reverse(runs)
	// A list right before the article (a calendar under its headline,
	// before a closing note that outweighs it) is its body too, and so is
	// one whose rows run on into the article's first unit: the list is
	// the same with or without a removed line between them, as it is
	// when a cleaned body is cleaned again.
	first := runs[0].start
	for k := max(0, first-maxLeadGap); k < first; k++ {
		if units[k].reason != "" {
			continue
		}
		if e := widenList(text, units, k, k-1); e > k {
			if e < first {
				runs = append([]run{{k, e}}, runs...)
			} else {
				runs[0].start = k
			}
			break
		}
	}
	return runs
}

// widen extends the article's run past its last unit e over the lines
// that follow it directly and read as text: short sentences, which weigh
// nothing, and list items and lines dense in stopwords (see nearGood),
// which weigh a little less. The search for the heaviest run stops before
// them, but next to the article they are its list of points or its closing
// lines, as jusText keeps a near-good paragraph next to a good one.
func widen(units []unit, e int) int {
	for e+1 < len(units) && (weight(&units[e+1]) == 0 || nearGood(&units[e+1])) {
		e++
	}
	return e
}

// widenList extends the article's run [start, e] past its last unit e
// over a list that closes the article: at least minListItems lines in a
// row, after at most one heading line, that share an inner separator (a
// dash, a colon, an at sign) and the kind of their first word, as the rows
// of a table of dates or results do. Menus and headline lists do not share
// such a shape. Rows the run already ends with (widen takes a short one)
// count too, so that the list is the same on the cleaned body, where a
// removed line no longer stands between the run and the list.
func widenList(text string, units []unit, start, e int) int {
	from := e + 1
	if from < len(units) && units[from].reason == "" && !units[from].sentence && units[from].words <= maxTitleWords &&
		listSeparator(units[from].Text(text)) == "" {
		from++ // the list's heading
	}
	pattern := from
	if from >= len(units) {
		// Nothing after the run: the rows it ends with are the list, as
		// on the cleaned body of a page whose list closed the article.
		pattern = e
	}
	sep := listSeparator(units[pattern].Text(text))
	kind := firstWordKind(units[pattern].Text(text))
	row := func(u *unit) bool { return isRow(text, u, sep, kind) }
	j := from
	for j < len(units) && row(&units[j]) {
		j++
	}
	first := from
	for from == e+1 && first > start && row(&units[first-1]) {
		first--
	}
	if j-first < minListItems {
		return e
	}
	for k := first; k < j; k++ {
		units[k].row = true
	}
	return j - 1
}

// widenTable extends the article's run past its last unit e over a table
// or plan that closes the article: the stretch of lines after it, up to the
// first line a rule removed, when enough of that stretch repeats lines of
// the stretch itself. A meal plan or timetable repeats its headings and
// rows day after day; menus, teasers and footers repeat what the page
// showed before the article, if anything, and such a repeat ends the
// stretch as any removed line does. The repeats inside the stretch are
// kept, as the table's rows, and every line of it is a row (see
// markHeadlineRuns). first is what markDuplicates returned.
//
// The stretch holds no removed line, so the cleaned body holds it as it
// is, with the same neighbours and the same repeats.
func widenTable(units []unit, first []int, e int) int {
	rows, repeats, k := 0, 0, e+1
	for ; k < len(units) && !units[k].barrier; k++ {
		if u := &units[k]; u.reason == "" {
			rows++
		} else if u.reason == ReasonDuplicate && first[k] > e {
			repeats++
		} else {
			break
		}
	}
	if repeats < minTableRepeats || repeats*maxRowsPerRepeat < rows {
		return e
	}
	for i := e + 1; i < k; i++ {
		units[i].reason, units[i].row = "", true
	}
	return k - 1
}

// Bounds of widenTable: the fewest repeats that make a table, and the
// most lines of the stretch that may not repeat for each that does: a
// plan of days repeats most of its lines, a page's footer hardly any.
const (
	minTableRepeats  = 3
	maxRowsPerRepeat = 2
)

// markRows marks as rows the lines of units[start:end+1] that stand in
// a list of at least minListItems, each with the list's separator and
// first word of the same kind (see widenList): a list inside the
// article's run is the same list as one before or after it, which the
// cleaned body, without the lines that kept them apart, may join to it.
func markRows(text string, units []unit, start, end int) {
	for i := start; i <= end; {
		u := &units[i]
		sep := ""
		if u.reason == "" && !u.barrier && u.words <= maxTitleWords {
			// Only a line short enough to be a row is searched for a
			// separator: long paragraphs never are.
			sep = listSeparator(u.Text(text))
		}
		if sep == "" {
			i++
			continue
		}
		kind := firstWordKind(u.Text(text))
		j := i + 1
		for j <= end && isRow(text, &units[j], sep, kind) {
			j++
		}
		if j-i >= minListItems {
			for k := i; k < j; k++ {
				units[k].row = true
			}
		}
		i = j
	}
}

// isRow reports whether u may be a row of a list whose rows hold the
// separator sep and open with a word of kind (see firstWordKind): a
// short line, not removed, that is no barrier.
func isRow(text string, u *unit, sep string, kind int) bool {
	return sep != "" && u.reason == "" && !u.barrier && u.words <= maxTitleWords &&
		strings.Contains(u.Text(text), sep) && firstWordKind(u.Text(text)) == kind
}

// minListItems is the fewest rows widenList takes for a list.
const minListItems = 3

// listSeparators are the inner separators of a list's rows.
var listSeparators = []string{" – ", " — ", " - ", ": ", " @ ", " | "}

// listSeparator returns the first of listSeparators in t, or "".
func listSeparator(t string) string {
	for _, s := range listSeparators {
		if strings.Contains(t, s) {
			return s
		}
	}
	return ""
}

// firstWordKind classes the first word of t: a number, a month or day
// name, a capitalised word or anything else.
func firstWordKind(t string) int {
	start, end := textutil.NextWord(t, 0)
	if start < 0 {
		return 0
	}
	w := t[start:end]
	switch {
	case isNumberish(w):
		return 1
	case monthWords.Has(textutil.ToLower(strings.TrimSuffix(w, "."))):
		return 2
	case startsUpper(w):
		return 3
	}
	return 4
}

// widenBack extends the article's first run back from its first unit s
// over the whole sentences that come directly before it and read as text:
// an opening line of one short sentence, too light for the search. A
// headline, which ends without a period, stops it.
func widenBack(units []unit, s int) int {
	for s > 0 {
		u := &units[s-1]
		if !u.sentence || !(weight(u) == 0 && u.reason == "" || nearGood(u)) {
			break
		}
		s--
	}
	return s
}

// nearGood reports whether u, too short to count as prose, reads as text
// rather than as a menu entry or headline: a few words of which a good
// share are stopwords, not mostly capitalised.
func nearGood(u *unit) bool {
	return u.reason == "" && !u.barrier && u.words >= 4 && u.stopRatio() >= 0.2 && u.capRatio() < 0.6
}

// minArticle is the least weight of a run that is taken for the article
// before a comment section.
const minArticle = 300

// bestRun returns the run of greatest weight among units[from:to].
func bestRun(units []unit, from, to int) (start, end, best int) {
	sum, s := 0, from
	for i := from; i < to; i++ {
		w := weight(&units[i])
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += w
		if sum > best {
			best, start, end = sum, s, i
		}
	}
	return start, end, best
}

// markHeadlineRuns removes, inside the article's run, runs of two or more
// lines that read like headlines: several words, capitalised start, no
// sentence end. A subheading stands alone between paragraphs; a run of
// them is a box of links to other stories. Lines already removed do not
// break a run: the rule looks at the kept lines only, so that it decides
// the same on the cleaned body, where they are gone.
func markHeadlineRuns(units []unit, start, end int) {
	headline := func(u *unit) bool {
		return !good(u) && u.words >= 4 && !u.sentence && !u.lower && !u.continued && !u.row
	}
	var heads []int // the current run of kept headline lines
	// announced says that the kept line before the run ends in a colon
	// or comma: the run is the list that line announces ("It offers:"),
	// not a box of links, which a page heads with a label of its own.
	announced := false
	flush := func() {
		if len(heads) >= 2 && !announced {
			for _, k := range heads {
				units[k].reason = ReasonNavigation
			}
		}
		heads = heads[:0]
	}
	for i := start; i <= end; i++ {
		switch u := &units[i]; {
		case u.reason != "":
		case headline(u):
			heads = append(heads, i)
		default:
			flush()
			announced = u.continued
		}
	}
	flush()
}

// outsideReason names a unit outside the article's main run.
func outsideReason(u *unit, before bool) Reason {
	switch {
	case good(u) || u.prose():
		return ReasonOutside
	case before:
		return ReasonNavigation
	}
	return ReasonShortLine
}

// liftHeader looks at the few units before the article's first paragraph for
// the byline and the title. The byline is a line of only a name right
// before the article; the title is the nearest headline-shaped line: a few
// words, no final period, one sentence at most.
func liftHeader(text string, units []unit, start int, meta *Metadata) {
	lo := max(0, start-12)
	for i := start - 1; i >= lo && i >= start-3; i-- {
		u := &units[i]
		if u.reason == ReasonDate {
			continue
		}
		if isNameLine(text, u) {
			u.reason = ReasonByline
			meta.Byline = u.Text(text)
		}
		break
	}
	if i := pickTitle(text, units, start); i >= 0 {
		meta.Title = units[i].Text(text)
		units[i].reason = ReasonTitle
		// A copy right before the title is the same headline again.
		if i > 0 && units[i-1].reason == ReasonCaption && normKey(units[i-1].Text(text)) == normKey(meta.Title) {
			units[i-1].reason = ReasonDuplicate
		}
	}
}

// pickTitle returns the index of the headline among the units before the
// article's first paragraph at start, or -1.
func pickTitle(text string, units []unit, start int) int {
	ok := func(i int) bool {
		switch units[i].reason {
		case ReasonNavigation, ReasonDuplicate, ReasonCaption:
			if i == 0 {
				return titleShapedMin(text, &units[i], minFirstTitleWords)
			}
			return titleShaped(text, &units[i])
		}
		return false
	}
	// A saved page begins with the document title, which holds the
	// headline and the site's name: the headline is the line before the
	// article that the first line contains.
	if start > 1 {
		page := normKey(units[0].Text(text))
		for i := start - 1; i >= 1; i-- {
			if k := normKey(units[i].Text(text)); len(k) >= 15 && ok(i) && strings.Contains(page, k) {
				return i
			}
		}
	}
	// Otherwise the nearest headline-shaped line. One printed twice is
	// weaker evidence than a single one: pairs are often photo captions.
	lo := max(0, start-12)
	for _, pairs := range []bool{false, true} {
		for i := start - 1; i >= lo; i-- {
			if ok(i) && (units[i].reason == ReasonNavigation) != pairs {
				return i
			}
		}
	}
	return -1
}

// titleShaped reports whether u could be a headline: a few words, some
// capitalised, one sentence at most, no final period, bracket or colon,
// and none of the marks of bylines, credits and timestamps.
func titleShaped(text string, u *unit) bool {
	return titleShapedMin(text, u, minTitleWords)
}

// Fewest words of a headline: minTitleWords in general, minFirstTitleWords
// for the first line of a page, where a headline is expected and a menu
// entry of two words is not.
const (
	minTitleWords      = 3
	minFirstTitleWords = 2
)

// titleShapedMin is titleShaped for headlines of at least minWords words.
// A headline is capitalised in title case or in sentence case: its first
// word or a fifth of its words start with a capital.
func titleShapedMin(text string, u *unit, minWords int) bool {
	t := u.Text(text)
	if u.words < minWords || u.words > maxTitleWords || u.hasInner(text) || u.bullet || u.lower ||
		u.capRatio() < 0.2 && !startsUpper(t) || u.continued ||
		strings.HasSuffix(t, ".") || strings.HasSuffix(t, ")") || strings.HasSuffix(t, ":") ||
		strings.ContainsAny(t, "|@/•") || hasClockTime(t) || isDateLine(t) {
		return false
	}
	bad := false
	n := 0
	textutil.ForWords(t, func(w string, _ int) {
		l := textutil.ToLower(w)
		// "By Jane Roe", or a short menu line such as "Sign in to comment".
		if n < 3 && l == "by" || u.words <= 5 && (navWords.Has(l) || shareWords.Has(l) || commentWords.Has(l)) {
			bad = true
		}
		n++
	})
	return !bad
}

// hasClockTime reports whether t holds a time of day such as 10:31.
func hasClockTime(t string) bool {
	for i := 1; i+1 < len(t); i++ {
		if t[i] == ':' && t[i-1] >= '0' && t[i-1] <= '9' && t[i+1] >= '0' && t[i+1] <= '9' {
			return true
		}
	}
	return false
}

// isNameLine reports whether u holds only a person's name: two to four
// capitalised words and nothing else.
func isNameLine(text string, u *unit) bool {
	t := u.Text(text)
	caps := u.caps
	if i := strings.LastIndexByte(t, ' '); i > 0 && bylineRoles.Has(t[i+1:]) {
		// "Northern Wire staff", "Jane Roe, correspondent": a name and
		// the writer's role in lowercase.
		caps++
	}
	if u.words < 2 || u.words > 4 || caps != u.words || u.stops > 0 || len(t) > 48 {
		return false
	}
	for _, r := range t {
		if !(unicode.IsLetter(r) || r == ' ' || r == '.' || r == '-' || r == '\'' || r == '’') {
			return false
		}
	}
	return true
}

// liftMeta fills the metadata from dates, "By" lines and the first bare
// address, which is the source link.
func liftMeta(text string, units []unit, meta *Metadata) {
	for i := range units {
		u := &units[i]
		t := u.Text(text)
		// A line of prose may start "By the time…"; one that starts
		// "Reporting by" is a credit whatever its shape.
		if name, date, ok := splitByline(t); ok && u.words <= 16 && (!u.prose() || !strings.EqualFold(t[:3], "by ")) {
			u.reason = ReasonByline
			if meta.Byline == "" {
				meta.Byline = name
			}
			if meta.Date == "" && isDateLine(date) {
				meta.Date = date
			}
			continue
		}
		switch {
		case u.reason == ReasonDate:
			if meta.Date == "" {
				meta.Date = t
			}
		case u.reason == ReasonURL && meta.Link == "":
			meta.Link = t
			u.reason = ReasonLink
		}
	}
}

// maxNameWords is the most words of one writer's name on a byline.
const maxNameWords = 4

// bylineRoles are the words of a writer's role that may follow a name on
// a byline line.
var bylineRoles = textutil.NewWordSet(`staff reporter reporters correspondent correspondents writer writers editor`)

// bylineLabels are the words before "by" that introduce a byline or a
// credit line: "Written by", "Reporting by", "Additional reporting by".
var bylineLabels = []string{"by", "by:", "written by", "words by", "story by", "posted by", "reporting by",
	"additional reporting by", "reported by"}

// cutBylineLabel returns t without its byline label, the longest of
// bylineLabels followed by a space, and whether it had one.
func cutBylineLabel(t string) (string, bool) {
	best := -1
	for _, l := range bylineLabels {
		if len(t) > len(l)+1 && strings.EqualFold(t[:len(l)], l) && t[len(l)] == ' ' && len(l) > best {
			best = len(l)
		}
	}
	if best < 0 {
		return "", false
	}
	return strings.TrimSpace(t[best+1:]), true
}

// splitByline recognises "By Name" and the other labels of bylineLabels,
// optionally followed by a separator and a date or role: "By JANE ROE -
// May 2, 2020", "Reporting by Jane Roe; editing by John Doe". The name
// is two to four capitalised words, or joined by "and".
func splitByline(t string) (name, rest string, ok bool) {
	s, ok := cutBylineLabel(t)
	if !ok {
		return "", "", false
	}
	end := len(s)
	for _, sep := range []string{",", "|", " -", " –", " —", "•", "(", ";"} {
		if i := strings.Index(s, sep); i >= 0 && i < end {
			end = i
		}
	}
	name = strings.TrimSpace(s[:end])
	rest = strings.TrimLeft(s[end:], ",|-–—•( ")
	fields := strings.Fields(name)
	most := maxNameWords
	if slices.Contains(fields, "and") {
		most = 2*maxNameWords + 1
	}
	if len(fields) < 2 || len(fields) > most {
		return "", "", false
	}
	for i, f := range fields {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) {
			if f != "and" && !(i == len(fields)-1 && bylineRoles.Has(f)) {
				return "", "", false
			}
		}
	}
	return name, rest, true
}
