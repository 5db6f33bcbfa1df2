package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"sumber"
)

// pub is a Tuesday.
var pub = time.Date(2024, 12, 24, 9, 30, 0, 0, time.FixedZone("WIB", 7*3600))

type tcase struct {
	text string
	want []string // "text|value|precision", "+rel" appended when relative
}

func render(ms []Match) []string {
	var out []string
	for _, m := range ms {
		s := fmt.Sprintf("%s|%s|%s", m.Text, m.Value, m.Precision)
		if m.Relative {
			s += "|rel"
		}
		out = append(out, s)
	}
	return out
}

func runCases(t *testing.T, lang string, published time.Time, cases []tcase) {
	t.Helper()
	for _, c := range cases {
		ms := Find(c.text, lang, published)
		got := render(ms)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: Find(%q)\n got  %q\n want %q", lang, c.text, got, c.want)
		}
		for _, m := range ms {
			if c.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: offsets %d:%d do not give %q", c.text, m.Start, m.End, m.Text)
			}
			if !strings.HasPrefix(m.Rule, lang+":") {
				t.Errorf("%q: rule %q", c.text, m.Rule)
			}
		}
	}
}

func TestLexiconsLoad(t *testing.T) {
	for _, code := range []string{"id", "en", "vi"} {
		lx := load(code)
		for _, err := range lx.errs {
			t.Error(err)
		}
		if len(lx.first) == 0 {
			t.Errorf("%s: empty lexicon", code)
		}
	}
	// how each language writes numeric dates comes from its dates.tsv
	en, vi, id := load("en"), load("vi"), load("id")
	if !en.mdy || vi.mdy || id.mdy {
		t.Errorf("numeric-order mdy: en %v, vi %v, id %v; want only en", en.mdy, vi.mdy, id.mdy)
	}
	if !vi.dotDM || !vi.dashDM || en.dotDM || id.dashDM {
		t.Errorf("day-month-dot/dash: vi %v/%v, en %v, id %v; want only vi", vi.dotDM, vi.dashDM, en.dotDM, id.dashDM)
	}
}

func TestDateSettings(t *testing.T) {
	cases := []struct {
		name, value string
		ok          bool
	}{
		{"numeric-order", "mdy", true},
		{"numeric-order", "dmy", true},
		{"numeric-order", "ymd", false},
		{"day-month-dot", "yes", true},
		{"week-start", "monday", false},
	}
	for _, c := range cases {
		lx := &lexicon{}
		if err := lx.setting(c.name, c.value); (err == nil) != c.ok {
			t.Errorf("setting(%q, %q) = %v, want ok %v", c.name, c.value, err, c.ok)
		}
	}
}

