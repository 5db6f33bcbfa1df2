// Package web is sumber's HTTP server: server-rendered pages for
// analysts (ledger, documents, measures, findings, actors, ingest), a
// JSON API under /api/v1 described by OpenAPI 3.1, and the operational
// endpoints /healthz and /metrics.
//
// # Access
//
// A Server without Tokens is open: every caller is an editor. It must
// only listen on loopback (sumber serve refuses anything else), and it
// answers only requests whose Host is a loopback name, so a web page
// cannot reach it by rebinding its own DNS name to 127.0.0.1.
//
// With Tokens (sumber serve --token-file), each token has a role:
// reader (every GET) or editor (also ingest). API calls carry
// "Authorization: Bearer TOKEN". Browsers log in at /login with a token;
// the server then keeps an in-memory session (cookie sumber_session,
// HttpOnly, SameSite=Lax, 12 hours) with the token's role; the token
// itself is never stored in the browser.
//
// Every unsafe browser request (forms, and API calls authenticated by
// the session cookie) must pass CSRF checks: Sec-Fetch-Site must be
// same-origin or none, Origin (when sent) must be this server, and the
// form field csrf (or header X-CSRF-Token) must equal the HMAC of the
// sumber_csrf cookie and the session under a per-process key. API calls
// with a bearer token need no CSRF token; POST /api/v1/documents also
// requires Content-Type application/json, which no cross-site form can
// send.
package web

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"html/template"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"sumber/ingest"
	"sumber/store"
	"sumber/web/metrics"
)

// Config configures a Server. Store is required.
type Config struct {
	Store store.Store
	// Pipeline ingests what editors submit; nil means a Pipeline on
	// Store with default settings (public addresses only for URLs).
	Pipeline *ingest.Pipeline
	// Analysis gives actors, measures and findings; nil means
	// NewAnalyzed (package analyze).
	Analysis Analysis
	// Tokens, when set, require a token for everything but /healthz,
	// /login and static files. Nil means open (loopback only).
	Tokens *Tokens
	// Lang is the UI locale when the browser asks for none we have.
	Lang   string
	Logger *slog.Logger
	// Metrics, nil means a fresh registry.
	Metrics *metrics.Metrics
	// SecureCookies marks cookies Secure (behind a TLS proxy).
	SecureCookies bool
	// MaxBody caps request bodies; 0 means 12 MiB.
	MaxBody int64
	// RequestTimeout bounds each request's work; 0 means 60 s. Ingest
	// requests get IngestTimeout (0 means 5 minutes).
	RequestTimeout, IngestTimeout time.Duration
}

// Server serves the UI and the API. Create it with New.
type Server struct {
	cfg      Config
	st       store.Store
	pipe     *ingest.Pipeline
	an       Analysis
	log      *slog.Logger
	met      *metrics.Metrics
	cat      catalog
	pages    map[string]*template.Template
	key      []byte
	sessions sessions
	mux      *http.ServeMux
	started  time.Time
}

// New builds a Server.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: Config.Store is nil")
	}
	s := &Server{cfg: cfg, st: cfg.Store, pipe: cfg.Pipeline, an: cfg.Analysis, log: cfg.Logger, met: cfg.Metrics, started: time.Now()}
	if s.pipe == nil {
		s.pipe = &ingest.Pipeline{Store: cfg.Store}
	}
	if s.an == nil {
		s.an = NewAnalyzed(cfg.Store)
	}
	if ss, ok := cfg.Store.(store.SessionStore); ok {
		s.sessions.st = ss
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.met == nil {
		s.met = metrics.New()
	}
	if s.cfg.MaxBody == 0 {
		s.cfg.MaxBody = 12 << 20
	}
	if s.cfg.RequestTimeout == 0 {
		s.cfg.RequestTimeout = 60 * time.Second
	}
	if s.cfg.IngestTimeout == 0 {
		s.cfg.IngestTimeout = 5 * time.Minute
	}
	s.key = make([]byte, 32)
	if _, err := rand.Read(s.key); err != nil {
		return nil, err
	}
	var err error
	if s.cat, err = loadCatalog(); err != nil {
		return nil, err
	}
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

// route registers a handler that needs at least role min.
func (s *Server) route(pattern string, min Role, h http.HandlerFunc) {
	s.mux.Handle(pattern, s.require(min, h))
}

func (s *Server) routes() {
	s.mux = http.NewServeMux()
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", staticHandler()))
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.route("GET /metrics", RoleReader, s.met.Handler().ServeHTTP)
	s.mux.HandleFunc("GET /login", s.loginPage)
	s.mux.HandleFunc("POST /login", s.login)
	s.mux.HandleFunc("POST /logout", s.logout)

	s.route("GET /{$}", RoleReader, s.ledgerPage)
	s.route("GET /documents", RoleReader, s.documentsPage)
	s.route("GET /documents/{id}", RoleReader, s.documentPage)
	s.route("GET /measures", RoleReader, s.measuresPage)
	s.route("GET /measures/{key...}", RoleReader, s.measurePage)
	s.route("GET /findings", RoleReader, s.findingsPage)
	s.route("GET /actors", RoleReader, s.actorsPage)
	s.route("GET /actors/{id}", RoleReader, s.actorPage)
	s.route("GET /ingest", RoleEditor, s.ingestPage)
	s.route("POST /ingest", RoleEditor, s.ingestSubmit)
	s.route("POST /feeds/{id}/remove", RoleEditor, s.unsubscribe)

	s.mux.HandleFunc("GET /api/v1/openapi.json", s.openapi)
	s.route("GET /api/v1/stats", RoleReader, s.apiStats)
	s.route("GET /api/v1/documents", RoleReader, s.apiDocuments)
	s.route("GET /api/v1/documents/{id}", RoleReader, s.apiDocument)
	s.route("POST /api/v1/documents", RoleEditor, s.apiIngest)
	s.route("GET /api/v1/attributions", RoleReader, s.apiAttributions)
	s.route("GET /api/v1/actors", RoleReader, s.apiActors)
	s.route("GET /api/v1/actors/{id}", RoleReader, s.apiActor)
	s.route("GET /api/v1/measures", RoleReader, s.apiMeasures)
	s.route("GET /api/v1/measures/{key...}", RoleReader, s.apiMeasure)
	s.route("GET /api/v1/findings", RoleReader, s.apiFindings)
	s.route("GET /api/v1/export", RoleReader, s.apiExport)
	s.route("GET /api/v1/feeds", RoleReader, s.apiFeeds)
	s.route("POST /api/v1/feeds", RoleEditor, s.apiSubscribe)
	s.route("DELETE /api/v1/feeds/{id}", RoleEditor, s.apiUnsubscribe)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		apiError(w, http.StatusNotFound, "no such endpoint")
	})
}

