package synth

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crossquote/crossquote/annotations"
)

// An article being planned: its name, target size and the quotations it
// carries, in the order they will appear.
type article struct {
	name   string
	size   int
	quotes []planted
}

// A rendered quotation sentence and where the quoted words lie in it.
type quoteSentence struct {
	text       string
	start, end int // the quoted text, marks excluded, relative to text
	p          planted
}

// write lays the article out: a title, perhaps a byline and a date, filler
// paragraphs with the quotation paragraphs spread among them, and perhaps
// some boilerplate. It records each quotation's span in the truth.
func (g *generator) write(a *article) []byte {
	var b strings.Builder
	para := func(s string) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	para(g.title())
	if g.r.IntN(100) < 60 {
		para("By " + pick(g.r, firstNames) + " " + pick(g.r, lastNames))
	}
	if g.r.IntN(100) < 40 {
		para(fmt.Sprintf("Published %s %d, 2031", pick(g.r, months), 1+g.r.IntN(28)))
	}
	mentioned := map[int]bool{}
	quotes := make([]quoteSentence, len(a.quotes))
	used := b.Len()
	for i, p := range a.quotes {
		quotes[i] = g.renderQuote(p, mentioned[p.who])
		mentioned[p.who] = true
		used += len(quotes[i].text) + 2
	}
	var filler []string
	for used < a.size || len(filler) < 2 {
		s := g.fillerParagraph(2 + g.r.IntN(4))
		filler = append(filler, s)
		used += len(s) + 2
	}
	// Quotation i goes after filler paragraph at[i]; the lead paragraph
	// always comes first.
	at := make([]int, len(quotes))
	for i := range at {
		at[i] = 1 + g.r.IntN(len(filler))
	}
	slices.Sort(at)
	advert := -1
	if g.r.IntN(100) < 30 {
		advert = 1 + g.r.IntN(len(filler))
	}
	q := 0
	for i, f := range filler {
		if i == advert {
			para("Advertisement")
		}
		para(f)
		for ; q < len(quotes) && at[q] == i+1; q++ {
			g.writeQuote(&b, a.name, quotes[q])
		}
	}
	g.writeTrailer(para)
	b.WriteByte('\n')
	return []byte(b.String())
}

// writeQuote writes a quotation paragraph, sometimes with a filler sentence
// before or after the quotation, and records the occurrence.
func (g *generator) writeQuote(b *strings.Builder, name string, q quoteSentence) {
	b.WriteString("\n\n")
	if g.r.IntN(100) < 25 {
		b.WriteString(g.fillerSentence() + " ")
	}
	start := b.Len() + q.start
	b.WriteString(q.text)
	if g.r.IntN(100) < 35 {
		b.WriteString(" " + g.fillerSentence())
	}
	g.truth.Occurrences = append(g.truth.Occurrences, Occurrence{
		File:   name,
		Span:   annotations.Span{Start: start, End: start + q.end - q.start},
		Text:   q.text[q.start:q.end],
		Remark: q.p.remark,
		Damage: q.p.damage,
	})
}

// writeTrailer adds the web clutter some outlets put after an article.
func (g *generator) writeTrailer(para func(string)) {
	if g.r.IntN(100) < 30 {
		para("Related: " + g.title())
	}
	if g.r.IntN(100) < 70 {
		for range 1 + g.r.IntN(3) {
			para(pick(g.r, boilerplate))
		}
	}
	if g.r.IntN(100) < 50 {
		para("© 2031 " + pick(g.r, outlets) + ". All rights reserved.")
	}
}

var months = []string{
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December",
}

// Quotation marks: curly is the house style, the others are the marks
// damage.
var (
	curly     = [2]string{"“", "”"}
	straight  = [2]string{`"`, `"`}
	guillemet = [2]string{"«", "»"}
)

// renderQuote writes the quotation sentence for p: the quoted words in
// marks with an attribution before or after. again says whether the article
// has quoted this speaker before, so that the surname suffices.
func (g *generator) renderQuote(p planted, again bool) quoteSentence {
	marks := curly
	if p.damage == DamageMarks {
		marks = straight
		if g.r.IntN(2) == 0 {
			marks = guillemet
		}
	}
	who := g.speakerName(p.who, again)
	inner := p.words
	if p.damage == DamageTruncatedStart {
		// A quotation picked up mid-sentence is run into the reporter's own.
		return g.quoteAfter(who+" "+thatVerb(p.verb)+" ", marks, inner+".", p)
	}
	if p.damage == DamageTruncatedEnd && g.r.IntN(100) < 30 {
		inner += "…"
	}
	if g.r.IntN(100) < 65 {
		if !strings.HasSuffix(inner, "…") {
			inner += ","
		}
		return g.quoteBefore(marks, inner, " "+g.attribution(who, p.verb)+".", p)
	}
	if !strings.HasSuffix(inner, "…") {
		inner += "."
	}
	return g.quoteAfter(introduce(who, p.verb), marks, inner, p)
}

func (g *generator) quoteBefore(marks [2]string, inner, tail string, p planted) quoteSentence {
	start := len(marks[0])
	return quoteSentence{text: marks[0] + inner + marks[1] + tail, start: start, end: start + len(inner), p: p}
}

func (g *generator) quoteAfter(head string, marks [2]string, inner string, p planted) quoteSentence {
	start := len(head) + len(marks[0])
	return quoteSentence{text: head + marks[0] + inner + marks[1], start: start, end: start + len(inner), p: p}
}

// speakerName is the full name, with a title now and then, on first mention
// and the surname afterwards, as newspapers write.
func (g *generator) speakerName(who int, again bool) string {
	s := g.speakers[who]
	if again {
		return s.last
	}
	if s.role != "" && g.r.IntN(2) == 0 {
		return s.role + " " + s.name()
	}
	return s.name()
}

// attribution is the attribution after a quotation: "Ruiz said", "said
// Ruiz", "according to Ruiz".
func (g *generator) attribution(who, verb string) string {
	switch {
	case verb == "according to":
		return "according to " + who
	case strings.Contains(verb, " ") || g.r.IntN(2) == 0:
		return who + " " + verb
	}
	return verb + " " + who
}

// introduce is the attribution before a quotation: "Ruiz said: ".
func introduce(who, verb string) string {
	if verb == "according to" {
		return "According to " + who + ", "
	}
	return who + " " + verb + ": "
}

// thatVerb introduces a partial quotation: "Ruiz said that".
func thatVerb(verb string) string {
	if verb == "according to" {
		return "was quoted as saying that"
	}
	return verb + " that"
}
