// Package extract turns one news text into attributions: sentences,
// tokens, cues, source and content spans, via chains, dates, figures and
// in-document coreference, driven by the per-language lexicons in lang.
//
// The engine is rule-based and explainable: every attribution names the
// rule that produced it and the lexicon entry (file line) that matched.
package extract

import (
	"fmt"
	"sync"

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
	d.reset(text, l, opt)
	d.run()
	return d.output()
}
