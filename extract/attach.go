package extract

import (
	"slices"
	"strings"
	"time"

	"sumber"
	"sumber/dates"
	"sumber/figures"
)

// attach gives each attribution its claim date: the date expression of
// its sentence that is nearest to the cue and not part of what is claimed
// (a date inside the content is what the claim is about, not when it was
// made).
func (d *doc) attach() {
	if len(d.atts) == 0 {
		return
	}
	regions := d.claimRegions()
	d.attachFigures(regions)
	d.revisedAccounts()
	d.laterPositions()
	d.unframedLater()
	d.revisions()
	var ds []dates.Match
	for _, r := range regions {
		for _, m := range dates.Find(d.text[r.s:r.e], d.l.code, d.opt.Published) {
			m.Start += r.s
			m.End += r.s
			ds = append(ds, m)
		}
	}
	defer func() {
		d.sameDay(ds)
		d.datedRevision()
	}()
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
			if (x.content.contains(span{m.Start, m.End}) && !d.objectDate(x, m.Start, m.End)) || x.compared.contains(span{m.Start, m.End}) || x.eventTime.contains(span{m.Start, m.End}) {
				continue
			}
			if x.rule == "verb-gerund" && m.End <= x.cue.s {
				continue // "reported nine deaths on Dec. 5 before raising the toll to 17 on Friday": the gerund's time follows it
			}
			if d.inOtherContent(k, m.Start, m.End) {
				continue // "said she expected a ruling by December, adding that …": December is in what she said first
			}
			if x.source.contains(span{m.Start, m.End}) && !d.documentSource(x) && !d.documentDated(m.Start) {
				continue // "said Ilsa Brandt, who visited the camp on Tuesday": when she visited
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
			d.stillEarlier(x)
		}
	}
}

// stillEarlier marks as earlier a claim whose cue follows a word of the
// class still and that is dated before the day of publication: "Pada
// Senin (14/7), BNPB masih melaporkan 17 korban" is what the agency said
// then, before the figure the report gives now.
func (d *doc) stillEarlier(x *att) {
	if x.timing != "" || x.date == nil || x.date.Precision != "day" || d.opt.Published.IsZero() {
		return
	}
	c := d.tokenAt(x.cue.s)
	if c < 1 || d.l.ends(wStill, d.toks, c-1) == 0 {
		return
	}
	if x.date.Value < d.opt.Published.Format("2006-01-02") {
		x.timing = sumber.Earlier
	}
}

