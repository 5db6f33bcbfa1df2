package storetest

import (
	"fmt"
	"math/rand"
	"strings"
	"time"
	"unicode/utf8"

	"sumber"
)

// The fixtures are invented for these tests: short news items in the
// style of the reports sumber reads, in Indonesian, English and
// Vietnamese.

// span returns the span of the n-th (from 0) occurrence of sub in text,
// in code points.
func span(text, sub string, n ...int) sumber.Span {
	from := 0
	skip := 0
	if len(n) > 0 {
		skip = n[0]
	}
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			panic(fmt.Sprintf("fixture: %q not in text", sub))
		}
		if skip == 0 {
			start := utf8.RuneCountInString(text[:from+i])
			return sumber.Span{Start: start, End: start + utf8.RuneCountInString(sub), Text: sub}
		}
		skip--
		from += i + len(sub)
	}
}

var wib = time.FixedZone("WIB", 7*3600)
var ict = time.FixedZone("ICT", 7*3600)

const idText = `Badan intelijen Negara Arkadia meyakini bahwa Republik Borealis telah mengirim setidaknya 12.000 tentara ke perbatasan timur, bertentangan dengan penilaian sebelumnya. Harian Pagi Nusantara melaporkan, mengutip sumber intelijen, bahwa sekitar 200 hingga 900 tentara tewas atau terluka. Kementerian Pertahanan Borealis membantah laporan itu. Mereka tidak percaya pasukan itu akan ditarik sebelum Agustus.`

// Indonesian returns a fully populated document: every field of
// Document, Attribution, Figure, Via and ClaimDate is set somewhere.
func Indonesian() *sumber.Document {
	t := idText
	return &sumber.Document{
		URL:          "https://contoh.example/berita/2024/12/23/arkadia-borealis?utm=x",
		CanonicalURL: "https://contoh.example/berita/arkadia-borealis",
		Outlet:       "Kabar Contoh",
		Title:        "Arkadia: Borealis kirim 12.000 tentara",
		Author:       "Rina Wulandari",
		Published:    time.Date(2024, 12, 24, 9, 30, 15, 123456789, wib),
		Lang:         "id",
		Text:         t,
		DerivedFrom:  []string{"https://pagi.example/a/123", "Harian Pagi Nusantara"},
		Wire:         "AFP",
		FetchedAt:    time.Date(2024, 12, 24, 3, 0, 0, 500, time.UTC),
		Attributions: []sumber.Attribution{
			{
				Source:  span(t, "Badan intelijen Negara Arkadia"),
				Actor:   "Arkadia Intelligence Agency",
				Cue:     span(t, "meyakini"),
				Lemma:   "meyakini",
				Content: span(t, "Republik Borealis telah mengirim setidaknya 12.000 tentara ke perbatasan timur"),
				Stance:  sumber.Believe,
				Timing:  sumber.Current,
				Figures: []sumber.Figure{{
					Span: span(t, "setidaknya 12.000 tentara"), Value: 12000, Low: 12000, High: 12000,
					Bound: sumber.AtLeast, Unit: "troops", Measure: "deployed", Subject: "Borealis", Rule: "num:id:ribuan-titik",
				}},
				Rule: "id:subj-cue-bahwa", Entry: "id:meyakini", Sentence: 0,
			},
			{
				Source:  span(t, "penilaian sebelumnya"),
				Actor:   "Arkadia Intelligence Agency",
				Cue:     span(t, "bertentangan dengan"),
				Lemma:   "bertentangan",
				Content: span(t, "penilaian sebelumnya"),
				Stance:  sumber.Believe,
				Negated: true,
				Timing:  sumber.Superseded,
				Rule:    "id:superseded", Entry: "id:penilaian sebelumnya", Sentence: 0,
			},
			{
				Source:  span(t, "sumber intelijen"),
				Actor:   "Arkadia intelligence sources",
				Cue:     span(t, "melaporkan"),
				Lemma:   "melaporkan",
				Content: span(t, "sekitar 200 hingga 900 tentara tewas atau terluka"),
				Stance:  sumber.Assert,
				Via:     []sumber.Via{{Span: span(t, "Harian Pagi Nusantara"), Actor: "Harian Pagi Nusantara"}, {Span: span(t, "mengutip"), Actor: ""}},
				Date:    &sumber.ClaimDate{Span: span(t, "Agustus"), Value: "2024-12-23", Precision: sumber.Day, Relative: true},
				Figures: []sumber.Figure{{
					Span: span(t, "sekitar 200 hingga 900 tentara"), Value: 550, Low: 200, High: 900,
					Bound: sumber.About, Unit: "troops", Measure: "killed-or-wounded", Subject: "Borealis", Inherited: true, Rule: "num:range",
				}, {
					Span: span(t, "900"), Value: 0.1 + 0.2, Low: -1.5e-7, High: 1e21,
					Bound: sumber.Less, Unit: "percent", Measure: "odd-floats", Rule: "num:float",
				}},
				Rule: "id:outlet-melaporkan-mengutip", Entry: "id:melaporkan", Sentence: 1,
			},
			{
				Source:  span(t, "Kementerian Pertahanan Borealis"),
				Actor:   "Borealis Ministry of Defence",
				Cue:     span(t, "membantah"),
				Lemma:   "membantah",
				Content: span(t, "laporan itu"),
				Stance:  sumber.Deny,
				Timing:  sumber.Earlier,
				Date:    &sumber.ClaimDate{Span: span(t, "Agustus"), Value: "2024-08", Precision: sumber.Month},
				Rule:    "id:subj-cue-obj", Entry: "id:membantah", Sentence: 2,
			},
			{
				Source:       span(t, "Mereka"),
				Actor:        "Borealis Ministry of Defence",
				ResolvedFrom: &sumber.Span{Start: span(t, "Kementerian Pertahanan Borealis").Start, End: span(t, "Kementerian Pertahanan Borealis").End, Text: "Kementerian Pertahanan Borealis"},
				Cue:          span(t, "tidak percaya"),
				Lemma:        "percaya",
				Content:      span(t, "pasukan itu akan ditarik sebelum Agustus"),
				Stance:       sumber.Believe,
				Negated:      true,
				Timing:       sumber.Later,
				Date:         &sumber.ClaimDate{Span: span(t, "Agustus"), Value: "2024", Precision: sumber.Year},
				Rule:         "id:pronoun-cue", Entry: "id:percaya", Sentence: 3,
			},
		},
	}
}

