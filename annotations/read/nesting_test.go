package read

import (
	"strings"
	"testing"
)

func TestFlattenNesting(t *testing.T) {
	deepQuote := strings.Repeat(">", MaxNesting+5) + " words"
	tests := []struct {
		name, in, want string
		flattened      bool
	}{
		{"plain text", "A line.\n\nAnother.\n", "A line.\n\nAnother.\n", false},
		{"shallow nesting", "> > - 1. item\n", "> > - 1. item\n", false},
		{"thematic break", "- - -\n", "- - -\n", false},
		{"deep block quote", deepQuote + "\nnext\n", strings.Repeat(">", MaxNesting) + "words\nnext\n", true},
		{"deep list", strings.Repeat("- ", MaxNesting+3) + "item", strings.Repeat("- ", MaxNesting) + "item", true},
		{"deep ordered list", strings.Repeat("1. ", MaxNesting+1) + "item\n", strings.Repeat("1. ", MaxNesting) + "item\n", true},
		{"deep indentation", strings.Repeat(" ", maxIndent+10) + "- item\n", strings.Repeat(" ", maxIndent) + "item\n", true},
		{"only the deep line changes", "intro\n" + deepQuote + "\n", "intro\n" + strings.Repeat(">", MaxNesting) + "words\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, flattened := flattenNesting(tt.in)
			if got != tt.want || flattened != tt.flattened {
				t.Errorf("flattenNesting(%.40q…) = %.80q, %v; want %.80q, %v", tt.in, got, flattened, tt.want, tt.flattened)
			}
		})
	}
}

// TestBoundsDeepMarkdown reads Markdown nested far past any real article:
// the text after the markers survives, the result says it was flattened,
// and nothing recurses as deep as the input. CI also runs the TestBounds
// tests compiled to WebAssembly under Node with the browser's default
// stack, where the unbounded reader overflowed at a few thousand levels.
func TestBoundsDeepMarkdown(t *testing.T) {
	var indented strings.Builder
	for i := 0; i < 3000; i++ {
		indented.WriteString(strings.Repeat(" ", 2*i) + "- step\n")
	}
	for name, src := range map[string]string{
		"block quotes": strings.Repeat(">", 40000) + ` quoted "the harbour stays open" said he` + "\n",
		"lists":        strings.Repeat("- ", 100000) + `"the harbour stays open" said he` + "\n",
		"ordered":      strings.Repeat("1. ", 50000) + `"the harbour stays open" said he` + "\n",
		"indentation":  indented.String() + `"the harbour stays open" said he` + "\n",
		"emphasis":     strings.Repeat("*a ", 20000) + `"the harbour stays open" said he` + strings.Repeat(" b*", 20000),
	} {
		t.Run(name, func(t *testing.T) {
			r, err := ReadResult("deep.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r.Text, "the harbour stays open") {
				t.Errorf("the text under the nesting was lost: %.200q", r.Text)
			}
			if name != "emphasis" && !r.Flattened {
				t.Error("not reported as flattened")
			}
		})
	}
}

func TestReadResultFlatFile(t *testing.T) {
	r, err := ReadResult("story.md", []byte("# Ferry\n\n> \"We sail at dawn,\" she said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Flattened {
		t.Error("a shallow file is reported as flattened")
	}
	if want := "Ferry\n\n\"We sail at dawn,\" she said."; r.Text != want {
		t.Errorf("text %q, want %q", r.Text, want)
	}
}

func TestTooLargeNeverContradicts(t *testing.T) {
	for _, n := range []int64{MaxFileSize + 1, MaxFileSize + 1000, 2 * MaxFileSize} {
		msg := TooLarge("big.txt", n).Error()
		open := strings.IndexByte(msg, '(')
		parts := strings.Split(strings.Trim(msg[open:], "()"), "; the limit is ")
		if len(parts) != 2 || parts[0] == parts[1] {
			t.Errorf("TooLarge(%d) = %q: the size and the limit read alike", n, msg)
		}
	}
}

func benchmarkMarkdown(b *testing.B, src string) {
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := ReadResult("bench.md", []byte(src)); err != nil {
			b.Fatal(err)
		}
	}
}

// The pair shows that 200 KB of nesting costs what 200 KB of prose does
// (unbounded, 100,000 list levels took a minute).
func BenchmarkMarkdownProse(b *testing.B) {
	benchmarkMarkdown(b, strings.Repeat("A sentence of ordinary prose, \"quoted\" once.\n\n", 4300))
}

func BenchmarkMarkdownDeepList(b *testing.B) {
	benchmarkMarkdown(b, strings.Repeat("- ", 100000)+"item\n")
}
