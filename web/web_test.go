package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sumber/store/pgtest"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"sumber/ingest"
	"sumber/samples"
	"sumber/store"
	_ "sumber/store/postgres"
	_ "sumber/store/sqlite"
	"sumber/web"
)

// env is a server under test with its store.
type env struct {
	t   *testing.T
	st  store.Store
	srv *httptest.Server
	web *web.Server
}

// sqliteDSN is a fresh SQLite file in the test's temporary directory.
func sqliteDSN(t *testing.T) string {
	return "sqlite:" + filepath.Join(t.TempDir(), "ledger.db")
}

// postgresDSN is a fresh schema in $SUMBER_TEST_POSTGRES, or skips.
func postgresDSN(t *testing.T) string { return pgtest.DSN(t, "sumber_web_") }

// newEnv opens a store at dsn and serves it on loopback. tokens may be
// nil (open server).
func newEnv(t *testing.T, dsn string, tokens *web.Tokens) *env {
	t.Helper()
	st, err := store.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ws, err := web.New(web.Config{
		Store:    st,
		Pipeline: &ingest.Pipeline{Store: st, Fetcher: &ingest.Fetcher{AllowPrivate: true}},
		Tokens:   tokens,
		Logger:   discardLogger(),
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ws.Handler())
	t.Cleanup(srv.Close)
	return &env{t: t, st: st, srv: srv, web: ws}
}

// seed ingests the bundled sample pages, in file order.
func (e *env) seed() {
	e.t.Helper()
	p := &ingest.Pipeline{Store: e.st, Workers: 1}
	sum, err := p.Run(context.Background(), []ingest.Source{{Kind: ingest.SourceFS, FS: samples.FS, Ref: "."}})
	if err != nil {
		e.t.Fatal(err)
	}
	if sum.New < 6 {
		e.t.Fatalf("seeded %d new documents", sum.New)
	}
}

// client returns a client with a cookie jar that does not follow
// redirects.
func (e *env) client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// do sends a request and returns the status and body.
func (e *env) do(c *http.Client, method, path string, body io.Reader, hdr map[string]string) (int, string, http.Header) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	if c == nil {
		c = e.client()
	}
	resp, err := c.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func (e *env) getJSON(path string, hdr map[string]string, v any) int {
	e.t.Helper()
	code, body, _ := e.do(nil, "GET", path, nil, hdr)
	if v != nil && code == 200 {
		if err := json.Unmarshal([]byte(body), v); err != nil {
			e.t.Fatalf("%s: %v", path, err)
		}
	}
	return code
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// formToken loads a page with c and returns its CSRF token.
func (e *env) formToken(c *http.Client, path string) string {
	e.t.Helper()
	code, body, _ := e.do(c, "GET", path, nil, nil)
	m := csrfRE.FindStringSubmatch(body)
	if code != 200 || m == nil {
		e.t.Fatalf("GET %s: %d, no CSRF token", path, code)
	}
	return m[1]
}

// postForm posts a url-encoded form with c.
func (e *env) postForm(c *http.Client, path string, form url.Values, hdr map[string]string) (int, string) {
	e.t.Helper()
	h := map[string]string{"Content-Type": "application/x-www-form-urlencoded"}
	for k, v := range hdr {
		h[k] = v
	}
	code, body, _ := e.do(c, "POST", path, strings.NewReader(form.Encode()), h)
	return code, body
}
