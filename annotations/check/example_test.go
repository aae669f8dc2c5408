package check_test

import (
	"fmt"

	"github.com/crossquote/crossquote/annotations/check"
)

func Example() {
	o := check.NewOriginal(`MAYOR BRANDVOLD: From March we will run a second boat on the morning crossing, and the reserve fund will pay for it. Nobody will pay a higher fare.

Q: Is the sea wall at risk?

MAYOR BRANDVOLD: No. The sea wall is funded, and the work can start in April.`)
	quotations := []check.Quotation{
		{Speaker: "Brandvold", Parts: []check.Part{{Text: "Nobody will pay a higher fare."}}},
		{Speaker: "Brandvold", Parts: []check.Part{{Text: "we will run a second boat … and the reserve fund will pay for it"}}},
		{Speaker: "Brandvold", Parts: []check.Part{{Text: "Nobody will pay a higher price"}}},
		{Speaker: "Brandvold", Parts: []check.Part{{Text: "The sea wall is funded. Nobody will pay a higher fare."}}},
		{Speaker: "Brandvold", Parts: []check.Part{{Text: "Is the sea wall at risk?"}}},
		{Speaker: "Brandvold", Parts: []check.Part{{Text: "[The council] will run a second boat"}}},
		{Speaker: "Brandvold", Parts: []check.Part{{Text: "The tolls will go before the election."}}},
	}
	for _, q := range quotations {
		r := o.Check(q)
		fmt.Printf("%-9s %-5v", r.Verdict, r.Similarity)
		for _, sp := range r.Original {
			fmt.Printf(" %q", sp.Text(o.Text()))
		}
		if r.SpeakerMatches != nil && !*r.SpeakerMatches {
			fmt.Printf(" said by %s", r.OriginalSpeaker)
		}
		for _, in := range r.Insertions {
			fmt.Printf(" [%s] for %q", in.Text, in.Replaces.Text(o.Text()))
		}
		fmt.Println()
	}
	// Output:
	// verbatim  1     "Nobody will pay a higher fare"
	// elided    1     "we will run a second boat" "and the reserve fund will pay for it"
	// altered   0.833 "Nobody will pay a higher fare"
	// stitched  0.909 "The sea wall is funded" "Nobody will pay a higher fare"
	// verbatim  1     "Is the sea wall at risk" said by Q
	// verbatim  1     "we will run a second boat" [The council] for "we"
	// not_found 0.286
}
