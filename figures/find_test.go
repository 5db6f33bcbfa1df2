package figures

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// show renders a match compactly: "TEXT|OP VALUE[-HIGH] [unit] [/measure] [@subject] [ana]".
func show(m Match) string {
	v := strconv.FormatFloat(m.Value, 'f', -1, 64)
	if m.Low != m.High {
		v = strconv.FormatFloat(m.Low, 'f', -1, 64) + "-" + strconv.FormatFloat(m.High, 'f', -1, 64)
	}
	s := fmt.Sprintf("%s|%s %s", m.Text, m.Bound, v)
	if m.Unit != "" {
		s += " " + m.Unit
	}
	if m.Measure != "" {
		s += " /" + m.Measure
	}
	if m.Subject != "" {
		s += " @" + m.Subject
	}
	if m.Anaphoric {
		s += " ana"
	}
	return s
}

type findCase struct {
	text string
	want []string
}

func runFind(t *testing.T, lang string, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		got := Find(c.text, lang)
		var gs []string
		for _, m := range got {
			gs = append(gs, show(m))
			if c.text[m.Start:m.End] != m.Text {
				t.Errorf("%q: offsets %d:%d do not cover %q", c.text, m.Start, m.End, m.Text)
			}
			if m.Rule == "" || !strings.HasPrefix(m.Rule, lang+":") {
				t.Errorf("%q: bad rule %q", c.text, m.Rule)
			}
		}
		if strings.Join(gs, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s: %q\n got: %q\nwant: %q", lang, c.text, gs, c.want)
		}
	}
}

func TestFindID(t *testing.T) {
	runFind(t, "id", []findCase{
		// petani, jembatan, tempat tidur, dosis; terdampak is affected
		{"Sekitar 4.000 warga dari 9 dusun mengungsi ke 21 posko, dan jumlahnya naik ke 4.500.",
			[]string{"Sekitar 4.000 warga|~ 4000 people /displaced", "4.500|= 4500 ana"}},
		{"Dua warga tewas di tiga kecamatan dan di 14 desa.",
			[]string{"Dua warga|= 2 people /killed"}},
		// neighbouring spelled numbers are a guess, digits a range
		{"Tiga-empat rumah roboh dan 30-40 warga mengungsi.",
			[]string{"Tiga-empat rumah|~ 3-4 homes /destroyed", "30-40 warga|= 30-40 people /displaced"}},
		{"Jumlah penumpang kapal di Selvar turun 15% menjadi 31.000 pada Juni.",
			[]string{"15%|= 15 percent", "31.000|= 31000 passengers"}},
		{"Sekitar 2.400 hektare kebun terdampak banjir, dan 5.000 petani menunggu bantuan.",
			[]string{"Sekitar 2.400 hektare|~ 2400 hectares /affected", "5.000 petani|= 5000 farmers"}},
		{"Rumah sakit itu punya 85 tempat tidur, 6 jembatan rusak, dan 12.000 dosis vaksin tiba.",
			[]string{"85 tempat tidur|= 85 beds", "6 jembatan|= 6 bridges /damaged", "12.000 dosis vaksin|= 12000 doses"}},
		{"Sekitar 40 drone diluncurkan dalam satu gelombang.",
			[]string{"Sekitar 40 drone|~ 40 drones /fired"}},
		{"Sedikitnya 11 orang, termasuk empat anak-anak, tewas. Militer mencegat 17 dari 23 drone. Dua pekerja tewas dan puluhan lainnya terluka.",
			[]string{"Sedikitnya 11 orang|>= 11 people /killed", "empat anak-anak|= 4 children /killed", "17|= 17 drones /intercepted", "23 drone|= 23 drones", "Dua pekerja|= 2 workers /killed", "puluhan lainnya|~ 20-99 workers /wounded"}},
		{"Pemerintah mengevakuasi 54 WNI, kedua belah pihak sepakat menukar 100 tawanan di dekat Bukit 412.",
			[]string{"54 WNI|= 54 people /displaced", "100 tawanan|= 100 prisoners /exchanged"}},
		// Bounds, units, measures before and after, subject.
		{"Badan intelijen itu menilai Pyongyang telah mengerahkan setidaknya 12.000 tentara ke wilayah Kursk.",
			[]string{"setidaknya 12.000 tentara|>= 12000 troops /deployed"}},
		{"Seoul menyebut lebih dari 1.100 tentara Korea Utara tewas atau terluka dalam pertempuran, sementara Kyiv menyatakan jumlahnya lebih dari 4.000.",
			[]string{"lebih dari 1.100 tentara|> 1100 troops /killed-or-wounded @Korea Utara", "lebih dari 4.000|> 4000 ana"}},
		{"Sedikitnya 30 orang tewas dan 45 lainnya luka-luka akibat serangan rudal itu.",
			[]string{"Sedikitnya 30 orang|>= 30 people /killed", "45 lainnya|= 45 people /wounded"}},
		{"Pejabat itu mengatakan sekitar 200 prajurit ditawan oleh pasukan Ukraina.",
			[]string{"sekitar 200 prajurit|~ 200 troops /captured"}},
		// (a part "of them" counts what the whole counted: the officers are
		// troops, and missing; ninth Indonesian round)
		{"Hingga 500 serdadu dilaporkan hilang, kurang dari 50 di antaranya perwira.",
			[]string{"Hingga 500 serdadu|<= 500 troops /missing", "kurang dari 50 di antaranya|< 50 troops /missing"}},
		{"Rusia menerima 1,5 juta peluru artileri dan 11 ribu kontainer dari Pyongyang.",
			[]string{"1,5 juta peluru artileri|= 1500000 shells", "11 ribu kontainer|= 11000 containers @Pyongyang"}},
		{"Korea Utara mengirim sepuluh ribu personel militer dan dua puluh lima rudal.",
			[]string{"sepuluh ribu personel militer|= 10000 troops /deployed", "dua puluh lima rudal|= 25 missiles /deployed"}},
		{"Korban diperkirakan mencapai 200-900 tentara, kata analis.",
			[]string{"200-900 tentara|= 200-900 troops /killed-or-wounded"}},
		{"Ukraina memperkirakan antara 200 hingga 900 tentara Korut tewas.",
			[]string{"antara 200 hingga 900 tentara|= 200-900 troops /killed @Korut"}},
		// Vague amounts.
		{"Belasan warga sipil terluka, puluhan rumah rusak dan ratusan tentara dikerahkan.",
			[]string{"Belasan warga sipil|~ 11-19 civilians /wounded", "puluhan rumah|~ 20-99 homes /damaged", "ratusan tentara|~ 100-999 troops /deployed"}},
		{"Puluhan ribu tentara dan ribuan peluru dikirim, sementara beberapa ratus orang mengungsi.",
			[]string{"Puluhan ribu tentara|~ 20000-99999 troops", "ribuan peluru|~ 1000-9999 shells /supplied", "beberapa ratus orang|~ 300-900 people /displaced"}},
		{"Ratusan ribu warga dan jutaan orang lain terdampak.",
			[]string{"Ratusan ribu warga|~ 100000-999999 people", "jutaan orang lain|~ 1000000-9999999 people /affected"}},
		// Money and percent.
		{"Bantuan senilai US$2 juta dan Rp 10 miliar naik 15 persen, atau 2,5%.",
			[]string{"US$2 juta|= 2000000 USD", "Rp 10 miliar|= 10000000000 IDR", "15 persen|= 15 percent", "2,5%|= 2.5 percent"}},
		{"Anggaran 3 triliun rupiah disetujui.",
			[]string{"3 triliun rupiah|= 3000000000000 IDR"}},
		// Not figures: years, dates, times, ordinals, codes, phone numbers.
		{"Putin dan Kim bertemu pada September 2023 dan lagi pada 2024.", nil},
		{"Serangan terjadi pada 21/10/2024 pukul 10.00 WIB, hari ke-3 operasi.", nil},
		{"Jet F-16 dan forum G20 dibahas; hubungi 0812-3456-7890.", nil},
		{"Pada 23 Desember, laporan itu terbit.", nil},
		{"Rudal KN-23 ditembakkan pada tahun 2024.", nil},
		// Post-bounds.
		{"Sebanyak 3.000 lebih tentara tiba.",
			[]string{"Sebanyak 3.000 lebih tentara|> 3000 troops"}},
		{"Ada 1.000-an tentara yang gugur.",
			[]string{"1.000-an tentara|~ 1000 troops /killed"}},
		// Anaphors.
		{"Angka itu hampir 5.000, menurut Kyiv.",
			[]string{"hampir 5.000|~ 5000 ana"}},
		// Spelled small numbers need something counted.
		{"Satu-satunya pejabat yang hadir, dua di antaranya diam.", nil},
		{"Dua tentara tewas.", []string{"Dua tentara|= 2 troops /killed"}},
		// A count noun before the number gives its unit and measure.
		{"Polisi menyebut jumlah warga sipil yang tewas mencapai 14 orang.",
			[]string{"14 orang|= 14 civilians /killed"}},
		{"Jumlah personel yang dikirim ke sana tidak lebih dari 800 orang.",
			[]string{"tidak lebih dari 800 orang|<= 800 troops /deployed"}},
		{"Jumlah korban tewas bertambah menjadi 31.",
			[]string{"31|= 31 people /killed"}},
		// Words after the unit belong to the figure; bare "beberapa".
		{"Militer memindahkan ribuan tentara tambahan ke utara.",
			[]string{"ribuan tentara tambahan|~ 1000-9999 troops /deployed"}},
		{"Angkatan Laut mengerahkan beberapa kapal perang.",
			[]string{"beberapa kapal|~ 3-9 ships /deployed"}},
		{"Selama beberapa hari tidak ada kabar.", nil},
		// Beyond war reporting: money counts no casualties, ranges with the
		// unit on both ends, ages, suspects detained, new units.
		{"Pemerintah menyiapkan anggaran sebesar Rp 5 triliun untuk bantuan korban banjir.",
			[]string{"Rp 5 triliun|= 5000000000000 IDR"}},
		{"Bank Indonesia memperkirakan inflasi berada di kisaran 2,5 persen hingga 3,5 persen.",
			[]string{"2,5 persen hingga 3,5 persen|= 2.5-3.5 percent"}},
		{"Varesia mengirim 1.200 kontainer bantuan ke Halden.",
			[]string{"1.200 kontainer|= 1200 containers /supplied"}},
		{"Polisi menangkap tiga tersangka dan menyita 2,5 kilogram sabu.",
			[]string{"tiga tersangka|= 3 suspects /detained", "2,5 kilogram|= 2.5 kg /seized"}},
		{"Pria berusia 45 tahun itu ditangkap di rumahnya di Jalan Melati No. 12.", nil},
		// Boats held are seized (captured), their crews detained.
		{"Petugas mengamankan tiga kapal ikan di perairan itu.",
			[]string{"tiga kapal|= 3 ships /captured"}},
		// A length is its own unit, not the count named before it.
		{"Puluhan rumah tertimbun lumpur setinggi dua meter.",
			[]string{"Puluhan rumah|~ 20-99 homes", "dua meter|= 2 meters"}},
		// Customers, named as in en; terdampak is affected, as in en and vi.
		{"Sekitar 420.000 pelanggan terdampak pemadaman.",
			[]string{"Sekitar 420.000 pelanggan|~ 420000 people /affected"}},
		// Polling stations, named as in en.
		{"Pelanggaran ditemukan di sedikitnya 120 TPS.",
			[]string{"sedikitnya 120 TPS|>= 120 stations"}},
		// a count of places between the counted and the measure is no figure
		{"Sekitar 4.000 warga dari 9 kecamatan terpaksa mengungsi.",
			[]string{"Sekitar 4.000 warga|~ 4000 people /displaced"}},
		// the word for others after a unit belongs to the figure
		{"Dua penumpang tewas dan 14 penumpang lainnya dirawat.",
			[]string{"Dua penumpang|= 2 passengers /killed", "14 penumpang lainnya|= 14 passengers /affected"}},
		// basis points, seized objects, destroyed homes, "paling rendah" / "paling tinggi"
		{"Bank sentral memangkas suku bunga sebesar 50 basis poin.",
			[]string{"50 basis poin|= 50 bp"}},
		{"Aparat menyita sedikitnya 8 bom rakitan dari gudang itu.",
			[]string{"sedikitnya 8 bom rakitan|>= 8 bombs /seized"}},
		{"Sebanyak 120 rumah rusak berat akibat banjir bandang.",
			[]string{"Sebanyak 120 rumah|= 120 homes /destroyed"}},
		{"Defisit diperkirakan paling rendah 2 persen dan paling tinggi 3 persen.",
			[]string{"paling rendah 2 persen|>= 2 percent", "paling tinggi 3 persen|<= 3 percent"}},
		{"Polisi juga menemukan puluhan foto gedung pemerintah.",
			[]string{"puluhan foto|~ 20-99 photos"}},
		// A gloss in brackets between the unit and the measure.
		{"Sebanyak 17 anak buah kapal (ABK) ditahan di dermaga.",
			[]string{"Sebanyak 17 anak buah kapal|= 17 people /detained"}},
		// An exact "sebanyak" yields to a vague bound after the number.
		{"Sebanyak 2.000-an rumah terendam banjir.",
			[]string{"Sebanyak 2.000-an rumah|~ 2000 homes /affected"}}, // homes under water are affected (sixteenth Indonesian round)
		// Crews and fishermen, "diamankan", a ceiling with "melampaui", a ballot number.
		{"Petugas mengamankan 17 awak kapal dan 9 nelayan asing.",
			[]string{"17 awak kapal|= 17 people /detained", "9 nelayan|= 9 fishermen /detained"}},
		{"Sebanyak 12 ABK diamankan di dermaga.",
			[]string{"Sebanyak 12 ABK|= 12 people /detained"}},
		{"Dinas memperkirakan jumlah penderita tidak akan melampaui 800 kasus.",
			[]string{"tidak akan melampaui 800 kasus|<= 800 cases"}},
		{"Calon nomor urut 3 memperoleh 41,2 persen suara.",
			[]string{"41,2 persen|= 41.2 percent"}},
		{"Jumlah pasien positif naik menjadi 1.250 kasus, dengan 12 pasien meninggal dunia.",
			[]string{"1.250 kasus|= 1250 cases", "12 pasien|= 12 people /killed"}},
		{"Partai itu meraih 18,5 persen suara dan 95 kursi.",
			[]string{"18,5 persen|= 18.5 percent", "95 kursi|= 95 seats"}},
		{"Harga beras naik dari Rp 12.000 hingga Rp 14.000 per kilogram.",
			[]string{"Rp 12.000|= 12000 IDR", "Rp 14.000|= 14000 IDR"}},
		{"Ekspor naik dari 3,2 miliar menjadi 4,5 miliar dolar AS.",
			[]string{"3,2 miliar|= 3200000000 USD", "4,5 miliar dolar AS|= 4500000000 USD"}},
		{"Suku bunga dinaikkan dari 6 persen menjadi 6,25 persen.",
			[]string{"6 persen|= 6 percent", "6,25 persen|= 6.25 percent"}},
		{"Jumlah pengungsi bertambah menjadi 1.200 orang.",
			[]string{"1.200 orang|= 1200 people /displaced"}},
		{"Gempa bermagnitudo 6,2 dan gempa berkekuatan 5,8 SR menewaskan 3 orang.",
			[]string{"3 orang|= 3 people /killed"}},
		{"Jumlah pengungsi naik dari 1.200 ke 1.500 orang.",
			[]string{"1.200|= 1200 people /displaced", "1.500 orang|= 1500 people /displaced"}},
		{"Korban tewas naik dari 45 menjadi 67 orang.",
			[]string{"45|= 45 people /killed", "67 orang|= 67 people /killed"}},
		{"Suku bunga naik dari 5,75 persen ke 6 persen.",
			[]string{"5,75 persen|= 5.75 percent", "6 persen|= 6 percent"}},
		{"Sebanyak 30 orang dibawa ke 2 rumah sakit.",
			[]string{"Sebanyak 30 orang|= 30 people", "2 rumah sakit|= 2 hospitals"}},
		{"Inflasi turun dari 3,5 persen hingga 2,8 persen.",
			[]string{"3,5 persen|= 3.5 percent", "2,8 persen|= 2.8 percent"}},
		{"Harga beras berkisar dari 12.000 hingga 14.000 rupiah per kilogram.",
			[]string{"dari 12.000 hingga 14.000 rupiah|= 12000-14000 IDR"}},
		// a school's number and a grade are names, a year with -an a decade
		{"Sebanyak 25 murid keracunan setelah jajan di SMP Negeri 3 Tarsen, dan tiga guru kelas 5 ikut diperiksa.",
			[]string{"Sebanyak 25 murid|= 25 students /affected", "tiga guru|= 3 people"}},
		{"Pasar itu berdiri sejak 1970-an dan kini menampung 300 warga.",
			[]string{"300 warga|= 300 people"}},
		// the treated are affected; patients are so by their unit
		{"Sedikitnya 60 warga dirawat di puskesmas, 8 pasien masih dirawat inap.",
			[]string{"Sedikitnya 60 warga|>= 60 people /affected", "8 pasien|= 8 patients"}},
		// those at risk are affected; a cause opens a clause of its own
		{"Sebanyak 25 kepala keluarga terancam kehilangan rumah.",
			[]string{"Sebanyak 25 kepala keluarga|= 25 homes /affected"}},
		// (those not yet found are missing, not killed)
		{"Angka korban tewas bisa lebih tinggi karena 12 warga belum ditemukan.",
			[]string{"12 warga|= 12 people /missing"}},
		// fifth held-out round: fires, rescues, drugs, courts
		{"Satelit mendeteksi 87 titik panas di Kabupaten Lerang, naik dari 40 titik kemarin.",
			[]string{"87 titik panas|= 87 hotspots", "40|= 40 hotspots"}},
		{"Sekitar 3.100 hektare hutan terbakar sejak Juli.",
			[]string{"Sekitar 3.100 hektare|~ 3100 hectares /burned"}},
		{"Api menghanguskan 12 rumah, dan 40 rumah lain terbakar sebagian.",
			[]string{"12 rumah|= 12 homes /destroyed", "40 rumah lain|= 40 homes /destroyed"}},
		{"Lebih dari 2.300 warga menderita gangguan pernapasan.",
			[]string{"Lebih dari 2.300 warga|> 2300 people /affected"}},
		{"Tim SAR menemukan 41 nelayan dalam keadaan selamat dan 6 orang masih dicari.",
			[]string{"41 nelayan|= 41 fishermen /rescued", "6 orang|= 6 people /missing"}},
		{"Perusahaan menyiagakan 75 petugas pemadam kebakaran dan tiga helikopter.",
			[]string{"75 petugas pemadam kebakaran|= 75 firefighters /deployed", "tiga helikopter|= 3 aircraft /deployed"}},
		{"Petugas bea cukai menyita 18 kilogram heroin dan 9.000 butir pil koplo di gudang itu.",
			[]string{"18 kilogram|= 18 kg /seized", "9.000 butir pil|= 9000 pills /seized"}},
		{"Pil yang diamankan polisi mencapai 12.750 butir.",
			[]string{"12.750 butir|= 12750 pills /seized"}},
		{"Pengadilan itu menjatuhkan hukuman mati dalam tiga perkara sejak 2021.",
			[]string{"tiga perkara|= 3 cases"}},
		{"Dua pendaki ditemukan tewas, sementara lima lainnya masih dalam pencarian.",
			[]string{"Dua|= 2 /killed", "lima|= 5 /missing"}},
		{"Sebanyak 38 nelayan berhasil dievakuasi dalam keadaan selamat.",
			[]string{"Sebanyak 38 nelayan|= 38 fishermen /rescued"}},
		// how often is no count
		{"Kedutaan sudah empat kali mengirim surat kepada kementerian.", nil},
		// a count of people keeps them against a thing in its genitive
		{"Jumlah korban tewas tenggelamnya kapal feri itu naik menjadi 31 orang.",
			[]string{"31 orang|= 31 people /killed"}},
		// traders, herders and samples are counted (ninth Indonesian round)
		{"Sekitar 300 pedagang belum bisa berjualan, 45 peternak menunggu ganti rugi, dan 120 sampel diperiksa di laboratorium.",
			[]string{"Sekitar 300 pedagang|~ 300 people", "45 peternak|= 45 farmers", "120 sampel|= 120 samples"}},
		// megawatts, elephants (also a calf), fish cages; a house that
		// collapses is destroyed (held-out round 11)
		{"Gangguan di gardu induk membuat defisit daya mencapai 250 megawatt, sementara cadangan tinggal 90 MW.",
			[]string{"250 megawatt|= 250 MW", "90 MW|= 90 MW"}},
		{"Empat ekor gajah dan dua anak gajah terlihat di tepi ladang.",
			[]string{"Empat ekor gajah|= 4 elephants", "dua anak gajah|= 2 elephants"}},
		{"Angin kencang membuat dua rumah roboh dan 30 keramba ikan hanyut.",
			[]string{"dua rumah|= 2 homes /destroyed", "30 keramba|= 30 cages"}},
		{"Sebanyak 6.500 pengguna aplikasi itu mengeluh tidak bisa masuk.",
			[]string{"Sebanyak 6.500 pengguna|= 6500 people"}},
		// an active damaging verb after a count of people is not its measure
		{"Sebanyak 40 warga menuntut pabrik yang merusak sungai itu ditutup.",
			[]string{"Sebanyak 40 warga|= 40 people"}},
		// cattle in an outbreak: infected (affected), recovered, culled, vaccinated
		{"Sebanyak 640 ekor sapi tertular, 210 ekor sapi sudah sembuh, 35 ekor sapi dipotong paksa dan 9.800 ekor sapi perah divaksinasi.",
			[]string{"Sebanyak 640 ekor sapi|= 640 cattle /affected", "210 ekor sapi|= 210 cattle /recovered", "35 ekor sapi|= 35 cattle /culled", "9.800 ekor sapi perah|= 9800 cattle /vaccinated"}},
		// "ekor" before a kind of animal counts that kind, on its own animals
		{"Sebanyak 90 ekor kambing mati dan 7 ekor lainnya hilang. Peternak itu juga memelihara 40 ekor ayam.",
			[]string{"Sebanyak 90 ekor kambing|= 90 goats /killed", "7 ekor lainnya|= 7 animals /missing", "40 ekor ayam|= 40 chickens"}},
		// traders who cannot trade are affected
		{"Akibat banjir, ratusan pedagang tidak bisa berjualan dan 85 pedagang kehilangan tempat usaha.",
			[]string{"ratusan pedagang|~ 100-999 people /affected", "85 pedagang|= 85 people /affected"}},
		// sirens, pilgrims stranded (not displaced), apps blocked, phones
		// and bank accounts seized, travel agencies
		{"Sebanyak 9 sirene rusak, 140 jemaah terlantar di bandara, dan 20 biro perjalanan diperiksa.",
			[]string{"Sebanyak 9 sirene|= 9 sirens /damaged", "140 jemaah|= 140 pilgrims /stranded", "20 biro perjalanan|= 20 agencies"}},
		{"Kementerian memblokir 310 aplikasi, sementara polisi menyita 25 ponsel dan 18 rekening bank.",
			[]string{"310 aplikasi|= 310 apps /blocked", "25 ponsel|= 25 phones /seized", "18 rekening bank|= 18 accounts /seized"}},
		// damage told as a noun; treated for injuries are wounded
		{"Kerusakan tanggul mencapai 75 meter, sementara retakan ditemukan hingga 20 meter. Sebanyak 11 warga dirawat karena luka ringan.",
			[]string{"75 meter|= 75 meters /damaged", "hingga 20 meter|<= 20 meters /damaged", "Sebanyak 11 warga|= 11 people /wounded"}},
		// a clause of time after a count ends its measure search
		{"Jumlah tersangka bertambah menjadi 7 orang setelah polisi menangkap pemodal jaringan itu.",
			[]string{"7 orang|= 7 suspects"}},
		// "N di antaranya" counts part of what the figure before it counted
		{"Dari 30 aplikasi itu, sembilan di antaranya masih aktif.",
			[]string{"30 aplikasi|= 30 apps", "sembilan di antaranya|= 9 apps"}},
		// a casualty noun counting the number after it does not measure the one before
		{"Sepanjang tahun, 9 biro perjalanan menelantarkan jemaah dengan jumlah korban tewas 3 orang.",
			[]string{"9 biro perjalanan|= 9 agencies", "3 orang|= 3 people /killed"}},
		// a prefixed verb after "dan" opens a clause: no second noun sharing a predicate
		{"Sindikat itu mengelola 9 aplikasi judi dan menipu korban sejak tahun lalu.",
			[]string{"9 aplikasi|= 9 apps"}},
		// vaccine doses sent are delivered; a supply is supplied
		{"Dinas itu mengirim 8.000 dosis vaksin ke Brenvik. Pasokan bawang merah mencapai 35 ton per hari.",
			[]string{"8.000 dosis vaksin|= 8000 doses /delivered", "35 ton|= 35 tonnes /supplied"}},
	})
}

func TestFindEN(t *testing.T) {
	runFind(t, "en", []findCase{
		// a vague amount alone with a casualty verb counts people; new
		// units for farms, roads and hospitals; a participle before
		{"A mudslide kills dozens near Orvel, and hundreds fled the valley.",
			[]string{"dozens|~ 20-99 people /killed", "hundreds|~ 100-999 people /displaced"}},
		{"Crews will repair 9 bridges; the clinic has 140 beds for 2,300 farmers, and floods ruined 800 hectares.",
			[]string{"9 bridges|= 9 bridges", "140 beds|= 140 beds", "2,300 farmers|= 2300 farmers", "800 hectares|= 800 hectares"}},
		{"The number of students in Kesh fell 6% to about 14,500.",
			[]string{"6%|= 6 percent", "about 14,500|~ 14500 students"}},
		{"Unemployment in Kesh rose from 6 to 7.5 percent.",
			[]string{"6|= 6 percent", "7.5 percent|= 7.5 percent"}},
		{"Nine people were killed in four districts and across 12 villages.",
			[]string{"Nine people|= 9 people /killed"}},
		// the unit as subject of a bound or change verb
		{"Officials said suspected cases had passed 2,300 by Friday.",
			[]string{"had passed 2,300|> 2300 cases"}},
		{"Two or three people were hurt.", []string{"Two or three people|~ 2-3 people /wounded"}},
		// refugees are people displaced; patients who died are people killed
		{"Some 3,400 refugees reached Tessin, and 7 patients died on the way.",
			[]string{"Some 3,400 refugees|~ 3400 people /displaced", "7 patients|= 7 people /killed"}},
		{"Doctors said 25 patients were moved to the clinic in Orvel.",
			[]string{"25 patients|= 25 patients"}},
		{"The closure left the ferry idle, affecting about 1,200 passengers.",
			[]string{"about 1,200 passengers|~ 1200 passengers /affected"}},
		{"At least 11 people, including four children, were killed. Air defences intercepted 17 of the 23 drones. Two workers were killed and several others were wounded.",
			[]string{"At least 11 people|>= 11 people /killed", "four children|= 4 children /killed", "17|= 17 drones /intercepted", "23 drones|= 23 drones", "Two workers|= 2 workers /killed", "several others|~ 3-9 workers /wounded"}},
		{"The death toll rose to 42 on Friday.", []string{"42|= 42 people /killed"}},
		// "new" between the number and its unit; helicopters are aircraft
		{"Clinics logged 75 new cases, and gunners shot down three helicopters.",
			[]string{"75 new cases|= 75 cases", "three helicopters|= 3 aircraft /intercepted"}},
		{"Convoys brought 30 truckloads of flour; 12 insurgents were captured.",
			[]string{"30 truckloads|= 30 trucks", "12 insurgents|= 12 troops /captured"}},
		{"The breach exposed the records of 2.1 million customers.",
			[]string{"2.1 million customers|= 2100000 people"}},
		// a money range with the currency on both ends
		{"Repairs will cost between $12 million and $18 million, and revenue rose from $2.1 billion to $2.6 billion.",
			[]string{"between $12 million and $18 million|= 12000000-18000000 USD", "$2.1 billion|= 2100000000 USD", "$2.6 billion|= 2600000000 USD"}},
		// a casualty word alone after the number names people
		{"Clinics treated more than 250 wounded, and some 7,000 displaced returned home.",
			[]string{"more than 250|> 250 people /wounded", "some 7,000|~ 7000 people /displaced"}},
		// units beyond the battlefield: networks, convoys, ballots
		{"Investigators found that 1,300 machines were compromised and 40 servers encrypted; 85 aid trucks waited at 12 polling stations.",
			[]string{"1,300 machines|= 1300 computers /affected", "40 servers|= 40 servers /encrypted", "85 aid trucks|= 85 trucks", "12 polling stations|= 12 stations"}},
		{"The rebels captured 40 army soldiers and 12 enemy fighters.",
			[]string{"40 army soldiers|= 40 troops /captured", "12 enemy fighters|= 12 troops /captured"}},
		{"At least 12 civilians had been killed and 46 wounded since Thursday.",
			[]string{"At least 12 civilians|>= 12 civilians /killed", "46|= 46 civilians /wounded"}},
		// (a bare "3" naming nothing it counts is no figure)
		{"Prices rose 5 percent in May and 3 in June.",
			[]string{"5 percent|= 5 percent"}},
		{"Officials said the number of troops killed was no more than 300.",
			[]string{"no more than 300|<= 300 troops /killed"}},
		{"A few soldiers were detained; several days later they were freed.",
			[]string{"A few soldiers|~ 2-5 troops /detained"}},
		{"Western officials believe Pyongyang has deployed at least 11,000 soldiers to Russia's Kursk region.",
			[]string{"at least 11,000 soldiers|>= 11000 troops /deployed"}},
		{"Seoul said more than 1,000 North Korean troops were killed or wounded, while Kyiv put the figure at more than 3,000.",
			[]string{"more than 1,000 North Korean troops|> 1000 troops /killed-or-wounded @North Korean", "more than 3,000|> 3000 ana"}},
		{"The strike killed at least 30 people and wounded 52 others.",
			[]string{"at least 30 people|>= 30 people /killed", "52 others|= 52 people /wounded"}},
		{"About 500 troops from North Korea were captured, officials said.",
			[]string{"About 500 troops|~ 500 troops /captured @North Korea"}},
		{"Up to 2,000 soldiers remain missing and fewer than 40 civilians died.",
			[]string{"Up to 2,000 soldiers|<= 2000 troops /missing", "fewer than 40 civilians|< 40 civilians /killed"}},
		{"Machine-translated copy: 1.000 troops and 3.000 shells; 1.5 million rounds.",
			[]string{"1.000 troops|= 1000 troops", "3.000 shells|= 3000 shells", "1.5 million rounds|= 1500000 shells"}},
		// (both were sent: what is mobilised shares the measure, a rule of
		// the tenth Vietnamese round)
		{"Ten thousand troops and twenty-five missiles were sent.",
			[]string{"Ten thousand troops|= 10000 troops /deployed", "twenty-five missiles|= 25 missiles /deployed"}},
		{"KBS reported 15-hundred soldiers and four-thousand-100 shells.",
			[]string{"15-hundred soldiers|= 1500 troops", "four-thousand-100 shells|= 4100 shells"}},
		{"Between 200 and 900 troops were killed, and 2 to 3 million shells fired.",
			[]string{"Between 200 and 900 troops|= 200-900 troops /killed", "2 to 3 million shells|= 2000000-3000000 shells /fired"}},
		{"A dozen or so civilians, dozens of soldiers and hundreds of shells.",
			[]string{"A dozen or so civilians|~ 11-19 civilians", "dozens of soldiers|~ 20-99 troops", "hundreds of shells|~ 100-999 shells"}},
		{"Several hundred troops and tens of thousands of people; thousands fled, hundreds of thousands stayed.",
			[]string{"Several hundred troops|~ 300-900 troops", "tens of thousands of people|~ 20000-99999 people", "thousands|~ 1000-9999 people /displaced", "hundreds of thousands|~ 100000-999999"}},
		{"Nearly 3,000 soldiers, roughly 40% of the force, and some 2,500 more troops.",
			[]string{"Nearly 3,000 soldiers|~ 3000 troops", "roughly 40%|~ 40 percent", "some 2,500 more troops|~ 2500 troops"}},
		{"Aid worth $5 million, 2.5 billion won and 10 percent more; the US pledged $1.2bn and €300m.",
			[]string{"$5 million|= 5000000 USD", "2.5 billion won|= 2500000000 KRW", "10 percent|= 10 percent", "$1.2bn|= 1200000000 USD", "€300m|= 300000000 EUR"}},
		{"A thousand soldiers and one hundred and fifty shells.",
			[]string{"A thousand soldiers|= 1000 troops", "one hundred and fifty shells|= 150 shells"}},
		{"3,000 or more troops and 500-plus casualties.",
			[]string{"3,000 or more troops|>= 3000 troops", "500-plus|> 500 troops /killed-or-wounded"}},
		{"The number stood at 2,000, the ministry said.",
			[]string{"2,000|= 2000 ana"}},
		// Not figures.
		{"On December 23, 2024, at 10 a.m., the 2nd brigade met in 2023; call +1 202-555-0143.", nil},
		{"One of the officials said two days later that the 5G network and F-16 jets were ready on 21/10/2024.",
			[]string{"two days|= 2 duration"}},
		{"Growth is expected at between 2.5% and 3% next year.",
			[]string{"between 2.5% and 3%|= 2.5-3 percent"}},
		{"Inflation rose from 2.1 percent to 2.6 percent in May.",
			[]string{"2.1 percent|= 2.1 percent", "2.6 percent|= 2.6 percent"}},
		{"The 45-year-old man, aged 45, was arrested.", nil},
		{"The company will cut about 1,200 jobs, and police seized $2.3 million from victims of the fraud.",
			[]string{"about 1,200 jobs|~ 1200 jobs", "$2.3 million|= 2300000 USD"}},
		{"Exports rose from 3.2 billion to 4.5 billion dollars.",
			[]string{"3.2 billion|= 3200000000 USD", "4.5 billion dollars|= 4500000000 USD"}},
		{"Sales rose from 3.2 billion to 4.5 billion units.",
			[]string{"3.2 billion|= 3200000000", "4.5 billion units|= 4500000000 units"}},
		{"Police detained 12 protesters at 12 Main Street.",
			[]string{"12 protesters|= 12 protesters /detained"}},
		{"The fire at 221 Baker Street injured 4 people.",
			[]string{"4 people|= 4 people /wounded"}},
		// A quotation closing after the number; a casualty word after cases
		// counts people; adjectives and compound units before the noun.
		{"The clinic logged 210 cases and 9 deaths; staff spoke of \"more than 50\" missing.",
			[]string{"210 cases|= 210 cases", "9|= 9 people /killed", "more than 50|> 50 people /missing"}},
		{"Labs found 38 suspected cases, and dozens of health workers fell ill.",
			[]string{"38 suspected cases|= 38 cases", "dozens of health workers|~ 20-99 workers"}},
		{"Gunners downed two cruise missiles; the storm destroyed 400 homes, injuring 12 people, and 3,000 people lost their homes.",
			[]string{"two cruise missiles|= 2 missiles /intercepted", "400 homes|= 400 homes /destroyed", "12 people|= 12 people /wounded", "3,000 people|= 3000 people /displaced"}},
		{"The number of people killed in Sunday's earthquake in Kessa rose to 312; Dorva sent two cargo planes.",
			[]string{"312|= 312 people /killed", "two cargo planes|= 2 aircraft /deployed"}},
		{"More than 3,000 suspected cholera cases were recorded, and 200,000 vaccine doses were sent.",
			[]string{"More than 3,000 suspected cholera cases|> 3000 cases", "200,000 vaccine doses|= 200000 doses /supplied"}},
		{"About 9,000 people had left their homes.",
			[]string{"About 9,000 people|~ 9000 people /displaced"}},
		{"Analysts see a cut of as much as 25 basis points.",
			[]string{"as much as 25 basis points|<= 25 bp"}},
		// Materiel sent is supplied; troops sent are deployed.
		{"Oskaria sent 4,000 shells to the front.",
			[]string{"4,000 shells|= 4000 shells /supplied"}},
		// Sport, fires and protests: athletes and samples, land burned,
		// evacuees are displaced, speeds and concentrations, people taken away.
		// A hyphenated compound before the unit; a part of a figure ("of
		// the wounded", "of them") and the earlier figure of a comparison
		// count what the figure before them counted.
		{"The navy dispatched six mine-clearing ships to the strait.",
			[]string{"six mine-clearing ships|= 6 ships /deployed"}},
		{"Sixty marchers were detained, nine of them minors, and three of the wounded protesters were still in hospital.",
			[]string{"Sixty marchers|= 60 protesters /detained", "nine of them|= 9 protesters /detained", "three of the wounded protesters|= 3 protesters /wounded"}},
		{"The number of people evacuated rose to 910 on Friday, up from 650 on Thursday.",
			[]string{"910|= 910 people /displaced", "650|= 650 ana"}},
		{"Organisers counted 2,000 marchers, not the 700 police had given.",
			[]string{"2,000 marchers|= 2000 protesters", "700|= 700 ana"}},
		{"Medics treated 30 runners for heat stroke; 14 spectators were treated for cuts and six were hospitalised.",
			[]string{"30 runners|= 30 athletes", "14 spectators|= 14 people /wounded", "six|= 6 people /wounded"}},
		{"Inspectors checked 80 trucks and found that nine were overloaded.",
			[]string{"80 trucks|= 80 trucks", "nine|= 9 trucks"}},
		{"Testers took 95 samples from 40 athletes at the meet.",
			[]string{"95 samples|= 95 samples", "40 athletes|= 40 athletes"}},
		{"The blaze scorched 2,300 hectares, 18 houses burned and hundreds of evacuees slept in schools.",
			[]string{"2,300 hectares|= 2300 hectares /burned", "18 houses|= 18 homes /destroyed", "hundreds of evacuees|~ 100-999 people /displaced"}},
		{"Gusts reached 95 kilometres per hour; the test showed 4.4 nanograms per millilitre.",
			[]string{"95 kilometres per hour|= 95 km/h", "4.4 nanograms per millilitre|= 4.4 ng/ml"}},
		{"Nine marchers were hurt and 14 were taken away; 600 meals and 120 firefighters arrived.",
			[]string{"Nine marchers|= 9 protesters /wounded", "14|= 14 protesters /detained", "600 meals|= 600 meals", "120 firefighters|= 120 firefighters"}},
		// a share takes no measure from a participle before it
		{"A survey released on Friday put support at 38 percent.",
			[]string{"38 percent|= 38 percent"}},
		// payments are counted; troops massing are deployed
		{"The clerk approved 23 payments while 4,000 soldiers were massing nearby.",
			[]string{"23 payments|= 23 payments", "4,000 soldiers|= 4000 troops /deployed"}},
		// candidates are counted, those barred disqualified; "within" is a ceiling
		{"The rule barred 52 candidates, and the two sides came within $3 billion of a deal.",
			[]string{"52 candidates|= 52 candidates /disqualified", "within $3 billion|<= 3000000000 USD"}},
	})
}

