package ingest

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"sumber/lang"
)

// rules are the boilerplate and provenance phrases of every language,
// read from lang/<code>/boilerplate.tsv. They are applied whatever the
// page's language: a Vietnamese footer on an English page is still a
// footer, and the phrases are specific enough not to collide.
type rules struct {
	blocks  []string         // lower-case labels of related-link blocks
	lines   []*regexp.Regexp // whole-paragraph boilerplate
	sources []string         // lower-case provenance labels, longest first
	derived []*regexp.Regexp // "X reports citing Y" and friends, with (?P<outlet>)
	wires   map[string]string
	// wireAliases lists aliases longest first, for scanning.
	wireAliases []string
}

var (
	rulesOnce sync.Once
	rulesVal  *rules
	rulesErr  error
)

// loadRules returns the embedded rules, loaded once.
func loadRules() (*rules, error) {
	rulesOnce.Do(func() { rulesVal, rulesErr = readRules() })
	return rulesVal, rulesErr
}

func mustRules() *rules {
	r, err := loadRules()
	if err != nil {
		panic(err) // the data files are embedded and tested: a build defect
	}
	return r
}

func readRules() (*rules, error) {
	r := &rules{wires: map[string]string{}}
	for _, code := range lang.Codes() {
		if !lang.Has(code, "boilerplate.tsv") {
			continue
		}
		rows, err := lang.ReadTSV(code, "boilerplate.tsv")
		if err != nil {
			return nil, err
		}
		for _, row := range rows {
			where := fmt.Sprintf("lang/%s/boilerplate.tsv:%d", code, row.Line)
			kind, arg := row.Field(0), row.Field(1)
			if arg == "" {
				return nil, fmt.Errorf("%s: %s without a value", where, kind)
			}
			switch kind {
			case "block":
				r.blocks = append(r.blocks, strings.ToLower(arg))
			case "source":
				r.sources = append(r.sources, strings.ToLower(arg))
			case "line":
				re, err := regexp.Compile(`^(?i:` + arg + `)$`)
				if err != nil {
					return nil, fmt.Errorf("%s: %v", where, err)
				}
				r.lines = append(r.lines, re)
			case "derived":
				re, err := regexp.Compile(`(?i:` + arg + `)`)
				if err != nil {
					return nil, fmt.Errorf("%s: %v", where, err)
				}
				if re.SubexpIndex("outlet") < 0 {
					return nil, fmt.Errorf("%s: derived pattern without (?P<outlet>…)", where)
				}
				r.derived = append(r.derived, re)
			case "wire":
				for _, a := range row.Fields[1:] {
					if a != "" {
						r.wires[a] = arg
					}
				}
			default:
				return nil, fmt.Errorf("%s: unknown kind %q", where, kind)
			}
		}
	}
	sort.Slice(r.sources, func(i, j int) bool { return len(r.sources[i]) > len(r.sources[j]) })
	for a := range r.wires {
		r.wireAliases = append(r.wireAliases, a)
	}
	sort.Slice(r.wireAliases, func(i, j int) bool {
		a, b := r.wireAliases[i], r.wireAliases[j]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	return r, nil
}

// isBoilerplate reports whether a whole paragraph is boilerplate.
func (r *rules) isBoilerplate(p string) bool {
	if utf8.RuneCountInString(p) > 300 {
		return false // real paragraphs; keeps the regexes cheap
	}
	for _, re := range r.lines {
		if re.MatchString(p) {
			return true
		}
	}
	return r.blockLabel(p) != ""
}

// blockLabel returns the related-links label that p starts with ("Baca
// juga:", "Tin liên quan"), or "".
func (r *rules) blockLabel(p string) string {
	lp := strings.ToLower(strings.TrimSpace(p))
	for _, b := range r.blocks {
		if !strings.HasPrefix(lp, b) {
			continue
		}
		rest := lp[len(b):]
		if rest == "" || rest[0] == ':' || rest[0] == ' ' && len(rest) > 1 && rest[1] == ':' {
			return b
		}
		// "Baca juga Judul artikel lain" without a colon is a label only
		// when the paragraph is short.
		if rest[0] == ' ' && utf8.RuneCountInString(lp) < 120 && (b == "baca juga" || b == "read more" || b == "xem thêm" || b == "đọc thêm") {
			return b
		}
	}
	return ""
}

// wire returns the canonical name of the wire agency called name (an
// alias from the data), or "".
func (r *rules) wire(name string) string {
	name = strings.TrimSpace(name)
	if c, ok := r.wires[name]; ok {
		return c
	}
	if len(name) > 3 {
		for a, c := range r.wires {
			if len(a) > 3 && strings.EqualFold(a, name) {
				return c
			}
		}
	}
	return ""
}
