package web_test

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"sumber/web"
)

// hostile is what an attacker writes into a report, a source name or a
// feed title.
const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>`

// noScript fails when a page carries the hostile markup unescaped.
func noScript(t *testing.T, where, body string) {
	t.Helper()
	for _, bad := range []string{`<script>alert`, `<img src=x`} {
		if strings.Contains(body, bad) {
			t.Errorf("%s: unescaped %q in the page", where, bad)
		}
	}
	if m := regexp.MustCompile(`<[a-zA-Z][^>]*\son[a-z]+=`).FindString(body); m != "" {
		t.Errorf("%s: event handler attribute in %s", where, m)
	}
	// Every <script> tag is our own external script.
	for _, m := range regexp.MustCompile(`<script[^>]*>`).FindAllString(body, -1) {
		if m != `<script src="/static/app.js" defer>` {
			t.Errorf("%s: unexpected script tag %s", where, m)
		}
	}
}

// hostileFeed serves an RSS feed whose title and item titles are
// hostile, and a text page whose source name is hostile.
func hostileFeed(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><link>%s/</link>
<item><title>%s</title><link>%s/page.txt</link></item></channel></rss>`,
			xmlEscape(hostile), srv.URL, xmlEscape(hostile), srv.URL)
	})
	mux.HandleFunc("/page.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "Feed page %s\nThe ministry of %s said that 300 soldiers were killed.\n", hostile, hostile)
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	_ = xmlEscapeTo(&b, s)
	return b.String()
}

func xmlEscapeTo(b *bytes.Buffer, s string) error {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	b.WriteString(r.Replace(s))
	return nil
}

// TestXSS ingests hostile input in article text, in a source name and in
// a feed title through the UI and the API, then checks every page that
// shows it.
func TestXSS(t *testing.T) {
	e := newEnv(t, sqliteDSN(t), nil)
	c := e.client()
	tok := e.formToken(c, "/ingest")

	// Article text and source name, pasted.
	text := "Headline " + hostile + "\nThe spokesman " + hostile + " said that at least 500 " + hostile + " troops were killed.\n" +
		"Kementerian " + hostile + " mengatakan bahwa 200 tentara tewas."
	code, body := e.postForm(c, "/ingest", url.Values{"csrf": {tok}, "kind": {"text"}, "text": {text}, "title": {hostile}, "url": {"javascript:alert(1)"}}, nil)
	if code != 200 || !strings.Contains(body, `data-status="new"`) {
		t.Fatalf("ingest: %d %s", code, clip(body))
	}
	noScript(t, "ingest result", body)

	// A file upload with hostile HTML.
	var mp bytes.Buffer
	mw := multipart.NewWriter(&mp)
	mw.WriteField("csrf", tok)
	mw.WriteField("kind", "file")
	fw, _ := mw.CreateFormFile("file", `evil"<script>.html`)
	fmt.Fprintf(fw, `<html><head><title>%s</title></head><body><article><h1>%s</h1><p>The agency %s said that 42 %s soldiers were wounded in the attack on the town.</p><script>alert(2)</script><p onclick="alert(3)">More text from %s reported by officials who said that it was bad.</p></article></body></html>`, hostile, hostile, hostile, hostile, hostile)
	mw.Close()
	code, body, _ = e.do(c, "POST", "/ingest", &mp, map[string]string{"Content-Type": mw.FormDataContentType()})
	if code != 200 {
		t.Fatalf("upload: %d %s", code, clip(body))
	}
	noScript(t, "upload result", body)

	// A feed whose title is hostile (given as a URL, so the result names
	// the feed), and the same as a feed.
	feed := hostileFeed(t)
	for _, kind := range []string{"url", "feed"} {
		code, body = e.postForm(c, "/ingest", url.Values{"csrf": {tok}, "kind": {kind}, "url": {feed.URL + "/feed.xml"}}, nil)
		if code != 200 {
			t.Fatalf("feed as %s: %d %s", kind, code, clip(body))
		}
		noScript(t, "feed result "+kind, body)
		if kind == "url" && !strings.Contains(body, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
			t.Errorf("feed title not shown escaped: %s", clip(body))
		}
	}

	// The API too.
	reqBody, _ := json.Marshal(map[string]string{"text": "API " + hostile + "\nOfficial " + hostile + " said that 7 people died."})
	code, body, _ = e.do(nil, "POST", "/api/v1/documents", bytes.NewReader(reqBody), map[string]string{"Content-Type": "application/json"})
	if code != 201 {
		t.Fatalf("API ingest: %d %s", code, body)
	}
	if strings.Contains(body, "<script>") {
		t.Errorf("API JSON carries raw <script>: %s", body)
	}

	// Every page that shows the hostile strings.
	pages := []string{"/", "/?q=script", "/documents", "/measures", "/findings", "/actors"}
	var docs web.Page[map[string]any]
	e.getJSON("/api/v1/documents", nil, &docs)
	if len(docs.Items) < 4 {
		t.Fatalf("%d documents stored", len(docs.Items))
	}
	for _, d := range docs.Items {
		pages = append(pages, fmt.Sprintf("/documents/%v", d["id"]))
	}
	var actors web.Page[web.ActorInfo]
	e.getJSON("/api/v1/actors", nil, &actors)
	for _, a := range actors.Items {
		pages = append(pages, "/actors/"+url.PathEscape(a.ID))
	}
	var ms web.Page[web.MeasureInfo]
	e.getJSON("/api/v1/measures", nil, &ms)
	for _, m := range ms.Items {
		pages = append(pages, "/measures/"+m.Key)
	}
	sawEscaped := false
	for _, p := range pages {
		code, body, _ := e.do(c, "GET", p, nil, nil)
		if code != 200 {
			t.Errorf("%s: %d", p, code)
			continue
		}
		noScript(t, p, body)
		if strings.Contains(body, "javascript:") && strings.Contains(body, `href="javascript:`) {
			t.Errorf("%s: javascript: link", p)
		}
		if strings.Contains(body, "&lt;script&gt;") {
			sawEscaped = true
		}
	}
	if !sawEscaped {
		t.Error("the hostile text is shown nowhere, escaped")
	}
}