const enText = `Officials in Valdoria said on Monday that at least 3,400 people had been displaced by the floods. The Red Lantern Society suggested the number could rise to tens of thousands. A government spokesman declined to confirm or deny reports of looting.`

// English returns a small English document.
func English() *sumber.Document {
	t := enText
	return &sumber.Document{
		URL:       "https://news.example/valdoria-floods",
		Outlet:    "Example News",
		Title:     "Floods displace thousands in Valdoria",
		Published: time.Date(2025, 3, 4, 18, 0, 0, 0, time.UTC),
		Lang:      "en",
		Text:      t,
		Attributions: []sumber.Attribution{
			{
				Source: span(t, "Officials in Valdoria"), Actor: "Valdoria", Cue: span(t, "said"), Lemma: "say",
				Content: span(t, "at least 3,400 people had been displaced by the floods"), Stance: sumber.Assert,
				Date: &sumber.ClaimDate{Span: span(t, "Monday"), Value: "2025-03-03", Precision: sumber.Day, Relative: true},
				Figures: []sumber.Figure{{Span: span(t, "at least 3,400 people"), Value: 3400, Low: 3400, High: 3400,
					Bound: sumber.AtLeast, Unit: "people", Measure: "displaced", Subject: "Valdoria"}},
				Rule: "en:subj-said-that", Entry: "en:say", Sentence: 0,
			},
			{
				Source: span(t, "The Red Lantern Society"), Actor: "Red Lantern Society", Cue: span(t, "suggested"), Lemma: "suggest",
				Content: span(t, "the number could rise to tens of thousands"), Stance: sumber.Suggest,
				Figures: []sumber.Figure{{Span: span(t, "tens of thousands"), Value: 50000, Low: 10000, High: 99999,
					Bound: sumber.About, Unit: "people", Measure: "displaced", Inherited: true}},
				Rule: "en:subj-cue-clause", Entry: "en:suggest", Sentence: 1,
			},
			{
				Source: span(t, "A government spokesman"), Actor: "Valdoria", Cue: span(t, "declined to confirm or deny"),
				Lemma: "decline to confirm or deny", Content: span(t, "reports of looting"), Stance: sumber.Neither,
				Rule: "en:neither", Entry: "en:decline to confirm or deny", Sentence: 2,
			},
		},
	}
}

