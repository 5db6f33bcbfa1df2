package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"sumber/samples"
	"sumber/store"
	_ "sumber/store/sqlite"
)

// openSQLite opens a fresh SQLite ledger in t.TempDir().
func openSQLite(t testing.TB) store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// sampleServer serves the sample pages and feeds in three formats, each
// with one item whose page is missing and one without a link.
func sampleServer(t *testing.T) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	names, _ := fs.Glob(samples.FS, "*.html")
	mux := http.NewServeMux()
	mux.Handle("/pages/", http.StripPrefix("/pages/", http.FileServer(http.FS(samples.FS))))
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		var items strings.Builder
		for _, n := range names[:3] {
			fmt.Fprintf(&items, "<item><title>%s</title><link>%s/pages/%s</link><pubDate>Tue, 22 Oct 2024 09:15:00 +0700</pubDate></item>\n", n, srv.URL, n)
		}
		items.WriteString("<item><title>gone</title><link>" + srv.URL + "/pages/gone.html</link></item>\n")
		items.WriteString("<item><title>no link</title><description>nothing</description></item>\n")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>RSS</title><link>%s</link>%s</channel></rss>`, srv.URL, items.String())
	})
	mux.HandleFunc("/feed.atom", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		var entries strings.Builder
		for _, n := range names[3:5] {
			// relative links resolve against the feed URL
			fmt.Fprintf(&entries, `<entry><title>%s</title><id>urn:%s</id><link href="/pages/%s"/><updated>2024-12-24T08:30:00+07:00</updated></entry>`, n, n, n)
		}
		entries.WriteString(`<entry><title>gone</title><id>urn:gone</id><link href="/pages/gone.html"/><updated>2024-12-24T08:30:00+07:00</updated></entry>`)
		entries.WriteString(`<entry><title>bad scheme</title><id>urn:bad</id><link href="javascript:alert(1)"/><updated>2024-12-24T08:30:00+07:00</updated></entry>`)
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:feed</id><updated>2024-12-24T08:30:00+07:00</updated>%s</feed>`, entries.String())
	})
	mux.HandleFunc("/feed.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/feed+json")
		var items []string
		for _, n := range names[5:] {
			items = append(items, fmt.Sprintf(`{"id":"%s","url":"%s/pages/%s","title":"%s","date_published":"2024-12-28T10:00:00+07:00"}`, n, srv.URL, n, n))
		}
		items = append(items, `{"id":"nolink","title":"no link","content_text":"x"}`)
		fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"JSON","items":[%s]}`, strings.Join(items, ","))
	})
	mux.HandleFunc("/broken.rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>unterminated`))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func byStatus(sum *Summary) map[Status][]string {
	m := map[Status][]string{}
	for _, r := range sum.Results {
		m[r.Status] = append(m[r.Status], r.Input)
	}
	return m
}

