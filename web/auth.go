package web

import (
	"bufio"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"sumber/store"
)

// Role is what a caller may do.
type Role int

// Roles, from least to most. A reader may read every page and API
// listing; an editor may also ingest.
const (
	RoleNone Role = iota
	RoleReader
	RoleEditor
)

// String names the role as in a token file.
func (r Role) String() string {
	switch r {
	case RoleReader:
		return "reader"
	case RoleEditor:
		return "editor"
	}
	return "none"
}

// ParseRole reads a role name: "reader" (or "read", "readonly",
// "read-only", "viewer") or "editor" (or "edit", "writer").
func ParseRole(s string) (Role, bool) {
	switch strings.ToLower(s) {
	case "reader", "read", "readonly", "read-only", "viewer":
		return RoleReader, true
	case "editor", "edit", "writer":
		return RoleEditor, true
	}
	return RoleNone, false
}

// MinTokenLen is the shortest token a token file may hold.
const MinTokenLen = 16

// Tokens maps bearer tokens to roles. Only SHA-256 digests of the tokens
// are kept in memory.
type Tokens struct {
	byDigest map[[32]byte]Role
}

// ParseTokens reads a token file: one "ROLE TOKEN" per line, blank lines
// and lines starting with # ignored. Tokens must be at least MinTokenLen
// characters and unique.
func ParseTokens(r io.Reader) (*Tokens, error) {
	t := &Tokens{byDigest: map[[32]byte]Role{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want \"ROLE TOKEN\"", n)
		}
		role, ok := ParseRole(f[0])
		if !ok {
			return nil, fmt.Errorf("line %d: unknown role %q (reader or editor)", n, f[0])
		}
		if len(f[1]) < MinTokenLen {
			return nil, fmt.Errorf("line %d: token shorter than %d characters", n, MinTokenLen)
		}
		d := sha256.Sum256([]byte(f[1]))
		if _, dup := t.byDigest[d]; dup {
			return nil, fmt.Errorf("line %d: duplicate token", n)
		}
		t.byDigest[d] = role
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(t.byDigest) == 0 {
		return nil, fmt.Errorf("no tokens")
	}
	return t, nil
}

// LoadTokens reads a token file from disk.
func LoadTokens(path string) (*Tokens, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := ParseTokens(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// Role returns the role of a token, RoleNone when unknown. Comparing
// digests in a map does not leak the token through timing.
func (t *Tokens) Role(token string) Role {
	if t == nil || token == "" {
		return RoleNone
	}
	return t.byDigest[sha256.Sum256([]byte(token))]
}

// Cookie names.
const (
	sessionCookie = "sumber_session"
	csrfCookie    = "sumber_csrf"
)

// SessionTTL is how long a browser session lasts after login.
const SessionTTL = 12 * time.Hour

// maxSessions bounds the session table; the oldest are dropped first.
const maxSessions = 10000

type session struct {
	digest  [32]byte // of the token the session was opened with
	expires time.Time
}

// sessions is the table of browser sessions created by the login form:
// in the store when it keeps sessions (store.SessionStore), so that a
// restart does not log everyone out and a logout on one server is one on
// every server of the same ledger; else in memory. A session holds the
// digest of the token it was opened with, and its role is that token's
// role in the token file at each request: taking a token out of the file
// ends its sessions too. The store is keyed by the digest of the session
// id, so that it never holds a usable one.
type sessions struct {
	mu sync.Mutex
	m  map[string]session // when st is nil
	st store.SessionStore
	// lastPrune is when ended sessions were last deleted from st.
	lastPrune time.Time
}

// sessionKey is the store key of a session id: its SHA-256 digest.
func sessionKey(id string) string {
	d := sha256.Sum256([]byte(id))
	return hex.EncodeToString(d[:])
}

// create opens a session for the holder of the token with digest d.
func (s *sessions) create(ctx context.Context, d [32]byte) (string, error) {
	id := randomToken()
	now := time.Now()
	v := session{digest: d, expires: now.Add(SessionTTL)}
	if s.st != nil {
		if err := s.st.SaveSession(ctx, sessionKey(id), store.Session{TokenDigest: hex.EncodeToString(d[:]), Expires: v.expires}); err != nil {
			return "", err
		}
		s.mu.Lock()
		prune := now.Sub(s.lastPrune) > time.Hour
		if prune {
			s.lastPrune = now
		}
		s.mu.Unlock()
		if prune {
			s.st.PruneSessions(ctx, now)
		}
		return id, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string]session{}
	}
	if len(s.m) >= maxSessions {
		var oldest string
		var ot time.Time
		for k, v := range s.m {
			if v.expires.Before(now) {
				delete(s.m, k)
				continue
			}
			if oldest == "" || v.expires.Before(ot) {
				oldest, ot = k, v.expires
			}
		}
		if len(s.m) >= maxSessions {
			delete(s.m, oldest)
		}
	}
	s.m[id] = v
	return id, nil
}

// role is the role of session id under the current tokens t: RoleNone
// for no session, an ended one, or one whose token is gone from t.
func (s *sessions) role(ctx context.Context, id string, t *Tokens) Role {
	if id == "" || t == nil {
		return RoleNone
	}
	var v session
	if s.st != nil {
		stored, err := s.st.Session(ctx, sessionKey(id))
		b, derr := hex.DecodeString(stored.TokenDigest)
		if err != nil || derr != nil || len(b) != len(v.digest) {
			return RoleNone
		}
		copy(v.digest[:], b)
		v.expires = stored.Expires
	} else {
		s.mu.Lock()
		m, ok := s.m[id]
		s.mu.Unlock()
		if !ok {
			return RoleNone
		}
		v = m
	}
	if time.Now().After(v.expires) {
		s.delete(ctx, id)
		return RoleNone
	}
	return t.byDigest[v.digest]
}

// delete ends session id.
func (s *sessions) delete(ctx context.Context, id string) {
	if id == "" {
		return
	}
	if s.st != nil {
		s.st.DeleteSession(ctx, sessionKey(id))
		return
	}
	s.mu.Lock()
	delete(s.m, id)
	s.mu.Unlock()
}

func randomToken() string {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b[:])
}

