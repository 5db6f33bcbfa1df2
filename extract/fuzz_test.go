package extract

import (
	"math/rand"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"sumber"
)

// FuzzExtract checks that hostile input never panics and that every span
// points into the text with the text it claims.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“Kami tidak akan mundur,” kata dia.",
		"The New York Times, citing US officials, reported that the units were merged.",
		"Hãng tin Yonhap dẫn lời nghị sĩ Lee cho biết số thương vong đã tăng.",
		"Menurut AFP pada 24 Desember, Korea Selatan mengklaim bahwa lebih dari 1.000 tentara tewas.",
		"\"\"\"said said, said: “ ” ujarnya ,,, (((",
		"\xff\xfe\x00 said that",
	} {
		f.Add(s, "id")
		f.Add(s, "en")
		f.Add(s, "vi")
	}
	f.Fuzz(func(t *testing.T, text, code string) {
		atts := engine.Extract(text, sumber.ExtractOptions{Lang: code, Published: pub})
		runes := []rune(text)
		valid := utf8.ValidString(text)
		for _, a := range atts {
			for _, sp := range []sumber.Span{a.Source, a.Cue, a.Content} {
				if sp.Start < 0 || sp.End < sp.Start || sp.End > len(runes) {
					t.Fatalf("span %+v out of range for %d runes", sp, len(runes))
				}
				if valid && string(runes[sp.Start:sp.End]) != sp.Text {
					t.Fatalf("span %+v does not cover its text %q", sp, string(runes[sp.Start:sp.End]))
				}
			}
		}
	})
}

// TestHugeInputsFinish runs a 10 MB single line and 10 MB of random bytes
// through the extractor, and checks that ten times the input does not take
// much more than ten times as long (a generous bound against quadratic
// behaviour, not a speed test).
func TestHugeInputsFinish(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	rng := rand.New(rand.NewSource(1))
	line := func(n int) string {
		var b strings.Builder
		words := []string{"said", "that", "mengatakan", "bahwa", "“", "”", ",", "10.000", "tentara", "cho", "biết", "according", "to", "X", "(", ")", "menurut"}
		for b.Len() < n {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteByte(' ')
		}
		return b.String()
	}
	binary := func(n int) string {
		b := make([]byte, n)
		rng.Read(b)
		return string(b)
	}
	for name, gen := range map[string]func(int) string{"single line": line, "binary": binary} {
		small, big := gen(1<<20), gen(10<<20)
		t0 := time.Now()
		engine.Extract(small, sumber.ExtractOptions{Lang: "en"})
		d1 := time.Since(t0)
		t0 = time.Now()
		engine.Extract(big, sumber.ExtractOptions{Lang: "en"})
		d10 := time.Since(t0)
		t.Logf("%s: 1 MB %v, 10 MB %v", name, d1, d10)
		if d10 > 40*d1+2*time.Second {
			t.Errorf("%s: 10 MB took %v, 1 MB %v: not linear", name, d10, d1)
		}
	}
}

// TestWindowedSpans checks that a text longer than one window still gives
// spans that point at their text.
func TestWindowedSpans(t *testing.T) {
	unit := "Menteri itu mengatakan bahwa 1.000 tentara Korea Utara tewas di Kursk.\n“Kami tidak akan mundur,” ujarnya. Ngày 18/10, ông nói.\n"
	text := strings.Repeat(unit, window/len(unit)*3)
	atts := engine.Extract(text, sumber.ExtractOptions{Lang: "id", Published: pub})
	per := len(engine.Extract(unit, sumber.ExtractOptions{Lang: "id", Published: pub}))
	if per == 0 || len(atts) < per*(window/len(unit)*3)-per {
		t.Fatalf("got %d attributions, want about %d", len(atts), per*(window/len(unit)*3))
	}
	runes := []rune(text)
	for _, a := range atts {
		for _, sp := range []sumber.Span{a.Source, a.Cue, a.Content} {
			if string(runes[sp.Start:sp.End]) != sp.Text {
				t.Fatalf("span %+v covers %q", sp, string(runes[sp.Start:sp.End]))
			}
		}
	}
}

// TestConcurrentExtract runs the engine from many goroutines at once and
// checks each gets what a lone call gets (the engine shares its lexicons
// and pools its working state).
func TestConcurrentExtract(t *testing.T) {
	texts := map[string]string{}
	for _, code := range []string{"id", "en", "vi"} {
		b, err := os.ReadFile("testdata/bench-" + code + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		texts[code] = string(b)
	}
	want := map[string]int{}
	for code, text := range texts {
		want[code] = len(engine.Extract(text, sumber.ExtractOptions{Lang: code, Published: pub}))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				for code, text := range texts {
					if n := len(engine.Extract(text, sumber.ExtractOptions{Lang: code, Published: pub})); n != want[code] {
						errs <- code
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for code := range errs {
		t.Errorf("%s: concurrent extraction differs from a lone one", code)
	}
}
