package quote

import "testing"

// portoVelhoText is a fictional page in Portuguese about a harbour town:
// enough words for its language to show.
const portoVelhoText = "A cidade de Porto Velho tem um cais antigo que os pescadores usam todos os dias. " +
	"No verão, muitas famílias vêm para a praia e os barcos saem cedo para o mar. " +
	"Os moradores dizem que o cais precisa de obras, mas a prefeitura ainda não decidiu nada sobre isso.\n\n"

// languageCases are fictional quotations on pages in another language than
// English (see isEnglish): a capitalised word that opens a sentence or a
// label is no speaker there, while an English speech verb still names one,
// and an English page keeps its sentence subjects.
var languageCases = []speakerCase{
	{name: "a conjunction opening a sentence in Portuguese", text: portoVelhoText + "Quando alguém pergunta pelo cais, a vizinhança responde: “Por que gastar tanto com um cais tão velho?”", want: Unknown},
	{name: "a label in Portuguese", text: portoVelhoText + "Meu lema: “Quem ama o mar cuida do cais.”", want: Unknown},
	{name: "an English speech verb on a page in Portuguese", text: portoVelhoText + "“O cais vai cair no próximo inverno,” said Ana Varo.", want: "Ana Varo"},
	{name: "a sentence subject on an English page", text: "The town of Old Harbour has an old pier that the fishermen use every day, and the families come to the beach in the summer when the boats go out early to sea.\n\nAna Varo braced for “the worst storm of the winter.”", want: "Ana Varo"},
}

func TestSpeakerOtherLanguage(t *testing.T) { runSpeakerCases(t, languageCases) }
