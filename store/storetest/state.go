package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"sumber/store"
)

// testState checks the analysis state: puts, overwrites, deletes, prefix
// scans in byte order, large batches, and persistence across reopening.
func testState(t *testing.T, h Harness) {
	ctx := context.Background()
	dsn := h.NewDSN(t)
	s := h.open(t, dsn)
	ss, ok := s.(store.StateStore)
	if !ok {
		t.Fatalf("%T does not implement store.StateStore", s)
	}
	puts := map[string][]byte{"m:b": []byte("2"), "m:a": []byte("1"), "w": []byte("9"), "m:Z": {0, 1, 2}}
	for i := range 700 {
		puts[fmt.Sprintf("big:%04d", i)] = []byte(strings.Repeat("x", i))
	}
	if err := ss.SaveState(ctx, puts, nil); err != nil {
		t.Fatal(err)
	}
	if err := ss.SaveState(ctx, map[string][]byte{"m:a": []byte("one")}, []string{"w", "nope"}); err != nil {
		t.Fatal(err)
	}
	var keys []string
	if err := ss.ScanState(ctx, "m:", func(k string, v []byte) error {
		keys = append(keys, k+"="+fmt.Sprint(v))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(keys, " "), "m:Z=[0 1 2] m:a=[111 110 101] m:b=[50]"; got != want {
		t.Errorf("scan m: = %s, want %s", got, want)
	}
	s.Close()
	s = h.open(t, dsn)
	ss = s.(store.StateStore)
	ask := []string{"w", "m:a", "missing"}
	for i := range 700 {
		ask = append(ask, fmt.Sprintf("big:%04d", i))
	}
	got, err := ss.LoadState(ctx, ask)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 701 || string(got["m:a"]) != "one" || got["w"] != nil || len(got["big:0699"]) != 699 {
		t.Errorf("LoadState: %d values, m:a=%q, w=%q", len(got), got["m:a"], got["w"])
	}
}
