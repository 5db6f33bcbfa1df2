package neardup

import (
	"strings"
	"testing"
)

func words(s string) []string { return strings.Fields(strings.ToLower(s)) }

const story = `negotiators from the two delegations met for a third day on thursday without agreeing on the exchange of prisoners according to a statement from the mediators the statement said both sides had submitted lists of names and that technical teams would continue working through the weekend`

func TestSimilar(t *testing.T) {
	a := Shingles(words("site one world news share this " + story + " copyright site one all rights reserved"))
	b := Shingles(words("breaking by wire staff " + strings.Replace(story, "a third day", "the third day", 1) + " subscribe to our newsletter"))
	if !Similar(a, b) {
		j, c := Similarity(a, b)
		t.Errorf("copies not similar: jaccard %.2f containment %.2f", j, c)
	}
	other := Shingles(words(`prisoner exchanges have a long history in the region and analysts say the current negotiators face a harder task because both lists are longer and several names are disputed by the two sides`))
	if Similar(a, other) {
		t.Errorf("different stories similar")
	}
	// A one-sentence quote of a long story is not a copy of it.
	quote := Shingles(words("the statement said both sides had submitted lists of names"))
	if Similar(a, quote) {
		t.Errorf("short quote counted as a copy")
	}
}

func TestKeys(t *testing.T) {
	a := Shingles(words(story + " extra words at the end"))
	b := Shingles(words("a header line " + story))
	ka, kb := Keys(MinHash(a)), Keys(MinHash(b))
	if len(ka) != Bands {
		t.Fatalf("%d keys", len(ka))
	}
	shared := 0
	for i := range ka {
		if ka[i] == kb[i] {
			shared++
		}
	}
	if shared == 0 {
		t.Errorf("near-duplicates share no LSH key")
	}
	// Deterministic across processes and releases: stored keys must
	// stay valid. Changing the hashing needs a migration that rebuilds
	// document_keys.
	if k := Keys(MinHash(Shingles(words("one two three four")))); k[0] != -2448053289318115836 {
		t.Errorf("key changed: %d", k[0])
	}
}
