package extract

// Noun phrases: reading sources leftwards and rightwards, trimming them,
// and recognising names, dates and pronouns among their words.

import (
	"strings"
	"unicode"
)

// withName extends a source phrase [a, b) read rightwards by the name
// that follows it between commas: "Ketua Palang Merah Varesia, Doran
// Ilves," / "juru bicara EMRA, Sandra Kovic"; in Indonesian, where many
// go by one name, also "Ketua KNKT, Soerjanto,".
func (d *doc) withName(b, limit int) int {
	if b >= limit || !d.isComma(b) {
		return b
	}
	e := b + 1
	// a lower-case honorific abbreviation opens the name: "juru bicara
	// Kemenkes, dr. Sinta Maharani, dalam …"
	if e+1 < limit && d.toks[e].kind == word && !d.toks[e].upper && strings.HasSuffix(d.toks[e].low, ".") &&
		d.l.isAbbrev(d.toks[e].low) && d.toks[e+1].kind == word && d.toks[e+1].upper {
		e++
	}
	for e < limit && e-b <= 5 && d.toks[e].kind == word && d.toks[e].upper {
		e++
	}
	if e < limit && d.possessiveAt(e) && d.l.has(fPossessiveName) {
		return b // "…, Field Care's medical coordinator": an appositive (withAppositive)
	}
	if e-(b+1) >= 2 && (e >= limit || d.isComma(e) || isTerminal(d.toks[e]) || !d.toks[e].upper) {
		return e
	}
	// a one-word name closed by a comma or the end ("kata Ketua KNKT,
	// Soerjanto, Rabu"), not a day or a month ("kata Kepala BPBD, Senin")
	if e-(b+1) == 1 && e < limit && (d.isComma(e) || isTerminal(d.toks[e])) && d.l.is(wDateWord, d.toks, b+1) == 0 &&
		len([]rune(d.toks[b+1].low)) > 2 && d.l.has(fOneWordName) {
		return e
	}
	return b
}

// withAppositive extends a source ending at token b over an appositive
// that follows it after a comma ("…,” said Ilse Marren, the port
// director."), as a source before its cue keeps one: it returns the end
// of the appositive's noun phrase, or b when none follows.
func (d *doc) withAppositive(b, limit int) int {
	if b+2 >= limit || !d.isComma(b) {
		return b
	}
	if d.l.is(wAppositive, d.toks, b+1) > 0 {
		e := d.npRight(b+1, limit)
		// ("…,” said Lind, a Red Cross engineer, “…”: a name inside the
		// appositive when the quotation resumes after it)
		resumes := e+1 < limit && d.isComma(e) && d.toks[e+1].kind == quote
		if e > b+2 && (!(d.toks[b+2].upper && d.l.is(wDefArticle, d.toks, b+1) == 0) || resumes) {
			b = e
		}
	} else if d.l.has(fAppositiveName) {
		// "…,” said Amara Solen, Field Care's medical coordinator.": a
		// name with a possessive before a lower-case title is an appositive
		for m := b + 1; m < limit && m-b <= 4 && d.toks[m].kind == word; m++ {
			if d.possessiveAt(m) && (m > b+1 || !isClitic(d.toks[m].low)) {
				if m+1 < limit && d.toks[m+1].kind == word && !d.toks[m+1].upper {
					if e := d.npRight(b+1, limit); e > m+1 {
						b = e
					}
				}
				break
			}
			if !d.toks[m].upper {
				break
			}
		}
	}
	return d.withRelative(d.withPlace(b, limit), limit)
}

// withPlace extends an English appositive that closes the sentence over
// the place after it ("…, Field Care's coordinator in Kessel."): a place
// preposition (noun-prep) and one to three capitalised words before the
// end.
func (d *doc) withPlace(b, limit int) int {
	if !d.l.has(fNamePlace) || b >= limit || b == 0 || d.isComma(b-1) || d.l.is(wNounPrep, d.toks, b) == 0 {
		return b
	}
	e := b + d.l.is(wNounPrep, d.toks, b)
	n := 0
	for e < limit && d.toks[e].kind == word && d.toks[e].upper && n < 3 {
		e++
		n++
	}
	if n > 0 && (e >= limit || isTerminal(d.toks[e])) {
		return e
	}
	return b
}

// withRelative extends a source ending at token b over a relative clause
// closing the sentence or ending at a comma ("…,” said Marta Sillen, who
// visited the site on Tuesday."), as the source's noun phrase holds it.
func (d *doc) withRelative(b, limit int) int {
	if b+2 >= limit || !d.isComma(b) || d.l.is(wRelative, d.toks, b+1) == 0 || !d.l.has(fCommaRelative) {
		return b
	}
	e := b + 2
	for e < limit && e-b < 30 && !d.isComma(e) && !isTerminal(d.toks[e]) && !d.hard(e) && d.toks[e].kind != quote {
		e++
	}
	if e < limit && !d.isComma(e) && !isTerminal(d.toks[e]) {
		return b
	}
	return e
}

