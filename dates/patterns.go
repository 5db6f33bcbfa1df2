package dates

import "sumber"

// fromNum tries the patterns that start with a number.
func (p *parser) fromNum(t tok, L lic, depth int) (res, bool) {
	if r, ok := p.iso(t); ok {
		return r, true
	}
	if r, ok := p.sepDate(t, L); ok {
		return r, true
	}
	if r, ok := p.dayMonth(t); ok {
		return r, true
	}
	if r, ok := p.ago(t); ok {
		return r, true
	}
	if L&licYear != 0 {
		if y, ok := p.yearNum(t); ok {
			return res{s: t.s, e: t.e, y: y, prec: sumber.Year, rule: "year"}, true
		}
	}
	return res{}, false
}

// digitsAt reads up to max digits at i.
func (p *parser) digitsAt(i, max int) (n, nd, end int) {
	for i < len(p.text) && isDigit(p.text[i]) {
		if nd == max {
			return 0, nd + 1, i
		}
		n = n*10 + int(p.text[i]-'0')
		nd++
		i++
	}
	return n, nd, i
}

// iso reads 2024-12-23.
func (p *parser) iso(t tok) (res, bool) {
	if t.nd != 4 || t.e+6 > len(p.text) || p.text[t.e] != '-' || !p.numLeftOK(t.s) {
		return res{}, false
	}
	m, nd, j := p.digitsAt(t.e+1, 2)
	if nd != 2 || j >= len(p.text) || p.text[j] != '-' {
		return res{}, false
	}
	d, nd, e := p.digitsAt(j+1, 2)
	if nd != 2 || !p.numRightOK(e) {
		return res{}, false
	}
	if !validDate(t.n, m, d) {
		return res{}, false
	}
	return res{s: t.s, e: e, y: t.n, m: m, d: d, prec: sumber.Day, rule: "iso"}, true
}

// sepDate reads 23/10/2024, 23-10-2024, 23.10.2024, and licensed 23/10.
func (p *parser) sepDate(t tok, L lic) (res, bool) {
	txt := p.text
	if t.nd > 2 || t.e+1 >= len(txt) || !p.numLeftOK(t.s) {
		return res{}, false
	}
	sep := txt[t.e]
	if sep != '/' && sep != '-' && sep != '.' {
		return res{}, false
	}
	b, nd, j := p.digitsAt(t.e+1, 2)
	if nd < 1 || nd > 2 {
		return res{}, false
	}
	a := t.n
	y, hasYear := 0, false
	e := j
	if j+1 < len(txt) && txt[j] == sep && isDigit(txt[j+1]) {
		c, nd, k := p.digitsAt(j+1, 4)
		switch nd {
		case 2:
			y = 2000 + c
		case 4:
			y = c
		default:
			return res{}, false
		}
		hasYear, e = true, k
	}
	if !p.numRightOK(e) || y != 0 && (y < 1900 || y > 2099) {
		return res{}, false
	}
	if !hasYear {
		if sep == '-' && !(p.lx.dashDM && L&licDM != 0) || sep == '.' && !p.lx.dotDM {
			return res{}, false
		}
		paren := t.s > 0 && txt[t.s-1] == '(' && e < len(txt) && txt[e] == ')'
		if L&licDM == 0 && !paren {
			return res{}, false
		}
	}
	d, m := a, b
	if p.lx.mdy && a <= 12 {
		d, m = b, a
	}
	rule := "numeric-dm"
	if d != a {
		rule = "numeric-md"
	}
	check := y
	if !hasYear {
		check = 2024 // a leap year: 29/2 is possible
	}
	if !validDate(check, m, d) {
		if !hasYear || !validDate(check, d, m) {
			return res{}, false
		}
		d, m = m, d
		if rule == "numeric-dm" {
			rule = "numeric-md"
		} else {
			rule = "numeric-dm"
		}
	}
	r := res{s: t.s, e: e, m: m, d: d, prec: sumber.Day}
	if hasYear {
		r.y = y
		r.rule = rule + "y"
		return r, true
	}
	r.rule = rule
	return p.yearless(r)
}

// yearless gives a day or month without a year the publication year, or
// the year before when that would put it more than 7 days after
// publication.
func (p *parser) yearless(r res) (res, bool) {
	if !p.hasPub {
		r.noYear = true
		return r, true
	}
	y := p.pub.Year()
	d := r.d
	if d == 0 {
		d = 1
	}
	if date(y, r.m, d).After(p.pub.AddDate(0, 0, 7)) {
		y--
	}
	if !validDate(y, r.m, d) {
		return res{}, false
	}
	r.y = y
	return r, true
}

