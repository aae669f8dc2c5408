package annotations

import (
	"fmt"
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
		docs []*Document
		want []string // per group: member texts joined by " | ", in member order
	}{{
		name: "identical wire copy is one passage",
		docs: []*Document{
			testDoc("a", wire),
			testDoc("b", "By our reporter\n\n"+wire),
		},
		want: []string{wire + " | " + wire},
	}, {
		name: "small edits stay in one passage",
		docs: []*Document{
			testDoc("a", `Talks resumed on a cease-fire and an interim government for the valley, officials said on Monday.`),
			testDoc("b", `Talks resumed on a ceasefire and an interim administration for the valley, officials said Monday.`),
		},
		want: []string{
			`Talks resumed on a cease-fire and an interim government for the valley, officials said on Monday | ` +
				`Talks resumed on a ceasefire and an interim administration for the valley, officials said Monday`,
		},
	}, {
		name: "quotations split passages and are left to quote groups",
		docs: []*Document{
			testDoc("a", `The lighthouse keeper retired after forty years on the island rock. “I will miss the storms most of all,” he said, before he boarded the last boat to the mainland with his dog.`),
			testDoc("b", `The lighthouse keeper retired after forty years on the island rock. “I will miss the storms,” he said, before he boarded the last boat to the mainland with his dog.`),
		},
		want: []string{
			"The lighthouse keeper retired after forty years on the island rock | The lighthouse keeper retired after forty years on the island rock",
			"he said, before he boarded the last boat to the mainland with his dog | he said, before he boarded the last boat to the mainland with his dog",
		},
	}, {
		name: "seven shared words are not a passage",
		docs: []*Document{
			testDoc("a", `Yesterday the old mill by the river burned down completely. Nobody was hurt.`),
			testDoc("b", `Witnesses saw how the old mill by the river burned at noon.`),
		},
		want: nil,
	}, {
		name: "three outlets, one stretch",
		docs: []*Document{
			testDoc("a", wire),
			testDoc("b", strings.Replace(wire, "every forty minutes", "every 40 minutes", 1)),
			testDoc("c", strings.Replace(wire, "on Tuesday ", "", 1)),
		},
		want: []string{wire + " | " + strings.Replace(wire, "every forty minutes", "every 40 minutes", 1) + " | " + strings.Replace(wire, "on Tuesday ", "", 1)},
	}, {
		name: "passages only in kept paragraphs",
		docs: []*Document{
			testDoc("a", wire),
			func() *Document {
				d := testDoc("b", wire)
				d.Kept = nil
				return d
			}(),
		},
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			groups := Match(tt.docs, DefaultMatchOptions())
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
