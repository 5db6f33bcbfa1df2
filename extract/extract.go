// Package extract turns one news text into attributions: sentences,
// tokens, cues, source and content spans, via chains, dates, figures and
// in-document coreference, driven by the per-language lexicons in lang.
//
// The engine is rule-based and explainable: every attribution names the
// rule that produced it and the lexicon entry (file line) that matched.
package extract

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"sumber"
	"sumber/lang"
)

// Engine is the rule-based extractor. It is safe for concurrent use.
type Engine struct {
	lex  map[string]*lexicon
	pool sync.Pool
}

// New returns an extractor loaded with every embedded language. The
// lexicons are embedded and tested, so a load error is a build defect and
// New panics on it; use Load to get the error instead.
func New() *Engine {
	e, err := Load()
	if err != nil {
		panic(err)
	}
	return e
}

// Load returns an extractor loaded with every embedded language.
func Load() (*Engine, error) {
	e := &Engine{lex: map[string]*lexicon{}}
	for _, code := range lang.Codes() {
		if !lang.Has(code, "cues.tsv") {
			continue
		}
		l, err := loadLexicon(code)
		if err != nil {
			return nil, err
		}
		e.lex[code] = l
	}
	if e.lex["en"] == nil {
		return nil, fmt.Errorf("extract: no English lexicon")
	}
	e.pool.New = func() any { return new(doc) }
	return e, nil
}

// Languages lists the languages the engine has lexicons for.
func (e *Engine) Languages() []string {
	var out []string
	for _, c := range lang.Codes() {
		if e.lex[c] != nil {
			out = append(out, c)
		}
	}
	return out
}

// Extract implements sumber.Extractor.
func (e *Engine) Extract(text string, opt sumber.ExtractOptions) []sumber.Attribution {
	code := opt.Lang
	if code == "" {
		code = detectLang(text)
	}
	l := e.lex[code]
	if l == nil {
		l = e.lex["en"]
	}
	d := e.pool.Get().(*doc)
	defer e.pool.Put(d)
	if len(text) <= window {
		d.reset(text, l, opt)
		d.run()
		return d.output()
	}
	// Longer than any article: work window by window, cut at line breaks,
	// so that memory stays bounded; spans are shifted back into the text.
	var out []sumber.Attribution
	runes := 0
	for len(text) > 0 {
		part := cutWindow(text)
		d.reset(part, l, opt)
		d.run()
		for _, a := range d.output() {
			shiftAttribution(&a, runes)
			out = append(out, a)
		}
		runes += utf8.RuneCountInString(part)
		text = text[len(part):]
	}
	return out
}

// window is the most text processed at once (bytes).
const window = 256 << 10

// cutWindow returns a prefix of text of at most window bytes, ending at a
// line break, a space, or a rune boundary.
func cutWindow(text string) string {
	if len(text) <= window {
		return text
	}
	cut := strings.LastIndexByte(text[:window], '\n')
	if cut < window/2 {
		cut = strings.LastIndexByte(text[:window], ' ')
	}
	if cut < window/2 {
		cut = window
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		return text[:cut]
	}
	return text[:cut+1]
}

func shiftAttribution(a *sumber.Attribution, by int) {
	shift := func(s *sumber.Span) {
		if s.End > s.Start {
			s.Start += by
			s.End += by
		}
	}
	shift(&a.Source)
	shift(&a.Cue)
	shift(&a.Content)
	if a.ResolvedFrom != nil {
		shift(a.ResolvedFrom)
	}
	for i := range a.Via {
		shift(&a.Via[i].Span)
	}
	if a.Date != nil {
		shift(&a.Date.Span)
	}
	for i := range a.Figures {
		shift(&a.Figures[i].Span)
	}
}