func TestFindVI(t *testing.T) {
	runFind(t, "vi", []findCase{
		// cầu, giường, liều, lượt xe, nông dân
		{"Tỉnh sẽ xây 5 cây cầu, thêm 60 giường bệnh và cấp 8.000 liều vắc xin cho 3.000 nông dân.",
			[]string{"5 cây cầu|= 5 bridges", "60 giường bệnh|= 60 beds", "8.000 liều vắc xin|= 8000 doses", "3.000 nông dân|= 3000 farmers"}},
		{"Bệnh nhân tăng lên 1.800 trong tuần.", []string{"1.800|= 1800 patients"}},
		// a rate as a range after a verb of change; "lên" moves a figure
		{"Giá phân bón tăng từ 10 đến 12% trong năm nay.", []string{"từ 10 đến 12%|= 10-12 percent"}},
		{"Lạm phát tăng từ 3,1% lên 3,4%.", []string{"3,1%|= 3.1 percent", "3,4%|= 3.4 percent"}},
		{"Lũ làm 7 người bị thương tại ba huyện.", []string{"7 người|= 7 people /wounded"}},
		{"Mỗi ngày có khoảng 9.000 lượt xe qua trạm.",
			[]string{"khoảng 9.000 lượt xe|~ 9000 vehicles"}},
		// the result of a change counts what the changed figure's count
		// noun counts
		{"Số hành khách đi tàu tới Halden giảm 8% trong quý ba, còn khoảng 52.000 lượt.",
			[]string{"8%|= 8 percent", "khoảng 52.000|~ 52000 passengers"}},
		{"Công an cho biết 3 người bị bắt giữ.", []string{"3 người|= 3 people /detained"}},
		{"Lumora đã gửi 2.000 container hàng viện trợ tới Virel.",
			[]string{"2.000 container|= 2000 containers /supplied"}},
		{"Kim ngạch xuất khẩu tăng từ 3,2 tỷ lên 4,5 tỷ USD.",
			[]string{"3,2 tỷ|= 3200000000 USD", "4,5 tỷ USD|= 4500000000 USD"}},
		{"Lãi suất giảm từ 5% xuống 4,5%.",
			[]string{"5%|= 5 percent", "4,5%|= 4.5 percent"}},
		{"Con số thương vong được điều chỉnh lên 67 người.",
			[]string{"67 người|= 67 people /killed-or-wounded"}},
		{"Ngân hàng Nhà nước giữ nguyên lãi suất điều hành ở mức 4,5%.",
			[]string{"4,5%|= 4.5 percent"}},
		{"Ít nhất 30 người đã bị tạm giữ để điều tra.",
			[]string{"Ít nhất 30 người|>= 30 people /detained"}},
		{"Bão số 3 gây mưa lớn, trận động đất mạnh 6,2 độ richter làm 3 người chết.",
			[]string{"3 người|= 3 people /killed"}},
		{"Quân đội cho biết đã bắt giữ 12 binh sĩ Nga.", []string{"12 binh sĩ|= 12 troops /captured @Nga"}},
		{"Tình báo phương Tây cho rằng Triều Tiên đã điều ít nhất 11.000 binh sĩ tới Nga.",
			[]string{"ít nhất 11.000 binh sĩ|>= 11000 troops /deployed"}},
		{"Quân đội cho biết số binh sĩ thiệt mạng là 37 người.",
			[]string{"37 người|= 37 troops /killed"}},
		{"Khoảng 60 binh sĩ đã thiệt mạng và hơn 40 người bị thương.",
			[]string{"Khoảng 60 binh sĩ|~ 60 troops /killed", "hơn 40 người|> 40 troops /wounded"}},
		{"Khoảng 60 tên lửa bị bắn hạ và hơn 40 người bị thương.",
			[]string{"Khoảng 60 tên lửa|~ 60 missiles /intercepted", "hơn 40 người|> 40 people /wounded"}},
		{"Một số binh sĩ thiệt mạng.", nil},
		{"Con số này có thể tăng lên 15.000 trong vài tháng tới.",
			[]string{"15.000|= 15000 ana"}},
		{"Seoul cho biết hơn 1.000 binh sĩ Triều Tiên đã thiệt mạng hoặc bị thương, trong khi Kiev nói con số này là hơn 3.000.",
			[]string{"hơn 1.000 binh sĩ|> 1000 troops /killed-or-wounded @Triều Tiên", "hơn 3.000|> 3000 ana"}},
		{"Khoảng 200 lính bị bắt và chưa đến 50 dân thường bị thương.",
			[]string{"Khoảng 200 lính|~ 200 troops /captured", "chưa đến 50 dân thường|< 50 civilians /wounded"}},
		{"Có tới 500 quân mất tích, gần 3.000 người chết.",
			[]string{"tới 500 quân|<= 500 troops /missing", "gần 3.000 người|~ 3000 people /killed"}},
		{"Nga nhận 1,5 triệu quả đạn pháo và 11 nghìn container.",
			[]string{"1,5 triệu quả đạn pháo|= 1500000 shells", "11 nghìn container|= 11000 containers"}},
		{"Bình Nhưỡng gửi mười nghìn binh lính và hai mươi lăm tên lửa.",
			[]string{"mười nghìn binh lính|= 10000 troops /deployed", "hai mươi lăm tên lửa|= 25 missiles /deployed"}},
		{"Hai mươi mốt lính và một trăm linh năm quả đạn pháo, ba mươi tư xe tăng.",
			[]string{"Hai mươi mốt lính|= 21 troops", "một trăm linh năm quả đạn pháo|= 105 shells", "ba mươi tư xe tăng|= 34 tanks"}},
		{"Từ 200 đến 900 binh sĩ thương vong.",
			[]string{"Từ 200 đến 900 binh sĩ|= 200-900 troops /killed-or-wounded"}},
		{"Hàng chục người bị thương, hàng trăm binh sĩ và hàng nghìn quả đạn pháo.",
			[]string{"Hàng chục người|~ 20-99 people /wounded", "hàng trăm binh sĩ|~ 100-999 troops", "hàng nghìn quả đạn pháo|~ 1000-9999 shells"}},
		{"Hàng chục nghìn binh sĩ và vài trăm dân thường.",
			[]string{"Hàng chục nghìn binh sĩ|~ 20000-99999 troops", "vài trăm dân thường|~ 200-900 civilians"}},
		{"Khoản viện trợ 5 triệu USD, 2 tỷ đồng, tăng 15% hay 20 phần trăm.",
			[]string{"5 triệu USD|= 5000000 USD", "2 tỷ đồng|= 2000000000 VND", "15%|= 15 percent", "20 phần trăm|= 20 percent"}},
		{"Một nghìn rưỡi lính, 3.000 người trở lên.",
			[]string{"Một nghìn rưỡi lính|= 1500 troops", "3.000 người trở lên|>= 3000 people"}},
		// Not figures.
		{"Ngày 23/12/2024, lúc 10:30, Tổng thống Putin và ông Kim gặp nhau năm 2023 lần thứ 2.", nil},
		{"Một người phát ngôn cho biết năm nay tình hình căng thẳng vào tháng 12.", nil},
		{"Cả hai bên đều tuyên bố kiểm soát cao điểm 412 và đã bắn nhiều đạn pháo.", nil},
		{"Ít nhất 11 người, trong đó có bốn trẻ em, đã thiệt mạng; hàng chục binh sĩ chết và hơn 100 người khác bị thương.",
			[]string{"Ít nhất 11 người|>= 11 people /killed", "bốn trẻ em|= 4 children /killed", "hàng chục binh sĩ|~ 20-99 troops /killed", "hơn 100 người khác|> 100 troops /wounded"}},
		{"Phòng không bắn hạ 17 trong số 23 máy bay không người lái.",
			[]string{"17|= 17 drones /intercepted", "23 máy bay không người lái|= 23 drones"}},
		{"Quân đội tuyên bố đã tiêu diệt khoảng 400 binh sĩ và sẽ trao đổi 150 tù binh, triển khai 300 quan sát viên.",
			[]string{"khoảng 400 binh sĩ|~ 400 troops /killed", "150 tù binh|= 150 prisoners /exchanged", "300 quan sát viên|= 300 observers /deployed"}},
		{"Công an đã bắt giữ 5 đối tượng, ông A, 52 tuổi, chiếm đoạt 3,2 tỷ đồng.",
			[]string{"5 đối tượng|= 5 suspects /detained", "3,2 tỷ đồng|= 3200000000 VND"}},
		{"Lạm phát dự kiến ở mức 4% đến 4,5%, với 120 ca mắc mới.",
			[]string{"4% đến 4,5%|= 4-4.5 percent", "120 ca mắc|= 120 cases"}},
		{"Giá xăng tăng từ 22.000 đồng đến 24.000 đồng mỗi lít.",
			[]string{"22.000 đồng|= 22000 VND", "24.000 đồng|= 24000 VND"}},
		// a part named in an aside after the figure shares its measure
		{"Đội cứu hộ cho biết 20 người đã chết, trong đó có 6 trẻ em.",
			[]string{"20 người|= 20 people /killed", "6 trẻ em|= 6 children /killed"}},
		// (where the boat was stopped, "cách đảo khoảng 25 hải lý", places it: no figure)
		{"Tàu bị chặn cách đảo khoảng 25 hải lý, 3 ngư dân bị thương, lúa ngập 1.200 ha.",
			[]string{"3 ngư dân|= 3 fishermen /wounded", "1.200 ha|= 1200 hectares"}},
		// deaths among the cases are people killed; the spoken hour and
		// flight hours are durations; flights and households are counted
		// a day or a time of day before a number makes it a date
		// a speed is no count; gunmen and rebels are fighters counted as troops
		{"Xe chạy với tốc độ 90 km/giờ khi đâm vào nhóm 12 phiến quân.",
			[]string{"12 phiến quân|= 12 troops"}},
		// a number of times is no count
		{"Nhóm này đã 4 lần vượt biên cùng 120 người.",
			[]string{"120 người|= 120 people"}},
		{"Cơn bão khiến khoảng 3.000 hộ dân mất điện và 5.000 người bị ảnh hưởng.",
			[]string{"khoảng 3.000 hộ dân|~ 3000 homes /affected", "5.000 người|= 5000 people /affected"}},
		{"Cuộc tập kích khiến 6 xe tăng bị phá hủy.",
			[]string{"6 xe tăng|= 6 tanks /destroyed"}},
		{"Lực lượng phòng không bắn hạ 17 thiết bị bay.",
			[]string{"17 thiết bị bay|= 17 drones /intercepted"}},
		{"Khoảng 40 tàu đã rời cảng hôm 3-9 và tối 5-9.",
			[]string{"Khoảng 40 tàu|~ 40 ships"}},
		{"Tỉnh ghi nhận 58 ca mắc, trong đó 4 ca tử vong.",
			[]string{"58 ca mắc|= 58 cases", "4 ca|= 4 people /killed"}},
		{"Hành khách chờ hơn 3 tiếng, máy bay đã bay 900 giờ bay, 12 chuyến bay bị hủy, gần 500 hộ dân mất điện.",
			[]string{"hơn 3 tiếng|> 3 duration", "900 giờ bay|= 900 duration", "12 chuyến bay|= 12 flights", "gần 500 hộ dân|~ 500 homes /affected"}},
		{"Lượng khách có thể vượt 5.000 người.",
			[]string{"vượt 5.000 người|> 5000 people"}},
		{"Công an đã bắt 15 đối tượng, 200 người bắt đầu làm việc.",
			[]string{"15 đối tượng|= 15 suspects /detained", "200 người|= 200 people"}},
		{"Lãi suất giảm 0,5 điểm phần trăm.",
			[]string{"0,5|= 0.5"}},
		{"Số người chết đã lên tới 31, con số có thể lên tới 100 người.",
			[]string{"đã lên tới 31|= 31 people /killed", "lên tới 100 người|<= 100 people ana"}},
		{"Số người sơ tán đã lên tới hàng nghìn người.",
			[]string{"đã lên tới hàng nghìn người|~ 1000-9999 people /displaced"}},
		{"Bão làm 14 người chết và mất tích.",
			[]string{"14 người|= 14 people /killed-or-missing"}},
		{"Nước này trục xuất ba nhà ngoại giao.",
			[]string{"ba nhà ngoại giao|= 3 diplomats /expelled"}},
		{"Số vụ tăng gấp đôi so với năm ngoái, từ 5 tới 10 người bị bắt.",
			[]string{"từ 5 tới 10 người|= 5-10 people /detained"}},
		// "đưa đi" (taken to) is no dispatch
		{"Có 12 công nhân được đưa đi cấp cứu.",
			[]string{"12 công nhân|= 12 workers"}},
		// "đưa ra" (put forward) is no dispatch
		{"Mức 4,2% đưa ra hồi tháng 5 được giữ nguyên.",
			[]string{"4,2%|= 4.2 percent"}},
		// a warning level is no count; motorbikes, cars and engineers are counted
		{"Nước sông vượt mức báo động 3, hàng chục xe máy và ít nhất 4 ô tô bị cuốn trôi, công an tạm giữ 2 kỹ sư.",
			[]string{"hàng chục xe máy|~ 20-99 vehicles", "ít nhất 4 ô tô|>= 4 vehicles", "2 kỹ sư|= 2 people /detained"}},
		// "còn" before a measure is "still"
		{"Lũ làm 5 người chết, ít nhất 3 người còn mất tích.",
			[]string{"5 người|= 5 people /killed", "ít nhất 3 người|>= 3 people /missing"}},
		// households that suffered losses are affected
		{"Khoảng 40 hộ nuôi tôm bị thiệt hại.",
			[]string{"Khoảng 40 hộ|~ 40 homes /affected"}},
	})
}

