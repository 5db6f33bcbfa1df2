package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"

	"sumber/ingest"
)

func init() {
	register(command{name: "ingest", summary: "fetch or read pages, feeds, files; store their attributions", run: runIngest})
}

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

func runIngest(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", "sumber ingest [--db DSN] [--lang L] [--published YYYY-MM-DD] [--allow-private] [--workers N] [--feed URL [--every DURATION]] URL|FILE|DIR|- ...", stderr, "       sumber ingest --queue [--db DSN] URL ...      (queue URLs for workers)", "       sumber ingest --worker [--db DSN] [--every DURATION]")
	db := dbFlag(fs)
	langFlag := fs.String("lang", "", "language of every input: id, en or vi (default: as declared by the page, else detected)")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from private, loopback and link-local addresses")
	workers := fs.Int("workers", 0, "inputs processed at once (default GOMAXPROCS)")
	var feeds stringList
	fs.Var(&feeds, "feed", "RSS, Atom or JSON Feed URL whose items are ingested (repeatable)")
	every := fs.Duration("every", 0, "with --feed or --worker: poll again every DURATION until interrupted (e.g. 15m)")
	worker := fs.Bool("worker", false, "claim URLs from the database's job queue and ingest them until it is empty (or, with --every, forever)")
	queue := fs.Bool("queue", false, "add the URL arguments (and --feed URLs) to the job queue for workers instead of ingesting them")
	timeout := fs.Duration("timeout", ingest.DefaultTimeout, "timeout of one HTTP request")
	maxBytes := fs.Int64("max-bytes", ingest.DefaultMaxBytes, "largest page, feed or file read, in bytes")
	quiet := fs.Bool("quiet", false, "print only the summary, not a line per input")
	pub := fs.String("published", "", "publication date YYYY-MM-DD of inputs that state none (plain text files, pages without a date); anchors relative dates")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	srcArgs := fs.Args()
	published, err := parsePublished(*pub)
	if err != nil {
		return err
	}
	switch {
	case *worker && (len(srcArgs) > 0 || len(feeds) > 0 || *queue):
		fmt.Fprintln(stderr, "sumber ingest: --worker takes no inputs: it reads them from the queue")
		return errUsage
	case !*worker && len(srcArgs) == 0 && len(feeds) == 0:
		fs.Usage()
		return errUsage
	case *every > 0 && !*worker && (len(feeds) == 0 || len(srcArgs) > 0):
		fmt.Fprintln(stderr, "sumber ingest: --every polls feeds (--feed) or the queue (--worker)")
		return errUsage
	case *every < 0, *workers < 0, *maxBytes <= 0:
		fmt.Fprintln(stderr, "sumber ingest: --every, --workers and --max-bytes must be positive")
		return errUsage
	}
	if *langFlag != "" && ingestLangCode(*langFlag) == "" {
		return fmt.Errorf("--lang %q: want a language code such as id, en or vi", *langFlag)
	}

	// SIGINT or SIGTERM: finish the documents in flight, then stop. A
	// second signal kills the process as usual.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-ctx.Done():
			stop()
			fmt.Fprintln(stderr, "\nsumber ingest: interrupted; finishing the documents in flight (interrupt again to abort)")
		case <-done:
		}
	}()

	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	p := &ingest.Pipeline{
		Store:     st,
		Fetcher:   &ingest.Fetcher{AllowPrivate: *allowPrivate, Timeout: *timeout, MaxBytes: *maxBytes},
		Lang:      ingestLangCode(*langFlag),
		Workers:   *workers,
		Published: published,
	}

	if *queue {
		urls := append(append([]string{}, feeds...), srcArgs...)
		n, err := p.Enqueue(ctx, urls)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "queued %d of %d URLs in %s (the others were already pending); run 'sumber ingest --worker' to ingest them\n", n, len(urls), describeDSN(*db))
		return nil
	}

	out := newIngestOutput(stdout, stderr, *quiet)
	p.OnQueued, p.OnResult = out.queued, out.result

	if *worker {
		sum, err := p.Work(ctx, ingest.WorkerName(), *every)
		out.finish()
		if sum != nil {
			printSummary(stdout, sum)
		}
		if err != nil {
			return err
		}
		return failedErr(sum)
	}

	var sources []ingest.Source
	for _, a := range srcArgs {
		sources = append(sources, ingest.ParseSource(a))
	}
	for _, f := range feeds {
		sources = append(sources, ingest.Source{Kind: ingest.SourceFeed, Ref: f})
	}
	if *every == 0 {
		sum, err := p.Run(ctx, sources)
		out.finish()
		if err != nil {
			return err
		}
		printSummary(stdout, sum)
		return failedErr(sum)
	}

	// Poll the feeds until interrupted; items already stored are not
	// fetched again unless the feed says they changed.
	p.SkipStored = true
	total := &ingest.Summary{}
	for round := 1; ; round++ {
		sum, err := p.Run(ctx, sources)
		out.finish()
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "poll %d at %s: ", round, time.Now().Format("15:04:05"))
		printCounts(stdout, sum)
		merge(total, sum)
		select {
		case <-ctx.Done():
		case <-time.After(*every):
		}
		if ctx.Err() != nil {
			break
		}
	}
	fmt.Fprintln(stdout, "stopped; all polls together:")
	printSummary(stdout, total)
	return nil
}

