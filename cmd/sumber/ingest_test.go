package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sumber/store/pgtest"
	"syscall"
	"testing"
	"time"

	"sumber"
	"sumber/extract"
	"sumber/lang"
	"sumber/samples"
	"sumber/store"
)

// sumberRun runs a subcommand in process and returns its output and
// exit code.
func sumberRun(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return o.String(), e.String(), code
}

// mustRun runs a subcommand that must succeed.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := sumberRun(t, args...)
	if code != 0 {
		t.Fatalf("sumber %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

// sampleDir writes the sample pages to a directory, as an analyst's
// saved pages would be.
func sampleDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	names, _ := fs.Glob(samples.FS, "*.html")
	for _, n := range names {
		b, _ := fs.ReadFile(samples.FS, n)
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// sampleCopies writes copies copies of every sample page into a new
// directory, each made distinct content by a paragraph of its own (note,
// a format given the copy number and the page's two-character prefix),
// and returns the directory and the number of files written.
func sampleCopies(t *testing.T, copies int, note string) (string, int) {
	t.Helper()
	dir := t.TempDir()
	names, _ := fs.Glob(samples.FS, "*.html")
	for i := 0; i < copies; i++ {
		for _, n := range names {
			b, _ := fs.ReadFile(samples.FS, n)
			p := "</p>\n<p>" + fmt.Sprintf(note, i, n[:2]) + "</p>"
			b = bytes.Replace(b, []byte("</p>"), []byte(p), 1)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d-%s", i, n)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir, copies * len(names)
}

// sampleSite serves the sample pages on loopback and, at /feed.xml, the
// sample feed with its links pointing there; closed when the test ends.
func sampleSite(t *testing.T) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.FS(samples.FS)))
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		b, _ := fs.ReadFile(samples.FS, "feed.xml")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(bytes.ReplaceAll(b, []byte("http://127.0.0.1/"), []byte(srv.URL+"/")))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// helperCmd runs the sumber command line args in a child process (see
// TestIngestHelper).
func helperCmd(args ...string) *exec.Cmd {
	js, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestIngestHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), envIngestHelper+"="+string(js))
	return cmd
}

// pgDSN returns a DSN for a fresh schema in SUMBER_TEST_POSTGRES, or
// skips the test.
func pgDSN(t *testing.T) string { return pgtest.DSN(t, "sumber_cmd_") }

// backends lists the databases the end-to-end tests run against: a
// SQLite file always, PostgreSQL when SUMBER_TEST_POSTGRES is set.
func backends(t *testing.T) map[string]func(t *testing.T) string {
	return map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "ledger.db") },
		"postgres": pgDSN,
	}
}

