package match

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/crossquote/crossquote/annotations/clean"
	"github.com/crossquote/crossquote/annotations/internal/testshared"
	"github.com/crossquote/crossquote/annotations/quote"
	"github.com/crossquote/crossquote/annotations/read"
)

// namedFile is one input file of a pipeline test.
type namedFile struct {
	name string
	data []byte
}

// readMultinews returns the sources of every multinews-dev cluster, one
// slice of files per cluster, in name order.
func readMultinews(t testing.TB) [][]namedFile {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(testshared.Dir(t), "corpus", "multinews-dev", "cluster_*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no multinews-dev clusters (%v)", err)
	}
	sort.Strings(dirs)
	var clusters [][]namedFile
	for _, dir := range dirs {
		names, err := filepath.Glob(filepath.Join(dir, "source_*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(names)
		var files []namedFile
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, namedFile{filepath.Base(dir) + "/" + filepath.Base(n), b})
		}
		clusters = append(clusters, files)
	}
	return clusters
}

// annotate runs the stages on files as the front door's Annotate does for
// files with distinct names: it returns every readable file as a Source
// and the groups of matching those whose text no earlier file has.
func annotate(files []namedFile) (readable []*Source, groups []Group) {
	seen := make(map[string]bool)
	var sources []*Source
	for _, f := range files {
		text, err := read.Read(f.name, f.data)
		if err != nil {
			continue
		}
		c := clean.Clean(text)
		s := &Source{Name: f.name, Text: text, Kept: c.Paragraphs, Removed: c.Removed, Quotes: quote.Extract(text, c.Paragraphs)}
		readable = append(readable, s)
		if !seen[text] {
			seen[text] = true
			sources = append(sources, s)
		}
	}
	return readable, Match(sources, DefaultOptions())
}

// TestMultinewsVerbatimQuotes checks that every quotation of five or more
// words that appears word for word (after normalisation) inside a quotation
// of another source of the same cluster lands in one group with it.
func TestMultinewsVerbatimQuotes(t *testing.T) {
	pairs, missed := 0, 0
	for _, files := range readMultinews(t) {
		docs, rgroups := annotate(files)
		checkMembers(t, docs, rgroups)
		// A quotation may belong to several groups when it holds several
		// remarks that other sources quote apart.
		groups := make(map[[2]string][]string) // document, quote → groups
		for _, g := range rgroups {
			for _, m := range g.Members {
				if m.Quote != "" {
					k := [2]string{m.Document, m.Quote}
					groups[k] = append(groups[k], g.ID)
				}
				// The other pieces or repeats of the remark in the
				// member's document are in the group too.
				for _, o := range m.Also {
					k := [2]string{m.Document, o.Quote}
					groups[k] = append(groups[k], g.ID)
				}
			}
		}
		c := newCorpus(docs)
		for _, a := range c.quotes {
			if len(a.toks) < 5 {
				continue
			}
			for _, b := range c.quotes {
				if b.doc == a.doc || indexTokens(b.toks, a.toks) < 0 {
					continue
				}
				pairs++
				ga := groups[[2]string{c.docs[a.doc].Name, a.q.ID}]
				gb := groups[[2]string{c.docs[b.doc].Name, b.q.ID}]
				if !shareOne(ga, gb) {
					missed++
					t.Errorf("%s %q and %s %q: groups %q and %q, want a shared group",
						c.docs[a.doc].Name, a.q.Text, c.docs[b.doc].Name, b.q.Text, ga, gb)
				}
			}
		}
	}
	t.Logf("%d verbatim cross-source quotation pairs checked, %d not grouped", pairs, missed)
	if pairs == 0 {
		t.Error("no verbatim pairs found: the check checked nothing")
	}
}

// shareOne reports whether a and b have an element in common.
func shareOne(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