// ingestLangCode checks a --lang value.
func ingestLangCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

func merge(total, s *ingest.Summary) {
	total.New += s.New
	total.Duplicate += s.Duplicate
	total.NearDuplicate += s.NearDuplicate
	total.Failed += s.Failed
	total.Attributions += s.Attributions
	total.Results = append(total.Results, s.Results...)
}

// failedErr makes failures the command's exit status.
func failedErr(s *ingest.Summary) error {
	if s == nil || s.Failed == 0 {
		return nil
	}
	n := s.New + s.Duplicate + s.NearDuplicate + s.Failed
	return fmt.Errorf("%d of %d inputs failed", s.Failed, n)
}

// printCounts writes the one-line tally of a run.
func printCounts(w io.Writer, s *ingest.Summary) {
	n := s.New + s.Duplicate + s.NearDuplicate + s.Failed
	fmt.Fprintf(w, "%d %s: %d new, %d duplicate, %d near-duplicate, %d failed; %d %s added\n",
		n, plural(n, "document", "documents"), s.New, s.Duplicate, s.NearDuplicate, s.Failed,
		s.Attributions, plural(s.Attributions, "attribution", "attributions"))
}

// printSummary writes the tally and the failures with their reasons.
func printSummary(w io.Writer, s *ingest.Summary) {
	printCounts(w, s)
	if s.Interrupted {
		fmt.Fprintln(w, "interrupted: inputs not yet started were skipped; run the same command again to finish")
	}
	fails := s.Failures()
	if len(fails) == 0 {
		return
	}
	ingest.SortResults(fails)
	fmt.Fprintln(w, "failed:")
	for _, r := range fails {
		fmt.Fprintf(w, "  %s: %v\n", r.Input, r.Err)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// ingestOutput shows progress: a bar on a terminal, else one line per
// input on stdout.
type ingestOutput struct {
	stdout io.Writer
	quiet  bool
	bar    *progressbar.ProgressBar
	stderr io.Writer
	total  int // inputs queued so far
	done   int // inputs finished so far
}

func newIngestOutput(stdout, stderr io.Writer, quiet bool) *ingestOutput {
	return newIngestOutputBar(stdout, stderr, quiet, isTerminal(stderr))
}

// newIngestOutputBar is newIngestOutput with the choice of a bar made.
func newIngestOutputBar(stdout, stderr io.Writer, quiet, bar bool) *ingestOutput {
	o := &ingestOutput{stdout: stdout, stderr: stderr, quiet: quiet}
	if bar {
		o.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(stderr),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetPredictTime(true),
			// no redraw from a timer of the bar's own: it drew a stale bar
			// after finish had cleared it (a tick between Finish and Reset)
			progressbar.OptionSetSpinnerChangeInterval(0),
		)
	}
	return o
}

// The bar's maximum stays above the count until finish: inputs are
// queued as a directory is walked or a feed read, so the finished ones can
// catch up with the queued ones mid-run, and a bar that reaches its
// maximum stops drawing for good.
func (o *ingestOutput) queued(n int) {
	o.total += n
	if o.bar != nil {
		o.bar.ChangeMax(max(o.total, o.done+1))
	}
}

func (o *ingestOutput) result(r ingest.Result) {
	o.done++
	if o.bar != nil {
		if o.done >= o.total {
			o.bar.ChangeMax(o.done + 1)
		}
		o.bar.Add(1)
		return
	}
	if o.quiet {
		return
	}
	fmt.Fprintln(o.stdout, resultLine(r))
}

// finish clears the bar, so that the summary starts on a clean line.
func (o *ingestOutput) finish() {
	if o.bar != nil {
		o.bar.ChangeMax(max(o.done, 1))
		o.bar.Finish()
		o.bar.Reset()
	}
	o.total, o.done = 0, 0
}

// resultLine describes one input's result.
func resultLine(r ingest.Result) string {
	switch r.Status {
	case ingest.StatusFailed:
		return fmt.Sprintf("%-14s %s: %v", r.Status, r.Input, r.Err)
	case ingest.StatusDuplicate:
		return fmt.Sprintf("%-14s #%-4d already stored             %s", r.Status, r.DocumentID, r.Input)
	case ingest.StatusNearDuplicate:
		return fmt.Sprintf("%-14s #%-4d of #%-4d %3d %-12s %s", r.Status, r.DocumentID, r.DuplicateOf, r.Attributions, plural(r.Attributions, "attribution", "attributions"), r.Input)
	case ingest.StatusFeed:
		return fmt.Sprintf("%-14s %s: %s", r.Status, r.Input, r.Title)
	}
	return fmt.Sprintf("%-14s #%-4d %3d %-12s %-8s %s", r.Status, r.DocumentID, r.Attributions, plural(r.Attributions, "attribution", "attributions"), "", r.Input)
}
