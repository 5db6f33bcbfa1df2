package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFeedsCommand subscribes to a loopback feed, polls it twice (the
// second poll stores nothing and is not due before its interval), lists
// the subscription with its title and count, and removes it.
func TestFeedsCommand(t *testing.T) {
	srv := sampleSite(t)
	db := filepath.Join(t.TempDir(), "feeds.db")

	out := mustRun(t, "feeds", "--db", db)
	if !strings.Contains(out, "no feed subscriptions") {
		t.Errorf("empty list: %q", out)
	}
	out = mustRun(t, "feeds", "add", "--db", db, "--every", "1h", srv.URL+"/feed.xml")
	if !strings.HasPrefix(out, "feed 1: "+srv.URL+"/feed.xml, polled every 1h0m0s") {
		t.Errorf("add: %q", out)
	}
	// Loopback feeds are refused unless allowed.
	out = mustRun(t, "feeds", "poll", "--db", db)
	if !strings.Contains(out, "failed:") || !strings.Contains(out, "private, loopback") {
		t.Errorf("poll without --allow-private: %q", out)
	}
	// The refused poll counts as a poll: the feed is due again in an hour.
	out = mustRun(t, "feeds", "poll", "--db", db, "--allow-private")
	if !strings.Contains(out, "no feed is due") {
		t.Errorf("poll before the interval: %q", out)
	}
	// A second subscription, never polled, is due: its items are stored.
	mustRun(t, "feeds", "add", "--db", db, srv.URL+"/feed.xml?edition=2")
	out = mustRun(t, "feeds", "poll", "--db", db, "--allow-private")
	if !strings.Contains(out, "feed 2 "+srv.URL+"/feed.xml?edition=2: 7 new, 1 near-duplicate, 0 already stored, 0 failed") {
		t.Errorf("poll: %q", out)
	}
	out = mustRun(t, "feeds", "list", "--db", db)
	for _, want := range []string{"feed: Get", "sumber sample reports", "  8  "} {
		if !strings.Contains(out, want) {
			t.Errorf("list lacks %q (the first feed's error, the second's title and items):\n%s", want, out)
		}
	}
	_, _, code := sumberRun(t, "feeds", "remove", "--db", db, "9")
	if code == 0 {
		t.Error("removing a missing feed succeeded")
	}
	out = mustRun(t, "feeds", "remove", "--db", db, "1")
	if out != "feed 1 removed\n" {
		t.Errorf("remove: %q", out)
	}
	_, _, code = sumberRun(t, "feeds", "frobnicate")
	if code != 2 {
		t.Errorf("unknown action: exit %d, want 2", code)
	}
}
