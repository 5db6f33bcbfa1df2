package dates

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"sumber/lang"
)

// lic is a set of things a preceding word licenses ("pada 2023", "ngày 18/10").
type lic uint8

const (
	licYear lic = 1 << iota
	licMonth
	licDM
	licWeekday
	licSeason
	licMonthNum
	licAll = licYear | licMonth | licDM | licWeekday | licSeason | licMonthNum
)

// kind is the column "kind" of dates.tsv.
type kind uint8

const (
	kMonth kind = iota + 1
	kWeekday
	kSeason
	kRelDay
	kRelWeek
	kRelWeekend
	kRelMonth
	kRelYear
	kPast
	kThis
	kNext
	kPart
	kCtx
	kNoun
	kUnit
	kOf
	kCount
)

var kindNames = map[string]kind{
	"month": kMonth, "weekday": kWeekday, "season": kSeason,
	"rel-day": kRelDay, "rel-week": kRelWeek, "rel-weekend": kRelWeekend,
	"rel-month": kRelMonth, "rel-year": kRelYear,
	"past": kPast, "this": kThis, "next": kNext, "part": kPart,
	"ctx": kCtx, "noun": kNoun, "unit": kUnit, "of": kOf, "count": kCount,
}

type flag uint8

const (
	fCap flag = 1 << iota
	fCapBare
	fAbbr
	fNeedCtx
)

// Units and seasons as entry values.
const (
	uDay = iota
	uWeek
	uMonth
	uYear
)

var seasonNames = map[string]int{"spring": 0, "summer": 1, "autumn": 2, "winter": 3}

// entry is one row of a lexicon.
type entry struct {
	kind      kind
	val       int
	lic       lic
	pre, post bool
	flags     flag
	line      int
}

// phrase is a lexicon phrase with every row that shares it.
type phrase struct {
	text  string
	words []string
	ents  []entry
}

func (ph *phrase) get(k kind) *entry {
	if ph == nil {
		return nil
	}
	for i := range ph.ents {
		if ph.ents[i].kind == k {
			return &ph.ents[i]
		}
	}
	return nil
}

// licence returns what the phrase licenses as a ctx or noun word, and
// whether that word is kept in the span.
func (ph *phrase) licence() (l lic, noun bool) {
	if ph == nil {
		return 0, false
	}
	for _, e := range ph.ents {
		switch e.kind {
		case kCtx:
			l |= e.lic
		case kNoun:
			l |= e.lic
			noun = true
		}
	}
	return l, noun
}

// lexicon is the compiled dates.tsv of one language.
type lexicon struct {
	code string
	// first maps a phrase's first word to the phrases that start with it,
	// longest first.
	first map[string][]*phrase
	// pairs has bit (b0<<8|b1) set for the first two bytes of every first
	// word (b1 = 0 for one-byte words): a cheap filter before the map.
	pairs  [8192]byte
	maxLen int
	// mdy: numeric dates are month first ("12/23/2024") in this language.
	mdy bool
	// dotDM: "18.10" may be a day and month.
	dotDM bool
	// dashDM: "18-10" may be a day and month after a date word ("ngày
	// 18-10", "tối 12-10", as Tuổi Trẻ writes them).
	dashDM bool
	errs   []error
	rules  map[string]string
}

var (
	lexOnce sync.Once
	lexes   map[string]*lexicon
)

// lexiconFor returns the compiled lexicon of a language, loading it once.
// Every unknown language shares one empty lexicon, "und": only numeric
// dates are found, day first, and rules read "und:iso".
func lexiconFor(code string) *lexicon {
	lexOnce.Do(func() {
		lexes = map[string]*lexicon{"und": load("und")}
		for _, c := range lang.Codes() {
			if lang.Has(c, "dates.tsv") {
				lexes[c] = load(c)
			}
		}
	})
	if lx, ok := lexes[code]; ok {
		return lx
	}
	return lexes["und"]
}

func load(code string) *lexicon {
	lx := &lexicon{code: code, first: map[string][]*phrase{}}
	lx.buildRules()
	if !lang.Has(code, "dates.tsv") {
		return lx
	}
	rows, err := lang.ReadTSV(code, "dates.tsv")
	if err != nil {
		lx.errs = append(lx.errs, err)
		return lx
	}
	byText := map[string]*phrase{}
	for _, r := range rows {
		if r.Field(1) == "setting" {
			if err := lx.setting(r.Field(0), r.Field(2)); err != nil {
				lx.errs = append(lx.errs, fmt.Errorf("%s/dates.tsv:%d: %w", code, r.Line, err))
			}
			continue
		}
		e, err := parseRow(r)
		if err != nil {
			lx.errs = append(lx.errs, fmt.Errorf("%s/dates.tsv:%d: %w", code, r.Line, err))
			continue
		}
		text := strings.Join(strings.Fields(strings.ToLower(r.Field(0))), " ")
		ph := byText[text]
		if ph == nil {
			ph = &phrase{text: text, words: strings.Fields(text)}
			byText[text] = ph
			w := ph.words[0]
			lx.first[w] = append(lx.first[w], ph)
			lx.setPair(w)
			if len(w) > lx.maxLen {
				lx.maxLen = len(w)
			}
		}
		ph.ents = append(ph.ents, e)
	}
	for _, list := range lx.first {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
	}
	return lx
}

