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

func near(a, b string) bool {
	da, ok1 := day(a)
	db, ok2 := day(b)
	return ok1 && ok2 && abs(da-db) <= Window
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// MeasureFindings computes the conflicts, revisions and corroborations
// within one measure's observations.
//
//   - conflict: two independent origins (see Observation.Independence)
//     give figures within Window days of each other that disagree
//     (values ConflictFactor apart, or bounds and ranges that exclude
//     each other; see disagree), and no pair of their figures in that
//     period agrees.
//   - corroboration: two independent origins give agreeing figures
//     within Window days. Copies of one story, one wire story, a
//     translation, and one origin relayed by many are one origin.
//   - revision: one origin (a person counts as the body it speaks for)
//     states different values on different days; days on which its
//     figures disagree among themselves are left out.
func MeasureFindings(key string, all []Observation) []Finding {
	var obs []Observation
	for _, o := range all {
		if usable(o) {
			obs = append(obs, o)
		}
	}
	sort.SliceStable(obs, func(i, j int) bool {
		if obs[i].Date != obs[j].Date {
			return obs[i].Date < obs[j].Date
		}
		return obs[i].AttributionID < obs[j].AttributionID
	})
	var out []Finding
	// Pairs of independent origins.
	groups := map[string][]Observation{}
	var names []string
	for _, o := range obs {
		if _, ok := groups[o.Independence]; !ok {
			names = append(names, o.Independence)
		}
		groups[o.Independence] = append(groups[o.Independence], o)
	}
	sort.Strings(names)
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			a, b := groups[names[i]], groups[names[j]]
			agreeA, agreeB := map[int]bool{}, map[int]bool{}
			conflA, conflB := map[int]bool{}, map[int]bool{}
			for x := range a {
				for y := range b {
					if !near(a[x].Date, b[y].Date) {
						continue
					}
					if agree(a[x], b[y]) {
						agreeA[x], agreeB[y] = true, true
					} else if disagree(a[x], b[y]) {
						conflA[x], conflB[y] = true, true
					}
				}
			}
			switch {
			case len(agreeA) > 0:
				out = append(out, pairFinding(sumber.Corroboration, key, a, b, agreeA, agreeB))
			case len(conflA) > 0:
				out = append(out, pairFinding(sumber.Conflict, key, a, b, conflA, conflB))
			}
		}
	}
	out = append(out, revisions(key, obs)...)
	return out
}

func pick(obs []Observation, keep map[int]bool) []Observation {
	var out []Observation
	for i, o := range obs {
		if keep[i] {
			out = append(out, o)
		}
	}
	return out
}

func pairFinding(kind sumber.FindingKind, key string, a, b []Observation, ka, kb map[int]bool) Finding {
	ea, eb := pick(a, ka), pick(b, kb)
	// The lower side first.
	if median(values(ea)) > median(values(eb)) {
		ea, eb = eb, ea
	}
	na, nb := originName(ea), originName(eb)
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
	case sumber.Corroboration:
		f.Explanation = fmt.Sprintf("%s (%s) and %s (%s) independently agree on %s (%s).",
			na, fa, nb, fb, what, period(ea, eb))
	}
	return f
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

