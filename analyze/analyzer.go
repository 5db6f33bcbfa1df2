package analyze

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"sumber"
	"sumber/gazetteer"
	"sumber/store"
)

// stateVersion changes when the persisted layout or the analysis
// changes; a store with another version is rebuilt.
const stateVersion = 6

// DefaultLookback is how many attribution ids behind the watermark an
// update re-reads. PostgreSQL hands out ids from sequences at insert
// time, not at commit, so a document committed after a later one can
// have lower ids; ids already processed are remembered and skipped.
// A transaction must commit before this many later attributions are
// committed; ingest transactions hold one document, so this is ample.
const DefaultLookback = 2000

// BatchAttributions bounds the attributions one update step holds in
// memory; a long backlog (or a rebuild) runs in steps of this size, each
// committing its state and watermark.
const BatchAttributions = 50000

// meta is the analysis watermark.
type meta struct {
	Version int `json:"version"`
	// Actors is the fingerprint of the user's actors file the state was
	// built with (gazetteer.Fingerprint); another file means a rebuild.
	Actors string `json:"actors,omitempty"`
	// Watermark is the highest attribution id processed.
	Watermark int64 `json:"watermark"`
	// Recent are the processed ids above Watermark-Lookback.
	Recent []int64 `json:"recent,omitempty"`
	// Count is how many attributions were processed.
	Count int64 `json:"count"`

	// raw is the meta as stored when it was read (nil: none), the guard
	// of the next save: another process's update in between makes that
	// save fail rather than overwrite the other's work.
	raw []byte
}

// Analyzer runs cross-document analysis over a store and keeps its
// results: per-measure observations and findings, per-proposition
// statements and findings, per-actor histories, and a watermark. With a
// store that implements store.StateStore (both SQL stores do) the state
// is persisted in it and Update costs time in proportion to the new
// attributions (and the measures they touch), not to the ledger;
// otherwise the state lives in memory.
//
// An Analyzer serialises its own updates; analyzers in other processes
// may update the same store at the same time: each save is guarded by the
// state's watermark (store.StateStore.SaveStateIf), and an update that
// finds the state changed under it starts again from the new state.
type Analyzer struct {
	st       store.Store
	ss       store.StateStore
	Lookback int64
	mu       sync.Mutex
}

// New returns an analyzer over st.
func New(st store.Store) *Analyzer {
	ss, ok := st.(store.StateStore)
	if !ok {
		ss = newMemState()
	}
	return &Analyzer{st: st, ss: ss, Lookback: DefaultLookback}
}

// Stats reports what an update did.
type Stats struct {
	Documents    int `json:"documents"`
	Attributions int `json:"attributions"`
	Observations int `json:"observations"`
	Measures     int `json:"measures"` // measures touched
	Rebuilt      bool
}

// add counts o's work into s.
func (s *Stats) add(o Stats) {
	s.Documents += o.Documents
	s.Attributions += o.Attributions
	s.Observations += o.Observations
	s.Measures += o.Measures
	s.Rebuilt = s.Rebuilt || o.Rebuilt
}

func (a *Analyzer) loadMeta(ctx context.Context) (meta, error) {
	vals, err := a.ss.LoadState(ctx, []string{metaKey})
	if err != nil {
		return meta{}, err
	}
	var m meta
	if v, ok := vals[metaKey]; ok {
		if err := json.Unmarshal(v, &m); err != nil {
			return meta{}, fmt.Errorf("analyze: state: %w", err)
		}
		m.raw = v
	}
	return m, nil
}

// Update analyses the attributions stored since the last update (all of
// them the first time) and persists the result. When the state is from
// another version, or rows appeared below the lookback window (an
// import), it rebuilds from scratch.
func (a *Analyzer) Update(ctx context.Context) (Stats, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	// Another process updating the same store at the same moment makes
	// a save fail with store.ErrStateChanged: start again from the state
	// it left, which already holds its work.
	var total Stats
	for try := 0; ; try++ {
		s, err := a.update(ctx)
		total.add(s)
		if !errors.Is(err, store.ErrStateChanged) || try == maxStateRetries {
			return total, err
		}
	}
}