// attachFigures gives each figure to the innermost attribution whose
// content holds it. An anaphoric figure ("jumlahnya lebih dari 3.000",
// "the figure") takes the unit, measure and subject of the figure before
// it in the document.
func (d *doc) attachFigures(regions []span) {
	var found []figures.Match
	for _, r := range regions {
		for _, m := range figures.Find(d.text[r.s:r.e], d.l.code) {
			m.Start += r.s
			m.End += r.s
			found = append(found, m)
		}
	}
	var prev, prevCount *figures.Match
	lastAnimal := ""
	for _, m := range found {
		m := m
		if m.Unit == "duration" {
			continue // "four days earlier", "dalam dua pekan": time, not a count
		}
		// a bare animal classifier counts the animals the text counted last:
		// "4.316 ekor sapi terinfeksi. … 38 ekor mati" (cattle)
		if figures.Animal(d.l.code, m.Unit) {
			lastAnimal = m.Unit
		} else if lastAnimal != "" && figures.AnimalKind(d.l.code, m.Unit) {
			m.Unit = lastAnimal
		}
		inherited := false
		p := prev
		if m.Unit == "" && p != nil && p.Unit == "percent" {
			// "had put the figure at 12,900" after "up 38% on last year": a
			// share is written with its sign or word, so a bare number takes
			// the count before the percentage
			p = prevCount
		}
		if m.Anaphoric && p != nil && m.Measure == "" && (m.Unit == "" || m.Unit == p.Unit || m.Unit == "people" && figures.CountsPeople(p.Unit)) {
			// "con số lên 67 người": the anaphor's unit agrees, so it counts
			// what the figure before it counted (people agree with a kind
			// of people: "merevisi angka itu menjadi 11.400 orang" after
			// "9.000 orang" counted as workers laid off)
			m.Unit, m.Measure, m.Subject = p.Unit, p.Measure, p.Subject
			inherited = true
		}
		if m.Unit != "" || m.Measure != "" {
			prev = &m
			if m.Unit != "percent" {
				prevCount = &m
			}
		}
		best := -1
		for k := range d.atts {
			c := d.atts[k].content
			if !c.contains(span{m.Start, m.End}) || d.atts[k].inGap(span{m.Start, m.End}) {
				continue
			}
			if best < 0 || c.e-c.s < d.atts[best].content.e-d.atts[best].content.s {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		f := sumber.Figure{
			Span:      sumber.Span{Start: m.Start, End: m.End}, // bytes until output
			Value:     m.Value,
			Low:       m.Low,
			High:      m.High,
			Bound:     m.Bound,
			Unit:      m.Unit,
			Measure:   m.Measure,
			Subject:   m.Subject,
			Inherited: inherited,
			Rule:      m.Rule,
		}
		if f.Unit == "troops" && d.policePersonnel(&d.atts[best], m) {
			f.Unit = "police"
		}
		d.atts[best].figures = append(d.atts[best].figures, f)
		// in id and vi the relay that reports a nested claim states its
		// figures too ("Adler menuturkan seorang saksi mengaku menyerahkan
		// Rp 4,5 miliar", "“Survei internal kami menunjukkan kami unggul
		// lebih dari 5 persen,” kata Dimas"), as the own set's id and vi
		// gold has it (id-06, id-08, vi-03); its English gold keeps them
		// with the inner claim ("Federation officials said investigators
		// believe at least three …", en-16)
		for k, n := d.atts[best].nestedIn, 0; d.l.has(fFiguresToOuter) && k >= 0 && k < len(d.atts) && k != best && n < 4; k, n = d.atts[k].nestedIn, n+1 {
			if st := d.atts[k].c.stance; (st == sumber.Assert || st == sumber.Confirm) && d.atts[k].content.contains(span{m.Start, m.End}) && !d.atts[k].inGap(span{m.Start, m.End}) {
				d.atts[k].figures = append(d.atts[k].figures, f)
			}
		}
	}
}

// claimRegions returns the stretches of text that hold attributions:
// their sentences and contents, merged and in order. Dates and figures
// are only read there, since only claims carry them.
func (d *doc) claimRegions() []span {
	var rs []span
	for k := range d.atts {
		x := &d.atts[k]
		s := d.sents[x.sent]
		r := span{d.toks[s.first].start, d.toks[s.last-1].end}
		if !x.content.empty() {
			r.s = min(r.s, x.content.s)
			r.e = max(r.e, x.content.e)
		}
		rs = append(rs, r)
	}
	slices.SortFunc(rs, func(a, b span) int { return a.s - b.s })
	out := rs[:0]
	for _, r := range rs {
		// (sentences of one paragraph read on: "The council sent 45
		// buses, he said. \"All 40 left full,\" he told us.")
		if n := len(out); n > 0 && (r.s <= out[n-1].e || strings.TrimLeft(d.text[out[n-1].e:r.s], " ") == "") {
			out[n-1].e = max(out[n-1].e, r.e)
			continue
		}
		out = append(out, r)
	}
	return out
}

// sameDay dates a claim whose sentence says "the same day" ("chiều cùng
// ngày", "pada hari yang sama", "later that day") with the last date the
// text gave before it, or the claim date of the attribution before it;
// "the day before" and "the next day" (classes day-before, day-after:
// "sehari sebelumnya", "keesokan harinya") with the day before or after it.
func (d *doc) sameDay(ds []dates.Match) {
	var last *sumber.ClaimDate
	for k := range d.atts {
		x := &d.atts[k]
		if x.date != nil {
			last = x.date
			continue
		}
		s := d.sents[x.sent]
		for t := s.first; t < s.last; t++ {
			n, shift := d.l.is(wSameDay, d.toks, t), 0
			if m := d.l.is(wThen, d.toks, t); m > 0 && !x.content.contains(span{d.toks[t].start, d.toks[t].end}) {
				// "… pada Februari lalu. Saat itu, polisi menyatakan …": the
				// time named last in the paragraph, whatever its precision
				if ref := d.timeBefore(x.sent, t, true, false); ref != nil {
					x.date = &sumber.ClaimDate{Span: sumber.Span{Start: d.toks[t].start, End: d.toks[t+m-1].end},
						Value: ref.Value, Precision: ref.Precision, Relative: true}
				}
				// "Sebelumnya, pada awal November, menteri menjamin ….
				// Kementerian saat itu juga menyebut …": at the time of an
				// earlier claim in the sentence before, this one is earlier too
				if p := k - 1; p >= 0 && x.timing == "" && d.atts[p].timing == sumber.Earlier && d.atts[p].sent >= x.sent-1 && d.atts[p].sent < x.sent {
					x.timing = sumber.Earlier
				}
				// "Pada Desember, bupati sempat berjanji …. Ia saat itu
				// mengatakan …": at the time of an act the sentence before
				// marks as earlier (class earlier), though no claim, too
				if x.timing == "" && x.sent > 0 && d.earlierIn(d.sents[x.sent-1].first, d.sents[x.sent-1].last) {
					x.timing = sumber.Earlier
				}
				break
			}
			if n == 0 {
				if n = d.l.is(wDayBefore, d.toks, t); n > 0 {
					shift = -1 // "sehari sebelumnya", "the day before"
				} else if n = d.l.is(wDayAfter, d.toks, t); n > 0 {
					shift = 1 // "keesokan harinya", "the next day"
				}
			}
			if n == 0 || x.content.contains(span{d.toks[t].start, d.toks[t].end}) {
				continue
			}
			// "Dua hari sebelumnya": a count of days before "hari sebelumnya"
			if shift != 0 && t > s.first {
				if v, ok := figures.ParseNumber(d.toks[t-1].low, d.l.code); ok && v >= 2 && v <= 60 && v == float64(int(v)) {
					shift *= int(v)
					n++
					t--
				}
			}
			ref := d.timeBefore(x.sent, t, shift != 0, true)
			if ref == nil && shift != 0 && !d.opt.Published.IsZero() {
				// "Pemilik kapal membantah …. Sehari sebelumnya, perusahaan
				// itu mengklaim …" with no day named in the paragraph: the
				// day before the day of the report
				ref = &sumber.ClaimDate{Value: d.opt.Published.Format("2006-01-02"), Precision: sumber.Day}
			}
			if ref == nil {
				ref = last
				for _, m := range ds {
					if m.End <= d.toks[t].start && m.Value != "" && m.Precision == sumber.Day {
						ref = &sumber.ClaimDate{Value: m.Value, Precision: m.Precision}
					}
				}
			}
			if ref != nil && shift != 0 {
				day, err := time.Parse("2006-01-02", ref.Value)
				if ref.Precision != sumber.Day || err != nil {
					break
				}
				ref = &sumber.ClaimDate{Value: day.AddDate(0, 0, shift).Format("2006-01-02"), Precision: sumber.Day}
			}
			if ref != nil {
				x.date = &sumber.ClaimDate{Span: sumber.Span{Start: d.toks[t].start, End: d.toks[t+n-1].end},
					Value: ref.Value, Precision: ref.Precision, Relative: true}
			}
			break
		}
	}
}

// revisions marks as later a revision of a figure ("On Monday it revised
// its estimate to 67") when the same actor stated a figure before it: the
// change of figure is what the analyst looks for.
func (d *doc) revisions() {
	for m := range d.atts {
		y := &d.atts[m]
		if y.c.frame != fRevise || y.timing != "" || y.nestedIn >= 0 || y.actor == "" || len(y.figures) == 0 {
			continue
		}
		for k := 0; k < m; k++ {
			if x := &d.atts[k]; strings.EqualFold(x.actor, y.actor) && len(x.figures) > 0 && (x.sent < y.sent && sameUnit(x.figures, y.figures) || x.sent == y.sent && x.cue.e <= y.cue.s && sameCount(x.figures, y.figures)) {
				y.timing = sumber.Later
				break
			}
		}
	}
}

// sameCount reports whether two lists of figures share a unit and a
// measure (a count of what happened, not a rate): "reported nine deaths … before raising the toll to 17" revises
// in one sentence, "estimated 4,200 computers … and put the cost at …"
// does not.
func sameCount(a, b []sumber.Figure) bool {
	for _, f := range a {
		for _, g := range b {
			if f.Measure != "" && f.Unit == g.Unit && f.Measure == g.Measure {
				return true
			}
		}
	}
	return false
}

// sameUnit reports whether two lists of figures may count one thing (one
// unit, a unit left unnamed, or one measure): "Police said 41 officers
// were hurt. … police put the crowd at 6,000" revises nothing.
func sameUnit(a, b []sumber.Figure) bool {
	for _, f := range a {
		for _, g := range b {
			if f.Unit == g.Unit || f.Unit == "" || g.Unit == "" || f.Measure != "" && f.Measure == g.Measure {
				return true
			}
		}
	}
	return false
}

// timeBefore returns the last day named before token t in sentence si or
// in the sentences before it, whether or not they hold a claim:
// "Khoảng 16h30 chiều 4/11, cầu đổ sập. … trao đổi tối cùng ngày, ông X
// cho hay …" is said on 4/11. A report of a session that names its day
// in the lead and none after it ("Sáng 5/11, tại phiên chất vấn … Chiều
// cùng ngày, Chủ tịch Quốc hội …") reaches back to the lead. With
// inPara it looks no further back than the paragraph's first sentence: the
// day before or after ("sehari sebelumnya", "the next day") counts from the
// day the paragraph narrates, not from one named paragraphs earlier.
// Without dayOnly a month or a year counts too ("pada Februari lalu. Saat
// itu, …").
func (d *doc) timeBefore(si, t int, inPara, dayOnly bool) *sumber.ClaimDate {
	for k := si; k >= 0; k-- {
		s := d.sents[k]
		if inPara && k < si && d.toks[d.sents[k+1].first].nl {
			break
		}
		lo, hi := d.toks[s.first].start, d.toks[s.last-1].end
		if k == si {
			hi = d.toks[t].start
		}
		if hi <= lo {
			continue
		}
		var ref *sumber.ClaimDate
		for _, m := range dates.Find(d.text[lo:hi], d.l.code, d.opt.Published) {
			if m.Value != "" && (m.Precision == sumber.Day || !dayOnly) {
				ref = &sumber.ClaimDate{Value: m.Value, Precision: m.Precision}
			}
		}
		if ref != nil {
			return ref
		}
	}
	return nil
}

// documentSource reports a source that names a document ("báo cáo sáng
// 17/9 của Ban Chỉ đạo", "thông cáo phát đi ngày 5/10"): a date inside
// it is when the document said it.
func (d *doc) documentSource(x *att) bool {
	a := x.srcFirst
	if a < 0 || a >= len(d.toks) {
		return false
	}
	for a < x.srcLast-1 && d.l.is(wDet, d.toks, a) > 0 {
		a += d.l.is(wDet, d.toks, a)
	}
	return d.l.is(wSourceNoun, d.toks, a) > 0 || d.l.is(wVehicle, d.toks, a) > 0
}

// objectDate reports a date between the short object that opens a content
// and the preposition or complementiser that goes on with it: "accused his
// rival on Tuesday of lying", "blamed the airline on Monday for the
// delays". It dates the accusation, not what the rival did.
func (d *doc) objectDate(x *att, s, e int) bool {
	if !d.l.has(fObjectDate) || x.c.stance != sumber.Claim && !x.c.object {
		return false // "said troops left the base on Monday for …": the event's date
	}
	a, b := d.tokenAt(s), d.tokenAt(x.content.s)
	if a < 0 || b < 0 || a-b < 2 || a-b > 6 || d.l.is(wOnDate, d.toks, a-1) == 0 {
		return false
	}
	for k := b; k < a-1; k++ {
		if d.hard(k) || d.isComma(k) {
			return false
		}
	}
	n := a
	for n < len(d.toks) && d.toks[n].start < e {
		n++
	}
	if n >= len(d.toks) {
		return false
	}
	return d.l.is(wObjectGoesOn, d.toks, n) > 0
}

// inOtherContent reports a date inside the content of another attribution
// of the same sentence that does not hold the cue of attribution k: it is
// part of that claim, not the moment of this one.
func (d *doc) inOtherContent(k, s, e int) bool {
	x := &d.atts[k]
	for i := range d.atts {
		y := &d.atts[i]
		if i == k || y.sent != x.sent || !y.content.contains(span{s, e}) || y.content.contains(x.cue) {
			continue
		}
		return true
	}
	return false
}

// inGap reports whether sp lies in one of the content's gaps.
func (x *att) inGap(sp span) bool {
	for _, g := range x.gaps {
		if g.contains(sp) {
			return true
		}
	}
	return false
}

// documentDated reports whether the date starting at byte off follows a
// participle after a document noun ("a poll released Monday", "a report
// published on Wednesday"): inside the source, it dates the document, and
// so the claim the document makes.
func (d *doc) documentDated(off int) bool {
	t := d.tokenAt(off)
	if t < 2 {
		return false
	}
	if d.l.ends(wTemporal, d.toks, t-1) > 0 {
		t -= d.l.ends(wTemporal, d.toks, t-1)
	}
	p := t - 1
	if p < 1 || d.toks[p].kind != word || !d.l.suffix(aPast, d.toks[p].low) {
		return false
	}
	if d.l.ends(wDocument, d.toks, p-1) > 0 {
		return true
	}
	// "An analysis by the planning office, released last week, …": the
	// participle opens an aside after the document's noun phrase
	if p < 3 || !d.isComma(p-1) {
		return false
	}
	n := d.npLeft(p-2, 0)
	for m := p - 2; m > n; m-- {
		if d.l.is(wDocument, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// policePersonnel reports bare personnel ("2.000 personel", "personel
// gabungan") counted in a claim of the police or in a sentence naming
// them (class police: "Polda", "Kapolres"), when the armed forces (class
// military) are not named there: they are police, not troops.
func (d *doc) policePersonnel(x *att, m figures.Match) bool {
	a, b := d.tokens(span{m.Start, m.End})
	if a < 0 || b <= a || d.l.is(wPersonnel, d.toks, b-1) == 0 {
		return false
	}
	s := d.sents[x.sent]
	police := false
	for k := s.first; k < s.last; k++ {
		if d.l.is(wMilitary, d.toks, k) > 0 {
			return false
		}
		if d.l.is(wPolice, d.toks, k) > 0 {
			police = true
		}
	}
	if !police {
		for _, w := range strings.Fields(strings.ToLower(x.actor)) {
			if d.l.isWord(wPolice, w) {
				return true
			}
		}
	}
	return police
}

// revisedAccounts reads a speaker revising its own account: in "On
// Tuesday it revised that account, saying a fault had caused it" the
// participle's claim is the later position (class revise-account before
// the comma that opens it), and the same actor's last claim of an earlier
// sentence, undated as to timing, the earlier one.
func (d *doc) revisedAccounts() {
	for m := range d.atts {
		y := &d.atts[m]
		if y.rule != "verb-participle" || y.timing != "" && y.timing != sumber.Later || y.nestedIn >= 0 || y.actor == "" {
			continue
		}
		c := d.tokenAt(y.cue.s)
		if c < 2 || !d.isComma(c-1) {
			continue
		}
		s := d.sents[y.sent]
		found := false
		for k := c - 2; k >= s.first && k >= c-8 && !found; k-- {
			if n := d.l.is(wReviseAcct, d.toks, k); n > 0 && k+n == c-1 {
				found = true
			}
		}
		if !found {
			continue
		}
		y.timing = sumber.Later
		for k := m - 1; k >= 0; k-- {
			x := &d.atts[k]
			if x.sent >= y.sent || x.nestedIn >= 0 || !d.sameActor(x.actor, y.actor) {
				continue
			}
			if x.timing == "" {
				x.timing = sumber.Earlier
			}
			break
		}
	}
}

// datedEarlier marks as earlier a statement whose claim date, opening
// its clause, ends a week or more before another claim of the same actor (dated, or told on the
// day of publication): "Pada Desember lalu, Hasan menyatakan …" in a story
// where Hasan speaks on 19 January recalls what he said before, as
// "sebelumnya" does.
func (d *doc) datedEarlier() {
	for k := range d.atts {
		x := &d.atts[k]
		// (the date opens the clause, before the speaker: a date after
		// the subject may belong to what was done, "cut the forecast …,
		// down from 3.4% in October, and warned")
		if x.timing != "" || x.date == nil || x.actor == "" || x.nestedIn >= 0 || x.source.empty() || x.date.Span.End > x.source.s {
			continue
		}
		end, ok := periodEnd(x.date)
		if !ok {
			continue
		}
		for m := range d.atts {
			y := &d.atts[m]
			if m == k || y.actor == "" || y.nestedIn >= 0 || !d.sameActor(x.actor, y.actor) {
				continue
			}
			if y.date == nil && m == k+1 && y.sent <= x.sent+1 {
				// "Trả lời báo chí chiều 13/11, bà X thừa nhận …. Tuy nhiên,
				// bà cho biết …": the undated claim right after goes on at
				// the same moment, no later one
				continue
			}
			at := d.opt.Published
			if y.date != nil {
				if t, ok := sumber.ParseDateValue(y.date.Value); ok {
					at = t
				}
			}
			if !at.IsZero() && at.Sub(end) >= 7*24*time.Hour {
				x.timing = sumber.Earlier
				break
			}
		}
	}
}

// periodEnd is the day after the last day of a claim date's period (a
// day, a week, a month, a season or a year).
func periodEnd(c *sumber.ClaimDate) (time.Time, bool) {
	t, ok := sumber.ParseDateValue(c.Value)
	if !ok {
		return t, false
	}
	switch c.Precision {
	case sumber.Week:
		return t.AddDate(0, 0, 7), true
	case sumber.Month:
		return t.AddDate(0, 1, 0), true
	case sumber.Season:
		return t.AddDate(0, 3, 0), true
	case sumber.Year:
		return t.AddDate(1, 0, 0), true
	}
	return t.AddDate(0, 0, 1), true
}

// datedRevision reads a change of figure told newest first by its dates:
// "Ngày 8/1, Sở X nâng … lên khoảng 27 km. Hôm 6/1, sở cho biết chỉ
// khoảng 15 km …". A claim in the sentence right after another of the
// same speaker, dated to an earlier day and with another figure of the
// same count, is the earlier position and the one before it the later;
// claims already timed are left alone.
func (d *doc) datedRevision() {
	for k := 1; k < len(d.atts); k++ {
		y := &d.atts[k]
		if y.timing != "" || y.nestedIn >= 0 || y.date == nil || y.date.Precision != sumber.Day || len(y.figures) == 0 {
			continue
		}
		m := k - 1
		for m >= 0 && d.atts[m].nestedIn >= 0 {
			m--
		}
		if m < 0 {
			continue
		}
		x := &d.atts[m]
		if x.sent != y.sent-1 || x.date == nil || x.date.Precision != sumber.Day || x.date.Value <= y.date.Value ||
			len(x.figures) == 0 || !figuresDiffer(x.figures, y.figures) || x.actor == "" || !d.sameSpeaker(x, y) && !d.headNounOf(y, x) {
			continue
		}
		y.timing = sumber.Earlier
		if x.timing == "" {
			x.timing = sumber.Later
		}
	}
}

// headNounOf reports whether y's source is a bare lower-case noun that
// heads x's source, the body named again by its kind: "sở" after "Sở Tài
// nguyên và Môi trường tỉnh X".
func (d *doc) headNounOf(y, x *att) bool {
	if y.srcFirst < 0 || x.srcFirst < 0 || y.srcLast != y.srcFirst+1 || x.srcLast-x.srcFirst < 2 {
		return false
	}
	t := d.toks[y.srcFirst]
	return t.kind == word && !t.upper && d.toks[x.srcFirst].low == t.low
}
