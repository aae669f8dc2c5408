package annotations

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/match"
)

// multinewsFiles returns all sources of multinews-dev as one flat list.
func multinewsFiles(b *testing.B) []File {
	var files []File
	for _, c := range readMultinews(b) {
		files = append(files, c...)
	}
	return files
}

// BenchmarkAnnotateMultinews runs the whole pipeline on the 250 sources of
// multinews-dev as if they were one story: reading, cleaning, quotation
// extraction and matching.
func BenchmarkAnnotateMultinews(b *testing.B) {
	files := multinewsFiles(b)
	size := 0
	for _, f := range files {
		size += len(f.Data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Annotate(files)
	}
}

// BenchmarkMatchMultinews measures Match alone on the analysed sources of
// multinews-dev.
func BenchmarkMatchMultinews(b *testing.B) {
	docs := sources(analysed(multinewsFiles(b)))
	b.ReportAllocs()
	for b.Loop() {
		match.Match(docs, DefaultMatchOptions())
	}
}

// BenchmarkMatchScale measures how Match grows with the number of articles.
// Beyond the 250 multinews-dev sources, the set repeats them with their
// letters rotated (a→b, b→c, … for the first repeat, and so on): every
// repeat is a new set of stories with the same lengths, quotations and
// amount of sharing as the real one, and shares nothing with the others.
func BenchmarkMatchScale(b *testing.B) {
	base := analysed(multinewsFiles(b))
	for _, n := range []int{100, 1000} {
		docs := make([]*Document, n)
		for i := range docs {
			docs[i] = rotated(base[i%len(base)], i/len(base))
		}
		size := 0
		for _, d := range docs {
			size += len(d.Text)
		}
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			srcs := sources(docs)
			for b.Loop() {
				match.Match(srcs, DefaultMatchOptions())
			}
		})
	}
}

// rotated returns a copy of d whose ASCII letters are rotated by k places.
// Offsets stay valid because every byte keeps its length.
func rotated(d *Document, k int) *Document {
	rot := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch {
			case 'a' <= r && r <= 'z':
				return 'a' + (r-'a'+rune(k))%26
			case 'A' <= r && r <= 'Z':
				return 'A' + (r-'A'+rune(k))%26
			}
			return r
		}, s)
	}
	c := *d
	c.Name = fmt.Sprintf("%d/%s", k, d.Name)
	c.Text = rot(d.Text)
	c.Quotes = append([]Quote(nil), d.Quotes...)
	for i := range c.Quotes {
		c.Quotes[i].Text = rot(c.Quotes[i].Text)
		c.Quotes[i].Speaker = rot(c.Quotes[i].Speaker)
	}
	return &c
}

func analysed(files []File) []*Document {
	docs := make([]*Document, len(files))
	for i, f := range files {
		docs[i] = NewDocument(f.Name, f.Data)
	}
	return docs
}
