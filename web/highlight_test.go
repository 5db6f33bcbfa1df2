package web

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHighlight checks nesting, crossing spans, code-point offsets and
// escaping.
func TestHighlight(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []hlSpan
		want  string
	}{
		{"none", "a <b> c", nil, "a &lt;b&gt; c"},
		{"one", "NIS said x", []hlSpan{{0, 3, "source", 1, "s"}},
			`<span class="hl hl-source" data-a="1" data-role="source" title="s" aria-label="s">NIS</span> said x`},
		{"nested", "A said B said C", []hlSpan{
			{7, 15, "content", 1, "c1"}, {0, 1, "source", 1, "s1"}, {2, 6, "cue", 1, "k1"},
			{7, 8, "source", 2, "s2"}, {9, 13, "cue", 2, "k2"}, {14, 15, "content", 2, "c2"}},
			`<span class="hl hl-source" data-a="1" data-role="source" title="s1" aria-label="s1">A</span> ` +
				`<span class="hl hl-cue" data-a="1" data-role="cue" id="a1" tabindex="0" title="k1" aria-label="k1">said</span> ` +
				`<span class="hl hl-content" data-a="1" data-role="content" title="c1" aria-label="c1">` +
				`<span class="hl hl-source" data-a="2" data-role="source" title="s2" aria-label="s2">B</span> ` +
				`<span class="hl hl-cue" data-a="2" data-role="cue" id="a2" tabindex="0" title="k2" aria-label="k2">said</span> ` +
				`<span class="hl hl-content" data-a="2" data-role="content" title="c2" aria-label="c2">C</span></span>`},
		{"crossing", "abcdef", []hlSpan{{0, 4, "content", 1, "x"}, {2, 6, "content", 2, "y"}},
			`<span class="hl hl-content" data-a="1" data-role="content" title="x" aria-label="x">ab` +
				`<span class="hl hl-content" data-a="2" data-role="content" title="y" aria-label="y">cd</span></span>` +
				`<span class="hl hl-content hl-cont" data-a="2" data-role="content" title="y" aria-label="y">ef</span>`},
		{"code points", "Triều Tiên nói", []hlSpan{{0, 10, "source", 1, "s"}, {11, 14, "cue", 1, "k"}},
			`<span class="hl hl-source" data-a="1" data-role="source" title="s" aria-label="s">Triều Tiên</span> ` +
				`<span class="hl hl-cue" data-a="1" data-role="cue" id="a1" tabindex="0" title="k" aria-label="k">nói</span>`},
		{"out of range", "abc", []hlSpan{{-5, 2, "source", 1, "s"}, {2, 99, "cue", 1, "k"}, {3, 3, "content", 1, "e"}},
			`<span class="hl hl-source" data-a="1" data-role="source" title="s" aria-label="s">ab</span>` +
				`<span class="hl hl-cue" data-a="1" data-role="cue" id="a1" tabindex="0" title="k" aria-label="k">c</span>`},
		{"hostile", `<script>"x"</script>`, []hlSpan{{0, 8, "source", 1, `"><script>alert(1)</script>`}},
			`<span class="hl hl-source" data-a="1" data-role="source" title="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" aria-label="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;</span>&#34;x&#34;&lt;/script&gt;`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := string(highlight(tc.text, tc.spans))
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			// Well formed, and the text survives.
			doc, err := html.Parse(strings.NewReader("<div>" + got + "</div>"))
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			var walk func(*html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.TextNode {
					b.WriteString(n.Data)
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			if b.String() != tc.text {
				t.Errorf("text %q, want %q", b.String(), tc.text)
			}
		})
	}
}

// TestHighlightLarge keeps many overlapping spans linear enough.
func TestHighlightLarge(t *testing.T) {
	text := strings.Repeat("The ministry said that 10 soldiers died. ", 400)
	var sp []hlSpan
	for i := 0; i < 400; i++ {
		o := i * 41
		sp = append(sp, hlSpan{o, o + 12, "source", int64(i), "s"}, hlSpan{o + 13, o + 17, "cue", int64(i), "k"}, hlSpan{o + 23, o + 40, "content", int64(i), "c"})
	}
	if n := strings.Count(string(highlight(text, sp)), `class="hl `); n != 1200 {
		t.Errorf("%d spans rendered", n)
	}
}

func TestFormatFigure(t *testing.T) {
	tests := []struct {
		v, lo, hi float64
		b         string
		want      string
	}{
		{10000, 10000, 10000, ">=", "≥ 10,000"},
		{1100, 1100, 1100, ">", "> 1,100"},
		{3000, 3000, 3000, "~", "≈ 3,000"},
		{550, 100, 999, "=", "100–999"},
		{1.5e6, 1.5e6, 1.5e6, "=", "1,500,000"},
		{2.25, 2.25, 2.25, "=", "2.25"},
		{50, 50, 50, "<=", "≤ 50"},
	}
	for _, tc := range tests {
		if got := fmtPoint(Point{Value: tc.v, Low: tc.lo, High: tc.hi, Bound: tc.b}); got != tc.want {
			t.Errorf("%v %s: %q, want %q", tc.v, tc.b, got, tc.want)
		}
	}
}

func TestPickLang(t *testing.T) {
	c, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"nav.ledger", "stance.neither", "kind.conflict"} {
		if c["id"][key] == "" || c["en"][key] == "" {
			t.Errorf("missing %s", key)
		}
	}
	tests := []struct{ accept, query, def, want string }{
		{"", "", "en", "en"},
		{"", "", "id", "id"},
		{"id-ID,id;q=0.9", "", "en", "id"},
		{"in", "", "en", "id"},
		{"fr,en;q=0.5,id;q=0.9", "", "en", "id"},
		{"fr", "", "en", "en"},
		{"id", "en", "en", "en"},
		{"", "xx", "en", "en"},
	}
	for _, tc := range tests {
		r := httptestRequest("/?lang="+tc.query, tc.accept)
		if got := c.pickLang(r, tc.def); got != tc.want {
			t.Errorf("%+v: %s", tc, got)
		}
	}
}