// npRight reads a noun phrase starting at token a: up to a comma, a
// terminal, a quote, a boundary word or a temporal preposition.
func (d *doc) npRight(a, limit int) int {
	b := a
	rel := false // inside a relative clause without "that"
	for b < limit && b-a < d.npLimit() {
		// an acronym in brackets after a name is part of it: "Perusahaan
		// Listrik Varesia (PLV)", as npLeft reads it
		if b > a && d.toks[b].low == "(" && d.toks[b-1].upper && b+2 < limit && d.toks[b+2].low == ")" && d.toks[b+1].upper {
			b += 3
			continue
		}
		// so is the body above it in Vietnamese: "Cục Xuất nhập khẩu (Bộ
		// Công Thương)", "Cục An toàn lao động (Bộ Lao động – Thương binh và
		// Xã hội)"
		if e := d.parentBody(b, limit); b > a && e > b {
			b = e
			continue
		}
		// a capitalised word inside a name is not a function word: "Lalu Muhamad Iqbal"
		inName := d.toks[b].upper && b > a && d.toks[b-1].upper
		if d.hard(b) || (b > a && !inName && (d.l.is(wBoundary, d.toks, b) > 0 || d.l.is(wAddressee, d.toks, b) > 0 || d.l.is(wBreak, d.toks, b) > 0 ||
			!rel && d.l.is(wTemporal, d.toks, b) > 0 || d.l.is(wToPrep, d.toks, b) > 0)) {
			break
		}
		if c := d.l.cueAt(d.toks[:limit], b); b > a && c != nil && !(c.frame == fRevise && d.l.gerund(c)) && d.cueContext(sentence{a, limit}, b) {
			// "according to a video it posted in November": a relative
			// clause without "that" (a noun, a subject pronoun, the verb)
			// describes the noun, and its time stays with it
			if rel || b-2 < a || !d.relativePronounAt(b-1) {
				break
			}
			rel = true
		}
		b++
	}
	return b
}

// relativePronounAt reports a lower-case subject pronoun at k after a
// lower-case noun (no determiner, preposition, conjunction or cue): the
// subject of a relative clause without "that" ("a video it posted").
func (d *doc) relativePronounAt(k int) bool {
	p, n := d.toks[k], d.toks[k-1]
	if p.kind != word || p.upper || d.l.is(wPronSg, d.toks, k) == 0 && d.l.is(wPronPl, d.toks, k) == 0 {
		return false
	}
	return n.kind == word && !n.upper && d.l.is(wDet, d.toks, k-1) == 0 && d.l.is(wBoundary, d.toks, k-1) == 0 && d.l.is(wComp, d.toks, k-1) == 0 &&
		d.l.is(wFrontedPrep, d.toks, k-1) == 0 && d.l.is(wCoord, d.toks, k-1) == 0 && d.l.is(wRelative, d.toks, k-1) == 0 && d.l.cueAt(d.toks, k-1) == nil
}

// parentBody returns the end of a Vietnamese body's name in brackets at
// token b, after a word of its name ("(Bộ Công Thương)"): words only,
// the first capitalised, a dash inside a name allowed; or b.
func (d *doc) parentBody(b, limit int) int {
	if !d.l.has(fParentBody) || b < 1 || b+2 >= limit || d.toks[b].low != "(" || d.toks[b-1].kind != word || !d.toks[b+1].upper || d.toks[b+1].kind != word {
		return b
	}
	for e := b + 1; e < limit && e-b <= d.syllables(10); e++ {
		if d.toks[e].low == ")" {
			return e + 1
		}
		if d.toks[e].kind != word && !d.dashInName(e) {
			return b
		}
	}
	return b
}

// npLeft scans a subject noun phrase leftwards from token p and returns
// the index of the token that stopped it (a comma, quote, boundary word,
// or the limit minus one). Parenthesised asides such as "(D-Wis.)" are
// part of the phrase.
func (d *doc) npLeft(p, limit int) int {
	q := p
	for q >= limit && p-q < d.npLimit() {
		if d.toks[q].low == ")" {
			o := q - 1
			// (Vietnamese names in brackets run long: "(Bộ Lao động –
			// Thương binh và Xã hội Lumora)")
			for o >= limit && d.toks[o].low != "(" && q-o < d.syllables(10) {
				o--
			}
			if o >= limit && d.toks[o].low == "(" {
				q = o - 1
				continue
			}
			break
		}
		// a body's name listing its fields: "Badan Meteorologi,
		// Klimatologi, dan Geofisika"
		if h := d.nameList(q, limit); h >= 0 {
			q = h - 1
			continue
		}
		// (a not-cue compound holding a wh word is a noun: "số liệu", figures)
		if d.hard(q) || d.l.ends(wBoundary, d.toks, q) > 0 && !d.nameInside(q, p) || d.l.ends(wContrary, d.toks, q) > 0 ||
			d.l.ends(wWh, d.toks, q) > d.l.ends(wNotCue, d.toks, q) {
			// "Saat itu ia menyebut …": a time adverb opened by the
			// boundary word (class trim) stops the phrase as a whole
			if n := d.l.is(wTrim, d.toks, q); n > 1 && q+n-1 < p {
				q += n - 1
			}
			break
		}
		// "the town halls which he said …": a relative word ends the subject
		if q < p && d.l.ends(wRelative, d.toks, q) > 0 {
			break
		}
		// "Merrill says X and said Y": a coordination after a lower-case word
		// joins verb phrases, not names ("Trump and Clinton said")
		// ("Anderson agreed with McLenny and seemed to think": a name before
		// the coordination, but a cue right after it: verb phrases too)
		if d.l.ends(wCoord, d.toks, q) > 0 && q-1 >= limit && !(d.toks[q-1].kind == word && d.toks[q-1].upper && d.l.cueAt(d.toks, q+1) == nil) && !d.viOrgCoord(q, limit) {
			break
		}
		q--
	}
	return q
}

// nameInside reports whether the one-word boundary at q is a word of a
// capitalised name read leftwards from p: a capital opens it, the words on
// either side are capitalised, and a lower-case word follows p on the
// same line (so it is no title-case headline): "Korps Lalu Lintas Polri
// mencatat …", "Kepala Satuan Lalu Lintas Polres X, AKP Y, mengatakan"
// (the boundary "lalu", then, stays in the name).
func (d *doc) nameInside(q, p int) bool {
	if q < 1 || q+1 > p || d.toks[q].nl || d.l.ends(wBoundary, d.toks, q) != 1 {
		return false
	}
	b, t, a := d.toks[q-1], d.toks[q], d.toks[q+1]
	if !t.upper || b.kind != word || !b.upper || a.kind != word || !a.upper {
		return false
	}
	for m := p + 1; m < len(d.toks) && m <= p+12 && !d.toks[m].nl; m++ {
		if x := d.toks[m]; x.kind == word && !x.upper && len(x.low) > 3 {
			return true
		}
	}
	return false
}

