package analyze

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"sumber"
)

// The story fixture: six reports in English, Indonesian and Vietnamese,
// January to March 2025 (fiction written for these tests), with
// attributions written by hand so that the expected findings do not move
// with the extractor. It holds:
//
//   - one APA wire story published by The Meridian Post (s1) and, lightly
//     edited, by The Harbour Herald (s2, a near-duplicate the store
//     links), and translated into Indonesian by Kabar Nusantara (s3,
//     "Sumber: <URL of s1>");
//   - a lawmaker (Han Min-jae) relaying the NIS: 300 killed in January,
//     600 in February (a revision), 2,700 wounded;
//   - two governments a factor of three apart on killed-or-wounded: South
//     Korea's JCS ≈ 1,300 and Ukraine ≈ 4,000 (a conflict), the Pentagon
//     ≈ 4,200 agreeing with Ukraine (a corroboration, and a conflict with
//     the JCS);
//   - the Kremlin denying North Korean troops in Russia (January) and
//     confirming it (March), with Ukraine asserting it meanwhile;
//   - unrelated figures that must never meet the troop counts: 5,000
//     containers, 3 million shells, US$500 million, 30 percent, 1,000
//     killed (not killed-or-wounded);
//   - the syndicated copies naming different outlets (Yonhap in s1, KBS
//     in s2, Yonhap again in s3) for one figure of 120 captured: one story,
//     so no corroboration.
type storyDoc struct {
	name, lang, outlet, url, published string
	derived                            string
	text                               string
	atts                               []storyAtt
}

type storyAtt struct {
	src, cue, content string
	stance            sumber.Stance
	timing            sumber.Timing
	negated           bool
	via               []string
	date              string
	figs              []storyFig
}

type storyFig struct {
	text                   string
	bound                  sumber.Bound
	v                      float64
	unit, measure, subject string
}

const wireText = `SEOUL (APA) — North Korea has lost about 300 soldiers killed in Russia's Kursk region, the National Intelligence Service told a South Korean lawmaker on Friday. Han Min-jae, citing the National Intelligence Service, said 2,700 more were wounded and that North Korea has shipped more than 5,000 containers of ammunition holding some 3 million shells. Yonhap reported that 120 North Korean soldiers had been captured. Russia pays North Korea US$500 million a year, the lawmaker added. The Kremlin denied that North Korean troops were deployed in Russia. Ukraine says North Korean troops were deployed in Russia. Shells from the North make up 30 percent of Russia's supply, analysts estimate. The agency briefed lawmakers behind closed doors.`

