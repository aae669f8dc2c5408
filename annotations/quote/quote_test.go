package quote

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossquote/crossquote/annotations/span"
)

// quoteTexts returns the quoted pieces of every quotation in text, split
// quotations joined by " | ".
func quoteTexts(text string, quotes []Quote) []string {
	var out []string
	for _, q := range quotes {
		parts := q.Parts
		if len(parts) == 0 {
			parts = []span.Span{q.Span}
		}
		var ps []string
		for _, p := range parts {
			ps = append(ps, p.Text(text))
		}
		out = append(out, strings.Join(ps, " | "))
	}
	return out
}

func TestExtractQuotesStyles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"straight", `The mayor said "the bridge will open in May" at noon.`, []string{"the bridge will open in May"}},
		{"curly", `Ms. Vale called it “a fine day for the harbour” on Friday.`, []string{"a fine day for the harbour"}},
		{"guillemets", `«We will not sell the mill», the owner said.`, []string{"We will not sell the mill"}},
		{"german", `Der Bürgermeister sagte „wir bauen die Brücke neu“ am Montag.`, []string{"wir bauen die Brücke neu"}},
		{"german single", `Er sagte ‚wir bauen sie neu‘ am Montag.`, []string{"wir bauen sie neu"}},
		{"curly single", `The sign read ‘keep the gate closed at night’ in red letters.`, []string{"keep the gate closed at night"}},
		{"tex", "The clerk wrote ``the ledger is closed for the year'' in pencil.", []string{"the ledger is closed for the year"}},
		{"two apostrophes", `''This is not a reform,'' said Ada Marsh, an economist.`, []string{"This is not a reform,"}},
		{"two apostrophes after a possessive", "He called it ''the best of the farmers''' plan.", []string{"the best of the farmers'"}},
		{"straight single", `She wrote 'the river is rising fast' on the board.`, []string{"the river is rising fast"}},
		{"apostrophes are not quotes", `Let's meet at Kerry's house to discuss the Russians' plan.`, nil},
		{"curly apostrophes are not quotes", `Let’s meet at Tom’s house to discuss the farmers’ plan.`, nil},
		{"nested single in guillemets", `«We are not playing ‘Roll the Dice’ with the budget», the aide said.`,
			[]string{"We are not playing ‘Roll the Dice’ with the budget"}},
		{"nested double", `“He told me “never again” and left the room,” she said.`, []string{"He told me “never again” and left the room,"}},
		{"mismatched guillemet and curly", `«The vote was fair and open” the clerk said.`, []string{"The vote was fair and open"}},
		{"mismatched curly and guillemet", `“The vote was fair and open» the clerk said.`, []string{"The vote was fair and open"}},
		{"two guillemet quotes without space", `«The first thing is done.»The second one is «harder to finish than the first.»`,
			[]string{"The first thing is done.", "harder to finish than the first."}},
		{"closing mark then text", `He said "we are ready".Then he left the hall.`, []string{"we are ready"}},
		{"scare quote", `The plan was “ridiculous” and costly.`, []string{"ridiculous"}},
		{"unclosed ends at paragraph", `The notice said "the road stays closed until the spring thaw`, []string{"the road stays closed until the spring thaw"}},
		{"html attributes", `You may use these tags: <a href="" title=""> <abbr title=""> <q cite="">`, nil},
		{"attribute value", `Use <a href="http://example.com/a b" title="home page"> to link.`, nil},
		{"empty quotes", `The form left "" blank and '' too.`, nil},
		{"inches are not quotes", `The board is 12" wide and 30" long.`, nil},
		{"split quotation", `"We are ready," the coach said, "and we will win."`, []string{"We are ready, | and we will win."}},
		{"split quotation with guillemets", `«Even with our differences,» said Ward, «we work well together.»`,
			[]string{"Even with our differences, | we work well together."}},
		{"an answer between is an exchange, not a split quotation", `"Which boats?" Tom Reed asked, to which Ann Hale replied, "All of them."`,
			[]string{"Which boats?", "All of them."}},
		{"two sentences are two quotations", `"We are ready." The coach smiled. "We will win."`, []string{"We are ready.", "We will win."}},
		{"an opening mark with a space inside", `"The pills worked," Lund wrote. " The course went on for a year."`,
			[]string{"The pills worked,", "The course went on for a year."}},
		{"a title is no quotation", `He starred in "The Harbour Master's Daughter" last year.`, nil},
		{"capitalised words with a sentence end inside are a remark", `"Quick, yes. Careless, no," Tom Reed said.`, []string{"Quick, yes. Careless, no,"}},
		{"a stray mark between words opens nothing", `The score was 3 " 2 at half time, and " the second half was slow.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteTexts(tt.text, Extract(tt.text, []span.Span{{Start: 0, End: len(tt.text)}}))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtractQuotesParagraphs(t *testing.T) {
	text := "\"The first paragraph opens the remark,\" the chair said, \"and it goes on\n\n" +
		"\"into a second paragraph that reopens\n\n" +
		"\"and only the third one closes.\"\n\n" +
		"Then she sat down. \"An unclosed quote ends here\n\n" +
		"and this paragraph is plain.\n"
	quotes := Extract(text, blankLineParagraphs(text))
	got := quoteTexts(text, quotes)
	want := []string{
		"The first paragraph opens the remark, | and it goes on | into a second paragraph that reopens | and only the third one closes.",
		"An unclosed quote ends here",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	if quotes[0].Speaker != "the chair" {
		t.Errorf("speaker = %q, want %q", quotes[0].Speaker, "the chair")
	}
	if quotes[1].Speaker != "unknown" {
		t.Errorf("speaker of the unattributed quote = %q, want unknown", quotes[1].Speaker)
	}
}

func TestExtractQuotesOutsideParagraphs(t *testing.T) {
	text := `Menu "Home" "About us today"` + "\n\n" + `Body says "only this one counts here".`
	body := strings.Index(text, "Body")
	got := quoteTexts(text, Extract(text, []span.Span{{Start: body, End: len(text)}}))
	if want := []string{"only this one counts here"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if q := Extract(text, nil); len(q) != 0 {
		t.Errorf("no paragraphs gave %d quotations", len(q))
	}
}

func TestExtractQuotesFields(t *testing.T) {
	text := `"One," said Ann. Then “a scare” and "a longer remark with words."`
	quotes := Extract(text, []span.Span{{Start: 0, End: len(text)}})
	if len(quotes) != 3 {
		t.Fatalf("got %d quotations, want 3: %q", len(quotes), quoteTexts(text, quotes))
	}
	for i, q := range quotes {
		if want := fmt.Sprintf("q%d", i+1); q.ID != want {
			t.Errorf("ID = %q, want %q", q.ID, want)
		}
		if q.Text != text[q.Start:q.End] {
			t.Errorf("Text %q is not the slice %q", q.Text, text[q.Start:q.End])
		}
	}
	if !quotes[0].Short || !quotes[1].Short || quotes[2].Short {
		t.Errorf("Short = %v %v %v, want true true false", quotes[0].Short, quotes[1].Short, quotes[2].Short)
	}
}

// checkQuoteInvariants fails t when quotes break a promise of Extract.
func checkQuoteInvariants(t *testing.T, text string, paras []span.Span, quotes []Quote) {
	t.Helper()
	inPara := func(s span.Span) bool {
		for _, p := range paras {
			if p.Contains(s) {
				return true
			}
		}
		return false
	}
	seen := map[string]bool{}
	for i, q := range quotes {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
			t.Fatalf("quote %d span %v out of bounds (len %d)", i, q.Span, len(text))
		}
		if q.Text != text[q.Start:q.End] {
			t.Fatalf("quote %d Text is not its slice", i)
		}
		if !utf8.ValidString(q.Text) && utf8.ValidString(text) {
			t.Fatalf("quote %d cuts a character", i)
		}
		if seen[q.ID] || q.ID != fmt.Sprintf("q%d", i+1) {
			t.Fatalf("quote %d has ID %q", i, q.ID)
		}
		seen[q.ID] = true
		if i > 0 && quotes[i-1].Start > q.Start {
			t.Fatalf("quotes not in text order at %d", i)
		}
		if q.Speaker == "" {
			t.Fatalf("quote %d has no speaker", i)
		}
		parts := q.Parts
		if len(parts) == 0 {
			parts = []span.Span{q.Span}
		}
		for _, p := range parts {
			if !q.Span.Contains(p) || p.Len() == 0 {
				t.Fatalf("quote %d part %v outside span %v", i, p, q.Span)
			}
			if !inPara(p) {
				t.Fatalf("quote %d part %v outside the paragraphs", i, p)
			}
		}
	}
}

func FuzzExtractQuotes(f *testing.F) {
	for _, s := range []string{
		`"Hi," he said, "there."`,
		"«a» «b»c ‚d‘ „e“ ``f'' ''g'' 'h' Let's\n\n\"i\n\n\"j\"",
		`<a href="" title="">`,
		"\"\xff\"",
		`'''`,
		// A relative clause after a description whose comma opens the
		// clause, with no phrase before it.
		`in , a , who said "one two three four."`,
	} {
		f.Add(s, 3)
	}
	// A pronoun credited in the line after the quotation's paragraph,
	// with every paragraph read.
	f.Add("\"x y z w\" in \"x y z w\" \n\n — They", 0)
	// The attribution catalogues give the fuzzer sentences that reach
	// the speaker rules, whose word-by-word indexing a random text seldom
	// gets to.
	for _, cases := range [][]speakerCase{wireCases, speakerCases, pronounCases} {
		for _, c := range cases {
			f.Add(c.text, 3)
		}
	}
	f.Fuzz(func(t *testing.T, text string, cut int) {
		paras := blankLineParagraphs(text)
		if cut > 0 && len(paras) > 1 {
			paras = paras[cut%len(paras):] // paragraphs need not cover the text
		}
		checkQuoteInvariants(t, text, paras, Extract(text, paras))
	})
}

func ExampleExtract() {
	text := `"We will rebuild the pier," Mayor Ada Lind said, "before the summer." ` +
		`Critics called the plan “rushed”.`
	for _, q := range Extract(text, []span.Span{{Start: 0, End: len(text)}}) {
		fmt.Printf("%s %q parts=%d speaker=%q role=%q short=%v\n", q.ID, q.Text, len(q.Parts), q.Speaker, q.SpeakerRole, q.Short)
	}
	// Output:
	// q1 "We will rebuild the pier,\" Mayor Ada Lind said, \"before the summer." parts=2 speaker="Ada Lind" role="Mayor" short=false
	// q2 "rushed" parts=0 speaker="Critics" role="" short=true
}

// benchText repeats a fictional paragraph n times.
func benchText(para string, n int) (string, []span.Span) {
	text := strings.Repeat(para+"\n\n", n)
	return text, blankLineParagraphs(text)
}

func BenchmarkExtractQuotesPlain(b *testing.B) {
	text, paras := benchText("The council met on Tuesday to discuss the harbour, the budget and the new school. Nobody objected.", 500)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text, paras)
	}
}

func BenchmarkExtractQuotesMany(b *testing.B) {
	text, paras := benchText(`"We will rebuild the pier," Mayor Ada Lind said, "before the summer." Critics called it “rushed” and 'late'. «Yes», he added.`, 500)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text, paras)
	}
}

func BenchmarkExtractQuotesUnclosed(b *testing.B) {
	// Openers without closers must not make the scan quadratic.
	text, paras := benchText(strings.Repeat(`"open 'single `, 2000), 1)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text, paras)
	}
}

// BenchmarkExtractQuotesRunOn extracts from one paragraph with a quotation
// in every sentence, as a page saved without its line breaks is, at two
// sizes: their time per byte must stay alike, or some step reads back to
// the line's start for every quotation.
func BenchmarkExtractQuotesRunOn(b *testing.B) {
	for _, size := range []int{64 << 10, 512 << 10} {
		var sb strings.Builder
		for i := 0; sb.Len() < size; i++ {
			fmt.Fprintf(&sb, "The board met for the %dth time on the pier. \"We will need crane %d before the winter,\" said the harbour master Ada Lind. ", i, i)
		}
		text := sb.String()
		b.Run(fmt.Sprintf("KB=%d", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Extract(text, []span.Span{{Start: 0, End: len(text)}})
			}
		})
	}
}
