package ingest

import (
	"strings"
	"unicode/utf8"

	"sumber"
)

// maxTitleRunes caps a title taken from the first line of a text.
const maxTitleRunes = 200

// FromText reads a plain-text report: the charset is decoded (a byte
// order mark, the Content-Type charset, else UTF-8 or windows-1252),
// boilerplate paragraphs are dropped as in HTML, the title is the first
// line (clipped), the language is detected, and provenance lines are
// read (see Provenance). The text keeps one paragraph per line.
func FromText(body []byte, contentType, name string) (*sumber.Document, error) {
	text, _ := Decode(body, contentType, false)
	var dropped []string
	paras := paragraphs(text, mustRules(), &dropped)
	if len(paras) == 0 {
		return nil, ErrNoText
	}
	doc := &sumber.Document{URL: name, Text: strings.Join(paras, "\n")}
	doc.Title = paras[0]
	if utf8.RuneCountInString(doc.Title) > maxTitleRunes {
		doc.Title = string([]rune(doc.Title)[:maxTitleRunes-1]) + "…"
	}
	doc.Lang = detectLang(doc.Text)
	provenance(doc, dropped)
	return doc, nil
}
