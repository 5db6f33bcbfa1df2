package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"sumber/store"
	"sumber/store/sqlite"
	"sumber/store/storetest"
)

var harness = storetest.Harness{
	NewDSN: func(t testing.TB) string { return filepath.Join(t.TempDir(), "ledger.db") },
	Open: func(ctx context.Context, dsn string) (store.Store, error) {
		return sqlite.Open(ctx, dsn)
	},
	HelperTest: "TestHelperProcess",
}

func TestConformance(t *testing.T) { storetest.Run(t, harness) }

// TestHelperProcess is the child process of the crash test.
func TestHelperProcess(t *testing.T) { storetest.HelperProcess(t, harness.Open) }

func BenchmarkSaveDocument(b *testing.B) { storetest.Bench(b, harness) }

func BenchmarkAttributions(b *testing.B) { storetest.BenchQuery(b, harness) }

func TestOpenDSN(t *testing.T) {
	dir := t.TempDir()
	for _, dsn := range []string{filepath.Join(dir, "a.db"), "sqlite:" + filepath.Join(dir, "b.db"), "sqlite://" + filepath.Join(dir, "sub", "c.db")} {
		s, err := store.Open(dsn)
		if err != nil {
			t.Fatalf("Open(%q): %v", dsn, err)
		}
		if _, err := s.Stats(context.Background()); err != nil {
			t.Errorf("Open(%q): %v", dsn, err)
		}
		s.Close()
	}
	t.Setenv("SUMBER_DB", filepath.Join(dir, "env.db"))
	s, err := store.Open("")
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := filepath.Glob(filepath.Join(dir, "env.db")); err != nil {
		t.Fatal(err)
	}
}
