package match

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// wire is a fictional wire story that the passage tests edit.
const wire = `The regional council approved the new ferry timetable on Tuesday after a long debate about winter crossings. ` +
	`Under the plan, boats will leave the northern pier every forty minutes between six in the morning and ten at night. ` +
	`Fishermen had asked for an earlier first crossing, but the council said the harbour lights could not be staffed before dawn.`

func TestMatchPassages(t *testing.T) {
	tests := []struct {
		name string
		docs []*Source
		want []string // per group: member texts joined by " | ", in member order
	}{{
		name: "identical wire copy is one passage",
		docs: []*Source{
			testDoc("a", wire),
			testDoc("b", "By our reporter\n\n"+wire),
		},
		want: []string{wire + " | " + wire},
	}, {
		name: "small edits stay in one passage",
		docs: []*Source{
			testDoc("a", `Talks resumed on a cease-fire and an interim government for the valley, officials said on Monday.`),
			testDoc("b", `Talks resumed on a ceasefire and an interim administration for the valley, officials said Monday.`),
		},
		want: []string{
			`Talks resumed on a cease-fire and an interim government for the valley, officials said on Monday | ` +
				`Talks resumed on a ceasefire and an interim administration for the valley, officials said Monday`,
		},
	}, {
		name: "quotations split passages and are left to quote groups",
		docs: []*Source{
			testDoc("a", `The lighthouse keeper retired after forty years on the island rock. “I will miss the storms most of all,” he said, before he boarded the last boat to the mainland with his dog.`),
			testDoc("b", `The lighthouse keeper retired after forty years on the island rock. “I will miss the storms,” he said, before he boarded the last boat to the mainland with his dog.`),
		},
		want: []string{
			"The lighthouse keeper retired after forty years on the island rock | The lighthouse keeper retired after forty years on the island rock",
			"he said, before he boarded the last boat to the mainland with his dog | he said, before he boarded the last boat to the mainland with his dog",
		},
	}, {
		name: "seven shared words are not a passage",
		docs: []*Source{
			testDoc("a", `Yesterday the old mill by the river burned down completely. Nobody was hurt.`),
			testDoc("b", `Witnesses saw how the old mill by the river burned at noon.`),
		},
		want: nil,
	}, {
		name: "three outlets, one stretch",
		docs: []*Source{
			testDoc("a", wire),
			testDoc("b", strings.Replace(wire, "every forty minutes", "every 40 minutes", 1)),
			testDoc("c", strings.Replace(wire, "on Tuesday ", "", 1)),
		},
		want: []string{wire + " | " + strings.Replace(wire, "every forty minutes", "every 40 minutes", 1) + " | " + strings.Replace(wire, "on Tuesday ", "", 1)},
	}, {
		name: "passages only in kept paragraphs",
		docs: []*Source{
			testDoc("a", wire),
			func() *Source {
				d := testDoc("b", wire)
				d.Kept = nil
				return d
			}(),
		},
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			groups := Match(tt.docs, DefaultOptions())
			checkMembers(t, tt.docs, groups)
			var got []string
			for _, g := range groups {
				if g.Kind != KindPassage {
					continue
				}
				var texts []string
				for _, m := range g.Members {
					texts = append(texts, strings.TrimRight(m.Text, ".,"))
				}
				got = append(got, strings.Join(texts, " | "))
			}
			for i := range tt.want {
				tt.want[i] = strings.ReplaceAll(tt.want[i], ". | ", " | ")
				tt.want[i] = strings.TrimRight(tt.want[i], ".")
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("passages:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

// TestPassageNoDrift feeds a chain of texts, each sharing most of its words
// with the next but the last nothing with the first. Linked transitively
// they would form one group running from one end of the chain to the other;
// instead every group must keep to stretches resembling its longest member,
// while every text still takes part in a group.
func TestPassageNoDrift(t *testing.T) {
	var words []string
	for i := range 60 {
		words = append(words, fmt.Sprintf("word%c%c", 'a'+i/26, 'a'+i%26))
	}
	var docs []*Source
	for k := 0; 4*k+24 <= len(words); k++ {
		docs = append(docs, testDoc(fmt.Sprint("d", k), strings.Join(words[4*k:4*k+24], " ")+"."))
	}
	groups := Match(docs, DefaultOptions())
	checkMembers(t, docs, groups)
	grouped := make(map[string]bool)
	for _, g := range groups {
		longest := g.Members[0]
		for _, m := range g.Members {
			grouped[m.Document] = true
			if len(m.Text) > len(longest.Text) {
				longest = m
			}
		}
		for _, m := range g.Members {
			a, b := strings.Fields(m.Text), strings.Fields(longest.Text)
			shared := 0
			for _, w := range a {
				if slices.Contains(b, w) {
					shared++
				}
			}
			if 2*shared < min(len(a), len(b)) {
				t.Errorf("%s: member %s shares %d of %d words with the longest member, %s", g.ID, m.Document, shared, len(a), longest.Document)
			}
		}
	}
	for _, d := range docs {
		if !grouped[d.Name] {
			t.Errorf("%s is in no passage group", d.Name)
		}
	}
}

// TestSortSeeds checks that packing seeds into 64-bit keys sorts them as
// the radix sort over their four fields does.
func TestSortSeeds(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{0, 1, 50, 5000, 70000} {
		segs := make([]passageSeg, 1+rng.IntN(3000))
		for i := range segs {
			segs[i].n = 1 + rng.IntN(900)
		}
		seeds := make([]seed, n)
		for i := range seeds {
			a, b := rng.IntN(len(segs)), rng.IntN(len(segs))
			seeds[i] = seed{sa: int32(a), sb: int32(b), pa: int32(rng.IntN(segs[a].n)), pb: int32(rng.IntN(segs[b].n))}
		}
		want := radixSort(slices.Clone(seeds),
			func(s seed) uint32 { return uint32(s.sa) },
			func(s seed) uint32 { return uint32(s.sb) },
			func(s seed) uint32 { return uint32(s.pa) },
			func(s seed) uint32 { return uint32(s.pb) })
		if got := sortSeeds(segs, seeds); !slices.Equal(got, want) {
			t.Fatalf("%d seeds: sortSeeds differs from the radix sort", n)
		}
	}
}
