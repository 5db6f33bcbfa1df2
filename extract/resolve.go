package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"sumber"
	"sumber/gazetteer"
)

func maxOutletWords() int { return gazetteer.MaxOutletWords() }

// maxLookback bounds how many earlier mentions a name, pronoun or
// anaphor is compared with, so that resolution stays linear in a text
// with thousands of sources; news coreference reaches back far less.
const maxLookback = 200

// outlet reports whether tokens [a, b) name a news outlet, and which.
func (d *doc) outlet(a, b int) (string, bool) {
	if b <= a || b-a > maxOutletWords()+4 {
		return "", false
	}
	// an agency the gazetteer does not know, named as one: "kantor berita
	// VARPRESS", "hãng tin OTA", "the news agency Interlink"
	// ("the state news agency LNA": after a determiner)
	w := d.outletKindAt(a, b)
	n := d.l.is(wOutletWord, d.toks, w)
	if n < 2 {
		// one word names an outlet only if it names nothing else (class
		// outlet-kind): "the broadcaster LTV", "the daily Brask Today"
		// ("the agency UNARO" need not be one)
		n = 0
		// (lower case: "the Daily Caller" is a name)
		if k := d.l.is(wOutletKind, d.toks, w); k > 0 && !d.toks[w].upper && w+k < b && d.l.is(wDateWord, d.toks, w+k) == 0 {
			n = k
		}
	}
	if n > 0 && w+n < b && d.allNames(w+n, b) {
		if o, ok := d.knownOutlet(w+n, b); ok {
			return o, true
		}
		return strings.Join(strings.Fields(d.text[d.toks[w+n].start:d.toks[b-1].end]), " "), true
	}
	return d.knownOutlet(a, b)
}

// outletKindAt returns where the word naming the kind of an outlet would
// stand in tokens [a, b): after a determiner, and after one capitalised
// word of place before it ("the Varesian broadcaster VTV").
func (d *doc) outletKindAt(a, b int) int {
	w := a
	if d.l.is(wDet, d.toks, w) == 1 && w+1 < b {
		w++
		if t := d.toks[w]; w+2 < b && t.kind == word && t.upper && d.l.is(wOutletWord, d.toks, w) == 0 && d.l.is(wOutletKind, d.toks, w) == 0 &&
			!d.toks[w+1].upper && d.l.is(wOutletKind, d.toks, w+1) > 0 {
			w++
		}
	}
	return w
}

// namedByKind reports whether tokens [a, b) name an outlet after a word of
// its kind ("the broadcaster VTV", "the Varesian daily Marenz Post"): a
// report never introduces itself so, so the outlet is another one.
func (d *doc) namedByKind(a, b int) bool {
	w := d.outletKindAt(a, b)
	return w < b && (d.l.is(wOutletWord, d.toks, w) > 0 || d.l.is(wOutletKind, d.toks, w) > 0 && !d.toks[w].upper)
}

// knownOutlet reports whether tokens [a, b) name an outlet of the gazetteer.
func (d *doc) knownOutlet(a, b int) (string, bool) {
	// the phrase may wrap the name in generic words and an acronym:
	// "kantor berita Asia Press Agency (APA)", "hãng tin Yonhap", "the AP"
	for i := a; i < b; i++ {
		if !gazetteer.OutletStarts(d.toks[i].low) {
			if d.l.is(wOutletWord, d.toks, i) > 0 || d.l.is(wDet, d.toks, i) > 0 {
				continue
			}
			return "", false
		}
		for n := min(maxOutletWords(), b-i); n >= 1; n-- {
			o, ok := d.lookupOutlet(i, i+n)
			if !ok {
				continue
			}
			rest := i + n
			if rest < b && d.toks[rest].low == "(" && rest+2 < b+1 {
				for rest < b && d.toks[rest].low != ")" {
					rest++
				}
				rest++
			}
			if rest >= b {
				return o.Name, true
			}
			return "", false
		}
		if d.l.is(wOutletWord, d.toks, i) == 0 && d.l.is(wDet, d.toks, i) == 0 {
			return "", false
		}
	}
	return "", false
}

// lookupOutlet looks up tokens [a, b) as one outlet alias.
func (d *doc) lookupOutlet(a, b int) (gazetteer.Outlet, bool) {
	if b-a == 1 {
		return gazetteer.LookupOutletKey(d.toks[a].low)
	}
	d.key = d.key[:0]
	for k := a; k < b; k++ {
		if k > a && !isClitic(d.toks[k].low) {
			d.key = append(d.key, ' ') // "People's Daily" keeps its apostrophe attached
		}
		d.key = append(d.key, d.toks[k].low...)
	}
	return gazetteer.LookupOutletBytes(d.key)
}

// actorName turns a source span into an actor name: determiners dropped,
// outlets canonicalised.
func (d *doc) actorName(a, b int) string {
	for a < b {
		n := d.l.is(wDet, d.toks, a)
		if n == 0 || a+n >= b {
			break
		}
		a += n
	}
	// "a statement from the ministry", "keterangan tertulis Basarnas",
	// "thông cáo báo chí của Bộ Y tế": a document is the vehicle, the
	// body that issued it is the actor
	if n := d.l.is(wVehicle, d.toks, a); n > 0 && a+n < b {
		k := a + n
		for k < b-1 && d.l.is(wDet, d.toks, k) > 0 {
			k += d.l.is(wDet, d.toks, k)
		}
		if d.toks[k].upper || d.l.is(wAnaphor, d.toks, k) > 0 {
			a = k
		}
	}
	if b <= a {
		return ""
	}
	// "Martha (41), istri seorang penambang": the age is no part of the name
	for k := a + 1; k+2 < b; k++ {
		if d.toks[k].low == "(" && d.toks[k+1].kind == number && d.toks[k+2].low == ")" && d.toks[k-1].upper {
			if k+3 == b || d.isComma(k+3) {
				b = k
				break
			}
		}
	}
	// "Ivo Daskal, a campaign chairman": the name before the appositive;
	// "juru bicara EMRA, Sandra Kovic": the name after the title
	for k := a + 1; k < b-1; k++ {
		if d.isComma(k) {
			if d.toks[k-1].upper && d.endsInName(a, k) {
				b = k
			} else if d.endsInName(k+1, b) && d.allNames(k+1, b) {
				a = k + 1
			}
			break
		}
	}
	if o, ok := d.outlet(a, b); ok {
		return o
	}
	return strings.Join(strings.Fields(d.text[d.toks[a].start:d.toks[b-1].end]), " ")
}

