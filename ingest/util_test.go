package ingest

import (
	"sumber/store/pgtest"
	"testing"

	"sumber"
	"sumber/store"
)

func docWith(text, author string) *sumber.Document {
	return &sumber.Document{Text: text, Author: author, URL: "https://news.example/a"}
}

// openPostgresSchema opens the PostgreSQL store in a fresh schema of
// $SUMBER_TEST_POSTGRES, dropped at the end.
func openPostgresSchema(tb testing.TB) store.Store {
	tb.Helper()
	st, err := store.Open(pgtest.DSN(tb, "sumber_ingest_"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}
