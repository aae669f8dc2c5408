package read

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

var updateRead = flag.Bool("update-read", false, "rewrite the golden files under testdata/read/")

// utf16Bytes encodes s as UTF-16 with a byte order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	units := utf16.Encode([]rune("\uFEFF" + s))
	b := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestReadEncodings(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"plain.txt", []byte("He said \"yes\".\n"), "He said \"yes\".\n"},
		{"utf8.txt", []byte("“Oui,” dit-elle — café.\n"), "“Oui,” dit-elle — café.\n"},
		{"bom.txt", []byte("\xEF\xBB\xBF“Hi,” she said."), "“Hi,” she said."},
		{"crlf.txt", []byte("one\r\ntwo\r\n\r\nthree"), "one\ntwo\n\nthree"},
		{"cr.txt", []byte("one\rtwo\r\rthree"), "one\ntwo\n\nthree"},
		{"inner-bom.txt", []byte("a\xEF\xBB\xBFb"), "ab"},
		{"utf16le.txt", utf16Bytes("“It’s fine,” he said.\r\nNext 😀", false), "“It’s fine,” he said.\nNext 😀"},
		{"utf16be.txt", utf16Bytes("“It’s fine,” he said.\r\nNext 😀", true), "“It’s fine,” he said.\nNext 😀"},
		{"cp1252.txt", []byte("\x93Caf\xe9 au lait,\x94 he said \x96 twice\x85"), "“Café au lait,” he said – twice…"},
		{"latin1.txt", []byte("Ni\xf1o, se\xf1or, \xa3 5"), "Niño, señor, £ 5"},
		// ISO-8859-1 bytes of "Zoë Müller" (0xEB, 0xFC): an accented name
		// must come back intact, not as U+FFFD.
		{"iso-8859-1.txt", []byte("\"We are ready,\" said Zo\xeb M\xfcller, the \xe9diteur.\n"), "\"We are ready,\" said Zoë Müller, the éditeur.\n"},
		{"utf8-name.txt", []byte("\xEF\xBB\xBF“We are ready,” said Zoë Müller.\n"), "“We are ready,” said Zoë Müller.\n"},
		{"cp1252-undefined.txt", []byte("a\x81b"), "a\uFFFDb"},
		{"mixed.txt", []byte("“UTF-8” and a stray \x92 byte"), "“UTF-8” and a stray ’ byte"},
		{"script.txt", []byte("Type <script>alert(1)</script> to test."), "Type <script>alert(1)</script> to test."},
		{"mention.txt", []byte("The tag <html> opens a page."), "The tag <html> opens a page."},
		{"form-feed.txt", []byte("page one\fpage two\tend"), "page one\fpage two\tend"},
		// A ” read as Windows-1252 on its way to the file comes as U+FFFD
		// and "?"; left, it would leave every quotation open.
		{"lost-closers.txt", []byte("He called it “odd\uFFFD? and “late.\uFFFD?\n“Fine,” she said. “No\uFFFD? he said."),
			"He called it “odd” and “late.”\n“Fine,” she said. “No” he said."},
		{"lost-char-question.txt", []byte("“Was it caf\uFFFD?” she asked."), "“Was it caf\uFFFD?” she asked."},
		{"lost-char-no-quote.txt", []byte("caf\uFFFD? yes, and “later”"), "caf\uFFFD? yes, and “later”"},
		{"lost-closer-cp1252.txt", []byte("\x93Odd\x9d? he said"), "“Odd” he said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(tt.name, tt.data)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if got != tt.want {
				t.Errorf("Read = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCP1252Table checks the hand-written table against x/text's codec.
func TestCP1252Table(t *testing.T) {
	for b := 0x80; b < 0xA0; b++ {
		want := charmap.Windows1252.DecodeByte(byte(b))
		if want < 0xA0 { // unassigned: x/text passes the C1 control through
			want = utf8.RuneError
		}
		if got := cp1252[b-0x80]; got != want {
			t.Errorf("byte %#x: got %U, want %U", b, got, want)
		}
	}
}

func TestReadFastPath(t *testing.T) {
	data := []byte("clean text, “quoted”.\n")
	got, err := Read("a.txt", data)
	if err != nil || got != string(data) {
		t.Fatalf("Read = %q, %v", got, err)
	}
	if n := testing.AllocsPerRun(10, func() { _, _ = Read("a.txt", data) }); n > 1 {
		t.Errorf("clean UTF-8 took %v allocations, want at most 1 (the string conversion)", n)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name    string
		data    []byte
		is      error
		message string
	}{
		{"report.pdf", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), ErrBinary, "report.pdf: not a text file (looks like a PDF)"},
		{"photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, "photo.txt: not a text file (looks like a PNG image)"},
		{"story.docx", []byte("PK\x03\x04\x14\x00\x06\x00"), ErrBinary, "story.docx: not a text file (looks like a ZIP archive)"},
		{"a.out", []byte("\x7fELF\x02\x01\x01"), ErrBinary, "a.out: not a text file (looks like an ELF executable)"},
		{"anim.gif", []byte("GIF89a\x01\x00"), ErrBinary, "anim.gif: not a text file (looks like a GIF image)"},
		{"pic.md", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), ErrBinary, "pic.md: not a text file (looks like a JPEG image)"},
		{"setup.exe", []byte("MZ\x90\x00\x03\x00\x00\x00"), ErrBinary, "setup.exe: not a text file (looks like a Windows executable)"},
		{"data.txt", []byte("some text\x00more"), ErrBinary, "data.txt: not a text file (binary content at byte 9)"},
		{"ctl.txt", []byte("ab\x01\x02\x03\x04\x05cdefghijklmnop"), ErrBinary, "ctl.txt: not a text file (binary content at byte 2)"},
		{"nobom16.txt", []byte("h\x00i\x00"), ErrBinary, "nobom16.txt: not a text file (binary content at byte 1)"},
		{"nul16.txt", utf16Bytes("a\x00b", false), ErrBinary, "nul16.txt: not a text file (binary content at byte 4)"},
		{"odd16.txt", append(utf16Bytes("ab", true), 'c'), ErrEncoding, "odd16.txt: the text encoding is broken (UTF-16 text with an odd number of bytes)"},
		{"utf32le.txt", []byte("\xFF\xFE\x00\x00h\x00\x00\x00"), ErrEncoding, "utf32le.txt: the text encoding is broken (UTF-32 text, which is not supported: save the file as UTF-8)"},
		{"utf32be.txt", []byte("\x00\x00\xFE\xFF\x00\x00\x00h"), ErrEncoding, "utf32be.txt: the text encoding is broken (UTF-32 text, which is not supported: save the file as UTF-8)"},
		{"notes.txt", nil, ErrEmpty, "notes.txt: the file is empty"},
		{"blank.txt", []byte(" \r\n\t\n"), ErrEmpty, "blank.txt: the file is empty (it contains only white space)"},
		{"bom-only.txt", []byte("\xEF\xBB\xBF"), ErrEmpty, "bom-only.txt: the file is empty (it contains only white space)"},
		{"markup.md", []byte("<div>\n</div>\n\n![alt](x.png)\n"), ErrEmpty, "markup.md: the file is empty (it has no text outside its markup)"},
		{"markup.html", []byte("<html><script>x = 1</script></html>"), ErrEmpty, "markup.html: the file is empty (it has no text outside its markup)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(tt.name, tt.data)
			if err == nil {
				t.Fatalf("Read = %q, want error", got)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
			var fe *FileError
			if !errors.As(err, &fe) || fe.Name != tt.name {
				t.Errorf("error %#v is not a *FileError naming %q", err, tt.name)
			}
			if err.Error() != tt.message {
				t.Errorf("message %q, want %q", err.Error(), tt.message)
			}
		})
	}
}

// TestReadMZText checks that a weak signature alone does not refuse text.
func TestReadMZText(t *testing.T) {
	if _, err := Read("mz.txt", []byte("MZ Holdings said on Monday it would sell.")); err != nil {
		t.Fatal(err)
	}
}

func TestReadTooLarge(t *testing.T) {
	data := bytes.Repeat([]byte("word "), 30)
	if _, err := readLimit("big.txt", data, len(data)); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	_, err := readLimit("big.txt", data, len(data)-1)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("over the limit: %v, want ErrTooLarge", err)
	}
	if want := "big.txt: the file is too large (150 bytes; the limit is 149 bytes)"; err.Error() != want {
		t.Errorf("message %q, want %q", err.Error(), want)
	}
	if got := size(25 << 20); got != "25.0 MB" {
		t.Errorf("size = %q", got)
	}
	// TooLarge, for callers that know the size before reading, says the
	// same as Read over the real limit.
	err = TooLarge("video.txt", 3<<30)
	if !errors.Is(err, ErrTooLarge) || err.Error() != "video.txt: the file is too large (3072.0 MB; the limit is 20.0 MB)" {
		t.Errorf("TooLarge = %q", err)
	}
}

