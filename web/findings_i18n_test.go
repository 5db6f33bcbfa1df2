package web_test

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"sumber/web"
)

var explRE = regexp.MustCompile(`(?s)<li class="finding finding-(\w+)" id="(\w+)".*?<p class="expl">(.*?)</p>`)

// findingsPage returns the findings page's explanations by finding id,
// and the kind of each.
func findingsPage(e *env, lang string) (expl, kind map[string]string) {
	e.t.Helper()
	code, body, _ := e.do(nil, "GET", "/findings", nil, map[string]string{"Accept-Language": lang})
	if code != 200 {
		e.t.Fatalf("findings page (%s): %d", lang, code)
	}
	expl, kind = map[string]string{}, map[string]string{}
	for _, m := range explRE.FindAllStringSubmatch(body, -1) {
		kind[m[2]], expl[m[2]] = m[1], html.UnescapeString(m[3])
	}
	return expl, kind
}

// TestFindingsInIndonesian: the findings page says the explanations of
// the samples' findings in the UI language; in English exactly as the
// API's explanation.
func TestFindingsInIndonesian(t *testing.T) {
	e := newEnv(t, sqliteDSN(t), nil)
	e.seed()
	var p web.Page[web.FindingInfo]
	e.getJSON("/api/v1/findings?limit=1000", nil, &p)
	if len(p.Items) == 0 {
		t.Fatal("no findings")
	}
	en, _ := findingsPage(e, "en")
	if len(en) != len(p.Items) {
		t.Fatalf("%d explanations on the page, %d findings", len(en), len(p.Items))
	}
	for _, f := range p.Items {
		if en[f.ID] != f.Explanation {
			t.Errorf("%s: en page %q, explanation %q", f.ID, en[f.ID], f.Explanation)
		}
	}
	id, kind := findingsPage(e, "id-ID,id;q=0.9,en;q=0.5")
	want := map[string][]string{
		// names from the gazetteer's Indonesian names, numbers written the
		// Indonesian way
		"conflict": {"menyebut", "tentara", "tewas atau terluka", "berselisih", "dalam periode yang sama", "Korea Utara", "> 1.100", "Kepala Staf Gabungan (Korea Selatan)"},
		"revision": {"angkanya untuk", "→", "Badan Intelijen Nasional (Korea Selatan)", "> 11.000"},
	}
	seen := map[string]bool{}
	for fid, s := range id {
		t.Logf("%s %s: %s", fid, kind[fid], s)
		w, ok := want[kind[fid]]
		if !ok || seen[kind[fid]] {
			continue
		}
		all := true
		for _, x := range w {
			all = all && strings.Contains(s, x)
		}
		if all {
			seen[kind[fid]] = true
		}
		if s == en[fid] {
			t.Errorf("%s: not in Indonesian: %q", fid, s)
		}
	}
	for k := range want {
		if !seen[k] {
			t.Errorf("no Indonesian %s explanation with %q", k, want[k])
		}
	}
}

// TestLedgerNamesKnownActors: the ledger names the gazetteer's actor
// behind a source written in another language, in the UI language, and
// links its page.
func TestLedgerNamesKnownActors(t *testing.T) {
	e := newEnv(t, sqliteDSN(t), nil)
	e.seed()
	row := regexp.MustCompile(`(?s)<span class="src">Cơ quan tình báo Hàn Quốc</span><br><small class="canon">→ <a href="/actors/([^"]+)">([^<]+)</a>`)
	for _, c := range []struct{ lang, name string }{
		{"en", "National Intelligence Service (South Korea)"},
		{"id-ID,id;q=0.9", "Badan Intelijen Nasional (Korea Selatan)"},
	} {
		code, body, _ := e.do(nil, "GET", "/?limit=200", nil, map[string]string{"Accept-Language": c.lang})
		if code != 200 {
			t.Fatalf("ledger (%s): %d", c.lang, code)
		}
		m := row.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("ledger (%s): no row naming the NIS behind its Vietnamese name", c.lang)
		}
		if m[1] != "name:national-intelligence-service" || html.UnescapeString(m[2]) != c.name {
			t.Errorf("ledger (%s): → %s %q, want the NIS as %q", c.lang, m[1], m[2], c.name)
		}
		if code, _, _ := e.do(nil, "GET", "/actors/"+m[1], nil, nil); code != 200 {
			t.Errorf("the actor link /actors/%s: %d", m[1], code)
		}
	}
}
