package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// metaScanLimit is how far into a page Decode looks for <meta charset>.
// Browsers stop at 1024 bytes; real pages put scripts, styles and
// preload links first and declare their charset later, so we look
// further, up to the end of <head>.
const metaScanLimit = 64 << 10

// Decode turns body into valid UTF-8 and names the encoding it read.
// The encoding is, in order: a byte order mark; the charset of the
// Content-Type header; for HTML, a <meta charset> or http-equiv
// declaration anywhere in <head> (not only the first 1024 bytes); UTF-8
// when the bytes are valid UTF-8; windows-1252 otherwise (what browsers
// do for ISO-8859-1 too). A declared single-byte charset is overridden
// when the body is valid UTF-8 with non-ASCII letters, a common
// misconfiguration. Bytes invalid in the chosen encoding become U+FFFD.
func Decode(body []byte, contentType string, isHTML bool) (text string, encName string) {
	if enc, name, n := bomEncoding(body); enc != nil {
		return decodeWith(enc, body[n:]), name
	}
	_, label := splitContentType(contentType)
	fromMeta := false
	if label == "" && isHTML {
		label, fromMeta = metaCharset(body), true
	}
	if label != "" {
		if enc, name := charset.Lookup(label); enc != nil {
			switch {
			case name == "utf-8":
				return validUTF8(body), "utf-8"
			case strings.HasPrefix(name, "utf-16") && fromMeta:
				// A <meta> cannot declare UTF-16 (it would not be
				// readable as ASCII); treat it as UTF-8 as browsers do.
				return validUTF8(body), "utf-8"
			case singleByte(name) && utf8.Valid(body) && hasNonASCII(body):
				return string(body), "utf-8"
			}
			return decodeWith(enc, body), name
		}
	}
	if utf8.Valid(body) {
		return string(body), "utf-8"
	}
	return decodeWith(charmap.Windows1252, body), "windows-1252"
}

func bomEncoding(b []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", 2
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", 2
	}
	return nil, "", 0
}

// singleByte reports whether a WHATWG encoding name is a single-byte
// encoding, where valid UTF-8 with non-ASCII bytes is almost certainly
// a mislabelled UTF-8 page.
func singleByte(name string) bool {
	switch {
	case strings.HasPrefix(name, "windows-125"), strings.HasPrefix(name, "iso-8859-"),
		strings.HasPrefix(name, "koi8"), name == "macintosh", name == "ibm866", name == "windows-874", name == "x-mac-cyrillic":
		return true
	}
	return false
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

func decodeWith(enc encoding.Encoding, b []byte) string {
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return validUTF8(b)
	}
	return validUTF8(out)
}

// validUTF8 returns b as a string with invalid sequences replaced by
// U+FFFD.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// splitContentType returns the media type and the charset parameter of a
// Content-Type value.
func splitContentType(ct string) (mt, cs string) {
	mt = mediaType(ct)
	lower := strings.ToLower(ct)
	if i := strings.Index(lower, "charset="); i >= 0 {
		cs = strings.TrimSpace(ct[i+len("charset="):])
		if j := strings.IndexAny(cs, "; "); j >= 0 {
			cs = cs[:j]
		}
		cs = strings.Trim(cs, `"'`)
	}
	return mt, cs
}

// metaCharset finds the charset declared by <meta charset> or <meta
// http-equiv="Content-Type" content="…; charset=…"> in the page's head,
// reading at most metaScanLimit bytes.
func metaCharset(body []byte) string {
	if len(body) > metaScanLimit {
		body = body[:metaScanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				var cs, equiv, content string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch strings.ToLower(string(k)) {
					case "charset":
						cs = string(v)
					case "http-equiv":
						equiv = strings.ToLower(string(v))
					case "content":
						content = string(v)
					}
				}
				if cs != "" {
					return strings.TrimSpace(cs)
				}
				if equiv == "content-type" {
					if _, c := splitContentType(content); c != "" {
						return c
					}
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return ""
			}
		}
	}
}
