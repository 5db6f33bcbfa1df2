package ingest

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"testing"
	"time"
)

const page = `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><article><p>The ministry said on Monday that the talks would resume next week in Geneva, officials told reporters.</p></article></body></html>`

// newServer serves a few paths used by the fetcher tests.
func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("X-Seen-UA", r.UserAgent())
		w.Write([]byte(page))
	})
	mux.HandleFunc("/ua", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(r.UserAgent()))
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
	})
	mux.HandleFunc("/blank", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("  \n\t \n"))
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00"))
	})
	mux.HandleFunc("/binary-as-html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte{0, 1, 2, 3, 'a'}, 100))
	})
	mux.HandleFunc("/untyped-binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no sniffing by net/http
		w.Write([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(2<<20))
		w.Write(bytes.Repeat([]byte("<p>news</p>\n"), (2<<20)/12))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 200; i++ {
			w.Write(bytes.Repeat([]byte("<p>news</p>\n"), 1000))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/to-page", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.example/x", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	srv := newServer(t)
	f := &Fetcher{AllowPrivate: true, MaxBytes: 1 << 20, Timeout: time.Second}
	ctx := context.Background()

	resp, err := f.Fetch(ctx, srv.URL+"/to-page")
	if err != nil {
		t.Fatal(err)
	}
	if resp.URL != srv.URL+"/page" || resp.MediaType != "text/html" || !bytes.Equal(resp.Body, []byte(page)) {
		t.Errorf("got %s %s %q", resp.URL, resp.MediaType, resp.Body)
	}
	if ua := resp.Header.Get("X-Seen-UA"); ua != DefaultUserAgent {
		t.Errorf("User-Agent = %q", ua)
	}

	tests := []struct {
		path string
		want error
		msg  string
	}{
		{"/empty", ErrEmpty, "empty body"},
		{"/blank", ErrEmpty, "empty body"},
		{"/image", ErrContentType, "image/png"},
		{"/binary-as-html", ErrBinary, "binary"},
		{"/untyped-binary", ErrContentType, "sniffed"},
		{"/big", ErrTooLarge, "limit is 1 MiB"},
		{"/big-chunked", ErrTooLarge, "more than 1 MiB"},
		{"/missing", ErrHTTPStatus, "404 Not Found"},
		{"/loop", ErrRedirects, "more than 5"},
		{"/to-ftp", ErrScheme, "redirect"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, err := f.Fetch(ctx, srv.URL+tt.path)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %q, want it to mention %q", err, tt.msg)
			}
		})
	}

	t.Run("timeout", func(t *testing.T) {
		f := &Fetcher{AllowPrivate: true, Timeout: 200 * time.Millisecond}
		start := time.Now()
		_, err := f.Fetch(ctx, srv.URL+"/slow")
		if err == nil || time.Since(start) > 3*time.Second {
			t.Errorf("err = %v after %v", err, time.Since(start))
		}
	})
	t.Run("user agent", func(t *testing.T) {
		f := &Fetcher{AllowPrivate: true, UserAgent: "custom/1"}
		resp, err := f.Fetch(ctx, srv.URL+"/ua")
		if err != nil || string(resp.Body) != "custom/1" {
			t.Errorf("%v %q", err, resp.Body)
		}
	})
}

func TestCheckURL(t *testing.T) {
	for raw, want := range map[string]error{
		"https://news.example/a":            nil,
		"http://news.example:8080/a?b=c":    nil,
		"ftp://news.example/a":              ErrScheme,
		"file:///etc/passwd":                ErrScheme,
		"javascript:alert(1)":               ErrScheme,
		"https://news.example@10.0.0.1/":    ErrUserinfo,
		"https://user:pw@news.example/":     ErrUserinfo,
		"news.example/a":                    ErrScheme,
		"gopher://127.0.0.1:6379/_flushall": ErrScheme,
	} {
		_, err := CheckURL(raw)
		if !errors.Is(err, want) || (want == nil) != (err == nil) {
			t.Errorf("CheckURL(%q) = %v, want %v", raw, err, want)
		}
	}
}