// maxStateRetries bounds how often Update starts again after another
// process changed the state under it.
const maxStateRetries = 20

func (a *Analyzer) update(ctx context.Context) (Stats, error) {
	m, err := a.loadMeta(ctx)
	if err != nil {
		return Stats{}, err
	}
	actors := gazetteer.Fingerprint()
	if (m.Version != stateVersion || m.Actors != actors) && (m.Version != 0 || m.Watermark != 0) {
		return a.rebuild(ctx)
	}
	m.Version, m.Actors = stateVersion, actors
	var total Stats
	for {
		s, more, err := a.step(ctx, &m, false)
		if err != nil {
			return total, err
		}
		total.add(s)
		if !more {
			break
		}
	}
	// Rows below the lookback window (Import keeps old ids) are only
	// seen by a rebuild. More rows than processed may also be rows
	// committed since the last step: look again before rebuilding.
	for try := 0; try < 3; try++ {
		st, err := a.st.Stats(ctx)
		if err != nil {
			return total, err
		}
		if st.Attributions <= m.Count {
			return total, nil
		}
		s, _, err := a.step(ctx, &m, true)
		if err != nil {
			return total, err
		}
		if s.Attributions == 0 {
			return a.rebuild(ctx)
		}
		total.add(s)
	}
	return total, nil
}

// Rebuild discards the analysis state and analyses the whole ledger.
func (a *Analyzer) Rebuild(ctx context.Context) (Stats, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for try := 0; ; try++ {
		s, err := a.rebuild(ctx)
		if !errors.Is(err, store.ErrStateChanged) || try == maxStateRetries {
			return s, err
		}
	}
}

func (a *Analyzer) rebuild(ctx context.Context) (Stats, error) {
	var keys []string
	if err := a.ss.ScanState(ctx, "", func(k string, _ []byte) error {
		if k == metaKey || len(k) > 2 && k[1] == ':' && strings.ContainsRune("mcrepxsa", rune(k[0])) {
			keys = append(keys, k)
		}
		return nil
	}); err != nil {
		return Stats{}, err
	}
	old, err := a.loadMeta(ctx)
	if err != nil {
		return Stats{}, err
	}
	if err := a.ss.SaveStateIf(ctx, metaKey, old.raw, nil, keys); err != nil {
		return Stats{}, err
	}
	m := meta{Version: stateVersion, Actors: gazetteer.Fingerprint()}
	total := Stats{Rebuilt: true}
	for {
		s, more, err := a.step(ctx, &m, false)
		if err != nil {
			return total, err
		}
		total.add(s)
		if !more {
			return total, nil
		}
	}
}

// step reads up to BatchAttributions new attributions, analyses them and
// saves the touched state with the new watermark in one transaction.
//
// With lookback it also re-reads the window of Lookback ids behind the
// watermark for ids committed late; Update asks for that only when the
// store holds more attributions than were processed.
func (a *Analyzer) step(ctx context.Context, m *meta, lookback bool) (Stats, bool, error) {
	recent := make(map[int64]bool, len(m.Recent))
	for _, id := range m.Recent {
		recent[id] = true
	}
	after := m.Watermark
	if lookback {
		after = max(m.Watermark-a.Lookback, 0)
	}
	var recs []store.Record
	more := false
	for {
		page, next, err := a.st.Attributions(ctx, store.Filter{After: store.Cursor(after), Limit: store.MaxLimit})
		if err != nil {
			return Stats{}, false, err
		}
		for _, r := range page {
			if !recent[r.ID] {
				recs = append(recs, r)
			}
		}
		if next == 0 {
			break
		}
		after = int64(next)
		if len(recs) >= BatchAttributions {
			// Finish the document of the last record, then stop.
			more = true
			break
		}
	}
	if more && len(recs) > 0 {
		// Keep a document whole: hold back the last document's records
		// unless the batch holds nothing else.
		last := recs[len(recs)-1].DocumentID
		cut := len(recs)
		for cut > 0 && recs[cut-1].DocumentID == last {
			cut--
		}
		if cut > 0 {
			recs = recs[:cut]
		}
	}
	if len(recs) == 0 {
		return Stats{}, false, nil
	}
	s, err := a.apply(ctx, m, recs)
	return s, more, err
}