func TestIngestCommandEndToEnd(t *testing.T) {
	for name, newDSN := range backends(t) {
		t.Run(name, func(t *testing.T) {
			dsn := newDSN(t)
			dir := sampleDir(t)
			os.WriteFile(filepath.Join(dir, "broken.html"), []byte("\x00\x01\x02binary"), 0o644)

			out, errOut, code := sumberRun(t, "ingest", "--db", dsn, "--workers", "2", dir)
			if code != 1 || !strings.Contains(errOut, "1 of 9 inputs failed") {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			// 03 and 04 may be saved at the same moment by the two workers:
			// the store's key locks make the second see the first
			tally := "9 documents: 7 new, 0 duplicate, 1 near-duplicate, 1 failed;"
			for _, want := range []string{
				tally,
				"failed:\n  " + filepath.Join(dir, "broken.html") + ": body looks like binary data, not text",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			if strings.Contains(errOut, "ingesting") {
				t.Error("progress bar drawn although stderr is not a terminal")
			}

			// Again: nothing new.
			out, _, _ = sumberRun(t, "ingest", "--db", dsn, "--quiet", dir)
			if !strings.HasPrefix(out, "9 documents: 0 new, 8 duplicate, 0 near-duplicate, 1 failed; 0 attributions added") {
				t.Errorf("second run:\n%s", out)
			}

			checkClaims(t, dsn)
			checkRoundTrip(t, dsn, newDSN(t))
		})
	}
}

func checkClaims(t *testing.T, dsn string) {
	t.Helper()
	table := mustRun(t, "claims", "--db", dsn, "--limit", "0")
	if !strings.HasPrefix(table, "ID  ") || !strings.Contains(table, "Kabar Nusantara") || !strings.Contains(table, "> 1100 troops killed-or-wounded") {
		t.Errorf("claims table:\n%.2000s", table)
	}

	recs := claimsJSON(t, "--db", dsn, "--stance", "deny", "--format", "json")
	if len(recs) == 0 {
		t.Fatal("no deny claims")
	}
	for _, r := range recs {
		if r.Stance != sumber.Deny {
			t.Errorf("--stance deny gave %q", r.Stance)
		}
	}
	recs = claimsJSON(t, "--db", dsn, "--since", "2024-12-01", "--until", "2024-12-31", "--format", "json", "--limit", "0")
	if len(recs) == 0 {
		t.Fatal("no December claims")
	}
	for _, r := range recs {
		if r.ClaimDate < "2024-12-01" || r.ClaimDate > "2024-12-31" {
			t.Errorf("claim date %s outside December", r.ClaimDate)
		}
	}
	recs = claimsJSON(t, "--db", dsn, "--measure", "killed-or-wounded", "--lang", "en", "--format", "json")
	if len(recs) == 0 {
		t.Fatal("no killed-or-wounded claims in English")
	}
	for _, r := range recs {
		if r.Lang != "en" {
			t.Errorf("--lang en gave %q", r.Lang)
		}
	}
	recs = claimsJSON(t, "--db", dsn, "--q", "Kremlin", "--format", "json", "--limit", "3")
	if len(recs) != 3 {
		t.Errorf("--q Kremlin --limit 3 gave %d", len(recs))
	}
	recs = claimsJSON(t, "--db", dsn, "--actor", "nis", "--format", "json")
	if len(recs) == 0 {
		t.Error("no claims by the NIS")
	}

	c := mustRun(t, "claims", "--db", dsn, "--format", "csv", "--stance", "neither")
	rows, err := csv.NewReader(strings.NewReader(c)).ReadAll()
	if err != nil || len(rows) < 2 || strings.Join(rows[0], ",") != strings.Join(claimsCSVHeader, ",") {
		t.Fatalf("csv: %v %q", err, c)
	}
	for _, row := range rows[1:] {
		if row[7] != "neither" {
			t.Errorf("csv stance %q", row[7])
		}
	}
	if _, errOut, code := sumberRun(t, "claims", "--db", dsn, "--stance", "shout"); code == 0 || !strings.Contains(errOut, "want one of assert") {
		t.Errorf("bad stance accepted: %d %q", code, errOut)
	}
	if out := mustRun(t, "claims", "--db", dsn, "--actor", "nobody at all"); out != "no claims match\n" {
		t.Errorf("empty result: %q", out)
	}
}

func claimsJSON(t *testing.T, args ...string) []store.Record {
	t.Helper()
	out := mustRun(t, append([]string{"claims"}, args...)...)
	var recs []store.Record
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r store.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%v: %s", err, sc.Text())
		}
		recs = append(recs, r)
	}
	return recs
}

// checkRoundTrip: export → import into a fresh database → export gives
// the same bytes.
func checkRoundTrip(t *testing.T, dsn, fresh string) {
	t.Helper()
	dir := t.TempDir()
	first := filepath.Join(dir, "first.jsonl")
	second := filepath.Join(dir, "second.jsonl")
	mustRun(t, "export", "--db", dsn, "-o", first)
	out := mustRun(t, "import", "--db", fresh, first)
	if !strings.HasPrefix(out, "imported 8 documents with ") {
		t.Errorf("import: %q", out)
	}
	mustRun(t, "export", "--db", fresh, "-o", second)
	a, _ := os.ReadFile(first)
	b, _ := os.ReadFile(second)
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Fatalf("round trip differs: %d vs %d bytes", len(a), len(b))
	}
	// Importing again is a no-op; stdin works.
	var o, e bytes.Buffer
	f, _ := os.Open(first)
	defer f.Close()
	oldStdin := os.Stdin
	os.Stdin = f
	code := run([]string{"import", "--db", fresh, "-"}, &o, &e)
	os.Stdin = oldStdin
	if code != 0 || !strings.HasPrefix(o.String(), "imported 0 documents with 0 attributions; 8 already stored") {
		t.Errorf("second import: %d %q %q", code, o.String(), e.String())
	}
	c := mustRun(t, "export", "--db", fresh, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(c)).ReadAll()
	if err != nil || len(rows) < 100 {
		t.Errorf("csv export: %v, %d rows", err, len(rows))
	}
	// STIX: a report per document, a note per claim and per finding
	var bundle struct {
		Objects []struct {
			Type string `json:"type"`
		} `json:"objects"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "export", "--db", fresh, "--format", "stix")), &bundle); err != nil {
		t.Fatalf("stix export: %v", err)
	}
	count := map[string]int{}
	for _, o := range bundle.Objects {
		count[o.Type]++
	}
	var found []json.RawMessage
	if err := json.Unmarshal([]byte(mustRun(t, "findings", "--db", fresh, "--format", "json")), &found); err != nil {
		t.Fatal(err)
	}
	if count["report"] != 8 || count["note"] != len(rows)-1+len(found) || len(found) == 0 {
		t.Errorf("stix export: %v for 8 documents, %d claims, %d findings", count, len(rows)-1, len(found))
	}
	// PROV: every claim attributed, quoted from its document
	var prov map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(mustRun(t, "export", "--db", fresh, "--format", "prov")), &prov); err != nil {
		t.Fatalf("prov export: %v", err)
	}
	if got, want := len(prov["entity"]), 8+len(rows)-1; got != want || len(prov["wasAttributedTo"]) < want {
		t.Errorf("prov export: %d entities (want %d), %d attributions", got, want, len(prov["wasAttributedTo"]))
	}
	// schema.org: a Claim per attribution
	var claims struct {
		Graph []json.RawMessage `json:"@graph"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, "export", "--db", fresh, "--format", "schema")), &claims); err != nil || len(claims.Graph) != len(rows)-1 {
		t.Errorf("schema export: %v, %d claims for %d attributions", err, len(claims.Graph), len(rows)-1)
	}
}

