package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// Enqueue validates urls and adds them to the store's job queue, for
// workers (Work) on this or other machines. It returns how many were
// queued; URLs already pending are not queued twice.
func (p *Pipeline) Enqueue(ctx context.Context, urls []string) (queued int, err error) {
	for _, u := range urls {
		if _, err := CheckURL(u); err != nil {
			return queued, err
		}
		_, created, err := p.Store.Enqueue(ctx, u)
		if err != nil {
			return queued, err
		}
		if created {
			queued++
		}
	}
	return queued, nil
}

// WorkerName names this process for the job queue: host and pid.
func WorkerName() string {
	h, _ := os.Hostname()
	if h == "" {
		h = "localhost"
	}
	return fmt.Sprintf("%s/%d", h, os.Getpid())
}

// Work claims URLs from the store's job queue and ingests them, with
// Workers goroutines, until the queue is empty — or, when poll > 0,
// polling it every poll until ctx is cancelled. Each job is finished as
// done, or failed with the reason. A URL that is a feed queues its
// items as new jobs. Jobs a dead worker held are taken over once their
// lease expires (store.JobLease). When ctx is cancelled the jobs in
// flight are finished first.
func (p *Pipeline) Work(ctx context.Context, worker string, poll time.Duration) (*Summary, error) {
	p.init()
	if p.Store == nil {
		return nil, errors.New("ingest: Pipeline.Store is nil")
	}
	sum := &Summary{}
	var mu sync.Mutex
	var firstErr error
	var wg sync.WaitGroup
	for w := 0; w < p.workers(); w++ {
		wg.Add(1)
		name := fmt.Sprintf("%s#%d", worker, w+1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				job, ok, err := p.Store.ClaimJob(ctx, name)
				if err != nil {
					if ctx.Err() == nil {
						mu.Lock()
						if firstErr == nil {
							firstErr = err
						}
						mu.Unlock()
					}
					return
				}
				if !ok {
					if poll <= 0 {
						return
					}
					select {
					case <-ctx.Done():
					case <-time.After(poll):
					}
					continue
				}
				wctx := context.WithoutCancel(ctx)
				if p.OnQueued != nil {
					mu.Lock()
					p.OnQueued(1)
					mu.Unlock()
				}
				r, feed := p.process(wctx, item{input: job.URL, url: job.URL})
				if feed != nil {
					n := 0
					for _, fi := range feed.Items {
						if fi.Err != nil {
							fr := Result{Input: fmt.Sprintf("%s item %d", job.URL, fi.Index+1), Status: StatusFailed, Err: fi.Err}
							mu.Lock()
							sum.add(fr)
							if p.OnResult != nil {
								p.OnResult(fr)
							}
							mu.Unlock()
							continue
						}
						if _, created, err := p.Store.Enqueue(wctx, fi.Link); err == nil && created {
							n++
						}
					}
					r.Title = fmt.Sprintf("%s (%d items queued)", feed.Title, n)
				}
				if err := p.Store.FinishJob(wctx, job.ID, r.Err); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
				mu.Lock()
				sum.add(r)
				if p.OnResult != nil {
					p.OnResult(r)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sum.Interrupted = ctx.Err() != nil
	return sum, firstErr
}
