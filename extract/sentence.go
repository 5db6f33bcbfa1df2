package extract

import "strings"

// maxSentence bounds a sentence's length in tokens, so that the work per
// sentence, and so per document, stays linear in the input.
const maxSentence = 160

// sentence is a run of tokens [first, last).
type sentence struct{ first, last int }

func isTerminal(t token) bool {
	if t.kind != punct {
		return false
	}
	switch t.low {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

func isCloser(t token) bool {
	return t.kind == quote || t.low == ")" || t.low == "]"
}

// splitSentences groups tokens into sentences: at terminal punctuation
// followed by something that can start a sentence, and at line breaks that
// do not look like a wrapped line.
func (l *lexicon) splitSentences(toks []token, out []sentence) []sentence {
	out = out[:0]
	start := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i-start >= maxSentence {
			// not prose: a run-on line or binary junk; bound the work per sentence
			out = append(out, sentence{start, i})
			start = i
		}
		if i > start && t.nl {
			prev := toks[i-1]
			wrapped := !t.blank && !t.upper && t.kind == word && (prev.kind == word || prev.low == ",")
			if !wrapped {
				out = append(out, sentence{start, i})
				start = i
			}
		}
		end := -1
		switch {
		case isTerminal(t):
			end = i + 1
		case t.kind == word && strings.HasSuffix(t.low, ".") && l.abbrev[t.low] && i+1 < len(toks):
			// an abbreviation that may end a sentence: only before a typical sentence start
			if n := toks[i+1]; n.upper && l.is(wStarter, toks, i+1) > 0 {
				end = i + 1
			}
		case t.kind == word && t.upper && len(t.low) == 2 && t.low[1] == '.' && t.low[0] >= 'a' && t.low[0] <= 'z' && i+1 < len(toks) && i > start:
			// a capital and a dot that keep together as an initial end the
			// sentence before a quotation or a sentence starter: "wrote on
			// X. \"Nobody listened.\"" (an initial is followed by a name)
			if n := toks[i+1]; n.start > t.end && (n.kind == quote || n.upper && l.is(wStarter, toks, i+1) > 0) {
				end = i + 1
			}
			// the letter of a temperature scale after a number and its degree
			// word is a unit, not an initial: "lên tới 43 độ C. Trung tâm …"
			if i >= start+2 && toks[i-2].kind == number && l.is(wDegree, toks, i-1) == 1 {
				end = i + 1
			}
		}
		if end < 0 {
			continue
		}
		// closing quotes and brackets hugging the terminal belong to this sentence
		for end < len(toks) && isCloser(toks[end]) && toks[end].start == toks[end-1].end {
			end++
		}
		// repeated terminals: "?!", "..."
		for end < len(toks) && isTerminal(toks[end]) && toks[end].start == toks[end-1].end {
			end++
		}
		if end >= len(toks) {
			i = end - 1
			continue
		}
		n := toks[end]
		if n.upper || n.kind == number || n.kind == quote || n.nl || n.low == "(" || n.low == "-" || n.low == "—" {
			out = append(out, sentence{start, end})
			start = end
			i = end - 1
		}
	}
	if start < len(toks) {
		out = append(out, sentence{start, len(toks)})
	}
	return out
}
