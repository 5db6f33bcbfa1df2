package analyze

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"sumber"
	"sumber/gazetteer"
)

// Thresholds of the findings. They are deliberately conservative: a
// wrong finding costs an analyst more than a missing one.
const (
	// Window is how far apart, in days, two claims may be and still be
	// about the same period.
	Window = 7
	// SiblingWindow is how far apart, in days, two bodies of one root
	// (the NIS and the JCS) may speak and still conflict: they share what
	// they know, so a later figure of one may simply be newer news.
	SiblingWindow = 1
	// ConflictFactor: figures of one measure from independent origins
	// conflict when their ranges are disjoint or their values differ by
	// at least this factor ("more than 1,100" against "about 3,000").
	ConflictFactor = 2.0
	// BoundFactor: bounds or ranges that exclude each other conflict when
	// their values are at least this factor apart.
	BoundFactor = 1.5
	// AgreeFactor: figures agree when their ranges overlap and their
	// values differ by at most this factor.
	AgreeFactor = 1.2
	// ReviseFactor: an origin revised its figure when consecutive
	// values differ by more than this factor.
	ReviseFactor = 1.05
	// About widens "about" figures by this fraction on each side.
	About = 0.10
)

// Item is one piece of evidence of a finding, ready to show.
type Item struct {
	AttributionID int64    `json:"attribution_id"`
	DocumentID    int64    `json:"document_id"`
	Actor         string   `json:"actor"`
	Via           []string `json:"via,omitempty"`
	Date          string   `json:"date"`
	Outlet        string   `json:"outlet,omitempty"`
	// Figure is the figure ("> 1,100") for measure findings, the stance
	// ("deny") for stance findings.
	Figure  string `json:"figure"`
	Content string `json:"content,omitempty"`
}

// Finding is a sumber.Finding with its evidence spelled out.
type Finding struct {
	sumber.Finding
	// Origins names the origins involved, in the order of the
	// explanation.
	Origins []string `json:"origins"`
	Items   []Item   `json:"items"`
	// Proposition names the compared proposition for stance findings.
	Proposition string `json:"proposition,omitempty"`
	// Template names the kind of sentence Explanation is, and Args its
	// parts, so that a user interface can say it in another language
	// (the English sentence is Explanation). An origin's name is given
	// with its relays, each separated by ArgSep. Args by template:
	//
	//   - "conflict.figures": name A, measure key, figures of A, name B,
	//     figures of B, factor ("×2.7" or "far"), first day, last day
	//     ("" when the same);
	//   - "corroboration": name A, figures of A, name B, figures of B,
	//     measure key, first day, last day ("" when the same);
	//   - "revision.raised", "revision.lowered", "revision.revised":
	//     name, measure key, the number of figures not kept ("" when no
	//     note is shown), the step before which the note goes, then the
	//     steps ("> 1,100 (2024-12-23)");
	//   - "conflict.stance": the denying origin, the other origin, its
	//     stance ("assert", "confirm", "claim"), the proposition, first
	//     day, last day ("" when the same);
	//   - "revision.stance": origin, proposition, first stance ("deny",
	//     "assert", "confirm", "claim"), its day, second stance, its day.
	//
	// They are not part of the JSON.
	Template string   `json:"-"`
	Args     []string `json:"-"`
}

func itemOf(o Observation) Item {
	var via []string
	for _, v := range o.Via {
		if v != o.ActorName {
			via = append(via, v)
		}
	}
	return Item{AttributionID: o.AttributionID, DocumentID: o.DocumentID, Actor: o.ActorName, Via: via,
		Date: o.When, Outlet: o.Outlet, Figure: FormatValue(o.Bound, o.Value, o.Low, o.High)}
}

func itemOfStatement(s Statement) Item {
	st := s.Stance
	if s.Timing != "" {
		st += " (" + s.Timing + ")"
	}
	return Item{AttributionID: s.AttributionID, DocumentID: s.DocumentID, Actor: s.ActorName,
		Date: s.When, Outlet: s.Outlet, Figure: st, Content: clip(s.Content, 90)}
}

