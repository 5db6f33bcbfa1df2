package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"sumber/ingest"
	"sumber/samples"
	"sumber/web/loadtest"
)

func init() {
	register(command{name: "loadtest", summary: "load-test a sumber server on loopback (readers and writers, latency, nothing lost)", run: runLoadtest})
}

func runLoadtest(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("loadtest", "sumber loadtest [--url http://127.0.0.1:PORT] [--readers 50] [--writers 5] [--duration 60s]", stderr, "Runs readers and writers against a server on loopback, reports p50/p99 latency and errors,", "and checks that every document written is counted afterwards.")
	target := fs.String("url", "", "base URL of a running server on loopback; empty starts 'sumber serve' as a child process on a fresh ledger")
	db := fs.String("db", "", "ledger of the child server (default: a new SQLite file in a temporary directory, seeded with the samples)")
	readers := fs.Int("readers", 50, "concurrent readers (pages and API listings)")
	writers := fs.Int("writers", 5, "concurrent writers (POST /api/v1/documents)")
	duration := fs.Duration("duration", 60*time.Second, "length of the run (at most 10m)")
	token := fs.String("token", "", "bearer token (an editor's) for a server with --token-file")
	if err := parseFlags(fs, args, 0, 0); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	base := *target
	if base == "" {
		child, err := startChild(ctx, *db, stderr)
		if err != nil {
			return err
		}
		defer child.stop(stderr)
		base = child.url
	}
	res, err := loadtest.Run(ctx, loadtest.Config{URL: base, Readers: *readers, Writers: *writers, Duration: *duration, Token: *token})
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, res.String())
	if res.Lost != 0 || res.LostA != 0 {
		return fmt.Errorf("lost %d documents and %d claims", res.Lost, res.LostA)
	}
	return nil
}

// child is a 'sumber serve' process started by the load test.
type child struct {
	cmd *exec.Cmd
	url string
	dir string
}

// startChild seeds a ledger with the sample reports (unless db names an
// existing one) and starts this binary's 'serve' on a free loopback
// port, waiting until /healthz answers.
func startChild(ctx context.Context, db string, stderr io.Writer) (*child, error) {
	c := &child{}
	if db == "" {
		dir, err := os.MkdirTemp("", "sumber-loadtest-")
		if err != nil {
			return nil, err
		}
		c.dir = dir
		db = filepath.Join(dir, "ledger.db")
		st, err := openStore(ctx, db)
		if err != nil {
			return nil, err
		}
		p := &ingest.Pipeline{Store: st, Workers: 1}
		_, err = p.Run(ctx, []ingest.Source{{Kind: ingest.SourceFS, FS: samples.FS, Ref: "."}})
		st.Close()
		if err != nil {
			return nil, err
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	logf, err := os.CreateTemp("", "sumber-loadtest-server-*.log")
	if err != nil {
		return nil, err
	}
	c.cmd = exec.Command(exe, "serve", "--addr", addr, "--db", db, "--log", "json")
	c.cmd.Stdout, c.cmd.Stderr = logf, logf
	if err := c.cmd.Start(); err != nil {
		return nil, err
	}
	fmt.Fprintf(stderr, "started sumber serve (pid %d) on http://%s, ledger %s, log %s\n", c.cmd.Process.Pid, addr, db, logf.Name())
	c.url = "http://" + addr
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(c.url + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return c, nil
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			c.stop(stderr)
			return nil, errors.New("the server did not become healthy in 30 s; see " + logf.Name())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// stop asks the child to shut down gracefully (SIGTERM) and waits.
func (c *child) stop(stderr io.Writer) {
	if c.cmd == nil || c.cmd.Process == nil {
		return
	}
	c.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			fmt.Fprintf(stderr, "server exited: %v\n", err)
		} else {
			fmt.Fprintln(stderr, "server stopped gracefully (pid "+strconv.Itoa(c.cmd.Process.Pid)+")")
		}
	case <-time.After(40 * time.Second):
		c.cmd.Process.Kill()
		<-done
		fmt.Fprintln(stderr, "server killed after 40 s")
	}
	if c.dir != "" {
		os.RemoveAll(c.dir)
	}
}
