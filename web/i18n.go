package web

import (
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"sumber/analyze"
	"sumber/gazetteer"
)

// The UI strings are data: one JSON object per locale in i18n/, key →
// text. English is complete; other locales may leave keys out, which
// then fall back to English. A new locale is a new file.
//
//go:embed i18n/*.json
var i18nFS embed.FS

// catalog holds every locale's messages.
type catalog map[string]map[string]string

func loadCatalog() (catalog, error) {
	c := catalog{}
	ents, err := i18nFS.ReadDir("i18n")
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		b, err := i18nFS.ReadFile("i18n/" + e.Name())
		if err != nil {
			return nil, err
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("i18n/%s: %w", e.Name(), err)
		}
		c[strings.TrimSuffix(e.Name(), path.Ext(e.Name()))] = m
	}
	if c["en"] == nil {
		return nil, fmt.Errorf("i18n: no en.json")
	}
	return c, nil
}

// locales lists the catalogue's locales, sorted.
func (c catalog) locales() []string {
	var out []string
	for k := range c {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Localizer gives one locale's strings to templates.
type Localizer struct {
	Lang string
	c    catalog
}

// T returns the message for key, in the locale, else in English, else
// the key itself.
func (l Localizer) T(key string) string {
	if s, ok := l.c[l.Lang][key]; ok {
		return s
	}
	if s, ok := l.c["en"][key]; ok {
		return s
	}
	return key
}

// F formats the message for key with args (fmt verbs in the message).
func (l Localizer) F(key string, args ...any) string {
	return fmt.Sprintf(l.T(key), args...)
}

// pickLang chooses the UI locale: ?lang=, then the lang cookie, then
// the best Accept-Language match, then def.
func (c catalog) pickLang(r *http.Request, def string) string {
	if l := r.URL.Query().Get("lang"); c[l] != nil {
		return l
	}
	if ck, err := r.Cookie("lang"); err == nil && c[ck.Value] != nil {
		return ck.Value
	}
	best, bestQ := "", 0.0
	for _, part := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		base, _, _ := strings.Cut(strings.ToLower(tag), "-")
		if base == "in" { // the old code for Indonesian
			base = "id"
		}
		if c[base] != nil && q > bestQ {
			best, bestQ = base, q
		}
	}
	if best != "" {
		return best
	}
	if c[def] != nil {
		return def
	}
	return "en"
}

// has reports whether the locale or English has a message for key.
func (l Localizer) has(key string) bool {
	if _, ok := l.c[l.Lang][key]; ok {
		return true
	}
	_, ok := l.c["en"][key]
	return ok
}

// word returns the message for key when there is one, else fallback.
func (l Localizer) word(key, fallback string) string {
	if l.has(key) {
		return l.T(key)
	}
	return fallback
}

// Actor says an actor's canonical name in the locale: the gazetteer's
// name for it ("North Korea" → "Korea Utara"), else the name as it is.
func (l Localizer) Actor(name string) string {
	return gazetteer.DisplayName(name, l.Lang)
}

// KnownActor is the gazetteer's actor a claim's source resolves to, named
// in the locale.
type KnownActor struct{ ID, Name string }

// Canon names the gazetteer actor behind a source, so that a reader of
// the ledger sees "Cơ quan tình báo Hàn Quốc" and "Badan Intelijen
// Nasional" as one NIS: actor is the extractor's resolved actor (the
// source itself when empty). It is nil when the gazetteer does not know
// the actor, or when the source already says the name shown.
func (l Localizer) Canon(actor, source string) *KnownActor {
	if actor == "" {
		actor = source
	}
	a, known := gazetteer.Identify(actor)
	if !known {
		return nil
	}
	n := gazetteer.DisplayName(a.Name, l.Lang)
	if gazetteer.Fold(n) == gazetteer.Fold(source) {
		return nil
	}
	return &KnownActor{ID: a.ID, Name: n}
}

// Origin says an origin as a finding's Args give it (the name, then its
// relays, separated by analyze.ArgSep) in the locale: each name through
// Actor, "via" from the catalogue.
func (l Localizer) Origin(s string) string {
	parts := strings.Split(s, analyze.ArgSep)
	for i, p := range parts {
		parts[i] = l.Actor(p)
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return parts[0] + " " + l.T("via") + " " + strings.Join(parts[1:], ", ")
}

// numberRE matches numbers written the English way: thousands grouped
// by commas and an optional decimal part, or a decimal number.
var numberRE = regexp.MustCompile(`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+`)

// Num writes the numbers in s, written the English way ("1,500", "×3.1"),
// with the locale's separators (number.thousands, number.decimal):
// "1.500" and "×3,1" in Indonesian. Dates ("2024-12-23") are untouched.
func (l Localizer) Num(s string) string {
	th, dec := l.T("number.thousands"), l.T("number.decimal")
	if th == "," && dec == "." || th == "number.thousands" {
		return s
	}
	return numberRE.ReplaceAllStringFunc(s, func(m string) string {
		var b strings.Builder
		for _, r := range m {
			switch r {
			case ',':
				b.WriteString(th)
			case '.':
				b.WriteString(dec)
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	})
}

// Measure says a measure key ("north-korea/troops/killed-or-wounded")
// in the locale: the subject through Actor, the unit and measure words
// from the catalogue (measure.unit.*, measure.word.*) where it has them,
// else as analyze.MeasurePhrase says them, put together by
// measure.phrase.
func (l Localizer) Measure(key string) string {
	en := analyze.MeasurePhrase(key)
	parts := strings.SplitN(key, "/", 3)
	if len(parts) != 3 || !l.has("measure.phrase") {
		return en
	}
	subj, ok := strings.CutSuffix(en, " "+parts[1]+" "+parts[2])
	if !ok {
		return en
	}
	return l.F("measure.phrase", l.Actor(subj),
		l.word("measure.unit."+parts[1], parts[1]), l.word("measure.word."+parts[2], parts[2]))
}

// Explain says a finding's explanation in the locale from its template
// and arguments (see analyze.Finding) when the catalogue has the
// template ("finding." + Template), else gives Explanation.
func (l Localizer) Explain(f FindingInfo) string {
	key := "finding." + f.Template
	a := f.Args
	if f.Template == "" || !l.has(key) {
		return f.Explanation
	}
	period := func(lo, hi string) string {
		if hi == "" {
			return lo
		}
		return l.F("finding.period", lo, hi)
	}
	switch f.Template {
	case "conflict.figures":
		if len(a) == 8 {
			factor := a[5]
			if factor == "far" {
				factor = l.T("finding.far")
			}
			return l.F(key, l.Origin(a[0]), l.Measure(a[1]), l.Num(a[2]), l.Origin(a[3]), l.Num(a[4]), l.Num(factor), period(a[6], a[7]))
		}
	case "corroboration":
		if len(a) == 7 {
			return l.F(key, l.Origin(a[0]), l.Num(a[1]), l.Origin(a[2]), l.Num(a[3]), l.Measure(a[4]), period(a[5], a[6]))
		}
	case "revision.raised", "revision.lowered", "revision.revised":
		if len(a) >= 4 {
			steps := append([]string(nil), a[4:]...)
			if at, err := strconv.Atoi(a[3]); err == nil && a[2] != "" && at >= 0 && at <= len(steps) {
				steps = append(steps[:at], append([]string{l.F("finding.dropped", a[2])}, steps[at:]...)...)
			}
			return l.F(key, l.Origin(a[0]), l.Measure(a[1]), l.Num(strings.Join(steps, " → ")))
		}
	case "conflict.stance":
		if len(a) == 6 {
			return l.F(key, l.Origin(a[0]), l.Origin(a[1]), l.word("finding.verb."+a[2], a[2]), a[3], period(a[4], a[5]))
		}
	case "revision.stance":
		if len(a) == 6 {
			return l.F(key, l.Origin(a[0]), a[1], l.word("finding.stanced."+a[2], a[2]), a[3], l.word("finding.stanced."+a[4], a[4]), a[5])
		}
	}
	return f.Explanation
}

// MeasureLabel says a measure's label in the locale when it is the
// phrase of its key (as the analyzer labels measures), else gives label
// as it is.
func (l Localizer) MeasureLabel(key, label string) string {
	if label == analyze.MeasurePhrase(key) {
		return l.Measure(key)
	}
	return label
}
