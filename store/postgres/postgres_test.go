package postgres_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"sumber/store"
	"sumber/store/postgres"
	"sumber/store/storetest"
)

// baseDSN returns SUMBER_TEST_POSTGRES, skipping the test when it is not
// set (failing instead on CI, where it must be).
func baseDSN(t testing.TB) string {
	dsn := os.Getenv("SUMBER_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("SUMBER_TEST_POSTGRES is not set on CI")
		}
		t.Skip("SUMBER_TEST_POSTGRES not set")
	}
	return dsn
}

// newSchema creates a fresh schema and returns a DSN that uses it; the
// schema is dropped when the test ends.
func newSchema(t testing.TB) string {
	base := baseDSN(t)
	var b [6]byte
	rand.Read(b[:])
	schema := "sumber_test_" + hex.EncodeToString(b[:])
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

var harness = storetest.Harness{
	NewDSN: newSchema,
	Open: func(ctx context.Context, dsn string) (store.Store, error) {
		return postgres.Open(ctx, dsn)
	},
	HelperTest: "TestHelperProcess",
}

func TestConformance(t *testing.T) {
	baseDSN(t)
	storetest.Run(t, harness)
}

// TestHelperProcess is the child process of the crash test.
func TestHelperProcess(t *testing.T) { storetest.HelperProcess(t, harness.Open) }

func BenchmarkSaveDocument(b *testing.B) { storetest.Bench(b, harness) }

func BenchmarkAttributions(b *testing.B) { storetest.BenchQuery(b, harness) }

func TestOpenDSN(t *testing.T) {
	dsn := newSchema(t)
	s, err := store.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Stats(context.Background()); err != nil {
		t.Fatal(err)
	}
}
