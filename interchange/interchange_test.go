package interchange

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"sumber"

	"sumber/internal/golden"
)

// fixture reads testdata/ledger.jsonl, a small invented ledger in the
// shape `sumber export` writes, and findings over it: the water
// ministry's displacement figure revised from 40 (claim 11, 9 March) to
// 65 (claim 21, 11 March), and a conflict between claims 11 and 21.
func fixture(t *testing.T) ([]*Record, []sumber.Finding) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "ledger.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var recs []*Record
	if err := Decode(f, func(r *Record) error { recs = append(recs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return recs, []sumber.Finding{
		{Kind: sumber.Revision, Measure: "lumora/people/displaced", Explanation: "Ministry of Water (Lumora) raised its figure: >= 40 → >= 65.", Evidence: []int64{21, 11}},
		{Kind: sumber.Conflict, Measure: "lumora/people/displaced", Explanation: "two figures apart", Evidence: []int64{11, 21}},
	}
}

func TestDecodeReportsTheBadLine(t *testing.T) {
	err := Decode(strings.NewReader("{\"id\":1,\"lang\":\"en\",\"text\":\"\",\"hash\":\"x\"}\n{not json\n"), func(*Record) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v, want one naming line 2", err)
	}
}

var stixIDRE = regexp.MustCompile(`^([a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

var stixStamp = regexp.MustCompile(`^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$`)

// checkSTIX validates what STIX 2.1 requires of the objects written:
// common properties, per-type required properties, and that every
// reference resolves inside the bundle.
func checkSTIX(t *testing.T, b []byte) map[string][]map[string]any {
	t.Helper()
	var bundle struct {
		Type    string           `json:"type"`
		ID      string           `json:"id"`
		Objects []map[string]any `json:"objects"`
	}
	if err := json.Unmarshal(b, &bundle); err != nil {
		t.Fatal(err)
	}
	if bundle.Type != "bundle" || !stixIDRE.MatchString(bundle.ID) {
		t.Fatalf("bundle type %q id %q", bundle.Type, bundle.ID)
	}
	ids := map[string]bool{}
	byType := map[string][]map[string]any{}
	for _, o := range bundle.Objects {
		id, _ := o["id"].(string)
		m := stixIDRE.FindStringSubmatch(id)
		if m == nil || m[1] != o["type"] {
			t.Errorf("id %q of a %v", id, o["type"])
		}
		if ids[id] {
			t.Errorf("id %q twice", id)
		}
		ids[id] = true
		if o["spec_version"] != "2.1" {
			t.Errorf("%s: spec_version %v", id, o["spec_version"])
		}
		for _, k := range []string{"created", "modified"} {
			if s, _ := o[k].(string); !stixStamp.MatchString(s) {
				t.Errorf("%s: %s %q", id, k, s)
			}
		}
		typ := o["type"].(string)
		byType[typ] = append(byType[typ], o)
		need := map[string][]string{"identity": {"name"}, "report": {"name", "published", "object_refs"}, "note": {"content", "object_refs"}}[typ]
		if need == nil {
			t.Errorf("%s: unexpected type", id)
		}
		for _, k := range need {
			if v, ok := o[k]; !ok || v == "" || v == nil {
				t.Errorf("%s: no %s", id, k)
			}
		}
		if refs, ok := o["object_refs"].([]any); ok && len(refs) == 0 {
			t.Errorf("%s: empty object_refs", id)
		}
	}
	for _, o := range bundle.Objects {
		for k, v := range o {
			var refs []any
			switch {
			case strings.HasSuffix(k, "_ref"):
				refs = []any{v}
			case strings.HasSuffix(k, "_refs"):
				refs, _ = v.([]any)
			}
			for _, r := range refs {
				if s, _ := r.(string); !ids[s] {
					t.Errorf("%s: %s %v does not resolve", o["id"], k, r)
				}
			}
		}
	}
	return byType
}

func TestSTIX(t *testing.T) {
	recs, findings := fixture(t)
	var buf bytes.Buffer
	if err := WriteSTIX(&buf, recs, findings, time.Date(2025, 3, 13, 8, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	by := checkSTIX(t, buf.Bytes())
	if got := len(by["report"]); got != 3 {
		t.Errorf("%d reports, want one per document", got)
	}
	// a note per claim (5) and per finding (2)
	if got := len(by["note"]); got != 7 {
		t.Errorf("%d notes, want 7", got)
	}
	names := map[string]string{}
	for _, o := range by["identity"] {
		names[o["name"].(string)] = o["identity_class"].(string)
	}
	for name, class := range map[string]string{"sumber": "system", "North Korea": "organization", "Petra Lind": "unknown", "Reuters": "organization", "The Harbour Herald": "organization"} {
		if names[name] != class {
			t.Errorf("identity %q: class %q, want %q", name, names[name], class)
		}
	}
	var relayed map[string]any
	for _, n := range by["note"] {
		if n["x_sumber_attribution_id"] == float64(12) {
			relayed = n
		}
	}
	if relayed == nil || relayed["x_sumber_via_refs"] == nil || relayed["abstract"] != "Petra Lind assert" {
		t.Errorf("claim 12: %v", relayed)
	}
	// the same ledger gives the same ids
	var again bytes.Buffer
	WriteSTIX(&again, recs, findings, time.Date(2025, 3, 14, 8, 0, 0, 0, time.UTC))
	for _, id := range []string{by["note"][0]["id"].(string), by["report"][0]["id"].(string)} {
		if !strings.Contains(again.String(), id) {
			t.Errorf("%s not stable across exports", id)
		}
	}
	golden.Check(t, filepath.Join("testdata", "ledger.stix.json"), buf.Bytes())
}

// checkPROV validates a PROV-JSON document: every relation names
// declared entities and agents in the roles PROV-JSON gives them.
func checkPROV(t *testing.T, b []byte) map[string]map[string]map[string]any {
	t.Helper()
	var doc map[string]map[string]map[string]any
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	doc = map[string]map[string]map[string]any{}
	for k, v := range raw {
		if k == "prefix" {
			continue
		}
		var m map[string]map[string]any
		if err := json.Unmarshal(v, &m); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		doc[k] = m
	}
	roles := map[string][2][2]string{ // relation → (role, section) × 2
		"wasAttributedTo":  {{"prov:entity", "entity"}, {"prov:agent", "agent"}},
		"wasDerivedFrom":   {{"prov:generatedEntity", "entity"}, {"prov:usedEntity", "entity"}},
		"wasInfluencedBy":  {{"prov:influencee", "entity"}, {"prov:influencer", "agent"}},
		"hadPrimarySource": {{"prov:generatedEntity", "entity"}, {"prov:usedEntity", "entity"}},
	}
	for rel, rs := range doc {
		if rel == "entity" || rel == "agent" {
			continue
		}
		want, ok := roles[rel]
		if !ok {
			t.Errorf("unexpected section %q", rel)
			continue
		}
		for id, r := range rs {
			for _, w := range want {
				ref, _ := r[w[0]].(string)
				if doc[w[1]][ref] == nil {
					t.Errorf("%s %s: %s %q is no declared %s", rel, id, w[0], ref, w[1])
				}
			}
		}
	}
	return doc
}

func TestPROV(t *testing.T) {
	recs, findings := fixture(t)
	var buf bytes.Buffer
	if err := WritePROV(&buf, recs, findings); err != nil {
		t.Fatal(err)
	}
	doc := checkPROV(t, buf.Bytes())
	attributed := map[string]string{}
	for _, r := range doc["wasAttributedTo"] {
		attributed[r["prov:entity"].(string)] = doc["agent"][r["prov:agent"].(string)]["prov:label"].(string)
	}
	for claim, who := range map[string]string{"sumber:claim/11": "Ministry of Water (Lumora)", "sumber:claim/13": "North Korea", "sumber:claim/22": "Pemda Halden", "sumber:document/2": "Kabar Nusantara"} {
		if attributed[claim] != who {
			t.Errorf("%s attributed to %q, want %q", claim, attributed[claim], who)
		}
	}
	kinds := map[string]int{}
	var revision map[string]any
	for _, r := range doc["wasDerivedFrom"] {
		typ := r["prov:type"].(map[string]any)["$"].(string)
		kinds[typ]++
		if typ == "prov:Revision" {
			revision = r
		}
	}
	if kinds["prov:Quotation"] != 5 || kinds["prov:Revision"] != 1 {
		t.Errorf("derivations %v, want a quotation per claim and one revision", kinds)
	}
	// the later claim (21, 11 March) is the revision of the earlier (11)
	if revision == nil || revision["prov:generatedEntity"] != "sumber:claim/21" || revision["prov:usedEntity"] != "sumber:claim/11" {
		t.Errorf("revision %v", revision)
	}
	if len(doc["wasInfluencedBy"]) != 1 || len(doc["hadPrimarySource"]) != 1 {
		t.Errorf("relays %v, primary sources %v", doc["wasInfluencedBy"], doc["hadPrimarySource"])
	}
	golden.Check(t, filepath.Join("testdata", "ledger.prov.json"), buf.Bytes())
}

func TestRevisionPairsSkipCopiesOfOneDay(t *testing.T) {
	date := map[int64]string{1: "2025-03-01", 2: "2025-03-01", 3: "2025-03-05", 4: "2025-03-09"}
	got := revisionPairs([]int64{4, 2, 3, 1}, date)
	want := [][2]int64{{1, 3}, {3, 4}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSchemaOrgClaims(t *testing.T) {
	recs, _ := fixture(t)
	var buf bytes.Buffer
	if err := WriteClaims(&buf, recs); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Context string           `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Context != "https://schema.org" || len(doc.Graph) != 5 {
		t.Fatalf("context %q, %d claims, want 5", doc.Context, len(doc.Graph))
	}
	for _, c := range doc.Graph {
		author, _ := c["author"].(map[string]any)
		appearance, _ := c["appearance"].(map[string]any)
		if c["@type"] != "Claim" || c["text"] == "" || author["name"] == "" || appearance["@type"] != "NewsArticle" {
			t.Errorf("claim %v", c)
		}
	}
	byID := map[string]map[string]any{}
	for _, c := range doc.Graph {
		byID[c["@id"].(string)] = c
	}
	if a := byID["urn:sumber:claim:13"]["author"].(map[string]any); a["@type"] != "Organization" || a["sameAs"] != "https://www.wikidata.org/wiki/Q423" {
		t.Errorf("North Korea as author: %v", a)
	}
	if c := byID["urn:sumber:claim:21"]; c["dateCreated"] != "2025-03-11" {
		t.Errorf("claim 21 made on %v, want its claim date", c["dateCreated"])
	}
	if c := byID["urn:sumber:claim:22"]; c["text"] != "Pemda Halden menolak berkomentar" {
		t.Errorf("a no-comment without a topic: text %q", c["text"])
	}
	golden.Check(t, filepath.Join("testdata", "ledger.schema.json"), buf.Bytes())
}
