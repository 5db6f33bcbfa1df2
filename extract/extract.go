// Package extract turns one news text into attributions: sentences,
// tokens, cues, source and content spans, via chains, dates, figures and
// in-document coreference, driven by the per-language lexicons in lang.
package extract

import "sumber"

// Engine is the rule-based extractor. It is safe for concurrent use.
type Engine struct{}

// New returns an extractor loaded with every embedded language.
func New() *Engine { return &Engine{} }

// Extract implements sumber.Extractor.
func (e *Engine) Extract(text string, opt sumber.ExtractOptions) []sumber.Attribution {
	return nil
}
