package eval

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"

	"sumber"
)

// Role names one of the three spans of an attribution.
type Role int

// The scored roles, in report order.
const (
	Source Role = iota
	Cue
	Content
	numRoles
)

var roleNames = [numRoles]string{"source", "cue", "content"}

func (r Role) String() string {
	if r >= 0 && r < numRoles {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", int(r))
}

// Counts holds the raw numbers behind a precision / recall / F1 score.
type Counts struct {
	// Matched counts predicted spans matched to a gold span (one-to-one).
	Matched int
	// Predicted and Gold count non-empty spans.
	Predicted int
	Gold      int
}

func (c *Counts) add(o Counts) {
	c.Matched += o.Matched
	c.Predicted += o.Predicted
	c.Gold += o.Gold
}

// P is precision: Matched / Predicted, 0 when nothing was predicted.
func (c Counts) P() float64 { return ratio(c.Matched, c.Predicted) }

// R is recall: Matched / Gold, 0 when there is no gold.
func (c Counts) R() float64 { return ratio(c.Matched, c.Gold) }

// F1 is the harmonic mean of P and R, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// RoleScore scores one role under both matchings.
type RoleScore struct {
	// Exact: same span once white space and punctuation (straight and
	// curly quotes included) are trimmed from both ends of both spans.
	Exact Counts
	// Overlap: the spans share at least one word token (a run of letters,
	// digits and marks), or match exactly.
	Overlap Counts
}

func (s *RoleScore) add(o RoleScore) {
	s.Exact.add(o.Exact)
	s.Overlap.add(o.Overlap)
}

// Accuracy is Correct out of Total.
type Accuracy struct {
	Correct, Total int
}

// Value is Correct / Total, 0 when Total is 0.
func (a Accuracy) Value() float64 { return ratio(a.Correct, a.Total) }

func (a *Accuracy) add(o Accuracy) {
	a.Correct += o.Correct
	a.Total += o.Total
}

func (a *Accuracy) count(ok bool) {
	a.Total++
	if ok {
		a.Correct++
	}
}

// Scores are the numbers of a whole evaluation or of one document.
type Scores struct {
	Documents int
	Gold      int // gold attributions
	Predicted int // predicted attributions
	Paired    int
	// Roles is indexed by Role; All pools the three (micro-average).
	Roles [numRoles]RoleScore
	All   RoleScore
	// Stance, Negated and Timing count paired attributions whose gold
	// carries attributes (has a stance).
	Stance, Negated, Timing Accuracy
	// Date counts paired attributions whose gold has a normalised date.
	Date Accuracy
	// Via and Figure count spans of paired attributions in documents
	// whose gold is Extended.
	Via, Figure Counts
}

func (s *Scores) add(o Scores) {
	s.Documents += o.Documents
	s.Gold += o.Gold
	s.Predicted += o.Predicted
	s.Paired += o.Paired
	for r := range s.Roles {
		s.Roles[r].add(o.Roles[r])
	}
	s.All.add(o.All)
	s.Stance.add(o.Stance)
	s.Negated.add(o.Negated)
	s.Timing.add(o.Timing)
	s.Date.add(o.Date)
	s.Via.add(o.Via)
	s.Figure.add(o.Figure)
}

// Pair links a gold attribution to the prediction paired with it, by
// index into DocResult.Doc.Gold and DocResult.Predicted.
type Pair struct {
	Gold, Pred int
	// By says how they were paired: "cue" or "content".
	By string
}

// DocResult is the outcome for one document.
type DocResult struct {
	Doc       *Document
	Predicted []sumber.Attribution
	Pairs     []Pair
	// UnpairedGold and UnpairedPred index the misses and the spurious
	// predictions.
	UnpairedGold, UnpairedPred []int
	Scores                     Scores
	// Panic is set when the extractor panicked on this document.
	Panic string

	text *text
}

// Report is the outcome of Score.
type Report struct {
	Scores
	Docs []*DocResult
}

// ScoreOptions controls Score.
type ScoreOptions struct {
	// Workers is how many documents are extracted at once; 0 means
	// GOMAXPROCS. The extractor must then be safe for concurrent use.
	Workers int
}

// Score runs ex over every document and scores its attributions against
// the gold ones.
//
// Pairing: per document, every predicted attribution whose cue shares at
// least one code point with a gold cue is a candidate pair; candidates are
// taken greedily, largest shared code-point count first (ties: nearest cue
// starts, then text order), each attribution used at most once. Still
// unpaired attributions are then paired the same way by content overlap.
//
// Roles: a predicted role span counts when non-empty, a gold role span
// when annotated. A predicted span is matched only by the same role of
// the gold attribution it is paired with: exactly when the two spans are
// equal after trimming white space and punctuation from both ends (a
// discontinuous gold span is compared by its hull), by overlap when they
// match exactly or share a word token (a maximal run of letters, digits
// and marks; for a discontinuous gold span, only tokens of its segments
// count). Precision
// is matched / predicted, recall matched / gold, per role and pooled.
//
// Attributes, over paired attributions: stance, negated and timing
// accuracy where the gold has a stance; date accuracy where the gold has a
// normalised date (the predicted Date.Value must equal it); via spans and
// figures, in documents whose gold is Extended, matched one-to-one: via
// by token overlap, figures by token overlap plus equal bound, low and
// high values, unit and measure (case folded) when the gold figure has a
// normalised note.
func Score(ex sumber.Extractor, docs []*Document, opt ScoreOptions) *Report {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	rep := &Report{Docs: make([]*DocResult, len(docs))}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				rep.Docs[i] = scoreDoc(ex, docs[i])
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, d := range rep.Docs {
		rep.add(d.Scores)
	}
	return rep
}

// extract runs the extractor, turning a panic into an error message.
func extract(ex sumber.Extractor, d *Document) (preds []sumber.Attribution, panicked string) {
	defer func() {
		if r := recover(); r != nil {
			preds, panicked = nil, fmt.Sprint(r)
		}
	}()
	return ex.Extract(d.Text, sumber.ExtractOptions{Lang: d.Lang, Published: d.Published}), ""
}

func scoreDoc(ex sumber.Extractor, d *Document) *DocResult {
	preds, panicked := extract(ex, d)
	return scorePredictions(d, preds, panicked)
}

// scorePredictions scores preds against d's gold attributions.
func scorePredictions(d *Document, preds []sumber.Attribution, panicked string) *DocResult {
	t := newText(d.Text)
	res := &DocResult{Doc: d, Predicted: preds, Panic: panicked, text: t}
	for i := range preds {
		p := &preds[i]
		p.Source, p.Cue, p.Content = t.clamp(p.Source), t.clamp(p.Cue), t.clamp(p.Content)
	}
	res.Pairs = pairUp(t, d.Gold, preds)
	gp := make([]bool, len(d.Gold))
	pp := make([]bool, len(preds))
	for _, pr := range res.Pairs {
		gp[pr.Gold], pp[pr.Pred] = true, true
	}
	for i, ok := range gp {
		if !ok {
			res.UnpairedGold = append(res.UnpairedGold, i)
		}
	}
	for i, ok := range pp {
		if !ok {
			res.UnpairedPred = append(res.UnpairedPred, i)
		}
	}

	s := &res.Scores
	s.Documents = 1
	s.Gold, s.Predicted, s.Paired = len(d.Gold), len(preds), len(res.Pairs)
	for _, g := range d.Gold {
		for r := range numRoles {
			if !goldRole(&g, r).Empty() {
				s.Roles[r].Exact.Gold++
				s.Roles[r].Overlap.Gold++
			}
		}
	}
	for _, p := range preds {
		for r := range numRoles {
			if !predRole(&p, r).Empty() {
				s.Roles[r].Exact.Predicted++
				s.Roles[r].Overlap.Predicted++
			}
		}
	}
	extended := Extended(d.Gold)
	for _, pr := range res.Pairs {
		g, p := &d.Gold[pr.Gold], &preds[pr.Pred]
		for r := range numRoles {
			gs, ps := goldRole(g, r), predRole(p, r)
			if gs.Empty() || ps.Empty() {
				continue
			}
			if t.exact(gs, ps) {
				s.Roles[r].Exact.Matched++
			}
			if t.overlap(gs, ps) {
				s.Roles[r].Overlap.Matched++
			}
		}
		if g.Stance != "" {
			s.Stance.count(p.Stance == g.Stance)
			s.Negated.count(p.Negated == g.Negated)
			s.Timing.count(p.Timing == g.Timing)
		}
		if g.DateValue != "" {
			s.Date.count(p.Date != nil && p.Date.Value == g.DateValue)
		}
		if extended {
			s.Via.add(matchVia(t, g, p))
			s.Figure.add(matchFigures(t, g, p))
		}
	}
	for r := range numRoles {
		s.All.add(s.Roles[r])
	}
	return res
}

func goldRole(g *GoldAttribution, r Role) GoldSpan {
	switch r {
	case Source:
		return g.Source
	case Cue:
		return g.Cue
	}
	return g.Content
}

func predRole(p *sumber.Attribution, r Role) sumber.Span {
	switch r {
	case Source:
		return p.Source
	case Cue:
		return p.Cue
	}
	return p.Content
}

// pairUp pairs gold and predicted attributions one-to-one: by cue
// overlap first, then by content overlap.
func pairUp(t *text, gold []GoldAttribution, preds []sumber.Attribution) []Pair {
	gUsed := make([]bool, len(gold))
	pUsed := make([]bool, len(preds))
	var pairs []Pair
	for _, by := range []Role{Cue, Content} {
		type cand struct{ ov, dist, g, p int }
		var cands []cand
		for gi := range gold {
			if gUsed[gi] {
				continue
			}
			gs := goldRole(&gold[gi], by)
			if gs.Empty() {
				continue
			}
			hull := gs.Hull()
			for pi := range preds {
				if pUsed[pi] {
					continue
				}
				ps := predRole(&preds[pi], by)
				if !ps.Overlaps(hull) {
					continue
				}
				if ov := codeOverlap(gs, ps); ov > 0 {
					d := ps.Start - hull.Start
					if d < 0 {
						d = -d
					}
					cands = append(cands, cand{ov, d, gi, pi})
				}
			}
		}
		sort.Slice(cands, func(i, j int) bool {
			a, b := cands[i], cands[j]
			if a.ov != b.ov {
				return a.ov > b.ov
			}
			if a.dist != b.dist {
				return a.dist < b.dist
			}
			if a.g != b.g {
				return a.g < b.g
			}
			return a.p < b.p
		})
		for _, c := range cands {
			if gUsed[c.g] || pUsed[c.p] {
				continue
			}
			gUsed[c.g], pUsed[c.p] = true, true
			pairs = append(pairs, Pair{Gold: c.g, Pred: c.p, By: by.String()})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].Gold < pairs[j].Gold })
	return pairs
}

