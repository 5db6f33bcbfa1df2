package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ContentHash is the identity of a text: the hex SHA-256 of its
// normalised form (Unicode NFKC, lower case, runs of white space made one
// space, trimmed). Two fetches of the same report that differ only in
// case, spacing or Unicode composition hash the same.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(normalize(text)))
	return hex.EncodeToString(sum[:])
}

// normalize is the text ContentHash hashes.
func normalize(text string) string {
	text = norm.NFKC.String(text)
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldRune maps letters without a decomposition to their base letter.
var foldRune = map[rune]rune{
	'đ': 'd', 'Đ': 'd', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l', 'ı': 'i',
	'ß': 's', 'æ': 'a', 'Æ': 'a', 'œ': 'o', 'Œ': 'o',
}

// Words splits text into search words: lower case, diacritics removed
// ("Triều Tiên" → "trieu", "tien"; "Đà Nẵng" → "da", "nang"), split at
// anything that is not a letter or a digit. Both the full-text index and
// queries go through it, so they agree in every dialect.
func Words(text string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	if !isASCII(text) {
		text = norm.NFD.String(text)
	}
	for _, r := range text {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := foldRune[r]; ok {
			r = f
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		flush()
	}
	flush()
	return words
}

// Fold is Words joined by single spaces: the comparable form of a name.
func Fold(text string) string { return strings.Join(Words(text), " ") }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
