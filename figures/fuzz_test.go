package figures

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"setidaknya 10.000 tentara", "lebih dari 1.000 tentara Korea Utara tewas atau terluka",
	"jumlahnya lebih dari 3.000", "1,5 juta", "four-thousand-100", "15-hundred",
	"between 200 and 900 troops", "từ 200 đến 900 binh sĩ", "hai mươi lăm", "mười nghìn rưỡi",
	"21/10/2024 14:30", "0812-3456-7890", "$1.2bn", "US$2 juta", "1.000-an", "a a a a hundred",
	"9999999999999999999999", "1,2,3,4.5.6", "-", "--1--", "\xff\xfe1.000\x00",
}

func checkMatches(t *testing.T, text string, ms []Match) {
	prev := -1
	valid := utf8.ValidString(text)
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
			t.Fatalf("bad span %d:%d %q in %q", m.Start, m.End, m.Text, text)
		}
		if m.Start < prev {
			t.Fatalf("matches out of order in %q", text)
		}
		prev = m.Start
		if math.IsNaN(m.Value) || m.Low > m.High || m.Value < m.Low || m.Value > m.High {
			t.Fatalf("bad value %v [%v,%v] for %q", m.Value, m.Low, m.High, m.Text)
		}
		if valid && !utf8.ValidString(m.Text) {
			t.Fatalf("span cuts a rune: %q", m.Text)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "id")
		f.Add(s, "en")
		f.Add(s, "vi")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkMatches(t, text, Find(text, lang))
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "id")
		f.Add(s, "en")
		f.Add(s, "vi")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		v, ok := ParseNumber(s, lang)
		if ok && (math.IsNaN(v) || v < 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
	})
}

// hostile returns about n bytes of a single line of article-like text, and
// of binary-ish bytes.
func hostile(n int) (line, binary string) {
	unit := "Lebih dari 1.000 tentara Korea Utara tewas atau terluka, 21/10/2024, sekitar ratusan ribu dan $5m - 200-900 - "
	line = strings.Repeat(unit, n/len(unit)+1)[:n]
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
		if x%7 == 0 {
			b[i] = "0123456789.,-/ "[x%15]
		}
	}
	return line, string(b)
}

func TestHugeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	line, bin := hostile(10 << 20)
	for _, lang := range []string{"vi", ""} {
		checkMatches(t, line, Find(line, lang))
		checkMatches(t, bin, Find(bin, lang))
	}
	// One enormous number-like token, and one enormous word.
	digits := strings.Repeat("1.000", 2<<20)
	checkMatches(t, digits, Find(digits, "id"))
	if _, ok := ParseNumber(digits, "id"); ok {
		t.Errorf("a 10 MB number should not parse")
	}
	word := strings.Repeat("a", 10<<20)
	checkMatches(t, word, Find(word, "en"))
}

// BenchmarkLinear reads 1 MB and 10 MB of hostile input; ns/op should
// grow about tenfold (compare the two sub-benchmarks' MB/s).
func BenchmarkLinear(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		line, bin := hostile(size)
		for name, text := range map[string]string{"line": line, "binary": bin} {
			b.Run(fmt.Sprintf("%s-%dMB", name, size>>20), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					Find(text, "id")
				}
			})
		}
	}
}
