package gazetteer

import (
	"strings"
	"testing"
)

func TestIdentify(t *testing.T) {
	tests := []struct {
		name, id string
		known    bool
	}{
		{"Korea Utara", "Q423", true},
		{"Korut", "Q423", true},
		{"Triều Tiên", "Q423", true},
		{"Bình Nhưỡng", "Q423", true},
		{"Jakarta - Korea Utara", "Q423", true},
		{"Pyongyang", "Q423", true},
		{"the Kremlin", "Q159", true},
		{"Moskow", "Q159", true},
		{"Người phát ngôn Điện Kremlin", "Q159", true},
		{"Washington", "Q30", true},
		{"Seoul", "Q884", true},
		{"Kyiv", "Q212", true},
		{"The Pentagon", "Q11209", true},
		{"Lầu Năm Góc", "Q11209", true},
		{"NIS", "name:national-intelligence-service", true},
		{"South Korea’s spy agency", "name:national-intelligence-service", true},
		{"laporan Badan Intelijen Nasional Korea Selatan", "name:national-intelligence-service", true},
		{"Cơ quan Tình báo Quốc gia Hàn Quốc", "name:national-intelligence-service", true},
		{"Tổng thống Ukraine Volodymyr Zelensky ngày 23/12", "Q3881739", true},
		{"Anggota parlemen Korea Selatan Han Min-jae", "name:han-min-jae", true},
		{"Bộ Tổng tham mưu Liên quân Hàn Quốc (JCS) ngày 23/12", "name:south-korea-joint-chiefs-of-staff", true},
		{"kantor berita Asia Press Agency", "name:asia-press-agency", true},
		// Acronyms are case-sensitive: English "as" is not Amerika Serikat,
		// and Vietnamese "Mỹ" is not English "my".
		{"as officials", "name:as-officials", false},
		{"pejabat AS", "Q30", true},
		{"my colleagues", "name:my-colleagues", false},
		{"Mirela Dobrescu", "name:mirela-dobrescu", false},
		{"  Mirela   Dobrescu ", "name:mirela-dobrescu", false},
	}
	for _, tt := range tests {
		a, known := Identify(tt.name)
		if a.ID != tt.id || known != tt.known {
			t.Errorf("Identify(%q) = %s %v, want %s %v", tt.name, a.ID, known, tt.id, tt.known)
		}
	}
}

func TestHierarchy(t *testing.T) {
	tests := []struct{ id, root, origin string }{
		{"Q11209", "Q30", "Q11209"},
		{"name:sabrina-singh", "Q30", "Q11209"},
		{"Q3881739", "Q212", "Q212"},
		{"name:han-min-jae", "Q884", "name:south-korea-national-assembly"},
		{"name:national-intelligence-service", "Q884", "name:national-intelligence-service"},
		{"name:nobody", "name:nobody", "name:nobody"},
	}
	for _, tt := range tests {
		if got := Root(tt.id); got != tt.root {
			t.Errorf("Root(%s) = %s, want %s", tt.id, got, tt.root)
		}
		if got := Origin(tt.id); got != tt.origin {
			t.Errorf("Origin(%s) = %s, want %s", tt.id, got, tt.origin)
		}
	}
	if !Within("name:sabrina-singh", "Q30") || Within("Q30", "Q11209") {
		t.Error("Within")
	}
}

// TestActorsData checks the data file: ids unique and well formed,
// parents exist, no alias of two actors, kinds known.
func TestActorsData(t *testing.T) {
	kinds := map[string]bool{"country": true, "government": true, "agency": true, "intelligence": true,
		"military": true, "ministry": true, "legislature": true, "person": true, "place": true,
		"organisation": true, "anaphor": true, "outlet": true}
	aliasOf := map[string]string{}
	for _, a := range Actors() {
		if !kinds[a.Kind] {
			t.Errorf("%s: kind %q", a.ID, a.Kind)
		}
		if !(strings.HasPrefix(a.ID, "Q") || strings.HasPrefix(a.ID, "name:") || a.Kind == KindAnaphor) {
			t.Errorf("%s: id is neither a QID nor name:", a.ID)
		}
		if a.Parent != "" && a.Kind != KindAnaphor {
			if _, ok := ActorByID(a.Parent); !ok {
				t.Errorf("%s: parent %s not in the gazetteer", a.ID, a.Parent)
			}
		}
		for _, al := range a.Aliases {
			k := al
			if !isAcronym(al) {
				k = strings.ToLower(strings.Join(Words(al), " "))
			}
			if prev, ok := aliasOf[k]; ok && prev != a.ID {
				t.Errorf("alias %q of both %s and %s", al, prev, a.ID)
			}
			aliasOf[k] = a.ID
		}
	}
}

func TestDisplayName(t *testing.T) {
	for _, c := range []struct{ name, lang, want string }{
		{"North Korea", "id", "Korea Utara"},
		{"North Korea", "vi", "Triều Tiên"},
		{"North Korea", "en", "North Korea"},
		{"National Intelligence Service (South Korea)", "id", "Badan Intelijen Nasional (Korea Selatan)"},
		{"Han Min-jae", "id", "Han Min-jae"},             // a person keeps their name
		{"Dewan Kota Halden", "vi", "Dewan Kota Halden"}, // unknown to the gazetteer
		{"North Korea", "fr", "North Korea"},             // no name in that language
	} {
		if got := DisplayName(c.name, c.lang); got != c.want {
			t.Errorf("DisplayName(%q, %q) = %q, want %q", c.name, c.lang, got, c.want)
		}
	}
}

// TestNamesColumn: every name in the names column is LANG=NAME with a
// known interface language, so a typo does not silently fall back.
func TestNamesColumn(t *testing.T) {
	n := 0
	for _, a := range Actors() {
		for code, name := range a.Names {
			n++
			if code != "id" && code != "vi" && code != "en" || strings.TrimSpace(name) != name {
				t.Errorf("%s: names entry %q=%q", a.ID, code, name)
			}
		}
	}
	if n < 40 {
		t.Errorf("%d localised names, want the countries and bodies named in id and vi", n)
	}
}
