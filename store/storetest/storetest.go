// Package storetest is the conformance suite every store.Store driver
// passes: each driver's tests call Run with a way to make fresh, empty
// databases, and Bench for the write benchmarks.
package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"sumber"
	"sumber/store"
)

// Harness tells the suite how to reach a driver.
type Harness struct {
	// NewDSN returns the DSN of a fresh, empty database (a temporary file,
	// a new schema), removed when the test ends.
	NewDSN func(t testing.TB) string
	// Open opens a DSN made by NewDSN.
	Open func(ctx context.Context, dsn string) (store.Store, error)
	// HelperTest is the name of the driver's test function that calls
	// HelperProcess, run in a child process by the crash test.
	HelperTest string
}

func (h Harness) open(t testing.TB, dsn string) store.Store {
	t.Helper()
	s, err := h.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("open %s: %v", dsn, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func (h Harness) fresh(t testing.TB) store.Store { return h.open(t, h.NewDSN(t)) }

// Run runs the conformance suite.
func Run(t *testing.T, h Harness) {
	tests := []struct {
		name string
		fn   func(*testing.T, Harness)
	}{
		{"RoundTrip", testRoundTrip},
		{"SameContent", testSameContent},
		{"NearDuplicates", testNearDuplicates},
		{"Filters", testFilters},
		{"FullText", testFullText},
		{"Pagination", testPagination},
		{"Documents", testDocuments},
		{"Figures", testFigures},
		{"ReplaceAttributions", testReplaceAttributions},
		{"ExportImport", testExportImport},
		{"ExportCSV", testExportCSV},
		{"Queue", testQueue},
		{"QueueLease", testQueueLease},
		{"ConcurrentWriters", testConcurrentWriters},
		{"ConcurrentNearDuplicates", testConcurrentNearDuplicates},
		{"Reopen", testReopen},
		{"CrashMidIngest", testCrash},
		{"AnalysisState", testState},
		{"AnalysisStateGuard", testStateGuard},
		{"Feeds", testFeeds},
		{"Sessions", testSessions},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, h) })
	}
}

func mustSave(t testing.TB, s store.Store, d *sumber.Document) int64 {
	t.Helper()
	id, created, err := s.SaveDocument(context.Background(), d)
	if err != nil {
		t.Fatalf("SaveDocument(%s): %v", d.URL, err)
	}
	if !created {
		t.Fatalf("SaveDocument(%s): not created", d.URL)
	}
	return id
}

func asJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testRoundTrip(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	for _, mk := range []func() *sumber.Document{Indonesian, English, Vietnamese} {
		want := mk()
		doc := mk()
		id := mustSave(t, s, doc)
		if doc.ID != id || id == 0 {
			t.Fatalf("doc.ID = %d, returned id %d", doc.ID, id)
		}
		if doc.Hash != store.ContentHash(want.Text) {
			t.Errorf("hash not set from the text")
		}
		want.ID, want.Hash = id, doc.Hash
		got, err := s.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := asJSON(t, got), asJSON(t, want); g != w {
			t.Errorf("%s: loaded document differs\n got: %s\nwant: %s", want.Lang, g, w)
		}
		if !got.Published.Equal(want.Published) {
			t.Errorf("published %v, want %v", got.Published, want.Published)
		}
		if _, off := got.Published.Zone(); func() bool { _, w := want.Published.Zone(); return w != off }() {
			t.Errorf("published offset lost: %v", got.Published)
		}
		recs, next, err := s.Attributions(ctx, store.Filter{DocumentID: id})
		if err != nil {
			t.Fatal(err)
		}
		if next != 0 || len(recs) != len(want.Attributions) {
			t.Fatalf("Attributions(doc %d): %d records, next %d; want %d", id, len(recs), next, len(want.Attributions))
		}
		for i, r := range recs {
			if i > 0 && r.ID <= recs[i-1].ID {
				t.Errorf("attribution ids not increasing in document order: %d after %d", r.ID, recs[i-1].ID)
			}
			if r.DocumentID != id || r.URL != want.URL || r.Outlet != want.Outlet || r.Lang != want.Lang || !r.Published.Equal(want.Published) {
				t.Errorf("record %d: document metadata %+v", i, r)
			}
			if g, w := asJSON(t, r.Attribution), asJSON(t, want.Attributions[i]); g != w {
				t.Errorf("record %d differs\n got: %s\nwant: %s", i, g, w)
			}
		}
	}
	if _, err := s.Document(ctx, 987654); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("missing document: err = %v, want ErrNotFound", err)
	}
	// The claim day: resolved date first, publication day otherwise.
	recs, _, err := s.Attributions(ctx, store.Filter{Lang: "id"})
	if err != nil {
		t.Fatal(err)
	}
	var days []string
	for _, r := range recs {
		days = append(days, r.ClaimDate)
	}
	if got, want := strings.Join(days, " "), "2024-12-24 2024-12-24 2024-12-23 2024-08-01 2024-01-01"; got != want {
		t.Errorf("claim days %q, want %q", got, want)
	}
}

