package read

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxFileSize is the largest input [Read] accepts, in bytes. News articles
// are a few hundred kilobytes at most; the limit keeps a mistaken drop of a
// video or a disk image from stalling the browser tab.
const MaxFileSize = 20 << 20

// MaxFiles is the most files one analysis takes: the page and the command
// line leave out, with a message, the files of a drop or a command line
// beyond it. A story is told by a few dozen outlets at most; thousands of
// files are a mistaken drop of a whole folder, which would hold the tab for
// minutes and fill its memory.
const MaxFiles = 2000

// TooLarge returns the error [Read] gives for a file of n bytes, over
// [MaxFileSize]. Callers that know a file's size before reading it (the
// page has File.size, the command line a stat) use it to refuse the file
// without reading its bytes, with the same message.
func TooLarge(name string, n int64) *FileError {
	return tooLarge(name, n, MaxFileSize)
}

func tooLarge(name string, n int64, limit int) *FileError {
	got, max := size(n), size(int64(limit))
	if got == max {
		// Rounded alike, "20.0 MB; the limit is 20.0 MB" would contradict
		// itself: give the bytes.
		got, max = fmt.Sprintf("%d bytes", n), fmt.Sprintf("%d bytes", limit)
	}
	return &FileError{Name: name, Err: fmt.Errorf("%w (%s; the limit is %s)", ErrTooLarge, got, max)}
}

// Sentinel errors wrapped by [FileError]; test for them with errors.Is.
var (
	// ErrBinary means the content is not text: an image, archive, PDF,
	// executable or other binary data.
	ErrBinary = errors.New("not a text file")
	// ErrEmpty means the file holds no text: no bytes, only white space, or
	// only markup.
	ErrEmpty = errors.New("the file is empty")
	// ErrTooLarge means the file is over [MaxFileSize].
	ErrTooLarge = errors.New("the file is too large")
	// ErrEncoding means the bytes cannot be decoded in the encoding they
	// announce, such as UTF-16 with an odd number of bytes.
	ErrEncoding = errors.New("the text encoding is broken")
)

// FileError is the error [Read] returns: which file, and why.
// Its message is written for the reader, e.g.
// "report.pdf: not a text file (looks like a PDF)".
type FileError struct {
	// Name is the file name as given to Read.
	Name string
	// Err describes the problem and wraps one of the sentinel errors.
	Err error
}

// Error returns the file name followed by the problem.
func (e *FileError) Error() string { return e.Name + ": " + e.Err.Error() }

// Unwrap returns the underlying error, so errors.Is(err, ErrBinary) works.
func (e *FileError) Unwrap() error { return e.Err }

// Read decodes data, the contents of the file called name, into UTF-8 text.
//
// UTF-8 (with or without a byte order mark) and UTF-16 with a byte order
// mark are decoded as such. Bytes that are not valid UTF-8 are read as
// Windows-1252, the superset of Latin-1 that older sites and editors write,
// so a Windows-1252 file reads correctly and a UTF-8 file with a stray
// Windows-1252 byte keeps its UTF-8 characters. Line endings become "\n"
// and byte order marks are dropped.
//
// Files named *.md or *.markdown are parsed as Markdown and reduced to the
// plain text of their blocks, separated by blank lines. Files named *.html
// or *.htm, and text that begins like an HTML document, are reduced to
// their text with tags, scripts and styles removed.
//
// The returned text is what the front door's Document.Text holds and what
// every offset in a report refers to: offsets are into this decoded text,
// not into data.
// Clean UTF-8 input comes back as string(data), unchanged.
//
// Binary content (judged by content, never by the name), empty files and
// files over [MaxFileSize] are refused with a [*FileError].
func Read(name string, data []byte) (string, error) {
	r, err := readLimit(name, data, MaxFileSize)
	return r.Text, err
}

