package engineproto

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations"
)

// TestReplyRoundTrip encodes replies and decodes them back unchanged:
// texts with newlines and non-ASCII, a document without text, a missing
// document, and a reply without documents.
func TestReplyRoundTrip(t *testing.T) {
	story := annotations.NewDocument("a.txt", []byte("Harbour news\n\n\"We open the pier at dawn,\" said the café owner.\n\nShare this.\n"))
	failed := annotations.NewDocument("b.bin", []byte{0xff, 0xfe, 0x00})
	for _, r := range []Reply{
		{Op: OpGroups, Seq: 3, Done: 2, Total: 2,
			Documents: []Analysed{{Gen: 1, Document: story}, {Gen: 2, Document: failed}, {Gen: 3}},
			Groups:    []annotations.Group{{ID: "g1", Kind: annotations.KindQuote, Members: []annotations.Member{{Document: "a.txt", Text: "x\ny"}}}},
		},
		{Op: OpReady},
		{Op: OpError, Seq: 1, Error: "engine: line one\nline two"},
		{Op: OpExported, Seq: 9, Kind: ExportMarkdown, Name: "crossquote-report.md", Export: "# Report\n\n> «quoted»\n", Preview: "<h1>Report</h1>\n"},
		{Op: OpCrashed, File: &FileRef{Name: "deep.md", Gen: 4}, Error: "RangeError: Maximum call stack size exceeded"},
	} {
		b, err := EncodeReply(r)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeReply(b)
		if err != nil {
			t.Fatalf("%s: %v", r.Op, err)
		}
		if !reflect.DeepEqual(got, r) {
			t.Errorf("%s: decoded\n%+v\nwant\n%+v", r.Op, got, r)
		}
	}
	if story.Text == "" || story.Body == "" {
		t.Fatal("the test document has no text: the round trip tests nothing")
	}
}

