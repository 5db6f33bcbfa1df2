package figures

import "testing"

// Numbers that are no figures of a claim (distances that place
// something, ages beside a count, phone numbers, ranks, kilometre posts,
// a vehicle's seats) and units and measures of the second figures round
// (ships named by their cargo, drivers, excavators, cubic metres,
// millimetres of rain, households relocated, vehicles, mobilising). Each
// sentence was written for this test.
func TestFindNotFigures(t *testing.T) {
	runFind(t, "en", []findCase{
		// a distance followed by a locator places the village
		{"Rebels shelled a village 20 km from the border, killing 9 civilians.",
			[]string{"9 civilians|= 9 civilians /killed"}},
		{"A tanker sank 30 miles south of Amsel, and 17 people are missing.",
			[]string{"17 people|= 17 people /missing"}},
		{"The frigate stopped 8 nautical miles off the island with 200 troops aboard.",
			[]string{"200 troops|= 200 troops"}},
		// "within N km of" a place draws a zone round it; "N km of the road" measures
		{"Farms within 12 km of the reactor were cleared, and 640 people left their homes.",
			[]string{"640 people|= 640 people /displaced"}},
		{"Engineers repaired 35 km of the railway in a week.",
			[]string{"35 km|= 35 km"}},
		// flights are a unit (the own set gives them no measure)
		{"The carrier grounded 38 flights after the storm.",
			[]string{"38 flights|= 38 flights"}},
		// "from A to B" is a route's length, a figure
		{"The convoy covered 210 km from Kesh to Brask in a day.",
			[]string{"210 km|= 210 km @Kesh"}},
		// an age aside: neither age is a figure, and the measure is read past it
		{"Three workers, aged 44 and 52, were injured in the blast.",
			[]string{"Three workers|= 3 workers /wounded"}},
		// a phone number's digit groups (the measure's participle before
		// the unit is in the figure's span, as the unit is)
		{"The ministry set up a hotline, 0900 431 772, for 5,000 displaced people.",
			[]string{"5,000 displaced people|= 5000 people /displaced"}},
		// a rank
		{"The port, which ranked 9 in the region last year, moved 800,000 containers.",
			[]string{"800,000 containers|= 800000 containers /supplied"}},
		// ships named by their cargo, drivers named by their vehicle
		{"Some 40 container ships and 2,500 truck drivers were stuck.",
			[]string{"Some 40 container ships|~ 40 ships", "2,500 truck drivers|= 2500 drivers"}},
		{"About 120,000 cubic metres of mud covered 6 km of road after 250 mm of rain.",
			[]string{"About 120,000 cubic metres|~ 120000 m3", "6 km|= 6 km", "250 mm|= 250 mm"}},
		{"The army mobilised 30 excavators.",
			[]string{"30 excavators|= 30 excavators /deployed"}},
		// a second object shares the verb before the first
		{"The province mobilised 30 excavators and about 400 volunteers.",
			[]string{"30 excavators|= 30 excavators /deployed", "about 400 volunteers|~ 400 people /deployed"}},
		// and a plural noun the lexicon does not know counts for itself,
		// never taking the unit before it
		{"The province mobilised 30 excavators and about 400 scouts.",
			[]string{"30 excavators|= 30 excavators /deployed", "about 400 scouts|~ 400 scouts /deployed"}},
	})
	runFind(t, "id", []findCase{
		{"Longsor menimbun rumah di desa yang berjarak 25 kilometer dari Marasa dan menewaskan 4 warga.",
			[]string{"4 warga|= 4 people /killed"}},
		{"Kapal itu ditangkap sekitar 9 mil laut di dalam perairan Sundara bersama 14 awak.",
			[]string{"14 awak|= 14 people"}},
		{"Jalan sepanjang 120 kilometer dari Marasa ke Tavor rusak berat.",
			[]string{"120 kilometer|= 120 km /destroyed @Marasa"}},
		{"Provinsi itu berada di peringkat 2 nasional dengan produksi 2,4 juta ton.",
			[]string{"2,4 juta ton|= 2400000 tonnes"}},
		{"Kecelakaan di KM 57 tol Marasa menewaskan 3 orang.",
			[]string{"3 orang|= 3 people /killed"}},
		{"Pemerintah mengerahkan 12 ekskavator dan 80 sopir truk.",
			[]string{"12 ekskavator|= 12 excavators /deployed", "80 sopir truk|= 80 drivers /deployed"}},
		{"Sebanyak 45.000 meter kubik lumpur menutup jalan setelah hujan 310 mm.",
			[]string{"Sebanyak 45.000 meter kubik|= 45000 m3", "310 mm|= 310 mm"}},
		{"Dua petani, berusia 58 dan 61 tahun, terluka.",
			[]string{"Dua petani|= 2 farmers /wounded"}},
		{"Abu vulkanik membubung setinggi 2.500 meter.",
			[]string{"2.500 meter|= 2500 meters"}},
		{"Warga dapat menghubungi 021 555 0199 untuk bantuan.", nil},
	})
	runFind(t, "vi", []findCase{
		{"Vụ tai nạn tại km 115 khiến xe khách 45 chỗ lật, làm 6 người bị thương.",
			[]string{"6 người|= 6 people /wounded"}},
		{"Tỉnh huy động 20 máy xúc để dọn khoảng 90.000 m³ đất đá.",
			[]string{"20 máy xúc|= 20 excavators /deployed", "khoảng 90.000 m³|~ 90000 m3"}},
		{"Có 150 hộ dân phải di dời và hàng trăm phương tiện bị mắc kẹt.",
			[]string{"150 hộ dân|= 150 homes /displaced", "hàng trăm phương tiện|~ 100-999 vehicles"}},
		{"Lượng mưa đạt 520 mm, xếp hạng 3 trong khu vực.",
			[]string{"520 mm|= 520 mm"}},
	})

	// a bare count naming nothing it counts and nothing that happened is
	// no figure (rooms, gates, days, ages, members); with a measure or a
	// word for points it stays
	runFind(t, "en", []findCase{
		{"Guards at Gate 9 said the 58-year-old driver had been stopped on day 3.", nil},
		{"The 14-member board, meeting in Room 210, approved the plan.", nil},
		{"The 14-member board, meeting in Room 210, approved 6 projects.",
			[]string{"6 projects|= 6 projects"}},
		{"Police made 31 arrests after the match.",
			[]string{"31|= 31 people /detained"}},
		{"The index lost 2.5 points on Friday.",
			[]string{"2.5|= 2.5"}},
	})
	runFind(t, "id", []findCase{
		{"Rapat digelar di ruang 305 dan dihadiri 40 undangan.", nil},
		{"Tim SAR mengevakuasi tujuh jenazah dari reruntuhan.",
			[]string{"tujuh|= 7 people /killed"}},
	})
	runFind(t, "vi", []findCase{
		{"Cuộc họp tại phòng 305 có 40 đại biểu dự.", nil},
		// a depth takes no casualty measure, a mass of living things does
		{"Lực lượng cứu hộ tìm thấy 4 thi thể dưới lớp bùn sâu 3 m.",
			[]string{"4|= 4 people /killed", "3 m|= 3 meters"}},
		{"Khoảng 12 tấn cá chết trắng mặt hồ.",
			[]string{"Khoảng 12 tấn|~ 12 tonnes /killed"}},
	})

	// the earlier value of a change after a figure counts what it counted
	// (in English "up from" is an anaphor, resolved when attached)
	runFind(t, "en", []findCase{
		{"The agency said 4,200 people were displaced, up from about 3,000 on Monday.",
			[]string{"4,200 people|= 4200 people /displaced", "about 3,000|~ 3000 ana"}},
	})
	runFind(t, "id", []findCase{
		{"Sebanyak 1.500 warga mengungsi, naik dari 900 pada Senin.",
			[]string{"Sebanyak 1.500 warga|= 1500 people /displaced", "900|= 900 people /displaced"}},
	})
	runFind(t, "vi", []findCase{
		{"Đã có 320 hộ dân phải di dời, tăng từ 200 hôm qua.",
			[]string{"320 hộ dân|= 320 homes /displaced", "200|= 200 homes /displaced"}},
	})

	// "số" right before a number is a label; longer phrases ending in it
	// are counts, anaphors or parts; "đưa đến" is taking someone somewhere
	runFind(t, "vi", []findCase{
		{"Đám cháy ở chợ số 5 làm 3 người bị thương.",
			[]string{"3 người|= 3 people /wounded"}},
		{"Tổng số 300 người đã được sơ tán.",
			[]string{"300 người|= 300 people /displaced"}},
		{"Con số 680 ca mắc được công bố hôm qua.",
			[]string{"680 ca mắc|= 680 cases ana"}},
		{"Có 9 hành khách đã được đưa đến bệnh viện tỉnh.",
			[]string{"9 hành khách|= 9 passengers"}},
	})

	// people counted by their work have a unit (a bare count would be
	// no figure); a house number is none
	runFind(t, "en", []findCase{
		{"The strike, the first in 30 years, idled 9,000 dockers.",
			[]string{"30 years|= 30 duration", "9,000 dockers|= 9000 workers"}},
	})
	runFind(t, "id", []findCase{
		{"Sejak 1998 perusahaan itu mempekerjakan 3.000 karyawan.",
			[]string{"3.000 karyawan|= 3000 workers"}},
	})
	runFind(t, "vi", []findCase{
		{"Ông sống tại số nhà 21 đường Lê Lợi, công ty có 120 nhân viên.",
			[]string{"120 nhân viên|= 120 workers"}},
	})

	// a locator naming the place before the distance, and "away"
	runFind(t, "vi", []findCase{
		{"Vụ việc xảy ra cách biên giới khoảng 12 km, khiến 9 người bị thương.",
			[]string{"9 người|= 9 people /wounded"}},
		{"Tỉnh nối hai huyện bằng cách làm 14 km đường mới.",
			[]string{"14 km|= 14 km"}},
	})
	runFind(t, "id", []findCase{
		{"Desa yang berjarak sekitar 25 km itu dihuni 800 warga.",
			[]string{"800 warga|= 800 people"}},
	})
	runFind(t, "en", []findCase{
		{"The injured were flown to Kesh, 80 km away, on 3 helicopters.",
			[]string{"3 helicopters|= 3 aircraft"}},
	})

	// workers fired are dismissed, not launched like missiles
	runFind(t, "en", []findCase{
		{"The carmaker fired 5,300 employees and launched 2 rockets.",
			[]string{"5,300 employees|= 5300 workers", "2 rockets|= 2 rockets /fired"}},
	})

	// aid in parcels and companions have units, so a bare-count rule
	// does not drop them
	runFind(t, "en", []findCase{
		{"Aid groups handed out 1,000 aid parcels to 500 families.",
			[]string{"1,000 aid parcels|= 1000 parcels", "500 families|= 500 homes"}},
	})
	runFind(t, "id", []findCase{
		{"Pemerintah menyalurkan 1.000 paket sembako kepada 500 KK.",
			[]string{"1.000 paket sembako|= 1000 parcels", "500 KK|= 500 homes"}},
		{"Pria berinisial AS (27) ditangkap bersama 3 rekannya.",
			[]string{"3 rekannya|= 3 people /detained"}},
	})
	runFind(t, "vi", []findCase{
		{"Tỉnh đã trao 1.000 suất quà cho 500 hộ dân.",
			[]string{"1.000 suất quà|= 1000 parcels", "500 hộ dân|= 500 homes"}},
	})

	// people arrested are detained, as in vi; pupils among them share it
	runFind(t, "id", []findCase{
		{"Polisi menyebut 40 orang ditangkap, termasuk belasan pelajar.",
			[]string{"40 orang|= 40 people /detained", "belasan pelajar|~ 11-19 people /detained"}},
	})

	// a cause ends the clause of a figure; "bisa mencapai" is a ceiling;
	// a spelled-out count of points is a figure
	runFind(t, "id", []findCase{
		{"Jumlah korban tewas bisa mencapai 30 orang karena masih ada korban yang tertimbun.",
			[]string{"bisa mencapai 30 orang|<= 30 people /killed"}},
		{"Elektabilitasnya naik sekitar empat poin.",
			[]string{"sekitar empat|~ 4"}},
	})
	runFind(t, "en", []findCase{
		{"About 30 people remain in shelters because floods killed 4 residents.",
			[]string{"About 30 people|~ 30 people", "4 residents|= 4 people /killed"}},
	})
	runFind(t, "vi", []findCase{
		{"Khoảng 30 người vẫn ở nhà tạm vì lũ làm chết 4 người.",
			[]string{"Khoảng 30 người|~ 30 people", "4 người|= 4 people /killed"}},
	})
}
