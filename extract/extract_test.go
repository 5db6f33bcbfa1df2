package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"sumber"
)

var engine = New()

var pub = time.Date(2024, 12, 24, 0, 0, 0, 0, time.UTC)

// want describes one expected attribution; empty fields are not checked.
type want struct {
	source, actor, cue, lemma, content string
	stance                             sumber.Stance
	negated                            bool
	timing                             sumber.Timing
	via                                []string // via actor names (or span text when no actor), nearest first
	date                               string   // "-" for no claim date
	resolvedFrom                       string
	rule                               string
	measure                            string // the first figure's measure ("-" for no figure)
}

// sentenceCase is one row of a table test: a text and the attributions
// it must give.
type sentenceCase struct {
	name, text string
	wants      []want
}

// checkAll checks each case of a table in language code, as a subtest.
func checkAll(t *testing.T, code string, cases []sentenceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, code, c.wants) })
	}
}

func check(t *testing.T, text, code string, wants []want) {
	t.Helper()
	got := engine.Extract(text, sumber.ExtractOptions{Lang: code, Published: pub})
	if len(got) != len(wants) {
		t.Errorf("%q: got %d attributions, want %d", text, len(got), len(wants))
		for _, a := range got {
			t.Logf("  got source=%q cue=%q content=%q rule=%s", a.Source.Text, a.Cue.Text, a.Content.Text, a.Rule)
		}
		return
	}
	for i, w := range wants {
		a := got[i]
		field := func(name, got, want string) {
			t.Helper()
			if want != "" && got != want {
				t.Errorf("%q #%d %s = %q, want %q (rule %s)", text, i, name, got, want, a.Rule)
			}
		}
		field("source", a.Source.Text, w.source)
		field("actor", a.Actor, w.actor)
		field("cue", a.Cue.Text, w.cue)
		field("lemma", a.Lemma, w.lemma)
		if w.content == "-" { // no content
			field("content", a.Content.Text, "")
			if a.Content.Text != "" {
				t.Errorf("%q #%d content = %q, want none", text, i, a.Content.Text)
			}
		} else {
			field("content", a.Content.Text, w.content)
		}
		field("stance", string(a.Stance), string(w.stance))
		if w.timing == "-" {
			if a.Timing != "" {
				t.Errorf("%q #%d timing = %q, want none", text, i, a.Timing)
			}
		} else {
			field("timing", string(a.Timing), string(w.timing))
		}
		if a.Negated != w.negated {
			t.Errorf("%q #%d negated = %v, want %v", text, i, a.Negated, w.negated)
		}
		if w.via != nil {
			var vs []string
			for _, v := range a.Via {
				n := v.Actor
				if n == "" {
					n = v.Span.Text
				}
				vs = append(vs, n)
			}
			if strings.Join(vs, " | ") != strings.Join(w.via, " | ") {
				t.Errorf("%q #%d via = %q, want %q", text, i, vs, w.via)
			}
		}
		if w.date == "-" { // no claim date
			if a.Date != nil {
				t.Errorf("%q #%d date = %+v, want none", text, i, a.Date)
			}
		} else if w.date != "" {
			if a.Date == nil || a.Date.Value != w.date {
				t.Errorf("%q #%d date = %+v, want %s", text, i, a.Date, w.date)
			}
		}
		if w.resolvedFrom != "" && (a.ResolvedFrom == nil || a.ResolvedFrom.Text != w.resolvedFrom) {
			t.Errorf("%q #%d resolved from %+v, want %q", text, i, a.ResolvedFrom, w.resolvedFrom)
		}
		field("rule", a.Rule, w.rule)
		if w.measure != "" {
			m := "-"
			if len(a.Figures) > 0 {
				m = a.Figures[0].Measure
			}
			field("measure", m, w.measure)
		}
		if a.Rule == "" || a.Entry == "" {
			t.Errorf("%q #%d has no rule or entry: %q %q", text, i, a.Rule, a.Entry)
		}
	}
}

func TestIndonesian(t *testing.T) {
	tests := []sentenceCase{
		{"a first name alone is the person named in full before", "Kepala Pusat Data BNPB Abdul Muhari mengatakan banjir melanda tiga desa. Abdul menambahkan bahwa 120 rumah rusak.",
			[]want{{source: "Kepala Pusat Data BNPB Abdul Muhari", cue: "mengatakan"}, {source: "Abdul", actor: "Kepala Pusat Data BNPB Abdul Muhari", cue: "menambahkan"}}},
		{"inverted title and name, then a day", "Cadangan devisa akan tetap di atas 150 miliar dolar AS, kata Gubernur BI Sari Wulandono, Rabu (18/12).",
			[]want{{source: "Gubernur BI Sari Wulandono", cue: "kata", content: "Cadangan devisa akan tetap di atas 150 miliar dolar AS", date: "2024-12-18"}}},
		{"indirect with bahwa", "Menteri Pertahanan Korea Selatan mengatakan bahwa pasukan itu sudah tiba di garis depan.",
			[]want{{source: "Menteri Pertahanan Korea Selatan", cue: "mengatakan", content: "pasukan itu sudah tiba di garis depan", stance: sumber.Assert}}},
		{"an agency's estimate inside a lawmaker's report stays nested", "Anggota parlemen itu mengatakan NIS kini memperkirakan sekitar 11 ribu tentara Korea Utara berada di Rusia.",
			[]want{{source: "Anggota parlemen itu", cue: "mengatakan"}, {source: "NIS", cue: "memperkirakan", stance: sumber.Believe, via: []string{"Anggota parlemen itu"}}}},
		{"an estimate with a post-posed kata: the reporter's claim has no via, the estimate ends at the comma", "BIN menduga kapal itu membawa 40 ton solar, kata Rahmat.",
			[]want{{source: "BIN", cue: "menduga", content: "kapal itu membawa 40 ton solar", via: []string{"Rahmat"}}, {source: "Rahmat", cue: "kata", content: "BIN menduga kapal itu membawa 40 ton solar", via: []string{}}}},
		{"a manner adverb after the cue is not content", "Juru bicara Basarnas membantah keras kabar bahwa pencarian dihentikan.",
			[]want{{source: "Juru bicara Basarnas", cue: "membantah", stance: sumber.Deny, content: "pencarian dihentikan"}}},
		{"a report is the vehicle of the body that issued it, and the relaying speaker is named again by a short name", "Anggota DPR Rina Sumarto, mengutip laporan Badan Pusat Statistik, mengatakan inflasi naik. Rina menyebut harga beras ikut naik.",
			[]want{{source: "laporan Badan Pusat Statistik", actor: "Badan Pusat Statistik", cue: "mengatakan"}, {source: "Rina", actor: "Anggota DPR Rina Sumarto", cue: "menyebut"}}},
		{"a no-comment's content is its topic", "Direksi pelabuhan menolak berkomentar tentang penutupan itu ketika ditanya wartawan.",
			[]want{{source: "Direksi pelabuhan", stance: sumber.Neither, content: "penutupan itu"}}},
		{"declining to comment on a named topic with mengomentari is neither", "Pengelola bandara tidak bersedia mengomentari penundaan puluhan penerbangan itu.",
			[]want{{source: "Pengelola bandara", cue: "tidak bersedia mengomentari", stance: sumber.Neither, content: "penundaan puluhan penerbangan itu"}}},
		{"a title and name between commas, then a day between commas", "Kepala Dinas Perhubungan Lodra, Yanis Fero, Jumat (20/12), mengatakan jembatan itu ditutup.",
			[]want{{source: "Kepala Dinas Perhubungan Lodra, Yanis Fero", cue: "mengatakan", date: "2024-12-20", content: "jembatan itu ditutup"}}},
		{"a place and a day between the name and the cue, Antara style", "Direktur Utama PT Kereta Selatan, Oni Barsa, di Lodra, Jumat, mengatakan jadwal kereta kembali normal.",
			[]want{{source: "Direktur Utama PT Kereta Selatan, Oni Barsa", cue: "mengatakan", date: "2024-12-20"}}},
		{"a place right after the name, then a day", "Kepala Basarnas Lodra Dira Wenn di Port Sela, Senin, menyatakan pencarian diperluas.",
			[]want{{source: "Kepala Basarnas Lodra Dira Wenn", cue: "menyatakan", date: "2024-12-23"}}},
		{"a contrast with nobody else cited goes on with the claim", "Dinas Sosial mencatat 40 keluarga kehilangan rumah, sementara belasan lainnya masih dinyatakan hilang.",
			[]want{{source: "Dinas Sosial", cue: "mencatat", content: "40 keluarga kehilangan rumah, sementara belasan lainnya masih dinyatakan hilang"}}},
		{"a contrast citing someone else ends the claim", "Dinas Sosial mencatat 40 keluarga kehilangan rumah, tetapi relawan menyebut jumlahnya dua kali lipat.",
			[]want{{source: "Dinas Sosial", cue: "mencatat", content: "40 keluarga kehilangan rumah"}, {source: "relawan", cue: "menyebut"}}},
		{"sementara itu opens a new topic", "Dinas Sosial mencatat 40 keluarga kehilangan rumah, sementara itu hujan deras masih turun.",
			[]want{{source: "Dinas Sosial", cue: "mencatat", content: "40 keluarga kehilangan rumah"}}},
		{"an earlier hint, then another claim of the same speaker, is not a change of position", "Sebelumnya, Wali Kota Teren sempat mengisyaratkan kenaikan tarif air. Menurut Wali Kota Teren, pipa baru sudah dipasang di tiga kecamatan.",
			[]want{{cue: "mengisyaratkan", timing: sumber.Earlier}, {cue: "Menurut", timing: "-"}}},
		{"an earlier denial, then a confirmation, is a change of position", "Sebelumnya, Wali Kota Teren membantah kenaikan tarif air. Wali Kota Teren mengakui tarif itu naik sepuluh persen.",
			[]want{{cue: "membantah", timing: sumber.Earlier}, {cue: "mengakui", timing: sumber.Later}}},
		{"a word of earlier time opening the clause is no part of the subject", "Semula panitia menyebut konser itu dihadiri 20 ribu penonton.",
			[]want{{source: "panitia", cue: "menyebut", timing: sumber.Earlier}}},
		{"a word of earlier time after a comma dates the nested claim", "Kepala desa itu menambahkan, sebelumnya petugas menyebut jembatan aman dilalui.",
			[]want{{source: "Kepala desa itu", cue: "menambahkan", timing: "-"}, {source: "petugas", cue: "menyebut", timing: sumber.Earlier}}},
		{"a protest named by what it rejects is no speaker", "Aksi unjuk rasa menolak penggusuran pasar ikan itu berlangsung hingga sore.", nil},
		{"the crowd of a protest is a speaker", "Massa aksi menolak tawaran relokasi dari pemerintah kota.",
			[]want{{source: "Massa aksi", cue: "menolak", stance: sumber.Deny}}},
		{"hal senada points back to the claim before", "Stok solar di pelabuhan menipis. Hal senada disampaikan Ketua Asosiasi Nelayan Teren, Gilo Marn.",
			[]want{{source: "Ketua Asosiasi Nelayan Teren, Gilo Marn", cue: "disampaikan", content: "Stok solar di pelabuhan menipis"}}},
		{"a lower-case economist is the agent after a phrase that points back", "Harga cabai akan turun bulan depan. Pendapat serupa diungkapkan ekonom Risa Holm.",
			[]want{{source: "ekonom Risa Holm", cue: "diungkapkan", content: "Harga cabai akan turun bulan depan"}}},
		{"sebagaimana disampaikan X, then the claim, reads like menurut", "Sebagaimana disampaikan Kepala Dinas Pendidikan Teren, sekolah akan dibuka kembali pekan depan.",
			[]want{{source: "Kepala Dinas Pendidikan Teren", cue: "Sebagaimana disampaikan", content: "sekolah akan dibuka kembali pekan depan"}}},
		{"a yang clause between commas stays in the source span", "Lina Sorrel, yang juga ketua paguyuban pedagang, mengatakan pasar akan dipindahkan.",
			[]want{{source: "Lina Sorrel, yang juga ketua paguyuban pedagang", actor: "Lina Sorrel", cue: "mengatakan", content: "pasar akan dipindahkan"}}},
		{"a headline's topic before the speaker and colon", "Terkait Longsor di Marn, Basarnas: Dua Korban Belum Ditemukan",
			[]want{{source: "Basarnas", cue: ":", content: "Dua Korban Belum Ditemukan", rule: "speaker-colon"}}},
		{"a forecast verb in a headline", "Badan Meteorologi Prediksi Kemarau Datang Lebih Awal",
			[]want{{source: "Badan Meteorologi", cue: "Prediksi", stance: sumber.Believe, content: "Kemarau Datang Lebih Awal"}}},
		{"a count of days before hari sebelumnya dates and marks the earlier claim", "Bupati Marn, Jumat (20/12), menyatakan jalan itu sudah dibuka. Tiga hari sebelumnya, bupati menyebut jalan itu masih tertutup longsor.",
			[]want{{cue: "menyatakan", date: "2024-12-20", timing: "-"}, {cue: "menyebut", date: "2024-12-17", timing: sumber.Earlier}}},
		{"a title and name between commas keep together before a circumstance aside", "Menteri Perhubungan Lodra, Sena Hartt, dalam rapat dengan parlemen, menyatakan tarif tol tidak akan naik.",
			[]want{{source: "Menteri Perhubungan Lodra, Sena Hartt", cue: "menyatakan", content: "tarif tol tidak akan naik"}}},
		{"pihaknya as a subject speaks for the one named before", "Ketua koperasi, Dian Arro, membenarkan harga pupuk naik. Pihaknya menyatakan stok masih cukup sampai panen.",
			[]want{{source: "Ketua koperasi, Dian Arro", cue: "membenarkan"}, {source: "Pihaknya", actor: "Dian Arro", cue: "menyatakan"}}},
		{"a circumstance between the cue and bahwa", "Juru bicara itu mengatakan dalam konferensi pers di Jakarta bahwa perundingan gagal.",
			[]want{{source: "Juru bicara itu", cue: "mengatakan", content: "perundingan gagal"}}},
		{"post-posed kata dia", "“Kami tidak akan mundur,” kata dia.",
			[]want{{source: "dia", cue: "kata", content: "“Kami tidak akan mundur,”", stance: sumber.Assert}}},
		{"ujarnya takes -nya as source", "Juru bicara militer Ukraina Andriy Kovalenko menyebut serangan itu gagal. “Mereka kehilangan banyak tank,” ujarnya.",
			[]want{
				{source: "Juru bicara militer Ukraina Andriy Kovalenko", cue: "menyebut"},
				{source: "nya", cue: "ujar", actor: "Juru bicara militer Ukraina Andriy Kovalenko", content: "“Mereka kehilangan banyak tank,”"},
			}},
		{"menurut with content after", "Menurut Kementerian Pertahanan Inggris, sekitar 1.500 tentara tewas di Kursk.",
			[]want{{source: "Kementerian Pertahanan Inggris", cue: "Menurut", content: "sekitar 1.500 tentara tewas di Kursk"}}},
		{"menurut an outlet is a via", "Menurut Reuters pada Senin, pejabat Ukraina mengklaim bahwa serangan itu berhasil.",
			[]want{{source: "pejabat Ukraina", cue: "mengklaim", stance: sumber.Claim, via: []string{"Reuters"}, content: "serangan itu berhasil"}}},
		{"mengutip makes the cited the origin", "Kantor berita Yonhap melaporkan, mengutip seorang anggota parlemen, bahwa 300 tentara tewas.",
			[]want{{source: "seorang anggota parlemen", cue: "melaporkan", via: []string{"Yonhap"}, content: "300 tentara tewas"}}},
		{"negation", "Pemerintah tidak percaya laporan itu akurat.",
			[]want{{cue: "tidak percaya", stance: sumber.Believe, negated: true, content: "laporan itu akurat"}}},
		{"nested with via and pronoun", "Para diplomat mengatakan bahwa badan intelijen mereka kini menduga rudal itu berasal dari Iran.",
			[]want{
				{source: "Para diplomat", cue: "mengatakan"},
				{source: "badan intelijen mereka", cue: "menduga", stance: sumber.Suspect, via: []string{"diplomat"}, content: "rudal itu berasal dari Iran"},
			}},
		{"earlier then later", "Moskow awalnya membantah laporan itu, tetapi juru bicara Kremlin kemudian mengakui bahwa pasukan asing berada di Kursk.",
			[]want{
				{source: "Moskow", cue: "membantah", stance: sumber.Deny, timing: sumber.Earlier, content: "laporan itu"},
				{source: "juru bicara Kremlin", cue: "mengakui", stance: sumber.Confirm, timing: sumber.Later, content: "pasukan asing berada di Kursk"},
			}},
		{"neither", "Pyongyang belum mengonfirmasi maupun membantah laporan tersebut.",
			[]want{{source: "Pyongyang", stance: sumber.Neither, content: "laporan tersebut"}}},
		{"pronoun mereka resolves to the last plural source", "Para analis memperkirakan perang akan berlanjut. Mereka mengatakan bahwa Rusia butuh tentara.",
			[]want{
				{source: "Para analis", stance: sumber.Believe},
				{source: "Mereka", actor: "analis", resolvedFrom: "Para analis"},
			}},
		{"claim date from the sentence", "Pada tanggal 20 Desember, Badan Intelijen Nasional menyatakan bahwa 100 tentara tewas.",
			[]want{{source: "Badan Intelijen Nasional", date: "2024-12-20"}}},
		{"superseded assessment", "Hal itu bertentangan dengan laporan sebelumnya yang menyatakan bahwa Rusia meminta bantuan.",
			[]want{{source: "laporan sebelumnya", timing: sumber.Superseded, content: "Rusia meminta bantuan"}}},
		{"modal hope is not a claim", "Pemimpin itu dapat berharap bantuan datang.", nil},
		{"dateline dash is not part of the source", "Kabar Timur, Jakarta - Kementerian Luar Negeri membantah laporan itu.",
			[]want{{source: "Kementerian Luar Negeri", stance: sumber.Deny}}},
		{"name between commas", "Anggota parlemen Korea Selatan, Han Min-jae, mengatakan bahwa jumlahnya naik.",
			[]want{{source: "Anggota parlemen Korea Selatan, Han Min-jae", content: "jumlahnya naik"}}},
		{"parenthetical kata dia", "Menurut Han, intelijen menilai situasi memburuk. NIS, kata dia, menduga Rusia membayar tentara itu.",
			[]want{
				{source: "Han", cue: "Menurut"},
				{source: "intelijen", via: []string{"Han"}},
				{source: "dia", actor: "Han", cue: "kata", rule: ""},
				{source: "NIS", cue: "menduga", via: []string{"Han"}, content: "Rusia membayar tentara itu"},
			}},
		{"passive with an agent", "Angka itu disampaikan oleh Kepala Staf Gabungan pada Senin.",
			[]want{{source: "Kepala Staf Gabungan", cue: "disampaikan", content: "Angka itu"}}},
		{"passive without an agent names no source", "Pyongyang diyakini telah memasok rudal balistik.", nil},
		{"a rejected passive does not cut the subject", "Seorang pejabat yang tidak disebutkan namanya mengatakan bahwa angka itu naik.",
			[]want{{source: "Seorang pejabat yang tidak disebutkan namanya", cue: "mengatakan"}}},
		{"an act asked for is no claim", "Anggota DPR, Ratna Sari, meminta pemerintah menjelaskan penyebab kenaikan tarif.", nil},
		{"… also inside a request that is a cue of its own", "Ketua serikat mendesak direksi menjelaskan rencana itu.",
			[]want{{source: "Ketua serikat", cue: "mendesak", content: "direksi menjelaskan rencana itu"}}},
		{"a source described by what it knows: its knowing is no claim", "Dua sumber yang mengetahui perundingan itu mengatakan kontrak akan diteken bulan depan.",
			[]want{{source: "Dua sumber yang mengetahui perundingan itu", cue: "mengatakan", content: "kontrak akan diteken bulan depan"}}},
		{"… also after menurut and a post-posed kata", "Menurut orang yang tahu soal tender itu, pemenangnya sudah ditentukan, kata seorang pegawai yang mengetahui proses tersebut.",
			[]want{{source: "orang yang tahu soal tender itu", cue: "Menurut", content: "pemenangnya sudah ditentukan"},
				{source: "seorang pegawai yang mengetahui proses tersebut", cue: "kata"}}},
		{"never confirmed nor denied is neither, not negated", "Kremlin, yang selama ini tidak pernah mengonfirmasi maupun membantah kehadiran pasukan itu, menolak berkomentar.",
			[]want{{source: "Kremlin", stance: sumber.Neither, negated: false}, {source: "Kremlin", cue: "menolak berkomentar", stance: sumber.Neither}}},
		{"date between subject and cue", "Presiden Zelensky pada 23 Desember mengklaim sekitar 3.000 tentara tewas.",
			[]want{{source: "Presiden Zelensky", date: "2024-12-23"}}},
		{"claim noun with the source after it", "Pentagon membantah klaim Moskow bahwa pasukan itu sukarelawan.",
			[]want{{source: "Pentagon", cue: "membantah", stance: sumber.Deny}, {source: "Moskow", cue: "klaim", stance: sumber.Claim, content: "pasukan itu sukarelawan"}}},
		{"passive with the agent right after the verb, content pointing back", "Pasukan itu dilaporkan tiba di Kursk. Hal itu disampaikan Juru Bicara Kementerian Pertahanan kepada wartawan.",
			[]want{{source: "Juru Bicara Kementerian Pertahanan", cue: "disampaikan", content: "Pasukan itu dilaporkan tiba di Kursk"}}},
		{"comma after the cue", "Dia menambahkan, sebagian besar tentara itu berasal dari unit khusus.",
			[]want{{source: "Dia", cue: "menambahkan", content: "sebagian besar tentara itu berasal dari unit khusus"}}},
		{"passive agent with a name after it", "Angka itu disampaikan Ketua Palang Merah Varesia, Doran Ilves, saat ditemui di Halden.",
			[]want{{source: "Ketua Palang Merah Varesia, Doran Ilves", cue: "disampaikan"}}},
		{"addressee before bahwa", "Menteri itu mengatakan kepada parlemen bahwa jumlah pengungsi mendekati 20.000 orang.",
			[]want{{cue: "mengatakan", content: "jumlah pengungsi mendekati 20.000 orang"}}},
		{"dateline of names before a dash", "Kabar Timur, Jakarta - Pemerintah sepakat mengirim delegasi, kata juru bicara itu.",
			[]want{{cue: "kata", content: "Pemerintah sepakat mengirim delegasi"}}},
		{"a name with a capitalised function word", "\"Belum ada laporan,\" kata Juru Bicara Kemlu Lalu Muhamad Iqbal.",
			[]want{{source: "Juru Bicara Kemlu Lalu Muhamad Iqbal", cue: "kata"}}},
		{"a trailing date dates the statement", "Kementerian Luar Negeri memastikan tidak ada korban, Selasa (3/12/2024).",
			[]want{{content: "tidak ada korban", date: "2024-12-03"}}},
		{"menurutnya takes the suffix as source", "Pengamat itu, Andi Widjajanto, menilai eskalasi ini berbahaya. Menurutnya, kedua pihak belum siap berunding.",
			[]want{{cue: "menilai"}, {source: "nya", cue: "Menurut", actor: "Andi Widjajanto", content: "kedua pihak belum siap berunding"}}},
		{"dilansir dari an outlet is a via", "Dilansir dari Reuters, militer Rusia mengklaim telah menghancurkan 30 drone.",
			[]want{{source: "militer Rusia", cue: "mengklaim", via: []string{"Reuters"}}}},
		{"demikian dilaporkan names the outlet after the claim", "Korea Utara telah mengirim sekitar 1.500 tentara ke Rusia, demikian dilaporkan kantor berita Yonhap.",
			[]want{{source: "kantor berita Yonhap", actor: "Yonhap", cue: "demikian dilaporkan", content: "Korea Utara telah mengirim sekitar 1.500 tentara ke Rusia", via: []string{}}}},
		{"lapor X mengutip Y", "Tentara itu diangkut dari Chongjin, lapor Yonhap mengutip Badan Intelijen Nasional.",
			[]want{{source: "Badan Intelijen Nasional", cue: "lapor", via: []string{"Yonhap"}}}},
		{"an agency the gazetteer does not know is still an outlet", "\"Warga kami melarikan diri,\" ujar juru bicara Tomas Reyl, seperti dikutip kantor berita VARPRESS.",
			[]want{{cue: "ujar", via: []string{"VARPRESS"}}}},
		{"outlet wrapped in generic words", "Menurut kantor berita Asia Press Agency (APA), Pentagon menyatakan memiliki bukti.",
			[]want{{source: "Pentagon", via: []string{"Asia Press Agency"}}}},
		{"menurut data released by an agent: the agent is the source", "Menurut data yang dirilis Kementerian Kesehatan pada Senin (21/10), sedikitnya 40 warga sipil tewas.",
			[]want{{source: "Kementerian Kesehatan", cue: "dirilis", content: "sedikitnya 40 warga sipil tewas", date: "2024-10-21", rule: "prep-passive"}}},
		{"menurut a source quoted by an outlet: the outlet is a via", "Menurut sumber diplomatik yang dikutip AP, kedua pihak sepakat menukar tahanan.",
			[]want{{source: "sumber diplomatik", cue: "Menurut", via: []string{"Associated Press"}, content: "kedua pihak sepakat menukar tahanan"}}},
		{"menurut an outlet quoting officials: the officials are the source", "Menurut Reuters mengutip dua pejabat keamanan, sedikitnya 12 warga sipil tewas.",
			[]want{{source: "dua pejabat keamanan", cue: "Menurut", via: []string{"Reuters"}, content: "sedikitnya 12 warga sipil tewas"}}},
		{"a date between commas after the subject", "Juru bicara Kementerian Pertahanan Rusia Igor Konashenkov, Kamis (24/10), mengklaim pasukannya menembak jatuh 47 drone.",
			[]want{{source: "Juru bicara Kementerian Pertahanan Rusia Igor Konashenkov", cue: "mengklaim", stance: sumber.Claim, date: "2024-10-24"}}},
		{"post-posed bare stems tegas, pungkasnya", "\"Tidak ada tentara kami yang terlibat,\" tegas Duta Besar Kim Song. \"Kami terus memantau,\" pungkasnya.",
			[]want{{source: "Duta Besar Kim Song", cue: "tegas"}, {source: "nya", cue: "pungkas", actor: "Duta Besar Kim Song"}}},
		{"kilah is a contested claim", "\"Itu hanya latihan,\" kilah juru bicara militer.",
			[]want{{source: "juru bicara militer", cue: "kilah", stance: sumber.Claim}}},
		{"belum memberikan konfirmasi resmi declines to confirm", "Kementerian Luar Negeri belum memberikan konfirmasi resmi mengenai penangkapan itu.",
			[]want{{source: "Kementerian Luar Negeri", cue: "belum memberikan konfirmasi resmi", stance: sumber.Neither, content: "penangkapan itu"}}},
		{"mengaku alone is a self-report, not an admission", "Seorang saksi mengaku melihat puluhan tentara memasuki desa.",
			[]want{{source: "Seorang saksi", cue: "mengaku", stance: sumber.Assert, content: "melihat puluhan tentara memasuki desa"}}},
		{"still (masih) on a day before publication is an earlier claim", "Kepolisian menyebut 14 penumpang hilang. Pada Jumat (20/12), polisi masih melaporkan 9 penumpang hilang.",
			[]want{{cue: "menyebut", timing: "-"}, {cue: "melaporkan", timing: sumber.Earlier}}},
		{"still (masih) on the day of publication is the current claim", "Pada Selasa (24/12), polisi masih mencatat 14 penumpang hilang.",
			[]want{{cue: "mencatat", timing: "-"}}},
		{"a claim noun with bahwa after a denial is a nominaliser, not content", "Direktur rumah sakit itu membantah tudingan bahwa obat pasien dijual kembali.",
			[]want{{source: "Direktur rumah sakit itu", cue: "membantah", stance: sumber.Deny, content: "obat pasien dijual kembali"}}},
		{"kabar bahwa after a confirmation is a nominaliser", "Syahbandar membenarkan kabar bahwa kapal feri itu kandas.",
			[]want{{source: "Syahbandar", cue: "membenarkan", stance: sumber.Confirm, content: "kapal feri itu kandas"}}},
		{"an adverb of frequency before a cue inside a claim is no subject", "Sejumlah pedagang mengaku sudah berkali-kali mengeluhkan kebersihan pasar itu.",
			[]want{{source: "Sejumlah pedagang", cue: "mengaku", content: "sudah berkali-kali mengeluhkan kebersihan pasar itu"}}},
		{"refusing to move (menolak direlokasi) is no denial", "Camat menyebut aparat mendata pedagang yang menolak direlokasi ke pasar baru.",
			[]want{{source: "Camat", cue: "menyebut", content: "aparat mendata pedagang yang menolak direlokasi ke pasar baru"}}},
		{"a bracketed acronym in a title before a name does not make the title too long", "Pengacara warga dari Lembaga Bantuan Hukum (LBH) Selvar, Rudi Amsel, menuding izin tambang itu cacat.",
			[]want{{source: "Pengacara warga dari Lembaga Bantuan Hukum (LBH) Selvar, Rudi Amsel", cue: "menuding", content: "izin tambang itu cacat"}}},
		{"a contrast without a subject of its own goes on with the claim", "Kepala dinas mengatakan petugas sudah mengambil sampel air sumur, namun belum menutup sumur itu.",
			[]want{{source: "Kepala dinas", cue: "mengatakan", content: "petugas sudah mengambil sampel air sumur, namun belum menutup sumur itu"}}},
		{"a contrast with a subject of its own ends the claim", "Ia mengatakan harga cabai naik, namun pedagang menyebut pasokan aman.",
			[]want{{source: "Ia", cue: "mengatakan", content: "harga cabai naik"}, {source: "pedagang", cue: "menyebut", content: "pasokan aman"}}},
		{"mengaku with a wrong of one's own is an admission", "Bendahara koperasi itu mengaku telah menerima uang Rp 40 juta dari pemasok pupuk.",
			[]want{{source: "Bendahara koperasi itu", cue: "mengaku", stance: sumber.Confirm}}},
		{"mengaku without a permit is an admission", "Pengelola tambang pasir itu mengaku belum mengantongi izin lingkungan.",
			[]want{{cue: "mengaku", stance: sumber.Confirm}}},
		{"mengaku sebagai is a claimed identity", "Dua pria yang ditangkap di terminal itu mengaku sebagai anggota intelijen.",
			[]want{{cue: "mengaku", stance: sumber.Claim}}},
		{"mengaku with a negated wrong is a self-exculpation", "Mantan kepala dinas itu mengaku tidak pernah menerima uang dari kontraktor jalan.",
			[]want{{cue: "mengaku", stance: sumber.Claim}}},
		{"a noun released by an agent: the next verb reports, the agent is the actor", "Data yang dirilis Kementerian Kesehatan menunjukkan 52 orang meninggal.",
			[]want{{actor: "Kementerian Kesehatan", cue: "menunjukkan", content: "52 orang meninggal"}}},
		{"menurut a report by an outlet quoting someone", "Menurut laporan kantor berita Reuters yang mengutip sumber di kepolisian, dua tersangka telah ditangkap.",
			[]want{{source: "sumber di kepolisian", cue: "Menurut", via: []string{"Reuters"}, content: "dua tersangka telah ditangkap"}}},
		{"bare stems are not cues outside the post-posed frame", "Situasinya sudah jelas, pemerintah harus bertindak. Aturan itu tegas melarang impor senjata, sebut saja senapan.", nil},
		{"a place and a date after a post-posed speaker", "Inflasi akan turun, kata Gubernur BI Perry Wiratmo di Jakarta, Rabu (12/6).",
			[]want{{source: "Gubernur BI Perry Wiratmo", cue: "kata", content: "Inflasi akan turun", rule: "verb-inverted"}}},
		{"a date after a post-posed speaker is not a parenthetical", "Inflasi akan turun, kata Perry, Rabu (12/6).",
			[]want{{source: "Perry", cue: "kata", content: "Inflasi akan turun", rule: "verb-inverted"}}},
		{"a place inside a pre-posed subject stays", "Seorang pejabat di Pyongyang mengatakan bahwa itu sah.",
			[]want{{source: "Seorang pejabat di Pyongyang", cue: "mengatakan", content: "itu sah"}}},
		{"declining to give details is neither", "Kapolres Jakarta Selatan Kombes Ade Rahmat membenarkan penangkapan tersebut, namun menolak memberikan keterangan lebih lanjut.",
			[]want{{cue: "membenarkan", stance: sumber.Confirm}, {cue: "menolak memberikan keterangan", stance: sumber.Neither}}},
		{"only a time after a post-posed speaker", "Harga beras akan turun, kata Kepala BPS pekan lalu.",
			[]want{{source: "Kepala BPS", cue: "kata", content: "Harga beras akan turun", rule: "verb-inverted"}}},
		{"a date between commas before bahwa", "Gubernur mengatakan, Senin (21/10), bahwa pemilihan akan digelar pada 27 November.",
			[]want{{source: "Gubernur", cue: "mengatakan", content: "pemilihan akan digelar pada 27 November", date: "2024-10-21"}}},
		{"a written statement of a body: the body is the actor", "Menurut keterangan tertulis Basarnas, pencarian korban akan dilanjutkan pada Kamis.",
			[]want{{source: "keterangan tertulis Basarnas", actor: "Basarnas", cue: "Menurut", content: "pencarian korban akan dilanjutkan pada Kamis"}}},
		{"declining to say more has no content", "Juru bicara kepolisian menolak memberikan keterangan lebih lanjut.",
			[]want{{source: "Juru bicara kepolisian", cue: "menolak memberikan keterangan", stance: sumber.Neither, content: "-"}}},
		{"a revised figure is a claim, later than the source's earlier figure", "Polisi mengatakan 45 orang tewas dalam kecelakaan itu. Pada Selasa, polisi merevisi jumlah korban tewas menjadi 67 orang.",
			[]want{{source: "Polisi", cue: "mengatakan"}, {source: "polisi", cue: "merevisi", content: "jumlah korban tewas menjadi 67 orang", stance: sumber.Assert, timing: sumber.Later, measure: "killed"}}},
		{"updated data is a claim", "BNPB memperbarui data korban menjadi 120 orang meninggal dunia.",
			[]want{{source: "BNPB", cue: "memperbarui", content: "data korban menjadi 120 orang meninggal dunia", measure: "killed"}}},
		{"a second statement with nothing marking a change is not later", "Polisi awalnya menyebut kebakaran disebabkan korsleting listrik. Polisi mengatakan tim penyelamat masih menyisir gedung.",
			[]want{{cue: "menyebut", timing: sumber.Earlier}, {cue: "mengatakan", timing: "-"}}},
		{"raising a count of things is an act, not a claim", "Pemerintah menaikkan jumlah pasukan menjadi 5.000 orang.", nil},
		{"a passive revision with its agent before the figure", "Jumlah korban tewas direvisi oleh BNPB menjadi 67 orang.",
			[]want{{source: "BNPB", cue: "direvisi", content: "Jumlah korban tewas direvisi oleh BNPB menjadi 67 orang", measure: "killed", rule: "passive-by"}}},
		{"a passive revision with its agent after the figure", "Jumlah korban tewas direvisi menjadi 67 orang oleh BNPB.",
			[]want{{source: "BNPB", cue: "direvisi", content: "Jumlah korban tewas direvisi menjadi 67 orang", rule: "passive-by", measure: "killed"}}},
		{"a passive revision without an agent claims nothing", "Jumlah korban tewas direvisi menjadi 67 orang pada Selasa.", nil},
		{"a passive raise of a rate is an act, not a claim", "Suku bunga dinaikkan menjadi 6 persen oleh BI.", nil},
		{"a connector opening a post-posed content is trimmed", "Sementara itu, harga beras naik, demikian disampaikan Kepala BPS.",
			[]want{{source: "Kepala BPS", cue: "demikian disampaikan", content: "harga beras naik"}}},
		// generality round (id): headline verbs, sources, contents, no-comments
		{"a headline's bare verb after its subject", "Gubernur Rendra Sebut Jembatan Selat Rampung Akhir Tahun",
			[]want{{source: "Gubernur Rendra", cue: "Sebut", content: "Jembatan Selat Rampung Akhir Tahun", stance: sumber.Assert}}},
		{"a headline's bare denial", "Polres Barat Bantah Ada Penembakan di Pasar Ikan",
			[]want{{source: "Polres Barat", cue: "Bantah", content: "Ada Penembakan di Pasar Ikan", stance: sumber.Deny}}},
		{"a headline's bare noun without a subject is no cue", "Nilai Tukar Mata Uang Merosot Tajam Sepekan Terakhir", nil},
		{"neither denying nor confirming, denial first", "Pihak bandara tidak membantah maupun membenarkan kabar penundaan seluruh penerbangan.",
			[]want{{source: "Pihak bandara", cue: "tidak membantah maupun membenarkan", content: "kabar penundaan seluruh penerbangan", stance: sumber.Neither}}},
		{"a cue ending in -ing is no English participle: title and name before menuding", "Kuasa hukum perusahaan itu, Rudi Sasmita, menuding auditor menyembunyikan temuan.",
			[]want{{source: "Kuasa hukum perusahaan itu, Rudi Sasmita", cue: "menuding", content: "auditor menyembunyikan temuan", stance: sumber.Claim}}},
		{"an according-to aside between a titled name and the cue relays", "Kepala Dinas Perikanan, Yuda Pratama, seperti dilansir Reuters, memperkirakan hasil tangkapan turun tahun ini.",
			[]want{{source: "Kepala Dinas Perikanan, Yuda Pratama", cue: "memperkirakan", via: []string{"Reuters"}, content: "hasil tangkapan turun tahun ini"}}},
		{"an according-to aside after an agency with its acronym", "Lembaga Pemantau Hutan (LPH), seperti dikutip Reuters, menilai kebakaran itu disengaja.",
			[]want{{source: "Lembaga Pemantau Hutan (LPH)", cue: "menilai", via: []string{"Reuters"}, content: "kebakaran itu disengaja"}}},
		{"the medium a subject speaks through is no part of the source", "Badan Meteorologi dalam laporan mingguannya menyebutkan curah hujan akan menurun.",
			[]want{{source: "Badan Meteorologi", cue: "menyebutkan", content: "curah hujan akan menurun"}}},
		{"a medium opening a document", "Kantor imigrasi melalui keterangan tertulis menyatakan tiga warga asing dideportasi.",
			[]want{{source: "Kantor imigrasi", cue: "menyatakan"}}},
		{"a prepositional phrase that is no medium stays in the source", "Pakar gizi dalam bidang pangan anak menilai program itu tepat sasaran.",
			[]want{{source: "Pakar gizi dalam bidang pangan anak", cue: "menilai"}}},
		{"a topic opener and an emphatic around the subject", "Sidang ditunda. Adapun Bupati Harsono sendiri membantah menerima hadiah dari kontraktor.",
			[]want{{source: "Bupati Harsono", cue: "membantah", stance: sumber.Deny}}},
		{"a no-comment's content is its topic", "Direktur rumah sakit itu belum bersedia berkomentar soal kematian dua pasien.",
			[]want{{source: "Direktur rumah sakit itu", cue: "belum bersedia berkomentar", content: "kematian dua pasien", stance: sumber.Neither}}},
		{"a no-comment's topic after a reporter's question", "Sang bupati tidak menanggapi pertanyaan wartawan terkait temuan auditor.",
			[]want{{cue: "tidak menanggapi", content: "temuan auditor", stance: sumber.Neither}}},
		{"a request without a topic leaves no content", "Juru bicara maskapai tidak menjawab telepon dan pesan singkat wartawan.",
			[]want{{source: "Juru bicara maskapai", cue: "tidak menjawab", content: "-", stance: sumber.Neither}}},
		{"an unanswered message with a time between subject and cue", "Kuasa hukum sang direktur, Ratna Dewi, hingga Jumat sore tidak membalas pesan yang menanyakan soal tuduhan itu.",
			[]want{{source: "Kuasa hukum sang direktur, Ratna Dewi", cue: "tidak membalas", content: "tuduhan itu", stance: sumber.Neither}}},
		{"menuturkan reports, and a nested admission gets the outer source as via", "Penyidik menuturkan, seorang kurir mengaku mengantar dua koper uang ke rumah pejabat itu.",
			[]want{{source: "Penyidik", cue: "menuturkan", stance: sumber.Assert}, {source: "seorang kurir", cue: "mengaku", via: []string{"Penyidik"}}}},
		{"menyanggah denies", "Manajer pabrik itu menyanggah limbahnya mencemari sungai.",
			[]want{{source: "Manajer pabrik itu", cue: "menyanggah", content: "limbahnya mencemari sungai", stance: sumber.Deny}}},
		{"ditengarai is a suspicion", "Auditor menengarai ada penggelembungan harga dalam proyek jalan itu.",
			[]want{{source: "Auditor", cue: "menengarai", stance: sumber.Suspect}}},
		{"berpendapat is a belief", "Ekonom itu berpendapat bahwa suku bunga akan turun tahun depan.",
			[]want{{source: "Ekonom itu", cue: "berpendapat", content: "suku bunga akan turun tahun depan", stance: sumber.Believe}}},
		{"a noun and a demonstrative as a passive's subject point back", "Dewan kota menyetujui tarif parkir baru. Keputusan tersebut diumumkan Ketua DPRD, Lina Sari, Senin (16/12).",
			[]want{{source: "Ketua DPRD, Lina Sari", cue: "diumumkan", content: "Dewan kota menyetujui tarif parkir baru", date: "2024-12-16"}}},
		{"an institution anaphor with juga continues a relayed report", "Organisasi Pangan Dunia, seperti dilansir Reuters, menilai panen gandum akan merosot. Lembaga itu juga mencatat harga pupuk naik dua kali lipat.",
			[]want{{cue: "menilai", via: []string{"Reuters"}}, {source: "Lembaga itu", actor: "Organisasi Pangan Dunia", cue: "mencatat", via: []string{"Reuters"}}}},
		{"the day before the last date given", "Bupati mengatakan jembatan itu ditutup, Kamis (19/12). Sehari sebelumnya, ia menyebut jembatan itu masih aman dilalui.",
			[]want{{cue: "mengatakan", date: "2024-12-19"}, {cue: "menyebut", date: "2024-12-18"}}},
		{"the day after the last date given", "Polisi menyebut dua orang ditangkap pada Senin (16/12). Keesokan harinya, polisi mengatakan keduanya sudah dibebaskan.",
			[]want{{cue: "menyebut"}, {cue: "mengatakan", date: "2024-12-17"}}},
		{"a figure of another unit after an earlier one is no change of position", "Tim SAR sebelumnya menyebut 12 pendaki hilang. “Kami menyisir sekitar 5 kilometer lereng selatan,” kata Tim SAR.",
			[]want{{cue: "menyebut", timing: sumber.Earlier}, {cue: "kata", timing: "-"}}},
		{"a named recipient without bahwa is skipped before the content", "Kepala desa itu mengatakan kepada Gubernur Harjo jalan desa sudah tiga bulan terputus.",
			[]want{{source: "Kepala desa itu", cue: "mengatakan", content: "jalan desa sudah tiga bulan terputus", via: []string{}}}},
		{"a recipient closed by a comma", "Dokter itu mengatakan kepada para wartawan yang menunggu, kondisi pasien membaik.",
			[]want{{source: "Dokter itu", cue: "mengatakan", content: "kondisi pasien membaik"}}},
		{"a news outlet cited before the subject relays", "Mengutip Reuters, Menteri Energi Dara Solvik mengatakan pasokan gas akan pulih bulan depan.",
			[]want{{source: "Menteri Energi Dara Solvik", cue: "mengatakan", via: []string{"Reuters"}, content: "pasokan gas akan pulih bulan depan"}}},
		{"data cited before the subject stays its origin", "Mengutip data BPS, menteri itu mengatakan inflasi turun.",
			[]want{{source: "data BPS", cue: "mengatakan", via: []string{"menteri itu"}}}},
		{"a relay after the content ends it", "Menteri Perdagangan Sinta Arum menegaskan stok beras aman hingga akhir tahun, seperti dilaporkan Reuters.",
			[]want{{source: "Menteri Perdagangan Sinta Arum", cue: "menegaskan", via: []string{"Reuters"}, content: "stok beras aman hingga akhir tahun"}}},
		{"a relay aside between the cue and bahwa", "Menteri itu mengatakan, seperti dikutip Reuters, bahwa stok beras aman.",
			[]want{{source: "Menteri itu", cue: "mengatakan", via: []string{"Reuters"}, content: "stok beras aman"}}},
		{"an object that points back, then a place", "Pasar induk akan direlokasi tahun depan. Wali kota menyampaikan hal itu di balai kota.",
			[]want{{source: "Wali kota", cue: "menyampaikan", content: "Pasar induk akan direlokasi tahun depan"}}},
		{"a denial's object stays itself", "Kontraktor dituding memakai besi bekas. Perusahaan itu menolak tuduhan tersebut di pengadilan.",
			[]want{{source: "Perusahaan itu", cue: "menolak", content: "tuduhan tersebut di pengadilan"}}},
		{"a role appositive after a post-posed speaker belongs to the source", "“Airnya naik dalam hitungan menit,” kata Yanti, warga setempat yang rumahnya ikut terendam.",
			[]want{{source: "Yanti, warga setempat yang rumahnya ikut terendam", cue: "kata"}}},
		{"a date after a post-posed speaker is no appositive", "“Airnya naik dalam hitungan menit,” kata Yanti, Senin (16/12).",
			[]want{{source: "Yanti", cue: "kata", date: "2024-12-16"}}},
		{"a quotation ending its paragraph is not the next paragraph's content", "“Kami akan banding,” kata pengacara itu. “Putusan ini keliru.”\nKepala rutan menyebut separuh tahanan sudah dipindahkan.",
			[]want{{cue: "kata"}, {source: "Kepala rutan", cue: "menyebut", content: "separuh tahanan sudah dipindahkan"}}},
		{"lalu closing a date is last, not then", "Menteri Kesehatan pada 5 Desember lalu menyatakan wabah sudah terkendali.",
			[]want{{cue: "menyatakan", timing: "-", date: "2024-12-05"}}},
		{"a time between commas after the cue, without bahwa", "Juru bicara kejaksaan mengatakan, Senin (16/12), tersangka sudah ditahan.",
			[]want{{cue: "mengatakan", content: "tersangka sudah ditahan", date: "2024-12-16"}}},
		{"according to a title, then the name between commas", "Menurut juru bicara Dinas Pendidikan, Wulan Sari, sekolah akan dibuka kembali pekan depan.",
			[]want{{source: "juru bicara Dinas Pendidikan, Wulan Sari", cue: "Menurut", content: "sekolah akan dibuka kembali pekan depan"}}},
		{"according to a one-word source, a name opens the content", "Menurut polisi, Budi Santoso, warga Desa Ara, ditangkap di rumahnya.",
			[]want{{source: "polisi", cue: "Menurut", content: "Budi Santoso, warga Desa Ara, ditangkap di rumahnya"}}},
		{"a post-posed speaker after a comma ends an earlier cue's content", "Data sementara menunjukkan partai itu meraih 31 persen suara, kata peneliti survei, Dewi Lestari.",
			[]want{{cue: "menunjukkan", content: "partai itu meraih 31 persen suara"}, {source: "peneliti survei, Dewi Lestari", cue: "kata"}}},
		{"sebagaimana dikutip relays", "Kepala Basarnas, sebagaimana dikutip Reuters, menyatakan pencarian dihentikan.",
			[]want{{source: "Kepala Basarnas", cue: "menyatakan", via: []string{"Reuters"}, content: "pencarian dihentikan"}}},
		{"a statement corrected, then a new figure: the noun is no cue", "Bupati sebelumnya menyebut korban 12 orang. Bupati kemudian meralat pernyataannya dan menyebut jumlah korban 19 orang.",
			[]want{{cue: "menyebut", timing: sumber.Earlier}, {source: "Bupati", cue: "menyebut", timing: sumber.Later, content: "jumlah korban 19 orang"}}},
		{"a circumstance of being reached between subject and cue", "Lurah Tegal Sari saat dihubungi, Senin (16/12), mengatakan air mulai surut.",
			[]want{{source: "Lurah Tegal Sari", cue: "mengatakan", content: "air mulai surut", date: "2024-12-16"}}},
		{"a titled name, then being asked", "Juru bicara Polda, Kombes Rina Astuti, saat dikonfirmasi membenarkan penangkapan itu.",
			[]want{{source: "Juru bicara Polda, Kombes Rina Astuti", cue: "membenarkan", stance: sumber.Confirm}}},
		{"a noun after saat is a clause's own subject", "Warga mengungsi ketika polisi mengatakan tanggul jebol.",
			[]want{{source: "polisi", cue: "mengatakan", content: "tanggul jebol"}}},
		{"a sentence pointed back to loses its dateline", "Surabaya - Pelabuhan Tanjung Laut ditutup sementara karena badai. Hal itu disampaikan Syahbandar, Arif Nugroho.",
			[]want{{source: "Syahbandar, Arif Nugroho", cue: "disampaikan", content: "Pelabuhan Tanjung Laut ditutup sementara karena badai"}}},
		{"an according-to aside inside the clause: the content is the clause around it", "Dinas Sosial, menurut keterangan tertulisnya, telah membagikan 500 paket sembako.",
			[]want{{cue: "menurut", content: "Dinas Sosial, menurut keterangan tertulisnya, telah membagikan 500 paket sembako", rule: "prep-parenthetical"}}},
		{"the time of writing is no part of a no-comment's topic", "Bupati Lestari belum menanggapi tudingan itu hingga berita ini diturunkan.",
			[]want{{cue: "belum menanggapi", content: "tudingan itu", stance: sumber.Neither}}},
		{"a no-comment with only the time of writing has no content", "Bupati Lestari belum menanggapi hingga berita ini diturunkan.",
			[]want{{cue: "belum menanggapi", content: "-", stance: sumber.Neither}}},
		{"a subject speaking through a named lawyer: the lawyer relays", "Mantan direktur itu melalui pengacaranya, Rudi Gunawan, menyatakan menerima putusan hakim.",
			[]want{{source: "Mantan direktur itu", cue: "menyatakan", via: []string{"Rudi Gunawan"}}}},
		{"a time adverb between subject and cue", "Terdakwa saat itu membantah keterangan saksi.",
			[]want{{source: "Terdakwa", cue: "membantah", stance: sumber.Deny}}},
		{"a dateline with a doubled hyphen is no part of the content", "Jakarta, CNN Indonesia -- Harga minyak goreng naik, kata Menteri Perdagangan.",
			[]want{{source: "Menteri Perdagangan", cue: "kata", content: "Harga minyak goreng naik"}}},
		{"a paper citing someone, then a participle: the cited is the source, the paper relays", "Harian itu mengutip dua perwira yang tidak disebutkan namanya, mengatakan bahwa latihan ditunda.",
			[]want{{source: "dua perwira yang tidak disebutkan namanya", cue: "mengatakan", via: []string{"Harian itu"}, content: "latihan ditunda"}}},
		{"according to a newspaper named after 'surat kabar', the newspaper relays", "Menurut surat kabar Harian Selatan, pejabat bandara yakin bahwa landasan dibuka kembali pekan depan.",
			[]want{{source: "pejabat bandara", cue: "yakin", via: []string{"Harian Selatan"}}}},
		{"a post-posed form opening the sentence, its content after the comma", "Kata Sumarni, harga beras di pasar induk sudah turun.",
			[]want{{source: "Sumarni", cue: "Kata", content: "harga beras di pasar induk sudah turun", rule: "verb-fronted"}}},
		{"the question a no-comment answers is its topic", "Saat ditanya wartawan apakah ia akan mundur, Menteri Perhubungan menolak menjawab.",
			[]want{{source: "Menteri Perhubungan", cue: "menolak menjawab", content: "apakah ia akan mundur", stance: sumber.Neither}}},
		{"a relative date between the subject and the cue", "Juru bicara pelabuhan itu kemarin mengatakan kapal sudah berlabuh.",
			[]want{{source: "Juru bicara pelabuhan itu", cue: "mengatakan", date: "2024-12-23"}}},
		{"a spelled relative date before bahwa", "Polisi mengatakan dua hari lalu bahwa pelaku sudah ditangkap.",
			[]want{{source: "Polisi", cue: "mengatakan", content: "pelaku sudah ditangkap", date: "2024-12-22"}}},
		{"informal bilang reports with a pronoun subject", "Ia bilang harga cabai sudah turun sejak pekan lalu.",
			[]want{{source: "Ia", cue: "bilang", content: "harga cabai sudah turun sejak pekan lalu"}}},
		{"menyalahkan blames: a claim", "Warga menyalahkan pengembang atas banjir itu.",
			[]want{{source: "Warga", cue: "menyalahkan", stance: sumber.Claim}}},
		{"a headline teaser is no subject", "Ini Kata BMKG soal Gempa Susulan di Selat Sunda", nil},
		{"a headline's bare blame after a fronted topic", "Soal Banjir, Gubernur Salahkan Cuaca Ekstrem",
			[]want{{source: "Gubernur", cue: "Salahkan", stance: sumber.Claim, content: "Cuaca Ekstrem"}}},
		{"a headline of two clauses: the first content ends at the comma", "Dinkes Sebut Wabah Terkendali, Warga Keluhkan Obat Langka",
			[]want{{source: "Dinkes", cue: "Sebut", content: "Wabah Terkendali"}, {source: "Warga", cue: "Keluhkan", content: "Obat Langka"}}},
		{"a recipient between commas after a titled name", "Anggota Ombudsman, Teguh Sasongko, kepada wartawan, Senin (16/12), mengatakan pihaknya menyurati pengelola pasar.",
			[]want{{source: "Anggota Ombudsman, Teguh Sasongko", cue: "mengatakan", date: "2024-12-16", content: "pihaknya menyurati pengelola pasar"}}},
		{"more no-comments: unreachable, silent", "Juru bicara pabrik itu tidak dapat dihubungi untuk dimintai tanggapan.",
			[]want{{cue: "tidak dapat dihubungi", content: "-", stance: sumber.Neither}}},
		{"a circumstance clause opening a no-comment's content names its topic after a preposition", "Tersangka memilih bungkam saat ditanya tentang asal uang itu.",
			[]want{{cue: "memilih bungkam", content: "asal uang itu", stance: sumber.Neither}}},
		{"a no-comment's topic before a circumstance", "Bupati tak mau berkomentar soal mutasi pejabat saat ditemui di pendopo.",
			[]want{{cue: "tak mau berkomentar", content: "mutasi pejabat", stance: sumber.Neither}}},
		{"an acronym in brackets stays in a speaker named after the cue", "“Stok kami cukup,” kata Direktur Badan Pangan Varesia (BPV), Rudi Hartono.",
			[]want{{source: "Direktur Badan Pangan Varesia (BPV), Rudi Hartono", cue: "kata"}}},
		{"not yet willing to disclose is a no-comment", "Polisi masih menyelidiki kebakaran itu dan belum bersedia mengungkapkan dugaan awal.",
			[]want{{source: "Polisi", cue: "belum bersedia mengungkapkan", content: "dugaan awal", stance: sumber.Neither}}},
		{"a lower-case title as the agent after a subject that points back", "Jalan tol baru dibuka untuk umum. Hal itu disampaikan kepala dinas perhubungan, Wira Santika, Senin (16/12).",
			[]want{{source: "kepala dinas perhubungan, Wira Santika", cue: "disampaikan", content: "Jalan tol baru dibuka untuk umum", date: "2024-12-16"}}},
		{"a lower-case word after an ordinary passive is no agent", "Pasar itu diresmikan gubernur kemarin.", nil},
		{"a bare stem in running text is no headline verb", "Para petani itu tolak tawaran harga dari tengkulak.", nil},
		{"a weather agency's forecast is an estimate", "Stasiun Klimatologi Serang memprakirakan kemarau berakhir pada akhir November.",
			[]want{{source: "Stasiun Klimatologi Serang", cue: "memprakirakan", content: "kemarau berakhir pada akhir November", stance: sumber.Believe}}},
		{"a circumstance after a post-posed speaker ends the speaker", "\"Kami akan banding,\" kata Nirmala seusai pembacaan putusan.",
			[]want{{source: "Nirmala", cue: "kata"}}},
		{"a document with the body that issued it after dari: the body is the source", "Menurut data harian dari Dinas Kesehatan Lerang, kasus diare naik dua kali lipat.",
			[]want{{source: "Dinas Kesehatan Lerang", cue: "Menurut", content: "kasus diare naik dua kali lipat"}}},
		{"a document with its body and no dari keeps the document", "Menurut catatan Dinas Kesehatan Lerang, kasus diare naik dua kali lipat.",
			[]want{{source: "catatan Dinas Kesehatan Lerang", cue: "Menurut", content: "kasus diare naik dua kali lipat"}}},
		{"the speaker's own evidence quoted in a quotation is a nested source", "\"Rekaman kami menunjukkan truk itu masuk lewat gerbang belakang,\" ujar Wulan.",
			[]want{{source: "Rekaman kami", cue: "menunjukkan", content: "truk itu masuk lewat gerbang belakang", via: []string{"Wulan"}}, {source: "Wulan", cue: "ujar"}}},
		{"a verb joined inside an according-to content is no claim of the source", "Menurut penyidik, tersangka hanya kurir bayaran dan tidak tahu siapa pemesannya.",
			[]want{{source: "penyidik", cue: "Menurut", content: "tersangka hanya kurir bayaran dan tidak tahu siapa pemesannya"}}},
		{"a name with an age in brackets between commas is the subject's name", "Seorang pedagang pasar, Siti Aminah (52), mengatakan harga cabai naik dua kali lipat.",
			[]want{{source: "Seorang pedagang pasar, Siti Aminah (52)", cue: "mengatakan", content: "harga cabai naik dua kali lipat"}}},
		{"the day before counts from the paragraph's day, else from the report's", "Polisi menggerebek gudang itu pada Kamis (19/12).\nPT Raya Logistik membantah menyimpan barang selundupan. Sehari sebelumnya, perusahaan itu menyatakan gudang sudah disegel.",
			[]want{{source: "PT Raya Logistik", cue: "membantah", date: "-"}, {source: "perusahaan itu", cue: "menyatakan", date: "2024-12-23"}}},
		{"saat itu dates a claim with the month named before it", "Banjir besar melanda Kota Serang pada Maret lalu. Saat itu, wali kota menyatakan tanggul sudah diperbaiki.",
			[]want{{source: "wali kota", cue: "menyatakan", content: "tanggul sudah diperbaiki", date: "2024-03"}}},
		{"a message handed over is an act, not a claim", "Kepala sekolah itu menyampaikan permintaan maaf kepada para orang tua murid.", nil},
		{"a message handed over inside a content makes no nested claim", "Menteri Luar Negeri Rosa Lind mengatakan kedutaan telah menyampaikan nota diplomatik kepada pemerintah Kelvar.",
			[]want{{source: "Menteri Luar Negeri Rosa Lind", cue: "mengatakan", content: "kedutaan telah menyampaikan nota diplomatik kepada pemerintah Kelvar"}}},
		{"a cue after an appositive name, then a place before bahwa", "Kepala Dinas Pertanian, Yoga Pratama, mengatakan di Serang bahwa stok gabah aman hingga Maret.",
			[]want{{source: "Kepala Dinas Pertanian, Yoga Pratama", cue: "mengatakan", content: "stok gabah aman hingga Maret"}}},
		{"a medium after the subject's closing comma is no subject", "Pengelola pasar, PT Griya Niaga, melalui juru bicaranya membantah kios dijual dua kali.",
			[]want{{source: "Pengelola pasar, PT Griya Niaga", cue: "membantah", content: "kios dijual dua kali", stance: sumber.Deny}}},
		{"a place and a time between commas after the cue stand before the content", "Kepala Bulog, Dian Sari, mengatakan di Marasa, Jumat (20/12), stok beras cukup hingga Lebaran.",
			[]want{{source: "Kepala Bulog, Dian Sari", cue: "mengatakan", content: "stok beras cukup hingga Lebaran", date: "2024-12-20"}}},
	}
	checkAll(t, "id", tests)
}

func TestEnglish(t *testing.T) {
	tests := []sentenceCase{
		{"a quotation ending the paragraph before is not the content of a subject opening the next", "\"The harbour will reopen within a week,\" said Ilse Marren, the port director.\n\nBoth unions agree on the need for new cranes.",
			[]want{{source: "Ilse Marren, the port director", actor: "Ilse Marren", cue: "said"}, {source: "Both unions", cue: "agree", content: "on the need for new cranes", rule: "verb-preposed"}}},
		{"a negated passive with an agent: the agent has not confirmed", "The casualty list was not confirmed by the regional governor.",
			[]want{{source: "the regional governor", cue: "not confirmed", stance: sumber.Confirm, negated: true, content: "The casualty list", rule: "passive-by"}}},
		{"a negated auxiliary is the passive", "The casualty list wasn't confirmed by the regional governor.",
			[]want{{source: "the regional governor", stance: sumber.Confirm, negated: true, content: "The casualty list", rule: "passive-by"}}},
		{"a negator inside the auxiliaries of a passive", "The casualty figures have not been verified by the health ministry.",
			[]want{{source: "the health ministry", cue: "verified", stance: sumber.Confirm, negated: true, content: "The casualty figures", rule: "passive-by"}}},
		{"a naming compound is a verb after a definite subject and before an object", "The campaign called the allegations baseless.",
			[]want{{source: "The campaign", cue: "called", content: "the allegations baseless"}}},
		{"a naming compound names", "Volunteers started a campaign called Clean Rivers.", nil},
		{"a short name after a full name with an appositive holding a possessive clitic", "Sari Wenant, a member of the Assembly’s budget committee, said the plan was costly.\n\n“It will not pass,” Wenant said.",
			[]want{{source: "Sari Wenant, a member of the Assembly’s budget committee", actor: "Sari Wenant"}, {source: "Wenant", actor: "Sari Wenant"}}},
		{"a pronoun after a relayed claim is the relaying speaker, not the origin", "Senator Ilse Dunn, citing the transport ministry, said 40 ships were stuck. She added that the queue was growing.",
			[]want{{source: "the transport ministry", via: []string{"Senator Ilse Dunn"}}, {source: "She", actor: "Senator Ilse Dunn", cue: "added"}}},
		{"a no-comment's content is its topic, without the preposition and the circumstance", "The port authority declined to comment on the closure when asked on Monday.",
			[]want{{source: "The port authority", cue: "declined to comment", stance: sumber.Neither, content: "the closure"}}},
		{"a no-comment's topic keeps its complement clause, and a preposition is no subject", "The port authority declined to comment on reports that the cranes had failed.",
			[]want{{source: "The port authority", stance: sumber.Neither, content: "reports that the cranes had failed"}}},
		{"a title between a demonym and a name, then a relative clause: one subject, one actor, a change of position", "Lumoran envoy Tessa Varn, who on Monday had denied that talks were planned, confirmed on Friday that a meeting would take place.",
			[]want{{source: "Tessa Varn, who", actor: "Tessa Varn", cue: "denied", timing: sumber.Earlier}, {source: "Lumoran envoy Tessa Varn", actor: "Tessa Varn", cue: "confirmed", timing: sumber.Later}}},
		{"a name with a title later is the person named before", "Tessa Varn said talks would resume. Lumoran envoy Tessa Varn added that a date was set.",
			[]want{{actor: "Tessa Varn"}, {source: "Lumoran envoy Tessa Varn", actor: "Tessa Varn"}}},
		{"an inverted source keeps its relative clause", "\"The levee will hold,\" said Petra Lind, an engineer, who inspected it on Sunday.",
			[]want{{source: "Petra Lind, an engineer, who inspected it on Sunday", actor: "Petra Lind", cue: "said"}}},
		{"no comment from a body, after a passive-looking 'was'", "Rail traffic resumed on Monday. There was no immediate comment from the port authority.",
			[]want{{source: "the port authority", cue: "no immediate comment from", stance: sumber.Neither, content: "-", rule: "prep-neither"}}},
		{"a name and its title, then a briefing and a day after the cue", "Rail traffic will resume by the weekend, Tomas Verano, the transport minister, said at a briefing on Monday.",
			[]want{{source: "Tomas Verano, the transport minister", cue: "said", content: "Rail traffic will resume by the weekend", date: "2024-12-23", rule: "verb-postposed"}}},
		{"a passive revision with its agent after the figure", "The death toll was revised to 43 by the provincial health office.",
			[]want{{source: "the provincial health office", cue: "revised", content: "The death toll was revised to 43", rule: "passive-by"}}},
		{"a passive revision without an agent claims nothing", "The death toll was revised to 43 on Tuesday.", nil},
		{"said that", "The defense minister said that the troops had reached the front line.",
			[]want{{source: "The defense minister", cue: "said", content: "the troops had reached the front line", stance: sumber.Assert}}},
		{"post-posed quote", "“We will not retreat,” he said.",
			[]want{{source: "he", cue: "said", content: "“We will not retreat,”"}}},
		{"inverted quote", "“The figure is inflated,” said Anna Petrova, a ministry spokeswoman.",
			[]want{{source: "Anna Petrova, a ministry spokeswoman", actor: "Anna Petrova", cue: "said", content: "“The figure is inflated,”"}}},
		{"according to at the end", "About 3,000 soldiers were killed or wounded, according to Ukrainian officials.",
			[]want{{source: "Ukrainian officials", cue: "according to", content: "About 3,000 soldiers were killed or wounded"}}},
		{"told an outlet is a via", "A senior official told Reuters that the shipment arrived in October.",
			[]want{{source: "A senior official", cue: "told", via: []string{"Reuters"}, content: "the shipment arrived in October"}}},
		{"citing", "The New York Times, citing US officials, reported that the units were merged.",
			[]want{{source: "US officials", cue: "reported", via: []string{"The New York Times"}, content: "the units were merged"}}},
		{"declined to confirm or deny", "The Kremlin declined to confirm or deny the report.",
			[]want{{source: "The Kremlin", stance: sumber.Neither, content: "the report"}}},
		{"negated belief", "Officials do not believe the leader received payment.",
			[]want{{cue: "do not believe", negated: true, stance: sumber.Believe}}},
		{"aside between commas", "Senator Kim, speaking at a briefing, said the estimate was too low.",
			[]want{{source: "Senator Kim", cue: "said", content: "the estimate was too low"}}},
		{"relative who", "The report quoted Ms. Lee, who said the numbers were rising.",
			[]want{{source: "Ms. Lee, who", actor: "Ms. Lee", cue: "said", content: "the numbers were rising"}}},
		{"name that looks like a cue", "The New York Post reports that the talks failed.",
			[]want{{source: "The New York Post", cue: "reports"}}},
		{"first person inside a quote is the speaker", "“I think the war will end soon,” she said.",
			[]want{{source: "she", cue: "said"}}},
		{"a noun after a determiner is not a cue", "The claims could not be verified.", nil},
		{"quotation credited after a dash", "“We will hold the line.” ― Olena Kovalenko",
			[]want{{source: "Olena Kovalenko", cue: "―", content: "“We will hold the line.”"}}},
		{"passive with an agent", "The registration issue was first reported by The Washington Post.",
			[]want{{source: "The Washington Post", actor: "The Washington Post", cue: "reported", content: "The registration issue", rule: "passive-by"}}},
		{"passive without an agent names no source", "The figures were disputed.", nil},
		{"claim noun after a possessive", "Fact-checkers examined Dunn's claim that crime had doubled.",
			[]want{{source: "Dunn's", cue: "claim", stance: sumber.Claim, content: "crime had doubled", rule: "noun-claim"}}},
		{"dateline before a post-posed cue", "SEOUL, Nov. 13 (APA) — More than 10,000 soldiers are in Russia, the spy agency said.",
			[]want{{source: "the spy agency", content: "More than 10,000 soldiers are in Russia"}}},
		{"date before a nested subject", "The Pentagon said on Monday it estimated that 10,000 troops were in Kursk.",
			[]want{{source: "The Pentagon", cue: "said", stance: sumber.Believe, content: "it estimated that 10,000 troops were in Kursk", date: "2024-12-23"}}},
		// the speaker's own view, reported by the speaker, is one claim
		// with the view's stance, not a second source
		{"a progressive form that is also a noun", "Governor Ratna Sari is questioning whether the count was fair.",
			[]want{{source: "Governor Ratna Sari", cue: "questioning", content: "whether the count was fair"}}},
		{"a contracted auxiliary", "He’s predicting that the party will win Ohio.",
			[]want{{source: "He", cue: "predicting", content: "the party will win Ohio"}}},
		{"the same form as a noun", "The questioning of witnesses lasted hours.", nil},
		{"a view held by others inside a quotation is the speaker's", "“Voters believe the system is rigged,” Smith said.",
			[]want{{source: "Smith", cue: "said", content: "“Voters believe the system is rigged,”"}}},
		{"a report by a named party inside a quotation stays", "“Moscow denied sending troops,” Smith said.",
			[]want{{source: "Moscow", cue: "denied", stance: sumber.Deny}, {source: "Smith", cue: "said"}}},
		{"a participle after an opening prepositional phrase", "In a speech in Lumora on Tuesday night, Mr. Dunn struck a calm tone, saying he understood the risks.",
			[]want{{source: "Mr. Dunn", cue: "saying", content: "he understood the risks", rule: "verb-participle"}}},
		{"a speaker described by age and home town", "Marta Ilyin, 34, of Kestrel, Varesia, says her biggest worry is the water supply.",
			[]want{{source: "Marta Ilyin", cue: "says", content: "her biggest worry is the water supply"}}},
		{"a poll share as the source", "In the north, 62% of farmers said the new tax was unfair.",
			[]want{{source: "62% of farmers", cue: "said", content: "the new tax was unfair"}}},
		{"a headline verb that is also a noun", "Ratna Sari Blasts Ministry Over Flood Response",
			[]want{{source: "Ratna Sari", cue: "Blasts", content: "Ministry Over Flood Response"}}},
		{"a claim noun owned by a pronoun", "Envoy Lena Morrow said the road was open. Few accepted her claim that the convoy carried food.",
			[]want{{source: "Envoy Lena Morrow", cue: "said"}, {source: "her", actor: "Envoy Lena Morrow", cue: "claim", stance: sumber.Claim, content: "the convoy carried food"}}},
		{"a longer cue wins over a compound that is not one", "He also called on Congress to act. The pact, also called the compact, is new.",
			[]want{{source: "He", cue: "called on", content: "Congress to act"}}},
		{"a tally after a colon is not speech", "Lena Morrow: 1,204.\nKarel Dunn: 987.", nil},
		{"a headline kicker is not a speaker", "The Long Winter: A Valley Waits For Its Convoys", nil},
		{"a name and a colon introduce a quotation", "Aid matters - Olena Kovalenko: “Two weeks ago, the road was still open.”",
			[]want{{source: "Olena Kovalenko", cue: ":", content: "“Two weeks ago, the road was still open.”", rule: "colon-quote"}}},
		{"intro words before the source and a colon", "More from the report: “Supplies ran out in the third week.”",
			[]want{{source: "the report", cue: ":", rule: "colon-quote"}}},
		{"a byline before a colon is not a source", "“The bridge will reopen in May,” by Tempo's Rina Wulan: “Engineers finished the survey.”", nil},
		{"a phrase between the cue and a colon", "She says to the farmers: “This harvest is yours.”",
			[]want{{source: "She", cue: "says", content: "“This harvest is yours.”"}}},
		{"a form that is also a noun after a short name", "Morrow calls Dunn a liar.",
			[]want{{source: "Morrow", cue: "calls", content: "Dunn a liar"}}},
		{"the same form after a common noun is a noun", "The calls came in at night.", nil},
		{"a particular poll opening the sentence", "In a Kompas poll released Monday, 50 percent of respondents chose Sari.",
			[]want{{source: "a Kompas poll", cue: "In", content: "50 percent of respondents chose Sari", rule: "in-poll"}}},
		{"polling in general is no source", "Sari has a slight lead in the polls over Dunn.", nil},
		{"an outlet credited with a sentence that claims nothing else", "The minister's firm won $11 million in contracts in 2023, according to The Washington Post.",
			[]want{{source: "The Washington Post", cue: "according to", content: "The minister's firm won $11 million in contracts in 2023", rule: "prep-final"}}},
		{"according to after a complementizer opens the reported clause", "The minister said that, according to intelligence officials, the troops had left.",
			[]want{{source: "The minister", cue: "said", content: "according to intelligence officials, the troops had left"},
				{source: "intelligence officials", cue: "according to", content: "the troops had left", via: []string{"minister"}, rule: "prep-initial"}}},
		{"trading blame is no claim", "The two governments traded blame for the shelling of a convoy.", nil},
		{"a surname alone is the person named in full before", "Deputy governor Karel Dunn said inflation would ease. Mr. Dunn added that rates would stay.",
			[]want{{source: "Deputy governor Karel Dunn", cue: "said"}, {source: "Mr. Dunn", actor: "Deputy governor Karel Dunn", cue: "added", resolvedFrom: "Deputy governor Karel Dunn"}}},
		{"a country is not a short name of a person", "Defence minister Olena Ukraine said the line held. Ukraine said 40 drones were shot down.",
			[]want{{source: "Defence minister Olena Ukraine", cue: "said"}, {source: "Ukraine", actor: "Ukraine", cue: "said"}}},
		{"said she did not believe", "Deputy minister Ana Petrov said she did not believe the ceasefire would hold.",
			[]want{{source: "Deputy minister Ana Petrov", cue: "said", stance: sumber.Believe, negated: true, content: "she did not believe the ceasefire would hold"}}},
		{"said that they suspected", "Officials said that they suspected sabotage.",
			[]want{{source: "Officials", cue: "said", stance: sumber.Suspect, content: "they suspected sabotage"}}},
		{"a view ascribed inside a report is the reporter's", "Dunn said Sari wants to abolish the fuel subsidy.",
			[]want{{source: "Dunn", cue: "said", content: "Sari wants to abolish the fuel subsidy"}}},
		{"an act inside a report is narrated, not claimed", "Officials said Russia offered to mediate between the two sides.",
			[]want{{source: "Officials", cue: "said", content: "Russia offered to mediate between the two sides"}}},
		{"a body's forecast inside a report stays nested", "The central bank expects inflation to ease next year, Karel Dunn said.",
			[]want{{source: "The central bank", cue: "expects", stance: sumber.Believe, via: []string{"Karel Dunn"}}, {source: "Karel Dunn", cue: "said"}}},
		{"a third party's view stays nested", "Officials said intelligence agencies believe the convoy was hit.",
			[]want{{source: "Officials", cue: "said"}, {source: "intelligence agencies", cue: "believe", stance: sumber.Believe, via: []string{"Officials"}}}},
		{"post-posed cue with a date and a new clause after it", "Thousands have fled since the fighting resumed, aid groups said Tuesday, as both sides traded blame.",
			[]want{{source: "aid groups", cue: "said", content: "Thousands have fled since the fighting resumed", date: "2024-12-24"}}},
		{"an accusation the named actor denied: the noun summing up the claim is the content", "The ministry said drones hit a power station, an accusation Varesia swiftly denied.",
			[]want{{source: "The ministry", cue: "said", content: "drones hit a power station", via: []string{}}, {source: "Varesia", cue: "denied", stance: sumber.Deny, content: "an accusation"}}},
		{"a figure another party disputes is not relayed by it", "The health office said some 4,000 people have been killed, a figure the army disputes.",
			[]want{{source: "The health office", cue: "said", via: []string{}}, {source: "the army", cue: "disputes", stance: sumber.Deny}}},
		{"negated ability", "The Red Cross could not confirm the death toll.",
			[]want{{source: "The Red Cross", cue: "could not confirm", stance: sumber.Confirm, negated: true}}},
		{"an alias between commas stays in the source, the actor is the head", "Varesia's military intelligence agency, known as VMI, said the strike destroyed two radars.",
			[]want{{source: "Varesia's military intelligence agency, known as VMI", actor: "Varesia's military intelligence agency", cue: "said", content: "the strike destroyed two radars"}}},
		{"unable to verify is a negated confirmation", "The agency was unable to verify the figures.",
			[]want{{source: "The agency", cue: "unable to verify", stance: sumber.Confirm, negated: true, content: "the figures"}}},
		{"negated ability in one token", "The Red Cross couldn’t confirm the death toll.",
			[]want{{source: "The Red Cross", cue: "couldn’t confirm", stance: sumber.Confirm, negated: true}}},
		{"speaker with appositives after a quotation", "“We lost,” Tom Reyes, the attorney general of Nevada, R-Nev., said at an event.",
			[]want{{source: "Tom Reyes, the attorney general of Nevada, R-Nev.", cue: "said", content: "“We lost,”"}}},
		{"sentence-initial conjunction before a long appositive", "But Dana Whitfield, senior fellow at the Center for Water Policy, said farmers want local dams.",
			[]want{{source: "Dana Whitfield", cue: "said", content: "farmers want local dams"}}},
		{"only a circumstance after the cue: the quotation before", "“We will not vote for it.” Rep. Sam Ortiz (D-Ariz.), a panel member, said in a phone interview.",
			[]want{{source: "Rep. Sam Ortiz", cue: "said", content: "“We will not vote for it.”", rule: "verb-after-quotation"}}},
		{"nested quotation marks of another kind", "“I heard ‘Open the dam’ last night,” he said.",
			[]want{{source: "he", cue: "said", content: "“I heard ‘Open the dam’ last night,”"}}},
		{"aside between dashes", "Many residents — including farmers, teachers and nurses — said the loss was painful.",
			[]want{{source: "Many residents", cue: "said", content: "the loss was painful"}}},
		{"inverted subject after an unquoted clause", "But that is not good enough, said Ivan Sokol, a senior analyst at Meridian Capital.",
			[]want{{source: "Ivan Sokol, a senior analyst at Meridian Capital", actor: "Ivan Sokol", cue: "said", content: "But that is not good enough", rule: "verb-inverted"}}},
		{"gerund with a clause after 'by'", "Dunn distanced himself from the movement by saying he would serve.",
			[]want{{source: "Dunn", cue: "saying", content: "he would serve", rule: "verb-gerund"}}},
		{"gerund with an object is not a claim", "In offering analysis of the race, the host smiled.", nil},
		{"inside a quotation a pronoun's claim is the speaker's own account", "“When he said we would be at the back of the line, he was wrong,” Morrow said.",
			[]want{{source: "Morrow", cue: "said"}}},
		{"inside a quotation a named third party is still a source", "“The NIS told us that 10,000 troops had arrived,” Han said.",
			[]want{{source: "The NIS", cue: "told", via: []string{"Han"}, content: "10,000 troops had arrived"}, {source: "Han", cue: "said"}}},
		{"adverb between commas after the subject", "Varesia, however, insists that Oskaria has 6,000 troops in the valley.",
			[]want{{source: "Varesia", cue: "insists", stance: sumber.Claim, content: "Oskaria has 6,000 troops in the valley"}}},
		{"title-case headline", "Sari Says Museum Will Tell of Flood and Recovery",
			[]want{{source: "Sari", cue: "Says"}}},
		{"quotation, a short object, then a participle", "“I have always disliked the term,” he told the group, adding that the phrase was wrong.",
			[]want{{source: "he", cue: "told", content: "“I have always disliked the term,”"}, {source: "he", cue: "adding", content: "the phrase was wrong"}}},
		{"an according-to aside after the subject of a coordinated clause relays that clause's claim", "The navy said on Monday that two frigates had docked, and the coast guard, according to a port official, told reporters that six trawlers were missing.",
			[]want{{source: "The navy", cue: "said", content: "two frigates had docked"},
				{source: "the coast guard", cue: "told", content: "six trawlers were missing", via: []string{"port official"}}}},
		{"an according-to aside after a coordinated name", "The mayor said the bridge would reopen in May, and Governor Ilse Marr, according to two aides, promised that it would be rebuilt.",
			[]want{{source: "The mayor", cue: "said", content: "the bridge would reopen in May"},
				{source: "Governor Ilse Marr", cue: "promised", content: "it would be rebuilt", via: []string{"aides"}}}},
		{"according to after a long clause is not a parenthetical relay", "Large farms would gain the most, according to the Farm Bureau, more than twice the small ones.",
			[]want{{source: "the Farm Bureau", cue: "according to", content: "Large farms would gain the most"}}},
		{"a date between a relative pronoun and the cue", "Viktor Hale, who on Wednesday had denied that any draft existed, confirmed it later.",
			[]want{{source: "Viktor Hale, who", actor: "Viktor Hale", cue: "denied", timing: sumber.Earlier}, {source: "Viktor Hale", cue: "confirmed"}}},
		{"citing a reason is a claim of its own", "“This is not a hard season,” he said, citing the early rains.",
			[]want{{source: "he", cue: "said"}, {source: "he", cue: "citing", content: "the early rains"}}},
		{"an attitude with a named subject", "Sari wants to build a dam on the river.",
			[]want{{source: "Sari", cue: "wants", stance: sumber.Believe}}},
		{"an attitude without a named subject is not a claim", "The new plan wants more money for the border.", nil},
		{"a poll after 'in' is the source", "Sari stays well ahead of Dunn in the latest poll.",
			[]want{{source: "the latest poll", cue: "in", content: "Sari stays well ahead of Dunn", rule: "in-poll"}}},
		{"a headline label with a common noun", "Sari camp: Dunn's plan threatens the water supply.",
			[]want{{source: "Sari camp", cue: ":", rule: "speaker-colon"}}},
		{"a time before the comma is not a name", "In June, the senator called on fellow party members to withdraw their support.",
			[]want{{source: "the senator", cue: "called on"}}},
		{"a date opening the sentence is not the clause subject", "On September 27 they published the results by announcing that the claim was true.",
			[]want{{source: "they", cue: "announcing", content: "the claim was true"}}},
		{"quotation, cue, then a new clause", "“He really does care,” Rina said, and soon the crowd was singing.",
			[]want{{source: "Rina", cue: "said", content: "“He really does care,”"}}},
		{"double apostrophes as quotation marks", "''There's a lot of new complexity,'' said Mr. Kessler.",
			[]want{{source: "Mr. Kessler", cue: "said", content: "''There's a lot of new complexity,''"}}},
		{"mismatched quotation glyphs still pair", "“It's unusual,“ said Paul Brandt, an attorney.",
			[]want{{source: "Paul Brandt, an attorney", actor: "Paul Brandt", cue: "said", content: "“It's unusual,“"}}},
		{"a curly opening with a straight closing", "“Our roads are crumbling,\" she said.",
			[]want{{source: "she", cue: "said", content: "“Our roads are crumbling,\""}}},
		{"a participle opening the sentence", "Citing an unproven theory, Dunn repeatedly accused the mayor's brother of plotting.",
			[]want{{source: "Dunn", cue: "Citing", content: "an unproven theory", rule: "verb-opening-participle"}, {source: "Dunn", cue: "accused"}}},
		{"inverted cue with a colon", "Said Varga: “I don't think she is interested.”",
			[]want{{source: "Varga", cue: "Said", content: "“I don't think she is interested.”", rule: "verb-inverted-colon"}}},
		{"a relative pronoun is the subject of a coordinated verb", "Farmers, who have taken to the roads and called for the dam to be opened, gathered.",
			[]want{{source: "Farmers, who", actor: "Farmers", cue: "called for"}}},
		{"for the first time between the cue and that", "On Monday its state media acknowledged for the first time that troops had been sent.",
			[]want{{cue: "acknowledged", stance: sumber.Confirm, timing: sumber.Later, content: "troops had been sent"}}},
		{"a participle between a noun and 'of' is an adjective", "The firm defended people accused of fraud in court.",
			[]want{{source: "The firm", cue: "defended"}}},
		{"a quotation carried over from the paragraph before", "“We will keep going.\n\nChildren are gifts and are to be protected,” said Tomas Berg.",
			[]want{{source: "Tomas Berg", cue: "said", content: "Children are gifts and are to be protected,”"}}},
		{"a straight quote after a closing single quote closes", "\"They ask why they should vote for 'Sari,' \" said Anya Ross.",
			[]want{{source: "Anya Ross", cue: "said"}}},
		{"a date before that", "The ministry said Wednesday night that the convoy had turned back.",
			[]want{{source: "The ministry", content: "the convoy had turned back"}}},
		{"speaker label", "MORAN: We have no evidence of that.",
			[]want{{source: "MORAN", cue: ":", content: "We have no evidence of that"}}},
		{"provenance label is not a speaker", "Source: https://example.org/a.html", nil},
		{"participle takes the clause subject", "The minister walked out of the meeting, saying the count was accurate.",
			[]want{{source: "The minister", cue: "saying", content: "the count was accurate"}}},
		{"coordinated verb takes the clause subject", "Park says the talks failed and said a new round is unlikely.",
			[]want{{source: "Park", cue: "says"}, {source: "Park", cue: "said", content: "a new round is unlikely"}}},
		{"post-posed after an unquoted clause", "The convoy crossed the border at dawn, a source said.",
			[]want{{source: "a source", cue: "said", content: "The convoy crossed the border at dawn"}}},
		{"appositive after a name", "Ivo Daskal, a campaign chairman, said he had not seen the letter.",
			[]want{{source: "Ivo Daskal, a campaign chairman", actor: "Ivo Daskal", cue: "said", content: "he had not seen the letter"}}},
		{"according to figures released by an agent: the agent is the actor", "According to figures released by the United Nations, more than 2,000 people have fled.",
			[]want{{source: "figures released by the United Nations", actor: "United Nations", cue: "According to", content: "more than 2,000 people have fled"}}},
		{"figures released by an agent show", "Data compiled by the World Health Organization show that cases are rising.",
			[]want{{actor: "World Health Organization", cue: "show", content: "cases are rising"}}},
		{"a source quoted by an outlet: the outlet is a via", "A senior official quoted by Reuters said the talks had collapsed.",
			[]want{{source: "A senior official", via: []string{"Reuters"}, cue: "said", content: "the talks had collapsed"}}},
		{"according to a diplomat cited by an outlet", "The talks collapsed, according to a diplomat cited by the BBC.",
			[]want{{source: "a diplomat", via: []string{"BBC"}, cue: "according to", content: "The talks collapsed"}}},
		{"a named agency is not an anaphor for the previous speaker", "\"We will hold the line,\" Prime Minister Hun Manet told reporters. The U.N. refugee agency estimated that 130,000 people had fled.",
			[]want{{cue: "told"}, {source: "The U.N. refugee agency", actor: "U.N. refugee agency", cue: "estimated"}}},
		{"a neither cue takes an object, not an inverted subject", "The company, which employs about 3,000 workers, has not commented on the allegations.",
			[]want{{source: "The company, which employs about 3,000 workers", actor: "company", cue: "has not commented on", stance: sumber.Neither, content: "the allegations"}}},
		{"colon then the quotation in the next paragraph", "He said:\n“The line will hold.”",
			[]want{{source: "He", cue: "said", content: "“The line will hold.”"}}},
		{"said, adding that: the content of said is the clause before", "Protesters clashed with riot police on Saturday, a spokesman for the city police said, adding that 14 officers were injured.",
			[]want{{source: "a spokesman for the city police", cue: "said", content: "Protesters clashed with riot police on Saturday", rule: "verb-postposed"},
				{source: "a spokesman for the city police", cue: "adding", content: "14 officers were injured"}}},
		{"said in a statement, saying", "“We will not raise taxes,” the party said in a statement, saying the budget was balanced.",
			[]want{{source: "the party", cue: "said", content: "“We will not raise taxes,”"},
				{source: "the party", cue: "saying", content: "the budget was balanced"}}},
		{"said on a day, up from an earlier figure", "The death toll from the floods rose to 87, the disaster agency said on Monday, up from 52 a day earlier.",
			[]want{{source: "the disaster agency", cue: "said", content: "The death toll from the floods rose to 87"}}},
		{"noted, that: the complementizer after a comma still opens the content", "Traffic had become so bad, Mr. Haris noted, that the bridge cameras drew the most visits.",
			[]want{{source: "Mr. Haris", cue: "noted"}}},
		{"declined, citing: a neither cue keeps its subject", "Asked about the plan, the company declined, citing legal risks.",
			[]want{{source: "the company", cue: "declined", stance: sumber.Neither}, {cue: "citing"}}},
		{"a new clause after a comma and a coordinator ends the content", "The health ministry has not confirmed the number of cases, and officials declined to comment.",
			[]want{{source: "The health ministry", cue: "has not confirmed", negated: true, content: "the number of cases"},
				{source: "officials", cue: "declined to comment", stance: sumber.Neither, via: []string{}}}},
		{"a plural after a count is a noun", "Police arrested three suspects in connection with the shooting, a police spokesman said.",
			[]want{{source: "a police spokesman", cue: "said", content: "Police arrested three suspects in connection with the shooting"}}},
		{"a count as a noun before a cue in -ed stays a subject", "The mother of three replied that the plan was unfair.",
			[]want{{source: "The mother of three", cue: "replied"}}},
		{"a post-posed speaker with a prepositional phrase stays whole", "The talks will resume next week, a spokesman for the Labour Party said at a news conference.",
			[]want{{source: "a spokesman for the Labour Party", cue: "said", content: "The talks will resume next week", rule: "verb-postposed"}}},
		{"a place and a day after a post-posed cue", "Inflation will ease, Lopez said in Jakarta on Wednesday.",
			[]want{{source: "Lopez", cue: "said", content: "Inflation will ease", rule: "verb-postposed"}}},
		{"only a time after a post-posed cue", "An earlier estimate of 300 casualties was later raised to 450, officials said earlier this month.",
			[]want{{source: "officials", cue: "said", content: "An earlier estimate of 300 casualties was later raised to 450", date: "2024-12", rule: "verb-postposed"}}},
		{"a date between commas before that", "The minister said, on Monday, that the vote would be held in March.",
			[]want{{source: "The minister", cue: "said", content: "the vote would be held in March", date: "2024-12-23"}}},
		{"an anaphor opening the story is an antecedent", "The company initially denied that any data had been exposed. On Tuesday, however, it confirmed that 40,000 accounts were accessed.",
			[]want{{source: "The company", cue: "denied", timing: sumber.Earlier}, {source: "it", actor: "company", cue: "confirmed", timing: sumber.Later, date: "2024-12-24"}}},
		{"a document from a body: the body is the actor", "According to a statement from the ministry, the vaccine program will resume in March.",
			[]want{{source: "a statement from the ministry", actor: "ministry", cue: "According to", content: "the vaccine program will resume in March"}}},
		{"declining to comment further has no content", "The spokesman declined to comment further.",
			[]want{{source: "The spokesman", cue: "declined to comment", stance: sumber.Neither, content: "-"}}},
		{"a statement to someone inside a report stays nested", "Varga said he told Morrow the deal was dead.",
			[]want{{source: "Varga", cue: "said", content: "he told Morrow the deal was dead"},
				{source: "he", actor: "Varga", cue: "told", content: "the deal was dead", via: []string{"Varga"}}}},
		{"a named addressee before a clause without that", "The senator told Congress Iran had broken the deal.",
			[]want{{source: "The senator", cue: "told", content: "Iran had broken the deal"}}},
		{"a revised estimate is a claim, later than the source's earlier figure", "The health ministry said on Sunday that 52 people had died. On Monday it revised its estimate to 67 deaths.",
			[]want{{source: "The health ministry", cue: "said"}, {source: "it", actor: "health ministry", cue: "revised", content: "its estimate to 67 deaths", stance: sumber.Assert, timing: sumber.Later, measure: "killed", date: "2024-12-23"}}},
		{"a raised toll is a claim; the time after the figure is when", "The ministry raised the death toll to 81 on Tuesday, citing newly recovered bodies.",
			[]want{{source: "The ministry", cue: "raised", content: "the death toll to 81", measure: "killed", date: "2024-12-24"}, {cue: "citing"}}},
		{"a figure put at a number", "Rescuers put the number of missing at 14.",
			[]want{{source: "Rescuers", cue: "put", content: "the number of missing at 14", measure: "missing"}}},
		{"raising rates or a count of things is an act, not a claim", "The Fed raised interest rates to 5.5 percent. The county cut the number of bus routes to 12.", nil},
		{"a second statement with nothing marking a change is not later", "The ministry initially said the fire was caused by an electrical fault. The ministry said rescue teams were still searching the building.",
			[]want{{cue: "said", timing: sumber.Earlier}, {cue: "said", timing: "-"}}},
		{"a second statement with another figure is later", "The agency first put the number of dead at 12. The agency said 15 people had died.",
			[]want{{cue: "put", timing: sumber.Earlier}, {cue: "said", timing: sumber.Later}}},
		{"a second statement after a contrast is later", "The agency initially said 12 people had died. But the agency now says the fire was arson.",
			[]want{{cue: "said", timing: sumber.Earlier}, {cue: "says", timing: sumber.Later}}},
		{"an earlier claim named before a comma is a noun, not a claim", "Contrary to its earlier claim, the agency now says the outbreak began in March.",
			[]want{{source: "the agency", cue: "says", content: "the outbreak began in March", via: []string{}}}},
		{"an earlier claim with that is still a claim", "Video showed the driver's hands in the air, contradicting Kestrel police's earlier claim that he had refused to raise them.",
			[]want{{cue: "showed"}, {cue: "contradicting"}, {source: "Kestrel police", cue: "claim", content: "he had refused to raise them"}, {cue: "refused"}}},
		{"a revision verb after its clause is no report", "A landslide hit the village, raising the death toll to 90.", nil},
		{"a revision verb after the comma closing the subject's apposition is its claim", "The Sea Rescue League, a charity that runs two lifeboats, put the number of missing at 23.",
			[]want{{source: "The Sea Rescue League, a charity that runs two lifeboats", cue: "put", content: "the number of missing at 23", measure: "missing"}}},
		{"a small revision of a forecast is a claim", "The central bank edged up its inflation forecast for next year to 3.4 percent.",
			[]want{{source: "The central bank", cue: "edged up", content: "its inflation forecast for next year to 3.4 percent"}}},
		{"the basis points of a rate cut do not point to anything", "The lender cut its mortgage rate by 25 basis points to 5.1 percent on Friday.", nil},
		{"a participle of the vehicle noun is no cue", "Prime Minister Ana Ruiz said in a video posted on X that the army would respond.",
			[]want{{source: "Prime Minister Ana Ruiz", cue: "said", content: "the army would respond"}}},
		{"a circumstance after the skipped vehicle", "The army said in a statement released late Monday that three soldiers were killed.",
			[]want{{source: "The army", cue: "said", content: "three soldiers were killed", date: "2024-12-23"}}},
		{"a short circumstance after the skipped vehicle", "The spokesman added in a statement on its website that the talks had stalled.",
			[]want{{source: "The spokesman", cue: "added", content: "the talks had stalled"}}},
		{"a bare day before the content's subject is a date", "Sudan's army said Tuesday it had retaken the town.",
			[]want{{source: "Sudan's army", cue: "said", content: "it had retaken the town", date: "2024-12-24"}}},
		{"late and a day name after a post-posed cue", "Nearly 200 people remain missing after the floods, the provincial governor said late Thursday, adding that the number could rise.",
			[]want{{source: "the provincial governor", cue: "said", content: "Nearly 200 people remain missing after the floods", measure: "missing"}, {cue: "adding", content: "the number could rise"}}},
		{"early and a day name before that", "The minister said early Friday that 80 people were killed.",
			[]want{{source: "The minister", cue: "said", content: "80 people were killed"}}},
		{"an adverb between the negator and the cue", "Reuters could not independently verify the reports.",
			[]want{{source: "Reuters", cue: "could not independently verify", stance: sumber.Confirm, negated: true, content: "the reports"}}},
		{"an English passive revision with its agent before the figure", "The death toll was revised by the ministry to 67.",
			[]want{{source: "the ministry", cue: "revised", measure: "killed", rule: "passive-by"}}},
		{"a person in a place who shouted is still a source", "Someone in the audience shouted “Cruz.”",
			[]want{{cue: "shouted"}}},
		{"a claim noun before a lower-case commenter", "The union says 500 jobs were cut, a claim managers rejected.",
			[]want{{source: "The union", cue: "says", via: []string{}}, {source: "managers", cue: "rejected", stance: sumber.Deny}}},
		{"a figure noun before the commenter", "The mayor said 40 homes burned, a figure officials later disputed.",
			[]want{{source: "The mayor", cue: "said", via: []string{}}, {source: "officials", cue: "disputed"}}},
		{"a passive relay between commas is a via of the subject", "The port authority, quoted by the Coastal Times, said two cranes had fallen.",
			[]want{{source: "The port authority", cue: "said", content: "two cranes had fallen", via: []string{"Coastal Times"}}}},
		{"a document the reporter saw, between commas", "The indictment, seen by Reuters, alleges that the mayor took bribes.",
			[]want{{source: "The indictment", cue: "alleges", content: "the mayor took bribes", stance: sumber.Claim}}},
		{"not saying how is a no-comment, not a negated claim", "The ministry did not say how many wells had run dry.",
			[]want{{source: "The ministry", cue: "did not say", stance: sumber.Neither, content: "how many wells had run dry"}}},
		{"a relative pronoun after an according-to phrase stands for its object", "Six trawlers sank, according to the coast guard, which said the storm came without warning.",
			[]want{{cue: "according to", source: "the coast guard"}, {source: "the coast guard, which", actor: "coast guard", cue: "said", via: []string{}}}},
		{"a relative clause between the subject and a pre-posed cue", "A nurse at the clinic, who asked not to be identified, said the generators had failed twice.",
			[]want{{source: "A nurse at the clinic, who asked not to be identified", actor: "nurse at the clinic", cue: "said", content: "the generators had failed twice", rule: "verb-preposed"}}},
		{"a gerund naming equipment is no cue", "Crews repaired signalling systems near the depot, the rail company said.",
			[]want{{source: "the rail company", cue: "said", content: "Crews repaired signalling systems near the depot"}}},
		{"a possessive name as the subject of a trailing participle", "Kestrel's labour court on Monday struck down the ban, rejecting the argument that it protected workers.",
			[]want{{source: "Kestrel's labour court", cue: "rejecting", stance: sumber.Deny}}},
		{"an irregular verb before the object ends the subject of a participle", "The tribunal upheld the fine, saying the firm had ignored three warnings.",
			[]want{{source: "The tribunal", cue: "saying", content: "the firm had ignored three warnings"}}},
		{"a post-posed cue and a day, then a noun phrase summing up the claim", "Nearly 400 homes were flooded, the county said Friday, a figure that is likely to rise.",
			[]want{{source: "the county", cue: "said", content: "Nearly 400 homes were flooded", date: "2024-12-20", rule: "verb-postposed"}}},
		{"a no-comment with a modal, its topic without the preposition", "The shipping line could not comment on the missing containers.",
			[]want{{source: "The shipping line", cue: "could not comment", stance: sumber.Neither, content: "the missing containers"}}},
		{"a reported no-comment negates nothing", "A port official said he could not comment on the seized cargo.",
			[]want{{source: "A port official", cue: "said", stance: sumber.Assert}}},
		{"the question before a no-comment is its topic, the question's day its date", "Asked on Monday whether the mine would reopen, a company spokeswoman declined to comment.",
			[]want{{source: "a company spokeswoman", cue: "declined to comment", stance: sumber.Neither, content: "whether the mine would reopen", date: "2024-12-23"}}},
		{"a speaker after the cue keeps the appositive that ends the sentence", "“The wells are dry,” said Oren Malk, the district's water engineer, who toured the villages on Sunday.",
			[]want{{source: "Oren Malk, the district's water engineer, who toured the villages on Sunday", actor: "Oren Malk", cue: "said", date: "-"}}},
		{"a circumstance after the speaker is no appositive", "“The wells are dry,” said Oren Malk, in a radio interview.",
			[]want{{source: "Oren Malk", cue: "said"}}},
		{"a title with a cue-like noun before the name between commas", "The presiding judge, Rosa Kell, said that the accounts had been altered.",
			[]want{{source: "The presiding judge, Rosa Kell", actor: "Rosa Kell", cue: "said", content: "the accounts had been altered"}}},
		{"a time span opening the clause is no part of the subject", "Two days later the harbour master said the channel was clear.",
			[]want{{source: "the harbour master", cue: "said", content: "the channel was clear"}}},
		{"a negated perfect keeps its auxiliary in the cue", "The coast guard has not confirmed the number of missing sailors.",
			[]want{{source: "The coast guard", cue: "has not confirmed", stance: sumber.Confirm, negated: true, content: "the number of missing sailors"}}},
		{"a nationality, a lower-case title and a name are one subject", "Kestrian envoy Mara Loft arrived on Monday, saying the border would reopen.",
			[]want{{source: "Kestrian envoy Mara Loft", cue: "saying", content: "the border would reopen"}}},
		{"a quoted phrase ending the reporter's clause is no direct quotation", "The harvest will be \"the worst in decades\", the farmers' union said on Friday.",
			[]want{{source: "the farmers' union", cue: "said", content: "The harvest will be \"the worst in decades\""}}},
		{"the outlet of the dateline is the reporter, not a relay", "KESTREL, May 2 (Reuters) - The harbour master told Reuters the channel was closed. He told AFP it would reopen.",
			[]want{{cue: "told", via: []string{}}, {cue: "told", via: []string{"AFP"}}}},
		{"a long aside with a clause inside it before a pre-posed cue stays in the source", "Two engineers, speaking on condition of anonymity because the inquiry was still under way, said the dam had cracked.",
			[]want{{source: "Two engineers, speaking on condition of anonymity because the inquiry was still under way", cue: "said", content: "the dam had cracked"}}},
		{"an aside of speaking on condition of anonymity without a clause inside it stays in the source", "Two Varesian diplomats, speaking on condition of anonymity to discuss the talks, said the treaty was dead.",
			[]want{{source: "Two Varesian diplomats, speaking on condition of anonymity to discuss the talks", cue: "said", content: "the treaty was dead"}}},
		{"a consequence the reporter adds after the claim ends the content", "The premier on Friday rejected a proposal that the two provinces merge, prompting protests in the capital.",
			[]want{{source: "The premier", cue: "rejected", content: "a proposal that the two provinces merge"}}},
		{"a noun summing up the statement ends the content", "Last year the mayor said she would never raise bus fares, a position she has since dropped.",
			[]want{{source: "the mayor", cue: "said", content: "she would never raise bus fares"}}},
		{"a date between an accusation's object and its preposition dates the accusation", "The union blamed the airline on Monday for the delays at the terminal.",
			[]want{{source: "The union", cue: "blamed", date: "2024-12-23"}}},
		{"a date inside an asserted content dates the event, not the claim", "She said the convoy left the depot on Monday for the border.",
			[]want{{source: "She", cue: "said", date: "-"}}},
		{"a relative clause ending the sentence stays in a final according-to source", "The ferry line will be sold by spring, according to two bankers involved in the deal who spoke on condition of anonymity.",
			[]want{{source: "two bankers involved in the deal who spoke on condition of anonymity", cue: "according to", content: "The ferry line will be sold by spring"}}},
		{"a clause with a modal after the cue is the content, not an inverted subject", "Councilor Breda Moss, a veteran who has served three terms, said the budget would pass.",
			[]want{{source: "Councilor Breda Moss, a veteran who has served three terms", cue: "said", content: "the budget would pass"}}},
		{"not returning calls seeking comment is a no-comment", "The mayor's office did not return calls seeking comment.",
			[]want{{source: "The mayor's office", cue: "did not return calls seeking comment", stance: sumber.Neither}}},
		{"a participle after the noun stays in a final according-to source", "The merger was called off, according to three people briefed on the negotiations.",
			[]want{{source: "three people briefed on the negotiations", cue: "according to", content: "The merger was called off"}}},
		{"an inverted subject with a relative clause running to the end of the sentence", "The vote could slip to next year, said a senior aide who was not authorized to discuss the schedule.",
			[]want{{source: "a senior aide who was not authorized to discuss the schedule", cue: "said", content: "The vote could slip to next year", rule: "verb-inverted"}}},
		{"a date inside the first claim of the sentence does not date the second", "The judge said she expected a verdict by March, adding that the trial had been fair.",
			[]want{{source: "The judge", cue: "said"}, {source: "The judge", cue: "adding", date: "-"}}},
		{"an adverb inside a negated no-comment", "The palace has not publicly commented on the rumours.",
			[]want{{source: "The palace", cue: "has not publicly commented on", stance: sumber.Neither, content: "the rumours"}}},
		{"quoted X as saying: the one quoted speaks, the one quoting relays", "The regional broadcaster KTV quoted the fire chief as saying that the blaze was under control.",
			[]want{{source: "the fire chief", cue: "quoted", content: "the blaze was under control", via: []string{"KTV"}}}},
		{"conceding a point is confirming it", "The coach conceded that the team had trained too little.",
			[]want{{source: "The coach", cue: "conceded", stance: sumber.Confirm, content: "the team had trained too little"}}},
		{"disputing a statement named by its noun is a denial", "The club's lawyer did not dispute the account.",
			[]want{{source: "The club's lawyer", cue: "did not dispute", stance: sumber.Deny, negated: true, content: "the account"}}},
		{"saying little about a topic is no comment on it", "The palace has said little about the wedding.",
			[]want{{source: "The palace", cue: "has said little about", stance: sumber.Neither, content: "the wedding"}}},
		{"a relay closing the claim names its origin: the one cited speaks, the subject relays", "KTV reported on Sunday that the mine would reopen next month, citing a company source.",
			[]want{{source: "a company source", cue: "reported", content: "the mine would reopen next month", via: []string{"KTV"}}}},
		{"citing a reason after a claim is no relay", "The bank said growth would slow, citing weak exports.",
			[]want{{source: "The bank", cue: "said", content: "growth would slow", via: []string{}}, {source: "The bank", cue: "citing"}}},
		{"an aside granting anonymity stays in the source, its infinitive is no cue", "A union official, granted anonymity to discuss the talks, said a strike was likely.",
			[]want{{source: "A union official, granted anonymity to discuss the talks", cue: "said", content: "a strike was likely"}}},
		{"what a document found is asserted; what a person finds is an assessment", "An internal audit found that the fund had lost track of its bonds. The minister finds the plan too costly.",
			[]want{{source: "An internal audit", cue: "found", stance: sumber.Assert}, {source: "The minister", cue: "finds", stance: sumber.Believe}}},
		{"a participial aside between the subject and its verb stays in the source", "The audit, commissioned by the city council last spring, found that the tunnel had never been inspected.",
			[]want{{source: "The audit, commissioned by the city council last spring", cue: "found", content: "the tunnel had never been inspected"}}},
		{"an appositive with a relative clause stays in the source", "Senator Rolf Dagan, a moderate who has served three terms, said he would vote for the bill.",
			[]want{{source: "Senator Rolf Dagan, a moderate who has served three terms", cue: "said", content: "he would vote for the bill"}}},
		{"an outlet reporting at the end of the sentence relays the claim before it", "The harbour master also said the ferry would resume service on Friday, the regional news agency Kestpress reported.",
			[]want{{source: "The harbour master", cue: "said", content: "the ferry would resume service on Friday", via: []string{"Kestpress"}}}},
		{"a former office holder is no superseded source", "A former treasurer testified that the club had hidden its debts.",
			[]want{{source: "A former treasurer", cue: "testified", timing: "-"}}},
		{"a broadcaster addressed after a post-posed cue is no content", "Divers recovered two more bodies from the lake, a police spokesman told state television.",
			[]want{{source: "a police spokesman", cue: "told", content: "Divers recovered two more bodies from the lake", rule: "verb-postposed"}}},
		{"a noun in -ly ends the subject, it is no adverb", "The miner's family said the company had ignored the warnings.",
			[]want{{source: "The miner's family", cue: "said", content: "the company had ignored the warnings"}}},
		{"a possessive after an addressee opens the content", "Her lawyer told reporters her client would appeal the fine.",
			[]want{{source: "Her lawyer", cue: "told", content: "her client would appeal the fine"}}},
		{"attributing an attack is an assessment", "Two security firms attributed the outage to a criminal gang.",
			[]want{{source: "Two security firms", cue: "attributed", stance: sumber.Believe, content: "the outage to a criminal gang"}}},
		{"a passive attribution names no source", "The remark was attributed to a senior aide.", nil},
		{"a participle after a preposition is an adjective, not a cue", "The mayor said the rise came from suspected cases that later tested negative.",
			[]want{{source: "The mayor", cue: "said", content: "the rise came from suspected cases that later tested negative"}}},
		{"coordinated participles after a cue are adjectives of the content's subject", "The clinic said confirmed and suspected infections had doubled.",
			[]want{{source: "The clinic", cue: "said", content: "confirmed and suspected infections had doubled"}}},
		{"a headline's subject after its cue may have no article", "Ferry fares to rise in May, says harbour chief\n\nThe harbour chief spoke on Monday.",
			[]want{{source: "harbour chief", cue: "says", content: "Ferry fares to rise in May", rule: "verb-inverted"}}},
		{"a headline's clause after its cue is no subject", "Coach resigns, says team failed\n\nThe coach spoke on Monday.",
			[]want{{source: "Coach", cue: "says", content: "team failed"}}},
		{"an outlet reporting after a quotation closed by its comma relays the claim before it", `The coach said the referee had been "out of his depth," the regional news agency Kestpress reported.`,
			[]want{{source: "The coach", cue: "said", content: `the referee had been "out of his depth`, via: []string{"Kestpress"}}}},
		{"a whole quotation before an outlet's verb stays the outlet's own claim", `"The ferry will not sail," the regional news agency Kestpress reported.`,
			[]want{{source: "the regional news agency Kestpress", cue: "reported"}}},
		{"an outlet in the byline is the report's own: told to it is no via", "Ferry fares to rise\n\nBy Ana Roe, BBC News, Kestport\n\nThe harbour chief told the BBC the new fares would start in May.",
			[]want{{source: "The harbour chief", cue: "told", via: []string{}, content: "the new fares would start in May"}}},
		{"a byline without an outlet leaves an outlet told a via", "Ferry fares to rise\n\nBy Ana Roe, Kestport\n\nThe harbour chief told the BBC the new fares would start in May.",
			[]want{{source: "The harbour chief", cue: "told", via: []string{"BBC"}}}},
		{"a participle after a preposition and a quantifier is an adjective", "The inspectors said samples were taken within two days of each reported outbreak.",
			[]want{{source: "The inspectors", cue: "said", content: "samples were taken within two days of each reported outbreak"}}},
		{"a participle after a quantifier without a preposition stays a verb", "The two drivers each denied speeding before the crash.",
			[]want{{cue: "denied", content: "speeding before the crash"}}},
		{"a participle after a count word is an adjective", "Border guards detained two alleged smugglers, the agency said.",
			[]want{{source: "the agency", cue: "said"}}},
		{"a participle after a count word with a determiner is a verb", "The report by the two suggested both firms had lied.",
			[]want{{source: "The report by the two", cue: "suggested", content: "both firms had lied"}}},
		{"a passive participle aside is no cue", "The parasite, first identified in 2011, lives in river snails, according to the institute.",
			[]want{{source: "the institute", cue: "according to", content: "The parasite, first identified in 2011, lives in river snails"}}},
		{"a relay between commas citing people: they are the source, the subject a via", "The blogger, citing local witnesses, said the bridge had been shelled.",
			[]want{{source: "local witnesses", cue: "said", via: []string{"blogger"}, content: "the bridge had been shelled"}}},
		{"a conjoined verb after 'but' turns from the subject's earlier statement to a later one", "The port authority had earlier put the backlog at 40 ships, but said on Friday that the queue had shrunk.",
			[]want{{cue: "put", timing: sumber.Earlier}, {source: "The port authority", cue: "said", content: "the queue had shrunk", timing: sumber.Later}}},
		{"a relay citing an office or a department: the body cited is the source, the paper a via", "The Marsh Gazette, citing the county roads department, reported that the ferry had stopped running.",
			[]want{{source: "the county roads department", cue: "reported", via: []string{"Marsh Gazette"}, content: "the ferry had stopped running"}}},
		{"cited as saying: the cited person is the source, the citing outlet a via", "The pilot was missing, according to the news agency KNA, which cited an army commander as saying the search went on.",
			[]want{{cue: "according to"}, {source: "an army commander", cue: "saying", via: []string{"KNA"}, content: "the search went on", rule: "verb-cited-as"}}},
		{"an outlet named after its kind relays the verb's claim before it", "The army has not said whether it will withdraw, according to the state news agency KNA.",
			[]want{{source: "The army", cue: "has not said", stance: sumber.Neither, via: []string{"KNA"}}}},
		{"a relative that before a verb: the noun phrase before it is the source", "The plan clashed with a farmers' union that still expects yields to fall.",
			[]want{{source: "a farmers' union", cue: "expects", stance: sumber.Believe, content: "yields to fall"}}},
		{"a complementizer after a coordinator before a noun is no relative", "She said the port was open and that reports of looting were false.",
			[]want{{source: "She", cue: "said"}}},
		{"a title and a name between commas before a no-comment", "The presiding judge, Rosa Kell, declined to comment.",
			[]want{{source: "The presiding judge, Rosa Kell", actor: "Rosa Kell", cue: "declined to comment", stance: sumber.Neither, content: "-"}}},
		{"a subordinate clause after a comma with its own claim ends the content before it", "The army denied shelling the town, as the mayor said the toll had passed 40.",
			[]want{{source: "The army", cue: "denied", content: "shelling the town"}, {source: "the mayor", cue: "said", via: []string{}, content: "the toll had passed 40"}}},
		{"an appositive with a name after an inverted speaker, then the quotation resumes", "\"The dam is holding,\" said Petra Lind, a Red Cross engineer, \"but the rain goes on.\"",
			[]want{{source: "Petra Lind, a Red Cross engineer", actor: "Petra Lind", cue: "said"}}},
		{"a document seen by an outlet: the outlet is cut from the source", "The levee had been patched twice, according to an inspection report seen by Kestpress.",
			[]want{{source: "an inspection report", cue: "according to", content: "The levee had been patched twice"}}},
		{"a memo obtained by a committee: the committee is no source", "The budget was cut in half, according to a ministry memo obtained by the audit committee.",
			[]want{{source: "a ministry memo", cue: "according to", content: "The budget was cut in half"}}},
		{"a state of emergency declared is an act, not a claim", "The governor declared a state of emergency in three districts on Friday. She declared that the levees would hold.",
			[]want{{source: "She", cue: "declared", content: "the levees would hold"}}},
		{"a body named after its common noun is one subject, no comment", "Four bridges were washed away, the regional transport agency KTA said on Friday.",
			[]want{{source: "the regional transport agency KTA", cue: "said", content: "Four bridges were washed away", rule: "verb-postposed"}}},
		{"a company named after its common noun is one subject", "The plant had passed its last inspection, the operating company Norvel Power said.",
			[]want{{source: "the operating company Norvel Power", cue: "said", content: "The plant had passed its last inspection"}}},
		{"a claim noun before a name is still a comment", "The fleet fired 40 missiles, a figure Norvel denied.",
			[]want{{source: "Norvel", cue: "denied", content: "a figure"}}},
		{"a possessive common noun before a name is one subject", "The toll rose to 50, the country's Red Cross said.",
			[]want{{source: "the country's Red Cross", cue: "said"}}},
		{"the subject's own document after its claim is no new source", "The bank now expects prices to rise, according to its monthly bulletin.",
			[]want{{source: "The bank", cue: "expects", content: "prices to rise"}}},
		{"losses put at a number far after the verb", "Officials had put enemy losses since the start of the winter offensive at around 4,000.",
			[]want{{source: "Officials", cue: "put", stance: sumber.Believe}}},
		{"writing under a pen name is no claim", "A blogger, who writes under the name Red Kite and has 9,000 followers, wrote that the dam had been hit.",
			[]want{{source: "A blogger, who writes under the name Red Kite and has 9,000 followers", cue: "wrote", content: "the dam had been hit"}}},
		{"a demonstrative that before a participle clause is the content", "The central bank disputed that, saying spending would rise.",
			[]want{{source: "The central bank", cue: "disputed", stance: sumber.Deny, content: "that"}, {cue: "saying", content: "spending would rise"}}},
		{"a post-posed cue, a day, then a participle clause of the reporter's", "Floods have killed at least 40 people, the provincial office said on Wednesday, raising an earlier toll of 28.",
			[]want{{source: "the provincial office", cue: "said", content: "Floods have killed at least 40 people", rule: "verb-postposed"}}},
		{"a modifier before an anaphor's head must fit the earlier name", "A spokesman for the interior ministry said the roads were closed. The health ministry reported 312 new cases.",
			[]want{{cue: "said"}, {source: "The health ministry", actor: "health ministry", cue: "reported"}}},
		{"a figure compared with an earlier poll does not cite it", "Economists expect growth of 2.1% this year, up from 1.9% in the previous survey.",
			[]want{{source: "Economists", cue: "expect", content: "growth of 2.1% this year, up from 1.9% in the previous survey"}}},
		{"a word in capitals amid ordinary text is a name, not a function word", "The WHO said the outbreak was contained.",
			[]want{{source: "The WHO", actor: "WHO", cue: "said", content: "the outbreak was contained"}}},
		{"a claim rejected with a verdict after it: the noun is the content", "Rebels said they had shot down a jet, a claim the army rejected as propaganda.",
			[]want{{cue: "said"}, {source: "the army", cue: "rejected", stance: sumber.Deny, content: "a claim"}}},
		{"an indefinite article and a name before a bare form make it a noun", "According to a UN estimate, 4,000 people have fled the town.",
			[]want{{source: "a UN estimate", cue: "According to"}}},
		{"neither before a cue word makes it a noun", "Neither claim could be verified.", nil},
		{"a denial after the claim it holds does not relay it", "Rebels claim downing of army jet; military denies",
			[]want{{source: "Rebels", cue: "claim", via: []string{}}, {source: "military", cue: "denies", stance: sumber.Deny}}},
		{"a day with an abbreviated month after on before the content's subject is the claim date", "The army said on Oct. 2 it had repelled an assault.",
			[]want{{source: "The army", cue: "said", content: "it had repelled an assault", date: "2024-10-02"}}},
		{"a plural no-comment on a topic", "Officials in Halden have not commented on the report.",
			[]want{{source: "Officials in Halden", cue: "have not commented on", stance: sumber.Neither, content: "the report"}}},
		{"a claim noun with its content as the object is evidence of the verb; a denial does not relay it", "The ministry disputed the central bank's view that inflation would stay high.",
			[]want{{source: "The ministry", cue: "disputed", stance: sumber.Deny}, {source: "the central bank's", cue: "view", via: []string{}, content: "inflation would stay high"}}},
		{"a cue word after a percentage with a possessor is a noun", "The ministry expects growth of 3.2%, compared with the bank's 2.5% estimate.",
			[]want{{source: "The ministry", cue: "expects", content: "growth of 3.2%, compared with the bank's 2.5% estimate"}}},
		{"a figure in the object is evidence of an assessment verb", "The ministry projects growth of 3.2% next year.",
			[]want{{source: "The ministry", cue: "projects", stance: sumber.Believe, content: "growth of 3.2% next year"}}},
		{"an age and an appositive after an inverted speaker", "\"The river is still rising,\" said Tomas Vir, 63, the mayor of Lenz.",
			[]want{{source: "Tomas Vir, 63, the mayor of Lenz", actor: "Tomas Vir", cue: "said"}}},
		{"an age, then a circumstance after an inverted speaker", "\"The river is still rising,\" said Tomas Vir, 63, in a radio interview.",
			[]want{{source: "Tomas Vir, 63", cue: "said"}}},
		{"a headline naming its source after a colon", "Death toll climbs to 85 in Tessa floods: officials\nAt least 85 people have died.",
			[]want{{source: "officials", cue: ":", content: "Death toll climbs to 85 in Tessa floods", rule: "headline-colon"}}},
		{"a coordinated clause after a comma inside a closing quote ends the content", "The minister said the outbreak was \"contained,\" but aid workers disputed that.",
			[]want{{source: "The minister", cue: "said", content: "the outbreak was \"contained"}, {source: "aid workers", cue: "disputed", via: []string{}, content: "that"}}},
		{"a quoted word opening a clause that goes on is not the whole content", "The spokeswoman told reporters that \"dozens\" of new cases were reported every day.",
			[]want{{source: "The spokeswoman", cue: "told", content: "\"dozens\" of new cases were reported every day"}}},
		{"an anaphor as a possessor is not the head of the source", "The UN refugee agency said cases had doubled. The agency's spokeswoman, Hana Roos, said vaccines were on the way.",
			[]want{{cue: "said"}, {source: "The agency's spokeswoman, Hana Roos", actor: "Hana Roos", cue: "said"}}},
		{"a time opening the clause without a comma is no part of the subject", "Earlier this month the minister denied any wrongdoing.",
			[]want{{source: "the minister", cue: "denied", stance: sumber.Deny}}},
		{"he stands for a person, not for the body named last", "Governor Ana Pell said the dam held. The company said it had paid the fine. \"We will not leave,\" he said.",
			[]want{{cue: "said"}, {cue: "said"}, {source: "he", actor: "Governor Ana Pell", cue: "said"}}},
		{"a post-posed cue, a long circumstance with a date, then a participle", "Crews cleared the main road, the army said in a Telegram post on Saturday, adding that two bridges were still closed.",
			[]want{{source: "the army", cue: "said", content: "Crews cleared the main road", rule: "verb-postposed"}, {cue: "adding", content: "two bridges were still closed"}}},
		{"a headline's participle after a comma is the writer's, not the content", "Kestrian bank sees slower growth, clashing with ministry\nThe bank cut its forecast.",
			[]want{{source: "Kestrian bank", cue: "sees", content: "slower growth"}}},
		{"an idiom with a cue word is no cue", "The vote put the mayor at odds with the council.", nil},
		{"a negated perfect with never keeps its auxiliary", "The ministry has never confirmed the figure.",
			[]want{{source: "The ministry", cue: "has never confirmed", stance: sumber.Confirm, negated: true}}},
		{"a no-comment with plural requests", "The mayor did not respond to requests for comment.",
			[]want{{source: "The mayor", cue: "did not respond to requests for comment", stance: sumber.Neither}}},
		{"a dateline ending in a double hyphen is not part of the source", "(Bloomberg) -- Kestria's central bank said growth would slow.",
			[]want{{source: "Kestria's central bank", cue: "said", content: "growth would slow"}}},
		{"what is rejected ends before the verdict after as", "The union rejected the offer as \"an insult\" and walked out.",
			[]want{{source: "The union", cue: "rejected", stance: sumber.Deny, content: "the offer"}}},
		{"a quotation closed with its stop is not the content of the next sentence's cue", "The mayor called the plan \"a disgrace.\" Farmers accused the council of ignoring them.",
			[]want{{cue: "called"}, {source: "Farmers", cue: "accused", content: "the council of ignoring them", rule: "verb-preposed"}}},
		{"a quotation closed with its stop, then a cue and only a place", "\"We will rebuild every school.\" Governor Ana Pell said on Sunday.",
			[]want{{source: "Governor Ana Pell", cue: "said", content: "\"We will rebuild every school.\""}}},
		{"a relative clause declining to be named, then the subject's cue", "A diver on the salvage team, who declined to be identified, said the hull had split.",
			[]want{{source: "A diver on the salvage team, who declined to be identified", cue: "said", content: "the hull had split"}}},
		{"a currency sign may stand before the figure of a revision", "The insurer said the storm was severe and put the cost of the damage at $85 million.",
			[]want{{source: "The insurer", cue: "said", content: "the storm was severe"}, {source: "The insurer", cue: "put", content: "the cost of the damage at $85 million", stance: sumber.Believe}}},
		{"a count of victims is reported by a revision verb like a figure noun; a count of things is not", "The ministry said its units held the line and put the number of Varesian soldiers killed at about 120. The city cut the number of bus routes to 12.",
			[]want{{source: "The ministry", cue: "said", content: "its units held the line"}, {source: "The ministry", cue: "put", content: "the number of Varesian soldiers killed at about 120", stance: sumber.Believe, measure: "killed"}}},
		{"putting a count at a number is an estimate", "The refugee office put the number of displaced at 9,500 on Sunday.",
			[]want{{source: "The refugee office", cue: "put", stance: sumber.Believe, measure: "displaced"}}},
		{"a loss put at a bounded sum is an estimate", "The growers' union put the weekly loss at closer to $3 million.",
			[]want{{source: "The growers' union", cue: "put", content: "the weekly loss at closer to $3 million", stance: sumber.Believe}}},
		{"an according-to aside between the subject and the cue relays", "The harbour authority, according to Reuters, said the ferry had turned back.",
			[]want{{source: "The harbour authority", cue: "said", via: []string{"Reuters"}, content: "the ferry had turned back"}}},
		{"a pronoun with also continues a relayed report", "The port authority, according to Reuters, said the harbour was closed. It also said two cranes had collapsed.",
			[]want{{cue: "said", via: []string{"Reuters"}}, {source: "It", cue: "said", via: []string{"Reuters"}, content: "two cranes had collapsed"}}},
		{"a name before and, then a second cue: conjoined verbs share the subject", "Mayor Ruiz agreed with Delgado and said the levy was unfair.",
			[]want{{source: "Mayor Ruiz", cue: "agreed"}, {source: "Mayor Ruiz", cue: "said", content: "the levy was unfair"}}},
	}
	checkAll(t, "en", tests)
}

func TestVietnamese(t *testing.T) {
	tests := []sentenceCase{
		{"a report asked for is no claim", "Sở Y tế yêu cầu bệnh viện báo cáo số ca mắc trước ngày 20/7.", nil},
		{"a cue closing a passive relative aside is done to the noun before it", "Ông Trần Minh Quang, người được Sở Y tế thông báo, nói rằng bệnh viện sẽ mở thêm 200 giường.",
			[]want{{source: "Ông Trần Minh Quang, người được Sở Y tế thông báo", cue: "nói", content: "bệnh viện sẽ mở thêm 200 giường"}}},
		{"the an of Công an is no English article", "Cơ quan Cảnh sát điều tra Bộ Công an Varesia xác định có 2.400 bị hại trong vụ lừa đảo.",
			[]want{{source: "Cơ quan Cảnh sát điều tra Bộ Công an Varesia", cue: "xác định", content: "có 2.400 bị hại trong vụ lừa đảo"}}},
		{"ông and a given name are the person named in full before", "Viện trưởng Lê Văn Hòa cho biết tăng trưởng sẽ đạt 7%. Ông Hòa nói thêm rằng xuất khẩu tăng mạnh.",
			[]want{{source: "Viện trưởng Lê Văn Hòa", cue: "cho biết"}, {source: "Ông Hòa", actor: "Viện trưởng Lê Văn Hòa", cue: "nói thêm rằng"}}},
		{"theo after rằng opens the reported clause", "Tổng thống Volodymyr Zelensky nói rằng theo thông tin tình báo của Kiev, Triều Tiên đang chuẩn bị 10.000 binh sĩ.",
			[]want{{source: "Tổng thống Volodymyr Zelensky", cue: "nói"}, {source: "thông tin tình báo của Kiev", cue: "theo", content: "Triều Tiên đang chuẩn bị 10.000 binh sĩ", rule: "prep-initial"}}},
		{"a circumstance between the cue and rằng", "Tổng thống Volodymyr Zelensky cho biết trong bài phát biểu tối rằng lực lượng Ukraine đã bắt giữ hai binh sĩ.",
			[]want{{source: "Tổng thống Volodymyr Zelensky", cue: "cho biết", content: "lực lượng Ukraine đã bắt giữ hai binh sĩ"}}},
		{"a body's name with lower-case syllables, after a connector", "Ngược lại, Bộ Ngoại giao Nga gọi các báo cáo này là tuyên truyền và cáo buộc Kiev lan truyền số liệu sai lệch.",
			[]want{{source: "Bộ Ngoại giao Nga", cue: "cáo buộc", stance: sumber.Claim, content: "Kiev lan truyền số liệu sai lệch"}}},
		{"đồng thời joins a second verb of the subject", "Ông Zelensky tuyên bố quân Ukraine đã tiến lên, đồng thời kêu gọi các đồng minh cung cấp thêm tên lửa.",
			[]want{{source: "Ông Zelensky", cue: "tuyên bố"}, {source: "Ông Zelensky", cue: "kêu gọi", content: "các đồng minh cung cấp thêm tên lửa"}}},
		{"a name and its title between commas, then only a place and a time after the cue", "VEPR dự báo tăng trưởng quý IV đạt 7%, ông Lê Văn Hòa, Viện trưởng, cho biết tại họp báo chiều 5/12.",
			[]want{{source: "VEPR", cue: "dự báo", content: "tăng trưởng quý IV đạt 7%", via: []string{"ông Lê Văn Hòa"}},
				{source: "ông Lê Văn Hòa, Viện trưởng", cue: "cho biết", content: "VEPR dự báo tăng trưởng quý IV đạt 7%", date: "2024-12-05", rule: "verb-postposed"}}},
		{"a nominaliser far from the cue is no complementizer", "Giá điện sẽ không tăng trong quý tới, bà Phạm Thu Hà, Thứ trưởng Bộ Công Thương, nói tại buổi làm việc sáng 12/12.",
			[]want{{source: "bà Phạm Thu Hà, Thứ trưởng Bộ Công Thương", cue: "nói", content: "Giá điện sẽ không tăng trong quý tới", date: "2024-12-12"}}},
		{"cho biết", "Bộ Quốc phòng Hàn Quốc cho biết khoảng 1.100 binh sĩ đã thương vong.",
			[]want{{source: "Bộ Quốc phòng Hàn Quốc", cue: "cho biết", stance: sumber.Assert, content: "khoảng 1.100 binh sĩ đã thương vong"}}},
		{"theo at the start", "Theo Cơ quan Tình báo quốc gia, Triều Tiên đã gửi thêm quân.",
			[]want{{source: "Cơ quan Tình báo quốc gia", cue: "Theo", content: "Triều Tiên đã gửi thêm quân"}}},
		{"dẫn lời", "Hãng tin Yonhap dẫn lời nghị sĩ Lee cho biết số thương vong đã tăng.",
			[]want{{source: "nghị sĩ Lee", cue: "cho biết", via: []string{"Yonhap"}, content: "số thương vong đã tăng"}}},
		{"post-posed ông nói", "“Chúng tôi sẽ không rút lui”, ông nói.",
			[]want{{source: "ông", cue: "nói"}}},
		{"deny", "Moskva bác bỏ thông tin này.",
			[]want{{source: "Moskva", stance: sumber.Deny, content: "thông tin này"}}},
		{"neither", "Điện Kremlin từ chối bình luận về báo cáo.",
			[]want{{source: "Điện Kremlin", stance: sumber.Neither}}},
		{"mid-clause theo is not according to", "Lính Triều Tiên tấn công theo đội hình dày đặc.", nil},
		{"passive bị cáo buộc is not a claim by the subject", "Bình Nhưỡng bị cáo buộc cung cấp đạn pháo.", nil},
		{"dẫn báo cáo makes the report the origin", "Nghị sĩ Han, dẫn báo cáo của NIS, cho biết 100 binh sĩ đã tử trận.",
			[]want{{source: "NIS", cue: "cho biết", via: []string{"Nghị sĩ Han"}, content: "100 binh sĩ đã tử trận"}}},
		{"quotation with a short tail", "“Có nguy cơ leo thang”, ông viết trên mạng xã hội.",
			[]want{{source: "ông", cue: "viết", content: "“Có nguy cơ leo thang”"}}},
		{"được passive names the agent", "Binh sĩ Triều Tiên đã tới Kursk. Thông tin trên được Bộ Quốc phòng Hàn Quốc công bố hôm 23/12.",
			[]want{{source: "Bộ Quốc phòng Hàn Quốc", cue: "công bố", content: "Binh sĩ Triều Tiên đã tới Kursk", date: "2024-12-23"}}},
		{"comma after the cue", "Ông Kim cho biết, phần lớn binh sĩ thuộc lực lượng đặc nhiệm.",
			[]want{{source: "Ông Kim", content: "phần lớn binh sĩ thuộc lực lượng đặc nhiệm"}}},
		{"a manner adverb after the cue is not content", "Cảng vụ Amsel bác bỏ thẳng thừng cáo buộc của phía Oskaria.",
			[]want{{source: "Cảng vụ Amsel", cue: "bác bỏ", stance: sumber.Deny, content: "cáo buộc của phía Oskaria"}}},
		{"a no-comment's content is its topic", "Ban quản lý cảng từ chối bình luận về việc đóng cửa khi được hỏi chiều 3/4.",
			[]want{{source: "Ban quản lý cảng", stance: sumber.Neither, content: "đóng cửa"}}},
		{"a nominalizer after the cue is not content", "Hải quân Oskaria bác bỏ thông tin tàu chiến nổ súng cảnh cáo.",
			[]want{{stance: sumber.Deny, content: "tàu chiến nổ súng cảnh cáo"}}},
		{"a timing word opening the sentence", "Trước đó, Bình Nhưỡng đã phủ nhận mọi cáo buộc về việc đưa quân sang Nga.",
			[]want{{source: "Bình Nhưỡng", stance: sumber.Deny, timing: sumber.Earlier, content: "mọi cáo buộc về việc đưa quân sang Nga"}}},
		{"a trailing theo relays, it is not content", "Giới chức Hàn Quốc ước tính khoảng 10.000 binh sĩ đang ở Nga, theo hãng tin Yonhap.",
			[]want{{source: "Giới chức Hàn Quốc", content: "khoảng 10.000 binh sĩ đang ở Nga"}}},
		{"an outlet in a post-posed tail is a via", "“Chúng tôi đang theo dõi chặt chẽ”, một quan chức Hàn Quốc nói với Yonhap.",
			[]want{{source: "một quan chức Hàn Quốc", cue: "nói", via: []string{"Yonhap"}}}},
		{"chưa đưa ra bình luận is neither", "Hãng thông tấn KCNA chưa đưa ra bình luận về thông tin trên.",
			[]want{{stance: sumber.Neither}}},
		{"the same day takes the date before it", "Bộ Giao thông cho biết hải quân đã chặn tàu hôm 10/12. “Đây là hành động cướp biển”, bộ trưởng nói trong cuộc họp báo chiều cùng ngày.",
			[]want{{cue: "cho biết"}, {cue: "nói", date: "2024-12-10"}}},
		{"negated believe", "Các quan chức không tin rằng ông Kim đã nhận tiền.",
			[]want{{negated: true, stance: sumber.Believe, content: "ông Kim đã nhận tiền"}}},
		{"thông tin rằng is a noun and its complementizer, not a cue", "Điện Kremlin bác bỏ thông tin rằng hàng trăm binh sĩ đã thiệt mạng.",
			[]want{{source: "Điện Kremlin", cue: "bác bỏ", stance: sumber.Deny, content: "hàng trăm binh sĩ đã thiệt mạng"}}},
		{"bài viết is an article, not a cue", "Trong bài viết đăng trên mạng xã hội, Bộ trưởng Lan cho biết dịch bệnh đã được kiểm soát.",
			[]want{{source: "Bộ trưởng Lan", cue: "cho biết"}}},
		{"theo a noun published by an agent: the agent is the source", "Theo số liệu được Bộ Y tế công bố hôm 21/10, ít nhất 40 dân thường đã thiệt mạng.",
			[]want{{source: "Bộ Y tế", cue: "công bố", content: "ít nhất 40 dân thường đã thiệt mạng", date: "2024-10-21", rule: "prep-passive"}}},
		{"theo a source quoted by an outlet: the outlet is a via", "Theo một nguồn tin ngoại giao được hãng AP dẫn lời, hai bên nhất trí trao đổi tù binh.",
			[]want{{source: "một nguồn tin ngoại giao", cue: "Theo", via: []string{"Associated Press"}, content: "hai bên nhất trí trao đổi tù binh"}}},
		{"số liệu is a noun, not whether", "Số liệu do Bộ Y tế công bố cho thấy dịch bệnh đã giảm.",
			[]want{{source: "Bộ Y tế", cue: "công bố"}}},
		{"theo an outlet quoting someone: the one quoted is the source", "Theo hãng tin Reuters dẫn lời một quan chức quân đội Ukraine, Nga đã điều khoảng 10.000 binh sĩ tới Kursk.",
			[]want{{source: "một quan chức quân đội Ukraine", cue: "Theo", via: []string{"Reuters"}, content: "Nga đã điều khoảng 10.000 binh sĩ tới Kursk"}}},
		{"chưa đưa ra xác nhận chính thức declines to confirm", "Bộ Ngoại giao Thái Lan chưa đưa ra xác nhận chính thức về vụ việc.",
			[]want{{source: "Bộ Ngoại giao Thái Lan", cue: "chưa đưa ra xác nhận chính thức", stance: sumber.Neither}}},
		{"a published result shows: the content follows the second verb", "Kết quả khảo sát được Bộ Y tế công bố hôm qua cho thấy hơn 300 người đã nhiễm bệnh.",
			[]want{{source: "Bộ Y tế", cue: "công bố", content: "hơn 300 người đã nhiễm bệnh"}}},
		{"bổ sung after a noun is an adjective", "Quan chức địa phương cho biết hàng trăm binh sĩ bổ sung đã được điều đến khu vực.",
			[]want{{source: "Quan chức địa phương", cue: "cho biết", content: "hàng trăm binh sĩ bổ sung đã được điều đến khu vực"}}},
		{"lại before the cue is an adverb", "Giới phân tích lại cho rằng giao tranh sẽ còn kéo dài.",
			[]want{{source: "Giới phân tích", cue: "cho rằng", stance: sumber.Believe}}},
		{"a place and a date after the cue: the content is before", "Lạm phát sẽ giảm, ông Minh cho biết tại Hà Nội hôm 12/6.",
			[]want{{source: "ông Minh", cue: "cho biết", content: "Lạm phát sẽ giảm", rule: "verb-postposed"}}},
		{"a place inside a pre-posed subject stays", "Đại sứ quán Mỹ tại Hà Nội cho biết họ đã nhận được thông tin.",
			[]want{{source: "Đại sứ quán Mỹ tại Hà Nội", cue: "cho biết"}}},
		{"a forecast as a noun is not a cue", "Theo số liệu của Tổng cục Thống kê, tăng trưởng GDP quý III đạt 7,4%, cao hơn dự báo.",
			[]want{{cue: "Theo", content: "tăng trưởng GDP quý III đạt 7,4%, cao hơn dự báo"}}},
		{"a content anaphor after the cue is not a nominaliser", "Bộ Y tế chưa xác nhận thông tin này.",
			[]want{{source: "Bộ Y tế", cue: "chưa xác nhận", negated: true, stance: sumber.Confirm}}},
		{"declining to give information is neither", "Công an tỉnh từ chối cung cấp thông tin về vụ việc.",
			[]want{{cue: "từ chối cung cấp thông tin", stance: sumber.Neither}}},
		{"only a time after a post-posed cue", "Giá xăng sẽ giảm, Bộ Công Thương cho biết tuần trước.",
			[]want{{source: "Bộ Công Thương", cue: "cho biết", content: "Giá xăng sẽ giảm", rule: "verb-postposed"}}},
		{"a press release of a body: the body is the actor", "Theo thông cáo báo chí của Bộ Y tế, chiến dịch tiêm chủng sẽ tiếp tục vào tháng 11.",
			[]want{{source: "Bộ Y tế", actor: "Bộ Y tế", cue: "Theo", content: "chiến dịch tiêm chủng sẽ tiếp tục vào tháng 11"}}},
		{"declining to give more information has no content", "Công an từ chối cung cấp thêm thông tin.",
			[]want{{source: "Công an", cue: "từ chối cung cấp thêm thông tin", stance: sumber.Neither, content: "-"}}},
		{"an adjusted figure is a claim; con số inherits the measure", "Bộ Y tế cho biết 50 người đã thiệt mạng trong trận lũ. Đến chiều 22/10, bộ này điều chỉnh con số lên 67 người.",
			[]want{{source: "Bộ Y tế", cue: "cho biết"}, {source: "bộ này", actor: "Bộ Y tế", cue: "điều chỉnh", content: "con số lên 67 người", timing: sumber.Later, measure: "killed"}}},
		{"raising a price is an act, not a claim", "Petrolimex nâng giá xăng lên 25.000 đồng.", nil},
		{"a passive revision with its agent after the figure; điều chỉnh is no deployment", "Con số thương vong được điều chỉnh lên 67 người bởi Bộ Y tế.",
			[]want{{source: "Bộ Y tế", cue: "điều chỉnh", content: "Con số thương vong được điều chỉnh lên 67 người", rule: "passive-by", measure: "killed-or-wounded"}}},
		{"a passive revision without an agent claims nothing", "Con số thương vong được điều chỉnh lên 67 người.", nil},
		{"a passive raise of a rate is an act, not a claim", "Lãi suất được điều chỉnh lên 6% bởi Ngân hàng Nhà nước.", nil},
		{"a denied report that someone believes: the report's claim is the content", "Người phát ngôn Bộ Ngoại giao bác bỏ thông tin cho rằng Việt Nam đã cho phép tàu nước ngoài khảo sát.",
			[]want{{source: "Người phát ngôn Bộ Ngoại giao", cue: "bác bỏ", stance: sumber.Deny, content: "Việt Nam đã cho phép tàu nước ngoài khảo sát"}}},
		{"a connector opening a post-posed content is trimmed", "Trong khi đó, giá xăng sẽ giảm, Bộ Công Thương cho biết.",
			[]want{{source: "Bộ Công Thương", cue: "cho biết", content: "giá xăng sẽ giảm"}}},
		{"a ministry named with và is one source", "Bộ Kế hoạch và Đầu tư ước tính GDP quý II tăng 6,9%.",
			[]want{{source: "Bộ Kế hoạch và Đầu tư", cue: "ước tính", content: "GDP quý II tăng 6,9%"}}},
		{"và after lower-case verbs still joins clauses", "Giá xăng tăng mạnh và Bộ Công Thương cho biết sẽ can thiệp.",
			[]want{{source: "Bộ Công Thương", cue: "cho biết"}}},
		{"a forecast level is a noun, not a cue", "Bộ Kế hoạch và Đầu tư ước tính GDP tăng 6,9%, cao hơn mức dự báo 6,5% của Ngân hàng Thế giới.",
			[]want{{source: "Bộ Kế hoạch và Đầu tư", cue: "ước tính"}}},
		{"a cue word after a document noun under a preposition is its participle", "Trong báo cáo công bố hôm thứ hai, Quỹ Phát triển Lumora dự báo lạm phát sẽ giảm.",
			[]want{{source: "Quỹ Phát triển Lumora", cue: "dự báo", content: "lạm phát sẽ giảm"}}},
		{"an amount estimated at a number is nobody's claim", "Mùa màng bị tàn phá, tổng thiệt hại ước tính khoảng 800 tỷ đồng.", nil},
		{"a request for comment is no topic", "Tập đoàn Halvik chưa phản hồi yêu cầu bình luận của phóng viên.",
			[]want{{source: "Tập đoàn Halvik", cue: "chưa phản hồi", stance: sumber.Neither, content: "-"}}},
		{"the topic of a no-comment without its preposition", "Bộ Tài chính từ chối bình luận về kế hoạch phát hành trái phiếu.",
			[]want{{source: "Bộ Tài chính", stance: sumber.Neither, content: "kế hoạch phát hành trái phiếu"}}},
		{"a denied accusation: what is alleged is the content", "Công ty Drava bác bỏ cáo buộc nhà máy xả thải ra sông.",
			[]want{{source: "Công ty Drava", stance: sumber.Deny, content: "nhà máy xả thải ra sông"}}},
		{"a denied view that someone holds: one claim, the view is the content", "Thống đốc Ilse Varn bác bỏ ý kiến cho rằng đồng nội tệ bị định giá thấp.",
			[]want{{source: "Thống đốc Ilse Varn", stance: sumber.Deny, content: "đồng nội tệ bị định giá thấp"}}},
		{"a nominaliser with its owner is the object", "Công ty Drava bác bỏ thông tin của một tờ báo địa phương.",
			[]want{{stance: sumber.Deny, content: "thông tin của một tờ báo địa phương"}}},
		// (the own set's gold keeps the aside in the source, vi-06, vi-30,
		// vi-47; class anonymous)
		{"anonymity between commas after the subject is no claim and stays in the source", "Một quan chức hải quan, đề nghị giấu tên, cho biết lô hàng đã bị tạm giữ.",
			[]want{{source: "Một quan chức hải quan, đề nghị giấu tên", cue: "cho biết", content: "lô hàng đã bị tạm giữ"}}},
		{"kể recounts with a complementizer or after a quotation", "Bà Thu kể với người thân rằng cửa hàng bị cháy lúc nửa đêm. “Lửa bén rất nhanh”, bà kể.",
			[]want{{source: "Bà Thu", cue: "kể", content: "cửa hàng bị cháy lúc nửa đêm"}, {source: "bà", cue: "kể"}}},
		{"kể cả and kể từ are no cues", "Kể từ tháng 5, mọi người, kể cả người già, đều được hỗ trợ.", nil},
		{"theo a document from a body reads past từ; the body is the actor", "Theo thông tin từ Sở Y tế tỉnh Halden, 7 bệnh nhân đã xuất viện.",
			[]want{{source: "Sở Y tế tỉnh Halden", actor: "Sở Y tế tỉnh Halden", cue: "Theo", content: "7 bệnh nhân đã xuất viện"}}},
		{"theo X reads on past a semicolon", "Theo Sở Giao thông, 3 cây cầu bị hư hỏng; 12 tuyến đường vẫn ngập sâu.",
			[]want{{source: "Sở Giao thông", cue: "Theo", content: "3 cây cầu bị hư hỏng; 12 tuyến đường vẫn ngập sâu"}}},
		{"theo X stops at a semicolon before another's claim", "Theo Sở Giao thông, 3 cây cầu bị hư hỏng; công an huyện cho biết 2 người mất tích.",
			[]want{{source: "Sở Giao thông", cue: "Theo", content: "3 cây cầu bị hư hỏng"}, {source: "công an huyện", cue: "cho biết"}}},
		{"cũng theo opens a clause", "Cũng theo bà Ngọc, giá cước vận tải đã tăng gấp đôi.",
			[]want{{source: "bà Ngọc", cue: "theo", content: "giá cước vận tải đã tăng gấp đôi", rule: "prep-initial"}}},
		{"a trailing cũng theo credits the clause before it", "Giá cước vận tải đã tăng gấp đôi, cũng theo bà Ngọc.",
			[]want{{source: "bà Ngọc", cue: "theo", content: "Giá cước vận tải đã tăng gấp đôi", rule: "prep-final"}}},
		{"lý giải, nêu rõ, thông tin thêm, khuyến cáo report; phản bác denies", "Ông Phan lý giải, nắng nóng kéo dài khiến hồ cạn nước. Sở Y tế nêu rõ các ca bệnh đều nhẹ. Bà Quyên thông tin thêm rằng trường sẽ mở cửa lại. Viện khuyến cáo người dân hạn chế ra ngoài. Hãng Torvik phản bác thông tin cho rằng xe bị lỗi phanh.",
			[]want{{source: "Ông Phan", cue: "lý giải"}, {source: "Sở Y tế", cue: "nêu rõ"}, {source: "Bà Quyên", cue: "thông tin thêm"}, {source: "Viện", cue: "khuyến cáo"},
				{source: "Hãng Torvik", cue: "phản bác", stance: sumber.Deny, content: "xe bị lỗi phanh"}}},
		{"nêu alone is no cue", "Các vấn đề nêu trên đã được xử lý. Tên của bà được nêu trong báo cáo.", nil},
		{"ông này is a pronoun; lên tiếng before the cue is no part of the source", "Giám đốc sở Ivo Renat cho biết cầu vẫn an toàn. Ông này sau đó lên tiếng bác bỏ tin đồn cầu bị nứt.",
			[]want{{cue: "cho biết"}, {source: "Ông này", actor: "Giám đốc sở Ivo Renat", cue: "bác bỏ", stance: sumber.Deny, timing: sumber.Later}}},
		{"a title between commas after a name under theo is part of the source", "Theo bà Lina Sorel, Phó Giám đốc Sở Xây dựng, 40 căn nhà bị hư hỏng.",
			[]want{{source: "bà Lina Sorel, Phó Giám đốc Sở Xây dựng", actor: "bà Lina Sorel", cue: "Theo", content: "40 căn nhà bị hư hỏng"}}},
		{"a post-posed cue followed only by the one told", "Cây cầu sẽ được sửa trong tháng tới, Thiếu tá Ben Arlo, Đội trưởng đội cứu hộ, nói với Thanh Niên.",
			[]want{{source: "Thiếu tá Ben Arlo, Đội trưởng đội cứu hộ", cue: "nói", content: "Cây cầu sẽ được sửa trong tháng tới", rule: "verb-postposed"}}},
		{"a result clause raising a toll after a comma is no claim", "Sở Y tế cho biết thêm 4 bệnh nhân tử vong, nâng tổng số ca tử vong lên 31.",
			[]want{{source: "Sở Y tế", cue: "cho biết thêm", content: "4 bệnh nhân tử vong, nâng tổng số ca tử vong lên 31"}}},
		{"a headline label naming a body with lower-case syllables", "Sở Giao thông vận tải: 3 tuyến đường bị chia cắt\nMưa lớn kéo dài suốt hai ngày.",
			[]want{{source: "Sở Giao thông vận tải", cue: ":", content: "3 tuyến đường bị chia cắt", rule: "speaker-colon"}}},
		{"song joins a second verb of the same subject", "Nhà máy thừa nhận có rò rỉ hóa chất, song khẳng định lượng rò rỉ rất nhỏ.",
			[]want{{source: "Nhà máy", cue: "thừa nhận"}, {source: "Nhà máy", cue: "khẳng định", content: "lượng rò rỉ rất nhỏ"}}},
		{"a determiner or dẫn lời before a source noun does not make a cue a participle", "Một quan chức cho biết cây cầu đã sập. Hãng tin Reuters dẫn lời một quan chức cho biết hai người bị thương. Sở Xây dựng tuần qua cho biết cầu sẽ được sửa.",
			[]want{{source: "Một quan chức", cue: "cho biết"}, {source: "một quan chức", cue: "cho biết", via: []string{"Reuters"}}, {source: "Sở Xây dựng", cue: "cho biết"}}},
		{"a relay ending in its own source noun leaves it to the origin", "Tờ Lumora Herald dẫn nguồn tin thân cận cho biết bộ trưởng sắp từ chức.",
			[]want{{source: "nguồn tin thân cận", cue: "cho biết", content: "bộ trưởng sắp từ chức"}}},
		{"a relay citing a document: its issuer is the origin", "Hãng AP dẫn thông cáo của bệnh viện cho biết ca phẫu thuật thành công.",
			[]want{{source: "bệnh viện", cue: "cho biết"}}},
		{"chỉ ra and phản ánh report only with evidence", "Báo cáo thanh tra chỉ ra rằng nhiều hồ sơ bị thất lạc. Con số này phản ánh sức mua còn yếu.",
			[]want{{source: "Báo cáo thanh tra", cue: "chỉ ra", content: "nhiều hồ sơ bị thất lạc"}}},
		{"a revision's content ends with its new figure; the old figure's date is not the claim's", "Ngày 20/12, Quỹ Tiền tệ Khu vực hạ dự báo lạm phát xuống 3,2%, từ mức 3,8% hồi tháng 4.",
			[]want{{source: "Quỹ Tiền tệ Khu vực", cue: "hạ", content: "dự báo lạm phát xuống 3,2%", date: "2024-12-20"}}},
		{"theo a forecast of a body credits the body; a forecast compared against is no cue", "Theo dự báo của Viện Kinh tế Lumora, xuất khẩu sẽ giảm 2%. Nhập khẩu tăng 5%, cao hơn so với dự báo.",
			[]want{{source: "dự báo của Viện Kinh tế Lumora", cue: "Theo", content: "xuất khẩu sẽ giảm 2%"}}},
		{"còn before a number after a comma is down to, no contrast", "Công ty Ravel cho biết doanh thu quý ba giảm 9%, còn khoảng 1.300 tỷ đồng. Ông Dalo cho biết sản lượng giảm, còn nhà máy thứ hai vẫn chạy.",
			[]want{{source: "Công ty Ravel", cue: "cho biết", content: "doanh thu quý ba giảm 9%, còn khoảng 1.300 tỷ đồng"}, {source: "Ông Dalo", cue: "cho biết", content: "sản lượng giảm"}}},
		{"a comma and song end the content", "Bà Ilse cho rằng giá thuê sẽ còn tăng, song không nêu lý do.",
			[]want{{source: "Bà Ilse", cue: "cho rằng", content: "giá thuê sẽ còn tăng"}}},
		{"an event kicker before a headline colon is no speaker", "Lũ quét ở Dravo: 12 người mất tích, chính quyền huyện nói nhiều xã còn bị cô lập\nCác đội cứu hộ đã tới hiện trường.",
			[]want{{source: "chính quyền huyện", cue: "nói", content: "nhiều xã còn bị cô lập", via: []string{}}}},
		{"a question before a no-comment: its topic is the content", "Khi được hỏi về số tiền bồi thường, đại diện hãng Torvik từ chối bình luận.",
			[]want{{source: "đại diện hãng Torvik", cue: "từ chối bình luận", stance: sumber.Neither, content: "số tiền bồi thường"}}},
		{"a setting after a comma ends the content", "Tập đoàn Halvik thừa nhận có thể cắt giảm 500 việc làm, trong bối cảnh doanh thu sụt giảm mạnh.",
			[]want{{source: "Tập đoàn Halvik", cue: "thừa nhận", content: "có thể cắt giảm 500 việc làm"}}},
		{"a long body name before an appositive; compounds of nâng and hạ are no cues", "Đại diện Công ty CP Xây dựng Orvel, chủ đầu tư dự án nâng cấp hạ tầng, khẳng định đã cảnh báo từ trước.",
			[]want{{source: "Đại diện Công ty CP Xây dựng Orvel, chủ đầu tư dự án nâng cấp hạ tầng", cue: "khẳng định", content: "đã cảnh báo từ trước"}}},
		{"an opening participle phrase is no subject", "Trao đổi với phóng viên chiều qua, bà Nia Hart, Giám đốc bệnh viện, cho hay 4 bệnh nhân đã xuất viện.",
			[]want{{source: "bà Nia Hart, Giám đốc bệnh viện", cue: "cho hay", content: "4 bệnh nhân đã xuất viện"}}},
		{"a time is no subject", "Trước đó, hồi tháng 5, báo cáo thanh tra của Sở Tài chính từng kết luận dự án không có sai phạm.",
			[]want{{source: "báo cáo thanh tra của Sở Tài chính", cue: "kết luận", timing: sumber.Earlier}}},
		{"the same day is the day named before, in a sentence without a claim too", "Khoảng 9h sáng 14/12, một đoạn đê ở xã Lạc Vân bị vỡ. Chiều cùng ngày, ông Dario Fenn, Chủ tịch xã, cho biết 200 hộ đã được sơ tán.",
			[]want{{source: "ông Dario Fenn, Chủ tịch xã", cue: "cho biết", date: "2024-12-14"}}},
		{"phát biểu trên opens a participle phrase", "Phát biểu trên đài phát thanh, Thị trưởng Kian Rho cảnh báo giá nước sẽ tăng.",
			[]want{{source: "Thị trưởng Kian Rho", cue: "cảnh báo", content: "giá nước sẽ tăng"}}},
		{"a cue word after với is a noun; khi đó marks an earlier position", "Hồi tháng 6, tỉnh này đóng cửa mỏ đá với cáo buộc gây ô nhiễm, nhưng công ty khi đó khẳng định mọi chỉ số đều đạt chuẩn.",
			[]want{{source: "công ty", cue: "khẳng định", timing: sumber.Earlier, content: "mọi chỉ số đều đạt chuẩn"}}},
		{"theo right after a reporting verb opens its content", "Bà Nia Hart cho biết theo số liệu của bệnh viện, 30 ca đã xuất viện.",
			[]want{{source: "Bà Nia Hart", cue: "cho biết"}, {source: "bệnh viện", actor: "bệnh viện", cue: "theo", content: "30 ca đã xuất viện", via: []string{"Bà Nia Hart"}}}},
		{"khai testifies with evidence, khai nhận confesses, triển khai deploys", "Nhân chứng khai rằng chiếc xe chạy rất nhanh. Tài xế khai nhận đã uống rượu. Công ty triển khai rằng buộc mới.",
			[]want{{source: "Nhân chứng", cue: "khai", content: "chiếc xe chạy rất nhanh"}, {source: "Tài xế", cue: "khai nhận", stance: sumber.Confirm}}},
		{"a comma after a vi cue that is also a noun is evidence of reporting", "Một người bán hàng gần chợ kể, lửa bắt đầu từ dãy kiốt phía sau.",
			[]want{{source: "Một người bán hàng gần chợ", cue: "kể", content: "lửa bắt đầu từ dãy kiốt phía sau"}}},
		{"a date inside a document named as the source dates the claim", "Theo báo cáo chiều 3/12 của Sở Y tế, 14 ca nhiễm mới được ghi nhận.",
			[]want{{cue: "Theo", content: "14 ca nhiễm mới được ghi nhận", date: "2024-12-03"}}},
		{"a speaker quoted by an agent (được X dẫn lời) speaks, the agent relays", "Một kỹ sư được hãng AP dẫn lời cho biết đập thủy điện không bị hư hại.",
			[]want{{source: "Một kỹ sư", cue: "cho biết", via: []string{"Associated Press"}, content: "đập thủy điện không bị hư hại"}}},
		{"a place on the web between the cue and rằng", "Ca sĩ Mira Lenn viết trên trang cá nhân rằng cô sẽ hủy buổi diễn.",
			[]want{{source: "Ca sĩ Mira Lenn", cue: "viết", content: "cô sẽ hủy buổi diễn"}}},
		{"a time of day and a date between the subject and the cue date the claim", "Sở Tài chính chiều 10/12 công bố giá điện tăng 3%.",
			[]want{{source: "Sở Tài chính", cue: "công bố", date: "2024-12-10"}}},
		{"a cue describing an object through mà claims nothing; the outer claim stays", "Hiệp hội cho rằng quỹ chỉ còn 900 tỷ đồng, thấp hơn con số mà bộ công bố hồi tháng 9.",
			[]want{{source: "Hiệp hội", cue: "cho rằng"}}},
		{"theo a dated document of its issuer", "Theo thông báo tối 2/12 của Công an tỉnh Halden, 3 nghi phạm đã bị bắt.",
			[]want{{source: "thông báo tối 2/12 của Công an tỉnh Halden", cue: "Theo", content: "3 nghi phạm đã bị bắt", date: "2024-12-02"}}},
		{"a follow-up by the quoted one keeps the relay", "Hãng tin Reuters dẫn lời một sĩ quan hải quân cho biết hai tàu đã va chạm. Sĩ quan này nói thêm rằng không ai bị thương.",
			[]want{{source: "một sĩ quan hải quân", via: []string{"Reuters"}}, {source: "Sĩ quan này", cue: "nói thêm rằng", via: []string{"Reuters"}}}},
		{"a long title and name, then the surname alone, keeps the relay", "Theo hãng AP, Thứ trưởng Bộ Tài chính nước này Oren Lask khẳng định ngân sách vẫn đủ chi. Ông Lask cũng bác bỏ tin đồn tăng thuế.",
			[]want{{cue: "khẳng định", via: []string{"Associated Press"}}, {source: "Ông Lask", actor: "Thứ trưởng Bộ Tài chính nước này Oren Lask", cue: "bác bỏ", via: []string{"Associated Press"}}}},
		{"an outlet told is no relay of the next claim", "“Giá dầu sẽ còn tăng”, ông Reno nói với Reuters. Ông cũng cho biết nguồn cung vẫn ổn định.",
			[]want{{cue: "nói", via: []string{"Reuters"}}, {source: "Ông", cue: "cho biết", via: []string{}}}},
		{"information on social media is a nominaliser, not the information above", "Sở Y tế bác bỏ thông tin trên mạng xã hội rằng bệnh viện đã hết giường.",
			[]want{{source: "Sở Y tế", cue: "bác bỏ", stance: sumber.Deny, content: "bệnh viện đã hết giường"}}},
		{"a pronoun with cũng continues a relayed report", "Hãng tin Reuters dẫn lời ông Lâm Vĩnh cho biết cảng đã đóng cửa. Ông cũng bác bỏ tin đồn công nhân bị sa thải.",
			[]want{{cue: "cho biết", via: []string{"Reuters"}}, {source: "Ông", cue: "bác bỏ", via: []string{"Reuters"}, stance: sumber.Deny}}},
		{"a cue word opening a clause before được is its subject noun; theo X is the cue", "Theo hãng tin AP, tuyên bố được phát đi sau cuộc họp kéo dài ba giờ.",
			[]want{{source: "hãng tin AP", cue: "Theo", content: "tuyên bố được phát đi sau cuộc họp kéo dài ba giờ"}}},
		{"a proposal after a comma is the speaker's next act, not part of the claim", "Hiệp hội Taxi Brask cho rằng giá nhiên liệu đã tăng quá nhanh, đề nghị thành phố giảm phí cầu đường.",
			[]want{{source: "Hiệp hội Taxi Brask", cue: "cho rằng", content: "giá nhiên liệu đã tăng quá nhanh"}}},
		{"after a connector opening the sentence, a name and its appositive between commas are the subject", "Tuy nhiên, bà Vela Rinn, cựu thành viên hội đồng quản trị, phủ nhận đã biết về khoản vay.",
			[]want{{source: "bà Vela Rinn, cựu thành viên hội đồng quản trị", cue: "phủ nhận", stance: sumber.Deny}}},
		{"a body's name with a lower-case classifier, then its appositive, is the subject", "Công ty Vận tải Orlen, đơn vị khai thác tuyến xe buýt, cho biết các chuyến xe vẫn chạy bình thường.",
			[]want{{source: "Công ty Vận tải Orlen, đơn vị khai thác tuyến xe buýt", cue: "cho biết", content: "các chuyến xe vẫn chạy bình thường"}}},
		{"bị opening a noun (bị cáo, bị hại) is no passive marker; bị cáo buộc still is", "Mẹ của bị hại cho biết bà đã nhận đủ tiền bồi thường. Ông Renn bị cáo buộc làm giả hồ sơ.",
			[]want{{source: "Mẹ của bị hại", cue: "cho biết", content: "bà đã nhận đủ tiền bồi thường"}}},
		{"the preposition after a nominaliser goes with it, out of the content", "Bộ Ngoại giao bác bỏ thông tin về số tàu bị bắt giữ.",
			[]want{{source: "Bộ Ngoại giao", cue: "bác bỏ", content: "số tàu bị bắt giữ", stance: sumber.Deny}}},
		{"theo a name, then its title between commas: the title belongs to the source", "Theo bà Lina Vos, cựu đại sứ tại Oskaria, hai bên khó đạt thỏa thuận trong năm nay.",
			[]want{{source: "bà Lina Vos, cựu đại sứ tại Oskaria", cue: "Theo", content: "hai bên khó đạt thỏa thuận trong năm nay"}}},
		{"được cho là is a hedge, not a passive with an agent", "Tài xế xe tải được cho là đã khai với cảnh sát rằng phanh bị hỏng.",
			[]want{{source: "Tài xế xe tải", cue: "khai", content: "phanh bị hỏng"}}},
		{"không inside a noun (hàng không, phòng không) negates no cue", "Một phi công của hãng hàng không Selvair cho biết đường băng bị ngập. Lực lượng phòng không không xác nhận vụ việc.",
			[]want{{source: "Một phi công của hãng hàng không Selvair", cue: "cho biết", negated: false}, {source: "Lực lượng phòng không", cue: "không xác nhận", negated: true}}},
		{"issuing a statement is the medium of the subject's claim, with the time before it", "Tập đoàn Kesh chiều 4/12 phát đi thông cáo phủ nhận việc sa thải 300 công nhân.",
			[]want{{source: "Tập đoàn Kesh", cue: "phủ nhận", stance: sumber.Deny, date: "2024-12-04"}}},
		{"a question naming its topic after về keeps the topic as the no-comment's content", "Ban quản lý chợ từ chối trả lời câu hỏi về số tiểu thương bị ảnh hưởng.",
			[]want{{source: "Ban quản lý chợ", cue: "từ chối trả lời", content: "số tiểu thương bị ảnh hưởng", stance: sumber.Neither}}},
		{"a name with two appositives between commas (age, then role) is the subject", "Chị Mai Lenn, 34 tuổi, nhân viên bán vé, cho biết đoàn tàu dừng đột ngột.",
			[]want{{source: "Chị Mai Lenn, 34 tuổi, nhân viên bán vé", cue: "cho biết", content: "đoàn tàu dừng đột ngột"}}},
		{"a pronoun opening the clause after a noun-like cue is evidence of reporting", "Các tài xế xe khách kể họ đã chờ ở trạm thu phí suốt đêm.",
			[]want{{source: "Các tài xế xe khách", cue: "kể", content: "họ đã chờ ở trạm thu phí suốt đêm"}}},
		{"a finding of a body (kết luận của X) names X as the actor", "Theo kết luận của Thanh tra tỉnh Brenn, dự án đã bị đội vốn 40%.",
			[]want{{source: "Thanh tra tỉnh Brenn", actor: "Thanh tra tỉnh Brenn", cue: "Theo", content: "dự án đã bị đội vốn 40%"}}},
		{"tố accuses in a headline; yếu tố and tố tụng are other words", "Công đoàn Kesh tố ban giám đốc cắt lương trái phép\n\nYếu tố tố tụng được luật sư Penn nhấn mạnh.",
			[]want{{source: "Công đoàn Kesh", cue: "tố", lemma: "cáo buộc", stance: sumber.Claim, content: "ban giám đốc cắt lương trái phép"}}},
		{"the police (cảnh sát) is a body that can label a headline", "Cảnh sát Brask: Hai nghi phạm đã ra đầu thú\n\nĐoạn sau.",
			[]want{{source: "Cảnh sát Brask", cue: ":", content: "Hai nghi phạm đã ra đầu thú"}}},
		{"a lower-case head with a name ends the clause subject before the verb; truy tố is no tố", "Trong phần xét hỏi, đại diện VKSND thành phố Brask giữ nguyên quan điểm truy tố, cho rằng hai bị cáo có vai trò ngang nhau.",
			[]want{{source: "đại diện VKSND thành phố Brask", cue: "cho rằng", content: "hai bị cáo có vai trò ngang nhau"}}},
		{"not ruling out (không loại trừ khả năng) is a hedged suggestion, not a negated claim", "Cơ quan điều tra chưa loại trừ khả năng đám cháy do chập điện.",
			[]want{{source: "Cơ quan điều tra", cue: "chưa loại trừ khả năng", content: "đám cháy do chập điện", stance: sumber.Suggest, negated: false}}},
		{"an outlet reporting between commas relays the clause with its own cue", "Sáng nay, hãng tin Reuters đưa tin, cảnh sát cảng Brask cho biết hai thủy thủ đã bị bắt.",
			[]want{{source: "cảnh sát cảng Brask", cue: "cho biết", via: []string{"Reuters"}, content: "hai thủy thủ đã bị bắt"}}},
		{"a reporter of an outlet told is a recipient, not a relay", "Ông Tano Veld, Giám đốc sở, nói với phóng viên Thanh Niên rằng tuyến đường đã thông xe.",
			[]want{{source: "Ông Tano Veld, Giám đốc sở", cue: "nói", via: []string{}, content: "tuyến đường đã thông xe"}}},
		{"the press told (với báo chí) is skipped before the content", "Bà Lisa Tam cho biết với báo chí nhà kho vẫn hoạt động bình thường.",
			[]want{{source: "Bà Lisa Tam", cue: "cho biết", via: []string{}, content: "nhà kho vẫn hoạt động bình thường"}}},
		{"answering the press (trả lời báo chí) before rằng reports; the recipient is no relay", "Ông Kiro Benn trả lời phỏng vấn báo Thanh Niên rằng giá vé sẽ giữ nguyên.",
			[]want{{source: "Ông Kiro Benn", cue: "trả lời", via: []string{}, content: "giá vé sẽ giữ nguyên"}}},
		{"answering a question (trả lời câu hỏi) is no claim", "Bộ trưởng trả lời câu hỏi của đại biểu về giá điện.", nil},
		{"an apposition between commas after a subject behind an opening aside stays in the source", "Trả lời phỏng vấn báo Nông Nghiệp, ông Hal Berg, Phó chủ tịch UBND tỉnh, cho biết đê biển đã được gia cố.",
			[]want{{source: "ông Hal Berg, Phó chủ tịch UBND tỉnh", cue: "cho biết", content: "đê biển đã được gia cố"}}},
		{"a lower-case apposition ending in a verb-like word stays in the source", "Công ty Cổ phần Thủy sản Renn, đơn vị thi công, khẳng định nước thải không vượt ngưỡng.",
			[]want{{source: "Công ty Cổ phần Thủy sản Renn, đơn vị thi công", cue: "khẳng định", content: "nước thải không vượt ngưỡng"}}},
		{"inability to confirm (chưa thể xác nhận) is a negated confirmation, not a hypothesis", "Đại diện cảng vụ chưa thể xác nhận số container bị rơi xuống biển.",
			[]want{{source: "Đại diện cảng vụ", cue: "chưa thể xác nhận", stance: sumber.Confirm, negated: true, content: "số container bị rơi xuống biển"}}},
		{"still (vẫn) on a day before publication is an earlier claim", "Hôm 20/12, Sở Y tế tỉnh vẫn báo cáo 12 ca mắc sốt xuất huyết.",
			[]want{{cue: "báo cáo", timing: sumber.Earlier}}},
		{"sau đó before another actor's first claim is the next event, not a change of position", "Bà Lena Vo cho biết nhiều hộ dân đã phản ánh về mùi hôi. Chủ tịch UBND xã Dren sau đó thừa nhận xã đã nhận được phản ánh.",
			[]want{{cue: "cho biết", timing: "-"}, {cue: "thừa nhận", timing: "-"}}},
		{"sau đó after the same actor's earlier claim is a later position", "Công ty Renn ban đầu phủ nhận việc xả thải. Công ty Renn sau đó thừa nhận có sự cố ở hệ thống xử lý.",
			[]want{{cue: "phủ nhận", timing: sumber.Earlier}, {cue: "thừa nhận", timing: sumber.Later}}},
		{"theo a body's statistics: the body is the source", "Theo thống kê của Sở Nông nghiệp tỉnh Brenn, 40 ha lúa bị ngập.",
			[]want{{source: "Sở Nông nghiệp tỉnh Brenn", actor: "Sở Nông nghiệp tỉnh Brenn", cue: "Theo", content: "40 ha lúa bị ngập"}}},
		{"an estimate after a comma right before a figure hedges it, no claim of its own", "Theo báo cáo của Sở Công Thương, 12 cửa hàng bị cháy, ước tính hơn 4 tỷ đồng.",
			[]want{{source: "Sở Công Thương", cue: "Theo", content: "12 cửa hàng bị cháy, ước tính hơn 4 tỷ đồng"}}},
		{"a second verb of a subject with an apposition repeats the whole source", "Công ty Cổ phần Thủy sản Renn, đơn vị thi công, khẳng định nước thải đạt chuẩn và cho rằng cá chết do nắng nóng.",
			[]want{{source: "Công ty Cổ phần Thủy sản Renn, đơn vị thi công", cue: "khẳng định"}, {source: "Công ty Cổ phần Thủy sản Renn, đơn vị thi công", cue: "cho rằng", content: "cá chết do nắng nóng"}}},
		{"nhưng chưa without a subject of its own goes on with the claim", "Công an huyện cho biết đã lấy lời khai của tài xế, nhưng chưa khởi tố vụ án.",
			[]want{{source: "Công an huyện", cue: "cho biết", content: "đã lấy lời khai của tài xế, nhưng chưa khởi tố vụ án"}}},
		{"bị thương (injured) is a state, not a passive: the apposition stays in the source", "Ông Dan Ulm, có cháu bị thương trong vụ cháy, cho biết chung cư không có lối thoát hiểm.",
			[]want{{source: "Ông Dan Ulm, có cháu bị thương trong vụ cháy", cue: "cho biết", content: "chung cư không có lối thoát hiểm"}}},
		{"a circumstance between commas is no apposition", "Ông Berg, sau khi thị sát, cho biết đê vẫn an toàn.",
			[]want{{source: "Ông Berg", cue: "cho biết", content: "đê vẫn an toàn"}}},
	}
	checkAll(t, "vi", tests)
}

// TestEchoesNestingCycle: two attributions whose contents hold each
// other's cues, both dropped as ascribed views, must not send the
// re-pointing of nested attributions round in a circle.
func TestEchoesNestingCycle(t *testing.T) {
	l, err := loadLexicon("en")
	if err != nil {
		t.Fatal(err)
	}
	d := &doc{}
	d.reset("Sari wants it, Dunn thinks.", l, sumber.ExtractOptions{Lang: "en"})
	view := &cue{lemma: "want", stance: sumber.Believe, frame: fVerbN}
	d.atts = []att{
		{c: view, nestedIn: 1, srcFirst: 0, srcLast: 1},
		{c: view, nestedIn: 0, srcFirst: 4, srcLast: 5},
		{c: view, nestedIn: 0, srcFirst: -1, srcLast: -1, origin: &via{}},
	}
	done := make(chan struct{})
	go func() {
		d.echoes(0)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("echoes did not return: a nesting cycle loops")
	}
	if len(d.atts) != 1 || d.atts[0].nestedIn != -1 {
		t.Errorf("atts = %d, nestedIn %d; want the one kept, nested in nothing", len(d.atts), d.atts[0].nestedIn)
	}
}

// TestQuotesJoined checks that a quotation the reporter's clause
// interrupts, or one that runs on into the next sentence or paragraph
// without a cue of its own, is one content from its first mark to its
// last.
func TestQuotesJoined(t *testing.T) {
	cases := []struct {
		name, code, text string
		wants            []want
	}{
		{"interrupted, subject first", "en", `"The ferry will sail again by May," the harbour master said on Friday, "but only in daylight."`,
			[]want{{source: "the harbour master", content: `"The ferry will sail again by May," the harbour master said on Friday, "but only in daylight."`}}},
		{"interrupted, cue first", "en", `"We counted 40 boats," said Ines Moro, a fisheries inspector, "and half had no licence."`,
			[]want{{source: "Ines Moro, a fisheries inspector", content: `"We counted 40 boats," said Ines Moro, a fisheries inspector, "and half had no licence."`}}},
		{"runs on in the next paragraph", "en", "\"The levee held overnight,\" said Omar Reyes, the county engineer.\n\n\"We will inspect it again at noon.\"\n\nSchools stayed closed.",
			[]want{{source: "Omar Reyes, the county engineer", content: "\"The levee held overnight,\" said Omar Reyes, the county engineer.\n\n\"We will inspect it again at noon.\""}}},
		{"next quotation has its own speaker", "en", "\"The levee held overnight,\" said Omar Reyes, the county engineer.\n\n\"It leaked at two points,\" a resident said.",
			[]want{{content: `"The levee held overnight,"`}, {source: "a resident", content: `"It leaked at two points,"`}}},
		{"a quotation that does not end its paragraph is the reporter's", "en", "\"The levee held overnight,\" said Omar Reyes.\n\n\"Sandbags\" were handed out in the square.",
			[]want{{content: `"The levee held overnight,"`}}},
		{"a separate quotation without a comma is not resumed", "en", `"Enough," Lee said after the vote. "Go home" was chanted outside.`,
			[]want{{content: `"Enough,"`}}},
		{"a cue opening the next paragraph takes nothing from the paragraph before", "en", "\"The plan is sound,\" she said. \"But many voters are unsure.\"\n\nAsked about her own vote in the runoff next month, she replied: \"I do not know.\"",
			[]want{{content: "\"The plan is sound,\" she said. \"But many voters are unsure.\""}, {cue: "replied", content: "\"I do not know.\""}}},
		{"Indonesian interrupted", "id", `"Kapal akan berlayar lagi pada Mei," kata kepala pelabuhan, "tetapi hanya siang hari."`,
			[]want{{content: `"Kapal akan berlayar lagi pada Mei," kata kepala pelabuhan, "tetapi hanya siang hari."`}}},
		{"Vietnamese runs on", "vi", "“Nước vẫn đang lên,” ông Minh nói.\n\n“Chúng tôi dự kiến đỉnh lũ vào thứ Năm.”",
			[]want{{content: "“Nước vẫn đang lên,” ông Minh nói.\n\n“Chúng tôi dự kiến đỉnh lũ vào thứ Năm.”"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { check(t, c.text, c.code, c.wants) })
	}
}

// TestNounUsesAreNoCues checks cue forms used as nouns or inside names,
// and the verbs around them that must stay cues.
func TestNounUsesAreNoCues(t *testing.T) {
	cases := []sentenceCase{
		{"an outlet's name in a headline", "Washington Post Story Angers Fishing Crews Across The Coast", nil},
		{"a headline's kicker with a capitalised preposition", "Storm Over Harbour: Ferries Stay Docked As Winds Rise", nil},
		{"a speaker's label still reads", "MORALES: We will reopen the pier on Monday.", []want{{source: "MORALES", cue: ":"}}},
		{"a noun form before an auxiliary", "Safety worries have delayed the ferry service.", nil},
		{"a verb before an auxiliary in a relative clause", "The pier, which officials said was unsafe, stayed shut.", []want{{source: "officials", cue: "said"}}},
		{"a bare form after a preposition", "This story has been updated with comment from Morales as well as new figures.", nil},
		{"an indefinite article and an adjective before a form that is also a noun", "During his tour of the pier, he paused to make an improbable remark.", nil},
		{"an indefinite subject of an irregular verb", "A source said the pier would reopen.", []want{{source: "A source", cue: "said", content: "the pier would reopen"}}},
		{"a preposition inside the subject", "A ministry for emergencies said the pier was safe.", []want{{source: "A ministry for emergencies", cue: "said"}}},
		{"an idiom", "It goes without saying that the pier matters.", nil},
		{"a possessive with 'own' before a form that is also a noun", "The port reopened on Friday, raising its own estimate of the damage.", nil},
	}
	checkAll(t, "en", cases)
}

// TestFrontedPhraseIsNoSubject checks that a prepositional phrase fronted
// without a comma is cut off the subject when a name or a pronoun follows
// it, and left alone when none does.
func TestFrontedPhraseIsNoSubject(t *testing.T) {
	cases := []struct{ name, text, source string }{
		{"a name after a common noun", "In a radio interview Morales declared that the pier was safe.", "Morales"},
		{"a pronoun before the cue", "At 86 she says the pier was safer in her youth.", "she"},
		{"a name inside the phrase stays in it", "In a letter to the Harbour Board the pier was called unsafe by Morales.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := engine.Extract(c.text, sumber.ExtractOptions{Lang: "en", Published: pub})
			if c.source == "" {
				for _, a := range got {
					if strings.HasPrefix(a.Source.Text, "Board") {
						t.Errorf("source %q cut inside a name", a.Source.Text)
					}
				}
				return
			}
			if len(got) == 0 || got[0].Source.Text != c.source {
				t.Fatalf("got %+v, want source %q", got, c.source)
			}
		})
	}
}

// TestJoinedQuoteFigures checks that the figures of a joined quotation
// are those of its parts, not those of the reporter's clause between them.
func TestJoinedQuoteFigures(t *testing.T) {
	text := `"We counted 40 boats," said Ines Moro, one of 30 inspectors at the port, "and 12 boats had no licence."`
	got := engine.Extract(text, sumber.ExtractOptions{Lang: "en", Published: pub})
	if len(got) != 1 {
		t.Fatalf("got %d attributions, want 1", len(got))
	}
	var figs []string
	for _, f := range got[0].Figures {
		figs = append(figs, f.Span.Text)
	}
	if strings.Join(figs, "|") != "40 boats|12 boats" {
		t.Errorf("figures %q, want the quotation's 40 and 12 boats, not the 30 inspectors between", figs)
	}
}

// TestEnglishFourthRound checks the rules added after the fourth English
// held-out round (sport, labour, fire and protest reports), each on
// sentences written for it.
func TestEnglishFourthRound(t *testing.T) {
	cases := []sentenceCase{
		{"an age in the reporter's clause of a joined quotation is no figure of the claim",
			"\"The water came in minutes,\" said Pia Rand, 71, a farmer. \"Nobody had warned us.\"",
			[]want{{source: "Pia Rand, 71, a farmer", measure: "-"}}},
		{"a negative quantifier names no speaker",
			"Nobody at the ministry has explained the delay.", nil},
		{"a relative clause between commas goes on with a no-comment's topic",
			"The club declined to comment on whether its stadium, which seats 40,000 fans, would be sold.",
			[]want{{source: "The club", cue: "declined to comment", content: "whether its stadium, which seats 40,000 fans, would be sold", stance: sumber.Neither}}},
		{"a second complement clause after 'but that' is still what was said",
			"The coach said the team had trained well, but that two players were still injured.",
			[]want{{source: "The coach", content: "the team had trained well, but that two players were still injured"}}},
		{"'but that' before a verb is a demonstrative in a new clause",
			"The coach said the team had trained well, but that was before the storm.",
			[]want{{source: "The coach", content: "the team had trained well"}}},
		{"a bare verb after 'and' under a modal goes on with the reported act",
			"The mayor said the city would close the bridge and ask for army engineers.",
			[]want{{source: "The mayor", cue: "said", content: "the city would close the bridge and ask for army engineers"}}},
		{"a past-tense verb after 'and' is the subject's own claim",
			"The mayor said the city would close the bridge and warned of delays.",
			[]want{{cue: "said", content: "the city would close the bridge"}, {source: "The mayor", cue: "warned"}}},
		{"a post-posed cue whose subject is its object ('not the 900 the club had announced') is no attribution",
			"The fans' group said 1,500 tickets were unsold, not the 900 the club had announced.",
			[]want{{source: "The fans' group", cue: "said", content: "1,500 tickets were unsold, not the 900 the club had announced"}}},
		{"a relative clause with a verb of its own belongs to the subject",
			"Farmers who lost their herds said the aid came too late.",
			[]want{{source: "Farmers who lost their herds", cue: "said", content: "the aid came too late"}}},
		{"… also after 'that' opening with a participle",
			"The clinic that treated the runners has not confirmed the diagnosis.",
			[]want{{source: "The clinic that treated the runners", cue: "has not confirmed", stance: sumber.Confirm, negated: true}}},
		{"a complement clause after 'that' is no relative clause",
			"The fact that officials said nothing angered the crowd.",
			[]want{{source: "officials", cue: "said"}}},
		{"a cue after an adverb in the relative clause is the clause's own",
			"She is an activist who has repeatedly criticized the mayor.",
			[]want{{source: "who", cue: "criticized"}}},
		{"a final according-to credits the whole clause and relays the attribution in it",
			"The clinic has not confirmed the diagnosis, according to a team doctor.",
			[]want{{source: "The clinic", cue: "has not confirmed", content: "the diagnosis", stance: sumber.Confirm, negated: true, via: []string{"team doctor"}},
				{source: "a team doctor", cue: "according to", content: "The clinic has not confirmed the diagnosis"}}},
		{"'put … at N' is an estimate whatever noun counts it",
			"Stewards put the number of fans who travelled to the final at 12,000.",
			[]want{{source: "Stewards", cue: "put", content: "the number of fans who travelled to the final at 12,000", stance: sumber.Believe}}},
		{"'raised … to N' without a figure noun stays an act",
			"The league raised ticket prices to 40 euros.", nil},
		{"a relative clause after a comma closing a post-posed source belongs to it",
			"\"The pitch is ruined,\" said Omar Feld, 58, whose farm borders the stadium.",
			[]want{{source: "Omar Feld, 58, whose farm borders the stadium", cue: "said"}}},
		{"a new figure told before the earlier one it replaces is the later position",
			"The number of runners treated had risen to 64 by noon, race doctor Ivo Marr told reporters. On Monday he had put the figure at 20.",
			[]want{{source: "race doctor Ivo Marr", cue: "told", timing: sumber.Later}, {source: "he", cue: "put", timing: sumber.Earlier}}},
		{"the agent of a participle after a quotation is the source without 'by'",
			"Stewards counted 900 fans, far from the \"nearly 5,000\" claimed by the club.",
			[]want{{source: "the club", cue: "claimed", stance: sumber.Claim}}},
		{"a coordinated clause right after a passive cue's position is no content of it",
			"The organisers said heavy rain was expected, and did not expect the match to go ahead.",
			[]want{{source: "The organisers", cue: "said", content: "heavy rain was expected"},
				{source: "The organisers", cue: "did not expect", stance: sumber.Believe, negated: true}}},
		{"a prepositional phrase opening the sentence without a comma is no part of the subject",
			"At the weigh-in the boxer's manager said the fight would go ahead.",
			[]want{{source: "the boxer's manager", cue: "said"}}},
		{"… nor before a pronoun",
			"In the evening she told reporters the club would appeal.",
			[]want{{source: "she", cue: "told"}}},
		{"a bound of a count opening the subject stays in it",
			"At least three riders said the course was unsafe.",
			[]want{{source: "At least three riders", cue: "said"}}},
		{"… and an according-to between commas after a coordinated subject relays that subject's claim",
			"Officials said the bridge was closed on Monday, and the army's engineering corps, according to a local reporter, told residents on Tuesday that the river would peak.",
			[]want{{cue: "said", content: "the bridge was closed on Monday"}, {source: "the army's engineering corps", cue: "told", via: []string{"local reporter"}}}},
		{"a relative clause before a circumstance does not",
			"The club declined to comment on the audit, which was leaked on Friday, when asked.",
			[]want{{source: "The club", cue: "declined to comment", content: "the audit"}}},
	}
	checkAll(t, "en", cases)
}

// TestIdViFourthRound covers the fourth Indonesian and Vietnamese round
// (campaign debates, hearings, question time, press briefings).
func TestIdViFourthRound(t *testing.T) {
	id := []sentenceCase{
		{"criticism is an assessment",
			"Ketua fraksi oposisi, Gani Rusdi, mengkritik lambatnya pembangunan pelabuhan itu.",
			[]want{{source: "Ketua fraksi oposisi, Gani Rusdi", cue: "mengkritik", stance: sumber.Believe, content: "lambatnya pembangunan pelabuhan itu"}}},
		{"regret is an assessment",
			"Serikat guru menyesalkan keputusan pemerintah daerah memangkas tunjangan.",
			[]want{{source: "Serikat guru", cue: "menyesalkan", stance: sumber.Believe}}},
		{"trading blame is no one's claim, in a headline or a body",
			"Debat Pilkada Memanas, Dua Kubu Saling Tuding soal Politik Uang\n\nKedua tim sukses saling menuding soal politik uang.", nil},
		{"an adverb of answering in turn is no part of the subject",
			"Calon petahana balik menuding lawannya membagikan sembako.",
			[]want{{source: "Calon petahana", cue: "menuding", stance: sumber.Claim, content: "lawannya membagikan sembako"}}},
		{"a document of the quoted speaker's own is a source of its own, relayed by the speaker, who states its figure too",
			"\"Data internal kami menunjukkan 40 warga tewas,\" kata Dimas.",
			[]want{{source: "Data internal kami", cue: "menunjukkan", via: []string{"Dimas"}, measure: "killed"}, {source: "Dimas", cue: "kata", measure: "killed"}}},
		{"the relay of a nested claim states its figure too",
			"Kepala desa menuturkan seorang saksi mengaku melihat 12 orang tewas.",
			[]want{{source: "Kepala desa", cue: "menuturkan", measure: "killed"}, {source: "seorang saksi", cue: "mengaku", measure: "killed"}}},
		{"a request joined to a view is the speaker's own act, not part of the view",
			"Ia menilai anggaran itu terlambat dan meminta menteri menjelaskan.",
			[]want{{source: "Ia", cue: "menilai", content: "anggaran itu terlambat"}}},
		{"not naming a detail is a no-comment on it, not a negated claim",
			"Namun, ia tidak menyebut kapan jembatan itu akan dibuka kembali.",
			[]want{{source: "ia", cue: "tidak menyebut", stance: sumber.Neither, negated: false, content: "kapan jembatan itu akan dibuka kembali"}}},
	}
	checkAll(t, "id", id)
	vi := []sentenceCase{
		{"a sentence-case headline gives its bare suspicion after the event it explains",
			"Cầu sập ở Tavor, công an nghi do xe quá tải\n\nCông an tỉnh cho biết cây cầu sập lúc 5h sáng. Nhiều người nghi do xe quá tải.",
			[]want{{source: "công an", cue: "nghi", stance: sumber.Suspect, content: "do xe quá tải"}, {source: "Công an tỉnh", cue: "cho biết"}}},
		{"a contrast with nobody else cited goes on with the claim",
			"Hiệp hội cho biết giá thức ăn đã tăng 20%, trong khi giá cá gần như không đổi.",
			[]want{{source: "Hiệp hội", content: "giá thức ăn đã tăng 20%, trong khi giá cá gần như không đổi"}}},
		{"'trong khi đó' opens a new topic",
			"Hiệp hội cho biết giá thức ăn đã tăng 20%, trong khi đó mưa vẫn kéo dài.",
			[]want{{source: "Hiệp hội", content: "giá thức ăn đã tăng 20%"}}},
		{"a contrast citing someone else ends the claim",
			"Hiệp hội cho biết giá thức ăn đã tăng 20%, trong khi Bộ Công Thương nói giá chỉ tăng 5%.",
			[]want{{source: "Hiệp hội", content: "giá thức ăn đã tăng 20%"}, {source: "Bộ Công Thương", cue: "nói"}}},
		{"a request joined to a view ends it; a report keeps it",
			"Ông cho rằng Sở đã chậm cấp phép và đề nghị Giám đốc Sở giải trình. Sở cho biết đã lập đoàn kiểm tra và yêu cầu nhà thầu dừng thi công.",
			[]want{{source: "Ông", cue: "cho rằng", content: "Sở đã chậm cấp phép"}, {source: "Sở", cue: "cho biết", content: "đã lập đoàn kiểm tra và yêu cầu nhà thầu dừng thi công"}}},
		{"a bare document noun after an earlier statement goes on with it; a document of another does not",
			"Trước đó, Đại sứ quán Oskaria ra thông cáo cáo buộc tàu cá đã xâm phạm vùng biển. Thông cáo khẳng định tàu hải cảnh chỉ làm nhiệm vụ. Thông cáo của Bộ Ngoại giao cho biết hai bên sẽ đối thoại.",
			[]want{{cue: "cáo buộc", timing: sumber.Earlier}, {source: "Thông cáo", cue: "khẳng định", timing: sumber.Earlier}, {cue: "cho biết", timing: "-"}}},
		{"accusing each other is no one's claim",
			"Hai bên cáo buộc lẫn nhau vi phạm lệnh ngừng bắn.", nil},
		{"regret is an assessment",
			"Đại sứ quán lấy làm tiếc rằng hai nhà báo chưa được phép rời sân bay.",
			[]want{{source: "Đại sứ quán", cue: "lấy làm tiếc", stance: sumber.Believe, content: "hai nhà báo chưa được phép rời sân bay"}}},
		{"the same day reaches back to the day of the lead past sentences without one",
			"Sáng 12/12, Quốc hội họp phiên chất vấn. Nhiều đại biểu đặt câu hỏi. Phiên họp kéo dài. Các bộ trưởng lần lượt trả lời. Không khí sôi nổi. Chiều cùng ngày, Chủ tịch Quốc hội Vũ Minh đánh giá phiên chất vấn đã thành công.",
			[]want{{source: "Chủ tịch Quốc hội Vũ Minh", cue: "đánh giá", date: "2024-12-12"}}},
		{"an outlet citing a wire before a clause with its own cue is a chain of relays, nearest first",
			"Theo VietnamPlus dẫn hãng tin AFP, Bộ Quốc phòng Ardel tối qua cho biết hai binh sĩ bị thương.",
			[]want{{source: "Bộ Quốc phòng Ardel", cue: "cho biết", via: []string{"AFP", "VietnamPlus"}}}},
		{"an amount estimated after a clause of causing is no estimate of anyone",
			"Sở Nông nghiệp cho biết lũ đã cuốn trôi 40 cây cầu, gây thiệt hại ước tính 90 tỷ đồng.",
			[]want{{source: "Sở Nông nghiệp", cue: "cho biết", content: "lũ đã cuốn trôi 40 cây cầu, gây thiệt hại ước tính 90 tỷ đồng"}}},
	}
	checkAll(t, "vi", vi)
}

func TestEnglishFifthRound(t *testing.T) {
	cases := []sentenceCase{
		{"a capitalised dateline before a dash is no antecedent of the subject",
			"KESTREL — The head of the port authority told a hearing on Monday that the audit was flawed.",
			[]want{{source: "The head of the port authority", cue: "told", content: "the audit was flawed", via: []string{}}}},
		{"… nor one closed by a wire's name",
			"TORVIK, Norland (AP) — The mayor of the city said the bridge would reopen.",
			[]want{{source: "The mayor of the city", cue: "said"}}},
		{"a fact-check is a document: what it finds is asserted",
			"A fact-check by the Tessin Gazette finds the mayor's figure false.",
			[]want{{source: "A fact-check by the Tessin Gazette", cue: "finds", content: "the mayor's figure false", stance: sumber.Assert}}},
		{"a speaker saying they did not know reports an ignorance, not a negated belief",
			"The clerk said he did not know who had signed the invoices.",
			[]want{{source: "The clerk", cue: "said", content: "he did not know who had signed the invoices", stance: sumber.Assert, negated: false}}},
		{"… but a speaker's own negated belief stays one",
			"The clerk said he did not believe the invoices were forged.",
			[]want{{source: "The clerk", cue: "said", stance: sumber.Believe, negated: true}}},
		{"a one-letter platform before a quotation ends the sentence, so the quotation runs on",
			"\"The audit was rigged,\" the union leader wrote on X. \"Nobody at the ministry cared.\"",
			[]want{{source: "the union leader", cue: "wrote", content: "\"The audit was rigged,\" the union leader wrote on X. \"Nobody at the ministry cared.\""}}},
		{"a sentence opening a paragraph takes no quotation from the paragraph before as its content",
			"\"The vote was fair,\" the clerk said. \"Every ballot was counted.\"\n\nThe opposition leader was not persuaded.",
			[]want{{source: "the clerk", cue: "said", content: "\"The vote was fair,\" the clerk said. \"Every ballot was counted.\""}}},
		{"a relative pronoun after a comma is read with its antecedent",
			"The leak was first reported by the Tessin Gazette, which said it had seen the memo.",
			[]want{{cue: "reported"}, {source: "Tessin Gazette, which", actor: "Tessin Gazette", cue: "said", content: "it had seen the memo"}}},
		{"an appositive closing the sentence after a final according-to belongs to the source",
			"Ticket prices rose by a third, according to a survey by Harbour Watch, a consumer group.",
			[]want{{source: "a survey by Harbour Watch, a consumer group", cue: "according to", content: "Ticket prices rose by a third"}}},
		{"… but a clause after an opening according-to is the content",
			"According to a new survey, the two parties are level.",
			[]want{{source: "a new survey", cue: "According to", content: "the two parties are level"}}},
		{"a date after a document's participle stays in the subject and dates the claim",
			"A Harbour Watch survey released Friday found that fares had doubled.",
			[]want{{source: "A Harbour Watch survey released Friday", cue: "found", content: "fares had doubled", date: "2024-12-20"}}},
		{"… while a date between a person and the cue does not",
			"The mayor on Friday said that fares had doubled.",
			[]want{{source: "The mayor", cue: "said", date: "2024-12-20"}}},
		{"troops massing are deployed",
			"The envoy said as many as 5,000 soldiers were massing on the plain.",
			[]want{{source: "The envoy", cue: "said", measure: "deployed"}}},
		{"a long addressee phrase of 'told' reads on to its 'that'",
			"The mayor told hundreds of angry residents at a meeting in the old town hall on Monday that the bridge would reopen.",
			[]want{{source: "The mayor", cue: "told", content: "the bridge would reopen", date: "2024-12-23"}}},
		{"a 'that' after 'and' opens a second clause: the first began after the addressee",
			"The harbour master told reporters the quay was unsafe and that two cranes had collapsed.",
			[]want{{source: "The harbour master", cue: "told", content: "the quay was unsafe and that two cranes had collapsed"}}},
		{"… also without an addressee",
			"The mayor said on Friday the levee was weak and that 300 homes were at risk.",
			[]want{{source: "The mayor", cue: "said", content: "the levee was weak and that 300 homes were at risk"}}},
		{"a speaker's refusal to discuss negates no report",
			"The coach told reporters that he would not discuss the contract.",
			[]want{{source: "The coach", cue: "told", content: "he would not discuss the contract", stance: sumber.Assert, negated: false}}},
		{"the outlet of 'in an interview with' is a via",
			"The governor said in an interview with the BBC that the dam would hold.",
			[]want{{source: "The governor", cue: "said", content: "the dam would hold", via: []string{"BBC"}}}},
		{"… also a bare acronym the gazetteer does not know",
			"The governor said in an interview with KTN that the dam would hold.",
			[]want{{source: "The governor", cue: "said", content: "the dam would hold", via: []string{"KTN"}}}},
		{"… also a name of capitalised words ending in an outlet's own word",
			"The governor had said in an interview with Brenner Radio last week that the dam would hold.",
			[]want{{source: "The governor", cue: "said", content: "the dam would hold", via: []string{"Brenner Radio"}}}},
		{"… but not a person's name",
			"The governor said in an interview with Tom Brenner that the dam would hold.",
			[]want{{source: "The governor", cue: "said", content: "the dam would hold", via: []string{}}}},
		{"an outlet named by its own word after 'told' is a via, pre-posed",
			"The warden told the Osterby Gazette that two inmates had escaped.",
			[]want{{source: "The warden", cue: "told", content: "two inmates had escaped", via: []string{"Osterby Gazette"}}}},
		{"… and post-posed",
			"\"The fence was cut from outside,\" the warden told Kessel Radio.",
			[]want{{source: "the warden", cue: "told", via: []string{"Kessel Radio"}}}},
		{"… but an outlet after 'said' is the content's subject",
			"The warden said the Osterby Gazette had misreported the escape.",
			[]want{{source: "The warden", cue: "said", content: "the Osterby Gazette had misreported the escape", via: []string{}}}},
		{"… also a known outlet's name that goes on to an outlet's own word",
			"The striker said in an interview with Reuters Television on Sunday that he would not leave the club.",
			[]want{{source: "The striker", cue: "said", content: "he would not leave the club", via: []string{"Reuters Television"}}}},
		{"a fronted 'In an interview with' gives the subject's claim its via",
			"In an interview with the Osterby Gazette, the mayor said the bridge would reopen.",
			[]want{{source: "the mayor", cue: "said", content: "the bridge would reopen", via: []string{"Osterby Gazette"}}}},
		{"an -ing cue word after 'no' before a common noun modifies it",
			"The lighthouse keeper heard no warning bell before the ferry struck the rocks, the inquiry said.",
			[]want{{source: "the inquiry", cue: "said", content: "The lighthouse keeper heard no warning bell before the ferry struck the rocks"}}},
		{"an -ing cue word inside a subject noun phrase before its auxiliary modifies the noun",
			"Engineers said the flood warning siren had been disconnected for a month.",
			[]want{{source: "Engineers", cue: "said", content: "the flood warning siren had been disconnected for a month"}}},
		{"a comparison after the time between commas sums up the claim before the subject",
			"About 900 sheep may have drowned in the floods, the farmers' union estimated on Monday, three times the ministry's count.",
			[]want{{source: "the farmers' union", cue: "estimated", content: "About 900 sheep may have drowned in the floods"}}},
		{"a name right after an opening date is the subject of the clause before a participle",
			"On Monday Orvik Mining withdrew its forecast, saying the strike would last into March.",
			[]want{{source: "Orvik Mining", cue: "saying", content: "the strike would last into March"}}},
		{"a former role that no title word names is no superseded statement",
			"A former ferry captain said the harbour lights had been off for weeks.",
			[]want{{source: "A former ferry captain", cue: "said", timing: "-"}}},
		{"a bare pluperfect under a past reporting verb is backshift, not an earlier statement",
			"The inspector said the ferry's owners had told him the hull was sound.",
			[]want{{source: "The inspector", cue: "said", timing: "-"}, {source: "the ferry's owners", cue: "told", content: "the hull was sound", timing: "-"}}},
		{"a participle after a clause that revises is later than the actor's earlier figure",
			"The river authority said 40 homes had flooded. On Sunday the river authority revised its count, saying 65 homes had flooded.",
			[]want{{cue: "said", timing: "-"}, {source: "the river authority", cue: "saying", content: "65 homes had flooded", timing: sumber.Later}}},
		{"… but not without an earlier claim of the same actor",
			"The mayor revised his speech, saying the bridge would open in May.",
			[]want{{source: "The mayor", cue: "saying", timing: "-"}}},
		{"an amount of money is no subject of the participle after it",
			"The club spent $40 million of its savings defending its title last season, its treasurer said.",
			[]want{{source: "its treasurer", cue: "said", content: "The club spent $40 million of its savings defending its title last season"}}},
		{"an emergency not declared is an act, also under a negator",
			"The harbour master did not declare an emergency until noon, the coroner found.",
			[]want{{source: "the coroner", cue: "found", content: "The harbour master did not declare an emergency until noon"}}},
		{"the date of a participle in an according-to source stays with it",
			"The dam's spillway was blocked, according to an audit published on Tuesday.",
			[]want{{source: "an audit published on Tuesday", cue: "according to", content: "The dam's spillway was blocked"}}},
		{"the channel after a post-posed cue is no content",
			"Two hikers were still missing, a park ranger told Reuters by telephone.",
			[]want{{source: "a park ranger", cue: "told", content: "Two hikers were still missing"}}},
		{"a manner after the cue's comma is no content (it is a no-comment of its own: TestEnglishTwentiethRound)",
			"The ferry service will resume in March, the operator said, without giving a date.",
			[]want{{source: "the operator", cue: "said", content: "The ferry service will resume in March"},
				{source: "the operator", cue: "without giving", content: "a date", stance: sumber.Neither}}},
		{"an adverb in -ly right before 'that' is skipped with it",
			"The coach said only that the squad would travel on Thursday.",
			[]want{{source: "The coach", cue: "said", content: "the squad would travel on Thursday"}}},
		{"a circumstance opening with a preposition of time before ', adding' leaves the clause before as content",
			"Orders fell by a third in October, the sales director said on a call with investors, adding that prices would hold.",
			[]want{{source: "the sales director", cue: "said", content: "Orders fell by a third in October"}, {source: "the sales director", cue: "adding", content: "prices would hold"}}},
		{"a circumstance between commas after the cue is skipped before 'that'",
			"The treasurer admitted, under pressure from the auditors, that two invoices had been forged.",
			[]want{{source: "The treasurer", cue: "admitted", content: "two invoices had been forged"}}},
		{"'that' and one noun before a comma is the object, not a complementizer",
			"The mayor rejected that version, saying the bridge was safe.",
			[]want{{source: "The mayor", cue: "rejected", content: "that version"}, {source: "The mayor", cue: "saying", content: "the bridge was safe"}}},
		{"a parenthetical 'told' with its addressee before the closing comma",
			"The new levy, the minister told the assembly, would raise little money.",
			[]want{{source: "the minister", cue: "told", content: "The new levy, the minister told the assembly, would raise little money"}}},
		{"a reflexive alone after a cue is no content, and the quotation runs on past it",
			"\"I was never asked,\" the senator told reporters in the lobby. \"This is a report the director wrote herself.\"",
			[]want{{source: "the senator", cue: "told", content: "\"I was never asked,\" the senator told reporters in the lobby. \"This is a report the director wrote herself.\""}}},
		{"a comment after a dash: the noun summing up the claim is the content and closes the quotation's clause",
			"The mayor said the audit was \"a witch hunt\" — a charge the auditors have rejected.",
			[]want{{source: "The mayor", cue: "said", content: "the audit was \"a witch hunt\""},
				{source: "the auditors", cue: "rejected", content: "a charge", stance: sumber.Deny, via: []string{}}}},
		{"… but a report named after a dash is the subject",
			"Costs rose — a study released by the Tessin Institute estimated that fares doubled.",
			[]want{{source: "a study released by the Tessin Institute", cue: "estimated", content: "fares doubled"}}},
		{"a bare 'panel' after a headline's cue is its addressee",
			"Port chief tells panel audit was rigged",
			[]want{{source: "Port chief", cue: "tells", content: "audit was rigged"}}},
		{"a 'News Analysis' kicker is no speaker",
			"News Analysis: The port strike tests the coalition", nil},
		{"a reporter's time frame after a comma is no part of the content before it",
			"The coach told the board that the squad was \"not ready,\" two days after the owner blamed him for the defeat.",
			[]want{{source: "The coach", cue: "told", content: "the squad was \"not ready"},
				{source: "the owner", cue: "blamed", via: []string{}}}},
		{"a second pluperfect after 'and' goes on with what was said",
			"The lawyer said her client had kept the receipts and had later raised concerns with the auditors.",
			[]want{{source: "The lawyer", cue: "said", content: "her client had kept the receipts and had later raised concerns with the auditors"}}},
		{"'later' before the same speaker's next claim frames no change when nothing changes",
			"\"The plan is a fantasy,\" Senator Ruth Aalto said. Aalto later wrote that the plan had no funding.",
			[]want{{source: "Senator Ruth Aalto", cue: "said"}, {source: "Aalto", cue: "wrote", timing: "-"}}},
		{"… but a turn from denial to confirmation is one",
			"Senator Ruth Aalto denied that the plan existed. Aalto later confirmed that a draft had been written.",
			[]want{{source: "Senator Ruth Aalto", cue: "denied"}, {source: "Aalto", cue: "confirmed", timing: sumber.Later}}},
		{"a judge's finding, named by the short name, is asserted",
			"Judge Ana Prell ruled that the search was lawful. Prell found that the officers had acted in good faith.",
			[]want{{source: "Judge Ana Prell", cue: "ruled"}, {source: "Prell", cue: "found", stance: sumber.Assert}}},
		{"… while a senator's is a view",
			"The senator found that the budget was too small.",
			[]want{{source: "The senator", cue: "found", stance: sumber.Believe}}},
		{"'countered' answers a contested point: a claim",
			"The defence lawyer countered that the contract had been signed in good faith.",
			[]want{{source: "The defence lawyer", cue: "countered", content: "the contract had been signed in good faith", stance: sumber.Claim}}},
	}
	checkAll(t, "en", cases)
}

// TestViFifthRound covers the fifth Vietnamese held-out round: an aspect
// verb before the cue, an age between commas in the source, reporters
// answered before "rằng", and a time phrase fronted before the claim of
// "Theo X," that is neither part of the claim nor its date.
func TestViFifthRound(t *testing.T) {
	vi := []sentenceCase{
		{"'tiếp tục' (goes on to) before the cue is no part of the source",
			"Chiều qua, nhà thầu tiếp tục khẳng định cây cầu đạt chuẩn.",
			[]want{{source: "nhà thầu", cue: "khẳng định", content: "cây cầu đạt chuẩn"}}},
		{"an age between commas after a name stays in the source after a fronted answer",
			"Trao đổi với phóng viên, bà Sima Korr, 46 tuổi, khẳng định cửa hàng không bán hàng giả.",
			[]want{{source: "bà Sima Korr, 46 tuổi", cue: "khẳng định", content: "cửa hàng không bán hàng giả"}}},
		{"reporters answered before 'rằng' are addressees",
			"Ông Lauri Pell, Giám đốc Sở Tài chính, trả lời phóng viên rằng ngân sách đã được giải ngân.",
			[]want{{source: "Ông Lauri Pell, Giám đốc Sở Tài chính", cue: "trả lời", content: "ngân sách đã được giải ngân"}}},
		{"a time phrase fronted after 'Theo X,' is when it happened: not in the claim, not its date",
			"Theo kết luận thanh tra, từ tháng 3/2020 đến tháng 9/2022, công ty đã kê khống hàng trăm hóa đơn.",
			[]want{{source: "kết luận thanh tra", cue: "Theo", content: "công ty đã kê khống hàng trăm hóa đơn", date: "-"}}},
		{"… also a period named by its years",
			"Theo Sở Y tế, trong giai đoạn 2021-2023, bệnh viện tỉnh đã mua thiết bị vượt giá.",
			[]want{{source: "Sở Y tế", cue: "Theo", content: "bệnh viện tỉnh đã mua thiết bị vượt giá"}}},
		{"one cited by 'Dẫn lời' before the subject keeps the apposition after the name; the subject relays",
			"Dẫn lời kỹ sư Malo Renn, trưởng nhóm giám sát, hãng tin AFP cho biết thân đập đã xuất hiện vết nứt.",
			[]want{{source: "kỹ sư Malo Renn, trưởng nhóm giám sát", cue: "cho biết", via: []string{"AFP"}, content: "thân đập đã xuất hiện vết nứt"}}},
		{"a contrast with 'nhưng' that cites no one else goes on with the claim",
			"Ông Brel cho biết nhà máy đã tăng ca, nhưng đơn hàng xuất khẩu vẫn bị giao chậm.",
			[]want{{source: "Ông Brel", content: "nhà máy đã tăng ca, nhưng đơn hàng xuất khẩu vẫn bị giao chậm"}}},
		{"a contrast that cites someone else ends the claim",
			"Bộ cho biết nguồn điện đã đủ, nhưng các doanh nghiệp nói họ vẫn bị cắt điện.",
			[]want{{source: "Bộ", content: "nguồn điện đã đủ"}, {source: "các doanh nghiệp", cue: "nói"}}},
		{"the national news agency TTXVN is an outlet: told after a quotation, it relays",
			"\"Giá lúa sẽ còn giảm\", ông Pavo Lind, Chủ tịch hiệp hội nông dân, nói với TTXVN.",
			[]want{{source: "ông Pavo Lind, Chủ tịch hiệp hội nông dân", cue: "nói", via: []string{"Vietnam News Agency"}}}},
		{"an agency's name with commas inside it runs on to its bracketed acronym",
			"Theo Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07), năm nay cả nước ghi nhận nhiều vụ cháy nhà trọ.",
			[]want{{source: "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07)", cue: "Theo", content: "năm nay cả nước ghi nhận nhiều vụ cháy nhà trọ"}}},
		{"a village or commune police head in lower case after the name of 'Theo X' is part of the source",
			"Theo bà Mira Solt, trưởng công an phường Dell, hai người đã bị tạm giữ.",
			[]want{{source: "bà Mira Solt, trưởng công an phường Dell", cue: "Theo", content: "hai người đã bị tạm giữ"}}},
		{"a time since which something holds, between commas after the cue, is not the claim's date",
			"Sở Công Thương cho biết, từ ngày 15/7, các cửa hàng xăng dầu phải mở cửa suốt đêm.",
			[]want{{source: "Sở Công Thương", cue: "cho biết", content: "các cửa hàng xăng dầu phải mở cửa suốt đêm", date: "-"}}},
		{"a time fronted before the subject of a no-comment is its date, not its content",
			"Chiều 14/3, ngân hàng Ostra từ chối bình luận.",
			[]want{{source: "ngân hàng Ostra", cue: "từ chối bình luận", stance: sumber.Neither, content: "-", date: "2024-03-14"}}},
		{"… also after 'đến' (as of)",
			"Đến tối 14/3, sở xây dựng vẫn chưa có phản hồi.",
			[]want{{source: "sở xây dựng", cue: "chưa có phản hồi", stance: sumber.Neither, content: "-"}}},
		{"a quotation, its speaker and cue, then 'và' and a second cue: two claims of the same speaker",
			"\"Nước sẽ rút trong hai ngày tới\", bà Isa Korr nói và cho biết thêm các trường học vẫn đóng cửa.",
			[]want{{source: "bà Isa Korr", cue: "nói", content: "\"Nước sẽ rút trong hai ngày tới\""}, {source: "bà Isa Korr", cue: "cho biết thêm", content: "các trường học vẫn đóng cửa"}}},
		{"a place fronted after 'Theo X,' stays in the claim",
			"Theo ông, tại cảng Brenvik, hai tàu hàng đã bị giữ lại.",
			[]want{{source: "ông", cue: "Theo", content: "tại cảng Brenvik, hai tàu hàng đã bị giữ lại"}}},
	}
	checkAll(t, "vi", vi)
	checkAll(t, "en", []sentenceCase{
		{"a quotation, its speaker and cue, then 'and' and a second cue: two claims of the same speaker",
			"\"The water will recede by Friday,\" the mayor said and added that schools would stay shut.",
			[]want{{source: "the mayor", cue: "said"}, {source: "the mayor", cue: "added", content: "schools would stay shut"}}},
	})
}

// TestEnglishEighthRound holds the rules of the eighth held-out English
// round (an outbreak in a camp, a police shooting, a capsized boat), each
// with sentences of its own.
func TestEnglishEighthRound(t *testing.T) {
	cases := []sentenceCase{
		{"a revision gerund after 'before' is the subject's new figure, dated after it, later than its first count",
			"The relief agency first reported six deaths on Dec. 3 before raising the toll to 11 on Friday, after a second village was reached.",
			[]want{{source: "The relief agency", cue: "reported", content: "six deaths", date: "2024-12-03", measure: "killed"},
				{source: "The relief agency", cue: "raising", content: "the toll to 11", date: "2024-12-20", timing: sumber.Later, measure: "killed"}}},
		{"… but a revision of another quantity in the same sentence is no change of figure",
			"The insurer estimated that 800 cars were damaged and put the losses at $40 million.",
			[]want{{source: "The insurer", cue: "estimated", content: "800 cars were damaged"},
				{source: "The insurer", cue: "put", content: "the losses at $40 million", timing: "-"}}},
		{"a revision in -ing opening a sentence or inside a noun phrase is no cue",
			"Lowering the fee, the council said, would cost the town little. \"We are ready,\" said Lea Korn, a spokeswoman for the group raising money for the shelter.",
			[]want{{source: "the council", cue: "said"}, {source: "Lea Korn, a spokeswoman for the group raising money for the shelter", cue: "said"}}},
		{"a clause after a count keeps its own time",
			"The mayor said 40 homes burned on Sunday.",
			[]want{{source: "The mayor", cue: "said", content: "40 homes burned on Sunday"}}},
	}
	checkAll(t, "en", cases)
	// an Indonesian count keeps its time and the comparison after it
	checkAll(t, "id", []sentenceCase{
		{"a counted object keeps its time in Indonesian",
			"Dinas Kesehatan mencatat 75 kasus pada Senin (3/2), naik dari 40 kasus sepekan sebelumnya.",
			[]want{{source: "Dinas Kesehatan", cue: "mencatat", content: "75 kasus pada Senin (3/2), naik dari 40 kasus sepekan sebelumnya"}}},
	})
}

// TestEnglishBareAddressee: a plain noun phrase after "told" (or another
// cue that takes an addressee) before a new subject is the addressee, not
// the content; with a preposition in it, it stays (eighth English round).
func TestEnglishBareAddressee(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a bare plural addressee before a pronoun subject",
			"The pilot told investigators she had lost both engines.",
			[]want{{source: "The pilot", cue: "told", content: "she had lost both engines"}}},
		{"a two-word addressee before an article",
			"The crew told port officials the cargo had shifted.",
			[]want{{source: "The crew", cue: "told", content: "the cargo had shifted"}}},
		{"an addressee with its article before a channel, after a quotation",
			"\"The road is gone,\" a driver told the agency by telephone.",
			[]want{{source: "a driver", cue: "told", content: "\"The road is gone,\""}}},
	})
}

// TestEnglishQuantifierSubject: a count word or quantifier that opens the
// sentence is no name, so the subject runs on through its apposition
// (eighth English round).
func TestEnglishQuantifierSubject(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"'One' and a noun before an apposition",
			"One passenger, a nurse from the capital, told the court that the driver had been drinking.",
			[]want{{source: "One passenger, a nurse from the capital", cue: "told", content: "the driver had been drinking"}}},
		{"'Another' and a noun before an apposition",
			"Another guard, a veteran of the prison service, said the doors had been left open.",
			[]want{{source: "Another guard, a veteran of the prison service", cue: "said", content: "the doors had been left open"}}},
	})
}

// TestEnglishConjoinedVia: a second verb of a named subject goes on with
// the relay of the first (eighth English round).
func TestEnglishConjoinedVia(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a relay aside after a named subject reaches its second verb",
			"Kestria's navy, quoted by the news agency ORT, denied that its ships had fired and said the patrol had kept its distance.",
			[]want{{source: "Kestria's navy", cue: "denied", via: []string{"ORT"}},
				{source: "Kestria's navy", cue: "said", content: "the patrol had kept its distance", via: []string{"ORT"}}}},
	})
}

// TestEnglishCharityAndBoundedMultiple: a charity's description before its
// name is one subject, and a bounded multiple after the time compares the
// claim before the subject (eighth English round).
func TestEnglishCharityAndBoundedMultiple(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a charity named after its description",
			"Nine children have died of measles in the district, the children's charity Safe Start said.",
			[]want{{source: "the children's charity Safe Start", cue: "said", content: "Nine children have died of measles in the district"}}},
		{"a multiple after a bound, after the time",
			"About 4,000 homes were flooded, the relief agency said on Monday, nearly three times the figure the ministry gave.",
			[]want{{source: "the relief agency", cue: "said", content: "About 4,000 homes were flooded"}}},
	})
}

// TestEnglishNoCommentTime: a time closing a no-comment's topic is its
// date, not part of the topic (eighth English round).
func TestEnglishNoCommentTime(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a day after the topic of 'did not comment on'",
			"The club did not comment on the transfer on Friday.",
			[]want{{source: "The club", content: "the transfer", date: "2024-12-20"}}},
		{"… also after a relative clause in the subject",
			"The mayor, who took office in May, declined to comment on the audit on Sunday.",
			[]want{{cue: "declined to comment", content: "the audit", date: "2024-12-22"}}},
	})
}

// TestEnglishCrowdEstimate: "put the crowd at N" is a revision-frame
// estimate whose figure noun is no addressee, and it revises no count of
// another unit (eighth English round).
func TestEnglishCrowdEstimate(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a crowd put at a number after a semicolon, after a count of other things",
			"The police said 12 officers were hurt. Organisers said 30,000 people marched; the police put the crowd at 9,000.",
			[]want{{source: "The police", cue: "said"}, {source: "Organisers", cue: "said"},
				{source: "the police", cue: "put", content: "the crowd at 9,000", stance: sumber.Believe, timing: "-"}}},
	})
}

// TestEnglishPossessiveAppositive: after an inverted cue, a name with a
// possessive before a lower-case title is an appositive, and a place that
// closes the sentence stays with it (eighth English round).
func TestEnglishPossessiveAppositive(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a body's possessive title after the speaker's name",
			"\"The water is not safe,\" said Jonas Berg, Blue Harbor's chief engineer in Tessin.",
			[]want{{source: "Jonas Berg, Blue Harbor's chief engineer in Tessin", cue: "said"}}},
		{"a place after a common-noun appositive",
			"\"We have no beds left,\" said Ana Lind, the hospital's director in Marnet.",
			[]want{{source: "Ana Lind, the hospital's director in Marnet", cue: "said"}}},
	})
}

// TestEnglishLaterOverNested: the new figure told before the same actor's
// earlier one is later even when a claim nested in it stands between them
// (eighth English round).
func TestEnglishLaterOverNested(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a nested claim between the new figure and the earlier one",
			"The agency said 30 people had died and that inspectors had confirmed 200 infections. It had initially reported 12 deaths.",
			[]want{{source: "The agency", cue: "said", timing: sumber.Later},
				{source: "inspectors", cue: "confirmed"},
				{source: "It", cue: "reported", timing: sumber.Earlier}}},
	})
}

// TestViSixthRound: rules of the sixth Vietnamese held-out round (a coach
// crash, a canteen poisoning, a run on a bank), in new sentences.
func TestViSixthRound(t *testing.T) {
	vi := []sentenceCase{
		{"a finding of investigators with 'xác định' is a claim",
			"Cơ quan cảnh sát điều tra xác định chiếc xe tải đã bị hỏng phanh từ trước.",
			[]want{{source: "Cơ quan cảnh sát điều tra", cue: "xác định", content: "chiếc xe tải đã bị hỏng phanh từ trước"}}},
		{"identifying victims ('xác định danh tính') is no claim",
			"Công an huyện đã xác định danh tính 5 nạn nhân trong vụ sạt lở.",
			nil},
		{"'kể' after a person with an honorific and a long apposition recounts",
			"Ông Teodor Balk, 52 tuổi, tiểu thương ở chợ Velm, kể hàng chục người đã xếp hàng từ nửa đêm.",
			[]want{{source: "Ông Teodor Balk, 52 tuổi, tiểu thương ở chợ Velm", cue: "kể", content: "hàng chục người đã xếp hàng từ nửa đêm"}}},
		{"not answering a question about a topic is a no-comment on that topic",
			"Bà Ilka Renn không trả lời câu hỏi của phóng viên về hợp đồng thuê đất.",
			[]want{{source: "Bà Ilka Renn", cue: "không trả lời", stance: sumber.Neither, content: "hợp đồng thuê đất"}}},
		{"'tin' before a clause is a belief, here negated",
			"Bà Oda Venn, một tiểu thương, không tin giá xăng sẽ giảm trong tháng tới.",
			[]want{{source: "Bà Oda Venn, một tiểu thương", cue: "không tin", stance: sumber.Believe, negated: true, content: "giá xăng sẽ giảm trong tháng tới"}}},
		{"'tin' after a verb of hearing is news, not a belief",
			"Ông Arvo Tamm nhận tin con gái bị kẹt trong thang máy.",
			nil},
		{"a phrase opening with a time after 'Theo X,' that counts something is the claim, not its time",
			"Theo bà Rina Holm, Giám đốc bệnh viện, đến tối qua đã có 80 người được xuất viện, 12 người còn nằm viện.",
			[]want{{source: "bà Rina Holm, Giám đốc bệnh viện", cue: "Theo", content: "đến tối qua đã có 80 người được xuất viện, 12 người còn nằm viện"}}},
		{"… while a span of days between commas stays out of the claim",
			"Theo Sở Y tế, từ ngày 3 đến ngày 9 tháng 5, dịch đã lan ra 4 huyện.",
			[]want{{source: "Sở Y tế", cue: "Theo", content: "dịch đã lan ra 4 huyện"}}},
		{"a quotation after 'rằng' followed by 'và' and a clause: the claim goes on",
			"Bà Lina Sorr nói với phóng viên rằng \"mọi thủ tục đều đúng quy định\" và công ty sẽ kháng cáo.",
			[]want{{source: "Bà Lina Sorr", cue: "nói", content: "\"mọi thủ tục đều đúng quy định\" và công ty sẽ kháng cáo"}}},
		{"resharing a post ('chia sẻ lại') is an act, no claim",
			"Công an đang xác minh 30 tài khoản chia sẻ lại bài viết sai sự thật.",
			nil},
		{"a fronted clause before a person named with an honorific and an age is no source",
			"Đứng chờ trước cổng nhà máy từ sáng, bà Nella Dovic, 67 tuổi, cho biết bà chưa nhận được lương.",
			[]want{{source: "bà Nella Dovic, 67 tuổi", cue: "cho biết", content: "bà chưa nhận được lương"}}},
		{"… while a title before the named person stays the source's head",
			"Giám đốc nhà máy, ông Arne Lisk, cho biết lương sẽ được trả vào tuần sau.",
			[]want{{source: "Giám đốc nhà máy, ông Arne Lisk", cue: "cho biết", content: "lương sẽ được trả vào tuần sau"}}},
		{"a headline's second clause after a comma is not what the first one's cue reports",
			"Sở Công Thương bác bỏ thông tin thiếu xăng, 3 cửa hàng bị phạt vì đóng cửa\nSáng 4/8, nhiều cửa hàng xăng dầu ở Marvel vẫn mở cửa bình thường.",
			[]want{{source: "Sở Công Thương", cue: "bác bỏ", content: "thiếu xăng"}}},
		{"misreporting figures ('báo cáo sai') is an act, no claim",
			"Đoàn kiểm tra kết luận xã Velm đã báo cáo sai diện tích lúa bị hại.",
			[]want{{cue: "kết luận", content: "xã Velm đã báo cáo sai diện tích lúa bị hại"}}},
		{"a report that was requested ('yêu cầu X báo cáo') is no claim",
			"Chủ tịch tỉnh đã yêu cầu Sở Giao thông báo cáo trước thứ Sáu.",
			nil},
		{"… but a source who asked not to be named still reports",
			"Một quan chức yêu cầu giấu tên cho biết cuộc họp đã bị hoãn.",
			[]want{{source: "Một quan chức yêu cầu giấu tên", cue: "cho biết", content: "cuộc họp đã bị hoãn"}}},
		{"a document with a modifier after its noun: the body that issued it is the source",
			"Theo thống kê sơ bộ của Sở Nông nghiệp, khoảng 900 ha lúa bị ngập.",
			[]want{{source: "Sở Nông nghiệp", cue: "Theo", content: "khoảng 900 ha lúa bị ngập"}}},
		{"an account of a person named with an honorific: the person is the source",
			"Theo lời kể của chị Hana Lott, nước lên rất nhanh sau nửa đêm.",
			[]want{{source: "chị Hana Lott", cue: "Theo", content: "nước lên rất nhanh sau nửa đêm"}}},
		{"an amount that 'ước tính' only hedges leaves the claim to the outlet of 'Theo'",
			"Theo Bloomberg, lượng vàng bán ra trong tuần ước tính khoảng 12 tấn.",
			[]want{{source: "Bloomberg", cue: "Theo", content: "lượng vàng bán ra trong tuần ước tính khoảng 12 tấn"}}},
		{"a claim made in a clause opened by 'trong đó' has its own subject and is nested in the claim around it",
			"Theo cảnh sát, tin đồn bắt nguồn từ một bài đăng, trong đó một người tự nhận là kế toán nói ngân hàng sắp phá sản.",
			[]want{{source: "cảnh sát", cue: "Theo", content: "tin đồn bắt nguồn từ một bài đăng, trong đó một người tự nhận là kế toán nói ngân hàng sắp phá sản"},
				{source: "một người tự nhận là kế toán", cue: "nói", via: []string{"cảnh sát"}, content: "ngân hàng sắp phá sản"}}},
		{"'nguồn tin' (a source) is no belief",
			"Nguồn tin này cho biết hai tàu đã rời cảng.",
			[]want{{source: "Nguồn tin này", cue: "cho biết", content: "hai tàu đã rời cảng"}}},
	}
	checkAll(t, "vi", vi)
}

// TestIndonesianSixthRound: rules of the sixth Indonesian held-out
// round, each shown with new sentences.
func TestIndonesianSixthRound(t *testing.T) {
	tests := []sentenceCase{
		{"what the speaker was doing after an inverted cue ends the source", "\"Kami belum digaji tiga bulan,\" kata Rina sambil menunjukkan slip gajinya.",
			[]want{{source: "Rina", cue: "kata", content: "\"Kami belum digaji tiga bulan,\""}}},
		{"where the speaker spoke from ends the source, a body after dari stays", "\"Pabrik tutup tanpa pemberitahuan,\" ujar Dodi dari atas panggung. \"Jalan itu rusak,\" ucap Ani dari Forum Warga Karo.",
			[]want{{source: "Dodi", cue: "ujar"}, {source: "Ani dari Forum Warga Karo", cue: "ucap"}}},
		{"a passive denial with a bare agent after a subject that points back", "Dinas menyebut jembatan itu aman dilalui. Klaim soal jembatan itu dibantah sejumlah warga.",
			[]want{{source: "Dinas", cue: "menyebut"}, {source: "sejumlah warga", cue: "dibantah", content: "Klaim soal jembatan itu", stance: sumber.Deny}}},
		{"a title before a name with a relative clause stays in the source", "Bupati Karo, Wahyu Pratama, yang meninjau lokasi banjir pada Senin, mengatakan tanggul akan diperbaiki.",
			[]want{{source: "Bupati Karo, Wahyu Pratama, yang meninjau lokasi banjir pada Senin", cue: "mengatakan", content: "tanggul akan diperbaiki"}}},
		{"a new figure told before the same speaker's earlier one, named short, is later", "Bupati Karo, Wahyu Pratama, mengatakan 14 rumah rusak akibat angin kencang. Sehari sebelumnya, Wahyu menyebut sembilan rumah rusak.",
			[]want{{source: "Bupati Karo, Wahyu Pratama", cue: "mengatakan", timing: sumber.Later}, {source: "Wahyu", cue: "menyebut", timing: sumber.Earlier}}},
		{"an acronym in a body's full name is that body", "Badan SAR Karo (BSK) menyebut 12 nelayan hilang. Sebelumnya, BSK mencatat 20 nelayan hilang.",
			[]want{{source: "Badan SAR Karo (BSK)", cue: "menyebut", timing: sumber.Later}, {source: "BSK", cue: "mencatat", timing: sumber.Earlier}}},
		{"buying or dealing in drugs admitted with mengaku is a confirmation", "Pemuda itu mengaku membeli sabu dari seorang kenalannya di terminal. Dua tersangka lain mengaku mengedarkan pil ekstasi di kafe tersebut.",
			[]want{{source: "Pemuda itu", cue: "mengaku", stance: sumber.Confirm}, {source: "Dua tersangka lain", cue: "mengaku", stance: sumber.Confirm}}},
		{"a subject speaking through its named lawyer set off by commas", "Koperasi Tani Makmur, melalui kuasa hukumnya, Rudi Santoso, membantah menerima dana hibah itu.",
			[]want{{source: "Koperasi Tani Makmur", cue: "membantah", content: "menerima dana hibah itu", via: []string{"Rudi Santoso"}, stance: sumber.Deny}}},
		{"a subject speaking through an unnamed lawyer keeps no comma", "Tersangka, melalui pengacaranya, membantah semua tuduhan.",
			[]want{{source: "Tersangka", cue: "membantah", content: "semua tuduhan", stance: sumber.Deny}}},
		{"a no-comment with bersedia before giving a statement", "Kepala dinas itu belum bersedia memberikan keterangan soal temuan auditor. Direksi perusahaan tidak bersedia menanggapi tudingan serikat.",
			[]want{{source: "Kepala dinas itu", cue: "belum bersedia memberikan keterangan", content: "temuan auditor", stance: sumber.Neither}, {source: "Direksi perusahaan", cue: "tidak bersedia menanggapi", content: "tudingan serikat", stance: sumber.Neither}}},
		{"a one-word name between commas after an inverted cue's title", "\"Kotak hitam sudah kami amankan,\" kata Ketua Tim Investigasi, Sutrisno, Kamis (23/10).",
			[]want{{source: "Ketua Tim Investigasi, Sutrisno", cue: "kata", date: "2024-10-23"}}},
		{"a day after an inverted cue's title is no name", "\"Kotak hitam sudah kami amankan,\" kata Ketua Tim Investigasi, Kamis.",
			[]want{{source: "Ketua Tim Investigasi", cue: "kata"}}},
		{"an age and a lower-case appositive closing the sentence after an inverted cue's name", "\"Anak saya belum ditemukan,\" ujar Sumarni (47), ibu seorang pekerja tambang.",
			[]want{{source: "Sumarni (47), ibu seorang pekerja tambang", actor: "Sumarni", cue: "ujar"}}},
		{"a time or a manner after an inverted cue's name is no appositive", "\"Kami lelah,\" kata Rina, sambil menangis. \"Kami lelah,\" kata Rina, kemarin.",
			[]want{{source: "Rina", cue: "kata"}, {source: "Rina", cue: "kata"}}},
		{"an account named before its speaker in an according-to source", "Menurut kesaksian dua warga, truk itu melaju tanpa lampu. Menurut keterangan tertulis Basarnas, tiga korban ditemukan.",
			[]want{{source: "dua warga", cue: "Menurut", content: "truk itu melaju tanpa lampu"}, {source: "keterangan tertulis Basarnas", actor: "Basarnas", cue: "Menurut"}}},
		{"informal bilang with a noun subject inside a quotation is a nested claim", "\"Pak lurah bilang bantuan datang minggu depan,\" ujar Wati.",
			[]want{{source: "Pak lurah", cue: "bilang", content: "bantuan datang minggu depan", via: []string{"Wati"}}, {source: "Wati", cue: "ujar"}}},
		{"a fronted passive with -nya opens the previous speaker's claim", "Camat Sukamaju, Dedi, menyebut jembatan darurat rampung pekan ini. Ditambahkannya, bantuan logistik tiba besok pagi.",
			[]want{{source: "Camat Sukamaju, Dedi", cue: "menyebut"}, {source: "nya", actor: "Camat Sukamaju", cue: "Ditambahkan", content: "bantuan logistik tiba besok pagi"}}},
		{"a source set against another with no earlier marker is not superseded", "Angka itu berbeda dengan catatan rumah sakit yang menyebut 19 pasien meninggal.",
			[]want{{source: "catatan rumah sakit", cue: "menyebut", timing: "-"}}},
		{"an outlet told in another outlet's story is a via", "Liputan6.com, Serang - Seorang sopir, Joko (38), mengatakan kepada Tempo bahwa rem truk itu blong.",
			[]want{{source: "Seorang sopir, Joko (38)", cue: "mengatakan", content: "rem truk itu blong", via: []string{"Tempo"}}}},
		{"an outlet told after an inverted cue's source, in another outlet's story, is a via", "Liputan6.com, Serang - \"Remnya blong,\" kata Joko, sopir truk itu, kepada Tempo. \"Kami lelah,\" katanya kepada Kompas.com.",
			[]want{{source: "Joko, sopir truk itu", cue: "kata", via: []string{"Tempo"}}, {source: "nya", cue: "kata", via: []string{"Kompas"}}}},
		{"under a dateline with no outlet the outlet told may be the report's own", "Serang - \"Remnya blong,\" kata Joko kepada detikcom.",
			[]want{{source: "Joko", cue: "kata", via: []string{}}}},
		{"the outlet of the report's dateline told is a recipient, no via", "TEMPO.CO, Serang - Seorang sopir, Joko (38), mengatakan kepada Tempo bahwa rem truk itu blong.",
			[]want{{source: "Seorang sopir, Joko (38)", cue: "mengatakan", content: "rem truk itu blong", via: []string{}}}},
		{"a passive confirmation with a bare agent; a manner adverb is no agent", "Kabar pemecatan itu dibenarkan pengurus serikat. Tuduhan itu dibantah tegas.",
			[]want{{source: "pengurus serikat", cue: "dibenarkan", content: "Kabar pemecatan itu", stance: sumber.Confirm}}},
	}
	checkAll(t, "id", tests)
}

// TestEnglishNinthRound: rules of the ninth held-out English round, each
// shown with new sentences.
func TestEnglishNinthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a document's finding nested in a report is its claim, via the reporter",
			"The city said an independent audit had found that the pumps were never serviced.",
			[]want{{source: "The city", cue: "said", content: "an independent audit had found that the pumps were never serviced"},
				{source: "an independent audit", cue: "found", content: "the pumps were never serviced", stance: sumber.Assert, via: []string{"city"}}}},
		{"a bare day after a post-posed cue, then a clause of time measured from it",
			"The two unions have agreed to merge, a spokeswoman said Friday, six weeks after both denied any merger talks.",
			[]want{{source: "a spokeswoman", cue: "said", content: "The two unions have agreed to merge", date: "2024-12-20", rule: "verb-postposed"},
				{source: "both", cue: "denied"}}},
		{"a bare day after a post-posed cue, then a phrasal verb's participle",
			"Rents rose again in March, the housing office said Tuesday, pointing to a shortage of flats.",
			[]want{{source: "the housing office", cue: "said", content: "Rents rose again in March", rule: "verb-postposed"},
				{cue: "pointing to", content: "a shortage of flats"}}},
		{"an inverted source runs on through a request for anonymity after a quotation",
			"\"The river was black,\" said a fisherman who asked not to be named for fear of losing his licence.",
			[]want{{source: "a fisherman who asked not to be named for fear of losing his licence", cue: "said"}}},
		{"… and through a relative clause with an appositive, after an age",
			"\"We have waited too long,\" said Anna Berg, 58, whose husband, a retired pilot, was detained in 2022.",
			[]want{{source: "Anna Berg, 58, whose husband, a retired pilot, was detained in 2022", cue: "said", date: "-"}}},
		{"… while a cue inside the relative clause still ends it",
			"\"It is over,\" said Ole Lind, whose aide said the vote was lost.",
			[]want{{source: "Ole Lind", cue: "said"}, {cue: "said", content: "the vote was lost"}}},
		{"a subject opened by 'Neither' negates its verb, the modal joining the cue",
			"Neither airline would confirm the number of cancelled flights.",
			[]want{{source: "Neither airline", cue: "would confirm", content: "the number of cancelled flights", stance: sumber.Confirm, negated: true}}},
		{"'Neither … nor …' before a request for comment is a no-comment of both",
			"Neither the school nor the bus company responded to requests for comment.",
			[]want{{source: "Neither the school nor the bus company", stance: sumber.Neither, negated: false}}},
		{"no response to questions about a topic is a no-comment on it",
			"The hospital did not respond to questions about the missing files.",
			[]want{{source: "The hospital", cue: "did not respond to questions", content: "the missing files", stance: sumber.Neither, negated: false}}},
		{"… while a modal after a plain subject stays hypothetical",
			"The airline would confirm the figures only after the audit.",
			[]want{}},
		{"a denial a pronoun made before the reporter's time frame, then reversed",
			"The bank admitted on Monday that clients had lost money, two days after it denied any losses.",
			[]want{{source: "The bank", cue: "admitted", timing: sumber.Later}, {source: "it", cue: "denied", timing: sumber.Earlier}}},
		{"… but another actor's denial in the frame is no change of position",
			"The mayor confirmed the closure, a week after the council denied it.",
			[]want{{source: "The mayor", cue: "confirmed", timing: "-"}, {source: "the council", cue: "denied", timing: "-"}}},
		{"a count disputed, with a possessive before it, is a denial",
			"The mayor disputed the auditor's count.",
			[]want{{source: "The mayor", cue: "disputed", content: "the auditor's count", stance: sumber.Deny}}},
		{"… and figures with a name's possessive",
			"The dockers' union disputed Halvik's figures.",
			[]want{{source: "The dockers' union", cue: "disputed", content: "Halvik's figures", stance: sumber.Deny}}},
		{"a nested finding goes on through a comparison with an earlier figure",
			"The union said its survey had found 900 members out of work after the closure, up from 400 before it.",
			[]want{{source: "The union", cue: "said"},
				{source: "its survey", cue: "found", content: "900 members out of work after the closure, up from 400 before it", via: []string{"union"}}}},
		{"a subject pronoun right before its cue is the whole subject of a reduced relative clause",
			"She wants to repay the $2 million she says she borrowed.",
			[]want{{source: "She", cue: "wants"}, {source: "she", cue: "says", content: "she borrowed"}}},
		{"… also after a plain noun",
			"The letter they claim was forged is in the archive.",
			[]want{{source: "they", cue: "claim"}}},
		{"… but not when a coordinator joins it to another",
			"Mara and I said the vote was fair.",
			[]want{{source: "Mara and I", cue: "said", content: "the vote was fair"}}},
		{"a title opening the sentence before a name and an age between commas is in the source",
			"The port's harbour master, Ines Vogel, 49, disputed the tally.",
			[]want{{source: "The port's harbour master, Ines Vogel, 49", cue: "disputed"}}},
		{"… while a name and an age alone stay as they are",
			"Ines Vogel, 49, said the quay was safe.",
			[]want{{source: "Ines Vogel, 49", cue: "said"}}},
		{"… while an act nested in a report stays narrated",
			"The union said the company offered a bonus and that drone footage showed the gates locked.",
			[]want{{source: "The union", cue: "said"}}},
	})
}

// TestViSeventhRound: rules of the seventh Vietnamese held-out round (an
// exam leak, a dam release, a foreign-ministry briefing), in new
// sentences.
func TestViSeventhRound(t *testing.T) {
	vi := []sentenceCase{
		{"'em' before a pupil's name is an honorific: 'kể' after it recounts",
			"Em Tavi Runo, học sinh lớp 12 ở xã Marel, kể em đã thấy ảnh đề thi từ tối hôm trước.",
			[]want{{source: "Em Tavi Runo, học sinh lớp 12 ở xã Marel", cue: "kể", content: "em đã thấy ảnh đề thi từ tối hôm trước"}}},
		{"an age, a village and its commune after a name stay in the source",
			"Ông Hallo Venk, 61 tuổi, ở thôn Ruma, xã Tân Perl, kể nước lên tới mái nhà chỉ sau một giờ.",
			[]want{{source: "Ông Hallo Venk, 61 tuổi, ở thôn Ruma, xã Tân Perl", cue: "kể", content: "nước lên tới mái nhà chỉ sau một giờ"}}},
		{"'chưa kể' (not counting) recounts nothing and stays in the estimate",
			"Sở ước tính thiệt hại khoảng 12 tỷ đồng, chưa kể lúa bị ngập.",
			[]want{{source: "Sở", cue: "ước tính", content: "thiệt hại khoảng 12 tỷ đồng, chưa kể lúa bị ngập"}}},
		{"'chính xác' takes the first syllable of 'xác nhận': no confirmation",
			"Bà Kira Lenn không xác nhận thời điểm chính xác nhận được công văn.",
			[]want{{source: "Bà Kira Lenn", cue: "không xác nhận", content: "thời điểm chính xác nhận được công văn", negated: true}}},
		{"'sáng nay' before a pronoun is the claim's date, not its source",
			"Tuy nhiên, sáng nay ông thừa nhận có sai sót trong khâu in ấn.",
			[]want{{source: "ông", cue: "thừa nhận", content: "có sai sót trong khâu in ấn", date: "2024-12-24"}}},
		{"'nhắc lại rằng' reiterates",
			"Ông Davo Lenk nhắc lại rằng chính sách của Sundara không thay đổi.",
			[]want{{source: "Ông Davo Lenk", cue: "nhắc lại", content: "chính sách của Sundara không thay đổi"}}},
		{"'nhắc lại' with an object and no clause reminds: no claim",
			"Cô giáo nhắc lại quy định phòng thi cho học sinh.",
			nil},
		{"'dẫn tờ X cho biết': the outlet cited is the origin, the one citing relays",
			"Ngày 3/4, hãng tin AFP dẫn tờ Marenz Post cho biết hai bên đã nối lại đàm phán.",
			[]want{{source: "Marenz Post", cue: "cho biết", content: "hai bên đã nối lại đàm phán", via: []string{"AFP"}}}},
		{"a request narrated after a quotation is the speaker's own act, not what was said",
			"Ông Tarn Oska nói Sundara \"không đứng về phía nào\" và đề nghị các bên kiềm chế.",
			[]want{{source: "Ông Tarn Oska", cue: "nói", content: "Sundara \"không đứng về phía nào\""}}},
		{"'Sau hai tuần bác bỏ,' opens with a span of denials: no claim of its own, the claim after it is later",
			"Sau hai tuần bác bỏ, Công ty Vell Food thừa nhận lô hàng bị nhiễm khuẩn.",
			[]want{{source: "Công ty Vell Food", cue: "thừa nhận", content: "lô hàng bị nhiễm khuẩn", timing: sumber.Later}}},
		{"'Sau ba ngày điều tra,' holds no cue: no change of position",
			"Sau ba ngày điều tra, công an cho biết nghi phạm đã ra đầu thú.",
			[]want{{source: "công an", cue: "cho biết", content: "nghi phạm đã ra đầu thú", timing: "-"}}},
		{"a cue right after 'yêu cầu' is the act required, not a claim",
			"Quy định mới yêu cầu thông báo cho người dân trước ít nhất 4 giờ.",
			nil},
		{"'khẳng định thông tin X là …' judges the information: the noun stays in the content",
			"Ông Reno Vask khẳng định thông tin nhà máy Orla (OrlaSteel) sắp đóng cửa là \"hoàn toàn bịa đặt\".",
			[]want{{source: "Ông Reno Vask", cue: "khẳng định", content: "thông tin nhà máy Orla (OrlaSteel) sắp đóng cửa là \"hoàn toàn bịa đặt\""}}},
		{"'bác bỏ thông tin X' still leaves the nominaliser out",
			"Công ty Orla bác bỏ thông tin nhà máy sắp đóng cửa.",
			[]want{{source: "Công ty Orla", cue: "bác bỏ", content: "nhà máy sắp đóng cửa"}}},
		{"raising a flow ('nâng lưu lượng … lên') is an act: 'lượng' inside another noun is no figure noun",
			"Chiều 4/8, hồ thủy điện Sorv nâng lưu lượng xả lên 900 m³/s.",
			nil},
		{"raising a toll ('nâng số người chết lên') still revises a figure",
			"Ban chỉ huy tỉnh nâng số người chết lên 14.",
			[]want{{source: "Ban chỉ huy tỉnh", cue: "nâng"}}},
		{"people named by what they are, after a determiner, can complain ('Nhiều công nhân phản ánh')",
			"Nhiều công nhân phản ánh ca làm việc kéo dài tới 12 tiếng.",
			[]want{{source: "Nhiều công nhân", cue: "phản ánh", content: "ca làm việc kéo dài tới 12 tiếng"}}},
		{"'kể khác' (tell it differently) has no content: no claim",
			"Người dân kể khác.",
			nil},
		{"'Theo danh sách … của nhà trường': a list's keeper named by common nouns is the source",
			"Theo danh sách thí sinh của nhà trường, 212 em đã đăng ký dự thi.",
			[]want{{source: "nhà trường", cue: "Theo", content: "212 em đã đăng ký dự thi"}}},
		{"reporting up to someone ('báo cáo lên Bộ') with nothing said is no claim",
			"Bà Mia Tolle thừa nhận có sai sót nhưng trường chưa báo cáo lên Sở.",
			[]want{{source: "Bà Mia Tolle", cue: "thừa nhận", content: "có sai sót nhưng trường chưa báo cáo lên Sở"}}},
		{"'báo cáo lên X rằng …': the one told is skipped before the content",
			"Trường đã báo cáo lên Sở rằng 30 thí sinh bị ảnh hưởng.",
			[]want{{source: "Trường", cue: "báo cáo", content: "30 thí sinh bị ảnh hưởng"}}},
	}
	checkAll(t, "vi", vi)
}

func TestIndonesianSeventhRound(t *testing.T) {
	tests := []sentenceCase{
		{"a lower-case honorific opens the name between commas after an inverted cue's title", "\"Stok obat aman,\" kata Kepala Dinas Kesehatan, dr. Lestari Wulan, dalam rapat di balai kota, Senin.",
			[]want{{source: "Kepala Dinas Kesehatan, dr. Lestari Wulan", cue: "kata"}}},
		{"a suspect owning up to a deed with mengaku admits it; narrowed or negated it does not", "Tersangka berinisial DK mengaku merekayasa tangkapan layar itu. Pelaku kedua mengaku hanya diajak temannya.",
			[]want{{source: "Tersangka berinisial DK", cue: "mengaku", stance: sumber.Confirm}, {source: "Pelaku kedua", cue: "mengaku", stance: sumber.Assert}}},
		{"a comma joining a title-case headline's clauses ends the cue's content", "Dinkes Bantah Obat Batuk Picu Gagal Ginjal, Tiga Penjual Ditangkap\nMedan - Dinas Kesehatan membantah kabar itu.",
			[]want{{source: "Dinkes", cue: "Bantah", content: "Obat Batuk Picu Gagal Ginjal"}, {source: "Dinas Kesehatan", cue: "membantah"}}},
		{"what a fact-checker or an audit report concludes is a finding, asserted; a resident's conclusion is believed", "Tim pemeriksa fakta Cek Dulu menyimpulkan foto itu hasil rekayasa. Laporan audit itu menyimpulkan dana desa diselewengkan. Seorang petani menyimpulkan panen gagal karena hama.",
			[]want{{source: "Tim pemeriksa fakta Cek Dulu", cue: "menyimpulkan", stance: sumber.Assert}, {source: "Laporan audit itu", cue: "menyimpulkan", stance: sumber.Assert}, {source: "Seorang petani", cue: "menyimpulkan", stance: sumber.Believe}}},
		{"a body's official tells the new figure sentences before the body's earlier one, named by its acronym", "Kepala BPBD Karo, Sutan Lubis, mengatakan 46 rumah rusak berat. Warga setempat menyebut banjir datang tengah malam. Sebelumnya, BPBD mencatat 31 rumah rusak berat.",
			[]want{{source: "Kepala BPBD Karo, Sutan Lubis", cue: "mengatakan", timing: sumber.Later}, {source: "Warga setempat", cue: "menyebut", timing: "-"}, {source: "BPBD", cue: "mencatat", timing: sumber.Earlier}}},
		{"a passive -nya cue in a relative clause gives the clause subject's claim, what follows it the content", "Petugas bea cukai memajang ganja yang diklaimnya seberat 40 kilogram.",
			[]want{{source: "nya", actor: "Petugas bea cukai", cue: "diklaim", content: "seberat 40 kilogram", stance: sumber.Claim}}},
		{"inside the speaker's own claim the relative -nya is that speaker, no relay of itself", "Bupati Rendang, Anton Sipahutar, menyinggung tunggakan pajak yang disebutnya mencapai Rp 9 miliar.",
			[]want{{source: "Bupati Rendang, Anton Sipahutar", cue: "menyinggung"}, {source: "nya", actor: "Bupati Rendang", cue: "disebut", content: "mencapai Rp 9 miliar", via: []string{}}}},
		{"a dated passive relative clause with no agent stays in an according-to source, and its date dates the claim", "Menurut laporan inspektorat yang diterbitkan pada Juni lalu, dana hibah itu tidak dapat dipertanggungjawabkan. Sekolah itu kekurangan 14 guru menurut data yang dirilis pekan lalu.",
			[]want{{source: "laporan inspektorat yang diterbitkan pada Juni lalu", cue: "Menurut", content: "dana hibah itu tidak dapat dipertanggungjawabkan", date: "2024-06"}, {source: "data yang dirilis pekan lalu", cue: "menurut", date: "2024-12-16"}}},
		{"a ballot number in a title before a name between commas does not make the title too long", "Tim sukses pasangan calon wali kota Brenvik nomor urut 3, Rina Lestari-Bambang Tejo, membantah tudingan politik uang.",
			[]want{{source: "Tim sukses pasangan calon wali kota Brenvik nomor urut 3, Rina Lestari-Bambang Tejo", cue: "membantah", stance: sumber.Deny}}},
		{"a parenthetical cue after a short subject, the clause going on with a verb", "Jembatan gantung itu, kata Kepala Desa Sukamaju, berusia lebih dari 40 tahun. Dana desa, ujar Rina, sudah habis sejak Agustus.",
			[]want{{source: "Kepala Desa Sukamaju", cue: "kata", rule: "verb-parenthetical"}, {source: "Rina", cue: "ujar", rule: "verb-parenthetical"}}},
		{"a lower-case appositive with no verb after an inverted cue's name still closes the source", "Tidak ada yang terluka, kata Joko, sopir truk itu.",
			[]want{{source: "Joko, sopir truk itu", cue: "kata", content: "Tidak ada yang terluka"}}},
		{"a hedging passive after a comma followed by another verb has no agent", "Pupuk itu, ujar Kepala Gudang, diduga dijual oleh oknum pegawai ke luar daerah.",
			[]want{{source: "Kepala Gudang", cue: "ujar", rule: "verb-parenthetical"}}},
		{"the antecedent of yang before a cue is the object after the main clause's verb", "Petugas mengamankan seorang remaja yang mengaku sebagai wartawan. Warga menerima selebaran yang menyebut kepala desa menjual tanah kas desa.",
			[]want{{source: "seorang remaja", cue: "mengaku"}, {source: "selebaran", cue: "menyebut"}}},
		{"refusing to be named is no denial", "Seorang pegawai yang menolak disebut namanya mengatakan gaji belum dibayar.",
			[]want{{source: "Seorang pegawai yang menolak disebut namanya", cue: "mengatakan", content: "gaji belum dibayar"}}},
		{"an adverb of persistence or contrast before the cue is no part of the subject", "Kubu penggugat tetap yakin hakim akan mengabulkan gugatan. Warga justru menuding pengembang menutup saluran air.",
			[]want{{source: "Kubu penggugat", cue: "yakin"}, {source: "Warga", cue: "menuding"}}},
		{"academic degrees between commas after a name stay in the source with the name's title", "Ahli gizi Universitas Brenvik, Dr. Sari Utami, M.Kes, menyebut menu itu kurang protein. Penasihat hukum terdakwa, Johan Sitorus, SH, MH, membantah dakwaan jaksa.",
			[]want{{source: "Ahli gizi Universitas Brenvik, Dr. Sari Utami, M.Kes", cue: "menyebut"}, {source: "Penasihat hukum terdakwa, Johan Sitorus, SH, MH", cue: "membantah", stance: sumber.Deny}}},
		{"a time adverb opened by a boundary word before the subject is no part of it", "Ketika itu kepala dinas menyebut stok beras cukup hingga Lebaran.",
			[]want{{source: "kepala dinas", cue: "menyebut", content: "stok beras cukup hingga Lebaran"}}},
	}
	checkAll(t, "id", tests)
}

// TestIndonesianPolicePersonnel checks that bare personnel counted in a
// claim of the police, or in a sentence naming them, are police, and stay
// troops where the armed forces are named or no one is.
func TestIndonesianPolicePersonnel(t *testing.T) {
	cases := []struct{ text, unit string }{
		{"Kapolresta Brenvik mengatakan sebanyak 650 personel disiagakan di sekitar gedung dewan.", "police"},
		{"Kodim Brenvik menyebut 240 personel dikerahkan untuk membersihkan lumpur.", "troops"},
		{"Panitia menyebut 90 personel berjaga di pintu masuk.", "troops"},
	}
	for _, c := range cases {
		got := engine.Extract(c.text, sumber.ExtractOptions{Lang: "id", Published: pub})
		if len(got) != 1 || len(got[0].Figures) != 1 {
			t.Errorf("%q: want one attribution with one figure, got %+v", c.text, got)
			continue
		}
		if u := got[0].Figures[0].Unit; u != c.unit {
			t.Errorf("%q: unit = %q, want %q", c.text, u, c.unit)
		}
	}
}

// TestFiguresTenthEnglishRound checks figures that depend on the
// sentences around them: "All 40" in a quotation after a sentence that
// counted buses counts buses, and a part after an abbreviated date ("Jan.
// 9, 6 of them children") shares the whole's measure and leaves its unit
// to the next bare amount.
func TestFiguresTenthEnglishRound(t *testing.T) {
	cases := []struct{ text, want string }{
		{`The council sent 45 buses to the border, the mayor said. "All 40 that came on Monday left full," he told reporters.`,
			"45 buses=45 buses deployed|All 40=40 buses"},
		{`Medics said 31 civilians were killed in Orvel after Jan. 9, 6 of them children, and dozens hurt.`,
			"31 civilians=31 civilians killed|6 of them children=6 children killed|dozens=59.5 civilians wounded"},
	}
	for _, c := range cases {
		got := engine.Extract(c.text, sumber.ExtractOptions{Lang: "en", Published: pub})
		var figs []string
		for _, a := range got {
			for _, f := range a.Figures {
				figs = append(figs, strings.TrimSpace(fmt.Sprintf("%s=%v %s %s", f.Span.Text, f.Value, f.Unit, f.Measure)))
			}
		}
		if strings.Join(figs, "|") != c.want {
			t.Errorf("%q\n got %q\nwant %q", c.text, strings.Join(figs, "|"), c.want)
		}
	}
}

// TestFiguresEleventhEnglishRound checks the figure data added after the
// eleventh English held-out round, each with new sentences.
func TestFiguresEleventhEnglishRound(t *testing.T) {
	cases := []struct{ text, want string }{
		// "up from N" after a count of violations takes that unit, not the
		// measure of a figure in the paragraph before
		{"Medics said 9 civilians were hurt near Brask.\n\nMonitors logged 73 violations this week, up from 40 the week before, the mission said.",
			"9 civilians=9 civilians wounded|73 violations=73 violations|40=40 violations"},
		// homes left without electricity are affected
		{"Some 18,000 homes were left without electricity overnight, the utility said.",
			"Some 18,000 homes=18000 homes affected"},
	}
	for _, c := range cases {
		got := engine.Extract(c.text, sumber.ExtractOptions{Lang: "en", Published: pub})
		var figs []string
		for _, a := range got {
			for _, f := range a.Figures {
				figs = append(figs, strings.TrimSpace(fmt.Sprintf("%s=%v %s %s", f.Span.Text, f.Value, f.Unit, f.Measure)))
			}
		}
		if strings.Join(figs, "|") != c.want {
			t.Errorf("%q\n got %q\nwant %q", c.text, strings.Join(figs, "|"), c.want)
		}
	}
}

// TestEnglishEleventhRound checks the rules added after the eleventh
// English held-out round, each with new sentences.
func TestEnglishEleventhRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a report whose content holds a dropped passive view is relayed by no one",
			"A ruling is expected on Friday, lawyers said.",
			[]want{{source: "lawyers", cue: "said", content: "A ruling is expected on Friday", via: []string{}}}},
		{"… and is nested in nothing, so it can be a later position",
			"On Monday the agency had put the number of homes flooded at 40. Some 90 flooded homes are expected on Friday, the agency said.",
			[]want{{cue: "put", timing: sumber.Earlier}, {source: "the agency", cue: "said", timing: sumber.Later}}},
		{"an outlet named by its own word before a place ('Radio X') told a claim relays it",
			"The fisheries minister told Radio Tessin the quotas would be cut.",
			[]want{{source: "The fisheries minister", cue: "told", content: "the quotas would be cut", via: []string{"Radio Tessin"}}}},
		{"a participle after a speaker revising its account is later, its claim before earlier",
			"The port authority said on Sunday that a storm had sunk the barge. On Monday it changed its account, saying the crew had been drunk.",
			[]want{{source: "The port authority", cue: "said", timing: sumber.Earlier}, {source: "it", cue: "saying", timing: sumber.Later}}},
		{"a no-comment's question keeps its own period after 'since'",
			"The mill would not say how much timber it had bought since June.",
			[]want{{source: "The mill", cue: "would not say", stance: sumber.Neither, content: "how much timber it had bought since June", date: "-"}}},
		{"… while a topic that is no question still ends before a time",
			"The mill declined to comment on the audit on Friday.",
			[]want{{source: "The mill", cue: "declined to comment", stance: sumber.Neither, content: "the audit"}}},
		{"… also when the revising verb is itself a revision cue",
			"The port authority said on Sunday that a storm had sunk the barge. On Monday it corrected its account, saying the crew had been drunk.",
			[]want{{source: "The port authority", cue: "said", timing: sumber.Earlier}, {source: "it", cue: "saying", timing: sumber.Later}}},
	})
}

// TestEnglishTenthRound checks the rules added after the tenth English
// held-out round, each with new sentences.
func TestEnglishTenthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a count of another measure told before an earlier figure is no later position",
			"As many as 25 people were still missing after the flood, the county said. On Friday it had put the number of dead at 9.",
			[]want{{source: "the county", cue: "said", timing: "-"}, {source: "it", cue: "put", timing: sumber.Earlier}}},
		{"a word for a figure after a possessor and a noun, before 'for', is a compound noun",
			"The bank's inflation forecast for 2027 was left at 3%, the governor said.",
			[]want{{source: "the governor", cue: "said", content: "The bank's inflation forecast for 2027 was left at 3%"}}},
		{"… while after a plain subject it is the verb",
			"The economist forecast that prices would fall.",
			[]want{{source: "The economist", cue: "forecast", content: "prices would fall"}}},
		{"a no-comment after an earlier claim is no change of position",
			"In May the port authority had put its losses at 40 million ren. It declined to comment on the audit.",
			[]want{{cue: "put", timing: sumber.Earlier}, {source: "It", cue: "declined to comment", stance: sumber.Neither, timing: "-"}}},
	})
}

// TestViEighthRound holds the general rules of the eighth Vietnamese
// held-out round, each with new invented sentences.
func TestViEighthRound(t *testing.T) {
	vi := []sentenceCase{
		{"'anh ta' is a pronoun: an admission after the same man's first denial is later",
			"Ban đầu, nghi phạm Tor Vesk bác bỏ việc mang theo ma túy. Sau khi bị cho xem ảnh chụp, anh ta thừa nhận đã giấu gói hàng trong cốp xe.",
			[]want{{source: "nghi phạm Tor Vesk", cue: "bác bỏ", timing: sumber.Earlier},
				{source: "anh ta", actor: "nghi phạm Tor Vesk", cue: "thừa nhận", content: "đã giấu gói hàng trong cốp xe", timing: sumber.Later}}},
		{"two earlier claims of one subject change once: the claim after the later one is current",
			"Ban đầu, bị can Orin Vass bác bỏ việc nhận tiền, nói rằng đó là tiền vay. Sau đó, ông ta thừa nhận đã nhận 200 triệu đồng. Ông ta phủ nhận việc chia tiền cho người khác.",
			[]want{{cue: "bác bỏ", timing: sumber.Earlier}, {cue: "nói", timing: sumber.Earlier}, {cue: "thừa nhận", timing: sumber.Later}, {cue: "phủ nhận", timing: "-"}}},
		{"'hắn' is a pronoun of the one named before",
			"Đối tượng Mol Dren nói không quen nạn nhân. Hắn khai rằng số tiền là của người khác.",
			[]want{{source: "Đối tượng Mol Dren", cue: "nói"}, {source: "Hắn", actor: "Đối tượng Mol Dren", cue: "khai", content: "số tiền là của người khác"}}},
		{"finding out only what is unknown ('chưa thể xác định người cầm đầu') says nothing",
			"Công an huyện chưa thể xác định kẻ chủ mưu của vụ trộm.",
			nil},
		{"inside another's claim, 'chưa thể kết luận nguyên nhân' is no claim of its own",
			"Bà Sela Korn cho biết hai người bị thương nhưng sở chưa thể kết luận nguyên nhân vụ nổ.",
			[]want{{source: "Bà Sela Korn", cue: "cho biết", content: "hai người bị thương nhưng sở chưa thể kết luận nguyên nhân vụ nổ"}}},
		{"a short name with bracketed asides after it is a named subject: 'khai' testifies",
			"Bị can Rom Tesh (41 tuổi, ngụ tại xã Halo) khai đã nhận 30 triệu đồng từ chủ hàng.",
			[]want{{source: "Bị can Rom Tesh (41 tuổi, ngụ tại xã Halo)", cue: "khai", content: "đã nhận 30 triệu đồng từ chủ hàng"}}},
		{"a relative aside 'người được …' between commas after a name stays in the source",
			"Kỹ sư Pell Marno, người được tỉnh mời thẩm định, nhận định con đê không đủ an toàn.",
			[]want{{source: "Kỹ sư Pell Marno, người được tỉnh mời thẩm định", cue: "nhận định", content: "con đê không đủ an toàn"}}},
		{"a subject from a place after 'ở' keeps the larger place after the comma ('ở phường X, quận Y')",
			"Khoảng 80 tiểu thương ở chợ Berra, huyện Talm cho rằng mức phí mới quá cao.",
			[]want{{source: "Khoảng 80 tiểu thương ở chợ Berra, huyện Talm", cue: "cho rằng", content: "mức phí mới quá cao"}}},
		{"with 'là' the cause found is said",
			"Hội đồng kết luận nguyên nhân là do dây cáp bị đứt.",
			[]want{{source: "Hội đồng", cue: "kết luận", content: "nguyên nhân là do dây cáp bị đứt"}}},
	}
	checkAll(t, "vi", vi)
}

// TestViNinthRound holds the general rules of the ninth Vietnamese
// held-out round, each with new invented sentences.
func TestViNinthRound(t *testing.T) {
	vi := []sentenceCase{
		{"an opening 'Trả lời báo X,' is an aside: the name and title after it are the source",
			"Trả lời báo Nam Hà, ông Lư Văn Sorel, Giám đốc Sở Xây dựng, khẳng định công trình không bị lún.",
			[]want{{source: "ông Lư Văn Sorel, Giám đốc Sở Xây dựng", cue: "khẳng định", content: "công trình không bị lún"}}},
		{"'Trả lời câu hỏi của phóng viên,' opening the sentence stays out of the source",
			"Trả lời câu hỏi của phóng viên, bà Tra Melin, Phó giám đốc cảng, cho biết tàu sẽ cập bến vào tuần sau.",
			[]want{{source: "bà Tra Melin, Phó giám đốc cảng", cue: "cho biết", content: "tàu sẽ cập bến vào tuần sau"}}},
		{"a passive 'được …' closed by a comma before the cue is part of the apposition, not the said thing",
			"Chị Mira Tol, 41 tuổi, một công nhân được đưa đi cấp cứu, kể khói tràn vào xưởng rất nhanh.",
			[]want{{source: "Chị Mira Tol, 41 tuổi, một công nhân được đưa đi cấp cứu", cue: "kể", content: "khói tràn vào xưởng rất nhanh"}}},
		{"'không cho biết' / 'không nói rõ' is a no-comment: neither, not negated",
			"Bà Vera Lusk không cho biết bệnh viện cần thêm bao nhiêu giường. Ông Pim Karo chưa nói rõ vì sao cuộc họp bị hoãn.",
			[]want{{source: "Bà Vera Lusk", cue: "không cho biết", content: "bệnh viện cần thêm bao nhiêu giường", stance: sumber.Neither},
				{source: "Ông Pim Karo", cue: "chưa nói rõ", content: "vì sao cuộc họp bị hoãn", stance: sumber.Neither}}},
		{"after 'có' a cue word is a noun ('đã có cảnh báo'): no claim of its own",
			"Bà Hela Moss nói xe khách vẫn chạy dù đã có cảnh báo sạt lở từ chiều.",
			[]want{{source: "Bà Hela Moss", cue: "nói", content: "xe khách vẫn chạy dù đã có cảnh báo sạt lở từ chiều"}}},
		{"a name after a four-syllable lower-case title, then its apposition between commas, is the subject",
			"Kỹ sư cầu đường Tạ Minh Orso, Viện Giao thông Halden, đánh giá mố cầu đã bị xói lở.",
			[]want{{source: "Kỹ sư cầu đường Tạ Minh Orso, Viện Giao thông Halden", cue: "đánh giá", content: "mố cầu đã bị xói lở"}}},
		{"a day right after the cue ('cho biết chiều 3/4 …') is when it was said, not part of the content; a span ('từ ngày') stays",
			"Bà Ky Lenda cho biết chiều 3/4 nhà máy đã ngừng xả thải. Công ty Hessa thông báo từ ngày 5/4 giá vé tăng 10%.",
			[]want{{source: "Bà Ky Lenda", cue: "cho biết", content: "nhà máy đã ngừng xả thải", date: "2024-04-03"},
				{source: "Công ty Hessa", cue: "thông báo", content: "từ ngày 5/4 giá vé tăng 10%", date: "-"}}},
		{"'trước đêm 9/4' (before a night) opening the content is part of it, no claim date",
			"Ông Dov Arne cho biết trước đêm 9/4 hồ chứa chỉ xả 300 m³/s.",
			[]want{{source: "Ông Dov Arne", cue: "cho biết", content: "trước đêm 9/4 hồ chứa chỉ xả 300 m³/s", date: "-"}}},
	}
	checkAll(t, "vi", vi)
}

// TestViTenthRound checks the rules of the tenth Vietnamese held-out round
// (vi-35 … vi-37), each with sentences written for the test.
func TestViTenthRound(t *testing.T) {
	vi := []sentenceCase{
		{"a dash inside a body's name ('Khoa học – Kỹ thuật') joins it",
			"Theo Liên hiệp Hội Khoa học – Kỹ thuật tỉnh Velm, mực nước ngầm đã giảm mạnh.",
			[]want{{source: "Liên hiệp Hội Khoa học – Kỹ thuật tỉnh Velm", cue: "Theo", content: "mực nước ngầm đã giảm mạnh"}}},
		{"a long parent body in brackets after a subject stays in the source",
			"Cục Trồng trọt (Bộ Nông nghiệp – Phát triển nông thôn Ardel) cho biết diện tích lúa giảm.",
			[]want{{source: "Cục Trồng trọt (Bộ Nông nghiệp – Phát triển nông thôn Ardel)", cue: "cho biết", content: "diện tích lúa giảm"}}},
		{"a parent body in brackets after 'Theo X' stays in the source",
			"Theo Vụ Thị trường trong nước (Bộ Công Thương), giá xăng sẽ giảm nhẹ.",
			[]want{{source: "Vụ Thị trường trong nước (Bộ Công Thương)", cue: "Theo", content: "giá xăng sẽ giảm nhẹ"}}},
		{"a bracketed acronym closes a long body's name before its apposition",
			"Tổng công ty Đường sắt Vận tải Velm (VRC), chủ đầu tư dự án, khẳng định tiến độ không bị ảnh hưởng.",
			[]want{{source: "Tổng công ty Đường sắt Vận tải Velm (VRC), chủ đầu tư dự án", cue: "khẳng định", content: "tiến độ không bị ảnh hưởng"}}},
		{"a long title naming a firm stays in the source after an opening relay",
			"Theo TTXVN, bà Đào Thu Mirel, Phó tổng giám đốc Công ty Chế biến Thủy sản Xuất khẩu Bến Arda, cho biết đơn hàng giảm mạnh.",
			[]want{{source: "bà Đào Thu Mirel, Phó tổng giám đốc Công ty Chế biến Thủy sản Xuất khẩu Bến Arda", cue: "cho biết", content: "đơn hàng giảm mạnh", via: []string{"Vietnam News Agency"}}}},
		{"after 'cách' (the way of) a cue word is a noun",
			"Nhiều hộ dân bác bỏ cách giải thích của công ty.",
			[]want{{source: "Nhiều hộ dân", cue: "bác bỏ", content: "cách giải thích của công ty", stance: sumber.Deny}}},
		{"traders named by their trade can complain ('phản ánh')",
			"Nhiều nhà xuất khẩu phản ánh cước vận tải biển tăng gấp đôi.",
			[]want{{source: "Nhiều nhà xuất khẩu", cue: "phản ánh", content: "cước vận tải biển tăng gấp đôi"}}},
		{"'không bình luận thêm' after another verb takes its topic from a request for comment opening the sentence",
			"Được đề nghị bình luận về kết quả kiểm toán, ông Hạ Lân nói sẽ trả lời sau và không bình luận thêm.",
			[]want{{source: "ông Hạ Lân", cue: "nói", content: "sẽ trả lời sau"},
				{source: "ông Hạ Lân", cue: "không bình luận thêm", content: "kết quả kiểm toán", stance: sumber.Neither}}},
		{"'nhiều lần' between the subject and its verb is no part of the source",
			"Bà Sương nhiều lần khẳng định khu đất không thuộc diện thu hồi.",
			[]want{{source: "Bà Sương", cue: "khẳng định", content: "khu đất không thuộc diện thu hồi"}}},
		{"the head of a body speaks for it: her later admission after the body's earlier report is later",
			"Chiều 3/5, UBND xã Tân Lenn báo cáo chỉ có 5 hộ bị ảnh hưởng. Ông Hồ Văn Kell, Chủ tịch UBND xã, sau đó thừa nhận con số này chưa đầy đủ.",
			[]want{{source: "UBND xã Tân Lenn", cue: "báo cáo", timing: "-"},
				{source: "Ông Hồ Văn Kell, Chủ tịch UBND xã", cue: "thừa nhận", content: "con số này chưa đầy đủ", stance: sumber.Confirm, timing: sumber.Later}}},
		{"without the title, another speaker's 'sau đó' frames no change",
			"Chiều 3/5, UBND xã Tân Lenn báo cáo chỉ có 5 hộ bị ảnh hưởng. Ông Hồ Văn Kell, một người dân, sau đó thừa nhận con số này chưa đầy đủ.",
			[]want{{source: "UBND xã Tân Lenn", cue: "báo cáo", timing: "-"},
				{source: "Ông Hồ Văn Kell, một người dân", cue: "thừa nhận", stance: sumber.Confirm, timing: "-"}}},
	}
	checkAll(t, "vi", vi)
}

// TestViEleventhRound checks the rules of the eleventh Vietnamese held-out
// round (vi-38 … vi-40), each with sentences written for the test.
func TestViEleventhRound(t *testing.T) {
	vi := []sentenceCase{
		{"an outlet relaying a name with a lower-case title: the apposition after the name stays in the source",
			"Báo Thanh Niên dẫn lời kỹ sư Phan Tú Merrow, Phó giám đốc Ban Quản lý dự án Đường cao tốc Ardel, cho biết cầu sẽ thông xe vào tháng sau.",
			[]want{{source: "kỹ sư Phan Tú Merrow, Phó giám đốc Ban Quản lý dự án Đường cao tốc Ardel", cue: "cho biết", content: "cầu sẽ thông xe vào tháng sau", via: []string{"Thanh Nien"}}}},
		{"a cue word counted by a number is a noun",
			"Công ty nói đã phát 3 thông báo khẩn cho các xã ven sông.",
			[]want{{source: "Công ty", cue: "nói", content: "đã phát 3 thông báo khẩn cho các xã ven sông"}}},
		{"an ordinal after a cue word makes it a noun",
			"Công ty cho biết đã gửi nhiều văn bản, thông báo đầu tiên vào sáng 2/3.",
			[]want{{source: "Công ty", cue: "cho biết", content: "đã gửi nhiều văn bản, thông báo đầu tiên vào sáng 2/3"}}},
		{"after 'việc' a cue word is a noun",
			"Ông Tùng bác bỏ việc công bố chậm kết quả xét nghiệm.",
			[]want{{source: "Ông Tùng", cue: "bác bỏ", content: "công bố chậm kết quả xét nghiệm", stance: sumber.Deny}}},
		{"a rumour on social media before 'rằng' is no part of what is denied",
			"Công an tỉnh bác bỏ tin đồn trên mạng rằng có dịch tả ở chợ Velm.",
			[]want{{source: "Công an tỉnh", cue: "bác bỏ", content: "có dịch tả ở chợ Velm", stance: sumber.Deny}}},
	}
	checkAll(t, "vi", vi)
}

// TestViTwelfthRound checks the rules of the twelfth Vietnamese held-out
// round (vi-41 … vi-43), each with sentences written for the test.
func TestViTwelfthRound(t *testing.T) {
	vi := []sentenceCase{
		{"after 'toàn bộ' a cue word is a noun, and a conjoined cue keeps its own content",
			"Sáng nay, bà Liên bác bỏ toàn bộ cáo buộc và khẳng định công ty đã nộp thuế đầy đủ.",
			[]want{{source: "bà Liên", cue: "bác bỏ", content: "toàn bộ cáo buộc", stance: sumber.Deny},
				{source: "bà Liên", cue: "khẳng định", content: "công ty đã nộp thuế đầy đủ"}}},
		{"an indictment names the prosecutors behind it",
			"Theo cáo trạng của Viện kiểm sát tỉnh Ardel, nhóm này đã lập 40 hợp đồng giả.",
			[]want{{source: "Viện kiểm sát tỉnh Ardel", cue: "Theo", content: "nhóm này đã lập 40 hợp đồng giả"}}},
		{"a second cue after a comma shares the subject with its apposition; the clause of the first cue is no apposition",
			"Ban quản lý chợ Đông Vessa, đơn vị vận hành chợ, phủ nhận việc thu phí sai quy định, cho rằng mức phí đã được niêm yết.",
			[]want{{source: "Ban quản lý chợ Đông Vessa, đơn vị vận hành chợ", cue: "phủ nhận", content: "thu phí sai quy định", stance: sumber.Deny},
				{source: "Ban quản lý chợ Đông Vessa, đơn vị vận hành chợ", cue: "cho rằng", content: "mức phí đã được niêm yết", stance: sumber.Believe}}},
		{"'sở này' names the department again: its changed figure is a later position",
			"Trước đó, Sở Xây dựng tỉnh Kell cho biết chỉ có 12 công trình vi phạm. Sau khi thanh tra vào cuộc, sở này thừa nhận con số là 30 công trình.",
			[]want{{source: "Sở Xây dựng tỉnh Kell", cue: "cho biết", timing: sumber.Earlier},
				{source: "sở này", actor: "Sở Xây dựng tỉnh Kell", cue: "thừa nhận", stance: sumber.Confirm, timing: sumber.Later}}},
		{"a place named by its kind after a noun of people runs on after a comma in the source",
			"Nhiều tiểu thương chợ Bến Kell, quận Hòa Vessa cho rằng phí thuê sạp tăng quá cao.",
			[]want{{source: "Nhiều tiểu thương chợ Bến Kell, quận Hòa Vessa", cue: "cho rằng", content: "phí thuê sạp tăng quá cao", stance: sumber.Believe}}},
		{"a second verb joined by 'và' to a later position is later too",
			"Ban đầu, Công ty Giấy Selvo phủ nhận có rò rỉ. Tuy nhiên, tối 5/6, công ty này thừa nhận sự cố và khẳng định lượng nước thải tràn ra rất nhỏ.",
			[]want{{cue: "phủ nhận", stance: sumber.Deny, timing: sumber.Earlier},
				{cue: "thừa nhận", stance: sumber.Confirm, timing: sumber.Later},
				{cue: "khẳng định", content: "lượng nước thải tràn ra rất nhỏ", timing: sumber.Later}}},
		{"an undated claim of the same speaker right after a dated one goes on at its moment: no earlier",
			"Trao đổi với phóng viên sáng 2/5, ông Tạ Văn Lorne, Giám đốc bệnh viện, xác nhận có sai sót trong khâu kê đơn. Tuy nhiên, ông cho biết bệnh nhân đã qua cơn nguy kịch.",
			[]want{{source: "ông Tạ Văn Lorne, Giám đốc bệnh viện", cue: "xác nhận", stance: sumber.Confirm, timing: "-"},
				{source: "ông", cue: "cho biết", timing: "-"}}},
		{"a headline's place before a colon is no speaker when a cue after it has its own subject",
			"Cà Vessa: Lúa chết khô hàng loạt, nông dân nói kênh đã cạn từ tuần trước\nMưa chưa trở lại.",
			[]want{{source: "nông dân", cue: "nói", content: "kênh đã cạn từ tuần trước"}}},
		{"a headline label whose tail has no cue stays the speaker",
			"Bộ Công an: Đã bắt giữ hai nghi phạm\nVụ việc đang được điều tra.",
			[]want{{source: "Bộ Công an", cue: ":", content: "Đã bắt giữ hai nghi phạm"}}},
	}
	checkAll(t, "vi", vi)
}

// TestViThirteenthRound checks the rules of the thirteenth Vietnamese
// held-out round (vi-44 … vi-46), each with sentences written for the test.
func TestViThirteenthRound(t *testing.T) {
	vi := []sentenceCase{
		{"a reason after a quotation opening a content goes on with the claim",
			"Giám đốc sở khẳng định \"không thiếu thuốc\" vì kho vẫn còn đủ dùng trong hai tháng.",
			[]want{{source: "Giám đốc sở", cue: "khẳng định", content: "\"không thiếu thuốc\" vì kho vẫn còn đủ dùng trong hai tháng"}}},
		{"an outlet relaying the subject in a passive aside between commas is the via; the subject and its apposition stand before it",
			"Luật sư Đàm Quang Ferro, Đoàn Luật sư tỉnh Ardel, được báo Thanh Niên dẫn lời, cho rằng bản án chưa thỏa đáng.",
			[]want{{source: "Luật sư Đàm Quang Ferro, Đoàn Luật sư tỉnh Ardel", cue: "cho rằng", content: "bản án chưa thỏa đáng", stance: sumber.Believe, via: []string{"Thanh Nien"}}}},
		{"a subject opening the clause before a passive relay aside is all of its chunk",
			"Nhà nghiên cứu khí hậu Lê Thu Varna, được TTXVN dẫn lời, dự báo mùa khô sẽ kéo dài.",
			[]want{{source: "Nhà nghiên cứu khí hậu Lê Thu Varna", cue: "dự báo", content: "mùa khô sẽ kéo dài"}}},
		{"a document's issuer named by its lower-case kind and its name is the source",
			"Theo số liệu của cảng vụ Hàm Velo, sản lượng hàng qua cảng giảm 9%.",
			[]want{{source: "cảng vụ Hàm Velo", cue: "Theo", content: "sản lượng hàng qua cảng giảm 9%"}}},
		{"'ban này' names a board again: its corrected count is its later position",
			"Trước đó, tối 2/3, Ban Quản lý chợ Vessa thông báo chỉ có 4 hộ bị ảnh hưởng. Sáng 3/3, ban này nói con số đúng là 11 hộ.",
			[]want{{source: "Ban Quản lý chợ Vessa", cue: "thông báo", timing: sumber.Earlier},
				{source: "ban này", actor: "Ban Quản lý chợ Vessa", cue: "nói", timing: sumber.Later}}},
	}
	checkAll(t, "vi", vi)
}

// TestViFourteenthRound checks the rules of the fourteenth Vietnamese
// held-out round (Tết road deaths, a labour-export fraud, a forest fire),
// each with sentences written for the test.
func TestViFourteenthRound(t *testing.T) {
	vi := []sentenceCase{
		{"an anonymity aside between commas stays in the source",
			"Một kỹ sư của nhà máy, đề nghị giấu tên, cho biết lò hơi đã quá hạn kiểm định.",
			[]want{{source: "Một kỹ sư của nhà máy, đề nghị giấu tên", cue: "cho biết", content: "lò hơi đã quá hạn kiểm định"}}},
		{"another aside between commas is still left out of the source",
			"Một kỹ sư của nhà máy, tại buổi làm việc, cho biết lò hơi đã quá hạn kiểm định.",
			[]want{{source: "Một kỹ sư của nhà máy", cue: "cho biết", content: "lò hơi đã quá hạn kiểm định"}}},
		{"the group that filed a complaint, named by a plural determiner, is the source",
			"Theo đơn khiếu nại của các tiểu thương, ban quản lý chợ đã thu phí sai quy định.",
			[]want{{source: "các tiểu thương", cue: "Theo", content: "ban quản lý chợ đã thu phí sai quy định"}}},
		{"a complaint without its filer stays the source; the document noun is not the verb 'tố cáo'",
			"Theo đơn tố cáo, ban quản lý chợ đã thu phí sai quy định.",
			[]want{{source: "đơn tố cáo", cue: "Theo", content: "ban quản lý chợ đã thu phí sai quy định"}}},
		{"a topic opening the sentence before a post-posed no-comment loses its preposition",
			"Liên quan đến việc tăng giá vé tàu, đại diện nhà ga chưa đưa ra bình luận.",
			[]want{{source: "đại diện nhà ga", cue: "chưa đưa ra bình luận", content: "tăng giá vé tàu", stance: sumber.Neither}}},
		{"a correction stated with the copula is a revision",
			"Ban đầu, sở này thông báo 20 người nhập viện, nhưng sau đó đính chính con số là 14 người.",
			[]want{{source: "sở này", cue: "thông báo", content: "20 người nhập viện", timing: sumber.Earlier},
				{source: "sở này", cue: "đính chính", content: "con số là 14 người", timing: sumber.Later}}},
		{"a forecast level is a noun, not a cue",
			"Theo Đài Khí tượng tỉnh Varn, nhiệt độ có nơi trên 38 độ C, cấp dự báo cháy rừng ở mức IV.",
			[]want{{source: "Đài Khí tượng tỉnh Varn", cue: "Theo", content: "nhiệt độ có nơi trên 38 độ C, cấp dự báo cháy rừng ở mức IV"}}},
		{"a forecaster's verb is still a cue",
			"Đài Khí tượng tỉnh Varn dự báo nhiệt độ sẽ lên tới 38 độ C vào cuối tuần.",
			[]want{{source: "Đài Khí tượng tỉnh Varn", cue: "dự báo", content: "nhiệt độ sẽ lên tới 38 độ C vào cuối tuần"}}},
	}
	checkAll(t, "vi", vi)
}

// TestViFifteenthRound checks the rules of the fifteenth Vietnamese
// held-out round (land recovery, a phone fraud, a maternal death), each
// with sentences written for the test.
func TestViFifteenthRound(t *testing.T) {
	vi := []sentenceCase{
		{"a one-syllable name after an honorific is the apposition of the title before it",
			"Trưởng thôn, ông Hùng, cho biết nước đã rút khỏi 30 nhà dân.",
			[]want{{source: "Trưởng thôn, ông Hùng", cue: "cho biết", content: "nước đã rút khỏi 30 nhà dân"}}},
		{"so is a short capitalised kind and name",
			"Nhà thầu thi công, Công ty Brava, khẳng định cầu vẫn an toàn.",
			[]want{{source: "Nhà thầu thi công, Công ty Brava", cue: "khẳng định", content: "cầu vẫn an toàn"}}},
		{"a long title with one capitalised syllable after a relayed name stays its apposition",
			"Báo Lao Động dẫn lời TS Lê Văn Kha, Viện trưởng Viện Kinh tế Lumora, cho biết giá gạo sẽ còn tăng.",
			[]want{{source: "TS Lê Văn Kha, Viện trưởng Viện Kinh tế Lumora", cue: "cho biết", content: "giá gạo sẽ còn tăng", via: []string{"Báo Lao Động"}}}},
		{"answering an outlet named without 'báo' opens the sentence as an aside",
			"Trả lời Tiền Phong, ông Vũ Đình Kasimir, chủ tịch UBND xã, khẳng định xã đã niêm yết công khai.",
			[]want{{source: "ông Vũ Đình Kasimir, chủ tịch UBND xã", cue: "khẳng định", content: "xã đã niêm yết công khai"}}},
		{"an answer after its subject is still a cue",
			"Ông Tâm trả lời rằng xã đã niêm yết công khai.",
			[]want{{source: "Ông Tâm", cue: "trả lời", content: "xã đã niêm yết công khai"}}},
		{"information from a body named by common nouns has the body as its source",
			"Theo thông tin từ nhà trường, 12 học sinh đã được xuất viện.",
			[]want{{source: "nhà trường", cue: "Theo", content: "12 học sinh đã được xuất viện"}}},
		{"an unanswered phone call is no topic",
			"Luật sư của bị cáo không trả lời điện thoại của phóng viên.",
			[]want{{source: "Luật sư của bị cáo", cue: "không trả lời", stance: sumber.Neither}}},
	}
	checkAll(t, "vi", vi)
}

// TestViSixteenthRound checks the rules of the sixteenth Vietnamese
// held-out round (fuel prices, a drug ring, air pollution), each with
// sentences written for the test.
func TestViSixteenthRound(t *testing.T) {
	vi := []sentenceCase{
		{"a decimal after a word ending in a digit does not end the sentence",
			"Trạm quan trắc cho biết nồng độ PM2.5 đã giảm còn 41 µg/m3 trong đêm.",
			[]want{{source: "Trạm quan trắc", cue: "cho biết", content: "nồng độ PM2.5 đã giảm còn 41 µg/m3 trong đêm"}}},
		{"an emphatic particle before an honorific is no part of the source",
			"Hôm 3/4, chính bà Lâm khẳng định kho hàng vẫn đủ an toàn.",
			[]want{{source: "bà Lâm", cue: "khẳng định", content: "kho hàng vẫn đủ an toàn"}}},
		{"the government keeps the same syllable",
			"Chính phủ khẳng định kho hàng vẫn đủ an toàn.",
			[]want{{source: "Chính phủ", cue: "khẳng định", content: "kho hàng vẫn đủ an toàn"}}},
		{"a day between commas after an earlier-word leaves the subject whole and marks it earlier",
			"Sở Giao thông trước đó, hôm 9/3, thông báo cây cầu sẽ thông xe trong tháng.",
			[]want{{source: "Sở Giao thông", cue: "thông báo", content: "cây cầu sẽ thông xe trong tháng", timing: sumber.Earlier}}},
		{"a relative aside opened by 'nơi' stays in the source",
			"Hiệu trưởng một trường tiểu học ở xã Đông Sel, nơi xảy ra vụ việc, khẳng định nhà trường đã xử lý kịp thời.",
			[]want{{source: "Hiệu trưởng một trường tiểu học ở xã Đông Sel, nơi xảy ra vụ việc", cue: "khẳng định", content: "nhà trường đã xử lý kịp thời"}}},
		{"a capitalised syllable of a place name in a title is no cue",
			"Chiều 2/5, ông Đỗ Văn Mirel, Phó chủ tịch UBND tỉnh Hạ Orn, cho biết đê đã được gia cố.",
			[]want{{source: "ông Đỗ Văn Mirel, Phó chủ tịch UBND tỉnh Hạ Orn", cue: "cho biết", content: "đê đã được gia cố"}}},
		{"a relay before a title and a name between commas gives the via",
			"Báo Tiền Phong dẫn lời giám đốc Sở Xây dựng, ông Kiều Văn Tarn, nói công trình không bị lún.",
			[]want{{source: "giám đốc Sở Xây dựng, ông Kiều Văn Tarn", cue: "nói", content: "công trình không bị lún", via: []string{"Báo Tiền Phong"}}}},
		{"an estimated gain after a comma is no claim",
			"Theo công an, đường dây đã bán hàng giả ra 12 tỉnh, thu lợi ước tính 40 tỷ đồng.",
			[]want{{source: "công an", cue: "Theo", content: "đường dây đã bán hàng giả ra 12 tỉnh, thu lợi ước tính 40 tỷ đồng"}}},
		{"an estimate with a subject of its own is still a claim",
			"Hiệp hội ước tính doanh nghiệp mất 40 tỷ đồng.",
			[]want{{source: "Hiệp hội", cue: "ước tính", content: "doanh nghiệp mất 40 tỷ đồng", stance: sumber.Believe}}},
		{"the police's pronoun for a suspect resolves to him, and his admission after a contrast is later",
			"Ban đầu, Kovan khai không quen biết người mua. Tuy nhiên, sau khi bị đối chất, y đã thừa nhận bán hàng cho nhóm này.",
			[]want{{source: "Kovan", cue: "khai", content: "không quen biết người mua", timing: sumber.Earlier},
				{source: "y", actor: "Kovan", cue: "thừa nhận", content: "bán hàng cho nhóm này", stance: sumber.Confirm, timing: sumber.Later}}},
		{"results have their owner as the source",
			"Theo kết quả kiểm tra của đoàn thanh tra, 14 cửa hàng bán sai giá.",
			[]want{{source: "đoàn thanh tra", cue: "Theo", content: "14 cửa hàng bán sai giá"}}},
		{"a warning system is a noun, not a cue",
			"Ông thừa nhận hệ thống cảnh báo lũ của huyện bị hỏng.",
			[]want{{source: "Ông", cue: "thừa nhận", content: "hệ thống cảnh báo lũ của huyện bị hỏng", stance: sumber.Confirm}}},
		{"bodies acting jointly keep both names across the dash",
			"Giá dầu giảm 300 đồng/lít, theo thông báo của liên Bộ Công Thương - Tài chính.",
			[]want{{source: "liên Bộ Công Thương - Tài chính", cue: "theo", content: "Giá dầu giảm 300 đồng/lít"}}},
	}
	checkAll(t, "vi", vi)
}

// TestViSeventeenthRound checks the rules of the seventeenth Vietnamese
// held-out round (an apartment fund dispute, a factory strike, tuition
// rises), each with sentences written for the test.
func TestViSeventeenthRound(t *testing.T) {
	vi := []sentenceCase{
		{"a bare 'dẫn' before a source relays it",
			"Báo Kinh tế dẫn một nguồn tin ở ngân hàng cho biết lãi suất sẽ giảm.",
			[]want{{source: "một nguồn tin ở ngân hàng", cue: "cho biết", content: "lãi suất sẽ giảm", via: []string{"Báo Kinh tế"}}}},
		{"'dẫn đầu' is no relay",
			"Công ty Marn dẫn đầu thị trường, giám đốc Lưu Tân cho biết.",
			[]want{{source: "giám đốc Lưu Tân", cue: "cho biết", content: "Công ty Marn dẫn đầu thị trường"}}},
		{"a rule cited inside a claim is a hedge, no source",
			"Ông Vell cho biết theo quy định hiện hành, mỗi hộ được hỗ trợ 3 triệu đồng.",
			[]want{{source: "Ông Vell", cue: "cho biết", content: "theo quy định hiện hành, mỗi hộ được hỗ trợ 3 triệu đồng"}}},
		{"what a survey shows is a finding",
			"Một khảo sát của viện cho thấy 41% nông dân thiếu vốn.",
			[]want{{source: "Một khảo sát của viện", cue: "cho thấy", content: "41% nông dân thiếu vốn", stance: sumber.Assert}}},
		{"not answering the phone is a no-comment",
			"Chủ cơ sở, bà Kiều Thị Narn, không nghe máy.",
			[]want{{source: "Chủ cơ sở, bà Kiều Thị Narn", cue: "không nghe máy", stance: sumber.Neither}}},
		{"a body's long name with lower-case syllables opens the clause before its apposition",
			"Công ty CP Đầu tư Phát triển Nhà Velm, đơn vị thi công, khẳng định công trình đúng thiết kế.",
			[]want{{source: "Công ty CP Đầu tư Phát triển Nhà Velm, đơn vị thi công", cue: "khẳng định", content: "công trình đúng thiết kế"}}},
		{"so does a lower-case title and a name after an answering aside",
			"Trả lời Lao Động, đại diện Công ty Dệt may Orsa, nhà thầu phụ, khẳng định đã trả đủ lương.",
			[]want{{source: "đại diện Công ty Dệt may Orsa, nhà thầu phụ", cue: "khẳng định", content: "đã trả đủ lương"}}},
		{"and a name after a time opening, its title holding a bracket",
			"Sáng 3/10, bà Lục Thị Arva, Phó vụ trưởng Vụ Pháp chế (Bộ Tư pháp), cho biết dự thảo sẽ được sửa.",
			[]want{{source: "bà Lục Thị Arva, Phó vụ trưởng Vụ Pháp chế (Bộ Tư pháp)", cue: "cho biết", content: "dự thảo sẽ được sửa"}}},
	}
	checkAll(t, "vi", vi)
}

// TestViEighteenthRound checks the rules of the eighteenth Vietnamese
// held-out round (an earthquake, a match-fixing inquiry, a derailment),
// each with sentences written for the test.
func TestViEighteenthRound(t *testing.T) {
	checkAll(t, "vi", []sentenceCase{
		{"a title after 'Theo', then an honorific and a name between commas, is one source",
			"Theo Trưởng phòng Cảnh sát giao thông, ông Tạ Minh Dorn, 7 xe đã bị tạm giữ.",
			[]want{{source: "Trưởng phòng Cảnh sát giao thông, ông Tạ Minh Dorn", cue: "Theo", content: "7 xe đã bị tạm giữ"}}},
		{"a name after 'Theo' followed by the content is no apposition",
			"Theo ông Tạ Minh Dorn, bà Lục Thị Vera đã nộp đơn từ tuần trước.",
			[]want{{source: "ông Tạ Minh Dorn", cue: "Theo", content: "bà Lục Thị Vera đã nộp đơn từ tuần trước"}}},
		{"a source cited by 'dẫn nguồn tin từ' is the source from the body, the outlet a relay",
			"Báo Sông Kell dẫn nguồn tin từ Sở Tài chính cho biết ngân sách đã cạn.",
			[]want{{source: "nguồn tin từ Sở Tài chính", cue: "cho biết", content: "ngân sách đã cạn", via: []string{"Báo Sông Kell"}}}},
		{"a document cited by 'dẫn thông báo của' still has its issuer as the source",
			"Báo Sông Kell dẫn thông báo của Sở Tài chính cho biết ngân sách đã cạn.",
			[]want{{source: "Sở Tài chính", cue: "cho biết", content: "ngân sách đã cạn", via: []string{"Báo Sông Kell"}}}},
	})
}

// TestViNineteenthRound checks the rules of the nineteenth Vietnamese
// held-out round (an oil spill, a data leak, fog at an airport), each with
// sentences written for the test.
func TestViNineteenthRound(t *testing.T) {
	checkAll(t, "vi", []sentenceCase{
		{"a length or an area is revised as a count is",
			"Sở Nông nghiệp nâng diện tích lúa bị ngập lên 1.200 ha.",
			[]want{{source: "Sở Nông nghiệp", cue: "nâng", content: "diện tích lúa bị ngập lên 1.200 ha"}}},
		{"raising a reservoir's level is no revision",
			"Nhà máy nâng mực nước hồ lên 120 m.",
			nil},
		{"the outlet of the reporters a post-posed speaker addressed is no relay",
			"\"Giá sẽ giảm\", bà Lim nói với phóng viên Thanh Niên.",
			[]want{{source: "bà Lim", cue: "nói", content: "\"Giá sẽ giảm\"", via: []string{}}}},
		{"an outlet told directly still is",
			"\"Giá sẽ giảm\", bà Lim nói với Thanh Niên.",
			[]want{{source: "bà Lim", cue: "nói", content: "\"Giá sẽ giảm\"", via: []string{"Thanh Nien"}}}},
		{"a bracket after the name, then an apposition, stays in the source",
			"Anh Lưu Văn Dorn (TP Velm), tài xế xe tải, cho biết giá cước đã tăng.",
			[]want{{source: "Anh Lưu Văn Dorn (TP Velm), tài xế xe tải", cue: "cho biết", content: "giá cước đã tăng"}}},
		{"an estimate named before the one who made it is that one's belief",
			"Theo ước tính của Hiệp hội Lúa gạo, sản lượng giảm 8%.",
			[]want{{source: "Hiệp hội Lúa gạo", cue: "Theo", content: "sản lượng giảm 8%", stance: sumber.Believe}}},
		{"a report is no belief",
			"Theo báo cáo của Hiệp hội Lúa gạo, sản lượng giảm 8%.",
			[]want{{source: "Hiệp hội Lúa gạo", cue: "Theo", content: "sản lượng giảm 8%", stance: sumber.Assert}}},
		{"a figure of the same speaker dated before the one told just before it is the earlier position",
			"Ngày 12/4, Sở Y tế nâng số ca mắc lên 48 ca. Hôm 10/4, sở cho biết có 30 ca.",
			[]want{{source: "Sở Y tế", cue: "nâng", timing: sumber.Later}, {source: "sở", cue: "cho biết", timing: sumber.Earlier}}},
		{"an owner named by what it owns keeps its place before the body's long name when an aside follows, and the outlet a statement in the aside went to relays",
			"Chủ xe, Công ty Vận tải Delvar Express, trong thông cáo gửi hãng tin AFP, khẳng định tài xế không say rượu.",
			[]want{{source: "Chủ xe, Công ty Vận tải Delvar Express", cue: "khẳng định", content: "tài xế không say rượu", via: []string{"AFP"}}}},
		{"an aside with no document names no channel",
			"Công ty Vận tải hành khách Delvar Express, trong cuộc họp với Reuters, khẳng định tài xế không say rượu.",
			[]want{{source: "Công ty Vận tải hành khách Delvar Express", cue: "khẳng định", content: "tài xế không say rượu", via: []string{}}}},
		{"the full stop after a temperature scale's letter closing the content is no part of it",
			"Bà Lin nói nhiệt độ lên tới 39 độ C. Ông Vu cho biết trường học sẽ đóng cửa.",
			[]want{{source: "Bà Lin", cue: "nói", content: "nhiệt độ lên tới 39 độ C"}, {source: "Ông Vu", cue: "cho biết", content: "trường học sẽ đóng cửa"}}},
		{"an initial closing the content keeps its dot",
			"Bà Lin nói người ký văn bản là ông Trần Văn K.",
			[]want{{source: "Bà Lin", cue: "nói", content: "người ký văn bản là ông Trần Văn K."}}},
		{"another speaker's older figure is no change of position",
			"Ngày 12/4, Sở Y tế nâng số ca mắc lên 48 ca. Hôm 10/4, bệnh viện cho biết có 30 ca.",
			[]want{{source: "Sở Y tế", cue: "nâng", timing: "-"}, {source: "bệnh viện", cue: "cho biết", timing: "-"}}},
	})
}

// TestNoSelfVia: a claim nested in another of the same speaker ("X,
// informed by Y, said …" read as X informing and X saying) is never
// relayed by its own source.
func TestNoSelfVia(t *testing.T) {
	for _, c := range []struct{ code, text string }{
		{"vi", "Nghị sĩ Lan Vũ, người được Bộ Quốc phòng thông báo, nói với phóng viên rằng con số có thể tăng lên 9.000."},
	} {
		for _, a := range engine.Extract(c.text, sumber.ExtractOptions{Lang: c.code, Published: pub}) {
			for _, v := range a.Via {
				if v.Span == a.Source {
					t.Errorf("%q: %q %s is relayed by itself", c.text, a.Source.Text, a.Cue.Text)
				}
			}
		}
	}
}

// TestIndonesianEighthRound checks the rules of the eighth Indonesian
// held-out round, each with sentences written for the test.
func TestIndonesianEighthRound(t *testing.T) {
	tests := []sentenceCase{
		{"an earlier-word before a dated aside between commas marks an earlier statement", "Dinas Perhubungan sebelumnya, pada Juni, menyebut jembatan gantung itu aman dilalui sepeda motor.",
			[]want{{source: "Dinas Perhubungan", cue: "menyebut", timing: sumber.Earlier, content: "jembatan gantung itu aman dilalui sepeda motor"}}},
		{"refusing to do something is no denial; refusing a report is", "Kepala desa mengatakan sebagian warga sempat menolak bergabung dengan tim relawan. Dinas itu menolak berita tentang pungutan liar.",
			[]want{{source: "Kepala desa", cue: "mengatakan", content: "sebagian warga sempat menolak bergabung dengan tim relawan"}, {source: "Dinas itu", cue: "menolak", stance: sumber.Deny, content: "berita tentang pungutan liar"}}},
		{"the speaker's figure said to hold now is the one a corrected earlier figure gives way to", "Kepala Dinas Pertanian, Rosa Lindani, mengatakan luas sawah yang kini terendam sekitar 2.300 hektare. Ia memperkirakan air surut dalam tiga hari. Menurut dia, bantuan benih mencapai 40 ton. Dua hari lalu, Rosa sempat menyebut sawah terendam 3.100 hektare.",
			[]want{{cue: "mengatakan", timing: sumber.Later}, {cue: "memperkirakan", timing: "-"}, {cue: "Menurut", timing: "-"}, {cue: "menyebut", timing: sumber.Earlier}}},
	}
	checkAll(t, "id", tests)
}

// TestEnglishTwelfthRound checks the rules added after the twelfth English
// held-out round, each with new sentences.
func TestEnglishTwelfthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a plural possessive stays inside the name a relative pronoun stands for",
			"Fares rose again, according to the Tessin Drivers' Guild, which called the rise unfair.",
			[]want{{cue: "according to", source: "the Tessin Drivers' Guild"}, {cue: "called", source: "Tessin Drivers' Guild, which", actor: "Tessin Drivers' Guild"}}},
		{"a semicolon right after a headline's cue closes its clause: the claim is before the subject",
			"Ferry sinks off Brask with 30 aboard, coast guard says; rescuers put toll higher",
			[]want{{source: "coast guard", cue: "says", content: "Ferry sinks off Brask with 30 aboard", rule: "verb-postposed"},
				{source: "rescuers", cue: "put", content: "toll higher", stance: sumber.Believe}}}, // (the estimate by comparative, as en-46's gold reads "rights group puts toll higher")
		{"an adjective before an outlet's own name is part of the outlet reporting at the end, which relays the claim",
			"The harbour master said the pier was safe, the weekly Brask Gazette reported.",
			[]want{{source: "The harbour master", cue: "said", content: "the pier was safe", via: []string{"weekly Brask Gazette"}},
				{source: "the weekly Brask Gazette", cue: "reported"}}},
	})
}

func TestEnglishFourteenthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a figure put at a number spelled out is an estimate, as one in digits is",
			"The coroner had first put the death toll at nine.",
			[]want{{source: "The coroner", cue: "put", content: "the death toll at nine", stance: sumber.Believe, timing: sumber.Earlier}}},
		{"a figure put closer to a number is an estimate, as one put at it is",
			"The guild put the number of members closer to 9,000.",
			[]want{{source: "The guild", cue: "put", content: "the number of members closer to 9,000", stance: sumber.Believe}}},
		{"a part counted after a number ('nine of the …') is no modal: a verb conjoined after it is the speaker's",
			"The airline said six of the jets had been grounded and put the cost at about $3 million.",
			[]want{{source: "The airline", cue: "said", content: "six of the jets had been grounded"},
				{source: "The airline", cue: "put", content: "the cost at about $3 million", stance: sumber.Believe}}},
		{"people cited for what they saw at work are the source of a relayed report, the paper a via",
			"The Orvel Ledger, citing three nurses, reported that the ward had run out of oxygen.",
			[]want{{source: "three nurses", cue: "reported", content: "the ward had run out of oxygen", via: []string{"Orvel Ledger"}}}},
		{"a word that names only outlets before a name the gazetteer does not know makes it an outlet: a via",
			"A customs officer told the newspaper Kessel Morning that the scanners had failed.",
			[]want{{source: "A customs officer", cue: "told", content: "the scanners had failed", via: []string{"Kessel Morning"}}}},
	})
}

func TestEnglishFifteenthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a speaker named after a title between commas, post-posed at the end of the sentence, is the source",
			"Fares on the island route will rise in June, the operator's finance director, Ola Brekke, said.",
			[]want{{source: "the operator's finance director, Ola Brekke", cue: "said", content: "Fares on the island route will rise in June", rule: "verb-postposed"}}},
		{"… and before an outlet it told: the outlet is no speaker",
			"Nine hikers were still on the glacier, the park's head ranger, Jonas Weil, told Reuters.",
			[]want{{source: "the park's head ranger, Jonas Weil", cue: "told", content: "Nine hikers were still on the glacier", via: []string{"Reuters"}}}},
		{"a plural possessive opens the title too",
			"The pier will stay shut, Halden Ferries' operations chief, Liv Aune, said.",
			[]want{{source: "Halden Ferries' operations chief, Liv Aune", cue: "said", content: "The pier will stay shut"}}},
		{"a belief in the past tense of people a source noun names is nested in the claim that reports it",
			"The mayor said engineers believed the dam had cracked.",
			[]want{{source: "The mayor", cue: "said", content: "engineers believed the dam had cracked"},
				{source: "engineers", cue: "believed", content: "the dam had cracked", stance: sumber.Believe, via: []string{"mayor"}}}},
		{"a warning issued for the weather is no speaker's warning",
			"The villagers ignored a flood warning and stayed, the mayor said.",
			[]want{{source: "the mayor", cue: "said", content: "The villagers ignored a flood warning and stayed"}}},
	})
}

// TestEnglishSixteenthRound checks the rules added after the sixteenth
// English held-out round (a derailment, an election night, a heat-forced
// plant shutdown), each with new sentences.
func TestEnglishSixteenthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a quantifier opens a disputed statement as a determiner does",
			"The dockers' union disputed both counts.",
			[]want{{source: "The dockers' union", cue: "disputed", content: "both counts", stance: sumber.Deny}}},
		{"a part of the day before \"on\" and a weekday dates the claim and stays out of the content",
			"The airline said late on Friday that 40 flights were cancelled. The mayor had said early on Monday that the bridge would reopen.",
			[]want{{source: "The airline", cue: "said", content: "40 flights were cancelled", date: "2024-12-20"},
				{source: "The mayor", cue: "said", content: "the bridge would reopen", date: "2024-12-23"}}},
		{"after a post-posed cue and its date, a clause of time opened by a preposition and a gerund is no content",
			"Nine patients were discharged, the clinic said on Friday after reviewing its records. The road stays shut, police said before reopening one lane.",
			[]want{{source: "the clinic", cue: "said", content: "Nine patients were discharged", date: "2024-12-20", rule: "verb-postposed"},
				{source: "police", cue: "said", content: "The road stays shut", rule: "verb-postposed"}}},
		{"an outlet that saw the document relays the claim, and who issued the document is its source",
			"The mine will close in March, according to a memo from the company's board seen by Bloomberg.",
			[]want{{source: "the company's board", cue: "according to", content: "The mine will close in March", via: []string{"Bloomberg"}}}},
		{"… but in the outlet's own story the outlet is no via",
			"MARENZ (Reuters) - The mine will close in March, according to a report by the labour inspectorate seen by Reuters.",
			[]want{{source: "the labour inspectorate", cue: "according to", content: "The mine will close in March", via: []string{}}}},
		{"people whose trade is to assess are a source noun: their belief is nested in the report of it",
			"The central bank said economists believed the currency would recover.",
			[]want{{source: "The central bank", cue: "said", content: "economists believed the currency would recover"},
				{source: "economists", cue: "believed", content: "the currency would recover", stance: sumber.Believe, via: []string{"central bank"}}}},
		{"a relative clause opened by \"whose\" between the subject and its cue stays in the source, also with a boundary word inside it",
			"The harbour master, whose office has run the port since 1998, declined to say whether the pier was safe. A nurse, whose ward was flooded, said the generators had failed.",
			[]want{{source: "The harbour master, whose office has run the port since 1998", cue: "declined to say", content: "whether the pier was safe", stance: sumber.Neither},
				{source: "A nurse, whose ward was flooded", cue: "said", content: "the generators had failed"}}},
		{"a figure placed in quotation marks after \"put … at\" is an estimate",
			"The port authority put the oil lost at \"no more than 300 barrels\" and said the leak was sealed.",
			[]want{{source: "The port authority", cue: "put", content: "the oil lost at \"no more than 300 barrels\"", stance: sumber.Believe},
				{source: "The port authority", cue: "said", content: "the leak was sealed"}}},
		{"samples and readings are cited sources: the subject that cites them relays the claim",
			"The water board, citing river samples, said nitrate levels had doubled.",
			[]want{{source: "river samples", cue: "said", content: "nitrate levels had doubled", via: []string{"water board"}}}},
		{"a cue word after \"any\" is a noun, no cue",
			"The ferry company denied that it had ignored any warning about the storm.",
			[]want{{source: "The ferry company", cue: "denied", content: "it had ignored any warning about the storm", stance: sumber.Deny}}},
	})
}

// TestEnglishSeventeenthRound checks the rules added after the
// seventeenth English held-out round (a market crash, an island wildfire,
// a strike ballot), each with new sentences.
func TestEnglishSeventeenthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a date before a relay between commas stays out of the content and dates the claim",
			"The Halden Gazette reported in November, citing two port officials, that the terminal would close.",
			[]want{{source: "two port officials", cue: "reported", content: "the terminal would close", via: []string{"Halden Gazette"}, date: "2024-11"}}},
		{"a part of the day before \"on\" and a weekday closes a post-posed cue as a bare date does",
			"Two cranes collapsed at the terminal, the port operator said in a statement early on Sunday.",
			[]want{{source: "the port operator", cue: "said", content: "Two cranes collapsed at the terminal", date: "2024-12-22", rule: "verb-postposed"}}},
		{"the pronoun \"that\" stays the content of a denial with a date before its participle clause",
			"The mayor denied that on Friday, saying the budget had grown.",
			[]want{{source: "The mayor", cue: "denied", content: "that", stance: sumber.Deny, date: "2024-12-20"},
				{source: "The mayor", cue: "saying", content: "the budget had grown"}}},
		{"an operator is a cited source: the subject that cites it relays the claim",
			"The daily Brask Today, citing the bus operator, reported that 14 routes had been cut.",
			[]want{{source: "the bus operator", cue: "reported", content: "14 routes had been cut", via: []string{"Brask Today"}}}},
		{"a participle \"named in\" after a noun is a reduced relative, no cue",
			"The regulator said it had fined Orvik Trading, the broker named in the audit.",
			[]want{{source: "The regulator", cue: "said", content: "it had fined Orvik Trading, the broker named in the audit"}}},
	})
}

// TestIndonesianNinthRound checks the rules added after the ninth
// Indonesian held-out round (market fire, livestock outbreak, food
// prices), each with new sentences.
func TestIndonesianNinthRound(t *testing.T) {
	tests := []sentenceCase{
		{"a veterinarian's title (drh.) does not end the sentence before the name", "\"Sebanyak 90 ekor kambing sudah diobati,\" kata Kepala Puskeswan Brenvik drh. Andi Saputra, Kamis (12/12/2024).",
			[]want{{source: "Kepala Puskeswan Brenvik drh. Andi Saputra", cue: "kata", date: "2024-12-12"}}},
		{"being asked to confirm opens a no-comment's topic, as being asked does", "Saat dikonfirmasi soal kenaikan tarif parkir, Kepala Dinas Perhubungan Brenvik belum memberikan tanggapan.",
			[]want{{source: "Kepala Dinas Perhubungan Brenvik", cue: "belum memberikan tanggapan", stance: sumber.Neither, content: "kenaikan tarif parkir"}}},
		{"a title-case headline's revision verb after its subject is a claim", "BPS Revisi Angka Pertumbuhan Ekonomi\nBrenvik - Badan itu merilis data baru.",
			[]want{{source: "BPS", cue: "Revisi", content: "Angka Pertumbuhan Ekonomi", stance: sumber.Assert}, {source: "Badan itu", cue: "merilis"}}},
		{"a clause after a revision's new figure gives its reason, no part of the content", "Polisi merevisi jumlah korban luka menjadi 41 orang setelah mendata ulang pasien di dua rumah sakit. Dinas Kesehatan merevisi angka itu menjadi 412 pasien karena data rumah sakit swasta terlambat masuk.",
			[]want{{source: "Polisi", cue: "merevisi", content: "jumlah korban luka menjadi 41 orang"}, {source: "Dinas Kesehatan", cue: "merevisi", content: "angka itu menjadi 412 pasien"}}},
		{"a revision's new figure may be spelled out", "Kapolres mengatakan empat tersangka ditahan. Kapolres kemudian meralat jumlah tersangka menjadi tujuh orang karena tiga orang lagi menyerahkan diri.",
			[]want{{source: "Kapolres", cue: "mengatakan"}, {source: "Kapolres", cue: "meralat", content: "jumlah tersangka menjadi tujuh orang", timing: sumber.Later}}},
		{"an outlet told between the subject and the cue in another outlet's story is a via; the story's own outlet is none", "Sanggara (ANTARA) - Ketua Serikat Nelayan Sanggara, Joko Susilo, kepada Tempo mengatakan hasil tangkapan turun.\nKepala Dinas Kelautan, Rini Astuti, kepada ANTARA mengatakan harga ikan naik.",
			[]want{{source: "Ketua Serikat Nelayan Sanggara, Joko Susilo", cue: "mengatakan", via: []string{"Tempo"}}, {source: "Kepala Dinas Kelautan, Rini Astuti", cue: "mengatakan", via: []string{}}}},
		{"a statement dated a week or more before the same speaker's other claim, its date opening the clause, is earlier", "Direktur PT Arka Jaya, Samsul Bahri, membantah perusahaannya menunggak gaji. \"Semua karyawan sudah dibayar,\" kata Samsul, Senin (23/12/2024). Pada November lalu, Samsul menyatakan gaji akan dibayar paling lambat awal Desember.",
			[]want{{cue: "membantah", timing: "-"}, {cue: "kata", timing: "-", date: "2024-12-23"}, {source: "Samsul", cue: "menyatakan", timing: sumber.Earlier, date: "2024-11"}}},
		{"the document a claim was made in, closing the sentence, is no part of its content, and its date dates the claim", "Dinas Kesehatan Brenvik melaporkan 38 kasus campak baru dalam laporan harian yang dirilis Selasa (10/12/2024).",
			[]want{{source: "Dinas Kesehatan Brenvik", cue: "melaporkan", content: "38 kasus campak baru", date: "2024-12-10"}}},
	}
	checkAll(t, "id", tests)
}

// TestIndonesianEleventhRound covers the rules of the eleventh
// Indonesian round (id-38 … id-40).
func TestIndonesianEleventhRound(t *testing.T) {
	tests := []sentenceCase{
		{"a source that could not be asked for information is a no-comment", "Kepala Dinas Pendidikan Brenvik, Rahmat Hidayat, belum bisa dimintai keterangan soal jumlah sekolah yang diliburkan.",
			[]want{{source: "Kepala Dinas Pendidikan Brenvik, Rahmat Hidayat", cue: "belum bisa dimintai keterangan", stance: sumber.Neither, content: "jumlah sekolah yang diliburkan"}}},
		{"a date word before a lone pronoun dates the claim and is no part of the source", "Camat Lerwin belum dapat dimintai keterangan. Namun, kemarin dia mengatakan kepada wartawan bahwa air bersih sudah dikirim ke tiga desa.",
			[]want{{source: "Camat Lerwin", cue: "belum dapat dimintai keterangan", stance: sumber.Neither}, {source: "dia", cue: "mengatakan", content: "air bersih sudah dikirim ke tiga desa", date: "2024-12-23"}}},
		{"an outlet citing one named after a comma relays that one, whose name stays in the source", "Kompas, mengutip Kepala Balai Jalan Nasional Brenvik, Hadi Purnomo, melaporkan perbaikan jembatan itu baru selesai 60 persen.",
			[]want{{source: "Kepala Balai Jalan Nasional Brenvik, Hadi Purnomo", cue: "melaporkan", content: "perbaikan jembatan itu baru selesai 60 persen", via: []string{"Kompas"}}}},
		{"a date after a clock time and a comma is when the event happened, part of the content and no claim date", "Menurut saksi, kebakaran gudang itu mulai terlihat pukul 03.15 WIB, Minggu (22/12).",
			[]want{{source: "saksi", cue: "Menurut", content: "kebakaran gudang itu mulai terlihat pukul 03.15 WIB, Minggu (22/12)", date: "-"}}},
	}
	checkAll(t, "id", tests)
}

// TestIndonesianBareAnimalClassifier checks that a bare "ekor" counts the
// animals the text counted last, in the same sentence or paragraphs
// later, and animals as such when none were counted.
func TestIndonesianBareAnimalClassifier(t *testing.T) {
	cases := []struct {
		text  string
		units []string
	}{
		{"Dinas Peternakan mencatat 520 ekor kambing terserang penyakit kulit dan 14 ekor mati.", []string{"goats", "goats"}},
		{"Petugas menyebut jumlah babi yang terinfeksi bertambah menjadi 75 ekor.\n\"Dari jumlah itu, 30 ekor sudah dimusnahkan,\" kata Kepala Dinas Peternakan Brenvik.", []string{"pigs", "pigs"}},
		{"Warga mengatakan 12 ekor hilang dari kandang.", []string{"animals"}},
	}
	for _, c := range cases {
		var units []string
		for _, a := range engine.Extract(c.text, sumber.ExtractOptions{Lang: "id", Published: pub}) {
			for _, f := range a.Figures {
				units = append(units, f.Unit)
			}
		}
		if strings.Join(units, " ") != strings.Join(c.units, " ") {
			t.Errorf("%q: units %q, want %q", c.text, units, c.units)
		}
	}
}

// TestEnglishOutletOpening: an opening "according to OUTLET" relays the
// clause's claim when it has one, is the source when the clause's cue
// makes no claim, and is never the subject or the content of that cue.
func TestEnglishOutletOpening(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"the outlet relays a claim made in the clause",
			"According to Reuters, the governor said the dam would hold.",
			[]want{{source: "the governor", cue: "said", content: "the dam would hold", via: []string{"Reuters"}}}},
		{"a cue that claims nothing leaves the report to the outlet",
			"According to the Washington Post, the governor failed to reply to the senators.",
			[]want{{source: "the Washington Post", cue: "According to", content: "the governor failed to reply to the senators", rule: "prep-initial"}}},
		{"the opening phrase is no content of a cue closing the sentence",
			"According to the Lindby Post, the governor had not replied.",
			[]want{{source: "the Lindby Post", cue: "According to", content: "the governor had not replied", rule: "prep-initial"}}},
		{"a name after the outlet is the subject, with no apposition",
			"According to Reuters, Governor Hale said the dam would hold.",
			[]want{{source: "Governor Hale", cue: "said", via: []string{"Reuters"}}}},
	})
}

// TestEnglishSentenceAdverb: a sentence adverb opening the clause is no
// name in apposition with the subject after it (words.tsv trim).
func TestEnglishSentenceAdverb(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"an adverb without -ly before the subject",
			"Overall, the bank predicted that prices would fall.",
			[]want{{source: "the bank", cue: "predicted", content: "prices would fall"}}},
		{"an adverb in -ly before the subject",
			"Separately, the coast guard said two boats had sunk.",
			[]want{{source: "the coast guard", cue: "said"}}},
		{"a name before a comma keeps its apposition",
			"Halvorsen, the bank's chief economist, predicted that prices would fall.",
			[]want{{source: "Halvorsen, the bank's chief economist", cue: "predicted"}}},
	})
}

// TestEnglishInvertedSpeech: a verb of speech (words.tsv say-lemma) comes
// before a subject opened by a count or a quantifier, or followed by a
// phrase that closes the sentence; other verbs keep their objects there.
func TestEnglishInvertedSpeech(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a subject opened by one",
			"The vote was delayed again, said one aide.",
			[]want{{source: "one aide", cue: "said", content: "The vote was delayed again", rule: "verb-inverted"}}},
		{"a subject opened by a plural determiner",
			"The levee may not hold, say several engineers.",
			[]want{{source: "several engineers", cue: "say", rule: "verb-inverted"}}},
		{"a subject with a place after it",
			"The ferry left without its papers, said a clerk at the harbour.",
			[]want{{source: "a clerk at the harbour", cue: "said", rule: "verb-inverted"}}},
		{"a transitive verb keeps its object and the phrase after it",
			"Mara Quist, who chairs the panel, praised both agencies in a speech on Friday.",
			[]want{{source: "Mara Quist, who chairs the panel", cue: "praised", content: "both agencies in a speech on Friday"}}},
	})
}

// TestEnglishAsClause: "…, as X said" credits the clause before the comma
// to X; "as" with an object after its verb, or after another claim of
// the sentence, tells a time.
func TestEnglishAsClause(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"as X said, closing the sentence",
			"The ferry had no lifeboats, as inspectors said.",
			[]want{{source: "inspectors", cue: "said", content: "The ferry had no lifeboats", rule: "verb-as-clause"}}},
		{"an auxiliary and an adverb stay out of the source",
			"Rents rose by a third, as the council has repeatedly acknowledged.",
			[]want{{source: "the council", cue: "acknowledged", content: "Rents rose by a third"}}},
		{"a time after the cue",
			"The bridge will not reopen, just as engineers warned in March.",
			[]want{{source: "engineers", cue: "warned", content: "The bridge will not reopen"}}},
		{"the cue has an object: a time",
			"The mayor spoke for an hour, as he called for calm.",
			[]want{{source: "he", cue: "called for", content: "calm"}}},
		{"after a claim of the sentence: a time",
			"“We will rebuild,” the mayor said, as the crowd applauded.",
			[]want{{source: "the mayor", cue: "said"}}},
		{"not a claim: as expected",
			"The hall was full, as expected.",
			nil},
	})
}

// TestEnglishNamedCampaignCalled: "called" after a definite noun phrase
// with names in it and before an object is a verdict, not a naming.
func TestEnglishNamedCampaignCalled(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"names between the article and the noun",
			"The Varga campaign called the charges baseless.",
			[]want{{source: "The Varga campaign", cue: "called", content: "the charges baseless"}}},
		{"a naming stays no claim",
			"A campaign called Clean Rivers began on Monday.",
			nil},
	})
}

// TestEnglishAspectCue: "continues to insist" is one cue with the stance
// of the verb after "to" (words.tsv aspect-lemma); a circumstance between
// commas after the cue, adverbs first, stands before its "that".
func TestEnglishAspectCue(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"continue to plus a cue",
			"The regulator continued to deny that any data had leaked.",
			[]want{{source: "The regulator", cue: "continued to deny", lemma: "deny", stance: sumber.Deny, content: "any data had leaked"}}},
		{"continue alone after a quotation stays a cue",
			"“We are not done,” the coach continued.",
			[]want{{source: "the coach", cue: "continued"}}},
		{"a participle opening the sentence keeps its frame",
			"Continuing to defend the budget, the treasurer said the cuts were fair.",
			[]want{{source: "the treasurer", cue: "Continuing", rule: "verb-opening-participle"}, {source: "the treasurer", cue: "said"}}},
		{"adverbs open a long circumstance between commas before 'that'",
			"The governor insisted, most recently in a long radio interview with KVRN, that the levee would hold.",
			[]want{{source: "The governor", cue: "insisted", content: "the levee would hold"}}},
	})
}

// TestEnglishPassiveAdverbs: adverbs between the auxiliary and the
// participle keep a passive a passive: with an agent it is the agent's
// claim, without one nobody is named and nothing is claimed.
func TestEnglishPassiveAdverbs(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"also between the auxiliary and the participle, with an agent",
			"The tariff was also criticized by the farmers' union.",
			[]want{{source: "the farmers' union", cue: "criticized", content: "The tariff", rule: "passive-by"}}},
		{"an adverb in -ly, with an agent",
			"The audit was independently verified by the court.",
			[]want{{source: "the court", cue: "verified", rule: "passive-by"}}},
		{"an adverb in -ly, without an agent",
			"The tariff was widely criticized for its cost.",
			nil},
	})
}

// TestEnglishEighteenthRound checks the rules added after the eighteenth
// English held-out round (a migrant boat, a drug trial, a data breach),
// each with new sentences and a case where the rule must not fire.
func TestEnglishEighteenthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"after a preposition \"that\" is a determiner, and an addressee with a possessive before \"there\" is no part of the content",
			"\"Drivers told our crews there were at least 40 trucks on that road, most of them empty,\" the mayor said.",
			[]want{{source: "Drivers", cue: "told", content: "there were at least 40 trucks on that road, most of them empty", via: []string{"mayor"}},
				{source: "the mayor", cue: "said"}}},
		{"(must not fire) a complementizer after the addressee still opens the content",
			"The pilot told investigators on Monday that the radio had failed.",
			[]want{{source: "The pilot", cue: "told", content: "the radio had failed"}}},
		{"an outlet that saw a letter, between commas before \"that\", is a via and the content follows the complementizer",
			"The ministry said in a letter to the court, seen by AFP, that about 300 files had been lost.",
			[]want{{source: "The ministry", cue: "said", content: "about 300 files had been lost", via: []string{"AFP"}}}},
		{"(must not fire) a circumstance and a complementizer without an outlet's aside",
			"The ministry said in a letter to the court that the files had been lost.",
			[]want{{source: "The ministry", cue: "said", content: "the files had been lost", via: []string{}}}},
		{"an open question under a negated inner verb negates no report",
			"The board said it had not yet decided whether the vote would be repeated.",
			[]want{{source: "The board", cue: "said", content: "it had not yet decided whether the vote would be repeated", negated: false}}},
		{"(must not fire) a negated view without a question word still negates the report",
			"The board said it did not believe the vote was fair.",
			[]want{{source: "The board", cue: "said", negated: true, stance: sumber.Believe}}},
		{"a past form after another past verb and before a plural noun is an adjective, no cue",
			"The tenants say the landlord ignored repeated complaints about the heating.",
			[]want{{source: "The tenants", cue: "say", content: "the landlord ignored repeated complaints about the heating"}}},
		{"(must not fire) a past verb after a passive relative clause stays a cue",
			"Guards who were attacked reported injuries to their arms, the prison said.",
			[]want{{source: "Guards who were attacked", cue: "reported", content: "injuries to their arms"}, {source: "the prison", cue: "said"}}},
		{"a revision's \"that\" before a figure noun is its determiner, kept in the content",
			"Last week the insurer revised that estimate to 4,500, saying new records had been found.",
			[]want{{source: "the insurer", cue: "revised", content: "that estimate to 4,500"}, {source: "the insurer", cue: "saying", content: "new records had been found"}}},
		{"an apposition with an anonymity clause stays in the source",
			"One, a nurse from Virel who asked not to be named, said the ward had run out of beds.",
			[]want{{source: "One, a nurse from Virel who asked not to be named", cue: "said", content: "the ward had run out of beds"}}},
		{"(must not fire) a relative clause with a claim of its own is no apposition of the source",
			"Hale, who had denied the report, confirmed the sale on Monday.",
			[]want{{cue: "denied"}, {source: "Hale", cue: "confirmed"}}},
		{"an indefinite article and two modifiers before a form with nothing after it make it a noun",
			"The charity Red Harbour, which runs two clinics in the city, gave a much lower estimate.",
			nil},
		{"(must not fire) two modifiers before a form with an object leave it a verb",
			"A small minority dispute the figures.",
			[]want{{source: "A small minority", cue: "dispute", content: "the figures", stance: sumber.Deny}}},
		{"a bare number after a percentage takes the count before it, not the percent",
			"According to the ministry, some 8,200 refugees have arrived since May, up 12% on last year. The ministry had put the figure at 7,400 in July.",
			[]want{{source: "the ministry", cue: "According to", measure: "displaced"}, {source: "The ministry", cue: "put", measure: "displaced"}}},
	})
}

// TestEighteenthRoundPercentStays checks that an anaphoric figure written
// with its percent sign keeps its own unit after a count (the rule that
// skips a percentage for a bare number must not fire on a share).
func TestEighteenthRoundPercentStays(t *testing.T) {
	got := engine.Extract("Some 8,200 refugees have arrived, the ministry said. Turnout rose to 64%, the commission said. It had put the figure at 61% on Sunday.", sumber.ExtractOptions{Lang: "en", Published: pub})
	if len(got) != 3 || len(got[2].Figures) != 1 || got[2].Figures[0].Unit != "percent" {
		t.Fatalf("got %+v, want the third claim's figure in percent", got)
	}
	got = engine.Extract("Some 8,200 refugees have arrived, up 12% on last year, the ministry said. It had put the figure at 7,400 in July.", sumber.ExtractOptions{Lang: "en", Published: pub})
	if len(got) != 2 || len(got[1].Figures) != 1 || got[1].Figures[0].Unit != "people" {
		t.Fatalf("got %+v, want the second claim's figure in people", got)
	}
}

// TestEnglishNineteenthRound checks the rules added after the nineteenth
// English held-out round (a heatwave's deaths, an airline's job cuts, a
// bridge collapse), each with new sentences and a case where the rule
// must not fire.
func TestEnglishNineteenthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"an adverbial phrase inside the verb group is no part of the source, and the pluperfect still marks it earlier",
			"Economists had on average forecast growth of 2% for the year.",
			[]want{{source: "Economists", cue: "forecast", stance: sumber.Believe, timing: sumber.Earlier}}},
		{"(must not fire) the phrase inside a content stays there",
			"Rents on average rose 4% last year, the agency said.",
			[]want{{source: "the agency", cue: "said", content: "Rents on average rose 4% last year"}}},
		{"a restrictive relative clause before a kept anonymity aside stays with its antecedent",
			"A nurse who works at the clinic, speaking on condition of anonymity because she was not authorized to talk to reporters, said the ward was full.",
			[]want{{source: "A nurse who works at the clinic, speaking on condition of anonymity because she was not authorized to talk to reporters", cue: "said", content: "the ward was full"}}},
		{"(must not fire) an aside after a bare subject keeps the subject alone before it",
			"Officials, speaking on condition of anonymity, said the talks had stalled.",
			[]want{{source: "Officials, speaking on condition of anonymity", cue: "said", content: "the talks had stalled"}}},
		{"a revision form an auxiliary follows is a noun, so the participle after the denial is not later",
			"She denied that price rises had hurt sales, saying demand was strong.",
			[]want{{source: "She", cue: "denied"}, {source: "She", cue: "saying", content: "demand was strong", timing: "-"}}},
		{"(must not fire) a clause that revises still makes its participle later",
			"The port said 12 ships were stuck. On Monday the port revised its count, saying 20 ships were stuck.",
			[]want{{source: "The port", cue: "said"}, {cue: "saying", content: "20 ships were stuck", timing: sumber.Later}}},
	})
}

// TestLinkParagraphs: a paragraph opened by a label of links to other
// articles (boilerplate.tsv block) is no part of the report, in every
// language; a label alone on its line takes the headlines under it.
func TestLinkParagraphs(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a label and a colon before a linked headline",
			"The council said the road would reopen.\n\nRead more: Minister says tolls will rise\n\nIt added that repairs were finished.",
			[]want{{source: "The council", cue: "said"}, {source: "It", cue: "added"}}},
		{"a label alone on its line, then headlines",
			"The council said the road would reopen.\n\nRelated stories\nMinister says tolls will rise\nUnion warns of strike\n\nIt added that repairs were finished.",
			[]want{{source: "The council", cue: "said"}, {source: "It", cue: "added"}}},
		{"the label's words opening a sentence of the report",
			"Related stories are often shared by the agency, the council said.",
			[]want{{source: "the council", cue: "said"}}},
	})
	checkAll(t, "id", []sentenceCase{
		{"Baca juga",
			"Bupati mengatakan jalan dibuka kembali.\n\nBaca juga: Menteri sebut tarif tol naik\n\nIa menambahkan perbaikan sudah selesai.",
			[]want{{source: "Bupati", cue: "mengatakan"}, {source: "Ia", cue: "menambahkan"}}},
	})
	checkAll(t, "vi", []sentenceCase{
		{"Xem thêm",
			"Ông Hải cho biết đường đã thông xe.\n\nXem thêm: Bộ trưởng nói phí sẽ tăng\n\nÔng cho biết thêm việc sửa chữa đã xong.",
			[]want{{source: "Ông Hải", cue: "cho biết"}, {source: "Ông"}}},
	})
}

// TestIndonesianThirteenthRound checks the thirteenth Indonesian round's
// rules: doubting a claim disputes it, not being willing to explain is a
// no-comment, a line linking to another story holds no claim, a boundary
// word inside a capitalised name stays in the source, and an earlier-word
// right after the subject before an aside marks the statement earlier.
func TestIndonesianThirteenthRound(t *testing.T) {
	tests := []sentenceCase{
		{"doubting a claim disputes it", "Asosiasi Pedagang Pasar Brenvik meragukan klaim kenaikan omzet itu.",
			[]want{{source: "Asosiasi Pedagang Pasar Brenvik", cue: "meragukan", stance: sumber.Deny, content: "klaim kenaikan omzet itu"}}},
		{"doubting in a title-case headline", "Pedagang Ragukan Data Dinas Perdagangan",
			[]want{{source: "Pedagang", cue: "Ragukan", stance: sumber.Deny, content: "Data Dinas Perdagangan"}}},
		{"not willing to explain is a no-comment", "Pihak pengelola pelabuhan belum bersedia menjelaskan penyebab antrean kapal.",
			[]want{{source: "Pihak pengelola pelabuhan", cue: "belum bersedia menjelaskan", stance: sumber.Neither, content: "penyebab antrean kapal"}}},
		{"a read-also line holds no claim; the line after it does", "Baca juga: Harga Cabai Diprediksi Naik Jelang Natal\nKepala Dinas Perdagangan Brenvik, Yusuf Hamdani, mengatakan stok cabai aman.",
			[]want{{source: "Kepala Dinas Perdagangan Brenvik, Yusuf Hamdani", cue: "mengatakan", content: "stok cabai aman"}}},
		{"a boundary word inside a capitalised name stays in the source", "Kepala Satuan Lalu Lintas Polres Brenvik, AKP Dedi Kurnia, mengatakan jalur selatan ditutup sementara.",
			[]want{{source: "Kepala Satuan Lalu Lintas Polres Brenvik, AKP Dedi Kurnia", cue: "mengatakan", content: "jalur selatan ditutup sementara"}}},
		{"a boundary word opening a sentence is no part of a name", "Polisi menutup jalan itu. Lalu Dedi mengatakan jalur dibuka kembali pukul 18.00.",
			[]want{{source: "Dedi", cue: "mengatakan", content: "jalur dibuka kembali pukul 18.00"}}},
		{"an earlier-word after the subject, before an aside, marks the statement", "Gubernur Brenvik sebelumnya, dalam rapat paripurna pada 3 Desember, menyebut defisit anggaran mencapai Rp 1,2 triliun.",
			[]want{{source: "Gubernur Brenvik", cue: "menyebut", timing: sumber.Earlier, content: "defisit anggaran mencapai Rp 1,2 triliun", date: "2024-12-03"}}},
		{"without the earlier-word the statement is current", "Gubernur Brenvik, dalam rapat paripurna pada 3 Desember, menyebut defisit anggaran mencapai Rp 1,2 triliun.",
			[]want{{source: "Gubernur Brenvik", cue: "menyebut", content: "defisit anggaran mencapai Rp 1,2 triliun", date: "2024-12-03"}}},
	}
	checkAll(t, "id", tests)
}

// TestIndonesianFourteenthRound checks the fourteenth Indonesian round's
// rules: a figure or an account said only to differ is no claim, Tempo's
// related-story line holds none, an according-to aside before a request
// relays no claim (its outlet relays the subject's claim in the next
// sentence), a revision after an earlier claim in its sentence is the
// later position, and a date closed by a part of the day after a
// content's last comma is the event's, not the claim's.
func TestIndonesianFourteenthRound(t *testing.T) {
	tests := []sentenceCase{
		{"a figure said only to differ is no claim", "Dinas Perhubungan Brenvik mencatat angka yang berbeda.", nil},
		{"a differing figure that is named is a claim", "Polisi menyebut angka yang lebih rendah, yakni 120 orang.",
			[]want{{source: "Polisi", cue: "menyebut", content: "angka yang lebih rendah, yakni 120 orang"}}},
		{"a related-story line holds no claim", "Pilihan Editor: Pedagang Sebut Harga Gula Naik Dua Kali Lipat", nil},
		{"an according-to aside before a request relays no claim", "Gubernur Tavor, Hendra Wijaya, dikutip dari Kompas, meminta warga tetap tenang.", nil},
		{"the outlet of a relayed request relays the subject's claim in the next sentence", "Gubernur Tavor, Hendra Wijaya, dikutip dari Kompas, meminta warga tetap tenang. Hendra mengatakan stok beras aman.",
			[]want{{source: "Hendra", cue: "mengatakan", content: "stok beras aman", via: []string{"Kompas"}}}},
		{"another speaker's claim after a relayed request is not relayed", "Gubernur Tavor, Hendra Wijaya, dikutip dari Kompas, meminta warga tetap tenang. Polisi mengatakan jalan sudah dibuka.",
			[]want{{source: "Polisi", cue: "mengatakan", content: "jalan sudah dibuka", via: []string{}}}},
		{"an according-to aside before a verb of saying is its via", "Gubernur Tavor, Hendra Wijaya, dikutip dari Kompas, mengatakan stok beras aman.",
			[]want{{source: "Gubernur Tavor, Hendra Wijaya", cue: "mengatakan", content: "stok beras aman", via: []string{"Kompas"}}}},
		{"a revision after an earlier claim in its sentence is the later position", "Pada Senin, dinas itu sempat menyebut 300 rumah rusak; kini Kepala Dinas Sosial Brenvik merevisi angka itu menjadi 420 rumah.",
			[]want{{source: "dinas itu", cue: "menyebut", timing: sumber.Earlier, content: "300 rumah rusak", date: "2024-12-23"},
				{source: "Kepala Dinas Sosial Brenvik", cue: "merevisi", timing: sumber.Later, content: "angka itu menjadi 420 rumah"}}},
		{"a revision alone has no timing", "Kepala Dinas Sosial Brenvik merevisi angka itu menjadi 420 rumah.",
			[]want{{source: "Kepala Dinas Sosial Brenvik", cue: "merevisi", content: "angka itu menjadi 420 rumah"}}},
		{"a date closed by a part of the day after a content's last comma is the event's", "Kapolres Brenvik mengatakan petugas menyita 40 kilogram sabu di sebuah gudang, Sabtu (21/12) dini hari.",
			[]want{{source: "Kapolres Brenvik", cue: "mengatakan", content: "petugas menyita 40 kilogram sabu di sebuah gudang, Sabtu (21/12) dini hari", date: "-"}}},
		{"a bare date after a content's last comma dates the claim", "Kapolres Brenvik mengatakan petugas menyita 40 kilogram sabu di sebuah gudang, Sabtu (21/12).",
			[]want{{source: "Kapolres Brenvik", cue: "mengatakan", content: "petugas menyita 40 kilogram sabu di sebuah gudang", date: "2024-12-21"}}},
	}
	checkAll(t, "id", tests)
}

// TestIndonesianAnaphorPeopleKind checks that an anaphoric figure counted
// in people takes the kind of people, and the measure, of the figure
// before it: "merevisi angka itu menjadi 3.600 orang" after "3.000 buruh
// dirumahkan" counts workers affected.
func TestIndonesianAnaphorPeopleKind(t *testing.T) {
	text := "Pada Senin, dinas itu sempat menyebut 3.000 buruh dirumahkan; kini Kepala Dinas Tenaga Kerja merevisi angka itu menjadi 3.600 orang."
	var got []string
	for _, a := range engine.Extract(text, sumber.ExtractOptions{Lang: "id", Published: pub}) {
		for _, f := range a.Figures {
			got = append(got, f.Unit+"/"+f.Measure)
		}
	}
	if want := "workers/affected workers/affected"; strings.Join(got, " ") != want {
		t.Errorf("figures %q, want %q", got, want)
	}
}

// TestRevisionAfterEarlierClaim checks that a revision after an earlier
// claim in its sentence is later, and that a claim told before it with the
// revised figure stays the new position while one with another figure does
// not become it.
func TestRevisionAfterEarlierClaim(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"the claim told before with the revised figure is the new position",
			"The agency said 30 people had died. It had initially reported 12 deaths on Monday before raising the toll to 30 on Wednesday.",
			[]want{{source: "The agency", cue: "said", timing: sumber.Later},
				{source: "It", cue: "reported", timing: sumber.Earlier},
				{source: "It", cue: "raising", timing: sumber.Later}}},
	})
	checkAll(t, "id", []sentenceCase{
		{"a claim told before with another figure is not the new position",
			"Kepala Dinas Sosial Brenvik, Rina Kusuma, menyebut laporan yang masuk baru mencakup 120 rumah. Pada Senin, dinas itu sempat menyebut 300 rumah rusak; kini Rina merevisi angka itu menjadi 420 rumah.",
			[]want{{source: "Kepala Dinas Sosial Brenvik, Rina Kusuma", cue: "menyebut", timing: "-"},
				{source: "dinas itu", cue: "menyebut", timing: sumber.Earlier},
				{source: "Rina", cue: "merevisi", timing: sumber.Later}}},
	})
}

// TestIndonesianFifteenthRound checks the fifteenth Indonesian round's
// rules: a speaker label after a title-case headline's own clause, a
// passive verb after a hedging passive in such a headline, a body's name
// that lists its fields, a relayed report passed on by a claim that
// already went on with it, a habit told inside a report, and a relative
// of a quoted speaker who is a source of their own, also in an earlier
// sentence of the quotation.
func TestIndonesianFifteenthRound(t *testing.T) {
	checkAll(t, "id", []sentenceCase{
		{"a speaker label after a headline's clause and comma", "Jaksa Tahan Bendahara Koperasi Sinar Tani, Kuasa Hukum: Klien Kami Hanya Menjalankan Perintah\nIsi berita.",
			[]want{{source: "Kuasa Hukum", cue: ":", content: "Klien Kami Hanya Menjalankan Perintah"}}},
		{"a place after the headline's comma is no speaker", "Warga Mengungsi dari Tepi Sungai, Desa Sukamaju: Air Terus Naik\nIsi berita.", nil},
		{"a passive verb after a hedging passive in a title-case headline is no agent", "Kasir Toko Diduga Disekap Perampok, Polisi Bantah Lamban Bertindak\nIsi berita.",
			[]want{{source: "Polisi", cue: "Bantah", content: "Lamban Bertindak"}}},
		{"a title after the passive is its agent", "Kabar Itu Dibantah Direktur Utama PT Sinar Laut\nIsi berita.",
			[]want{{source: "Direktur Utama PT Sinar Laut", cue: "Dibantah"}}},
		{"a body's name listing its fields is one source", "Kementerian Pemuda, Olahraga, dan Pariwisata Varesia menyatakan anggaran itu sudah cair.",
			[]want{{source: "Kementerian Pemuda, Olahraga, dan Pariwisata Varesia", cue: "menyatakan", content: "anggaran itu sudah cair"}}},
		{"people listed with commas are not one body's name", "Rina, Dodi, dan Sari mengatakan mereka tidak menerima bantuan.",
			[]want{{source: "Sari", cue: "mengatakan"}}},
		{"a relayed report goes on through the speaker's next claims",
			"\"Kami tidak menyembunyikan apa pun,\" kata Ketua Yayasan Bina Insan, Haris Munandar, seperti dilansir Kompas. Ia juga membantah yayasan menerima dana asing. Menurutnya, semua sumbangan tercatat.",
			[]want{{source: "Ketua Yayasan Bina Insan, Haris Munandar", cue: "kata", via: []string{"Kompas"}},
				{source: "Ia", cue: "membantah", via: []string{"Kompas"}},
				{source: "nya", cue: "Menurut", via: []string{"Kompas"}}}},
		{"a cue after an adverb of frequency inside a report tells a habit", "Tetangga menyebut pelaku sudah berkali-kali mengancam warga.",
			[]want{{source: "Tetangga", cue: "menyebut", content: "pelaku sudah berkali-kali mengancam warga"}}},
		{"without the adverb the nested claim stands", "Keluarga menyebut korban mengeluh diperlakukan kasar.",
			[]want{{source: "Keluarga", cue: "menyebut"}, {source: "korban", cue: "mengeluh", via: []string{"Keluarga"}}}},
		{"a relative of the quoted speaker is a source of their own, relayed by the speaker",
			"\"Istri saya bilang rumah itu sudah kosong sejak pagi. Kami tidak tahu apa-apa,\" kata Darto.",
			[]want{{source: "Istri saya", cue: "bilang", content: "rumah itu sudah kosong sejak pagi", via: []string{"Darto"}},
				{source: "Darto", cue: "kata"}}},
		{"the speaker's own team is the speaker talking", "\"Tim saya bilang rumah itu sudah kosong,\" kata Darto.",
			[]want{{source: "Darto", cue: "kata"}}},
		{"another speaker in between ends the relayed report",
			"\"Kami tidak menyembunyikan apa pun,\" kata Ketua Yayasan Bina Insan, Haris Munandar, seperti dilansir Kompas. Polisi mengatakan penyelidikan berlanjut. Menurutnya, semua sumbangan tercatat.",
			[]want{{source: "Ketua Yayasan Bina Insan, Haris Munandar", cue: "kata", via: []string{"Kompas"}},
				{source: "Polisi", cue: "mengatakan", via: []string{}},
				{source: "nya", cue: "Menurut", via: []string{}}}},
	})
}

// TestIndonesianSixteenthRound checks the sixteenth Indonesian round's
// rules: a third person's pronoun reporting something inside a quotation
// is a source of its own, relayed by the quoted speaker (grammar feature
// quoted-third-person; the speaker's own "kami" stays the speaker);
// denying knowing the one behind a wrong is a contested claim; an
// assurance (menjamin) that something holds is a claim, guaranteeing a
// thing an act, and one inside another's report narrated; a claim "at that
// time" after an earlier claim is earlier too; and Republika's closing
// credit line is no speaker.
func TestIndonesianSixteenthRound(t *testing.T) {
	checkAll(t, "id", []sentenceCase{
		{"a third person's report inside a quotation is nested, relayed by the speaker",
			"\"Mereka mengaku hanya menjaga gudang itu,\" kata Rahmat.",
			[]want{{source: "Mereka", cue: "mengaku", content: "hanya menjaga gudang itu", via: []string{"Rahmat"}},
				{source: "Rahmat", cue: "kata"}}},
		{"the speaker's own group inside a quotation is the speaker", "\"Kami mengaku kewalahan,\" kata Kapolsek Sungai Lebar, Iptu Rahmat.",
			[]want{{source: "Kapolsek Sungai Lebar, Iptu Rahmat", cue: "kata"}}},
		{"denying knowing the owner is a contested claim", "Sopir truk itu mengaku tidak mengenal pemilik muatan.",
			[]want{{source: "Sopir truk itu", cue: "mengaku", stance: sumber.Claim}}},
		{"a self-report of something heard stays a report", "Sopir truk itu mengaku tidak mendengar peringatan petugas.",
			[]want{{source: "Sopir truk itu", cue: "mengaku", stance: sumber.Assert}}},
		{"an assurance that something holds is a claim", "Direktur PT Air Kota, Rudi Hartono, menjamin pasokan air bersih akan kembali normal pekan depan.",
			[]want{{source: "Direktur PT Air Kota, Rudi Hartono", cue: "menjamin", content: "pasokan air bersih akan kembali normal pekan depan"}}},
		{"guaranteeing a thing is an act", "Polda Tavor menjamin keamanan peserta pawai.", nil},
		{"an assurance inside another's report is narrated", "Bupati menyatakan pemkab menjamin harga gas tetap stabil.",
			[]want{{source: "Bupati", cue: "menyatakan"}}},
		{"a claim at the time of an earlier claim is earlier too",
			"Sebelumnya, pada pertengahan Oktober, Kepala Dinas Perdagangan, Yuni Astuti, menyebut stok gula aman. Dinas saat itu juga menyatakan harga tidak akan naik.",
			[]want{{source: "Kepala Dinas Perdagangan, Yuni Astuti", cue: "menyebut", timing: sumber.Earlier},
				{source: "Dinas", cue: "menyatakan", timing: sumber.Earlier}}},
		{"at the time of a past event named before, no timing",
			"Gudang itu digerebek pada Februari lalu. Saat itu, polisi menyatakan telah menyita 20 kilogram sabu.",
			[]want{{source: "polisi", cue: "menyatakan", timing: "-"}}},
		{"a closing credit line is no speaker", "Polisi menyebut jalan sudah dibuka.\nRep: Andi Saputra/ Red: Maya Lestari",
			[]want{{source: "Polisi", cue: "menyebut"}}},
	})
}

// TestEnglishPrecision checks general English rules that keep a cue
// word in another sense from being read as a claim, each with new
// sentences and a case where the rule must not fire.
func TestEnglishPrecision(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a lemma of two senses with a noun phrase after it has an object, not a claim",
			"Governor Lind maintains a comfortable lead in the northern counties.",
			nil},
		{"a number after such a lemma is its object too",
			"The harbour town boasts 4,000 residents and two ferries.",
			nil},
		{"(must not fire) with a clause after it the lemma claims",
			"Lind maintains that the ballots were counted twice.",
			[]want{{source: "Lind", cue: "maintains", content: "the ballots were counted twice", stance: sumber.Claim}}},
		{"a name or an object pronoun with no verb after it is an object too: acquaintance, no claim",
			"Aldren has known Hale for years. She knew him well.",
			nil},
		{"(must not fire) a name or a possessive phrase with a verb after it opens a clause, and a date is no object",
			"Aldren knew Hale lied about the ferry. She knew her crew faced a long wait. Lind boasted Monday that the port was full.",
			[]want{{source: "Aldren", content: "Hale lied about the ferry"}, {source: "She", content: "her crew faced a long wait"}, {source: "Lind", cue: "boasted"}}},
		{"compound nouns that end in a cue form are no cues",
			"The mayor went on the morning shows after the stock market declines of May. She complied with police orders despite security fears, half joking.",
			nil},
		{"(must not fire) a name before the form leaves it a verb",
			"A poll by the Harbour News shows the mayor ahead.",
			[]want{{source: "A poll by the Harbour News", cue: "shows", content: "the mayor ahead"}}},
		{"a plural form that is also a noun after a name or an adjective and before as or a preposition is a noun",
			"The site rated 30% of Varesian claims as false and disproved dubious medical claims of a cure.",
			nil},
		{"a possessor after the object is no auxiliary, and a determiner opens an object as an article does",
			"Lind maintains a firm lock on the party’s leadership. The Vell name has maintained some clout in the north.",
			nil},
		{"(must not fire) a possessive phrase with a verb after it is still a clause",
			"Lind maintains the party’s leaders lied about the ferry.",
			[]want{{source: "Lind", cue: "maintains", content: "the party’s leaders lied about the ferry"}}},
		{"such a plural noun may end the sentence or come before a comma",
			"Lind tried to calm Varesian fears, then left the harbour. The clerk filed the Tamsk claims.",
			nil},
		{"(must not fire) a name before the form at the start of the sentence is its subject",
			"Tamsk fears the worst. Varesian officials say the port is safe.",
			[]want{{source: "Tamsk", cue: "fears"}, {source: "Varesian officials", cue: "say", content: "the port is safe"}}},
		{"(must not fire) a name before the form may be a post-posed subject after a comma",
			"The ferry is late, Hale of the port authority claims.",
			[]want{{source: "Hale of the port authority", cue: "claims", content: "The ferry is late"}}},
		{"(must not fire) a colon after the form opens what it says",
			"The Varesian headline reads: the ferry is late.",
			[]want{{cue: "reads"}}},
		{"the preposition that opens an example is no part of the source",
			"Aldren cited recent surveys, including ones showing the ferry running late.",
			[]want{{source: "Aldren", cue: "cited"}, {source: "ones", cue: "showing"}}},
		{"a plural form that is also a noun right before a verb of its own is its subject",
			"Other estimates put the toll at 40.",
			[]want{{source: "Other estimates", cue: "put", stance: sumber.Believe}}},
		{"(must not fire) a plural form before a clause stays a verb",
			"She estimates the toll at 40.",
			[]want{{source: "She", cue: "estimates"}}},
		{"(must not fire) a noun phrase that an auxiliary follows opens a clause",
			"Lind maintains the charges are false.",
			[]want{{source: "Lind", cue: "maintains", content: "the charges are false", stance: sumber.Claim}}},
		{"a determiner and an adjective that modifies only nouns make a cue word a noun",
			"The mayor drew a sharp reply from the port authority, and the council still has the final say on the budget.",
			nil},
		{"an adverb may come before such an adjective",
			"Both parties hold relatively similar views on the harbour tax.",
			nil},
		{"(must not fire) a noun between the determiner and the verb leaves it a verb",
			"The new survey shows support for the tax has fallen.",
			[]want{{source: "The new survey", cue: "shows", content: "support for the tax has fallen"}}},
		{"(must not fire) a word that heads a noun phrase of its own, and an ordinal before a past form, leave the verb",
			"The public says the port is busy. Of the two pilots, the first told reporters the fog was thick.",
			[]want{{source: "The public", cue: "says"}, {cue: "told", content: "the fog was thick"}}},
		{"a complementizer after the noun leaves it a noun, the object of the verb before it, as with the determiner alone",
			"Aldren repeated his recent claim that the ferry had been sabotaged.",
			[]want{{source: "Aldren", cue: "repeated", content: "his recent claim that the ferry had been sabotaged"}}},
		{"a lemma that also names a change in a value, with a number after it, reports the change",
			"Harbour fees declined to $28 million last year, and the port added 1,200 jobs.",
			nil},
		{"an adverb and a preposition of change after it report the change too",
			"Grain exports declined sharply from 2019 onwards.",
			nil},
		{"(must not fire) with a complementizer or an infinitive after it the lemma claims",
			"The port authority declined to comment, but Aldren added that 40 berths were idle.",
			[]want{{source: "The port authority", cue: "declined to comment", stance: sumber.Neither}, {source: "Aldren", cue: "added", content: "40 berths were idle"}}},
		{"(must not fire) a number that an auxiliary follows opens a clause",
			"Aldren added 40 berths had been idle since May.",
			[]want{{source: "Aldren", cue: "added", content: "40 berths had been idle since May"}}},
		{"a headline's opening exclamation before a colon is no speaker",
			"Bombshell: The Ferry Company Just Lost Its Licence.\n\nThe ferry company lost its licence on Monday.",
			nil},
		{"(must not fire) a name before a colon is still a speaker",
			"Hale: The Ferry Company Must Lose Its Licence.\n\nThe ferry company lost its licence on Monday.",
			[]want{{source: "Hale", cue: ":"}}},
		{"a lemma that carries on the verb after its to, before to be, carries on a state",
			"Governor Lind continues to be popular in the northern counties.",
			nil},
		{"(must not fire) a cue after its to still makes one claim",
			"Governor Lind continues to insist that the ballots were counted twice.",
			[]want{{source: "Governor Lind", cue: "continues to insist", content: "the ballots were counted twice"}}},
		{"after a preposition and one modifier a plural form with only a preposition or punctuation after it is a noun",
			"The fund paid for a range of research projects, and the report was full of empty promises by the council.",
			nil},
		{"(must not fire) a plural subject after the preposition and a clause after the form leave it a verb",
			"An average of ferry surveys shows that trips have fallen.",
			[]want{{cue: "shows", content: "trips have fallen"}}},
		{"(must not fire) a phrase with a preposition after a comma may be a post-posed subject",
			"The ferry is late, the head of security says.",
			[]want{{source: "the head of security", cue: "says", content: "The ferry is late"}}},
		{"a participle between a determiner and its adverb and a noun modifies the noun",
			"The council published a widely criticized report on the ferry, and the newly confirmed budget cuts the service.",
			nil},
		{"the noun after such a participle may be a name",
			"Efforts to pass a highly anticipated Varesian budget failed.",
			nil},
		{"(must not fire) an adverb after a noun subject leaves the participle a verb",
			"The mayor openly criticized the plan.",
			[]want{{source: "The mayor", cue: "criticized", content: "the plan"}}},
		{"formulas claim nothing: an example between commas, the writer's signposts, a sentence adverb, an appeal to the reader",
			"Fares are higher than, say, a year ago. Having said that, it is worth noting that the port is busy. Sound advice, no doubt. Believe me, the ferry is late.",
			nil},
		{"(must not fire) the same words with a speaker still claim",
			"Fares are too high, some say. Believe me when I say the port is busy.",
			[]want{{source: "some", cue: "say", content: "Fares are too high"}, {source: "I", cue: "say", content: "the port is busy"}}},
		{"idioms with a cue word claim nothing: cancelling, recalling a likeness, choosing",
			"The union called off the strike. The design calls to mind a lighthouse. The council spent the fund as it saw fit.",
			nil},
		{"a physical sense of a cue verb claims nothing",
			"Viewers pressed against the fence to see the ferry.",
			nil},
		{"(must not fire) the same verbs with a complement still claim",
			"The mayor called the strike a disgrace.",
			[]want{{source: "The mayor", cue: "called", content: "the strike a disgrace"}}},
		{"a passive legal charge and giving way claim nothing",
			"The pilot was later charged with assault. The union backed down on Monday.",
			nil},
		{"(must not fire) the active charge and backing a plan still claim",
			"Prosecutors charged Hale with fraud. The council backed the plan.",
			[]want{{source: "Prosecutors", cue: "charged", content: "Hale with fraud"}, {source: "The council", cue: "backed", content: "the plan"}}},
		{"participles and phrases of other senses claim nothing, and a participle describing a source leaves it the verb after it",
			"People briefed on the talks said the port would close. The mayor is the candidate most identified with the ferry. A letter addressed to the council arrived. The ferry came into view. It was a politically charged case.",
			[]want{{source: "People briefed on the talks", cue: "said", content: "the port would close"}}},
		{"(must not fire) the verb with an object still claims",
			"Hale identified the pilot as the culprit.",
			[]want{{source: "Hale", cue: "identified", content: "the pilot as the culprit"}}},
		{"a change lemma (no lemma of speech) with a preposition, perhaps after an -ly adverb, names a change",
			"Fares declined in most ports. The jobless rate has declined sharply for all groups.",
			nil},
		{"(must not fire) an infinitive later in the clause refuses, and a lemma of speech speaks",
			"Hale declined on Monday to comment. Aldren added in a statement that the port was full.",
			[]want{{source: "Hale", cue: "declined", stance: sumber.Neither}, {source: "Aldren", cue: "added", content: "the port was full"}}},
		{"a compound split by a stray space is still the compound",
			"The so- called deal failed.",
			nil},
		{"a cue word glued by a hyphen to the word before it ends a compound adjective",
			"The U.S.-backed rebels took the port. Tamsk-backed militias left it.",
			nil},
		{"(must not fire) a spaced dash leaves the verb",
			"Lind - as ever - said the port is closed.",
			[]want{{source: "Lind", cue: "said", content: "the port is closed"}}},
		{"a list of names after a colon is a roster, no speech",
			"Iowa: Ana Reyes, Tom Lind, Vera Holm and Ed Marsh\n\nNevada: Jo Park, Ben Ortiz, Lu Wen",
			nil},
		{"(must not fire) a title-case headline with commas still speaks",
			"Hale: Ferry Fares, Port Fees, Harbour Tolls Must Fall\n\nThe fares rose on Monday.",
			[]want{{source: "Hale", cue: ":"}}},
		{"a naming participle after an indefinite noun phrase, with a name or a title after it, names the thing",
			"Aldren shared a syllabus for a 2002 psychology class called “Tides” on his page. A warm-up band called Lumen played first. Vell joined a crew called Tidewatch.",
			nil},
		{"(must not fire) a second object, a possessive or an appositive subject keep the claim",
			"A senator called Hale “a fraud” on Monday. A senator called Hale’s plan a failure. Hale, a port official, called Vell dishonest.",
			[]want{{source: "A senator", cue: "called", content: "Hale “a fraud” on Monday"}, {source: "A senator", cue: "called", content: "Hale’s plan a failure"}, {source: "Hale, a port official", cue: "called", content: "Vell dishonest"}}},
	})
}

// TestEnglishTwentiethRound checks the twentieth English round's rules: a
// participle "without giving" after a cue is a no-comment of the same
// speaker, a phrase that goes on with the claim after a mid-sentence
// reporter's clause joins its content, a denial answering another
// speaker's claim is no change of an earlier position, and "repeated"
// before a plural noun is no cue.
func TestEnglishTwentiethRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a participle withholding a detail is a no-comment of the speaker",
			"Two of the injured were children, the hospital said, without giving their ages.",
			[]want{{source: "the hospital", cue: "said", content: "Two of the injured were children"},
				{source: "the hospital", cue: "without giving", content: "their ages", stance: sumber.Neither}}},
		{"(must not fire) leaving without a word is no statement",
			"The minister left the hall without saying a word.",
			nil},
		{"a tail after a mid-sentence cue goes on with the claim before it",
			"Nine people were hurt in the blast, firefighters said, including a child.",
			[]want{{source: "firefighters", cue: "said", content: "Nine people were hurt in the blast, firefighters said, including a child"}}},
		{"a comparison after a final 'according to' goes on with the claim",
			"Sales fell 3% in May, according to the trade body, down from 5% in April.",
			[]want{{source: "the trade body", cue: "according to", content: "Sales fell 3% in May, according to the trade body, down from 5% in April"}}},
		{"(must not fire) a participle or a circumstance after the cue is not joined",
			"The bridge will reopen on Monday, the council said, adding that tolls would rise. The ferry service will stop next week, the council said, in a statement.",
			[]want{{source: "the council", cue: "said", content: "The bridge will reopen on Monday"}, {source: "the council", cue: "adding", content: "tolls would rise"},
				{source: "the council", cue: "said", content: "The ferry service will stop next week"}}},
		{"a denial answering another speaker's claim is no change of the earlier position",
			"The firm had said in March it had no plans to sell the plant. The union said it feared job losses. The firm denied it planned any cuts.",
			[]want{{source: "The firm", cue: "said", timing: sumber.Earlier}, {source: "The union", cue: "said"}, {source: "The firm", cue: "denied", timing: "-"}}},
		{"(must not fire) a denial right after the earlier position still changes it",
			"The firm had said in March it planned to sell the plant. On Friday the firm denied it planned to sell.",
			[]want{{source: "The firm", cue: "said", timing: sumber.Earlier}, {source: "the firm", cue: "denied", timing: sumber.Later}}},
		{"'repeated' before a plural noun is an adjective",
			"The council had ignored repeated warnings about the levee, residents said.",
			[]want{{source: "residents", cue: "said", content: "The council had ignored repeated warnings about the levee"}}},
		{"(must not fire) 'repeated' before a clause is a cue",
			"She repeated that the levee was safe.",
			[]want{{source: "She", cue: "repeated", content: "the levee was safe"}}},
	})
}

// TestEnglishTwentyFirstRound checks the twenty-first English round's
// rules: ruling out denies, a contrast word closing the sentence is no
// content, not responding when asked is a no-comment, a caption's credit
// label holds no claim, a thinktank's finding is asserted, a degree
// phrase or a figure's apposition after a mid-sentence cue goes on with
// the claim, and an outlet named after a word of its kind is a Via even
// without a dateline credit.
func TestEnglishTwentyFirstRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"not ruling out is a negated denial",
			"The minister did not rule out that the border would close.",
			[]want{{source: "The minister", cue: "did not rule out", stance: sumber.Deny, negated: true, content: "the border would close"}}},
		{"(must not fire) a ruling stays a ruling",
			"The court ruled that the law was void.",
			[]want{{source: "The court", cue: "ruled", stance: sumber.Assert, content: "the law was void"}}},
		{"a contrast word closing the sentence is no part of the content",
			"The agency did not confirm that the wells were dry, however.",
			[]want{{source: "The agency", cue: "did not confirm", negated: true, content: "the wells were dry"}}},
		{"(must not fire) the word inside the claim stays",
			"She said the plan would work however it was funded.",
			[]want{{source: "She", cue: "said", content: "the plan would work however it was funded"}}},
		{"not responding when asked is a no-comment on the question",
			"The council did not respond when asked how much the repairs cost.",
			[]want{{source: "The council", cue: "did not respond when asked", stance: sumber.Neither, content: "how much the repairs cost"}}},
		{"(must not fire) not responding to an attack is no statement",
			"The army did not respond to the shelling, the monitor said.",
			[]want{{source: "the monitor", cue: "said", content: "The army did not respond to the shelling"}}},
		{"a caption's credit label holds no claim",
			"Photograph: Fishing boats in the harbour at dawn. Catches have fallen.",
			nil},
		{"a thinktank's finding is asserted",
			"The thinktank found that wages had stalled.",
			[]want{{source: "The thinktank", cue: "found", stance: sumber.Assert, content: "wages had stalled"}}},
		{"a degree phrase after a mid-sentence cue goes on with the claim",
			"Nitrate levels reached 40 milligrams a litre, the agency said, well below the limit.",
			[]want{{source: "the agency", cue: "said", content: "Nitrate levels reached 40 milligrams a litre, the agency said, well below the limit"}}},
		{"a figure's apposition after a mid-sentence cue goes on with the claim",
			"Burglaries fell to 900 last year, police data show, a 15% drop.",
			[]want{{source: "police data", cue: "show", content: "Burglaries fell to 900 last year, police data show, a 15% drop"}}},
		{"an outlet named after a word of its kind is a Via without a dateline",
			"The mayor told the Lumoran broadcaster LTV that the road would reopen.",
			[]want{{source: "The mayor", cue: "told", content: "the road would reopen", via: []string{"LTV"}}}},
		{"(must not fire) an outlet named bare may be the report's own",
			"The mayor told the Herald that the road would reopen.",
			[]want{{source: "The mayor", cue: "told", content: "the road would reopen", via: []string{}}}},
	})
}

// TestHeadlineAddressee: a headline's speaker before a colon may be
// followed by whom it was said to (left out of the source) or where.
func TestHeadlineAddressee(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"to whom it was said",
			"Mayor to residents: Boil your water\n\nLINDBY (Reuters) — The city's water is unsafe, officials said.",
			[]want{{source: "Mayor", cue: ":", content: "Boil your water", rule: "speaker-colon"}, {source: "officials", cue: "said"}}},
		{"where it was said, in the first line closed by a stop",
			"Varga at party congress: The budget will pass.\n\nThe vote is due on Friday.",
			[]want{{source: "Varga at party congress", cue: ":", content: "The budget will pass"}}},
		{"a sentence of the body keeps no label",
			"The vote is due on Friday.\n\nHe spoke to reporters at noon: the budget will pass.",
			nil},
	})
}

// TestEnglishSinceAuxiliary: "since" between an auxiliary and its verb
// ("She has since said") is no clause opener: the subject is found over it,
// and the claim is a later position.
func TestEnglishSinceAuxiliary(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"an auxiliary with since between a name and its verb",
			"Mayor Lena Dorn first denied the report. Dorn has since conceded that the figures were wrong.",
			[]want{{source: "Mayor Lena Dorn", cue: "denied"}, {source: "Dorn", cue: "conceded", content: "the figures were wrong", timing: sumber.Later}}},
		{"(must not fire) since opening a clause still ends the subject search",
			"Since the mayor left, aides said the port had been quiet.",
			[]want{{source: "aides", cue: "said", content: "the port had been quiet"}}},
	})
}

// TestEnglishDoneTo: a phrase that says the act after its infinitive marker
// was done ("was quick to point out that …", words.tsv done-to) makes the
// cue no hypothetical; a modal or a negator before it still does.
func TestEnglishDoneTo(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"quick to before a cue",
			"Harbour officials were quick to point out that no ship had been damaged.",
			[]want{{source: "Harbour officials", cue: "quick to point out", lemma: "point out", content: "no ship had been damaged"}}},
		{"out of one's way to with an adverb before the verb group",
			"The minister always went out of his way to stress that the levy was temporary.",
			[]want{{source: "The minister", cue: "went out of his way to stress", content: "the levy was temporary"}}},
		{"(must not fire) a modal before the phrase keeps it hypothetical",
			"The minister would be quick to say that the levy was temporary.",
			nil},
		{"(must not fire) a negator before the phrase claims nothing",
			"The minister was not quick to say that the levy was temporary.",
			nil},
		{"(must not fire) no cue after the phrase",
			"The minister was quick to act on the levy.",
			nil},
	})
}

// TestEnglishNamedAppositiveSubject: a form that is a verb only with a
// named subject (frame verbn: "calls", "wants") also takes a short name
// with an appositive between commas; a passive of such a form without an
// agent names nobody, whatever adverb follows the auxiliary.
func TestEnglishNamedAppositiveSubject(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a title, then the name between commas",
			`Her chief aide, Jake Sorel, calls the plan a "blueprint" for growth.`,
			[]want{{source: "Her chief aide, Jake Sorel", actor: "Jake Sorel", cue: "calls", content: `the plan a "blueprint" for growth`}}},
		{"a name, then a long appositive",
			"Yana Kell, director of the Institute of Coastal Studies at Virel University, wants the port moved inland.",
			[]want{{source: "Yana Kell, director of the Institute of Coastal Studies at Virel University", cue: "wants"}}},
		{"(must not fire) a passive with an adverb names nobody",
			"Jan Brook, the party chair, is now considered the favourite.",
			nil},
	})
}

// TestEnglishCoordinatedPostposedSubject: after a content, the subject of a
// verb of speech that ends its clause may join two nouns ("…, current and
// former officials said."); a verb phrase before the coordinator, or a
// cue that goes on, keeps the subject after it.
func TestEnglishCoordinatedPostposedSubject(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"two nouns joined after a content",
			"The ferry had been sold twice before the storm, current and former port officials said.",
			[]want{{source: "current and former port officials", cue: "said", content: "The ferry had been sold twice before the storm"}}},
		{"a pronoun and a noun phrase after a quotation, with a time after the cue",
			`"We were pushed out of the hall," she and another reporter said on Monday.`,
			[]want{{source: "she and another reporter", cue: "said"}}},
		{"(must not fire) a verb phrase before the coordinator",
			`I laughed and said, "The dam will hold."`,
			[]want{{source: "I", cue: "said", content: `"The dam will hold."`}}},
		{"(must not fire) a pre-posed subject before a content",
			"The mayor left early, and aides said the port was closed.",
			[]want{{source: "aides", cue: "said", content: "the port was closed"}}},
	})
}

// TestEnglishAsPassive: an as-clause in the passive with an agent ("As
// reported by the Sentinel, …", "…, as first reported by the Sentinel")
// is the agent's claim of the clause it is set against; without an agent,
// or with a form that is no past participle, nothing is claimed.
func TestEnglishAsPassive(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"opening the sentence, the clause after the agent's comma",
			"As reported by the Valley Sentinel on Monday, the harbour master resigned after the audit.",
			[]want{{source: "the Valley Sentinel", cue: "reported", content: "the harbour master resigned after the audit", rule: "passive-as"}}},
		{"after a comma, the clause before it",
			"The aid group bought air time in three provinces, as first reported by the Valley Sentinel.",
			[]want{{source: "the Valley Sentinel", cue: "reported", content: "The aid group bought air time in three provinces", rule: "passive-as"}}},
		{"(must not fire) an agent that is no speaker of a cue",
			"The dam was inspected in 2019, as required by law.",
			nil},
		{"(must not fire) no agent",
			"As reported earlier, the harbour master resigned.",
			nil},
	})
}

// TestEnglishInvertedOpeningQuote: a cue opening the sentence with its
// speaker, a comma and a quotation after it ("Said Ellis, “…”") is read
// like the one with a colon; a comma without a quotation after it is not.
func TestEnglishInvertedOpeningQuote(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"the speaker with a relative clause before the quotation",
			`The old pier was torn down last year. Said Tove Jensen, who grew up near it, "We were all so sad to see it go."`,
			[]want{{source: "Tove Jensen, who grew up near it", cue: "Said", content: `"We were all so sad to see it go."`, rule: "verb-inverted-quote"}}},
		{"(must not fire) no quotation after the comma",
			"Said to be the oldest pier in Halden, it was torn down last year.",
			nil},
	})
}

// TestEnglishParticipleAfterQuote: a participle after a quotation that
// closes on a comma ("…, “…,” adding, “…”", "… as “corrupt,” noting that …")
// goes on from the clause before, whose subject claims it; it is not read
// as an inverted cue with the words after it as the speaker.
func TestEnglishParticipleAfterQuote(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a participle with a quotation after it",
			`Dorn told the Herald that the levy was "a reckless idea," adding, "Nobody in Halden will pay it."`,
			[]want{{source: "Dorn", cue: "told"}, {source: "Dorn", cue: "adding", content: `"Nobody in Halden will pay it."`, rule: "verb-participle"}}},
		{"a participle with a complementizer after it",
			`The senator said the port authority was "corrupt," noting that its accounts had not been audited.`,
			[]want{{source: "The senator", cue: "said"}, {source: "The senator", cue: "noting", content: "its accounts had not been audited"}}},
		{"(must not fire) a finite cue after the quotation is still inverted",
			`"The levy is a reckless idea," said Dorn.`,
			[]want{{source: "Dorn", cue: "said", rule: "verb-inverted"}}},
	})
}

// TestEnglishColonQuoteLongName: a name before a colon and a quotation may
// carry a long title ("Former secretary of state … :") or a bracketed
// party and state ("Rep. Tara Gow (R-S.C.): “…”"); in a title-case
// headline every word is capitalised, and no long label is read.
func TestEnglishColonQuoteLongName(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a bracketed party and state after the name",
			"The hearing ran late.\n\nRep. Tara Gow (R-S.C.): \"I have not heard anyone cite that figure.\"",
			[]want{{source: "Rep. Tara Gow (R-S.C.)", cue: ":", content: "\"I have not heard anyone cite that figure.\"", rule: "colon-quote"}}},
		{"a long title before the name",
			"The hearing ran late.\n\nFormer secretary of state Lena Dorn Varga: \"We learned that from the ministry.\"",
			[]want{{source: "Former secretary of state Lena Dorn Varga", cue: ":", rule: "colon-quote"}}},
		{"a title-case headline reads no long label: its speaker is the subject before the verb (headline-label)",
			"Senator Hammers Harbour Board Chief Over Audit: \"You Should Resign\"",
			[]want{{source: "Senator", cue: ":", rule: "headline-label"}}},
	})
}

// TestEnglishParticipleSubjectAfterFrontedClause: the subject of a
// participle after a comma is the main clause's, past a fronted
// subordinate clause ("While …, Republicans are …, hoping that …") and over
// a participle an article puts before its noun ("The retired surgeon has
// …"); an aside after the fronted clause's own subject is no main clause.
func TestEnglishParticipleSubjectAfterFrontedClause(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a fronted while-clause before the main clause",
			"While the unions plan a strike, harbour owners are preparing for a long fight, hoping that the courts will intervene.",
			[]want{{source: "harbour owners", cue: "hoping", content: "the courts will intervene"}}},
		{"a participle between the article and the noun of the subject",
			"The retired harbour master has given no reason for leaving, saying only that he was tired.",
			[]want{{source: "The retired harbour master", cue: "saying", content: "he was tired"}}},
		{"(must not fire) an aside after the fronted clause's subject is not taken as the subject",
			"While Dorn, representing the port, signed the deal, the unions marched, saying the deal was unfair.",
			nil},
	})
}

// TestEnglishBareVerbBeforeParticiple: a reporting verb with nothing of
// its own before a comma and a participle of speech ("Paul interjected,
// calling …") leaves the claim to the participle; a denial keeps its own.
func TestEnglishBareVerbBeforeParticiple(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"the participle carries the claim",
			"Senator Hale interjected, calling the harbour levy a tax on fishermen.",
			[]want{{source: "Senator Hale", cue: "calling", content: "the harbour levy a tax on fishermen", rule: "verb-participle"}}},
		{"(must not fire) a denial before the participle stays",
			"The ministry denied, saying no ship had been stopped.",
			[]want{{source: "The ministry", cue: "denied"}, {source: "The ministry", cue: "saying", content: "no ship had been stopped"}}},
	})
}

// TestEnglishPossessiveCommentObject: a form that is also a noun (frame
// verbc) is a verb before a possessive pronoun and a noun summing up a
// claim ("disputed their account"), as before an article and one.
func TestEnglishPossessiveCommentObject(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a possessive pronoun before the claim noun",
			"A harbour spokeswoman disputed their account.",
			[]want{{source: "A harbour spokeswoman", cue: "disputed", stance: sumber.Deny, content: "their account"}}},
		{"(must not fire) a possessive pronoun before a noun that sums up no claim",
			"A harbour spokeswoman disputed their parking fine.",
			nil},
	})
}

// TestIndonesianSeventeenthRound holds the general rules of the
// seventeenth Indonesian held-out round (id-56 … id-58), in new sentences.
func TestIndonesianSeventeenthRound(t *testing.T) {
	checkAll(t, "id", []sentenceCase{
		{"an acronym of two words in brackets does not lengthen the title before the name",
			"Wakil Ketua Komisi Pengawas Persaingan Usaha (KPPU Daerah) Tavor, Dewi Lestari, mengatakan harga semen naik.",
			[]want{{source: "Wakil Ketua Komisi Pengawas Persaingan Usaha (KPPU Daerah) Tavor, Dewi Lestari", cue: "mengatakan", content: "harga semen naik"}}},
		{"owning up to breaking into a system is an admission", "Pemuda itu mengaku meretas situs pemerintah daerah.",
			[]want{{source: "Pemuda itu", cue: "mengaku", stance: sumber.Confirm}}},
		{"denying it is a contested claim", "Pemuda itu mengaku tidak meretas situs itu.",
			[]want{{source: "Pemuda itu", cue: "mengaku", stance: sumber.Claim}}},
		{"a claim at the time of an act marked earlier is earlier too",
			"Pada Maret lalu, wali kota sempat berjanji memperbaiki jalan itu. Ia saat itu mengatakan anggaran sudah tersedia.",
			[]want{{source: "Ia", cue: "mengatakan", timing: sumber.Earlier}}},
		{"at the time of an event not marked earlier, no timing",
			"Jembatan itu ambruk pada Januari. Saat itu, dinas mengatakan tidak ada korban.",
			[]want{{source: "dinas", cue: "mengatakan", timing: "-"}}},
	})
}

// TestIndonesianEighteenthRound holds the general rules of the eighteenth
// Indonesian held-out round (id-59 … id-61), in new sentences.
func TestIndonesianEighteenthRound(t *testing.T) {
	checkAll(t, "id", []sentenceCase{
		{"an agency's short name labels a headline's speaker after its own clause",
			"Harga Cabai Naik Lagi, Kemendag: Pasokan Masih Aman",
			[]want{{source: "Kemendag", cue: ":", content: "Pasokan Masih Aman"}}},
		{"… so does an acronym", "Jalan Provinsi Tertimbun Longsor, BPJN: Perbaikan Butuh Dua Pekan",
			[]want{{source: "BPJN", cue: ":", content: "Perbaikan Butuh Dua Pekan"}}},
		{"… but not any capitalised word", "Musim Hujan Tiba, Tips: Simpan Dokumen di Tempat Kering", nil},
		{"a count of times before a nested cue tells what happened, no claim",
			"Lurah menyebut warga sudah tiga kali melaporkan kerusakan jalan itu.",
			[]want{{source: "Lurah", cue: "menyebut", content: "warga sudah tiga kali melaporkan kerusakan jalan itu"}}},
		{"whereas (padahal) goes on with the content",
			"Kepala dinas mengatakan proyek itu menelan Rp 3 miliar, padahal jalannya sudah rusak lagi.",
			[]want{{source: "Kepala dinas", cue: "mengatakan", content: "proyek itu menelan Rp 3 miliar, padahal jalannya sudah rusak lagi"}}},
	})
}

// TestIndonesianNineteenthRound holds the general rule of the nineteenth
// Indonesian held-out round (id-64 … id-66), in new sentences.
func TestIndonesianNineteenthRound(t *testing.T) {
	checkAll(t, "id", []sentenceCase{
		{"the agent of a passive before a relative is its source, without oleh",
			"Klaim itu dibantah oleh Badan Pertanahan Kessel, yang mengatakan sertifikat tersebut sah.",
			[]want{{source: "Badan Pertanahan Kessel", cue: "dibantah", content: "Klaim itu"}, {source: "Badan Pertanahan Kessel", cue: "mengatakan", content: "sertifikat tersebut sah"}}},
		{"(must not fire) an object after an active verb keeps its own antecedent",
			"Polisi memeriksa seorang sopir truk, yang mengatakan remnya blong.",
			[]want{{source: "seorang sopir truk", cue: "mengatakan", content: "remnya blong"}}},
	})
}

// TestEnglishTwentySecondRound: the twenty-second English round (en-75 …
// en-77): a verb joined by a bare "and" to the main clause after the
// first one has that clause's subject; a prepositional phrase closing the
// sentence after a mid-sentence cue is no content; an adverb in -ly
// before a pronoun's clause is the verb's; "earlier" before the
// complementizer marks an earlier statement.
func TestEnglishTwentySecondRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a coordinated verb takes the subject of the nearest main clause",
			"The ministry said on Friday the harvest had grown, but three farm unions rejected the figure and said hundreds of farms had been left out.",
			[]want{{source: "The ministry", cue: "said"}, {source: "three farm unions", cue: "rejected"}, {source: "three farm unions", cue: "said", content: "hundreds of farms had been left out"}}},
		{"(must not fire) a verb after a nested claim keeps the first speaker",
			"The mayor said the engineers suggested a delay and declined to say when work would resume.",
			[]want{{source: "The mayor", cue: "said"}, {source: "the engineers", cue: "suggested"}, {source: "The mayor", cue: "declined to say", content: "when work would resume"}}},
		{"a prepositional phrase closing the sentence after a mid-sentence cue is no content",
			"A cargo ship ran aground near the harbour mouth, the port authority said, in the second such accident this year.",
			[]want{{source: "the port authority", cue: "said", content: "A cargo ship ran aground near the harbour mouth"}}},
		{"(must not fire) a clause after the comma is still read",
			"The port authority said, in a short note, that the channel was closed.",
			[]want{{source: "The port authority", cue: "said", content: "the channel was closed"}}},
		{"an adverb in -ly before a pronoun's clause is the verb's",
			"The union said separately it would strike on Monday.",
			[]want{{source: "The union", cue: "said", content: "it would strike on Monday"}}},
		{"(must not fire) a bound word before a figure stays in the claim",
			"The union said nearly 400 members had voted.",
			[]want{{source: "The union", cue: "said", content: "nearly 400 members had voted"}}},
		{"earlier before the complementizer marks an earlier statement",
			"The coast guard reported earlier that a trawler had sunk.",
			[]want{{source: "The coast guard", cue: "reported", content: "a trawler had sunk", timing: sumber.Earlier}}},
		{"(must not fire) without earlier the statement is current",
			"The coast guard reported that a trawler had sunk.",
			[]want{{source: "The coast guard", cue: "reported", content: "a trawler had sunk", timing: "-"}}},
		{"a date after the cue, then to and a gerund: the gerund's clause is the claim",
			"The bank admitted last month to hiding losses from its auditors.",
			[]want{{source: "The bank", cue: "admitted", content: "hiding losses from its auditors"}}},
		{"(must not fire) without a date the whole phrase stays",
			"The bank admitted to hiding losses from its auditors.",
			[]want{{source: "The bank", cue: "admitted", content: "to hiding losses from its auditors"}}},
		{"a closing credit line names the report's own outlet: told it is no relay",
			"The harbour was closed, a pilot told Al Jazeera.\n\nSource: Al Jazeera and news agencies",
			[]want{{source: "a pilot", cue: "told", content: "The harbour was closed", via: []string{}}}},
		{"(must not fire) without the credit line the outlet told is a relay",
			"The harbour was closed, a pilot told Al Jazeera.",
			[]want{{source: "a pilot", cue: "told", content: "The harbour was closed", via: []string{"Al Jazeera"}}}},
	})
}

// TestEnglishTwentyThirdRound: the twenty-third English round (en-78 …
// en-80): a kind of body before its name after a comma is one speaker
// ("the consumer group Fair Basket said"); "at the time" before the
// complementizer marks an earlier statement; "calls itself" names and
// claims nothing.
func TestEnglishTwentyThirdRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a group's kind before its name is part of the post-posed speaker",
			"Bread prices rose again, the watchdog Price Check said.",
			[]want{{source: "the watchdog Price Check", cue: "said", content: "Bread prices rose again"}}},
		{"(must not fire) an accusation a name denied is still the content's noun",
			"Fares will rise, a claim the Rail Union denied.",
			[]want{{source: "the Rail Union", cue: "denied", content: "a claim"}}},
		{"at the time before the complementizer marks an earlier statement",
			"The council said at the time that the bridge was safe.",
			[]want{{source: "The council", cue: "said", content: "the bridge was safe", timing: sumber.Earlier}}},
		{"(must not fire) a time inside the claim is no marker",
			"The council said that the bridge was safe at the time.",
			[]want{{source: "The council", cue: "said", content: "the bridge was safe at the time", timing: "-"}}},
		{"a group that calls itself by a name claims nothing",
			"A militia that calls itself the River Guard seized the dam.",
			nil},
		{"(must not fire) calling for something is still read as before",
			"The union calls for a strike.",
			[]want{{source: "The union", cue: "calls for"}}},
		{"a relative clause without that in an according-to source stays in it and claims nothing",
			"The rebels had held nine hostages, according to a statement they issued on Friday.",
			[]want{{source: "a statement they issued on Friday", cue: "according to", content: "The rebels had held nine hostages"}}},
		{"(must not fire) a pronoun after a fronted phrase opens a clause",
			"In his statement he said the toll had risen.",
			[]want{{source: "he", cue: "said", content: "the toll had risen"}}},
	})
}

// TestFiguresRoundOne holds the attribution rules of the first held-out
// figures round (id-62, vi-65, en-81), in new sentences.
func TestFiguresRoundOne(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a relative time right after the cue is when it was said, not the content",
			"The treasurer said last month the shortfall had doubled.",
			[]want{{source: "The treasurer", cue: "said", content: "the shortfall had doubled"}}},
		{"a time that owns what follows belongs to the content",
			"The treasurer said last year's shortfall had doubled.",
			[]want{{source: "The treasurer", cue: "said", content: "last year's shortfall had doubled"}}},
		{"a time that is the subject of the content belongs to it",
			"The coach said yesterday was the hardest day of the season.",
			[]want{{source: "The coach", cue: "said", content: "yesterday was the hardest day of the season"}}},
	})
}

// TestFiguresRoundTwo holds the attribution rules of the second held-out
// figures round (id-63, vi-66, en-82), in new sentences.
func TestFiguresRoundTwo(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"'that' and a noun naming a claim closed by a comma is the object",
			"The governor dismissed that allegation, saying the audit was complete.",
			[]want{{source: "The governor", cue: "dismissed", content: "that allegation"}, {source: "The governor", cue: "saying", content: "the audit was complete"}}},
		{"a plural noun after 'that' opens a clause",
			"The governor denied that claims, however, were inflated.",
			[]want{{source: "The governor", cue: "denied", content: "claims, however, were inflated"}}},
	})
	checkAll(t, "id", []sentenceCase{
		{"the colloquial 'ngaku' of headlines is 'mengaku'",
			"Pedagang Pasar Ngaku Omzet Turun Separuh",
			[]want{{source: "Pedagang Pasar", cue: "Ngaku", content: "Omzet Turun Separuh"}}},
		{"the time of writing before a no-comment is no topic",
			"Sampai berita ini diturunkan, Dinas Perdagangan belum memberikan tanggapan.",
			[]want{{source: "Dinas Perdagangan", cue: "belum memberikan tanggapan", content: ""}}},
		{"a topic before a no-comment still is one",
			"Soal kenaikan harga, Dinas Perdagangan belum memberikan tanggapan.",
			[]want{{source: "Dinas Perdagangan", cue: "belum memberikan tanggapan", content: "kenaikan harga"}}},
	})
}

// TestEnglishTwentyFifthRound: the twenty-fifth English round (en-86 …
// en-88), in new sentences.
func TestEnglishTwentyFifthRound(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"an amount after a passive's by says how much changed, no agent",
			"The mill said production had been cut by about a third.",
			[]want{{source: "The mill", cue: "said", content: "production had been cut by about a third"}}},
		{"a percentage after a passive's by is no agent either",
			"Bus fares were raised by 12% in March.",
			nil},
		{"(must not fire) a share of a group after by still speaks",
			"The plan was rejected by 70% of the nurses.",
			[]want{{source: "70% of the nurses", cue: "rejected", content: "The plan"}}},
		{"an infinitive after told and its object gives an order, no claim",
			"The mayor told about 300 families to leave their homes.",
			nil},
		{"an infinitive right after a passive told is an order too",
			"Drivers told to avoid the coast road",
			nil},
		{"(must not fire) a clause with its own subject after told is a claim",
			"The mayor told reporters he expected to reopen the road.",
			[]want{{source: "The mayor", cue: "told", content: "he expected to reopen the road"}}},
	})
}

// TestEnglishCueFrames holds rules for frames around known English cue
// verbs that used to break (recall round B), in invented sentences.
func TestEnglishCueFrames(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a capitalised modal before a finite cue is a name",
			"Finance Minister Clara May said the budget would balance.",
			[]want{{source: "Finance Minister Clara May", cue: "said", content: "the budget would balance"}}},
		{"a name that is a modal alone is the subject",
			"In his column, Will argued that the mayor had overspent.",
			[]want{{source: "Will", cue: "argued", content: "the mayor had overspent"}}},
		{"(must not fire) a modal before a bare cue is hypothetical",
			"The Officials May Say the Count Was Fair",
			nil},
		{"an attempt before a cue's infinitive is the act done",
			"The treasurer tried to make the case that the deficit was shrinking.",
			[]want{{source: "The treasurer", cue: "tried to make the case", content: "the deficit was shrinking"}}},
		{"an attempt phrase works with other attempt verbs",
			"The union attempted to argue that no jobs would go.",
			[]want{{source: "The union", cue: "attempted to argue", content: "no jobs would go"}}},
		{"a year after a preposition is a date, not a count before an adjective",
			"A famous radio spot in 1998 questioned whether the harbour was safe.",
			[]want{{source: "A famous radio spot", cue: "questioned", content: "whether the harbour was safe"}}},
		{"(must not fire) a participle after a bare count is an adjective",
			"The board published its list of 40 endorsed candidates on Friday.",
			nil},
		{"a copula before a predicate cue is no passive",
			"The harbour master has been critical of the new tariff.",
			[]want{{source: "The harbour master", cue: "critical of", content: "the new tariff"}}},
		{"a present copula works too",
			"The auditor is critical of the council's spending.",
			[]want{{source: "The auditor", cue: "critical of", content: "the council's spending"}}},
		{"(must not fire) a passive of a verb cue still names nobody",
			"The new tariff has been criticized since March.",
			nil},
		{"stopping short of a cue negates it",
			"The minister praised the audit but stopped short of calling the contract illegal.",
			[]want{{source: "The minister", cue: "praised", content: "the audit"}, {source: "The minister", cue: "stopped short of calling", content: "the contract illegal", negated: true}}},
		{"(must not fire) stopping short of a place is no negation of a claim",
			"The convoy stopped short of the border on Monday.",
			nil},
		{"a pronoun before a lower-case word is the whole subject of an opening participle",
			"After saying that the bridge was unsafe, she went to the ministry.",
			[]want{{source: "she", cue: "saying", content: "the bridge was unsafe"}}},
		{"(must not fire) a name after an opening participle keeps its words",
			"After saying that the bridge was unsafe, Lina Marsh went to the ministry.",
			[]want{{source: "Lina Marsh", cue: "saying", content: "the bridge was unsafe"}}},
		{"a quotation closing after the comma of an opening participle stays in its content",
			"After saying that the ruling was “a disgrace,” the minister left the court.",
			[]want{{source: "the minister", cue: "saying", content: "the ruling was “a disgrace,”"}}},
		{"an aspect form that ends in its own infinitive marker joins the cue after it",
			"The harbour master went on to explain that the cranes were idle.",
			[]want{{source: "The harbour master", cue: "went on to explain", content: "the cranes were idle"}}},
		{"(must not fire) an aspect form before a verb that is no cue claims nothing",
			"The harbour master went on to win the regional election.",
			nil},
		{"a past act whose purpose is a cue did that cue",
			"The harbour master took to the radio overnight to accuse the port board of lying.",
			[]want{{source: "The harbour master", cue: "took to the radio overnight to accuse", content: "the port board of lying"}}},
		{"using something to make a claim makes it",
			"The union used the hearing to urge members to reject the offer.",
			[]want{{source: "The union", cue: "used the hearing to urge", content: "members to reject the offer"}}},
		{"(must not fire) a purpose under a modal is hypothetical",
			"The union would have used the hearing to attack the board.",
			nil},
		{"(must not fire) a purpose that is no cue claims nothing",
			"The union went to Halden to meet the board.",
			nil},
		{"a participle after with and a noun phrase has that phrase for its subject",
			"The count was close, with a harbour survey showing the mayor ahead.",
			[]want{{source: "a harbour survey", cue: "showing", content: "the mayor ahead"}}},
		{"(must not fire) a subject with no with before its participle is kept",
			"The harbour board issued a statement on Monday, saying the cranes were idle.",
			[]want{{source: "The harbour board", cue: "saying", content: "the cranes were idle"}}},
		{"(must not fire) a with that joins an object is no subject of the participle",
			"The union filed a petition with the labour court asking for a new vote.",
			[]want{{source: "The union filed a petition with the labour court", cue: "asking"}}},
		{"a noun naming a statement, a participle and an agent are a reduced passive",
			"The ministry blamed the strike on the dockers, an allegation rejected by two inquiries.",
			[]want{{source: "The ministry", cue: "blamed"}, {source: "two inquiries", cue: "rejected", content: "an allegation", stance: sumber.Deny}}},
		{"(must not fire) a figure noun before a participle and an agent compares figures",
			"The charity said 38 people had died, twice the toll reported by the ministry.",
			[]want{{source: "The charity", cue: "said"}}},
		{"a participle cue after by in a factual clause is the subject's act",
			"Varga rallied the dockers by promising to cut the port fees.",
			[]want{{source: "Varga", cue: "promising", content: "to cut the port fees"}}},
		{"after and an object work the same way",
			"The minister was booed after telling the crowd that the port would close.",
			[]want{{source: "The minister", cue: "telling", content: "the port would close"}}},
		{"(must not fire) a modal makes the means hypothetical",
			"The board would respond by demanding lower fees.",
			nil},
		{"(must not fire) a participle after a passive's by is a means, no agent",
			"How many jobs can be added by threatening to raise the port fees?",
			nil},
		{"a phrasal participle cue after by with a clause is read as a one-word one",
			"The senator dismissed the charges by pointing out that the mayor had changed her mind.",
			[]want{{source: "The senator", cue: "dismissed", content: "the charges"}, {source: "The senator", cue: "pointing out", content: "the mayor had changed her mind"}}},
		{"an opening participle with a long content still lends it to the subject after its comma",
			"Declaring that she alone had the experience to reopen the port and restore the ferry service to the islands, the mayor launched her campaign.",
			[]want{{source: "the mayor", cue: "Declaring", content: "she alone had the experience to reopen the port and restore the ferry service to the islands"}}},
		{"an irregular past verb ends the subject a coordinated cue shares",
			"The harbour master thought for a moment and said that the cranes would restart.",
			[]want{{source: "The harbour master", cue: "said", content: "the cranes would restart"}}},
		{"so does a past verb of motion before a participle",
			"The harbour master went to the quay, saying the cranes would restart.",
			[]want{{source: "The harbour master", cue: "saying", content: "the cranes would restart"}}},
		{"an attempt with a date before its infinitive marker is still the act done",
			"The treasurer tried on Tuesday to make the case that the deficit was shrinking.",
			[]want{{source: "The treasurer", cue: "tried on Tuesday to make the case", content: "the deficit was shrinking"}}},
		{"a cue in an opening subordinate clause keeps its content to the clause's comma",
			"When the survey asked about the ferry, the mayor was backed by 42 percent of those responding.",
			[]want{{source: "the survey", cue: "asked", content: "about the ferry"}, {source: "42 percent of those responding", cue: "backed", content: "the mayor"}}},
		{"a cue with nothing of its own before the comma claims nothing",
			"When the dockers chanted, the mayor was joined on stage by the governor.",
			nil},
		{"(must not fire) an as-clause claims the main clause",
			"As the harbour paper noted, the cranes have been idle since March.",
			[]want{{source: "the harbour paper", cue: "noted", content: "the cranes have been idle since March"}}},
		{"a bound before a percentage is no determiner of a noun",
			"Some 22 percent said they would back the rival.",
			[]want{{source: "Some 22 percent", cue: "said", content: "they would back the rival"}}},
		{"a year after any preposition is a date before a past cue",
			"As another council study from 2011 noted, the average age of dockers was 48.",
			[]want{{source: "another council study from 2011", cue: "noted"}}},
		{"(must not fire) a determiner before a percentage makes a noun of the cue word",
			"The bank's 2.5 percent forecast was too high.",
			nil},
		{"a long name ended by a past verb is the subject a coordinated cue shares",
			"But the Court of Appeals for the Third Circuit overruled and said the port had enough berths.",
			[]want{{source: "the Court of Appeals for the Third Circuit", cue: "said", content: "the port had enough berths"}}},
		{"a participle in a phrase opening the sentence has the subject after its comma",
			"One month after announcing his support for the plan, Marco Lind still believes the mayor is unfit.",
			[]want{{source: "Marco Lind", cue: "announcing", content: "his support for the plan"}, {source: "Marco Lind", cue: "believes", content: "the mayor is unfit"}}},
		{"(must not fire) a participle after the main verb keeps the clause's subject",
			"Marco Lind angered the dockers after announcing his support for the plan, aides said.",
			[]want{{source: "Marco Lind", cue: "announcing"}, {source: "aides", cue: "said"}}},
		{"a participle cue in a clause after a comma has that clause's subject",
			"Lind attacked Varga in the debate, and the harbour governor tripped up Varga by calling him out for his talking points.",
			[]want{{source: "Lind", cue: "attacked"}, {source: "the harbour governor", cue: "calling"}}},
		{"the object of a cause verb before a cue's infinitive is its source",
			"The defeat led the party chair to declare that the race was over.",
			[]want{{source: "the party chair", cue: "declare", content: "the race was over"}}},
		{"(must not fire) a cause under a modal is hypothetical",
			"The loss would have led the chair to declare defeat.",
			nil},
		{"a subject opening a paragraph has nothing before it to post-pose",
			"He endorsed Lind, but said he was worried about the port.",
			[]want{{source: "He", cue: "endorsed", content: "Lind"}, {source: "He", cue: "said", content: "he was worried about the port"}}},
		{"(must not fire) a participle after by inside a reported clause is that clause's act",
			"The senators said developers had drawn the zones by adding a few poor districts to rich ones.",
			[]want{{source: "The senators", cue: "said", content: "developers had drawn the zones by adding a few poor districts to rich ones"}}},
		{"a quotation closed after the comma before a closing as-clause is its content",
			"The main test is a \"lawful source of income,\" as a council memo put it.",
			[]want{{source: "a council memo", cue: "put it", rule: "verb-as-clause"}}},
		{"a curly apostrophe after a plural that closes no quotation is a possessive",
			"The dockers’ union said the cranes were idle.",
			[]want{{source: "The dockers’ union", cue: "said", content: "the cranes were idle"}}},
		{"(must not fire) a curly mark that closes a quotation still does",
			"He called it a ‘rush to judgment’ and left.",
			[]want{{source: "He", cue: "called", content: "it a ‘rush to judgment’ and left"}}},
		{"a connector between commas after a passive's subject is skipped",
			"The plan, however, was rejected by the harbour council.",
			[]want{{source: "the harbour council", cue: "rejected", content: "The plan"}}},
		{"(must not fire) an agentless passive after such a connector names nobody",
			"The plan, however, was rejected on Monday.",
			nil},
		{"a gathering whose purpose is a cue did that cue",
			"The port unions gathered on Friday to discuss the new tariffs.",
			[]want{{source: "The port unions", cue: "gathered on Friday to discuss", content: "the new tariffs"}}},
		{"a relative clause after a comma with a pronoun's view is a clause of its own",
			"Lind faulted Varga for closing the docks, which she believes will cost the port its trade.",
			[]want{{source: "Lind", cue: "faulted", content: "Varga for closing the docks"}, {source: "she", cue: "believes", content: "will cost the port its trade"}}},
		{"(must not fire) a relative clause closed by a comma stays in the content",
			"Lind said the tax, which she opposes, would hurt the port.",
			[]want{{source: "Lind", cue: "said", content: "the tax, which she opposes, would hurt the port"}}},
		{"an adverb in -ly after a relative that is the verb's, not the subject",
			"The board issued a report that sharply criticized the port.",
			[]want{{source: "a report", cue: "criticized", content: "the port"}}},
		{"a time span opening the sentence before its comma is no subject",
			"A day earlier, six dockers were booed after saying that the strike was over.",
			[]want{{source: "six dockers", cue: "saying", content: "the strike was over"}}},
		{"a question opening the sentence with its asker after by is the asker's",
			"When asked by a reporter whether the port would close, the mayor said no.",
			[]want{{source: "a reporter", cue: "When asked", content: "whether the port would close", rule: "passive-by"}, {source: "the mayor", cue: "said"}}},
		{"(must not fire) a request to act after the asker claims nothing",
			"Asked by the host to respond to the criticism, the mayor said it was unfair.",
			[]want{{source: "the mayor", cue: "said", content: "it was unfair"}}},
		{"(must not fire) an attempt under a modal and a perfect is counterfactual",
			"Voters wish the treasurer would have tried to explain why the deficit grew.",
			nil},
	})
}

// TestEnglishHeadlineVerbs: criticism verbs of headlines and running text
// whose present forms were missing ("rips", "trashes"), in new sentences.
func TestEnglishHeadlineVerbs(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a title-case headline's 'Rip' after a capitalised subject",
			"Senators Rip Port Authority Over Toll Hike",
			[]want{{source: "Senators", cue: "Rip", lemma: "rip", content: "Port Authority Over Toll Hike"}}},
		{"'rips' after a named subject",
			"Harbour chief Tom Vell rips the plan to sell the docks.",
			[]want{{source: "Harbour chief Tom Vell", cue: "rips", content: "the plan to sell the docks"}}},
		{"(must not fire) a storm that rips through a town says nothing",
			"Tornado rips through Velm overnight",
			nil},
		{"(must not fire) 'ripped off' is no criticism",
			"They ripped off the buyers, Vell says.",
			[]want{{source: "Vell", cue: "says", content: "They ripped off the buyers"}}},
		{"a title's lower-case prepositions leave it a title-case headline",
			"Ana Reyes Calls for Inquiry into Vell’s Meetings with Donors.\n\nThe mayor spoke.",
			[]want{{source: "Ana Reyes", cue: "Calls for", content: "Inquiry into Vell’s Meetings with Donors"}}},
		{"(must not fire) in the body a show's name is no title-case sentence",
			"The mayor spoke.\n\nHe is now host of “The Late Show with Ana Reyes.”",
			nil},
		{"a sentence-case headline's verb after the bare noun phrase opening it",
			"Port officials welcome ferry plan\n\nThe council met on Monday.",
			[]want{{source: "Port officials", cue: "welcome", content: "ferry plan"}}},
		{"(must not fire) the same words in the body",
			"The council met on Monday.\n\nPort officials welcome ferry plan.",
			nil},
		{"… also a form that needs a named subject elsewhere",
			"Tavor lawmaker wants port sold\n\nThe council met.",
			[]want{{source: "Tavor lawmaker", cue: "wants", content: "port sold"}}},
		{"… and a hyphenated modifier before the head noun",
			"Right-wing parties welcome port plan\n\nThe council met.",
			[]want{{source: "Right-wing parties", cue: "welcome", content: "port plan"}}},
		{"(must not fire) two lower-case words before the cue hold a verb",
			"Harbour leaders weigh plans for new port\n\nThe council met.",
			nil},
		{"(must not fire) an aspect verb in a headline says nothing",
			"Harbour strike continues into third week\n\nThe council met on Monday.",
			nil},
		{"a headline's second verb with no subject shares the first claim's source",
			"Vell Says Port Will Reopen, Calls Strike ‘Reckless’\n\nThe mayor spoke.",
			[]want{{source: "Vell", cue: "Says", content: "Port Will Reopen"}, {source: "Vell", cue: "Calls", content: "Strike ‘Reckless’", rule: "headline-second-verb"}}},
		{"(must not fire) an infinitive joined to the first claim's content is no second verb",
			"Paper Says Mayor Needs To Quit Politics, Show Compassion For Flood Victims.\n\nThe mayor spoke.",
			[]want{{source: "Paper", cue: "Says", content: "Mayor Needs To Quit Politics, Show Compassion For Flood Victims"}}},
		{"in a title-case headline capitalised words after the cue are its content, not a date",
			"Vell Says Port Is Safe, But Critics Doubt It.\n\nThe mayor spoke.",
			[]want{{source: "Vell", cue: "Says", content: "Port Is Safe"}, {source: "Critics", cue: "Doubt"}}},
		{"(must not fire) in running text a date after the cue still makes it post-posed",
			"The mayor spoke.\n\nThe port is safe, Vell said Tuesday, but critics doubt it.",
			[]want{{source: "Vell", cue: "said", content: "The port is safe", rule: "verb-postposed"}}},
		{"'rules' right after a finder is the finder's verb",
			"The council met.\n\nThe appeals court rules that the levy is void.",
			[]want{{source: "The appeals court", cue: "rules", content: "the levy is void"}}},
		{"… also post-posed",
			"The council met.\n\nThe levy must be repaid, federal judge rules.",
			[]want{{source: "federal judge", cue: "rules", content: "The levy must be repaid"}}},
		{"(must not fire) 'rules' after another noun is a plural noun",
			"The council met.\n\nParty rules allow proxies to vote.",
			nil},
		{"'questions' before its object is a verb",
			"The council met.\n\nVell questions the fairness of the audit.",
			[]want{{source: "Vell", cue: "questions", content: "the fairness of the audit"}}},
		{"(must not fire) 'questions' after an adjective is a noun",
			"The council met.\n\nThe party faces internal questions it must resolve soon.",
			nil},
		{"'trashes' after a subject and an aside",
			"Governor, visiting Tavor, trashes the ferry plan.",
			[]want{{source: "Governor, visiting Tavor", cue: "trashes", content: "the ferry plan"}}},
	})
}

// TestEnglishHeadlineLabels: headlines that name their speaker before a
// colon with a verb phrase, a topic or an introducing word, in new
// sentences.
func TestEnglishHeadlineLabels(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a title-case verb and its object before a colon and a quotation",
			"Senator Scolds Port Chief: ‘Resign Now.’\n\nThe senator spoke on Monday.",
			[]want{{source: "Senator", cue: ":", content: "‘Resign Now.’", rule: "headline-label"}}},
		{"a lower-case verb and its object before a colon and a quotation",
			"Ana Reyes heckles council members: 'You are not listening.'\n\nThe meeting ran late.",
			[]want{{source: "Ana Reyes", cue: ":", content: "'You are not listening.'", rule: "headline-label"}}},
		{"a speaker's topic before the colon",
			"Mayor Vell on the Flood: We Were Not Warned\n\nThe mayor spoke on Monday.",
			[]want{{source: "Mayor Vell", cue: ":", content: "We Were Not Warned", rule: "headline-label"}}},
		{"(must not fire) a kicker's topic before a colon with no speech after it",
			"Spotlight on Tavor: Port Reopens After Strike.\n\nThe mayor spoke on Monday.",
			nil},
		{"a name after an introducing word",
			"A Warning From Ana Reyes: ‘Leave Now.’\n\nThe council met on Monday.",
			[]want{{source: "Ana Reyes", cue: ":", content: "‘Leave Now.’", rule: "headline-label"}}},
		{"(must not fire) a capitalised topic word makes a kicker",
			"Stealth Over Health: Mayor Skipped the Clinic.\n\nThe mayor spoke on Monday.",
			nil},
		{"(must not fire) in the body a verb phrase before a colon is the verb's",
			"The mayor spoke on Monday.\n\nVell scolds the port chief: he wants the fees cut.",
			[]want{{source: "Vell", cue: "scolds"}}},
		{"a capitalised cue word in a title-case headline's addressee is part of the addressee",
			"Mayor Vell To Residents Worried About Floods: We Are Ready\n\nThe council met.",
			[]want{{source: "Mayor Vell", cue: ":", content: "We Are Ready", rule: "speaker-colon"}}},
		{"(must not fire) in a sentence-case headline the cue word ends the addressee",
			"Mayor Vell to residents worried about floods: we are ready\n\nThe council met.",
			[]want{{cue: "worried"}}},
		{"a straight quotation mark glued to the colon and the word after it opens the quotation",
			"The hearing ran late.\n\nRep. Tara Gow (R-S.C.):\"I have not heard anyone cite that figure.\"",
			[]want{{source: "Rep. Tara Gow (R-S.C.)", cue: ":", content: "\"I have not heard anyone cite that figure.\"", rule: "colon-quote"}}},
		{"(must not fire) glued to a colon before a space it closes",
			"The hearing ran late.\n\n\"The plan is dead:\" the mayor said on Monday.",
			[]want{{source: "the mayor", cue: "said", rule: "verb-postposed"}}},
		{"a second speaker's label after a quoted turn on the same line",
			"The two agreed on one point.\n\nVell: \"Our goal is to reopen the port, not to sell it.\" Reyes: \"The port must be reopened -- not sold.\"",
			[]want{{cue: "agreed"}, {source: "Vell", cue: ":", content: "\"Our goal is to reopen the port, not to sell it.\"", rule: "speaker-colon"},
				{source: "Reyes", cue: ":", content: "\"The port must be reopened -- not sold.\"", rule: "colon-quote"}}},
		{"(must not fire) a name inside the quoted turn is no second label",
			"The two agreed on one point.\n\nVell: \"Our goal, as Reyes says, is to reopen the port.\"",
			[]want{{cue: "agreed"}, {source: "Vell", cue: ":", content: "\"Our goal, as Reyes says, is to reopen the port.\"", rule: "speaker-colon"}, {source: "Reyes", cue: "says"}}},
		{"'hammered' after a named subject",
			"Vell hammered the council over the delays.",
			[]want{{source: "Vell", cue: "hammered", content: "the council over the delays"}}},
		{"(must not fire) 'hammered out' a deal says nothing",
			"Negotiators hammered out a deal, the union said.",
			[]want{{source: "the union", cue: "said", content: "Negotiators hammered out a deal"}}},
	})
}

// TestEnglishClauseColon: a clause with no cue of its own that introduces
// a quotation with a colon gives the quotation to its subject, in new
// sentences.
func TestEnglishClauseColon(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a fronted circumstance, a named subject and a predicate before the colon",
			"The hearing ran late.\n\nIn a radio interview, Vell went further: “We will close the port.”",
			[]want{{source: "Vell", cue: "went further", content: "“We will close the port.”", rule: "clause-colon"}}},
		{"the quotation opens the next paragraph",
			"The hearing ran late.\n\nShe went on:\n\n“The port stays closed until May.”",
			[]want{{source: "She", cue: "went on", content: "“The port stays closed until May.”", rule: "clause-colon"}}},
		{"after a long fronted phrase the subject opens the clause after its comma, a new clause",
			"The hearing ran late.\n\nWith port workers increasingly worried about the loss of jobs along the northern docks and in the old harbour, Mayor Vell is rolling out a new message: “It is about you.”",
			[]want{{cue: "worried", content: "about the loss of jobs along the northern docks and in the old harbour"},
				{source: "Mayor Vell", cue: "is rolling out a new message", content: "“It is about you.”", via: []string{}, rule: "clause-colon"}}},
		{"a sentence of its own after the quotation's closing stop does not take the quotation",
			"The hearing ran late.\n\nVell delivered a snappy retort: \"No one is selling the port.\" He then left the hall, aides said.",
			[]want{{source: "Vell", cue: "delivered a snappy retort", content: "\"No one is selling the port.\"", rule: "clause-colon"}, {cue: "said"}}},
		{"a subject that is no person still gives its quotation",
			"The hearing ran late.\n\nThe leaflet used one of the mayor’s lines as its slogan: “Open the port now.”",
			[]want{{source: "The leaflet", cue: "used one of the mayor’s lines as its slogan", content: "“Open the port now.”", rule: "clause-colon"}}},
		{"a copula and an adjective after a person still introduce the person's words",
			"The hearing ran late.\n\nShe was blunt: “Leave the port now.”",
			[]want{{source: "She", cue: "was blunt", content: "“Leave the port now.”", rule: "clause-colon"}}},
		{"(must not fire) a copula and an adjective after a thing name no speaker",
			"The hearing ran late.\n\nThe reason is simple: “We ran out of money.”",
			nil},
		{"(must not fire) a subject cut after a possessive is no subject",
			"The hearing ran late.\n\nHis message was blunt: “Leave now.”",
			nil},
		{"(must not fire) an imperative and its object name no one",
			"The hearing ran late.\n\nConsider the following: “We will stay.”",
			nil},
		{"(must not fire) an existential clause names no one",
			"The hearing ran late.\n\nIf the rule fails, there’s a simple reason: “Nobody read it.”",
			nil},
		{"(must not fire) a comma closing the quotation leaves it to the speaker after it",
			"The hearing ran late.\n\nThen came the biggest change of all: \"It is time we had a port again,\" cried a man at the back.",
			nil},
		{"a name after its title is the subject",
			"The hearing ran late.\n\nTavor spokesman Ana Reyes went further: \"The port is finished.\"",
			[]want{{source: "Tavor spokesman Ana Reyes", cue: "went further", rule: "clause-colon"}}},
		{"… also after an article and a place",
			"The hearing ran late.\n\nThe Tavor harbour spokesman Ana Reyes went further: \"The port is finished.\"",
			[]want{{source: "The Tavor harbour spokesman Ana Reyes", cue: "went further", rule: "clause-colon"}}},
		{"(must not fire) a quoted phrase in lower case names something",
			"The hearing ran late.\n\nThanks to the festival, Ana Reyes can add a new title to her resume: “song collector.”",
			nil},
		{"(must not fire) a quotation with a cue of its own after it is that cue's",
			"The hearing ran late.\n\nOne man interrupted the mayor: “You lied to us,” the man shouted.",
			[]want{{source: "the man", cue: "shouted"}}},
		{"(must not fire) a subject read only up to its first lower-case word is cut short",
			"The hearing ran late.\n\nHarbour master Tom Vell, R-Ky., delivered a blunt message to the council: \"It is time to stop.\"",
			nil},
		{"(must not fire) a clause with a complementizer says more than the quotation",
			"The hearing ran late.\n\nThe mayor is sure that the port will reopen: “We are ready.”",
			nil},
	})
}

// TestEnglishReasonObject: a form that is also a noun or an act reports
// with a short object and the preposition naming what the object is
// accused or praised of (words.tsv reason-object).
func TestEnglishReasonObject(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"charged an object with an offence",
			"County prosecutors in April charged two aides, Lena Hart and Omar Reyes, with bribery.",
			[]want{{source: "County prosecutors", cue: "charged", stance: sumber.Claim, content: "two aides, Lena Hart and Omar Reyes, with bribery"}}},
		{"an opening participle blasting its object for something lends the claim to the subject",
			"After blasting the council for the delays, the mayor left the hall.",
			[]want{{source: "the mayor", cue: "blasting", content: "the council for the delays", rule: "verb-opening-participle"}}},
		{"(must not fire) charging a price for something is no accusation",
			"The marina charged boat owners $400 for a season.",
			nil},
		{"(must not fire) a passive charge with its date names nobody",
			"The driver was charged Tuesday with reckless driving.",
			nil},
	})
}

// TestEnglishIdeaObject: a noun naming a proposition with a complementizer
// after it is the object of a cue that is also a noun (words.tsv
// idea-noun).
func TestEnglishIdeaObject(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"disputes the notion that",
			"The harbor master disputes the notion that the pier was unsafe.",
			[]want{{source: "The harbor master", cue: "disputes", stance: sumber.Deny, content: "the notion that the pier was unsafe"}}},
		{"(must not fire) the noun alone names a topic",
			"The harbor master disputes the notion.",
			nil},
	})
}

// TestEnglishOpinionFrame: a claim noun after a preposition and a
// possessor frames a clause (words.tsv opinion-frame, own-word).
func TestEnglishOpinionFrame(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a view opening the clause",
			"In Marla Okafor's view, the ferry subsidy is wasted.",
			[]want{{source: "Marla Okafor's", cue: "view", stance: sumber.Believe, content: "the ferry subsidy is wasted", rule: "noun-frame"}}},
		{"an own admission with a pronoun possessor",
			"By his own admission, the audit was rushed.",
			[]want{{source: "his", cue: "admission", stance: sumber.Confirm, content: "the audit was rushed", rule: "noun-frame"}}},
		{"a view closing the sentence",
			"The ferry subsidy is wasted, in the treasurer's view.",
			[]want{{source: "the treasurer's", cue: "view", content: "The ferry subsidy is wasted", rule: "noun-frame"}}},
		{"(must not fire) a view with no possessor",
			"In the official view, the ferry subsidy is wasted.",
			nil},
		{"(must not fire) a view of something is a topic",
			"In Okafor's view of the harbor, gulls circle the pier.",
			nil},
	})
}

// TestEnglishRulingSide: a form of two senses takes a side with the words
// after it, or after a date (words.tsv ruling-prep).
func TestEnglishRulingSide(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"ruled with a date before against",
			"A state appeals court ruled Tuesday against the county's new zoning map.",
			[]want{{source: "A state appeals court", cue: "ruled", content: "against the county's new zoning map", date: "2024-12-24"}}},
		{"ruled in favor of",
			"The tribunal ruled in favor of the fishing cooperative.",
			[]want{{source: "The tribunal", cue: "ruled", content: "in favor of the fishing cooperative"}}},
		{"(must not fire) ruling a place is governing it",
			"The dynasty ruled the valley for two centuries.",
			nil},
	})
}

// TestEnglishIssuedDocument: a document the subject issues says what the
// participle or the colon after it says (words.tsv issue-verb, issued-doc).
func TestEnglishIssuedDocument(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a participle cue after the document keeps the subject as its source",
			"The dockworkers' union released a statement saying the strike would continue.",
			[]want{{source: "The dockworkers' union", cue: "released a statement saying", content: "the strike would continue"}}},
		{"the verb alone gives way to the participle",
			"The port authority issued a statement saying the cranes were safe.",
			[]want{{source: "The port authority", cue: "issued a statement saying", content: "the cranes were safe"}}},
		{"a participle that is no cue, after a recipient and a date",
			"Two senators sent a letter to the governor on Monday opposing the toll increase.",
			[]want{{source: "Two senators", cue: "sent a letter to the governor on Monday opposing", content: "the toll increase", rule: "issued-document"}}},
		{"a colon after the document",
			"The ferry company released the following statement: “Service resumes at noon.”",
			[]want{{source: "The ferry company", cue: "released the following statement", content: "“Service resumes at noon.”", rule: "issued-document"}}},
		{"(must not fire) a document without a participle or a colon says nothing here",
			"The ferry company released a statement after the storm.",
			nil},
	})
}

// TestEnglishToNoun: a claim noun of a promise or a call takes an
// infinitive after its possessor (words.tsv to-noun).
func TestEnglishToNoun(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a pledge with an infinitive",
			"Voters cheered her pledge to reopen the mill.",
			[]want{{source: "her", cue: "pledge", content: "to reopen the mill", rule: "noun-claim"}}},
		{"a fronted preposition is no part of the possessor, and a comma ends the infinitive",
			"Despite Marta Kell's call to scrap the levy, the council kept it.",
			[]want{{source: "Marta Kell's", cue: "call", content: "to scrap the levy", rule: "noun-claim"}}},
		{"(must not fire) a call without a possessor",
			"The mayor ignored the call to prayer.",
			nil},
	})
}

// TestEnglishClauseObject: a lemma of apprehension takes a clause without
// "that" after a short noun phrase (words.tsv clause-lemma, clause-verb).
func TestEnglishClauseObject(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"fear with a clause",
			"Many growers fear the new tariff will ruin the harvest.",
			[]want{{source: "Many growers", cue: "fear", stance: sumber.Believe, content: "the new tariff will ruin the harvest"}}},
		{"(must not fire) a noun phrase without a verb after it",
			"Many growers fear the new tariff.",
			nil},
	})
}

// TestEnglishNamedBodySubject: a body or a source noun that a name opens
// is a subject for a cue that needs a named one (frame verbn).
func TestEnglishNamedBodySubject(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a campaign named by its candidate plans",
			"The Okafor campaign plans to hire two hundred organizers.",
			[]want{{source: "The Okafor campaign", cue: "plans", stance: sumber.Believe, content: "to hire two hundred organizers"}}},
		{"(must not fire) a capitalised first word is no name",
			"Campaign staff want a bigger office.",
			nil},
	})
}

// TestEnglishPurposeMotion: verbs of going and gathering are past acts
// whose purpose infinitive is a cue they did (words.tsv purpose-verb).
func TestEnglishPurposeMotion(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"gathered on a day to discuss",
			"Coastal mayors gathered Friday to discuss the new levy.",
			[]want{{source: "Coastal mayors", cue: "gathered Friday to discuss", content: "the new levy"}}},
		{"(must not fire) a gathering yet to come is hypothetical",
			"Coastal mayors may gather Friday to discuss the new levy.",
			nil},
	})
}

// TestEnglishPurposeMeeting: meeting and speaking are past acts whose
// purpose infinitive is a cue they did (words.tsv purpose-verb), and the
// infinitive after a cause verb's object is a verb.
func TestEnglishPurposeMeeting(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"met with someone to discuss",
			"Harbor officials met with the transport minister Omar Bell to discuss the dredging plan.",
			[]want{{source: "Harbor officials", cue: "met with the transport minister Omar Bell to discuss", content: "the dredging plan"}}},
		{"the infinitive after a cause verb's object is a verb: a form that is also a noun needs no more evidence",
			"The closure has led the harbor pilot Omar Bell to fear a second strike.",
			[]want{{source: "the harbor pilot Omar Bell", cue: "fear", stance: sumber.Believe, content: "a second strike"}}},
	})
}

// TestEnglishWhenAskedBy: a participle of asking or pressing after "when"
// with its agent is the agent's question, and a pronoun after it is the
// one asked.
func TestEnglishWhenAskedBy(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"when pressed by a named agent about something",
			"Mayor Ruth Abara said the budget was sound. When pressed by Tom Reyes about how she would pay for the pier, she said the state would help.",
			[]want{
				{source: "Mayor Ruth Abara", cue: "said", content: "the budget was sound"},
				{source: "Tom Reyes", cue: "pressed", content: "about how she would pay for the pier", rule: "passive-by"},
				{source: "she", actor: "Mayor Ruth Abara", cue: "said", content: "the state would help"},
			}},
		{"(must not fire) when asked without an agent names nobody who asked",
			"When asked about the pier, the mayor smiled.",
			nil},
	})
}

// TestEnglishClaimNounModifier: one or two modifiers may stand between a
// possessor and its claim noun, and an acknowledgment or a complaint is a
// claim noun too.
func TestEnglishClaimNounModifier(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a modifier between the possessor and the noun",
			"Voters recalled Hale's repeated complaints that the ferry was late.",
			[]want{
				{source: "Voters", cue: "recalled", content: "Hale's repeated complaints that the ferry was late"},
				{source: "Hale's", cue: "complaints", stance: sumber.Assert, content: "the ferry was late", rule: "noun-claim"},
			}},
		{"an acknowledgment with a pronoun possessor",
			"The mayor was frank in her acknowledgment that the pier needs repairs.",
			[]want{{source: "her", cue: "acknowledgment", stance: sumber.Confirm, content: "the pier needs repairs", rule: "noun-claim"}}},
		{"(must not fire) a determiner is no possessor",
			"Voters recalled the repeated complaints that the ferry was late.",
			[]want{{source: "Voters", cue: "recalled", content: "the repeated complaints that the ferry was late"}}},
	})
}

// TestEnglishClaimNounTimeCopula: a time before the complementizer, or a
// copula, still lets a claim noun after its possessor say its content.
func TestEnglishClaimNounTimeCopula(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a time between the noun and that",
			"Critics seized on his statement on Wednesday that the pier was safe.",
			[]want{{source: "his", cue: "statement", content: "the pier was safe", rule: "noun-claim"}}},
		{"a copula between the noun and that",
			"Their fear is that the pier will close.",
			[]want{{source: "Their", cue: "fear", stance: sumber.Believe, content: "the pier will close", rule: "noun-claim"}}},
		{"(must not fire) a modifier before the noun and a copula: what it could say",
			"The town's best argument is that the pier is old.",
			nil},
		{"(must not fire) a statement between a cue and its content is the cue's vehicle",
			"The port had said in its first statement on Sunday that the pier was safe.",
			[]want{{source: "The port", cue: "said", content: "the pier was safe"}}},
	})
}

// TestEnglishClaimNounPlural: the plural of a claim noun after its
// possessor says its content too.
func TestEnglishClaimNounPlural(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"plural promises with an infinitive",
			"Voters liked the governor's promises to cut ferry fares.",
			[]want{{source: "the governor's", cue: "promises", content: "to cut ferry fares", rule: "noun-claim"}}},
		{"plural warnings with that",
			"Nobody heeded her warnings that the dam would fail.",
			[]want{{source: "her", cue: "warnings", content: "the dam would fail", rule: "noun-claim"}}},
		{"(must not fire) warnings without a possessor",
			"Nobody heeded the warnings about the dam.",
			nil},
		{"(must not fire) a date after the noun is no source named after it",
			"Nobody heeded the warning Tuesday night that the dam would fail.",
			nil},
	})
}

// TestEnglishPrecisionD checks the fourth English precision round's
// rules, in new sentences: a plural form that is also a noun, after a
// coordinator and before punctuation or a preposition, is a noun, as
// after a plural determiner or a plural possessor's bare apostrophe; a past
// participle after a comma with an agent after it is a passive clause
// about the noun phrase before the comma, whose agent is the source; a
// cue after a fronted auxiliary and its subject in a question claims
// nothing; an object pronoun before an infinitive after told is ordered;
// a clitic ’s before a participle with as or an agent after it is a
// passive; a cue after a word marking a request asks; an estimate
// credited by "by" between punctuation is a source; a subject that
// names no one claims nothing.
func TestEnglishPrecisionD(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a plural noun form after a coordinator and before a comma or a preposition is a noun",
			"In radio interviews and tweets, the mayor has argued that the port is safe. The council ignored the petition and claims of fraud from the dockers.",
			[]want{{source: "the mayor", cue: "argued", content: "the port is safe"}}},
		{"(must not fire) with a clause after it the form is a verb sharing the subject",
			"The mayor rejected the audit and claims that the port is safe.",
			[]want{{source: "The mayor", cue: "rejected"}, {source: "The mayor", cue: "claims", content: "the port is safe"}}},
		{"a plural form after a plural determiner is a noun: a verb there would have no -s",
			"Several judges handling the case left early. Hale has broken many promises to the dockers.",
			nil},
		{"(must not fire) the bare form after such a determiner is a verb",
			"Several judges say the case was rushed.",
			[]want{{source: "Several judges", cue: "say", content: "the case was rushed"}}},
		{"a bare apostrophe after a plural word is a possessive, no closing quotation mark",
			"The vote put the mayor at odds with the Greens’ stated plans. Young voters still back the Greens’ call for a new harbour.",
			nil},
		{"a plural possessor before a claim noun is its source",
			"The mayor answered the dockers’ claims that the port was unsafe.",
			[]want{{source: "The mayor", cue: "answered"}, {source: "the dockers’", cue: "claims", content: "the port was unsafe", rule: "noun-claim"}}},
		{"(must not fire) an apostrophe closing a single quotation is a quotation mark",
			"‘The port is closed to all ferries’ said the harbour master.",
			[]want{{source: "the harbour master", cue: "said", content: "‘The port is closed to all ferries’"}}},
		{"a cue after a fronted auxiliary and its subject in a question asks and claims nothing",
			"How do you think the ferry will fare? Would you say the port is safe? Q: Does Mayor Hale know the port is closed? Or would you think the ferry is late?",
			nil},
		{"an estimate or an account credited by by between punctuation is the source of its clause",
			"Some 3,000 hectares of forest have burned since May, by one estimate. By his own count, the mayor has visited the port 40 times.",
			[]want{{source: "one estimate", cue: "by", content: "Some 3,000 hectares of forest have burned since May", stance: sumber.Believe, rule: "by-estimate"},
				{source: "his own count", cue: "By", content: "the mayor has visited the port 40 times", rule: "by-estimate"}}},
		{"(must not fire) by before other nouns, or not set off, credits nothing",
			"The mayor won by one vote. The levy was approved by one count of the ballots.",
			nil},
		{"a subject that names no one claims nothing, directly, through a participle or through who",
			"Anyone claiming that the port is closed is wrong. The mayor mocked anybody who complains about the ferry. Staff checked whether anyone illegally disclosed the fares.",
			[]want{{source: "The mayor", cue: "mocked"}}},
		{"(must not fire) a named subject after such a phrase still claims",
			"Anyone can see the port is busy, but Hale said it was closed.",
			[]want{{source: "Hale", cue: "said", content: "it was closed"}}},
		{"a cue right after a word that marks a request asks, no claim",
			"Please show me the ferry timetable. But please know that the port is closed.",
			nil},
		{"(must not fire) a request word elsewhere leaves the claim",
			"The mayor said please was the word she heard most.",
			[]want{{source: "The mayor", cue: "said"}}},
		{"a question word opening the clause before the cue is the subject asked about",
			"Who told you that the port was closed? The mayor asked: who said the ferry was late?",
			[]want{{source: "The mayor", cue: "asked"}}},
		{"(must not fire) a relative who after its noun is a speaker",
			"The mayor, who said the port was closed, left early.",
			[]want{{cue: "said", content: "the port was closed"}}},
		{"(must not fire) a question word without a fronted auxiliary, or no question mark, leaves the claim",
			"Hale asked why the council thinks the port is safe? Do you know, the mayor said the port is safe.",
			[]want{{source: "Hale", cue: "asked"}, {source: "the council", cue: "thinks", content: "the port is safe"}, {source: "the mayor", cue: "said", content: "the port is safe"}}},
		{"an object pronoun before the infinitive after told is the one ordered: no claim",
			"Harbour police told her to leave. The guards found the mayor and told her to leave the hall.",
			[]want{{source: "The guards", cue: "found"}}},
		{"(must not fire) a subject pronoun after told opens a clause",
			"Harbour police told her the port was closed. Police told them they had to leave.",
			[]want{{source: "Harbour police", cue: "told", content: "the port was closed"}, {source: "Police", cue: "told", content: "they had to leave"}}},
		{"a clitic ’s before a participle with as or an agent after it, or after an expletive it, is a passive: the subject is no source",
			"Lind trails Hale, who’s viewed as honest by most voters. It’s implied that the port will close.",
			nil},
		{"(must not fire) a clitic ’s before a participle and a clause is has",
			"The mayor praised Vell, who’s argued for years that the port is unsafe. She’s claimed that the ferry is late.",
			[]want{{cue: "praised"}, {cue: "argued", content: "the port is unsafe"}, {source: "She", cue: "claimed", content: "the ferry is late"}}},
		{"a participle after a comma with an agent after it: the agent speaks of the noun phrase before the comma",
			"The harbour levy, opposed by the dockers' union, never became law. The council approved the ferry plan, backed by most traders, on Monday.",
			[]want{{source: "the dockers' union", cue: "opposed", content: "The harbour levy", rule: "passive-by"},
				{source: "most traders", cue: "backed", content: "the ferry plan", rule: "passive-by"}}},
		{"the charge after the agent is no part of it",
			"The pilot, accused by the port authority of hiding the damage, left the island.",
			[]want{{source: "the port authority", cue: "accused", content: "The pilot", rule: "passive-by"}}},
		{"(must not fire) a means after by leaves an active verb after an aside",
			"Mayor Hale, now 81, said by telephone that the ferry was late.",
			[]want{{source: "Mayor Hale, now 81", cue: "said", content: "the ferry was late"}}},
	})
}

// TestEnglishTitleOfBodyLater checks that a later claim by a title of the
// body that made the earlier one ("the fire service … a fire service
// spokesman later said") keeps its later timing, and a title of another
// body does not.
func TestEnglishTitleOfBodyLater(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a spokesman of the same body later gives another figure",
			"The fire service initially said 12 homes had burned. A fire service spokesman later said nine homes had burned.",
			[]want{{cue: "said", timing: sumber.Earlier}, {source: "A fire service spokesman", cue: "said", timing: sumber.Later}}},
		{"(must not fire) a spokesman of another body",
			"The fire service initially said 12 homes had burned. A county spokesman later said nine homes had burned.",
			[]want{{cue: "said", timing: sumber.Earlier}, {source: "A county spokesman", cue: "said", timing: "-"}}},
	})
}

// TestEnglishAnonymityRelative checks the anonymity clauses of English
// news: a refusal to be named is no no-comment (words.tsv not-cue), and a
// reason clause inside the relative clause ("because it was not
// authorized to speak", class reason-opener) leaves the noun phrase
// before "who" as the source; a reason clause after a main verb does not.
func TestEnglishAnonymityRelative(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a refusal to be named inside a relative clause is no cue",
			"A nurse who declined to be named said the ward had run out of saline.",
			[]want{{source: "A nurse who declined to be named", cue: "said", content: "the ward had run out of saline"}}},
		{"a reason clause inside the relative clause",
			"A port engineer who asked not to be identified because he was not allowed to talk to the press said the crane had failed twice.",
			[]want{{source: "A port engineer who asked not to be identified because he was not allowed to talk to the press", cue: "said", content: "the crane had failed twice"}}},
		{"a reason clause of a plain relative clause",
			"Farmers who stayed because the bridge was closed said the river rose overnight.",
			[]want{{source: "Farmers who stayed because the bridge was closed", cue: "said", content: "the river rose overnight"}}},
		{"(must not fire) a reason clause after a main verb has its own subject",
			"The baker who lives upstairs moved out because the landlord said the rent would double.",
			[]want{{source: "the landlord", cue: "said", content: "the rent would double"}}},
		{"(must not fire) a no-comment is still one",
			"The harbor master declined to comment on the crane.",
			[]want{{source: "The harbor master", cue: "declined to comment", stance: sumber.Neither}}},
	})
}

// TestEnglishDocumentParticipleAside checks a document named with its
// author and a participle aside before its cue ("A study by X, released
// on Friday, estimated …"): the whole noun phrase is the source and the
// noun phrase after the cue its object, and a time in the aside dates the
// document's claim; a post-posed source after a content is still read as
// one, with a preposition inside it ("…, said a spokesman for the water
// board").
func TestEnglishDocumentParticipleAside(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"an estimate of a document with an author and a participle aside",
			"A study by the water board, released on Friday, estimated the leak at 300 liters a day.",
			[]want{{source: "A study by the water board, released on Friday", cue: "estimated", content: "the leak at 300 liters a day", stance: sumber.Believe}}},
		{"a finding of a document with an author and a participle aside",
			"An audit by the county treasurer, completed last week, found that two accounts were overdrawn.",
			[]want{{source: "An audit by the county treasurer, completed last week", cue: "found", content: "two accounts were overdrawn", date: "2024-12-16"}}},
		{"(must not fire) a participle aside after a body dates no document",
			"The county board, meeting last week, said two accounts were overdrawn.",
			[]want{{cue: "said", content: "two accounts were overdrawn", date: "-"}}},
		{"(must not fire) a speaker after the cue closes a content",
			"The leak had grown overnight, said a spokesman for the water board.",
			[]want{{source: "a spokesman for the water board", cue: "said", content: "The leak had grown overnight"}}},
	})
}

// TestEnglishAccordingToParticipleAgent checks that a participle with its
// agent after the noun of an according-to source stays in the source
// ("according to engineers hired by the county"), while a document seen by
// an outlet still loses the outlet (class seen-by).
func TestEnglishAccordingToParticipleAgent(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a participle with its agent stays in the source",
			"The culvert had collapsed, according to surveyors hired by the township.",
			[]want{{source: "surveyors hired by the township", cue: "according to", content: "The culvert had collapsed"}}},
		{"(must not fire) a document seen by an outlet",
			"The culvert had collapsed, according to a memo seen by the Valley Herald.",
			[]want{{source: "a memo", cue: "according to", content: "The culvert had collapsed"}}},
	})
}

// TestEnglishCountAct checks a cue form that acts on a count after it
// (words.tsv count-act): "the clinic admitted 30 patients" lets people in
// and claims nothing, while a clause after the count, a clause without a
// count and a noun object still report.
func TestEnglishCountAct(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"(must not fire) a count after the verb is what it acts on",
			"The clinic admitted 30 patients with burns on Friday.",
			nil},
		{"(must not fire) a vague count too",
			"The academy admits dozens of cadets every spring.",
			nil},
		{"a clause after the count still reports",
			"The army admitted 14 recruits had been injured in the drill.",
			[]want{{source: "The army", cue: "admitted", content: "14 recruits had been injured in the drill", stance: sumber.Confirm}}},
		{"a noun object still reports",
			"The utility admitted errors in its billing.",
			[]want{{source: "The utility", cue: "admitted", content: "errors in its billing", stance: sumber.Confirm}}},
	})
}

// TestEnglishPersonWithBodyAppositive checks that a person named with an
// appositive or a relative clause that ends in a body's noun ("…, who
// chairs the committee") is still a person "he" can stand for, while a
// body's own name is not.
func TestEnglishPersonWithBodyAppositive(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a person with a relative clause ending in a body",
			"The mayor said the pier would close. Councilman Otto Brede, a Republican who sits on the harbor commission, called the plan \"a mistake.\" He said he would vote against it.",
			[]want{{cue: "said"}, {cue: "called"}, {source: "He", actor: "Councilman Otto Brede", cue: "said"}}},
		{"(must not fire) a body is no antecedent of he",
			"Councilman Otto Brede said the pier would close. The harbor commission, which meets monthly, called the plan \"a mistake.\" He said he would vote against it.",
			[]want{{cue: "said"}, {cue: "called"}, {source: "He", actor: "Councilman Otto Brede", cue: "said"}}},
	})
}

// TestEnglishGerundWithoutContent checks that a gerund cue followed by a
// coordinator or a comma ("before deciding and then …", "before
// answering, then …") has no content and claims nothing, while a gerund
// with its clause still does.
func TestEnglishGerundWithoutContent(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"(must not fire) a coordinator after the gerund",
			"The board waited a month before deciding and then raised the fares.",
			nil},
		{"(must not fire) a comma after the gerund",
			"The pilot hesitated before answering, then said the engine had stalled.",
			[]want{{source: "The pilot", cue: "said", content: "the engine had stalled"}}},
		{"a gerund with its clause",
			"The pilot ended the call by saying the engine had stalled.",
			[]want{{source: "The pilot", cue: "saying", content: "the engine had stalled", rule: "verb-gerund"}}},
	})
}

// TestEnglishEstimateCompare checks a revision verb that places a figure
// by a comparative instead of a number ("put the number of deer far
// higher", words.tsv estimate-compare and compare-noun), and that an act
// on a count without a figure noun stays no claim.
func TestEnglishEstimateCompare(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"a noun of quantity placed higher",
			"Hunters put the number of deer in the valley far higher.",
			[]want{{source: "Hunters", cue: "put", content: "the number of deer in the valley far higher", stance: sumber.Believe}}},
		{"a figure noun placed lower",
			"The union puts the turnout much lower.",
			[]want{{source: "The union", cue: "puts", content: "the turnout much lower", stance: sumber.Believe}}},
		{"(must not fire) a rate raised higher is an act",
			"The bank pushed interest rates higher.",
			nil},
	})
}

// TestEnglishAdverbBeforeCue: an adverb in -ly between the subject and its
// cue is the verb's, after an auxiliary, a trimmed word or the comma that
// closes a name's apposition; it is never the source.
func TestEnglishAdverbBeforeCue(t *testing.T) {
	checkAll(t, "en", []sentenceCase{
		{"after the comma closing an apposition",
			"The port's lawyer, Ana Reyes, bluntly suggested that the audit was rigged.",
			[]want{{source: "The port's lawyer, Ana Reyes", cue: "suggested", content: "the audit was rigged"}}},
		{"after a trimmed word",
			"Mayor Vell also grudgingly agreed that the pier must close.",
			[]want{{source: "Mayor Vell", cue: "agreed", content: "the pier must close"}}},
		{"after an auxiliary",
			"The dockers have repeatedly warned that the cranes are unsafe.",
			[]want{{source: "The dockers", cue: "warned", content: "the cranes are unsafe"}}},
		{"(must not fire) a repeated adverb after a comma stays in the content",
			"Vell said he really, really wants the pier reopened.",
			[]want{{source: "Vell", cue: "said", content: "he really, really wants the pier reopened"}}},
	})
}
