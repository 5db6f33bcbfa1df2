package lang

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Codes that Detect may return. The three languages with lexicons (id, en,
// vi) are told apart by stopword profiles and, for Vietnamese, by its
// letters and tone marks; the others only by their script.
const (
	Indonesian = "id"
	English    = "en"
	Vietnamese = "vi"
	// Malay is returned for Latin text written in Malaysian (or Bruneian)
	// Malay spelling: "bahawa", "kerana", "tentera", "menafikan". Its
	// function words are those of Indonesian, so a caller that has no Malay
	// lexicon may process it with the Indonesian one.
	Malay     = "ms"
	Korean    = "ko"
	Russian   = "ru"
	Ukrainian = "uk"
	Chinese   = "zh"
	Japanese  = "ja"
	Arabic    = "ar"
	// Undetermined is returned when the text is too short, has no known
	// script, or is Latin text that matches none of the stopword profiles
	// (French, German, Spanish …).
	Undetermined = "und"
)

// DetectCodes lists every code Detect can return.
var DetectCodes = []string{Indonesian, English, Vietnamese, Malay, Korean, Russian, Ukrainian, Chinese, Japanese, Arabic, Undetermined}

// detectLimit is how much of a text Detect reads: language is settled long
// before 4 KB, and reading more would only cost time.
const detectLimit = 4096

// Word-profile languages, as bit positions in a stopword entry.
const (
	profID = iota
	profEN
	profVI
	nProf
)

var profCodes = [nProf]string{Indonesian, English, Vietnamese}

// swEntry is what the stopword table knows about one lower-cased word.
type swEntry struct {
	w      [nProf]float32 // weight toward each profile (1/n when n lists share the word)
	idOnly bool           // Indonesian spelling that Malaysian Malay writes otherwise
	msOnly bool           // Malaysian Malay spelling, not used in Indonesian
}

// stopwords maps lower-cased words to their entry. Built once in init from
// the embedded id/en/vi stopwords.tsv; read-only afterwards, so Detect is
// safe for concurrent use.
var stopwords map[string]swEntry

// variants maps a detected code without lexicons to the language whose
// stopwords mark its spelling (the "ms" marks of id/stopwords.tsv make
// Malay a variant of Indonesian). Built once in init.
var variants = map[string]string{}

// maxWordBytes bounds the words looked up; longer tokens are never
// function words.
const maxWordBytes = 24

func init() {
	sw, err := loadStopwords()
	if err != nil {
		panic(err) // embedded data: a broken file is a build defect
	}
	stopwords = sw
}

// loadStopwords reads lang/{id,en,vi}/stopwords.tsv. Each row is a word and
// an optional mark: "id" (Indonesian spelling, not Malaysian) or "ms"
// (Malaysian spelling, counted for the Malay family but not Indonesian).
func loadStopwords() (map[string]swEntry, error) {
	type acc struct {
		langs          [nProf]bool
		idOnly, msOnly bool
	}
	seen := map[string]*acc{}
	for p, code := range profCodes {
		rows, err := ReadTSV(code, "stopwords.tsv")
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			w := strings.ToLower(strings.ReplaceAll(r.Field(0), "’", "'"))
			if w == "" || len(w) > maxWordBytes {
				return nil, fmt.Errorf("lang: %s/stopwords.tsv:%d: bad word %q", code, r.Line, r.Field(0))
			}
			a := seen[w]
			if a == nil {
				a = &acc{}
				seen[w] = a
			}
			a.langs[p] = true
			switch r.Field(1) {
			case "":
			case "id":
				a.idOnly = true
			case "ms":
				a.msOnly = true
				variants[Malay] = code
			default:
				return nil, fmt.Errorf("lang: %s/stopwords.tsv:%d: unknown mark %q", code, r.Line, r.Field(1))
			}
		}
	}
	out := make(map[string]swEntry, len(seen))
	for w, a := range seen {
		n := 0
		for _, ok := range a.langs {
			if ok {
				n++
			}
		}
		var e swEntry
		for p, ok := range a.langs {
			if ok {
				e.w[p] = 1 / float32(n)
			}
		}
		e.idOnly, e.msOnly = a.idOnly, a.msOnly
		out[w] = e
	}
	return out, nil
}

