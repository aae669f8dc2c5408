package annotations

import (
	"slices"

	"github.com/crossquote/crossquote/annotations/match"
	"github.com/crossquote/crossquote/annotations/quote"
)

// SetSpeakers gives d's quotations the names a report uses for their
// speakers, names[i] for Quotes[i]; nil, or a list of another length,
// gives them back the names d itself uses. [Regroup] gives one person one
// name across the documents of a report (Hale in one, Ann Hale in
// another) after giving every document its own names back, so that a
// document regrouped without the others takes no name from them. The
// names d uses itself are those its quotations have at the first call.
func (d *Document) SetSpeakers(names []string) {
	if len(d.own) != len(d.Quotes) {
		d.own = speakersOf(d.Quotes)
	}
	if len(names) != len(d.Quotes) {
		names = d.own
	}
	for i := range d.Quotes {
		d.Quotes[i].Speaker = names[i]
	}
}

// OwnSpeakers returns the names d itself uses for its quotations'
// speakers, OwnSpeakers()[i] for Quotes[i], whatever names a report has
// given them since (see [Document.SetSpeakers]).
func (d *Document) OwnSpeakers() []string {
	if len(d.own) != len(d.Quotes) {
		return speakersOf(d.Quotes)
	}
	return slices.Clone(d.own)
}

// ReportSpeakers returns the names the last report gave the speakers of
// d's quotations (see [Document.SetSpeakers]), ReportSpeakers()[i] for
// Quotes[i], or nil when they are the names d uses itself: what a reader
// of d alone, such as the page, needs besides d to show the report's.
func (d *Document) ReportSpeakers() []string {
	if len(d.own) != len(d.Quotes) {
		return nil // no report has named them
	}
	for i, q := range d.Quotes {
		if q.Speaker != d.own[i] {
			return speakersOf(d.Quotes)
		}
	}
	return nil
}

func speakersOf(qs []Quote) []string {
	names := make([]string, len(qs))
	for i, q := range qs {
		names[i] = q.Speaker
	}
	return names
}

// agreeSpeakers gives each remark that several outlets print the speaker
// they agree on where one outlet's reading went through a pronoun to
// someone else (see quote.Agree), in the documents and in the groups'
// members, and votes the groups' speakers again.
func agreeSpeakers(groups []Group, sources []*match.Source) {
	byName := make(map[string]*match.Source, len(sources))
	for _, s := range sources {
		byName[s.Name] = s
	}
	byID := map[string]map[string]*quote.Quote{} // by document, built when first asked
	find := func(doc, id string) *quote.Quote {
		if byID[doc] == nil {
			byID[doc] = map[string]*quote.Quote{}
			if s := byName[doc]; s != nil {
				for i := range s.Quotes {
					byID[doc][s.Quotes[i].ID] = &s.Quotes[i]
				}
			}
		}
		return byID[doc][id]
	}
	var remark []quote.Printing
	for gi := range groups {
		g := &groups[gi]
		if g.Kind != match.KindQuote {
			continue
		}
		remark = remark[:0]
		at := make([]*quote.Quote, len(g.Members))
		for i, m := range g.Members {
			if at[i] = find(m.Document, m.Quote); at[i] != nil {
				remark = append(remark, quote.Printing{Quote: at[i], Text: byName[m.Document].Text})
			}
		}
		if quote.Agree(remark) == 0 {
			continue
		}
		names, short := make([]string, len(g.Members)), make([]bool, len(g.Members))
		for i := range g.Members {
			if at[i] != nil {
				g.Members[i].Speaker, short[i] = at[i].Speaker, at[i].Short
			}
			names[i] = g.Members[i].Speaker
		}
		g.Speaker, g.SpeakersDisagree = match.SpeakerVote(names, short)
	}
}
