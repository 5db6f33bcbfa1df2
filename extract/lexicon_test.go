package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strings"
	"testing"
)

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

// TestAffixes reads word forms by the endings and beginnings each
// language's words.tsv gives, so a rule about English participles never
// fires on an Indonesian word that happens to end in -ed, and the
// Indonesian verb prefixes mean nothing in English.
func TestAffixes(t *testing.T) {
	e, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	suffixes := []struct {
		lang, word string
		a          affix
		want       bool
	}{
		{"en", "reported", aPast, true},
		{"en", "saying", aGerund, true},
		{"en", "reportedly", aAdverb, true},
		{"en", "claims", aPlural, true},
		{"en", "witness", aSingular, true},
		{"en", "trump's", aPossessive, true},
		{"en", "trump’s", aPossessive, true},
		{"en", "said", aPast, false},
		{"id", "ujarnya", aNya, true},
		{"id", "ahmed", aPast, false},
		{"vi", "saying", aGerund, false},
	}
	for _, c := range suffixes {
		if got := e.lex[c.lang].suffix(c.a, c.word); got != c.want {
			t.Errorf("%s suffix(%s, %q) = %v, want %v", c.lang, affixNames[c.a], c.word, got, c.want)
		}
	}
	prefixes := []struct {
		lang, word string
		a          affix
		min        int
		want       bool
	}{
		{"id", "dibantah", aPassive, 4, true},
		{"id", "menolak", aActive, 4, true},
		{"id", "berangkat", aActive, 4, true},
		{"id", "tertangkap", aStative, 4, true},
		{"id", "diam", aPassive, 4, false},
		{"en", "denied", aPassive, 0, false},
		{"en", "mediation", aActive, 0, false},
	}
	for _, c := range prefixes {
		if got := e.lex[c.lang].prefix(c.a, c.word, c.min); got != c.want {
			t.Errorf("%s prefix(%s, %q, %d) = %v, want %v", c.lang, affixNames[c.a], c.word, c.min, got, c.want)
		}
	}
	// every affix class has a name, and no name is also a word class
	classes := map[string]bool{}
	for _, n := range wordClasses {
		classes[n] = true
	}
	for a, n := range affixNames {
		if n == "" || classes[n] {
			t.Errorf("affix %d: name %q empty or a word class too", a, n)
		}
	}
}

// TestGrammarFeatures checks that each grammar feature has one name and
// that the languages' grammar.tsv switch on what their rules need: the
// comma-relative reading of "X, who …, said" is English, verbal prefixes
// Indonesian, syllables Vietnamese.
func TestGrammarFeatures(t *testing.T) {
	seen := map[string]bool{}
	for f, name := range featureNames {
		if name == "" || seen[name] {
			t.Errorf("feature %d: name %q empty or used twice", f, name)
		}
		seen[name] = true
	}
	e, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang string
		f    feature
		want bool
	}{
		{"en", fCommaRelative, true},
		{"id", fCommaRelative, false},
		{"vi", fCommaRelative, false},
		{"id", fVerbPrefixes, true},
		{"en", fVerbPrefixes, false},
		{"vi", fSyllables, true},
		{"en", fSyllables, false},
		{"id", fFiguresToOuter, true},
		{"vi", fFiguresToOuter, true},
		{"en", fFiguresToOuter, false},
		{"vi", fNameDash, true},
		{"en", fNameDash, false},
		{"vi", fCountedCueNoun, true},
		{"id", fCountedCueNoun, false},
		{"vi", fHeadlineTopicColon, true},
		{"en", fHeadlineTopicColon, false},
	}
	for _, c := range cases {
		if got := e.lex[c.lang].has(c.f); got != c.want {
			t.Errorf("%s has %s = %v, want %v", c.lang, featureNames[c.f], got, c.want)
		}
	}
}

// TestRulesTestNoLanguageCode keeps the rules language-neutral: no
// comparison of a lexicon's code with a language's name in the
// extractor, the figure reader or the date reader (a rule that only some
// languages have is switched on by a grammar feature, a setting or a
// word class in lang/<code>/).
func TestRulesTestNoLanguageCode(t *testing.T) {
	fset := gotoken.NewFileSet()
	for _, dir := range []string{".", "../figures", "../dates"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				b, ok := n.(*ast.BinaryExpr)
				if !ok || b.Op != gotoken.EQL && b.Op != gotoken.NEQ {
					return true
				}
				for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
					sel, ok := pair[0].(*ast.SelectorExpr)
					lit, isLit := pair[1].(*ast.BasicLit)
					if ok && isLit && sel.Sel.Name == "code" && lit.Kind == gotoken.STRING && lit.Value != `""` {
						t.Errorf("%s: a rule tests the language code %s", fset.Position(b.Pos()), lit.Value)
					}
				}
				return true
			})
		}
	}
}