func TestIndonesian(t *testing.T) {
	runCases(t, "id", pub, []tcase{
		{"The New York Times melaporkan pada 23 Desember bahwa pasukan Korea Utara bergerak.",
			[]string{"23 Desember|2024-12-23|day"}},
		{"Pada tanggal 23 Desember, intelijen Korea Selatan mengatakan.",
			[]string{"tanggal 23 Desember|2024-12-23|day"}},
		{"Dinas intelijen mengatakan, Senin (21/10/2024), bahwa tentara tiba.",
			[]string{"Senin (21/10/2024)|2024-10-21|day"}},
		{"Juru bicara itu mengatakan (23/10) bahwa tidak ada konfirmasi.",
			[]string{"23/10|2024-10-23|day"}},
		{"Laporan tertanggal 23/10/2024 menyebut 3.000 tentara.",
			[]string{"23/10/2024|2024-10-23|day"}},
		{"Sejak September 2023, Pyongyang mengirim peluru artileri.",
			[]string{"September 2023|2023-09|month"}},
		{"Kesepakatan itu ditandatangani pada 2023 di Pyongyang.",
			[]string{"2023|2023|year"}},
		{"Pakta pertahanan ditandatangani tahun 2024 oleh Kim dan Putin.",
			[]string{"tahun 2024|2024|year"}},
		{"Sekitar 2.023 tentara dan 2023 peluru dilaporkan.", nil},
		{"Kim Jong Un berbicara Senin di Pyongyang.",
			[]string{"Senin|2024-12-23|day|rel"}},
		{"Kremlin membantah pada hari Senin.",
			[]string{"hari Senin|2024-12-23|day|rel"}},
		{"Seoul mengatakan Senin lalu bahwa korban bertambah.",
			[]string{"Senin lalu|2024-12-23|day|rel"}},
		{"Rabu lalu, Ukraina mengklaim menangkap dua tentara.",
			[]string{"Rabu lalu|2024-12-18|day|rel"}},
		{"Selasa lalu pasukan tiba.", []string{"Selasa lalu|2024-12-17|day|rel"}},
		{"Pejabat itu berbicara Selasa.", []string{"Selasa|2024-12-24|day|rel"}},
		{"Pertemuan dijadwalkan Senin depan.", []string{"Senin depan|2024-12-30|day|rel"}},
		{"Zelensky mengatakan kemarin bahwa 3.000 tentara tewas.",
			[]string{"kemarin|2024-12-23|day|rel"}},
		{"Hari ini, Pentagon belum berkomentar.", []string{"Hari ini|2024-12-24|day|rel"}},
		{"Pekan lalu NIS melaporkan korban.", []string{"Pekan lalu|2024-12-16|week|rel"}},
		{"Laporan itu terbit minggu lalu.", []string{"minggu lalu|2024-12-16|week|rel"}},
		{"Pasukan tiba bulan lalu di Kursk.", []string{"bulan lalu|2024-11|month|rel"}},
		{"Perjanjian ditandatangani tahun lalu.", []string{"tahun lalu|2023|year|rel"}},
		{"Sejak musim gugur lalu, ribuan tentara dikirim.",
			[]string{"musim gugur lalu|2024-09-01|season|rel"}},
		{"Serangan meningkat pada musim panas.", []string{"musim panas|2024-06-01|season|rel"}},
		{"Pasukan dikerahkan pada awal Desember.", []string{"awal Desember|2024-12|month"}},
		{"Laporan akhir Oktober menyebut 11 ribu tentara.", []string{"akhir Oktober|2024-10|month"}},
		{"Ukraina menyatakan Oktober tahun lalu bahwa ...", []string{"Oktober tahun lalu|2023-10|month|rel"}},
		{"Pasukan tiba Agustus lalu.", []string{"Agustus lalu|2024-08|month|rel"}},
		{"Pertempuran terjadi Minggu (22/12).", []string{"Minggu (22/12)|2024-12-22|day"}},
		{"Serangan terjadi Senin pekan lalu.", []string{"Senin pekan lalu|2024-12-16|day|rel"}},
		{"Dia tewas tiga hari lalu, tepatnya 3 hari lalu.", []string{"tiga hari lalu|2024-12-21|day|rel", "3 hari lalu|2024-12-21|day|rel"}},
		{"Gempa terjadi dua pekan lalu.", []string{"dua pekan lalu|2024-12-10|day|rel"}},
		{"Dua warga tewas.", nil},
		{"Presiden berbicara pada bulan Desember.", []string{"bulan Desember|2024-12|month"}},
		{"Kunjungan itu pada akhir pekan lalu.", []string{"akhir pekan lalu|2024-12-21|week|rel"}},
		{"Rencana untuk pertengahan 2025.", []string{"pertengahan 2025|2025|year"}},
		// not dates
		{"Agustus Sani, seorang analis, mengatakan skor 3/5 dan layanan 24/7.", nil},
		{"Hubungi 0812-3456-7890 atau versi 1.2.3 dan pukul 18.10 WIB.", nil},
		{"Selama beberapa minggu, 1/2 dari pasukan mundur.", nil},
		{"Para tentara berbaris Senin", []string{"Senin|2024-12-23|day|rel"}},
	})
}

