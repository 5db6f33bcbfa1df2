package gazetteer

import (
	_ "embed"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"sumber"
)

//go:embed actors.tsv
var actorsTSV []byte

// Actor kinds used in actors.tsv. Outlets from outlets.tsv are actors of
// kind KindOutlet.
const (
	KindCountry      = "country"
	KindPerson       = "person"
	KindPlace        = "place"
	KindIntelligence = "intelligence"
	KindOutlet       = "outlet"
	KindAnaphor      = "anaphor"
)

// Match is an actor found in a text.
type Match struct {
	Actor sumber.Actor
	// Alias is the alias that matched, as written in the data file.
	Alias string
	// Start and End are word indexes in Words(text) (End exclusive).
	Start, End int
}

type aliasEntry struct {
	actor int    // index in actors
	alias string // as written
	words []string
	exact bool // all-caps acronym: matched case-sensitively
}

// actorTable is one immutable state of the actors: the built-in ones and
// those of the user's file (SetUserActors). Lookups read the current
// table through an atomic pointer, so a new file swaps it whole.
type actorTable struct {
	actors      []sumber.Actor
	byID        map[string]int
	byName      map[string]int          // canonical name → index in actors
	aliasByHead map[string][]aliasEntry // first word (lower, or as written when exact) → entries
	fingerprint string                  // of the user's file; "" when there is none
}

var (
	builtinOnce sync.Once
	builtin     *actorTable
	builtinRows []sumber.Actor // the actors of actors.tsv, in file order
	current     atomic.Pointer[actorTable]
)

// table returns the current actors: the built-in ones until a user file
// is set.
func table() *actorTable {
	if t := current.Load(); t != nil {
		return t
	}
	current.CompareAndSwap(nil, builtinTable())
	return current.Load()
}

// builtinTable returns the actors of actors.tsv and outlets.tsv alone.
func builtinTable() *actorTable {
	builtinOnce.Do(func() {
		rows, err := parseActors(actorsTSV, "actors.tsv", nil)
		if err != nil {
			panic("gazetteer: built-in actors: " + err.Error())
		}
		builtinRows, builtin = rows, newTable(rows)
	})
	return builtin
}

func newTable(rows []sumber.Actor) *actorTable {
	t := &actorTable{byID: map[string]int{}, byName: map[string]int{}, aliasByHead: map[string][]aliasEntry{}}
	for _, a := range rows {
		t.add(a)
	}
	loadOnce.Do(load)
	for _, o := range outlets {
		t.add(sumber.Actor{ID: NameID(o.Name), Name: o.Name, Kind: KindOutlet, Aliases: o.Aliases})
	}
	return t
}

func (t *actorTable) add(a sumber.Actor) {
	if _, dup := t.byID[a.ID]; dup {
		return
	}
	i := len(t.actors)
	t.actors = append(t.actors, a)
	t.byID[a.ID] = i
	if _, dup := t.byName[a.Name]; !dup {
		t.byName[a.Name] = i
	}
	for _, al := range a.Aliases {
		exact := isAcronym(al)
		ws := aliasWords(al, exact)
		if len(ws) == 0 {
			continue
		}
		t.aliasByHead[ws[0]] = append(t.aliasByHead[ws[0]], aliasEntry{actor: i, alias: al, words: ws, exact: exact})
	}
}

// isAcronym reports whether an alias is a short all-capitals acronym
// ("US", "AS", "NIS", "RI"), which must match case-sensitively so that
// the English word "as" is not Amerika Serikat.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0 && n <= 4
}

func aliasWords(s string, exact bool) []string {
	ws := Words(s)
	if !exact {
		for i := range ws {
			ws[i] = strings.ToLower(ws[i])
		}
	}
	return ws
}

// Words splits text into words as actor matching sees them: Unicode NFC,
// split at anything that is not a letter or digit, case kept
// ("South Korea’s" → "South", "Korea", "s"). Diacritics are kept, so
// Vietnamese "Mỹ" never matches English "my".
func Words(text string) []string {
	text = norm.NFC.String(text)
	return strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) })
}

// Fold is the comparable form of a name: lower case, diacritics removed,
// words joined by single spaces ("Triều Tiên" → "trieu tien").
func Fold(text string) string {
	var out []string
	for _, w := range Words(text) {
		var b strings.Builder
		for _, r := range norm.NFD.String(w) {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			switch r {
			case 'đ', 'Đ':
				r = 'd'
			}
			b.WriteRune(unicode.ToLower(r))
		}
		if b.Len() > 0 {
			out = append(out, b.String())
		}
	}
	return strings.Join(out, " ")
}