// apply analyses recs and persists the result with the advanced meta.
func (a *Analyzer) apply(ctx context.Context, m *meta, recs []store.Record) (Stats, error) {
	byDoc := map[int64][]store.Record{}
	var docIDs []int64
	for _, r := range recs {
		if _, ok := byDoc[r.DocumentID]; !ok {
			docIDs = append(docIDs, r.DocumentID)
		}
		byDoc[r.DocumentID] = append(byDoc[r.DocumentID], r)
	}
	sort.Slice(docIDs, func(i, j int) bool { return docIDs[i] < docIDs[j] })
	infos, err := a.docInfos(ctx, docIDs, byDoc)
	if err != nil {
		return Stats{}, err
	}
	var obs []Observation
	var sts []Statement
	var cls []Claim
	s := Stats{Documents: len(docIDs), Attributions: len(recs)}
	measures := map[string]bool{}
	for _, id := range docIDs {
		o, st, c := observeDocument(infos[id], byDoc[id])
		obs, sts, cls = append(obs, o...), append(sts, st...), append(cls, c...)
	}
	s.Observations = len(obs)
	vals, err := a.ss.LoadState(ctx, neededKeys(obs, sts, cls))
	if err != nil {
		return Stats{}, err
	}
	e := newEngine(vals)
	pk, err := stancePairKeys(e, sts)
	if err != nil {
		return Stats{}, err
	}
	for _, o := range obs {
		measures[o.Measure] = true
		if err := e.addObservation(o); err != nil {
			return Stats{}, err
		}
	}
	// The pair states the comparisons touch, loaded in one query.
	more, err := a.ss.LoadState(ctx, append(pk, e.pendingPairKeys()...))
	if err != nil {
		return Stats{}, err
	}
	for k, v := range more {
		e.vals[k] = v
	}
	if err := e.applyPairs(); err != nil {
		return Stats{}, err
	}
	for _, st := range sts {
		if err := e.addStatement(st); err != nil {
			return Stats{}, err
		}
	}
	for _, c := range cls {
		if err := e.addClaim(c); err != nil {
			return Stats{}, err
		}
	}
	puts, err := e.puts()
	if err != nil {
		return Stats{}, err
	}
	s.Measures = len(measures)
	// Advance the watermark.
	for _, r := range recs {
		m.Watermark = max(m.Watermark, r.ID)
		m.Recent = append(m.Recent, r.ID)
	}
	m.Count += int64(len(recs))
	keep := m.Recent[:0]
	for _, id := range m.Recent {
		if id > m.Watermark-a.Lookback {
			keep = append(keep, id)
		}
	}
	m.Recent = keep
	sort.Slice(m.Recent, func(i, j int) bool { return m.Recent[i] < m.Recent[j] })
	if puts[metaKey], err = json.Marshal(m); err != nil {
		return Stats{}, err
	}
	if err := a.ss.SaveStateIf(ctx, metaKey, m.raw, puts, nil); err != nil {
		return Stats{}, err
	}
	m.raw = puts[metaKey]
	return s, nil
}

func decode(b []byte, v any) error {
	if b == nil {
		return nil
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("analyze: state: %w", err)
	}
	return nil
}