// nameList returns where a body's name starts when the coordination at q
// closes a list of its capitalised fields, commas between them
// ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"): the list
// must run back to a capitalised body, institution or source noun on the
// same line. It returns -1 otherwise.
func (d *doc) nameList(q, limit int) int {
	l := d.l
	if l.ends(wCoord, d.toks, q) != 1 || q+1 >= len(d.toks) || q-2 < limit || !d.isComma(q-1) {
		return -1
	}
	if t := d.toks[q+1]; t.kind != word || !t.upper || t.nl {
		return -1
	}
	commas := 0
	for m := q - 2; m >= limit && q-m <= 14; m-- {
		t := d.toks[m]
		if t.nl && m < q-2 {
			return -1
		}
		if d.isComma(m) {
			if commas++; d.isComma(m + 1) {
				return -1
			}
			continue
		}
		if t.kind != word || !t.upper {
			return -1
		}
		if commas > 0 && (l.is(wBody, d.toks, m) > 0 || l.is(wInstitution, d.toks, m) > 0 || l.is(wSourceNoun, d.toks, m) > 0) {
			return m
		}
	}
	return -1
}

// viOrgCoord reports whether the coordination at q joins the parts of a
// Vietnamese body's name: a capitalised two-syllable word before it and a
// capitalised word after it ("Bộ Kế hoạch và Đầu tư", "Bộ Tài nguyên và
// Môi trường", "Bộ Y tế và Bộ Công an").
func (d *doc) viOrgCoord(q, limit int) bool {
	n := d.l.ends(wCoord, d.toks, q)
	return d.l.has(fOrgCoord) && n == 1 && q-2 >= limit && q+1 < len(d.toks) &&
		d.toks[q-2].kind == word && d.toks[q-2].upper && d.toks[q+1].kind == word && d.toks[q+1].upper
}

