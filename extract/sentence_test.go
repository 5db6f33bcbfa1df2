package extract

import (
	"strings"
	"testing"

	"sumber"
)

// TestSentences checks sentence splitting with each language's
// abbreviations, quotations and line breaks.
func TestSentences(t *testing.T) {
	tests := []struct {
		code, text string
		want       []string
	}{
		{"en", "The talks began on Jan. 3. Officials in the U.S. said they failed. Mr. Kim left.",
			[]string{"The talks began on Jan. 3.", "Officials in the U.S. said they failed.", "Mr. Kim left."}},
		{"en", "He lives in the U.S. The rest stayed.", []string{"He lives in the U.S.", "The rest stayed."}},
		{"en", "“We will win.” Then he left.", []string{"“We will win.”", "Then he left."}},
		{"en", "A headline without a stop\nThe first sentence.", []string{"A headline without a stop", "The first sentence."}},
		{"vi", "Ông Nam sống ở Tp. HCM từ năm 2010. Ông cho biết như vậy.", []string{"Ông Nam sống ở Tp. HCM từ năm 2010.", "Ông cho biết như vậy."}},
		{"id", "Pejabat AS mengatakan hal itu. Dr. Ani menolak berkomentar.", []string{"Pejabat AS mengatakan hal itu.", "Dr. Ani menolak berkomentar."}},
		{"id", "Nilainya 1.000 dolar. Harga naik 2,5 persen.", []string{"Nilainya 1.000 dolar.", "Harga naik 2,5 persen."}},
		// a time zone is no abbreviation: its dot ends the sentence
		{"id", "Tarif baru berlaku pukul 06.00 WITA. Penumpang diminta datang lebih awal.", []string{"Tarif baru berlaku pukul 06.00 WITA.", "Penumpang diminta datang lebih awal."}},
		// a temperature scale's letter after a number and its degree word is no initial
		{"vi", "Trưa qua nhiệt kế chỉ 41 độ C. Bệnh viện tỉnh đã mở thêm phòng cấp cứu.", []string{"Trưa qua nhiệt kế chỉ 41 độ C.", "Bệnh viện tỉnh đã mở thêm phòng cấp cứu."}},
		{"en", "The mercury hit 44 degrees C. Schools closed early.", []string{"The mercury hit 44 degrees C.", "Schools closed early."}},
		// an initial before a name stays one
		{"vi", "Bài viết của tác giả J. Harlan được đăng hôm qua.", []string{"Bài viết của tác giả J. Harlan được đăng hôm qua."}},
	}
	for _, tc := range tests {
		d := &doc{}
		d.reset(tc.text, engine.lex[tc.code], sumber.ExtractOptions{Lang: tc.code})
		var got []string
		for _, s := range d.sents {
			got = append(got, tc.text[d.toks[s.first].start:d.toks[s.last-1].end])
		}
		if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("%s %q:\n got  %q\n want %q", tc.code, tc.text, got, tc.want)
		}
	}
}
