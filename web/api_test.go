package web_test

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"testing"

	"sumber/store"
	"sumber/web"
	"sumber/web/internal/schemacheck"
)

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func spec(t *testing.T) *schemacheck.Spec {
	t.Helper()
	s, err := schemacheck.Parse(web.OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	if s.Root()["openapi"] != "3.1.0" {
		t.Fatalf("openapi = %v", s.Root()["openapi"])
	}
	return s
}

func TestAPISQLite(t *testing.T)   { testAPI(t, sqliteDSN(t)) }
func TestAPIPostgres(t *testing.T) { testAPI(t, postgresDSN(t)) }

// testAPI checks every endpoint's real responses against the OpenAPI
// description, and the pagination of every listing.
func testAPI(t *testing.T, dsn string) {
	e := newEnv(t, dsn, nil)
	e.seed()
	sp := spec(t)

	// Served description equals the embedded one.
	code, body, _ := e.do(nil, "GET", "/api/v1/openapi.json", nil, nil)
	if code != 200 || body != string(web.OpenAPI()) {
		t.Fatalf("openapi.json: %d", code)
	}

	var measures web.Page[web.MeasureInfo]
	e.getJSON("/api/v1/measures", nil, &measures)
	var actors web.Page[web.ActorInfo]
	e.getJSON("/api/v1/actors", nil, &actors)
	if len(measures.Items) == 0 || len(actors.Items) == 0 {
		t.Fatalf("no measures (%d) or actors (%d)", len(measures.Items), len(actors.Items))
	}

	// A new document through the API.
	text := "Menteri Pertahanan Ukraina mengatakan bahwa sekitar 4.000 tentara Korea Utara tewas atau terluka di Kursk."
	reqBody, _ := json.Marshal(map[string]string{"kind": "text", "text": text, "title": "Uji", "lang": "id", "published": "2025-01-05"})

	tests := []struct {
		name, method, path, specPath, code string
		body                               string
	}{
		{"stats", "GET", "/api/v1/stats", "/stats", "200", ""},
		{"documents", "GET", "/api/v1/documents?limit=3", "/documents", "200", ""},
		{"documents by lang", "GET", "/api/v1/documents?doc_lang=id&order=desc", "/documents", "200", ""},
		{"document", "GET", "/api/v1/documents/1", "/documents/{id}", "200", ""},
		{"document missing", "GET", "/api/v1/documents/99999", "/documents/{id}", "404", ""},
		{"document bad id", "GET", "/api/v1/documents/x", "/documents/{id}", "400", ""},
		{"attributions", "GET", "/api/v1/attributions?limit=20", "/attributions", "200", ""},
		{"attributions search", "GET", "/api/v1/attributions?q=tentara&stance=assert", "/attributions", "200", ""},
		{"attributions measure", "GET", "/api/v1/attributions?measure=killed-or-wounded&since=2024-12-01&until=2024-12-31", "/attributions", "200", ""},
		{"attributions bad stance", "GET", "/api/v1/attributions?stance=shouts", "/attributions", "400", ""},
		{"attributions bad date", "GET", "/api/v1/attributions?since=yesterday", "/attributions", "400", ""},
		{"actors", "GET", "/api/v1/actors?limit=5", "/actors", "200", ""},
		{"actor", "GET", "/api/v1/actors/" + url.PathEscape(actors.Items[0].ID), "/actors/{id}", "200", ""},
		{"actor missing", "GET", "/api/v1/actors/nobody", "/actors/{id}", "404", ""},
		{"measures", "GET", "/api/v1/measures", "/measures", "200", ""},
		{"measure", "GET", "/api/v1/measures/" + measures.Items[0].Key, "/measures/{key}", "200", ""},
		{"measure missing", "GET", "/api/v1/measures/no/such/thing", "/measures/{key}", "404", ""},
		{"measure ach", "GET", "/api/v1/measures/" + measures.Items[0].Key + "?ach=1", "/measures/{key}", "200", ""},
		{"measure hypotheses", "GET", "/api/v1/measures/" + measures.Items[0].Key + "?hypotheses=%3C1000%7C%3E%3D1000", "/measures/{key}", "200", ""},
		{"measure bad hypotheses", "GET", "/api/v1/measures/" + measures.Items[0].Key + "?hypotheses=lots", "/measures/{key}", "400", ""},
		{"findings", "GET", "/api/v1/findings", "/findings", "200", ""},
		{"findings conflicts", "GET", "/api/v1/findings?kind=conflict&limit=1", "/findings", "200", ""},
		{"findings bad kind", "GET", "/api/v1/findings?kind=rumour", "/findings", "400", ""},
		{"ingest", "POST", "/api/v1/documents", "/documents", "201", string(reqBody)},
		{"ingest again", "POST", "/api/v1/documents", "/documents", "200", string(reqBody)},
		{"ingest bad JSON", "POST", "/api/v1/documents", "/documents", "400", "{"},
		{"ingest unknown field", "POST", "/api/v1/documents", "/documents", "400", `{"txt":"x"}`},
		{"ingest empty", "POST", "/api/v1/documents", "/documents", "400", `{"kind":"text","text":"  "}`},
		{"ingest bad url", "POST", "/api/v1/documents", "/documents", "400", `{"kind":"url","url":"ftp://x"}`},
		{"subscribe", "POST", "/api/v1/feeds", "/feeds", "201", `{"url":"https://example.org/rss.xml","every":"1h"}`},
		{"subscribe bad interval", "POST", "/api/v1/feeds", "/feeds", "400", `{"url":"https://example.org/rss.xml","every":"1s"}`},
		{"subscribe bad url", "POST", "/api/v1/feeds", "/feeds", "400", `{"url":"javascript:alert(1)"}`},
		{"feeds", "GET", "/api/v1/feeds", "/feeds", "200", ""},
		{"export stix", "GET", "/api/v1/export?format=stix", "/export", "200", ""},
		{"export bad format", "GET", "/api/v1/export?format=xml", "/export", "400", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var code int
			var body string
			if tc.method == "POST" {
				h := map[string]string{"Content-Type": "application/json"}
				code, body, _ = e.do(nil, "POST", tc.path, strings.NewReader(tc.body), h)
			} else {
				code, body, _ = e.do(nil, "GET", tc.path, nil, nil)
			}
			if fmt.Sprint(code) != tc.code {
				t.Fatalf("%s %s: %d, want %s: %s", tc.method, tc.path, code, tc.code, clip(body))
			}
			sch, err := sp.ResponseSchema(tc.specPath, strings.ToLower(tc.method), tc.code)
			if err != nil {
				t.Fatal(err)
			}
			if err := sp.Check(sch, []byte(body)); err != nil {
				t.Fatalf("%s %s does not match its schema:\n%v\n%s", tc.method, tc.path, err, clip(body))
			}
		})
	}

	// The subscription is listed, then removed.
	var feeds web.Page[web.FeedInfo]
	e.getJSON("/api/v1/feeds", nil, &feeds)
	if len(feeds.Items) != 1 || feeds.Items[0].EverySeconds != 3600 || feeds.Items[0].Polled != nil {
		t.Errorf("feeds: %+v", feeds.Items)
	}
	for _, want := range []int{204, 404} {
		if code, body, _ := e.do(nil, "DELETE", "/api/v1/feeds/1", nil, map[string]string{"Content-Type": "application/json"}); code != want {
			t.Errorf("DELETE /api/v1/feeds/1: %d, want %d: %s", code, want, body)
		}
	}

	// The new document is found with its figure.
	var recs web.Page[json.RawMessage]
	e.getJSON("/api/v1/attributions?q=4000+Kursk", nil, &recs)
	var recs2 web.Page[map[string]any]
	e.getJSON("/api/v1/attributions?q=Kursk&measure=killed-or-wounded&since=2025-01-01", nil, &recs2)
	if len(recs2.Items) != 1 {
		t.Errorf("ingested claim not found by filters: %d", len(recs2.Items))
	}

	// Cursor pagination walks every attribution once, in order.
	var st struct{ Attributions, Documents int }
	e.getJSON("/api/v1/stats", nil, &st)
	seen := map[float64]bool{}
	after, last := 0.0, 0.0
	for pages := 0; ; pages++ {
		var p web.Page[map[string]any]
		e.getJSON(fmt.Sprintf("/api/v1/attributions?limit=7&after=%d", int64(after)), nil, &p)
		for _, r := range p.Items {
			id := r["id"].(float64)
			if seen[id] || id <= last {
				t.Fatalf("id %v repeated or out of order", id)
			}
			seen[id], last = true, id
		}
		if p.Next == 0 {
			break
		}
		after = float64(p.Next)
		if pages > 1000 {
			t.Fatal("pagination does not end")
		}
	}
	if len(seen) != st.Attributions {
		t.Errorf("paged %d attributions, stats say %d", len(seen), st.Attributions)
	}
	// Descending pages too, and documents.
	n := 0
	for after := int64(0); ; {
		var p web.Page[map[string]any]
		e.getJSON(fmt.Sprintf("/api/v1/documents?limit=2&order=desc&after=%d", after), nil, &p)
		n += len(p.Items)
		if p.Next == 0 {
			break
		}
		after = p.Next
	}
	if n != st.Documents {
		t.Errorf("paged %d documents, stats say %d", n, st.Documents)
	}
	// Offset cursors of analysis listings.
	var all web.Page[web.FindingInfo]
	e.getJSON("/api/v1/findings", nil, &all)
	var got []string
	for after := int64(0); ; {
		var p web.Page[web.FindingInfo]
		e.getJSON(fmt.Sprintf("/api/v1/findings?limit=2&after=%d", after), nil, &p)
		for _, f := range p.Items {
			got = append(got, f.ID)
		}
		if p.Next == 0 {
			break
		}
		after = p.Next
	}
	if len(got) != len(all.Items) {
		t.Errorf("paged %d findings of %d", len(got), len(all.Items))
	}
}

