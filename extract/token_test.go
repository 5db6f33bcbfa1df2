package extract

import (
	"strings"
	"testing"
)

func TestTokenizeClitics(t *testing.T) {
	tests := []struct{ in, want string }{
		{"He’s predicting", "He|’s|predicting"},
		{"Sari's campaign", "Sari|'s|campaign"},
		{"they’re sure we'll win", "they|’re|sure|we|'ll|win"},
		{"don't and wouldn’t", "don't|and|wouldn’t"},            // n't stays with its verb
		{"O’Brien and rock'n'roll", "O’Brien|and|rock'n'roll"},  // not clitics
		{"the ’90s and 'sources'", "the|’|90s|and|'|sources|'"}, // quotes, not clitics
		{"Ma'am", "Ma'am"},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range tokenize(tt.in, lowerSameLen(tt.in), nil, nil) {
			got = append(got, tt.in[tk.start:tk.end])
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("tokenize(%q) = %s; want %s", tt.in, g, tt.want)
		}
	}
}

func TestPhraseWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"editor's note", "editor|'s|note"},
		{"’d like", "’d|like"},
		{"wouldn’t say", "wouldn’t|say"},
		{"according to", "according|to"},
	}
	for _, tt := range tests {
		if g := strings.Join(phraseWords(tt.in), "|"); g != tt.want {
			t.Errorf("phraseWords(%q) = %s; want %s", tt.in, g, tt.want)
		}
	}
}
