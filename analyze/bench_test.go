package analyze

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sumber"
	"sumber/store"
	"sumber/store/sqlite"
)

// The analysis benchmarks run over a synthetic ledger of
// $SUMBER_BENCH_ATTRIBUTIONS attributions (default 100,000), generated
// once into $SUMBER_BENCH_DIR (default the system temporary directory)
// and reused by later runs:
//
//	SUMBER_BENCH_ATTRIBUTIONS=1000000 go test -run '^$' -bench . -benchtime 1x -timeout 60m ./analyze
//
// Documents hold benchAttsPerDoc attributions, each with one figure;
// they arrive in date order, benchDocsPerDay a day (as news does: a
// larger ledger spans a longer period, 500 days for 1,000,000), from 40
// actors of the gazetteer, about 12 subjects × 5 units × 6 measures,
// and one claim in ten is a statement about troops sent to Russia (half
// of them denials).

const (
	benchAttsPerDoc = 50
	benchDocsPerDay = 40 // 2,000 attributions a day
)

func benchN() int {
	if s := os.Getenv("SUMBER_BENCH_ATTRIBUTIONS"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return 100_000
}

var (
	benchActors = []string{"NIS", "Pentagon", "Kremlin", "Pyongyang", "Zelensky", "Ukraina", "Korea Selatan", "Washington",
		"Kepala Staf Gabungan Korea Selatan", "Bộ Quốc phòng Nga", "Lầu Năm Góc", "Badan Intelijen Nasional", "KCNA",
		"Seoul", "Kyiv", "Moskow", "Triều Tiên", "Hàn Quốc", "White House", "Gedung Putih", "Sabrina Singh",
		"Dmitry Peskov", "NATO", "United Nations", "European Union", "China", "Japan", "Indonesia", "Vietnam",
		"Ukraine's defence ministry", "Russia's defence ministry", "US intelligence", "Kim Jong Un", "Vladimir Putin",
		"Joe Biden", "Tempo", "Reuters", "Yonhap", "an unnamed official", "Mirela Dobrescu"}
	benchSubjects = []string{"North Korea", "Russia", "Ukraine", "South Korea", "China", "United States", "Japan",
		"Indonesia", "Vietnam", "NATO", "European Union", "United Nations"}
	benchUnits    = []string{"troops", "shells", "containers", "USD", "people"}
	benchMeasures = []string{"deployed", "killed", "wounded", "killed-or-wounded", "captured", "supplied"}
	benchWords    = strings.Fields("the a of said report officials troops border region talks ministry week statement figure estimate sources according intelligence agency government forces front line city province spokesman earlier later reported told")
)

// benchDoc generates document i (0-based) of n.
func benchDoc(rng *rand.Rand, i, n int) *sumber.Document {
	// News arrives at a steady rate (benchDocsPerDay), so a larger
	// ledger covers a longer period with the same density.
	start := time.Date(2023, 1, 1, 8, 0, 0, 0, time.UTC)
	pub := start.Add(time.Duration(i) * 24 * time.Hour / benchDocsPerDay)
	var text strings.Builder
	fmt.Fprintf(&text, "Report %d. ", i)
	var atts []sumber.Attribution
	for j := 0; j < benchAttsPerDoc; j++ {
		actor := benchActors[rng.Intn(len(benchActors))]
		subj := benchSubjects[rng.Intn(len(benchSubjects))]
		base := text.Len()
		_ = base
		var content string
		stance := sumber.Assert
		var figs []sumber.Figure
		if rng.Intn(10) == 0 {
			content = "North Korea sent troops to Russia"
			if rng.Intn(2) == 0 {
				stance = sumber.Deny
			}
		} else {
			v := float64((rng.Intn(50) + 1) * 100)
			content = fmt.Sprintf("about %d %s %s %s %d", int(v), subj, benchWords[rng.Intn(len(benchWords))], benchWords[rng.Intn(len(benchWords))], rng.Intn(1e9))
			figs = []sumber.Figure{{Value: v, Low: v, High: v, Bound: sumber.About,
				Unit: benchUnits[rng.Intn(len(benchUnits))], Measure: benchMeasures[rng.Intn(len(benchMeasures))], Subject: subj}}
		}
		pos := len([]rune(text.String()))
		src := sumber.Span{Start: pos, End: pos + len([]rune(actor)), Text: actor}
		text.WriteString(actor + " said ")
		cpos := len([]rune(text.String()))
		cs := sumber.Span{Start: cpos, End: cpos + len([]rune(content)), Text: content}
		text.WriteString(content + ". ")
		for k := range figs {
			figs[k].Span = sumber.Span{Start: cpos + 6, End: cpos + 6 + len(strconv.Itoa(int(figs[k].Value))), Text: strconv.Itoa(int(figs[k].Value))}
		}
		atts = append(atts, sumber.Attribution{Source: src, Actor: actor, Cue: sumber.Span{Start: src.End + 1, End: src.End + 5, Text: "said"},
			Lemma: "say", Content: cs, Stance: stance, Figures: figs, Rule: "bench", Entry: "en:said", Sentence: j})
	}
	return &sumber.Document{URL: fmt.Sprintf("https://bench.example/%d", i), Outlet: "Bench Daily", Lang: "en",
		Published: pub, Text: text.String(), Attributions: atts}
}

// shift moves an attribution's spans by n code points.
func shift(a *sumber.Attribution, n int) {
	for _, sp := range []*sumber.Span{&a.Source, &a.Cue, &a.Content} {
		sp.Start += n
		sp.End += n
	}
	for i := range a.Figures {
		a.Figures[i].Span.Start += n
		a.Figures[i].Span.End += n
	}
}

// benchStore opens (generating on first use) the synthetic ledger of n
// attributions.
func benchStore(b *testing.B, n int) (store.Store, string) {
	dir := os.Getenv("SUMBER_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("sumber-analyze-bench-%d.db", n))
	ctx := context.Background()
	if _, err := os.Stat(path + ".done"); err != nil {
		os.Remove(path)
		os.Remove(path + "-wal")
		os.Remove(path + "-shm")
		st, err := sqlite.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		rng := rand.New(rand.NewSource(1))
		t0 := time.Now()
		for i := 0; i < n/benchAttsPerDoc; i++ {
			if _, _, err := st.SaveDocument(ctx, benchDoc(rng, i, n)); err != nil {
				b.Fatal(err)
			}
		}
		st.Close()
		b.Logf("generated %d attributions in %v", n, time.Since(t0))
		if err := os.WriteFile(path+".done", nil, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	return st, path
}

// BenchmarkAnalyze measures a full analysis of the ledger (Rebuild)
// and an incremental update after adding k documents (k×50
// attributions; five updates per iteration, averaged), and reports
// their ratio. The ledger grows by k documents per update. Run it with
// -benchtime 1x: one full analysis of a large ledger takes minutes.
func BenchmarkAnalyze(b *testing.B) {
	n := benchN()
	st, _ := benchStore(b, n)
	defer st.Close()
	ctx := context.Background()
	a := New(st)
	var full time.Duration
	// SUMBER_BENCH_SKIP_FULL=1 reuses the state of an earlier run.
	skipFull := os.Getenv("SUMBER_BENCH_SKIP_FULL") != ""
	b.Run(fmt.Sprintf("full/N=%d", n), func(b *testing.B) {
		if skipFull {
			b.Skip("SUMBER_BENCH_SKIP_FULL")
		}
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			s, err := a.Rebuild(ctx)
			if err != nil {
				b.Fatal(err)
			}
			full = time.Since(t0)
			b.ReportMetric(float64(s.Attributions)/full.Seconds(), "attributions/s")
		}
	})
	if full == 0 && !skipFull {
		if _, err := a.Rebuild(ctx); err != nil {
			b.Fatal(err)
		}
	}
	rng := rand.New(rand.NewSource(2))
	next := n / benchAttsPerDoc
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("incremental/N=%d/k=%d", n, k), func(b *testing.B) {
			var total time.Duration
			const reps = 5 // updates per iteration, so that -benchtime 1x still averages
			for i := 0; i < b.N*reps; i++ {
				for j := 0; j < k; j++ {
					d := benchDoc(rng, next, n)
					// Unique across runs on the cached ledger.
					mark := fmt.Sprintf("Run %d. ", time.Now().UnixNano())
					d.Text = mark + d.Text
					for a := range d.Attributions {
						shift(&d.Attributions[a], len([]rune(mark)))
					}
					// New documents are the newest.
					d.Published = time.Date(2023, 1, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(next) * 24 * time.Hour / benchDocsPerDay)
					next++
					if _, _, err := st.SaveDocument(ctx, d); err != nil {
						b.Fatal(err)
					}
				}
				t0 := time.Now()
				s, err := a.Update(ctx)
				if err != nil {
					b.Fatal(err)
				}
				total += time.Since(t0)
				if s.Attributions != k*benchAttsPerDoc || s.Rebuilt {
					b.Fatalf("update read %+v, want %d attributions", s, k*benchAttsPerDoc)
				}
			}
			per := total / time.Duration(b.N*reps)
			b.ReportMetric(float64(per.Microseconds())/1000, "ms/update")
			if full > 0 {
				b.ReportMetric(full.Seconds()/per.Seconds(), "full/incremental")
			}
		})
	}
}
