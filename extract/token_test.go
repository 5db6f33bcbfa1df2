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

func TestTokenizePluralPossessive(t *testing.T) {
	tests := []struct {
		in    string
		k     int  // token index of the mark
		quote bool // read as a quotation mark
	}{
		{"the voters’ choice", 2, false},      // closes nothing: an apostrophe
		{"a ‘rush to judgment’ now", 1, true}, // an opening mark
		{"a ‘rush to judgment’ now", 5, true}, // and the one that closes it
		{"he said ‘yes’ and left", 2, true},   // opening
		{"he said ‘yes’ and left", 4, true},   // closing, tight after a word
		{"the ‘dockers’ union’ met", 3, true}, // an open mark is closed first
		{"It was the bosses’. Then", 4, true}, // before punctuation it may close a quotation
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, lowerSameLen(tt.in), nil, nil)
		if tt.k >= len(toks) {
			t.Errorf("tokenize(%q): no token %d", tt.in, tt.k)
			continue
		}
		if got := toks[tt.k].kind == quote; got != tt.quote {
			t.Errorf("tokenize(%q) token %d %q: quote = %v, want %v", tt.in, tt.k, tt.in[toks[tt.k].start:toks[tt.k].end], got, tt.quote)
		}
	}
}
