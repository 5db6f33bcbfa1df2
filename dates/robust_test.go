package dates

import (
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// sample builds a ~2.5 KB news-like text in the given language.
func sample(lang string) string {
	var para string
	switch lang {
	case "id":
		para = "Badan Intelijen Nasional Korea Selatan mengatakan pada Senin (23/12/2024) bahwa setidaknya 10.000 tentara Korea Utara telah dikirim ke Rusia sejak Oktober. " +
			"Menurut laporan The New York Times pada 23 Desember, lebih dari 1.000 tentara tewas atau terluka dalam pertempuran di wilayah Kursk pekan lalu. " +
			"Kremlin belum mengonfirmasi maupun membantah laporan tersebut, sementara Pyongyang awalnya membantah pengiriman pasukan. "
	case "en":
		para = "South Korea's National Intelligence Service said on Monday that at least 10,000 North Korean troops had been sent to Russia since October. " +
			"The New York Times reported on Dec. 23, citing U.S. officials, that more than 1,000 soldiers were killed or wounded in fighting in the Kursk region last week. " +
			"The Kremlin has neither confirmed nor denied the reports, and Pyongyang initially dismissed them as groundless rumours. "
	case "vi":
		para = "Cơ quan Tình báo Quốc gia Hàn Quốc cho biết hôm thứ Hai rằng ít nhất 10.000 binh sĩ Triều Tiên đã được gửi tới Nga từ tháng 10. " +
			"Theo tờ The New York Times ngày 23/12, hơn 1.000 binh sĩ đã thiệt mạng hoặc bị thương trong các trận giao tranh ở khu vực Kursk tuần trước. " +
			"Điện Kremlin chưa xác nhận cũng như bác bỏ thông tin này, trong khi Bình Nhưỡng ban đầu phủ nhận việc điều quân. "
	}
	var b strings.Builder
	for b.Len() < 2500 {
		b.WriteString(para)
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	for _, lang := range []string{"id", "en", "vi"} {
		text := sample(lang)
		Find(text, lang, pub) // load the lexicon
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Find(text, lang, pub)
			}
		})
	}
}

func TestSampleFinds(t *testing.T) {
	for _, lang := range []string{"id", "en", "vi"} {
		if ms := Find(sample(lang), lang, pub); len(ms) < 6 {
			t.Errorf("%s: only %d matches in the sample: %v", lang, len(ms), render(ms))
		}
	}
}

// hostile returns inputs of about n bytes that stress the scanner.
func hostile(n int) map[string]string {
	rnd := rand.New(rand.NewSource(1))
	bin := make([]byte, n)
	rnd.Read(bin)
	rep := func(s string) string { return strings.Repeat(s, n/len(s)+1)[:n] }
	return map[string]string{
		"binary":    string(bin),
		"line":      rep("Senin (21/10/2024) pada 23 Desember 2.023 tentara kemarin; "),
		"digits":    rep("1"),
		"dmy":       rep("1/1/"),
		"words":     rep("Senin "),
		"spaces":    "Senin" + rep(" ") + "lalu",
		"letters":   rep("a"),
		"thu":       rep("thứ "),
		"viet":      rep("mùa thu năm ngoái tháng 10/2024 hôm qua "),
		"awal":      rep("awal "),
		"abbr":      rep("Dec. "),
		"lastlast":  rep("last "),
		"unicode":   rep("ữ"),
		"separator": rep("-1"),
	}
}

func TestHostileLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	small, large := hostile(1<<20), hostile(10<<20)
	small2, large2 := hostile(200<<10), hostile(2<<20)
	for name, big := range large {
		smallIn := small[name]
		if name != "binary" && name != "line" {
			// the 10 MB single-line and binary inputs; the rest at 2 MB
			smallIn, big = small2[name], large2[name]
		}
		for _, lang := range []string{"id", "en", "vi"} {
			t0 := time.Now()
			Find(smallIn, lang, pub)
			ds := time.Since(t0)
			// the large input is timed up to three times, keeping the
			// fastest, so that a stall of a loaded machine is not read as
			// superlinear work
			var ms []Match
			dl := time.Duration(1<<63 - 1)
			for try := 0; try < 3 && dl > 40*ds+200*time.Millisecond; try++ {
				t1 := time.Now()
				ms = Find(big, lang, pub)
				dl = min(dl, time.Since(t1))
			}
			for _, m := range ms {
				if m.Start < 0 || m.End > len(big) || m.Start >= m.End {
					t.Fatalf("%s/%s: bad match %+v", name, lang, m)
				}
			}
			// 10x the input; allow 40x the time (and a floor for tiny timings).
			if dl > 40*ds+200*time.Millisecond {
				t.Errorf("%s/%s: small took %v, 10x took %v: not linear", name, lang, ds, dl)
			}
			if dl > 20*time.Second {
				t.Errorf("%s/%s: 10 MB took %v", name, lang, dl)
			}
		}
	}
}

func checkMatches(t *testing.T, text string, ms []Match) {
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
			t.Fatalf("bad match %+v in %q", m, text)
		}
		if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
			t.Fatalf("match splits a rune: %+v in %q", m, text)
		}
		if m.Value != "" && len(m.Value) != 4 && len(m.Value) != 7 && len(m.Value) != 10 {
			t.Fatalf("bad value %+v", m)
		}
		prev = m.End
	}
}

var fuzzSeeds = []string{
	"Senin (21/10/2024) pada 23 Desember", "December 23, 2024 last fall", "ngày 18/10 mùa thu năm ngoái",
	"thứ Hai tuần trước", "mid-2024", "3 hari lalu", "Dec.", "2024-12-", "(23/10", "awal awal awal Desember",
	"Jum'at", "thứ 2", "1/1/1/1", "\xff\xfe23 Desember", "23rd of", "last",
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		for _, l := range []string{"id", "en", "vi"} {
			f.Add(s, l, int64(1735000000))
		}
	}
	f.Fuzz(func(t *testing.T, text, lang string, sec int64) {
		var published time.Time
		if sec%7 != 0 {
			published = time.Unix(sec%(1<<40), 0)
		}
		checkMatches(t, text, Find(text, lang, published))
	})
}

func FuzzResolve(f *testing.F) {
	for _, s := range fuzzSeeds {
		for _, l := range []string{"id", "en", "vi"} {
			f.Add(s, l, int64(1735000000))
		}
	}
	f.Fuzz(func(t *testing.T, expr, lang string, sec int64) {
		var published time.Time
		if sec%7 != 0 {
			published = time.Unix(sec%(1<<40), 0)
		}
		m, ok := Resolve(expr, lang, published)
		if ok {
			checkMatches(t, expr, []Match{m})
		}
	})
}