// clauseSubject finds the subject for a cue that continues a clause:
// the source of the sentence's previous attribution, or else the noun
// phrase opening the sentence (up to an auxiliary or a verb-like word).
func (d *doc) clauseSubject(s sentence, q, firstAtt int) (int, int) {
	// the main clause's subject is the first source of the sentence: "A said
	// B suggested C, but declined to say D" – A declined
	for k := firstAtt; k < len(d.atts); k++ {
		y := d.atts[k]
		if y.srcFirst >= 0 && y.srcLast == y.srcFirst+1 && d.l.is(wRelative, d.toks, y.srcFirst) > 0 {
			continue // "Hale, who had denied X, confirmed Y": Hale confirmed
		}
		if (y.rule == "prep-initial" || y.rule == "prep-nya") && q < len(d.toks) && y.content.s <= d.toks[q].start && d.toks[q].start < y.content.e {
			// "Menurut Johan, Abeng hanya sopir … dan tidak tahu isinya":
			// a verb joined inside what the source is credited with has
			// the content's subject, not the source
			return 0, 0
		}
		if y.srcFirst >= 0 && y.srcLast > y.srcFirst && y.srcLast <= q {
			if lb, le := d.laterMainSubject(k, q, firstAtt); le > lb {
				return lb, le
			}
			return y.srcFirst, y.srcLast
		}
	}
	// "who have taken to the streets and called for …": the relative
	// pronoun of the clause is its subject
	if q < len(d.toks) && d.l.is(wCoord, d.toks, q) > 0 {
		for m := q - 1; m > s.first && q-m < 12 && !d.isComma(m); m-- {
			if d.l.is(wRelative, d.toks, m) > 0 && d.isComma(m-1) {
				return m, m + 1
			}
		}
	}
	a := d.leadingConnectors(s.first, q)
	for moved := true; moved && a < q; {
		moved = false
		for a < q {
			// "But Dana Whitfield, …, said", "Ngược lại, Bộ Ngoại giao Nga …"
			n := max(d.l.is(wTrim, d.toks, a), d.l.is(wContrast, d.toks, a), d.l.is(wCoord, d.toks, a))
			if n == 0 {
				break
			}
			a += n
			moved = true
		}
		if a < q && d.isComma(a) {
			a++
			moved = true
		}
		// "On Thursday, however, Trump …": a date opening the sentence
		if n := d.l.is(wTemporal, d.toks, a); n > 0 {
			e := a + n
			for e < q && e-a < 6 && d.dateLike(e, e+1) {
				// ("On Friday Calder revised …": a name after a whole date
				// is the subject)
				if e > a+n && d.toks[e].kind == word && d.l.is(wDateWord, d.toks, e) == 0 && d.strictDate(a+n, e) {
					break
				}
				e++
			}
			if e > a+n {
				a = e
				moved = true
			}
		}
	}
	// "A day earlier, six protesters were arrested after refusing …": a
	// time span opening the sentence before its comma is no subject
	if a+3 < q && d.isComma(a+3) && d.l.is(wSpanUnit, d.toks, a+1) > 0 &&
		(d.l.is(wEarlier, d.toks, a+2) > 0 || d.l.is(wLater, d.toks, a+2) > 0 || d.l.is(wAgo, d.toks, a+2) > 0) {
		a += 4
	}
	// "In a speech on Tuesday night, Mr. Dunn struck …, saying":
	// an opening prepositional phrase up to its comma is not the subject,
	// nor is an opening time ("Chiều cùng ngày, ông X, …, cho biết")
	if a < q && (d.l.is(wAside, d.toks, a) > 0 || d.l.is(wTemporal, d.toks, a) > 0 || d.l.is(wSameDay, d.toks, a) > 0 || d.openingTime(a, q)) {
		for m := a + 1; m < q && m-a <= 15; m++ {
			if d.isComma(m) {
				if m+1 < q && d.l.is(wAside, d.toks, m+1) == 0 {
					a = m + 1
				}
				break
			}
			if d.hard(m) {
				break
			}
		}
	}
	// "While Democrats plot …, Republicans are looking …, hoping that …": a
	// fronted subordinate clause up to its comma is not the subject of a
	// participle after a comma
	if a < q && d.isComma(q) && d.toks[a].upper && d.l.is(wBoundary, d.toks, a) > 0 && d.l.is(wTrim, d.toks, a) == 0 && d.l.is(wComp, d.toks, a) == 0 &&
		d.l.is(wCoord, d.toks, a) == 0 && d.l.is(wContrast, d.toks, a) == 0 {
		for m := a + 1; m < q && m-a <= 20; m++ {
			if d.isComma(m) {
				// (not an aside after the clause's own subject: "While Ryan,
				// representing the party, laid out …")
				if n := m + 1; n < q && d.toks[n].kind == word && d.l.is(wAside, d.toks, n) == 0 &&
					(d.toks[n].upper || !d.l.suffix(aGerund, d.toks[n].low) && !d.l.suffix(aPast, d.toks[n].low)) {
					a = m + 1
				}
				break
			}
			if d.hard(m) {
				break
			}
		}
	}
	// "Ngồi chờ từ 5h sáng trước chi nhánh …, bà X, 67 tuổi, cho biết": in
	// Vietnamese a fronted clause before a person named with an honorific
	// is no subject (one that opens with a title, a body or an honorific
	// is: "Giám đốc công ty, bà Y, từ chối …")
	if d.l.has(fFrontedClause) && a < q && d.l.is(wHonorific, d.toks, a) == 0 && d.l.is(wApposTitle, d.toks, a) == 0 &&
		d.l.is(wBody, d.toks, a) == 0 && d.l.is(wInstitution, d.toks, a) == 0 && d.l.is(wSourceNoun, d.toks, a) == 0 {
		for m := a + 1; m < q && m-a <= 20; m++ {
			if d.isComma(m) {
				if m+2 < q && d.l.is(wHonorific, d.toks, m+1) == 1 && d.toks[m+2].upper && d.toks[m+2].kind == word {
					a = m + 1
				}
				break
			}
			if d.hard(m) {
				break
			}
		}
	}
	b := a
	// "…, she went to a clinic": a personal pronoun before a lower-case word
	// is the whole subject ("ông Tuấn" has a name after it)
	for _, c := range []wclass{wPronSg, wPronPl} {
		if n := d.l.is(c, d.toks, a); n > 0 && a+n < q && d.toks[a+n].kind == word && !d.toks[a+n].upper {
			return a, a + n
		}
	}
	for b < q && b-a < d.syllables(10) && d.toks[b].kind == word && (d.l.is(wTrim, d.toks, b) == 0 || b > a && d.possessiveAt(b)) && d.l.is(wBoundary, d.toks, b) == 0 {
		w := d.toks[b].low
		// ("The retired surgeon has …": a participle after an article
		// modifies the noun after it, when an auxiliary follows the noun)
		// (the noun followed by an auxiliary or an adverb of the verb group)
		modifier := false
		if b > a && (d.l.is(wDefArticle, d.toks, b-1) > 0 || d.l.is(wIndefArticle, d.toks, b-1) > 0) {
			n := b + 1
			for n < q && n-b <= 3 && d.toks[n].kind == word && d.l.is(wTrim, d.toks, n) == 0 && d.l.is(wModal, d.toks, n) == 0 && d.l.is(wBoundary, d.toks, n) == 0 &&
				d.l.is(wRelative, d.toks, n) == 0 && d.l.cueAt(d.toks, n) == nil && !d.l.suffix(aPast, d.toks[n].low) {
				n++
			}
			modifier = n > b+1 && n < q && (d.l.is(wAux, d.toks, n) > 0 || d.l.is(wModal, d.toks, n) > 0)
		}
		if b > a && !d.toks[b].upper && (d.l.suffix(aPast, w) || d.l.suffix(aGerund, w) || d.l.isWord(wPastIrregular, w)) && !modifier {
			break
		}
		if d.l.cueAt(d.toks, b) != nil && b > a {
			break
		}
		// "The Supreme Court on Friday upheld …, rejecting": a date ends it
		if b > a && d.l.has(fDateEndsSubject) && d.l.is(wTemporal, d.toks, b) > 0 {
			break
		}
		// "The court upheld the verdict, rejecting": a determiner after a
		// lower-case word opens the object; the word before it is the verb
		if b > a+1 && d.l.has(fArticleObject) && d.article(b) && !d.toks[b-1].upper &&
			d.l.is(wNPPrep, d.toks, b-1) == 0 && d.l.is(wTemporal, d.toks, b-1) == 0 && d.l.is(wCoord, d.toks, b-1) == 0 && d.l.is(wDet, d.toks, b-1) == 0 {
			b--
			break
		}
		// "Varesia's top court": a possessive continues the name
		if b > a && d.toks[b-1].upper && d.possessiveAt(b) {
			b++
			continue
		}
		// a name ends at the first lower-case word: "Hillary Clinton spoke …"
		// (in Vietnamese, names of bodies keep inner syllables lower-case,
		// "Bộ Ngoại giao Nga gọi …": the name ends before a lower-case word
		// that a capitalised one does not follow)
		// (a lower-case head in Vietnamese ends its name the same way:
		// "đại diện VKSND tỉnh Tavor giữ nguyên …"; a two-syllable word
		// before a name stays in it: "VKSND thành phố Brask")
		// ("One survivor, a teenager, told …", "Two medics, …": a count
		// word or a quantifier opening the sentence is no name; "One of
		// …" is read as before)
		if b > a && (d.toks[a].upper || d.l.has(fSyllables) && b-1 > a && d.toks[b-1].upper) && d.l.is(wAppositive, d.toks, a) == 0 && d.l.is(wDet, d.toks, a) == 0 && d.l.is(wCount, d.toks, a) == 0 && (d.l.is(wQuantifier, d.toks, a) == 0 || d.l.is(wNounPrep, d.toks, a+1) > 0) && !d.toks[b].upper &&
			(d.toks[b-1].upper || d.l.has(fSyllables)) && (!d.l.has(fSyllables) || b+1 >= q || !d.toks[b+1].upper && (b+2 >= q || !d.toks[b+2].upper || d.l.is(wHonorific, d.toks, b+1) > 0)) && !d.titledName(b, q) {
			// "Kestrian envoy Mara Loft", "Lumoran deputy foreign minister
			// Ana Petrov": a title between a nationality and a name
			if n := d.titleRun(b, q); n > 0 && b+n-a < 8 {
				b += n
				continue
			}
			break
		}
		b++
	}
	// (a longer phrase only when a past verb ends it: "the Court of
	// Appeals for the Third Circuit overruled and said …")
	if b-a > d.syllables(5) && !(b < q && b-a <= d.syllables(9) && !d.toks[b].upper && (d.l.suffix(aPast, d.toks[b].low) || d.l.is(wPastIrregular, d.toks, b) > 0)) {
		return 0, 0
	}
	// not a subject: "In the next weeks …", "the …", an imperative "Get …"
	if b > a && (d.l.is(wAside, d.toks, a) > 0 || d.l.is(wTemporal, d.toks, a) > 0 ||
		(b-a == 1 && (d.l.is(wAppositive, d.toks, a) > 0 || d.l.is(wDet, d.toks, a) > 0))) {
		return 0, 0
	}
	return a, b
}

