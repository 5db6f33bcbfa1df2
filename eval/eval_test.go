package eval

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"sumber"
)

// sp returns the span of the nth (1-based) occurrence of sub in text, in
// code points.
func sp(t *testing.T, text, sub string, n int) sumber.Span {
	t.Helper()
	off := 0
	for i := 0; i < n; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			t.Fatalf("%q: occurrence %d not found", sub, n)
		}
		off += j
		if i < n-1 {
			off += len(sub)
		}
	}
	s := len([]rune(text[:off]))
	return sumber.Span{Start: s, End: s + len([]rune(sub)), Text: sub}
}

// fake returns fixed predictions per text and records the options it got.
type fake struct {
	mu    sync.Mutex
	preds map[string][]sumber.Attribution
	opts  map[string]sumber.ExtractOptions
}

func (f *fake) Extract(text string, opt sumber.ExtractOptions) []sumber.Attribution {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.opts == nil {
		f.opts = map[string]sumber.ExtractOptions{}
	}
	f.opts[text] = opt
	return append([]sumber.Attribution(nil), f.preds[text]...)
}

type panicky struct{}

func (panicky) Extract(string, sumber.ExtractOptions) []sumber.Attribution { panic("boom") }

func loadT(t *testing.T, dir string, opt LoadOptions) *Set {
	t.Helper()
	set, err := Load(filepath.Join("testdata", dir), opt)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func docByName(t *testing.T, set *Set, label string) *Document {
	t.Helper()
	for _, d := range set.Documents {
		if d.Label() == label {
			return d
		}
	}
	t.Fatalf("no document %s in %s", label, set.Dir)
	return nil
}

func warningsFor(set *Set, file string) []Warning {
	var ws []Warning
	for _, w := range set.Warnings {
		if filepath.Base(w.File) == file {
			ws = append(ws, w)
		}
	}
	return ws
}

func TestLoadFlat(t *testing.T) {
	set := loadT(t, "flat", LoadOptions{})
	if set.Layout != Flat || len(set.Documents) != 2 || set.Skipped != 1 {
		t.Fatalf("layout %s, %d documents, %d skipped; want flat, 2, 1", set.Layout, len(set.Documents), set.Skipped)
	}
	id := docByName(t, set, "id-001")
	if id.Lang != "id" || !id.Published.Equal(time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("id-001 metadata: lang %q published %v", id.Lang, id.Published)
	}
	if len(id.Gold) != 3 {
		t.Fatalf("id-001: %d gold attributions, want 3 (E9 is broken)", len(id.Gold))
	}
	e1, e2, e3 := id.Gold[0], id.Gold[1], id.Gold[2]
	if e1.Source.Text() != "Kementerian Pertahanan" || e1.Cue.Text() != "mengatakan" || e1.Stance != sumber.Assert {
		t.Errorf("E1 = %+v", e1)
	}
	if e1.Date == nil || e1.Date.Text() != "hari Senin" || e1.DateValue != "2025-03-03" {
		t.Errorf("E1 date = %v %q", e1.Date, e1.DateValue)
	}
	want := GoldFigure{Bound: sumber.AtLeast, Low: 2000, High: 2000, Unit: "troops", Measure: "deployed", Normalised: true}
	if len(e1.Figures) != 1 {
		t.Fatalf("E1 figures = %+v", e1.Figures)
	}
	if f := e1.Figures[0]; f.Bound != want.Bound || f.Low != want.Low || f.High != want.High || f.Unit != want.Unit || f.Measure != want.Measure || !f.Normalised || f.Span.Text() != "sedikitnya 2.000 tentara" {
		t.Errorf("E1 figure = %+v", f)
	}
	// Roles in any order; Negated without value.
	if e2.Content.Text() != "laporan tersebut benar" || len(e2.Via) != 1 || e2.Via[0].Text() != "Reuters" || !e2.Negated || e2.Stance != sumber.Believe {
		t.Errorf("E2 = %+v", e2)
	}
	// Discontinuous content: segments kept, hull spans the gap.
	if len(e3.Content.Segments) != 2 || e3.Timing != sumber.Earlier {
		t.Fatalf("E3 = %+v", e3)
	}
	if h := e3.Content.Hull(); h.Start != e3.Content.Segments[0].Start || h.End != e3.Content.Segments[1].End {
		t.Errorf("E3 hull = %+v", h)
	}
	if got := e3.Content.Segments[1].Text; got != "“dan tidak akan berkomentar.”" {
		t.Errorf("E3 second segment = %q", got)
	}
	// One warning per broken line: garbage, T98 out of range, T99 bad
	// offsets, E9 two unknown entities and no cue or content, A9 unknown
	// attribution, A10 unknown stance, A11 unknown attribute.
	if ws := warningsFor(set, "id-001.ann"); len(ws) != 9 {
		t.Errorf("id-001.ann: %d warnings, want 9:\n%v", len(ws), ws)
	}
	if ws := warningsFor(set, "metadata.jsonl"); len(ws) != 1 || ws[0].Line != 2 {
		t.Errorf("metadata.jsonl warnings = %v", ws)
	}

	// Code-point offsets on Vietnamese text.
	vi := docByName(t, set, "vi-001")
	if vi.Lang != "vi" || len(vi.Gold) != 2 {
		t.Fatalf("vi-001: lang %q, %d gold", vi.Lang, len(vi.Gold))
	}
	if g := vi.Gold[1]; g.Source.Text() != "các quan chức Hàn Quốc" || g.Cue.Text() != "ước tính" || g.Figures[0].Bound != sumber.About {
		t.Errorf("vi-001 E2 = %+v", g)
	}
	if ws := warningsFor(set, "vi-001.ann"); len(ws) != 0 {
		t.Errorf("vi-001.ann warnings: %v", ws)
	}
}

func TestLoadPolNeAR(t *testing.T) {
	tests := []struct {
		annotator string
		docs      []string
		skipped   int
	}{
		{"", []string{"alpha_a1", "beta_a1"}, 4},
		{FirstAnnotator, []string{"alpha_a1", "beta_a1"}, 4},
		{AllAnnotators, []string{"alpha_a1", "alpha_b2", "beta_a1"}, 3},
		{"b2", []string{"alpha_b2"}, 5},
	}
	for _, tt := range tests {
		set := loadT(t, "pn/train", LoadOptions{Annotator: tt.annotator})
		var got []string
		for _, d := range set.Documents {
			got = append(got, d.Label())
		}
		if strings.Join(got, " ") != strings.Join(tt.docs, " ") || set.Skipped != tt.skipped {
			t.Errorf("annotator %q: documents %v skipped %d; want %v, %d", tt.annotator, got, set.Skipped, tt.docs, tt.skipped)
		}
	}
	set := loadT(t, "pn/train", LoadOptions{})
	beta := docByName(t, set, "beta_a1")
	if beta.Lang != "en" || !beta.Published.Equal(time.Date(2016, 5, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("beta: lang %q published %v (metadata.tsv is in the parent)", beta.Lang, beta.Published)
	}
	if len(beta.Gold) != 3 {
		t.Fatalf("beta: %d gold", len(beta.Gold))
	}
	// Content2 joins Content.
	if c := beta.Gold[1].Content; len(c.Segments) != 2 || c.Segments[1].Text != "“but we are ahead.”" {
		t.Errorf("beta E2 content = %+v", c)
	}
	// Attribution-no-source: no source, cue from the Cue role.
	if g := beta.Gold[2]; !g.Source.Empty() || g.Cue.Text() != "was reportedly" || len(g.Content.Segments) != 2 {
		t.Errorf("beta E3 = %+v", g)
	}
	// The multi-line T14 text is a continuation, not a warning; T15's
	// text does not match the document.
	ws := warningsFor(set, "beta_a1.ann")
	if len(ws) != 1 || !strings.Contains(ws[0].Msg, "T15") {
		t.Errorf("beta_a1.ann warnings = %v", ws)
	}
	if ws := warningsFor(set, "metadata.tsv"); len(ws) != 1 {
		t.Errorf("metadata.tsv warnings = %v", ws)
	}
}

func TestLoadErrors(t *testing.T) {
	_, err := Load(filepath.Join("testdata", "pn"), LoadOptions{})
	if !errors.Is(err, ErrNoSet) || !strings.Contains(err.Error(), filepath.Join("testdata", "pn", "train")) {
		t.Errorf("pn: err = %v; want ErrNoSet naming pn/train", err)
	}
	if _, err := Load(filepath.Join("testdata", "nonexistent"), LoadOptions{}); err == nil {
		t.Error("nonexistent: no error")
	}
}

func TestParseAnnRobust(t *testing.T) {
	text := "Anh ấy nói “xin chào”."
	tests := []struct {
		name  string
		ann   string
		gold  int
		warns int
	}{
		{"empty", "", 0, 0},
		{"crlf", "T1\tCue 7 10\tnói\r\nT2\tContent 11 21\t“xin chào”\r\nE1\tCue:T1 Content:T2\r\n", 1, 0},
		{"no tab", "T1 Cue 7 10 nói\n", 0, 1},
		{"bad offsets", "T1\tCue 7 x\tnói\nT2\tCue 10 7\tnói\nT3\tCue -1 2\tA\nT4\tCue\tnói\n", 0, 4},
		{"event without args", "E1\t\n", 0, 1},
		{"argument without colon", "T1\tCue 7 10\tnói\nE1\tCue:T1 Source\n", 1, 1},
		{"unknown role", "T1\tCue 7 10\tnói\nE1\tCue:T1 Speaker:T1\n", 1, 1},
		{"bad figure note", "T1\tCue 7 10\tnói\nT2\tQuantity 0 3\tAnh\n#1\tAnnotatorNotes T2\t≈ many\nE1\tCue:T1 Quantity:T2\n", 1, 1},
		{"short note", "#1\tAnnotatorNotes\n", 0, 1},
		{"short attribute", "A1\tStance\n", 0, 1},
		{"text mismatch", "T1\tCue 7 10\tsays\nE1\tCue:T1\n", 1, 1},
		{"trigger as cue", "T1\tAttribution 7 10\tnói\nE1\tAttribution:T1\n", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gold, warns := ParseAnn(tt.ann, text, "x.ann")
			if len(gold) != tt.gold || len(warns) != tt.warns {
				t.Errorf("%d gold, %d warnings %v; want %d, %d", len(gold), len(warns), warns, tt.gold, tt.warns)
			}
		})
	}
	gold, _ := ParseAnn("T1\tCue 7 10\tnói\nT2\tContent 11 21\t“xin chào”\nE1\tCue:T1 Content:T2\n", text, "x.ann")
	if gold[0].Cue.Text() != "nói" || gold[0].Content.Text() != "“xin chào”" {
		t.Errorf("code points: %+v", gold[0])
	}
}

func TestMatching(t *testing.T) {
	text := "Ông ấy nói: “Chúng tôi sẽ thắng,” rồi cười, “chắc chắn.”"
	tx := newText(text)
	gs := func(parts ...sumber.Span) GoldSpan { return GoldSpan{Segments: parts} }
	q1 := sp(t, text, "“Chúng tôi sẽ thắng,”", 1)
	q2 := sp(t, text, "“chắc chắn.”", 1)
	tests := []struct {
		name           string
		gold           GoldSpan
		pred           sumber.Span
		exact, overlap bool
	}{
		{"same", gs(q1), q1, true, true},
		{"curly quotes and comma trimmed", gs(q1), sp(t, text, "Chúng tôi sẽ thắng", 1), true, true},
		{"leading space and colon", gs(sp(t, text, "nói", 1)), sp(t, text, ": “Chúng", 1), false, false},
		{"one shared word", gs(q1), sp(t, text, "thắng,” rồi", 1), false, true},
		{"shares only punctuation", gs(q1), sp(t, text, ",” ", 1), false, false},
		{"discontinuous hull exact", gs(q1, q2), sp(t, text, "Chúng tôi sẽ thắng,” rồi cười, “chắc chắn", 1), true, true},
		{"gap of discontinuous span is not overlap", gs(q1, q2), sp(t, text, "rồi cười", 1), false, false},
		{"second segment overlaps", gs(q1, q2), sp(t, text, "chắc", 1), false, true},
		{"partial token overlaps", gs(sp(t, text, "thắng", 1)), sp(t, text, "ng,", 1), false, true},
		{"out of range prediction", gs(q2), tx.clamp(sumber.Span{Start: q2.Start, End: 10000}), true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tx.exact(tt.gold, tt.pred); got != tt.exact {
				t.Errorf("exact = %v, want %v", got, tt.exact)
			}
			if got := tx.overlap(tt.gold, tt.pred); got != tt.overlap {
				t.Errorf("overlap = %v, want %v", got, tt.overlap)
			}
		})
	}
}

