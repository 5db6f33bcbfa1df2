package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sumber"

	"sumber/internal/golden"
)

// TestExtractGolden runs `sumber extract` on a Vietnamese report and
// compares its JSON Lines with testdata/extract-vi.golden.jsonl (rewrite
// with -update after a deliberate change, and read the diff).
func TestExtractGolden(t *testing.T) {
	out := mustRun(t, "extract", "--lang", "vi", "--published", "2024-11-14", "testdata/extract-vi.txt")
	golden.Check(t, filepath.Join("testdata", "extract-vi.golden.jsonl"), []byte(out))
	// every line is one attribution with its explanation
	sc := bufio.NewScanner(strings.NewReader(out))
	n := 0
	for sc.Scan() {
		var a sumber.Attribution
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatalf("line %d: %v", n+1, err)
		}
		if a.Cue.Text == "" || a.Rule == "" || a.Entry == "" || a.Stance == "" {
			t.Errorf("line %d lacks cue, rule, entry or stance: %s", n+1, sc.Text())
		}
		n++
	}
	if n < 10 {
		t.Errorf("only %d attributions", n)
	}
}

func TestExtractTableAndLanguageDetection(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.txt")
	os.WriteFile(in, []byte("Menurut AFP, Korea Selatan mengklaim bahwa lebih dari 1.000 tentara Korea Utara tewas atau terluka.\n"), 0o644)
	out := mustRun(t, "extract", "--format", "table", in)
	for _, want := range []string{"SOURCE", "Korea Selatan", "mengklaim", "claim", "AFP", "> 1000 troops killed-or-wounded", "verb-preposed-comp"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

// TestExtractWindows1252 reads a Latin-1 file as a person would see it.
func TestExtractWindows1252(t *testing.T) {
	in := filepath.Join(t.TempDir(), "latin1.txt")
	os.WriteFile(in, []byte("Menteri itu mengatakan bahwa caf\xe9 itu tutup.\n"), 0o644)
	out := mustRun(t, "extract", "--lang", "id", in)
	if !strings.Contains(out, `"café itu tutup"`) {
		t.Errorf("windows-1252 text not decoded: %s", out)
	}
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "x.bin")
	os.WriteFile(bin, []byte("\x00\x01\x02\x03 said that"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	ok := filepath.Join(dir, "ok.txt")
	os.WriteFile(ok, []byte("He said it."), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"extract", bin}, "binary"},
		{[]string{"extract", empty}, "empty"},
		{[]string{"extract", filepath.Join(dir, "missing.txt")}, "no such file"},
		{[]string{"extract", "--published", "24/12/2024", ok}, "YYYY-MM-DD"},
		{[]string{"extract", "--format", "xml", ok}, "json or table"},
	} {
		_, errOut, code := sumberRun(t, tc.args...)
		if code == 0 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want an error mentioning %q", tc.args, code, errOut, tc.want)
		}
	}
}