// titleRun returns the length of a run of at most three lower-case words
// at b that ends in a title ("negotiator", "foreign minister") and is
// followed before q by a capitalised name; 0 otherwise.
func (d *doc) titleRun(b, q int) int {
	for n := 1; n <= 3 && b+n < q; n++ {
		t := d.toks[b+n-1]
		if t.upper || t.kind != word {
			return 0
		}
		if d.l.is(wTitle, d.toks, b+n-1) > 0 {
			if d.toks[b+n].upper && d.toks[b+n].kind == word {
				return n
			}
			return 0
		}
	}
	return 0
}

// titledName reports a title word at b between a capitalised word and a
// name that a relative clause follows: "Oskarian negotiator Viktor Hale,
// who …" is one subject, not "Oskarian".
func (d *doc) titledName(b, q int) bool {
	if !d.l.has(fTitledName) || d.toks[b].kind != word {
		return false
	}
	e := b + 1
	for e < q && e-b <= 4 && d.toks[e].kind == word && d.toks[e].upper {
		e++
	}
	return e-(b+1) >= 2 && e+1 < q && d.isComma(e) && d.l.is(wRelative, d.toks, e+1) > 0
}

// quoteBeforeSubject looks back from the cue at k for a closing quotation
// mark (or one followed by a comma) that is separated from the cue only by
// a short run of name and appositive chunks; it returns the index of the
// mark or the comma after it, or -1.
func (d *doc) quoteBeforeSubject(k, lim int) int {
	words := 0
	for m := k - 1; m >= lim && k-m <= 30; m-- {
		t := d.toks[m]
		switch {
		case t.kind == quote:
			if !d.closingLike(m) || words == 0 {
				return -1
			}
			return m
		case d.isComma(m) && m > lim && d.toks[m-1].kind == quote && d.closingLike(m-1):
			if words == 0 {
				return -1
			}
			return m
		case t.kind == word || t.kind == number:
			if d.l.cueAt(d.toks[:k], m) != nil && d.cueContext(sentence{lim, k}, m) {
				return -1
			}
			words++
		case d.isComma(m) || t.low == "(" || t.low == ")" || t.low == "-":
		default:
			return -1
		}
	}
	return -1
}

// endsInName reports whether tokens [a, b) end in at least two
// capitalised words (or are one), with at most a short lower-case title
// before them: "Han Min-jae", "đại tá Lena Morrow", "Kolonel Adrik Veltan".
func (d *doc) endsInName(a, b int) bool {
	// an age in brackets after the name: "Rina Maharani (34)"; so is an
	// acronym: "Tổng công ty Than Khoáng sản Marel (MKC)"
	if b-a >= 4 && d.toks[b-1].low == ")" && (d.toks[b-2].kind == number || d.toks[b-2].kind == word && d.toks[b-2].upper) && d.toks[b-3].low == "(" {
		b -= 3
	}
	if b <= a {
		return false
	}
	n := 0
	for k := b - 1; k >= a && d.toks[k].kind == word && d.toks[k].upper; k-- {
		n++
	}
	// (a Vietnamese title runs to more syllables: "Chuyên gia kinh tế Lý
	// Hạnh Velda")
	title := 3
	if d.l.has(fSyllables) {
		title = 5
	}
	if n == 1 && d.l.has(fSyllables) && (b-a == 2 && d.l.is(wHonorific, d.toks, a) > 0 || b-a == 3 && d.toks[a].upper) {
		// a one-syllable name after an honorific or a short capitalised
		// kind: "bà Lan", "Công ty Varn"
		return true
	}
	return n == b-a || (n >= 2 && b-a-n <= title)
}

