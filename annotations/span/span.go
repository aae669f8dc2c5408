package span

// Span is a half-open byte range [Start, End) in a document's decoded text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Text returns the slice of src that s names.
func (s Span) Text(src string) string { return src[s.Start:s.End] }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }
