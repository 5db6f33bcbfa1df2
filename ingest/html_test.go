package ingest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sumber/samples"

	"sumber/internal/golden"
)

// boilerplate lists strings that must never reach the main text.
var boilerplate = []string{
	"Komentar (", "Bình luận (", "Comments (", "Baca juga", "Lihat Juga", "Read more", "Tin liên quan", "Related",
	"Bagikan", "Chia sẻ", "Share on", "Facebook", "WhatsApp", "Copyright", "©", "All rights reserved",
	"Foto:", "Ảnh:", "Photo:", "Terpopuler", "Beranda", "Subscribe", "Tag:", "(dna/dna)", "Reporting by",
	"Rusia Bantah Pakai Tentara Asing", "Harga Emas", "Explainer:", "Nga và Triều Tiên ký hiệp ước",
	"Chủ nhật, 29/12/2024", "Mọi quyền", "Pedoman Media Siber", "cookies",
}

func TestFromHTMLFixtures(t *testing.T) {
	tests := []struct {
		file, url                   string
		title, outlet, author, lang string
		published, canonical, wire  string
		derived                     []string
		contains                    []string
	}{
		{
			file: "id-warta.html", url: "https://www.wartakini.example/internasional/d-7612345/korsel-sebut-ribuan-tentara-korut-dikirim-ke-rusia?utm_source=x",
			title: "Korsel Sebut Ribuan Tentara Korut Dikirim ke Rusia", outlet: "WartaKini", author: "Dewi Anggraini", lang: "id",
			published: "2024-10-25T14:32:10+07:00",
			canonical: "https://www.wartakini.example/internasional/d-7612345/korsel-sebut-ribuan-tentara-korut-dikirim-ke-rusia",
			wire:      "Antara", derived: []string{"Antara"},
			contains: []string{
				"Jakarta (ANTARA) - Badan Intelijen Nasional Korea Selatan (NIS) mengatakan bahwa sekitar 3.000 tentara",
				"Kementerian Luar Negeri Rusia membantah laporan tersebut.",
				"Presiden Ukraina Volodymyr Zelensky mengklaim sekitar 10.000 tentara",
				"Sumber: Antara",
			},
		},
		{
			file: "en-syndicated.html", url: "https://www.gulfdaily.example/world/seoul-says-north-korean-casualties-top-1100",
			title: "Seoul says North Korean casualties top 1,100", outlet: "Gulf Daily Standard", author: "Jack Kim and Hyonhee Shin", lang: "en",
			published: "2024-12-23T11:41:00+09:00",
			canonical: "https://www.reuters.example/world/asia-pacific/seoul-says-north-korean-casualties-top-1100-2024-12-23/",
			wire:      "Reuters",
			derived:   []string{"https://www.reuters.example/world/asia-pacific/seoul-says-north-korean-casualties-top-1100-2024-12-23/"},
			contains: []string{
				"SEOUL, Dec 23 (Reuters) - About 1,100 North Korean soldiers have been killed or wounded",
				"more than 3,000 North Korean soldiers had been killed or wounded",
				"The Kremlin declined to comment on Monday.",
			},
		},
		{
			file: "vi-tinmoi.html", url: "https://tinmoi.example/the-gioi/ukraine-noi-linh-trieu-tien-thuong-vong-lon-o-kursk-4830012.html",
			title: "Ukraine nói lính Triều Tiên thương vong lớn ở Kursk", outlet: "Báo Tin Mới", author: "Như Tâm", lang: "vi",
			published: "2024-12-29T07:05:00+07:00",
			canonical: "https://tinmoi.example/the-gioi/ukraine-noi-linh-trieu-tien-thuong-vong-lon-o-kursk-4830012.html",
			derived:   []string{"https://www.afp.example/en/ukraine-says-3800-north-korean-troops-killed-or-wounded", "AFP"},
			contains: []string{
				"Theo hãng tin AFP, Tổng thống Ukraine Volodymyr Zelensky ngày 28/12 cho biết khoảng 3.800 binh sĩ",
				"Điện Kremlin từ chối bình luận về thông tin này.",
				"Nguồn: https://www.afp.example/",
			},
		},
		{
			file: "malformed.html", url: "https://broken.example/pentagon",
			title: "Broken page: Pentagon estimate", outlet: "broken.example", author: "Staff", lang: "en",
			contains: []string{
				"The Pentagon said on Monday it estimated that about 10,000 North Korean troops",
				"according to officials familiar with the assessment.",
				"South Korea's spy agency said more than 10,000 soldiers had arrived",
			},
		},
		{
			file: "cp1252.html", url: "http://oldtimes.example/seoul-cafes",
			title: "Café owners in Seoul “worried” about the war", outlet: "oldtimes.example", lang: "en",
			published: "2024-11-02T08:00:00-05:00",
			contains: []string{
				"Café owners near the National Assembly in Seoul said on Saturday they were “worried”",
				"The naïve hope", "capital’s cafés", "this year — a sign of unease", "résumés",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := FromHTML(body, "text/html", tt.url)
			if err != nil {
				t.Fatal(err)
			}
			check := func(field, got, want string) {
				t.Helper()
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("Title", doc.Title, tt.title)
			check("Outlet", doc.Outlet, tt.outlet)
			check("Author", doc.Author, tt.author)
			check("Lang", doc.Lang, tt.lang)
			check("CanonicalURL", doc.CanonicalURL, tt.canonical)
			check("Wire", doc.Wire, tt.wire)
			check("URL", doc.URL, tt.url)
			pub := ""
			if !doc.Published.IsZero() {
				pub = doc.Published.Format(time.RFC3339)
			}
			check("Published", pub, tt.published)
			check("DerivedFrom", strings.Join(doc.DerivedFrom, " "), strings.Join(tt.derived, " "))
			for _, s := range tt.contains {
				if !strings.Contains(doc.Text, s) {
					t.Errorf("text lacks %q", s)
				}
			}
			for _, s := range boilerplate {
				if strings.Contains(doc.Text, s) {
					t.Errorf("boilerplate %q left in text", s)
				}
			}
			if strings.Contains(doc.Text, "\uFFFD") {
				t.Error("text has replacement characters")
			}
			golden.Check(t, filepath.Join("testdata", "golden", strings.TrimSuffix(tt.file, filepath.Ext(tt.file))+".txt"), []byte(doc.Text+"\n"))
		})
	}
}

// TestFromHTMLSamples checks every bundled sample page: metadata, no
// boilerplate, provenance as samples/README.md describes it.
func TestFromHTMLSamples(t *testing.T) {
	names, err := fs.Glob(samples.FS, "*.html")
	if err != nil || len(names) != 8 {
		t.Fatalf("samples: %v %v", names, err)
	}
	wantLang := map[string]string{"01": "vi", "02": "id", "03": "en", "04": "en", "05": "vi", "06": "id", "07": "en", "08": "id"}
	wantWire := map[string]string{"03": "APA", "04": "APA"}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			body, _ := fs.ReadFile(samples.FS, name)
			doc, err := FromHTML(body, "", "")
			if err != nil {
				t.Fatal(err)
			}
			k := name[:2]
			if doc.Lang != wantLang[k] {
				t.Errorf("Lang = %q, want %q", doc.Lang, wantLang[k])
			}
			if doc.Wire != wantWire[k] {
				t.Errorf("Wire = %q, want %q", doc.Wire, wantWire[k])
			}
			if doc.Outlet == "" || doc.Title == "" || doc.CanonicalURL == "" || doc.Author == "" {
				t.Errorf("metadata missing: %+v", doc)
			}
			if _, off := doc.Published.Zone(); doc.Published.IsZero() || off != 7*3600 {
				t.Errorf("Published = %v, want a +07:00 time", doc.Published)
			}
			if !strings.Contains(name, doc.Published.Format("2006-01-02")) {
				t.Errorf("Published %v does not match the file name", doc.Published)
			}
			for _, s := range boilerplate {
				if strings.Contains(doc.Text, s) {
					t.Errorf("boilerplate %q left in text", s)
				}
			}
			if k == "06" {
				want := "https://tintucngaynay.example/the-gioi/han-quoc-hon-1100-linh-trieu-tien-thuong-vong-o-kursk-20241224.html"
				if len(doc.DerivedFrom) != 1 || doc.DerivedFrom[0] != want {
					t.Errorf("DerivedFrom = %q, want [%s]", doc.DerivedFrom, want)
				}
				if !strings.HasSuffix(doc.Text, "Sumber: "+want) {
					t.Error("the Sumber: line should stay in the text")
				}
			} else if len(doc.DerivedFrom) != 0 {
				t.Errorf("DerivedFrom = %q, want none", doc.DerivedFrom)
			}
			if strings.Contains(doc.Text, "â€") || strings.Contains(doc.Text, "\uFFFD") {
				t.Error("mojibake in text (charset misread)")
			}
			for _, line := range strings.Split(doc.Text, "\n") {
				if line == "" || line != strings.TrimSpace(line) {
					t.Errorf("paragraph not trimmed or empty: %q", line)
				}
			}
		})
	}
}