const viText = `Bộ Ngoại giao Triều Tiên bác bỏ thông tin rằng khoảng 1.500 binh sĩ đã bị thương. Trong khi đó, hãng tin Đông Phong cho biết Bình Nhưỡng đã điều thêm hàng nghìn quân tới Đà Nẵng Mới.`

// Vietnamese returns a small Vietnamese document.
func Vietnamese() *sumber.Document {
	t := viText
	return &sumber.Document{
		URL:       "https://tin.example/the-gioi/trieu-tien-bac-bo",
		Outlet:    "Tin Ví Dụ",
		Title:     "Triều Tiên bác bỏ",
		Published: time.Date(2024, 12, 26, 7, 5, 0, 0, ict),
		Lang:      "vi",
		Text:      t,
		Attributions: []sumber.Attribution{
			{
				Source: span(t, "Bộ Ngoại giao Triều Tiên"), Actor: "North Korea", Cue: span(t, "bác bỏ"), Lemma: "bác bỏ",
				Content: span(t, "khoảng 1.500 binh sĩ đã bị thương"), Stance: sumber.Deny,
				Figures: []sumber.Figure{{Span: span(t, "khoảng 1.500 binh sĩ"), Value: 1500, Low: 1500, High: 1500,
					Bound: sumber.About, Unit: "troops", Measure: "wounded", Subject: "North Korea"}},
				Rule: "vi:subj-cue-rang", Entry: "vi:bác bỏ", Sentence: 0,
			},
			{
				Source: span(t, "hãng tin Đông Phong"), Cue: span(t, "cho biết"), Lemma: "cho biết",
				Content: span(t, "Bình Nhưỡng đã điều thêm hàng nghìn quân tới Đà Nẵng Mới"), Stance: sumber.Assert,
				Figures: []sumber.Figure{{Span: span(t, "hàng nghìn quân"), Value: 5000, Low: 1000, High: 9999,
					Bound: sumber.About, Unit: "troops", Measure: "deployed", Subject: "North Korea"}},
				Rule: "vi:subj-cue", Entry: "vi:cho biết", Sentence: 1,
			},
		},
	}
}

// wireBody is an invented wire story that two sites republish.
const wireBody = `GENEVA (Wire) — Negotiators from the two delegations met for a third day on Thursday without agreeing on the exchange of prisoners, according to a statement from the mediators. The statement said both sides had submitted lists of names and that technical teams would continue working through the weekend. One delegate, speaking on condition of anonymity, said the talks had stalled over the number of detainees held at two northern camps. The mediators said they remained hopeful that a first exchange could take place before the end of the month, but gave no figures. Observers noted that previous rounds had collapsed over similar disagreements about the lists.`