// TestDecodeReplyShort refuses a message cut inside its texts.
func TestDecodeReplyShort(t *testing.T) {
	b, err := EncodeReply(Reply{Op: OpDocument, Documents: []Analysed{{Document: &annotations.Document{Name: "a", Text: "some text", Body: "text"}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{len(b) - 1, len(b) - 5} {
		if _, err := DecodeReply(b[:n]); err == nil {
			t.Errorf("a message cut to %d of %d bytes decoded without an error", n, len(b))
		}
	}
}

// FuzzDecodeReply checks that no message makes the page's decoder panic.
func FuzzDecodeReply(f *testing.F) {
	b, _ := EncodeReply(Reply{Op: OpDocument, Documents: []Analysed{{Document: &annotations.Document{Name: "a", Text: "t", Body: "b"}}}})
	f.Add(b)
	f.Add([]byte(`{"op":"ready"}`))
	f.Fuzz(func(t *testing.T, b []byte) { DecodeReply(b) })
}

// TestRequestRoundTrip encodes requests and decodes them back unchanged,
// with the number of byte arrays that travel beside each.
func TestRequestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		req   Request
		files int
	}{
		{Request{Op: OpAdd, Seq: 4, Files: []FileRef{{Name: "a.txt", Gen: 1}, {Name: "ü \"b\".md", Gen: 2}},
			Names: []string{"z.txt", "a.txt", "ü \"b\".md"}, Tolerance: 0.15, MinWords: 6}, 2},
		{Request{Op: OpRegroup, Seq: 5, Names: []string{"a.txt"}, Tolerance: 1, MinWords: 1}, 0},
		{Request{Op: OpClear, Seq: 6}, 0},
		{Request{Op: OpExport, Seq: 7, Kind: ExportWebAnno, Names: []string{"a.txt", "deep.md"}, SetAside: map[string]string{"deep.md": "deep.md stopped the analysis"}}, 0},
	} {
		b, err := EncodeRequest(tc.req)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeRequest(b, tc.files)
		if err != nil {
			t.Fatalf("%s: %v", tc.req.Op, err)
		}
		if !reflect.DeepEqual(got, tc.req) {
			t.Errorf("%s: decoded\n%+v\nwant\n%+v", tc.req.Op, got, tc.req)
		}
	}
}

// TestRequestJSON pins the request's keys: the worker of an older page
// still cached by the service worker reads the same names.
func TestRequestJSON(t *testing.T) {
	b, err := EncodeRequest(Request{Op: OpAdd, Seq: 1, Files: []FileRef{{Name: "a", Gen: 2}}, Names: []string{"a"}, Tolerance: 0.5, MinWords: 3})
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"op":"add","seq":1,"files":[{"name":"a","gen":2}],"names":["a"],"tolerance":0.5,"min_words":3}`
	if string(b) != want {
		t.Errorf("EncodeRequest = %s, want %s", b, want)
	}
}

// TestDecodeRequestRefuses refuses what the page never sends: a reply's op,
// an unknown op, files without their bytes, and broken JSON.
func TestDecodeRequestRefuses(t *testing.T) {
	for _, tc := range []struct {
		json  string
		files int
		want  string
	}{
		{`{"op":"groups","seq":1}`, 0, `unknown request "groups"`},
		{`{"op":"explode"}`, 0, `unknown request "explode"`},
		{`{"op":"add","files":[{"name":"a"}]}`, 0, "1 files but 0 byte arrays"},
		{`{"op":"regroup"}`, 2, "0 files but 2 byte arrays"},
		{`{"op":`, 0, "unexpected end"},
	} {
		_, err := DecodeRequest([]byte(tc.json), tc.files)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("DecodeRequest(%s, %d) = %v, want an error with %q", tc.json, tc.files, err, tc.want)
		}
	}
}

// TestSplitQuotes sends a document with more quotations than a reply
// carries in parts, through the encoding, and puts it back together; a
// document whose parts did not all come becomes an error naming it.
func TestSplitQuotes(t *testing.T) {
	d := &annotations.Document{Name: "long.txt", Text: "t", Body: "b"}
	for i := range 2*MaxQuotesPerMessage + 7 {
		d.Quotes = append(d.Quotes, annotations.Quote{ID: fmt.Sprint("q", i), Span: annotations.Span{Start: i, End: i + 1}, Text: "x"})
	}
	small := &annotations.Document{Name: "short.txt", Quotes: d.Quotes[:3]}
	ahead, rest := SplitQuotes(7, Analysed{Gen: 2, Document: d})
	if len(ahead) != 3 || rest.QuotesAhead != len(d.Quotes) || len(rest.Document.Quotes) != 0 || len(d.Quotes) != 2*MaxQuotesPerMessage+7 {
		t.Fatalf("split into %d parts, %d ahead, %d left; the original keeps %d", len(ahead), rest.QuotesAhead, len(rest.Document.Quotes), len(d.Quotes))
	}
	if a, r := SplitQuotes(7, Analysed{Gen: 1, Document: small}); a != nil || r.Document != small {
		t.Error("a short document was split")
	}
	trip := func(r Reply) Reply { return roundTrip(t, r) }
	var asm Assembler
	takeParts(t, &asm, ahead)
	got, whole := asm.Take(trip(Reply{Op: OpGroups, Seq: 7, Documents: []Analysed{{Gen: 1, Document: small}, rest}}))
	if !whole || len(got.Documents) != 2 || !reflect.DeepEqual(got.Documents[1].Document, d) || got.Documents[1].QuotesAhead != 0 {
		t.Errorf("assembled %+v", got.Documents)
	}
	// The parts of a lost reply: the document says so instead of showing
	// some of its quotations.
	asm.Take(trip(ahead[0]))
	got, _ = asm.Take(trip(Reply{Op: OpDocument, Documents: []Analysed{rest}}))
	if e, want := got.Documents[0].Document.Error, fmt.Sprintf("long.txt: the engine's reply lost %d of its %d quotations", MaxQuotesPerMessage+7, 2*MaxQuotesPerMessage+7); !strings.Contains(e, want) {
		t.Errorf("a document with parts missing: error %q", e)
	}
}

// TestUnpack cuts files packed into fewer byte arrays back out, and
// refuses arrays that do not hold them whole and in order.
func TestUnpack(t *testing.T) {
	req := Request{Op: OpAdd, Files: make([]FileRef, 4), Sizes: []int{2, 0, 3, 1}}
	got, err := Unpack(req, [][]byte{[]byte("ab"), []byte("cde"), []byte("f")})
	if err != nil || fmt.Sprintf("%q", got) != `["ab" "" "cde" "f"]` {
		t.Errorf("Unpack = %q, %v", got, err)
	}
	if got, err := Unpack(req, [][]byte{[]byte("abcdef")}); err != nil || len(got) != 4 || string(got[2]) != "cde" {
		t.Errorf("Unpack of one array = %q, %v", got, err)
	}
	if _, err := Unpack(req, [][]byte{[]byte("abc"), []byte("def")}); err == nil {
		t.Error("a file across two arrays was unpacked")
	}
	if _, err := Unpack(req, [][]byte{[]byte("abcde")}); err == nil {
		t.Error("arrays one byte short were unpacked")
	}
	if _, err := Unpack(req, [][]byte{[]byte("abcdefg")}); err == nil {
		t.Error("arrays one byte long were unpacked")
	}
	if _, err := Unpack(Request{Files: make([]FileRef, 2)}, [][]byte{nil}); err == nil {
		t.Error("two files in one array without sizes were unpacked")
	}
	if _, err := DecodeRequest([]byte(`{"op":"add","files":[{"name":"a"}],"sizes":[1,2]}`), 1); err == nil {
		t.Error("a request with more sizes than files was decoded")
	}
}

// TestSplitGroups sends a groups reply with more group members and pairs
// than a reply carries in parts, through the encoding, and puts it back
// together; a groups reply whose parts did not all come ends the wait
// with an error.
func TestSplitGroups(t *testing.T) {
	r := Reply{Op: OpGroups, Seq: 4}
	members := 0
	for i := 0; members <= 2*MaxMembersPerMessage; i++ {
		g := annotations.Group{ID: fmt.Sprint("g", i)}
		n := i%4 + 1
		if i == 7 {
			n = MaxMembersPerMessage + 5 // more than a part: alone
		}
		for j := range n {
			g.Members = append(g.Members, annotations.Member{Document: fmt.Sprint("d", j)})
		}
		members += n
		r.Groups = append(r.Groups, g)
	}
	for i := range 2*MaxPairsPerMessage + 3 {
		r.Pairs = append(r.Pairs, annotations.Pair{A: fmt.Sprint("a", i), B: "b", Copy: i%2 == 0})
	}
	groups, pairs := r.Groups, r.Pairs
	ahead, rest := SplitGroups(r)
	if rest.GroupsAhead != len(groups) || rest.PairsAhead != len(pairs) || len(rest.Groups) != 0 || len(rest.Pairs) != 0 {
		t.Fatalf("%d groups and %d pairs ahead, %d and %d left", rest.GroupsAhead, rest.PairsAhead, len(rest.Groups), len(rest.Pairs))
	}
	groupParts, pairParts := 0, 0
	for _, a := range ahead {
		n := 0
		for _, g := range a.Groups {
			n += len(g.Members)
		}
		if n > MaxMembersPerMessage && len(a.Groups) > 1 || len(a.Pairs) > MaxPairsPerMessage || a.Op != OpAhead || a.Seq != 4 {
			t.Errorf("a part: %s seq %d with %d groups (%d members) and %d pairs", a.Op, a.Seq, len(a.Groups), n, len(a.Pairs))
		}
		if len(a.Groups) > 0 {
			groupParts++
		}
		if len(a.Pairs) > 0 {
			pairParts++
		}
	}
	// The members fill at least two parts besides the large group's, and
	// the pairs three.
	if groupParts < 3 || pairParts != 3 {
		t.Errorf("groups in %d parts, pairs in %d", groupParts, pairParts)
	}
	if a, same := SplitGroups(Reply{Op: OpGroups, Groups: groups[:3], Pairs: pairs[:3]}); a != nil || len(same.Groups) != 3 || len(same.Pairs) != 3 {
		t.Error("a reply with few groups and pairs was split")
	}
	trip := func(r Reply) Reply { return roundTrip(t, r) }
	var asm Assembler
	takeParts(t, &asm, ahead)
	got, whole := asm.Take(trip(rest))
	if !whole || got.Op != OpGroups || got.GroupsAhead != 0 || got.PairsAhead != 0 || !reflect.DeepEqual(got.Pairs, pairs) || !reflect.DeepEqual(got.Groups, groups) {
		t.Errorf("assembled %s with %d groups and %d pairs (%d, %d ahead)", got.Op, len(got.Groups), len(got.Pairs), got.GroupsAhead, got.PairsAhead)
	}
	for _, tc := range []struct {
		parts []Reply
		lost  string
	}{
		{ahead[1:], fmt.Sprintf("lost %d of its %d groups", len(ahead[0].Groups), len(groups))},
		{append(ahead[:groupParts:groupParts], ahead[groupParts+1:]...), fmt.Sprintf("lost %d of its %d pairs", MaxPairsPerMessage, len(pairs))},
	} {
		var asm Assembler
		takeParts(t, &asm, tc.parts)
		got, _ = asm.Take(trip(rest))
		if got.Op != OpError || got.Seq != 4 || !strings.Contains(got.Error, tc.lost) {
			t.Errorf("a groups reply with parts missing: %s %q, want an error that it %s", got.Op, got.Error, tc.lost)
		}
	}
}

// roundTrip returns r as the page gets it: encoded by the worker and
// decoded.
func roundTrip(t *testing.T, r Reply) Reply {
	t.Helper()
	b, err := EncodeReply(r)
	if err != nil {
		t.Fatal(err)
	}
	if r, err = DecodeReply(b); err != nil {
		t.Fatal(err)
	}
	return r
}

// takeParts gives asm the parts of a reply sent ahead of it, through the
// encoding; none may be taken as a whole reply.
func takeParts(t *testing.T, asm *Assembler, parts []Reply) {
	t.Helper()
	for _, r := range parts {
		if _, whole := asm.Take(roundTrip(t, r)); whole {
			t.Fatal("a part was handled as a whole reply")
		}
	}
}

// BenchmarkDecodeReply decodes the reply of one document of 2 MB, whose
// text and body are most of the message.
func BenchmarkDecodeReply(b *testing.B) {
	text := strings.Repeat("The council met again and went through the accounts line by line. ", 2<<20/67)
	r := Reply{Op: OpDocument, Documents: []Analysed{{Gen: 1, Document: &annotations.Document{Name: "long.txt", Text: text, Body: text}}}}
	msg, err := EncodeReply(r)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(msg)))
	for b.Loop() {
		if _, err := DecodeReply(msg); err != nil {
			b.Fatal(err)
		}
	}
}