func TestEnglish(t *testing.T) {
	runCases(t, "en", pub, []tcase{
		{"The agency said on December 23 that troops had moved.", []string{"December 23|2024-12-23|day"}},
		{"In a Dec. 23 briefing, officials said.", []string{"Dec. 23|2024-12-23|day"}},
		{"Officials said on 23 December that 1,000 were killed.", []string{"23 December|2024-12-23|day"}},
		{"The report, dated Dec 23, 2024, cited 10,000 troops.", []string{"Dec 23, 2024|2024-12-23|day"}},
		{"Ukraine said on Monday that it captured two soldiers.", []string{"Monday|2024-12-23|day|rel"}},
		{"Seoul said last Monday that casualties rose.", []string{"last Monday|2024-12-23|day|rel"}},
		{"The NIS said last week that 100 were killed.", []string{"last week|2024-12-16|week|rel"}},
		{"Troops arrived last month in Kursk.", []string{"last month|2024-11|month|rel"}},
		{"The treaty was signed last year.", []string{"last year|2023|year|rel"}},
		{"Since last autumn, shells have flowed.", []string{"last autumn|2024-09-01|season|rel"}},
		{"Since last fall, shells have flowed.", []string{"last fall|2024-09-01|season|rel"}},
		{"Fighting intensified this summer.", []string{"this summer|2024-06-01|season|rel"}},
		{"The Pentagon said yesterday it could not confirm.", []string{"yesterday|2024-12-23|day|rel"}},
		{"Kyiv said earlier this month that ...", []string{"earlier this month|2024-12|month|rel"}},
		{"Troops were deployed in October.", []string{"October|2024-10|month"}},
		{"The pact was signed in 2023.", []string{"2023|2023|year"}},
		{"Timestamp 2024-12-23 in the log.", []string{"2024-12-23|2024-12-23|day"}},
		{"A memo dated 12/23/2024 said.", []string{"12/23/2024|2024-12-23|day"}},
		{"A memo dated 23/12/2024 said.", []string{"23/12/2024|2024-12-23|day"}},
		{"A memo dated 11/12/2024 said.", []string{"11/12/2024|2024-11-12|day"}},
		{"The soldiers may march; the March of troops.", nil},
		{"Officials said in March that 3,000 were there.", []string{"March|2024-03|month"}},
		{"The fall of Avdiivka; a 3/5 score; open 24/7; version 2.1.0.", nil},
		{"He spoke Monday, Dec. 23, in Seoul.", []string{"Monday, Dec. 23|2024-12-23|day"}},
		{"Two weeks ago, and 3 days ago, the unit moved.", []string{"3 days ago|2024-12-21|day|rel"}},
		{"Russia said in the summer that ...", []string{"summer|2024-06-01|season|rel"}},
		{"In the summer of 2023 talks began.", []string{"summer of 2023|2023-06-01|season"}},
		{"Late last year, the NIS said.", []string{"Late last year|2023|year|rel"}},
		{"By mid-2024, troops were there.", []string{"mid-2024|2024|year"}},
		{"The 23rd of December was cold.", []string{"23rd of December|2024-12-23|day"}},
		{"Next Monday the envoy visits.", []string{"Next Monday|2024-12-30|day|rel"}},
		{"Late October reports said.", []string{"Late October|2024-10|month"}},
	})
}

