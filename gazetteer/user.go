package gazetteer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"sumber"
	"sumber/lang"
)

// Kinds are the actor kinds a row of an actors file may have.
var Kinds = []string{KindCountry, "government", "agency", KindIntelligence, "military", "ministry",
	"legislature", KindPerson, KindPlace, "organisation", KindAnaphor}

var qid = regexp.MustCompile(`^Q[1-9][0-9]*$`)

// maxLine is the longest line an actors file may have (lang.ParseTSV
// reads lines up to 1 MB).
const maxLine = 512 * 1024

// parseActors reads an actors file (the columns of actors.tsv). known
// holds the actors already defined (the built-in ones when reading a
// user's file): a row with the id of one of them may only add aliases
// and interface names to it. Every row's parent must be defined, in the
// file or among known. Errors name the file and line.
func parseActors(data []byte, name string, known *actorTable) ([]sumber.Actor, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8 text", name)
	}
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(line) > maxLine {
			return nil, fmt.Errorf("%s:%d: a line longer than %d KB", name, i+1, maxLine/1024)
		}
	}
	kinds := map[string]bool{}
	for _, k := range Kinds {
		kinds[k] = true
	}
	var out []sumber.Actor
	line := map[string]int{} // id → line that defined it
	type ref struct {
		parent string
		line   int
		kind   string
	}
	var refs []ref
	for _, r := range lang.ParseTSV(data) {
		where := fmt.Sprintf("%s:%d", name, r.Line)
		a := sumber.Actor{ID: r.Field(0), Name: r.Field(1), Kind: r.Field(2), Parent: r.Field(3)}
		builtIn := false
		if known != nil {
			_, builtIn = known.byID[a.ID]
		}
		if a.Name == "" && !builtIn {
			return nil, fmt.Errorf("%s: no name (columns: id, name, kind, parent, aliases, names; tab-separated)", where)
		}
		if a.ID == "" || a.ID == "-" {
			a.ID = NameID(a.Name)
		}
		if !qid.MatchString(a.ID) && !strings.HasPrefix(a.ID, "name:") && !strings.HasPrefix(a.ID, "@") {
			return nil, fmt.Errorf("%s: id %q is neither a Wikidata QID (Q123) nor name:… (leave it empty to derive it from the name)", where, a.ID)
		}
		if prev, dup := line[a.ID]; dup {
			return nil, fmt.Errorf("%s: id %s is already defined on line %d", where, a.ID, prev)
		}
		line[a.ID] = r.Line
		for _, kv := range strings.Split(r.Field(5), "|") {
			if kv = strings.TrimSpace(kv); kv == "" {
				continue
			}
			code, n, ok := strings.Cut(kv, "=")
			if !ok || strings.TrimSpace(code) == "" || strings.TrimSpace(n) == "" {
				return nil, fmt.Errorf("%s: interface name %q is not LANG=NAME", where, kv)
			}
			if a.Names == nil {
				a.Names = map[string]string{}
			}
			a.Names[strings.TrimSpace(code)] = strings.TrimSpace(n)
		}
		for _, s := range strings.Split(r.Field(4), "|") {
			if s = strings.TrimSpace(s); s != "" {
				a.Aliases = append(a.Aliases, s)
			}
		}
		if known != nil {
			if i, ok := known.byID[a.ID]; ok {
				b := known.actors[i]
				if a.Kind != "" && a.Kind != b.Kind || a.Parent != "" && a.Parent != b.Parent || a.Name != "" && a.Name != b.Name {
					return nil, fmt.Errorf("%s: %s (%s) is built in; a row for it may add aliases and names, not change its name, kind or parent (leave them empty)", where, a.ID, b.Name)
				}
				out = append(out, merged(b, a))
				continue
			}
			if !containsFold(a.Aliases, a.Name) {
				a.Aliases = append([]string{a.Name}, a.Aliases...)
			}
		}
		if !kinds[a.Kind] {
			return nil, fmt.Errorf("%s: kind %q is not one of %s", where, a.Kind, strings.Join(Kinds, ", "))
		}
		if a.Parent != "" {
			refs = append(refs, ref{a.Parent, r.Line, a.Kind})
		}
		out = append(out, a)
	}
	for _, rf := range refs {
		if rf.kind == KindAnaphor {
			if !kinds[rf.parent] {
				return nil, fmt.Errorf("%s:%d: an anaphor's parent column names the kind it refers back to; %q is not one of %s", name, rf.line, rf.parent, strings.Join(Kinds, ", "))
			}
			continue
		}
		if _, ok := line[rf.parent]; ok {
			continue
		}
		if known != nil {
			if _, ok := known.byID[rf.parent]; ok {
				continue
			}
		}
		return nil, fmt.Errorf("%s:%d: parent %s is not defined (give the id of an actor of this file or of the built-in gazetteer)", name, rf.line, rf.parent)
	}
	return out, nil
}

// merged is a built-in actor with the aliases and interface names of a
// user's row for it added.
func merged(b, row sumber.Actor) sumber.Actor {
	b.Aliases = append(append([]string(nil), b.Aliases...), row.Aliases...)
	if len(row.Names) > 0 {
		names := map[string]string{}
		for k, v := range b.Names {
			names[k] = v
		}
		for k, v := range row.Names {
			names[k] = v
		}
		b.Names = names
	}
	return b
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// SetUserActors adds the actors of a user's file (name is how errors
// refer to it) to the built-in gazetteer: actors it does not know (the
// militia of a local conflict, an invented country in a test), or more
// aliases and interface names for one it knows. The file has the
// columns of actors.tsv. It replaces the file set before; nil data goes
// back to the built-in actors alone. On an error nothing changes.
//
// Analysis state records the file's Fingerprint, so a changed file makes
// analyze rebuild its findings; attributions already extracted keep the
// sources they were read with until 'sumber reextract'.
func SetUserActors(name string, data []byte) error {
	base := builtinTable()
	if data == nil {
		current.Store(base)
		return nil
	}
	rows, err := parseActors(data, name, base)
	if err != nil {
		return err
	}
	// A user's row for a built-in actor replaces it in place, so that its
	// position (which decides ties between aliases) is kept.
	all := append([]sumber.Actor(nil), builtinRows...)
	for _, a := range rows {
		if i, ok := base.byID[a.ID]; ok && i < len(all) {
			all[i] = a
			continue
		}
		all = append(all, a)
	}
	t := newTable(all)
	sum := sha256.Sum256(data)
	t.fingerprint = hex.EncodeToString(sum[:8])
	current.Store(t)
	return nil
}

// Fingerprint identifies the user's actors file in use (SetUserActors):
// "" when there is none.
func Fingerprint() string { return table().fingerprint }
