// Package interchange writes the ledger in formats other tools load: W3C
// PROV-JSON, for provenance graphs (who said what, quoted where, relayed
// by whom, revised when); a STIX 2.1 bundle, for threat-intelligence
// platforms (reports, the identities that make claims, one note per
// claim and per finding); and schema.org Claims in JSON-LD, where a
// fact-check's ClaimReview starts. All are built from what `sumber
// export` writes, so they see one consistent state of the ledger.
package interchange

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"sumber"
	"sumber/gazetteer"
)

// Record is one document of the ledger with its attributions and their
// ledger ids: one line of `sumber export`.
type Record struct {
	sumber.Document
	Claims []Claim `json:"attributions"`
}

// Claim is an attribution with its ledger id.
type Claim struct {
	ID int64 `json:"id"`
	sumber.Attribution
}

// Decode reads `sumber export` JSON Lines and calls fn with each record.
func Decode(r io.Reader, fn func(*Record) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		var rec Record
		if err := json.Unmarshal(line, &rec); err != nil {
			return fmt.Errorf("interchange: line %d: %w", n, err)
		}
		if err := fn(&rec); err != nil {
			return err
		}
	}
	return sc.Err()
}

// actor is an agent or identity: a claim's source, a relay or an outlet.
type actor struct {
	id, name, kind string
}

// actorOf names who made a claim: the resolved actor, else the source as
// written; known actors take the gazetteer's identity and name.
func actorOf(c *Claim) actor {
	name := c.Actor
	if name == "" {
		name = c.Source.Text
	}
	return identify(name)
}

func identify(name string) actor {
	a, _ := gazetteer.Identify(name)
	return actor{id: a.ID, name: a.Name, kind: a.Kind}
}

// outletActor is the actor of an outlet's name: an organisation even
// when the gazetteer does not know it.
func outletActor(name string) actor {
	a := identify(name)
	if a.kind == "" {
		a.kind = gazetteer.KindOutlet
	}
	return a
}

// viaName names one relay of a claim.
func viaName(v sumber.Via) string {
	if v.Actor != "" {
		return v.Actor
	}
	return v.Span.Text
}

// figureNotes writes a claim's figures as notes (sumber.Figure.Note).
func figureNotes(figs []sumber.Figure) []string {
	var out []string
	for _, f := range figs {
		out = append(out, f.Note())
	}
	return out
}

// outletOf names a document's outlet: its outlet, its wire, or its host.
func outletOf(d *sumber.Document) string {
	switch {
	case d.Outlet != "":
		return d.Outlet
	case d.Wire != "":
		return d.Wire
	}
	u := d.URL
	if _, rest, ok := strings.Cut(u, "://"); ok {
		u = rest
	}
	host, _, _ := strings.Cut(u, "/")
	return host
}

// slug makes an id fragment from an actor id ("name:han-min-jae" →
// "han-min-jae", "Q423" → "Q423").
func slug(id string) string {
	return strings.TrimPrefix(id, "name:")
}
