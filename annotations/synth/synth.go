package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/crossquote/crossquote/annotations"
)

// Truth is what the generator planted.
type Truth struct {
	// Remarks are the distinct remarks, genuine ones and decoys.
	Remarks []Remark `json:"remarks"`
	// Occurrences are the planted quotations, in file order and, within a
	// file, in text order.
	Occurrences []Occurrence `json:"occurrences"`
}

// Remark is one utterance as the speaker said it.
type Remark struct {
	// Text is the canonical wording, ending with a period.
	Text string `json:"text"`
	// Speaker is the full name of whoever said it.
	Speaker string `json:"speaker"`
	// Decoy is the kind of decoy, or DecoyNone for a genuine remark.
	Decoy Decoy `json:"decoy"`
	// Original is, for a decoy, the index in Truth.Remarks of the remark it
	// imitates and must not be grouped with.
	Original int `json:"original"`
}

// Occurrence is one planted quotation of a remark in one file.
type Occurrence struct {
	// File is the name of the file, as in annotations.File.Name.
	File string `json:"file"`
	// Span is the quoted text inside the marks, a byte range of the file.
	annotations.Span
	// Text is the quoted text, what Span names in the file.
	Text string `json:"text"`
	// Remark is the index in Truth.Remarks of what was quoted.
	Remark int `json:"remark"`
	// Damage is how this quotation differs from the remark's wording.
	Damage Damage `json:"damage"`
}

// Option changes the corpus [Generate] writes.
type Option func(*config)

type config struct {
	size int // average article size in bytes
}

// WithArticleSize sets the average article size in bytes (default 5000).
// Sizes vary from about a third to about one and a half times the average;
// the planned sizes average a little less, as an article ends with the
// paragraph that reaches its planned size.
func WithArticleSize(bytes int) Option { return func(c *config) { c.size = max(bytes, 500) } }

// decoyRate is the fraction of shared remarks that get a decoy.
const decoyRate = 0.3

// quotesPerKB is how many quotations an article carries per 1000 bytes.
const quotesPerKB = 1.0

// Generate returns n articles named article-0001.txt and so on, and the truth
// about the quotations planted in them. The same seed and options always
// give byte-identical output.
func Generate(seed int64, n int, opts ...Option) ([]annotations.File, *Truth) {
	c := config{size: 5000}
	for _, o := range opts {
		o(&c)
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0x63726f7373717565))
	g := &generator{r: r, reg: newRegistry(), truth: &Truth{}}
	g.speakers = g.newSpeakers(max(8, n/4))
	docs := make([]*article, n)
	for i := range docs {
		docs[i] = &article{name: fmt.Sprintf("article-%04d.txt", i+1), size: c.size * (30 + r.IntN(120)) / 100}
	}
	g.plan(docs, c)
	files := make([]annotations.File, n)
	for i, d := range docs {
		files[i] = annotations.File{Name: d.name, Data: g.write(d)}
	}
	return files, g.truth
}

// A generator carries the random source and what has been planted so far.
type generator struct {
	r        *rand.Rand
	reg      *registry
	truth    *Truth
	speakers []speaker
}

// A speaker is an invented person, with a role used on first mention.
type speaker struct{ first, last, role string }

func (s speaker) name() string { return s.first + " " + s.last }

func (g *generator) newSpeakers(n int) []speaker {
	out := make([]speaker, n)
	for i := range out {
		out[i] = speaker{first: pick(g.r, firstNames), last: pick(g.r, lastNames)}
		if g.r.IntN(100) < 60 {
			out[i].role = pick(g.r, roles)
		}
	}
	return out
}

// A planted quotation waiting to be written into an article.
type planted struct {
	remark int
	damage Damage
	words  string // the quoted words after damage, without final punctuation
	who    int    // index into generator.speakers
	verb   string // the speech verb of the attribution
}

// A remark in the making: its sentence structure, speaker and the speech
// verb outlets normally attribute it with.
type draft struct {
	s    sentence
	who  int
	verb string
}

// newDraft drafts a remark whose sentence satisfies ok, if not nil.
func (g *generator) newDraft(ok func(sentence) bool) draft {
	return draft{
		s:    g.reg.distinctSentence(g.r, ok),
		who:  g.r.IntN(len(g.speakers)),
		verb: speechVerbs[g.r.IntN(canonicalVerbs)],
	}
}