// TestReadMarkup checks how Markdown and HTML inputs are reduced to text.
func TestReadMarkup(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"t.md", "**Bold** “quote”", "Bold “quote”"},
		{"t.md", "She said \"no\" -- it's 'final'...", "She said \"no\" -- it's 'final'..."},
		{"t.md", "A [link](http://x.test/ \"title\") and `code *x*`", "A link and code *x*"},
		{"t.md", "Raw <b>html</b> inline", "Raw html inline"},
		{"t.md", "line one  \nline two", "line one\nline two"},
		{"t.md", "1. first\n2. second\n\n---\n\n> quoted\n> on\n\n> > nested", "first\n\nsecond\n\nquoted\non\n\nnested"},
		{"t.md", "```go\nx := \"y\"\n```", "x := \"y\""},
		{"t.md", "Setext\n======\ntext", "Setext\n\ntext"},
		{"t.md", "&copy; &#8220;x&#8221; \\[not a link\\]", "© “x” [not a link]"},
		{"a.htm", "<p>One</p><p>Two &amp; <i>three</i></p>", "One\n\nTwo & three"},
		{"a.txt", "  <!DOCTYPE html><p>sniffed</p>", "sniffed"},
		{"a.txt", "<HTML><body>upper case</body></HTML>", "upper case"},
		{"a.html", "<p>a<script>document.write('<p>x</p>')</script>b</p>", "ab"},
		{"a.html", "<p>unclosed <style>p{}", "unclosed"},
		{"a.html", "<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
		{"a.html", "<svg><svg></svg><text>drawn</text></svg><p>after</p>", "after"},
		{"a.html", "<p>x&nbsp;y &lt;b&gt;</p>", "x\u00a0y <b>"},
		{"a.txt", "<htmlish> is not a tag", "<htmlish> is not a tag"},
	}
	for _, tt := range tests {
		got, err := Read(tt.name, []byte(tt.in))
		if err != nil {
			t.Errorf("Read(%s, %q): %v", tt.name, tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Read(%s, %q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestReadGolden reads the Markdown and HTML fixtures and compares the text
// with the golden file next to each (name + ".txt"); -update-read rewrites them.
func TestReadGolden(t *testing.T) {
	for _, name := range []string{"harbour.md", "orchard.html"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "read", name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Read(name, data)
			if err != nil {
				t.Fatal(err)
			}
			golden := path + ".txt"
			if *updateRead {
				if err := os.WriteFile(golden, []byte(got+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != strings.TrimSuffix(string(want), "\n") {
				t.Errorf("Read(%s) =\n%s\nwant\n%s", name, got, want)
			}
			for _, leak := range []string{"**", "](", "<", "alert", "script text", "style text", "tracker", "enable JavaScript", "photo of the pier"} {
				if strings.Contains(got, leak) {
					t.Errorf("output contains %q", leak)
				}
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add("a.txt", []byte("“Hi,” she said.\r\n"))
	f.Add("a.txt", []byte("\x93caf\xe9\x94\r"))
	f.Add("a.txt", utf16Bytes("wide “text”", false))
	f.Add("a.txt", utf16Bytes("wide\r\n", true))
	f.Add("a.txt", []byte("\xEF\xBB\xBF\xEF\xBB\xBFtwo marks"))
	f.Add("a.md", []byte("# T\n\n**b** [l](u) &#13; &#xFEFF;x"))
	f.Add("a.html", []byte("<p>x&#13;y&#xFEFF;</p><script>z</script>"))
	f.Add("a.txt", []byte("<!doctype html>&lt;html&gt;"))
	f.Add("a.txt", []byte("%PDF-1.4"))
	// Deep nesting and text with no line break, where bounds matter.
	f.Add("a.md", []byte(strings.Repeat(">", 200)+" \"x\" said he\n"))
	f.Add("a.md", []byte(strings.Repeat("- 1. ", 100)+"item"))
	f.Add("a.html", []byte(strings.Repeat("<div><blockquote>", 300)+"deep"))
	f.Add("a.txt", []byte(strings.Repeat(`"word" `, 500)))
	f.Add("a.txt", []byte("“a\uFFFD? “b\uFFFD?” c\uFFFD? ”"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		got, err := Read(name, data)
		if err != nil {
			var fe *FileError
			if !errors.As(err, &fe) || fe.Name != name || !strings.HasPrefix(err.Error(), name+": ") {
				t.Fatalf("error %v does not name the file %q", err, name)
			}
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("output is not valid UTF-8: %q", got)
		}
		if strings.ContainsAny(got, "\r\uFEFF") {
			t.Fatalf("output has CR or BOM: %q", got)
		}
		if isBlank(got) {
			t.Fatalf("blank output %q accepted", got)
		}
		if isMarkdownName(name) || isHTML(name, got) || isHTML(name, tidy(decode1252(data))) {
			return // markup is reduced to text, not idempotent by design
		}
		again, err := Read(name, []byte(got))
		if err != nil || again != got {
			t.Fatalf("reading the output again gave %q, %v; want %q", again, err, got)
		}
	})
}

func ExampleRead() {
	cp1252 := []byte("\x93Caf\xe9 cr\xe8me,\x94 she said.\r\n")
	text, _ := Read("menu.txt", cp1252)
	fmt.Printf("%q\n", text)

	md, _ := Read("note.md", []byte("**Bold** “quote” and a [link](https://example.org)."))
	fmt.Println(md)

	_, err := Read("report.pdf", []byte("%PDF-1.7\n"))
	fmt.Println(err)
	// Output:
	// "“Café crème,” she said.\n"
	// Bold “quote” and a link.
	// report.pdf: not a text file (looks like a PDF)
}

// benchmarkRead reads one line repeated 2000 times, as a long article.
func benchmarkRead(b *testing.B, line string) {
	data := bytes.Repeat([]byte(line), 2000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("a.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadUTF8(b *testing.B) {
	benchmarkRead(b, "“A clean line,” the spokeswoman said, “of UTF-8 text.”\n")
}

func BenchmarkReadWindows1252(b *testing.B) {
	benchmarkRead(b, "\x93A Windows-1252 line,\x94 the spokeswoman said, \x93caf\xe9.\x94\r\n")
}
