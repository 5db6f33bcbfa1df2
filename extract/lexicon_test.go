package extract

import "testing"

// TestWordClassNames keeps the class constants and their file names in
// step: every class has a name, and no two share one.
func TestWordClassNames(t *testing.T) {
	seen := map[string]wclass{}
	for c, name := range wordClasses {
		if name == "" {
			t.Errorf("class %d has no name", c)
		}
		if prev, ok := seen[name]; ok {
			t.Errorf("classes %d and %d are both %q", prev, c, name)
		}
		seen[name] = wclass(c)
	}
}

// TestLexiconsLoad loads every embedded language and checks that each has
// cues and abbreviations.
func TestLexiconsLoad(t *testing.T) {
	e, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"id", "en", "vi"} {
		l := e.lex[code]
		if l == nil || len(l.cues) == 0 || len(l.abbrev) == 0 {
			t.Errorf("%s: lexicon missing or empty", code)
		}
	}
}
