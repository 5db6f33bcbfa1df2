package ingest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"testing"

	"sumber"
	"sumber/store"
)

func docWith(text, author string) *sumber.Document {
	return &sumber.Document{Text: text, Author: author, URL: "https://news.example/a"}
}

// openPostgresSchema opens the PostgreSQL store in a fresh schema of
// dsn, dropped at the end.
func openPostgresSchema(tb testing.TB, dsn string) store.Store {
	tb.Helper()
	var b [6]byte
	rand.Read(b[:])
	schema := "sumber_ingest_" + hex.EncodeToString(b[:])
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		db.Close()
		tb.Fatal(err)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	st, err := store.Open(u.String())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		st.Close()
		db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		db.Close()
	})
	return st
}
