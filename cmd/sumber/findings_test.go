package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"sumber"
	"sumber/store"
)

// analysisLedger stores three small reports (id, vi, en): South Korea's
// JCS at more than 1,100 North Korean killed or wounded, Zelensky at
// about 3,000, and Ukraine raising it to about 3,800; attributions are
// written by hand so the test does not move with the extractor.
func analysisLedger(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ledger.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	type rep struct {
		lang, outlet, url, pub, text, src, content, fig, date string
		stance                                                sumber.Stance
		v                                                     float64
		bound                                                 sumber.Bound
	}
	reps := []rep{
		{"id", "Kabar Nusantara", "https://kabar.example/1", "2024-12-24T09:00:00+07:00",
			"Kepala Staf Gabungan Korea Selatan mengatakan lebih dari 1.100 tentara Korea Utara tewas atau terluka.",
			"Kepala Staf Gabungan Korea Selatan", "lebih dari 1.100 tentara Korea Utara tewas atau terluka", "lebih dari 1.100", "2024-12-23", sumber.Assert, 1100, sumber.More},
		{"vi", "Tin Tức Ngày Nay", "https://tintuc.example/2", "2024-12-24T10:00:00+07:00",
			"Tổng thống Volodymyr Zelensky tuyên bố khoảng 3.000 binh sĩ Triều Tiên đã thương vong.",
			"Tổng thống Volodymyr Zelensky", "khoảng 3.000 binh sĩ Triều Tiên đã thương vong", "khoảng 3.000", "2024-12-23", sumber.Claim, 3000, sumber.About},
		{"en", "The Meridian Post", "https://meridian.example/3", "2024-12-28T10:00:00+07:00",
			"Ukraine said about 3,800 North Korean soldiers had been killed or wounded.",
			"Ukraine", "about 3,800 North Korean soldiers had been killed or wounded", "about 3,800", "2024-12-27", sumber.Assert, 3800, sumber.About},
	}
	for _, r := range reps {
		pub, _ := time.Parse(time.RFC3339, r.pub)
		sp := func(sub string) sumber.Span {
			i := strings.Index(r.text, sub)
			if i < 0 {
				t.Fatalf("%q not in %q", sub, r.text)
			}
			s := len([]rune(r.text[:i]))
			return sumber.Span{Start: s, End: s + len([]rune(sub)), Text: sub}
		}
		a := sumber.Attribution{Source: sp(r.src), Content: sp(r.content), Stance: r.stance, Rule: "test",
			Date:    &sumber.ClaimDate{Value: r.date, Precision: sumber.Day},
			Figures: []sumber.Figure{{Span: sp(r.fig), Value: r.v, Low: r.v, High: r.v, Bound: r.bound, Unit: "troops", Measure: "killed-or-wounded", Subject: "North Korea"}}}
		d := &sumber.Document{URL: r.url, Outlet: r.outlet, Lang: r.lang, Published: pub, Text: r.text, Attributions: []sumber.Attribution{a}}
		if _, _, err := st.SaveDocument(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestFindingsCommand(t *testing.T) {
	db := analysisLedger(t)
	out, errOut, code := sumberRun(t, "findings", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"1. CONFLICT  north-korea/troops/killed-or-wounded",
		"Joint Chiefs of Staff (South Korea) puts North Korea troops killed-or-wounded at > 1,100 while Ukraine puts it at ≈ 3,000 / ≈ 3,800",
		"2. REVISION  north-korea/troops/killed-or-wounded",
		"Ukraine raised its figure for North Korea troops killed-or-wounded: ≈ 3,000 (2024-12-23) → ≈ 3,800 (2024-12-27).",
		"Tin Tức Ngày Nay", "Kabar Nusantara",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("findings output lacks %q:\n%s", want, out)
		}
	}
	out, _, code = sumberRun(t, "findings", "--db", db, "--kind", "corroboration")
	if code != 0 || strings.TrimSpace(out) != "no findings" {
		t.Errorf("--kind corroboration: exit %d, %q", code, out)
	}
	out, _, code = sumberRun(t, "findings", "--db", db, "--kind", "conflict", "--format", "json")
	var fs []struct {
		Kind     string  `json:"kind"`
		Measure  string  `json:"measure"`
		Evidence []int64 `json:"evidence"`
	}
	if err := json.Unmarshal([]byte(out), &fs); err != nil || code != 0 || len(fs) != 1 || fs[0].Kind != "conflict" || len(fs[0].Evidence) != 3 {
		t.Errorf("json: exit %d, %v, %+v\n%s", code, err, fs, out)
	}
	if _, _, code := sumberRun(t, "findings", "--db", db, "--kind", "nonsense"); code != 1 {
		t.Errorf("--kind nonsense: exit %d", code)
	}
	if _, _, code := sumberRun(t, "findings", "--db", db, "extra"); code != 2 {
		t.Errorf("extra argument: exit %d", code)
	}
	if out, _, code := sumberRun(t, "findings", "--db", db, "--rebuild"); code != 0 || !strings.Contains(out, "CONFLICT") {
		t.Errorf("--rebuild: exit %d\n%s", code, out)
	}
}

func TestMeasureCommand(t *testing.T) {
	db := analysisLedger(t)
	out, errOut, code := sumberRun(t, "measure", "--db", db, "--list")
	if code != 0 || !strings.Contains(out, "north-korea/troops/killed-or-wounded  3        2        1,100  2,450  3,800") {
		t.Errorf("--list: exit %d %s\n%s", code, errOut, out)
	}
	out, _, code = sumberRun(t, "measure", "--db", db, "killed-or-wounded")
	for _, want := range []string{"estimate over 2 independent origin(s): low 1,100, best 2,450, high 3,800",
		"most conservative: > 1,100 by Joint Chiefs of Staff (South Korea)", "Volodymyr Zelensky", "CONFLICT"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("measure lacks %q (exit %d):\n%s", want, code, out)
		}
	}
	out, _, code = sumberRun(t, "measure", "--db", db, "--format", "json", "north-korea/troops/killed-or-wounded")
	var m struct {
		Key          string                 `json:"key"`
		Observations []json.RawMessage      `json:"observations"`
		Estimate     struct{ Best float64 } `json:"estimate"`
	}
	if err := json.Unmarshal([]byte(out), &m); err != nil || code != 0 || len(m.Observations) != 3 || m.Estimate.Best != 2450 {
		t.Errorf("json: exit %d %v %+v", code, err, m)
	}
	if _, errOut, code := sumberRun(t, "measure", "--db", db, "shells"); code != 1 || !strings.Contains(errOut, "no measure matches") {
		t.Errorf("unknown measure: exit %d %s", code, errOut)
	}
	if _, _, code := sumberRun(t, "measure", "--db", db); code != 2 {
		t.Errorf("no name: exit %d", code)
	}
}

// TestMeasureACHCommand: --ach weighs the analyst's bands against each
// independent origin's latest figure (South Korea > 1,100; Ukraine
// ≈ 3,800) and names the band refuted by none.
func TestMeasureACHCommand(t *testing.T) {
	db := analysisLedger(t)
	out, errOut, code := sumberRun(t, "measure", "--db", db, "--ach", "--hypotheses", "<1000|1000-3000|>=3000", "killed-or-wounded")
	for _, want := range []string{"<1000  1000-3000  >=3000", "> 1,100  2024-12-23  I      C          C",
		"≈ 3,800  2024-12-27  I      I          C", "least inconsistent: >=3000"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("--ach lacks %q (exit %d %s):\n%s", want, code, errOut, out)
		}
	}
	if !regexp.MustCompile(`INCONSISTENT ORIGINS\s+2\s+1\s+0`).MatchString(out) {
		t.Errorf("--ach: inconsistency counts not 2 1 0:\n%s", out)
	}
	out, _, code = sumberRun(t, "measure", "--db", db, "--ach", "--format", "json", "killed-or-wounded")
	var m struct {
		Hypotheses []struct {
			Label string
			High  *float64
		} `json:"hypotheses"`
		Inconsistency []int `json:"inconsistency"`
	}
	if err := json.Unmarshal([]byte(out), &m); err != nil || code != 0 || len(m.Hypotheses) != 3 || m.Inconsistency[0] != 2 || m.Hypotheses[2].High != nil {
		t.Errorf("--ach json: exit %d %v %+v", code, err, m)
	}
	for _, bad := range [][]string{{"--hypotheses", "<1000|>1000", "killed-or-wounded"}, {"--ach", "--hypotheses", "lots|few", "killed-or-wounded"}, {"--ach", "--list"}} {
		if _, errOut, code := sumberRun(t, append([]string{"measure", "--db", db}, bad...)...); code == 0 || errOut == "" {
			t.Errorf("%v: exit %d, no error", bad, code)
		}
	}
}

func TestActorCommand(t *testing.T) {
	db := analysisLedger(t)
	// Kyiv is Ukraine; Zelensky's claim counts with --members.
	out, errOut, code := sumberRun(t, "actor", "--db", db, "Kyiv")
	if code != 0 || !strings.Contains(out, "Ukraine (Q212), country: 1 claim(s)") || !strings.Contains(out, "≈ 3,800") {
		t.Errorf("actor Kyiv: exit %d %s\n%s", code, errOut, out)
	}
	out, _, code = sumberRun(t, "actor", "--db", db, "--members", "Ukraina")
	if code != 0 || !strings.Contains(out, "2 claim(s)") || !strings.Contains(out, "claim ") {
		t.Errorf("actor --members Ukraina: exit %d\n%s", code, out)
	}
	out, _, code = sumberRun(t, "actor", "--db", db, "--format", "json", "Zelensky")
	var v struct {
		Actor  sumber.Actor      `json:"actor"`
		Root   string            `json:"root"`
		Claims []json.RawMessage `json:"claims"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil || code != 0 || v.Actor.ID != "Q3881739" || v.Root != "Q212" || len(v.Claims) != 1 {
		t.Errorf("json: exit %d %v %+v", code, err, v)
	}
}
