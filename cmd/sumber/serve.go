package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"sumber/ingest"
	"sumber/web"
)

func init() {
	register(command{name: "serve", summary: "serve the web UI and the JSON API (loopback by default)", run: runServe})
}

// serveOptions are the flags of 'sumber serve'.
type serveOptions struct {
	addr, db, tokenFile, lang, logFormat string
	allowPrivate, secureCookies          bool
	// poll is how often the feed subscriptions are checked; 0 means
	// they are not polled.
	poll time.Duration
	// ready, when set, receives the listening address (tests).
	ready func(addr string)
}

func runServe(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("serve", "sumber serve [--addr 127.0.0.1:8080] [--db DSN] [--token-file F] [--lang en|id]", stderr, "Serves the ledger as web pages and as JSON under /api/v1 (OpenAPI at /api/v1/openapi.json).")
	var o serveOptions
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen address; anything but loopback needs --token-file")
	fs.StringVar(&o.db, "db", "", dbUsage)
	fs.StringVar(&o.tokenFile, "token-file", "", `file of "ROLE TOKEN" lines (roles: reader, editor); requires a token for every request`)
	fs.StringVar(&o.lang, "lang", "en", "default UI language (en or id); browsers may ask for another")
	fs.StringVar(&o.logFormat, "log", "text", "log format: text or json")
	fs.BoolVar(&o.allowPrivate, "allow-private", false, "let ingest fetch private and loopback addresses (intranets, tests)")
	fs.BoolVar(&o.secureCookies, "secure-cookies", false, "mark cookies Secure (when behind a TLS proxy)")
	fs.DurationVar(&o.poll, "poll", time.Minute, "check the feed subscriptions this often and poll the due ones (0: never)")
	if err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, o, stderr)
}

// serve runs the server until ctx is cancelled, then shuts it down
// gracefully: no new connections, requests in flight are finished (up
// to 30 s).
func serve(ctx context.Context, o serveOptions, stderr io.Writer) error {
	var h slog.Handler = slog.NewTextHandler(stderr, nil)
	if o.logFormat == "json" {
		h = slog.NewJSONHandler(stderr, nil)
	} else if o.logFormat != "text" {
		return fmt.Errorf("--log must be text or json")
	}
	log := slog.New(h)
	if o.lang != "en" && o.lang != "id" {
		return fmt.Errorf("--lang must be en or id")
	}
	var tokens *web.Tokens
	if o.tokenFile != "" {
		var err error
		if tokens, err = web.LoadTokens(o.tokenFile); err != nil {
			return err
		}
	} else if !web.IsLoopback(o.addr) {
		return fmt.Errorf("refusing to listen on %s without --token-file: only loopback addresses may be served open", o.addr)
	}
	st, err := openStore(ctx, o.db)
	if err != nil {
		return err
	}
	defer st.Close()
	srv, err := web.New(web.Config{
		Store:         st,
		Pipeline:      &ingest.Pipeline{Store: st, Fetcher: &ingest.Fetcher{AllowPrivate: o.allowPrivate}},
		Tokens:        tokens,
		Lang:          o.lang,
		Logger:        log,
		SecureCookies: o.secureCookies,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return err
	}
	hs := srv.HTTPServer(o.addr)
	mode := "open (loopback only, every caller is an editor)"
	if tokens != nil {
		mode = "tokens required"
	}
	log.Info("serving", "addr", "http://"+ln.Addr().String(), "db", describeDSN(o.db), "access", mode)
	if o.ready != nil {
		o.ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	pollCtx, stopPolling := context.WithCancel(ctx)
	polled := make(chan struct{})
	go func() {
		defer close(polled)
		if o.poll > 0 {
			srv.PollFeeds(pollCtx, o.poll)
		}
	}()
	defer func() { stopPolling(); <-polled }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}
