package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sumber/ingest"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"sumber"
	"sumber/extract"
)

// maxExtractInput bounds what extract reads from one file or stdin.
const maxExtractInput = 64 << 20

func init() {
	register(command{name: "extract", summary: "extract attributions from one text (JSON Lines or a table)", run: runExtract})
}

func runExtract(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "sumber extract [--lang id|en|vi] [--published YYYY-MM-DD] [--format json|table] FILE|-", stderr)
	langFlag := fs.String("lang", "", "language of the text: id, en or vi (default: detect)")
	pub := fs.String("published", "", "publication date YYYY-MM-DD, anchors relative dates and years")
	format := fs.String("format", "json", "output format: json (JSON Lines) or table")
	if err := parseFlags(fs, args, 1, 1); err != nil {
		return err
	}
	opt := sumber.ExtractOptions{Lang: *langFlag}
	t, err := parsePublished(*pub)
	if err != nil {
		return err
	}
	opt.Published = t
	if *format != "json" && *format != "table" {
		return fmt.Errorf("--format %q: want json or table", *format)
	}
	text, err := readText(fs.Arg(0))
	if err != nil {
		return err
	}
	atts := extract.New().Extract(text, opt)
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *format == "table" {
		return writeTable(w, atts)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range atts {
		if err := enc.Encode(&atts[i]); err != nil {
			return err
		}
	}
	return nil
}

// readText reads a file or stdin ("-") as text: binary data is refused,
// and text that is not UTF-8 is decoded by its byte-order mark or as
// windows-1252 (the same rules as ingest), so offsets are in code points
// of what a reader sees.
func readText(name string) (string, error) {
	var r io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxExtractInput+1))
	if err != nil {
		return "", err
	}
	if len(b) > maxExtractInput {
		return "", fmt.Errorf("%s: larger than %d MiB", name, maxExtractInput>>20)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", fmt.Errorf("%s: empty input", name)
	}
	if ingest.LooksBinary(b) {
		return "", errors.New(name + ": looks like binary data, not text")
	}
	text, _ := ingest.Decode(b, "", false)
	return text, nil
}

func writeTable(w io.Writer, atts []sumber.Attribution) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tSOURCE\tACTOR\tCUE\tSTANCE\tVIA\tDATE\tFIGURES\tCONTENT\tRULE")
	for i, a := range atts {
		date := ""
		if a.Date != nil {
			date = a.Date.Value
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, clip(a.Source.Text, 30), clip(a.Actor, 24), clip(a.Cue.Text, 24),
			stanceString(a), viaString(a), date, figuresString(a), clip(a.Content.Text, 70), a.Rule)
	}
	return tw.Flush()
}

// figureString renders a figure the way the gold notes write it:
// "> 1000 troops killed-or-wounded".
func figureString(f sumber.Figure) string {
	v := trimFloat(f.Value)
	if f.Low != f.High {
		v = trimFloat(f.Low) + "-" + trimFloat(f.High)
	}
	s := string(f.Bound) + " " + v
	if f.Unit != "" {
		s += " " + f.Unit
	}
	if f.Measure != "" {
		s += " " + f.Measure
	}
	return s
}

func trimFloat(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.3f", v), "0"), ".")
}

// clip shortens s to n runes for a table cell, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// parsePublished reads a --published flag: YYYY-MM-DD, or "" for none.
func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--published %q: want YYYY-MM-DD", s)
	}
	return t, nil
}