// monthAfterDay reads the month after a day number: a month name
// ("Desember", "of December", "Dec.") or vi "tháng 12". It returns the
// month and the end.
func (p *parser) monthAfterDay(i int) (int, int, bool) {
	nt := p.next(i)
	if nt.k == tWord && nt.ph.get(kOf) != nil {
		nt = p.next(nt.e)
	}
	if nt.k != tWord || nt.ph == nil {
		return 0, 0, false
	}
	if e := nt.ph.get(kMonth); e != nil {
		if e.flags&fCap != 0 && !nt.up && !p.relaxed {
			return 0, 0, false
		}
		end := nt.e
		if e.flags&fAbbr != 0 && end < len(p.text) && p.text[end] == '.' {
			end++
		}
		return e.val, end, true
	}
	if l, _ := nt.ph.licence(); l&licMonthNum != 0 {
		mt := p.next(nt.e)
		if mt.k == tNum && mt.nd <= 2 && mt.n >= 1 && mt.n <= 12 && p.numRightOK(mt.e) {
			return mt.n, mt.e, true
		}
	}
	return 0, 0, false
}

// yearAfter reads a year after a date: ", 2024", "2024", "of 2023",
// "năm 2024", or a relative year ("tahun lalu", "năm ngoái").
func (p *parser) yearAfter(i int, allowOf bool) (y, end int, rel, ok bool) {
	nt := p.next(i)
	if nt.k == tPunct && nt.n == ',' {
		nt = p.next(nt.e)
	} else if allowOf && nt.k == tWord && nt.ph.get(kOf) != nil {
		nt = p.next(nt.e)
	}
	if nt.k == tNum {
		if y, ok := p.yearNum(nt); ok {
			return y, nt.e, false, true
		}
		return 0, 0, false, false
	}
	if nt.k != tWord || nt.ph == nil {
		return 0, 0, false, false
	}
	if e := nt.ph.get(kRelYear); e != nil && p.hasPub {
		return p.pub.Year() + e.val, nt.e, true, true
	}
	if l, noun := nt.ph.licence(); noun && l&licYear != 0 {
		yt := p.next(nt.e)
		if y, ok := p.yearNum(yt); ok {
			return y, yt.e, false, true
		}
	}
	return 0, 0, false, false
}

// dayMonth reads "23 Desember [2024]", "23rd of December", "23 tháng 12".
func (p *parser) dayMonth(t tok) (res, bool) {
	d, end, ok := p.dayNum(t)
	if !ok {
		return res{}, false
	}
	m, end, ok := p.monthAfterDay(end)
	if !ok {
		return res{}, false
	}
	r := res{s: t.s, e: end, m: m, d: d, prec: sumber.Day, rule: "day-month"}
	if y, ye, rel, ok := p.yearAfter(end, false); ok && validDate(y, m, d) {
		r.y, r.e, r.rel, r.rule = y, ye, rel, "day-month-year"
		return r, true
	}
	if !validDate(2024, m, d) {
		return res{}, false
	}
	return p.yearless(r)
}

// ago reads "3 hari lalu", "2 weeks ago", "3 ngày trước".
func (p *parser) ago(t tok) (res, bool) {
	if !p.hasPub || t.nd > 3 || t.n < 1 || !p.numLeftOK(t.s) || !p.numRightOK(t.e) {
		return res{}, false
	}
	ut := p.tokAt(t.e, true)
	u := ut.ph.get(kUnit)
	if ut.k != tWord || u == nil {
		return res{}, false
	}
	pt := p.next(ut.e)
	if pt.k != tWord || pt.ph == nil {
		return res{}, false
	}
	if e := pt.ph.get(kPast); e == nil || !e.post {
		return res{}, false
	}
	r := res{s: t.s, e: pt.e, rel: true, rule: "ago"}
	n := t.n
	switch u.val {
	case uDay:
		r.setDay(p.pub.AddDate(0, 0, -n))
	case uWeek:
		r.setDay(p.pub.AddDate(0, 0, -7*n))
	case uMonth:
		r.setMonth(firstOfMonth(p.pub).AddDate(0, -n, 0))
	case uYear:
		r.y, r.prec = p.pub.Year()-n, sumber.Year
	}
	return r, true
}

