package analyze

import (
	_ "embed"
	"strings"
	"sync"

	"sumber/gazetteer"
	"sumber/lang"
)

//go:embed lexicon.tsv
var lexiconTSV []byte

// lexicon is lexicon.tsv loaded: per kind, folded surface form (words
// joined by one space) → canonical value.
type lexicon struct {
	forms   map[string]map[string]string
	maxLen  map[string]int
	entries map[string][]string // kind → canonical values in file order
}

var (
	lexOnce sync.Once
	lex     lexicon
)

func theLexicon() *lexicon {
	lexOnce.Do(func() {
		lex = lexicon{forms: map[string]map[string]string{}, maxLen: map[string]int{}, entries: map[string][]string{}}
		for _, r := range lang.ParseTSV(lexiconTSV) {
			kind, canon := r.Field(0), r.Field(1)
			if lex.forms[kind] == nil {
				lex.forms[kind] = map[string]string{}
			}
			lex.entries[kind] = append(lex.entries[kind], canon)
			for _, f := range strings.Split(r.Field(2), "|") {
				f = gazetteer.Fold(f)
				if f == "" {
					if strings.TrimSpace(r.Field(2)) == "%" {
						lex.forms[kind]["%"] = canon
					}
					continue
				}
				if _, dup := lex.forms[kind][f]; !dup {
					lex.forms[kind][f] = canon
				}
				if n := len(strings.Fields(f)); n > lex.maxLen[kind] {
					lex.maxLen[kind] = n
				}
			}
		}
	})
	return &lex
}

// lookup maps a whole phrase of the given kind to its canonical value.
func (l *lexicon) lookup(kind, phrase string) (string, bool) {
	v, ok := l.forms[kind][gazetteer.Fold(phrase)]
	return v, ok
}

// at reports the canonical value and length (in words) of the longest
// form of kind starting at words[i].
func (l *lexicon) at(kind string, words []string, i int) (string, int) {
	for n := min(l.maxLen[kind], len(words)-i); n > 0; n-- {
		if v, ok := l.forms[kind][strings.Join(words[i:i+n], " ")]; ok {
			return v, n
		}
	}
	return "", 0
}

// has reports whether words[i] is (the start of) a form of kind.
func (l *lexicon) has(kind string, words []string, i int) bool {
	_, n := l.at(kind, words, i)
	return n > 0
}

// onlyOf reports whether every word of the phrase is a form of kind.
func (l *lexicon) onlyOf(kind, phrase string) bool {
	ws := strings.Fields(gazetteer.Fold(phrase))
	if len(ws) == 0 {
		return false
	}
	for i := 0; i < len(ws); {
		_, n := l.at(kind, ws, i)
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}