// isPlural guesses whether a source noun phrase names several people:
// a plural determiner ("para", "the officials", "các"), a reduplicated
// Indonesian noun ("pejabat-pejabat") or an English plural head.
func (d *doc) isPlural(a, b int) bool {
	if b <= a {
		return false
	}
	if d.l.is(wPluralDet, d.toks, a) > 0 {
		return true
	}
	for k := a; k < b; k++ {
		if d.isComma(k) {
			break // an appositive does not change the number: "Han, a member of …"
		}
		w := d.toks[k].low
		if i := strings.IndexByte(w, '-'); i > 0 && w[:i] == w[i+1:] {
			return true
		}
		if !d.toks[k].upper && len(w) > 3 && d.l.suffix(aPlural, w) && !d.l.suffix(aSingular, w) && !d.l.suffix(aPossessive, w) {
			return true
		}
		if d.l.is(wPronPl, d.toks, k) > 0 && k == a {
			return true
		}
	}
	return false
}

// resolve names each source: pronouns and anaphors ("mereka", "he",
// "the agency", "-nya") take the most recent fitting source before them;
// an origin from a relay ("citing X") becomes the source, with the
// relaying subject moved onto the via chain; nested attributions are
// relayed by the attribution that holds them.
func (d *doc) resolve() {
	type mention struct {
		name   string
		sp     span
		plural bool
		nested bool
		att    int // the attribution that named it
		words  []string
	}
	var hist []mention
	d.selfReports()
	// push records a mention, its name split into words once
	push := func(name string, sp span, plural, nested bool, att int) {
		hist = append(hist, mention{name, sp, plural, nested, att, strings.Fields(name)})
	}
	for k := range d.atts {
		x := &d.atts[k]
		if x.origin != nil {
			x.via = append([]via{{sp: x.source, actor: d.nameOf(x)}}, x.via...)
			x.source = x.origin.sp
			x.srcFirst, x.srcLast = d.tokens(x.source)
			x.actor = x.origin.actor
		}
		a, b := x.srcFirst, x.srcLast
		switch {
		case x.pronoun == 1 && a < 0: // -nya
		case a >= 0 && b > a && d.pronounLike(a, b):
			x.pronoun = 1
			if d.l.is(wPronPl, d.toks, a) > 0 {
				x.pronoun = 2
			}
			if d.l.is(wRelative, d.toks, a) > 0 {
				x.pronoun = 3
			}
		case a >= 0 && b > a && d.isAnaphor(a, b):
			x.pronoun = 4
		}
		if x.pronoun == 0 {
			if x.actor == "" && a >= 0 {
				x.actor = d.actorName(a, b)
				x.plural = d.isPlural(a, b)
				// "Dunn", "ông Hòa", "Pak Abdul": a short mention of a person
				// named in full before ("Karel Dunn", "Lê Văn Hòa", "Abdul
				// Muhari") is that person
				// "Oskarian negotiator Viktor Hale" after "Viktor Hale", or the
				// other way round: one person, named as first mentioned
				if f := strings.Fields(x.actor); len(f) >= 2 && !x.plural {
					for h := len(hist) - 1; h >= max(0, len(hist)-maxLookback); h-- {
						if g := hist[h].words; !hist[h].plural && len(g) >= 2 && hist[h].name != x.actor &&
							(wordSuffix(f, g) || wordSuffix(g, f)) && upperWord(f[len(f)-1]) {
							x.actor = hist[h].name
							break
						}
					}
				}
				if w := d.shortName(a, b); w != "" {
					for h := len(hist) - 1; h >= max(0, len(hist)-maxLookback); h-- {
						if f := hist[h].words; !hist[h].plural && len(f) >= 2 && len(f) <= 12 && namedBy(f, w) {
							x.actor = hist[h].name
							sp := hist[h].sp
							x.resolved = &sp
							d.continueVia(hist[h].att, k)
							break
						}
					}
				}
			}
			if x.actor != "" {
				push(x.actor, x.source, x.plural, x.nestedIn >= 0 || x.asker, k)
			}
		} else {
			var m *mention
			if x.pronoun == 3 && a > 0 {
				// "Smith, who said": the noun phrase before the comma
				q := a - 1
				if d.isComma(q) {
					p := q - 1
					for p >= 0 && (!d.hard(p) || d.pluralPossessiveAt(p)) && q-p <= d.npLimit() && d.l.ends(wBoundary, d.toks, p) == 0 {
						p--
					}
					// prefer the proper name right before the comma: "quoted Ms. Lee, who"
					// (a plural possessive stays inside it: "the Halden Nurses' Union, which")
					n := q
					for n-1 > p && (d.toks[n-1].upper || d.pluralPossessiveAt(n-1)) {
						n--
					}
					if n < q && d.toks[q-1].upper {
						p = n - 1
					}
					// "according to the fire brigade, which said": the
					// antecedent follows the prepositional cue
					for r := p + 1; r < q; r++ {
						if c := d.l.cueAt(d.toks[:q], r); c != nil && (c.frame == fPrep || c.frame == fPrepC) {
							p = r + len(c.seq) - 1
							break
						}
					}
					if ta, tb := d.trimNP(p+1, q); tb > ta {
						nm := d.actorName(ta, tb)
						m = &mention{nm, d.tokSpan(ta, tb), false, false, -1, nil}
						x.relAntecedent = true
					}
				}
			}
			if m == nil && x.nyaRel {
				// "… yang diklaimnya": the speaker of the claim holding the
				// relative clause, or else the subject of the clause
				if x.nestedIn >= 0 && x.nestedIn < k {
					if h := &d.atts[x.nestedIn]; h.actor != "" {
						m = &mention{h.actor, h.source, h.plural, false, x.nestedIn, nil}
					}
				}
				if m == nil && x.nyaLast > x.nyaFirst {
					m = &mention{d.actorName(x.nyaFirst, x.nyaLast), d.tokSpan(x.nyaFirst, x.nyaLast), d.isPlural(x.nyaFirst, x.nyaLast), false, -1, nil}
				}
			}
			for h := len(hist) - 1; h >= max(0, len(hist)-maxLookback) && m == nil; h-- {
				c := hist[h]
				if c.nested && x.pronoun != 4 {
					continue // a reported source is not the one speaking on
				}
				switch x.pronoun {
				case 1:
					if c.plural || d.l.is(wPronPerson, d.toks, a) > 0 && d.bodyMention(c.sp) {
						continue
					}
				case 2:
					if !c.plural {
						continue
					}
				case 4:
					if !d.anaphorFits(a, b, c.name) {
						continue
					}
				}
				m = &hist[h]
			}
			if m == nil && len(hist) > 0 && x.pronoun != 4 {
				m = &hist[len(hist)-1]
			}
			if m != nil {
				x.actor = m.name
				sp := m.sp
				x.resolved = &sp
				x.plural = m.plural
				d.continueVia(m.att, k)
			} else if a >= 0 {
				x.actor = d.actorName(a, b)
			}
			if x.pronoun == 3 && m != nil && x.actor != "" {
				// "Viktor Hale, who …": the antecedent is a mention of its own
				push(x.actor, m.sp, m.plural, false, m.att)
			}
			if x.pronoun == 4 && x.actor != "" {
				// "The company denied X. It later confirmed Y": an anaphor
				// that opens the story is itself an antecedent
				push(x.actor, x.source, x.plural || d.isPlural(a, b), x.nestedIn >= 0, k)
			}
		}
		if a >= 0 && b > a && x.timing == "" && d.hasSuperseded(a, b) {
			x.timing = sumber.Superseded
		}
		// "Senator Dunn, citing the ministry, said … . She added …": the
		// relaying speaker is mentioned after the origin, and a later
		// pronoun or short name is the speaker
		if x.origin != nil && len(x.via) > 0 && x.via[0].actor != "" {
			v := x.via[0]
			push(v.actor, v.sp, false, x.nestedIn >= 0, -1)
		}
	}
	d.supersede()
	// nested attributions are relayed by their holder
	for k := range d.atts {
		x := &d.atts[k]
		if x.nestedIn < 0 {
			continue
		}
		h := &d.atts[x.nestedIn]
		if x.nyaRel && x.actor == h.actor {
			continue // "… menyinggung utang yang disebutnya …": no one relays oneself
		}
		if h.comment || h.c != nil && h.c.stance == sumber.Deny {
			// "Rebels claim a downing; army denies", "the ministry rejected
			// the bank's claim that …": a denial does not relay the claim
			// it holds
			continue
		}
		chain := []via{{sp: h.source, actor: h.actor}}
		chain = append(chain, h.via...)
		x.via = append(chain, x.via...)
	}
	// "X, quoted by OTA, denied … and said …": a second verb of the same
	// subject in the same sentence goes on with the first one's relayed
	// report (an outlet the first was told to is not carried over, as in
	// continueVia)
	for k := range d.atts {
		x := &d.atts[k]
		if len(x.via) > 0 || x.nestedIn >= 0 || x.srcFirst < 0 || x.rule != "verb-participle" {
			continue
		}
		for m := k - 1; m >= 0 && d.atts[m].sent == x.sent; m-- {
			y := &d.atts[m]
			if y.srcFirst != x.srcFirst || y.srcLast != x.srcLast || y.nestedIn >= 0 {
				continue
			}
			for _, v := range y.via {
				if !v.told {
					x.via = append(x.via, v)
				}
			}
			break
		}
	}
	// a relay named twice ("menurut APA" on a nested claim) appears once,
	// a relative pronoun's antecedent does not relay it ("according to
	// the brigade, which said"), and the outlet whose dateline opens the
	// report relays nothing in it ("PORT VELIN (Reuters) - …, X told
	// Reuters": Reuters is the reporter, not a relay)
	credit := d.datelineCredit()
	for k := range d.atts {
		x := &d.atts[k]
		out := x.via[:0]
		for _, v := range x.via {
			dup := v.actor != "" && (x.pronoun == 3 && v.actor == x.actor || v.actor == credit)
			for _, w := range out {
				if (v.actor != "" && v.actor == w.actor) || v.sp == w.sp {
					dup = true
					break
				}
			}
			if !dup {
				out = append(out, v)
			}
		}
		x.via = out
	}
}