func TestDemo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	out := mustRun(t, "demo", "--db", db)
	for _, want := range []string{
		"ingested into " + db + ": 8 documents: 7 new, 0 duplicate, 1 near-duplicate, 0 failed;",
		"Ledger: ",
		"Documents",
		"Harian Timur", "tintucngaynay.example/the-gioi/han-quoc-hon-1100", // derived from
		"2024-12-24 14:10 +07:00",
		"APA",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
	again := mustRun(t, "demo", "--db", db)
	if !strings.Contains(again, "nothing new: all 8 are already in "+db) {
		t.Errorf("second demo:\n%.500s", again)
	}
	// The same ledger both times.
	ledger := func(s string) string { return s[strings.Index(s, "Ledger: "):] }
	if ledger(out) != ledger(again) {
		t.Error("the second demo shows a different ledger")
	}
}

func TestIngestFeedAndQueueCommands(t *testing.T) {
	names, _ := fs.Glob(samples.FS, "*.html")
	srv := sampleSite(t)

	db := filepath.Join(t.TempDir(), "feed.db")
	// Without --allow-private the loopback feed is refused.
	out, _, code := sumberRun(t, "ingest", "--db", db, "--feed", srv.URL+"/feed.xml")
	if code != 1 || !strings.Contains(out, "private, loopback") {
		t.Errorf("loopback feed allowed: %d\n%s", code, out)
	}
	out = mustRun(t, "ingest", "--db", db, "--allow-private", "--feed", srv.URL+"/feed.xml")
	if !strings.Contains(out, "8 documents: 7 new, 0 duplicate, 1 near-duplicate, 0 failed") {
		t.Errorf("feed ingest:\n%s", out)
	}

	// Queue two pages, then let a worker take them.
	qdb := filepath.Join(t.TempDir(), "queue.db")
	out = mustRun(t, "ingest", "--db", qdb, "--queue", srv.URL+"/"+names[0], srv.URL+"/"+names[1], srv.URL+"/"+names[0])
	if !strings.HasPrefix(out, "queued 2 of 3 URLs") {
		t.Errorf("queue: %q", out)
	}
	out = mustRun(t, "ingest", "--db", qdb, "--worker", "--allow-private", "--workers", "2")
	if !strings.Contains(out, "2 documents: 2 new") {
		t.Errorf("worker:\n%s", out)
	}
	out = mustRun(t, "ingest", "--db", qdb, "--worker", "--allow-private")
	if !strings.HasPrefix(out, "0 documents") {
		t.Errorf("worker on an empty queue:\n%s", out)
	}
}

func TestIngestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"ingest"},
		{"ingest", "--worker", "x.html"},
		{"ingest", "--every", "1m", "x.html"},
		{"claims", "extra"},
		{"export", "--format", "xml"},
		{"import"},
	} {
		_, _, code := sumberRun(t, args...)
		if code == 0 {
			t.Errorf("sumber %v succeeded", args)
		}
	}
}

// Environment of the ingest helper process of TestIngestKilled.
const envIngestHelper = "SUMBER_TEST_INGEST_HELPER"

