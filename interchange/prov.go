package interchange

import (
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"time"

	"sumber"
	"sumber/gazetteer"
)

// The PROV-JSON namespace of sumber's own terms.
const provNS = "urn:sumber:"

// WritePROV writes recs and the revisions among findings as one W3C
// PROV-JSON document (https://www.w3.org/submissions/prov-json/):
//
//   - each document is an entity (prov:type schema:NewsArticle) attributed
//     to its outlet, an agent;
//   - each claim is an entity holding its content, stance, cue, claim date
//     and figures, attributed to the actor who made it (an agent:
//     prov:Person or prov:Organization), and quoted from its document
//     (wasDerivedFrom with prov:type prov:Quotation, the wasQuotedFrom of
//     PROV-N);
//   - each relay of a claim ("via") is an influence of that agent on the
//     claim (wasInfluencedBy, sumber:order 1 for the nearest);
//   - a claim the analysis sees revised by a later one of the same origin
//     is the later one's source in a prov:Revision (wasRevisionOf);
//   - a document republishing another (DerivedFrom) has it as its primary
//     source (hadPrimarySource) when it is in the ledger by URL.
func WritePROV(w io.Writer, recs []*Record, findings []sumber.Finding) error {
	p := provDoc{
		Prefix:           map[string]string{"sumber": provNS, "schema": "https://schema.org/", "xsd": "http://www.w3.org/2001/XMLSchema#"},
		Entity:           map[string]map[string]any{},
		Agent:            map[string]map[string]any{},
		WasAttributedTo:  map[string]map[string]any{},
		WasDerivedFrom:   map[string]map[string]any{},
		WasInfluencedBy:  map[string]map[string]any{},
		HadPrimarySource: map[string]map[string]any{},
	}
	n := 0
	rel := func(m map[string]map[string]any, v map[string]any) {
		n++
		m["_:r"+strconv.Itoa(n)] = v
	}
	agent := func(a actor) string {
		id := "sumber:actor/" + slug(a.id)
		if _, ok := p.Agent[id]; !ok {
			typ := "prov:Organization"
			if a.kind == gazetteer.KindPerson {
				typ = "prov:Person"
			}
			p.Agent[id] = map[string]any{"prov:label": a.name, "prov:type": qname(typ)}
		}
		return id
	}
	byURL := map[string]string{}
	claimDate := map[int64]string{}
	for _, r := range recs {
		docID := "sumber:document/" + strconv.FormatInt(r.ID, 10)
		byURL[r.URL] = docID
		if r.CanonicalURL != "" {
			byURL[r.CanonicalURL] = docID
		}
		e := map[string]any{"prov:type": qname("schema:NewsArticle"), "schema:inLanguage": r.Lang}
		if r.URL != "" {
			e["prov:location"] = r.URL
		}
		if r.Title != "" {
			e["prov:label"] = r.Title
		}
		if !r.Published.IsZero() {
			e["schema:datePublished"] = typed(r.Published.Format(time.RFC3339), "xsd:dateTime")
		}
		p.Entity[docID] = e
		if o := outletOf(&r.Document); o != "" {
			rel(p.WasAttributedTo, map[string]any{"prov:entity": docID, "prov:agent": agent(outletActor(o))})
		}
		for i := range r.Claims {
			c := &r.Claims[i]
			id := "sumber:claim/" + strconv.FormatInt(c.ID, 10)
			ce := map[string]any{
				"prov:type":      qname("sumber:Claim"),
				"sumber:source":  c.Source.Text,
				"sumber:cue":     c.Cue.Text,
				"sumber:stance":  string(c.Stance),
				"sumber:rule":    c.Rule,
				"sumber:entry":   c.Entry,
				"sumber:negated": c.Negated,
			}
			if c.Content.Text != "" {
				ce["prov:value"] = c.Content.Text
			}
			if c.Timing != "" {
				ce["sumber:timing"] = string(c.Timing)
			}
			if c.Date != nil {
				ce["sumber:claimDate"] = c.Date.Value
				claimDate[c.ID] = c.Date.Value
			} else if !r.Published.IsZero() {
				claimDate[c.ID] = r.Published.Format("2006-01-02")
			}
			if figs := figureNotes(c.Figures); len(figs) > 0 {
				ce["sumber:figures"] = figs
			}
			p.Entity[id] = ce
			rel(p.WasAttributedTo, map[string]any{"prov:entity": id, "prov:agent": agent(actorOf(c))})
			rel(p.WasDerivedFrom, map[string]any{"prov:generatedEntity": id, "prov:usedEntity": docID, "prov:type": qname("prov:Quotation")})
			for k, v := range c.Via {
				rel(p.WasInfluencedBy, map[string]any{"prov:influencee": id, "prov:influencer": agent(identify(viaName(v))),
					"prov:type": qname("sumber:Relay"), "sumber:order": k + 1})
			}
		}
	}
	for _, r := range recs {
		for _, u := range r.DerivedFrom {
			if src, ok := byURL[u]; ok && src != "sumber:document/"+strconv.FormatInt(r.ID, 10) {
				rel(p.HadPrimarySource, map[string]any{"prov:generatedEntity": "sumber:document/" + strconv.FormatInt(r.ID, 10), "prov:usedEntity": src})
			}
		}
	}
	for _, f := range findings {
		if f.Kind != sumber.Revision {
			continue
		}
		for _, pair := range revisionPairs(f.Evidence, claimDate) {
			later, earlier := "sumber:claim/"+strconv.FormatInt(pair[1], 10), "sumber:claim/"+strconv.FormatInt(pair[0], 10)
			if p.Entity[later] == nil || p.Entity[earlier] == nil {
				continue
			}
			rel(p.WasDerivedFrom, map[string]any{"prov:generatedEntity": later, "prov:usedEntity": earlier, "prov:type": qname("prov:Revision")})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(p)
}

// provDoc is a PROV-JSON document; empty sections are left out.
type provDoc struct {
	Prefix           map[string]string         `json:"prefix"`
	Entity           map[string]map[string]any `json:"entity,omitempty"`
	Agent            map[string]map[string]any `json:"agent,omitempty"`
	WasAttributedTo  map[string]map[string]any `json:"wasAttributedTo,omitempty"`
	WasDerivedFrom   map[string]map[string]any `json:"wasDerivedFrom,omitempty"`
	WasInfluencedBy  map[string]map[string]any `json:"wasInfluencedBy,omitempty"`
	HadPrimarySource map[string]map[string]any `json:"hadPrimarySource,omitempty"`
}

// qname is a PROV-JSON qualified-name value.
func qname(s string) map[string]string { return typed(s, "prov:QUALIFIED_NAME") }

// typed is a PROV-JSON typed literal.
func typed(v, typ string) map[string]string { return map[string]string{"$": v, "type": typ} }

// revisionPairs orders a revision's evidence by claim date and pairs each
// day's first claim with the first claim of the day before it: [earlier,
// later]. Copies of one statement on one day are no revision of it.
func revisionPairs(evidence []int64, date map[int64]string) [][2]int64 {
	ev := append([]int64(nil), evidence...)
	sort.SliceStable(ev, func(i, j int) bool {
		if date[ev[i]] != date[ev[j]] {
			return date[ev[i]] < date[ev[j]]
		}
		return ev[i] < ev[j]
	})
	var out [][2]int64
	var prev int64 = -1
	prevDay := ""
	for _, id := range ev {
		d := date[id]
		if prev >= 0 && d == prevDay {
			continue
		}
		if prev >= 0 {
			out = append(out, [2]int64{prev, id})
		}
		prev, prevDay = id, d
	}
	return out
}
