package annotations_test

import (
	"fmt"

	"github.com/crossquote/crossquote/annotations"
)

func ExampleAnnotate() {
	files := []annotations.File{
		{Name: "wire.txt", Data: []byte("Harbour to reopen\n\nThe harbour will reopen on Monday, the mayor said.\n\n“We are not closing the port, not this year and not next,” Ines Falk said.\n")},
		{Name: "daily.txt", Data: []byte("“We are not closing the port – not this year, and not next,” Falk told reporters on Friday.\n")},
	}
	r := annotations.Annotate(files, annotations.WithTolerance(0.2))
	for _, d := range r.Documents {
		fmt.Printf("%s: %d quotation(s)\n", d.Name, len(d.Quotes))
	}
	for _, g := range r.Groups {
		fmt.Println(g.ID, g.Kind, g.Speaker)
		for _, m := range g.Members {
			fmt.Printf("  %s %.2f %q\n", m.Document, m.Similarity, m.Text)
		}
	}
	// Output:
	// wire.txt: 1 quotation(s)
	// daily.txt: 1 quotation(s)
	// g1 quote Ines Falk
	//   wire.txt 1.00 "We are not closing the port, not this year and not next,"
	//   daily.txt 1.00 "We are not closing the port – not this year, and not next,"
}