// originName names the origin of a group of observations: the body they
// speak for, with the speakers when they differ from it.
func originName(obs []Observation) string {
	if len(obs) == 0 {
		return ""
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
	if len(via) > 0 && len(via) <= 2 {
		name += " via " + strings.Join(via, ", ")
	}
	return name
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
	lo, hi := "", ""
	for _, o := range append(append([]Observation{}, a...), b...) {
		if lo == "" || o.Date < lo {
			lo = o.When
		}
		if o.Date > hi {
			hi = o.When
		}
	}
	if lo == hi {
		return lo
	}
	return lo + " to " + hi
}

// revisions finds origins whose figure changed over time.
func revisions(key string, obs []Observation) []Finding {
	byOrigin := map[string][]Observation{}
	var origins []string
	for _, o := range obs {
		if !o.Known {
			continue
		}
		if _, ok := byOrigin[o.Origin]; !ok {
			origins = append(origins, o.Origin)
		}
		byOrigin[o.Origin] = append(byOrigin[o.Origin], o)
	}
	sort.Strings(origins)
	var out []Finding
	for _, org := range origins {
		series := byOrigin[org] // sorted by date
		type step struct {
			date string
			rep  Observation
			all  []Observation
		}
		var steps []step
		for i := 0; i < len(series); {
			j := i
			for j < len(series) && series[j].Date == series[i].Date {
				j++
			}
			day := series[i:j]
			consistent := true
			for _, o := range day {
				if ratio(o.Value, day[0].Value) > ReviseFactor {
					consistent = false
				}
			}
			if consistent {
				steps = append(steps, step{date: series[i].Date, rep: day[0], all: day})
			}
			i = j
		}
		// Keep change points.
		var kept []step
		for _, s := range steps {
			if len(kept) > 0 && ratio(kept[len(kept)-1].rep.Value, s.rep.Value) <= ReviseFactor {
				kept[len(kept)-1].all = append(kept[len(kept)-1].all, s.all...)
				continue
			}
			kept = append(kept, s)
		}
		if len(kept) < 2 {
			continue
		}
		var parts []string
		f := Finding{Finding: sumber.Finding{Kind: sumber.Revision, Measure: key}}
		for _, s := range kept {
			parts = append(parts, FormatValue(s.rep.Bound, s.rep.Value, s.rep.Low, s.rep.High)+" ("+s.rep.When+")")
			for _, o := range s.all {
				f.Evidence = append(f.Evidence, o.AttributionID)
				f.Items = append(f.Items, itemOf(o))
			}
		}
		name := originName(series)
		f.Origins = []string{name}
		dir := "revised"
		if first, last := kept[0].rep.Value, kept[len(kept)-1].rep.Value; last > first {
			dir = "raised"
		} else if last < first {
			dir = "lowered"
		}
		f.Explanation = fmt.Sprintf("%s %s its figure for %s: %s.", name, dir, MeasurePhrase(key), strings.Join(parts, " → "))
		out = append(out, f)
	}
	return out
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

// StanceFindings compares statements of one proposition bucket.
//
//   - conflict: an origin asserts or confirms what another denies,
//     within Window days, both current (not recalled earlier
//     positions), naming the same two or more actors.
//   - revision: one origin (by root: a government and its ministries)
//     denies and later asserts or confirms (or the reverse); recalled
//     positions count only with a stated date.
func StanceFindings(bucket string, all []Statement) []Finding {
	var sts []Statement
	for _, s := range all {
		if s.Actor == "" || strings.HasPrefix(s.Actor, "name:") && !known(s.Actor) {
			continue
		}
		if !positive(s) && !negative(s) {
			continue
		}
		sts = append(sts, s)
	}
	sort.SliceStable(sts, func(i, j int) bool {
		if sts[i].Date != sts[j].Date {
			return sts[i].Date < sts[j].Date
		}
		return sts[i].AttributionID < sts[j].AttributionID
	})
	current := func(s Statement) bool { return s.Timing == "" || s.Timing == string(sumber.Later) }
	var out []Finding
	// Conflicts, one per pair of roots.
	type pair struct{ pos, neg string }
	conf := map[pair][]Statement{}
	var order []pair
	for _, p := range sts {
		if !positive(p) || !current(p) {
			continue
		}
		for _, n := range sts {
			if !negative(n) || !current(n) || n.Root == p.Root || !near(p.Date, n.Date) || !sameProposition(p, n, 2) {
				continue
			}
			k := pair{p.Root, n.Root}
			if _, ok := conf[k]; !ok {
				order = append(order, k)
			}
			conf[k] = appendStatement(appendStatement(conf[k], n), p)
		}
	}
	for _, k := range order {
		ev := conf[k]
		f := Finding{Finding: sumber.Finding{Kind: sumber.Conflict}, Proposition: propositionText(bucket, ev)}
		var pos, neg []Statement
		for _, s := range ev {
			if positive(s) {
				pos = append(pos, s)
			} else {
				neg = append(neg, s)
			}
		}
		f.Origins = []string{rootName(k.neg), rootName(k.pos)}
		for _, s := range append(neg, pos...) {
			f.Evidence = append(f.Evidence, s.AttributionID)
			f.Items = append(f.Items, itemOfStatement(s))
		}
		when := ev[0].When
		if last := ev[len(ev)-1].When; last != when {
			when += " to " + last
		}
		f.Explanation = fmt.Sprintf("%s denies what %s %s (%s), in the same period (%s).",
			rootName(k.neg), rootName(k.pos), verb(pos[0].Stance), f.Proposition, when)
		out = append(out, f)
	}
	// Revisions, per root.
	byRoot := map[string][]Statement{}
	var roots []string
	for _, s := range sts {
		if !current(s) && !s.Dated {
			continue
		}
		if _, ok := byRoot[s.Root]; !ok {
			roots = append(roots, s.Root)
		}
		byRoot[s.Root] = append(byRoot[s.Root], s)
	}
	sort.Strings(roots)
	for _, r := range roots {
		ss := byRoot[r]
		// The first change of sign between statements of one
		// proposition on different days.
		for i := range ss {
			for j := i + 1; j < len(ss); j++ {
				a, b := ss[i], ss[j]
				if positive(a) == positive(b) || a.Date >= b.Date || !sameProposition(a, b, 1) {
					continue
				}
				var ev []Statement
				for _, s := range ss {
					if !sameProposition(s, b, 1) {
						continue
					}
					if positive(s) == positive(a) && s.Date < b.Date || positive(s) == positive(b) && s.Date >= b.Date {
						ev = append(ev, s)
					}
				}
				f := Finding{Finding: sumber.Finding{Kind: sumber.Revision}, Origins: []string{rootName(r)}, Proposition: propositionText(bucket, ev)}
				for _, s := range ev {
					f.Evidence = append(f.Evidence, s.AttributionID)
					f.Items = append(f.Items, itemOfStatement(s))
				}
				f.Explanation = fmt.Sprintf("%s changed its position on %s: %s (%s), then %s (%s).",
					rootName(r), f.Proposition, stanceWord(a), a.When, stanceWord(b), b.When)
				out = append(out, f)
				goto nextRoot
			}
		}
	nextRoot:
	}
	return out
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
