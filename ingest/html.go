package ingest

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"sumber"
	"sumber/lang"
)

// minArticleRunes is the main text length below which readability's
// result is distrusted and the whole body is read instead.
const minArticleRunes = 150

// FromHTML reads a news page: it decodes the charset (see Decode), takes
// the main text with readeck's go-readability after removing captions
// and related-link blocks, drops boilerplate paragraphs (comment
// counters, share buttons, photo credits, copyright lines: the phrases
// in lang/*/boilerplate.tsv), and reads the metadata: title, outlet,
// author, publication time with its zone, canonical URL, language, and
// the provenance (DerivedFrom, Wire; see Provenance).
//
// The text has one paragraph per line. pageURL, when known, resolves
// relative links and names the outlet when the page does not. The
// returned document has no attributions, hash or id yet.
func FromHTML(body []byte, contentType, pageURL string) (*sumber.Document, error) {
	text, _ := Decode(body, contentType, true)
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	base, _ := url.Parse(pageURL)
	if base != nil && base.Scheme == "" {
		base = nil
	}
	gq := goquery.NewDocumentFromNode(root)
	doc := readMeta(gq, base)
	doc.URL = pageURL

	r := mustRules()
	prune(root, r)
	var paras, dropped []string
	p := readability.NewParser()
	p.CharThresholds = 300
	if art, err := p.ParseDocument(root, base); err == nil && art.Node != nil {
		paras = paragraphs(render.InnerText(art.Node), r, &dropped)
		if doc.Author == "" {
			doc.Author = cleanAuthor(art.Byline())
		}
		if doc.Published.IsZero() {
			if t, err := art.PublishedTime(); err == nil {
				doc.Published = t
			}
		}
		if doc.Title == "" {
			doc.Title = clean(art.Title())
		}
	}
	if runes(paras) < minArticleRunes {
		// readability gave up or chose a fragment: read the body of the
		// pruned page, without navigation.
		var fbDropped []string
		if body := fallbackText(gq, &fbDropped); runes(body) > runes(paras) {
			paras, dropped = body, fbDropped
		}
	}
	paras = dropTitle(paras, doc.Title)
	if len(paras) == 0 {
		return nil, ErrNoText
	}
	doc.Text = strings.Join(paras, "\n")
	provenance(doc, dropped)
	if doc.Lang == "" || doc.Lang == "und" {
		doc.Lang = detectLang(doc.Title + "\n" + doc.Text)
	} else if code, conf := lang.Detect(doc.Text); code != doc.Lang && code != "und" && conf >= 0.9 && lang.Has(code, "cues.tsv") {
		// Templates often declare the site's language, not the article's.
		doc.Lang = code
	}
	return doc, nil
}

func detectLang(text string) string {
	code, _ := lang.Detect(text)
	if code == "" {
		return "und"
	}
	return code
}

// prune removes what is never article text: scripts, styles, forms,
// figure captions (photo credits), and the containers of related-link
// blocks that start with a label from boilerplate.tsv.
func prune(root *html.Node, r *rules) {
	var kill []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg,
				atom.Form, atom.Button, atom.Figcaption, atom.Select, atom.Input, atom.Textarea:
				kill = append(kill, n)
				return
			}
			if hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" {
				kill = append(kill, n)
				return
			}
		}
		if n.Type == html.TextNode {
			if r.blockLabel(n.Data) != "" {
				if c := blockContainer(n); c != nil {
					kill = append(kill, c)
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, n := range kill {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// blockContainer returns the largest ancestor of a label's text node
// that holds little besides the label and links: the whole "Baca juga"
// box, or the paragraph "Read more: <a>…</a>". Nil when even the
// nearest block holds real text (the label is then part of a sentence).
func blockContainer(label *html.Node) *html.Node {
	labelLen := utf8.RuneCountInString(strings.TrimSpace(label.Data))
	var best *html.Node
	for n := label.Parent; n != nil && n.Type == html.ElementNode; n = n.Parent {
		switch n.DataAtom {
		case atom.Body, atom.Html, atom.Main, atom.Article:
			return best
		}
		all, linked := textLens(n)
		if all-linked-labelLen > 40 {
			return best
		}
		best = n
	}
	return best
}

// textLens counts the non-space runes of n's text, and of the part
// inside links.
func textLens(n *html.Node) (all, linked int) {
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			k := 0
			for _, r := range n.Data {
				if !unicode.IsSpace(r) {
					k++
				}
			}
			all += k
			if inLink {
				linked += k
			}
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			inLink = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return all, linked
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// paragraphs splits rendered text into trimmed paragraphs, one per
// line, without boilerplate; the boilerplate lines are appended to
// dropped (when not nil), for provenance.
func paragraphs(text string, r *rules, dropped *[]string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = clean(line)
		if line == "" {
			continue
		}
		if r.isBoilerplate(line) {
			if dropped != nil {
				*dropped = append(*dropped, line)
			}
			continue
		}
		out = append(out, line)
	}
	return out
}

// clean collapses white space (including no-break spaces) to single
// spaces and trims.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
	}), " ")
}

func runes(paras []string) int {
	n := 0
	for _, p := range paras {
		n += utf8.RuneCountInString(p)
	}
	return n
}

