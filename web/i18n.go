package web

import (
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"path"
	"sort"
	"strconv"
	"strings"
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