// datelineCredit returns the outlet credited in the report's dateline,
// "CITY, Date (Outlet) - …", within its first tokens, or "".
func (d *doc) datelineCredit() string {
	for k := 0; k+2 < len(d.toks) && k < 40; k++ {
		if d.toks[k].low != "(" {
			continue
		}
		for c := k + 2; c < len(d.toks) && c-k <= 5; c++ {
			if d.toks[c].low == ")" {
				if c+1 < len(d.toks) && isDash(d.toks[c+1]) {
					if o, ok := d.outlet(k+1, c); ok {
						return o
					}
				}
				break
			}
		}
	}
	// "TEMPO.CO, Jakarta - …", "Jakarta, CNN Indonesia -- …", "MARASA,
	// KOMPAS.com — …": an outlet among the comma-separated parts of a
	// dateline closed by a dash, in the headline or the lead
	for si := 0; si < len(d.sents) && si < 3; si++ {
		s := d.sents[si]
		for c := s.first; c < s.last && c-s.first <= 8; c++ {
			if !isDash(d.toks[c]) {
				continue
			}
			if o := d.outletAmongParts(s.first, c); o != "" {
				return o
			}
			break
		}
	}
	if o := d.bylineCredit(); o != "" {
		return o
	}
	return d.closingCredit()
}