func TestFindUnknownLang(t *testing.T) {
	got := Find("Il y a 3,000 soldats, 15% et vingt chars en 2024.", "fr")
	var gs []string
	for _, m := range got {
		gs = append(gs, show(m))
	}
	want := []string{"3,000|= 3000", "15%|= 15 percent"}
	if strings.Join(gs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q want %q", gs, want)
	}
}

func TestParseNumber(t *testing.T) {
	for _, c := range []struct {
		s, lang string
		want    float64
		ok      bool
	}{
		{"10.000", "id", 10000, true},
		{"10.000", "vi", 10000, true},
		{"10,000", "en", 10000, true},
		{"1,5 juta", "id", 1500000, true},
		{"1,5 triệu", "vi", 1500000, true},
		{"2.5 million", "en", 2500000, true},
		{"11 ribu", "id", 11000, true},
		{"sepuluh ribu", "id", 10000, true},
		{"seratus dua puluh lima", "id", 125, true},
		{"dua belas", "id", 12, true},
		{"sebelas ribu", "id", 11000, true},
		{"dua setengah juta", "id", 2500000, true},
		{"ten thousand", "en", 10000, true},
		{"twenty-five", "en", 25, true},
		{"two hundred and fifty thousand", "en", 250000, true},
		{"one and a half million", "en", 1500000, true},
		{"15-hundred", "en", 1500, true},
		{"four-thousand-100", "en", 4100, true},
		{"10k", "en", 10000, true},
		{"mười nghìn", "vi", 10000, true},
		{"hai mươi lăm", "vi", 25, true},
		{"hai mươi mốt", "vi", 21, true},
		{"mười lăm", "vi", 15, true},
		{"ba mươi tư", "vi", 34, true},
		{"một trăm linh năm", "vi", 105, true},
		{"hai vạn", "vi", 20000, true},
		{"1.234,5", "id", 1234.5, true},
		{"1,234.5", "en", 1234.5, true},
		{"1.000", "en", 1000, true},
		{"0.125", "en", 0.125, true},
		{"1.000.000", "id", 1000000, true},
		{"ribuan", "id", 5499.5, true},
		{"", "id", 0, false},
		{"tentara", "id", 0, false},
		{"1.2.3", "id", 0, false},
		{"10.00.0", "en", 0, false},
		{"lăm", "vi", 0, false},
		{"a", "en", 0, false},
		{"ten soldiers", "en", 0, false},
		{"0812", "id", 0, false},
		{"3,000", "fr", 3000, true},
	} {
		got, ok := ParseNumber(c.s, c.lang)
		if ok != c.ok || got != c.want {
			t.Errorf("ParseNumber(%q, %q) = %v, %v; want %v, %v", c.s, c.lang, got, ok, c.want, c.ok)
		}
	}
}

// TestFindIdViFourthRound covers the units and measures of the fourth
// Indonesian and Vietnamese round (polls, hearings, question time).
func TestFindIdViFourthRound(t *testing.T) {
	runFind(t, "id", []findCase{
		{"Survei itu melibatkan 1.500 responden dan memeriksa 4 saksi.",
			[]string{"1.500 responden|= 1500 respondents", "4 saksi|= 4 witnesses"}},
		{"Panitia mencatat 31 dugaan pelanggaran.",
			[]string{"31 dugaan pelanggaran|= 31 violations"}},
		{"Puluhan puskesmas belum menerima alat.",
			[]string{"Puluhan puskesmas|~ 20-99 clinics"}},
		{"Hingga pagi ini ada dua guru yang kami tangani.",
			[]string{"dua guru|= 2 people /affected"}},
		{"Ada 87 siswa dan tiga guru yang kami tangani.",
			[]string{"87 siswa|= 87 students /affected", "tiga guru|= 3 people /affected"}},
		{"Sebanyak 5 warga dan 3 polisi tewas.",
			[]string{"Sebanyak 5 warga|= 5 people /killed", "3 polisi|= 3 police /killed"}},
		{"Dana Rp 5 miliar dan 3 rumah rusak.",
			[]string{"Rp 5 miliar|= 5000000000 IDR", "3 rumah|= 3 homes /damaged"}},
	})
	runFind(t, "vi", []findCase{
		{"Bộ có 12 dự án chậm tiến độ.",
			[]string{"12 dự án|= 12 projects"}},
		{"Khoảng 3.000 hộ dân thiếu nước sinh hoạt.",
			[]string{"Khoảng 3.000 hộ dân|~ 3000 homes /affected"}},
		{"Bệnh viện thiếu 20 bác sĩ.",
			[]string{"20 bác sĩ|= 20 workers"}},
		{"Có 12 học sinh và 3 giáo viên bị thương.",
			[]string{"12 học sinh|= 12 students /wounded", "3 giáo viên|= 3 people /wounded"}},
		{"Đã có 680 ca mắc và 9 ca tử vong.",
			[]string{"680 ca mắc|= 680 cases", "9 ca|= 9 people /killed"}},
	})
}

// TestFindFloodLosses covers bodies recovered, homes swept away and
// people who lost their homes (the dam-collapse round).
func TestFindFloodLosses(t *testing.T) {
	runFind(t, "en", []findCase{
		{"Divers have pulled 9 bodies from the river.",
			[]string{"9|= 9 people /killed"}},
		{"Some 40 homes were washed away by the mudslide.",
			[]string{"Some 40 homes|~ 40 homes /destroyed"}},
		{"Two people were swept away while crossing the ford.",
			[]string{"Two people|= 2 people"}},
	})
	runFind(t, "id", []findCase{
		{"Sekitar 900 warga kehilangan tempat tinggal akibat longsor.",
			[]string{"Sekitar 900 warga|~ 900 people /displaced"}},
	})
	runFind(t, "vi", []findCase{
		{"Khoảng 600 người mất nhà cửa sau trận lũ.",
			[]string{"Khoảng 600 người|~ 600 people /displaced"}},
	})
}

// TestFindThirdFiguresRound: aid delivered (not supplied), people
// sheltering or short of food, schools, a distance "offshore" that places,
// fuel in kiloliters, filling stations (SPBU) that are places and not
// deployed, drought-hit rice land.
func TestFindThirdFiguresRound(t *testing.T) {
	runFind(t, "en", []findCase{
		{"Relief groups delivered 800 tonnes of flour to the camps.",
			[]string{"800 tonnes|= 800 tonnes /delivered"}},
		{"About 9,500 people were sheltering in 40 schools after the flood.",
			[]string{"About 9,500 people|~ 9500 people /displaced", "40 schools|= 40 schools"}},
		{"The drought left 70,000 people short of water in the valley.",
			[]string{"70,000 people|= 70000 people /affected"}},
		{"The ferry sank 12 km offshore with 48 people aboard.",
			[]string{"48 people|= 48 people"}},
	})
	runFind(t, "id", []findCase{
		{"Pemerintah menambah kuota solar sebesar 2,5 juta kiloliter.",
			[]string{"2,5 juta kiloliter|= 2500000 kiloliters"}},
		{"Polisi menyebut 800 personel disiagakan di 12 SPBU di Kota Benar.",
			[]string{"800 personel|= 800 troops /deployed", "12 SPBU|= 12 stations"}},
	})
	runFind(t, "vi", []findCase{
		{"Nắng nóng khiến 3.200 ha lúa bị hạn tại huyện Tân Lạc.",
			[]string{"3.200 ha|= 3200 hectares /affected"}},
	})
}

// TestFindRatio: a share given as a ratio is a percent; a count "in" a
// larger number of days, or a bigger number first, is none.
func TestFindRatio(t *testing.T) {
	runFind(t, "en", []findCase{
		{"Surveyors said one in four bridges in the valley was unsafe.",
			[]string{"one in four|= 25 percent"}},
		{"Three out of four voters backed the plan.",
			[]string{"Three out of four|= 75 percent"}},
		{"Police made 2 arrests, and 1 in 3 days of talks failed.",
			[]string{"2|= 2 people /detained", "3 days|= 3 duration"}},
	})
	runFind(t, "id", []findCase{
		{"Survei itu menemukan satu dari lima warga tidak memiliki air bersih.",
			[]string{"satu dari lima|= 20 percent"}},
	})
}

// TestFindSeventhEnglishRound: oil in barrels, an area in square
// kilometres (not a distance), a rate of descent in feet per minute, crews,
// people in intensive care who are wounded, fishermen, and crew members
// who are people.
func TestFindSeventhEnglishRound(t *testing.T) {
	runFind(t, "en", []findCase{
		{"The tanker lost up to 800 barrels of fuel oil near the reef.",
			[]string{"up to 800 barrels|<= 800 barrels"}},
		{"The fire has burned through some 40 square kilometres of forest.",
			[]string{"some 40 square kilometres|~ 40 km2 /burned"}},
		{"The glider was sinking at 700 feet per minute when it hit the trees.",
			[]string{"700 feet per minute|= 700 ft/min"}},
		{"Six crews were grounded after the audit.",
			[]string{"Six crews|= 6 crews"}},
		{"Eleven people were in intensive care after the bus overturned.",
			[]string{"Eleven people|= 11 people /wounded"}},
		{"More than 200 fishermen lost their nets in the storm.",
			[]string{"More than 200 fishermen|> 200 fishermen"}},
		{"The trawler sank with 14 crew members aboard.",
			[]string{"14 crew members|= 14 people"}},
	})
}

// TestFindViFifthRound: power in MW and energy in kWh, temperatures in
// degrees Celsius, companies, investors and the victims of a fraud as
// people, and the critically injured as wounded (the fifth Vietnamese
// held-out round).
func TestFindViFifthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Trang trại điện gió ngoài khơi có công suất 600 MW.",
			[]string{"600 MW|= 600 MW"}},
		{"Mỗi hộ gia đình dùng khoảng 350 kWh trong tháng 7.",
			[]string{"khoảng 350 kWh|~ 350 kWh"}},
		{"Trạm đo ghi nhận 39,8 độ C vào buổi trưa.",
			[]string{"39,8 độ C|= 39.8 celsius"}},
		{"Hơn 400 doanh nghiệp và 12 công ty nước ngoài đã nộp hồ sơ.",
			[]string{"Hơn 400 doanh nghiệp|> 400 companies", "12 công ty|= 12 companies"}},
		{"Khoảng 5.000 nhà đầu tư bị thiệt hại, trong đó có 210 bị hại ở Kestrel.",
			[]string{"Khoảng 5.000 nhà đầu tư|~ 5000 people /affected", "210 bị hại|= 210 people /affected"}},
		{"Ba người đang trong tình trạng nguy kịch.",
			[]string{"Ba người|= 3 people /wounded"}},
		{"Doanh nghiệp mất hàng trăm tỷ đồng, cả ngành mất hàng nghìn tỷ đồng.",
			[]string{"hàng trăm tỷ đồng|~ 100000000000-999999999999 VND", "hàng nghìn tỷ đồng|~ 1000000000000-9999999999999 VND"}},
		{"Ít nhất 30 xe máy bị thiêu rụi và 2 căn nhà cháy rụi.",
			[]string{"Ít nhất 30 xe máy|>= 30 vehicles /destroyed", "2 căn nhà|= 2 homes /destroyed"}},
		{"Gần 400.000 hộ dân bị cắt điện luân phiên.",
			[]string{"Gần 400.000 hộ dân|~ 400000 homes /affected"}},
	})
}

