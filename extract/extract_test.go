package extract

import (
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
	tests := []struct {
		name, text string
		wants      []want
	}{
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
			[]want{{source: "Juru bicara Basarnas", cue: "membantah", stance: sumber.Deny, content: "kabar bahwa pencarian dihentikan"}}},
		{"a report is the vehicle of the body that issued it, and the relaying speaker is named again by a short name", "Anggota DPR Rina Sumarto, mengutip laporan Badan Pusat Statistik, mengatakan inflasi naik. Rina menyebut harga beras ikut naik.",
			[]want{{source: "laporan Badan Pusat Statistik", actor: "Badan Pusat Statistik", cue: "mengatakan"}, {source: "Rina", actor: "Anggota DPR Rina Sumarto", cue: "menyebut"}}},
		{"a no-comment's content is its topic", "Direksi pelabuhan menolak berkomentar tentang penutupan itu ketika ditanya wartawan.",
			[]want{{source: "Direksi pelabuhan", stance: sumber.Neither, content: "penutupan itu"}}},
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
			[]want{{source: "Seorang saksi", cue: "mengaku", stance: sumber.Claim, content: "melihat puluhan tentara memasuki desa"}}},
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, "id", tc.wants) })
	}
}

func TestEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		wants      []want
	}{
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
			[]want{{source: "who", actor: "Tessa Varn", cue: "denied", timing: sumber.Earlier}, {source: "Lumoran envoy Tessa Varn", actor: "Tessa Varn", cue: "confirmed", timing: sumber.Later}}},
		{"a name with a title later is the person named before", "Tessa Varn said talks would resume. Lumoran envoy Tessa Varn added that a date was set.",
			[]want{{actor: "Tessa Varn"}, {source: "Lumoran envoy Tessa Varn", actor: "Tessa Varn"}}},
		{"an inverted source keeps its relative clause", "\"The levee will hold,\" said Petra Lind, an engineer, who inspected it on Sunday.",
			[]want{{source: "Petra Lind, an engineer, who inspected it on Sunday", actor: "Petra Lind", cue: "said"}}},
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
			[]want{{source: "who", actor: "Ms. Lee", cue: "said", content: "the numbers were rising"}}},
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
		{"an accusation the named actor denied", "The ministry said drones hit a power station, an accusation Varesia swiftly denied.",
			[]want{{source: "The ministry", cue: "said", content: "drones hit a power station", via: []string{}}, {source: "Varesia", cue: "denied", stance: sumber.Deny, content: "The ministry said drones hit a power station"}}},
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
		{"according to after a long clause is not a parenthetical relay", "Large farms would gain the most, according to the Farm Bureau, more than twice the small ones.",
			[]want{{source: "the Farm Bureau", cue: "according to", content: "Large farms would gain the most"}}},
		{"a date between a relative pronoun and the cue", "Viktor Hale, who on Wednesday had denied that any draft existed, confirmed it later.",
			[]want{{source: "who", actor: "Viktor Hale", cue: "denied", timing: sumber.Earlier}, {source: "Viktor Hale", cue: "confirmed"}}},
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
			[]want{{source: "who", actor: "Farmers", cue: "called for"}}},
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
			[]want{{cue: "according to", source: "the coast guard"}, {source: "which", actor: "coast guard", cue: "said", via: []string{}}}},
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
		{"a long aside with a clause inside it before a pre-posed cue", "Two engineers, speaking on condition of anonymity because the inquiry was still under way, said the dam had cracked.",
			[]want{{source: "Two engineers", cue: "said", content: "the dam had cracked"}}},
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
		{"a relative clause declining to be named, then the subject's cue", "A diver on the salvage team, who declined to be identified, said the hull had split.",
			[]want{{source: "who", cue: "declined", stance: sumber.Neither}, {source: "A diver on the salvage team, who declined to be identified", cue: "said", content: "the hull had split"}}},
		{"putting a count at a number is an estimate", "The refugee office put the number of displaced at 9,500 on Sunday.",
			[]want{{source: "The refugee office", cue: "put", stance: sumber.Believe, measure: "displaced"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, "en", tc.wants) })
	}
}

