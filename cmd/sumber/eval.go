package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"sumber"
	"sumber/eval"
	"sumber/extract"
)

func init() {
	register(command{name: "eval", summary: "score the extractor against gold BRAT annotations", run: runEval})
}

// newEvalExtractor is the extractor under test; tests replace it.
var newEvalExtractor = func() sumber.Extractor { return extract.New() }

func runEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write the scores as JSON")
	annotator := fs.String("annotator", eval.FirstAnnotator,
		"PolNeAR articles with several annotators' versions: `first|all|ID` (first in sorted order, each version as its own document, or only annotator ID)")
	errorsFile := fs.String("errors", "", "write a per-document dump of misses, spurious predictions and wrong spans to `FILE` (- for stdout)")
	entriesFile := fs.String("entries", "", "write cue precision per rule and per lexicon entry to `FILE` (- for stdout)")
	agreement := fs.Bool("agreement", false, "score annotators against each other instead of the extractor: each article's later versions against its first (implies --annotator all)")
	verbose := fs.Bool("v", false, "print every annotation warning, not just a count")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: sumber eval [--json] [--annotator first|all|ID] [--errors FILE] [--entries FILE] [--agreement] [-v] DIR...")
		fmt.Fprintln(stderr, "\nScores the extractor against gold BRAT annotations. Each DIR is one set:")
		fmt.Fprintln(stderr, "flat (NAME.txt + NAME.ann, optional metadata.jsonl) or PolNeAR (text/ and")
		fmt.Fprintln(stderr, "attributions/, metadata.tsv in DIR or its parent). Sets are pooled.")
		fmt.Fprintln(stderr)
		fs.PrintDefaults()
	}
	// Allow flags after DIR arguments too.
	var dirs []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil
			}
			return errUsage
		}
		if fs.NArg() == 0 {
			break
		}
		dirs = append(dirs, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(dirs) == 0 {
		fs.Usage()
		return errUsage
	}
	if *annotator == "" {
		fmt.Fprintln(stderr, "sumber eval: --annotator must be first, all or an annotator id")
		return errUsage
	}

	var docs []*eval.Document
	var sets []*eval.Set
	nwarn := 0
	for _, dir := range dirs {
		choice := *annotator
		if *agreement {
			choice = eval.AllAnnotators
		}
		set, err := eval.Load(dir, eval.LoadOptions{Annotator: choice})
		if err != nil {
			return err
		}
		sets = append(sets, set)
		docs = append(docs, set.Documents...)
		nwarn += len(set.Warnings)
		if *verbose {
			for _, w := range set.Warnings {
				fmt.Fprintln(stderr, "warning:", w)
			}
		}
	}
	if nwarn > 0 && !*verbose {
		fmt.Fprintf(stderr, "sumber eval: %d annotation warnings (malformed or inconsistent lines skipped or repaired); -v lists them\n", nwarn)
	}

	var rep *eval.Report
	if *agreement {
		rep = eval.Agreement(docs)
		fmt.Fprintf(stdout, "annotator agreement: %d later versions scored against their article's first\n", len(rep.Docs))
	} else {
		rep = eval.Score(newEvalExtractor(), docs, eval.ScoreOptions{})
	}

	if *errorsFile != "" {
		if err := evalWriteTo(*errorsFile, stdout, rep.WriteErrors); err != nil {
			return err
		}
	}
	if *entriesFile != "" {
		if err := evalWriteTo(*entriesFile, stdout, rep.WriteEntries); err != nil {
			return err
		}
	}
	if *asJSON {
		out := struct {
			eval.JSON
			Sets     []evalSetJSON        `json:"sets"`
			Warnings int                  `json:"warnings"`
			ByLang   map[string]eval.JSON `json:"by_lang"`
		}{rep.Scores.JSON(), nil, nwarn, map[string]eval.JSON{}}
		for l, sc := range rep.ByLang() {
			out.ByLang[l] = sc.JSON()
		}
		for _, s := range sets {
			out.Sets = append(out.Sets, evalSetJSON{s.Dir, string(s.Layout), s.Annotator, len(s.Documents), s.Skipped})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, s := range sets {
		fmt.Fprintf(stdout, "set %s: %s layout, %d document%s%s\n", s.Dir, s.Layout, len(s.Documents), evalPlural(len(s.Documents)), evalAnnotatorNote(s))
	}
	fmt.Fprintln(stdout)
	if err := rep.Scores.WriteTable(stdout); err != nil {
		return err
	}
	return rep.WriteLangTable(stdout)
}

// evalSetJSON describes one loaded set in the JSON output's extra keys.
type evalSetJSON struct {
	Dir       string `json:"dir"`
	Layout    string `json:"layout"`
	Annotator string `json:"annotator,omitempty"`
	Documents int    `json:"documents"`
	Skipped   int    `json:"skipped"`
}

func evalAnnotatorNote(s *eval.Set) string {
	var b strings.Builder
	switch s.Annotator {
	case "":
	case eval.FirstAnnotator:
		b.WriteString(", scored against the first annotator (sorted by id) of each article")
	case eval.AllAnnotators:
		b.WriteString(", every annotator's version scored as its own document")
	default:
		fmt.Fprintf(&b, ", only annotator %s's versions", s.Annotator)
	}
	if s.Skipped > 0 {
		fmt.Fprintf(&b, " (%d files or versions left out)", s.Skipped)
	}
	return b.String()
}

// evalWriteTo runs write on stdout for "-" or on a new file at path.
func evalWriteTo(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "-" {
		return write(stdout)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func evalPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