// TestFindRescueRound (the eighth English round): people rescued, alone
// after their number or taken from the water, people unaccounted for,
// disease cases named before their count, clinics and latrines.
func TestFindRescueRound(t *testing.T) {
	runFind(t, "en", []findCase{
		{"The navy said 48 rescued had been taken to the port hospital.",
			[]string{"48|= 48 people /rescued"}},
		{"A trawler pulled 19 people from the sea after the ferry listed.",
			[]string{"19 people|= 19 people /rescued"}},
		{"Around 30 people remain unaccounted for after the blast.",
			[]string{"Around 30 people|~ 30 people /missing"}},
		{"Confirmed cases have climbed to 2,450 in the delta.",
			[]string{"2,450|= 2450 cases"}},
		{"The charity runs three clinics and dug 25 latrines.",
			[]string{"three clinics|= 3 clinics", "25 latrines|= 25 latrines"}},
	})
}

// TestFindViSixthRound: figures of the sixth Vietnamese held-out round
// (a coach crash, a canteen poisoning, a run on a bank), in new sentences.
func TestFindViSixthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Camera ghi lại chiếc xe tải chạy khoảng 95 km/h trên đoạn đèo.",
			[]string{"khoảng 95 km/h|~ 95 km/h"}},
		{"Đoạn đường này chỉ cho phép xe chạy dưới 60 km/giờ.",
			[]string{"dưới 60 km/giờ|< 60 km/h"}},
		{"Bếp ăn của nhà máy nấu hơn 1.800 suất ăn mỗi ngày.",
			[]string{"hơn 1.800 suất ăn|> 1800 meals"}},
		{"Chi nhánh này đã xử lý 9.500 lượt rút tiền và khóa 27 tài khoản.",
			[]string{"9.500 lượt rút tiền|= 9500 withdrawals", "27 tài khoản|= 27 accounts"}},
		{"Có 58 học sinh phải nhập viện sau bữa trưa.",
			[]string{"58 học sinh|= 58 students /affected"}},
		{"Hiện 23 người vẫn còn điều trị tại trạm y tế xã.",
			[]string{"23 người|= 23 people /affected"}},
		{"Lực lượng cứu hỏa đã đưa 15 người ra ngoài qua lối thang bộ.",
			[]string{"15 người|= 15 people"}},
		{"Thợ lặn đã giải cứu 6 ngư dân mắc kẹt trong khoang tàu.",
			[]string{"6 ngư dân|= 6 fishermen /rescued"}},
		{"Vụ lật xe làm 18 người bị thương, trong đó 5 người phải thở máy.",
			[]string{"18 người|= 18 people /wounded", "5 người|= 5 people /wounded"}},
		{"Chiếc xe 29 chỗ đã chở 41 khách, còn 300 khách hàng phải chờ chuyến sau.",
			[]string{"41 khách|= 41 passengers", "300 khách hàng|= 300 people"}},
		{"Gần một nửa số công nhân đã nghỉ việc.",
			[]string{"Gần một nửa|~ 50 percent"}},
		{"Khoảng ba phần tư diện tích lúa bị ngập.",
			[]string{"Khoảng ba phần tư|~ 75 percent"}},
		{"Nhà máy đã bán nửa triệu tấn thép.",
			[]string{"nửa triệu tấn|= 500000 tonnes"}},
	})
}

// TestFindIdShare: a share named by a fraction is a percent figure.
func TestFindIdShare(t *testing.T) {
	runFind(t, "id", []findCase{
		{"Lebih dari separuh warga desa sudah mengungsi.",
			[]string{"Lebih dari separuh|> 50 percent"}},
	})
}

// TestFindShareWord: a share named by a word ("separuh", "sepertiga") is a
// percent with the bound before it, while "setengah" before a scale or a
// duration stays part of a number; "tak sampai" and "kisaran" are bounds;
// miners, factories, markets, infants and flights are counted units.
func TestFindShareWord(t *testing.T) {
	runFind(t, "id", []findCase{
		{"Dinas mencatat lebih dari separuh petani di Desa Karo belum menerima bibit.",
			[]string{"lebih dari separuh|> 50 percent"}},
		{"Sepertiga warga kampung itu sudah mengungsi ke gedung sekolah.",
			[]string{"Sepertiga|= 33.33 percent"}},
		{"Antrean itu berlangsung setengah jam dan melibatkan setengah juta pemudik.",
			[]string{"setengah jam|= 0.5 duration", "setengah juta pemudik|= 500000 people"}},
		{"Penonton konser itu tak sampai 3.000 orang.",
			[]string{"tak sampai 3.000 orang|< 3000 people"}},
		{"Inflasi bulan depan diperkirakan berada di kisaran 4 persen.",
			[]string{"kisaran 4 persen|~ 4 percent"}},
		{"Ekonom memperkirakan kenaikan upah di kisaran 5 hingga 7 persen.",
			[]string{"5 hingga 7 persen|= 5-7 percent"}},
		{"Sebanyak 14 penambang terjebak, sementara 8 pabrik dan 3 pasar tutup.",
			[]string{"Sebanyak 14 penambang|= 14 workers", "8 pabrik|= 8 factories", "3 pasar|= 3 markets"}},
		{"Maskapai membatalkan 32 penerbangan; pesawat itu membawa dua bayi.",
			[]string{"32 penerbangan|= 32 flights", "dua bayi|= 2 children"}},
	})
}

// TestFindSixthIndonesianRound: a capitalised measure in a headline is no
// name, a reporting verb or a purpose ends the clause of a figure (the
// speaker is not what a bare count after it counts), and comrades (kawan)
// are people.
func TestFindSixthIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		{"Banjir Bandang di Karo, 14 Petani Tewas",
			[]string{"14 Petani|= 14 farmers /killed"}},
		{"Panitia menyebut lebih dari 12.000 orang hadir, sedangkan polisi menyebut tak sampai 5.000.",
			[]string{"lebih dari 12.000 orang|> 12000 people"}},
		{"Sebanyak 600 personel berjaga di lokasi untuk mengamankan jalannya aksi.",
			[]string{"Sebanyak 600 personel|= 600 troops"}},
		{"Program itu berjalan hingga 2030.", nil},
		{"Sedikitnya tiga kawan saya ditangkap.",
			[]string{"Sedikitnya tiga kawan|>= 3 people /detained"}},
		{"Pabrik itu hanya mempekerjakan 35 karyawannya pada sif malam, sementara 12 penumpangnya selamat.",
			[]string{"35 karyawannya|= 35 workers", "12 penumpangnya|= 12 passengers /rescued"}},
		{"Dua anggota polisi terluka dan 12 orang ditangkap dalam bentrokan itu.",
			[]string{"Dua anggota polisi|= 2 police /wounded", "12 orang|= 12 people /detained"}},
		{"Lima tentara tewas dan 20 orang terluka dalam serangan itu.",
			[]string{"Lima tentara|= 5 troops /killed", "20 orang|= 20 troops /wounded"}},
		{"Pesawat itu membawa 98 penumpang dan lima kru.",
			[]string{"98 penumpang|= 98 passengers", "lima kru|= 5 people"}},
	})
}

// TestFindNinthEnglishRound: the ninth English round's figures (data
// breaches, prisoner swaps, logging), with new sentences.
func TestFindNinthEnglishRound(t *testing.T) {
	runFind(t, "en", []findCase{
		// a measure's participle right after the number modifies the unit
		{"Medics treated 300 wounded soldiers near the river.",
			[]string{"300 wounded soldiers|= 300 troops /wounded"}},
		{"The insurer said 2 million stolen records were offered online.",
			[]string{"2 million stolen records|= 2000000 records /affected"}},
		// hostages and detainees of a swap; nationals are people
		{"The rebels said 9 hostages were freed. Talks on 25 detainees and three dual nationals go on.",
			[]string{"9 hostages|= 9 hostages /released", "25 detainees|= 25 prisoners", "three dual nationals|= 3 people"}},
		// forest felled or logged; vehicles seized
		// rounds of talks are no shells but a span (no figure of a claim);
		// rounds fired are shells
		{"The envoy said there had been four rounds of talks, while gunners fired 200 rounds.",
			[]string{"four rounds of talks|= 4 duration", "200 rounds|= 200 shells /fired"}},
		{"Rangers said 900 hectares were felled and 14 trucks seized.",
			[]string{"900 hectares|= 900 hectares /logged", "14 trucks|= 14 trucks /seized"}},
	})
}

// TestFindViSeventhRound: figures of the seventh Vietnamese held-out round
// (a leaked exam, a dam release, an evacuation), in new sentences.
func TestFindViSeventhRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Hồ chứa phải xả khoảng 1.200 m³/s qua cửa đáy.",
			[]string{"khoảng 1.200 m³/s|~ 1200 m3/s"}},
		{"Có 5.300 thí sinh dự thi tại 21 điểm thi của huyện.",
			[]string{"5.300 thí sinh|= 5300 students", "21 điểm thi|= 21 sites"}},
		{"Hội đồng chấm lại hơn 150 bài thi và một tập đề dày 6 trang.",
			[]string{"hơn 150 bài thi|> 150 papers", "6 trang|= 6 pages"}},
		{"Lũ đã tràn vào 230 hộ dân, 75 hộ khác bị ngập sâu.",
			[]string{"230 hộ dân|= 230 homes /affected", "75 hộ khác|= 75 homes /affected"}},
		{"Anh ta đã gửi cho 9 người bản chụp tài liệu.",
			[]string{"9 người|= 9 people"}},
		{"Chính phủ đã đưa 640 công dân về nước bằng bốn chuyến bay.",
			[]string{"640 công dân|= 640 people /displaced", "bốn chuyến bay|= 4 flights"}},
	})
}

// TestFindViPartAfterCarrier: a part after "trong đó" shares the measure
// of the group it is part of, across a figure without a measure between
// them (the flights that carried the group).
func TestFindViPartAfterCarrier(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Đại sứ quán đã đưa 520 công dân về nước bằng ba chuyến bay, trong đó có 61 trẻ em.",
			[]string{"520 công dân|= 520 people /displaced", "ba chuyến bay|= 3 flights", "61 trẻ em|= 61 children /displaced"}},
	})
}

// TestFindSpelledRangeWord: neighbouring spelled numbers joined by a word
// of range other than "or" are an explicit range, not a guess.
func TestFindSpelledRangeWord(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Có bốn đến năm người bị thương nhẹ.",
			[]string{"bốn đến năm người|= 4-5 people /wounded"}},
		{"Có bốn hoặc năm người bị thương nhẹ.",
			[]string{"bốn hoặc năm người|~ 4-5 people /wounded"}},
	})
	runFind(t, "en", []findCase{
		{"Two to three officers were hurt.",
			[]string{"Two to three officers|= 2-3 police /wounded"}},
	})
}

// TestFindViOwnerNameNoStep: the name of whose the counted are, after
// "của" (and a place name after it), costs no step of the search for the
// measure after the unit.
func TestFindViOwnerNameNoStep(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Có 140 công nhân của Tập đoàn Dệt may Halsen ở Khu công nghiệp Bắc Verl phải nhập viện.",
			[]string{"140 công nhân|= 140 workers /affected @Tập đoàn Dệt may Halsen"}},
	})
}

func TestFindSeventhIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		{"Petugas bea cukai menemukan 25.000 dolar Singapura dan 3.000 dolar Australia di dalam koper.",
			[]string{"25.000 dolar Singapura|= 25000 SGD", "3.000 dolar Australia|= 3000 AUD"}},
		{"Panitia pengawas menerima 52 laporan dan sekitar 400 aduan warga selama kampanye.",
			[]string{"52 laporan|= 52 reports", "sekitar 400 aduan|~ 400 complaints"}},
		{"Tim siber menemukan sedikitnya 12 akun palsu dan 40 unggahan di dua platform.",
			[]string{"sedikitnya 12 akun|>= 12 accounts", "40 unggahan|= 40 posts", "dua platform|= 2 platforms"}},
		{"Survei itu menempatkan petahana di angka 44 persen dengan margin of error plus minus 2,5 persen.",
			[]string{"44 persen|= 44 percent"}},
		{"Menurut polisi, tiga tersangka, masing-masing berinisial DN (22) dan LA (25), ditangkap di sebuah indekos.",
			[]string{"tiga tersangka|= 3 suspects /detained"}},
		{"Elektabilitasnya 31% (tingkat kesalahan ±3%), naik dari 27% sebulan lalu.",
			[]string{"31%|= 31 percent", "27%|= 27 percent"}},
	})
}

func TestFindTenthEnglishRound(t *testing.T) {
	runFind(t, "en", []findCase{
		// the ren is a currency, also after a scale word
		{"The province owes 1.7 trillion ren, and the port asked for 90bn ren.",
			[]string{"1.7 trillion ren|= 1700000000000 ren", "90bn ren|= 90000000000 ren"}},
		// "not exceed" is an upper bound
		{"Officials said the shortfall would not exceed 4.5% this year.",
			[]string{"not exceed 4.5%|<= 4.5 percent"}},
		// a plural demonym counts people
		{"Guards counted at least 23 Marovians at the crossing, and fewer than 900 Tessinians left.",
			[]string{"at least 23 Marovians|>= 23 people", "fewer than 900 Tessinians|< 900 people"}},
		// positions abandoned; buses
		{"Scouts said 9 positions were abandoned and 60 buses left the city.",
			[]string{"9 positions|= 9 positions /abandoned", "60 buses|= 60 buses"}},
		// "a day earlier" after a compared number is when, not what: the
		// number is the earlier figure (anaphoric)
		{"Medics treated 64 wounded civilians, up from 40 a day earlier.",
			[]string{"64 wounded civilians|= 64 civilians /wounded", "40|= 40 ana"}},
		// a part ("9 of them children") shares the whole's measure, and the
		// whole's unit goes on to the next bare amount
		{"Rescuers said 52 civilians had died, 9 of them children, and dozens injured.",
			[]string{"52 civilians|= 52 civilians /killed", "9 of them children|= 9 children /killed", "dozens|~ 20-99 civilians /wounded"}},
		// "All 40" counts what the figure before it counted
		{"The agency said 120 trucks crossed. All 40 were searched.",
			[]string{"120 trucks|= 120 trucks", "All 40|= 40 trucks"}},
	})
}

func TestFindTenthEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		// people who left the country are displaced
		{"The ministry said fewer than 800 Tessinians had left the country since May.",
			[]string{"fewer than 800 Tessinians|< 800 people /displaced"}},
		// a civilian toll counts civilians killed
		{"On Monday the monitors had put the civilian toll at 58.",
			[]string{"58|= 58 civilians /killed"}},
	})
}

func TestFindEleventhEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		// households left without power are affected; megawatts are a unit
		{"The utility said about 12,000 homes were still without power in Brask.",
			[]string{"about 12,000 homes|~ 12000 homes /affected"}},
		{"Officials said 850 megawatts of capacity went offline.",
			[]string{"850 megawatts|= 850 MW"}},
		// ceasefire violations and farms are counted as such, and a bare
		// amount after "up from" is an anaphor (resolved when attached)
		{"Monitors logged 73 violations this week, up from 40 the week before.",
			[]string{"73 violations|= 73 violations", "40|= 40 ana"}},
		{"The union said more than 600 farms had lost their wells.",
			[]string{"more than 600 farms|> 600 farms"}},
		// arrivals registered at a border are displaced people
		{"Guards counted 1,450 arrivals at the crossing on Friday.",
			[]string{"1,450 arrivals|= 1450 people /displaced"}},
	})
}

func TestFindOfThemNoun(t *testing.T) {
	runFind(t, "en", []findCase{
		// "of them" after a bare amount, with no figure before it, counts a
		// plural noun of the clause before it
		{"The boats leave at dawn, 20 or 30 of them, from the old pier.",
			[]string{"20 or 30 of them|~ 20-30 ships"}},
		// (nothing to count: no figure; "30 or 40" alone is a guess, ~)
		{"They come at dawn, 20 or 30 of them.", nil},
	})
}

