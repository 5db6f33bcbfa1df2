package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"sync"
	"testing"
	"testing/fstest"

	"sumber/samples"
	"sumber/store"
	_ "sumber/store/postgres"
)

// benchPages returns n distinct HTML pages made from the samples: each
// gets a paragraph of its own, so every one is new content.
func benchPages(b *testing.B, n int) fstest.MapFS {
	b.Helper()
	names, _ := fs.Glob(samples.FS, "*.html")
	m := fstest.MapFS{}
	for i := 0; i < n; i++ {
		src, _ := fs.ReadFile(samples.FS, names[i%len(names)])
		note := fmt.Sprintf("</p>\n<p>Arsip redaksi nomor %d dicatat oleh meja berita pada hari yang sama.</p>", i)
		m[fmt.Sprintf("%06d.html", i)] = &fstest.MapFile{Data: bytes.Replace(src, []byte("</p>"), []byte(note), 1)}
	}
	return m
}

// BenchmarkIngest measures the whole pipeline, HTML file to stored
// attributions, with GOMAXPROCS workers (set it with -cpu 1,2).
func BenchmarkIngest(b *testing.B) {
	b.Run("sqlite", func(b *testing.B) {
		benchIngest(b, func(b *testing.B) store.Store { return openSQLite(b) })
	})
	b.Run("postgres", func(b *testing.B) {
		if os.Getenv("SUMBER_TEST_POSTGRES") == "" {
			b.Skip("SUMBER_TEST_POSTGRES not set")
		}
		benchIngest(b, func(b *testing.B) store.Store { return openPostgresSchema(b) })
	})
}

func benchIngest(b *testing.B, open func(*testing.B) store.Store) {
	pages := benchPages(b, b.N)
	st := open(b)
	p := &Pipeline{Store: st}
	b.ResetTimer()
	sum, err := p.Run(context.Background(), []Source{{Kind: SourceFS, FS: pages, Ref: "."}})
	b.StopTimer()
	if err != nil {
		b.Fatal(err)
	}
	if sum.Failed > 0 || sum.New+sum.NearDuplicate != b.N {
		b.Fatalf("%d stored, %d failed of %d", sum.New+sum.NearDuplicate, sum.Failed, b.N)
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/secs, "docs/s")
	b.ReportMetric(float64(sum.Attributions)/secs, "attributions/s")
}

// BenchmarkExtractOnly does the same work without a store: HTML → main
// text → attributions, with GOMAXPROCS goroutines. The ratio to
// BenchmarkIngest is the cost of storage.
func BenchmarkExtractOnly(b *testing.B) {
	pages := benchPages(b, b.N)
	ex := defaultExtractor()
	names := make(chan string)
	var mu sync.Mutex
	atts := 0
	b.ResetTimer()
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for name := range names {
				body, err := readFileCapped(pages, name, DefaultMaxBytes)
				if err != nil {
					b.Error(err)
					continue
				}
				doc, err := FromHTML(body, "", "")
				if err != nil {
					b.Error(err)
					continue
				}
				n += len(ex.Extract(doc.Text, extractOptions(doc)))
			}
			mu.Lock()
			atts += n
			mu.Unlock()
		}()
	}
	for i := 0; i < b.N; i++ {
		names <- fmt.Sprintf("%06d.html", i)
	}
	close(names)
	wg.Wait()
	b.StopTimer()
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/secs, "docs/s")
	b.ReportMetric(float64(atts)/secs, "attributions/s")
}
