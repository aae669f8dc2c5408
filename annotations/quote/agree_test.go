package quote

import "testing"

// TestAgree gives one remark, printed by two or three fictional outlets,
// the speaker the outlets that name one agree on, where another outlet's
// reading went through a pronoun.
func TestAgree(t *testing.T) {
	const remark = "We will rebuild the quay before the winter storms arrive"
	named := "Portmore quay\n\n\u201c" + remark + ",\u201d Mayor Peter Stern said on Monday.\n"
	tests := []struct {
		name    string
		texts   []string
		want    string // the first outlet's speaker after Agree
		changed int
	}{
		{
			name: "a pronoun read as the last man named takes the one the other outlet names",
			texts: []string{"Quay works\n\nPeter Stern, the mayor, met the harbour board on Monday. Tom Reed, its chairman, showed him the quay.\n\n" +
				"\u201c" + remark + ",\u201d he said.\n", named},
			want: "Peter Stern", changed: 1,
		},
		{
			name: "not someone the outlet never names",
			texts: []string{"Quay works\n\nTom Reed, the harbour board's chairman, showed the mayor the quay on Monday.\n\n" +
				"\u201c" + remark + ",\u201d he said.\n", named},
			want: "Tom Reed",
		},
		{
			name: "not a she for a man",
			texts: []string{"Quay works\n\nPeter Stern, the mayor, met Ann Hale on Monday. Hale showed him the quay.\n\n" +
				"\u201c" + remark + ",\u201d she said.\n", named},
			want: "Ann Hale",
		},
		{
			name: "not when the outlets that name one disagree",
			texts: []string{"Quay works\n\nPeter Stern, the mayor, met the harbour board on Monday. Tom Reed, its chairman, showed him the quay.\n\n" +
				"\u201c" + remark + ",\u201d he said.\n", named,
				"Harbour news\n\n\u201c" + remark + ",\u201d harbour chairman Tom Reed said.\n"},
			want: "Tom Reed",
		},
		{
			name:  "an outlet that names its speaker keeps it",
			texts: []string{"Quay works\n\n\u201c" + remark + ",\u201d Tom Reed said.\n", named},
			want:  "Tom Reed",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var remark []Printing
			for i, text := range tt.texts {
				qs := Extract(text, blankLineParagraphs(text))
				if len(qs) != 1 {
					t.Fatalf("outlet %d: %d quotations, want 1", i, len(qs))
				}
				remark = append(remark, Printing{Quote: &qs[0], Text: text})
			}
			before := remark[0].Quote.Speaker
			if n := Agree(remark); n != tt.changed {
				t.Errorf("Agree changed %d, want %d", n, tt.changed)
			}
			if got := remark[0].Quote.Speaker; got != tt.want {
				t.Errorf("speaker %q (before Agree %q), want %q", got, before, tt.want)
			}
		})
	}
}