func TestFindSmallNumberOfNoun(t *testing.T) {
	runFind(t, "en", []findCase{
		// a small spelled-out number after a noun's "of", with nothing
		// counted, is no figure of the measure before it
		{"Up to 12 people are missing under the ruins of three warehouses.",
			[]string{"Up to 12 people|<= 12 people /missing"}},
		// (a part of a group is still counted: "two of the five")
		{"Medics said 5 people were hurt, two of them seriously.",
			[]string{"5 people|= 5 people /wounded", "two of them|= 2 people /wounded"}},
	})
}

// TestFindViEighthRound: the eighth Vietnamese held-out round. Goods in
// sacks and cartons, pigs and signatures are counted;
// what the authorities take is seized and animals destroyed to stop a
// disease are culled; a spelled number right before a year is the word
// "year", no figure ("điều chỉnh năm 2025").
func TestFindViEighthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Đội kiểm soát đã thu giữ 215 bao phân bón giả.",
			[]string{"215 bao|= 215 bags /seized"}},
		{"Lực lượng chức năng tịch thu 48 thùng rượu ngoại.",
			[]string{"48 thùng|= 48 cartons /seized"}},
		{"Huyện đã tiêu hủy 2.640 con lợn ở 7 xã.",
			[]string{"2.640 con lợn|= 2640 pigs /culled"}},
		{"Bản kiến nghị có 96 chữ ký của người dân trong xóm.",
			[]string{"96 chữ ký|= 96 signatures"}},
		{"Giá đất được tính theo hệ số điều chỉnh năm 2025 của thành phố.",
			nil},
	})
}

// TestFindViNinthRound: units of the ninth Vietnamese held-out round.
func TestFindViNinthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Con tàu chở 12 thuyền viên và 60 hành khách.",
			[]string{"12 thuyền viên|= 12 people", "60 hành khách|= 60 passengers"}},
		{"Có 9 tàu cá bị chìm trong cơn bão.",
			[]string{"9 tàu cá|= 9 ships"}},
		{"Gần 300 cán bộ, chiến sĩ được điều động.",
			[]string{"Gần 300 cán bộ, chiến sĩ|~ 300 people /deployed"}},
		{"Kho còn thiếu 45 loại thuốc và 12 mặt hàng khác.",
			[]string{"45 loại thuốc|= 45 items", "12 mặt hàng khác|= 12 items"}},
		{"Khoa đã hoãn 18 ca phẫu thuật trong tuần.",
			[]string{"18 ca phẫu thuật|= 18 operations"}},
	})
}

// TestFindViTenthRound: units and measures of the tenth Vietnamese
// held-out round.
func TestFindViTenthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		// households and the people in them share the verb
		{"Xã đã di dời 38 hộ với 150 nhân khẩu.",
			[]string{"38 hộ|= 38 homes /displaced", "150 nhân khẩu|= 150 people /displaced"}},
		{"Có 4 thợ lò tử vong trong ca đêm.",
			[]string{"4 thợ lò|= 4 workers /killed"}},
		// a house counted by its classifier; collapsed and cracked
		{"Trận lũ làm 12 căn nhà đổ sập và 30 căn khác bị nứt.",
			[]string{"12 căn nhà|= 12 homes /destroyed", "30 căn khác|= 30 homes /affected"}},
		// people and machines mobilised share the measure
		{"Khoảng 200 người cùng 8 máy bơm được huy động.",
			[]string{"Khoảng 200 người|~ 200 people /deployed", "8 máy bơm|= 8 pumps /deployed"}},
	})
}

// TestFindViEleventhRound: figures of the eleventh Vietnamese held-out
// round.
func TestFindViEleventhRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		// vehicle classes named by a bound are no figures
		{"Mức phí với xe dưới 9 chỗ là 30.000 đồng, xe tải trên 10 tấn là 120.000 đồng.",
			[]string{"30.000 đồng|= 30000 VND", "120.000 đồng|= 120000 VND"}},
		// lower by the figure: a comparison, no bound
		{"Doanh thu thấp hơn 25% so với dự kiến.",
			[]string{"thấp hơn 25%|= 25 percent"}},
		// a coordinated noun and a counted place before the measure
		{"Khoảng 900 ha lúa và hoa màu ở hai xã bị ngập.",
			[]string{"Khoảng 900 ha|~ 900 hectares /affected"}},
		{"Có 5 trẻ phải nhập viện và 2 xuồng bị lật.",
			[]string{"5 trẻ|= 5 children /affected", "2 xuồng|= 2 ships"}},
		// notices sent are statements, not deployed
		{"Công ty đã gửi 4 thông báo cho chính quyền.",
			[]string{"4 thông báo|= 4 statements"}},
	})
}

// TestFindViTwelfthRound: salinity in per mille (but not the salinity line
// it names), salinised and lost rice land, sluices, dams, bond tranches,
// parents and school buses counted, and an article of a code of law.
func TestFindViTwelfthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Độ mặn ở cửa Hàm Vân lên 7,2‰, cao hơn mùa trước 0,8‰.",
			[]string{"7,2‰|= 7.2 permille", "0,8‰|= 0.8 permille"}},
		{"Ranh mặn 4‰ đã lấn sâu khoảng 45 km.",
			[]string{"khoảng 45 km|~ 45 km"}},
		{"Có khoảng 2.300 ha mạ bị nhiễm mặn, 700 ha đã mất trắng.",
			[]string{"khoảng 2.300 ha|~ 2300 hectares /affected", "700 ha|= 700 hectares /destroyed"}},
		{"Huyện đã đóng 18 cống và đắp thêm 9 đập tạm.",
			[]string{"18 cống|= 18 sluices", "9 đập|= 9 dams"}},
		{"Công ty phát hành 12 lô trái phiếu, có 60 phụ huynh dự họp.",
			[]string{"12 lô|= 12 batches", "60 phụ huynh|= 60 parents"}},
		{"Sở đã kiểm tra 240 xe đưa đón học sinh trong tuần.",
			[]string{"240 xe đưa đón học sinh|= 240 vehicles"}},
		{"Vụ án được khởi tố theo Điều 203 Bộ luật Hình sự và Nghị định 46.",
			nil},
		// taking pupils to school is no dispatch
		{"Thanh tra phát hiện 57 trường hợp xe đưa đón chở quá số người.",
			nil},
		{"Đoàn kiểm tra 80 xe đưa đón và 12 xe tải.",
			[]string{"80 xe đưa đón|= 80 vehicles", "12 xe|= 12 vehicles"}},
		// a number glued to a unit sign is no year after "năm"
		{"Lượng mưa thấp hơn trung bình nhiều năm 28% và thấp nhất kể từ năm 2016.",
			[]string{"28%|= 28 percent"}},
	})
}

// TestFindViThirteenthRound: gold counted in taels and sold, people saved
// rescued, works halted suspended, points of business sites.
func TestFindViThirteenthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Cửa hàng đã bán ra 850 lượng vàng trong buổi sáng.",
			[]string{"850 lượng|= 850 taels /sold"}},
		{"Có 7 người được cứu khỏi đống đổ nát.",
			[]string{"7 người|= 7 people /rescued"}},
		{"Sở yêu cầu tạm dừng thi công 3 công trình của nhà thầu.",
			[]string{"3 công trình|= 3 projects /suspended"}},
		{"Đoàn kiểm tra phát hiện 9 điểm kinh doanh vi phạm.",
			[]string{"9 điểm kinh doanh|= 9 sites"}},
		{"Lượng mưa đo được là 120 mm.",
			[]string{"120 mm|= 120 mm"}},
	})
}

// TestFindEighthIndonesianRound: the hurt taken for care are wounded, a
// bare "korban" yields to what the clause says happened to them, and
// stalls, shops and fire engines are units.
func TestFindEighthIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		{"Sebanyak enam korban dilarikan ke rumah sakit, sementara 11 orang menjalani perawatan di puskesmas.",
			[]string{"Sebanyak enam|= 6 people /wounded", "11 orang|= 11 people /wounded"}},
		{"Api menghanguskan sedikitnya 40 lapak dan tujuh toko di pasar itu.",
			[]string{"sedikitnya 40 lapak|>= 40 kiosks /burned", "tujuh toko|= 7 shops /burned"}},
		{"Dinas mengerahkan 9 unit mobil pemadam ke gudang itu.",
			[]string{"9 unit mobil pemadam|= 9 vehicles /deployed"}},
		{"Ekspor kopi naik antara 7 dan 9 persen tahun ini.",
			[]string{"antara 7 dan 9 persen|= 7-9 percent"}},
		{"Relawan memantau harga di 12 dari 30 kabupaten.",
			nil},
	})
}

func TestFindTwelfthEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		// inmates are prisoners, guards and parents units of their own
		{"Wardens said 40 inmates shared one wing and 6 guards were hurt.",
			[]string{"40 inmates|= 40 prisoners", "6 guards|= 6 guards /wounded"}},
		{"The group said about 900 parents had joined the boycott.",
			[]string{"about 900 parents|~ 900 parents"}},
		// guards are people: a figure coordinated before them shares their measure
		{"Medics said 4 inmates and 3 guards were hurt in the fight.",
			[]string{"4 inmates|= 4 prisoners /wounded", "3 guards|= 3 guards /wounded"}},
		// a concentration in parts per million
		{"Tests found ammonia at 7.5 parts per million near the depot.",
			[]string{"7.5 parts per million|= 7.5 ppm"}},
		// people sent or taken to hospital were hurt; an evacuation of
		// residents displaced them
		{"The blast sent 18 workers to hospital and forced the evacuation of 300 residents.",
			[]string{"18 workers|= 18 workers /wounded", "300 residents|= 300 people /displaced"}},
	})
}

// A plural noun the lexicon does not know, right after a number, is what
// the figure counts; not after a preposition of place or "of"/"from",
// not after a year, not for a small spelled-out number with nothing that
// happened, and never a singular word ending in -s. Each sentence was
// written for this test.
func TestFindUnknownPluralNoun(t *testing.T) {
	runFind(t, "en", []findCase{
		{"Rangers mapped 312 hotspots across the peat forest.",
			[]string{"312 hotspots|= 312 hotspots"}},
		{"More than 1,400 beehives were lost to the frost.",
			[]string{"More than 1,400 beehives|> 1400 beehives"}},
		{"The zoo said 40 flamingos were killed by the storm.",
			[]string{"40 flamingos|= 40 flamingos /killed"}},
		{"About 250 marchers joined, and 60 cyclists followed.",
			[]string{"About 250 marchers|~ 250 protesters", "60 cyclists|= 60 cyclists"}},
		{"Inspectors visited 18 bakeries, and 5 bakeries were closed.",
			[]string{"18 bakeries|= 18 bakeries", "5 bakeries|= 5 bakeries"}},
		// a place, a part of something named, a year, a small count of
		// nothing that happened, a singular, a possessive
		{"Ten people died in three townships.", []string{"Ten people|= 10 people /killed"}},
		{"Two people were trapped under the roof of four warehouses.", []string{"Two people|= 2 people"}},
		{"The 2024 elections were calm.", nil},
		{"The two sides met in Halden.", nil},
		{"The office hired 30 census takers.", nil},
		{"The 3 brothers' shop stayed shut.", nil},
		{"Levels reached up to 2.4 times the safe limit.", nil},
	})
}

// fourteenth English round: crowds, crops and medicines
func TestFindFourteenthEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		// spectators, fans and supporters are people; tickets are sold
		{"Organisers said 18,000 spectators watched and 2,500 tickets were sold on the day.",
			[]string{"18,000 spectators|= 18000 people", "2,500 tickets|= 2500 tickets /sold"}},
		// a numbered gate is named, not counted; those still being treated were hurt
		{"Stewards said about 300 fans were hurt near Gate 9 and 14 supporters were still being treated.",
			[]string{"about 300 fans|~ 300 people /wounded", "14 supporters|= 14 people /wounded"}},
		// a medicine is recalled in batches, sold in bottles and packs
		{"The regulator ordered the recall of 6 batches after tests on 40 bottles.",
			[]string{"6 batches|= 6 batches /recalled", "40 bottles|= 40 bottles"}},
		{"Shops ran out of 2,000 packs of the drug and recalled 3 batches.",
			[]string{"2,000 packs|= 2000 packs", "3 batches|= 3 batches /recalled"}},
		// land stripped by pests is destroyed; farms that lost irrigation are affected
		{"Pests have stripped 7,000 hectares, and more than 900 farms lost irrigation.",
			[]string{"7,000 hectares|= 7000 hectares /destroyed", "more than 900 farms|> 900 farms /affected"}},
		// hospitals that took the injured are counted, not hurt
		{"Medics took 12 of the injured to three hospitals.",
			[]string{"12|= 12 people /wounded", "three hospitals|= 3 hospitals"}},
		// a part of the dead or the injured counts people, as "300 wounded" does
		{"Doctors said four of the dead were children and 20 of the wounded were women.",
			[]string{"four|= 4 people /killed", "20|= 20 people /wounded"}},
		// goods sold to buyers count the buyers: no sale
		{"The firm said the timber was sold to at least four sawmills.",
			[]string{"at least four sawmills|>= 4 sawmills"}},
		// an anaphor that is a count of its own ("the toll") counts people
		// killed, and makes a small number spelled out a figure
		{"Officials had first put the toll at eight.",
			[]string{"eight|= 8 people /killed ana"}},
		{"The coroner said the toll had risen to 15 after a woman died.",
			[]string{"15|= 15 people /killed ana"}},
		{"The figure was put at five.",
			[]string{"five|= 5 ana"}},
	})
}

// fifteenth English round: fraud, mountains and ferries
func TestFindFifteenthEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		// victims of a fraud are counted; money lost in pounds and Swiss francs
		{"The scheme cheated about 2,500 victims of 4 million pounds and 600,000 Swiss francs.",
			[]string{"about 2,500 victims|~ 2500 victims", "4 million pounds|= 4000000 GBP", "600,000 Swiss francs|= 600000 CHF"}},
		// climbers and rescuers are people, search dogs dogs
		{"Guides said 14 climbers and 30 rescuers were on the ridge with six search dogs.",
			[]string{"14 climbers|= 14 people", "30 rescuers|= 30 people", "six search dogs|= 6 dogs"}},
		// lives claimed are people killed
		{"The avalanche has claimed at least 19 lives since 2001.",
			[]string{"at least 19|>= 19 people /killed"}},
		// bank transfers are payments; people found alive were rescued
		{"Banks froze more than 700 transfers, and two climbers were found alive.",
			[]string{"more than 700 transfers|> 700 payments", "two climbers|= 2 people /rescued"}},
	})
}

// The eleventh Indonesian round (id-38 … id-40): speeds, trucks, a
// regional government's projects and agencies, a range after a ceiling,
// and a vague count whose measure is its own.
func TestFindEleventhIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		// a speed is km/h, not a distance; trucks are trucks
		{"Minibus itu melaju sekitar 120 kilometer per jam sebelum menabrak dua truk tangki.",
			[]string{"sekitar 120 kilometer per jam|~ 120 km/h", "dua truk tangki|= 2 trucks"}},
		// a regional government's projects and agencies
		{"Inspektorat memeriksa 19 paket proyek di enam organisasi perangkat daerah.",
			[]string{"19 paket proyek|= 19 projects", "enam organisasi perangkat daerah|= 6 agencies"}},
		// a range after a ceiling is the figure, and the subject names its unit
		{"Pengungsi diperkirakan bisa mencapai 3.000 hingga 4.000 orang.",
			[]string{"3.000 hingga 4.000 orang|= 3000-4000 people"}},
		{"Kasus baru bisa mencapai 70 hingga 80 jika hujan berlanjut.",
			[]string{"70 hingga 80|= 70-80 cases"}},
		// a vague count after the counted noun has its own measure
		{"Wabah itu menjangkiti lebih dari 450 kasus dengan puluhan kematian.",
			[]string{"lebih dari 450 kasus|> 450 cases", "puluhan|~ 20-99 people /killed"}},
	})
}

