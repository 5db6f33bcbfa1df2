package figures

import (
	"strconv"
	"strings"
	"sync"

	"sumber"
	"sumber/lang"
)

// kind is the role of a lexicon entry; see lang/id/numbers.tsv.
type kind uint8

const (
	kAtom kind = iota
	kAdd
	kHalf
	kScale
	kJoin
	kVague
	kSeveral
	kBound
	kBoundAfter
	kRange
	kRangeOpen
	kAnaphor
	kLink
	kNotBefore
	kNotAfter
	kMonth
	kUnit
	kCurrency
	kMeasure
	kSkip
	kPrep
	kStop
	kAside
	kPartOf
	kOthers
	kCount
	kChange
	kStreet
	kResult
	kPlace
	kSubjVerb
	kLocator
	kCoord
	kPoints
	kLocatorBefore
	kRatio
	kShare
	kNounOf
	kWhole
	kContrast
	kChangeBy
)

var kindNames = map[string]kind{
	"atom": kAtom, "add": kAdd, "half": kHalf, "scale": kScale, "join": kJoin,
	"vague": kVague, "several": kSeveral, "bound": kBound, "bound-after": kBoundAfter,
	"range": kRange, "range-open": kRangeOpen, "anaphor": kAnaphor, "link": kLink,
	"not-before": kNotBefore, "not-after": kNotAfter, "month": kMonth,
	"unit": kUnit, "currency": kCurrency, "measure": kMeasure, "skip": kSkip,
	"prep": kPrep, "stop": kStop, "aside": kAside, "part-of": kPartOf, "others": kOthers,
	"count": kCount, "change-verb": kChange, "street": kStreet,
	"change-result": kResult, "place-prep": kPlace, "subject-verb": kSubjVerb,
	"locator": kLocator, "coord": kCoord, "points": kPoints,
	"locator-before": kLocatorBefore, "ratio": kRatio, "share": kShare,
	"noun-of": kNounOf, "whole": kWhole, "contrast": kContrast,
	"change-by": kChangeBy,
}

// mask is a set of kinds.
type mask uint64

func bit(k kind) mask { return 1 << k }

// Entry flags.
const (
	fTensOnly uint32 = 1 << iota
	fArticle
	fSelf
	fAttach
	fMoney
	fClassifier
	fBefore
	fAfter
	fNeedsOpen
	fBare
	fChange
	fAlt
	fRate
	fDistance
	fRoute
	fSingle
	fBetween
	fRadius
	fAnimal
	fUnsigned
	fRefers
	fPlace
	fHundredth
)

var flagNames = map[string]uint32{
	"tens-only": fTensOnly, "article": fArticle, "self": fSelf, "attach": fAttach,
	"money": fMoney, "classifier": fClassifier, "before": fBefore, "after": fAfter,
	"both": fBefore | fAfter, "needs-open": fNeedsOpen, "bare": fBare,
	"change": fChange, "alt": fAlt, "rate": fRate, "distance": fDistance,
	"route": fRoute, "single": fSingle, "between": fBetween, "radius": fRadius,
	"animal": fAnimal, "unsigned": fUnsigned, "refers": fRefers,
	"place":     fPlace,
	"hundredth": fHundredth,
}

// entry is one lexicon row.
type entry struct {
	kind   kind
	flags  uint32
	v1, v2 float64
	val    string // bound op, unit, currency code, measure label
	val2   string // count: the measure it names
	phrase string // as written in the file
	ref    string // "id/numbers.tsv:12", for explanations
}

// node is a trie node over lowercased tokens.
type node struct {
	next    map[string]*node
	entries []*entry
	below   mask // kinds of entries at or below this node
}