func TestVietnamese(t *testing.T) {
	runCases(t, "vi", pub, []tcase{
		{"Tình báo Hàn Quốc cho biết ngày 18/10 rằng binh sĩ đã đến.", []string{"ngày 18/10|2024-10-18|day"}},
		{"Báo cáo ngày 23/12/2024 nêu 10.000 quân.", []string{"ngày 23/12/2024|2024-12-23|day"}},
		{"Hãng tin cho hay hôm 18.10 rằng ...", []string{"hôm 18.10|2024-10-18|day"}},
		{"Hãng tin cho hay (18.10) rằng ...", []string{"18.10|2024-10-18|day"}},
		// Tuổi Trẻ writes day-month with a dash, after a date word only
		{"Chiều 21-10, công an huyện cho biết hai người bị thương.", []string{"21-10|2024-10-21|day"}},
		{"Chiều 21/10, công an huyện cho biết hai người bị thương.", []string{"21/10|2024-10-21|day"}},
		{"Ngày 21-10, công an huyện cho biết hai người bị thương.", []string{"Ngày 21-10|2024-10-21|day"}},
		{"Khoảng 12-15 người và tỷ số 2-1 được ghi nhận.", nil},
		{"Quân đội đã đến hôm 18/10.", []string{"hôm 18/10|2024-10-18|day"}},
		{"Binh sĩ được triển khai vào tháng 10.", []string{"tháng 10|2024-10|month"}},
		{"Hiệp ước được ký vào tháng 10 năm ngoái.", []string{"tháng 10 năm ngoái|2023-10|month|rel"}},
		{"Từ tháng 10/2024, hàng nghìn quân đã đến.", []string{"tháng 10/2024|2024-10|month"}},
		{"Hiệp ước được ký năm 2023.", []string{"năm 2023|2023|year"}},
		{"Ông Kim phát biểu hôm thứ Hai.", []string{"hôm thứ Hai|2024-12-23|day|rel"}},
		{"Bộ Quốc phòng cho biết thứ Hai rằng ...", []string{"thứ Hai|2024-12-23|day|rel"}},
		{"Điện Kremlin bác bỏ vào thứ 2.", []string{"thứ 2|2024-12-23|day|rel"}},
		{"Đây là lần thứ hai và lần thứ 2.", nil},
		{"Chủ nhật, quân đội Ukraine cho biết ...", []string{"Chủ nhật|2024-12-22|day|rel"}},
		{"Hôm qua, Bình Nhưỡng bác bỏ.", []string{"Hôm qua|2024-12-23|day|rel"}},
		{"Tuần trước, NIS cho biết.", []string{"Tuần trước|2024-12-16|week|rel"}},
		{"Tháng trước, Triều Tiên gửi quân.", []string{"Tháng trước|2024-11|month|rel"}},
		{"Năm ngoái, hai nước ký hiệp ước.", []string{"Năm ngoái|2023|year|rel"}},
		{"Quân đội đã đến vào mùa thu năm ngoái.", []string{"mùa thu năm ngoái|2023-09-01|season|rel"}},
		{"Quân đội đã đến vào mùa thu vừa qua.", []string{"mùa thu vừa qua|2024-09-01|season|rel"}},
		{"Quân đội tấn công thứ Hai tuần trước.", []string{"thứ Hai tuần trước|2024-12-16|day|rel"}},
		{"Ngày 23 tháng 12 năm 2024, Seoul cho biết.", []string{"Ngày 23 tháng 12 năm 2024|2024-12-23|day"}},
		{"Vào đầu tháng 12, quân đã tới.", []string{"đầu tháng 12|2024-12|month"}},
		{"Thứ Hai (21/10), NIS cho biết.", []string{"Thứ Hai (21/10)|2024-10-21|day"}},
		{"Hơn 1.500 binh sĩ, tỷ lệ 18.10 và 3/5 số quân.", nil},
		{"Khoảng 2 tuần trước, quân đến.", []string{"2 tuần trước|2024-12-10|day|rel"}},
	})
}

