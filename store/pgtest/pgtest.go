// Package pgtest gives tests a fresh PostgreSQL schema in the server named
// by $SUMBER_TEST_POSTGRES (scripts/test starts a throwaway one). Without
// the variable the test is skipped locally and fails on CI (CI=true).
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
)

// Base returns $SUMBER_TEST_POSTGRES, or skips (fails on CI) without it.
func Base(t testing.TB) string {
	t.Helper()
	base := os.Getenv("SUMBER_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("SUMBER_TEST_POSTGRES is not set on CI")
		}
		t.Skip("SUMBER_TEST_POSTGRES not set")
	}
	return base
}

// DSN creates a schema named prefix plus a random suffix and returns a
// DSN whose search_path is that schema; the schema is dropped when the
// test ends.
func DSN(t testing.TB, prefix string) string {
	t.Helper()
	base := Base(t)
	var b [6]byte
	rand.Read(b[:])
	schema := prefix + hex.EncodeToString(b[:])
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		db.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		db.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
