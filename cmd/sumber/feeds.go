package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"text/tabwriter"
	"time"

	"sumber/ingest"
	"sumber/store"
)

func init() {
	register(command{name: "feeds", summary: "subscribe to feeds and poll them: list, add, remove, poll", run: runFeeds})
}

const feedsUsage = "sumber feeds [--db DSN] [list | add [--every D] URL... | remove ID... | poll [--allow-private] [--loop]]"

func runFeeds(args []string, stdout, stderr io.Writer) error {
	action := "list"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		action, args = args[0], args[1:]
	}
	fs := newFlags("feeds", feedsUsage, stderr,
		"  list     the subscriptions, with their last poll (the default)",
		"  add      subscribe to feed URLs (RSS, Atom or JSON Feed), polled every --every",
		"  remove   end subscriptions by id; documents already stored stay",
		"  poll     poll the subscriptions that are due and ingest their new items;",
		"           with --loop, keep polling until interrupted ('sumber serve' does this too)")
	db := dbFlag(fs)
	every := fs.Duration("every", 15*time.Minute, "with add: how often the feed is polled (at least 1m)")
	allowPrivate := fs.Bool("allow-private", false, "with poll: allow feeds on private, loopback and link-local addresses")
	loop := fs.Bool("loop", false, "with poll: poll again each minute until interrupted")
	var min, max int
	switch action {
	case "list", "poll":
		min, max = 0, 0
	case "add", "remove":
		min, max = 1, -1
	default:
		fs.Usage()
		return errUsage
	}
	if err := parseFlags(fs, args, min, max); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	feeds, ok := st.(store.FeedStore)
	if !ok {
		return fmt.Errorf("%s keeps no feed subscriptions", describeDSN(*db))
	}

	switch action {
	case "add":
		for _, u := range fs.Args() {
			if _, err := ingest.CheckURL(u); err != nil {
				return fmt.Errorf("%s: %w", u, err)
			}
			f, err := feeds.AddFeed(ctx, u, *every)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "feed %d: %s, polled every %s\n", f.ID, f.URL, f.Every)
		}
		return nil
	case "remove":
		for _, a := range fs.Args() {
			id, err := strconv.ParseInt(a, 10, 64)
			if err != nil {
				return fmt.Errorf("%q: want a feed id (see 'sumber feeds list')", a)
			}
			if err := feeds.RemoveFeed(ctx, id); errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("no feed %d", id)
			} else if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "feed %d removed\n", id)
		}
		return nil
	case "poll":
		p := &ingest.Pipeline{Store: st, Fetcher: &ingest.Fetcher{AllowPrivate: *allowPrivate}}
		report := func(polls []ingest.FeedPoll, err error) error {
			if err != nil {
				return err
			}
			for _, fp := range polls {
				fmt.Fprintln(stdout, pollLine(fp))
			}
			return nil
		}
		if *loop {
			return p.PollFeedsEvery(ctx, feeds, time.Minute, report)
		}
		polls, err := p.PollFeeds(ctx, feeds, time.Now())
		if err := report(polls, err); err != nil {
			return err
		}
		if len(polls) == 0 {
			fmt.Fprintln(stdout, "no feed is due")
		}
		return nil
	}
	list, err := feeds.Feeds(ctx)
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, "no feed subscriptions; add one with 'sumber feeds add URL'")
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tEVERY\tLAST POLL\tITEMS\tTITLE\tURL\tERROR")
	for _, f := range list {
		polled := "never"
		if !f.Polled.IsZero() {
			polled = f.Polled.Local().Format("2006-01-02 15:04")
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%s\t%s\n", f.ID, f.Every, polled, f.Items, clip(f.Title, 30), f.URL, clip(f.Error, 60))
	}
	return tw.Flush()
}

// pollLine describes one feed's poll.
func pollLine(fp ingest.FeedPoll) string {
	if fp.Err != nil {
		return fmt.Sprintf("feed %d %s: failed: %v", fp.Feed.ID, fp.Feed.URL, fp.Err)
	}
	s := fp.Summary
	return fmt.Sprintf("feed %d %s: %d new, %d near-duplicate, %d already stored, %d failed; %d attributions added",
		fp.Feed.ID, fp.Feed.URL, s.New, s.NearDuplicate, s.Duplicate, s.Failed, s.Attributions)
}
