package quote

import (
	_ "embed"
	"maps"
	"slices"
	"strings"

	"github.com/crossquote/crossquote/annotations/internal/textutil"
)

// The first names below tell a pronoun's gender (he, she) and where a
// name starts after a title. Most are common given names of the United
// States Social Security Administration's baby-name statistics (national
// data, 1940s–2010s), which are public domain as a work of the US
// government, with their usual short forms (Mike, Bob); the rest are
// given names common in other languages news quotes often (Russian,
// French, Spanish, Arabic, Turkish, German, Italian, Polish, Indian
// languages). A name borne by hardly anyone but one public figure is not
// listed: the list knows names, not people. Names given about as often to
// both sexes, and names that are common English words (May, Hope, Will), are
// left out. The lists written here are joined by the longer one
// firstnamegen draws from the same statistics (firstnames_ssa.txt).
var (
	maleFirstNames = textutil.NewWordSet(`james john robert michael william david richard joseph
	thomas charles christopher daniel matthew anthony donald steven paul andrew
	joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan
	jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
	samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron
	jose henry adam douglas nathan peter zachary kyle walter harold jeremy ethan
	carl keith roger gerald christian terry sean arthur austin noah lawrence jesse
	joe bryan billy bruce albert willie gabriel logan alan juan wayne roy ralph
	randy eugene vincent russell elijah louis bobby philip johnny howard fred
	 bernie bill mike tom jim bob dick ted marco chris tim ben
	dan joel hugh ian colin neil craig martin leonard stanley harry francis
	norman lloyd herbert marvin clarence earl ernest leroy allen dale glenn
	warren rick ricky steve tony jimmy danny jon ken kenny greg jeff josh
	nick rob andy pete ron ray jay jared luke mitch rudy sean
	vladimir sergei dmitri igor boris viktor francois emmanuel nicolas
	jean pierre jacques luis carlos miguel pedro manuel antonio francisco jorge
	ali ahmed mohammed muhammad omar hassan mahmoud abdul hamid recep benjamin
	  hans klaus stefan wolfgang matteo giuseppe marco lorenzo
	joaquin rodrigo diego alejandro javier sergio ivan oleg andrei alexei mikhail
	rahul narendra arvind amit raj sanjay vijay kofi nelson desmond ` + ssaNames('m'))
	femaleFirstNames = textutil.NewWordSet(`mary patricia jennifer linda elizabeth barbara susan
	jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily
	donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon
	laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen
	samantha katherine christine debra rachel carolyn janet catherine maria
	heather diane ruth julie olivia joyce virginia victoria kelly lauren christina
	joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa
	ann sara madison frances kathryn janice jean abigail alice judy sophia julia
	denise marilyn beverly danielle theresa diana natalie brittany charlotte
	marie kayla alexis lori hillary chelsea nikki sarah elizabeth loretta
	huma nancy madeleine sonia ruth elena michele
	susana tina tammy carly jill jane janet joanne katie kate kathy karen
	lynn meghan megan molly nora paula peggy penny rosa sally sheila sue susie
	tanya tracy wendy yvonne zoe claire claudia ingrid ursula marine theresa
	christine ana sofia isabel lucia carmen fatima aisha leila yasmin mariam
	indira nadia olga irina natasha svetlana tatiana yulia
	beata giorgia federica chiara francesca sabine petra annette katarina ` + ssaNames('f'))
)

// ssaFirstNames are the given names firstnamegen writes, one a line after
// the sex they tell (m or f).
//
//go:embed firstnames_ssa.txt
var ssaFirstNames string