// setting reads a row of kind setting: how the language writes numeric
// dates.
func (lx *lexicon) setting(name, value string) error {
	switch name {
	case "numeric-order":
		if value != "dmy" && value != "mdy" {
			return fmt.Errorf("numeric-order %q: want dmy or mdy", value)
		}
		lx.mdy = value == "mdy"
	case "day-month-dot":
		lx.dotDM = value == "yes"
	case "day-month-dash":
		lx.dashDM = value == "yes"
	default:
		return fmt.Errorf("unknown setting %q", name)
	}
	return nil
}

// licenceNames and flagNames are the words of dates.tsv's value and
// flags columns.
var (
	licenceNames = map[string]lic{"year": licYear, "month": licMonth, "dm": licDM, "weekday": licWeekday,
		"season": licSeason, "monthnum": licMonthNum}
	flagNames = map[string]flag{"cap": fCap, "capbare": fCapBare, "abbr": fAbbr, "needctx": fNeedCtx}
)

func parseRow(r lang.Row) (entry, error) {
	e := entry{line: r.Line}
	if r.Field(0) == "" || !utf8.ValidString(r.Field(0)) {
		return e, fmt.Errorf("empty or invalid phrase")
	}
	k, ok := kindNames[r.Field(1)]
	if !ok {
		return e, fmt.Errorf("unknown kind %q", r.Field(1))
	}
	e.kind = k
	v := r.Field(2)
	var err error
	switch k {
	case kMonth:
		e.val, err = intIn(v, 1, 12)
	case kWeekday:
		e.val, err = intIn(v, 1, 7)
	case kSeason:
		var ok bool
		if e.val, ok = seasonNames[v]; !ok {
			err = fmt.Errorf("unknown season %q", v)
		}
	case kRelDay, kRelWeek, kRelWeekend, kRelMonth, kRelYear:
		e.val, err = intIn(v, -100, 100)
	case kCount:
		e.val, err = intIn(v, 1, 100)
	case kPast, kThis, kNext:
		for _, p := range strings.Split(v, ",") {
			switch strings.TrimSpace(p) {
			case "pre":
				e.pre = true
			case "post":
				e.post = true
			default:
				err = fmt.Errorf("modifier position %q", p)
			}
		}
	case kPart:
		switch v {
		case "early", "mid", "late":
		default:
			err = fmt.Errorf("part %q", v)
		}
	case kCtx, kNoun:
		for _, p := range strings.Split(v, ",") {
			l, ok := licenceNames[strings.TrimSpace(p)]
			if !ok {
				err = fmt.Errorf("licence %q", p)
			}
			e.lic |= l
		}
	case kUnit:
		switch v {
		case "day":
			e.val = uDay
		case "week":
			e.val = uWeek
		case "month":
			e.val = uMonth
		case "year":
			e.val = uYear
		default:
			err = fmt.Errorf("unit %q", v)
		}
	}
	if err != nil {
		return e, err
	}
	if f := r.Field(3); f != "" {
		for _, p := range strings.Split(f, ",") {
			fl, ok := flagNames[strings.TrimSpace(p)]
			if !ok {
				return e, fmt.Errorf("unknown flag %q", p)
			}
			e.flags |= fl
		}
	}
	return e, nil
}

func intIn(s string, lo, hi int) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("value %q not in %d..%d", s, lo, hi)
	}
	return n, nil
}

// ruleNames are the pattern names, prefixed by the language once at load
// time so that Find does not build strings per match.
var ruleNames = []string{
	"iso", "numeric-dm", "numeric-md", "numeric-dmy", "numeric-mdy", "day-month", "day-month-year",
	"month-day", "month-day-year", "month-year", "month", "month-rel", "year", "ago",
	"weekday", "weekday-week", "season", "season-year",
	"rel-day", "rel-week", "rel-weekend", "rel-month", "rel-year",
}

// rule returns the language-prefixed rule name.
func (lx *lexicon) rule(name string) string {
	if s, ok := lx.rules[name]; ok {
		return s
	}
	return lx.code + ":" + name
}

func (lx *lexicon) buildRules() {
	lx.rules = map[string]string{}
	for _, n := range ruleNames {
		lx.rules[n] = lx.code + ":" + n
		lx.rules["part+"+n] = lx.code + ":part+" + n
		lx.rules["weekday-"+n] = lx.code + ":weekday-" + n
	}
}

func pairKey(w []byte) int {
	k := int(w[0]) << 8
	if len(w) > 1 {
		k |= int(w[1])
	}
	return k
}

func (lx *lexicon) setPair(w string) {
	k := pairKey([]byte(w))
	lx.pairs[k>>3] |= 1 << (k & 7)
}

func (lx *lexicon) hasPair(w []byte) bool {
	k := pairKey(w)
	return lx.pairs[k>>3]&(1<<(k&7)) != 0
}
