// Package loadtest drives a running sumber server on loopback with
// concurrent readers (pages and API listings) and writers (documents
// posted to the API) for a fixed time, measures latency and errors, and
// checks afterwards that nothing written was lost: the server's counts
// must have grown by exactly what the writers were told was stored.
package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// MaxDuration bounds a run.
const MaxDuration = 10 * time.Minute

// Config describes a run.
type Config struct {
	// URL is the server's base URL; its host must be a loopback address.
	URL string
	// Readers and Writers are the concurrent clients.
	Readers, Writers int
	// Duration of the run, at most MaxDuration.
	Duration time.Duration
	// Token, when set, is sent as a bearer token (an editor's).
	Token string
}

// Stats are the server's counts (GET /api/v1/stats).
type Stats struct {
	Documents    int64 `json:"documents"`
	Attributions int64 `json:"attributions"`
	Figures      int64 `json:"figures"`
}

// Latency summarises one kind of request.
type Latency struct {
	Requests int
	Errors   int
	P50, P99 time.Duration
	Max      time.Duration
}

// Result is what a run measured.
type Result struct {
	Config   Config
	Elapsed  time.Duration
	Reads    Latency
	Writes   Latency
	Before   Stats
	After    Stats
	Written  int64 // documents the server said it stored
	WrittenA int64 // attributions it said it stored with them
	// Lost is documents (or attributions) written but not counted
	// afterwards; 0 when nothing was lost.
	Lost, LostA int64
	// Errors lists the first few error messages.
	Errors []string
}

// String is a report for people.
func (r *Result) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d readers, %d writers, %s against %s\n", r.Config.Readers, r.Config.Writers, r.Elapsed.Round(time.Millisecond), r.Config.URL)
	row := func(name string, l Latency) {
		rate := float64(l.Requests) / r.Elapsed.Seconds()
		fmt.Fprintf(&b, "%-7s %7d requests (%6.1f/s)  p50 %8s  p99 %8s  max %8s  errors %d\n", name, l.Requests, rate, ms(l.P50), ms(l.P99), ms(l.Max), l.Errors)
	}
	row("reads", r.Reads)
	row("writes", r.Writes)
	fmt.Fprintf(&b, "documents   before %d, written %d, after %d, lost %d\n", r.Before.Documents, r.Written, r.After.Documents, r.Lost)
	fmt.Fprintf(&b, "claims      before %d, written %d, after %d, lost %d\n", r.Before.Attributions, r.WrittenA, r.After.Attributions, r.LostA)
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "error: %s\n", e)
	}
	return b.String()
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000) }

// CheckLoopback refuses a URL whose host is not a loopback address.
func CheckLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%s: not an http URL", raw)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%s: the load test only runs against loopback addresses", raw)
	}
	return nil
}

type runner struct {
	cfg    Config
	client *http.Client
	mu     sync.Mutex
	reads  []time.Duration
	writes []time.Duration
	rerr   int
	werr   int
	docs   int64
	attrs  int64
	errs   []string
	paths  []string // read targets
}

// Run performs the load test.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if err := CheckLoopback(cfg.URL); err != nil {
		return nil, err
	}
	if cfg.Duration <= 0 || cfg.Duration > MaxDuration {
		return nil, fmt.Errorf("duration must be between 0 and %s", MaxDuration)
	}
	if cfg.Readers < 0 || cfg.Writers < 0 || cfg.Readers+cfg.Writers == 0 || cfg.Readers+cfg.Writers > 1000 {
		return nil, errors.New("readers + writers must be between 1 and 1000")
	}
	cfg.URL = strings.TrimRight(cfg.URL, "/")
	n := cfg.Readers + cfg.Writers
	r := &runner{cfg: cfg, client: &http.Client{
		Timeout:   60 * time.Second,
		Transport: &http.Transport{MaxIdleConns: n, MaxIdleConnsPerHost: n, IdleConnTimeout: time.Minute},
	}}
	before, err := r.stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading stats before: %w", err)
	}
	if err := r.targets(ctx); err != nil {
		return nil, err
	}
	rctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < cfg.Readers; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.reader(rctx, i)
		}(i)
	}
	for i := 0; i < cfg.Writers; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.writer(rctx, i)
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(start)
	after, err := r.stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading stats after: %w", err)
	}
	res := &Result{
		Config: cfg, Elapsed: elapsed, Before: before, After: after,
		Reads:   summarise(r.reads, r.rerr),
		Writes:  summarise(r.writes, r.werr),
		Written: r.docs, WrittenA: r.attrs, Errors: r.errs,
	}
	res.Lost = before.Documents + r.docs - after.Documents
	res.LostA = before.Attributions + r.attrs - after.Attributions
	return res, nil
}