// ssaNames returns the names of ssaFirstNames of the sex m or f, one space
// apart, as textutil.NewWordSet reads a list.
func ssaNames(sex byte) string {
	var b strings.Builder
	for line := range strings.Lines(ssaFirstNames) {
		if len(line) > 2 && line[0] == sex && line[1] == ' ' {
			b.WriteString(strings.TrimSpace(line[2:]))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// maxFirstNameLen is the longest name in the lists, in bytes.
const maxFirstNameLen = 16

// firstNameGender returns the gender of a given name from the lists above,
// or genderUnknown for a word that is not one of them. It is called for
// every capitalised word of a document, so it lowers the word into a
// buffer on the stack rather than allocate.
func firstNameGender(w string) gender {
	if first, last, ok := strings.Cut(w, "-"); ok && first != "" && last != "" && isUpperASCII(last[:1]) {
		return hyphenatedGender(first, last)
	}
	if len(w) < 2 || len(w) > maxFirstNameLen {
		return genderUnknown
	}
	var buf [maxFirstNameLen]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c < 'a' || c > 'z':
			return genderUnknown // the lists hold plain ASCII names
		}
		buf[i] = c
	}
	l := buf[:len(w)]
	male, female := maleFirstNames.Has(string(l)), femaleFirstNames.Has(string(l))
	switch {
	case male && !female:
		return genderMale
	case female && !male:
		return genderFemale
	}
	return genderUnknown
}

// surnamesFirst are family names of languages that write the family name
// first (Wang Fang, Park Ji-woo) and whose bearers news writing then calls
// by it alone (Wang, Park). They are the most common Chinese family names
// by the published national rankings, in pinyin and in the older Hong Kong
// and Taiwan spellings, and the most common Korean ones; names that are
// also English words, names or pronouns (He, Long, Song, Moon, Oh) are left out.
var surnamesFirst = textutil.NewWordSet(`wang li zhang liu chen yang huang zhao wu zhou xu sun
	zhu hu guo lin gao luo zheng liang xie tang deng han feng cao peng zeng xiao tian
	dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan
	fan liao shi jin jia xia fu fang zou xiong bai meng qin qiu hou yin xue yan duan
	lei tao mao hao gu gong shao wan qian dai kong xiang chang
	chan wong cheung leung lam ng tsang lau chow yip tsai hsu kuo lai chiang hsieh
	kim lee park choi jung jeong kang cho yoon jang lim seo shin kwon hwang ahn
	yoo jeon ko bae baek heo roh`)

// shortForms are the usual English short forms of given names, each with
// the formal names it shortens: one person is Andy Hale in one outlet and
// Andrew Hale in another. A short form may shorten several names (Steve:
// Steven, Stephen), which are still different names of each other.
var shortForms = map[string][]string{
	"abby": {"abigail"}, "al": {"albert", "alan", "alfred"}, "alex": {"alexander", "alexandra"},
	"andy": {"andrew"}, "drew": {"andrew"}, "art": {"arthur"}, "barb": {"barbara"},
	"becky": {"rebecca"}, "ben": {"benjamin"}, "bernie": {"bernard"},
	"beth": {"elizabeth"}, "betsy": {"elizabeth"}, "betty": {"elizabeth"}, "liz": {"elizabeth"},
	"bill": {"william"}, "billy": {"william"}, "will": {"william"}, "willie": {"william"},
	"bob": {"robert"}, "bobby": {"robert"}, "rob": {"robert"}, "robbie": {"robert"},
	"cathy": {"catherine"}, "kathy": {"kathleen", "katherine"}, "kate": {"catherine", "katherine"}, "katie": {"catherine", "katherine"},
	"chris": {"christopher", "christine", "christina"}, "cindy": {"cynthia"},
	"dan": {"daniel"}, "danny": {"daniel"}, "dave": {"david"}, "deb": {"deborah"}, "debbie": {"deborah"},
	"dick": {"richard"}, "rich": {"richard"}, "rick": {"richard"}, "ricky": {"richard"},
	"don": {"donald"}, "doug": {"douglas"}, "ed": {"edward"}, "eddie": {"edward"}, "ted": {"edward", "theodore"},
	"fred": {"frederick"}, "gene": {"eugene"}, "greg": {"gregory"}, "hank": {"henry"},
	"harry": {"henry", "harold"}, "jack": {"john"}, "jackie": {"jacqueline"},
	"jim": {"james"}, "jimmy": {"james"}, "jamie": {"james"}, "jen": {"jennifer"}, "jenny": {"jennifer"},
	"jerry": {"gerald", "jerome"}, "jess": {"jessica"}, "joe": {"joseph"}, "joey": {"joseph"},
	"jon": {"jonathan"}, "josh": {"joshua"}, "judy": {"judith"}, "ken": {"kenneth"}, "kenny": {"kenneth"},
	"kim": {"kimberly"}, "larry": {"lawrence"}, "len": {"leonard"}, "lenny": {"leonard"},
	"mandy": {"amanda"}, "matt": {"matthew"}, "meg": {"margaret"}, "maggie": {"margaret"}, "peggy": {"margaret"},
	"mike": {"michael"}, "mick": {"michael"}, "mickey": {"michael"}, "nate": {"nathan", "nathaniel"},
	"nick": {"nicholas"}, "pam": {"pamela"}, "pat": {"patrick", "patricia"}, "pete": {"peter"},
	"phil": {"philip", "phillip"}, "ray": {"raymond"}, "ron": {"ronald"}, "ronnie": {"ronald"},
	"russ": {"russell"}, "sam": {"samuel", "samantha"}, "sandy": {"sandra"}, "stan": {"stanley"},
	"steve": {"steven", "stephen"}, "sue": {"susan"}, "susie": {"susan"}, "terry": {"terence"},
	"tim": {"timothy"}, "tom": {"thomas"}, "tommy": {"thomas"}, "tony": {"anthony"},
	"vicky": {"victoria"}, "vince": {"vincent"}, "walt": {"walter"}, "zach": {"zachary"},
}

// shortFormWords holds the keys of shortForms, so that most names are
// told to be no short form without lowering a copy.
var shortFormWords = textutil.NewWordSet(strings.Join(slices.Collect(maps.Keys(shortForms)), " "))

// sameGivenName reports whether two given names name one person: the
// same name, or a short form and a name it shortens (Andy, Andrew).
func sameGivenName(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if !shortFormWords.HasFold(a) && !shortFormWords.HasFold(b) {
		return false
	}
	a, b = textutil.ToLower(a), textutil.ToLower(b)
	return slices.Contains(shortForms[a], b) || slices.Contains(shortForms[b], a)
}

// hyphenatedGender returns the gender of a hyphenated given name (Mary-Kate,
// Eva-Marie) from its parts: the first part's, or, when the lists do not
// know the first part, the last part's. A first part the lists hold as
// either sex's (Jean-Marie) leaves it unknown, as do parts that disagree.
func hyphenatedGender(first, last string) gender {
	g1, g2 := firstNameGender(first), firstNameGender(last)
	switch {
	case g1 != genderUnknown && g2 != genderUnknown && g1 != g2:
		return genderUnknown
	case g1 != genderUnknown:
		return g1
	case isGivenName(first):
		return genderUnknown
	}
	return g2
}
