package analyze

import (
	"math"
	"net/url"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sumber"
	"sumber/gazetteer"
	"sumber/store"
)

// Figure qualifiers: why a figure is kept in its measure but left out of
// findings.
const (
	// Past marks an earlier value recalled in a claim ("up from 10,000
	// in November").
	Past = "past"
	// Projection marks a forecast ("could send 12,000").
	Projection = "projection"
	// Ambiguous marks figures of one measure that disagree inside one
	// claim; which counts what is unclear.
	Ambiguous = "ambiguous"
	// Increment marks what was added to a count ("seven more bodies",
	// "thêm bốn thi thể"), not the count itself.
	Increment = "increment"
)

// Observation is one figure of a measure as evidence: who stated it,
// through whom, when and where.
type Observation struct {
	AttributionID int64  `json:"attribution_id"`
	DocumentID    int64  `json:"document_id"`
	Ord           int    `json:"ord"` // position among the attribution's figures
	Measure       string `json:"measure"`
	// Actor is the resolved source; Origin the body it speaks for
	// (gazetteer.Origin); Root the top of Origin's hierarchy.
	Actor     string `json:"actor"`
	ActorName string `json:"actor_name"`
	Origin    string `json:"origin"`
	Root      string `json:"root"`
	// Known is false when the source is not in the gazetteer (its
	// identity is its normalised name).
	Known bool `json:"known,omitempty"`
	// Independence groups observations that are not independent of each
	// other: the origin's root, or the story (syndicated copies,
	// translations, one wire story) when the origin is an outlet or
	// unknown.
	Independence string   `json:"independence"`
	Story        string   `json:"story"`
	Via          []string `json:"via,omitempty"`
	Date         string   `json:"date"` // claim day, YYYY-MM-DD
	When         string   `json:"when"` // the date as precise as known: "2024-10" for "last month"
	Outlet       string   `json:"outlet,omitempty"`
	Stance       string   `json:"stance"`
	Negated      bool     `json:"negated,omitempty"`
	Timing       string   `json:"timing,omitempty"`
	Bound        string   `json:"bound"`
	Value        float64  `json:"value"`
	Low          float64  `json:"low"`
	High         float64  `json:"high"`
	Text         string   `json:"text"`
	Qualifier    string   `json:"qualifier,omitempty"`
}

// Statement is a claim reduced to a comparable proposition: its concepts
// (DEPLOY, TROOPS…) and the actors it names.
type Statement struct {
	AttributionID int64    `json:"attribution_id"`
	DocumentID    int64    `json:"document_id"`
	Bucket        string   `json:"bucket"` // sorted concepts, "DEPLOY+TROOPS"
	Actors        []string `json:"actors"` // root ids named, and the implicit subject
	Actor         string   `json:"actor"`
	ActorName     string   `json:"actor_name"`
	Origin        string   `json:"origin"`
	Root          string   `json:"root"`
	Story         string   `json:"story"`
	Stance        string   `json:"stance"`
	Negated       bool     `json:"negated,omitempty"`
	Timing        string   `json:"timing,omitempty"`
	Date          string   `json:"date"`
	When          string   `json:"when"`
	Dated         bool     `json:"dated,omitempty"` // the claim date was stated, not the publication day
	Outlet        string   `json:"outlet,omitempty"`
	Content       string   `json:"content"`
}

// Claim is one attribution as shown in an actor's history.
type Claim struct {
	AttributionID int64    `json:"attribution_id"`
	DocumentID    int64    `json:"document_id"`
	Actor         string   `json:"actor"`
	Source        string   `json:"source"`
	Stance        string   `json:"stance"`
	Negated       bool     `json:"negated,omitempty"`
	Timing        string   `json:"timing,omitempty"`
	Via           []string `json:"via,omitempty"`
	Date          string   `json:"date"`
	When          string   `json:"when"`
	Outlet        string   `json:"outlet,omitempty"`
	Content       string   `json:"content"`
	Figures       []string `json:"figures,omitempty"`
}

