package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestServeRefusesOpenNonLoopback(t *testing.T) {
	tests := []struct {
		name, addr, tokens string
		wantErr            string
	}{
		{"all interfaces", ":0", "", "without --token-file"},
		{"any address", "0.0.0.0:0", "", "without --token-file"},
		{"bad lang", "127.0.0.1:0", "", "--lang"},
		{"bad token file", "0.0.0.0:0", "reader short\n", "shorter"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := serveOptions{addr: tc.addr, db: filepath.Join(t.TempDir(), "x.db"), lang: "en", logFormat: "text"}
			if tc.name == "bad lang" {
				o.lang = "fr"
			}
			if tc.tokens != "" {
				o.tokenFile = filepath.Join(t.TempDir(), "tokens")
				os.WriteFile(o.tokenFile, []byte(tc.tokens), 0o600)
			}
			err := serve(context.Background(), o, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err = %v, want %q", err, tc.wantErr)
			}
		})
	}
}

// TestServeGraceful starts the server with tokens on loopback, makes a
// request that is in flight when shutdown starts, and checks that it
// completes and that serve returns.
func TestServeGraceful(t *testing.T) {
	dir := t.TempDir()
	tokens := filepath.Join(dir, "tokens")
	os.WriteFile(tokens, []byte("reader r-0123456789abcdef\neditor e-0123456789abcdef\n"), 0o600)
	ready := make(chan string, 1)
	ctx, cancel := context.WithCancel(context.Background())
	var logs bytes.Buffer
	done := make(chan error, 1)
	o := serveOptions{addr: "127.0.0.1:0", db: filepath.Join(dir, "l.db"), tokenFile: tokens, lang: "id", logFormat: "json", ready: func(a string) { ready <- a }}
	go func() { done <- serve(ctx, o, &logs) }()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatal(err)
	case <-time.After(20 * time.Second):
		t.Fatal("not ready")
	}
	get := func(path, tok string) int {
		req, _ := http.NewRequest("GET", "http://"+addr+path, nil)
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if c := get("/healthz", ""); c != 200 {
		t.Errorf("healthz %d", c)
	}
	if c := get("/api/v1/stats", ""); c != 401 {
		t.Errorf("stats without token %d", c)
	}
	if c := get("/api/v1/stats", "r-0123456789abcdef"); c != 200 {
		t.Errorf("stats with token %d", c)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	for _, want := range []string{`"msg":"serving"`, `"msg":"shutting down"`, `"msg":"stopped"`, `"route":"GET /healthz"`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %s:\n%s", want, logs.String())
		}
	}
}