func TestPipelineFeeds(t *testing.T) {
	srv := sampleServer(t)
	st := openSQLite(t)
	p := &Pipeline{Store: st, Fetcher: &Fetcher{AllowPrivate: true}, Workers: 3}
	ctx := context.Background()
	sum, err := p.Run(ctx, []Source{
		{Kind: SourceFeed, Ref: srv.URL + "/feed.rss"},
		{Kind: SourceFeed, Ref: srv.URL + "/feed.atom"},
		{Kind: SourceURL, Ref: srv.URL + "/feed.json"}, // detected as a feed when fetched
		{Kind: SourceFeed, Ref: srv.URL + "/broken.rss"},
	})
	if err != nil {
		t.Fatal(err)
	}
	// 8 pages: 7 new + 04 a near-duplicate of 03. Failures: 2 missing
	// pages, 2 items without a link, 1 bad scheme, 1 broken feed.
	if sum.New+sum.NearDuplicate != 8 || sum.Failed != 6 {
		t.Errorf("summary %+v", byStatus(sum))
	}
	if sum.NearDuplicate != 1 {
		t.Errorf("near-duplicates = %d, want 1 (04 copies 03)", sum.NearDuplicate)
	}
	reasons := ""
	for _, r := range sum.Failures() {
		reasons += r.Input + ": " + r.Err.Error() + "\n"
	}
	for _, want := range []string{"404 Not Found", "no link", "unusable link", "parsing rss feed"} {
		if !strings.Contains(reasons, want) {
			t.Errorf("failures lack %q:\n%s", want, reasons)
		}
	}
	stats, _ := st.Stats(ctx)
	if stats.Documents != 8 || int(stats.Attributions) != sum.Attributions || sum.Attributions < 80 {
		t.Errorf("stats %+v, summary attributions %d", stats, sum.Attributions)
	}
	// Documents fetched by URL keep the URL they were fetched from.
	docs, _, err := st.Documents(ctx, store.DocFilter{URL: srv.URL + "/pages/" + "06-hariantimur-2024-12-24-korut-korban.html", WithAttributions: true})
	if err != nil || len(docs) != 1 {
		t.Fatalf("document by URL: %v %d", err, len(docs))
	}
	if d := docs[0]; d.Lang != "id" || len(d.DerivedFrom) != 1 || d.Outlet != "Harian Timur" || len(d.Attributions) == 0 {
		t.Errorf("stored document: %+v", d)
	}

	// Polling again with SkipStored fetches nothing new.
	p2 := &Pipeline{Store: st, Fetcher: &Fetcher{AllowPrivate: true}, SkipStored: true}
	sum, err = p2.Run(ctx, []Source{{Kind: SourceFeed, Ref: srv.URL + "/feed.rss"}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Duplicate != 3 || sum.New != 0 || sum.Failed != 2 {
		t.Errorf("second poll: %+v", byStatus(sum))
	}
}

func TestPipelineDirectory(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		path := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"id-warta.html", "en-syndicated.html", "seed-like.txt"} {
		b, _ := os.ReadFile(filepath.Join("testdata", f))
		write("nested/deeper/"+f, b)
	}
	b, _ := os.ReadFile("testdata/vi-tinmoi.html")
	write("vi.htm", b)
	write("photo.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	write("empty.txt", nil)
	write("notes.md", []byte("# not ingested"))
	write(".hidden/skip.html", b)

	st := openSQLite(t)
	p := &Pipeline{Store: st, Workers: 2}
	sum, err := p.Run(context.Background(), []Source{ParseSource(dir)})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 4 || sum.Failed != 2 || len(sum.Results) != 6 {
		t.Fatalf("results %+v", byStatus(sum))
	}
	for _, r := range sum.Failures() {
		switch filepath.Base(r.Input) {
		case "photo.html":
			if !errors.Is(r.Err, ErrBinary) {
				t.Errorf("photo.html: %v", r.Err)
			}
		case "empty.txt":
			if !errors.Is(r.Err, ErrEmpty) {
				t.Errorf("empty.txt: %v", r.Err)
			}
		default:
			t.Errorf("unexpected failure %s: %v", r.Input, r.Err)
		}
	}
	// A saved page is known by its canonical URL; a text file by its path.
	urls := map[string]bool{}
	for _, r := range sum.Results {
		urls[r.URL] = true
	}
	if !urls["https://www.reuters.example/world/asia-pacific/seoul-says-north-korean-casualties-top-1100-2024-12-23/"] ||
		!urls["file://"+filepath.ToSlash(filepath.Join(dir, "nested", "deeper", "seed-like.txt"))] {
		t.Errorf("urls %v", urls)
	}

	// Again: all duplicates, nothing added.
	sum, err = p.Run(context.Background(), []Source{ParseSource(dir)})
	if err != nil || sum.Duplicate != 4 || sum.New != 0 || sum.Attributions != 0 {
		t.Errorf("second run: %v %+v", err, byStatus(sum))
	}
}

func TestPipelineStdinAndFiles(t *testing.T) {
	st := openSQLite(t)
	p := &Pipeline{Store: st, Lang: "id"}
	html, _ := os.ReadFile("testdata/id-warta.html")
	sum, err := p.Run(context.Background(), []Source{
		{Kind: SourceStdin, Ref: "-", Reader: strings.NewReader(string(html))},
		{Kind: SourceStdin, Ref: "-", Reader: strings.NewReader("")},
		ParseSource("testdata/seed-like.txt"),
		ParseSource("testdata/does-not-exist.html"),
		{Kind: SourceFS, Ref: ".", FS: fstest.MapFS{"a/b.txt": {Data: []byte("Menurut polisi, situasi aman.\nPolisi mengatakan tidak ada korban.")}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 3 || sum.Failed != 2 {
		t.Fatalf("%+v", byStatus(sum))
	}
	for _, r := range sum.Failures() {
		if r.Input == "-" && !errors.Is(r.Err, ErrEmpty) {
			t.Errorf("empty stdin: %v", r.Err)
		}
		if strings.HasSuffix(r.Input, "does-not-exist.html") && !strings.Contains(r.Err.Error(), filepath.Join("testdata", "does-not-exist.html")) {
			t.Errorf("missing file error does not name the path: %v", r.Err)
		}
	}
}

func TestWorkQueue(t *testing.T) {
	srv := sampleServer(t)
	st := openSQLite(t)
	ctx := context.Background()
	p := &Pipeline{Store: st, Fetcher: &Fetcher{AllowPrivate: true}, Workers: 2}
	n, err := p.Enqueue(ctx, []string{
		srv.URL + "/pages/01-tintucngaynay-2024-10-18-dac-nhiem.html",
		srv.URL + "/pages/missing.html",
		srv.URL + "/feed.json",                                        // a feed: its items become jobs
		srv.URL + "/pages/01-tintucngaynay-2024-10-18-dac-nhiem.html", // already pending
	})
	if err != nil || n != 3 {
		t.Fatalf("Enqueue = %d, %v", n, err)
	}
	if _, err := p.Enqueue(ctx, []string{"file:///etc/passwd"}); !errors.Is(err, ErrScheme) {
		t.Errorf("Enqueue(file:) = %v", err)
	}
	sum, err := p.Work(ctx, "test", 0)
	if err != nil {
		t.Fatal(err)
	}
	stats, _ := st.Stats(ctx)
	// 01 + the three pages of feed.json; the feed job is done too; the
	// missing page and the feed item without a link fail.
	if stats.Documents != 4 || stats.JobsDone != 5 || stats.JobsFailed != 1 || stats.JobsQueued != 0 || stats.JobsRunning != 0 {
		t.Errorf("stats %+v, results %+v", stats, byStatus(sum))
	}
	if sum.Failed != 2 {
		t.Errorf("failed = %d: %+v", sum.Failed, byStatus(sum))
	}
}

func TestParseFeedFormats(t *testing.T) {
	for name, body := range map[string]string{
		"rss":  `<rss version="2.0"><channel><title>R</title><item><title>a</title><link>/a</link></item></channel></rss>`,
		"atom": `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>a</title><link href="a"/></entry></feed>`,
		"json": `{"version":"https://jsonfeed.org/version/1","title":"J","items":[{"id":"1","url":"/a","title":"a"}]}`,
	} {
		f, err := ParseFeed([]byte(body), "https://news.example/feeds/x")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if f.Type != name || len(f.Items) != 1 || !strings.HasPrefix(f.Items[0].Link, "https://news.example/") {
			t.Errorf("%s: %+v", name, f)
		}
	}
	if _, err := ParseFeed([]byte("<html><body>no</body></html>"), ""); !errors.Is(err, ErrFeedNotFound) {
		t.Errorf("html: %v", err)
	}
}

// TestPipelineMetadataFile reads the texts of a directory with the
// metadata.jsonl of the flat gold layout: its language, date, address,
// outlet and title go to the documents it names, a document's own date
// wins, and a broken file is a failed input of its own while the texts
// are still read.
func TestPipelineMetadataFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ferry.txt", "Kapal Feri Tenggelam di Selat Varn\n\nBasarnas mengatakan 14 penumpang masih dicari hingga Selasa malam.\n")
	write("bridge.txt", "Bridge closed\n\nThe council said on Monday that the bridge would stay closed until spring.\n")
	write(MetadataFile, `{"id": "ferry", "lang": "id", "published": "2025-06-03", "url": "https://warta.example/feri", "outlet": "Warta Selat", "title": "Feri tenggelam"}
{"id": "absent", "lang": "en", "published": "2025-06-04"}
`)
	st := openSQLite(t)
	p := &Pipeline{Store: st, Workers: 1, Published: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)}
	sum, err := p.Run(ctx, []Source{ParseSource(dir)})
	if err != nil || sum.New != 2 || sum.Failed != 0 {
		t.Fatalf("%v %+v", err, byStatus(sum))
	}
	docs, _, err := st.Documents(ctx, store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range docs {
		got[d.Title] = fmt.Sprintf("%s %s %s %s", d.URL, d.Lang, d.Outlet, d.Published.Format("2006-01-02"))
	}
	want := map[string]string{
		"Feri tenggelam": "https://warta.example/feri id Warta Selat 2025-06-03",
		// not in the file: its path, detected language, and --published
		"Bridge closed": "file://" + filepath.ToSlash(filepath.Join(dir, "bridge.txt")) + " en  2025-07-01",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}

	// A broken line: the file fails, naming the line; the texts are read.
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "a.txt"), []byte("The council said the bridge would stay closed.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, MetadataFile), []byte(`{"id": "a", "published": "June 3"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err = (&Pipeline{Store: openSQLite(t), Workers: 1}).Run(ctx, []Source{ParseSource(bad)})
	if err != nil || sum.New != 1 || sum.Failed != 1 {
		t.Fatalf("broken metadata: %v %+v", err, byStatus(sum))
	}
	if f := sum.Failures()[0]; filepath.Base(f.Input) != MetadataFile || !strings.Contains(f.Err.Error(), MetadataFile+":1: published \"June 3\"") {
		t.Errorf("failure %s: %v", f.Input, f.Err)
	}
}
