package extract

import (
	"sumber"
	"sumber/dates"
)

// attach gives each attribution its claim date: the date expression of
// its sentence that is nearest to the cue and not part of what is claimed
// (a date inside the content is what the claim is about, not when it was
// made).
func (d *doc) attach() {
	if len(d.atts) == 0 {
		return
	}
	ds := dates.Find(d.text, d.l.code, d.opt.Published)
	if len(ds) == 0 {
		return
	}
	for k := range d.atts {
		x := &d.atts[k]
		s := d.sents[x.sent]
		lo, hi := d.toks[s.first].start, d.toks[s.last-1].end
		best, bestDist := -1, 1<<30
		for i, m := range ds {
			if m.Value == "" || m.Start < lo || m.End > hi {
				continue
			}
			if x.content.contains(span{m.Start, m.End}) {
				continue
			}
			dist := m.Start - x.cue.e
			if dist < 0 {
				dist = x.cue.s - m.End
			}
			if dist < bestDist {
				best, bestDist = i, dist
			}
		}
		if best >= 0 {
			m := ds[best]
			x.date = &sumber.ClaimDate{
				Span:      sumber.Span{Start: m.Start, End: m.End}, // bytes until output
				Value:     m.Value,
				Precision: m.Precision,
				Relative:  m.Relative,
			}
		}
	}
}