// TestIngestHelper is the child process of TestIngestKilled: it runs the
// sumber command line in $SUMBER_TEST_INGEST_HELPER (JSON).
func TestIngestHelper(t *testing.T) {
	js := os.Getenv(envIngestHelper)
	if js == "" {
		return
	}
	var args []string
	if err := json.Unmarshal([]byte(js), &args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	os.Exit(run(args, os.Stdout, os.Stderr))
}

// TestIngestKilled kills an ingest with SIGKILL half-way: no document
// may be stored without all its attributions, and running the same
// command again completes the job without duplicates.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for name, newDSN := range backends(t) {
		t.Run(name, func(t *testing.T) {
			dsn := newDSN(t)
			dir, total := sampleCopies(t, 10, "Arsip redaksi nomor %d-%s dicatat pada hari yang sama oleh meja berita.")
			args := []string{"ingest", "--db", dsn, "--workers", "2", dir}
			mustRun(t, "claims", "--db", dsn) // create and migrate first

			cmd := helperCmd(args...)
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(stdout)
			done := 0
			for sc.Scan() {
				if strings.HasPrefix(sc.Text(), "new ") || strings.HasPrefix(sc.Text(), "near-duplicate ") {
					done++
				}
				if done == total/4 {
					cmd.Process.Signal(syscall.SIGKILL)
					break
				}
			}
			go func() {
				for sc.Scan() {
				}
			}()
			cmd.Wait()
			if done < total/4 {
				t.Fatalf("the helper finished only %d documents before it ended", done)
			}

			ctx := context.Background()
			st, err := openStore(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			stored := checkComplete(t, st)
			st.Close()
			if stored >= total {
				t.Fatalf("the kill came too late: all %d documents stored", stored)
			}
			t.Logf("killed after %d documents reported, %d stored", done, stored)

			out := mustRun(t, args...)
			want := fmt.Sprintf("%d documents: ", total)
			if !strings.HasPrefix(out[strings.LastIndex(out, want):], want) || !strings.Contains(out, fmt.Sprintf("%d duplicate", stored)) {
				t.Errorf("re-run:\n%s", out[strings.LastIndex(out, "\n"+want)+1:])
			}
			st, err = openStore(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if n := checkComplete(t, st); n != total {
				t.Errorf("%d documents stored after the re-run, want %d (one per file)", n, total)
			}
		})
	}
}

// checkComplete compares each stored document's attributions with a
// fresh extraction of its text and returns the number of documents.
func checkComplete(t *testing.T, st store.Store) int {
	t.Helper()
	ctx := context.Background()
	ex := extract.New()
	n := 0
	hashes := map[string]bool{}
	f := store.DocFilter{WithAttributions: true, Limit: 50}
	for {
		docs, next, err := st.Documents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			n++
			if hashes[d.Hash] {
				t.Errorf("document %d stored twice", d.ID)
			}
			hashes[d.Hash] = true
			opt := sumber.ExtractOptions{Published: d.Published}
			if lang.Has(d.Lang, "cues.tsv") {
				opt.Lang = d.Lang
			}
			want := len(ex.Extract(d.Text, opt))
			if len(d.Attributions) != want || want == 0 {
				t.Errorf("document %d has %d attributions, a fresh extraction %d", d.ID, len(d.Attributions), want)
			}
		}
		if next == 0 {
			return n
		}
		f.After = next
	}
}

// TestIngestEveryInterrupted polls a feed with --every and interrupts it
// with SIGINT (then, in a second run, SIGTERM) after the first poll: the
// command must stop at once, exit 0, print the total of the polls and
// leave every document it stored complete. A second poll round in the
// same run must not store the feed's items again.
func TestIngestEveryInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	srv := sampleSite(t)

	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "poll.db")
			// a short interval, so that the second poll (which must find
			// nothing new) runs before the signal
			args := []string{"ingest", "--db", db, "--allow-private", "--quiet", "--feed", srv.URL + "/feed.xml", "--every", "300ms"}
			cmd := helperCmd(args...)
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(stdout)
			var out []string
			for sc.Scan() {
				out = append(out, sc.Text())
				if strings.HasPrefix(sc.Text(), "poll 2 at ") {
					cmd.Process.Signal(sig)
					break
				}
			}
			for sc.Scan() {
				out = append(out, sc.Text())
			}
			waited := make(chan error, 1)
			go func() { waited <- cmd.Wait() }()
			select {
			case err := <-waited:
				if err != nil {
					t.Fatalf("exit: %v\nstdout:\n%s\nstderr:\n%s", err, strings.Join(out, "\n"), stderr.String())
				}
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still polling 20 s after %v", sig)
			}
			all := strings.Join(out, "\n")
			for _, want := range []string{"poll 1 at ", "7 new", "poll 2 at ", "stopped; all polls together:"} {
				if !strings.Contains(all, want) {
					t.Errorf("stdout lacks %q:\n%s", want, all)
				}
			}
			if i := strings.Index(all, "poll 2 at "); i >= 0 {
				if p2 := strings.SplitN(all[i:], "\n", 2)[0]; !strings.Contains(p2, " 0 new,") || !strings.Contains(p2, " 0 attributions added") {
					t.Errorf("the second poll stored items again: %s", p2)
				}
			}
			if !strings.Contains(stderr.String(), "interrupted") {
				t.Errorf("stderr lacks the interruption notice:\n%s", stderr.String())
			}
			st, err := openStore(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if n := checkComplete(t, st); n != 8 {
				t.Errorf("%d documents stored, want the feed's 8", n)
			}
		})
	}
}
