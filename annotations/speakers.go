package annotations

import "slices"

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

func speakersOf(qs []Quote) []string {
	names := make([]string, len(qs))
	for i, q := range qs {
		names[i] = q.Speaker
	}
	return names
}