var story = []storyDoc{
	{name: "s1", lang: "en", outlet: "The Meridian Post", url: "https://meridianpost.example/2025/01/10/nk-losses", published: "2025-01-10T09:00:00+07:00",
		text: wireText,
		atts: []storyAtt{
			{src: "the National Intelligence Service", cue: "told", content: "North Korea has lost about 300 soldiers killed in Russia's Kursk region", stance: sumber.Assert, via: []string{"a South Korean lawmaker"}, date: "2025-01-10",
				figs: []storyFig{{"about 300", sumber.About, 300, "troops", "killed", "North Korea"}}},
			{src: "National Intelligence Service", cue: "said", content: "2,700 more were wounded and that North Korea has shipped more than 5,000 containers of ammunition holding some 3 million shells", stance: sumber.Assert, via: []string{"Han Min-jae"}, date: "2025-01-10",
				figs: []storyFig{{"2,700", sumber.Exact, 2700, "troops", "wounded", "North Korea"}, {"more than 5,000", sumber.More, 5000, "containers", "supplied", "North Korea"}, {"some 3 million", sumber.About, 3e6, "shells", "supplied", "North Korea"}}},
			{src: "Yonhap", cue: "reported", content: "120 North Korean soldiers had been captured", stance: sumber.Assert,
				figs: []storyFig{{"120", sumber.Exact, 120, "troops", "captured", "North Korea"}}},
			{src: "the lawmaker", cue: "added", content: "Russia pays North Korea US$500 million a year", stance: sumber.Assert,
				figs: []storyFig{{"US$500 million", sumber.Exact, 5e8, "USD", "paid", "Russia"}}},
			{src: "The Kremlin", cue: "denied", content: "North Korean troops were deployed in Russia", stance: sumber.Deny, date: "2025-01-10"},
			{src: "Ukraine", cue: "says", content: "North Korean troops were deployed in Russia", stance: sumber.Assert, date: "2025-01-10"},
			{src: "analysts", cue: "estimate", content: "Shells from the North make up 30 percent of Russia's supply", stance: sumber.Believe,
				figs: []storyFig{{"30 percent", sumber.Exact, 30, "percent", "supplied", "North Korea"}}},
		}},
	{name: "s2", lang: "en", outlet: "The Harbour Herald", url: "https://harbourherald.example/world/nk-300-killed", published: "2025-01-10T10:30:00+07:00",
		text: strings.Replace(strings.Replace(wireText, "SEOUL (APA) —", "SEOUL, Jan 10 (APA) -", 1), "Yonhap reported", "KBS reported", 1),
		atts: []storyAtt{
			{src: "the National Intelligence Service", cue: "told", content: "North Korea has lost about 300 soldiers killed in Russia's Kursk region", stance: sumber.Assert, via: []string{"a South Korean lawmaker"}, date: "2025-01-10",
				figs: []storyFig{{"about 300", sumber.About, 300, "troops", "killed", "North Korea"}}},
			{src: "KBS", cue: "reported", content: "120 North Korean soldiers had been captured", stance: sumber.Assert,
				figs: []storyFig{{"120", sumber.Exact, 120, "troops", "captured", "North Korea"}}},
			{src: "The Kremlin", cue: "denied", content: "North Korean troops were deployed in Russia", stance: sumber.Deny, date: "2025-01-10"},
		}},
	{name: "s3", lang: "id", outlet: "Kabar Nusantara", url: "https://kabarnusantara.example/2025/01/11/korut-300-tewas", published: "2025-01-11T08:00:00+07:00",
		derived: "https://meridianpost.example/2025/01/10/nk-losses",
		text:    `Jakarta - Sekitar 300 tentara Korea Utara tewas di wilayah Kursk, kata Badan Intelijen Nasional kepada seorang anggota parlemen Korea Selatan. Menurut Badan Intelijen Nasional, 2.700 lainnya terluka. Kantor berita Yonhap melaporkan 120 tentara Korea Utara ditawan. Kremlin membantah pasukan Korea Utara dikerahkan ke Rusia. Artikel ini diterjemahkan. Sumber: https://meridianpost.example/2025/01/10/nk-losses`,
		atts: []storyAtt{
			{src: "Badan Intelijen Nasional", cue: "kata", content: "Sekitar 300 tentara Korea Utara tewas di wilayah Kursk", stance: sumber.Assert, via: []string{"seorang anggota parlemen Korea Selatan"}, date: "2025-01-10",
				figs: []storyFig{{"Sekitar 300", sumber.About, 300, "troops", "killed", "Korea Utara"}}},
			{src: "Yonhap", cue: "melaporkan", content: "120 tentara Korea Utara ditawan", stance: sumber.Assert,
				figs: []storyFig{{"120", sumber.Exact, 120, "troops", "captured", "Korea Utara"}}},
			{src: "Kremlin", cue: "membantah", content: "pasukan Korea Utara dikerahkan ke Rusia", stance: sumber.Deny, date: "2025-01-10"},
		}},
	{name: "s4", lang: "vi", outlet: "Tin Tức Ngày Nay", url: "https://tintucngaynay.example/the-gioi/thuong-vong-20250203.html", published: "2025-02-03T08:00:00+07:00",
		text: `Bộ Tổng tham mưu Liên quân Hàn Quốc ngày 2/2 cho biết khoảng 1.300 binh sĩ Triều Tiên đã thương vong. Tổng thống Volodymyr Zelensky tuyên bố khoảng 4.000 binh sĩ Triều Tiên đã thiệt mạng hoặc bị thương, trong đó khoảng 1.000 người thiệt mạng. Nghị sĩ Han Min-jae, dẫn lời Cơ quan Tình báo Quốc gia, cho biết khoảng 600 binh sĩ Triều Tiên đã tử trận, tăng so với con số 300 hồi tháng 1. Ukraine khẳng định binh sĩ Triều Tiên đã được triển khai tại Nga.`,
		atts: []storyAtt{
			{src: "Bộ Tổng tham mưu Liên quân Hàn Quốc", cue: "cho biết", content: "khoảng 1.300 binh sĩ Triều Tiên đã thương vong", stance: sumber.Assert, date: "2025-02-02",
				figs: []storyFig{{"khoảng 1.300", sumber.About, 1300, "troops", "killed-or-wounded", "Triều Tiên"}}},
			{src: "Tổng thống Volodymyr Zelensky", cue: "tuyên bố", content: "khoảng 4.000 binh sĩ Triều Tiên đã thiệt mạng hoặc bị thương, trong đó khoảng 1.000 người thiệt mạng", stance: sumber.Claim, date: "2025-02-03",
				figs: []storyFig{{"khoảng 4.000", sumber.About, 4000, "troops", "killed-or-wounded", "Triều Tiên"}, {"khoảng 1.000", sumber.About, 1000, "troops", "killed", "Triều Tiên"}}},
			{src: "Cơ quan Tình báo Quốc gia", cue: "cho biết", content: "khoảng 600 binh sĩ Triều Tiên đã tử trận, tăng so với con số 300 hồi tháng 1", stance: sumber.Assert, via: []string{"Nghị sĩ Han Min-jae"}, date: "2025-02-03",
				figs: []storyFig{{"khoảng 600", sumber.About, 600, "troops", "killed", "Triều Tiên"}, {"300", sumber.Exact, 300, "troops", "killed", "Triều Tiên"}}},
			{src: "Ukraine", cue: "khẳng định", content: "binh sĩ Triều Tiên đã được triển khai tại Nga", stance: sumber.Assert, date: "2025-02-03"},
		}},
	{name: "s5", lang: "en", outlet: "The Meridian Post", url: "https://meridianpost.example/2025/02/06/pentagon", published: "2025-02-06T09:00:00+07:00",
		text: `The Pentagon said on Wednesday that about 4,200 North Korean troops had been killed or wounded. Yonhap reported that 120 North Korean soldiers were being held by Ukraine.`,
		atts: []storyAtt{
			{src: "The Pentagon", cue: "said", content: "about 4,200 North Korean troops had been killed or wounded", stance: sumber.Assert, date: "2025-02-05",
				figs: []storyFig{{"about 4,200", sumber.About, 4200, "troops", "killed-or-wounded", "North Korean"}}},
		}},
	{name: "s6", lang: "id", outlet: "Kabar Nusantara", url: "https://kabarnusantara.example/2025/03/02/kremlin-akui", published: "2025-03-02T08:00:00+07:00",
		text: `Jakarta - Kremlin pada Sabtu (1/3/2025) mengonfirmasi pasukan Korea Utara dikerahkan ke Rusia, setelah berbulan-bulan membantah.`,
		atts: []storyAtt{
			{src: "Kremlin", cue: "mengonfirmasi", content: "pasukan Korea Utara dikerahkan ke Rusia", stance: sumber.Confirm, date: "2025-03-01"},
		}},
}

