package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"sumber/analyze"
	"sumber/gazetteer"
)

func init() {
	register(command{name: "actor", summary: "an actor's claims and stance over time, under all its names", run: runActor})
}

func runActor(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("actor", "sumber actor [--db DSN] [--members] [--format table|json] NAME", stderr, "  NAME in any language or alias: Pyongyang, Korut, Triều Tiên, NIS, \"the Pentagon\"…")
	db := dbFlag(fs)
	members := fs.Bool("members", false, "include the actors within it (the Pentagon and Zelensky's claims for a country)")
	format := fs.String("format", "table", "output: table or json")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() < 1 {
		fs.Usage()
		return errUsage
	}
	if *format != "table" && *format != "json" {
		return fmt.Errorf("--format %q: want table or json", *format)
	}
	name := strings.Join(fs.Args(), " ")
	a, closeFn, err := openAnalyzer(*db, false)
	if err != nil {
		return err
	}
	defer closeFn()
	act, cls, err := a.Actor(context.Background(), name, *members)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *format == "json" {
		if cls == nil {
			cls = []analyze.Claim{}
		}
		return analyze.WriteJSON(w, struct {
			Actor  any             `json:"actor"`
			Root   string          `json:"root"`
			Claims []analyze.Claim `json:"claims"`
		}{act, gazetteer.Root(act.ID), cls})
	}
	return analyze.WriteActor(w, act, cls)
}
