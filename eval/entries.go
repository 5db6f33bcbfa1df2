package eval

import (
	"fmt"
	"io"
	"sort"
)

// EntryScore counts, for one rule or one lexicon entry, how many
// attributions it predicted and how many of their cues matched a gold cue
// (by overlap, in a paired attribution).
type EntryScore struct {
	// Key is the rule name, or "entry text" (a lexicon file:line and the
	// form that fired).
	Key       string
	Predicted int
	Matched   int
}

// Precision is Matched / Predicted.
func (e EntryScore) Precision() float64 { return ratio(e.Matched, e.Predicted) }

// ByEntry breaks the cue precision down by the rule that fired and by
// the lexicon entry, most predictions first: the table a lexicon author
// reads to see which entries earn their place.
func (r *Report) ByEntry() (rules, entries []EntryScore) {
	rm, em := map[string]*EntryScore{}, map[string]*EntryScore{}
	bump := func(m map[string]*EntryScore, k string, ok bool) {
		e := m[k]
		if e == nil {
			e = &EntryScore{Key: k}
			m[k] = e
		}
		e.Predicted++
		if ok {
			e.Matched++
		}
	}
	for _, d := range r.Docs {
		hit := make([]bool, len(d.Predicted))
		for _, pr := range d.Pairs {
			g, p := &d.Doc.Gold[pr.Gold], &d.Predicted[pr.Pred]
			if !g.Cue.Empty() && !p.Cue.Empty() && d.text.overlap(g.Cue, p.Cue) {
				hit[pr.Pred] = true
			}
		}
		for i, p := range d.Predicted {
			bump(rm, p.Rule, hit[i])
			bump(em, p.Entry, hit[i])
		}
	}
	return sorted(rm), sorted(em)
}

func sorted(m map[string]*EntryScore) []EntryScore {
	out := make([]EntryScore, 0, len(m))
	for _, e := range m {
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Predicted != out[j].Predicted {
			return out[i].Predicted > out[j].Predicted
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// WriteEntries writes ByEntry as two aligned tables.
func (r *Report) WriteEntries(w io.Writer) error {
	rules, entries := r.ByEntry()
	for _, t := range []struct {
		title string
		rows  []EntryScore
	}{{"rule", rules}, {"lexicon entry", entries}} {
		if _, err := fmt.Fprintf(w, "%-9s %-9s %6s  %s\n", "predicted", "cue-match", "P", t.title); err != nil {
			return err
		}
		for _, e := range t.rows {
			if _, err := fmt.Fprintf(w, "%9d %9d %6.1f  %s\n", e.Predicted, e.Matched, 100*e.Precision(), e.Key); err != nil {
				return err
			}
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return nil
}