// Result is a file as [ReadResult] reads it: its text, and what the reader
// should be told about how it was read.
type Result struct {
	// Text is the text [Read] returns.
	Text string
	// Flattened reports that the file nests structure (block quotes, lists)
	// deeper than [MaxNesting] levels and that the deeper levels were read
	// as plain text.
	Flattened bool
}

// ReadResult is [Read] that also says how the file was read, for a note to
// the reader.
func ReadResult(name string, data []byte) (Result, error) {
	return readLimit(name, data, MaxFileSize)
}

// readLimit is ReadResult with a size limit, so tests need not allocate 20 MB.
func readLimit(name string, data []byte, limit int) (Result, error) {
	if len(data) > limit {
		return Result{}, tooLarge(name, int64(len(data)), limit)
	}
	if len(data) == 0 {
		return Result{}, &FileError{Name: name, Err: ErrEmpty}
	}
	text, ferr := decode(data)
	if ferr != nil {
		ferr.Name = name
		return Result{}, ferr
	}
	if isBlank(text) {
		return Result{}, &FileError{Name: name, Err: fmt.Errorf("%w (it contains only white space)", ErrEmpty)}
	}
	var r Result
	switch {
	case isMarkdownName(name):
		text, r.Flattened = markdownText(text)
		text = tidy(text)
	case isHTML(name, text):
		text = tidy(htmlText(text))
	default:
		return Result{Text: text}, nil
	}
	if isBlank(text) {
		return Result{}, &FileError{Name: name, Err: fmt.Errorf("%w (it has no text outside its markup)", ErrEmpty)}
	}
	r.Text = text
	return r, nil
}

// size formats a byte count for an error message.
func size(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

var (
	bomUTF32LE = []byte{0xFF, 0xFE, 0x00, 0x00}
	bomUTF32BE = []byte{0x00, 0x00, 0xFE, 0xFF}
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decode turns raw bytes into normalised UTF-8 text, refusing binary data.
// The returned FileError has no Name yet.
func decode(data []byte) (string, *FileError) {
	switch {
	case bytes.HasPrefix(data, bomUTF32LE), bytes.HasPrefix(data, bomUTF32BE):
		// Checked before UTF-16: the UTF-32 LE mark starts like UTF-16's.
		// Hardly any editor writes UTF-32; say so instead of calling the
		// file binary.
		return "", &FileError{Err: fmt.Errorf("%w (UTF-32 text, which is not supported: save the file as UTF-8)", ErrEncoding)}
	case bytes.HasPrefix(data, bomUTF8):
		return decode8(data[len(bomUTF8):], len(bomUTF8))
	case bytes.HasPrefix(data, bomUTF16LE):
		return decode16(data[2:], 2, false)
	case bytes.HasPrefix(data, bomUTF16BE):
		return decode16(data[2:], 2, true)
	}
	return decode8(data, 0)
}

// decode8 decodes UTF-8 with a Windows-1252 fallback. base is the offset of
// data in the file, for error messages.
func decode8(data []byte, base int) (string, *FileError) {
	if kind, strong := sniffKind(data); strong {
		return "", &FileError{Err: fmt.Errorf("%w (looks like %s)", ErrBinary, kind)}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", binaryAt(data, base+i)
	}
	var text string
	if utf8.Valid(data) {
		text = tidy(string(data))
	} else {
		text = tidy(decode1252(data))
	}
	if mostlyControl(text) {
		return "", binaryAt(data, base+firstControl(data))
	}
	return text, nil
}

// decode16 decodes UTF-16 whose byte order mark has been removed.
func decode16(data []byte, base int, bigEndian bool) (string, *FileError) {
	if len(data)%2 != 0 {
		return "", &FileError{Err: fmt.Errorf("%w (UTF-16 text with an odd number of bytes)", ErrEncoding)}
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		lo, hi := data[2*i], data[2*i+1]
		if bigEndian {
			lo, hi = hi, lo
		}
		units[i] = uint16(hi)<<8 | uint16(lo)
	}
	for i, u := range units {
		if u == 0 {
			return "", &FileError{Err: fmt.Errorf("%w (binary content at byte %d)", ErrBinary, base+2*i)}
		}
	}
	text := tidy(string(utf16.Decode(units)))
	if mostlyControl(text) {
		off := base
		for i, u := range units {
			if u < 0x80 && isControl(byte(u)) {
				off = base + 2*i
				break
			}
		}
		return "", &FileError{Err: fmt.Errorf("%w (binary content at byte %d)", ErrBinary, off)}
	}
	return text, nil
}

// binaryAt reports binary content at offset off, naming the format when a
// weak signature such as "MZ" supports the verdict.
func binaryAt(data []byte, off int) *FileError {
	if kind, _ := sniffKind(data); kind != "" {
		return &FileError{Err: fmt.Errorf("%w (looks like %s)", ErrBinary, kind)}
	}
	return &FileError{Err: fmt.Errorf("%w (binary content at byte %d)", ErrBinary, off)}
}

// signatures are the magic numbers of binary formats people are likely to
// drop by mistake. Strong ones are long enough to refuse a file on their
// own; weak ones ("MZ" could begin a sentence) only name a file that is
// already binary by content.
var signatures = []struct {
	magic  string
	kind   string
	strong bool
}{
	{"%PDF-", "a PDF", true},
	{"\x89PNG\r\n\x1a\n", "a PNG image", true},
	{"PK\x03\x04", "a ZIP archive", true},
	{"PK\x05\x06", "a ZIP archive", true},
	{"\x7fELF", "an ELF executable", true},
	{"GIF87a", "a GIF image", true},
	{"GIF89a", "a GIF image", true},
	{"\xff\xd8\xff", "a JPEG image", true},
	{"\x1f\x8b", "a gzip archive", false},
	{"MZ", "a Windows executable", false},
}

// sniffKind names the binary format data starts with, if any.
func sniffKind(data []byte) (kind string, strong bool) {
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return s.kind, s.strong
		}
	}
	return "", false
}