func TestPublicAddr(t *testing.T) {
	for s, want := range map[string]bool{
		"93.184.216.34": true, "2606:4700::1111": true, "8.8.8.8": true,
		"127.0.0.1": false, "127.1.2.3": false, "::1": false, "10.1.2.3": false, "172.16.5.4": false,
		"192.168.1.1": false, "169.254.169.254": false, "fe80::1": false, "fc00::1": false, "fd12::1": false,
		"0.0.0.0": false, "::": false, "224.0.0.1": false, "ff02::1": false, "100.64.0.1": false,
		"100.127.255.254": false, "255.255.255.255": false, "::ffff:127.0.0.1": false,
		"::ffff:10.0.0.1": false, "64:ff9b::7f00:1": false, "2002:7f00:1::": false, "64:ff9b::808:808": true,
		"198.18.0.1": false, "192.0.2.1": false,
	} {
		if got := PublicAddr(netip.MustParseAddr(s)); got != want {
			t.Errorf("PublicAddr(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestFetchRefusesPrivate: without AllowPrivate, loopback is refused
// whether named directly, reached through a name that resolves to it
// (checked after DNS, at dial time), or reached by a redirect.
func TestFetchRefusesPrivate(t *testing.T) {
	srv := newServer(t)
	ctx := context.Background()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())

	t.Run("loopback literal", func(t *testing.T) {
		_, err := (&Fetcher{}).Fetch(ctx, srv.URL+"/page")
		if !errors.Is(err, ErrBlocked) {
			t.Fatalf("err = %v, want ErrBlocked", err)
		}
	})
	t.Run("localhost", func(t *testing.T) {
		_, err := (&Fetcher{}).Fetch(ctx, "http://localhost:"+port+"/page")
		if !errors.Is(err, ErrBlocked) {
			t.Fatalf("err = %v, want ErrBlocked", err)
		}
	})
	t.Run("name resolving to loopback", func(t *testing.T) {
		// A public-looking name whose DNS answer is 127.0.0.1 (a
		// rebinding attack): refused after resolution.
		f := &Fetcher{LookupIP: func(ctx context.Context, host string) ([]netip.Addr, error) {
			if host != "news.example" {
				t.Errorf("looked up %q", host)
			}
			return []netip.Addr{netip.MustParseAddr("127.0.0.1")}, nil
		}}
		_, err := f.Fetch(ctx, "http://news.example:"+port+"/page")
		if !errors.Is(err, ErrBlocked) {
			t.Fatalf("err = %v, want ErrBlocked", err)
		}
		if !strings.Contains(err.Error(), "news.example resolves to 127.0.0.1") {
			t.Errorf("err = %q, want the name and the address", err)
		}
		// The same with AllowPrivate reaches the page: the name really
		// led to the server.
		f.AllowPrivate = true
		if _, err := f.Fetch(ctx, "http://news.example:"+port+"/page"); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ipv4-mapped and metadata", func(t *testing.T) {
		for _, u := range []string{"http://[::ffff:127.0.0.1]:" + port + "/page", "http://169.254.169.254/latest/meta-data/", "http://[::1]:" + port + "/"} {
			_, err := (&Fetcher{Timeout: time.Second}).Fetch(ctx, u)
			if !errors.Is(err, ErrBlocked) {
				t.Errorf("%s: err = %v, want ErrBlocked", u, err)
			}
		}
	})
	t.Run("redirect to loopback", func(t *testing.T) {
		// The first server counts as public for this test; it redirects
		// to another loopback server, which must be refused at dial time.
		private := newServer(t)
		pub := netip.MustParseAddrPort(srv.Listener.Addr().String())
		redirector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, private.URL+"/page", http.StatusFound)
		}))
		defer redirector.Close()
		redir := netip.MustParseAddrPort(redirector.Listener.Addr().String())
		f := &Fetcher{permit: func(ap netip.AddrPort) bool { return ap == pub || ap == redir }}
		if _, err := f.Fetch(ctx, srv.URL+"/page"); err != nil {
			t.Fatalf("the allowed server: %v", err)
		}
		_, err := f.Fetch(ctx, redirector.URL+"/")
		if !errors.Is(err, ErrBlocked) {
			t.Fatalf("err = %v, want ErrBlocked", err)
		}
	})
}