// bylineCredit returns the outlet named in a byline line near the top,
// "By Ana Roe, BBC News, Tavor": a capitalised agent word (words.tsv
// agent) and nothing but capitalised names between commas, one of them an
// outlet; or "". ("By Tuesday, the agency had …" has lower-case words.)
func (d *doc) bylineCredit() string {
	for si := 0; si < len(d.sents) && si < 4; si++ {
		s := d.sents[si]
		e := s.last
		if e > s.first && isTerminal(d.toks[e-1]) {
			e--
		}
		if e-s.first > 16 || e-s.first < 3 || !d.toks[s.first].upper || d.l.is(wAgent, d.toks, s.first) != 1 {
			continue
		}
		names := true
		for k := s.first + 1; k < e && names; k++ {
			names = d.isComma(k) || d.toks[k].kind == word && d.toks[k].upper
		}
		if !names {
			continue
		}
		if o := d.outletAmongParts(s.first+1, e); o != "" {
			return o
		}
	}
	return ""
}

// outletAmongParts returns the first outlet among the comma-separated
// parts of tokens [a, e) ("Jakarta, CNN Indonesia", "Ana Roe, BBC News,
// Tavor"), or "".
func (d *doc) outletAmongParts(a, e int) string {
	for m := a; m <= e; m++ {
		if m == e || d.isComma(m) {
			if m > a {
				if o, ok := d.outlet(a, m); ok {
					return o
				}
			}
			a = m + 1
		}
	}
	return ""
}

// closingCredit returns the outlet a report's last line credits after a
// label and a colon ("Source: Al Jazeera and news agencies", class
// credit-label), or "": the report's own outlet, as a dateline's is.
func (d *doc) closingCredit() string {
	if len(d.sents) == 0 {
		return ""
	}
	s := d.sents[len(d.sents)-1]
	n := d.l.is(wCreditLabel, d.toks, s.first)
	if n == 0 || s.first+n+1 >= s.last || d.toks[s.first+n].low != ":" {
		return ""
	}
	a := s.first + n + 1
	e := a
	for e < s.last && d.l.is(wCoord, d.toks, e) == 0 && !d.isComma(e) && !isTerminal(d.toks[e]) {
		e++
	}
	if o, ok := d.outlet(a, e); ok {
		return o
	}
	return ""
}

// continueVia gives attribution k the relays of attribution p when k goes
// on with p's relayed report: its source refers back to p's ("Ông cũng bác
// bỏ …", "The official added …", "Quan chức này cảnh báo …"), it follows p
// in the same or the next sentence with only p's nested claims between
// them, and it names no relay of its own. An outlet p was told to is
// not carried over.
//
// A claim between them that already went on with p's report, by the same
// speaker, passes the report on: "…," kata X, seperti dilansir Y. Ia juga
// menepis …. Menurutnya, …" (the last sentence is counted from it).
func (d *doc) continueVia(p, k int) {
	if p < 0 || p >= k {
		return
	}
	x, h := &d.atts[k], &d.atts[p]
	if len(x.via) > 0 || len(h.via) == 0 || x.nestedIn >= 0 {
		return
	}
	last := p
	for m := p + 1; m < k; m++ {
		y := &d.atts[m]
		if y.nestedIn == p || y.nestedIn >= 0 && y.nestedIn == last {
			continue
		}
		if y.viaFrom == p+1 && y.actor != "" && y.actor == h.actor {
			last = m
			continue
		}
		return
	}
	if x.sent-d.atts[last].sent > 1 {
		return
	}
	for _, v := range h.via {
		if !v.told {
			x.via = append(x.via, v)
		}
	}
	if len(x.via) > 0 {
		x.viaFrom = p + 1
	}
}

func (d *doc) nameOf(x *att) string {
	if x.srcFirst >= 0 && x.srcLast > x.srcFirst {
		return d.actorName(x.srcFirst, x.srcLast)
	}
	return ""
}

// isAnaphor reports whether [a, b) is a definite description that refers
// back: "the agency", "badan tersebut", "cơ quan này".
func (d *doc) isAnaphor(a, b int) bool {
	if b-a < 2 {
		return false
	}
	if d.l.is(wDefiniteFirst, d.toks, a) == 0 && d.l.ends(wDefiniteLast, d.toks, b-1) == 0 {
		return false
	}
	for k := a; k < b; k++ {
		if n := d.l.is(wAnaphor, d.toks, k); n > 0 {
			// "the agency's spokeswoman, Hana Roos": a possessor is not the head
			if k+n < b && d.possessiveAt(k+n) {
				continue
			}
			return true
		}
	}
	return false
}

// anaphorFits reports whether an earlier actor name contains the head noun
// of the anaphor [a, b).
func (d *doc) anaphorFits(a, b int, name string) bool {
	low := strings.ToLower(name)
	// a modifier before the head must fit too: "the health ministry" is
	// not "the interior ministry" named before
	for k := a; k < b; k++ {
		if d.l.is(wAnaphor, d.toks, k) > 0 {
			break
		}
		if t := d.toks[k]; t.kind == word && d.l.is(wDet, d.toks, k) == 0 && d.l.is(wTrim, d.toks, k) == 0 && !containsWord(low, t.low) {
			return false
		}
	}
	for k := a; k < b; k++ {
		if n := d.l.is(wAnaphor, d.toks, k); n > 0 {
			if k+n < b && d.possessiveAt(k+n) {
				continue // the possessor is not the head: "the agency's spokeswoman"
			}
			head := d.low[d.toks[k].start:d.toks[k+n-1].end]
			if strings.Contains(low, head) {
				return true
			}
			// "lembaga itu", "the organisation": an institution noun fits any
			// name that names an institution ("Organisasi Kesehatan Regional")
			if d.l.is(wInstitution, d.toks, k) > 0 {
				ws := seqTokens(strings.Fields(low))
				for i := range ws {
					if d.l.class[wInstitution].at(ws, i) > 0 {
						return true
					}
				}
			}
			// "the agency" fits any name with agency-like words
			if strings.Contains(head, "agency") || strings.Contains(head, "badan") || strings.Contains(head, "cơ quan") {
				for _, w := range []string{"agency", "intelligence", "intelijen", "service", "badan", "tình báo", "nis"} {
					if containsWord(low, w) {
						return true
					}
				}
			}
		}
	}
	return false
}

// containsWord reports whether w occurs in s between non-letters: "nis"
// in "the NIS" but not in "minister".
func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, after := ' ', ' '
		if j > 0 {
			before, _ = utf8.DecodeLastRuneInString(s[:j])
		}
		if j+len(w) < len(s) {
			after, _ = utf8.DecodeRuneInString(s[j+len(w):])
		}
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		i = j + 1
	}
	return false
}

