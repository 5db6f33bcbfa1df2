package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestActorsFile ingests two plain-text reports about an invented
// country with --published, and checks that the toll revision they hold
// is found only with the user's actors file (--actors or
// $SUMBER_ACTORS), and that a broken file is a clear error.
func TestActorsFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.txt", "Floods in Dask\n\nThe Velmora Relief Office said on Monday that 14 people were killed by the floods in Velmora's Dask province.\n")
	b := write("b.txt", "Dask flood toll rises\n\nThe Velmora Relief Office said on Wednesday that 31 people were killed by the floods in Velmora's Dask province.\n")
	actors := write("actors.tsv", "# Velmora\n\tVelmora\tcountry\t\tVelmora\n\tDask\tplace\tname:velmora\tDask\n\tVelmora Relief Office\tagency\tname:velmora\n")
	bad := write("bad.tsv", "\tVelmora\tcuntry\n")
	db := filepath.Join(dir, "ledger.db")

	if _, errOut, code := sumberRun(t, "ingest", "--db", db, "--published", "5 Nov", a); code == 0 || !strings.Contains(errOut, "want YYYY-MM-DD") {
		t.Errorf("--published 5 Nov: exit %d, stderr %q", code, errOut)
	}
	mustRun(t, "ingest", "--db", db, "--published", "2025-11-05", a, b)
	if out := mustRun(t, "findings", "--db", db); !strings.Contains(out, "no findings") {
		t.Errorf("without the actors file:\n%s", out)
	}
	const want = "Velmora Relief Office raised its figure for Velmora people killed: 14 (2025-11-03) → 31 (2025-11-05)"
	if out := mustRun(t, "--actors", actors, "findings", "--db", db); !strings.Contains(out, want) {
		t.Errorf("with --actors:\n%s\nwant %q", out, want)
	}
	t.Setenv("SUMBER_ACTORS", actors)
	if out := mustRun(t, "findings", "--db", db); !strings.Contains(out, want) {
		t.Errorf("with $SUMBER_ACTORS:\n%s", out)
	}
	t.Setenv("SUMBER_ACTORS", "")
	if out := mustRun(t, "findings", "--db", db); !strings.Contains(out, "no findings") {
		t.Errorf("after the file is dropped:\n%s", out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--actors", bad, "findings", "--db", db}, `bad.tsv:1: kind "cuntry" is not one of`},
		{[]string{"--actors", filepath.Join(dir, "none.tsv"), "findings", "--db", db}, "actors file: open"},
		{[]string{"--actors"}, "--actors needs a file"},
	} {
		if _, errOut, code := sumberRun(t, c.args...); code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("sumber %s: exit %d, stderr %q, want 2 and %q", strings.Join(c.args, " "), code, errOut, c.want)
		}
	}
}
