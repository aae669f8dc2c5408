package span_test

import (
	"fmt"

	"github.com/crossquote/crossquote/annotations/span"
)

func ExampleSpan() {
	text := `The mayor said “the bridge opens in May.”`
	quoted := span.Span{Start: 18, End: 42}
	sentence := span.Span{Start: 0, End: len(text)}
	fmt.Printf("%q %d bytes\n", quoted.Text(text), quoted.Len())
	fmt.Println(sentence.Contains(quoted), quoted.Overlaps(span.Span{Start: 0, End: 3}))
	// Output:
	// "the bridge opens in May." 24 bytes
	// true false
}
