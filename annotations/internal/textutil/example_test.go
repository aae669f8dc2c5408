package textutil_test

import (
	"fmt"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
)

func ExampleNextWord() {
	s := "Don't miss the U.S. left-of-center debate."
	for i := 0; ; {
		start, end := textutil.NextWord(s, i)
		if start < 0 {
			break
		}
		fmt.Printf("%q ", s[start:end])
		i = end
	}
	fmt.Println()
	// Output: "Don't" "miss" "the" "U.S" "left-of-center" "debate"
}

func ExampleWordSet() {
	verbs := textutil.NewWordSet(`said says told`)
	fmt.Println(verbs.Has("said"), verbs.Has("Said"), textutil.IsStopword("Because"))
	// Output: true false true
}