// lexicon is everything known about one language.
type lexicon struct {
	code      string
	root      *node
	decimal   byte
	thousands byte
	modAfter  bool // modifiers follow the noun ("tentara Korea Utara")
	// lowerInName: a name may hold lower-case syllables between its
	// capitalised ones ("Công ty TNHH May mặc Orvik"); setting names
	lowerInName bool
	maxLen      int               // longest phrase, in tokens
	relabel     map[string]string // unit + "\x00" + measure → measure for that unit
	// plural is the unit entry that stands for a plural noun the lexicon
	// does not know, read as what a figure counts ("300 hotspots"), in
	// languages whose nouns end in a plural suffix (setting
	// plural-suffix); nil elsewhere. pluralSuffix is that ending and
	// notPlural the endings of singular words that end in it ("-ss",
	// "-us", "-is").
	plural       *entry
	pluralSuffix string
	notPlural    []string
	// demonymPlural are the endings of a people's name in the plural
	// ("Varesians", "Sudanese"; setting demonym-plural).
	demonymPlural []string
	// verbPrefixes open the verbs of a language that marks them so
	// ("me-", "di-", "ber-", "ter-"; the prefix-* affix classes of
	// words.tsv): a word after a coordinator that begins with one opens a
	// clause, no second noun
	verbPrefixes []string
	// animals are the units of flag animal ("sapi": cattle); animalKind is
	// the unit of the classifier of that flag that names only the kind
	// ("ekor": animals)
	animals    map[string]bool
	animalKind string
	// thingWords is how many words may name the thing a figure counts
	// between it and a coordinator that joins a second object of the
	// same verb (setting thing-words; 1 by default): "menyita 52 kilogram
	// sabu dan …", vi "thu giữ 300 kg ma túy tổng hợp và …"
	thingWords int
}

func newLexicon(code string) *lexicon {
	return &lexicon{code: code, root: &node{}, decimal: '.', thousands: ','}
}

func (lx *lexicon) add(e *entry) {
	toks := phraseTokens(e.phrase)
	if len(toks) == 0 {
		return
	}
	if len(toks) > lx.maxLen {
		lx.maxLen = len(toks)
	}
	n := lx.root
	n.below |= bit(e.kind)
	for _, t := range toks {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[t]
		if c == nil {
			c = &node{}
			n.next[t] = c
		}
		c.below |= bit(e.kind)
		n = c
	}
	n.entries = append(n.entries, e)
}

// phraseTokens splits a lexicon phrase into lowercased tokens the way
// running text is split.
func phraseTokens(p string) []string {
	low := lowerSameLen(p)
	toks := tokenize(p, nil)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.k == tBreak {
			continue
		}
		out = append(out, low[t.s:t.e])
	}
	return out
}

var (
	lexMu    sync.Mutex
	lexicons = map[string]*lexicon{}
	symOnce  sync.Once
	symLex   *lexicon
)

// getLexicon returns the lexicon for a language, loading it once. Unknown
// languages get the language-neutral symbols ("%", "$", "-") only.
func getLexicon(code string) *lexicon {
	lexMu.Lock()
	lx, ok := lexicons[code]
	lexMu.Unlock()
	if ok {
		return lx
	}
	if !lang.Has(code, "numbers.tsv") {
		return symbols()
	}
	lx = newLexicon(code)
	for _, name := range []string{"numbers.tsv", "measures.tsv"} {
		rows, err := lang.ReadTSV(code, name)
		if err != nil {
			continue
		}
		loadRows(lx, code+"/"+name, rows, nil)
	}
	// the verb prefixes are the extractor's affix classes (words.tsv
	// prefix-active, prefix-passive, prefix-stative): one list serves both
	if rows, err := lang.ReadTSV(code, "words.tsv"); err == nil {
		for _, r := range rows {
			if strings.HasPrefix(r.Field(0), "prefix-") && r.Field(1) != "" {
				lx.verbPrefixes = append(lx.verbPrefixes, r.Field(1))
			}
		}
	}
	lexMu.Lock()
	if prev, ok := lexicons[code]; ok {
		lx = prev
	} else {
		lexicons[code] = lx
	}
	lexMu.Unlock()
	return lx
}

// symbols builds the lexicon for unknown languages: every entry of every
// language whose phrase has no letters (currency signs, "%", dashes).
func symbols() *lexicon {
	symOnce.Do(func() {
		symLex = newLexicon("")
		seen := map[string]bool{}
		for _, code := range lang.Codes() {
			for _, name := range []string{"numbers.tsv", "measures.tsv"} {
				rows, err := lang.ReadTSV(code, name)
				if err != nil {
					continue
				}
				loadRows(symLex, code+"/"+name, rows, func(kind string, phrase string) bool {
					if kind == "setting" || kind == "relabel" || kind == "not-after" || kind == "not-before" {
						return false
					}
					for _, r := range phrase {
						if r > ' ' && (r < '0' || r > '9') && isLetter(r) {
							return false
						}
					}
					key := kind + "\x00" + phrase
					if seen[key] {
						return false
					}
					seen[key] = true
					return true
				})
			}
		}
	})
	return symLex
}

