package annotations

import (
	"os"
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
		names, _ := filepath.Glob(filepath.Join(dir, "source_*.txt"))
		sort.Strings(names)
		var files []File
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, File{Name: filepath.Base(dir) + "/" + filepath.Base(n), Data: b})
		}
		clusters = append(clusters, files)
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
		group := make(map[[2]string]string) // document, quote → group
		for _, g := range r.Groups {
			for _, m := range g.Members {
				if m.Quote != "" {
					group[[2]string{m.Document, m.Quote}] = g.ID
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
				ga := group[[2]string{c.docs[a.doc].Name, a.q.ID}]
				gb := group[[2]string{c.docs[b.doc].Name, b.q.ID}]
				if ga == "" || ga != gb {
					missed++
					t.Errorf("%s %q and %s %q: groups %q and %q, want one group",
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
