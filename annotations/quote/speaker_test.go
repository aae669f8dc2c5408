package quote

import (
	"testing"

	"github.com/crossquote/crossquote/annotations/span"
)

func TestSpeakerAttribution(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"said X after", `"The pier opens in May," said Ada Lind.`, "Ada Lind"},
		{"X said after", `"The pier opens in May," Ada Lind said.`, "Ada Lind"},
		{"pronoun after, resolved", `Mayor Ada Lind spoke first. "The pier opens in May," she said.`, "Mayor Ada Lind"},
		{"same paragraph pronoun follows the last speaker", `"We start," Tom Reed said. "We finish in May," he added.`, "Tom Reed"},
		{"description after verb", `"The pier opens in May," said the official.`, "the official"},
		{"description before verb", `"The pier opens in May," the harbour official told reporters.`, "the harbour official"},
		{"told", `Ada Lind told the council "the pier opens in May".`, "Ada Lind"},
		{"X said before", `Ada Lind said, "The pier opens in May."`, "Ada Lind"},
		{"X said that before", `Ada Lind said on Monday that the pier was "almost finished".`, "Ada Lind"},
		{"according to", `According to the harbour master, "the pier opens in May."`, "the harbour master"},
		{"colon label", `Ada Lind: "The pier opens in May."`, "Ada Lind"},
		{"transcript label inside", `"LIND: The pier opens in May."`, "LIND"},
		{"title kept", `"The pier opens in May," Sen. Ada Lind said.`, "Sen. Ada Lind"},
		{"appositive skipped", `"The pier opens in May," Ada Lind, a harbour engineer, said.`, "Ada Lind"},
		{"relative clause skipped", `Ada Lind, who runs the harbour, said "the pier opens in May".`, "Ada Lind"},
		{"party tag skipped", `"The pier opens in May," Sen. Ada Lind, D-Maine, said.`, "Sen. Ada Lind"},
		{"adverb skipped", `"The pier opens in May," Ada Lind later added.`, "Ada Lind"},
		{"tweeted", `"The pier opens in May," Ada Lind tweeted on Friday.`, "Ada Lind"},
		{"wrote", `In a letter, Ada Lind wrote: "The pier opens in May."`, "Ada Lind"},
		{"dash credit", `"The pier opens in May." ― Ada Lind`, "Ada Lind"},
		{"participle takes the clause subject", `Ada Lind spoke on Monday, saying "the pier opens in May."`, "Ada Lind"},
		{"previous sentence attribution", `The council met, Ada Lind said. "The pier opens in May."`, "Ada Lind"},
		{"preceding paragraph ends with colon", "Ada Lind explained her plan:\n\n\"The pier opens in May.\"", "Ada Lind"},
		{"name in apposition to a description", `“Work is going on,” the mayor’s spokesman, Dana Ortiz, told reporters.`, "Dana Ortiz"},
		{"name in apposition to a possessive description", `“Work is going on,” Acme's spokesman, Dana Ortiz, said.`, "Dana Ortiz"},
		{"location after an organisation dropped", `“Talks will resume,” the Harbour Authority in Portmore said in a statement.`, "the Harbour Authority"},
		{"place of an office kept", `“Talks will resume,” the mayor of Portmore said.`, "the mayor of Portmore"},
		{"affiliation kept", `“Talks will resume,” a spokeswoman for Acme said.`, "a spokeswoman for Acme"},
		{"scare quote, organisation after", `Officials are upset by "reckless" remarks, the ministry said.`, "the ministry"},
		{"pronoun is the last speaker, not the last name", "Ms Alvarez, who met Mr Brandt earlier, said she welcomed Mr Brandt's offer.\n\nThe talks marked a \"fresh start,\" she said.", "Ms Alvarez"},
		{"pronoun follows a later attribution in the paragraph", `"We start," Tom Reed said. Ms Alvarez said the talks went well. "We finish in May," she added.`, "Ms Alvarez"},
		{"pronoun skips a speaker of the other gender", `Mr Brandt said the talks went well. Ms Alvarez agreed. "We finish in May," she added.`, "Ms Alvarez"},
		{"pronoun skips an organisation", `Ms Alvarez spoke first. The Harbour Authority said the pier was safe. "We finish in May," she added.`, "Ms Alvarez"},
		{"pronoun skips objects and possessives", "Ms Alvarez met Mr Brandt and praised Mr Brandt's plan.\n\n\"We finish in May,\" she added.", "Ms Alvarez"},
		{"participial clause, speech verb after", `Calling the plan a "fresh start," Mayor Ana Ruiz said the city would pay.`, "Mayor Ana Ruiz"},
		{"participial clause, other verb after", `Calling the plan a "fresh start," Mayor Ana Ruiz unveiled the budget.`, "Mayor Ana Ruiz"},
		{"participial clause goes on after the quotation", `Calling the "fresh start" a sham, the Harbour Authority left the talks.`, "the Harbour Authority"},
		{"participial clause, pronoun subject resolved", "Ms Alvarez spoke last.\n\nCalling the plan a \"fresh start,\" she unveiled the budget.", "Ms Alvarez"},
		{"participle opening the sentence is not a speaker", `Saying the plan was "a fresh start for the harbour," the council voted.`, "the council"},
		{"sentence glued to the one before", `Tom Reed will visit the port this week.There are doubts about the "pier plan" now.`, "unknown"},
		{"name in brackets after a description", `A harbour spokeswoman (Dana Ortiz) said the pier was "almost finished".`, "Dana Ortiz"},
		{"party tag in brackets kept", `"The pier opens in May," Sen. Ada Lind (D-Maine) said.`, "Sen. Ada Lind (D-Maine)"},
		{"sentence opener followed by of is no name", `Ahead of the vote, the council attacked the plan, calling it "a mess".`, "unknown"},
		{"unknown", `"The pier opens in May."`, "unknown"},
		{"unknown after plain sentence", `The weather was fine. "The pier opens in May."`, "unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras := blankLineParagraphs(tt.text)
			quotes := Extract(tt.text, paras)
			if len(quotes) == 0 {
				t.Fatalf("no quotation in %q", tt.text)
			}
			q := quotes[len(quotes)-1]
			if q.Speaker != tt.want {
				t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, tt.want)
			}
		})
	}
}

func TestResolvePronounNeedsAName(t *testing.T) {
	text := `The rain kept falling. "We will wait," she said.`
	q := Extract(text, []span.Span{{Start: 0, End: len(text)}})
	if len(q) != 1 || q[0].Speaker != "she" {
		t.Fatalf("got %+v, want one quotation by an unresolved she", q)
	}
}