// The twelfth Indonesian round (id-41 … id-43): signatures, jockeys and
// the students of an entrance exam.
func TestFindTwelfthIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		// signatures of support are signatures (as vi "chữ ký")
		{"Petisi itu sudah ditandatangani 1.450 tanda tangan warga.",
			[]string{"1.450 tanda tangan|= 1450 signatures"}},
		// exam jockeys are people; prospective students and an exam's candidates are students
		{"Panitia mendiskualifikasi 58 peserta ujian, sementara 12 joki masih diburu dan 240 calon mahasiswa mengundurkan diri.",
			[]string{"58 peserta ujian|= 58 students", "12 joki|= 12 people", "240 calon mahasiswa|= 240 students"}},
		// the badly hurt who then died are killed
		{"Empat korban luka berat meninggal dunia dalam perjalanan ke rumah sakit, sedangkan dua pekerja luka parah meninggal di lokasi.",
			[]string{"Empat|= 4 people /killed", "dua pekerja|= 2 workers /killed"}},
	})
}

func TestFindSixteenthEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		// a train's wagons, tank wagons among them; fuel spilled
		{"Nine wagons, six of them tank wagons, overturned and spilled about 300 tonnes of diesel.",
			[]string{"Nine wagons|= 9 wagons", "six of them tank wagons|= 6 wagons", "about 300 tonnes|~ 300 tonnes /spilled"}},
		// people forced from their homes are displaced; households with no running water affected
		{"The fire forced some 2,000 people from their homes, and 9,500 households had no running water.",
			[]string{"some 2,000 people|~ 2000 people /displaced", "9,500 households|= 9500 homes /affected"}},
		// a ballot is a vote, voters are people
		{"Officials counted 31,000 ballots after 40,000 voters turned out.",
			[]string{"31,000 ballots|= 31000 votes", "40,000 voters|= 40000 people"}},
		{"At least 700 homes were still without water.",
			[]string{"At least 700 homes|>= 700 homes /affected"}},
		{"About 5,000 people in the town's northern suburbs had been without water since Friday.",
			[]string{"About 5,000 people|~ 5000 people /affected"}},
		{"The train carried 14 wagons of ammonia.",
			[]string{"14 wagons|= 14 wagons"}},
		// a part of a whole with an owner written with a possessive counts what the whole does
		{"Inspectors checked 12 of the depot's 30 trucks and 40 of the islands' 90 vehicles.",
			[]string{"12|= 12 trucks", "30 trucks|= 30 trucks", "40|= 40 vehicles", "90 vehicles|= 90 vehicles"}},
		// a quotation opening at the figure does not hide the measure before it
		{"Inspectors put the diesel spilled at \"about 12 tonnes\".",
			[]string{"about 12 tonnes|~ 12 tonnes /spilled"}},
	})
}

func TestFindSeventeenthEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		// tourists are people, ferries ships
		{"About 5,000 tourists waited while 30 more ferries were chartered.",
			[]string{"About 5,000 tourists|~ 5000 people", "30 more ferries|= 30 ships"}},
		// one firefighter is counted as firefighters are
		{"One firefighter was injured and 40 firefighters stayed on the ridge.",
			[]string{"One firefighter|= 1 firefighters /wounded", "40 firefighters|= 40 firefighters"}},
		// hotels that were damaged are damaged, not a damaged pipeline's barrels
		{"At least 12 hotels were damaged. Up to 800 barrels leaked from a damaged pipeline.",
			[]string{"At least 12 hotels|>= 12 hotels /damaged", "Up to 800 barrels|<= 800 barrels"}},
	})
}

// TestFindViFourteenthRound: accidents and fires counted by "vụ", land a
// fire burned (burned homes stay destroyed), workers sent abroad,
// helicopters and cattle, and a workers' count phrase; a case is no
// accident.
func TestFindViFourteenthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Trong tuần có 57 vụ tai nạn giao thông và 12 vụ cháy.",
			[]string{"57 vụ tai nạn giao thông|= 57 accidents", "12 vụ cháy|= 12 fires"}},
		{"Lửa đã thiêu rụi khoảng 30 ha rừng keo.",
			[]string{"khoảng 30 ha|~ 30 hectares /burned"}},
		{"Đám cháy thiêu rụi 6 căn nhà ở đầu làng.",
			[]string{"6 căn nhà|= 6 homes /destroyed"}},
		{"Huyện điều 3 trực thăng đến hiện trường.",
			[]string{"3 trực thăng|= 3 aircraft /deployed"}},
		{"Khoảng 50 con bò được lùa xuống thung lũng.",
			[]string{"Khoảng 50 con bò|~ 50 cattle"}},
		{"Số lao động bị ảnh hưởng là 35 người.",
			[]string{"35 người|= 35 workers /affected"}},
		{"Tòa xét xử 4 vụ án trong tháng.",
			nil},
		// a bound after a rate's denominator; a share by which a count
		// changed takes no measure from it, a share of it does
		{"Công ty hứa trả từ 2.000 USD/tháng trở lên.",
			[]string{"2.000 USD|>= 2000 USD"}},
		{"Số người bị thương tăng 8% so với năm ngoái.",
			[]string{"8%|= 8 percent"}},
		{"Số người bị thương chiếm 40% tổng số bệnh nhân.",
			[]string{"40%|= 40 percent /wounded"}},
	})
}

// TestFindViFifteenthRound: square metres, complaints, fraud cases and
// frozen accounts; a locked door holds no figure.
func TestFindViFifteenthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Mỗi hộ bị thu hồi khoảng 1.500 m2 đất vườn.",
			[]string{"khoảng 1.500 m2|~ 1500 m2"}},
		{"Thanh tra đã nhận 38 đơn khiếu nại và 5 vụ lừa đảo được trình báo.",
			[]string{"38 đơn khiếu nại|= 38 complaints", "5 vụ lừa đảo|= 5 cases"}},
		{"Ngân hàng đã tạm khóa 45 tài khoản.",
			[]string{"45 tài khoản|= 45 accounts /blocked"}},
		{"Cửa thoát hiểm ở tầng ba bị khóa.",
			nil},
	})
}

// TestFindEighteenthEnglishRoundData checks the units and measures added
// after the eighteenth English round (lang/en/measures.tsv).
func TestFindEighteenthEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		// migrants and survivors are people; people drowned are killed
		{"About 300 migrants landed and 41 survivors were pulled from the sea. At least 9 people drowned.",
			[]string{"About 300 migrants|~ 300 people", "41 survivors|= 41 people /rescued", "At least 9 people|>= 9 people /killed"}},
		// customers are people, data accessed affected; suspected smugglers suspects
		{"The data of 60,000 customers had been accessed. Police held two suspected smugglers.",
			[]string{"60,000 customers|= 60000 people /affected", "two suspected smugglers|= 2 suspects"}},
		// an illness that affects a number affects it; a bare count does not
		{"The disease affects about 40,000 people. About 900 people live in the village.",
			[]string{"about 40,000 people|~ 40000 people /affected", "About 900 people|~ 900 people"}},
	})
}

// TestFindNineteenthEnglishRoundData checks the units, measures, bounds
// and the two figure rules added after the nineteenth English round.
func TestFindNineteenthEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		// deaths above the usual are deaths: a skipped modifier between
		// the number and the casualty noun keeps it people killed
		{"About 710 excess deaths and 40 more dead were recorded.",
			[]string{"About 710|~ 710 people /killed", "40 more|= 40 people /killed"}},
		// an approximation phrase; centres and posts are counted
		{"It opened 40 cooling centres and cut in the region of 900 posts.",
			[]string{"40 cooling centres|= 40 centres", "in the region of 900 posts|~ 900 jobs"}},
		// a count noun with its own measure outweighs a later measure
		{"The number of missing fell to three after a man was found alive.",
			[]string{"three|= 3 people /missing"}},
		// (must not fire) a count noun agreeing with the later measure is read as before
		{"The death toll rose to 12 after a man died in hospital.",
			[]string{"12|= 12 people /killed"}},
		// an age with a bound is no figure; a bare bound before a count still is
		{"Most were people aged over 75, and over 40 people died.",
			[]string{"over 40 people|> 40 people /killed"}},
		// a casualty noun inside a count counts people
		{"It puts the number of heat-related deaths at between 1,500 and 1,800.",
			[]string{"between 1,500 and 1,800|= 1500-1800 people /killed"}},
		// a quotation opening at the figure does not hide its count noun
		{"The number of deaths would reach \"about 300\", he said.",
			[]string{"about 300|~ 300 people /killed"}},
	})
}

// TestFindTwentiethEnglishRoundData checks the twentieth English round's
// data: homes whose power was cut are affected, skiers and hikers are
// people, and a price in pence is a hundredth of a pound.
func TestFindTwentiethEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		{"A storm cut power to about 40,000 homes and killed two hikers.",
			[]string{"about 40,000 homes|~ 40000 homes /affected", "two hikers|= 2 people /killed"}},
		// (must not fire) homes whose power came back are not cut off
		{"Crews had restored power to 3,000 homes by noon.",
			[]string{"3,000 homes|= 3000 homes"}},
		{"The bid values each share at 360p, or 45 pence above the market.",
			[]string{"360p|= 3.6 GBP", "45 pence|= 0.45 GBP"}},
		// (must not fire) a clock time is no money
		{"The talks ended at 3 p.m. on Friday.",
			nil},
	})
}

// TestFindTwentyFirstEnglishRoundData checks the twenty-first English
// round's data: dose rates in microsieverts an hour or per hour.
func TestFindTwentyFirstEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		{"Readings at the gate reached 1.1 microsieverts an hour.",
			[]string{"1.1 microsieverts an hour|= 1.1 uSv/h"}},
		{"Workers received about 20 millisieverts over the year.",
			[]string{"about 20 millisieverts|~ 20 mSv"}},
		// (must not fire) an hour alone after a number is a duration, no rate
		{"The leak lasted 3 hours.",
			[]string{"3 hours|= 3 duration"}},
	})
}

// TestFindTwentySecondEnglishRoundData checks the twenty-second English
// round's data: a population counts people.
func TestFindTwentySecondEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		{"The island's population rose to 1.3 million in the census.",
			[]string{"1.3 million|= 1300000 people"}},
		// (must not fire) a count of something else keeps no people
		{"The island's exports rose to 1.3 million tonnes in the census.",
			[]string{"1.3 million tonnes|= 1300000 tonnes"}},
		// a time after the number dates it, no duration
		{"The town's population rose to 41,000 last year.",
			[]string{"41,000|= 41000 people"}},
		// (must not fire) a duration stays one
		{"The strike lasted 12 days.",
			[]string{"12 days|= 12 duration"}},
	})
}

// TestFindTwentyThirdEnglishRoundData checks the twenty-third English
// round's data: poultry counts birds and culling is a measure, engines
// are counted, people kidnapped or abducted are captured.
func TestFindTwentyThirdEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		{"About 40,000 chickens were culled on the farm.",
			[]string{"About 40,000 chickens|~ 40000 birds /culled"}},
		{"The plant built 800 engines for trawlers.",
			[]string{"800 engines|= 800 engines"}},
		{"Gunmen abducted 12 villagers near the border.",
			[]string{"12 villagers|= 12 villagers /captured"}},
		// (must not fire) a bird count without a cull keeps no measure
		{"Volunteers counted 3,000 birds on the lake.",
			[]string{"3,000 birds|= 3000 birds"}},
	})
}

// TestFindThirteenthIndonesianRound checks the thirteenth Indonesian
// round's rules: accidents and motorcycles are counted, a bare "unit"
// counts the thing named before it, a span of time between a count and its
// figure is no unit, vehicles that leave are not displaced and a share in
// percent takes no casualty measure.
func TestFindThirteenthIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		{"Polisi mencatat 42 kecelakaan lalu lintas dan belasan kecelakaan tunggal di jalur selatan.",
			[]string{"42 kecelakaan lalu lintas|= 42 accidents", "belasan kecelakaan|~ 11-19 accidents"}},
		// "unit" alone counts the thing the sentence named before it, even
		// past a date; before a noun that noun; with nothing named, no unit
		{"Jumlah bus yang berangkat dari Terminal Brenvik pada Jumat (12/4) mencapai 1.250 unit.",
			[]string{"1.250 unit|= 1250 vehicles"}},
		{"Petugas menyita 18 unit sepeda motor tanpa surat.",
			[]string{"18 unit sepeda motor|= 18 vehicles /seized"}},
		{"Dealer itu menjual 300 unit, kata manajernya.",
			nil},
		// a span of time between a count and its figure says when
		{"Jumlah penumpang kapal tahun ini mencapai 2,1 juta orang.",
			[]string{"2,1 juta orang|= 2100000 passengers"}},
		// vehicles leaving are no displacement; residents leaving are
		{"Sekitar 90.000 kendaraan meninggalkan kota itu, sementara 400 warga meninggalkan rumah mereka.",
			[]string{"Sekitar 90.000 kendaraan|~ 90000 vehicles", "400 warga|= 400 people /displaced"}},
		// a share in percent takes no casualty measure from its count
		{"Jumlah korban tewas turun 15 persen dibanding tahun lalu.",
			[]string{"15 persen|= 15 percent"}},
		{"Jumlah korban tewas tahun ini mencapai 88 orang.",
			[]string{"88 orang|= 88 people /killed"}},
	})
}

// TestFindFourteenthIndonesianRound checks the fourteenth Indonesian
// round's rules: a headline's bare "tewaskan" kills, an age without
// commas is passed over on the way to the measure, layoffs affect
// workers, a year does not end the search for a count, a bare verb after
// its agent blocks, and sites and alumni are counted.
func TestFindFourteenthIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		{"Tawuran Tewaskan Dua Pelajar",
			[]string{"Dua Pelajar|= 2 people /killed"}},
		// the age is passed over; with no measure after it there is none
		{"Tiga nelayan berusia 40 tahun hilang di laut, sementara dua warga berusia 70 tahun masih menunggu di dermaga.",
			[]string{"Tiga nelayan|= 3 fishermen /missing", "dua warga|= 2 people"}},
		{"Sebanyak 1.200 karyawan dirumahkan dan 300 lainnya terkena PHK.",
			[]string{"Sebanyak 1.200 karyawan|= 1200 workers /affected", "300 lainnya|= 300 workers /affected"}},
		{"Jumlah korban PHK sepanjang 2025 mencapai 8.000 orang.",
			[]string{"8.000 orang|= 8000 workers /affected"}},
		// a number after the year still has no count of its own
		{"Pada 2025 sebanyak 40 orang mengikuti pelatihan.",
			[]string{"sebanyak 40 orang|= 40 people"}},
		{"Ada 45 akun yang kami blokir, dan lebih dari 900 situs judi diblokir pekan ini.",
			[]string{"45 akun|= 45 accounts /blocked", "lebih dari 900 situs judi|> 900 sites /blocked"}},
		{"Sekitar 20 alumni ikut menyerang.",
			[]string{"Sekitar 20 alumni|~ 20 people"}},
	})
}

// TestFindViSixteenthRound: fine dust, shops, crimes, pills, an
// air-quality index and percentage points; "năm" after "mỗi" is a year,
// and a bare "viên" or a shop's name holds no figure.
func TestFindViSixteenthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Nồng độ bụi mịn PM2.5 lên tới 74 µg/m3, giới hạn là 25 μg/m3.",
			[]string{"lên tới 74 µg/m3|<= 74 ug/m3", "25 μg/m3|= 25 ug/m3"}},
		{"Khoảng 40 cửa hàng đã tạm ngừng bán hàng vì hết hàng.",
			[]string{"Khoảng 40 cửa hàng|~ 40 shops /suspended"}},
		{"Tỉnh phát hiện 312 vụ phạm tội và thu 9.000 viên hồng phiến.",
			[]string{"312 vụ phạm tội|= 312 cases", "9.000 viên hồng phiến|= 9000 tablets"}},
		{"Chỉ số AQI có lúc vượt 260 ở phía tây thành phố.",
			[]string{"vượt 260|> 260 AQI"}},
		{"Lạm phát có thể tăng thêm 0,3 điểm phần trăm.",
			[]string{"0,3|= 0.3"}},
		{"Mỗi năm thành phố trồng thêm cây xanh.",
			nil},
		{"Chỉ số chất lượng không khí lên mức 180.",
			nil},
		// a second object after a thing of several syllables shares the verb
		{"Biên phòng thu giữ hơn 40 kg ma túy tổng hợp và 2.000 viên thuốc lắc.",
			[]string{"hơn 40 kg|> 40 kg /seized", "2.000 viên thuốc lắc|= 2000 tablets /seized"}},
		{"Biên phòng thu giữ 40 kg ma túy và 3 người bị thương nặng.",
			[]string{"40 kg|= 40 kg /seized", "3 người|= 3 people /wounded"}},
		{"Khói bụi khiến khoảng 900 người tử vong sớm mỗi năm.",
			[]string{"khoảng 900 người|~ 900 people /killed"}},
		{"Năm người tử vong và mỗi 100.000 dân có 12 ca mắc.",
			[]string{"Năm người|= 5 people /killed", "12 ca mắc|= 12 cases"}},
	})
}