// codeOverlap counts the code points a predicted span shares with a gold span.
func codeOverlap(g GoldSpan, p sumber.Span) int {
	n := 0
	for _, s := range g.Segments {
		if lo, hi := max(s.Start, p.Start), min(s.End, p.End); hi > lo {
			n += hi - lo
		}
	}
	return n
}

// exact reports whether a predicted span equals a gold span once both are
// trimmed of white space and punctuation. A discontinuous gold span is
// compared by its hull.
func (t *text) exact(g GoldSpan, p sumber.Span) bool {
	h := g.Hull()
	gs, ge := t.trim(h.Start, h.End)
	ps, pe := t.trim(p.Start, p.End)
	return gs == ps && ge == pe
}

// overlap reports whether a predicted span and a gold span share a word
// token (only the gold span's segments count, not the gaps between
// them), or match exactly: spans without any word token (a lone colon or
// dash) can still match, so overlap never scores below exact.
func (t *text) overlap(g GoldSpan, p sumber.Span) bool {
	if t.exact(g, p) {
		return true
	}
	plo, phi, ok := t.tokRange(p.Start, p.End)
	if !ok {
		return false
	}
	for _, s := range g.Segments {
		if glo, ghi, ok := t.tokRange(s.Start, s.End); ok && glo <= phi && plo <= ghi {
			return true
		}
	}
	return false
}

