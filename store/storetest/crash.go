package storetest

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"sumber/store"
)

// Environment of the crash helper process.
const (
	envHelperDSN = "SUMBER_STORETEST_HELPER_DSN"
	crashDocs    = 40  // documents the helper saves
	crashAtts    = 150 // attributions per document, so each transaction takes a while
)

// HelperProcess is the body of a driver's helper test (named by
// Harness.HelperTest): in a child process started by the crash test it
// saves crashDocs large documents, printing "saved N" after each, until
// done or killed. Run normally it returns at once.
func HelperProcess(t *testing.T, open func(ctx context.Context, dsn string) (store.Store, error)) {
	dsn := os.Getenv(envHelperDSN)
	if dsn == "" {
		return
	}
	ctx := context.Background()
	s, err := open(ctx, dsn)
	if err != nil {
		fmt.Fprintln(os.Stderr, "helper: open:", err)
		os.Exit(3)
	}
	for i := 0; i < crashDocs; i++ {
		id, created, err := s.SaveDocument(ctx, Generated(i, crashAtts))
		if err != nil {
			fmt.Fprintln(os.Stderr, "helper: save:", err)
			os.Exit(4)
		}
		fmt.Printf("saved %d %d %v\n", i, id, created)
	}
	s.Close()
	os.Exit(0)
}

// testCrash kills a process with SIGKILL in the middle of saving
// documents, then checks that no document lacks attributions or figures
// and that running the job again completes it.
func testCrash(t *testing.T, h Harness) {
	if h.HelperTest == "" {
		t.Skip("driver has no helper process")
	}
	if testing.Short() {
		t.Skip("short")
	}
	dsn := h.NewDSN(t)
	// Migrate first, so that the child is killed while saving.
	h.open(t, dsn).Close()

	for round, killAfter := range []int{2, 6, 10, 14} {
		cmd := exec.Command(os.Args[0], "-test.run=^"+h.HelperTest+"$", "-test.count=1")
		cmd.Env = append(os.Environ(), envHelperDSN+"="+dsn)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		saved := 0
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "saved ") {
				saved++
				if saved == killAfter {
					break
				}
			}
		}
		// Kill part-way into the next document's transaction.
		time.Sleep(time.Duration(1+2*round) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		go func() {
			for sc.Scan() {
			}
		}()
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("helper was not killed (saved %d): %v", saved, err)
		}
		checkComplete(t, h, dsn, -1)
	}

	// Running the job again completes it; documents already saved are
	// no-ops.
	cmd := exec.Command(os.Args[0], "-test.run=^"+h.HelperTest+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), envHelperDSN+"="+dsn)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("helper rerun: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "false") || !strings.Contains(string(out), "true") {
		t.Logf("rerun output:\n%s", out)
	}
	checkComplete(t, h, dsn, crashDocs)
}

// checkComplete verifies every stored document has all its
// attributions and figures; want >= 0 also checks the document count.
func checkComplete(t *testing.T, h Harness, dsn string, want int) {
	t.Helper()
	ctx := context.Background()
	s := h.open(t, dsn)
	defer s.Close()
	var after store.Cursor
	n := 0
	for {
		docs, next, err := s.Documents(ctx, store.DocFilter{After: after, WithAttributions: true, Limit: 7})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			n++
			i := strings.LastIndex(d.Title, "n=")
			natts, _ := strconv.Atoi(d.Title[i+2:])
			figs := 0
			for _, a := range d.Attributions {
				figs += len(a.Figures)
			}
			if len(d.Attributions) != natts || figs != natts {
				t.Errorf("document %d (%s): %d attributions, %d figures; want %d each", d.ID, d.Title, len(d.Attributions), figs, natts)
			}
		}
		if next == 0 {
			break
		}
		after = next
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != int64(n) || st.Attributions != int64(n*crashAtts) || st.Figures != int64(n*crashAtts) {
		t.Errorf("after crash: stats %+v for %d documents", st, n)
	}
	if want >= 0 && n != want {
		t.Errorf("%d documents, want %d", n, want)
	}
	if n == 0 {
		t.Errorf("nothing saved before the kill")
	}
}
