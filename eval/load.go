package eval

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Layout names the way a gold set is stored on disk.
type Layout string

// The layouts Load understands.
const (
	// Flat is NAME.txt beside NAME.ann, with an optional metadata.jsonl.
	Flat Layout = "flat"
	// PolNeAR is text/NAME.txt and attributions/NAME_ANNOTATOR.ann, with
	// metadata.tsv in the set's directory or its parent.
	PolNeAR Layout = "polnear"
)

// Annotator choices for LoadOptions.Annotator.
const (
	// FirstAnnotator keeps, per article, the first annotator's version in
	// sorted order of annotator id.
	FirstAnnotator = "first"
	// AllAnnotators keeps every version as its own document.
	AllAnnotators = "all"
)

// LoadOptions controls Load.
type LoadOptions struct {
	// Annotator picks among several annotators' versions of an article
	// (PolNeAR): FirstAnnotator (the default when empty), AllAnnotators,
	// or an annotator id to keep only that annotator's versions.
	Annotator string
}

// Document is one gold document: its text, what is known about it and
// its gold attributions.
type Document struct {
	// Set is the directory the document was loaded from.
	Set string
	// Name is the text's file name without ".txt".
	Name string
	// Annotator is the annotator id of a PolNeAR version; empty for flat sets.
	Annotator string
	// AnnPath is the annotation file.
	AnnPath   string
	Lang      string
	Published time.Time
	Text      string
	Gold      []GoldAttribution
}

// Label names the document in reports: "NAME" or "NAME_ANNOTATOR".
func (d *Document) Label() string {
	if d.Annotator != "" {
		return d.Name + "_" + d.Annotator
	}
	return d.Name
}

// Set is one loaded gold set.
type Set struct {
	Dir    string
	Layout Layout
	// Annotator is the choice applied ("first", "all", an id; empty for flat sets).
	Annotator string
	Documents []*Document
	// Skipped counts articles or files left out (a text without
	// annotations, an annotation without text, another annotator's version).
	Skipped  int
	Warnings []Warning
}

// ErrNoSet is returned (wrapped) by Load when a directory holds neither layout.
var ErrNoSet = errors.New("not a gold set")

// DetectLayout says which layout dir is in.
func DetectLayout(dir string) (Layout, error) {
	if l := layoutOf(dir); l != "" {
		return l, nil
	}
	if !isDir(dir) {
		return "", fmt.Errorf("%s: no such directory", dir)
	}
	// Say which subdirectories would do.
	var subs []string
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if e.IsDir() && layoutOf(filepath.Join(dir, e.Name())) != "" {
			subs = append(subs, filepath.Join(dir, e.Name()))
		}
	}
	msg := "neither NAME.txt + NAME.ann files nor text/ and attributions/ directories"
	if len(subs) > 0 {
		msg += "; name the sets inside it instead: " + strings.Join(subs, " ")
	}
	return "", fmt.Errorf("%s: %w: %s", dir, ErrNoSet, msg)
}

// layoutOf returns dir's layout, or "" when it has none.
func layoutOf(dir string) Layout {
	if isDir(filepath.Join(dir, "text")) && isDir(filepath.Join(dir, "attributions")) {
		return PolNeAR
	}
	anns, _ := filepath.Glob(filepath.Join(dir, "*.ann"))
	for _, a := range anns {
		if isFile(strings.TrimSuffix(a, ".ann") + ".txt") {
			return Flat
		}
	}
	return ""
}

// Load reads the gold set in dir, detecting its layout.
func Load(dir string, opt LoadOptions) (*Set, error) {
	layout, err := DetectLayout(dir)
	if err != nil {
		return nil, err
	}
	if layout == Flat {
		return loadFlat(dir)
	}
	return loadPolNeAR(dir, opt)
}

func loadFlat(dir string) (*Set, error) {
	set := &Set{Dir: dir, Layout: Flat}
	meta, warns, err := readJSONLMeta(filepath.Join(dir, "metadata.jsonl"))
	if err != nil {
		return nil, err
	}
	set.Warnings = append(set.Warnings, warns...)
	txts, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(txts)
	for _, tp := range txts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		ap := strings.TrimSuffix(tp, ".txt") + ".ann"
		if !isFile(ap) {
			set.Skipped++
			set.Warnings = append(set.Warnings, Warning{File: tp, Msg: "no .ann beside it; skipped"})
			continue
		}
		d := &Document{Set: dir, Name: name, AnnPath: ap}
		if m, ok := meta[name]; ok {
			d.Lang, d.Published = m.lang, m.published
		}
		if err := readDoc(d, tp, set); err != nil {
			return nil, err
		}
		set.Documents = append(set.Documents, d)
	}
	anns, _ := filepath.Glob(filepath.Join(dir, "*.ann"))
	for _, ap := range anns {
		if !isFile(strings.TrimSuffix(ap, ".ann") + ".txt") {
			set.Skipped++
			set.Warnings = append(set.Warnings, Warning{File: ap, Msg: "no .txt beside it; skipped"})
		}
	}
	return set, nil
}