func TestPairing(t *testing.T) {
	text := "Officials said on Monday that talks failed, and aides later said that talks resumed."
	gold, warns := ParseAnn(strings.Join([]string{
		"T1\tCue 10 14\tsaid",
		"T2\tContent 30 42\ttalks failed",
		"T3\tCue 60 64\tsaid",
		"T4\tContent 70 83\ttalks resumed",
		"E1\tCue:T1 Content:T2",
		"E2\tCue:T3 Content:T4",
	}, "\n"), text, "p.ann")
	if len(warns) != 0 {
		t.Fatal(warns)
	}
	a := func(cue, content sumber.Span) sumber.Attribution {
		return sumber.Attribution{Cue: cue, Content: content}
	}
	said1, said2 := sp(t, text, "said", 1), sp(t, text, "said", 2)
	tests := []struct {
		name  string
		preds []sumber.Attribution
		want  []Pair
	}{
		{"by cue", []sumber.Attribution{a(said2, sumber.Span{}), a(said1, sumber.Span{})},
			[]Pair{{0, 1, "cue"}, {1, 0, "cue"}}},
		{"largest cue overlap wins", []sumber.Attribution{a(sp(t, text, "sai", 1), sumber.Span{}), a(sp(t, text, "Officials said", 1), sumber.Span{})},
			[]Pair{{0, 1, "cue"}}},
		{"then by content", []sumber.Attribution{a(sp(t, text, "later", 1), sp(t, text, "talks resumed", 1)), a(said1, sumber.Span{})},
			[]Pair{{0, 1, "cue"}, {1, 0, "content"}}},
		{"one to one", []sumber.Attribution{a(said1, sumber.Span{}), a(said1, sp(t, text, "talks failed", 1))},
			[]Pair{{0, 0, "cue"}}},
		{"nothing shared", []sumber.Attribution{a(sp(t, text, "Monday", 1), sp(t, text, "Officials", 1))}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := pairUp(newText(text), gold, tt.preds)
			if len(got) != len(tt.want) {
				t.Fatalf("pairs = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("pairs = %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// flatPredictions is a fake extractor's output for testdata/flat, with
// scores worked out by hand in TestScore.
func flatPredictions(t *testing.T, set *Set) *fake {
	id := docByName(t, set, "id-001").Text
	vi := docByName(t, set, "vi-001").Text
	return &fake{preds: map[string][]sumber.Attribution{
		id: {
			{ // P1 → E1: source and cue exact, content too long ("bahwa").
				Source: sp(t, id, "Kementerian Pertahanan", 1), Cue: sp(t, id, "mengatakan", 1),
				Content: sp(t, id, "bahwa sedikitnya 2.000 tentara dikerahkan pada hari Senin.", 1),
				Stance:  sumber.Assert,
				Date:    &sumber.ClaimDate{Span: sp(t, id, "hari Senin", 1), Value: "2025-03-03", Precision: sumber.Day},
				Figures: []sumber.Figure{
					{Span: sp(t, id, "2.000 tentara", 1), Value: 2000, Low: 2000, High: 2000, Bound: sumber.AtLeast, Unit: "troops", Measure: "deployed"},
					{Span: sp(t, id, "2.000 tentara", 1), Value: 2000, Bound: sumber.AtLeast, Unit: "troops", Measure: "killed"},
				},
				Rule: "say-that", Entry: "id:mengatakan",
			},
			{ // P2 → E2 by cue overlap: source and cue partial, content exact after trimming.
				Source: sp(t, id, "itu", 1), Cue: sp(t, id, "percaya", 1), Content: sp(t, id, "laporan tersebut benar.", 1),
				Stance: sumber.Assert, // wrong: believe
				Via:    []sumber.Via{{Span: sp(t, id, "Menurut Reuters", 1)}},
				// Negated missing.
			},
			{ // P3 → E3 by content overlap only: source and cue disjoint, content partial.
				Source: sp(t, id, "Para analis", 1), Cue: sp(t, id, "berkata", 1), Content: sp(t, id, "“Kami tidak tahu,”", 1),
				Stance: sumber.Assert, // Timing missing (earlier).
			},
			{ // P4: spurious, no source; its content overlaps E1, already paired.
				Cue: sp(t, id, "dikerahkan", 1), Content: sp(t, id, "pada hari Senin", 1), Rule: "bogus", Entry: "id:kerah",
			},
		},
		vi: {
			{ // Q1 → E1: all exact (quotes and full stop trimmed); E2 missed.
				Source: sp(t, vi, "Bộ Quốc phòng", 1), Cue: sp(t, vi, "cho biết", 1),
				Content: sp(t, vi, "hàng nghìn binh sĩ” đã được triển khai.", 1),
				Stance:  sumber.Assert,
				Via:     []sumber.Via{{Span: sp(t, vi, "Bộ", 1)}}, // wrong via
			},
		},
	}}
}

func near4(a, b float64) bool { return math.Abs(a-b) < 1e-4 }

func TestScore(t *testing.T) {
	set := loadT(t, "flat", LoadOptions{})
	ex := flatPredictions(t, set)
	rep := Score(ex, set.Documents, ScoreOptions{Workers: 2})

	// Options passed through from metadata.jsonl.
	id := docByName(t, set, "id-001")
	if o := ex.opts[id.Text]; o.Lang != "id" || o.Published.Format("2006-01-02") != "2025-03-04" {
		t.Errorf("options = %+v", o)
	}
	if rep.Documents != 2 || rep.Gold != 5 || rep.Predicted != 5 || rep.Paired != 4 {
		t.Fatalf("documents %d gold %d predicted %d paired %d; want 2 5 5 4", rep.Documents, rep.Gold, rep.Predicted, rep.Paired)
	}
	type c = Counts
	want := map[string]RoleScore{
		"source":  {Exact: c{2, 4, 5}, Overlap: c{3, 4, 5}},
		"cue":     {Exact: c{2, 5, 5}, Overlap: c{3, 5, 5}},
		"content": {Exact: c{2, 5, 5}, Overlap: c{4, 5, 5}},
		"all":     {Exact: c{6, 14, 15}, Overlap: c{10, 14, 15}},
	}
	got := map[string]RoleScore{"source": rep.Roles[Source], "cue": rep.Roles[Cue], "content": rep.Roles[Content], "all": rep.All}
	for role, w := range want {
		if got[role] != w {
			t.Errorf("%s: got %+v, want %+v", role, got[role], w)
		}
	}
	// Precision, recall and F1 from the counts.
	src := rep.Roles[Source].Exact
	if !near4(src.P(), 0.5) || !near4(src.R(), 0.4) || !near4(src.F1(), 0.4444) {
		t.Errorf("source exact P %v R %v F1 %v", src.P(), src.R(), src.F1())
	}
	all := rep.All.Overlap
	if !near4(all.P(), 10.0/14) || !near4(all.R(), 10.0/15) || !near4(all.F1(), 2*10.0/(14+15)) {
		t.Errorf("all overlap P %v R %v F1 %v", all.P(), all.R(), all.F1())
	}
	acc := map[string]Accuracy{"stance": rep.Stance, "negated": rep.Negated, "timing": rep.Timing, "date": rep.Date}
	wantAcc := map[string]Accuracy{"stance": {3, 4}, "negated": {3, 4}, "timing": {3, 4}, "date": {1, 1}}
	for k, w := range wantAcc {
		if acc[k] != w {
			t.Errorf("%s accuracy = %+v, want %+v", k, acc[k], w)
		}
	}
	if rep.Via != (Counts{1, 2, 1}) || !near4(rep.Via.F1(), 2.0/3) {
		t.Errorf("via = %+v", rep.Via)
	}
	if rep.Figure != (Counts{1, 2, 1}) {
		t.Errorf("figure = %+v", rep.Figure)
	}

	j := rep.JSON()
	if j.Roles.Source.Exact != (PRFJSON{0.5, 0.4, 0.4444}) || j.StanceAccuracy != 0.75 || j.ViaF1 != 0.6667 || j.DateAccuracy != 1 || j.FigureF1 != 0.6667 {
		t.Errorf("JSON = %+v", j)
	}

	var b strings.Builder
	if err := rep.WriteErrors(&b); err != nil {
		t.Fatal(err)
	}
	dump := b.String()
	for _, want := range []string{
		"=== id-001  (",
		"MISS doc=vi-001 gold=E2 cue=\"ước tính\" [",
		"\tsentence: Theo AFP, các quan chức Hàn Quốc ước tính khoảng 1.500 người thương vong.\n",
		"SPURIOUS doc=id-001 cue=\"dikerahkan\" [", "rule=bogus entry=id:kerah",
		"SOURCE≠ doc=id-001 gold=E2 cue=\"tidak percaya\" [", "] rule=- entry=- partial\n",
		"SOURCE≠ doc=id-001 gold=E3", "disjoint",
		"CUE≠ doc=id-001 gold=E2",
		"CONTENT≠ doc=id-001 gold=E1 cue=\"mengatakan\" [23-33] rule=say-that entry=id:mengatakan partial",
		"STANCE≠ doc=id-001 gold=E2", "gold=believe pred=assert",
		"NEGATED≠ doc=id-001 gold=E2", "TIMING≠ doc=id-001 gold=E3",
		"VIA≠ doc=vi-001 gold=E1", "FIGURE≠ doc=id-001 gold=E1", "pred: \"2.000 tentara\" [51-64] >= 2000 troops killed",
	} {
		if !strings.Contains(dump, want) {
			t.Errorf("error dump lacks %q", want)
		}
	}
	for _, unwanted := range []string{"SOURCE≠ doc=id-001 gold=E1", "CONTENT≠ doc=id-001 gold=E2", "CONTENT≠ doc=vi-001", "DATE≠"} {
		if strings.Contains(dump, unwanted) {
			t.Errorf("error dump has %q", unwanted)
		}
	}
	if t.Failed() {
		t.Log(dump)
	}
}

// oracle predicts the gold attributions themselves (hull spans).
type oracle map[string][]GoldAttribution

func (o oracle) Extract(text string, _ sumber.ExtractOptions) []sumber.Attribution {
	var out []sumber.Attribution
	for _, g := range o[text] {
		a := sumber.Attribution{Source: g.Source.Hull(), Cue: g.Cue.Hull(), Content: g.Content.Hull(), Stance: g.Stance, Negated: g.Negated, Timing: g.Timing}
		for _, v := range g.Via {
			a.Via = append(a.Via, sumber.Via{Span: v.Hull()})
		}
		if g.Date != nil {
			a.Date = &sumber.ClaimDate{Span: g.Date.Hull(), Value: g.DateValue}
		}
		for _, f := range g.Figures {
			a.Figures = append(a.Figures, sumber.Figure{Span: f.Span.Hull(), Low: f.Low, High: f.High, Value: f.Low, Bound: f.Bound, Unit: f.Unit, Measure: f.Measure})
		}
		out = append(out, a)
	}
	return out
}

// TestOracle scores the gold against itself: everything must be 1. Set
// SUMBER_EVAL_DIRS (colon-separated) to run it on further sets too.
func TestOracle(t *testing.T) {
	dirs := []string{filepath.Join("testdata", "flat"), filepath.Join("testdata", "pn", "train")}
	if extra := os.Getenv("SUMBER_EVAL_DIRS"); extra != "" {
		dirs = append(dirs, filepath.SplitList(extra)...)
	}
	for _, dir := range dirs {
		set, err := Load(dir, LoadOptions{Annotator: AllAnnotators})
		if err != nil {
			t.Fatal(err)
		}
		o := oracle{}
		for _, d := range set.Documents {
			o[d.Text] = d.Gold // several annotators of one text: the last wins
		}
		var docs []*Document
		seen := map[string]bool{}
		for _, d := range set.Documents {
			if !seen[d.Text] {
				seen[d.Text] = true
				o[d.Text] = d.Gold
				docs = append(docs, d)
			}
		}
		rep := Score(o, docs, ScoreOptions{})
		if rep.Paired != rep.Gold || rep.All.Exact.F1() != 1 || rep.All.Overlap.F1() != 1 {
			t.Errorf("%s: paired %d of %d; all exact %+v overlap %+v", dir, rep.Paired, rep.Gold, rep.All.Exact, rep.All.Overlap)
		}
		if rep.Stance.Value() != float64(min(1, rep.Stance.Total)) || rep.Date.Correct != rep.Date.Total || rep.Figure.Matched != rep.Figure.Gold || rep.Via.Matched != rep.Via.Gold {
			t.Errorf("%s: attributes %+v %+v %+v %+v", dir, rep.Stance, rep.Date, rep.Figure, rep.Via)
		}
	}
}

func TestScorePanic(t *testing.T) {
	set := loadT(t, "pn/train", LoadOptions{})
	rep := Score(panicky{}, set.Documents, ScoreOptions{})
	if rep.Predicted != 0 || rep.Docs[0].Panic != "boom" {
		t.Fatalf("predicted %d, panic %q", rep.Predicted, rep.Docs[0].Panic)
	}
	var b strings.Builder
	rep.WriteErrors(&b)
	if !strings.Contains(b.String(), "PANIC doc=alpha_a1\n\textractor panicked: boom") || !strings.Contains(b.String(), "MISS doc=beta_a1 gold=E3 cue=\"was reportedly\"") {
		t.Errorf("dump:\n%s", b.String())
	}
}

func TestWriteTable(t *testing.T) {
	set := loadT(t, "flat", LoadOptions{})
	rep := Score(flatPredictions(t, set), set.Documents, ScoreOptions{})
	var b strings.Builder
	if err := rep.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"documents 2   gold 5   predicted 5   paired 4",
		"source     50.0  40.0  44.4   75.0  60.0  66.7  2/3, 4, 5",
		"stance accuracy    75.0  (3 of 4 paired with a gold stance)",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
}

func TestByLang(t *testing.T) {
	set := loadT(t, "flat", LoadOptions{})
	rep := Score(flatPredictions(t, set), set.Documents, ScoreOptions{})
	by := rep.ByLang()
	if len(by) != 2 || by["id"] == nil || by["vi"] == nil {
		t.Fatalf("languages %v, want id and vi", by)
	}
	if by["id"].Documents+by["vi"].Documents != rep.Documents || by["id"].Gold+by["vi"].Gold != rep.Gold ||
		by["id"].All.Overlap.Matched+by["vi"].All.Overlap.Matched != rep.All.Overlap.Matched {
		t.Errorf("per-language sums differ from the whole: id %+v vi %+v", by["id"], by["vi"])
	}
	var b strings.Builder
	if err := rep.WriteLangTable(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	var rows []string
	for _, l := range lines {
		if strings.HasPrefix(l, "id ") || strings.HasPrefix(l, "vi ") {
			rows = append(rows, l)
		}
	}
	if len(rows) != 2 {
		t.Errorf("language table:\n%s", b.String())
	}
}

// FuzzParseAnn checks that no annotation file makes ParseAnn panic or
// return spans outside the text.
func FuzzParseAnn(f *testing.F) {
	for _, name := range []string{"flat/id-001", "flat/vi-001", "pn/train/attributions/beta_a1"} {
		b, err := os.ReadFile(filepath.Join("testdata", name+".ann"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), "Bộ Quốc phòng cho biết “hàng nghìn binh sĩ” đã được triển khai.")
	}
	f.Add("T1\tCue 0 3;2 1\tx\nE1\tCue:T1 Cue2:T1 Date:T1 Date:T1\n#1\tAnnotatorNotes T1\t~ 5-2 a b c\n", "abcdef")
	f.Fuzz(func(t *testing.T, ann, text string) {
		n := len([]rune(text))
		gold, _ := ParseAnn(ann, text, "f.ann")
		for _, g := range gold {
			for _, s := range append(append(g.Source.Segments, g.Cue.Segments...), g.Content.Segments...) {
				if s.Start < 0 || s.End > n || s.End < s.Start {
					t.Fatalf("span %+v outside text of %d", s, n)
				}
			}
		}
	})
}

func TestViaFiguresOnlyWhereAnnotated(t *testing.T) {
	set := loadT(t, "pn/train", LoadOptions{})
	alpha := docByName(t, set, "alpha_a1")
	ex := &fake{preds: map[string][]sumber.Attribution{alpha.Text: {{
		Source: sp(t, alpha.Text, "The mayor", 1), Cue: sp(t, alpha.Text, "said", 1),
		Content: sp(t, alpha.Text, "the bridge will reopen in May", 1),
		Via:     []sumber.Via{{Span: sp(t, alpha.Text, "mayor", 1)}},
		Figures: []sumber.Figure{{Span: sp(t, alpha.Text, "May", 1), Value: 5}},
	}}}}
	rep := Score(ex, set.Documents, ScoreOptions{})
	if rep.Paired != 1 || rep.Via != (Counts{}) || rep.Figure != (Counts{}) || rep.Stance.Total != 0 {
		t.Errorf("paired %d via %+v figure %+v stance %+v; want 1 and nothing counted", rep.Paired, rep.Via, rep.Figure, rep.Stance)
	}
	var b strings.Builder
	rep.WriteErrors(&b)
	if strings.Contains(b.String(), "VIA≠") || strings.Contains(b.String(), "FIGURE≠") {
		t.Errorf("dump:\n%s", b.String())
	}
}

func TestAgreement(t *testing.T) {
	set := loadT(t, "pn/train", LoadOptions{Annotator: AllAnnotators})
	rep := Agreement(set.Documents)
	// alpha has two versions: b2 (one attribution) is scored against a1
	// (two); beta has one version and is left out.
	if len(rep.Docs) != 1 || rep.Docs[0].Doc.Label() != "alpha_a1" {
		t.Fatalf("agreement over %d documents; want alpha_a1 only", len(rep.Docs))
	}
	cue := rep.Roles[Cue].Exact
	if cue.Gold != 2 || cue.Predicted != 1 || cue.Matched != 1 {
		t.Errorf("cue counts %+v; want 1 of 2 gold matched by 1 predicted", cue)
	}
	if c := rep.Roles[Content].Exact; c.Matched != 1 {
		t.Errorf("content exact %+v: b2's trailing full stop is punctuation and must not matter", c)
	}
}

func TestByEntry(t *testing.T) {
	set := loadT(t, "pn/train", LoadOptions{Annotator: AllAnnotators})
	rules, entries := Agreement(set.Documents).ByEntry()
	if len(rules) != 1 || rules[0] != (EntryScore{Key: "annotator", Predicted: 1, Matched: 1}) {
		t.Errorf("rules = %+v", rules)
	}
	if len(entries) != 1 || entries[0].Precision() != 1 {
		t.Errorf("entries = %+v", entries)
	}
	var b strings.Builder
	if err := Agreement(set.Documents).WriteEntries(&b); err != nil || !strings.Contains(b.String(), "        1         1  100.0  annotator") {
		t.Errorf("WriteEntries: %v\n%s", err, b.String())
	}
}
