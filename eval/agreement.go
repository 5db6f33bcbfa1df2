package eval

import (
	"sort"

	"sumber"
)

// Agreement scores annotators against each other: for every article with
// several annotators' versions among docs (load them with
// AllAnnotators), each later version in sorted order of annotator id is
// scored, as if it were a prediction, against the first. Discontinuous
// spans are predicted by their hull. The result is the ceiling for a
// system scored against one annotator: how far people following the same
// guidelines agree.
func Agreement(docs []*Document) *Report {
	byName := map[string][]*Document{}
	var keys []string
	for _, d := range docs {
		key := d.Set + "\x00" + d.Name
		if byName[key] == nil {
			keys = append(keys, key)
		}
		byName[key] = append(byName[key], d)
	}
	sort.Strings(keys)
	rep := &Report{}
	for _, k := range keys {
		vs := byName[k]
		sort.Slice(vs, func(i, j int) bool { return vs[i].Annotator < vs[j].Annotator })
		for _, v := range vs[1:] {
			r := scorePredictions(vs[0], asPredictions(v.Gold), "")
			rep.Docs = append(rep.Docs, r)
			rep.add(r.Scores)
		}
	}
	return rep
}

// asPredictions turns gold attributions into predicted ones.
func asPredictions(gold []GoldAttribution) []sumber.Attribution {
	out := make([]sumber.Attribution, 0, len(gold))
	for _, g := range gold {
		out = append(out, sumber.Attribution{
			Source: hullSpan(g.Source), Cue: hullSpan(g.Cue), Content: hullSpan(g.Content),
			Rule: "annotator", Entry: "annotator",
		})
	}
	return out
}

func hullSpan(g GoldSpan) sumber.Span {
	if g.Empty() {
		return sumber.Span{}
	}
	return g.Hull()
}
