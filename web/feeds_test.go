package web_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"sumber/store"
)

// TestFeedSubscriptions subscribes to a feed from the ingest form, shows
// the subscription (its hostile title escaped), polls it in the
// background, refuses a forged removal and removes it with the form.
func TestFeedSubscriptions(t *testing.T) {
	for name, dsn := range map[string]func(*testing.T) string{"sqlite": sqliteDSN, "postgres": postgresDSN} {
		t.Run(name, func(t *testing.T) {
			e := newEnv(t, dsn(t), nil)
			feed := hostileFeed(t)
			c := e.client()
			tok := e.formToken(c, "/ingest")
			code, body := e.postForm(c, "/ingest", url.Values{"csrf": {tok}, "kind": {"feed"}, "url": {feed.URL + "/feed.xml"}, "subscribe": {"1"}, "every": {"1h0m0s"}}, nil)
			if code != 200 {
				t.Fatalf("subscribe: %d %s", code, clip(body))
			}
			noScript(t, "subscriptions", body)
			for _, want := range []string{`class="feed-row" data-feed="1"`, feed.URL + "/feed.xml", `<td class="num feed-items">1</td>`, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"} {
				if !strings.Contains(body, want) {
					t.Errorf("the subscription lacks %q:\n%s", want, clip(body))
				}
			}
			fs := e.st.(store.FeedStore)
			got, err := fs.Feeds(context.Background())
			if err != nil || len(got) != 1 || got[0].Every != time.Hour || got[0].Polled.IsZero() || got[0].Items != 1 {
				t.Fatalf("stored subscription: %+v %v", got, err)
			}
			// An interval the form does not offer is refused.
			code, _ = e.postForm(c, "/ingest", url.Values{"csrf": {tok}, "kind": {"feed"}, "url": {feed.URL + "/feed.xml"}, "subscribe": {"1"}, "every": {"1s"}}, nil)
			if code != 400 {
				t.Errorf("a one-second interval: %d, want 400", code)
			}

			// The background poller polls it when due: make it due now.
			if err := fs.FeedPolled(context.Background(), 1, time.Now().Add(-2*time.Hour), "", 0, nil); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { e.web.PollFeeds(ctx, 20*time.Millisecond); close(done) }()
			deadline := time.Now().Add(10 * time.Second)
			for {
				got, _ = fs.Feeds(context.Background())
				if time.Since(got[0].Polled) < time.Minute || time.Now().After(deadline) {
					break
				}
				time.Sleep(20 * time.Millisecond)
			}
			cancel()
			<-done
			if time.Since(got[0].Polled) >= time.Minute || got[0].Error != "" {
				t.Errorf("the poller did not poll the due feed: %+v", got[0])
			}

			// A removal without the CSRF token is refused.
			code, _ = e.postForm(e.client(), "/feeds/1/remove", url.Values{}, nil)
			if code != 403 {
				t.Errorf("forged removal: %d, want 403", code)
			}
			code, _ = e.postForm(c, "/feeds/1/remove", url.Values{"csrf": {tok}}, nil)
			if code != 303 {
				t.Errorf("removal: %d, want 303", code)
			}
			if got, _ := fs.Feeds(context.Background()); len(got) != 0 {
				t.Errorf("%d subscriptions after removing the only one", len(got))
			}
			code, _ = e.postForm(c, "/feeds/1/remove", url.Values{"csrf": {tok}}, nil)
			if code != 404 {
				t.Errorf("removing it again: %d, want 404", code)
			}
		})
	}
}