// matchVia matches via spans one-to-one by token overlap.
func matchVia(t *text, g *GoldAttribution, p *sumber.Attribution) Counts {
	var c Counts
	c.Gold = len(g.Via)
	used := make([]bool, len(p.Via))
	for i, v := range p.Via {
		if t.clamp(v.Span).Empty() {
			used[i] = true
			continue
		}
		c.Predicted++
	}
	for _, gv := range g.Via {
		for i, v := range p.Via {
			if !used[i] && t.overlap(gv, t.clamp(v.Span)) {
				used[i] = true
				c.Matched++
				break
			}
		}
	}
	return c
}

// matchFigures matches figures one-to-one: overlapping spans and, when the
// gold figure is normalised, the same bound, low and high values, unit and
// measure.
func matchFigures(t *text, g *GoldAttribution, p *sumber.Attribution) Counts {
	var c Counts
	c.Gold = len(g.Figures)
	c.Predicted = len(p.Figures)
	used := make([]bool, len(p.Figures))
	for _, gf := range g.Figures {
		for i := range p.Figures {
			if !used[i] && figureMatch(t, &gf, &p.Figures[i]) {
				used[i] = true
				c.Matched++
				break
			}
		}
	}
	return c
}

func figureMatch(t *text, g *GoldFigure, p *sumber.Figure) bool {
	if !t.overlap(g.Span, t.clamp(p.Span)) {
		return false
	}
	if !g.Normalised {
		return true
	}
	lo, hi := p.Low, p.High
	if lo == 0 && hi == 0 {
		lo, hi = p.Value, p.Value
	}
	return p.Bound == g.Bound && near(lo, g.Low) && near(hi, g.High) &&
		strings.EqualFold(p.Unit, g.Unit) && strings.EqualFold(p.Measure, g.Measure)
}

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Extended reports whether gold annotations use sumber's additions to
// PolNeAR's scheme (stance, negation, timing, via, date or quantity).
// Via and figure scores count only documents whose gold is extended, so
// that a set annotating neither (PolNeAR) does not turn every predicted
// relay or figure into a false positive.
func Extended(gold []GoldAttribution) bool {
	for _, g := range gold {
		if g.Stance != "" || g.Negated || g.Timing != "" || len(g.Via) > 0 || g.Date != nil || len(g.Figures) > 0 {
			return true
		}
	}
	return false
}
