package quote

import "testing"

// echoCases are fictional quotations whose words another quotation of the
// text holds (see echoSpeakers), and the ones that must stay speakerless.
var echoCases = []speakerCase{
	{name: "a headline quotes a remark the body attributes", find: "Nobody reads the timetable",
		text: "Why 'Nobody reads the timetable' on the ferries any more\n\nThe ferry line cut its winter crossings again this month.\n\n\"The boats are late so often that nobody reads the timetable any more,\" said Ada Lind, a harbour pilot.",
		want: "Ada Lind", role: "harbour pilot"},
	{name: "a writer picks up a phrase of an earlier remark", find: "a fair and early",
		text: "\"We gave the town a fair and early warning before the storm,\" Ann Hale told the council.\n\nThat is the trouble. Hale, by her own account, gave \"a fair and early warning.\" Nobody on the pier heard it.",
		want: "Ann Hale"},
	{name: "a subhead quoting a later remark is no continuation of the remark before it", find: "Nobody pays",
		text: "\"The pier is finished,\" Ann Hale said.\n\n‘Nobody pays the bills’\n\nThe costs doubled in a year, said Tom Reed, the treasurer.\n\n\"On this pier, nobody pays the bills on time any more,\" Reed said.",
		want: "Tom Reed"},
	{name: "a heading quotes words a question quotes", find: "The pier problem",
		text: "4. \"The pier problem\"\n\nThe board met twice in June.\n\n\"So you never solved the 'pier problem' at all?\" Tom Reed asked.",
		want: Unknown},
	{name: "words in the remarks of two speakers", find: "ferry home.",
		text: "The winter timetable cut \"the last ferry home.\"\n\n\"Nobody wants to miss the last ferry home,\" Ada Lind said.\n\n\"I caught the last ferry home every night for a year,\" Tom Reed said.",
		want: Unknown},
	{name: "a short phrase is anyone's", find: "early warning",
		text: "The town had its \"early warning\" at last.\n\n\"We gave them an early warning and a map,\" Ann Hale said.\n\nBut the map showed \"only the old pier\" and \"early warning\" lights.",
		want: Unknown},
}

func TestEchoSpeakers(t *testing.T) { runSpeakerCases(t, echoCases) }
