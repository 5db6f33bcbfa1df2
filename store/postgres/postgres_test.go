package postgres_test

import (
	"context"
	"sumber/store/pgtest"
	"testing"

	"sumber/store"
	"sumber/store/postgres"
	"sumber/store/storetest"
)

// baseDSN returns SUMBER_TEST_POSTGRES, skipping the test when it is not
// set (failing instead on CI, where it must be).
func baseDSN(t testing.TB) string { return pgtest.Base(t) }

// newSchema creates a fresh schema and returns a DSN that uses it; the
// schema is dropped when the test ends.
func newSchema(t testing.TB) string { return pgtest.DSN(t, "sumber_test_") }

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