// fromWord tries the patterns that start with a lexicon word. premod is
// a modifier read before the word ("last").
func (p *parser) fromWord(t tok, L lic, premod mod, depth int) (res, bool) {
	ph := t.ph
	if ph == nil || depth > maxDepth {
		return res{}, false
	}
	for i := range ph.ents {
		e := &ph.ents[i]
		var r res
		ok := false
		switch e.kind {
		case kRelDay, kRelWeek, kRelWeekend, kRelMonth, kRelYear:
			if premod == modNone {
				r, ok = p.relative(t, e)
			}
		case kCount:
			// "dua hari lalu", "three weeks ago": a number word before a unit
			if premod == modNone {
				r, ok = p.ago(tok{k: t.k, s: t.s, e: t.e, we: t.we, n: e.val, nd: 1})
			}
		case kMonth:
			r, ok = p.month(t, e, L, premod)
		case kWeekday:
			r, ok = p.weekday(t, e, L, premod)
		case kSeason:
			r, ok = p.season(t, e, L, premod)
		case kPast, kThis, kNext:
			if e.pre && premod == modNone {
				r, ok = p.premodified(t, e, L, depth)
			}
		case kPart:
			if premod == modNone {
				r, ok = p.part(t, L, depth)
			}
		case kNoun:
			if premod == modNone {
				r, ok = p.noun(t, e, depth)
			}
		}
		if ok {
			return r, true
		}
	}
	return res{}, false
}

func modOf(k kind) mod {
	switch k {
	case kPast:
		return modPast
	case kThis:
		return modThis
	case kNext:
		return modNext
	}
	return modNone
}

// postmod reads a modifier after a word ("lalu", "vừa qua", "ini").
func (p *parser) postmod(i int) (mod, int) {
	nt := p.next(i)
	if nt.k != tWord || nt.ph == nil {
		return modNone, 0
	}
	for _, e := range nt.ph.ents {
		if m := modOf(e.kind); m != modNone && e.post {
			return m, nt.e
		}
	}
	return modNone, 0
}

func (p *parser) premodified(t tok, e *entry, L lic, depth int) (res, bool) {
	nt := p.next(t.e)
	if nt.k != tWord || nt.ph == nil {
		return res{}, false
	}
	for i := range nt.ph.ents {
		switch nt.ph.ents[i].kind {
		case kMonth, kWeekday, kSeason:
			if r, ok := p.fromWord(nt, L, modOf(e.kind), depth+1); ok {
				r.s = t.s
				return r, true
			}
			return res{}, false
		}
	}
	return res{}, false
}

// part reads "awal Desember", "early 2024", "mid-October", "đầu tháng 12".
func (p *parser) part(t tok, L lic, depth int) (res, bool) {
	i := t.e
	if i+1 < len(p.text) && p.text[i] == '-' {
		i++
	}
	nt := p.next(i)
	L |= licMonth | licYear | licSeason
	var r res
	ok := false
	switch nt.k {
	case tNum:
		r, ok = p.fromNum(nt, licYear, depth+1)
	case tWord:
		if nt.ph.get(kPart) == nil {
			r, ok = p.fromWord(nt, L, modNone, depth+1)
		}
	}
	if !ok || r.prec == sumber.Day {
		return res{}, false
	}
	r.s = t.s
	r.rule = "part+" + r.rule
	return r, true
}

// noun reads what a date noun introduces: "tanggal 23 Desember",
// "tahun 2023", "hari Senin", "ngày 18/10", "tháng 10/2024".
func (p *parser) noun(t tok, e *entry, depth int) (res, bool) {
	nt := p.next(t.e)
	var r res
	ok := false
	switch nt.k {
	case tNum:
		if e.lic&licMonthNum != 0 {
			r, ok = p.monthNum(nt)
		} else {
			r, ok = p.fromNum(nt, e.lic, depth+1)
		}
	case tWord:
		if nt.ph.get(kNoun) == nil {
			r, ok = p.fromWord(nt, e.lic, modNone, depth+1)
		}
	}
	if !ok {
		return res{}, false
	}
	r.s = t.s
	return r, true
}

