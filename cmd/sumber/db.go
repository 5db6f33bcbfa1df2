package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"

	"golang.org/x/term"

	"sumber/store"
	_ "sumber/store/postgres" // registers "postgres" with store.Open
	_ "sumber/store/sqlite"   // registers "sqlite" with store.Open
)

// dbUsage documents the --db flag every ledger command shares.
const dbUsage = "ledger database: a SQLite file path (or sqlite:PATH) or postgres://… (default $SUMBER_DB, else ./" + store.DefaultPath + ")"

// dbFlag adds --db to fs.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", dbUsage)
}

// openStore opens the ledger named by dsn (see store.ParseDSN).
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	st, err := store.OpenContext(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", describeDSN(dsn), err)
	}
	return st, nil
}

// describeDSN names the database for messages, without a password.
func describeDSN(dsn string) string {
	driver, rest := store.ParseDSN(dsn)
	if driver == "sqlite" {
		return rest
	}
	return "PostgreSQL " + redactDSN(rest)
}

// redactDSN hides the password of a postgres:// URL.
func redactDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// isTerminal reports whether w is a terminal (for progress bars).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