// usable reports whether an observation may take part in findings: a
// known origin's current, unqualified, affirmative figure with a date.
func usable(o Observation) bool {
	if !o.Known || o.Qualifier != "" || o.Negated || o.Date == "" {
		return false
	}
	switch sumber.Stance(o.Stance) {
	case sumber.Deny, sumber.Neither:
		return false
	}
	return o.Timing == "" || o.Timing == string(sumber.Later)
}

// interval is the range a figure allows, "about" widened by About.
func interval(o Observation) (lo, hi float64) {
	switch sumber.Bound(o.Bound) {
	case sumber.AtLeast, sumber.More:
		return o.Value, math.Inf(1)
	case sumber.AtMost, sumber.Less:
		return 0, o.Value
	case sumber.About:
		return o.Low * (1 - About), o.High * (1 + About)
	}
	return o.Low, o.High
}

func agree(a, b Observation) bool {
	alo, ahi := interval(a)
	blo, bhi := interval(b)
	return alo <= bhi && blo <= ahi && ratio(a.Value, b.Value) <= AgreeFactor
}

// disagree: values ConflictFactor apart, or ranges that exclude each
// other when one of the figures is a bound or a range ("fewer than 500"
// against "more than 1,000") and the values are at least BoundFactor
// apart. Two point estimates closer than ConflictFactor ("about 600",
// "about 1,000") are neither agreement nor conflict.
func disagree(a, b Observation) bool {
	if ratio(a.Value, b.Value) >= ConflictFactor {
		return true
	}
	alo, ahi := interval(a)
	blo, bhi := interval(b)
	return (ahi < blo || bhi < alo) && (isBound(a) || isBound(b)) && ratio(a.Value, b.Value) >= BoundFactor
}

func isBound(o Observation) bool {
	switch sumber.Bound(o.Bound) {
	case sumber.AtLeast, sumber.More, sumber.AtMost, sumber.Less:
		return true
	}
	return o.Low < o.High
}