// TestCSRF checks that forms need the token of their own cookie and
// same-origin fetch metadata, and that the open API needs JSON.
func TestCSRF(t *testing.T) {
	e := newEnv(t, sqliteDSN(t), nil)
	c := e.client()
	tok := e.formToken(c, "/ingest")
	form := func(tok string) url.Values {
		return url.Values{"csrf": {tok}, "kind": {"text"}, "text": {"Pejabat itu mengatakan bahwa 5 orang tewas. " + tok}}
	}
	other := e.client()
	otherTok := e.formToken(other, "/ingest")
	tests := []struct {
		name string
		c    *http.Client
		tok  string
		hdr  map[string]string
		want int
	}{
		{"no token", c, "", nil, 403},
		{"forged token", c, "AAAA" + tok[4:], nil, 403},
		{"another browser's token", c, otherTok, nil, 403},
		{"no cookie", e.client(), tok, nil, 403},
		{"cross-site fetch", c, tok, map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"same-site fetch", c, tok, map[string]string{"Sec-Fetch-Site": "same-site"}, 403},
		{"foreign origin", c, tok, map[string]string{"Origin": "https://evil.example"}, 403},
		{"good", c, tok, map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": e.srv.URL}, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := e.postForm(tc.c, "/ingest", form(tc.tok), tc.hdr)
			if code != tc.want {
				t.Fatalf("%d, want %d: %s", code, tc.want, clip(body))
			}
		})
	}
	// The open API refuses what a cross-site form can send.
	apiTests := []struct {
		name string
		hdr  map[string]string
		want int
	}{
		{"form content type", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, 403},
		{"text/plain", map[string]string{"Content-Type": "text/plain"}, 403},
		{"cross-site JSON", map[string]string{"Content-Type": "application/json", "Sec-Fetch-Site": "cross-site"}, 403},
		{"foreign origin JSON", map[string]string{"Content-Type": "application/json", "Origin": "http://evil.example"}, 403},
		{"JSON", map[string]string{"Content-Type": "application/json"}, 201},
	}
	for _, tc := range apiTests {
		t.Run("api "+tc.name, func(t *testing.T) {
			code, body, _ := e.do(nil, "POST", "/api/v1/documents", strings.NewReader(`{"text":"Pejabat itu mengatakan bahwa 9 orang tewas."}`), tc.hdr)
			if code != tc.want {
				t.Fatalf("%d, want %d: %s", code, tc.want, body)
			}
		})
	}
	// A rebinding page sends its own Host name: refused.
	code, _, _ := e.do(nil, "GET", "/", nil, map[string]string{"Host": "evil.example"})
	req, _ := http.NewRequest("GET", e.srv.URL+"/", nil)
	req.Host = "evil.example:80"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %d (header-only %d)", resp.StatusCode, code)
	}
}

