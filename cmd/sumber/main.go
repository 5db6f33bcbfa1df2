// Command sumber reads news reports and turns them into a sourced ledger of
// who claims what, via whom, when, with which figures.
//
// Each subcommand lives in its own file and registers itself in init.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"sumber/gazetteer"
)

// command is one subcommand: its name, a one-line summary and its runner.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

func register(c command) { commands[c.name] = c }

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: sumber [--actors FILE] COMMAND [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'sumber COMMAND -h' for a command's flags.")
	fmt.Fprintln(w, "\n--actors FILE (or $SUMBER_ACTORS) adds your own actors to the gazetteer: a")
	fmt.Fprintln(w, "tab-separated file with the columns of gazetteer/actors.tsv (id, name, kind,")
	fmt.Fprintln(w, "parent, aliases, names); see the README's \"Your own actors\".")
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	actors := os.Getenv("SUMBER_ACTORS")
	if len(args) > 0 && (args[0] == "--actors" || args[0] == "-actors") {
		if len(args) < 2 {
			fmt.Fprintln(stderr, "sumber: --actors needs a file")
			return 2
		}
		actors, args = args[1], args[2:]
	} else if len(args) > 0 && (strings.HasPrefix(args[0], "--actors=") || strings.HasPrefix(args[0], "-actors=")) {
		_, actors, _ = strings.Cut(args[0], "=")
		args = args[1:]
	}
	if err := useActors(actors); err != nil {
		fmt.Fprintf(stderr, "sumber: %v\n", err)
		return 2
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "sumber: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	if err := c.run(args[1:], stdout, stderr); err != nil {
		if err == errUsage {
			return 2
		}
		fmt.Fprintf(stderr, "sumber %s: %v\n", c.name, err)
		return 1
	}
	return 0
}

// useActors makes the actors of a user's file (path "" for none) part of
// the gazetteer for this run.
func useActors(path string) error {
	if path == "" {
		return gazetteer.SetUserActors("", nil)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("actors file: %w", err)
	}
	return gazetteer.SetUserActors(path, data)
}

// newFlags returns a subcommand's flag set, writing to stderr; its usage
// prints "usage: " and usageLine, any further lines, then the flags.
func newFlags(name, usageLine string, stderr io.Writer, more ...string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: "+usageLine)
		for _, l := range more {
			fmt.Fprintln(stderr, l)
		}
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args and checks that between min and max positional
// arguments remain (max < 0: no upper bound). On a problem the usage has
// been printed and errUsage is returned.
func parseFlags(fs *flag.FlagSet, args []string, min, max int) error {
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if n := fs.NArg(); n < min || (max >= 0 && n > max) {
		fs.Usage()
		return errUsage
	}
	return nil
}

// errUsage means the flag package already printed the problem.
var errUsage = fmt.Errorf("usage")
