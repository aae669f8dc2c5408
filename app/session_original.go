package app

import (
	"strings"

	"github.com/crossquote/crossquote/annotations"
	"github.com/crossquote/crossquote/app/engineproto"
)

// originalState is the part of the session about the original: the
// source the reader marked as the reference the others are checked
// against, and the quotation shown side by side with it.
type originalState struct {
	// original is the file marked original, "" for none; originalError
	// why the engine could not use it.
	original      string
	originalError string
	// side is the quotation shown side by side with the original.
	side quoteRef
	// whole caches the original's document read whole (see
	// annotations.OriginalDocument), made from the document from.
	whole, from *annotations.Document
}

// quoteRef names one quotation of one document.
type quoteRef struct {
	Doc, Quote string
}

// markOriginal marks file name as the original, or unmarks it when it is
// the original already: one original at a time. It reports whether the
// groups must be made again (always, as the checks change).
func (s *session) markOriginal(name string) (regroup bool) {
	if s.original == name {
		s.original = ""
	} else {
		if s.fileIndex(name) < 0 {
			return false
		}
		s.original = name
	}
	s.originalError, s.side = "", quoteRef{}
	return true
}

// forgetOriginal unmarks file name if it is the original (it was removed).
func (s *session) forgetOriginal(name string) {
	if s.original == name {
		s.original, s.originalError, s.side = "", "", quoteRef{}
	}
	if s.side.Doc == name {
		s.side = quoteRef{}
	}
}

// takeChecks keeps the checks of a groups reply on the documents, and why
// the original could not be used if it could not.
func (s *session) takeChecks(r engineproto.Reply) {
	s.originalError = r.OriginalError
	for name, d := range s.docs {
		d.SetChecks(nil)
		if cs := r.Checks[name]; len(cs) == len(d.Quotes) && len(cs) > 0 {
			d.SetChecks(cs)
		}
	}
}

// withOriginal returns docs with the original's document read whole, as
// the engine read it for the checks.
func (s *session) withOriginal(docs []*annotations.Document) []*annotations.Document {
	for i, d := range docs {
		if d.Name != s.original || d.Error != "" {
			continue
		}
		if s.from != d {
			s.from, s.whole = d, annotations.OriginalDocument(d)
		}
		docs[i] = s.whole
	}
	return docs
}

// showSide shows quotation ref side by side with the original; the same
// quotation again closes it.
func (s *session) showSide(ref quoteRef) {
	if s.side == ref {
		s.side = quoteRef{}
		return
	}
	s.side = ref
}

// sideBySide is a quotation and the passages of the original it was
// matched to, for the side-by-side view.
type sideBySide struct {
	Doc   *annotations.Document
	Quote annotations.Quote
	Check annotations.Check
	// Text is the quotation's words; Passages are the original's words
	// at each span of the check, and Original their text run together,
	// which the word diff compares the quotation with.
	Text     string
	Passages []string
	Original string
}

// sideView returns the quotation shown side by side and its passages;
// ok is false when there is none (or it is gone).
func (s *session) sideView() (v sideBySide, ok bool) {
	d, o := s.index.byName[s.side.Doc], s.index.byName[s.original]
	if d == nil || o == nil || !o.Original {
		return v, false
	}
	for i, q := range d.Quotes {
		if q.ID != s.side.Quote || i >= len(d.Checks) {
			continue
		}
		v = sideBySide{Doc: d, Quote: q, Check: d.Checks[i]}
		for _, sp := range v.Check.Original {
			if validSpan(o.Text, sp) {
				v.Passages = append(v.Passages, sp.Text(o.Text))
			}
		}
		v.Text = quoteWords(d.Text, q)
		v.Original = strings.Join(v.Passages, " … ")
		return v, true
	}
	return v, false
}

// quoteWords returns the quoted words of q, its parts joined by a space
// when it is split around its attribution.
func quoteWords(text string, q annotations.Quote) string {
	if len(q.Parts) < 2 {
		return q.Text
	}
	var parts []string
	for _, p := range q.Parts {
		if validSpan(text, p) {
			parts = append(parts, p.Text(text))
		}
	}
	return strings.Join(parts, " ")
}

// fidelityRow is one outlet's line of the fidelity summary.
type fidelityRow struct {
	Name, Label string
	Fidelity    annotations.Fidelity
}

// fidelityRows returns the fidelity summary: one row per document checked
// against the original, in the order of the files.
func (s *session) fidelityRows() []fidelityRow {
	var rows []fidelityRow
	for _, d := range s.index.docs {
		if d.Fidelity != nil {
			rows = append(rows, fidelityRow{d.Name, s.index.label(d.Name), *d.Fidelity})
		}
	}
	return rows
}