// isControl reports whether b is an ASCII control byte that text does not
// use. Tab, line feed, vertical tab, form feed and carriage return are text.
func isControl(b byte) bool {
	return b < 0x20 && (b < '\t' || b > '\r') || b == 0x7f
}

// mostlyControl reports whether more than one byte in twenty of text is a
// control byte: a text file has next to none, binary data has many. It is
// measured on the decoded text, so reading the result again agrees.
func mostlyControl(text string) bool {
	n := 0
	for i := 0; i < len(text); i++ {
		if isControl(text[i]) {
			n++
		}
	}
	return n*20 > len(text)
}

// firstControl returns the offset of the first control byte in data.
func firstControl(data []byte) int {
	for i, b := range data {
		if isControl(b) {
			return i
		}
	}
	return 0
}

// cp1252 maps the bytes 0x80–0x9F of Windows-1252 to Unicode; the five
// unassigned bytes become U+FFFD. Every other byte is its own code point
// (Latin-1).
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// decode1252 decodes data that is not valid UTF-8: valid UTF-8 sequences are
// kept, every other byte is read as Windows-1252.
func decode1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if r == utf8.RuneError && n == 1 {
			r = rune(data[0])
			if 0x80 <= r && r < 0xA0 {
				r = cp1252[r-0x80]
			}
		}
		b.WriteRune(r)
		data = data[n:]
	}
	return b.String()
}