func TestYearRollBack(t *testing.T) {
	jan5 := time.Date(2025, 1, 5, 8, 0, 0, 0, time.UTC)
	runCases(t, "id", jan5, []tcase{
		{"NYT melaporkan pada 23 Desember bahwa ...", []string{"23 Desember|2024-12-23|day"}},
		{"Laporan (30/12) dan (10/1).", []string{"30/12|2024-12-30|day", "10/1|2025-01-10|day"}},
		{"Pada Desember, dan pada Januari.", []string{"Desember|2024-12|month", "Januari|2025-01|month"}},
	})
	runCases(t, "en", jan5, []tcase{
		{"On December 23 and on Jan. 9 and on Jan. 20.", []string{"December 23|2024-12-23|day", "Jan. 9|2025-01-09|day", "Jan. 20|2024-01-20|day"}},
	})
	runCases(t, "vi", jan5, []tcase{
		{"ngày 23/12 và ngày 2/1", []string{"ngày 23/12|2024-12-23|day", "ngày 2/1|2025-01-02|day"}},
	})
}

func TestSeasons(t *testing.T) {
	at := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }
	cases := []struct {
		pub  time.Time
		expr string
		want string
	}{
		{at(2024, 12, 24), "last winter", "2023-12-01"},
		{at(2024, 12, 24), "this winter", "2024-12-01"},
		{at(2025, 1, 10), "this winter", "2024-12-01"},
		{at(2024, 7, 15), "last summer", "2023-06-01"},
		{at(2024, 7, 15), "this summer", "2024-06-01"},
		{at(2024, 7, 15), "next spring", "2025-03-01"},
		{at(2024, 4, 1), "next summer", "2024-06-01"},
		{at(2024, 2, 10), "last autumn", "2023-09-01"},
	}
	for _, c := range cases {
		m, ok := Resolve(c.expr, "en", c.pub)
		if !ok || m.Value != c.want || m.Precision != sumber.Season {
			t.Errorf("Resolve(%q, %s) = %+v %v, want %s", c.expr, c.pub.Format("2006-01-02"), m, ok, c.want)
		}
	}
}

func TestZeroPublished(t *testing.T) {
	runCases(t, "id", time.Time{}, []tcase{
		{"Pada 23 Desember 2024, kemarin, dan 23 Desember, Senin lalu.",
			[]string{"23 Desember 2024|2024-12-23|day", "23 Desember||day"}},
	})
	runCases(t, "en", time.Time{}, []tcase{
		{"Last week, in October and in 2023.", []string{"October||month", "2023|2023|year"}},
	})
}

func TestResolve(t *testing.T) {
	cases := []struct {
		expr, lang, want string
		prec             sumber.Precision
		ok               bool
	}{
		{"23 Desember", "id", "2024-12-23", sumber.Day, true},
		{"Agustus", "id", "2024-08", sumber.Month, true},
		{"pada 2023", "id", "2023", sumber.Year, true},
		{"(23 Dec)", "en", "2024-12-23", sumber.Day, true},
		{"may", "en", "2024-05", sumber.Month, true},
		{"24/7", "en", "2024-07-24", sumber.Day, true},
		{"24/7", "id", "2024-07-24", sumber.Day, true},
		{"last fall", "en", "2024-09-01", sumber.Season, true},
		{"thứ hai", "vi", "2024-12-23", sumber.Day, true},
		{"hôm qua", "vi", "2024-12-23", sumber.Day, true},
		{"23 Desember lalu bahwa", "id", "", "", false},
		{"said yesterday", "en", "", "", false},
		{"", "en", "", "", false},
		{"2024-12-23", "xx", "2024-12-23", sumber.Day, true},
		{"23/12/2024", "a very long and unknown language code", "2024-12-23", sumber.Day, true},
	}
	for _, c := range cases {
		m, ok := Resolve(c.expr, c.lang, pub)
		if ok != c.ok || m.Value != c.want || m.Precision != c.prec {
			t.Errorf("Resolve(%q, %s) = %+v %v; want %q %s %v", c.expr, c.lang, m, ok, c.want, c.prec, c.ok)
		}
	}
}

func TestConcurrent(t *testing.T) {
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 50; i++ {
				for _, l := range []string{"id", "en", "vi"} {
					Find(sample(l), l, pub)
					Find(sample(l), "xx", pub)
				}
			}
			done <- true
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
