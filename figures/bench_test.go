package figures

import (
	"strings"
	"testing"
)

// Article-like texts of about 2.5 KB, written for these benchmarks.
var benchTexts = map[string]string{
	"id": `Badan intelijen Korea Selatan pada Senin mengatakan bahwa Korea Utara telah mengerahkan setidaknya 12.000 tentara ke Rusia sejak musim gugur lalu, dan sekitar 3.000 tentara tambahan diperkirakan tiba dalam beberapa pekan mendatang.
Menurut laporan itu, lebih dari 1.100 tentara Korea Utara tewas atau terluka dalam pertempuran di wilayah Kursk, sementara pejabat Ukraina menyatakan jumlahnya hampir 4.000. Moskow belum memberikan tanggapan atas klaim tersebut.
Selain pasukan, Pyongyang disebut telah mengirim lebih dari 20.000 kontainer berisi amunisi, termasuk sekitar 1,5 juta peluru artileri dan puluhan rudal balistik jarak pendek. Nilai bantuan itu diperkirakan mencapai US$5,5 miliar.
Para analis di Seoul menilai angka itu bisa lebih tinggi. "Kami melihat ratusan gerbong kereta bergerak setiap pekan," kata seorang peneliti yang enggan disebut namanya. Ia menambahkan bahwa sedikitnya 200 perwira ikut dalam rombongan pertama.
Ukraina mengklaim telah menangkap dua tentara Korea Utara pada Januari 2025, dan keduanya kini ditahan di Kyiv. Seorang tahanan mengaku unitnya kehilangan belasan orang dalam satu serangan drone.
Kementerian Pertahanan Inggris memperkirakan Rusia kehilangan rata-rata 1.500 personel per hari pada akhir 2024, angka tertinggi sejak invasi dimulai pada 24 Februari 2022. Sekitar 45 persen korban disebut berasal dari unit infanteri.
Pemerintah Korea Utara awalnya membantah laporan itu, tetapi kemudian mengakui keberadaan pasukannya di Rusia dalam sebuah pernyataan pada 28 April. Rusia belum mengonfirmasi maupun membantah jumlah pasukan yang disebutkan.
Pengamat memperkirakan puluhan ribu tentara lagi dapat dikirim tahun ini, meskipun pejabat AS mengatakan tidak ada tanda pengerahan baru dalam 30 hari terakhir. Harga minyak naik 2,3% setelah kabar itu, sementara rubel melemah terhadap dolar AS.
Sumber: kantor berita Yonhap, 21/10/2024 pukul 10.00 WIB. Komentar (0). Bagikan artikel ini melalui tautan berikut atau hubungi redaksi di 021-555-0199.`,
	"en": `South Korea's spy agency said on Monday that North Korea had deployed at least 12,000 troops to Russia since last autumn, and that about 3,000 additional soldiers were expected to arrive in the coming weeks.
According to the agency, more than 1,100 North Korean troops had been killed or wounded in fighting in the Kursk region, while Ukrainian officials put the figure at nearly 4,000. Moscow did not respond to the claims.
Besides troops, Pyongyang is believed to have shipped more than 20,000 containers of munitions, including some 1.5 million artillery shells and dozens of short-range ballistic missiles. The aid was estimated to be worth $5.5 billion.
Analysts in Seoul said the real numbers could be higher. "We see hundreds of rail cars moving every week," said a researcher who asked not to be named. He added that at least 200 officers travelled with the first contingent.
Ukraine said it had captured two North Korean soldiers in January 2025, and both are now held in Kyiv. One prisoner said his unit lost a dozen or so men in a single drone strike.
Britain's Ministry of Defence estimated that Russia was losing an average of 1,500 personnel a day at the end of 2024, the highest rate since the invasion began on February 24, 2022. Roughly 45 percent of casualties came from infantry units.
North Korea initially denied the reports but later acknowledged the presence of its troops in Russia in a statement on April 28. Russia has neither confirmed nor denied the numbers cited.
Observers expect tens of thousands more troops could be sent this year, although US officials said there had been no sign of new deployments in the past 30 days. Oil prices rose 2.3% on the news, while the rouble weakened against the dollar.
Source: Yonhap news agency, 21/10/2024 at 10:00 a.m. Comments (0). Share this article using the link below or call the newsroom on 202-555-0199 for more.`,
	"vi": `Cơ quan tình báo Hàn Quốc hôm thứ Hai cho biết Triều Tiên đã điều ít nhất 12.000 binh sĩ tới Nga kể từ mùa thu năm ngoái, và khoảng 3.000 binh sĩ khác dự kiến sẽ đến trong vài tuần tới.
Theo cơ quan này, hơn 1.100 binh sĩ Triều Tiên đã thiệt mạng hoặc bị thương trong giao tranh ở vùng Kursk, trong khi các quan chức Ukraine cho rằng con số này là gần 4.000. Moskva chưa phản hồi các tuyên bố trên.
Ngoài binh lính, Bình Nhưỡng được cho là đã gửi hơn 20.000 container đạn dược, trong đó có khoảng 1,5 triệu quả đạn pháo và hàng chục tên lửa đạn đạo tầm ngắn. Khoản viện trợ ước tính trị giá 5,5 tỷ USD.
Các nhà phân tích ở Seoul cho rằng con số thực tế có thể cao hơn. "Chúng tôi thấy hàng trăm toa tàu di chuyển mỗi tuần", một nhà nghiên cứu giấu tên nói. Ông cho biết thêm ít nhất 200 sĩ quan đã đi cùng đợt đầu tiên.
Ukraine cho biết đã bắt giữ hai binh sĩ Triều Tiên vào tháng 1 năm 2025, và cả hai hiện bị giam ở Kiev. Một tù binh nói đơn vị của anh mất khoảng chục người trong một cuộc tấn công bằng UAV.
Bộ Quốc phòng Anh ước tính Nga mất trung bình 1.500 quân mỗi ngày vào cuối năm 2024, mức cao nhất kể từ khi chiến sự bắt đầu ngày 24/2/2022. Khoảng 45% thương vong đến từ các đơn vị bộ binh.
Triều Tiên ban đầu phủ nhận các báo cáo nhưng sau đó thừa nhận sự hiện diện của quân đội nước này tại Nga trong một tuyên bố ngày 28/4. Nga chưa xác nhận cũng không bác bỏ các con số được nêu.
Giới quan sát dự đoán hàng chục nghìn binh sĩ nữa có thể được đưa sang trong năm nay, dù các quan chức Mỹ nói chưa có dấu hiệu triển khai mới trong 30 ngày qua. Giá dầu tăng 2,3% sau tin này, trong khi đồng rúp suy yếu so với đồng USD.
Nguồn: hãng tin Yonhap, 21/10/2024 lúc 10:00. Bình luận (0). Chia sẻ bài viết này qua đường dẫn bên dưới hoặc gọi cho tòa soạn theo số 024-555-0199.`,
}

// noNumbers is prose without digits or number words.
var noNumbers = strings.Repeat("Para pejabat mengatakan bahwa badan intelijen mereka sekarang mencurigai pengerahan pasukan itu berasal dari Pyongyang, meskipun Presiden Rusia dengan cepat menerimanya. ", 16)

func BenchmarkFind(b *testing.B) {
	for _, lang := range []string{"id", "en", "vi"} {
		text := benchTexts[lang]
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Find(text, lang)
			}
		})
	}
	b.Run("id-no-numbers", func(b *testing.B) {
		b.SetBytes(int64(len(noNumbers)))
		for b.Loop() {
			Find(noNumbers, "id")
		}
	})
}

func BenchmarkParseNumber(b *testing.B) {
	for b.Loop() {
		ParseNumber("dua ratus lima puluh ribu", "id")
	}
}

// TestBenchTexts checks the benchmark articles read as expected, so the
// benchmark measures real work.
func TestBenchTexts(t *testing.T) {
	for lang, text := range benchTexts {
		ms := Find(text, lang)
		if len(ms) < 15 {
			for _, m := range ms {
				t.Log(show(m))
			}
			t.Errorf("%s: only %d figures", lang, len(ms))
		}
		checkMatches(t, text, ms)
	}
}