// hasSuperseded reports whether the source phrase marks an assessment
// that has been replaced ("penilaian sebelumnya", "the earlier assessment").
func (d *doc) hasSuperseded(a, b int) bool {
	for k := a; k < b; k++ {
		if d.l.is(wSuperseded, d.toks, k) > 0 && !d.toks[k].upper && !d.titleAfter(k+1, b) {
			return true
		}
	}
	return false
}

// titleAfter reports a title among the two tokens from k (before b): in
// "a former aide", "the previous prime minister" a person held an office
// before; that is no superseded assessment.
func (d *doc) titleAfter(k, b int) bool {
	for m := k; m < b && m < k+2; m++ {
		if d.l.is(wTitle, d.toks, m) > 0 {
			return true
		}
	}
	return false
}

// runeIndex converts byte offsets of one text (at most one window) to
// code-point offsets with a table built in one pass.
type runeIndex struct {
	text  string
	ascii bool
	runes []int32 // runes[i] is the number of code points before byte i
}

func newRuneIndex(text string, buf []int32) *runeIndex {
	ri := &runeIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ri.ascii = false
			break
		}
	}
	if !ri.ascii {
		if cap(buf) < len(text)+1 {
			buf = make([]int32, len(text)+1)
		}
		buf = buf[:len(text)+1]
		n := int32(0)
		for i := 0; i < len(text); i++ {
			buf[i] = n
			if text[i]&0xC0 != 0x80 {
				n++
			}
		}
		buf[len(text)] = n
		ri.runes = buf
	}
	return ri
}

func (ri *runeIndex) at(off int) int {
	if ri.ascii {
		return off
	}
	if off > len(ri.text) {
		off = len(ri.text)
	}
	return int(ri.runes[off])
}

func (ri *runeIndex) span(x span) sumber.Span {
	if x.empty() {
		return sumber.Span{}
	}
	return sumber.Span{Start: ri.at(x.s), End: ri.at(x.e), Text: ri.text[x.s:x.e]}
}

