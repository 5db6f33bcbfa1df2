package analyze

import (
	"context"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sumber/store/pgtest"
	"testing"
	"time"

	"sumber"
	"sumber/extract"
	"sumber/samples"
	"sumber/store"
	"sumber/store/postgres"
	"sumber/store/sqlite"
)

var (
	rePara      = regexp.MustCompile(`(?s)<p[^>]*>(.*?)</p>`)
	reTag       = regexp.MustCompile(`<[^>]+>`)
	rePublished = regexp.MustCompile(`<meta property="article:published_time" content="([^"]+)"`)
	reSite      = regexp.MustCompile(`<meta property="og:site_name" content="([^"]+)"`)
	reCanonical = regexp.MustCompile(`<link rel="canonical" href="([^"]+)"`)
	reLang      = regexp.MustCompile(`<html lang="([a-z]{2})`)
	reSumber    = regexp.MustCompile(`(?i)(?:Sumber|Source|Nguồn):\s*(https?://\S+?)(?:\s|<|$)`)
)

// pageDocument reads a sample page the simple way (paragraphs, meta
// tags), so that analysis tests do not depend on the ingest pipeline.
// Paragraphs inside <footer>, <nav> and <aside> are dropped.
func pageDocument(t testing.TB, name string, data []byte) *sumber.Document {
	t.Helper()
	s := string(data)
	body := regexp.MustCompile(`(?s)<(footer|nav|aside|header)\b.*?</(footer|nav|aside|header)>`).ReplaceAllString(s, "")
	if i := strings.Index(body, "<article"); i >= 0 {
		body = body[i:]
		if j := strings.Index(body, "</article>"); j >= 0 {
			body = body[:j]
		}
	}
	var paras []string
	for _, m := range rePara.FindAllStringSubmatch(body, -1) {
		p := strings.TrimSpace(html.UnescapeString(reTag.ReplaceAllString(m[1], "")))
		if p != "" {
			paras = append(paras, strings.Join(strings.Fields(p), " "))
		}
	}
	d := &sumber.Document{URL: "file:" + name, Text: strings.Join(paras, "\n\n")}
	if m := rePublished.FindStringSubmatch(s); m != nil {
		d.Published, _ = time.Parse(time.RFC3339, m[1])
	}
	if m := reSite.FindStringSubmatch(s); m != nil {
		d.Outlet = html.UnescapeString(m[1])
	}
	if m := reCanonical.FindStringSubmatch(s); m != nil {
		d.CanonicalURL = m[1]
	}
	if m := reLang.FindStringSubmatch(s); m != nil {
		d.Lang = m[1]
	}
	if m := reSumber.FindStringSubmatch(s); m != nil {
		d.DerivedFrom = []string{m[1]}
	}
	return d
}

// saveDocs extracts attributions from docs with the real extractor and
// saves them.
func saveDocs(t testing.TB, st store.Store, docs []*sumber.Document) []int64 {
	t.Helper()
	ex := extract.New()
	var ids []int64
	for _, d := range docs {
		if d.Attributions == nil {
			d.Attributions = ex.Extract(d.Text, sumber.ExtractOptions{Lang: d.Lang, Published: d.Published})
		}
		id, _, err := st.SaveDocument(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

func sampleDocs(t testing.TB) []*sumber.Document {
	names, err := fs.Glob(samples.FS, "*.html")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*sumber.Document
	for _, n := range names {
		data, err := samples.FS.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, pageDocument(t, n, data))
	}
	return docs
}

// stores returns the stores to test against: SQLite in a temporary
// directory always, PostgreSQL when SUMBER_TEST_POSTGRES is set (a fresh
// schema each time).
func stores(t *testing.T) map[string]func(t *testing.T) store.Store {
	m := map[string]func(t *testing.T) store.Store{
		"sqlite": func(t *testing.T) store.Store {
			st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "ledger.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		},
	}
	if postgresDSN(t) != "" {
		m["postgres"] = func(t *testing.T) store.Store { return freshPostgres(t) }
	}
	return m
}

func postgresDSN(t testing.TB) string { return os.Getenv("SUMBER_TEST_POSTGRES") }

// freshPostgres opens a store in a new schema of $SUMBER_TEST_POSTGRES,
// dropped when the test ends.
func freshPostgres(t testing.TB) store.Store {
	st, err := postgres.Open(context.Background(), pgtest.DSN(t, "sumber_analyze_"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
