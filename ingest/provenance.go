package ingest

import (
	"net"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"sumber"
)

// derivedScanParas is how many leading paragraphs are searched for "X
// reports, citing Y" and "Dilansir dari X".
const derivedScanParas = 3

var (
	urlRe = regexp.MustCompile(`https?://[^\s<>"')\]]+`)
	// wireParen finds "(AFP)", "(APA/ant)", "(Reuters) -".
	wireParen = regexp.MustCompile(`\(([\p{L}][\p{L} .-]{0,40}?)(?:/[^)]{0,20})?\)`)
	// wireTail finds "— Reuters" or "- AFP" closing a paragraph.
	wireTail = regexp.MustCompile(`(?:^|\s)[-—–]\s*([\p{L}][\p{L} .-]{0,40}?)\.?$`)
)

// Provenance records where a report comes from, reading doc.Text,
// doc.Author and the URLs:
//
//   - a line "Sumber: URL", "Source: …", "Nguồn: …" (labels from
//     boilerplate.tsv) adds the URL, or the outlet named, to DerivedFrom;
//     the line stays in the text, which is kept faithful to the page;
//   - "Artikel ini telah tayang di X", "X reported, citing …", "Dilansir
//     dari X," in the first paragraphs add X;
//   - a canonical URL on another site than the page (syndication) adds
//     the canonical URL;
//   - a wire credit — a dateline "SEOUL, Nov. 13 (APA) —", "(AFP)" in
//     the first or last paragraph, "— Reuters" closing the text, or a
//     byline that is an agency — sets Wire to the agency's canonical name.
//
// Entries already in DerivedFrom are kept; duplicates are not added.
func Provenance(doc *sumber.Document) { provenance(doc, nil) }

// provenance is Provenance that also reads boilerplate lines dropped from
// the text ("Như Tâm (theo AFP)", "Artikel ini telah tayang di …") with
// the derived patterns.
func provenance(doc *sumber.Document, dropped []string) {
	r := mustRules()
	paras := strings.Split(doc.Text, "\n")
	add := func(v string) {
		v = strings.TrimRight(strings.TrimSpace(v), ".,;")
		if v == "" || utf8.RuneCountInString(v) > 500 || sameURL(v, doc.URL) || sameURL(v, doc.CanonicalURL) && hostOf(v) == hostOf(doc.URL) {
			return
		}
		for _, have := range doc.DerivedFrom {
			if strings.EqualFold(have, v) {
				return
			}
		}
		doc.DerivedFrom = append(doc.DerivedFrom, v)
	}
	for _, p := range paras {
		label, rest := sourceLine(p, r)
		if label == "" {
			continue
		}
		if urls := urlRe.FindAllString(rest, -1); len(urls) > 0 {
			for _, u := range urls {
				add(u)
			}
		} else if name := strings.TrimSpace(rest); name != "" && utf8.RuneCountInString(name) <= 80 {
			add(name)
			if w := r.wire(name); w != "" && doc.Wire == "" {
				doc.Wire = w
			}
		}
	}
	for i, p := range paras {
		if i >= derivedScanParas && i < len(paras)-2 {
			continue // the top, and the closing lines ("Artikel ini telah tayang di …")
		}
		for _, re := range r.derived {
			if m := re.FindStringSubmatch(p); m != nil {
				add(m[re.SubexpIndex("outlet")])
			}
		}
	}
	for _, p := range dropped {
		for _, re := range r.derived {
			if m := re.FindStringSubmatch(p); m != nil {
				add(m[re.SubexpIndex("outlet")])
			}
		}
	}
	if syndicated(doc.URL, doc.CanonicalURL) {
		add(doc.CanonicalURL)
	}
	if doc.Wire == "" {
		doc.Wire = findWire(doc, paras, r)
	}
}

// sourceLine splits "Sumber: https://…" into its label and the rest; the
// label is "" when p is not a provenance line.
func sourceLine(p string, r *rules) (label, rest string) {
	if utf8.RuneCountInString(p) > 400 {
		return "", ""
	}
	lp := strings.ToLower(p)
	for _, l := range r.sources {
		if !strings.HasPrefix(lp, l) {
			continue
		}
		tail := strings.TrimLeft(p[len(l):], " ")
		if strings.HasPrefix(tail, ":") {
			return l, strings.TrimSpace(tail[1:])
		}
	}
	return "", ""
}

// findWire looks for a wire credit in the dateline, the first and last
// paragraphs, and the byline.
func findWire(doc *sumber.Document, paras []string, r *rules) string {
	if len(paras) > 0 {
		first := paras[0]
		head := first
		if len(head) > 200 {
			head = head[:200]
		}
		for _, m := range wireParen.FindAllStringSubmatch(head, -1) {
			if w := r.wire(m[1]); w != "" {
				return w
			}
		}
	}
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-2; i-- {
		p := paras[i]
		if m := wireTail.FindStringSubmatch(p); m != nil {
			if w := r.wire(m[1]); w != "" {
				return w
			}
		}
		if m := wireParen.FindAllStringSubmatch(p, -1); m != nil {
			last := m[len(m)-1]
			if strings.HasSuffix(strings.TrimRight(p, ". "), last[0]) {
				if w := r.wire(last[1]); w != "" {
					return w
				}
			}
		}
	}
	for _, a := range strings.Split(doc.Author, ",") {
		if w := r.wire(a); w != "" {
			return w
		}
	}
	return ""
}

func hostOf(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// syndicated reports a canonical URL on another site than the page was
// fetched from: the page republishes the canonical one. Subdomains of
// one site (m., amp., www.) do not count, nor pages fetched from an IP
// address or localhost (mirrors, tests).
func syndicated(pageURL, canonical string) bool {
	if canonical == "" || !strings.HasPrefix(pageURL, "http") {
		return false
	}
	h := hostOf(pageURL)
	if h == "" || h == "localhost" || net.ParseIP(h) != nil {
		return false
	}
	c := hostOf(canonical)
	return c != "" && site(c) != site(h)
}

// site approximates the registrable domain: the last two labels, or
// three under a two-letter country domain with a short second level
// ("kompas.co.id", "vnexpress.com.vn", "bbc.co.uk").
func site(host string) string {
	labels := strings.Split(host, ".")
	n := 2
	if len(labels) >= 3 && len(labels[len(labels)-1]) == 2 && len(labels[len(labels)-2]) <= 3 {
		n = 3
	}
	if len(labels) <= n {
		return host
	}
	return strings.Join(labels[len(labels)-n:], ".")
}

func sameURL(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	norm := func(s string) string {
		s = strings.TrimSuffix(strings.ToLower(s), "/")
		s = strings.TrimPrefix(s, "https://")
		s = strings.TrimPrefix(s, "http://")
		return strings.TrimPrefix(s, "www.")
	}
	return norm(a) == norm(b)
}
