package ingest

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func cp1252(s string) []byte {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const text = "Café “quoted” – naïve"
	utf16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	padding := "<script>" + strings.Repeat("var x = 1; ", 150) + "</script>" // > 1024 bytes before <meta>
	tests := []struct {
		name        string
		body        []byte
		contentType string
		html        bool
		want        string // substring of the decoded text
		enc         string
	}{
		{"utf-8 plain", []byte(text), "", false, text, "utf-8"},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, text...), "text/plain; charset=windows-1252", false, text, "utf-8"},
		{"utf-16le bom", utf16le, "", false, text, "utf-16le"},
		{"header windows-1252", cp1252(text), "text/plain; charset=windows-1252", false, text, "windows-1252"},
		{"header iso-8859-1 read as windows-1252", cp1252(text), `text/html; charset="ISO-8859-1"`, true, text, "windows-1252"},
		{"meta charset", cp1252("<html><head><meta charset=windows-1252><title>x</title></head><body>" + text), "text/html", true, text, "windows-1252"},
		{"meta http-equiv", cp1252(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>` + text), "", true, text, "windows-1252"},
		{"meta after 1024 bytes", cp1252("<html><head>" + padding + "<meta charset=\"windows-1252\"></head><body>" + text), "", true, text, "windows-1252"},
		{"utf-8 meta after 1024 bytes", []byte("<html><head>" + padding + "<meta charset=\"utf-8\"></head><body>" + text), "", true, text, "utf-8"},
		{"meta in body ignored", []byte("<html><head></head><body>" + text + "<meta charset=windows-1252>"), "", true, text, "utf-8"},
		{"undeclared latin-1 sniffed", cp1252(text), "", false, text, "windows-1252"},
		{"mislabelled utf-8", []byte(text), "text/html; charset=iso-8859-1", true, text, "utf-8"},
		{"meta utf-16 means utf-8", []byte(`<meta charset="utf-16">` + text), "", true, text, "utf-8"},
		{"invalid utf-8 repaired", []byte("ok \xff\xfe bad utf-8 “x”"), "text/plain; charset=utf-8", false, "ok \uFFFD", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := Decode(tt.body, tt.contentType, tt.html)
			if !strings.Contains(got, tt.want) {
				t.Errorf("Decode = %q, want it to contain %q", got, tt.want)
			}
			if enc != tt.enc {
				t.Errorf("encoding = %q, want %q", enc, tt.enc)
			}
			if !strings.Contains(tt.name, "repaired") && strings.ContainsRune(got, '\uFFFD') {
				t.Errorf("replacement character in %q", got)
			}
		})
	}
}

func TestLooksBinary(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	if !LooksBinary(png) {
		t.Error("PNG not seen as binary")
	}
	if LooksBinary([]byte("<html><body>Halo</body></html>")) {
		t.Error("HTML seen as binary")
	}
	if LooksBinary([]byte{0xFF, 0xFE, 'a', 0, 'b', 0}) {
		t.Error("UTF-16 text seen as binary")
	}
}