// fallbackText reads the paragraphs of the page body, without
// navigation, headers, footers and asides.
func fallbackText(gq *goquery.Document, dropped *[]string) []string {
	body := gq.Find("body").First()
	if body.Length() == 0 {
		body = gq.Selection
	}
	body = body.Clone()
	body.Find("nav, header, footer, aside, menu, [role=navigation], [role=banner], [role=contentinfo]").Remove()
	var b strings.Builder
	for _, n := range body.Nodes {
		b.WriteString(render.InnerText(n))
		b.WriteString("\n")
	}
	return paragraphs(b.String(), mustRules(), dropped)
}

// dropTitle removes a leading paragraph that repeats the title.
func dropTitle(paras []string, title string) []string {
	if len(paras) > 0 && title != "" && strings.EqualFold(paras[0], title) {
		return paras[1:]
	}
	return paras
}

// readMeta reads a page's metadata from its head, JSON-LD and markup.
func readMeta(gq *goquery.Document, base *url.URL) *sumber.Document {
	d := &sumber.Document{}
	meta := func(keys ...string) string {
		for _, k := range keys {
			var v string
			gq.Find("meta").EachWithBreak(func(_ int, s *goquery.Selection) bool {
				name := strings.ToLower(s.AttrOr("property", s.AttrOr("name", s.AttrOr("itemprop", ""))))
				if name == k {
					v = clean(s.AttrOr("content", ""))
				}
				return v == ""
			})
			if v != "" {
				return v
			}
		}
		return ""
	}
	ld := readJSONLD(gq)

	d.Outlet = firstNonEmpty(meta("og:site_name"), ld.publisher, meta("application-name"), meta("twitter:site"))
	d.Outlet = strings.TrimPrefix(d.Outlet, "@")
	if d.Outlet == "" && base != nil {
		d.Outlet = strings.TrimPrefix(base.Hostname(), "www.")
	}

	title := firstNonEmpty(meta("og:title", "twitter:title"), ld.headline)
	if title == "" {
		title = stripSiteSuffix(clean(gq.Find("title").First().Text()), d.Outlet)
	}
	if title == "" {
		title = clean(gq.Find("h1").First().Text())
	}
	d.Title = title

	author := meta("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
	if strings.HasPrefix(author, "http") {
		author = ""
	}
	d.Author = cleanAuthor(firstNonEmpty(author, ld.author))

	for _, s := range []string{
		meta("article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
			"publish-date", "dc.date.issued", "dc.date", "date", "parsely-pub-date", "sailthru.date", "dcterms.created"),
		ld.published,
		gq.Find("article time[datetime], time[itemprop=datePublished], time[datetime]").First().AttrOr("datetime", ""),
	} {
		if t, ok := parseTime(s); ok {
			d.Published = t
			break
		}
	}

	canon := gq.Find("link[rel=canonical]").First().AttrOr("href", "")
	if canon == "" {
		canon = meta("og:url")
	}
	d.CanonicalURL = absURL(base, canon)

	code := gq.Find("html").First().AttrOr("lang", gq.Find("html").First().AttrOr("xml:lang", ""))
	if code == "" {
		code = meta("content-language", "og:locale", "language", "dc.language")
	}
	d.Lang = langCode(code)
	return d
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// langCode reduces "en-GB", "id_ID", "vi-VN" to "en", "id", "vi"; "in"
// (the old code for Indonesian) becomes "id".
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	if s == "in" {
		return "id"
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

// stripSiteSuffix removes " | Outlet", " - Outlet", " – Outlet" from a
// <title>.
func stripSiteSuffix(title, outlet string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			tail := strings.TrimSpace(title[i+len(sep):])
			if outlet == "" || strings.EqualFold(tail, outlet) || utf8.RuneCountInString(tail) <= 30 {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// cleanAuthor drops "By " and surrounding noise from a byline.
func cleanAuthor(s string) string {
	s = clean(s)
	for _, p := range []string{"By ", "by ", "Oleh ", "oleh ", "Penulis: ", "Tác giả: "} {
		s = strings.TrimPrefix(s, p)
	}
	for _, sep := range []string{" · ", " | ", " • ", " - "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	if utf8.RuneCountInString(s) > 100 {
		return ""
	}
	return s
}

// absURL resolves ref against base and keeps it only when it is an
// absolute http(s) URL.
func absURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// timeLayouts are the publication time formats pages use, most precise
// first. Layouts without a zone give UTC.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
}

// parseTime reads a publication time, keeping its zone offset.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// ldInfo is what sumber reads from JSON-LD.
type ldInfo struct {
	headline, author, publisher, published string
}

// readJSONLD reads the first NewsArticle-like object of the page's
// JSON-LD blocks, looking into arrays and @graph.
func readJSONLD(gq *goquery.Document) ldInfo {
	var info ldInfo
	gq.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return true
		}
		var objs []map[string]any
		var collect func(v any)
		collect = func(v any) {
			switch x := v.(type) {
			case []any:
				for _, e := range x {
					collect(e)
				}
			case map[string]any:
				objs = append(objs, x)
				if g, ok := x["@graph"]; ok {
					collect(g)
				}
			}
		}
		collect(v)
		for _, o := range objs {
			if _, ok := o["datePublished"]; !ok {
				if _, ok := o["headline"]; !ok {
					continue
				}
			}
			info.headline = clean(ldString(o["headline"]))
			info.published = ldString(o["datePublished"])
			info.author = ldName(o["author"])
			info.publisher = ldName(o["publisher"])
			return false
		}
		return true
	})
	return info
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// ldName reads a schema.org Person or Organization (or a list of them,
// or a bare string) as names joined by ", ".
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return clean(x)
	case map[string]any:
		return clean(ldString(x["name"]))
	case []any:
		var names []string
		for _, e := range x {
			if n := ldName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}