// monthNum reads vi "tháng 10", "tháng 10/2024", "tháng 10 năm 2024",
// "tháng 10 năm ngoái" after "tháng".
func (p *parser) monthNum(t tok) (res, bool) {
	if t.nd > 2 || t.n < 1 || t.n > 12 || !p.numLeftOK(t.s) {
		return res{}, false
	}
	r := res{s: t.s, e: t.e, m: t.n, prec: sumber.Month, rule: "month"}
	txt := p.text
	if t.e+1 < len(txt) && (txt[t.e] == '/' || txt[t.e] == '-' || txt[t.e] == '.') {
		y, nd, e := p.digitsAt(t.e+1, 4)
		if nd == 4 && y >= 1900 && y <= 2099 && p.numRightOK(e) {
			r.y, r.e, r.rule = y, e, "month-year"
			return r, true
		}
		return res{}, false
	}
	if !p.numRightOK(t.e) {
		return res{}, false
	}
	if y, ye, rel, ok := p.yearAfter(t.e, false); ok {
		r.y, r.e, r.rel, r.rule = y, ye, rel, "month-year"
		return r, true
	}
	if m, e := p.postmod(t.e); m != modNone {
		r.e = e
		return p.monthMod(r, m)
	}
	return p.yearless(r)
}

// month reads "December 23, 2024", "Dec. 23", "September 2023",
// "Oktober tahun lalu", "Agustus lalu" and licensed bare months.
func (p *parser) month(t tok, e *entry, L lic, premod mod) (res, bool) {
	if e.flags&fCap != 0 && !t.up && !p.relaxed {
		return res{}, false
	}
	end := t.e
	if e.flags&fAbbr != 0 && end < len(p.text) && p.text[end] == '.' {
		end++
	}
	r := res{s: t.s, e: end, m: e.val, prec: sumber.Month, rule: "month"}
	nt := p.next(end)
	if nt.k == tNum {
		if d, de, ok := p.dayNum(nt); ok && premod == modNone {
			r.d, r.e, r.prec, r.rule = d, de, sumber.Day, "month-day"
			if y, ye, rel, ok := p.yearAfter(de, false); ok && validDate(y, r.m, d) {
				r.y, r.e, r.rel, r.rule = y, ye, rel, "month-day-year"
				return r, true
			}
			if !validDate(2024, r.m, d) {
				return res{}, false
			}
			return p.yearless(r)
		}
	}
	if y, ye, rel, ok := p.yearAfter(end, false); ok && premod == modNone {
		r.y, r.e, r.rel, r.rule = y, ye, rel, "month-year"
		return r, true
	}
	if e.flags&fAbbr != 0 {
		return res{}, false
	}
	r.e = t.e
	if premod == modNone {
		if m, me := p.postmod(t.e); m != modNone {
			r.e = me
			return p.monthMod(r, m)
		}
	}
	if premod != modNone {
		return p.monthMod(r, premod)
	}
	if L&licMonth == 0 {
		return res{}, false
	}
	return p.yearless(r)
}

// monthMod resolves a month with a modifier.
func (p *parser) monthMod(r res, m mod) (res, bool) {
	if !p.hasPub {
		return res{}, false
	}
	y, pm := p.pub.Year(), int(p.pub.Month())
	switch m {
	case modPast:
		if r.m >= pm {
			y--
		}
	case modNext:
		if r.m <= pm {
			y++
		}
	}
	r.y, r.rel, r.rule = y, true, "month-rel"
	return r, true
}