// detectStats are the counts gathered in Detect's single pass.
type detectStats struct {
	latin, cyrillic, hangul, han, kana, arabic, other int
	ukLetters, ruLetters                              int // і ї є ґ versus ы э ъ ё
	viStrong, viWeak                                  int // ă đ ơ ư ĩ ũ ạ…ỹ and hook/dot marks; à á â ã è é ê …
	foreign                                           int // ä ö ü ß ñ ç ø å æ ł …: Latin letters of other languages
	words, hits                                       int
	score                                             [nProf]float64
	affix                                             [nProf]float64
	idOnly, msOnly                                    int
}

// Detect guesses the language of text and how sure it is (0–1). It reads
// at most the first 4 KB. It returns "id", "en", "vi" or "ms" for Latin
// text with enough function words; "ko", "ru", "uk", "zh", "ja", "ar" by
// script; and "und" with confidence 0 when the text is too short or
// unknown. Five words of a headline are usually enough.
//
// Scripts are counted first; Latin text is then scored against the
// embedded stopword profiles (lang/*/stopwords.tsv), helped by common
// affixes ("meng-", "-kan"; "-ing", "-tion") and, for Vietnamese, by its
// letters and tone marks, which no other language written in Latin
// letters uses together.
func Detect(text string) (code string, confidence float64) {
	if len(text) > detectLimit {
		cut := detectLimit
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	var st detectStats
	var buf [maxWordBytes]byte
	n := 0        // bytes of the current word in buf (when it fits)
	long := false // current word overflowed buf
	inWord := false
	endWord := func() {
		if !inWord {
			return
		}
		inWord = false
		st.words++
		if long || n == 0 {
			long, n = false, 0
			return
		}
		w := buf[:n]
		// Trim apostrophes at the edges: quotes, not contractions.
		for len(w) > 0 && w[len(w)-1] == '\'' {
			w = w[:len(w)-1]
		}
		for len(w) > 0 && w[0] == '\'' {
			w = w[1:]
		}
		n = 0
		if len(w) == 0 {
			return
		}
		if e, ok := stopwords[string(w)]; ok {
			st.hits++
			for p := range e.w {
				st.score[p] += float64(e.w[p])
			}
			if e.idOnly {
				st.idOnly++
			}
			if e.msOnly {
				st.msOnly++
			}
			return
		}
		affixes(w, &st.affix)
	}
	nextCheck := 128 // word count at which to ask whether the language is settled
scan:
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				st.latin++
				if !inWord {
					inWord = true
				}
				if n < len(buf) {
					buf[n] = c | 0x20
					n++
				} else {
					long = true
				}
			case c == '\'' && inWord:
				if n < len(buf) {
					buf[n] = c
					n++
				} else {
					long = true
				}
			default:
				endWord()
				if st.words >= nextCheck {
					if st.settled() {
						break scan
					}
					nextCheck = st.words + 32
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if lr, ok := latinLetter(r); ok {
			// Fast path for the accented Latin letters of Vietnamese and
			// European languages: no table look-ups.
			st.latin++
			classifyLatin(r, &st)
			inWord = true
			if n+utf8.RuneLen(lr) <= len(buf) {
				n += utf8.EncodeRune(buf[n:], lr)
			} else {
				long = true
			}
			continue
		}
		if r == '’' && inWord {
			if n < len(buf) {
				buf[n] = '\''
				n++
			} else {
				long = true
			}
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			// Combining marks (decomposed text): hook above and dot below are
			// Vietnamese tone marks; others are neutral. Both stay in the word.
			switch r {
			case 0x0309, 0x0323, 0x031B:
				st.viStrong++
			case 0x0300, 0x0301, 0x0303:
				st.viWeak++
			}
			if inWord {
				long = true // no decomposed word is in the NFC lists
			}
			continue
		}
		if !unicode.IsLetter(r) {
			endWord()
			continue
		}
		switch {
		case r <= 0x024F || 0x1E00 <= r && r <= 0x1EFF:
			st.latin++
			classifyLatin(r, &st)
			if !inWord {
				inWord = true
			}
			lr := unicode.ToLower(r)
			if n+utf8.RuneLen(lr) <= len(buf) {
				n += utf8.EncodeRune(buf[n:], lr)
			} else {
				long = true
			}
			continue
		case 0x0400 <= r && r <= 0x052F:
			st.cyrillic++
			switch r {
			case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
				st.ukLetters++
			case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё':
				st.ruLetters++
			}
		case 0xAC00 <= r && r <= 0xD7AF || 0x1100 <= r && r <= 0x11FF || 0x3130 <= r && r <= 0x318F:
			st.hangul++
		case 0x3040 <= r && r <= 0x30FF || 0x31F0 <= r && r <= 0x31FF || 0xFF66 <= r && r <= 0xFF9F:
			st.kana++
		case unicode.Is(unicode.Han, r):
			st.han++
		case unicode.Is(unicode.Arabic, r):
			st.arabic++
		default:
			st.other++
		}
		endWord() // a letter of another script ends a Latin word
	}
	endWord()
	return st.decide()
}

// latinLetter reports whether r is a letter of Latin-1 Supplement, Latin
// Extended-A/B or Latin Extended Additional (Vietnamese), and its lower case.
func latinLetter(r rune) (rune, bool) {
	switch {
	case 0xC0 <= r && r <= 0xDE && r != 0xD7:
		return r + 0x20, true
	case 0xDF <= r && r <= 0xFF && r != 0xF7:
		return r, true
	case 0x1EA0 <= r && r <= 0x1EFF:
		return r | 1, true // Vietnamese block: upper even, lower odd
	case 0x100 <= r && r <= 0x24F || 0x1E00 <= r && r <= 0x1E9F:
		return unicode.ToLower(r), unicode.IsLetter(r)
	}
	return r, false
}

// settled reports whether the Latin text read so far leaves no doubt, so
// that the rest need not be read: only one script, and one word profile
// far ahead. Indonesian is read further, for the rare Malaysian spellings.
func (st *detectStats) settled() bool {
	if st.cyrillic+st.hangul+st.han+st.kana+st.arabic+st.other > 0 {
		return false
	}
	s := st.score
	s[profVI] += float64(st.viStrong)
	top, second := 0.0, 0.0
	best := 0
	for p, v := range s {
		if v > top {
			top, second, best = v, top, p
		} else if v > second {
			second = v
		}
	}
	if best == profID && st.words < 320 {
		return false
	}
	return top >= 40 && second*8 < top
}

// classifyLatin counts letters that speak for or against Vietnamese.
func classifyLatin(r rune, st *detectStats) {
	switch {
	case 0x1EA0 <= r && r <= 0x1EF9:
		st.viStrong++ // ạ ả ấ ầ ẩ ẫ ậ … ỹ: Vietnamese's own block
	case r == 'ă' || r == 'Ă' || r == 'đ' || r == 'Đ' || r == 'ơ' || r == 'Ơ' ||
		r == 'ư' || r == 'Ư' || r == 'ĩ' || r == 'Ĩ' || r == 'ũ' || r == 'Ũ':
		st.viStrong++
	case r < 0x80:
	default:
		switch unicode.ToLower(r) {
		case 'à', 'á', 'â', 'ã', 'è', 'é', 'ê', 'ì', 'í', 'ò', 'ó', 'ô', 'õ', 'ù', 'ú', 'ý':
			st.viWeak++
		default:
			st.foreign++
		}
	}
}

// affixes adds weak evidence from word shapes, for words not in any list:
// Indonesian verb prefixes and suffixes, English suffixes and spellings.
func affixes(w []byte, a *[nProf]float64) {
	s := string(w) // no allocation: only compared, never stored
	if len(s) < 5 {
		return
	}
	const weight = 0.25
	switch {
	case strings.HasPrefix(s, "meng") || strings.HasPrefix(s, "meny") || strings.HasPrefix(s, "mem") ||
		strings.HasPrefix(s, "men") || strings.HasPrefix(s, "ber") || strings.HasPrefix(s, "ter") ||
		strings.HasPrefix(s, "di") || strings.HasPrefix(s, "pe") || strings.HasPrefix(s, "ke"):
		if strings.HasSuffix(s, "kan") || strings.HasSuffix(s, "nya") || strings.HasSuffix(s, "an") ||
			strings.HasPrefix(s, "meng") || strings.HasPrefix(s, "meny") {
			a[profID] += weight
		}
	case strings.HasSuffix(s, "kan") || strings.HasSuffix(s, "nya"):
		a[profID] += weight
	}
	switch {
	case strings.HasSuffix(s, "ing") || strings.HasSuffix(s, "tion") || strings.HasSuffix(s, "ed") ||
		strings.HasSuffix(s, "ly") || strings.HasSuffix(s, "ness") || strings.HasSuffix(s, "ment") ||
		strings.HasSuffix(s, "ous") || strings.HasSuffix(s, "ies") || strings.HasSuffix(s, "ers"):
		a[profEN] += weight
	}
	if strings.Contains(s, "th") || strings.Contains(s, "wh") || strings.Contains(s, "ee") || strings.Contains(s, "oo") {
		a[profEN] += weight
	}
}

// decide turns the counts into a code and a confidence.
func (st *detectStats) decide() (string, float64) {
	// Characters of ideographic and syllabic scripts carry about as much as
	// a short Latin word; weigh them so a mixed page is judged by content.
	cjk := 3 * (st.han + st.kana)
	hangul := 3 * st.hangul
	total := st.latin + st.cyrillic + st.arabic + st.other + cjk + hangul
	if total < 6 {
		return Undetermined, 0
	}
	best, bestN := "latin", st.latin
	for _, c := range []struct {
		name string
		n    int
	}{{"cyrillic", st.cyrillic}, {"cjk", cjk}, {"hangul", hangul}, {"arabic", st.arabic}, {"other", st.other}} {
		if c.n > bestN {
			best, bestN = c.name, c.n
		}
	}
	share := float64(bestN) / float64(total)
	switch best {
	case "cyrillic":
		if st.ukLetters > st.ruLetters {
			return Ukrainian, share * ratio(st.ukLetters, st.ruLetters)
		}
		c := share
		if st.ruLetters == 0 && st.cyrillic < 200 {
			c *= 0.8 // nothing Russian-specific seen: could be Bulgarian, Serbian …
		}
		return Russian, c
	case "hangul":
		return Korean, share
	case "cjk":
		if st.kana*10 >= st.han+st.kana { // Japanese prose is rarely under 10% kana
			return Japanese, share
		}
		return Chinese, share
	case "arabic":
		return Arabic, share
	case "other":
		return Undetermined, 0
	}
	return st.decideLatin(share)
}

// decideLatin chooses among the word profiles.
func (st *detectStats) decideLatin(share float64) (string, float64) {
	var s [nProf]float64
	for p := range s {
		s[p] = st.score[p] + st.affix[p]
	}
	// Vietnamese letters: each strong one is as good as a function word;
	// weak ones (shared with French, Spanish …) count when strong ones
	// are also there.
	if st.viStrong > 0 {
		s[profVI] += float64(st.viStrong) + 0.25*float64(st.viWeak)
	}
	top, second := 0, 1
	if s[second] > s[top] {
		top, second = second, top
	}
	for p := 2; p < nProf; p++ {
		if s[p] > s[top] {
			second, top = top, p
		} else if s[p] > s[second] {
			second = p
		}
	}
	if s[top] < 1 || st.words < 2 {
		return Undetermined, 0
	}
	// Coverage: in id, en and vi prose a third or more of the words are
	// on the lists. Latin text of another language hits them rarely (German one word in seven).
	coverage := float64(st.hits) / float64(st.words)
	if top != profVI && st.words >= 10 && coverage < 0.2 {
		return Undetermined, 0
	}
	if top != profVI && st.foreign*20 > st.latin && coverage < 0.25 {
		return Undetermined, 0 // umlauts, ñ, ç …: some other European language
	}
	margin := s[top] / (s[top] + s[second])   // 0.5 … 1
	strength := 1 - math.Exp(-s[top]/3)       // how much evidence in all
	conf := share * strength * (2*margin - 1) // 0 when two profiles tie
	conf = math.Sqrt(conf)                    // spread the low end: a clean headline gets ~0.7
	code := profCodes[top]
	if top == profID && st.msOnly > 0 {
		if st.msOnly >= 2 && st.msOnly > 2*st.idOnly {
			return Malay, conf * ratio(st.msOnly, st.idOnly)
		}
		conf *= ratio(st.idOnly+1, st.msOnly)
	}
	return code, conf
}

// ratio is a/(a+b) for counts, 1 when both are zero.
func ratio(a, b int) float64 {
	if a+b == 0 {
		return 1
	}
	return float64(a) / float64(a+b)
}

// LexiconFor returns the language whose lexicons read text detected as
// code: code itself when it has cues, else the language whose stopwords
// mark code's spelling (Malay is read with Indonesian), else code.
func LexiconFor(code string) string {
	if Has(code, "cues.tsv") {
		return code
	}
	if v, ok := variants[code]; ok {
		return v
	}
	return code
}
