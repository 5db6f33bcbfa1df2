package extract

import "sumber/lang"

// detectLang guesses the language of a text when none is given and names
// the lexicon that reads it (lang.LexiconFor: Malay is read with the
// Indonesian one); languages without a lexicon fall back to English rules.
func detectLang(text string) string {
	code, _ := lang.Detect(text)
	return lang.LexiconFor(code)
}