// DocInfo is what analysis needs to know about a document besides its
// attributions.
type DocInfo struct {
	ID     int64
	Outlet string
	// Story identifies the report behind copies: a translation and its
	// original, syndicated near-duplicates and one wire story share it.
	Story string
}

// StoryKey computes a document's story: the URL it is derived from (a
// translation's "Sumber:"), else its near-duplicate original's story
// (orig, when DuplicateOf is set), else the wire story of the day, else
// its own URL. Copies get the same key whatever order they arrive in.
func StoryKey(d *sumber.Document, orig *sumber.Document) string {
	for _, s := range d.DerivedFrom {
		if u := normURL(s); u != "" {
			return "url:" + u
		}
	}
	if orig != nil && orig.ID != d.ID {
		return StoryKey(orig, nil)
	}
	if d.Wire != "" && len(d.DerivedFrom) == 0 && !d.Published.IsZero() {
		return "wire:" + gazetteer.Fold(d.Wire) + ":" + d.Published.Format("2006-01-02")
	}
	for _, s := range []string{d.CanonicalURL, d.URL} {
		if u := normURL(s); u != "" {
			return "url:" + u
		}
	}
	return "doc:" + itoa(d.ID)
}

// normURL makes URLs of one page compare equal: no scheme, no "www.",
// no query or fragment, no trailing slash, lower-case host.
func normURL(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "://") {
		// "host.example/path" as some pages write their source.
		host, _, _ := strings.Cut(s, "/")
		if strings.ContainsAny(s, " \t") || !strings.Contains(host, ".") || !strings.Contains(s, "/") {
			return ""
		}
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(u.Path, "/")
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// resolved is an attribution's source after document-level resolution.
type resolved struct {
	actor sumber.Actor
	known bool
}

// resolveActors resolves the source of each attribution of one document
// (recs in document order): through the gazetteer (the longest alias in
// the resolved actor or source text); then anaphors ("the spy agency")
// to the one actor of their kind named in the document; sources made
// only of pronouns ("it", "dia", "ông") to the previous claim's actor in
// the same or previous sentence; and short capitalised names ("Han",
// "JCS") to the known actor whose source text in the document contains
// them. Anything else gets an identity from its normalised name.
func resolveActors(recs []store.Record) []resolved {
	lx := theLexicon()
	out := make([]resolved, len(recs))
	anaphor := make([]string, len(recs)) // kind referred to, when an anaphor
	byKind := map[string]map[string]sumber.Actor{}
	for i, r := range recs {
		text := r.Actor
		if text == "" {
			text = r.Source.Text
		}
		m, ok := sourceActor(text)
		if !ok && r.Actor != "" {
			m, ok = sourceActor(r.Source.Text)
		}
		if ok && m.Actor.Kind == gazetteer.KindAnaphor {
			anaphor[i] = m.Actor.Parent
			continue
		}
		if ok {
			out[i] = resolved{m.Actor, true}
			if byKind[m.Actor.Kind] == nil {
				byKind[m.Actor.Kind] = map[string]sumber.Actor{}
			}
			byKind[m.Actor.Kind][m.Actor.ID] = m.Actor
		}
	}
	// Actors named anywhere in the document's texts also count for
	// anaphors ("The NIS assesses…" inside a quote).
	for _, r := range recs {
		for _, m := range gazetteer.FindActors(r.Content.Text + " " + r.Source.Text) {
			if m.Actor.Kind == gazetteer.KindAnaphor {
				continue
			}
			if byKind[m.Actor.Kind] == nil {
				byKind[m.Actor.Kind] = map[string]sumber.Actor{}
			}
			byKind[m.Actor.Kind][m.Actor.ID] = m.Actor
		}
	}
	for i, r := range recs {
		if out[i].known {
			continue
		}
		if k := anaphor[i]; k != "" {
			if len(byKind[k]) == 1 {
				for _, a := range byKind[k] {
					out[i] = resolved{a, true}
				}
				continue
			}
		}
		text := r.Actor
		if text == "" {
			text = r.Source.Text
		}
		if lx.onlyOf("pronoun", r.Source.Text) || lx.onlyOf("pronoun", text) {
			for j := i - 1; j >= 0; j-- {
				if recs[j].Sentence < r.Sentence-1 {
					break
				}
				if out[j].known {
					out[i] = out[j]
					break
				}
			}
			if out[i].known {
				continue
			}
		}
		if a, ok := partialName(text, recs, out); ok {
			out[i] = resolved{a, true}
			continue
		}
		out[i] = resolved{unknownActor(text), false}
	}
	return out
}

// maxHeadOffset is how many words may precede the actor's name in a
// source text ("Tổng thống Ukraine Volodymyr Zelensky", "laporan Badan
// Intelijen Nasional") unless the name ends the text ("Anggota parlemen
// Korea Selatan Han Min-jae"). A name deeper inside a long source is
// what the source talks about, not who it is ("The two governments
// watching the North Korean deployment").
const maxHeadOffset = 4

// sourceActor finds the actor a source text names: the longest alias
// (a person on a tie) that starts within maxHeadOffset words or ends the
// text.
func sourceActor(text string) (gazetteer.Match, bool) {
	ws := gazetteer.Words(text)
	n := len(ws)
	lx := theLexicon()
	var best gazetteer.Match
	found := false
	for _, m := range gazetteer.FindActors(text) {
		if m.Start >= maxHeadOffset && m.End != n {
			continue
		}
		ok := true
		for i := 0; i < m.Start; i++ {
			r, _ := utf8.DecodeRuneInString(ws[i])
			if unicode.IsUpper(r) || unicode.IsDigit(r) || lx.has("role", []string{gazetteer.Fold(ws[i])}, 0) {
				continue
			}
			ok = false
			break
		}
		if !ok && m.End == n && m.Start <= maxHeadOffset {
			// a description of a body before its name: "the national
			// disaster agency LDMA", "Lembaga bantuan Harbour Aid"
			folded := make([]string, m.Start)
			for i := range folded {
				folded[i] = gazetteer.Fold(ws[i])
			}
			for i := range folded {
				if lx.has("body-head", folded, i) {
					ok = true
					break
				}
			}
		}
		if !ok {
			continue
		}
		l, bl := m.End-m.Start, best.End-best.Start
		if !found || l > bl || l == bl && m.Actor.Kind == gazetteer.KindPerson && best.Actor.Kind != gazetteer.KindPerson {
			best, found = m, true
		}
	}
	return best, found
}

// partialName resolves a short capitalised name ("Han", "JCS", "ông
// Han") to the known actor of the document whose source text contains
// it as whole words.
func partialName(text string, recs []store.Record, out []resolved) (sumber.Actor, bool) {
	name := stripHonorifics(text)
	ws := gazetteer.Words(name)
	if len(ws) == 0 || len(ws) > 3 {
		return sumber.Actor{}, false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return sumber.Actor{}, false
		}
	}
	var found *sumber.Actor
	for j, r := range recs {
		if !out[j].known {
			continue
		}
		if containsWords(gazetteer.Words(r.Source.Text), ws) || containsWords(gazetteer.Words(r.Actor), ws) {
			if found != nil && found.ID != out[j].actor.ID {
				return sumber.Actor{}, false // ambiguous
			}
			a := out[j].actor
			found = &a
		}
	}
	if found == nil {
		return sumber.Actor{}, false
	}
	return *found, true
}