// TestFindViSeventeenthRound: buildings counted, and those a change
// affects.
func TestFindViSeventeenthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		{"Quận có 12 chung cư chưa được nghiệm thu.",
			[]string{"12 chung cư|= 12 buildings"}},
		{"Việc đóng cửa cảng sẽ ảnh hưởng tới khoảng 400 hộ kinh doanh.",
			[]string{"khoảng 400 hộ|~ 400 homes /affected"}},
		{"Tòa nhà cao 25 tầng nằm ở chung cư Velm.",
			nil},
	})
}

func TestFindViEighteenthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		// a house counted by "nhà" alone; a factory is no home
		{"Lũ quét làm 23 nhà bị đổ sập.",
			[]string{"23 nhà|= 23 homes /destroyed"}},
		{"Tỉnh có 23 nhà máy bị ngừng hoạt động.",
			[]string{"23 nhà máy|= 23 factories"}},
		// what is damaged, the measure before the count
		{"Số nhà bị hư hại đã lên tới gần 900 căn.",
			[]string{"gần 900 căn|~ 900 homes /damaged"}},
		// a bare "độ" after a number is a strength, a temperature names its scale
		{"Viện công bố con số 6,3 độ.",
			nil},
		{"Trời nóng tới 41 độ C.",
			[]string{"tới 41 độ C|<= 41 celsius"}},
		// players are athletes, matches are counted; a noun of several
		// syllables the lexicon knows costs one step before the measure
		{"Có 4 cầu thủ dự bị trong trận đấu đã bị CLB tạm đình chỉ.",
			[]string{"4 cầu thủ|= 4 athletes /suspended"}},
		{"Cảnh sát xác minh ít nhất 9 trận đấu của mùa giải.",
			[]string{"ít nhất 9 trận đấu|>= 9 matches"}},
	})
}

func TestFindViNineteenthRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		// a bare "chuyến" counts flights, its compounds what they name
		{"Hãng phải hủy 17 chuyến vì bão.",
			[]string{"17 chuyến|= 17 flights"}},
		{"Xe tải chở 3 chuyến hàng mỗi ngày.",
			[]string{"3 chuyến hàng|= 3 shipments"}},
		// calls are counted; oil that leaks out is spilled
		{"Bà nhận 12 cuộc gọi lạ.",
			[]string{"12 cuộc gọi|= 12 calls"}},
		{"Khoảng 40 tấn dầu đã tràn ra biển.",
			[]string{"Khoảng 40 tấn|~ 40 tonnes /spilled"}},
	})
}

func TestFindFifteenthIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		// villages are counted, unless a preposition makes them the place
		{"Sebanyak 12 desa kini mengalami krisis air bersih.",
			[]string{"Sebanyak 12 desa|= 12 villages /affected"}},
		{"Sekitar 700 warga dari empat desa mengungsi ke balai desa.",
			[]string{"Sekitar 700 warga|~ 700 people /displaced"}},
		{"Banjir merendam 80 rumah di tiga desa.",
			[]string{"80 rumah|= 80 homes"}},
		// a failed harvest destroys the land (the span ends at the unit)
		{"Sedikitnya 2.300 hektare lahan sudah puso dan 450 hektare sawah gagal panen.",
			[]string{"Sedikitnya 2.300 hektare|>= 2300 hectares /destroyed", "450 hektare|= 450 hectares /destroyed"}},
		{"Pemkot mengerahkan 8 truk tangki berisi 40.000 liter air bersih.",
			[]string{"8 truk tangki|= 8 trucks /deployed", "40.000 liter air bersih|= 40000 liters"}},
		{"Pondok itu menampung sekitar 600 santri dan 150 santriwati.",
			[]string{"sekitar 600 santri|~ 600 students", "150 santriwati|= 150 students"}},
	})
}

func TestFindSixteenthIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		// the treated or injured who then died are killed; the treated
		// alone are affected
		{"Dua warga yang dirawat di rumah sakit meninggal pada Rabu.",
			[]string{"Dua warga|= 2 people /killed"}},
		{"Tiga warga yang dirawat di puskesmas meninggal.",
			[]string{"Tiga warga|= 3 people /killed"}},
		{"Sebanyak 40 warga dirawat di puskesmas.",
			[]string{"Sebanyak 40 warga|= 40 people /affected"}},
		// homes under water or mud are affected
		{"Sekitar 150 rumah terendam banjir sejak Senin.",
			[]string{"Sekitar 150 rumah|~ 150 homes /affected"}},
		// lobster seed counted by "ekor"
		{"Petugas menyita 12.000 ekor benih lobster.",
			[]string{"12.000 ekor benih lobster|= 12000 lobsters /seized"}},
		// evidence held is seized; a count of cases is not
		{"Polisi menangani 14 kasus dengan barang bukti 800 ekor.",
			[]string{"14 kasus|= 14 cases", "800 ekor|= 800 animals /seized"}},
		{"Harga tiket untuk tiga anggota keluarganya mencapai Rp 6 juta, kata dia, dan dua maskapai menaikkan tarif.",
			[]string{"tiga anggota keluarganya|= 3 people", "Rp 6 juta|= 6000000 IDR", "dua maskapai|= 2 airlines"}},
	})
}

// TestFindSeventeenthIndonesianRound holds the figure rules of the
// seventeenth Indonesian held-out round (id-56 … id-58), in new sentences.
func TestFindSeventeenthIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		// earthquakes are counted; a depth that places is no figure, a
		// depth reached is one
		{"BMKG mencatat 12 gempa susulan sejak Selasa malam.",
			[]string{"12 gempa susulan|= 12 earthquakes"}},
		{"Pusat gempa berada pada kedalaman 25 kilometer.", nil},
		{"Air di sungai itu mencapai kedalaman 4 meter.",
			[]string{"4 meter|= 4 meters"}},
		// "data" after a number counts records
		{"Peretas itu menjual 250 ribu data nasabah.",
			[]string{"250 ribu data|= 250000 records"}},
		// blankets by the sheet and logistics parcels, delivered when
		// sent, never displaced by the shelter they go to
		{"Pemda mengirim 3.000 lembar selimut dan 500 paket logistik.",
			[]string{"3.000 lembar selimut|= 3000 blankets /delivered", "500 paket logistik|= 500 parcels /delivered"}},
		{"Sebanyak 500 paket logistik tiba di lokasi pengungsian.",
			[]string{"Sebanyak 500 paket logistik|= 500 parcels"}},
		// the other side of a contrast counts what the first side counted;
		// a number corrected away does not
		{"Serikat buruh menyebut 300 pekerja dirumahkan, perusahaan bilang hanya 90.",
			[]string{"300 pekerja|= 300 workers /affected", "90|= 90 workers /affected"}},
		{"Pengelola menyebut 40 kios terbakar, bukan 55.",
			[]string{"40 kios|= 40 kiosks /burned"}},
	})
	runFind(t, "en", []findCase{
		{"Organisers said 5,000 people marched, the police said only 1,200.",
			[]string{"5,000 people|= 5000 people", "1,200|= 1200 people"}},
	})
}

// TestFindEighteenthIndonesianRound holds the figure rules of the
// eighteenth Indonesian held-out round (id-59 … id-61), in new sentences.
func TestFindEighteenthIndonesianRound(t *testing.T) {
	runFind(t, "id", []findCase{
		{"Petugas menyita 1.200 botol minuman keras.",
			[]string{"1.200 botol|= 1200 bottles /seized"}},
		{"Pemerintah mengirim 8.000 vial vaksin ke Lendra.",
			[]string{"8.000 vial|= 8000 vials /delivered"}},
		{"Dinas menargetkan vaksinasi 5.000 ekor anjing.",
			[]string{"5.000 ekor anjing|= 5000 dogs /vaccinated"}},
		{"Sebanyak 19 anak mengalami gangguan ginjal akut.",
			[]string{"Sebanyak 19 anak|= 19 children /affected"}},
		{"Terdapat 120 SD negeri di kabupaten itu.",
			[]string{"120 SD negeri|= 120 schools"}},
		// a bare "ekor" counts the animal its clause named before it; with
		// none named it counts animals
		{"Populasi sapi di desa itu sekitar 4.000 ekor.",
			[]string{"sekitar 4.000 ekor|~ 4000 cattle"}},
		{"Warga desa itu memelihara 300 ekor.",
			[]string{"300 ekor|= 300 animals"}},
	})
}

// TestFindFiguresRoundOne holds the figure rules of the first held-out
// figures round across the three languages (id-62, vi-65, en-81), in new
// sentences.
func TestFindFiguresRoundOne(t *testing.T) {
	runFind(t, "vi", []findCase{
		// "lượt" counts the occurrences of what follows it; "lượt khách"
		// stays a unit of its own
		{"Lễ hội thu hút khoảng 90.000 lượt người trong ba ngày.",
			[]string{"khoảng 90.000 lượt người|~ 90000 people", "ba ngày|= 3 duration"}},
		{"Sân bay đón hơn 12.000 lượt khách mỗi ngày.",
			[]string{"hơn 12.000 lượt khách|> 12000 passengers"}},
		// work stoppages counted by "vụ" or "cuộc" are strikes
		{"Trong quý I, tỉnh ghi nhận 4 vụ đình công và 2 cuộc ngừng việc.",
			[]string{"4 vụ đình công|= 4 strikes", "2 cuộc ngừng việc|= 2 strikes"}},
	})
	runFind(t, "id", []findCase{
		// a ceiling that may be broken through is read as "bisa mencapai";
		// a bare "tembus" is no bound
		{"Kerugian negara bisa tembus Rp 3 triliun.",
			[]string{"bisa tembus Rp 3 triliun|<= 3000000000000 IDR"}},
		{"Penjualan mobil listrik tembus 40.000 unit.",
			[]string{"40.000 unit|= 40000 vehicles"}},
		// contractors are counted as companies
		{"Dinas belum membayar 17 kontraktor jalan.",
			[]string{"17 kontraktor|= 17 companies"}},
	})
	runFind(t, "en", []findCase{
		// a noun naming a count of a crowd or of tickets before a bare number
		{"Attendance reached 41,000 on the final day.",
			[]string{"41,000|= 41000 people"}},
		{"Ticket sales had climbed to 23,400 by Friday.",
			[]string{"23,400|= 23400 tickets /sold"}},
		// "more" after a share counts no percent; after a count it counts
		// what that count counted
		{"Fares rose 12%, and \"thousands\" more had stopped travelling.",
			[]string{"12%|= 12 percent", "thousands|~ 1000-9999"}},
		{"Nine miners were rescued and dozens more were still trapped.",
			[]string{"Nine miners|= 9 workers /rescued", "dozens more|~ 20-99 workers /rescued"}},
	})
}

// TestFindFiguresRoundTwo holds the figure rules of the second held-out
// figures round (id-63, vi-66, en-82), in new sentences.
func TestFindFiguresRoundTwo(t *testing.T) {
	runFind(t, "en", []findCase{
		// the figure a change started from, after the one it arrived at,
		// counts what that one counted
		{"Enrolment fell to 912 pupils from 1,040 a year earlier.",
			[]string{"912 pupils|= 912 pupils", "1,040|= 1040 pupils"}},
		{"Reservoir levels rose to 61% from 48%.",
			[]string{"61%|= 61 percent", "48%|= 48 percent"}},
		// a place after a figure that no change arrived at stays no figure
		{"Rescuers moved 300 people from 12 villages.",
			[]string{"300 people|= 300 people /deployed"}},
		// a population names a count of people, also past the amount of
		// the change after "by"
		{"The town's population grew by nearly 4% to 61,500.",
			[]string{"nearly 4%|~ 4 percent", "61,500|= 61500 people"}},
	})
	runFind(t, "id", []findCase{
		{"Jumlah penduduk kota itu naik sebesar 3 persen menjadi 1,4 juta.",
			[]string{"3 persen|= 3 percent", "1,4 juta|= 1400000 people"}},
		// a fifth and three quarters are shares
		{"Baru seperlima dari lahan itu yang dipanen.",
			[]string{"seperlima|= 20 percent"}},
		{"Hampir tiga perempat warga menolak rencana itu.",
			[]string{"Hampir tiga perempat|~ 75 percent"}},
	})
}

// TestFindEnEleventhRound: the eleventh English held-out round. Things
// that will, would or could be lost count as lost; a bare "lost" in
// another sense is no measure.
func TestFindEnEleventhRound(t *testing.T) {
	runFind(t, "en", []findCase{
		{"Growers warned that up to 40,000 ducks could be lost to the flooding.",
			[]string{"up to 40,000 ducks|<= 40000 birds /lost"}},
		{"The team lost 3 matches in a row.",
			[]string{"3 matches|= 3 matches"}},
	})
}

// TestFindViTwentiethRound: figures of the twentieth Vietnamese held-out
// round.
func TestFindViTwentiethRound(t *testing.T) {
	runFind(t, "vi", []findCase{
		// "năm" after the start or end of a period is the year, not five
		{"Từ đầu năm đến nay, huyện ghi nhận 37 ca sởi.",
			[]string{"37 ca|= 37 cases"}},
		{"Dịp cuối năm, giá vé tăng 20%.",
			[]string{"20%|= 20 percent"}},
		// a plain "năm" still counts five
		{"Có năm ca sởi mới trong tuần.",
			[]string{"năm ca|= 5 cases"}},
	})
}

// TestFindTwentyFifthEnglishRoundData checks the twenty-fifth English
// round's data: air pollutants in micrograms per cubic metre.
func TestFindTwentyFifthEnglishRoundData(t *testing.T) {
	runFind(t, "en", []findCase{
		{"Nitrogen dioxide near the ring road hit 310 micrograms per cubic metre on Monday.",
			[]string{"310 micrograms per cubic metre|= 310 ug/m3"}},
		{"The monitor showed fewer than 45 µg/m3 at noon.",
			[]string{"fewer than 45 µg/m3|< 45 ug/m3"}},
		// (must not fire) micrograms alone are a dose, no concentration
		{"Each tablet holds 50 micrograms of the hormone.",
			nil},
	})
}

// TestFindHeldOutEnglishUnits checks the units of a held-out English
// round: men and applicants counted as people, trips and shipments;
// "scores" as a vague number only before "of"; a plural possessive before
// the counted noun.
func TestFindHeldOutEnglishUnits(t *testing.T) {
	runFind(t, "en", []findCase{
		{"Three men were questioned at the border post.",
			[]string{"Three men|= 3 people"}},
		{"The college turned away 540 applicants this year.",
			[]string{"540 applicants|= 540 people"}},
		{"The new mall would add up to 6,500 car trips a day.",
			[]string{"up to 6,500 car trips|<= 6500 trips"}},
		{"Inspectors stopped 14 shipments of timber at the dock.",
			[]string{"14 shipments|= 14 shipments"}},
		// (must not fire) "men" after a figure of age is no count
		{"The men were 40 years old.",
			nil},
		// "scores" counts only before "of"
		{"Scores of fans were turned away at the gate.",
			[]string{"Scores of fans|~ 20-99 people"}},
		// (must not fire) marks: "their scores"
		{"Their scores fell below the pass mark.",
			nil},
		// a plural possessive before the counted noun
		{"The school took in dozens of donors' children.",
			[]string{"dozens of donors' children|~ 20-99 children"}},
		{"The school took in 12 of the donors’ children.",
			[]string{"12 of the donors’ children|= 12 children"}},
	})
}
