package analyze

import (
	"encoding/json"
	"sort"
	"strings"
	"time"

	"sumber/gazetteer"
)

// The analysis state is split so that adding a document costs time in
// proportion to what it adds and to the figures of the same measures in
// the same weeks, never to the whole ledger:
//
//	m:<measure>@<week>           observations of one measure in one week
//	                             (week = its Monday, YYYY-MM-DD)
//	c:<measure>|<root>|<root>    agreements and disagreements between two
//	                             origins (by root) on one measure; or
//	c:<measure>|<orig>|<orig>    the disagreements of two bodies of one
//	                             root (PairState.ByOrigin)
//	r:<measure>|<origin>         one origin's figures by claim day
//	e:<measure>                  each origin's (by root) latest figure
//	                             and the measure's figure count
//	p:<bucket>@<week>            statements of one proposition bucket
//	x:<bucket>|<neg>|<pos>       one root denying what another asserts
//	s:<bucket>|<root>            one root's stances by claim day
//	a:<actor>@<YYYY-MM-DD>       one actor's claims on one day
//	meta                         the watermark
//
// A new observation is compared only with the observations of its
// measure within Window days (three week partitions); findings are
// assembled from the c:, r:, x: and s: states when read. Evidence lists
// are capped at maxEvidence per side; counts are kept in full.
const (
	measurePrefix = "m:"
	pairPrefix    = "c:"
	seriesPrefix  = "r:"
	estPrefix     = "e:"
	propPrefix    = "p:"
	xPrefix       = "x:"
	stancePrefix  = "s:"
	actorPrefix   = "a:"
	metaKey       = "meta"
)

// maxEvidence caps the evidence kept per side of a finding and per
// stance day; maxPointObs the figures kept per day of a series;
// maxPoints the days kept per series (the first firstPoints and the
// latest), so that a long-running origin's series stays bounded.
const (
	maxEvidence = 12
	maxPointObs = 4
	maxPoints   = 64
	firstPoints = 8
)

// PairState is what two independent origins said on one measure within
// Window days of each other; or, when ByOrigin, where two bodies of one
// root (South Korea's NIS and JCS, a province's governor and the
// national disaster agency) disagreed: they are not independent, so
// their agreement proves nothing, but their disagreement is a conflict.
type PairState struct {
	Measure    string        `json:"measure"`
	A          string        `json:"a"`
	B          string        `json:"b"`
	ByOrigin   bool          `json:"by_origin,omitempty"` // A and B are origins of one root, not roots
	Agree      []Observation `json:"agree,omitempty"`
	AgreeN     int           `json:"agree_n,omitempty"`
	Conflict   []Observation `json:"conflict,omitempty"`
	ConflictN  int           `json:"conflict_n,omitempty"`
	FirstAgree string        `json:"first_agree,omitempty"`
}

// Point is one day of an origin's figures.
type Point struct {
	Date string        `json:"date"`
	Obs  []Observation `json:"obs"`
	N    int           `json:"n"`
}

// Series is one origin's figures for one measure, by day.
type Series struct {
	Measure string  `json:"measure"`
	Origin  string  `json:"origin"`
	Points  []Point `json:"points"`
	// Dropped counts the figures of days dropped from the middle of a
	// long series (see maxPoints).
	Dropped int `json:"dropped,omitempty"`
}

// EstimateState keeps, per independent origin, its latest usable figure.
type EstimateState struct {
	Measure string                 `json:"measure"`
	Figures int                    `json:"figures"`
	Latest  map[string]Observation `json:"latest"`
	// Pairs flags each pair state of the measure (hasAgree, agreeFull,
	// hasConflict, conflictFull), so that saturated pairs are not loaded.
	Pairs map[string]uint8 `json:"pairs,omitempty"`
}

// StancePair is one root denying what another asserts, within Window
// days, about one proposition.
type StancePair struct {
	Bucket string      `json:"bucket"`
	Neg    string      `json:"neg"`
	Pos    string      `json:"pos"`
	Evid   []Statement `json:"evidence"`
	N      int         `json:"n"`
}