// WireCopies returns two syndicated copies of one wire story with
// different headers and footers and a small edit, and a third copy.
func WireCopies() (a, b, c *sumber.Document) {
	a = &sumber.Document{
		URL: "https://site-one.example/world/talks", Outlet: "Site One", Lang: "en",
		Published: time.Date(2025, 1, 9, 10, 0, 0, 0, time.UTC),
		Text: "Site One | World | Thursday 9 January 2025\nShare this article on social media\n\n" + wireBody +
			"\n\nRead more: Ceasefire talks resume. Copyright Site One 2025. All rights reserved.",
	}
	edited := strings.Replace(wireBody, "for a third day on Thursday", "for the third day on Thursday", 1)
	b = &sumber.Document{
		URL: "https://site-two.example/news/123", Outlet: "Site Two", Lang: "en", Wire: "Wire",
		Published: time.Date(2025, 1, 9, 11, 30, 0, 0, time.UTC),
		Text: "SITE TWO NEWS — Home > International\nBy Wire staff\n" + edited +
			"\nThis story has been published from a wire agency feed without modifications to the text. Subscribe to our newsletter.",
	}
	c = &sumber.Document{
		URL: "https://site-three.example/x", Outlet: "Site Three", Lang: "en",
		Text: "Breaking: " + wireBody + " (Wire)",
	}
	return a, b, c
}

// Unrelated returns a document sharing topic words but no text with the
// wire story.
func Unrelated() *sumber.Document {
	return &sumber.Document{
		URL: "https://site-one.example/world/other", Outlet: "Site One", Lang: "en",
		Text: "Site One | World | Friday 10 January 2025\nShare this article on social media\n\n" +
			"Prisoner exchanges have a long history in the region. In 2019 a similar round of talks in Geneva produced a partial swap after months of delays, and analysts say the current negotiators face a harder task because both lists are longer and several names are disputed." +
			"\n\nRead more: Ceasefire talks resume. Copyright Site One 2025. All rights reserved.",
	}
}

var vocab = strings.Fields(`pemerintah menyatakan bahwa pasukan tentara wilayah perbatasan laporan sumber pejabat
kementerian pertahanan negara rakyat kota desa jalan sungai gunung pulau kapal pesawat bantuan korban banjir
officials said reported according sources ministry army troops border region village river island ship
aircraft aid victims flood bộ quốc phòng binh sĩ biên giới thông tin cho biết quân đội tàu máy bay`)

// Generated returns a synthetic document number i with natts
// attributions of one figure each: unrelated texts (no near-duplicates),
// distinct hashes, deterministic for a given i.
func Generated(i, natts int) *sumber.Document {
	r := rand.New(rand.NewSource(int64(i)*7919 + 17))
	var sb strings.Builder
	fmt.Fprintf(&sb, "Dokumen %d. ", i)
	type part struct{ src, cue, content string }
	var parts []part
	for k := 0; k < natts; k++ {
		src := fmt.Sprintf("Pejabat %d-%d", i, k)
		var c strings.Builder
		for w := 0; w < 12; w++ {
			c.WriteString(vocab[r.Intn(len(vocab))])
			c.WriteByte(' ')
		}
		fmt.Fprintf(&c, "%d tentara", r.Intn(100000))
		p := part{src, "mengatakan", c.String()}
		parts = append(parts, p)
		fmt.Fprintf(&sb, "%s %s bahwa %s. ", p.src, p.cue, p.content)
	}
	text := sb.String()
	doc := &sumber.Document{
		URL:       fmt.Sprintf("https://gen.example/%d", i),
		Outlet:    "Generated",
		Title:     fmt.Sprintf("generated %d n=%d", i, natts),
		Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour),
		Lang:      "id",
		Text:      text,
	}
	for k, p := range parts {
		content := span(text, p.content)
		num := strings.Fields(p.content)
		fig := span(text, num[len(num)-2]+" tentara")
		doc.Attributions = append(doc.Attributions, sumber.Attribution{
			Source: span(text, p.src), Actor: "Pejabat", Cue: span(text, p.cue, k), Lemma: p.cue,
			Content: content, Stance: sumber.Stances[k%len(sumber.Stances)],
			Figures: []sumber.Figure{{Span: fig, Value: float64(k), Low: float64(k), High: float64(k),
				Bound: sumber.Exact, Unit: "troops", Measure: "deployed"}},
			Rule: "gen", Entry: "id:mengatakan", Sentence: k + 1,
		})
	}
	return doc
}
