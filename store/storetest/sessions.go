package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"sumber/store"
)

// testSessions checks browser sessions: saved, found by key until they
// end, replaced under the same key, deleted, pruned once ended, and kept
// across reopening (what a restart of the server sees).
func testSessions(t *testing.T, h Harness) {
	ctx := context.Background()
	dsn := h.NewDSN(t)
	s := h.open(t, dsn)
	ss, ok := s.(store.SessionStore)
	if !ok {
		t.Fatalf("%T does not implement store.SessionStore", s)
	}
	c, ok := s.(clocked)
	if !ok {
		t.Skip("store has no settable clock")
	}
	now := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	c.SetClock(func() time.Time { return now })
	live := store.Session{TokenDigest: "t1", Expires: now.Add(12 * time.Hour)}
	if err := ss.SaveSession(ctx, "k-live", live); err != nil {
		t.Fatal(err)
	}
	if err := ss.SaveSession(ctx, "k-ended", store.Session{TokenDigest: "t2", Expires: now.Add(-time.Minute)}); err != nil {
		t.Fatal(err)
	}
	got, err := ss.Session(ctx, "k-live")
	if err != nil || got.TokenDigest != "t1" || !got.Expires.Equal(live.Expires) {
		t.Fatalf("live session: %+v %v", got, err)
	}
	if _, err := ss.Session(ctx, "k-ended"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an ended session was found: %v", err)
	}
	if _, err := ss.Session(ctx, "k-none"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("an unknown key: %v", err)
	}
	// saving under the same key replaces it (a login again)
	if err := ss.SaveSession(ctx, "k-live", store.Session{TokenDigest: "t3", Expires: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if got, _ := ss.Session(ctx, "k-live"); got.TokenDigest != "t3" {
		t.Errorf("replaced session: %+v", got)
	}
	if n, err := ss.PruneSessions(ctx, now); err != nil || n != 1 {
		t.Errorf("prune: %d %v, want the one ended", n, err)
	}
	s.Close()
	s = h.open(t, dsn)
	ss = s.(store.SessionStore)
	s.(clocked).SetClock(func() time.Time { return now })
	if got, err := ss.Session(ctx, "k-live"); err != nil || got.TokenDigest != "t3" {
		t.Fatalf("after reopen: %+v %v", got, err)
	}
	if err := ss.DeleteSession(ctx, "k-live"); err != nil {
		t.Fatal(err)
	}
	if _, err := ss.Session(ctx, "k-live"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("a deleted session was found: %v", err)
	}
	if err := ss.DeleteSession(ctx, "k-live"); err != nil {
		t.Errorf("deleting again: %v", err)
	}
}
