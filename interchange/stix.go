package interchange

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"sumber"
	"sumber/gazetteer"
)

// stixNamespace is the UUID namespace of sumber's STIX identifiers, so
// that exporting the same ledger twice gives the same ids and a platform
// updates its objects instead of duplicating them.
var stixNamespace = [16]byte{0x5e, 0x1d, 0x0b, 0x3a, 0x8f, 0x2c, 0x4e, 0x61, 0x9a, 0x07, 0x3d, 0x5b, 0xc2, 0x44, 0x19, 0x8e}

// WriteSTIX writes recs and findings as a STIX 2.1 bundle
// (https://docs.oasis-open.org/cti/stix/v2.1/):
//
//   - sumber itself is the identity that created every object;
//   - each document is a report (published, its URL as an external
//     reference) whose object_refs are its outlet and its claims;
//   - each actor, relay and outlet is an identity (individual or
//     organization as the gazetteer knows it, else unknown);
//   - each claim is a note: its content, abstract "ACTOR STANCE", and
//     x_sumber_* properties (source_ref, via_refs, stance, cue, claim
//     date, figures, rule and lexicon entry); object_refs are the report
//     and the source's identity;
//   - each finding is a note whose object_refs are the claims it rests on.
//
// Identifiers are UUIDv5 over the ledger ids, so they are stable across
// exports; now stamps created and modified.
func WriteSTIX(w io.Writer, recs []*Record, findings []sumber.Finding, now time.Time) error {
	ts := now.UTC().Format("2006-01-02T15:04:05.000Z")
	self := stixID("identity", "sumber")
	objs := []map[string]any{{
		"type": "identity", "spec_version": "2.1", "id": self, "created": ts, "modified": ts,
		"name": "sumber", "identity_class": "system",
		"description": "Attributed claims extracted from news reports by sumber.",
	}}
	base := func(typ, key string) map[string]any {
		return map[string]any{"type": typ, "spec_version": "2.1", "id": stixID(typ, key), "created": ts, "modified": ts, "created_by_ref": self}
	}
	identities := map[string]string{}
	identity := func(a actor) string {
		if id, ok := identities[a.id]; ok {
			return id
		}
		o := base("identity", "actor:"+a.id)
		o["name"] = a.name
		o["identity_class"] = identityClass(a.kind)
		if strings.HasPrefix(a.id, "Q") {
			o["external_references"] = []map[string]string{{"source_name": "wikidata", "external_id": a.id, "url": "https://www.wikidata.org/wiki/" + a.id}}
		}
		objs = append(objs, o)
		identities[a.id] = o["id"].(string)
		return identities[a.id]
	}
	noteOf := map[int64]string{}
	for _, r := range recs {
		report := base("report", "document:"+strconv.FormatInt(r.ID, 10))
		reportID := report["id"].(string)
		name := r.Title
		if name == "" {
			name = r.URL
		}
		if name == "" {
			name = "document " + strconv.FormatInt(r.ID, 10)
		}
		report["name"] = name
		report["report_types"] = []string{"news-report"}
		published := r.Published
		if published.IsZero() {
			published = r.FetchedAt
		}
		if published.IsZero() {
			published = now
		}
		report["published"] = published.UTC().Format("2006-01-02T15:04:05.000Z")
		report["lang"] = r.Lang
		if r.URL != "" {
			report["external_references"] = []map[string]string{{"source_name": outletOf(&r.Document), "url": r.URL}}
		}
		var refs []string
		if o := outletOf(&r.Document); o != "" {
			refs = append(refs, identity(outletActor(o)))
		}
		for i := range r.Claims {
			c := &r.Claims[i]
			src := actorOf(c)
			note := base("note", "claim:"+strconv.FormatInt(c.ID, 10))
			note["abstract"] = src.name + " " + stanceText(c)
			note["content"] = c.Content.Text
			if note["content"] == "" {
				note["content"] = c.Cue.Text // "declined to comment" stands alone
			}
			note["authors"] = []string{src.name}
			note["lang"] = r.Lang
			note["object_refs"] = []string{reportID, identity(src)}
			note["x_sumber_attribution_id"] = c.ID
			note["x_sumber_source_ref"] = identity(src)
			note["x_sumber_source"] = c.Source.Text
			note["x_sumber_cue"] = c.Cue.Text
			note["x_sumber_stance"] = string(c.Stance)
			note["x_sumber_negated"] = c.Negated
			if c.Timing != "" {
				note["x_sumber_timing"] = string(c.Timing)
			}
			var via []string
			for _, v := range c.Via {
				via = append(via, identity(identify(viaName(v))))
			}
			if len(via) > 0 {
				note["x_sumber_via_refs"] = via
			}
			if c.Date != nil {
				note["x_sumber_claim_date"] = c.Date.Value
			}
			if figs := figureNotes(c.Figures); len(figs) > 0 {
				note["x_sumber_figures"] = figs
			}
			note["x_sumber_rule"] = c.Rule
			note["x_sumber_entry"] = c.Entry
			objs = append(objs, note)
			noteOf[c.ID] = note["id"].(string)
			refs = append(refs, note["id"].(string))
		}
		if len(refs) == 0 {
			refs = []string{self} // object_refs must not be empty
		}
		report["object_refs"] = refs
		objs = append(objs, report)
	}
	for _, f := range findings {
		var refs []string
		for _, e := range f.Evidence {
			if id, ok := noteOf[e]; ok {
				refs = append(refs, id)
			}
		}
		if len(refs) == 0 {
			continue
		}
		keys := make([]string, len(f.Evidence))
		for i, e := range f.Evidence {
			keys[i] = strconv.FormatInt(e, 10)
		}
		note := base("note", "finding:"+string(f.Kind)+":"+f.Measure+":"+strings.Join(keys, ","))
		note["abstract"] = string(f.Kind) + ": " + f.Measure
		note["content"] = f.Explanation
		note["object_refs"] = refs
		note["x_sumber_finding_kind"] = string(f.Kind)
		if f.Measure != "" {
			note["x_sumber_measure"] = f.Measure
		}
		objs = append(objs, note)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(map[string]any{"type": "bundle", "id": stixID("bundle", ts+fmt.Sprint(len(objs))), "objects": objs})
}

// identityClass maps a gazetteer kind to STIX's identity-class vocabulary.
func identityClass(kind string) string {
	switch kind {
	case gazetteer.KindPerson:
		return "individual"
	case "", gazetteer.KindAnaphor, gazetteer.KindPlace:
		return "unknown"
	}
	return "organization"
}

// stixID is "TYPE--UUID" with a name-based (version 5) UUID of key in
// sumber's namespace (RFC 9562, section 5.5).
func stixID(typ, key string) string {
	h := sha1.New()
	h.Write(stixNamespace[:])
	h.Write([]byte(typ + "\x00" + key))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	s := hex.EncodeToString(u[:])
	return typ + "--" + s[0:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:32]
}