func containsWords(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j, w := range needle {
			if hay[i+j] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// stripHonorifics drops leading titles and determiners ("ông", "the",
// "Presiden").
func stripHonorifics(text string) string {
	lx := theLexicon()
	ws := gazetteer.Words(text)
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = gazetteer.Fold(w)
	}
	i := 0
	for i < len(ws) {
		_, n := lx.at("honorific", folded, i)
		if n == 0 {
			break
		}
		i += n
	}
	return strings.Join(ws[i:], " ")
}

// namedActor reports whether an actor name the gazetteer does not know is
// a proper name: after honorifics, two to six words that all begin with a
// capital letter or a digit, not all of them role words ("Harbour Aid",
// "Governor Dana Pike", "Sarden Relief Fund"), or one acronym of two to
// six capitals ("LDMA"). A single capitalised word is too often a
// sentence's first common noun ("Officials") or a short surname whose
// bearer the document alone identifies.
func namedActor(name string) bool {
	lx := theLexicon()
	ws := gazetteer.Words(stripHonorifics(name))
	if len(ws) == 1 {
		w := ws[0]
		return len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w
	}
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	roles := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		if lx.has("role", []string{gazetteer.Fold(w)}, 0) {
			roles++
		}
	}
	return roles < len(ws)
}

// unknownActor gives a source that is not in the gazetteer an identity
// from its normalised name.
func unknownActor(text string) sumber.Actor {
	name := stripHonorifics(text)
	if name == "" {
		name = strings.Join(strings.Fields(text), " ")
	}
	return sumber.Actor{ID: gazetteer.NameID(name), Name: name}
}

