package annotations

import (
	"path/filepath"
	"sort"
	"testing"
)

// readMultinews returns the sources of every multinews-dev cluster, one
// slice of files per cluster, in name order.
func readMultinews(t testing.TB) [][]File {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join(sharedDir(t), "corpus", "multinews-dev", "cluster_*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no multinews-dev clusters (%v)", err)
	}
	sort.Strings(dirs)
	var clusters [][]File
	for _, dir := range dirs {
		clusters = append(clusters, readFiles(t, filepath.Join(dir, "source_*.txt"), filepath.Base(dir)+"/"))
	}
	return clusters
}

// TestMultinewsVerbatimQuotes checks that every quotation of five or more
// words that appears word for word (after normalisation) inside a quotation
// of another source of the same cluster lands in one group with it.
func TestMultinewsVerbatimQuotes(t *testing.T) {
	pairs, missed := 0, 0
	for _, files := range readMultinews(t) {
		r := Annotate(files)
		checkMembers(t, r.Documents, r.Groups)
		// A quotation may belong to several groups when it holds several
		// remarks that other sources quote apart.
		groups := make(map[[2]string][]string) // document, quote → groups
		for _, g := range r.Groups {
			for _, m := range g.Members {
				if m.Quote != "" {
					k := [2]string{m.Document, m.Quote}
					groups[k] = append(groups[k], g.ID)
				}
			}
		}
		c := newCorpus(r.Documents)
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
