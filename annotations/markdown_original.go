package annotations

import (
	"fmt"
	"strings"
)

// writeChecks writes the checks of the report's quotations against its
// original: for each document checked, how many quotations got each
// verdict, then each quotation with its verdict, who speaks there in the
// original when the outlet credits someone else, and the original's words.
func writeChecks(b *strings.Builder, r *Report) {
	var orig *Document
	for _, d := range r.Documents {
		if d != nil && d.Original {
			orig = d
		}
	}
	if orig == nil || !r.checked() {
		return
	}
	fmt.Fprintf(b, "# Checked against the original\n\nThe original is %s.\n\n", escapeMarkdown(orig.Name))
	for _, d := range r.Documents {
		if d == nil || len(d.Checks) == 0 {
			continue
		}
		title := d.Title
		if title == "" {
			title = d.Name
		}
		fmt.Fprintf(b, "## %s (%s)\n\n%s\n\n", escapeMarkdown(title), escapeMarkdown(d.Name), FidelityText(Tally(d.Checks)))
		for i, q := range d.Quotes {
			if i >= len(d.Checks) {
				break
			}
			c := d.Checks[i]
			fmt.Fprintf(b, "> %s\n\n— ", escapeMarkdown(q.Text))
			if q.Speaker != "" {
				fmt.Fprintf(b, "%s, ", escapeMarkdown(q.Speaker))
			}
			fmt.Fprintf(b, "**%s**", VerdictText(c.Verdict))
			if c.Verdict != NotFound {
				fmt.Fprintf(b, ", similarity %.2f", c.Similarity)
			}
			if Misattributed(c) {
				fmt.Fprintf(b, "; **misattributed**: said by %s in the original", escapeMarkdown(c.OriginalSpeaker))
			}
			for _, in := range c.Insertions {
				fmt.Fprintf(b, "; editorial insertion \\[%s\\]", escapeMarkdown(in.Text))
			}
			b.WriteString("\n\n")
			var pieces []string
			for _, sp := range c.Original {
				if sp.Start >= 0 && sp.End <= len(orig.Text) && sp.Start <= sp.End {
					pieces = append(pieces, escapeMarkdown(sp.Text(orig.Text)))
				}
			}
			if len(pieces) > 0 {
				fmt.Fprintf(b, "Original: “%s”\n\n", strings.Join(pieces, "” … “"))
			}
		}
	}
}

// VerdictText names a verdict for a reader: "not found" rather than
// "not_found".
func VerdictText(v Verdict) string { return strings.ReplaceAll(string(v), "_", " ") }

// FidelityText says a document's counts in a line: "2 verbatim, 1 elided,
// 0 altered, 0 stitched, 1 not found; 1 misattributed".
func FidelityText(f Fidelity) string {
	parts := make([]string, len(Verdicts))
	for i, v := range Verdicts {
		parts[i] = fmt.Sprintf("%d %s", f.Count(v), VerdictText(v))
	}
	return strings.Join(parts, ", ") + fmt.Sprintf("; %d misattributed", f.Misattributed)
}