// viaNames resolves a relay chain to display names, nearest first: a
// relay the gazetteer knows as a whole, else a known person named inside
// it ("anggota parlemen Han Min-jae dari Komite Intelijen" → Han Min-jae),
// else a short name of a person the document names in full ("Ông Han"),
// else its own words.
func viaNames(vs []sumber.Via, people []sumber.Actor) []string {
	var out []string
	for _, v := range vs {
		text := v.Actor
		if text == "" {
			text = v.Span.Text
		}
		if a, ok := viaActor(text, people); ok {
			text = a.Name
		} else {
			text = strings.Join(strings.Fields(text), " ")
		}
		if len(out) > 0 && out[len(out)-1] == text {
			continue
		}
		out = append(out, text)
	}
	return out
}

// viaActor finds the actor a relay's text names; see viaNames.
func viaActor(text string, people []sumber.Actor) (sumber.Actor, bool) {
	if m, ok := gazetteer.FindActor(text); ok && m.Actor.Kind != gazetteer.KindAnaphor &&
		m.End-m.Start == len(gazetteer.Words(stripHonorifics(text))) {
		return m.Actor, true
	}
	var best gazetteer.Match
	for _, m := range gazetteer.FindActors(text) {
		if m.Actor.Kind == gazetteer.KindPerson && m.End-m.Start > best.End-best.Start {
			best = m
		}
	}
	if best.End > best.Start {
		return best.Actor, true
	}
	ws := gazetteer.Words(stripHonorifics(text))
	if len(ws) == 0 || len(ws) > 2 {
		return sumber.Actor{}, false
	}
	var found *sumber.Actor
	for i := range people {
		if containsWords(gazetteer.Words(people[i].Name), ws) {
			if found != nil && found.ID != people[i].ID {
				return sumber.Actor{}, false // ambiguous
			}
			found = &people[i]
		}
	}
	if found == nil {
		return sumber.Actor{}, false
	}
	return *found, true
}

// documentPeople lists the known people a document's sources and relays
// name, for the short names of relays.
func documentPeople(recs []store.Record, res []resolved) []sumber.Actor {
	var out []sumber.Actor
	seen := map[string]bool{}
	add := func(a sumber.Actor) {
		if a.Kind == gazetteer.KindPerson && !seen[a.ID] {
			seen[a.ID] = true
			out = append(out, a)
		}
	}
	for i, r := range recs {
		if res[i].known {
			add(res[i].actor)
		}
		for _, v := range r.Via {
			text := v.Actor
			if text == "" {
				text = v.Span.Text
			}
			if a, ok := viaActor(text, nil); ok {
				add(a)
			}
		}
	}
	return out
}

// nestedFigure reports whether figure ord of recs[i] is the figure of a
// claim nested in its content: another attribution whose cue lies in
// recs[i]'s content and whose content holds the figure ("Han said the NIS
// now estimates 11,000": the 11,000 is the NIS's, relayed by Han, and
// counts once, for the NIS).
func nestedFigure(recs []store.Record, i, ord int) bool {
	r := &recs[i]
	if ord < 0 || ord >= len(r.Figures) {
		return false
	}
	f := r.Figures[ord].Span
	for j := range recs {
		q := &recs[j]
		if j == i || q.Cue.Empty() || q.Cue.Start < r.Content.Start || q.Cue.End > r.Content.End {
			continue
		}
		for _, g := range q.Figures {
			if g.Span.Start == f.Start && g.Span.End == f.End {
				return true
			}
		}
	}
	return false
}

