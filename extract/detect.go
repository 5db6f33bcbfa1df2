package extract

import "sumber/lang"

// detectLang guesses the language of a text when none is given. Malay is
// read with the Indonesian lexicon; languages without a lexicon fall back
// to English rules.
func detectLang(text string) string {
	code, _ := lang.Detect(text)
	if code == "ms" {
		return "id"
	}
	return code
}
