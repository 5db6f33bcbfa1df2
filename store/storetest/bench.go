package storetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"sumber"
	"sumber/store"
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

// BenchQuery fills a store with QueryDocs generated documents (once) and
// measures one page of attributions under each kind of filter.
func BenchQuery(b *testing.B, h Harness) {
	s := h.fresh(b)
	ctx := context.Background()
	for i := 0; i < QueryDocs; i++ {
		if _, _, err := s.SaveDocument(ctx, Generated(2_000_000+i, BenchAttributions)); err != nil {
			b.Fatal(err)
		}
	}
	late := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(QueryDocs / 2 * time.Hour)
	filters := []struct {
		name string
		f    store.Filter
	}{
		{"first-page", store.Filter{Limit: 50}},
		{"newest", store.Filter{Limit: 50, Desc: true}},
		{"deep-cursor", store.Filter{Limit: 50, After: store.Cursor(QueryDocs * BenchAttributions * 9 / 10)}},
		{"actor", store.Filter{Limit: 50, Actor: "pejabat"}},
		{"stance", store.Filter{Limit: 50, Stance: sumber.Deny}},
		{"since", store.Filter{Limit: 50, Since: late}},
		{"measure", store.Filter{Limit: 50, Measure: "deployed"}},
		{"query-common", store.Filter{Limit: 50, Query: "tentara"}},
		{"query-rare", store.Filter{Limit: 50, Query: "biên giới máy bay"}},
		{"lang-absent", store.Filter{Limit: 50, Lang: "vi"}},
	}
	for _, tc := range filters {
		b.Run(tc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, _, err := s.Attributions(ctx, tc.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// QueryDocs is the number of documents BenchQuery stores.
const QueryDocs = 5000
