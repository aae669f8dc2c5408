package match

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DiffOp says what a [DiffPart] does to turn one text into another.
type DiffOp int

// Diff operations.
const (
	DiffEqual  DiffOp = iota // the part is in both texts
	DiffDelete               // the part is only in the first text
	DiffInsert               // the part is only in the second text
)

// DiffPart is one run of a word-level diff. Text keeps the spacing that
// followed each word in its own text, so joining the parts of one side gives
// that side back.
type DiffPart struct {
	Op   DiffOp `json:"op"`
	Text string `json:"text"`
}

// maxDiffCells bounds the table of the longest-common-subsequence search;
// longer inputs are reported as one replacement rather than risk a stall.
const maxDiffCells = 1 << 20

// DiffWords compares a and b word by word. Words, punctuation marks and
// quotation marks are separate tokens, so a dropped word or an added comma
// shows as its own part. Equal tokens are compared exactly.
func DiffWords(a, b string) []DiffPart {
	ta, tb := diffTokens(a), diffTokens(b)
	// Renderings of one remark mostly agree: the tokens they share at both
	// ends are equal parts, and only the middle needs the quadratic search.
	head := 0
	for head < len(ta) && head < len(tb) && ta[head].word == tb[head].word {
		head++
	}
	tail := 0
	for tail < len(ta)-head && tail < len(tb)-head && ta[len(ta)-1-tail].word == tb[len(tb)-1-tail].word {
		tail++
	}
	parts := diffRun(DiffEqual, tb[:head])
	parts = append(parts, diffMiddle(ta[head:len(ta)-tail], tb[head:len(tb)-tail])...)
	parts = append(parts, diffRun(DiffEqual, tb[len(tb)-tail:])...)
	return mergeDiff(parts)
}

// diffMiddle diffs two token lists by their longest common subsequence.
func diffMiddle(ta, tb []diffToken) []DiffPart {
	if len(ta)*len(tb) > maxDiffCells {
		return append(diffRun(DiffDelete, ta), diffRun(DiffInsert, tb)...)
	}
	// lcs[i][j] is the length of the longest common subsequence of ta[i:]
	// and tb[j:], kept in one flat slice.
	w := len(tb) + 1
	lcs := make([]int, (len(ta)+1)*w)
	for i := len(ta) - 1; i >= 0; i-- {
		for j := len(tb) - 1; j >= 0; j-- {
			switch {
			case ta[i].word == tb[j].word:
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
				lcs[i*w+j] = lcs[(i+1)*w+j]
			default:
				lcs[i*w+j] = lcs[i*w+j+1]
			}
		}
	}
	var parts []DiffPart
	i, j := 0, 0
	for i < len(ta) || j < len(tb) {
		switch {
		case i < len(ta) && j < len(tb) && ta[i].word == tb[j].word:
			// Equal tokens take b's spacing: b is the variant being shown.
			parts = append(parts, DiffPart{DiffEqual, tb[j].text})
			i, j = i+1, j+1
		case i < len(ta) && (j == len(tb) || lcs[(i+1)*w+j] >= lcs[i*w+j+1]):
			// On a tie the deletion goes first, so a replacement reads
			// "-old +new".
			parts = append(parts, DiffPart{DiffDelete, ta[i].text})
			i++
		default:
			parts = append(parts, DiffPart{DiffInsert, tb[j].text})
			j++
		}
	}
	return parts
}

// diffToken is a word or a mark; text adds the spaces after it.
type diffToken struct{ word, text string }

// diffTokens splits s into words (letters, digits and inner apostrophes or
// hyphens) and single marks, each carrying the white space after it.
func diffTokens(s string) []diffToken {
	var toks []diffToken
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) { // leading space belongs to no token
			i += n
			continue
		}
		break
	}
	for i < len(s) {
		start := i
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if isDiffWordRune(r) {
			i = diffWordEnd(s, i)
		}
		end := i
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		toks = append(toks, diffToken{word: s[start:end], text: s[start:i]})
	}
	return toks
}

// diffWordEnd returns where the word continuing at i ends: an apostrophe or
// hyphen joins it only when a letter or digit follows.
func diffWordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isDiffWordRune(r) {
			i += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' {
			if r2, _ := utf8.DecodeRuneInString(s[i+n:]); isDiffWordRune(r2) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

func isDiffWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func diffRun(op DiffOp, toks []diffToken) []DiffPart {
	parts := make([]DiffPart, len(toks))
	for i, t := range toks {
		parts[i] = DiffPart{op, t.text}
	}
	return parts
}

// mergeDiff joins neighbouring parts with the same operation, building
// each joined text once (long equal runs would otherwise be copied over and
// over).
func mergeDiff(parts []DiffPart) []DiffPart {
	var out []DiffPart
	for i := 0; i < len(parts); {
		j := i + 1
		for j < len(parts) && parts[j].Op == parts[i].Op {
			j++
		}
		if j == i+1 {
			out = append(out, parts[i])
		} else {
			var b strings.Builder
			for _, p := range parts[i:j] {
				b.WriteString(p.Text)
			}
			out = append(out, DiffPart{parts[i].Op, b.String()})
		}
		i = j
	}
	return out
}
