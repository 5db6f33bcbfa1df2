package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sumber"
)

// evalNoExtractor predicts nothing, so the command's tests do not depend on
// the real extractor's progress.
type evalNoExtractor struct{}

func (evalNoExtractor) Extract(string, sumber.ExtractOptions) []sumber.Attribution { return nil }

func withEvalExtractor(t *testing.T) {
	old := newEvalExtractor
	newEvalExtractor = func() sumber.Extractor { return evalNoExtractor{} }
	t.Cleanup(func() { newEvalExtractor = old })
}

var evalTestdata = filepath.Join("..", "..", "eval", "testdata")

// jsonKeys returns the keys of the JSON object in data, in order.
func evalJSONKeys(t *testing.T, data json.RawMessage) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %s", data)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestEvalJSONShape(t *testing.T) {
	withEvalExtractor(t)
	var out, errb bytes.Buffer
	dirs := []string{filepath.Join(evalTestdata, "flat"), filepath.Join(evalTestdata, "pn", "train")}
	if err := runEval(append([]string{"--json"}, dirs...), &out, &errb); err != nil {
		t.Fatalf("%v; stderr: %s", err, errb.String())
	}
	want := []string{"documents", "gold", "predicted", "roles", "stance_accuracy", "via_f1", "date_accuracy", "figure_f1"}
	keys := evalJSONKeys(t, out.Bytes())
	if len(keys) < len(want) || strings.Join(keys[:len(want)], " ") != strings.Join(want, " ") {
		t.Fatalf("keys %v; want them to start with %v", keys, want)
	}
	var v struct {
		Documents, Gold, Predicted int
		Roles                      map[string]json.RawMessage
		Sets                       []struct{ Layout, Annotator string }
		ByLang                     map[string]struct{ Documents, Gold int } `json:"by_lang"`
	}
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if v.Documents != 4 || v.Gold != 10 || v.Predicted != 0 {
		t.Errorf("documents %d gold %d predicted %d; want 4 10 0", v.Documents, v.Gold, v.Predicted)
	}
	// the same scores per language: id and vi (flat), en (PolNeAR)
	if n := v.ByLang["id"].Documents + v.ByLang["vi"].Documents + v.ByLang["en"].Documents; len(v.ByLang) != 3 || n != 4 || v.ByLang["en"].Gold == 0 {
		t.Errorf("by_lang %+v", v.ByLang)
	}
	var raw struct{ Roles json.RawMessage }
	json.Unmarshal(out.Bytes(), &raw)
	if got := strings.Join(evalJSONKeys(t, raw.Roles), " "); got != "source cue content all" {
		t.Errorf("roles keys %q", got)
	}
	for role, r := range v.Roles {
		if got := strings.Join(evalJSONKeys(t, r), " "); got != "exact overlap" {
			t.Errorf("%s keys %q", role, got)
		}
		var m map[string]map[string]float64
		json.Unmarshal(r, &m)
		for _, how := range []string{"exact", "overlap"} {
			if len(m[how]) != 3 {
				t.Errorf("%s.%s = %v; want p, r, f1", role, how, m[how])
			}
		}
	}
	if len(v.Sets) != 2 || v.Sets[0].Layout != "flat" || v.Sets[1].Annotator != "first" {
		t.Errorf("sets = %+v", v.Sets)
	}
	if !strings.Contains(errb.String(), "annotation warnings") {
		t.Errorf("stderr = %q", errb.String())
	}
}

func TestEvalHumanAndErrors(t *testing.T) {
	withEvalExtractor(t)
	dump := filepath.Join(t.TempDir(), "errors.txt")
	var out, errb bytes.Buffer
	// Flags may follow the directory.
	err := runEval([]string{filepath.Join(evalTestdata, "pn", "train"), "--annotator", "all", "--errors", dump}, &out, &errb)
	if err != nil {
		t.Fatalf("%v; stderr: %s", err, errb.String())
	}
	for _, want := range []string{"polnear layout, 3 documents, every annotator's version scored as its own document", "documents 3   gold 6", "source ", "stance accuracy"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	b, err := os.ReadFile(dump)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\nMISS doc="); n != 6 {
		t.Errorf("%d MISS blocks, want 6:\n%s", n, b)
	}
}

func TestEvalUsage(t *testing.T) {
	withEvalExtractor(t)
	tests := []struct {
		args  []string
		usage bool
	}{
		{nil, true},
		{[]string{"--bogus", "x"}, true},
		{[]string{"--annotator", "", filepath.Join(evalTestdata, "flat")}, true},
		{[]string{filepath.Join(evalTestdata, "pn")}, false},
		{[]string{filepath.Join(evalTestdata, "missing")}, false},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		err := runEval(tt.args, &out, &errb)
		if err == nil {
			t.Errorf("%v: no error", tt.args)
			continue
		}
		if (err == errUsage) != tt.usage {
			t.Errorf("%v: err = %v", tt.args, err)
		}
	}
	var out, errb bytes.Buffer
	if err := runEval([]string{filepath.Join(evalTestdata, "pn")}, &out, &errb); err == nil || !strings.Contains(err.Error(), "train") {
		t.Errorf("pn: err = %v; want it to name pn/train", err)
	}
}

func TestEvalAgreementAndEntries(t *testing.T) {
	var out, errb bytes.Buffer
	err := runEval([]string{"--agreement", "--entries", "-", filepath.Join(evalTestdata, "pn", "train")}, &out, &errb)
	if err != nil {
		t.Fatalf("%v; stderr: %s", err, errb.String())
	}
	for _, want := range []string{
		"annotator agreement: 1 later versions scored against their article's first",
		"documents 1   gold 2   predicted 1   paired 1",
		"predicted cue-match      P  rule",
		"        1         1  100.0  annotator",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
