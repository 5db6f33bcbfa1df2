package store

import (
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Triều Tiên", "trieu tien"},
		{"Đà Nẵng, BÌNH NHƯỠNG!", "da nang binh nhuong"},
		{"killed-or-wounded 10.000", "killed or wounded 10 000"},
		{"Korea Selatan mengklaim", "korea selatan mengklaim"},
		{"  ", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(Words(tc.in), " "); got != tc.want {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestContentHash(t *testing.T) {
	a := ContentHash("Badan intelijen AS meyakini\n\nKorea Utara")
	if a != ContentHash("  badan  INTELIJEN as meyakini korea utara ") {
		t.Errorf("case and spacing change the hash")
	}
	if a == ContentHash("Badan intelijen AS meyakini Korea Selatan") {
		t.Errorf("different texts hash the same")
	}
	// NFC and NFD spellings of the same Vietnamese word.
	if ContentHash("Triều") != ContentHash("Trie\u0302\u0300u") {
		t.Errorf("Unicode composition changes the hash")
	}
}

func TestParseDSN(t *testing.T) {
	t.Setenv("SUMBER_DB", "")
	tests := []struct{ in, driver, rest string }{
		{"", "sqlite", DefaultPath},
		{"ledger.db", "sqlite", "ledger.db"},
		{"/var/lib/sumber/x.db", "sqlite", "/var/lib/sumber/x.db"},
		{"sqlite:x.db", "sqlite", "x.db"},
		{"sqlite:///tmp/x.db", "sqlite", "/tmp/x.db"},
		{"postgres://u@h/db", "postgres", "postgres://u@h/db"},
		{"postgresql://u@h/db?sslmode=disable", "postgres", "postgresql://u@h/db?sslmode=disable"},
	}
	for _, tc := range tests {
		d, r := ParseDSN(tc.in)
		if d != tc.driver || r != tc.rest {
			t.Errorf("ParseDSN(%q) = %q, %q; want %q, %q", tc.in, d, r, tc.driver, tc.rest)
		}
	}
	t.Setenv("SUMBER_DB", "postgres://env/db")
	if d, r := ParseDSN(""); d != "postgres" || r != "postgres://env/db" {
		t.Errorf("SUMBER_DB ignored: %q %q", d, r)
	}
}

func TestOpenUnlinked(t *testing.T) {
	if _, err := Open("postgres://nowhere/db"); err == nil || !strings.Contains(err.Error(), "sumber/store/postgres") {
		t.Errorf("Open without the driver: %v", err)
	}
}