// csrfFor derives the form token from the browser's CSRF cookie and its
// session: HMAC-SHA256 under the server's key. A form is accepted only
// when its token matches the cookie it came with (signed double submit),
// so a page on another site, which can neither read the cookie nor
// compute the HMAC, cannot forge one.
func (s *Server) csrfFor(cookie, sid string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte("csrf\x00" + cookie + "\x00" + sid))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// checkCSRF verifies an unsafe request from a browser: the fetch
// metadata and Origin must not name another site, and the token (form
// field "csrf" or header X-CSRF-Token) must match the cookie.
func (s *Server) checkCSRF(r *http.Request) error {
	if err := sameOrigin(r); err != nil {
		return err
	}
	c, err := r.Cookie(csrfCookie)
	if err != nil || c.Value == "" {
		return fmt.Errorf("no CSRF cookie")
	}
	tok := r.Header.Get("X-CSRF-Token")
	if tok == "" {
		tok = r.PostFormValue("csrf")
	}
	want := s.csrfFor(c.Value, sessionID(r))
	if subtle.ConstantTimeCompare([]byte(tok), []byte(want)) != 1 {
		return fmt.Errorf("bad CSRF token")
	}
	return nil
}

// sameOrigin rejects requests that the browser says come from another
// site (Sec-Fetch-Site) or whose Origin is not this server.
func sameOrigin(r *http.Request) error {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return fmt.Errorf("cross-site request (Sec-Fetch-Site: %s)", r.Header.Get("Sec-Fetch-Site"))
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || !strings.EqualFold(u.Host, r.Host) {
			return fmt.Errorf("origin %q is not this server", o)
		}
	}
	return nil
}

func sessionID(r *http.Request) string {
	if c, err := r.Cookie(sessionCookie); err == nil {
		return c.Value
	}
	return ""
}

func bearer(r *http.Request) (string, bool) {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:]), true
	}
	return "", false
}

// IsLoopback reports whether a listen address (host:port) binds only to
// the loopback interface. An empty host binds every interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// loopbackHost reports whether a Host header names the loopback
// interface, which is all a server without tokens answers to (a page
// that rebinds its own DNS name to 127.0.0.1 sends its own name).
func loopbackHost(host string) bool {
	h, _, err := net.SplitHostPort(host)
	if err != nil {
		h = host
	}
	h = strings.Trim(h, "[]")
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}
