package ingest

import (
	"context"
	"strings"
	"testing"
	"time"

	"sumber/store"
)

// TestPollFeeds polls subscriptions: the due ones only, new items stored
// once, each poll recorded with the feed's title and count, a broken feed
// recorded with its error and the others polled all the same.
func TestPollFeeds(t *testing.T) {
	srv := sampleServer(t)
	st := openSQLite(t)
	fs := st.(store.FeedStore)
	ctx := context.Background()
	rss, err := fs.AddFeed(ctx, srv.URL+"/feed.rss", 15*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	broken, err := fs.AddFeed(ctx, srv.URL+"/broken.rss", 15*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	p := &Pipeline{Store: st, Fetcher: &Fetcher{AllowPrivate: true}, Workers: 2}
	t0 := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)

	polls, err := p.PollFeeds(ctx, fs, t0)
	if err != nil {
		t.Fatal(err)
	}
	if len(polls) != 2 || polls[0].Feed.ID != rss.ID || polls[1].Feed.ID != broken.ID {
		t.Fatalf("first round polled %d feeds", len(polls))
	}
	if s := polls[0].Summary; polls[0].Err != nil || s.New != 3 {
		t.Errorf("rss: %v, %+v", polls[0].Err, byStatus(s))
	}
	if polls[1].Err == nil || !strings.Contains(polls[1].Err.Error(), "parsing rss feed") {
		t.Errorf("broken feed: err = %v", polls[1].Err)
	}

	// Not due yet: nothing is polled.
	if polls, err := p.PollFeeds(ctx, fs, t0.Add(10*time.Minute)); err != nil || len(polls) != 0 {
		t.Errorf("ten minutes later: %d polls, %v", len(polls), err)
	}
	// Due again: the stored items are not fetched again.
	polls, err = p.PollFeeds(ctx, fs, t0.Add(15*time.Minute))
	if err != nil || len(polls) != 2 {
		t.Fatalf("second round: %d polls, %v", len(polls), err)
	}
	if s := polls[0].Summary; s.New != 0 || s.Duplicate != 3 {
		t.Errorf("second poll of rss: %+v", byStatus(s))
	}

	got, err := fs.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if f := got[0]; f.Title != "RSS" || f.Items != 3 || f.Error != "" || !f.Polled.Equal(t0.Add(15*time.Minute)) {
		t.Errorf("rss subscription after two polls: %+v", f)
	}
	if f := got[1]; f.Items != 0 || !strings.Contains(f.Error, "parsing rss feed") {
		t.Errorf("broken subscription: %+v", f)
	}
	stats, _ := st.Stats(ctx)
	if stats.Documents != 3 {
		t.Errorf("%d documents stored, want the feed's 3", stats.Documents)
	}
}
