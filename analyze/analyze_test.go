package analyze

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"sumber"
	"sumber/gazetteer"
	"sumber/store"
	"sumber/store/pgtest"
	"sumber/store/postgres"
	"sumber/store/sqlite"

	"sumber/internal/golden"
)

// summary is a finding reduced to what a test asserts: kind, measure or
// proposition, origins.
func summary(f Finding) string {
	what := f.Measure
	if what == "" {
		what = f.Proposition
	}
	return fmt.Sprintf("%s %s: %s", f.Kind, what, strings.Join(f.Origins, " | "))
}

func summaries(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, summary(f))
	}
	return out
}

// docIDsOf maps fixture names to stored document ids by title.
func analyzeAll(t *testing.T, st store.Store) *Analyzer {
	t.Helper()
	a := New(st)
	if _, err := a.Update(context.Background()); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestStory checks the exact findings of the hand-written story in
// three languages, on SQLite and (with SUMBER_TEST_POSTGRES) PostgreSQL.
func TestStory(t *testing.T) {
	want := []string{
		"conflict deploy troops (Russia, North Korea): Russia | Ukraine",
		"conflict north-korea/troops/killed-or-wounded: Joint Chiefs of Staff (South Korea) | Ukraine",
		"conflict north-korea/troops/killed-or-wounded: Joint Chiefs of Staff (South Korea) | United States Department of Defense",
		"revision deploy troops (Russia, North Korea): Russia",
		"revision north-korea/troops/killed: National Intelligence Service (South Korea)",
		"corroboration north-korea/troops/killed-or-wounded: Ukraine | United States Department of Defense",
	}
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			ids := saveDocs(t, st, storyDocuments(t))
			ctx := context.Background()
			d2, err := st.Document(ctx, ids[1])
			if err != nil {
				t.Fatal(err)
			}
			if d2.DuplicateOf != ids[0] {
				t.Fatalf("the syndicated copy is not linked to the wire story: duplicate_of = %d", d2.DuplicateOf)
			}
			a := analyzeAll(t, st)
			fs, err := a.Findings(ctx, "")
			if err != nil {
				t.Fatal(err)
			}
			got := summaries(fs)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			for _, f := range fs {
				if f.Explanation == "" || len(f.Evidence) < 2 || len(f.Items) != len(f.Evidence) {
					t.Errorf("%s: explanation %q, %d evidence, %d items", summary(f), f.Explanation, len(f.Evidence), len(f.Items))
				}
			}
			// Kinds filter.
			for _, k := range []sumber.FindingKind{sumber.Conflict, sumber.Revision, sumber.Corroboration} {
				only, err := a.Findings(ctx, k)
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range only {
					if f.Kind != k {
						t.Errorf("Findings(%s) returned a %s", k, f.Kind)
					}
				}
			}
			if name == "sqlite" {
				var b bytes.Buffer
				if err := WriteFindingsTable(&b, fs); err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join("testdata", "story-findings.txt"), b.Bytes())
			}
			checkMeasures(t, a)
		})
	}
}