// observeDocument turns the attributions of one document (in document
// order) into observations of measures, statements and actor claims.
func observeDocument(doc DocInfo, recs []store.Record) ([]Observation, []Statement, []Claim) {
	sort.Slice(recs, func(i, j int) bool { return recs[i].ID < recs[j].ID })
	res := resolveActors(recs)
	people := documentPeople(recs, res)
	docPlace := documentPlace(recs)
	var obs []Observation
	var sts []Statement
	var cls []Claim
	for i := range recs {
		r := &recs[i]
		a := res[i]
		origin := gazetteer.Origin(a.actor.ID)
		root := gazetteer.Root(origin)
		indep := root
		// a name the gazetteer does not know still identifies its bearer
		// across documents ("Harbour Aid", "LDMA"); a description does not
		// ("officials", "the agency")
		named := !a.known && namedActor(a.actor.Name)
		if !a.known && !named || isOutlet(a.actor) {
			indep = "story:" + doc.Story
		}
		via := viaNames(r.Via, people)
		when := r.ClaimDate
		if r.Date != nil && r.Date.Value != "" && r.Date.Precision != sumber.Day {
			when = r.Date.Value
		}
		outlet := r.Outlet
		if outlet == "" {
			outlet = doc.Outlet
		}
		cl := Claim{AttributionID: r.ID, DocumentID: r.DocumentID, Actor: a.actor.ID, Source: r.Source.Text,
			Stance: string(r.Stance), Negated: r.Negated, Timing: string(r.Timing), Via: via, Date: r.ClaimDate,
			When: when, Outlet: outlet, Content: r.Content.Text}
		figs := figureObservations(r, docPlace)
		for _, f := range figs {
			if nestedFigure(recs, i, f.Ord) {
				continue
			}
			o := f
			o.AttributionID, o.DocumentID = r.ID, r.DocumentID
			o.Actor, o.ActorName, o.Origin, o.Root, o.Known = a.actor.ID, a.actor.Name, origin, root, a.known || named
			o.Independence, o.Story, o.Via, o.Date, o.When, o.Outlet = indep, doc.Story, via, r.ClaimDate, when, outlet
			o.Stance, o.Negated, o.Timing = string(r.Stance), r.Negated, string(r.Timing)
			obs = append(obs, o)
			cl.Figures = append(cl.Figures, o.Measure+" "+FormatValue(o.Bound, o.Value, o.Low, o.High))
		}
		cls = append(cls, cl)
		if st, ok := statementOf(r, a, root); ok {
			st.Origin, st.Root, st.Story, st.Outlet, st.When = origin, root, doc.Story, outlet, when
			sts = append(sts, st)
		}
	}
	return obs, sts, cls
}

func isOutlet(a sumber.Actor) bool { return a.Kind == gazetteer.KindOutlet }

// contentWords are a claim's words, folded, with each word's rune
// offset in the document.
type contentWords struct {
	raw    []string // as written (for actor matching)
	folded []string
	start  []int // document rune offset of each word
}

func wordsOf(sp sumber.Span) contentWords {
	var cw contentWords
	off := sp.Start
	inWord := false
	var b strings.Builder
	wstart := 0
	flush := func() {
		if b.Len() > 0 {
			w := b.String()
			cw.raw = append(cw.raw, w)
			cw.folded = append(cw.folded, gazetteer.Fold(w))
			cw.start = append(cw.start, wstart)
			b.Reset()
		}
	}
	for _, r := range sp.Text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if !inWord {
				wstart = off
			}
			inWord = true
			b.WriteRune(r)
		} else {
			inWord = false
			flush()
		}
		off++
	}
	flush()
	return cw
}

// wordAt returns the index of the first word starting at or after rune
// offset pos (len when none).
func (cw contentWords) wordAt(pos int) int {
	return sort.SearchInts(cw.start, pos)
}

// mention is an actor named in a claim's content, at word i.
type mention struct {
	root  string
	kind  string
	start int
	end   int
}

