package samples

import (
	"html"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"sumber/lang"
)

var (
	reTitle     = regexp.MustCompile(`(?s)<title>\s*([^<]*\S)\s*</title>`)
	rePublished = regexp.MustCompile(`<meta property="article:published_time" content="([^"]+)"`)
	reHTMLLang  = regexp.MustCompile(`<html lang="([a-z]{2})`)
	rePara      = regexp.MustCompile(`(?s)<p[^>]*>(.*?)</p>`)
	reTag       = regexp.MustCompile(`<[^>]+>`)
	reFeedLink  = regexp.MustCompile(`<link>http://127\.0\.0\.1/([^<]*)</link>`)
)

func pages(t *testing.T) []string {
	t.Helper()
	names, err := fs.Glob(FS, "*.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 7 || len(names) > 9 {
		t.Fatalf("%d sample pages, want 7–9", len(names))
	}
	return names
}

func TestPages(t *testing.T) {
	for _, name := range pages(t) {
		t.Run(name, func(t *testing.T) {
			data, err := FS.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(data) {
				t.Fatal("not valid UTF-8")
			}
			s := string(data)
			if m := reTitle.FindStringSubmatch(s); m == nil {
				t.Error("no <title>")
			}
			m := rePublished.FindStringSubmatch(s)
			if m == nil {
				t.Fatal("no article:published_time meta tag")
			}
			pub, err := time.Parse(time.RFC3339, m[1])
			if err != nil || pub.Year() != 2024 {
				t.Errorf("published time %q: %v", m[1], err)
			}
			for _, want := range []string{`property="og:title"`, `property="og:site_name"`, `rel="canonical"`} {
				if !strings.Contains(s, want) {
					t.Errorf("missing %s", want)
				}
			}
			// The article text is in the language the page declares.
			hl := reHTMLLang.FindStringSubmatch(s)
			if hl == nil {
				t.Fatal("no <html lang>")
			}
			var text strings.Builder
			for _, p := range rePara.FindAllStringSubmatch(s, -1) {
				text.WriteString(html.UnescapeString(reTag.ReplaceAllString(p[1], " ")))
				text.WriteString("\n")
			}
			if n := len(strings.Fields(text.String())); n < 250 {
				t.Errorf("only %d words of paragraph text", n)
			}
			code, conf := lang.Detect(text.String())
			t.Logf("%s %.2f", code, conf)
			if code != hl[1] {
				t.Errorf("Detect = %s (%.2f), page says %s", code, conf, hl[1])
			}
		})
	}
}

// One page declares its charset late, on purpose (see the package comment).
func TestLateCharset(t *testing.T) {
	data, err := FS.ReadFile("04-harbourherald-2024-11-13-apa-10000.html")
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(data), `<meta charset="utf-8">`)
	if i < 1024 {
		t.Fatalf("charset declared at byte %d, want after 1024", i)
	}
	if strings.Contains(string(data[:1024]), "charset") {
		t.Fatal("a charset mention within the first 1024 bytes")
	}
	if utf8.Valid(data) && !strings.ContainsRune(string(data), '’') {
		t.Fatal("the page should contain non-ASCII text for the edge case to matter")
	}
}

func TestFeedListsEveryPage(t *testing.T) {
	data, err := FS.ReadFile("feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	linked := map[string]bool{}
	for _, m := range reFeedLink.FindAllStringSubmatch(string(data), -1) {
		linked[m[1]] = true
	}
	for _, name := range pages(t) {
		if !linked[name] {
			t.Errorf("feed.xml does not link %s", name)
		}
		delete(linked, name)
	}
	for name := range linked {
		if name != "" {
			t.Errorf("feed.xml links %s, which is not bundled", name)
		}
	}
}
