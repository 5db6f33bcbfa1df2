package dates

import (
	"testing"
	"unicode"
)

func TestFastCase(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		if isLetterRune(r) != (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			t.Errorf("letter %U", r)
		}
		if toLower(r) != unicode.ToLower(r) {
			t.Errorf("lower %U", r)
		}
	}
}
