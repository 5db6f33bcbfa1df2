package lang

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
		minConf          float64
	}{
		// Indonesian.
		{"id headline", "Korea Utara kirim ribuan tentara ke Rusia", "id", 0.3},
		{"id headline 2", "Seoul sebut pasukan Pyongyang sudah tiba di Kursk", "id", 0.3},
		{"id sentence", "Badan intelijen Korea Selatan mengatakan bahwa sedikitnya 11 ribu tentara telah dikirim ke wilayah Kursk, kata seorang anggota parlemen pada Rabu (13/11/2024).", "id", 0.6},
		{"id with English terms", "Menurut analis, deal ini merupakan win-win solution bagi kedua negara, tetapi pemerintah belum memberikan statement resmi tentang timeline pengiriman pasukan tersebut.", "id", 0.5},
		{"id translated", "Sumber: Tin Tức Ngày Nay. Kementerian Luar Negeri Korea Utara awalnya membantah laporan itu dan menyebutnya sebagai rumor yang tidak berdasar.", "id", 0.5},
		// English.
		{"en headline", "North Korea sends thousands of troops to Russia", "en", 0.3},
		{"en headline 2", "Seoul says Pyongyang troops are now at the front", "en", 0.3},
		{"en sentence", "South Korea's spy agency told lawmakers on Wednesday that more than 10,000 North Korean soldiers had been deployed to the Kursk region, according to a member of the intelligence committee.", "en", 0.7},
		{"en with Indonesian names", "The minister of defence of Indonesia, speaking in Jakarta at the Kementerian Pertahanan, said that the country would not take sides in the war.", "en", 0.5},
		// Vietnamese.
		{"vi headline", "Triều Tiên điều hơn 11.000 binh sĩ sang Nga", "vi", 0.5},
		{"vi sentence", "Theo Cơ quan Tình báo Quốc gia Hàn Quốc, khoảng 1.500 lính đặc nhiệm Triều Tiên đã được đưa tới Nga trong tuần này, một nghị sĩ cho biết ngày 18/10.", "vi", 0.7},
		{"vi decomposed", "Trie\u0302\u0300u Tie\u0302n đie\u0302\u0300u ho\u031bn 11.000 binh si\u0303 sang Nga", "vi", 0.3},
		// Malay (Malaysian spelling).
		{"ms", "Jurucakap kerajaan berkata bahawa tentera Korea Utara telah dihantar ke Rusia kerana perjanjian ketenteraan antara kedua-dua negara, namun Pyongyang menafikan laporan itu.", "ms", 0.3},
		// Other scripts.
		{"ko", "북한군이 러시아 쿠르스크 지역에 배치되었다고 국가정보원이 밝혔다.", "ko", 0.8},
		{"ru", "Министерство обороны России не подтвердило присутствие северокорейских военных в Курской области.", "ru", 0.8},
		{"uk", "Міністерство оборони України повідомило, що північнокорейські військові перебувають у Курській області.", "uk", 0.5},
		{"zh", "韩国国家情报院表示，朝鲜已向俄罗斯库尔斯克地区派遣一万一千多名士兵。", "zh", 0.8},
		{"ja", "韓国の国家情報院は、北朝鮮がロシアのクルスク州に兵士を派遣したと発表した。", "ja", 0.8},
		{"ar", "قالت وكالة الاستخبارات الكورية الجنوبية إن كوريا الشمالية أرسلت جنودا إلى روسيا.", "ar", 0.8},
		// Undetermined.
		{"empty", "", "und", 0},
		{"too short", "Kursk", "und", 0},
		{"numbers", "12.000 — 3,800 / 1.100 (2024)", "und", 0},
		{"french", "Le ministère sud-coréen de la Défense affirme que des soldats nord-coréens ont été envoyés dans la région de Koursk, selon un député.", "und", 0},
		{"german", "Nach Angaben des südkoreanischen Geheimdienstes wurden nordkoreanische Soldaten in die russische Region Kursk verlegt.", "und", 0},
		{"thai", "หน่วยข่าวกรองเกาหลีใต้ระบุว่าทหารเกาหลีเหนือถูกส่งไปรัสเซีย", "und", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, conf := Detect(tc.text)
			t.Logf("%s %.2f", got, conf)
			if got != tc.want {
				t.Fatalf("Detect(%q) = %q (%.2f), want %q", tc.text, got, conf, tc.want)
			}
			if conf < tc.minConf || conf > 1 {
				t.Errorf("Detect(%q) confidence %.2f, want in [%.2f, 1]", tc.text, conf, tc.minConf)
			}
			if got == Undetermined && conf != 0 {
				t.Errorf("und with confidence %.2f", conf)
			}
		})
	}
}

// Mixed text goes to the language that carries the sentences, and the
// confidence drops as the other language takes over.
func TestDetectMixed(t *testing.T) {
	id := "Pemerintah Korea Selatan mengatakan bahwa pasukan itu sudah tiba di garis depan. "
	en := "The government in Seoul said that the troops had already reached the front line. "
	c1, p1 := Detect(strings.Repeat(id, 3) + en)
	c2, p2 := Detect(strings.Repeat(en, 3) + id)
	if c1 != "id" || c2 != "en" {
		t.Fatalf("mixed: got %s, %s", c1, c2)
	}
	_, pure := Detect(strings.Repeat(id, 4))
	if p1 >= pure {
		t.Errorf("mixed id confidence %.2f not below pure %.2f", p1, pure)
	}
	t.Logf("id+en %.2f, en+id %.2f, pure id %.2f", p1, p2, pure)
}

// Indonesian and Malaysian text share most function words; Malaysian
// spellings decide only when they clearly outnumber Indonesian ones.
func TestDetectIndonesianNotMalay(t *testing.T) {
	// One Malaysian-looking word in otherwise Indonesian prose.
	text := "Pemerintah Indonesia menyatakan bahwa kerajaan di masa lalu tidak pernah mengirim tentara ke luar negeri karena konstitusi melarangnya."
	if got, _ := Detect(text); got != "id" {
		t.Fatalf("got %s, want id", got)
	}
}

func TestDetectLimit(t *testing.T) {
	// Only the first 4 KB is read: English after a long Indonesian start.
	id := strings.Repeat("Pasukan itu sudah tiba di wilayah tersebut, kata pejabat pada hari Senin. ", 80)
	en := strings.Repeat("The troops have arrived in the region, an official said on Monday. ", 200)
	if got, _ := Detect(id + en); got != "id" {
		t.Fatalf("got %s, want id", got)
	}
	// A cut inside a multi-byte rune must not matter.
	vi := strings.Repeat("Quân đội Triều Tiên đã tới Nga. ", 300)
	if got, _ := Detect(vi); got != "vi" {
		t.Fatalf("got %s, want vi", got)
	}
}

func TestStopwordsLoaded(t *testing.T) {
	for _, code := range profCodes {
		rows, err := ReadTSV(code, "stopwords.tsv")
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) < 200 {
			t.Errorf("%s: only %d stopwords", code, len(rows))
		}
		for _, r := range rows {
			if !utf8.ValidString(r.Field(0)) || strings.ToLower(r.Field(0)) != r.Field(0) {
				t.Errorf("%s:%d: %q not lower-case UTF-8", code, r.Line, r.Field(0))
			}
		}
	}
}

var benchText = func() string {
	p := "Badan Intelijen Nasional Korea Selatan mengatakan kepada anggota parlemen pada Rabu (13/11/2024) bahwa lebih dari 10.000 tentara Korea Utara kini berada di Rusia, dan sebagian telah dikerahkan ke garis depan di wilayah Kursk. Kementerian Luar Negeri Korea Utara sebelumnya membantah laporan tersebut. "
	return strings.Repeat(p, 2500/len(p)+1)[:2500]
}()

func BenchmarkDetect(b *testing.B) {
	texts := map[string]string{
		"id": benchText,
		"en": strings.Repeat("South Korea's spy agency told lawmakers on Wednesday that more than 10,000 North Korean soldiers had been deployed to Russia, some of them to the front line in the Kursk region. ", 15)[:2500],
		"vi": strings.Repeat("Theo Cơ quan Tình báo Quốc gia Hàn Quốc, hơn 11.000 binh sĩ Triều Tiên đã được triển khai tới Nga, một số đã ra mặt trận ở khu vực Kursk, nghị sĩ này cho biết. ", 15)[:2500],
	}
	for _, name := range []string{"id", "en", "vi"} {
		text := texts[name]
		for !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Detect(text)
			}
		})
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "Korea Utara kirim tentara", "North Korea sends troops", "Triều Tiên điều binh sĩ",
		"북한군", "Міністерство", "韓国の", "\xff\xfe", "a'''b ’ ’x", strings.Repeat("x", 5000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, conf := Detect(s)
		if !slices.Contains(DetectCodes, code) {
			t.Fatalf("Detect(%q) = invalid code %q", s, code)
		}
		if !(conf >= 0 && conf <= 1) {
			t.Fatalf("Detect(%q) confidence %v out of [0,1]", s, conf)
		}
	})
}

// TestLexiconFor: a detected language is read with its own lexicons, a
// variant marked in another language's stopwords with that language's,
// and anything else keeps its code.
func TestLexiconFor(t *testing.T) {
	for _, c := range []struct{ code, want string }{
		{"id", "id"}, {"en", "en"}, {"vi", "vi"},
		{"ms", "id"},
		{"ko", "ko"}, {"und", "und"},
	} {
		if got := LexiconFor(c.code); got != c.want {
			t.Errorf("LexiconFor(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}

// TestNoRepeatedRows: a data row written twice in a lexicon file is a slip
// (parallel edits that both added it); it says nothing the first did not.
func TestNoRepeatedRows(t *testing.T) {
	paths, err := fs.Glob(files, "*/*.tsv")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no lexicon files: %v", err)
	}
	for _, p := range paths {
		b, err := files.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for i, line := range strings.Split(string(b), "\n") {
			if s := strings.TrimSpace(line); s == "" || strings.HasPrefix(s, "#") {
				continue
			}
			if first, ok := seen[line]; ok {
				t.Errorf("%s:%d repeats line %d: %q", p, i+1, first, line)
				continue
			}
			seen[line] = i + 1
		}
	}
}
