package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestClaimsActorAcrossNames asks for North Korea's denials in English and
// gets the Indonesian and Vietnamese reports' "Korea Utara" and "Triều Tiên".
func TestClaimsActorAcrossNames(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	mustRun(t, "demo", "--db", db)
	out := mustRun(t, "claims", "--db", db, "--actor", "North Korea", "--stance", "deny", "--format", "csv")
	for _, want := range []string{"Korea Utara", "Triều Tiên"} {
		if !strings.Contains(out, want) {
			t.Errorf("claims --actor 'North Korea' lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, ",confirm,") || strings.Contains(out, ",assert,") {
		t.Errorf("--stance deny let other stances through:\n%s", out)
	}
}
