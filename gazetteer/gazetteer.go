// Package gazetteer holds the named entities the rules need to recognise
// across languages: for now the news outlets and wire services whose names
// mark a relay (via) rather than the origin of a claim. Entries are data in
// embedded TSV files; adding a name needs no code.
package gazetteer

import (
	_ "embed"
	"strings"
	"sync"

	"sumber/lang"
)

//go:embed outlets.tsv
var outletsTSV []byte

// Outlet is a news organisation.
type Outlet struct {
	Name    string   // canonical name
	Kind    string   // wire, outlet, broadcaster, state-media
	Aliases []string // as written in the file
}

var (
	loadOnce sync.Once
	outlets  []Outlet
	byAlias  map[string]int  // lower-cased alias → index in outlets
	firsts   map[string]bool // lower-cased first words of aliases
	maxWords int
)

func load() {
	byAlias = map[string]int{}
	firsts = map[string]bool{}
	for _, r := range lang.ParseTSV(outletsTSV) {
		o := Outlet{Name: r.Field(0), Kind: r.Field(1)}
		for _, a := range strings.Split(r.Field(2), "|") {
			if a = strings.TrimSpace(a); a == "" {
				continue
			}
			o.Aliases = append(o.Aliases, a)
			byAlias[strings.ToLower(a)] = len(outlets)
			firsts[strings.ToLower(strings.Fields(a)[0])] = true
			if n := len(strings.Fields(a)); n > maxWords {
				maxWords = n
			}
		}
		outlets = append(outlets, o)
	}
}

// LookupOutlet finds the outlet whose alias is exactly the given words
// (matched case-insensitively, spaces normalised).
func LookupOutlet(words string) (Outlet, bool) {
	loadOnce.Do(load)
	i, ok := byAlias[strings.ToLower(strings.Join(strings.Fields(words), " "))]
	if !ok {
		return Outlet{}, false
	}
	return outlets[i], true
}

// LookupOutletKey finds the outlet whose alias, lower-cased with single
// spaces between words, is exactly key. It does no normalisation, so it
// is cheap enough for a tokenizer's inner loop.
func LookupOutletKey(key string) (Outlet, bool) {
	loadOnce.Do(load)
	i, ok := byAlias[key]
	if !ok {
		return Outlet{}, false
	}
	return outlets[i], true
}

// LookupOutletBytes is LookupOutletKey for a key in a byte slice, without
// copying it.
func LookupOutletBytes(key []byte) (Outlet, bool) {
	loadOnce.Do(load)
	i, ok := byAlias[string(key)]
	if !ok {
		return Outlet{}, false
	}
	return outlets[i], true
}

// OutletStarts reports whether some outlet alias starts with the given
// lower-cased word: a cheap test before LookupOutlet.
func OutletStarts(lowerWord string) bool {
	loadOnce.Do(load)
	return firsts[lowerWord]
}

// MaxOutletWords is the number of words in the longest alias, so that a
// caller scanning tokens knows how far to look.
func MaxOutletWords() int {
	loadOnce.Do(load)
	return maxWords
}

// Outlets returns every outlet in file order.
func Outlets() []Outlet {
	loadOnce.Do(load)
	return outlets
}