// StanceDay is one day of a root's stances.
type StanceDay struct {
	Date string      `json:"date"`
	Sts  []Statement `json:"statements"`
}

// StanceSeries is one root's stances on one proposition bucket by day.
type StanceSeries struct {
	Bucket string      `json:"bucket"`
	Root   string      `json:"root"`
	Days   []StanceDay `json:"days"`
}

// week returns the Monday of a claim day ("2024-12-25" → "2024-12-23").
func week(date string) string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return "0000-00-00"
	}
	wd := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -wd).Format("2006-01-02")
}

// weeksAround lists the week partitions Window days around a date.
func weeksAround(date string) []string {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return []string{week(date)}
	}
	seen := map[string]bool{}
	var out []string
	for _, d := range []int{-Window, 0, Window} {
		w := week(t.AddDate(0, 0, d).Format("2006-01-02"))
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

func pairKey(measure, a, b string) string {
	if b < a {
		a, b = b, a
	}
	return pairPrefix + measure + "|" + a + "|" + b
}

// engine holds the loaded state of one update step.
type engine struct {
	vals   map[string][]byte // as loaded
	obj    map[string]any    // decoded, by key
	dirty  map[string]bool
	events []pairEvent // measure comparisons waiting for their pair states
}

func newEngine(vals map[string][]byte) *engine {
	return &engine{vals: vals, obj: map[string]any{}, dirty: map[string]bool{}}
}

// get decodes key into a new value made by mk, once.
func get[T any](e *engine, key string, mk func() *T) (*T, error) {
	if v, ok := e.obj[key]; ok {
		return v.(*T), nil
	}
	x := mk()
	if b, ok := e.vals[key]; ok {
		if err := decode(b, x); err != nil {
			return nil, err
		}
	}
	e.obj[key] = x
	return x, nil
}

func (e *engine) touch(key string) { e.dirty[key] = true }

// puts encodes the changed state.
func (e *engine) puts() (map[string][]byte, error) {
	out := make(map[string][]byte, len(e.dirty))
	for k := range e.dirty {
		b, err := json.Marshal(e.obj[k])
		if err != nil {
			return nil, err
		}
		out[k] = b
	}
	return out, nil
}

// neededKeys lists the state keys an update with these observations,
// statements and claims must load first (before pair keys are known).
func neededKeys(obs []Observation, sts []Statement, cls []Claim) []string {
	set := map[string]bool{}
	for _, o := range obs {
		for _, w := range weeksAround(o.Date) {
			set[measurePrefix+o.Measure+"@"+w] = true
		}
		set[seriesPrefix+o.Measure+"|"+o.Origin] = true
		set[estPrefix+o.Measure] = true
	}
	for _, s := range sts {
		for _, w := range weeksAround(s.Date) {
			set[propPrefix+s.Bucket+"@"+w] = true
		}
		set[stancePrefix+s.Bucket+"|"+s.Root] = true
	}
	for _, c := range cls {
		set[actorPrefix+c.Actor+"@"+c.Date] = true
	}
	return keys(set)
}

func keys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// stancePairKeys lists the stance pair states the new statements may
// touch: every root in the loaded week partitions and among the new
// statements, against each new statement's root.
func stancePairKeys(e *engine, sts []Statement) ([]string, error) {
	set := map[string]bool{}
	batchRoots := map[string]map[string]bool{} // bucket → roots among the new statements
	for _, s := range sts {
		if batchRoots[s.Bucket] == nil {
			batchRoots[s.Bucket] = map[string]bool{}
		}
		batchRoots[s.Bucket][s.Root] = true
	}
	for _, s := range sts {
		if !stanceUsable(s) || !currentStance(s) {
			continue
		}
		roots := map[string]bool{}
		for _, w := range weeksAround(s.Date) {
			part, err := get(e, propPrefix+s.Bucket+"@"+w, func() *[]Statement { return &[]Statement{} })
			if err != nil {
				return nil, err
			}
			for _, p := range *part {
				roots[p.Root] = true
			}
		}
		for r := range batchRoots[s.Bucket] {
			roots[r] = true
		}
		for r := range roots {
			if r != s.Root {
				set[xPrefix+s.Bucket+"|"+r+"|"+s.Root] = true
				set[xPrefix+s.Bucket+"|"+s.Root+"|"+r] = true
			}
		}
	}
	return keys(set), nil
}

// addObservation compares o with the observations of its measure within
// Window days, records agreements and disagreements, and files o in its
// week, its origin's series and the measure's estimate.
func (e *engine) addObservation(o Observation) error {
	if usable(o) {
		for _, w := range weeksAround(o.Date) {
			key := measurePrefix + o.Measure + "@" + w
			part, err := get(e, key, func() *[]Observation { return &[]Observation{} })
			if err != nil {
				return err
			}
			for _, p := range *part {
				// Independent: other roots, and not one story (a
				// syndicated copy naming another outlet). Two bodies of
				// one root, neither part of the other, only disagree.
				byOrigin := p.Root == o.Root && siblings(o, p) && within(p.Date, o.Date, SiblingWindow)
				if !usable(p) || (p.Root == o.Root || p.Independence == o.Independence) && !byOrigin || !near(p.Date, o.Date) {
					continue
				}
				ag, dis := agree(o, p), false
				if !ag {
					dis = disagree(o, p)
				}
				if !ag && !dis || ag && byOrigin {
					continue
				}
				pk := pairKey(o.Measure, o.Root, p.Root)
				if byOrigin {
					pk = pairKey(o.Measure, o.Origin, p.Origin)
				}
				est, err := get(e, estPrefix+o.Measure, func() *EstimateState { return &EstimateState{Measure: o.Measure} })
				if err != nil {
					return err
				}
				// Saturated pairs need no loading: once two origins agree,
				// their conflicts do not matter; full evidence lists only
				// count.
				f := est.Pairs[pk]
				if ag && f&agreeFull != 0 || !ag && (f&hasAgree != 0 || f&conflictFull != 0) {
					continue
				}
				e.events = append(e.events, pairEvent{key: pk, o: o, p: p, agree: ag, byOrigin: byOrigin})
			}
		}
	}
	key := measurePrefix + o.Measure + "@" + week(o.Date)
	part, err := get(e, key, func() *[]Observation { return &[]Observation{} })
	if err != nil {
		return err
	}
	*part = append(*part, o)
	e.touch(key)
	if usable(o) {
		sk := seriesPrefix + o.Measure + "|" + o.Origin
		s, err := get(e, sk, func() *Series { return &Series{Measure: o.Measure, Origin: o.Origin} })
		if err != nil {
			return err
		}
		s.add(o)
		e.touch(sk)
	}
	ek := estPrefix + o.Measure
	est, err := get(e, ek, func() *EstimateState { return &EstimateState{Measure: o.Measure} })
	if err != nil {
		return err
	}
	est.Figures++
	if usable(o) {
		if est.Latest == nil {
			est.Latest = map[string]Observation{}
		}
		if p, ok := est.Latest[o.Root]; !ok || o.Date > p.Date || o.Date == p.Date && o.AttributionID > p.AttributionID {
			// One story counts once, whichever outlet its copies name.
			if strings.HasPrefix(o.Independence, "story:") {
				for r, q := range est.Latest {
					if q.Independence == o.Independence && r != o.Root {
						delete(est.Latest, r)
					}
				}
			}
			est.Latest[o.Root] = o
		}
	}
	e.touch(ek)
	return nil
}

// Pair flags kept in EstimateState.Pairs.
const (
	hasAgree     = 1
	agreeFull    = 2
	hasConflict  = 4
	conflictFull = 8
)

// pairEvent is an agreement or disagreement found by addObservation,
// applied to its pair state by applyPairs once the states are loaded.
type pairEvent struct {
	key      string
	o, p     Observation
	agree    bool
	byOrigin bool
}

// pendingPairKeys lists the pair states the recorded events need.
func (e *engine) pendingPairKeys() []string {
	set := map[string]bool{}
	for _, ev := range e.events {
		set[ev.key] = true
	}
	return keys(set)
}

// applyPairs applies the recorded events to their pair states (which
// must be loaded) and updates the pair flags.
func (e *engine) applyPairs() error {
	for _, ev := range e.events {
		o, p := ev.o, ev.p
		ps, err := get(e, ev.key, func() *PairState { return &PairState{} })
		if err != nil {
			return err
		}
		if ps.Measure == "" {
			ps.Measure, ps.ByOrigin = o.Measure, ev.byOrigin
			ps.A, ps.B = ps.side(o), ps.side(p)
			if ps.B < ps.A {
				ps.A, ps.B = ps.B, ps.A
			}
		}
		if ev.agree {
			ps.AgreeN++
			ps.Agree = ps.addEvidence(ps.Agree, o, p)
		} else {
			ps.ConflictN++
			ps.Conflict = ps.addEvidence(ps.Conflict, o, p)
		}
		e.touch(ev.key)
		est, err := get(e, estPrefix+o.Measure, func() *EstimateState { return &EstimateState{Measure: o.Measure} })
		if err != nil {
			return err
		}
		if est.Pairs == nil {
			est.Pairs = map[string]uint8{}
		}
		var f uint8
		if ps.AgreeN > 0 {
			f |= hasAgree
			if ps.full(ps.Agree) {
				f |= agreeFull
			}
		}
		if ps.ConflictN > 0 {
			f |= hasConflict
			if ps.full(ps.Conflict) {
				f |= conflictFull
			}
		}
		est.Pairs[ev.key] = f
		e.touch(estPrefix + o.Measure)
	}
	e.events = nil
	return nil
}

// siblings reports whether two observations of one root come from
// different origins neither of which is part of the other (the NIS and
// the JCS; not "South Korea" and its JCS, which often is the same
// statement told at two levels).
func siblings(o, p Observation) bool {
	return o.Origin != "" && p.Origin != "" && o.Origin != p.Origin && o.Known && p.Known &&
		!gazetteer.Within(o.Origin, p.Origin) && !gazetteer.Within(p.Origin, o.Origin)
}

// side is the side of a pair an observation is on: its root, or its
// origin in a pair of one root's origins.
func (ps *PairState) side(o Observation) string {
	if ps.ByOrigin {
		return o.Origin
	}
	return o.Root
}

// full reports whether both sides of an evidence list are at the cap.
func (ps *PairState) full(list []Observation) bool {
	na := 0
	for _, o := range list {
		if ps.side(o) == ps.A {
			na++
		}
	}
	return na >= maxEvidence && len(list)-na >= maxEvidence
}

// addEvidence adds the pair (o, p) to a capped evidence list, keeping
// side A's observations before side B's and no attribution twice.
func (ps *PairState) addEvidence(list []Observation, o, p Observation) []Observation {
	a := ps.A
	for _, x := range []Observation{o, p} {
		dup := false
		for _, y := range list {
			if y.AttributionID == x.AttributionID && y.Ord == x.Ord {
				dup = true
				break
			}
		}
		side := 0
		for _, y := range list {
			if ps.side(y) == ps.side(x) {
				side++
			}
		}
		if !dup && side < maxEvidence {
			list = append(list, x)
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		ai, aj := ps.side(list[i]) == a, ps.side(list[j]) == a
		if ai != aj {
			return ai
		}
		if list[i].Date != list[j].Date {
			return list[i].Date < list[j].Date
		}
		return list[i].AttributionID < list[j].AttributionID
	})
	return list
}

func (s *Series) add(o Observation) {
	i := sort.Search(len(s.Points), func(i int) bool { return s.Points[i].Date >= o.Date })
	if i == len(s.Points) || s.Points[i].Date != o.Date {
		s.Points = append(s.Points, Point{})
		copy(s.Points[i+1:], s.Points[i:])
		s.Points[i] = Point{Date: o.Date}
	}
	p := &s.Points[i]
	p.N++
	if len(p.Obs) < maxPointObs {
		p.Obs = append(p.Obs, o)
	}
	if len(s.Points) > maxPoints {
		s.Dropped += s.Points[firstPoints].N
		s.Points = append(s.Points[:firstPoints], s.Points[firstPoints+1:]...)
	}
}

func stanceUsable(s Statement) bool {
	if s.Actor == "" || strings.HasPrefix(s.Actor, "name:") && !known(s.Actor) {
		return false
	}
	return positive(s) || negative(s)
}

func currentStance(s Statement) bool { return s.Timing == "" || s.Timing == "later" }

// addStatement compares s with the statements of its bucket within
// Window days from other roots (assert or confirm against deny) and
// files it in its week and its root's stance series.
func (e *engine) addStatement(s Statement) error {
	if stanceUsable(s) && currentStance(s) {
		for _, w := range weeksAround(s.Date) {
			part, err := get(e, propPrefix+s.Bucket+"@"+w, func() *[]Statement { return &[]Statement{} })
			if err != nil {
				return err
			}
			for _, p := range *part {
				if !stanceUsable(p) || !currentStance(p) || p.Root == s.Root || positive(p) == positive(s) ||
					!near(p.Date, s.Date) || !sameProposition(p, s, 2) {
					continue
				}
				neg, pos := p, s
				if negative(s) {
					neg, pos = s, p
				}
				xk := xPrefix + s.Bucket + "|" + neg.Root + "|" + pos.Root
				x, err := get(e, xk, func() *StancePair { return &StancePair{Bucket: s.Bucket, Neg: neg.Root, Pos: pos.Root} })
				if err != nil {
					return err
				}
				x.N++
				for _, st := range []Statement{neg, pos} {
					if len(x.Evid) < 2*maxEvidence {
						x.Evid = appendStatement(x.Evid, st)
					}
				}
				e.touch(xk)
			}
		}
	}
	key := propPrefix + s.Bucket + "@" + week(s.Date)
	part, err := get(e, key, func() *[]Statement { return &[]Statement{} })
	if err != nil {
		return err
	}
	*part = append(*part, s)
	e.touch(key)
	if stanceUsable(s) && (currentStance(s) || s.Dated) {
		sk := stancePrefix + s.Bucket + "|" + s.Root
		ss, err := get(e, sk, func() *StanceSeries { return &StanceSeries{Bucket: s.Bucket, Root: s.Root} })
		if err != nil {
			return err
		}
		i := sort.Search(len(ss.Days), func(i int) bool { return ss.Days[i].Date >= s.Date })
		if i == len(ss.Days) || ss.Days[i].Date != s.Date {
			ss.Days = append(ss.Days, StanceDay{})
			copy(ss.Days[i+1:], ss.Days[i:])
			ss.Days[i] = StanceDay{Date: s.Date}
		}
		d := &ss.Days[i]
		n := 0
		for _, x := range d.Sts {
			if positive(x) == positive(s) {
				n++
			}
		}
		if n < maxEvidence {
			d.Sts = append(d.Sts, s)
		}
		ss.trim()
		e.touch(sk)
	}
	return nil
}

// trim bounds a stance series: per sign, the earliest and the latest
// maxEvidence statements are kept (a change of position needs an early
// statement of one sign and a later one of the other).
func (ss *StanceSeries) trim() {
	n := 0
	for _, d := range ss.Days {
		n += len(d.Sts)
	}
	if n <= 4*maxEvidence {
		return
	}
	keep := map[int64]bool{}
	for _, sign := range []bool{true, false} {
		var list []Statement
		for _, d := range ss.Days {
			for _, s := range d.Sts {
				if positive(s) == sign {
					list = append(list, s)
				}
			}
		}
		for i, s := range list {
			if i < maxEvidence || i >= len(list)-maxEvidence {
				keep[s.AttributionID] = true
			}
		}
	}
	days := ss.Days[:0]
	for _, d := range ss.Days {
		sts := d.Sts[:0]
		for _, s := range d.Sts {
			if keep[s.AttributionID] {
				sts = append(sts, s)
			}
		}
		if d.Sts = sts; len(sts) > 0 {
			days = append(days, d)
		}
	}
	ss.Days = days
}

func (e *engine) addClaim(c Claim) error {
	key := actorPrefix + c.Actor + "@" + c.Date
	h, err := get(e, key, func() *ActorHistory { return &ActorHistory{Actor: c.Actor} })
	if err != nil {
		return err
	}
	h.Claims = append(h.Claims, c)
	e.touch(key)
	return nil
}
