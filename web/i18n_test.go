package web

import (
	"testing"

	"sumber/analyze"
)

func TestLocalizerNamesAndNumbers(t *testing.T) {
	c, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	id, en := Localizer{Lang: "id", c: c}, Localizer{Lang: "en", c: c}
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"a country in Indonesian", id.Actor("North Korea"), "Korea Utara"},
		{"an unknown actor as it is", id.Actor("Dewan Kota Halden"), "Dewan Kota Halden"},
		{"an origin and its relays", id.Origin("National Intelligence Service (South Korea)" + analyze.ArgSep + "Han Min-jae" + analyze.ArgSep + "White House"), "Badan Intelijen Nasional (Korea Selatan) melalui Han Min-jae, Gedung Putih"},
		{"a name with 'via' in it stays one name", id.Origin("Jalur via Selatan"), "Jalur via Selatan"},
		{"an origin in English unchanged", en.Origin("National Intelligence Service (South Korea)" + analyze.ArgSep + "Han Min-jae"), "National Intelligence Service (South Korea) via Han Min-jae"},
		{"grouped thousands and decimals", id.Num("> 1,100 (2024-12-23) → ≈ 3,800.5, ×3.1"), "> 1.100 (2024-12-23) → ≈ 3.800,5, ×3,1"},
		{"English numbers unchanged", en.Num("> 1,100, ×3.1"), "> 1,100, ×3.1"},
		{"a measure's subject", id.Measure("north-korea/troops/killed-or-wounded"), "tentara Korea Utara tewas atau terluka"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestLocalizerCanon(t *testing.T) {
	c, err := loadCatalog()
	if err != nil {
		t.Fatal(err)
	}
	id, en := Localizer{Lang: "id", c: c}, Localizer{Lang: "en", c: c}
	name := func(k *KnownActor) string {
		if k == nil {
			return "-"
		}
		return k.ID + " " + k.Name
	}
	tests := []struct {
		name string
		got  *KnownActor
		want string
	}{
		{"a source in Vietnamese names the gazetteer's actor", en.Canon("Cơ quan tình báo Hàn Quốc", "Cơ quan tình báo Hàn Quốc"), "name:national-intelligence-service National Intelligence Service (South Korea)"},
		{"in the interface's language", id.Canon("", "South Korea's spy agency"), "name:national-intelligence-service Badan Intelijen Nasional (Korea Selatan)"},
		{"a resolved anaphor names the actor it resolved to", en.Canon("NIS", "the agency"), "name:national-intelligence-service National Intelligence Service (South Korea)"},
		{"a source that already says the name", en.Canon("North Korea", "North Korea"), "-"},
		{"an actor the gazetteer does not know", en.Canon("Harbour Aid", "Harbour Aid"), "-"},
	}
	for _, tc := range tests {
		if got := name(tc.got); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