func loadRows(lx *lexicon, file string, rows []lang.Row, keep func(kind, phrase string) bool) {
	for _, r := range rows {
		kname, phrase := r.Field(0), r.Field(1)
		if keep != nil && !keep(kname, phrase) {
			continue
		}
		if kname == "relabel" {
			// relabel UNIT FROM TO: the measure FROM reads as TO for that unit
			if lx.relabel == nil {
				lx.relabel = map[string]string{}
			}
			lx.relabel[phrase+"\x00"+r.Field(2)] = r.Field(3)
			continue
		}
		if kname == "setting" {
			v := r.Field(2)
			switch phrase {
			case "decimal":
				if len(v) == 1 {
					lx.decimal = v[0]
				}
			case "thousands":
				if len(v) == 1 {
					lx.thousands = v[0]
				}
			case "modifier":
				lx.modAfter = v == "after"
			case "names":
				lx.lowerInName = v == "lower-inside"
			case "plural-suffix":
				lx.pluralSuffix = v
				lx.plural = &entry{kind: kUnit, phrase: "-" + v, ref: file + ":" + strconv.Itoa(r.Line)}
			case "not-plural":
				lx.notPlural = strings.Fields(v)
			case "demonym-plural":
				lx.demonymPlural = strings.Fields(v)
			case "thing-words":
				lx.thingWords, _ = strconv.Atoi(v)
			}
			continue
		}
		k, ok := kindNames[kname]
		if !ok || phrase == "" {
			continue
		}
		e := &entry{kind: k, phrase: phrase, ref: file + ":" + strconv.Itoa(r.Line)}
		var flagFields []string
		switch k {
		case kShare:
			e.v1, _ = strconv.ParseFloat(r.Field(2), 64)
		case kAtom, kAdd, kHalf, kScale:
			e.v1, _ = strconv.ParseFloat(r.Field(2), 64)
			flagFields = r.Fields[min(3, len(r.Fields)):]
		case kSeveral:
			e.v1, _ = strconv.ParseFloat(r.Field(2), 64)
			e.v2, _ = strconv.ParseFloat(r.Field(3), 64)
			flagFields = r.Fields[min(4, len(r.Fields)):]
		case kVague:
			e.v1, _ = strconv.ParseFloat(r.Field(2), 64)
			e.v2, _ = strconv.ParseFloat(r.Field(3), 64)
			e.val = r.Field(4)
			if e.val == "" {
				e.val = string(sumber.About)
			}
		case kBound, kBoundAfter, kUnit, kMeasure, kNotBefore, kNotAfter:
			e.val = r.Field(2)
			flagFields = r.Fields[min(3, len(r.Fields)):]
		case kCount:
			e.val, e.val2 = r.Field(2), r.Field(3)
		case kCurrency:
			e.val = r.Field(2)
			flagFields = r.Fields[min(3, len(r.Fields)):]
			if len(flagFields) == 0 || flagFields[0] == "" {
				flagFields = []string{"both"}
			}
		default:
			flagFields = r.Fields[min(2, len(r.Fields)):]
		}
		for _, f := range flagFields {
			for _, f := range strings.Fields(f) {
				e.flags |= flagNames[f]
			}
		}
		if k == kUnit && e.flags&fAnimal != 0 {
			if e.flags&fClassifier != 0 {
				lx.animalKind = e.val
			} else {
				if lx.animals == nil {
					lx.animals = map[string]bool{}
				}
				lx.animals[e.val] = true
			}
		}
		lx.add(e)
	}
}

// AnimalKind reports whether unit is what a language's animal classifier
// counts on its own, the kind and not the animal ("12 ekor": animals).
func AnimalKind(lang, unit string) bool {
	lx := getLexicon(lang)
	return unit != "" && unit == lx.animalKind
}

// Animal reports whether unit counts animals of one kind ("sapi": cattle),
// so that a bare classifier after it ("… dan 12 ekor mati") may count the same.
func Animal(lang, unit string) bool {
	return getLexicon(lang).animals[unit]
}