const (
	readerTok = "reader-0123456789abcdef"
	editorTok = "editor-0123456789abcdef"
)

func tokens(t *testing.T) *web.Tokens {
	tk, err := web.ParseTokens(strings.NewReader("# comment\nreader " + readerTok + "\n\neditor " + editorTok + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// TestAuth checks roles for the API (bearer tokens) and the browser
// (login form, session cookie), with hostile and wrong tokens.
func TestAuth(t *testing.T) {
	e := newEnv(t, sqliteDSN(t), tokens(t))
	e.seed()
	bearer := func(tok string) map[string]string { return map[string]string{"Authorization": "Bearer " + tok} }
	json := map[string]string{"Content-Type": "application/json"}
	post := `{"text":"Juru bicara itu mengatakan bahwa 12 orang tewas."}`
	tests := []struct {
		name, method, path string
		hdr                map[string]string
		want               int
	}{
		{"healthz open", "GET", "/healthz", nil, 200},
		{"static open", "GET", "/static/style.css", nil, 200},
		{"openapi open", "GET", "/api/v1/openapi.json", nil, 200},
		{"api without token", "GET", "/api/v1/stats", nil, 401},
		{"api bad token", "GET", "/api/v1/stats", bearer("nope-nope-nope-nope"), 401},
		{"api hostile token", "GET", "/api/v1/stats", bearer(hostile), 401},
		{"api reader", "GET", "/api/v1/attributions", bearer(readerTok), 200},
		{"api editor reads", "GET", "/api/v1/findings", bearer(editorTok), 200},
		{"metrics without token", "GET", "/metrics", nil, 401},
		{"metrics reader", "GET", "/metrics", bearer(readerTok), 200},
		{"reader may not ingest", "POST", "/api/v1/documents", merge(json, bearer(readerTok)), 403},
		{"anonymous may not ingest", "POST", "/api/v1/documents", json, 401},
		{"editor ingests", "POST", "/api/v1/documents", merge(json, bearer(editorTok)), 201},
		{"page redirects to login", "GET", "/findings", nil, 303},
		{"any host with tokens", "GET", "/healthz", map[string]string{"Host": "sumber.example"}, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var body *strings.Reader
			if tc.method == "POST" {
				body = strings.NewReader(post)
			} else {
				body = strings.NewReader("")
			}
			code, b, h := e.do(nil, tc.method, tc.path, body, tc.hdr)
			if code != tc.want {
				t.Fatalf("%d, want %d: %s", code, tc.want, clip(b))
			}
			if code == 401 && h.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
			if code == 303 && !strings.HasPrefix(h.Get("Location"), "/login?next=") {
				t.Errorf("redirect to %q", h.Get("Location"))
			}
		})
	}

	// Browser: log in as a reader, read, fail to ingest, log out.
	c := e.client()
	tok := e.formToken(c, "/login?next=/findings")
	code, _ := e.postForm(c, "/login", url.Values{"csrf": {tok}, "token": {"wrong-token-wrong-token"}, "next": {"/findings"}}, nil)
	if code != 401 {
		t.Errorf("bad login: %d", code)
	}
	code, _ = e.postForm(c, "/login", url.Values{"token": {readerTok}}, nil)
	if code != 403 {
		t.Errorf("login without CSRF token: %d", code)
	}
	code, _ = e.postForm(c, "/login", url.Values{"csrf": {tok}, "token": {readerTok}, "next": {"//evil.example/"}}, nil)
	if code != 303 {
		t.Fatalf("login: %d", code)
	}
	code, body, _ := e.do(c, "GET", "/findings", nil, nil)
	if code != 200 || strings.Contains(body, `href="/ingest"`) {
		t.Errorf("reader findings: %d (ingest link shown: %v)", code, strings.Contains(body, `href="/ingest"`))
	}
	code, _, _ = e.do(c, "GET", "/ingest", nil, nil)
	if code != 403 {
		t.Errorf("reader /ingest: %d", code)
	}
	code, _, _ = e.do(c, "GET", "/api/v1/stats", nil, nil)
	if code != 200 {
		t.Errorf("reader session API read: %d", code)
	}
	// Session cookie alone may not POST to the API without the CSRF header.
	code, _, _ = e.do(c, "POST", "/api/v1/documents", strings.NewReader(post), json)
	if code != 403 {
		t.Errorf("reader session API write: %d", code)
	}
	tok = e.formToken(c, "/findings")
	code, _ = e.postForm(c, "/logout", url.Values{"csrf": {tok}}, nil)
	if code != 303 {
		t.Errorf("logout: %d", code)
	}
	code, _, _ = e.do(c, "GET", "/findings", nil, nil)
	if code != 303 {
		t.Errorf("after logout: %d", code)
	}

	// Editor session ingests through the form, and the API with the
	// CSRF header.
	c = e.client()
	tok = e.formToken(c, "/login")
	if code, _ := e.postForm(c, "/login", url.Values{"csrf": {tok}, "token": {editorTok}}, nil); code != 303 {
		t.Fatalf("editor login: %d", code)
	}
	tok = e.formToken(c, "/ingest")
	code, body = e.postForm(c, "/ingest", url.Values{"csrf": {tok}, "kind": {"text"}, "text": {"Kepala polisi mengatakan bahwa 3 orang ditangkap."}}, nil)
	if code != 200 || !strings.Contains(body, `data-status="new"`) {
		t.Errorf("editor ingest: %d %s", code, clip(body))
	}
	code, _, _ = e.do(c, "POST", "/api/v1/documents", strings.NewReader(`{"text":"Kepala polisi mengatakan bahwa 4 orang ditangkap."}`), merge(json, map[string]string{"X-CSRF-Token": tok}))
	if code != 201 {
		t.Errorf("editor session API write: %d", code)
	}
}

func merge(a, b map[string]string) map[string]string {
	m := map[string]string{}
	for k, v := range a {
		m[k] = v
	}
	for k, v := range b {
		m[k] = v
	}
	return m
}

func TestParseTokens(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"good", "reader aaaaaaaaaaaaaaaa\neditor bbbbbbbbbbbbbbbb\n", true},
		{"comments", "# x\n\nread aaaaaaaaaaaaaaaa\n", true},
		{"short token", "reader short\n", false},
		{"unknown role", "admin aaaaaaaaaaaaaaaa\n", false},
		{"duplicate", "reader aaaaaaaaaaaaaaaa\neditor aaaaaaaaaaaaaaaa\n", false},
		{"three fields", "reader aaaaaaaaaaaaaaaa x\n", false},
		{"empty", "# nothing\n", false},
	}
	for _, tc := range tests {
		_, err := web.ParseTokens(strings.NewReader(tc.in))
		if (err == nil) != tc.ok {
			t.Errorf("%s: err = %v", tc.name, err)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	tests := map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, "127.1.2.3:1": true,
		":8080": false, "0.0.0.0:8080": false, "192.168.1.2:80": false, "[::]:80": false, "example.com:80": false,
	}
	for addr, want := range tests {
		if got := web.IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

// TestHeadersAndOps checks the security headers, /healthz, /metrics,
// the request size limit and the locales.
func TestHeadersAndOps(t *testing.T) {
	e := newEnv(t, sqliteDSN(t), nil)
	e.seed()
	code, body, h := e.do(nil, "GET", "/", nil, nil)
	if code != 200 {
		t.Fatal(code)
	}
	csp := h.Get("Content-Security-Policy")
	for _, want := range []string{"script-src 'self'", "frame-ancestors 'none'", "default-src 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP allows unsafe-inline: %q", csp)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" {
		t.Errorf("headers: %v", h)
	}
	if !strings.Contains(body, `lang="en"`) || !strings.Contains(body, "Ledger") {
		t.Error("default locale is not English")
	}
	// Locales: Accept-Language, then ?lang=.
	_, body, _ = e.do(nil, "GET", "/findings", nil, map[string]string{"Accept-Language": "id-ID,id;q=0.9,en;q=0.8"})
	if !strings.Contains(body, `lang="id"`) || !strings.Contains(body, "Buku besar") || !strings.Contains(body, "Temuan") {
		t.Error("Accept-Language id not honoured")
	}
	_, body, _ = e.do(nil, "GET", "/measures?lang=id", nil, map[string]string{"Accept-Language": "en"})
	if !strings.Contains(body, "Ukuran") {
		t.Error("?lang=id not honoured")
	}
	// healthz and metrics.
	code, body, _ = e.do(nil, "GET", "/healthz", nil, nil)
	if code != 200 || !strings.Contains(body, `"ok"`) {
		t.Errorf("healthz: %d %s", code, body)
	}
	_, body, _ = e.do(nil, "GET", "/metrics", nil, nil)
	for _, want := range []string{`sumber_http_requests_total{code="200",method="GET",route="GET /{$}"}`, "sumber_http_request_duration_seconds", "go_goroutines"} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	// Bodies over the limit are refused.
	big := `{"text":"` + strings.Repeat("a", 13<<20) + `"}`
	code, _, _ = e.do(nil, "POST", "/api/v1/documents", strings.NewReader(big), map[string]string{"Content-Type": "application/json"})
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %d", code)
	}
	// Unknown routes.
	if code, _, _ := e.do(nil, "GET", "/api/v1/nothing", nil, nil); code != 404 {
		t.Errorf("unknown API route: %d", code)
	}
	if code, _, _ := e.do(nil, "DELETE", "/api/v1/documents/1", nil, nil); code != 405 && code != 404 {
		t.Errorf("DELETE: %d", code)
	}
}

// TestSessionsOutliveARestart: a browser session is kept by the ledger,
// so a server started again on the same ledger (here a second server)
// still knows it; a logout on one server ends it on the other; a token
// taken out of the token file ends its sessions; and the ledger holds
// only the digest of the session id, never the id.
func TestSessionsOutliveARestart(t *testing.T) {
	dsn := sqliteDSN(t)
	first := newEnv(t, dsn, tokens(t))
	first.seed()
	c := first.client()
	tok := first.formToken(c, "/login")
	if code, _ := first.postForm(c, "/login", url.Values{"csrf": {tok}, "token": {readerTok}}, nil); code != 303 {
		t.Fatalf("login: %d", code)
	}
	var sid string
	for _, ck := range c.Jar.Cookies(mustURL(t, first.srv.URL)) {
		if ck.Name == "sumber_session" {
			sid = ck.Value
		}
	}
	if sid == "" {
		t.Fatal("no session cookie")
	}
	// the same ledger, a new server (the cookie jar sends the cookie to
	// every port of 127.0.0.1)
	second := newEnv(t, dsn, tokens(t))
	if code, _, _ := second.do(c, "GET", "/findings", nil, nil); code != 200 {
		t.Fatalf("after a restart: %d, want the session kept", code)
	}
	// the reader's token is taken out of the token file
	onlyEditor, err := web.ParseTokens(strings.NewReader("editor " + editorTok + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	third := newEnv(t, dsn, onlyEditor)
	if code, _, _ := third.do(c, "GET", "/findings", nil, nil); code != 303 {
		t.Errorf("with the token revoked: %d, want a redirect to the login", code)
	}
	// the store keeps the digest, not the id
	n := 0
	db, err := sql.Open("sqlite", strings.TrimPrefix(dsn, "sqlite:"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRow(`SELECT COUNT(*) FROM sessions WHERE id_digest = ? OR token_digest = ?`, sid, readerTok).Scan(&n); err != nil || n != 0 {
		t.Errorf("the ledger holds a session id or a token: %d %v", n, err)
	}
	// a logout on the second server ends the session on the first
	tok = second.formToken(c, "/findings")
	if code, _ := second.postForm(c, "/logout", url.Values{"csrf": {tok}}, nil); code != 303 {
		t.Fatalf("logout: %d", code)
	}
	c.Jar.SetCookies(mustURL(t, first.srv.URL), []*http.Cookie{{Name: "sumber_session", Value: sid, Path: "/"}})
	if code, _, _ := first.do(c, "GET", "/findings", nil, nil); code != 303 {
		t.Errorf("the logged-out session on the first server: %d, want a redirect", code)
	}
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