// runeIndex returns the code-point offset of sub in s at or after rune
// offset from, or -1.
func runeIndex(s, sub string, from int) int {
	b := 0
	for i := 0; i < from && b < len(s); i++ {
		_, n := utf8.DecodeRuneInString(s[b:])
		b += n
	}
	j := strings.Index(s[b:], sub)
	if j < 0 {
		return -1
	}
	return from + utf8.RuneCountInString(s[b:b+j])
}

func span(t testing.TB, text, sub string, from int) sumber.Span {
	t.Helper()
	i := runeIndex(text, sub, from)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return sumber.Span{Start: i, End: i + utf8.RuneCountInString(sub), Text: sub}
}

// storyDocuments builds the fixture documents with their attributions.
func storyDocuments(t testing.TB) []*sumber.Document {
	var docs []*sumber.Document
	for _, sd := range story {
		pub, err := time.Parse(time.RFC3339, sd.published)
		if err != nil {
			t.Fatal(err)
		}
		d := &sumber.Document{URL: sd.url, CanonicalURL: sd.url, Outlet: sd.outlet, Lang: sd.lang, Published: pub, Text: sd.text, Title: sd.name}
		if sd.derived != "" {
			d.DerivedFrom = []string{sd.derived}
		}
		for i, a := range sd.atts {
			content := span(t, sd.text, a.content, 0)
			src := span(t, sd.text, a.src, 0)
			att := sumber.Attribution{Source: src, Cue: span(t, sd.text, a.cue, 0), Content: content, Lemma: a.cue,
				Stance: a.stance, Timing: a.timing, Negated: a.negated, Rule: "fixture", Entry: sd.lang + ":" + a.cue, Sentence: i}
			for _, v := range a.via {
				att.Via = append(att.Via, sumber.Via{Span: span(t, sd.text, v, 0), Actor: v})
			}
			if a.date != "" {
				att.Date = &sumber.ClaimDate{Value: a.date, Precision: sumber.Day}
			}
			fpos := content.Start
			for _, f := range a.figs {
				sp := span(t, sd.text, f.text, fpos)
				fpos = sp.End
				att.Figures = append(att.Figures, sumber.Figure{Span: sp, Value: f.v, Low: f.v, High: f.v, Bound: f.bound,
					Unit: f.unit, Measure: f.measure, Subject: f.subject, Rule: "fixture"})
			}
			d.Attributions = append(d.Attributions, att)
		}
		docs = append(docs, d)
	}
	return docs
}