// docInfos loads what analysis needs of each document: its outlet and
// its story (see StoryKey).
func (a *Analyzer) docInfos(ctx context.Context, ids []int64, byDoc map[int64][]store.Record) (map[int64]DocInfo, error) {
	out := make(map[int64]DocInfo, len(ids))
	// Documents page by id; ids of a batch are mostly dense.
	docs := map[int64]*sumber.Document{}
	if len(ids) > 0 {
		after := ids[0] - 1
		need := len(ids)
		for need > 0 {
			page, next, err := a.st.Documents(ctx, store.DocFilter{After: store.Cursor(after), Limit: min(store.MaxLimit, max(need, 100))})
			if err != nil {
				return nil, err
			}
			for _, d := range page {
				if _, want := byDoc[d.ID]; want {
					docs[d.ID] = d
					need--
				}
				if d.ID > ids[len(ids)-1] {
					need = 0
				}
			}
			if next == 0 {
				break
			}
			after = int64(next)
		}
	}
	for _, id := range ids {
		d := docs[id]
		if d == nil {
			var err error
			if d, err = a.st.Document(ctx, id); err != nil {
				return nil, fmt.Errorf("analyze: document %d: %w", id, err)
			}
		}
		var orig *sumber.Document
		if d.DuplicateOf != 0 {
			o, err := a.st.Document(ctx, d.DuplicateOf)
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				return nil, err
			}
			orig = o
		}
		out[id] = DocInfo{ID: id, Outlet: d.Outlet, Story: StoryKey(d, orig)}
	}
	return out, nil
}

// Findings returns the findings of the whole ledger as of the last
// update, of one kind or (kind == "") all: conflicts, then revisions,
// then corroborations, each by measure or proposition. It reads only
// the pair and series states, not the observations.
func (a *Analyzer) Findings(ctx context.Context, kind sumber.FindingKind) ([]Finding, error) {
	var out []Finding
	add := func(f Finding, ok bool) {
		if ok && (kind == "" || f.Kind == kind) {
			out = append(out, f)
		}
	}
	scans := []struct {
		prefix string
		fn     func([]byte) error
	}{
		{pairPrefix, func(v []byte) error {
			var ps PairState
			if err := decode(v, &ps); err != nil {
				return err
			}
			add(pairFinding(&ps))
			return nil
		}},
		{seriesPrefix, func(v []byte) error {
			var s Series
			if err := decode(v, &s); err != nil {
				return err
			}
			add(seriesRevision(&s))
			return nil
		}},
		{xPrefix, func(v []byte) error {
			var x StancePair
			if err := decode(v, &x); err != nil {
				return err
			}
			add(stanceConflict(&x), len(x.Evid) > 0)
			return nil
		}},
		{stancePrefix, func(v []byte) error {
			var s StanceSeries
			if err := decode(v, &s); err != nil {
				return err
			}
			add(stanceRevision(&s))
			return nil
		}},
	}
	for _, sc := range scans {
		if kind == sumber.Corroboration && sc.prefix != pairPrefix {
			continue
		}
		if err := a.ss.ScanState(ctx, sc.prefix, func(_ string, v []byte) error { return sc.fn(v) }); err != nil {
			return nil, err
		}
	}
	sortFindings(out)
	return out, nil
}