// weekday reads "Senin (21/10/2024)", "Monday, Dec. 23", "Senin lalu",
// "Senin pekan lalu", "thứ Hai tuần trước", and bare weekdays.
func (p *parser) weekday(t tok, e *entry, L lic, premod mod) (res, bool) {
	// A date right after the weekday wins.
	if premod == modNone {
		needParen := e.flags&fCapBare != 0 && !t.up && L&licWeekday == 0 && !p.relaxed
		if r, ok := p.weekdayDate(t, needParen); ok {
			return r, true
		}
	}
	if e.flags&fCapBare != 0 && !t.up && L&licWeekday == 0 && premod == modNone && !p.relaxed {
		return res{}, false
	}
	if !p.hasPub {
		return res{}, false
	}
	r := res{s: t.s, e: t.e, prec: sumber.Day, rel: true, rule: "weekday"}
	pw := isoWeekday(p.pub)
	if premod == modNone {
		nt := p.next(t.e)
		if nt.k == tWord && nt.ph != nil {
			if w := nt.ph.get(kRelWeek); w != nil {
				monday := p.pub.AddDate(0, 0, 1-pw+7*w.val)
				r.setDay(monday.AddDate(0, 0, e.val-1))
				r.e, r.rule = nt.e, "weekday-week"
				return r, true
			}
		}
		if m, me := p.postmod(t.e); m != modNone {
			premod, r.e = m, me
		}
	}
	var back int
	switch premod {
	case modPast:
		back = (pw - e.val + 7) % 7
		if back == 0 {
			back = 7
		}
	case modNext:
		fwd := (e.val - pw + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		back = -fwd
	default:
		back = (pw - e.val + 7) % 7
	}
	r.setDay(p.pub.AddDate(0, 0, -back))
	return r, true
}

// weekdayDate reads a date right after a weekday: "Senin (21/10/2024)",
// "Senin, 23 Desember", "Monday, Dec. 23", "thứ Hai, ngày 21/10".
func (p *parser) weekdayDate(t tok, needParen bool) (res, bool) {
	nt := p.next(t.e)
	paren := false
	if nt.k == tPunct && (nt.n == '(' || nt.n == ',') {
		paren = nt.n == '('
		nt = p.next(nt.e)
	}
	if needParen && !paren {
		return res{}, false
	}
	if nt.k == tWord && nt.ph != nil {
		if l, noun := nt.ph.licence(); noun && l&licDM != 0 {
			nt = p.next(nt.e)
		}
	}
	var r res
	ok := false
	switch nt.k {
	case tNum:
		r, ok = p.sepDate(nt, licDM)
		if !ok {
			r, ok = p.dayMonth(nt)
		}
	case tWord:
		if e := nt.ph.get(kMonth); e != nil {
			r, ok = p.month(nt, e, licMonth, modNone)
			ok = ok && r.prec == sumber.Day
		}
	}
	if !ok {
		return res{}, false
	}
	if paren {
		if ct := p.next(r.e); ct.k == tPunct && ct.n == ')' {
			r.e = ct.e
		}
	}
	r.s = t.s
	r.rule = "weekday-" + r.rule
	return r, true
}

// season reads "musim gugur lalu", "last fall", "summer 2023",
// "mùa thu năm ngoái" and bare seasons.
func (p *parser) season(t tok, e *entry, L lic, premod mod) (res, bool) {
	r := res{s: t.s, e: t.e, prec: sumber.Season, rule: "season"}
	sm := 3 + 3*e.val // first month
	if premod == modNone {
		if y, ye, rel, ok := p.yearAfter(t.e, true); ok {
			r.e, r.rel, r.rule = ye, rel, "season-year"
			r.setDay(date(y, sm, 1))
			return r, true
		}
		if m, me := p.postmod(t.e); m != modNone {
			premod, r.e = m, me
		}
	}
	if e.flags&fNeedCtx != 0 && premod == modNone && L&licSeason == 0 && !p.relaxed {
		return res{}, false
	}
	if !p.hasPub {
		return res{}, false
	}
	r.rel = true
	y := p.pub.Year()
	start := func(y int) bool { return !date(y, sm, 1).After(p.pub) } // began on or before pub
	ended := func(y int) bool { return !date(y, sm+3, 1).After(p.pub) }
	switch premod {
	case modPast:
		for !ended(y) {
			y--
		}
	case modThis:
		if sm == 12 && p.pub.Month() <= 2 {
			y--
		}
	case modNext:
		for start(y) {
			y++
		}
	default:
		for !start(y) {
			y--
		}
	}
	r.setDay(date(y, sm, 1))
	return r, true
}

// relative reads the lexicon's relative phrases ("kemarin", "last week").
func (p *parser) relative(t tok, e *entry) (res, bool) {
	if !p.hasPub {
		return res{}, false
	}
	r := res{s: t.s, e: t.e, rel: true}
	pw := isoWeekday(p.pub)
	switch e.kind {
	case kRelDay:
		r.rule = "rel-day"
		r.setDay(p.pub.AddDate(0, 0, e.val))
	case kRelWeek:
		r.rule, r.prec = "rel-week", sumber.Week
		r.setDay(p.pub.AddDate(0, 0, 1-pw+7*e.val))
		r.prec = sumber.Week
	case kRelWeekend:
		r.rule = "rel-weekend"
		r.setDay(p.pub.AddDate(0, 0, 1-pw+7*e.val+5))
		r.prec = sumber.Week
	case kRelMonth:
		r.rule = "rel-month"
		r.setMonth(firstOfMonth(p.pub).AddDate(0, e.val, 0))
	case kRelYear:
		r.rule = "rel-year"
		r.y, r.prec = p.pub.Year()+e.val, sumber.Year
	}
	return r, true
}