// checkMeasures asserts the measure keys and estimates of the story:
// troops, shells, containers, money and percent never share a measure,
// nor killed, wounded and killed-or-wounded.
func checkMeasures(t *testing.T, a *Analyzer) {
	ctx := context.Background()
	ms, err := a.Measures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, m := range ms {
		keys = append(keys, m.Key)
		full, err := a.Measure(ctx, m.Key)
		if err != nil {
			t.Fatal(err)
		}
		unit := strings.Split(m.Key, "/")[1]
		for _, o := range full.Observations {
			if !strings.HasSuffix(o.Measure, "/"+strings.Split(m.Key, "/")[2]) || o.Measure != m.Key {
				t.Errorf("observation of %s filed under %s", o.Measure, m.Key)
			}
			_ = unit
		}
	}
	wantKeys := []string{
		"north-korea/containers/supplied",
		"north-korea/percent/supplied",
		"north-korea/shells/supplied",
		"north-korea/troops/captured",
		"north-korea/troops/killed",
		"north-korea/troops/killed-or-wounded",
		"north-korea/troops/wounded",
		"russia/USD/paid",
	}
	if strings.Join(keys, " ") != strings.Join(wantKeys, " ") {
		t.Errorf("measures:\n%s\nwant\n%s", strings.Join(keys, "\n"), strings.Join(wantKeys, "\n"))
	}
	// The estimate of killed-or-wounded: JCS ≈ 1,300, Ukraine ≈ 4,000,
	// Pentagon ≈ 4,200.
	m, err := a.Measure(ctx, "north-korea/troops/killed-or-wounded")
	if err != nil {
		t.Fatal(err)
	}
	e, ok := m.Estimate()
	if !ok || e.Origins != 3 || e.Low != 1300 || e.Best != 4000 || e.High != 4200 || e.Conservative.Value != 1300 ||
		e.Conservative.ActorName != "Joint Chiefs of Staff (South Korea)" {
		t.Errorf("estimate %+v", e)
	}
	// The syndicated copies and the translation (Yonhap, KBS, Yonhap:
	// 120 captured) are one story: one independent origin, no
	// corroboration.
	c, err := a.Measure(ctx, "north-korea/troops/captured")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Observations) != 3 || len(c.Findings) != 0 {
		t.Errorf("captured: %d observations, findings %v", len(c.Observations), summaries(c.Findings))
	}
	if e, _ := c.Estimate(); e.Origins != 1 {
		t.Errorf("captured: %d independent origins, want 1", e.Origins)
	}
	// Ukraine's ≈ 1,000 killed and the NIS's ≈ 600 on the same day are
	// neither agreement nor conflict (×1.7, two point estimates).
	k, err := a.Measure(ctx, "north-korea/troops/killed")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range k.Findings {
		if f.Kind != sumber.Revision {
			t.Errorf("killed: unexpected %s", summary(f))
		}
	}
	// "tăng so với con số 300 hồi tháng 1": a recalled value.
	past := 0
	for _, o := range k.Observations {
		if o.Qualifier == Past {
			past++
			if o.Value != 300 {
				t.Errorf("past figure %v", o.Value)
			}
		}
	}
	if past != 1 {
		t.Errorf("%d past figures in killed, want 1", past)
	}
}

// TestNoFindingAcrossUnits feeds the same numbers as troops, shells,
// containers, money and percent from two independent origins: nothing
// may be compared across units or across killed / wounded /
// killed-or-wounded.
func TestNoFindingAcrossUnits(t *testing.T) {
	mk := func(id int64, actor string, v float64, unit, measure string) Observation {
		return Observation{AttributionID: id, DocumentID: id, Measure: MeasureKey("Q423", unit, measure), Actor: actor, ActorName: actor,
			Origin: actor, Root: actor, Known: true, Independence: actor, Date: "2025-01-01", When: "2025-01-01",
			Stance: "assert", Bound: "~", Value: v, Low: v, High: v}
	}
	var all []Observation
	units := []string{"troops", "shells", "containers", "USD", "percent"}
	measures := []string{"killed", "wounded", "killed-or-wounded", "deployed"}
	id := int64(1)
	for _, u := range units {
		for _, m := range measures {
			all = append(all, mk(id, "Q884", 1000, u, m), mk(id+1, "Q212", 3000*float64(id%3+1), u, m))
			id += 2
		}
	}
	byKey := map[string][]Observation{}
	for _, o := range all {
		byKey[o.Measure] = append(byKey[o.Measure], o)
	}
	if len(byKey) != len(units)*len(measures) {
		t.Fatalf("%d measures, want %d", len(byKey), len(units)*len(measures))
	}
	for k, obs := range byKey {
		for _, f := range MeasureFindings(k, obs) {
			for _, ev := range f.Evidence {
				for _, o := range all {
					if o.AttributionID == ev && o.Measure != k {
						t.Errorf("%s: evidence %d is %s", k, ev, o.Measure)
					}
				}
			}
		}
	}
}

