package match

import (
	"fmt"
	"strings"
	"testing"
)

// words returns the normalised words of text and the original slices they
// come from.
func words(text string) (norm, orig []string) {
	l := newLexicon()
	for _, t := range l.tokenize(nil, text, 0, len(text)) {
		norm = append(norm, l.words[t.word])
		orig = append(orig, text[t.start:t.end])
	}
	return norm, orig
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		norm string // normalised words joined by spaces
		orig string // original slices joined by |
	}{
		{"Hello, World!", "hello world", "Hello|World"},
		{"“Let’s Make a Deal”", "lets make a deal", "Let’s|Make|a|Deal"},
		{"'Let's make a deal'", "lets make a deal", "Let's|make|a|deal"},
		{"a cease-fire, a ceasefire", "a ceasefire a ceasefire", "a|cease-fire|a|ceasefire"},
		{"Paris — Rome – Oslo - Bern", "paris rome oslo bern", "Paris|Rome|Oslo|Bern"},
		{"The U.S.-led force and the US", "the us led force and the us", "The|U.S|led|force|and|the|US"},
		{"end.Next sentence", "end next sentence", "end|Next|sentence"},
		{"1,000 people, 3.5 percent, 10, 20", "1000 people 35 percent 10 20", "1,000|people|3.5|percent|10|20"},
		{"«Même si» naïve CAFÉ", "meme si naive cafe", "Même|si|naïve|CAFÉ"},
		{"ﬁnal ＦＵＬＬ width", "final full width", "ﬁnal|ＦＵＬＬ|width"},
		{"players’ union's", "players unions", "players|union's"},
		{"  \n\t ", "", ""},
		{"“”‘’—…", "", ""},
	}
	for _, tt := range tests {
		norm, orig := words(tt.text)
		if got := strings.Join(norm, " "); got != tt.norm {
			t.Errorf("%q: normalised %q, want %q", tt.text, got, tt.norm)
		}
		if got := strings.Join(orig, "|"); got != tt.orig {
			t.Errorf("%q: slices %q, want %q", tt.text, got, tt.orig)
		}
	}
}

// TestTokenizeRange checks that tokenising part of a text gives offsets into
// the whole text.
func TestTokenizeRange(t *testing.T) {
	text := "skip this. “Keep these words,” she said."
	from := strings.Index(text, "Keep")
	to := strings.Index(text, ",”")
	l := newLexicon()
	toks := l.tokenize(nil, text, from, to)
	var got []string
	for _, tk := range toks {
		got = append(got, fmt.Sprintf("%d:%s", tk.start, text[tk.start:tk.end]))
	}
	want := fmt.Sprintf("[%d:Keep %d:these %d:words]", from, from+5, from+11)
	if fmt.Sprint(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

func TestLexiconShared(t *testing.T) {
	l := newLexicon()
	a := l.tokenize(nil, "Don’t stop", 0, len("Don’t stop"))
	b := l.tokenize(nil, "DON'T STOP", 0, len("DON'T STOP"))
	if a[0].word != b[0].word || a[1].word != b[1].word {
		t.Errorf("same words got different ids: %v %v", a, b)
	}
	if l.stop[a[0].word] == false || l.stop[a[1].word] {
		t.Errorf("stopword flags wrong: dont=%v stop=%v", l.stop[a[0].word], l.stop[a[1].word])
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Hello, World!", "“Let’s”", "U.S.-led", "1,000.5", "a\u0301b", "\xff\xfe", "ﬁ-ﬂ", "'-'", "a.b.c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		l := newLexicon()
		toks := l.tokenize(nil, text, 0, len(text))
		// Token boundaries must fall where a rune (or an invalid byte) starts.
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		prev := 0
		for _, tk := range toks {
			if int(tk.start) < prev || tk.end <= tk.start || int(tk.end) > len(text) {
				t.Fatalf("token %+v out of order or bounds (prev end %d, len %d)", tk, prev, len(text))
			}
			if !boundary[int(tk.start)] || !boundary[int(tk.end)] {
				t.Fatalf("token %+v splits a rune", tk)
			}
			if l.words[tk.word] == "" {
				t.Fatalf("token %+v has an empty word", tk)
			}
			prev = int(tk.end)
		}
		// Tokenising is a function of the text: a second lexicon agrees.
		again := newLexicon().tokenize(nil, text, 0, len(text))
		if len(again) != len(toks) {
			t.Fatalf("second run gave %d tokens, first %d", len(again), len(toks))
		}
	})
}
