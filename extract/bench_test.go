package extract

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"sumber"
)

// benchTexts are ~2.5 KB reports, one per language.
func benchTexts(b *testing.B) map[string]string {
	out := map[string]string{}
	for _, code := range []string{"id", "en", "vi"} {
		data, err := os.ReadFile("testdata/bench-" + code + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		out[code] = string(data)
	}
	return out
}

// BenchmarkExtract measures whole-article extraction (language given),
// reporting articles per second on one core.
func BenchmarkExtract(b *testing.B) {
	for code, text := range benchTexts(b) {
		b.Run(code, func(b *testing.B) {
			opt := sumber.ExtractOptions{Lang: code, Published: pub}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				engine.Extract(text, opt)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkExtractDetect is BenchmarkExtract with language detection.
func BenchmarkExtractDetect(b *testing.B) {
	text := benchTexts(b)["id"]
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		engine.Extract(text, sumber.ExtractOptions{Published: pub})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkTokenizeOnly is the baseline for the ratio: one tokenizing
// pass (lower-casing plus a word split with unicode classes) over the
// same bytes.
func BenchmarkTokenizeOnly(b *testing.B) {
	for code, text := range benchTexts(b) {
		b.Run(code, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			n := 0
			for i := 0; i < b.N; i++ {
				n += len(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
			}
			_ = n
		})
	}
}
