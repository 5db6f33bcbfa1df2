package extract

import "sumber"

// selfReports sets the stance of a self-report (a cue form of the class
// self-report, id "mengaku") from its content. Such a verb says something
// of the speaker: on its own it reports (its cue stance, assert: "warga
// mengaku sirene tidak berbunyi"); with an admission in the content
// (class admission: "mengaku menerima suap", "mengaku bersalah",
// "mengaku tidak memiliki izin") it confirms, and when the content opens
// with a claimed identity or innocence (class self-claim: "mengaku sebagai
// polisi", "mengaku tidak bersalah") it is a contested claim, as is an
// admission under a negator: denying a wrong of one's own ("mengaku tidak
// menerima suap") is a self-exculpation.
func (d *doc) selfReports() {
	l := d.l
	for k := range d.atts {
		x := &d.atts[k]
		if x.c == nil || x.neg || x.content.empty() {
			continue
		}
		c := d.tokenAt(x.cue.s)
		if c < 0 || l.is(wSelfReport, d.toks, c) == 0 {
			continue
		}
		a, b := d.tokens(x.content)
		if a < 0 {
			continue
		}
		// aspect words (class trim) before the claim ("sudah", "telah") do not change it
		o := a
		for o < b && l.is(wTrim, d.toks, o) > 0 {
			o += l.is(wTrim, d.toks, o)
		}
		if l.is(wSelfClaim, d.toks, o) > 0 {
			x.self = sumber.Claim
			continue
		}
		// a suspect owning up to a deed of its own admits it ("tersangka
		// mengaku merekayasa foto itu"), unless the deed opens negated
		// ("mengaku tidak tahu") or narrowed ("mengaku hanya disuruh"),
		// which exculpates
		if d.suspectSource(x) {
			if l.is(wNeg, d.toks, o) == 0 && l.is(wExculpate, d.toks, a) == 0 && l.is(wExculpate, d.toks, o) == 0 && d.toks[o].kind == word {
				x.self = sumber.Confirm
				continue
			}
		}
		for i := a; i < b; i++ {
			if n := l.is(wAdmission, d.toks, i); n > 0 {
				x.self = sumber.Confirm
				j := i - 1 // "tidak pernah menerima": the negator before aspect words
				for j > a && l.is(wTrim, d.toks, j) > 0 && l.is(wNeg, d.toks, j) == 0 {
					j--
				}
				if j >= a && l.is(wNeg, d.toks, j) > 0 {
					x.self = sumber.Claim
				}
				break
			}
		}
	}
}

// suspectSource reports whether the source of x is named as a suspect
// (class suspect: "tersangka AS", "kedua pelaku") in its first words.
func (d *doc) suspectSource(x *att) bool {
	a, b := d.tokens(x.source)
	if a < 0 {
		return false
	}
	for i := a; i < b && i-a < 4; i++ {
		if d.l.is(wSuspect, d.toks, i) > 0 {
			return true
		}
	}
	return false
}
