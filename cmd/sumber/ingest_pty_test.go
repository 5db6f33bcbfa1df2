//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"sumber/ingest"
)

// openPTY opens a pseudo-terminal pair: the test reads the master, the
// child process writes to the slave, which is a terminal to it.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		t.Skipf("cannot unlock the pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		m.Close()
		t.Skipf("no pseudo-terminal number: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("cannot open the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { m.Close(); s.Close() })
	return m, s
}

// TestIngestProgressOnTerminal runs an ingest whose stderr is a real
// (pseudo-)terminal: a progress bar counting the documents is drawn
// there and cleared, no per-file lines go to stdout, and the summary
// still does.
func TestIngestProgressOnTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	master, slave := openPTY(t)
	db := filepath.Join(t.TempDir(), "tty.db")
	// enough distinct documents that the bar, redrawn at most every 100
	// ms, is drawn while they are counted
	dir, total := sampleCopies(t, 12, "Arsip redaksi nomor %d-%s dicatat oleh meja berita.")
	cmd := helperCmd("ingest", "--db", db, "--workers", "1", dir)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = slave
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close() // the child holds its own copy
	var tty bytes.Buffer
	read := make(chan struct{})
	go func() {
		io.Copy(&tty, master) // ends with EIO once the child exits
		close(read)
	}()
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		if err != nil {
			t.Fatalf("ingest: %v\nstdout:\n%s", err, stdout.String())
		}
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("ingest did not finish")
	}
	// the reader ends with EIO once the child's output is drained; a
	// loaded machine may take a while to get there
	select {
	case <-read:
	case <-time.After(30 * time.Second):
	}
	bar := tty.String()
	for _, want := range []string{"ingesting", "docs", "\r"} {
		if !strings.Contains(bar, want) {
			t.Errorf("terminal output lacks %q:\n%q", want, bar)
		}
	}
	// the count moves: at least one redraw shows documents done
	if !regexp.MustCompile(`\(([1-9][0-9]*)/([0-9]+), `).MatchString(bar) {
		t.Errorf("the bar never counted a document:\n%q", bar)
	}
	// and it is cleared at the end: the last thing written is blank
	if last := bar[strings.LastIndex(strings.TrimSuffix(bar, "\r"), "\r")+1:]; strings.TrimSpace(last) != "" {
		t.Errorf("the bar is not cleared at the end: %q", last)
	}
	out := stdout.String()
	if want := fmt.Sprintf("%d documents: ", total); !strings.HasPrefix(out, want) {
		t.Errorf("stdout should hold only the summary:\n%s", out)
	}
	if strings.Contains(out, "new            #") {
		t.Errorf("per-file lines on stdout although a bar is drawn:\n%s", out)
	}
}

// TestProgressBarKeepsCounting: inputs are queued one by one while the
// finished ones catch up (a directory walked, a feed read); the bar must
// keep drawing the count rather than stop at its first maximum.
func TestProgressBarKeepsCounting(t *testing.T) {
	var stdout, term bytes.Buffer
	o := newIngestOutputBar(&stdout, &term, false, true)
	for i := 0; i < 4; i++ {
		o.queued(1)
		time.Sleep(120 * time.Millisecond) // past the bar's redraw throttle
		o.result(ingest.Result{Status: ingest.StatusNew})
	}
	o.finish()
	if !strings.Contains(term.String(), "(3/") {
		t.Errorf("the bar stopped counting before the third document:\n%q", term.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("per-input lines with a bar: %q", stdout.String())
	}
}
