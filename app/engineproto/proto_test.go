package engineproto

import (
	"reflect"
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