// hasCue reports whether a cue starts inside tokens [a, b).
// A cue word inside a compound that is no cue ("khai thác", "theo dõi")
// does not count.
func (d *doc) hasCue(a, b int) bool {
	for k := a; k < b; k++ {
		if d.nameWord(a, k) {
			continue
		}
		if c := d.l.cueAt(d.toks[:b], k); c != nil && !d.inNotCue(a, k, k+len(c.seq)) && !(c.frame == fRevise && d.l.gerund(c)) {
			return true
		}
	}
	return false
}

// nameWord reports whether token k, after the first token a of a
// phrase, is a capitalised word after another word: a name's, never a
// cue, as in cueContext ("Phó giám đốc Công an tỉnh Hạ Vell" holds no
// verb "hạ").
func (d *doc) nameWord(a, k int) bool {
	return k > a && d.toks[k].upper && (d.toks[k-1].kind == word || d.toks[k-1].kind == number)
}

// inNotCue reports whether a not-cue compound starting in [max(a, i-3), i]
// covers the cue word at [i, end).
func (d *doc) inNotCue(a, i, end int) bool {
	return d.notCueFrom(max(a, i-3), i, end)
}

// (A revision in -ing, "raising", is a cue only after a preposition
// before a figure, "before raising the toll to 17": inside a phrase, "the
// committee raising funds", it is none.)
//
// hasVerbCue is hasCue, but a cue form that is also a common noun
// (frame verbc) after another word of the phrase is that noun: "the chief
// judge" names a title, it does not judge.
func (d *doc) hasVerbCue(a, b int) bool {
	for k := a; k < b; k++ {
		if d.nameWord(a, k) {
			continue
		}
		if c := d.l.cueAt(d.toks[:b], k); c != nil && !(c.frame == fVerbC && k > a) && !(c.frame == fRevise && d.l.gerund(c)) {
			return true
		}
	}
	return false
}

// nameBefore reports whether the words before the comma at q, back to the
// previous boundary, are all capitalised: a name an appositive can follow
// ("Ivo Daskal, a spokesman"), not a clause ("During the rally Monday").
func (d *doc) nameBefore(q, lim int) bool {
	n := 0
	k := q - 1
	for ; k >= lim && !d.hard(k); k-- {
		if d.toks[k].kind == word && !d.toks[k].upper {
			return false
		}
		n++
	}
	// "In June, the senator said": a time, not a name
	return n > 0 && d.l.is(wTemporal, d.toks, k+1) == 0 && d.l.is(wAside, d.toks, k+1) == 0 && d.l.is(wDateWord, d.toks, k+1) == 0
}

// allNames reports whether tokens [a, b) are capitalised words and
// commas only, as in the dateline "Kabar Timur, Jakarta".
func (d *doc) allNames(a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.toks[k]; !(t.kind == word && t.upper) && !d.isComma(k) {
			return false
		}
	}
	return b > a && b-a <= 6
}

// isCaps reports whether a word of two or more letters is all capitals.
func isCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// pluralPossessiveAt reports whether token k is the apostrophe of a plural
// possessive inside a name: "Nurses'" in "the Halden Nurses' Union", tight
// after a capitalised word ending in s and before a capitalised word.
func (d *doc) pluralPossessiveAt(k int) bool {
	if k <= 0 || k+1 >= len(d.toks) || d.toks[k].kind == word || (d.toks[k].low != "'" && d.toks[k].low != "’") {
		return false
	}
	prev, next := d.toks[k-1], d.toks[k+1]
	return prev.kind == word && prev.upper && prev.end == d.toks[k].start && d.l.suffix(aPlural, prev.low) &&
		next.kind == word && next.upper && next.start > d.toks[k].end
}

// possessiveClitic reports whether token k is a possessive standing alone
// after its noun ("Trump" "’s"), whatever it follows.
func (d *doc) possessiveClitic(k int) bool {
	low := d.toks[k].low
	return isClitic(low) && d.l.suffix(aPossessive, low)
}

// possessiveAt reports whether token k is a possessive: "Trump's" or the
// clitic "’s" after a noun ("Trump" "’s"), but not "is" or "has" after a
// pronoun ("He’s predicting", "that’s").
func (d *doc) possessiveAt(k int) bool {
	if d.bareApostrophe(k) {
		return true // "Sanders’ call", "the voters' choice"
	}
	if !d.l.suffix(aPossessive, d.toks[k].low) {
		return false
	}
	if k > 0 && isClitic(d.toks[k].low) {
		p := k - 1
		return !(d.pronounLike(p, k) || d.l.is(wPronSelf, d.toks, p) > 0 || d.l.is(wWh, d.toks, p) > 0 || d.l.is(wContentAnaphor, d.toks, p) > 0)
	}
	return true
}

// bareApostrophe reports a plural possessive's bare apostrophe at k
// (grammar feature bare-apostrophe): glued to a word with the plural
// ending before it and spaced from the word after it ("Sanders’ call",
// "the voters' choice"), with no single quotation mark opened before it
// in the paragraph (which it would close: "the ‘fixers’ said …").
func (d *doc) bareApostrophe(k int) bool {
	t := d.toks[k]
	if !d.l.has(fBareApostrophe) || k == 0 || k+1 >= len(d.toks) || t.low != "’" && t.low != "'" {
		return false
	}
	p, n := d.toks[k-1], d.toks[k+1]
	if p.kind != word || p.end != t.start || !d.l.suffix(aPlural, p.low) || n.start == t.end || n.kind != word || n.nl {
		return false
	}
	for m := k - 1; m >= 0 && k-m <= 60; m-- {
		if o := d.toks[m]; o.low == "‘" || (o.low == "'" || o.low == "’") && m+1 < k && d.toks[m+1].start == o.end && (m == 0 || d.toks[m-1].end < o.start) {
			return false
		}
		if d.toks[m].blank {
			break
		}
	}
	return true
}