func testSameContent(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	id := mustSave(t, s, English())
	before, _ := s.Stats(ctx)

	again := English()
	again.URL = "https://mirror.example/other-url"
	again.Text = "  " + strings.ToUpper(again.Text[:1]) + strings.ReplaceAll(again.Text[1:], " ", "\n  ") + "\n"
	again.Attributions = again.Attributions[:1]
	id2, created, err := s.SaveDocument(ctx, again)
	if err != nil {
		t.Fatal(err)
	}
	if created || id2 != id {
		t.Errorf("same content: id %d created %v, want id %d created false", id2, created, id)
	}
	after, _ := s.Stats(ctx)
	if after != before {
		t.Errorf("same content changed the store: %+v → %+v", before, after)
	}
	if store.ContentHash("Ａ  b\tc") != store.ContentHash("a b c") {
		t.Errorf("ContentHash does not normalise width, case and spaces")
	}
}

func testNearDuplicates(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	a, b, c := WireCopies()
	idA := mustSave(t, s, a)
	if a.DuplicateOf != 0 {
		t.Errorf("first copy linked to %d", a.DuplicateOf)
	}
	un := Unrelated()
	mustSave(t, s, un)
	if un.DuplicateOf != 0 {
		t.Errorf("unrelated story on the same site linked to %d", un.DuplicateOf)
	}
	idB := mustSave(t, s, b)
	if b.DuplicateOf != idA {
		t.Errorf("syndicated copy: DuplicateOf = %d, want %d", b.DuplicateOf, idA)
	}
	mustSave(t, s, c)
	if c.DuplicateOf != idA {
		t.Errorf("third copy: DuplicateOf = %d, want the original %d", c.DuplicateOf, idA)
	}
	got, err := s.Document(ctx, idB)
	if err != nil {
		t.Fatal(err)
	}
	if got.DuplicateOf != idA {
		t.Errorf("stored DuplicateOf = %d, want %d", got.DuplicateOf, idA)
	}
	for _, d := range []*sumber.Document{Indonesian(), English(), Vietnamese()} {
		mustSave(t, s, d)
		if d.DuplicateOf != 0 {
			t.Errorf("%s fixture linked to %d", d.Lang, d.DuplicateOf)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Duplicates != 2 || st.Documents != 7 {
		t.Errorf("stats %+v, want 7 documents, 2 duplicates", st)
	}
	dups, _, err := s.Documents(ctx, store.DocFilter{Duplicates: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(dups) != 2 {
		t.Errorf("Documents(Duplicates: 1) = %d documents, want 2", len(dups))
	}
}

// saveFixtures stores the three language fixtures and returns their ids.
func saveFixtures(t testing.TB, s store.Store) (idID, enID, viID int64) {
	return mustSave(t, s, Indonesian()), mustSave(t, s, English()), mustSave(t, s, Vietnamese())
}

// actors lists the actors (or source texts) of records, for messages.
func actors(recs []store.Record) string {
	var names []string
	for _, r := range recs {
		name := r.Actor
		if name == "" {
			name = r.Source.Text
		}
		names = append(names, fmt.Sprintf("%d:%s/%s", r.DocumentID, name, r.Stance))
	}
	return strings.Join(names, ", ")
}

func testFilters(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	idID, enID, viID := saveFixtures(t, s)
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name string
		f    store.Filter
		want int
	}{
		{"all", store.Filter{}, 10},
		{"actor", store.Filter{Actor: "borealis ministry of DEFENCE"}, 2},
		{"actor by source text when unresolved", store.Filter{Actor: "Hãng tin Đông Phong"}, 1},
		{"actor without diacritics", store.Filter{Actor: "hang tin dong phong"}, 1},
		{"stance", store.Filter{Stance: sumber.Believe}, 3},
		{"stance neither", store.Filter{Stance: sumber.Neither}, 1},
		{"lang", store.Filter{Lang: "vi"}, 2},
		{"since", store.Filter{Since: day("2025-01-01")}, 3},
		{"until", store.Filter{Until: day("2024-08-01")}, 2},
		{"since and until", store.Filter{Since: day("2024-12-23"), Until: day("2024-12-24")}, 3},
		{"measure", store.Filter{Measure: "deployed"}, 2},
		{"measure killed-or-wounded", store.Filter{Measure: "killed-or-wounded"}, 1},
		{"document", store.Filter{DocumentID: enID}, 3},
		{"stance and lang", store.Filter{Stance: sumber.Deny, Lang: "vi"}, 1},
		{"query and actor", store.Filter{Query: "tentara", Actor: "Arkadia Intelligence Agency"}, 1},
		{"nothing", store.Filter{Actor: "nobody"}, 0},
	}
	for _, tc := range tests {
		recs, next, err := s.Attributions(ctx, tc.f)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(recs) != tc.want || next != 0 {
			t.Errorf("%s: %d records (next %d), want %d: %s", tc.name, len(recs), next, tc.want, actors(recs))
		}
	}
	recs, _, err := s.Attributions(ctx, store.Filter{Measure: "deployed"})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 2 && (recs[0].DocumentID != idID || recs[1].DocumentID != viID) {
		t.Errorf("measure filter picked %s", actors(recs))
	}
}

func testFullText(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	saveFixtures(t, s)
	tests := []struct {
		q    string
		want int
	}{
		{"tentara", 2},                 // id, in content
		{"TEWAS terluka", 1},           // id, every word, any case
		{"Kementerian Pertahanan", 1},  // id, in the source
		{"membantah", 1},               // id, the cue
		{"displaced floods", 1},        // en
		{"looting", 1},                 // en
		{"binh sĩ", 1},                 // vi, with diacritics
		{"binh si", 1},                 // vi, without
		{"Đà Nẵng", 1},                 // vi, đ folds to d
		{"da nang", 1},                 //
		{"bình nhưỡng", 1},             //
		{"North Korea", 1},             // the resolved actor
		{"tentara banjir", 0},          // every word must occur
		{`"quoted" OR * NEAR(x) -`, 0}, // no FTS syntax leaks through
		{"3,400", 1},                   // numbers are words
		{"   ", 0},                     //
	}
	for _, tc := range tests {
		recs, _, err := s.Attributions(ctx, store.Filter{Query: tc.q})
		if err != nil {
			t.Errorf("query %q: %v", tc.q, err)
			continue
		}
		if len(recs) != tc.want {
			t.Errorf("query %q: %d records, want %d: %s", tc.q, len(recs), tc.want, actors(recs))
		}
	}
}

func testPagination(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	total := 0
	for i := 0; i < 6; i++ {
		d := Generated(i, 11)
		mustSave(t, s, d)
		total += len(d.Attributions)
	}
	for _, f := range []store.Filter{{Limit: 7}, {Limit: 7, Desc: true}, {Limit: 1}, {Limit: 5, Stance: sumber.Assert}, {Limit: 1000}} {
		seen := map[int64]bool{}
		var ids []int64
		pages := 0
		for {
			recs, next, err := s.Attributions(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			pages++
			if len(recs) > f.Limit {
				t.Fatalf("page of %d records, limit %d", len(recs), f.Limit)
			}
			for _, r := range recs {
				if seen[r.ID] {
					t.Fatalf("%+v: attribution %d on two pages", f, r.ID)
				}
				seen[r.ID] = true
				if n := len(ids); n > 0 && (r.ID > ids[n-1]) == f.Desc {
					t.Fatalf("%+v: id %d after %d", f, r.ID, ids[n-1])
				}
				ids = append(ids, r.ID)
			}
			if next == 0 {
				break
			}
			if len(recs) != f.Limit {
				t.Fatalf("short page (%d) with a next cursor", len(recs))
			}
			f.After = next
		}
		want := total
		if f.Stance != "" {
			all, _, _ := s.Attributions(ctx, store.Filter{Stance: f.Stance, Limit: store.MaxLimit})
			want = len(all)
		}
		if len(ids) != want {
			t.Errorf("%+v: walked %d attributions in %d pages, want %d", f, len(ids), pages, want)
		}
	}
	// A page that ends exactly at the last row reports no next page.
	recs, next, err := s.Attributions(ctx, store.Filter{Limit: total})
	if err != nil || len(recs) != total || next != 0 {
		t.Errorf("exact page: %d records, next %d, err %v", len(recs), next, err)
	}
}

func testDocuments(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	idID, enID, viID := saveFixtures(t, s)
	tests := []struct {
		name string
		f    store.DocFilter
		want []int64
	}{
		{"all", store.DocFilter{}, []int64{idID, enID, viID}},
		{"desc", store.DocFilter{Desc: true}, []int64{viID, enID, idID}},
		{"lang", store.DocFilter{Lang: "vi"}, []int64{viID}},
		{"outlet", store.DocFilter{Outlet: "Example News"}, []int64{enID}},
		{"canonical url", store.DocFilter{URL: "https://contoh.example/berita/arkadia-borealis"}, []int64{idID}},
		{"hash", store.DocFilter{Hash: store.ContentHash(enText)}, []int64{enID}},
		{"since", store.DocFilter{Since: time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)}, []int64{enID, viID}},
		{"until", store.DocFilter{Until: time.Date(2024, 12, 24, 2, 30, 16, 0, time.UTC)}, []int64{idID}},
		{"originals", store.DocFilter{Duplicates: -1}, []int64{idID, enID, viID}},
	}
	for _, tc := range tests {
		docs, _, err := s.Documents(ctx, tc.f)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []int64
		for _, d := range docs {
			got = append(got, d.ID)
			if len(d.Attributions) != 0 {
				t.Errorf("%s: attributions loaded without WithAttributions", tc.name)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: ids %v, want %v", tc.name, got, tc.want)
		}
	}
	docs, next, err := s.Documents(ctx, store.DocFilter{Limit: 2, WithAttributions: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || next != store.Cursor(enID) || len(docs[0].Attributions) != 5 || len(docs[1].Attributions) != 3 {
		t.Fatalf("first page: %d docs, next %d", len(docs), next)
	}
	docs, next, err = s.Documents(ctx, store.DocFilter{Limit: 2, After: next})
	if err != nil || len(docs) != 1 || docs[0].ID != viID || next != 0 {
		t.Fatalf("second page: %d docs, next %d, err %v", len(docs), next, err)
	}
}

func testFigures(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	idID, _, viID := saveFixtures(t, s)
	figs, _, err := s.Figures(ctx, store.FigureFilter{Measure: "deployed"})
	if err != nil {
		t.Fatal(err)
	}
	if len(figs) != 2 || figs[0].DocumentID != idID || figs[1].DocumentID != viID {
		t.Fatalf("deployed figures: %+v", figs)
	}
	f := figs[0]
	if f.Value != 12000 || f.Bound != sumber.AtLeast || f.Unit != "troops" || f.Subject != "Borealis" ||
		f.Actor != "Arkadia Intelligence Agency" || f.ClaimDate != "2024-12-24" || f.AttributionID == 0 {
		t.Errorf("figure %+v", f)
	}
	figs, _, err = s.Figures(ctx, store.FigureFilter{Measure: "displaced", Since: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), Until: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(figs) != 1 || figs[0].Value != 3400 {
		t.Errorf("displaced on 2025-03-03: %+v, %v", figs, err)
	}
	var all []store.FigureRecord
	var after store.Cursor
	for {
		figs, next, err := s.Figures(ctx, store.FigureFilter{Limit: 2, After: after})
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, figs...)
		if next == 0 {
			break
		}
		after = next
	}
	st, _ := s.Stats(ctx)
	if int64(len(all)) != st.Figures || st.Figures != 7 {
		t.Errorf("paged %d figures, stats say %d, want 7", len(all), st.Figures)
	}
}

func testExportImport(t *testing.T, h Harness) {
	ctx := context.Background()
	src := h.fresh(t)
	saveFixtures(t, src)
	a, b, c := WireCopies()
	for _, d := range []*sumber.Document{a, b, c, Unrelated(), Generated(1, 3)} {
		mustSave(t, src, d)
	}
	var first bytes.Buffer
	if err := src.Export(ctx, &first); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(first.String(), "\n"); n != 8 {
		t.Fatalf("export has %d lines, want 8", n)
	}

	dst := h.fresh(t)
	st, err := dst.Import(ctx, bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 8 || st.Attributions != 13 || st.Skipped != 0 {
		t.Errorf("import stats %+v", st)
	}
	var second bytes.Buffer
	if err := dst.Export(ctx, &second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Errorf("export → import → export differs\nfirst:\n%s\nsecond:\n%s", first.String(), second.String())
	}
	s1, _ := src.Stats(ctx)
	s2, _ := dst.Stats(ctx)
	if s1 != s2 {
		t.Errorf("stats differ after import: %+v vs %+v", s1, s2)
	}

	// Importing again is a no-op.
	st, err = dst.Import(ctx, bytes.NewReader(first.Bytes()))
	if err != nil || st.Skipped != 8 || st.Documents != 0 {
		t.Errorf("second import: %+v, %v", st, err)
	}
	// New rows get ids past the imported ones, and search works on
	// imported attributions.
	d := Generated(99, 2)
	id := mustSave(t, dst, d)
	recs, _, err := dst.Attributions(ctx, store.Filter{DocumentID: id})
	if err != nil || len(recs) != 2 {
		t.Fatal(err)
	}
	max, _, _ := src.Attributions(ctx, store.Filter{Desc: true, Limit: 1})
	if id <= 8 || recs[0].ID <= max[0].ID {
		t.Errorf("ids after import: document %d, attribution %d (imported max %d)", id, recs[0].ID, max[0].ID)
	}
	if recs, _, _ := dst.Attributions(ctx, store.Filter{Query: "da nang"}); len(recs) != 1 {
		t.Errorf("full text after import: %d records", len(recs))
	}
	// Near-duplicate keys are imported too.
	a2, _, _ := WireCopies()
	a2.Text += " Updated."
	mustSave(t, dst, a2)
	if a2.DuplicateOf == 0 {
		t.Errorf("copy saved after import not linked")
	}
	// Garbage is rejected.
	if _, err := dst.Import(ctx, strings.NewReader("{not json\n")); err == nil {
		t.Errorf("import of garbage succeeded")
	}
}

func testExportCSV(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	saveFixtures(t, s)
	var buf bytes.Buffer
	if err := s.ExportCSV(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if n := strings.Count(out, "\n"); n != 11 {
		t.Errorf("CSV has %d lines, want header + 10", n)
	}
	for _, want := range []string{"attribution_id,document_id,url", ">= 12000 troops deployed", "~ 200-900 troops killed-or-wounded",
		"Harian Pagi Nusantara; mengutip", "Bộ Ngoại giao Triều Tiên"} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %q", want)
		}
	}
}

func testQueue(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	const n = 60
	for i := 0; i < n; i++ {
		id, created, err := s.Enqueue(ctx, fmt.Sprintf("https://q.example/%d", i))
		if err != nil || !created || id == 0 {
			t.Fatalf("Enqueue: %d %v %v", id, created, err)
		}
	}
	id0, created, err := s.Enqueue(ctx, "https://q.example/0")
	if err != nil || created {
		t.Fatalf("Enqueue of a queued URL: created %v, err %v", created, err)
	}

	// Concurrent claimers never get the same job.
	var mu sync.Mutex
	claimed := map[int64]string{}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(worker string) {
			defer wg.Done()
			for {
				j, ok, err := s.ClaimJob(ctx, worker)
				if err != nil {
					errs <- err
					return
				}
				if !ok {
					return
				}
				mu.Lock()
				if prev, dup := claimed[j.ID]; dup {
					errs <- fmt.Errorf("job %d claimed by %s and %s", j.ID, prev, worker)
				}
				claimed[j.ID] = worker
				mu.Unlock()
				if j.Attempts != 1 || !strings.HasPrefix(j.URL, "https://q.example/") {
					errs <- fmt.Errorf("claimed %+v", j)
				}
				var jobErr error
				if j.ID%10 == 0 {
					jobErr = errors.New("fetch: 404")
				}
				if err := s.FinishJob(ctx, j.ID, jobErr); err != nil {
					errs <- err
					return
				}
			}
		}(fmt.Sprintf("w%d", w))
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if len(claimed) != n {
		t.Errorf("%d jobs claimed, want %d", len(claimed), n)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.JobsQueued != 0 || st.JobsRunning != 0 || st.JobsDone+st.JobsFailed != n || st.JobsFailed != 6 {
		t.Errorf("job stats %+v", st)
	}
	// A finished URL can be queued again.
	id, created, err := s.Enqueue(ctx, "https://q.example/0")
	if err != nil || !created || id == id0 {
		t.Errorf("re-enqueue after finishing: id %d (was %d) created %v err %v", id, id0, created, err)
	}
	if err := s.FinishJob(ctx, 1<<40, nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("FinishJob of a missing job: %v", err)
	}
}

func testConcurrentWriters(t *testing.T, h Harness) {
	ctx := context.Background()
	dsn := h.NewDSN(t)
	s := h.open(t, dsn)
	s2 := h.open(t, dsn) // a second handle, as a second process would have
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			st := s
			if g%2 == 1 {
				st = s2
			}
			for i := 0; i < 8; i++ {
				d := Generated(1000+g*100+i, 4)
				if _, _, err := st.SaveDocument(ctx, d); err != nil {
					errs <- err
					return
				}
				if _, _, err := st.Attributions(ctx, store.Filter{Limit: 5, Desc: true}); err != nil {
					errs <- err
					return
				}
			}
			// Everyone saves the same document too: one wins.
			if _, _, err := st.SaveDocument(ctx, Generated(7, 3)); err != nil {
				errs <- err
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 33 || st.Attributions != 32*4+3 {
		t.Errorf("stats %+v, want 33 documents, 131 attributions", st)
	}
}

// testConcurrentNearDuplicates saves two syndicated copies of one story at
// the same moment through two handles, many times: exactly one of each pair
// must be linked to the other, never neither.
func testConcurrentNearDuplicates(t *testing.T, h Harness) {
	ctx := context.Background()
	for round := 0; round < 4; round++ {
		dsn := h.NewDSN(t)
		s, s2 := h.open(t, dsn), h.open(t, dsn)
		a, b, _ := WireCopies()
		var wg sync.WaitGroup
		var errA, errB error
		wg.Add(2)
		go func() { defer wg.Done(); _, _, errA = s.SaveDocument(ctx, a) }()
		go func() { defer wg.Done(); _, _, errB = s2.SaveDocument(ctx, b) }()
		wg.Wait()
		if errA != nil || errB != nil {
			t.Fatal(errA, errB)
		}
		linked := 0
		if a.DuplicateOf == b.ID {
			linked++
		}
		if b.DuplicateOf == a.ID {
			linked++
		}
		if linked != 1 || (a.DuplicateOf != 0 && b.DuplicateOf != 0) {
			t.Errorf("round %d: a.DuplicateOf=%d b.DuplicateOf=%d (ids %d, %d): want exactly one linked to the other",
				round, a.DuplicateOf, b.DuplicateOf, a.ID, b.ID)
		}
	}
}

func testReopen(t *testing.T, h Harness) {
	ctx := context.Background()
	dsn := h.NewDSN(t)
	s, err := h.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	id := mustSave(t, s, English())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = h.open(t, dsn) // migrations already applied: a no-op
	d, err := s.Document(ctx, id)
	if err != nil || len(d.Attributions) != 3 {
		t.Fatalf("after reopen: %v", err)
	}
}

// clocked is implemented by stores whose clock tests can move.
type clocked interface{ SetClock(func() time.Time) }

func testQueueLease(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	c, ok := s.(clocked)
	if !ok {
		t.Skip("store has no settable clock")
	}
	now := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	c.SetClock(func() time.Time { return now })
	id, _, err := s.Enqueue(ctx, "https://q.example/lease")
	if err != nil {
		t.Fatal(err)
	}
	j, ok, err := s.ClaimJob(ctx, "dies")
	if err != nil || !ok || j.ID != id {
		t.Fatalf("claim: %+v %v %v", j, ok, err)
	}
	if _, ok, _ := s.ClaimJob(ctx, "other"); ok {
		t.Fatalf("running job claimed again within its lease")
	}
	now = now.Add(store.JobLease + time.Second)
	j, ok, err = s.ClaimJob(ctx, "rescuer")
	if err != nil || !ok || j.ID != id || j.Attempts != 2 || j.Worker != "rescuer" {
		t.Fatalf("claim after the lease expired: %+v %v %v", j, ok, err)
	}
	if err := s.FinishJob(ctx, j.ID, nil); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.ClaimJob(ctx, "other"); ok {
		t.Fatalf("finished job claimed again")
	}
}

// testReplaceAttributions replaces one document's attributions and checks
// that the old ones, their figures and their index entries are gone, the
// new ones are stored with new ids, and the other documents are untouched.
func testReplaceAttributions(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.fresh(t)
	idID, enID, _ := saveFixtures(t, s)
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	old, err := s.Document(ctx, idID)
	if err != nil {
		t.Fatal(err)
	}
	oldRecs, _, err := s.Attributions(ctx, store.Filter{DocumentID: idID})
	if err != nil {
		t.Fatal(err)
	}
	enRecs, _, err := s.Attributions(ctx, store.Filter{DocumentID: enID})
	if err != nil {
		t.Fatal(err)
	}
	// keep the first attribution, with one figure less, and drop the others
	keep := old.Attributions[0]
	nfig := len(keep.Figures)
	if nfig == 0 {
		t.Fatal("fixture: the first Indonesian attribution has no figure")
	}
	keep.Figures = keep.Figures[:nfig-1]
	if err := s.ReplaceAttributions(ctx, idID, []sumber.Attribution{keep}); err != nil {
		t.Fatal(err)
	}
	recs, _, err := s.Attributions(ctx, store.Filter{DocumentID: idID})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Cue.Text != keep.Cue.Text || len(recs[0].Figures) != nfig-1 {
		t.Fatalf("after the replacement: %s", asJSON(t, recs))
	}
	for _, r := range oldRecs {
		if recs[0].ID == r.ID {
			t.Errorf("the new attribution took the old id %d", r.ID)
		}
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantFigs := before.Figures
	for _, a := range old.Attributions {
		wantFigs -= int64(len(a.Figures))
	}
	wantFigs += int64(nfig - 1)
	if after.Documents != before.Documents || after.Attributions != before.Attributions-int64(len(old.Attributions))+1 || after.Figures != wantFigs {
		t.Errorf("stats %+v after replacing in %+v, want %d figures", after, before, wantFigs)
	}
	// the index knows the new rows only
	for _, q := range []string{"membantah", "tentara"} {
		got, _, err := s.Attributions(ctx, store.Filter{Query: q, DocumentID: idID})
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		if strings.Contains(store.Fold(keep.Content.Text+" "+keep.Source.Text+" "+keep.Cue.Text+" "+keep.Actor), q) {
			want = 1
		}
		if len(got) != want {
			t.Errorf("query %q after the replacement: %d records, want %d", q, len(got), want)
		}
	}
	enAfter, _, err := s.Attributions(ctx, store.Filter{DocumentID: enID})
	if err != nil {
		t.Fatal(err)
	}
	if asJSON(t, enAfter) != asJSON(t, enRecs) {
		t.Error("replacing one document's attributions changed another's")
	}
	if err := s.ReplaceAttributions(ctx, 1<<40, nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("replacing in a missing document: %v, want ErrNotFound", err)
	}
}