// output converts the working attributions to domain attributions.
func (d *doc) output() []sumber.Attribution {
	if len(d.atts) == 0 {
		return nil
	}
	ri := newRuneIndex(d.text, d.runes)
	d.runes = ri.runes
	out := make([]sumber.Attribution, 0, len(d.atts))
	for k := range d.atts {
		x := &d.atts[k]
		d.dropScaleDot(x)
		a := sumber.Attribution{
			Source:   ri.span(x.source),
			Actor:    x.actor,
			Cue:      ri.span(x.cue),
			Lemma:    x.c.lemma,
			Content:  ri.span(x.content),
			Stance:   x.stance(),
			Negated:  x.neg,
			Timing:   x.timing,
			Date:     x.date,
			Figures:  x.figures,
			Rule:     x.rule,
			Entry:    d.l.code + "/cues.tsv:" + itoa(x.c.line) + " " + x.c.form,
			Sentence: x.sent,
		}
		if x.resolved != nil {
			sp := ri.span(*x.resolved)
			a.ResolvedFrom = &sp
			if x.relAntecedent && d.l.has(fCommaRelative) {
				// "Director Ansel Korr, who had denied …": the source of an
				// English relative clause is its antecedent noun phrase, read
				// with the pronoun that stands for it
				if x.resolved.s < x.source.s {
					a.Source = ri.span(span{x.resolved.s, x.source.e})
				}
			}
		}
		for _, v := range x.via {
			if v.sp == x.source && !v.sp.empty() {
				continue // a claim is not relayed by its own source
			}
			a.Via = append(a.Via, sumber.Via{Span: ri.span(v.sp), Actor: v.actor})
		}
		if a.Date != nil {
			a.Date.Span = ri.span(span{a.Date.Span.Start, a.Date.Span.End})
		}
		for f := range a.Figures {
			fs := a.Figures[f].Span
			a.Figures[f].Span = ri.span(span{fs.Start, fs.End})
		}
		out = append(out, a)
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// supersede marks a position as superseded when the next sentence opens
// with a contrast and states a position as current: "Western officials
// read it as X. However, US officials now say Y." / "Namun, … sekarang …".
func (d *doc) supersede() {
	for k := range d.atts {
		x := &d.atts[k]
		if x.timing != "" || x.nestedIn >= 0 {
			continue
		}
		next := x.sent + 1
		if next >= len(d.sents) {
			continue
		}
		s := d.sents[next]
		if d.l.is(wContrast, d.toks, s.first) == 0 {
			continue
		}
		now, has := false, false
		for m := range d.atts {
			y := &d.atts[m]
			if y.sent != next {
				continue
			}
			has = true
			for t := s.first; t < s.last; t++ {
				if d.l.is(wNow, d.toks, t) > 0 && d.toks[t].end <= y.content.e {
					now = true
					break
				}
			}
		}
		if has && now {
			x.timing = sumber.Superseded
		}
	}
}

// laterPositions marks as later the next position of an actor whose
// earlier one is marked, when something shows the change: a marker of
// time or contrast before its cue ("Hale, who on Wednesday had denied X,
// confirmed on Saturday Y", "awalnya membantah …, tetapi … kemudian", "now
// says"), another stance, or another figure. A second statement of the
// same stance and figure ("The ministry initially said X. The ministry
// said rescue teams …") is only the next thing it said. It runs after the
// figures are attached.
// laterLookback is how many sentences before an earlier figure the same
// speaker's new one is looked for.
const laterLookback = 5

func (d *doc) laterPositions() {
	for k := range d.atts {
		x := &d.atts[k]
		if x.timing != sumber.Earlier || x.actor == "" {
			continue
		}
		// "dinas itu sempat menyebut 9.000 orang; kini Agus merevisi angka
		// itu menjadi 11.400 orang": a revision after the earlier claim in
		// its sentence is the change of that position, whoever of the body
		// makes it; a claim told before with another figure is then no new
		// position ("It had initially reported nine deaths before raising
		// the toll to 17", after "The ministry said 17 had died": that one
		// is)
		rev := d.revisionAfter(k)
		for m := k + 1; m < len(d.atts) && d.atts[m].sent <= x.sent+2; m++ {
			y := &d.atts[m]
			if y.actor == x.actor && y.timing == sumber.Later && y.nestedIn < 0 && y.srcFirst != x.srcFirst {
				// "Ban đầu, X bác bỏ …, nói rằng …. Sau đó, X thừa nhận
				// …. X phủ nhận …": the change of both earlier claims is
				// the one already marked; what comes after it is current
				break
			}
			if y.actor == x.actor && y.timing == "" && y.nestedIn < 0 && y.srcFirst != x.srcFirst {
				// (a no-comment after it is no new position unless a change
				// is marked: "It had put the toll at 40 in May. It declined
				// to comment on the audit.")
				noComment := y.stance() == sumber.Neither && !d.changeMarked(x, y)
				if !noComment && !d.replyBetween(k, m) && (stanceTurns(x.stance(), y.stance()) || y.neg != x.neg || d.changeMarked(x, y) || figuresDiffer(x.figures, y.figures)) {
					y.timing = sumber.Later
					// "…, ông phủ nhận X và khẳng định Y": a second verb of
					// the same subject tells the new position too
					for n := m + 1; n < len(d.atts) && d.atts[n].sent == y.sent; n++ {
						z := &d.atts[n]
						if z.srcFirst != y.srcFirst || z.srcLast != y.srcLast || z.timing != "" || z.nestedIn >= 0 {
							continue
						}
						// (joined by "and", not turned by "but": "confirmed X but
						// stressed Y" qualifies the new position, no change)
						if k := d.tokenAt(z.cue.s); k > 0 && d.l.ends(wCoord, d.toks, k-1) > 0 && d.l.ends(wContrast, d.toks, k-1) == 0 && d.l.ends(wBreak, d.toks, k-1) == 0 {
							z.timing = sumber.Later
						}
					}
				}
				break
			}
		}
		// the new figure told first, the old one after it: "The number
		// evacuated had risen to 5,200, the chief said. On Tuesday he had
		// put the figure at 1,200." (a figure that differs is the change;
		// the old one's speaker may be named short: "Gubernur X, Sari
		// Wulan, menyatakan …. Pekan lalu, Sari sempat mengatakan …")
		// (a claim nested in the new one is passed over: "The ministry said
		// 17 had died and that tests had confirmed 412 cases. It had
		// initially reported nine deaths.")
		m := k - 1
		for m >= 0 && d.atts[m].nestedIn >= 0 && d.atts[m].nestedIn < k && d.atts[m].sent >= x.sent-1 {
			m--
		}
		// the speaker's figure said to hold now ("stok … saat ini sekitar
		// 1,2 juta ton"), a few sentences before, is the new one rather
		// than another figure told right before the old one
		if n := d.nowFigureBefore(x, k); n >= 0 {
			d.atts[n].timing = sumber.Later
			continue
		}
		if m >= 0 && d.atts[m].sent >= x.sent-1 {
			y := &d.atts[m]
			if d.sameSpeaker(x, y) && y.timing == "" && y.nestedIn < 0 && y.srcFirst != x.srcFirst &&
				len(x.figures) > 0 && len(y.figures) > 0 && figuresDiffer(x.figures, y.figures) &&
				(rev < 0 || !figuresDiffer(y.figures, d.atts[rev].figures)) {
				y.timing = sumber.Later
				continue
			}
		}
		// the new figure told some sentences before by an official of the
		// body the earlier one names by its acronym, other speakers' claims
		// between them: "Juru bicara
		// KAV, Dena, mengatakan penyidik menyita Rp 2,7 miliar. … Sebelumnya,
		// KAV menyebut Rp 2,5 miliar": the nearest claim whose source holds
		// the earlier one's short name is the new one when a figure of the
		// same unit differs
		if len(x.figures) == 0 || x.srcLast != x.srcFirst+1 || !isCaps(d.text[d.toks[x.srcFirst].start:d.toks[x.srcFirst].end]) {
			continue
		}
		for m := k - 1; m >= 0 && d.atts[m].sent >= x.sent-laterLookback; m-- {
			y := &d.atts[m]
			if y.nestedIn >= 0 || y.srcFirst == x.srcFirst || !d.nameWithin(x, y) {
				continue
			}
			if y.timing == "" && len(y.figures) > 0 && figuresDiffer(x.figures, y.figures) {
				y.timing = sumber.Later
			}
			break
		}
	}
}

// replyBetween reports whether the claim m answers another speaker's
// claim told just before it rather than changing the earlier position k:
// in "X had said in May it had no plans to sell. The union said it feared
// closures. X denied it had any such plans." the denial rejects the
// union's claim. It holds for a denial with no marker of change whose
// nearest preceding claim, in its sentence or the one before and after k,
// is another actor's.
func (d *doc) replyBetween(k, m int) bool {
	x, y := &d.atts[k], &d.atts[m]
	if y.stance() != sumber.Deny || d.changeMarked(x, y) {
		return false
	}
	for j := m - 1; j > k; j-- {
		z := &d.atts[j]
		if z.nestedIn >= 0 {
			continue
		}
		return z.sent >= y.sent-1 && z.actor != "" && z.actor != y.actor
	}
	return false
}

// revisionAfter marks as later a revision of a figure (frame revise) that
// follows the earlier claim k in its sentence, and returns its index, or
// -1 when there is none.
func (d *doc) revisionAfter(k int) int {
	x := &d.atts[k]
	for m := k + 1; m < len(d.atts) && d.atts[m].sent == x.sent; m++ {
		if y := &d.atts[m]; y.c.frame == fRevise && y.nestedIn < 0 && y.timing == "" {
			y.timing = sumber.Later
			return m
		}
	}
	return -1
}

// sameSpeaker reports whether two attributions have one speaker: the
// same actor, or a source that is only a name (or an acronym) standing as
// whole words in the other's source ("Sari" in "Gubernur Kelvar, Sari
// Wulandari"; "Basarsun" in "Badan SAR Sundara (Basarsun)").
func (d *doc) sameSpeaker(x, y *att) bool {
	if x.actor == y.actor {
		return true
	}
	return d.nameWithin(x, y) || d.nameWithin(y, x)
}

// nameWithin reports whether x's source is one or two capitalised words
// that stand as whole words in y's longer source.
func (d *doc) nameWithin(x, y *att) bool {
	if x.srcFirst < 0 || y.srcFirst < 0 || x.srcLast-x.srcFirst > 2 || y.srcLast-y.srcFirst <= x.srcLast-x.srcFirst {
		return false
	}
	for k := x.srcFirst; k < x.srcLast; k++ {
		if d.toks[k].kind != word || !d.toks[k].upper || d.l.is(wBody, d.toks, k) > 0 || d.l.is(wTitle, d.toks, k) > 0 || d.l.is(wRole, d.toks, k) > 0 || d.l.is(wAnaphor, d.toks, k) > 0 || d.l.is(wSourceNoun, d.toks, k) > 0 {
			return false // (a body's or a title's word names no one: "Bộ" in "Bộ Y tế Lumora")
		}
	}
	n := x.srcLast - x.srcFirst
	for k := y.srcFirst; k+n <= y.srcLast; k++ {
		same := true
		for m := 0; m < n && same; m++ {
			same = d.toks[k+m].low == d.toks[x.srcFirst+m].low
		}
		if same {
			return true
		}
	}
	return false
}

// unframedLater takes the later timing off a claim whose marker before
// the cue ("sau đó", "kemudian", "later") frames no change of position: no
// claim of the same actor comes before it in the text ("Bà Volt cho biết … Chủ tịch
// huyện sau đó thừa nhận …" is the next event, not a revision).
func (d *doc) unframedLater() {
	for k := range d.atts {
		x := &d.atts[k]
		if x.timing != sumber.Later || !x.laterWord || x.actor == "" {
			continue
		}
		// (the same actor under another name counts: "Moskow awalnya
		// membantah …, tetapi juru bicara Kremlin kemudian mengakui …")
		// a change needs something to change: a turn of stance, a negation
		// dropped or taken up, or another figure ("Varnholt later wrote
		// that …" after her quotation is only the next thing she said)
		// (the gazetteer is asked last: it is the dear test)
		framed := false
		for m := 0; m < k && !framed; m++ {
			y := &d.atts[m]
			framed = (stanceTurns(y.stance(), x.stance()) || y.neg != x.neg ||
				len(x.figures) > 0 && len(y.figures) > 0 && figuresDiffer(x.figures, y.figures) || y.timing == sumber.Earlier) &&
				(d.sameActor(y.actor, x.actor) || d.speaksFor(x, y) || d.titleOfBody(x, y))
		}
		if !framed {
			x.timing = ""
		}
	}
}

// speaksFor reports whether the speaker of x is named, in one of the
// document's attributions, with a title that heads the body speaking in
// y: "Bà X, Chủ tịch UBND huyện" speaks for "UBND huyện Phú Lenn", "Ông
// Y, Giám đốc công ty" for "công ty" (a title of class appos-title after
// the comma that closes the name).
func (d *doc) speaksFor(x, y *att) bool {
	if x.actor == "" || y.srcFirst < 0 || y.source.empty() {
		return false
	}
	body := strings.ToLower(d.text[y.source.s:y.source.e])
	for m := range d.atts {
		z := &d.atts[m]
		if z.actor != x.actor || z.srcFirst < 0 {
			continue
		}
		for k := z.srcFirst; k+2 < z.srcLast; k++ {
			if !d.isComma(k) {
				continue
			}
			n := d.l.is(wApposTitle, d.toks, k+1)
			if n == 0 || k+1+n >= z.srcLast {
				continue
			}
			title := strings.ToLower(d.text[d.toks[k+1+n].start:d.toks[z.srcLast-1].end])
			if strings.HasPrefix(body, title) || strings.HasPrefix(title, body) {
				return true
			}
		}
	}
	return false
}

// titleOfBody reports whether x's source is a title of the body that
// speaks in y, the body's words before the title: "A police spokeswoman"
// speaks for "Police", "the ministry spokesman" for "The ministry"
// (determiners set aside, words compared in lower case; class title).
func (d *doc) titleOfBody(x, y *att) bool {
	if x.srcFirst < 0 || y.srcFirst < 0 || x.srcLast-x.srcFirst < 2 || x.srcLast > len(d.toks) || y.srcLast > len(d.toks) {
		return false
	}
	a, b := x.srcFirst, x.srcLast-1
	if n := d.l.is(wDet, d.toks, a); n > 0 {
		a += n
	}
	if d.l.is(wTitle, d.toks, b) != 1 || b <= a {
		return false
	}
	c := y.srcFirst
	if n := d.l.is(wDet, d.toks, c); n > 0 {
		c += n
	}
	if y.srcLast-c != b-a {
		return false
	}
	for k := 0; k < b-a; k++ {
		if d.toks[a+k].kind != word || d.toks[a+k].low != d.toks[c+k].low {
			return false
		}
	}
	return true
}

// sameActor reports whether two actor names are one actor, or two the
// gazetteer knows that belong to the same country or organisation.
func (d *doc) sameActor(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	x, y := d.rootOf(a), d.rootOf(b)
	return x != "" && x == y
}

// rootOf is the gazetteer's root (country or organisation) of an actor
// name, or "" for a name it does not know; remembered for the document.
func (d *doc) rootOf(name string) string {
	if r, ok := d.roots[name]; ok {
		return r
	}
	r := ""
	if a, ok := gazetteer.Identify(name); ok {
		r = gazetteer.Root(a.ID)
	}
	if d.roots == nil {
		d.roots = map[string]string{}
	}
	d.roots[name] = r
	return r
}

// stanceTurns reports a change of stance that is a change of position:
// to or from a denial, a no-comment or a confirmation ("awalnya membantah
// …, kemudian mengakui …"). Moving between saying, claiming, believing and
// hinting ("sempat mengisyaratkan X. Menurut dia, Y") is only the next
// thing said.
func stanceTurns(a, b sumber.Stance) bool {
	if a == b {
		return false
	}
	turn := func(s sumber.Stance) bool {
		return s == sumber.Deny || s == sumber.Neither || s == sumber.Confirm
	}
	return turn(a) || turn(b)
}

// changeMarked reports a word of contrast, time or the present between
// the cue of x and the cue of y, or opening y's sentence: "…, but …",
// "Namun, …", "… now says", "kini".
func (d *doc) changeMarked(x, y *att) bool {
	a := d.sents[y.sent].first
	if y.sent == x.sent {
		a = d.tokenAt(x.cue.s)
		if a < 0 {
			return false
		}
	}
	for t := a; t < len(d.toks) && d.toks[t].start < y.cue.s; t++ {
		if d.l.is(wContrast, d.toks, t) > 0 || d.l.is(wNow, d.toks, t) > 0 || d.l.is(wLater, d.toks, t) > 0 {
			return true
		}
	}
	return false
}

// figuresDiffer reports two claims with figures of the same unit of which
// none agree. Figures of different units count different things ("43
// crew" then "about 12 miles"): they are no change of figure.
func figuresDiffer(a, b []sumber.Figure) bool {
	comparable := false
	for _, f := range a {
		for _, g := range b {
			// (one unit with two measures is two counts: "60 people
			// missing" is no revision of "117 people killed")
			if !strings.EqualFold(f.Unit, g.Unit) || f.Measure != "" && g.Measure != "" && !strings.EqualFold(f.Measure, g.Measure) {
				continue
			}
			comparable = true
			if f.Low == g.Low && f.High == g.High {
				return false
			}
		}
	}
	return comparable
}

// stance is the claim's stance: its cue's, or the view it echoes ("said
// he believed" is a belief).
func (x *att) stance() sumber.Stance {
	if x.self != "" {
		return x.self
	}
	if x.finding && x.c.stance == sumber.Believe {
		return sumber.Assert
	}
	if x.echo != nil && x.echo.stance != sumber.Neither {
		return x.echo.stance
	}
	return x.c.stance
}

// shortName returns the one capitalised word that tokens [a, b) name a
// person by, after an honorific ("Dunn", "Mr. Dunn", "ông Hòa", "Pak
// Abdul"), or "" when they are anything else, including a name the
// gazetteer knows as an actor of its own ("Ukraine", "Pentagon").
func (d *doc) shortName(a, b int) string {
	if n := d.l.is(wHonorific, d.toks, a); n > 0 {
		a += n
	}
	if b-a != 1 || d.toks[a].kind != word || !d.toks[a].upper || d.l.is(wPronSg, d.toks, a) > 0 || d.l.is(wPronPl, d.toks, a) > 0 {
		return ""
	}
	w := d.text[d.toks[a].start:d.toks[a].end]
	if isCaps(w) {
		return "" // an acronym names a body: "NIS", "BNPB"
	}
	if _, ok := gazetteer.FindActor(w); ok {
		return ""
	}
	return w
}

// wordSuffix reports whether the words b end the words a.
func wordSuffix(a, b []string) bool {
	return len(b) <= len(a) && slices.Equal(a[len(a)-len(b):], b)
}

// upperWord reports whether a word starts with a capital letter.
func upperWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// namedBy reports whether the words of a person's mention hold a short
// name w: among its last three words ("Kepala Pusat Data BNPB Abdul
// Muhari"), or as the first of a run of capitalised words after a
// lower-case title ("anggota parlemen Han Min-jae dari Komite …").
func namedBy(f []string, w string) bool {
	// (a long title before the name: "người phát ngôn Lực lượng Hải cảnh
	// Oskaria Petr Vasko" is named by its last word)
	if (len(f) <= 7 || f[len(f)-1] == w) && slices.Contains(f[max(len(f)-3, 0):], w) {
		return true
	}
	for i := 1; i+1 < len(f); i++ {
		if f[i] == w && upperWord(f[i+1]) && !upperWord(f[i-1]) {
			return true
		}
	}
	return false
}

// bodyMention reports whether the mention spanning sp (up to a comma) ends in the noun
// of a body ("the company", "the ministry"), which "he" or "she" does not
// stand for.
func (d *doc) bodyMention(sp span) bool {
	k := d.tokenAt(sp.s)
	if k < 0 {
		return false
	}
	// (the head before an appositive or a relative clause after a comma:
	// "Sen. Tomas Rieve, a Democrat who chairs the committee" names a
	// person, not the committee)
	for k+1 < len(d.toks) && d.toks[k].end < sp.e && d.toks[k+1].start < sp.e && !d.isComma(k+1) {
		k++
	}
	return d.l.is(wBody, d.toks, k) > 0
}

// nowFigureBefore returns the index of the nearest attribution before k,
// within laterLookback sentences of the earlier one x, by the same
// speaker, with no timing, not nested, with a figure that differs from
// x's and a word of class now inside its content ("kini", "saat ini");
// -1 when there is none.
func (d *doc) nowFigureBefore(x *att, k int) int {
	if len(x.figures) == 0 {
		return -1
	}
	for m := k - 1; m >= 0 && d.atts[m].sent >= x.sent-laterLookback; m-- {
		y := &d.atts[m]
		if y.timing != "" || y.nestedIn >= 0 || y.srcFirst == x.srcFirst || len(y.figures) == 0 || !d.sameSpeaker(x, y) || !figuresDiffer(x.figures, y.figures) {
			continue
		}
		a := d.tokenAt(y.content.s)
		if a < 0 {
			continue
		}
		for t := a; t < len(d.toks) && d.toks[t].end <= y.content.e; t++ {
			if d.l.is(wNow, d.toks, t) > 0 {
				return m
			}
		}
	}
	return -1
}

// dropScaleDot takes the sentence's full stop off a content that ends in
// the letter of a temperature scale: "… lên tới 39 độ C." (the letter
// and the dot are one token, as an initial is).
func (d *doc) dropScaleDot(x *att) {
	a, b := d.tokens(x.content)
	if a < 0 || b-a < 3 || b != d.sents[x.sent].last {
		return
	}
	t := d.toks[b-1]
	if t.end == x.content.e && t.kind == word && t.upper && len(t.low) == 2 && t.low[1] == '.' &&
		d.toks[b-3].kind == number && d.l.is(wDegree, d.toks, b-2) == 1 {
		x.content.e--
	}
}