// Handler returns the server's handler with its middleware: panic
// recovery, logging and metrics, security headers, the Host check of an
// open server, body limits and the request timeout.
func (s *Server) Handler() http.Handler {
	return s.observe(s.headers(s.limits(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mux.ServeHTTP(w, r)
		// The mux set the pattern on this copy of the request.
		if sw, ok := w.(*statusWriter); ok {
			sw.route = r.Pattern
		}
	}))))
}

// HTTPServer returns an http.Server for addr with the timeouts and size
// limits sumber uses.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      s.cfg.IngestTimeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.Background() },
	}
}

// statusWriter remembers the status code and size of a response.
type statusWriter struct {
	http.ResponseWriter
	code  int
	bytes int
	route string
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// observe recovers panics, logs each request with slog and records it in
// the metrics under its route pattern.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		done := s.met.Begin()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			done()
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				if sw.code == 0 {
					http.Error(sw, "internal error", http.StatusInternalServerError)
				}
			}
			code := sw.code
			if code == 0 {
				code = http.StatusOK
			}
			d := time.Since(start)
			s.met.Observe(sw.route, r.Method, code, d)
			lvl := slog.LevelInfo
			if code >= 500 {
				lvl = slog.LevelError
			}
			s.log.Log(r.Context(), lvl, "request", "method", r.Method, "path", r.URL.Path, "route", sw.route,
				"status", code, "bytes", sw.bytes, "duration_ms", float64(d.Microseconds())/1000, "remote", r.RemoteAddr)
		}()
		next.ServeHTTP(sw, r)
	})
}

// csp allows scripts, styles, images and fonts from this server only:
// no inline scripts, no framing, no plugins, forms post only here.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

func (s *Server) headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		if s.cfg.Tokens == nil && !loopbackHost(r.Host) {
			http.Error(w, "this server answers only to loopback host names", http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// limits caps the body and bounds the request's work.
func (s *Server) limits(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		}
		d := s.cfg.RequestTimeout
		if r.Method == http.MethodPost {
			d = s.cfg.IngestTimeout
		}
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

type ctxKey int

const roleKey ctxKey = 0

// roleOf is the caller's role: editor on an open server; otherwise the
// bearer token's role or the session's.
func (s *Server) roleOf(r *http.Request) (role Role, viaBearer bool) {
	if s.cfg.Tokens == nil {
		return RoleEditor, false
	}
	if tok, ok := bearer(r); ok {
		return s.cfg.Tokens.Role(tok), true
	}
	return s.sessions.role(r.Context(), sessionID(r), s.cfg.Tokens), false
}

func isAPI(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/metrics"
}

// require checks the caller's role and, for unsafe requests not
// authenticated by a bearer token, CSRF.
func (s *Server) require(min Role, h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		role, viaBearer := s.roleOf(r)
		if role < min {
			switch {
			case role != RoleNone:
				s.fail(w, r, http.StatusForbidden, "your role may not do this")
			case isAPI(r):
				w.Header().Set("WWW-Authenticate", `Bearer realm="sumber"`)
				apiError(w, http.StatusUnauthorized, "a bearer token is required")
			default:
				http.Redirect(w, r, "/login?next="+urlQueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			}
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead && !viaBearer {
			if err := s.checkUnsafe(r); err != nil {
				s.log.Warn("refused", "path", r.URL.Path, "reason", err.Error(), "remote", r.RemoteAddr)
				s.fail(w, r, http.StatusForbidden, err.Error())
				return
			}
		}
		h(w, r.WithContext(context.WithValue(r.Context(), roleKey, role)))
	})
}

// checkUnsafe guards a state-changing request that did not come with a
// bearer token. API calls on an open server need JSON and no cross-site
// markers; everything else needs the CSRF token.
func (s *Server) checkUnsafe(r *http.Request) error {
	if isAPI(r) && s.cfg.Tokens == nil && r.Header.Get("X-CSRF-Token") == "" {
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			return errors.New("Content-Type must be application/json")
		}
		return sameOrigin(r)
	}
	return s.checkCSRF(r)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	if _, err := s.st.Stats(ctx); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "uptime": time.Since(s.started).Round(time.Second).String()})
}

// fail answers an error as JSON for the API, as a page otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, code int, msg string) {
	if isAPI(r) {
		apiError(w, code, msg)
		return
	}
	s.render(w, r, code, "error", map[string]any{"Code": code, "Message": msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

// apiErrorBody is the body of every API error.
type apiErrorBody struct {
	Error string `json:"error"`
}

func apiError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, apiErrorBody{Error: msg})
}