// commentNounIn reports whether a noun naming a claim (class comment-noun:
// "accusation", "figure", "claim") ends anywhere in tokens [a, b).
func (d *doc) commentNounIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.l.ends(wCommentNoun, d.toks, k) > 0 {
			return true
		}
	}
	return false
}

// trimNP drops conjunctions and adverbs from both ends of tokens [a, b).
func (d *doc) trimNP(a, b int) (int, int) {
	for a < b {
		// "chính ông Torel" (Torel himself): the stress is no part of
		// the name; "Chính phủ" (the government) has no pronoun or
		// honorific after it and stays whole
		if n := d.l.is(wEmphatic, d.toks, a); n > 0 && a+n < b &&
			(d.l.is(wHonorific, d.toks, a+n) > 0 || d.l.is(wPronSg, d.toks, a+n) > 0 || d.l.is(wPronPl, d.toks, a+n) > 0) {
			a += n
			continue
		}
		if n := d.l.is(wTrim, d.toks, a); n > 0 && a+n <= b && !d.toks[a].upper {
			a += n
			continue
		}
		if n := d.l.is(wTrim, d.toks, a); n > 0 && a+n < b && d.toks[a].upper && a > 0 && !d.isComma(a-1) {
			a += n
			continue
		}
		break
	}
	for a < b {
		// ("Theresa May said": a name, not a modal, before a finite cue)
		if n := d.l.ends(wTrim, d.toks, b-1); n > 0 && b-n >= a && !(n == 1 && b < len(d.toks) && d.nameModalBefore(b)) {
			b -= n
			continue
		}
		break
	}
	// "kemarin ia mengatakan …", "hôm qua ông cho biết …": a date word
	// before a lone pronoun tells when, not who
	if b-a == 2 && d.l.is(wDateWord, d.toks, a) == 1 && !d.toks[a].upper &&
		(d.l.is(wPronSg, d.toks, a+1) == 1 || d.l.is(wPronPl, d.toks, a+1) == 1) {
		a++
	}
	// "A week earlier the agency had put …", "Two days later the ministry
	// said …": a time span opening the clause is no part of the subject
	if b-a >= 4 && (d.l.is(wAppositive, d.toks, a) > 0 || d.l.is(wCount, d.toks, a) > 0 || d.toks[a].kind == number) &&
		d.l.is(wSpanUnit, d.toks, a+1) > 0 && (d.l.is(wEarlier, d.toks, a+2) > 0 || d.l.is(wLater, d.toks, a+2) > 0 || d.l.is(wAgo, d.toks, a+2) > 0) {
		a += 3
	}
	// "Earlier this month the minister denied …", "Late last week the
	// ministry said …": a time opening the clause is no part of the subject
	if d.l.has(fTimeOpening) && b-a >= 3 {
		k, dated := a, false
		for k < b-1 && k-a < 5 {
			if d.l.is(wDateWord, d.toks, k) > 0 || d.toks[k].kind == number {
				dated = true
			} else if d.l.is(wEarlier, d.toks, k) == 0 && d.l.is(wLater, d.toks, k) == 0 {
				break
			}
			k++
		}
		if dated && k > a && k < b && (d.l.is(wDet, d.toks, k) > 0 || d.l.is(wNounDet, d.toks, k) > 0 || d.toks[k].upper) {
			a = k
		}
	}
	// "…, an accusation Varesia swiftly denied" / "a figure Oskaria rejected"
	// / "— a charge the prosecutor's office has dismissed": a determiner and
	// common nouns before a name describe the content
	if b-a >= 3 && a > 0 && d.isSep(a-1) && d.l.is(wAppositive, d.toks, a) > 0 && !d.toks[a+1].upper {
		for k := a + 2; k < b; k++ {
			if d.l.is(wNPPrep, d.toks, k) > 0 || d.possessiveAt(k) {
				break // "a spokesman for the Labour Party", "the country's Red Cross"
			}
			if d.toks[k].upper && d.toks[k].kind == word && d.l.ends(wBody, d.toks, k-1) > 0 && d.l.ends(wOutletWord, d.toks, k-1) < 2 {
				break // "…, the national disaster agency LDMA said": a body and its name are one subject (a "news agency" is an outlet relaying)
			}
			if d.toks[k].upper && d.toks[k].kind == word && !d.commentNounIn(a+1, k) && d.l.ends(wOutletWord, d.toks, k-1) == 0 && d.headOutlet(k) == b-k {
				break // "…, the local Virel Courier reported": an adjective before an outlet's name is part of it
			}
			if (d.toks[k].upper && d.toks[k].kind == word) || d.l.is(wDet, d.toks, k) > 0 || d.l.ends(wCommentNoun, d.toks, k-1) > 0 {
				// (after a dash only a single noun: "— a charge the office
				// has dismissed", not "— a report released by the
				// Brookings Institution estimated")
				if d.isComma(a-1) || k == a+2 {
					a = k // "… Varesia", "… the army", "a claim prosecutors"
				}
				break
			}
		}
	}
	// English adverbs in -ly between the subject and the cue: "Varesia swiftly"
	for b > a+1 && d.l.suffix(aAdverb, d.toks[b-1].low) && !d.toks[b-1].upper && d.toks[b-1].kind == word && d.l.is(wLyNoun, d.toks, b-1) == 0 {
		b--
	}
	// a date before the subject: "said on Monday it estimated"
	if n := d.l.is(wTemporal, d.toks, a); n > 0 {
		for k := a + n; k < b && k-a < 6; k++ {
			if !d.dateLike(a+n, k+1) {
				if k > a+n {
					a = k
				}
				break
			}
		}
	}
	// a date between the subject and the cue: "Zelensky pada 23 Desember"
	for k := a + 1; k < b && k-a < 12; k++ {
		if d.l.is(wTemporal, d.toks, k) > 0 && b-k <= 6 && d.timeLike(k+d.l.is(wTemporal, d.toks, k), b) {
			b = k
			break
		}
	}
	return d.frontedPhrase(a, b), b
}

