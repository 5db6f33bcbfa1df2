package gazetteer

import (
	"strings"
	"testing"
)

// userActors is a user's file about an invented country; each test that
// sets it resets the gazetteer when it ends.
const userActors = "# a user's actors\n" +
	"\tVelmora\tcountry\t\tVelmora|Velmoran|Pemerintah Velmora\tvi=Velmora\n" +
	"\tDask\tplace\tname:velmora\tDask|Provinsi Dask|tỉnh Dask\n" +
	"\tVelmora Relief Office\tagency\tname:velmora\tVRO|Kantor Bantuan Velmora\n" +
	"\tIna Kosel\tperson\tname:velmora-relief-office\n" +
	"Q30\t\t\t\tNegeri Paman Sam\n"

func setUser(t *testing.T, data string) error {
	t.Helper()
	t.Cleanup(func() { _ = SetUserActors("", nil) })
	return SetUserActors("actors.tsv", []byte(data))
}

func TestUserActors(t *testing.T) {
	if err := setUser(t, userActors); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, id, root string
	}{
		{"Velmoran officials", "name:velmora", "name:velmora"},
		{"juru bicara Kantor Bantuan Velmora", "name:velmora-relief-office", "name:velmora"},
		{"VRO", "name:velmora-relief-office", "name:velmora"},
		{"Ina Kosel", "name:ina-kosel", "name:velmora"}, // the name is an alias without being listed
		{"tỉnh Dask", "name:dask", "name:velmora"},
		{"Negeri Paman Sam", "Q30", "Q30"}, // an alias added to a built-in actor
		{"Washington", "Q30", "Q30"},       // which keeps its own
		{"Korea Utara", "Q423", "Q423"},
	}
	for _, tt := range tests {
		a, known := Identify(tt.name)
		if !known || a.ID != tt.id || Root(a.ID) != tt.root {
			t.Errorf("Identify(%q) = %s (known %v, root %s), want %s (root %s)", tt.name, a.ID, known, Root(a.ID), tt.id, tt.root)
		}
	}
	if Origin("name:ina-kosel") != "name:velmora-relief-office" {
		t.Errorf("a person of the file stands for the body they speak for: Origin = %s", Origin("name:ina-kosel"))
	}
	if got := DisplayName("Velmora", "vi"); got != "Velmora" {
		t.Errorf("DisplayName = %q", got)
	}
	fp := Fingerprint()
	if len(fp) != 16 {
		t.Errorf("Fingerprint() = %q, want 16 hex digits", fp)
	}
	if err := SetUserActors("actors.tsv", []byte(userActors+"\tOrn\tplace\tname:velmora\n")); err != nil {
		t.Fatal(err)
	}
	if Fingerprint() == fp {
		t.Error("another file has the same fingerprint")
	}
	if err := SetUserActors("", nil); err != nil {
		t.Fatal(err)
	}
	if _, known := Identify("Velmora"); known || Fingerprint() != "" {
		t.Errorf("after SetUserActors(nil) Velmora is still known (fingerprint %q)", Fingerprint())
	}
	if _, known := Identify("Negeri Paman Sam"); known {
		t.Error("the alias added to a built-in actor outlived its file")
	}
}

func TestUserActorsErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no name", "Q5\t\tcountry\n", "actors.tsv:1: no name"},
		{"kind", "\tVelmora\tcuntry\n", `actors.tsv:1: kind "cuntry" is not one of country,`},
		{"id", "V1\tVelmora\tcountry\n", `actors.tsv:1: id "V1" is neither a Wikidata QID`},
		{"duplicate", "\tVelmora\tcountry\n# again\n\tVelmora\tcountry\n", "actors.tsv:3: id name:velmora is already defined on line 1"},
		{"parent", "\tDask\tplace\tname:velmora\n", "actors.tsv:1: parent name:velmora is not defined"},
		{"built-in kind", "Q30\tUnited States\tperson\n", "actors.tsv:1: Q30 (United States) is built in"},
		{"names", "\tVelmora\tcountry\t\t\tvi\n", `actors.tsv:1: interface name "vi" is not LANG=NAME`},
		{"anaphor", "@the-office\tthe office\tanaphor\tbureau\tthe office\n", `actors.tsv:1: an anaphor's parent column names the kind it refers back to; "bureau"`},
		{"binary", "\tVel\xffmora\tcountry\n", "actors.tsv: not UTF-8 text"},
		{"huge line", "\tVelmora\tcountry\t\t" + strings.Repeat("Velmora|", 70000) + "\n", "actors.tsv:1: a line longer than 512 KB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := Fingerprint()
			err := setUser(t, tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			if Fingerprint() != before {
				t.Error("a file with an error changed the gazetteer")
			}
		})
	}
}