func (cw contentWords) mentions() []mention {
	var out []mention
	matches := gazetteer.FindActors(strings.Join(cw.raw, " "))
	last := -1
	for _, m := range matches {
		if m.Start < last { // inside a longer match
			continue
		}
		if m.Actor.Kind == gazetteer.KindAnaphor || m.Actor.Kind == gazetteer.KindOutlet {
			continue
		}
		last = m.End
		out = append(out, mention{root: gazetteer.Root(m.Actor.ID), kind: m.Actor.Kind, start: m.Start, end: m.End})
	}
	return out
}

// preposition returns the kind ("locative", "relation") of the word
// before a mention, skipping fillers, or "".
func (cw contentWords) preposition(i int) string {
	lx := theLexicon()
	endsAt := func(kind string, j int) bool {
		for n := 1; n <= lx.maxLen[kind] && j-n+1 >= 0; n++ {
			if _, ok := lx.forms[kind][strings.Join(cw.folded[j-n+1:j+1], " ")]; ok {
				return true
			}
		}
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch {
		case endsAt("locative", j):
			return "locative"
		case endsAt("relation", j):
			return "relation"
		case endsAt("filler", j):
			continue
		}
		return ""
	}
	return ""
}

// placeCounted are the units and measures of a disaster's toll: people
// killed, missing or displaced and homes destroyed are counted where they
// are, so the country where the claim (or, failing that, its document)
// places them is their subject ("40 people killed in Indonesia"). Troops
// are not: where troops are is not whose they are.
var placeCounted = struct{ units, measures map[string]bool }{
	units: map[string]bool{"people": true, "civilians": true, "children": true, "homes": true},
	measures: map[string]bool{"killed": true, "wounded": true, "killed-or-wounded": true, "missing": true,
		"displaced": true, "affected": true, "destroyed": true, "damaged": true},
}

// placeOf is the one country a claim names, as a country or through a
// place of it ("di Provinsi Aceh", "in Indonesia's Aceh province"), or ""
// when it names none or several.
func placeOf(ments []mention) string {
	place := ""
	for _, m := range ments {
		if m.kind != gazetteer.KindCountry && m.kind != gazetteer.KindPlace {
			continue
		}
		if a, ok := gazetteer.ActorByID(m.root); !ok || a.Kind != gazetteer.KindCountry {
			continue
		}
		if place != "" && place != m.root {
			return ""
		}
		place = m.root
	}
	return place
}

// documentPlace is the one country the claims of a document place their
// content in (see placeOf), or "" when they name none or several.
func documentPlace(recs []store.Record) string {
	place := ""
	for i := range recs {
		p := placeOf(wordsOf(recs[i].Content).mentions())
		if p == "" {
			continue
		}
		if place != "" && place != p {
			return ""
		}
		place = p
	}
	return place
}