func TestVietnamese(t *testing.T) {
	tests := []struct {
		name, text string
		wants      []want
	}{
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
			[]want{{source: "thông cáo báo chí của Bộ Y tế", actor: "Bộ Y tế", cue: "Theo", content: "chiến dịch tiêm chủng sẽ tiếp tục vào tháng 11"}}},
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
		{"anonymity between commas after the subject is skipped", "Một quan chức hải quan, đề nghị giấu tên, cho biết lô hàng đã bị tạm giữ.",
			[]want{{source: "Một quan chức hải quan", cue: "cho biết", content: "lô hàng đã bị tạm giữ"}}},
		{"kể recounts with a complementizer or after a quotation", "Bà Thu kể với người thân rằng cửa hàng bị cháy lúc nửa đêm. “Lửa bén rất nhanh”, bà kể.",
			[]want{{source: "Bà Thu", cue: "kể", content: "cửa hàng bị cháy lúc nửa đêm"}, {source: "bà", cue: "kể"}}},
		{"kể cả and kể từ are no cues", "Kể từ tháng 5, mọi người, kể cả người già, đều được hỗ trợ.", nil},
		{"theo a document from a body reads past từ; the body is the actor", "Theo thông tin từ Sở Y tế tỉnh Halden, 7 bệnh nhân đã xuất viện.",
			[]want{{source: "thông tin từ Sở Y tế tỉnh Halden", actor: "Sở Y tế tỉnh Halden", cue: "Theo", content: "7 bệnh nhân đã xuất viện"}}},
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
			[]want{{source: "Một quan chức", cue: "cho biết"}, {source: "một quan chức", cue: "cho biết", via: []string{"Reuters"}}, {source: "Sở Xây dựng tuần qua", cue: "cho biết"}}},
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
		{"a comma and song end the content", "Bà Ilse cho rằng giá thuê sẽ còn tăng, song không nêu lý do.",
			[]want{{source: "Bà Ilse", cue: "cho rằng", content: "giá thuê sẽ còn tăng"}}},
		{"an event kicker before a headline colon is no speaker", "Lũ quét ở Dravo: 12 người mất tích, chính quyền huyện nói nhiều xã còn bị cô lập\nCác đội cứu hộ đã tới hiện trường.",
			[]want{{source: "chính quyền huyện", cue: "nói", content: "nhiều xã còn bị cô lập", via: []string{}}}},
		{"a question before a no-comment: its topic is the content", "Khi được hỏi về số tiền bồi thường, đại diện hãng Torvik từ chối bình luận.",
			[]want{{source: "đại diện hãng Torvik", cue: "từ chối bình luận", stance: sumber.Neither, content: "số tiền bồi thường"}}},
		{"a setting after a comma ends the content", "Tập đoàn Halvik thừa nhận có thể cắt giảm 500 việc làm, trong bối cảnh doanh thu sụt giảm mạnh.",
			[]want{{source: "Tập đoàn Halvik", cue: "thừa nhận", content: "có thể cắt giảm 500 việc làm"}}},
		{"a follow-up by the quoted one keeps the relay", "Hãng tin Reuters dẫn lời một sĩ quan hải quân cho biết hai tàu đã va chạm. Sĩ quan này nói thêm rằng không ai bị thương.",
			[]want{{source: "một sĩ quan hải quân", via: []string{"Reuters"}}, {source: "Sĩ quan này", cue: "nói thêm rằng", via: []string{"Reuters"}}}},
		{"a long title and name, then the surname alone, keeps the relay", "Theo hãng AP, Thứ trưởng Bộ Tài chính nước này Oren Lask khẳng định ngân sách vẫn đủ chi. Ông Lask cũng bác bỏ tin đồn tăng thuế.",
			[]want{{cue: "khẳng định", via: []string{"Associated Press"}}, {source: "Ông Lask", actor: "Thứ trưởng Bộ Tài chính nước này Oren Lask", cue: "bác bỏ", via: []string{"Associated Press"}}}},
		{"an outlet told is no relay of the next claim", "“Giá dầu sẽ còn tăng”, ông Reno nói với Reuters. Ông cũng cho biết nguồn cung vẫn ổn định.",
			[]want{{cue: "nói", via: []string{"Reuters"}}, {source: "Ông", cue: "cho biết", via: []string{}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, "vi", tc.wants) })
	}
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