// NameID is the identity of an actor that has no Wikidata QID:
// "name:" and its folded name with hyphens ("Han Min-jae" →
// "name:han-min-jae").
func NameID(name string) string {
	return "name:" + strings.ReplaceAll(Fold(name), " ", "-")
}

// Actors returns every actor: those of actors.tsv in file order, then
// those the user's file adds (SetUserActors), then the outlets of
// outlets.tsv.
func Actors() []sumber.Actor {
	return table().actors
}

// DisplayName says an actor's canonical name in an interface language:
// the gazetteer's name for that language ("North Korea", "id" → "Korea
// Utara"), else name itself, also for actors the gazetteer does not know.
func DisplayName(name, lang string) string {
	t := table()
	if i, ok := t.byName[name]; ok {
		if n := t.actors[i].Names[lang]; n != "" {
			return n
		}
	}
	return name
}

// ActorByID returns the actor with the given id.
func ActorByID(id string) (sumber.Actor, bool) {
	t := table()
	i, ok := t.byID[id]
	if !ok {
		return sumber.Actor{}, false
	}
	return t.actors[i], true
}

// FindActors returns every alias occurrence in text, leftmost first and,
// at one position, longest first.
func FindActors(text string) []Match {
	t := table()
	ws := Words(text)
	low := make([]string, len(ws))
	for i, w := range ws {
		low[i] = strings.ToLower(w)
	}
	var out []Match
	for i := range ws {
		var best []aliasEntry
		seen := map[string]bool{}
		for _, key := range []string{low[i], ws[i]} {
			if seen[key] {
				continue
			}
			seen[key] = true
			for _, e := range t.aliasByHead[key] {
				if matchAt(e, ws, low, i) {
					best = append(best, e)
				}
			}
		}
		for _, e := range best {
			out = append(out, Match{Actor: t.actors[e.actor], Alias: e.alias, Start: i, End: i + len(e.words)})
		}
	}
	// Longest first at each position.
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && out[b].Start == out[b-1].Start && out[b].End > out[b-1].End; b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

func matchAt(e aliasEntry, ws, low []string, i int) bool {
	if i+len(e.words) > len(ws) {
		return false
	}
	for j, w := range e.words {
		if e.exact {
			if ws[i+j] != w {
				return false
			}
		} else if low[i+j] != w {
			return false
		}
	}
	return true
}

// FindActor returns the actor a name or source text stands for: the
// longest alias it contains (on a tie a person, the most specific,
// then the earliest), so that "Tổng thống
// Ukraine Volodymyr Zelensky" is Zelensky and "the Kremlin's spokesman"
// is Russia. Anaphors (kind "anaphor") are returned like any actor;
// callers resolve them in their document.
func FindActor(text string) (Match, bool) {
	var best Match
	found := false
	for _, m := range FindActors(text) {
		n, bn := m.End-m.Start, best.End-best.Start
		if !found || n > bn || n == bn && m.Actor.Kind == KindPerson && best.Actor.Kind != KindPerson {
			best, found = m, true
		}
	}
	return best, found
}

// Identify returns the canonical actor for a name: the gazetteer entry
// FindActor gives, or else an actor whose identity is the normalised
// name (see NameID). known is false in the second case.
func Identify(name string) (a sumber.Actor, known bool) {
	if m, ok := FindActor(name); ok && m.Actor.Kind != KindAnaphor {
		return m.Actor, true
	}
	name = strings.Join(strings.Fields(name), " ")
	return sumber.Actor{ID: NameID(name), Name: name}, false
}

// Parent returns the actor id's parent, or "" at the top.
func Parent(id string) string {
	a, ok := ActorByID(id)
	if !ok || a.Kind == KindAnaphor {
		return ""
	}
	return a.Parent
}

// Root follows parents to the top: the country or organisation an actor
// ultimately belongs to (Pentagon → United States; Han Min-jae →
// National Assembly → South Korea). An unknown id is its own root.
func Root(id string) string {
	for i := 0; i < 16; i++ {
		p := Parent(id)
		if p == "" {
			return id
		}
		id = p
	}
	return id
}

// Origin is the actor a claim is credited to for comparing origins: a
// person stands for the body they speak for (Zelensky → Ukraine, Sabrina
// Singh → the Pentagon); any other actor stands for itself.
func Origin(id string) string {
	for i := 0; i < 16; i++ {
		a, ok := ActorByID(id)
		if !ok || a.Kind != KindPerson || a.Parent == "" {
			return id
		}
		id = a.Parent
	}
	return id
}

// Within reports whether actor id is ancestor or one of its descendants.
func Within(id, ancestor string) bool {
	for i := 0; i < 16 && id != ""; i++ {
		if id == ancestor {
			return true
		}
		id = Parent(id)
	}
	return false
}