func loadPolNeAR(dir string, opt LoadOptions) (*Set, error) {
	choice := opt.Annotator
	if choice == "" {
		choice = FirstAnnotator
	}
	set := &Set{Dir: dir, Layout: PolNeAR, Annotator: choice}
	dates, warns, err := readTSVMeta(dir)
	if err != nil {
		return nil, err
	}
	set.Warnings = append(set.Warnings, warns...)

	anns, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	sort.Strings(anns)
	versions := map[string][]string{} // article name → annotators, sorted
	for _, ap := range anns {
		base := strings.TrimSuffix(filepath.Base(ap), ".ann")
		i := strings.LastIndex(base, "_")
		if i <= 0 {
			set.Skipped++
			set.Warnings = append(set.Warnings, Warning{File: ap, Msg: "name is not NAME_ANNOTATOR.ann; skipped"})
			continue
		}
		name, who := base[:i], base[i+1:]
		versions[name] = append(versions[name], who)
	}
	txts, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	sort.Strings(txts)
	seen := map[string]bool{}
	for _, tp := range txts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		seen[name] = true
		whos := versions[name]
		sort.Strings(whos)
		if len(whos) == 0 {
			set.Skipped++
			set.Warnings = append(set.Warnings, Warning{File: tp, Msg: "no annotations for this text; skipped"})
			continue
		}
		var keep []string
		switch choice {
		case FirstAnnotator:
			keep = whos[:1]
		case AllAnnotators:
			keep = whos
		default:
			for _, w := range whos {
				if w == choice {
					keep = append(keep, w)
				}
			}
		}
		set.Skipped += len(whos) - len(keep)
		var text *Document
		for _, who := range keep {
			d := &Document{
				Set: dir, Name: name, Annotator: who, Lang: "en",
				AnnPath:   filepath.Join(dir, "attributions", name+"_"+who+".ann"),
				Published: dates[name],
			}
			if text != nil {
				// Several versions of one article share its text.
				d.Text = text.Text
				if err := readGold(d, set); err != nil {
					return nil, err
				}
			} else if err := readDoc(d, tp, set); err != nil {
				return nil, err
			}
			text = d
			set.Documents = append(set.Documents, d)
		}
	}
	var orphans []string
	for name := range versions {
		if !seen[name] {
			orphans = append(orphans, name)
		}
	}
	sort.Strings(orphans)
	for _, name := range orphans {
		set.Skipped += len(versions[name])
		set.Warnings = append(set.Warnings, Warning{File: filepath.Join(dir, "attributions", name+"_*.ann"), Msg: "no text/" + name + ".txt; skipped"})
	}
	return set, nil
}

// readDoc reads the text at tp and the document's annotations.
func readDoc(d *Document, tp string, set *Set) error {
	b, err := os.ReadFile(tp)
	if err != nil {
		return err
	}
	d.Text = strings.TrimPrefix(string(b), "\ufeff")
	return readGold(d, set)
}

func readGold(d *Document, set *Set) error {
	b, err := os.ReadFile(d.AnnPath)
	if err != nil {
		return err
	}
	gold, warns := ParseAnn(string(b), d.Text, d.AnnPath)
	d.Gold = gold
	set.Warnings = append(set.Warnings, warns...)
	return nil
}

type docMeta struct {
	lang      string
	published time.Time
}

// readJSONLMeta reads metadata.jsonl: {"id", "lang", "published"} per line.
// A missing file is not an error.
func readJSONLMeta(path string) (map[string]docMeta, []Warning, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	meta := map[string]docMeta{}
	var warns []Warning
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var rec struct {
			ID        string  `json:"id"`
			Lang      string  `json:"lang"`
			Published *string `json:"published"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil || rec.ID == "" {
			warns = append(warns, Warning{File: path, Line: n, Msg: "malformed metadata line; skipped"})
			continue
		}
		m := docMeta{lang: rec.Lang}
		if rec.Published != nil && *rec.Published != "" {
			t, err := parseDate(*rec.Published)
			if err != nil {
				warns = append(warns, Warning{File: path, Line: n, Msg: fmt.Sprintf("bad published date %q", *rec.Published)})
			}
			m.published = t
		}
		meta[rec.ID] = m
	}
	return meta, warns, sc.Err()
}

// readTSVMeta reads publication dates by filename from metadata.tsv in
// dir or its parent. A missing file is not an error.
func readTSVMeta(dir string) (map[string]time.Time, []Warning, error) {
	path := filepath.Join(dir, "metadata.tsv")
	if !isFile(path) {
		path = filepath.Join(filepath.Dir(filepath.Clean(dir)), "metadata.tsv")
		if !isFile(path) {
			return nil, nil, nil
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		return nil, []Warning{{File: path, Msg: "unreadable header; dates unknown"}}, nil
	}
	fi, di := -1, -1
	for i, h := range head {
		switch strings.TrimSpace(h) {
		case "filename":
			fi = i
		case "publication_date":
			di = i
		}
	}
	if fi < 0 || di < 0 {
		return nil, []Warning{{File: path, Msg: "no filename or publication_date column; dates unknown"}}, nil
	}
	dates := map[string]time.Time{}
	var warns []Warning
	for n := 2; ; n++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			warns = append(warns, Warning{File: path, Line: n, Msg: err.Error()})
			continue
		}
		if len(rec) <= max(fi, di) {
			warns = append(warns, Warning{File: path, Line: n, Msg: "short row; skipped"})
			continue
		}
		name := strings.TrimSuffix(strings.TrimSpace(rec[fi]), ".txt")
		if _, ok := dates[name]; ok {
			continue
		}
		if t, err := parseDate(strings.TrimSpace(rec[di])); err == nil {
			dates[name] = t
		}
	}
	return dates, warns, nil
}

func parseDate(s string) (time.Time, error) {
	if len(s) > 10 {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t, nil
		}
		s = s[:10]
	}
	return time.Parse("2006-01-02", s)
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}