// figureObservations reads an attribution's figures as observations of
// measures: unit and measure normalised through the lexicon, the
// subject resolved through the gazetteer (or, when the extractor gave
// none, the one country the claim names around the figure that is
// neither a location nor a party), troop counts located in another
// country read as deployed, and recalled earlier values, forecasts and
// disagreeing figures of one measure qualified. Figures whose measure
// is incomplete (no unit, measure or subject) are left out. A toll with
// no other subject takes docPlace, the one country its document places
// its claims in (documentPlace), as the last resort.
func figureObservations(r *store.Record, docPlace string) []Observation {
	lx := theLexicon()
	cw := wordsOf(r.Content)
	ments := cw.mentions()
	var out []Observation
	firstOfKey := map[string]int{} // measure → word index of its first figure
	for ord, f := range r.Figures {
		unit := normUnit(f.Unit)
		meas := normMeasure(f.Measure)
		fi, fe := -1, -1
		if f.Span.Start >= r.Content.Start && f.Span.End <= r.Content.End && !f.Span.Empty() {
			fi, fe = cw.wordAt(f.Span.Start), cw.wordAt(f.Span.End)
		}
		subject := ""
		if f.Subject != "" {
			if a, ok := gazetteer.Identify(f.Subject); ok {
				subject = gazetteer.Root(a.ID)
			}
			// A subject the claim names only as a place ("tới Nga",
			// "ke Rusia") is where the troops go, not whose they are.
			if subject != "" && onlyAsPlace(cw, ments, subject) {
				subject = ""
				if fi >= 0 {
					subject = nearbySubject(cw, ments, fi, fe)
				}
			}
		} else if fi >= 0 {
			subject = nearbySubject(cw, ments, fi, fe)
		}
		if subject == "" && placeCounted.units[unit] && placeCounted.measures[meas] {
			// a toll is counted where it is: the claim's country, else the document's
			if subject = placeOf(ments); subject == "" {
				subject = docPlace
			}
		}
		if meas == "" && unit == "troops" && fi >= 0 && subject != "" {
			if loc := locatedIn(cw, ments, fe); loc != "" && loc != subject {
				meas = "deployed"
			}
		}
		if unit == "" || meas == "" || subject == "" {
			continue
		}
		if v, ok := lx.forms["remeasure"][gazetteer.Fold(unit+":"+meas)]; ok {
			meas = v
		}
		key := MeasureKey(subject, unit, meas)
		o := Observation{Ord: ord, Measure: key, Bound: string(f.Bound), Value: f.Value, Low: f.Low, High: f.High, Text: f.Span.Text}
		if o.Bound == "" {
			o.Bound = string(sumber.Exact)
		}
		if fi >= 0 {
			if first, ok := firstOfKey[key]; ok {
				if hasForm(lx, "past", cw.folded, first, fi) {
					o.Qualifier = Past
				}
			} else {
				firstOfKey[key] = fi
			}
			if o.Qualifier == "" && isProjection(lx, cw.folded, fi, fe) {
				o.Qualifier = Projection
			}
			if o.Qualifier == "" && isIncrement(lx, cw.folded, fi, fe) {
				o.Qualifier = Increment
			}
		}
		out = append(out, o)
	}
	// Current figures of one measure that disagree inside one claim are
	// ambiguous (which counts what?).
	for i := range out {
		for j := range out {
			if i != j && out[i].Measure == out[j].Measure && out[i].Qualifier == "" && out[j].Qualifier == "" &&
				ratio(out[i].Value, out[j].Value) > 1.05 {
				out[i].Qualifier = Ambiguous
			}
		}
	}
	return out
}

// hasForm reports whether a form of kind occurs in words[from:to].
func hasForm(lx *lexicon, kind string, words []string, from, to int) bool {
	for i := max(from, 0); i < to && i < len(words); i++ {
		if lx.has(kind, words, i) {
			return true
		}
	}
	return false
}

// isProjection looks for a modal in the six words before a figure and
// the three after it, not followed by a perfect marker.
// isIncrement reports whether the figure at words fi…fe-1 counts what was
// added: an increment-before form ends right before it, or an
// increment-after form follows it (lexicon.tsv).
func isIncrement(lx *lexicon, words []string, fi, fe int) bool {
	for n := 1; n <= 3 && fi-n >= 0; n++ {
		if _, m := lx.at("increment-before", words, fi-n); m == n {
			return true
		}
	}
	// right after the figure, or after the one word of a figure read
	// without its noun ("tujuh [jenazah] lagi"); "more than" compares
	for i := fe; i <= fe+1 && i < len(words) && fe > fi; i++ {
		if _, m := lx.at("increment-after", words, i); m > 0 && (i+1 >= len(words) || words[i+1] != "than") {
			return true
		}
	}
	return false
}

func isProjection(lx *lexicon, words []string, fi, fe int) bool {
	for i := max(fi-6, 0); i < min(fe+3, len(words)); i++ {
		if i >= fi && i < fe {
			continue
		}
		if _, n := lx.at("projection", words, i); n > 0 {
			if i+n < len(words) && lx.has("perfect", words, i+n) {
				continue
			}
			return true
		}
	}
	return false
}