func TestMeasureKey(t *testing.T) {
	tests := []struct{ subject, unit, measure, want string }{
		{"Q423", "troops", "killed-or-wounded", "north-korea/troops/killed-or-wounded"},
		{"name:national-intelligence-service", "troops", "deployed", "national-intelligence-service-south-korea/troops/deployed"},
		{"name:somewhere-else", "shells", "supplied", "somewhere-else/shells/supplied"},
	}
	for _, tt := range tests {
		if got := MeasureKey(tt.subject, tt.unit, tt.measure); got != tt.want {
			t.Errorf("MeasureKey(%s) = %s, want %s", tt.subject, got, tt.want)
		}
	}
	for in, want := range map[string]string{"tentara": "troops", "soldiers": "troops", "binh sĩ": "troops", "pasukan": "troops",
		"kontainer": "containers", "persen": "percent", "US$": "USD"} {
		if got := normUnit(in); got != want {
			t.Errorf("normUnit(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"casualties": "killed-or-wounded", "thương vong": "killed-or-wounded",
		"tewas atau terluka": "killed-or-wounded", "tewas": "killed", "bị thương": "wounded", "sent": "deployed", "dikerahkan": "deployed"} {
		if got := normMeasure(in); got != want {
			t.Errorf("normMeasure(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		bound     string
		v, lo, hi float64
		want      string
	}{
		{">", 1100, 1100, 1100, "> 1,100"},
		{"~", 3000, 3000, 3000, "≈ 3,000"},
		{"~", 550, 100, 999, "≈ 100–999"},
		{"=", 8e6, 8e6, 8e6, "8,000,000"},
		{">=", 100, 100, 100, "≥ 100"},
	}
	for _, tt := range tests {
		if got := FormatValue(tt.bound, tt.v, tt.lo, tt.hi); got != tt.want {
			t.Errorf("FormatValue(%s %v) = %q, want %q", tt.bound, tt.v, got, tt.want)
		}
	}
}

// TestIncremental adds the story one document at a time, updating after
// each, and checks that the result equals a full rebuild; then it
// imports a document with an id below the watermark (as PostgreSQL may
// commit late, or as Import does) and checks it is analysed.
func TestIncremental(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			docs := storyDocuments(t)
			src := open(t)
			saveDocs(t, src, docs)
			var all bytes.Buffer
			if err := src.Export(ctx, &all); err != nil {
				t.Fatal(err)
			}
			lines := strings.SplitAfter(strings.TrimSpace(all.String()), "\n")
			if len(lines) != len(docs) {
				t.Fatalf("%d export lines", len(lines))
			}
			st := open(t)
			a := New(st)
			// Documents 1, 2, 4, 5, 6 in order, updating after each; then
			// document 3, whose ids are below the watermark.
			order := []int{0, 1, 3, 4, 5, 2}
			for _, i := range order {
				if _, err := st.Import(ctx, strings.NewReader(lines[i])); err != nil {
					t.Fatal(err)
				}
				s, err := a.Update(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if s.Documents != 1 || s.Rebuilt {
					t.Errorf("update after document %d: %+v", i+1, s)
				}
			}
			inc, err := a.Findings(ctx, "")
			if err != nil {
				t.Fatal(err)
			}
			full := sameAsRebuild(t, a, inc, "incremental findings")
			if len(full) != 6 {
				t.Errorf("%d findings, want 6", len(full))
			}
			// Nothing new: an update reads nothing.
			s, err := a.Update(ctx)
			if err != nil || s.Attributions != 0 {
				t.Errorf("idle update: %+v %v", s, err)
			}
		})
	}
}

// TestRebuildBelowWindow: rows imported far below the watermark (past
// the lookback) are noticed by the count check and trigger a rebuild.
func TestRebuildBelowWindow(t *testing.T) {
	ctx := context.Background()
	open := stores(t)["sqlite"]
	src := open(t)
	saveDocs(t, src, storyDocuments(t))
	var all bytes.Buffer
	if err := src.Export(ctx, &all); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(all.String()), "\n")
	st := open(t)
	a := New(st)
	a.Lookback = 0
	var rest []string
	for i, l := range lines {
		if i != 2 {
			rest = append(rest, l)
		}
	}
	if _, err := st.Import(ctx, strings.NewReader(strings.Join(rest, ""))); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Update(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Import(ctx, strings.NewReader(lines[2])); err != nil {
		t.Fatal(err)
	}
	s, err := a.Update(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !s.Rebuilt {
		t.Errorf("no rebuild after an import below the watermark: %+v", s)
	}
	fs, _ := a.Findings(ctx, "")
	if len(fs) != 6 {
		t.Errorf("%d findings after the rebuild, want 6: %v", len(fs), summaries(fs))
	}
}

// TestSamples runs the eight sample pages through the real extractor
// and checks the findings samples/README.md describes, and the
// precision rules on real extractor output.
func TestSamples(t *testing.T) {
	mustHave := []string{
		"conflict north-korea/troops/killed-or-wounded: Joint Chiefs of Staff (South Korea) | Ukraine",
		"revision north-korea/troops/killed-or-wounded: Ukraine",
		"revision north-korea/troops/deployed: National Intelligence Service (South Korea)",
		"revision deploy troops (North Korea): North Korea",
		"corroboration north-korea/troops/deployed: United States Department of Defense | National Intelligence Service (South Korea)",
	}
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			ids := saveDocs(t, st, sampleDocs(t))
			ctx := context.Background()
			a := analyzeAll(t, st)
			fs, err := a.Findings(ctx, "")
			if err != nil {
				t.Fatal(err)
			}
			got := summaries(fs)
			for _, w := range mustHave {
				found := false
				for _, g := range got {
					if strings.HasPrefix(g, w) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing finding %q; got:\n%s", w, strings.Join(got, "\n"))
				}
			}
			// Pages 03 and 04 are one wire story, 06 translates 05: no
			// corroboration rests on copies alone.
			copyOf := map[int64]int64{ids[3]: ids[2], ids[5]: ids[4]}
			for _, f := range fs {
				if f.Kind != sumber.Corroboration {
					continue
				}
				docs := map[int64]bool{}
				for _, it := range f.Items {
					d := it.DocumentID
					if o, ok := copyOf[d]; ok {
						d = o
					}
					docs[d] = true
				}
				origins := map[string]bool{}
				for _, it := range f.Items {
					origins[it.Actor] = true
				}
				if len(origins) < 2 {
					t.Errorf("corroboration by one origin: %s", summary(f))
				}
			}
			ms, err := a.Measures(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range ms {
				full, _ := a.Measure(ctx, m.Key)
				parts := strings.Split(m.Key, "/")
				for _, o := range full.Observations {
					if o.Measure != m.Key {
						t.Errorf("%s holds %s", m.Key, o.Measure)
					}
				}
				// Troop measures never hold shells, containers, money
				// or percent figures.
				if parts[1] == "troops" {
					for _, o := range full.Observations {
						low := strings.ToLower(o.Text)
						for _, bad := range []string{"container", "kontainer", "shell", "peluru", "us$", "usd", "percent", "persen", "%"} {
							if strings.Contains(low, bad) {
								t.Errorf("%s holds %q", m.Key, o.Text)
							}
						}
					}
				}
			}
			if name == "sqlite" {
				sort.Strings(got)
				t.Logf("sample findings:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}

// TestConcurrentUpdaters: two analyzers on two handles of one database
// (two connection pools, as an ingest worker and "sumber serve" are)
// update while the story's documents arrive. Their saves must not
// overwrite each other: the findings at the end are those of a rebuild,
// and every attribution is counted exactly once.
func TestConcurrentUpdaters(t *testing.T) {
	handles := map[string]func(t *testing.T) (store.Store, store.Store){
		"sqlite": func(t *testing.T) (store.Store, store.Store) {
			path := filepath.Join(t.TempDir(), "ledger.db")
			return openSQLite(t, path), openSQLite(t, path)
		},
	}
	if postgresDSN(t) != "" {
		handles["postgres"] = func(t *testing.T) (store.Store, store.Store) {
			dsn := pgtest.DSN(t, "sumber_analyze_")
			return openPostgres(t, dsn), openPostgres(t, dsn)
		}
	}
	for name, open := range handles {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			docs := storyDocuments(t)
			st1, st2 := open(t)
			a1, a2 := New(st1), New(st2)
			var wg sync.WaitGroup
			errs := make(chan error, 64)
			for _, d := range docs {
				saveDocs(t, st1, []*sumber.Document{d})
				for _, a := range []*Analyzer{a1, a2} {
					wg.Add(1)
					go func() {
						defer wg.Done()
						if _, err := a.Update(ctx); err != nil {
							errs <- err
						}
					}()
				}
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Fatal(err)
			}
			if _, err := a2.Update(ctx); err != nil {
				t.Fatal(err)
			}
			inc, err := a1.Findings(ctx, "")
			if err != nil {
				t.Fatal(err)
			}
			m, err := a1.loadMeta(ctx)
			if err != nil {
				t.Fatal(err)
			}
			stats, err := st1.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if m.Count != stats.Attributions {
				t.Errorf("the state counts %d attributions processed, the ledger holds %d", m.Count, stats.Attributions)
			}
			sameAsRebuild(t, a1, inc, "findings after concurrent updates")
		})
	}
}

func openSQLite(t *testing.T, path string) store.Store {
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func openPostgres(t *testing.T, dsn string) store.Store {
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// sameAsRebuild rebuilds a's analysis and checks that its findings equal
// got (what is described by what); it returns the rebuild's findings.
func sameAsRebuild(t *testing.T, a *Analyzer, got []Finding, what string) []Finding {
	t.Helper()
	ctx := context.Background()
	if _, err := a.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	full, err := a.Findings(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	jg, _ := json.Marshal(got)
	jf, _ := json.Marshal(full)
	if !bytes.Equal(jg, jf) {
		t.Errorf("%s differ from a rebuild:\n%s\n%s", what, strings.Join(summaries(got), "\n"), strings.Join(summaries(full), "\n"))
	}
	return full
}

// TestViaNames checks how relays are named: the gazetteer's name for a
// relay it knows as a whole, a known person named inside a longer phrase,
// a short name of a person the document names, and otherwise the relay's
// own words.
func TestViaNames(t *testing.T) {
	han, ok := gazetteer.FindActor("Han Min-jae")
	if !ok {
		t.Fatal("the gazetteer lost Han Min-jae")
	}
	people := []sumber.Actor{han.Actor}
	cases := []struct {
		name, via string
		people    []sumber.Actor
		want      string
	}{
		{"known as a whole", "Han Min Jae", nil, "Han Min-jae"},
		{"a person inside a phrase", "anggota parlemen Han Min-jae dari Komite Intelijen Majelis Nasional Korea Selatan", nil, "Han Min-jae"},
		{"a short name of a person the document names", "Ông Han", people, "Han Min-jae"},
		{"a short name without one", "Ông Han", nil, "Ông Han"},
		{"no person", "South Korean  lawmaker", people, "South Korean lawmaker"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := viaNames([]sumber.Via{{Span: sumber.Span{Text: c.via}}}, c.people)
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("viaNames(%q) = %q, want %q", c.via, got, c.want)
			}
		})
	}
}

// TestNamedActor checks which names the gazetteer does not know still
// identify an origin across documents.
func TestNamedActor(t *testing.T) {
	cases := []struct {
		name string
		want bool
	}{
		{"Harbour Aid", true},
		{"Sarden Relief Fund", true},
		{"LDMA", true},
		{"Governor Dana Pike", true},
		{"Officials", false},        // a sentence's first common noun
		{"Pike", false},             // a surname alone
		{"the agency", false},       // a description
		{"Senior Officials", false}, // role words only
		{"rescue workers", false},
		{"A Very Long Name Of Seven Words", false},
	}
	for _, c := range cases {
		if got := namedActor(c.name); got != c.want {
			t.Errorf("namedActor(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestNamedOriginRevision checks that an origin the gazetteer does not
// know, but that the documents name, revises its figure across two
// documents, and that unnamed officials saying two figures do not.
func TestNamedOriginRevision(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st := open(t)
			day := func(d int) time.Time { return time.Date(2025, 11, d, 9, 0, 0, 0, time.UTC) }
			saveDocs(t, st, []*sumber.Document{
				{URL: "https://a.example/1", Outlet: "Port Velin Today", Lang: "en", Published: day(3),
					Text: "Harbour Aid said on Monday that about 6,000 people had been displaced by the floods in Indonesia.\n\nOfficials said 40 people were killed in Indonesia."},
				{URL: "https://b.example/2", Outlet: "The Marenz Courier", Lang: "en", Published: day(5),
					Text: "Harbour Aid said on Wednesday that more than 7,500 people had been displaced by the floods in Indonesia.\n\nOfficials said 65 people were killed in Indonesia."},
			})
			a := New(st)
			if _, err := a.Update(context.Background()); err != nil {
				t.Fatal(err)
			}
			found, err := a.Findings(context.Background(), "")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range found {
				got = append(got, string(f.Kind)+" "+f.Measure+" "+strings.Join(f.Origins, ", "))
			}
			if len(got) != 1 || !strings.HasPrefix(got[0], "revision indonesia/people/displaced") || !strings.Contains(got[0], "Harbour Aid") {
				t.Errorf("findings %q, want one revision of displaced people by Harbour Aid", got)
			}
		})
	}
}

// TestNestedFigureCountsOnce checks that a figure both a relay and the
// claim nested in its content carry is observed once, for the nested
// claim.
func TestNestedFigureCountsOnce(t *testing.T) {
	fig := sumber.Figure{Span: sumber.Span{Start: 40, End: 52}, Value: 11000, Bound: sumber.About, Unit: "troops", Measure: "deployed"}
	recs := []store.Record{
		{Attribution: sumber.Attribution{Cue: sumber.Span{Start: 9, End: 13}, Content: sumber.Span{Start: 14, End: 70}, Figures: []sumber.Figure{fig}}},
		{Attribution: sumber.Attribution{Cue: sumber.Span{Start: 22, End: 31}, Content: sumber.Span{Start: 32, End: 70}, Figures: []sumber.Figure{fig}}},
	}
	if !nestedFigure(recs, 0, 0) {
		t.Error("the relay's figure is not recognised as the nested claim's")
	}
	if nestedFigure(recs, 1, 0) {
		t.Error("the nested claim's own figure is dropped")
	}
}

// TestUserActorsRebuild checks that a user's actors file takes part in
// the analysis: an invented country's toll has no measure until the
// file names the country, and setting or dropping the file rebuilds
// the stored analysis.
func TestUserActorsRebuild(t *testing.T) {
	t.Cleanup(func() { _ = gazetteer.SetUserActors("", nil) })
	st := stores(t)["sqlite"](t)
	day := func(d int) time.Time { return time.Date(2025, 11, d, 9, 0, 0, 0, time.UTC) }
	saveDocs(t, st, []*sumber.Document{
		{URL: "https://a.example/1", Outlet: "Port Velin Today", Lang: "en", Published: day(3),
			Text: "The Velmora Relief Office said on Monday that 14 people were killed by the floods in Velmora's Dask province."},
		{URL: "https://b.example/2", Outlet: "The Marenz Courier", Lang: "en", Published: day(5),
			Text: "The Velmora Relief Office said on Wednesday that 31 people were killed by the floods in Velmora's Dask province."},
	})
	ctx := context.Background()
	a := New(st)
	findings := func(wantRebuilt bool) []string {
		t.Helper()
		s, err := a.Update(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if s.Rebuilt != wantRebuilt {
			t.Errorf("update: rebuilt %v, want %v", s.Rebuilt, wantRebuilt)
		}
		found, err := a.Findings(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range found {
			got = append(got, string(f.Kind)+" "+f.Measure)
		}
		return got
	}
	if got := findings(false); len(got) != 0 {
		t.Errorf("without the file: findings %q, want none (Velmora is unknown)", got)
	}
	file := "\tVelmora\tcountry\t\tVelmora\n" +
		"\tDask\tplace\tname:velmora\tDask\n" +
		"\tVelmora Relief Office\tagency\tname:velmora\n"
	if err := gazetteer.SetUserActors("actors.tsv", []byte(file)); err != nil {
		t.Fatal(err)
	}
	if got := findings(true); len(got) != 1 || got[0] != "revision velmora/people/killed" {
		t.Errorf("with the file: findings %q, want the office's revision of the Velmora toll", got)
	}
	if got := findings(false); len(got) != 1 {
		t.Errorf("an update with the same file: findings %q", got)
	}
	if err := gazetteer.SetUserActors("", nil); err != nil {
		t.Fatal(err)
	}
	if got := findings(true); len(got) != 0 {
		t.Errorf("after dropping the file: findings %q, want none", got)
	}
}