// frontedPhrase drops a prepositional phrase fronted without a comma from
// the subject [a, b): "In a radio interview Morales said" → "Morales",
// "at 86 she says" → "she". The subject is a name after a common noun or
// a pronoun just before the cue; without one the span is left as it is
// for the rules that read a subject elsewhere.
func (d *doc) frontedPhrase(a, b int) int {
	n := d.l.is(wFrontedPrep, d.toks, a)
	if n == 0 || b-a <= n {
		return a
	}
	for k := a + n + 1; k < b; k++ {
		t, p := d.toks[k], d.toks[k-1]
		if k == b-1 && d.pronounLike(k, b) && d.l.is(wRelative, d.toks, k) == 0 {
			return k
		}
		if t.kind == word && t.upper && p.kind == word && !p.upper && d.l.is(wDet, d.toks, k-1) == 0 &&
			d.l.is(wNounDet, d.toks, k-1) == 0 && d.l.is(wNPPrep, d.toks, k-1) == 0 && d.l.is(wNotSubject, d.toks, k-1) == 0 && d.l.is(wFrontedPrep, d.toks, k-1) == 0 {
			return k
		}
	}
	return a
}

// dateLike reports whether tokens [a, b) look like a date or time: a
// number, a weekday or month name from the date lexicon, or a capitalised
// day name in parentheses.
func (d *doc) dateLike(a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		t := d.toks[k]
		if t.kind == number || t.low == "(" || t.low == ")" {
			continue
		}
		if t.kind == word && (t.upper || d.l.is(wDateWord, d.toks, k) > 0) {
			continue
		}
		return false
	}
	return true
}

// timeLike reports whether tokens [a, b) look like a date (dateLike) with
// a number or a date word in it: "pada 23 Desember", "hôm 15/3", but not
// a place, "di Pyongyang".
func (d *doc) timeLike(a, b int) bool {
	if !d.dateLike(a, b) {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind == number || d.l.is(wDateWord, d.toks, k) > 0 {
			return true
		}
	}
	return false
}

// strictDate reports whether tokens [a, b) are only date words, numbers
// and brackets, with at least one date word ("Senin (21/10)", "ngày 18/10").
func (d *doc) strictDate(a, b int) bool {
	words := 0
	for k := a; k < b; k++ {
		t := d.toks[k]
		switch {
		case t.kind == number || t.low == "(" || t.low == ")":
		case d.l.is(wDateWord, d.toks, k) > 0:
			words++
		case k > a && k+1 < b && d.l.is(wTemporal, d.toks, k) == 1 && d.l.is(wDateWord, d.toks, k-1) > 0 && !d.toks[k-1].upper:
			// a part of the day before its preposition: "late on Monday"
		default:
			return false
		}
	}
	return words > 0
}

// outletAt returns the length of an outlet name starting at token k.
func (d *doc) outletAt(k int) int {
	for n := maxOutletWords(); n >= 1; n-- {
		if k+n > len(d.toks) {
			continue
		}
		if _, ok := d.outlet(k, k+n); ok {
			return n
		}
	}
	return 0
}

// pronounLike reports whether tokens [a, b) are a personal or relative pronoun.
func (d *doc) pronounLike(a, b int) bool {
	for _, c := range []wclass{wPronSg, wPronPl, wRelative} {
		if n := d.l.is(c, d.toks, a); n > 0 && a+n == b {
			return true
		}
	}
	return false
}

// openingTime reports that the tokens from a to the first comma before q
// are only date words and numbers: "Chiều 4/11, …", "Tuần trước, …".
func (d *doc) openingTime(a, q int) bool {
	for m := a; m < q && m-a <= 8; m++ {
		if d.isComma(m) {
			return m > a
		}
		if t := d.toks[m]; t.kind != number && d.l.is(wDateWord, d.toks, m) == 0 {
			return false
		}
	}
	return false
}

// article reports an English article at token k ("the", "a", "an"), and
// indefinite an indefinite one ("a", "an"), the words several rules test
// before a noun.
func (d *doc) article(k int) bool { return d.l.is(wDefArticle, d.toks, k) > 0 || d.indefinite(k) }

func (d *doc) indefinite(k int) bool { return d.l.is(wIndefArticle, d.toks, k) > 0 }

// laterMainSubject finds, for a verb joined by a bare coordinator at q
// (no comma before it), the subject of the main clause nearest before it
// when that is not the sentence's first: "X said the toll had risen, but
// two provinces rejected the count and said …" — the provinces said it.
// An attribution whose cue lies in another one's content is nested, no
// main clause ("A said B suggested C and …" keeps A). It returns 0, 0
// when there is none.
func (d *doc) laterMainSubject(k, q, firstAtt int) (int, int) {
	if q <= 0 || q >= len(d.toks) || d.l.is(wCoord, d.toks, q) == 0 || d.isComma(q-1) {
		return 0, 0
	}
	for m := len(d.atts) - 1; m > k; m-- {
		y := d.atts[m]
		if y.srcFirst < 0 || y.srcLast <= y.srcFirst || y.srcLast > q || d.toks[q].start < y.cue.e || y.clauseStart == 0 {
			continue
		}
		if d.l.is(wRelative, d.toks, y.srcFirst) > 0 || y.nestedIn >= 0 {
			continue
		}
		nested := false
		for o := firstAtt; o < len(d.atts); o++ {
			if o != m && d.atts[o].content.s <= y.cue.s && y.cue.e <= d.atts[o].content.e {
				nested = true
				break
			}
		}
		// the clause must run up to the coordinator: no other cue between
		if !nested && d.toks[y.srcLast].start <= y.cue.s {
			return y.srcFirst, y.srcLast
		}
		return 0, 0
	}
	return 0, 0
}
