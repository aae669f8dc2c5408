package quote

import (
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/span"
)

func TestBoundUnchanged(t *testing.T) {
	text := "First paragraph with \"a quote\".\n\nSecond one."
	paras := []span.Span{{Start: 0, End: 31}, {Start: 33, End: len(text)}}
	got, bounded := Bound(text, paras)
	if bounded || &got[0] != &paras[0] {
		t.Errorf("Bound changed a small document: %v, %v", got, bounded)
	}
}

func TestBoundsQuotationMarks(t *testing.T) {
	t.Run("one paragraph of quoted words", func(t *testing.T) {
		text := strings.Repeat(`"the" “minister” `, 200000)
		got, bounded := Bound(text, []span.Span{{Start: 0, End: len(text)}})
		if !bounded {
			t.Error("not bounded")
		}
		marks, last := 0, 0
		for _, p := range got {
			n := countMarks(text, p.Start, p.End, len(text))
			if n > MaxMarksPerParagraph {
				t.Errorf("piece %v has %d marks, over %d", p, n, MaxMarksPerParagraph)
			}
			if p.End-p.Start > MaxParagraph || p.Start < last {
				t.Errorf("piece %v is too long or out of order", p)
			}
			marks, last = marks+n, p.End
		}
		if marks > MaxMarks {
			t.Errorf("%d marks analysed, over %d", marks, MaxMarks)
		}
		if q := Extract(text, got); len(q) == 0 || len(q) > MaxMarks/2 {
			t.Errorf("%d quotations from the bounded text", len(q))
		}
	})
	t.Run("a long paragraph of prose is cut at sentences, nothing left out", func(t *testing.T) {
		sentence := `The council met again on Monday. "We will rebuild the pier," said Ada Brook. `
		text := strings.Repeat(sentence, 4000) // 320 KB, 8,000 marks, no line break
		got, bounded := Bound(text, []span.Span{{Start: 0, End: len(text)}})
		if bounded {
			t.Error("prose within the document's bound reported as bounded")
		}
		if len(got) < 5 {
			t.Fatalf("a 320 KB paragraph was not cut into pieces: %v", got)
		}
		for i, p := range got {
			if i > 0 && p.Start != got[i-1].End {
				t.Errorf("pieces %v and %v leave text out", got[i-1], p)
			}
			if !strings.HasSuffix(text[:p.End], ". ") {
				t.Errorf("piece %v does not end at a sentence", p)
			}
		}
		if q := Extract(text, got); len(q) != 4000 {
			t.Errorf("%d quotations found in the pieces, want 4000", len(q))
		}
	})
}