func day(s string) (int, bool) {
	if len(s) < 10 {
		return 0, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

func near(a, b string) bool { return within(a, b, Window) }

// within reports whether two claim days are at most n days apart.
func within(a, b string, n int) bool {
	da, ok1 := day(a)
	db, ok2 := day(b)
	return ok1 && ok2 && abs(da-db) <= n
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// MeasureFindings computes the conflicts, revisions and corroborations
// within one measure's observations, as an update of an empty state
// would (see engine.go for how updates find them incrementally).
//
//   - conflict: two independent origins (see Observation.Independence)
//     give figures within Window days of each other that disagree
//     (values ConflictFactor apart, or bounds and ranges that exclude
//     each other; see disagree), and no pair of their figures within
//     Window days agrees. Two bodies of one root, neither part of the
//     other (the NIS and the JCS), conflict when they disagree within
//     SiblingWindow days; their agreement is no corroboration.
//   - corroboration: two independent origins give agreeing figures
//     within Window days. Copies of one story, one wire story, a
//     translation, and one origin relayed by many are one origin.
//   - revision: one origin (a person counts as the body it speaks for)
//     states different values on different days; days on which its
//     figures disagree among themselves are left out.
func MeasureFindings(key string, all []Observation) []Finding {
	e := newEngine(nil)
	obs := append([]Observation(nil), all...)
	sort.SliceStable(obs, func(i, j int) bool {
		if obs[i].Date != obs[j].Date {
			return obs[i].Date < obs[j].Date
		}
		return obs[i].AttributionID < obs[j].AttributionID
	})
	for _, o := range obs {
		o.Measure = key
		if err := e.addObservation(o); err != nil {
			return nil
		}
		if err := e.applyPairs(); err != nil {
			return nil
		}
	}
	return e.findings()
}

// findings assembles the findings of the loaded state.
func (e *engine) findings() []Finding {
	var out []Finding
	for _, k := range sortedKeys(e.obj) {
		switch v := e.obj[k].(type) {
		case *PairState:
			if f, ok := pairFinding(v); ok {
				out = append(out, f)
			}
		case *Series:
			if f, ok := seriesRevision(v); ok {
				out = append(out, f)
			}
		case *StancePair:
			out = append(out, stanceConflict(v))
		case *StanceSeries:
			if f, ok := stanceRevision(v); ok {
				out = append(out, f)
			}
		}
	}
	sortFindings(out)
	return out
}

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// pairFinding turns a pair state into a corroboration (when any of their
// figures agree) or a conflict.
func pairFinding(ps *PairState) (Finding, bool) {
	kind, ev := sumber.Corroboration, ps.Agree
	if ps.AgreeN == 0 || ps.ByOrigin {
		if ps.ConflictN == 0 {
			return Finding{}, false
		}
		kind, ev = sumber.Conflict, ps.Conflict
	}
	var ea, eb []Observation
	for _, o := range ev {
		if ps.side(o) == ps.A {
			ea = append(ea, o)
		} else {
			eb = append(eb, o)
		}
	}
	if len(ea) == 0 || len(eb) == 0 {
		return Finding{}, false
	}
	key := ps.Measure
	// The lower side first.
	if median(values(ea)) > median(values(eb)) {
		ea, eb = eb, ea
	}
	oa, ob := originOf(ea), originOf(eb)
	na, nb := oa.String(), ob.String()
	f := Finding{Finding: sumber.Finding{Kind: kind, Measure: key}, Origins: []string{na, nb}}
	for _, o := range append(append([]Observation{}, ea...), eb...) {
		f.Evidence = append(f.Evidence, o.AttributionID)
		f.Items = append(f.Items, itemOf(o))
	}
	fa, fb := figureList(ea), figureList(eb)
	what := MeasurePhrase(key)
	switch kind {
	case sumber.Conflict:
		r := ratio(median(values(ea)), median(values(eb)))
		f.Explanation = fmt.Sprintf("%s puts %s at %s while %s puts it at %s, %s apart in the same period (%s).",
			na, what, fa, nb, fb, factorText(r), period(ea, eb))
		lo, hi := periodDays(ea, eb)
		f.Template, f.Args = "conflict.figures", []string{oa.arg(), key, fa, ob.arg(), fb, factorText(r), lo, hi}
	case sumber.Corroboration:
		f.Explanation = fmt.Sprintf("%s (%s) and %s (%s) independently agree on %s (%s).",
			na, fa, nb, fb, what, period(ea, eb))
		lo, hi := periodDays(ea, eb)
		f.Template, f.Args = "corroboration", []string{oa.arg(), fa, ob.arg(), fb, key, lo, hi}
	}
	return f, true
}

func factorText(r float64) string {
	if math.IsInf(r, 0) || r > 100 {
		return "far"
	}
	return "×" + strconv.FormatFloat(math.Round(r*10)/10, 'f', -1, 64)
}

func values(obs []Observation) []float64 {
	var v []float64
	for _, o := range obs {
		v = append(v, o.Value)
	}
	return v
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// origin is who a group of observations speaks for: the body, and the
// speakers it came through when they are not it.
type origin struct {
	name string
	via  []string
}

// String says an origin in English: "NAME via A, B".
func (o origin) String() string {
	if len(o.via) == 0 {
		return o.name
	}
	return o.name + " via " + strings.Join(o.via, ", ")
}

// ArgSep separates an origin's name from its relays in a finding's Args
// ("NAME" ArgSep "A" ArgSep "B"), so that a user interface can name each
// in its language without parsing English.
const ArgSep = "\x1f"

// arg is the origin as one of a finding's Args.
func (o origin) arg() string {
	return strings.Join(append([]string{o.name}, o.via...), ArgSep)
}

// originOf names the origin of a group of observations: the body they
// speak for, with the speakers when they differ from it (at most two).
func originOf(obs []Observation) origin {
	if len(obs) == 0 {
		return origin{}
	}
	name := obs[0].Origin
	if a, ok := gazetteer.ActorByID(name); ok {
		name = a.Name
	} else {
		name = obs[0].ActorName
	}
	seen := map[string]bool{}
	var via []string
	for _, o := range obs {
		for _, v := range o.Via {
			if !seen[v] && v != name {
				seen[v] = true
				via = append(via, v)
			}
		}
	}
	if len(via) > 2 {
		via = nil
	}
	return origin{name, via}
}

// figureList lists distinct figures of a group: "> 1,100 (23 Dec)".
func figureList(obs []Observation) string {
	seen := map[string]bool{}
	var parts []string
	for _, o := range obs {
		s := FormatValue(o.Bound, o.Value, o.Low, o.High)
		if seen[s] {
			continue
		}
		seen[s] = true
		parts = append(parts, s)
	}
	return strings.Join(parts, " / ")
}

func period(a, b []Observation) string {
	lo, hi := periodDays(a, b)
	if hi == "" {
		return lo
	}
	return lo + " to " + hi
}

// periodDays gives the first and last day of two groups, hi "" when
// they are the same.
func periodDays(a, b []Observation) (lo, hi string) {
	for _, o := range append(append([]Observation{}, a...), b...) {
		if lo == "" || o.Date < lo {
			lo = o.When
		}
		if o.Date > hi {
			hi = o.When
		}
	}
	if lo == hi {
		return lo, ""
	}
	return lo, hi
}

// seriesRevision finds whether an origin's figure changed over time:
// days on which its figures disagree among themselves are left out,
// then consecutive values more than ReviseFactor apart are changes.
func seriesRevision(s *Series) (Finding, bool) {
	type step struct {
		rep Observation
		all []Observation
	}
	var steps []step
	for _, p := range s.Points {
		consistent := len(p.Obs) > 0
		for _, o := range p.Obs {
			if ratio(o.Value, p.Obs[0].Value) > ReviseFactor {
				consistent = false
			}
		}
		if consistent {
			steps = append(steps, step{rep: p.Obs[0], all: p.Obs})
		}
	}
	var kept []step
	for _, st := range steps {
		if len(kept) > 0 && ratio(kept[len(kept)-1].rep.Value, st.rep.Value) <= ReviseFactor {
			kept[len(kept)-1].all = append(kept[len(kept)-1].all, st.all...)
			continue
		}
		kept = append(kept, st)
	}
	if len(kept) < 2 {
		return Finding{}, false
	}
	var parts []string
	var series []Observation
	f := Finding{Finding: sumber.Finding{Kind: sumber.Revision, Measure: s.Measure}}
	for _, st := range kept {
		parts = append(parts, FormatValue(st.rep.Bound, st.rep.Value, st.rep.Low, st.rep.High)+" ("+st.rep.When+")")
		for _, o := range st.all {
			f.Evidence = append(f.Evidence, o.AttributionID)
			f.Items = append(f.Items, itemOf(o))
			series = append(series, o)
		}
	}
	or := originOf(series)
	name := or.String()
	f.Origins = []string{name}
	dir := "revised"
	if first, last := kept[0].rep.Value, kept[len(kept)-1].rep.Value; last > first {
		dir = "raised"
	} else if last < first {
		dir = "lowered"
	}
	f.Template, f.Args = "revision."+dir, []string{or.arg(), s.Measure, "", ""}
	if s.Dropped > 0 && len(parts) > firstPoints {
		f.Args[2], f.Args[3] = strconv.Itoa(s.Dropped), strconv.Itoa(firstPoints)
	}
	f.Args = append(f.Args, parts...)
	if s.Dropped > 0 && len(parts) > firstPoints {
		parts = append(parts[:firstPoints], append([]string{fmt.Sprintf("… (%d figures not kept) …", s.Dropped)}, parts[firstPoints:]...)...)
	}
	f.Explanation = fmt.Sprintf("%s %s its figure for %s: %s.", name, dir, MeasurePhrase(s.Measure), strings.Join(parts, " → "))
	return f, true
}

func positive(s Statement) bool {
	switch sumber.Stance(s.Stance) {
	case sumber.Assert, sumber.Confirm, sumber.Claim:
		return !s.Negated
	}
	return false
}

func negative(s Statement) bool { return sumber.Stance(s.Stance) == sumber.Deny && !s.Negated }

// sameProposition reports whether two statements of one bucket state the
// same proposition: the actors one names are all named by the other,
// and at least min of them.
func sameProposition(a, b Statement, minActors int) bool {
	small, large := a.Actors, b.Actors
	if len(small) > len(large) {
		small, large = large, small
	}
	if len(small) < minActors {
		return false
	}
	set := map[string]bool{}
	for _, x := range large {
		set[x] = true
	}
	for _, x := range small {
		if !set[x] {
			return false
		}
	}
	return true
}

// StanceFindings compares statements of one proposition bucket, as an
// update of an empty state would.
//
//   - conflict: an origin asserts or confirms what another denies,
//     within Window days, both current (not recalled earlier
//     positions), naming the same two or more actors.
//   - revision: one origin (by root: a government and its ministries)
//     denies and later asserts or confirms (or the reverse); recalled
//     positions count only with a stated date.
func StanceFindings(bucket string, all []Statement) []Finding {
	e := newEngine(nil)
	sts := append([]Statement(nil), all...)
	sort.SliceStable(sts, func(i, j int) bool {
		if sts[i].Date != sts[j].Date {
			return sts[i].Date < sts[j].Date
		}
		return sts[i].AttributionID < sts[j].AttributionID
	})
	for _, s := range sts {
		s.Bucket = bucket
		if err := e.addStatement(s); err != nil {
			return nil
		}
	}
	return e.findings()
}

func stanceConflict(x *StancePair) Finding {
	ev := append([]Statement(nil), x.Evid...)
	sort.SliceStable(ev, func(i, j int) bool {
		if ev[i].Date != ev[j].Date {
			return ev[i].Date < ev[j].Date
		}
		return ev[i].AttributionID < ev[j].AttributionID
	})
	var pos, neg []Statement
	for _, s := range ev {
		if positive(s) {
			pos = append(pos, s)
		} else {
			neg = append(neg, s)
		}
	}
	f := Finding{Finding: sumber.Finding{Kind: sumber.Conflict}, Proposition: propositionText(x.Bucket, ev)}
	f.Origins = []string{rootName(x.Neg), rootName(x.Pos)}
	for _, s := range append(neg, pos...) {
		f.Evidence = append(f.Evidence, s.AttributionID)
		f.Items = append(f.Items, itemOfStatement(s))
	}
	when, last := ev[0].When, ev[len(ev)-1].When
	if last == when {
		last = ""
	}
	f.Args = []string{rootName(x.Neg), rootName(x.Pos), string(sumber.Assert), f.Proposition, when, last}
	if last != "" {
		when += " to " + last
	}
	v := "asserts"
	if len(pos) > 0 {
		v = verb(pos[0].Stance)
		f.Args[2] = stanceKey(pos[0].Stance)
	}
	f.Template = "conflict.stance"
	f.Explanation = fmt.Sprintf("%s denies what %s %s (%s), in the same period (%s).",
		rootName(x.Neg), rootName(x.Pos), v, f.Proposition, when)
	return f
}

// stanceRevision finds the first change of sign in a root's stances on
// one proposition, between statements on different days.
func stanceRevision(ss *StanceSeries) (Finding, bool) {
	var sts []Statement
	for _, d := range ss.Days {
		sts = append(sts, d.Sts...)
	}
	for i := range sts {
		for j := i + 1; j < len(sts); j++ {
			a, b := sts[i], sts[j]
			if positive(a) == positive(b) || a.Date >= b.Date || !sameProposition(a, b, 1) {
				continue
			}
			var ev []Statement
			for _, s := range sts {
				if !sameProposition(s, b, 1) {
					continue
				}
				if positive(s) == positive(a) && s.Date < b.Date || positive(s) == positive(b) && s.Date >= b.Date {
					ev = append(ev, s)
				}
			}
			f := Finding{Finding: sumber.Finding{Kind: sumber.Revision}, Origins: []string{rootName(ss.Root)}, Proposition: propositionText(ss.Bucket, ev)}
			for _, s := range ev {
				f.Evidence = append(f.Evidence, s.AttributionID)
				f.Items = append(f.Items, itemOfStatement(s))
			}
			f.Explanation = fmt.Sprintf("%s changed its position on %s: %s (%s), then %s (%s).",
				rootName(ss.Root), f.Proposition, stanceWord(a), a.When, stanceWord(b), b.When)
			f.Template = "revision.stance"
			f.Args = []string{rootName(ss.Root), f.Proposition, stanceWordKey(a), a.When, stanceWordKey(b), b.When}
			return f, true
		}
	}
	return Finding{}, false
}

// sortFindings orders conflicts, revisions, corroborations, each by
// measure or proposition, then origins.
func sortFindings(out []Finding) {
	rank := map[sumber.FindingKind]int{sumber.Conflict: 0, sumber.Revision: 1, sumber.Corroboration: 2}
	sort.SliceStable(out, func(i, j int) bool {
		if rank[out[i].Kind] != rank[out[j].Kind] {
			return rank[out[i].Kind] < rank[out[j].Kind]
		}
		if out[i].Measure != out[j].Measure {
			return out[i].Measure < out[j].Measure
		}
		if out[i].Proposition != out[j].Proposition {
			return out[i].Proposition < out[j].Proposition
		}
		return strings.Join(out[i].Origins, "|") < strings.Join(out[j].Origins, "|")
	})
}

func appendStatement(list []Statement, s Statement) []Statement {
	for _, x := range list {
		if x.AttributionID == s.AttributionID {
			return list
		}
	}
	return append(list, s)
}

func known(id string) bool { _, ok := gazetteer.ActorByID(id); return ok }

func rootName(id string) string {
	if a, ok := gazetteer.ActorByID(id); ok {
		return a.Name
	}
	return strings.TrimPrefix(id, "name:")
}

func verb(stance string) string {
	switch sumber.Stance(stance) {
	case sumber.Confirm:
		return "confirms"
	case sumber.Claim:
		return "claims"
	}
	return "asserts"
}

// stanceKey is the stance verb's key ("assert", "confirm", "claim") as
// verb words it.
func stanceKey(stance string) string {
	switch sumber.Stance(stance) {
	case sumber.Confirm, sumber.Claim:
		return stance
	}
	return string(sumber.Assert)
}

// stanceWordKey is the stance's key ("deny", "assert", "confirm",
// "claim") as stanceWord words it.
func stanceWordKey(s Statement) string {
	if negative(s) {
		return string(sumber.Deny)
	}
	return stanceKey(s.Stance)
}

func stanceWord(s Statement) string {
	if negative(s) {
		return "denied"
	}
	switch sumber.Stance(s.Stance) {
	case sumber.Confirm:
		return "confirmed"
	case sumber.Claim:
		return "claimed"
	}
	return "asserted"
}

// propositionText describes a proposition: "DEPLOY+TROOPS: North Korea,
// Russia".
func propositionText(bucket string, ev []Statement) string {
	seen := map[string]bool{}
	var names []string
	small := ev[0].Actors
	for _, s := range ev {
		if len(s.Actors) < len(small) {
			small = s.Actors
		}
	}
	for _, a := range small {
		if n := rootName(a); !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	c := strings.ToLower(strings.ReplaceAll(bucket, "+", " "))
	return c + " (" + strings.Join(names, ", ") + ")"
}

// MeasurePhrase reads a measure key as words: "north-korea/troops/
// killed-or-wounded" → "North Korea troops killed-or-wounded".
func MeasurePhrase(key string) string {
	parts := strings.SplitN(key, "/", 3)
	if len(parts) != 3 {
		return key
	}
	subj := parts[0]
	for _, a := range gazetteer.Actors() {
		if strings.ReplaceAll(gazetteer.Fold(a.Name), " ", "-") == subj {
			subj = a.Name
			break
		}
	}
	return subj + " " + parts[1] + " " + parts[2]
}

// FormatValue writes a figure: "> 1,100", "≈ 3,000", "100–999".
func FormatValue(bound string, v, lo, hi float64) string {
	sym := map[string]string{"=": "", "~": "≈ ", ">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< "}[bound]
	if lo < hi && lo > 0 && bound != ">" && bound != ">=" && bound != "<" && bound != "<=" {
		return sym + group(lo) + "–" + group(hi)
	}
	return sym + group(v)
}

func group(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	s := strconv.FormatInt(int64(math.Abs(v)), 10)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