// tidy normalises decoded text: "\r\n" and lone "\r" become "\n", byte order
// marks (U+FEFF) anywhere are dropped, invalid UTF-8 becomes U+FFFD, and
// closing quotation marks lost on the way to the file are put back
// ([mendLostClosers]). Text that needs none of this is returned as is,
// without copying.
func tidy(s string) string {
	// IndexByte and Contains run as tight loops even in wasm, where
	// ContainsAny costs a call per character.
	if strings.IndexByte(s, '\r') < 0 && !strings.Contains(s, "\uFEFF") && utf8.ValidString(s) {
		return mendLostClosers(s)
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\uFEFF", "")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return mendLostClosers(strings.ReplaceAll(s, "\r", "\n"))
}

// lostCloser is what a right double quotation mark (U+201D, bytes E2 80
// 9D) becomes when a converter reads it as Windows-1252, where 0x9D is
// unassigned: the replacement character and a question mark. The opening
// mark's last byte, 0x9C, is assigned, so openings survive and quotations
// are left open to the end of the article.
const lostCloser = "\uFFFD?"

// mendLostClosers turns each lostCloser back into ”, where it stands as
// one: the double mark before it is an opening “, and the next one is not
// a ” (which would close the quotation instead, leaving the question mark a
// real one after some other lost character). Text without a lostCloser is
// returned as is.
func mendLostClosers(s string) string {
	if !strings.Contains(s, lostCloser) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	opening, closing := nextMark{s: s, mark: "“"}, nextMark{s: s, mark: "”"}
	open := false // the last double mark written is “
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "“"):
			open = true
		case strings.HasPrefix(s[i:], "”"):
			open = false
		case open && strings.HasPrefix(s[i:], lostCloser):
			after := i + len(lostCloser)
			if c := closing.from(after); c < 0 || 0 <= opening.from(after) && opening.from(after) < c {
				b.WriteString("”")
				i = after
				open = false
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// nextMark finds the next occurrence of mark in s at or after an offset,
// remembering it so that a walk through s scans each byte once.
type nextMark struct {
	s, mark string
	at      int // the last answer, -1 for none; valid while at >= the offset asked
	asked   bool
}

// from returns the offset of the first mark at or after i, or -1.
func (m *nextMark) from(i int) int {
	if m.asked && (m.at < 0 || m.at >= i) {
		return m.at
	}
	m.asked = true
	if m.at = strings.Index(m.s[i:], m.mark); m.at >= 0 {
		m.at += i
	}
	return m.at
}

// isBlank reports whether s holds nothing but white space.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// extension returns the lower-case extension of name, such as ".md".
func extension(name string) string {
	return strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/")))
}

// isMarkdownName reports whether name says the file is Markdown.
func isMarkdownName(name string) bool {
	switch extension(name) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// blockWriter collects the text of blocks (paragraphs, headings, list
// items) and joins them with blank lines; Markdown and HTML share it.
type blockWriter struct {
	out   strings.Builder
	block strings.Builder
	space bool // a collapsed run of white space awaits the next word
}

// write appends s verbatim to the current block.
func (w *blockWriter) write(s string) {
	w.flushSpace()
	w.block.WriteString(s)
}

// writeCollapsed appends s with each run of ASCII white space reduced to
// one space, as a browser displays HTML text.
func (w *blockWriter) writeCollapsed(s string) {
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isHTMLSpace(s[j]) {
			j++
		}
		if j > i {
			w.space = true
		}
		k := j
		for k < len(s) && !isHTMLSpace(s[k]) {
			k++
		}
		if k > j {
			w.write(s[j:k])
		}
		i = k
	}
}

// isHTMLSpace reports whether b is white space in the HTML sense.
func isHTMLSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// flushSpace writes a pending collapsed space unless the block is empty or
// already ends a line.
func (w *blockWriter) flushSpace() {
	if w.space && w.block.Len() > 0 && !strings.HasSuffix(w.block.String(), "\n") {
		w.block.WriteByte(' ')
	}
	w.space = false
}

// lineBreak ends the current line inside the block.
func (w *blockWriter) lineBreak() {
	w.space = false
	w.block.WriteByte('\n')
}

// endBlock finishes the current block; empty blocks vanish.
func (w *blockWriter) endBlock() {
	b := strings.TrimSpace(w.block.String())
	w.block.Reset()
	w.space = false
	if b == "" {
		return
	}
	if w.out.Len() > 0 {
		w.out.WriteString("\n\n")
	}
	w.out.WriteString(b)
}

// String ends the last block and returns all blocks.
func (w *blockWriter) String() string {
	w.endBlock()
	return w.out.String()
}