// occurrence applies damage d to the remark id drafted as d.
func (g *generator) occurrence(id int, d draft, dmg Damage) planted {
	words, ok := damaged(g.r, d.s, dmg)
	if !ok {
		panic("synth: damage " + dmg.String() + " does not apply to " + d.s.String())
	}
	p := planted{remark: id, damage: dmg, words: words, who: d.who, verb: d.verb}
	if dmg == DamageSpeakerVerb {
		p.verb = pick(g.r, speechVerbs[canonicalVerbs:])
	}
	return p
}

// plan chooses the remarks, decoys and single-source quotations and which
// article quotes what.
func (g *generator) plan(docs []*article, c config) {
	slots := 0
	for _, d := range docs {
		slots += int(float64(d.size)/1000*quotesPerKB + 0.5)
	}
	// About three fifths of the quotations are shared; a shared remark is
	// quoted five times on average.
	shared := 0
	if len(docs) >= 2 {
		shared = max(1, slots*3/5/5)
	}
	for range shared {
		// Choose the decoy kind first, so that every kind is equally
		// common, and draw a remark that supports it.
		decoy := DecoyNone
		if g.r.Float64() < decoyRate {
			decoy = Decoy(1 + g.r.IntN(int(numDecoys)-1))
		}
		d := g.newDraft(func(s sentence) bool { return decoy == DecoyNone || s.supports(decoy) })
		id := g.addRemark(d, DecoyNone, 0)
		k := 2 + g.r.IntN(7)
		in := g.chooseDocs(docs, min(k, len(docs)), nil)
		for _, di := range in {
			docs[di].quotes = append(docs[di].quotes, g.occurrence(id, d, g.damage(d.s)))
		}
		if decoy != DecoyNone && len(docs) > len(in) {
			g.plantDecoy(docs, d, id, decoy, in)
		}
	}
	// Every article also quotes someone no other article quotes.
	for _, doc := range docs {
		for range 1 + g.r.IntN(3) {
			d := g.newDraft(nil)
			id := g.addRemark(d, DecoyNone, 0)
			doc.quotes = append(doc.quotes, g.occurrence(id, d, DamageNone))
		}
		g.r.Shuffle(len(doc.quotes), func(i, j int) { doc.quotes[i], doc.quotes[j] = doc.quotes[j], doc.quotes[i] })
	}
}

// plantDecoy quotes a decoy of the remark id in one or two articles that do
// not quote the original. Half the decoys are put in the same speaker's
// mouth, the harder case.
func (g *generator) plantDecoy(docs []*article, orig draft, id int, kind Decoy, avoid []int) {
	d := draft{s: decoyOf(g.r, orig.s, kind), who: orig.who, verb: orig.verb}
	if g.r.IntN(2) == 0 {
		d.who = g.r.IntN(len(g.speakers))
	}
	did := g.addRemark(d, kind, id)
	k := 1
	if g.r.IntN(100) < 20 {
		k = 2
	}
	for _, di := range g.chooseDocs(docs, min(k, len(docs)-len(avoid)), avoid) {
		dmg := DamageNone
		if g.r.IntN(2) == 0 {
			dmg = DamageMarks
		}
		docs[di].quotes = append(docs[di].quotes, g.occurrence(did, d, dmg))
	}
}

func (g *generator) addRemark(d draft, kind Decoy, orig int) int {
	g.truth.Remarks = append(g.truth.Remarks, Remark{
		Text: d.s.String(), Speaker: g.speakers[d.who].name(), Decoy: kind, Original: orig,
	})
	return len(g.truth.Remarks) - 1
}

// chooseDocs returns k distinct article indices not in avoid, in increasing
// order.
func (g *generator) chooseDocs(docs []*article, k int, avoid []int) []int {
	taken := make(map[int]bool, k+len(avoid))
	for _, i := range avoid {
		taken[i] = true
	}
	var out []int
	for len(out) < k {
		i := g.r.IntN(len(docs))
		if !taken[i] {
			taken[i] = true
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// damage draws a kind of damage that applies to s, every kind equally
// likely.
func (g *generator) damage(s sentence) Damage {
	for {
		if d := Damage(g.r.IntN(int(numDamages))); applicable(s, d) {
			return d
		}
	}
}
