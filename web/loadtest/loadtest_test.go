package loadtest_test

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"sumber/store"
	_ "sumber/store/sqlite"
	"sumber/web"
	"sumber/web/loadtest"
)

// TestShortRun is a two-second version of the 60-second load test:
// readers and writers at once, no errors, nothing lost.
func TestShortRun(t *testing.T) {
	st, err := store.Open("sqlite:" + filepath.Join(t.TempDir(), "load.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ws, err := web.New(web.Config{Store: st, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ws.Handler())
	defer srv.Close()
	d := 2 * time.Second
	if testing.Short() {
		d = 500 * time.Millisecond
	}
	res, err := loadtest.Run(context.Background(), loadtest.Config{URL: srv.URL, Readers: 8, Writers: 2, Duration: d})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + res.String())
	if res.Reads.Errors+res.Writes.Errors != 0 {
		t.Errorf("errors: %v", res.Errors)
	}
	if res.Written == 0 || res.Reads.Requests == 0 {
		t.Errorf("nothing done: %+v", res)
	}
	if res.Lost != 0 || res.LostA != 0 {
		t.Errorf("lost %d documents, %d claims", res.Lost, res.LostA)
	}
}

func TestCheckLoopback(t *testing.T) {
	for u, ok := range map[string]bool{
		"http://127.0.0.1:8080": true, "http://localhost:1": true, "http://[::1]:80/": true,
		"http://10.0.0.1:80": false, "http://example.com": false, "ftp://127.0.0.1": false,
	} {
		if err := loadtest.CheckLoopback(u); (err == nil) != ok {
			t.Errorf("%s: %v", u, err)
		}
	}
}
