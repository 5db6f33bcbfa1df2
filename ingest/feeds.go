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
		title := ""
		if sum != nil {
			title = sum.FeedTitles[f.URL]
			for _, r := range sum.Results {
				if r.Status == StatusFailed && r.Input == f.URL && fp.Err == nil {
					fp.Err = r.Err // the feed itself failed: unreachable, not a feed
				}
			}
		}
		if errors.Is(fp.Err, context.Canceled) && ctx.Err() != nil {
			break // not polled after all; try again next time
		}
		added := 0
		if sum != nil {
			added = sum.New + sum.NearDuplicate
		}
		if err := fs.FeedPolled(ctx, f.ID, now, title, added, fp.Err); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue // unsubscribed meanwhile
			}
			return out, fmt.Errorf("ingest: record poll of %s: %w", f.URL, err)
		}
		out = append(out, fp)
	}
	return out, nil
}
