package clean

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crossquote/crossquote/annotations/internal/testshared"
)

// TestMultinewsBody cleans every source of multinews-dev (text that
// publishers' articles were scraped into, boilerplate and all) and lists
// every document whose body keeps less than half of its text, with what
// was removed, and every document noted as not an article: these are the
// documents to look at by hand, since none may be an article whose
// paragraphs were dropped. The invariants are checked on every document.
//
// Looked at when the list was last changed: one document keeps less than
// half (a television station's page whose video transcript, in capitals,
// comes before the article, which is kept whole); the 23 noted are
// Twitter's location notice and single posts, an archive service's
// description page, a reprint notice, a video page's player messages and
// a missing page. A change that drops more
// than maxUnderHalf documents under half fails, to be looked at again.
func TestMultinewsBody(t *testing.T) {
	dir, files := multinewsFiles(t)
	low, noted := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		c := Clean(text)
		checkCleaned(t, text, c)
		name := strings.TrimPrefix(f, dir+string(filepath.Separator))
		if c.NotArticle != "" {
			noted++
			t.Logf("%s: not an article (%s): %d of %d bytes kept", name, c.NotArticle, len(c.Body), len(strings.TrimSpace(text)))
			continue
		}
		if kept, all := len(c.Body), len(strings.TrimSpace(text)); 2*kept < all {
			low++
			why := map[Reason]int{}
			for _, r := range c.Removed {
				why[r.Reason] += r.Len()
			}
			t.Logf("%s: body keeps %d of %d bytes; removed by reason %v", name, kept, all, why)
		}
	}
	t.Logf("multinews-dev: %d documents, %d keep less than half their text, %d noted as not articles", len(files), low, noted)
	if low > maxUnderHalf {
		t.Errorf("%d documents keep less than half their text, more than the %d looked at: look at the list above", low, maxUnderHalf)
	}
}

// maxUnderHalf is how many documents of multinews-dev, not noted as not
// articles, were looked at keeping less than half their text.
const maxUnderHalf = 1

// multinewsFiles returns the folder of multinews-dev and its sources, in
// order of name.
func multinewsFiles(tb testing.TB) (dir string, files []string) {
	dir = filepath.Join(testshared.Dir(tb), "corpus", "multinews-dev")
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no sources in %s: %v", dir, err)
	}
	sort.Strings(files)
	return dir, files
}

// BenchmarkCleanMultinews cleans the 250 sources of multinews-dev, the
// cleaning share of the engine's run on a story.
func BenchmarkCleanMultinews(b *testing.B) {
	_, files := multinewsFiles(b)
	texts := make([]string, len(files))
	size := 0
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = string(data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Clean(t)
		}
	}
}
