package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"time"

	"sumber"
)

// MetadataFile is the file beside a directory's texts that describes
// them, one JSON object per line, as the flat gold layout of sumber eval
// has it: {"id": "NAME", "lang": "id", "published": "2025-11-04"} for
// NAME.txt (or .html), with optional "url", "outlet" and "title". What a
// page states itself (its date, its address) wins over the file; the file
// wins over --published and --lang's absence.
const MetadataFile = "metadata.jsonl"

// fileMeta is one line of a MetadataFile.
type fileMeta struct {
	ID        string `json:"id"`
	Lang      string `json:"lang"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`

	published time.Time
}

// readMetadata reads dir's MetadataFile, keyed by id; a directory without
// one has none. Errors name the file and line.
func readMetadata(fsys fs.FS, dir string) (map[string]*fileMeta, error) {
	name := path.Join(dir, MetadataFile)
	data, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := map[string]*fileMeta{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var m fileMeta
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if m.ID == "" {
			return nil, fmt.Errorf("%s:%d: no \"id\" (the file's name without its extension)", name, n)
		}
		if m.Published != "" {
			t, err := parseDate(m.Published)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: published %q: want YYYY-MM-DD or an RFC 3339 time", name, n, m.Published)
			}
			m.published = t
		}
		out[m.ID] = &m
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

// apply gives doc what the metadata says and the page does not.
func (m *fileMeta) apply(doc *sumber.Document) {
	if doc.Published.IsZero() {
		doc.Published = m.published
	}
	if m.Lang != "" {
		doc.Lang = m.Lang
	}
	if m.URL != "" && (doc.URL == "" || strings.HasPrefix(doc.URL, "file://")) {
		doc.URL = m.URL
	}
	if m.Outlet != "" && doc.Outlet == "" {
		doc.Outlet = m.Outlet
	}
	if m.Title != "" {
		doc.Title = m.Title
	}
}