func TestFromText(t *testing.T) {
	body, err := os.ReadFile("testdata/seed-like.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := FromText(body, "text/plain", "file:///tmp/seed-like.txt")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Badan intelijen AS meyakini Korea Utara menawarkan pasukan kepada Rusia atas inisiatifnya sendiri."; doc.Title != want {
		t.Errorf("Title = %q", doc.Title)
	}
	if doc.Lang != "id" {
		t.Errorf("Lang = %q", doc.Lang)
	}
	if strings.Contains(doc.Text, "Komentar") {
		t.Error("comment counter left in text")
	}
	if !strings.HasPrefix(doc.Text, doc.Title+"\n") {
		t.Error("the first line should stay in the text")
	}
	want := []string{"https://thanhnien.example/trieu-tien-chu-dong-de-nghi-185241224095912978.htm", "The New York Times"}
	if strings.Join(doc.DerivedFrom, " ") != strings.Join(want, " ") {
		t.Errorf("DerivedFrom = %q, want %q", doc.DerivedFrom, want)
	}
	golden.Check(t, filepath.Join("testdata", "golden", "seed-like.txt"), []byte(doc.Text+"\n"))

	if _, err := FromText([]byte("\n\nKomentar (0)\n"), "", "x"); err != ErrNoText {
		t.Errorf("boilerplate-only text: err = %v, want ErrNoText", err)
	}
}