// nearbySubject is the one country root named within six words of a
// figure that is not after a locative or relational preposition.
func nearbySubject(cw contentWords, ments []mention, fi, fe int) string {
	subject := ""
	for _, m := range ments {
		if m.end <= fi-6 || m.start >= fe+6 || m.kind == gazetteer.KindPlace {
			continue
		}
		if cw.preposition(m.start) != "" {
			continue
		}
		if subject != "" && subject != m.root {
			return ""
		}
		subject = m.root
	}
	return subject
}

// onlyAsPlace reports whether every mention of root in the claim comes
// after a locative or relational preposition (and there is one).
func onlyAsPlace(cw contentWords, ments []mention, root string) bool {
	n := 0
	for _, m := range ments {
		if m.root != root {
			continue
		}
		if cw.preposition(m.start) == "" {
			return false
		}
		n++
	}
	return n > 0
}

// locatedIn is the root of a place or country named after a locative
// preposition within eight words after a figure.
func locatedIn(cw contentWords, ments []mention, fe int) string {
	for _, m := range ments {
		if m.start >= fe && m.start < fe+8 && cw.preposition(m.start) == "locative" {
			return m.root
		}
	}
	return ""
}

func normUnit(u string) string {
	if u == "" {
		return ""
	}
	if v, ok := theLexicon().lookup("unit", u); ok {
		return v
	}
	return strings.ReplaceAll(gazetteer.Fold(u), " ", "-")
}

func normMeasure(m string) string {
	if m == "" {
		return ""
	}
	if v, ok := theLexicon().lookup("measure", m); ok {
		return v
	}
	return strings.ReplaceAll(gazetteer.Fold(m), " ", "-")
}

// MeasureKey names a measure: subject/unit/measure, the subject as the
// slug of its canonical name ("north-korea/troops/killed-or-wounded").
func MeasureKey(subjectID, unit, measure string) string {
	name := subjectID
	if a, ok := gazetteer.ActorByID(subjectID); ok {
		name = a.Name
	}
	name = strings.TrimPrefix(name, "name:")
	return strings.ReplaceAll(gazetteer.Fold(name), " ", "-") + "/" + unit + "/" + measure
}

func ratio(a, b float64) float64 {
	a, b = math.Abs(a), math.Abs(b)
	if a == 0 || b == 0 {
		if a == b {
			return 1
		}
		return math.Inf(1)
	}
	return max(a, b) / min(a, b)
}

// statementOf reduces an attribution to a proposition when its content
// has at least one predicate concept and one other concept.
func statementOf(r *store.Record, a resolved, originRoot string) (Statement, bool) {
	lx := theLexicon()
	cw := wordsOf(r.Content)
	concepts := map[string]bool{}
	for i := 0; i < len(cw.folded); {
		v, n := lx.at("concept", cw.folded, i)
		if n == 0 {
			i++
			continue
		}
		concepts[v] = true
		i += n
	}
	if !concepts["DEPLOY"] || len(concepts) < 2 {
		return Statement{}, false
	}
	roots := map[string]bool{}
	for _, m := range cw.mentions() {
		roots[m.root] = true
	}
	// "membantah telah mengirim tentara", "denied it had sent troops",
	// "unit-unit militernya dikerahkan": nothing but auxiliaries before
	// the predicate, so the speaker is the subject.
	first := len(cw.folded)
	for i := range cw.folded {
		if lx.has("concept", cw.folded, i) {
			first = i
			break
		}
	}
	implicit := a.known
	for i := 0; i < first && implicit; {
		_, n := lx.at("aux", cw.folded, i)
		if n == 0 {
			implicit = false
			break
		}
		i += n
	}
	if implicit {
		roots[originRoot] = true
	}
	var cs, rs []string
	for c := range concepts {
		cs = append(cs, c)
	}
	for x := range roots {
		rs = append(rs, x)
	}
	sort.Strings(cs)
	sort.Strings(rs)
	return Statement{AttributionID: r.ID, DocumentID: r.DocumentID, Bucket: strings.Join(cs, "+"), Actors: rs,
		Actor: a.actor.ID, ActorName: a.actor.Name, Stance: string(r.Stance), Negated: r.Negated,
		Timing: string(r.Timing), Date: r.ClaimDate, Dated: r.Date != nil, Content: r.Content.Text}, true
}
