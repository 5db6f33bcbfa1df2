package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"sumber/store"
)

// testFeeds checks feed subscriptions: adding, subscribing again (the
// interval changes, the history stays), recording polls, listing in
// order, removing, and persistence across reopening.
func testFeeds(t *testing.T, h Harness) {
	ctx := context.Background()
	dsn := h.NewDSN(t)
	s := h.open(t, dsn)
	fs, ok := s.(store.FeedStore)
	if !ok {
		t.Fatalf("%T does not implement store.FeedStore", s)
	}
	if _, err := fs.AddFeed(ctx, "https://example.org/a.xml", time.Second); err == nil {
		t.Error("a one-second interval was accepted")
	}
	a, err := fs.AddFeed(ctx, "https://example.org/a.xml", 15*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	b, err := fs.AddFeed(ctx, "https://example.org/b.xml", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID == 0 || b.ID == a.ID || a.Added.IsZero() || !a.Polled.IsZero() || !a.Due(time.Now()) {
		t.Fatalf("new feeds: %+v %+v", a, b)
	}
	at := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	if err := fs.FeedPolled(ctx, a.ID, at, "Kabar Nusantara", 7, nil); err != nil {
		t.Fatal(err)
	}
	if err := fs.FeedPolled(ctx, a.ID, at.Add(15*time.Minute), "", 2, errors.New("fetch: 503")); err != nil {
		t.Fatal(err)
	}
	if err := fs.FeedPolled(ctx, 9999, at, "", 0, nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("polling a missing feed: %v", err)
	}
	// Subscribing again changes the interval, keeps the history.
	if a2, err := fs.AddFeed(ctx, "https://example.org/a.xml", 30*time.Minute); err != nil || a2.ID != a.ID || a2.Items != 9 || a2.Every != 30*time.Minute {
		t.Errorf("subscribing again: %+v %v", a2, err)
	}
	s.Close()
	s = h.open(t, dsn)
	fs = s.(store.FeedStore)
	got, err := fs.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != a.ID || got[1].ID != b.ID {
		t.Fatalf("feeds = %+v", got)
	}
	f := got[0]
	if f.Title != "Kabar Nusantara" || f.Items != 9 || f.Error != "fetch: 503" || !f.Polled.Equal(at.Add(15*time.Minute)) {
		t.Errorf("after two polls: %+v", f)
	}
	if f.Due(at.Add(44*time.Minute)) || !f.Due(at.Add(45*time.Minute)) {
		t.Errorf("due: polled %v every %v", f.Polled, f.Every)
	}
	if err := fs.RemoveFeed(ctx, b.ID); err != nil {
		t.Fatal(err)
	}
	if err := fs.RemoveFeed(ctx, b.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("removing twice: %v", err)
	}
	if got, _ := fs.Feeds(ctx); len(got) != 1 {
		t.Errorf("%d feeds after removing one of two", len(got))
	}
}