func TestProvenance(t *testing.T) {
	tests := []struct {
		name, text, author string
		wire               string
		derived            []string
	}{
		{"dateline", "SEOUL, Nov. 13 (APA) — More than 10,000 soldiers are in Russia, a lawmaker said.", "", "APA", nil},
		{"agency paren", "JAKARTA (ANTARA) - Pemerintah mengatakan situasi aman.", "", "Antara", nil},
		{"wire tail", "The ministry said the talks would resume.\nNo date was given. — Reuters", "", "Reuters", nil},
		{"afp tail paren", "Le ministère a refusé de commenter.\nThe talks ended on Monday. (AFP)", "", "AFP", nil},
		{"byline agency", "Officials said the talks would resume.", "Associated Press", "AP", nil},
		{"not a wire", "The ministry (NIS) said the talks would resume.", "", "", nil},
		{"sumber url", "Kremlin menolak berkomentar.\nSumber: https://thanhnien.example/a-1.htm", "", "", []string{"https://thanhnien.example/a-1.htm"}},
		{"source outlet", "Officials said so.\nSource: Yonhap", "", "Yonhap", []string{"Yonhap"}},
		{"nguon", "Điện Kremlin từ chối bình luận.\nNguồn: Thanh Niên", "", "", []string{"Thanh Niên"}},
		{"tayang di", "Pemerintah mengatakan situasi aman.\nArtikel ini telah tayang di Kompas.com dengan judul \"Situasi Aman\".", "", "", []string{"Kompas.com"}},
		{"reports citing", "The New York Times reported, citing US officials, that troops had arrived.", "", "", []string{"The New York Times"}},
		{"melaporkan mengutip", "Pada 23 Desember, The New York Times melaporkan, mengutip sumber intelijen AS, bahwa pasukan tiba.", "", "", []string{"The New York Times"}},
		{"dilansir", "Dilansir dari Yonhap, Senin (23/12), militer Korsel mengatakan 1.100 tentara tewas.", "", "", []string{"Yonhap"}},
		{"theo hang tin", "Theo hãng tin Reuters, quân đội Hàn Quốc cho biết.", "", "", []string{"Reuters"}},
		{"sumber in a sentence", "Sumber di kementerian mengatakan pasukan telah tiba.", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docWith(tt.text, tt.author)
			Provenance(doc)
			if doc.Wire != tt.wire {
				t.Errorf("Wire = %q, want %q", doc.Wire, tt.wire)
			}
			if strings.Join(doc.DerivedFrom, "|") != strings.Join(tt.derived, "|") {
				t.Errorf("DerivedFrom = %q, want %q", doc.DerivedFrom, tt.derived)
			}
		})
	}
}

func TestSyndicated(t *testing.T) {
	for _, tt := range []struct {
		page, canon string
		want        bool
	}{
		{"https://www.gulfdaily.example/a", "https://www.reuters.example/a", true},
		{"https://m.kompas.co.id/a", "https://www.kompas.co.id/a", false},
		{"https://amp.news.example/a", "https://news.example/a", false},
		{"https://kompas.co.id/a", "https://tribunnews.co.id/a", true},
		{"http://127.0.0.1:8080/a", "https://news.example/a", false},
		{"file:///tmp/a.html", "https://news.example/a", false},
		{"https://news.example/a", "", false},
	} {
		if got := syndicated(tt.page, tt.canon); got != tt.want {
			t.Errorf("syndicated(%s, %s) = %v", tt.page, tt.canon, got)
		}
	}
}