// Measure returns one measure by key (every figure, its estimate
// inputs and its findings), or store.ErrNotFound.
func (a *Analyzer) Measure(ctx context.Context, key string) (*Measure, error) {
	vals, err := a.ss.LoadState(ctx, []string{estPrefix + key})
	if err != nil {
		return nil, err
	}
	v, ok := vals[estPrefix+key]
	if !ok {
		return nil, store.ErrNotFound
	}
	m := &Measure{Key: key}
	if err := decode(v, &m.est); err != nil {
		return nil, err
	}
	err = a.ss.ScanState(ctx, measurePrefix+key+"@", func(_ string, v []byte) error {
		var part []Observation
		if err := decode(v, &part); err != nil {
			return err
		}
		m.Observations = append(m.Observations, part...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sortObservations(m.Observations)
	fs, err := a.Findings(ctx, "")
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		if f.Measure == key {
			m.Findings = append(m.Findings, f)
		}
	}
	return m, nil
}

// MeasureSummary is one line of the measure list.
type MeasureSummary struct {
	Key      string   `json:"key"`
	Figures  int      `json:"figures"`
	Origins  int      `json:"origins"`
	Findings int      `json:"findings"`
	Estimate Estimate `json:"estimate"`
	HasEst   bool     `json:"-"`
}

// Measures lists every measure with its estimate.
func (a *Analyzer) Measures(ctx context.Context) ([]MeasureSummary, error) {
	var out []MeasureSummary
	err := a.ss.ScanState(ctx, estPrefix, func(_ string, v []byte) error {
		m := Measure{}
		if err := decode(v, &m.est); err != nil {
			return err
		}
		m.Key = m.est.Measure
		e, ok := m.Estimate()
		out = append(out, MeasureSummary{Key: m.Key, Figures: m.est.Figures, Origins: e.Origins, Estimate: e, HasEst: ok})
		return nil
	})
	if err != nil {
		return nil, err
	}
	fs, err := a.Findings(ctx, "")
	if err != nil {
		return nil, err
	}
	n := map[string]int{}
	for _, f := range fs {
		n[f.Measure]++
	}
	for i := range out {
		out[i].Findings = n[out[i].Key]
	}
	return out, nil
}

// Actor returns the claims resolved to the actor a name stands for
// (through the gazetteer, else its normalised name), with the actors
// within it (the Pentagon's claims for the United States) when
// withMembers.
func (a *Analyzer) Actor(ctx context.Context, name string, withMembers bool) (sumber.Actor, []Claim, error) {
	act, _ := gazetteer.Identify(name)
	ids := []string{act.ID}
	if withMembers {
		for _, x := range gazetteer.Actors() {
			if x.ID != act.ID && gazetteer.Within(x.ID, act.ID) {
				ids = append(ids, x.ID)
			}
		}
	}
	var cls []Claim
	for _, id := range ids {
		err := a.ss.ScanState(ctx, actorPrefix+id+"@", func(_ string, v []byte) error {
			var h ActorHistory
			if err := decode(v, &h); err != nil {
				return err
			}
			cls = append(cls, h.Claims...)
			return nil
		})
		if err != nil {
			return act, nil, err
		}
	}
	sort.SliceStable(cls, func(i, j int) bool {
		if cls[i].Date != cls[j].Date {
			return cls[i].Date < cls[j].Date
		}
		return cls[i].AttributionID < cls[j].AttributionID
	})
	return act, cls, nil
}

// memState is a store.StateStore in memory, for stores without one.
type memState struct {
	mu sync.Mutex
	m  map[string][]byte
}

func newMemState() *memState { return &memState{m: map[string][]byte{}} }

func (s *memState) LoadState(_ context.Context, keys []string) (map[string][]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string][]byte{}
	for _, k := range keys {
		if v, ok := s.m[k]; ok {
			out[k] = v
		}
	}
	return out, nil
}

func (s *memState) ScanState(_ context.Context, prefix string, fn func(string, []byte) error) error {
	s.mu.Lock()
	var keys []string
	for k := range s.m {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	vals := make([][]byte, len(keys))
	for i, k := range keys {
		vals[i] = s.m[k]
	}
	s.mu.Unlock()
	for i, k := range keys {
		if err := fn(k, vals[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s *memState) SaveStateIf(ctx context.Context, guard string, expect []byte, puts map[string][]byte, dels []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cur, ok := s.m[guard]; ok != (expect != nil) || !bytes.Equal(cur, expect) {
		return store.ErrStateChanged
	}
	s.save(puts, dels)
	return nil
}

func (s *memState) SaveState(_ context.Context, puts map[string][]byte, dels []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.save(puts, dels)
	return nil
}

func (s *memState) save(puts map[string][]byte, dels []string) {
	for _, k := range dels {
		delete(s.m, k)
	}
	for k, v := range puts {
		s.m[k] = v
	}
}