// TestFindingsOfSamples checks that the sample set yields the headline
// findings, each with evidence in two documents.
func TestFindingsOfSamples(t *testing.T) {
	e := newEnv(t, sqliteDSN(t), nil)
	e.seed()
	var p web.Page[web.FindingInfo]
	e.getJSON("/api/v1/findings?kind=conflict", nil, &p)
	found := false
	for _, f := range p.Items {
		if strings.Contains(f.MeasureKey, "killed-or-wounded") && len(f.Evidence) >= 2 && len(f.Documents) >= 1 {
			found = true
		}
	}
	if !found {
		t.Errorf("no killed-or-wounded conflict among %+v", p.Items)
	}
	e.getJSON("/api/v1/findings?kind=revision", nil, &p)
	if len(p.Items) == 0 {
		t.Error("no revisions")
	}
}

func clip(s string) string {
	if len(s) > 600 {
		return s[:600] + "…"
	}
	return s
}

// TestExportDownloads: the ledger page offers the whole ledger in every
// interchange format, and each link downloads it as an attachment of
// its media type; the STIX bundle holds a note per stored claim.
func TestExportDownloads(t *testing.T) {
	e := newEnv(t, sqliteDSN(t), nil)
	e.seed()
	var st store.Stats
	e.getJSON("/api/v1/stats", nil, &st)
	_, page, _ := e.do(nil, "GET", "/", nil, nil)
	for _, c := range []struct{ format, ctype, file string }{
		{"jsonl", "application/jsonl", "sumber-ledger.jsonl"},
		{"csv", "text/csv", "sumber-ledger.csv"},
		{"stix", "application/json", "sumber-ledger.stix.json"},
		{"prov", "application/json", "sumber-ledger.prov.json"},
		{"schema", "application/ld+json", "sumber-ledger.schema.json"},
	} {
		link := "/api/v1/export?format=" + c.format
		if !strings.Contains(page, `href="`+link+`"`) {
			t.Errorf("ledger page has no link to %s", link)
		}
		code, body, h := e.do(nil, "GET", link, nil, nil)
		if code != 200 || !strings.HasPrefix(h.Get("Content-Type"), c.ctype) || h.Get("Content-Disposition") != `attachment; filename="`+c.file+`"` || len(body) < 1000 {
			t.Errorf("%s: %d %q %q, %d bytes", link, code, h.Get("Content-Type"), h.Get("Content-Disposition"), len(body))
		}
		if c.format == "stix" {
			var b struct {
				Objects []struct {
					Type string `json:"type"`
					Attr *int64 `json:"x_sumber_attribution_id"`
					Kind string `json:"x_sumber_finding_kind"`
				} `json:"objects"`
			}
			if err := json.Unmarshal([]byte(body), &b); err != nil {
				t.Fatal(err)
			}
			claims, findings := 0, 0
			for _, o := range b.Objects {
				switch {
				case o.Type == "note" && o.Attr != nil:
					claims++
				case o.Type == "note" && o.Kind != "":
					findings++
				}
			}
			if int64(claims) != st.Attributions || findings == 0 {
				t.Errorf("stix: %d claim notes for %d attributions, %d finding notes", claims, st.Attributions, findings)
			}
		}
	}
}
