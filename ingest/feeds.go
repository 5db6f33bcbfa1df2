package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"sumber/store"
)

// FeedPoll is the outcome of polling one subscribed feed.
type FeedPoll struct {
	Feed    store.Feed
	Summary *Summary
	// Err is why the feed itself could not be read; items that failed
	// are in Summary.
	Err error
}

// PollFeeds polls the subscriptions in fs that are due at now, one after
// the other, and ingests their new items: items already stored are not
// fetched again. Each poll is recorded (time, the feed's title, documents
// added, error). It stops early, returning what it did, when ctx is
// cancelled; the error is non-nil only when the subscriptions cannot be
// read or recorded.
func (p *Pipeline) PollFeeds(ctx context.Context, fs store.FeedStore, now time.Time) ([]FeedPoll, error) {
	feeds, err := fs.Feeds(ctx)
	if err != nil {
		return nil, err
	}
	q := &Pipeline{Store: p.Store, Extractor: p.Extractor, Fetcher: p.Fetcher, Lang: p.Lang, Workers: p.Workers, SkipStored: true, Now: p.Now}
	var out []FeedPoll
	for _, f := range feeds {
		if ctx.Err() != nil {
			break
		}
		if !f.Due(now) {
			continue
		}
		sum, err := q.Run(ctx, []Source{{Kind: SourceFeed, Ref: f.URL}})
		fp := FeedPoll{Feed: f, Summary: sum, Err: err}
		if fp.Err == nil {
			fp.Err = sum.FeedError(f.URL)
		}
		if errors.Is(fp.Err, context.Canceled) && ctx.Err() != nil {
			break // not polled after all; try again next time
		}
		if err := fs.FeedPolled(ctx, f.ID, now, sum.FeedTitle(f.URL), sum.Stored(), fp.Err); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue // unsubscribed meanwhile
			}
			return out, fmt.Errorf("ingest: record poll of %s: %w", f.URL, err)
		}
		out = append(out, fp)
	}
	return out, nil
}

// PollFeedsEvery polls the due subscriptions (PollFeeds) now and then
// every interval until ctx is cancelled, handing each round to report;
// it stops early with report's error when report returns one.
func (p *Pipeline) PollFeedsEvery(ctx context.Context, fs store.FeedStore, interval time.Duration, report func([]FeedPoll, error) error) error {
	for {
		if err := report(p.PollFeeds(ctx, fs, time.Now())); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(interval):
		}
	}
}

// FeedError is why the feed at url itself could not be read in the run
// (unreachable, not a feed), or nil; failures of its items are not.
func (s *Summary) FeedError(url string) error {
	if s == nil {
		return nil
	}
	for _, r := range s.Results {
		if r.Status == StatusFailed && r.Input == url {
			return r.Err
		}
	}
	return nil
}

// FeedTitle is the title of the feed at url read in the run, or "".
func (s *Summary) FeedTitle(url string) string {
	if s == nil {
		return ""
	}
	return s.FeedTitles[url]
}

// Stored counts the documents the run stored: new ones and near-duplicates.
func (s *Summary) Stored() int {
	if s == nil {
		return 0
	}
	return s.New + s.NearDuplicate
}
