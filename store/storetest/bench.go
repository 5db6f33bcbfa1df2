package storetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"sumber"
)

// BenchAttributions is the number of attributions (one figure each) in
// every benchmark document, about what a long news report yields.
const BenchAttributions = 10

// Bench measures SaveDocument with one and two writer goroutines and
// reports documents and attributions written per second.
func Bench(b *testing.B, h Harness) {
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("goroutines=%d", workers), func(b *testing.B) {
			s := h.fresh(b)
			ctx := context.Background()
			docs := make([]*sumber.Document, b.N)
			for i := range docs {
				docs[i] = Generated(1_000_000+i, BenchAttributions)
			}
			var next atomic.Int64
			var wg sync.WaitGroup
			errs := make(chan error, workers)
			b.ResetTimer()
			start := time.Now()
			for w := 0; w < workers; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						i := int(next.Add(1)) - 1
						if i >= len(docs) {
							return
						}
						if _, _, err := s.SaveDocument(ctx, docs[i]); err != nil {
							errs <- err
							return
						}
					}
				}()
			}
			wg.Wait()
			elapsed := time.Since(start).Seconds()
			b.StopTimer()
			close(errs)
			for err := range errs {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/elapsed, "docs/s")
			b.ReportMetric(float64(b.N*BenchAttributions)/elapsed, "attributions/s")
		})
	}
}
