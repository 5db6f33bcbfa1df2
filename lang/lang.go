// Package lang holds the per-language lexicons as data files embedded in
// the binary: one directory per language code (id, en, vi), one TSV file
// per concern (cues.tsv, numbers.tsv, dates.tsv, sentences.tsv …). Adding
// a language is adding a directory and its tests; no code changes.
//
// TSV files are UTF-8, tab-separated; blank lines and lines starting with
// '#' are comments.
package lang

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed */*.tsv
var files embed.FS

// Codes lists the languages that have a lexicon directory, sorted.
func Codes() []string {
	entries, _ := fs.ReadDir(files, ".")
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}

// Has reports whether a file exists for the language.
func Has(code, name string) bool {
	_, err := fs.Stat(files, code+"/"+name)
	return err == nil
}

// Row is one data line of a TSV lexicon, with its line number for error
// messages and for explaining which entry fired.
type Row struct {
	Line   int
	Fields []string
}

// Field returns field i, or "" when the row is shorter.
func (r Row) Field(i int) string {
	if i < len(r.Fields) {
		return r.Fields[i]
	}
	return ""
}

// ReadTSV reads code/name and returns its data rows, fields trimmed.
func ReadTSV(code, name string) ([]Row, error) {
	data, err := files.ReadFile(code + "/" + name)
	if err != nil {
		return nil, fmt.Errorf("lang: %s/%s: %w", code, name, err)
	}
	return ParseTSV(data), nil
}

// ParseTSV parses TSV lexicon data (see the package comment).
func ParseTSV(data []byte) []Row {
	var rows []Row
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		rows = append(rows, Row{Line: n, Fields: fields})
	}
	return rows
}
