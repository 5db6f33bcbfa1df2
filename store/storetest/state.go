package storetest

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
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

// testStateGuard checks SaveStateIf: a stale guard writes nothing, and two
// handles on one database (two connection pools, as two processes have)
// incrementing a counter through it lose no increment.
func testStateGuard(t *testing.T, h Harness) {
	ctx := context.Background()
	dsn := h.NewDSN(t)
	a := h.open(t, dsn).(store.StateStore)
	if err := a.SaveStateIf(ctx, "g", nil, map[string][]byte{"g": []byte("1"), "x": []byte("a")}, nil); err != nil {
		t.Fatalf("first write with an absent guard: %v", err)
	}
	for _, expect := range [][]byte{nil, []byte("0")} {
		err := a.SaveStateIf(ctx, "g", expect, map[string][]byte{"x": []byte("stale")}, nil)
		if !errors.Is(err, store.ErrStateChanged) {
			t.Errorf("guard %q against %q: err = %v, want ErrStateChanged", expect, "1", err)
		}
	}
	if v, _ := a.LoadState(ctx, []string{"x"}); string(v["x"]) != "a" {
		t.Errorf("a refused save wrote x = %q", v["x"])
	}

	b := h.open(t, dsn).(store.StateStore)
	const perWriter = 25
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for _, ss := range []store.StateStore{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for done := 0; done < perWriter; {
				v, err := ss.LoadState(ctx, []string{"g"})
				if err != nil {
					errs <- err
					return
				}
				n, _ := strconv.Atoi(string(v["g"]))
				err = ss.SaveStateIf(ctx, "g", v["g"], map[string][]byte{"g": []byte(strconv.Itoa(n + 1))}, nil)
				switch {
				case errors.Is(err, store.ErrStateChanged):
					continue // the other writer got there first: read again
				case err != nil:
					errs <- err
					return
				}
				done++
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	v, err := a.LoadState(ctx, []string{"g"})
	if err != nil {
		t.Fatal(err)
	}
	if want := strconv.Itoa(1 + 2*perWriter); string(v["g"]) != want {
		t.Errorf("counter = %s after 2×%d guarded increments from 1, want %s: an increment was lost", v["g"], perWriter, want)
	}
}