func summarise(ds []time.Duration, errs int) Latency {
	l := Latency{Requests: len(ds) + errs, Errors: errs}
	if len(ds) == 0 {
		return l
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	pct := func(p float64) time.Duration {
		i := int(p*float64(len(ds))+0.5) - 1
		return ds[max(0, min(len(ds)-1, i))]
	}
	l.P50, l.P99, l.Max = pct(0.50), pct(0.99), ds[len(ds)-1]
	return l
}

func (r *runner) req(ctx context.Context, method, path string, body []byte) (*http.Response, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, r.cfg.URL+path, rd)
	if err != nil {
		return nil, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if r.cfg.Token != "" {
		req.Header.Set("Authorization", "Bearer "+r.cfg.Token)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp, b, err
}

func (r *runner) stats(ctx context.Context) (Stats, error) {
	var s Stats
	resp, b, err := r.req(ctx, "GET", "/api/v1/stats", nil)
	if err != nil {
		return s, err
	}
	if resp.StatusCode != 200 {
		return s, fmt.Errorf("stats: %s", resp.Status)
	}
	return s, json.Unmarshal(b, &s)
}

// targets collects the pages readers will request: the main pages,
// API listings, and a few documents, measures and actors that exist.
func (r *runner) targets(ctx context.Context) error {
	r.paths = []string{"/", "/?q=tentara", "/?stance=deny", "/documents", "/measures", "/findings", "/findings?kind=conflict", "/actors",
		"/api/v1/attributions?limit=50", "/api/v1/attributions?q=troops", "/api/v1/documents?limit=20&order=desc",
		"/api/v1/measures", "/api/v1/findings", "/api/v1/actors", "/healthz"}
	var page struct {
		Items []map[string]any `json:"items"`
	}
	get := func(path string) {
		resp, b, err := r.req(ctx, "GET", path, nil)
		page.Items = nil
		if err == nil && resp.StatusCode == 200 {
			json.Unmarshal(b, &page)
		}
	}
	get("/api/v1/documents?limit=10")
	for _, d := range page.Items {
		r.paths = append(r.paths, fmt.Sprintf("/documents/%v", d["id"]), fmt.Sprintf("/api/v1/documents/%v", d["id"]))
	}
	get("/api/v1/measures?limit=5")
	for _, m := range page.Items {
		r.paths = append(r.paths, fmt.Sprintf("/measures/%v", m["key"]))
	}
	get("/api/v1/actors?limit=5")
	for _, a := range page.Items {
		r.paths = append(r.paths, "/actors/"+url.PathEscape(fmt.Sprint(a["id"])))
	}
	return nil
}

func (r *runner) fail(write bool, msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if write {
		r.werr++
	} else {
		r.rerr++
	}
	if len(r.errs) < 10 {
		r.errs = append(r.errs, msg)
	}
}

func (r *runner) reader(ctx context.Context, id int) {
	rng := rand.New(rand.NewPCG(uint64(id), 1))
	for ctx.Err() == nil {
		p := r.paths[rng.IntN(len(r.paths))]
		t := time.Now()
		resp, _, err := r.req(ctx, "GET", p, nil)
		d := time.Since(t)
		if ctx.Err() != nil {
			return // cut off by the end of the run: not counted
		}
		if err != nil {
			r.fail(false, "GET "+p+": "+err.Error())
			continue
		}
		if resp.StatusCode != 200 {
			r.fail(false, fmt.Sprintf("GET %s: %s", p, resp.Status))
			continue
		}
		r.mu.Lock()
		r.reads = append(r.reads, d)
		r.mu.Unlock()
	}
}

// sentences are templates of generated reports; each gets unique
// numbers and a unique tag so that no two documents are duplicates.
var sentences = []string{
	"Kementerian Pertahanan Ukraina mengatakan bahwa sekitar %d tentara Korea Utara tewas atau terluka di Kursk.",
	"The Pentagon said that more than %d North Korean troops had been deployed to Russia.",
	"Badan Intelijen Nasional Korea Selatan meyakini setidaknya %d tentara telah dikirim ke Rusia.",
	"Kremlin menolak berkomentar tentang laporan itu, kata juru bicara %d.",
	"Ukraine's military intelligence claimed that %d soldiers were wounded in the fighting.",
}

func (r *runner) writer(ctx context.Context, id int) {
	rng := rand.New(rand.NewPCG(uint64(id), 2))
	for n := 0; ctx.Err() == nil; n++ {
		tag := fmt.Sprintf("loadtest-%d-%d-%d", id, n, rng.Uint64())
		var b strings.Builder
		fmt.Fprintf(&b, "Load test report %s\n", tag)
		for i := 0; i < 4; i++ {
			fmt.Fprintf(&b, sentences[rng.IntN(len(sentences))]+" ", 100+rng.IntN(20000))
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "Reference %s.\n", tag)
		body, _ := json.Marshal(map[string]string{"kind": "text", "text": b.String(), "published": "2025-01-10"})
		t := time.Now()
		// A write is never cut off: it runs to the end so that the
		// count afterwards is exact.
		resp, rb, err := r.req(context.WithoutCancel(ctx), "POST", "/api/v1/documents", body)
		d := time.Since(t)
		if err != nil {
			r.fail(true, "POST: "+err.Error())
			continue
		}
		if resp.StatusCode != 201 {
			r.fail(true, fmt.Sprintf("POST: %s: %.200s", resp.Status, rb))
			continue
		}
		var out struct {
			Results []struct {
				Status       string `json:"status"`
				Attributions int64  `json:"attributions"`
			} `json:"results"`
		}
		if err := json.Unmarshal(rb, &out); err != nil || len(out.Results) != 1 || (out.Results[0].Status != "new" && out.Results[0].Status != "near-duplicate") {
			r.fail(true, fmt.Sprintf("POST: unexpected answer %.200s", rb))
			continue
		}
		r.mu.Lock()
		r.writes = append(r.writes, d)
		r.docs++
		r.attrs += out.Results[0].Attributions
		r.mu.Unlock()
	}
}
