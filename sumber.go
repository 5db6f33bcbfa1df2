// Package sumber holds the domain types of the sumber ledger: documents,
// attributions (who claims what, via whom, when, with which figures),
// figures, actors and cross-document findings, and the small interfaces
// between the parts of the program.
//
// Every other package speaks in these types. Text offsets in a Span are
// counted in Unicode code points (runes) from the start of the document's
// main text, the convention of BRAT standoff annotation, so that spans can
// be compared with gold annotations and shown in any UI without conversion
// surprises.
package sumber

import (
	"strconv"
	"strings"
	"time"
)

// Span is a stretch of a document's text. Start and End are code-point
// offsets (End exclusive); Text is the covered text, kept for readability.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return s.End <= s.Start }

// Overlaps reports whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool {
	return !s.Empty() && !o.Empty() && s.Start < o.End && o.Start < s.End
}

// Stance is how a source holds the content it is credited with.
type Stance string

// The stance labels, as defined in DESIGN.md.
const (
	Assert  Stance = "assert"  // reports as fact
	Claim   Stance = "claim"   // asserts something contested
	Believe Stance = "believe" // assessment or belief
	Suspect Stance = "suspect" // suspicion
	Suggest Stance = "suggest" // hedged
	Confirm Stance = "confirm" // confirms
	Deny    Stance = "deny"    // denies
	Neither Stance = "neither" // declines to confirm or deny, no comment
)

// Stances lists every stance label in a stable order.
var Stances = []Stance{Assert, Claim, Believe, Suspect, Suggest, Confirm, Deny, Neither}

// Timing places a claim relative to others by the same or related sources.
type Timing string

// Timing values. Current is the zero value and is omitted in JSON.
const (
	Current    Timing = ""
	Earlier    Timing = "earlier"    // "awalnya", "initially": said before a later position
	Later      Timing = "later"      // "kemudian", "later": a subsequent position
	Superseded Timing = "superseded" // "penilaian sebelumnya", "the earlier assessment"
)

// Bound says how a figure's value relates to the true quantity.
type Bound string

// Figure bounds. A range ("200-900", "ratusan") is carried by Low < High
// with the bound that qualifies it (usually Exact or About).
const (
	Exact   Bound = "="
	About   Bound = "~"
	AtLeast Bound = ">="
	More    Bound = ">"
	AtMost  Bound = "<="
	Less    Bound = "<"
)

// Figure is a number stated in a claim, with what it counts.
type Figure struct {
	Span  Span    `json:"span"`
	Value float64 `json:"value"` // best single value (the number itself, or the middle of a range)
	Low   float64 `json:"low"`   // lowest value the text allows (equals Value when exact)
	High  float64 `json:"high"`  // highest value the text allows
	Bound Bound   `json:"bound"`
	// Unit is what is counted: "troops", "people", "shells", "USD", "percent"...
	Unit string `json:"unit,omitempty"`
	// Measure is what happened to the counted things: "deployed",
	// "killed", "wounded", "killed-or-wounded", "captured"...
	Measure string `json:"measure,omitempty"`
	// Subject is whose things are counted, when the text says: "North Korea".
	Subject string `json:"subject,omitempty"`
	// Inherited is set when the measure was taken from an earlier figure
	// ("jumlahnya", "the figure").
	Inherited bool `json:"inherited,omitempty"`
	// Rule names the pattern that read the number.
	Rule string `json:"rule,omitempty"`
}

// Note writes the figure as the gold annotations' figure notes do:
// bound, value or LOW-HIGH range, unit and measure, separated by spaces
// and without the parts that are empty ("> 1100 troops killed-or-wounded",
// "~ 200-900 troops").
func (f Figure) Note() string {
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	v := num(f.Value)
	if f.Low < f.High {
		v = num(f.Low) + "-" + num(f.High)
	}
	var parts []string
	for _, p := range []string{string(f.Bound), v, f.Unit, f.Measure} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

// Precision says how exactly a resolved date is known.
type Precision string

// Date precisions.
const (
	Day    Precision = "day"
	Week   Precision = "week"
	Month  Precision = "month"
	Season Precision = "season"
	Year   Precision = "year"
)

// ClaimDate is when a claim was made, resolved against the publication date.
type ClaimDate struct {
	Span Span `json:"span"`
	// Value is ISO 8601: "2024-12-23", "2024-12", "2024". For a week or a
	// season it is the first day of it.
	Value     string    `json:"value"`
	Precision Precision `json:"precision"`
	// Relative is set when the text gave the date relative to publication
	// ("Monday", "last autumn").
	Relative bool `json:"relative,omitempty"`
}

// ParseDateValue reads a ClaimDate's Value ("2024-12-23", "2024-12",
// "2024") as the first day of its period.
func ParseDateValue(v string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Via is one relay of a claim: an outlet or person that passed it on.
type Via struct {
	Span  Span   `json:"span"`
	Actor string `json:"actor,omitempty"`
}

// Attribution is one claim: a source, through a cue, credited with content.
type Attribution struct {
	Source Span `json:"source"`
	// Actor is the resolved source: the antecedent of a pronoun or anaphor
	// ("mereka" → "para pejabat AS"), normalised through the gazetteer when
	// known.
	Actor string `json:"actor,omitempty"`
	// ResolvedFrom is the span the actor was resolved to when the source
	// is a pronoun or anaphor.
	ResolvedFrom *Span `json:"resolved_from,omitempty"`

	Cue     Span   `json:"cue"`
	Lemma   string `json:"lemma"`
	Content Span   `json:"content"`

	Stance  Stance `json:"stance"`
	Negated bool   `json:"negated,omitempty"`
	Timing  Timing `json:"timing,omitempty"`

	// Via is the relay chain, nearest to the reader first.
	Via     []Via      `json:"via,omitempty"`
	Date    *ClaimDate `json:"date,omitempty"`
	Figures []Figure   `json:"figures,omitempty"`

	// Rule is the extraction pattern that fired; Entry the lexicon entry
	// (language:lemma) that matched. Together they say why.
	Rule  string `json:"rule"`
	Entry string `json:"entry"`
	// Sentence is the index of the sentence the cue is in.
	Sentence int `json:"sentence"`
}

// Document is one report, as fetched and cleaned.
type Document struct {
	ID           int64     `json:"id,omitempty"`
	URL          string    `json:"url,omitempty"`
	CanonicalURL string    `json:"canonical_url,omitempty"`
	Outlet       string    `json:"outlet,omitempty"`
	Title        string    `json:"title,omitempty"`
	Author       string    `json:"author,omitempty"`
	Published    time.Time `json:"published,omitempty"`
	Lang         string    `json:"lang"`
	Text         string    `json:"text"`
	// Hash identifies the normalised content; re-ingesting the same
	// content is a no-op.
	Hash string `json:"hash"`
	// DerivedFrom lists the URLs or outlets this report republishes or
	// translates ("Sumber: https://…").
	DerivedFrom []string `json:"derived_from,omitempty"`
	// Wire is the news agency credited ("AFP", "Reuters").
	Wire string `json:"wire,omitempty"`
	// DuplicateOf is the ID of the document this one is a near-copy of.
	DuplicateOf int64     `json:"duplicate_of,omitempty"`
	FetchedAt   time.Time `json:"fetched_at,omitempty"`

	Attributions []Attribution `json:"attributions,omitempty"`
}

// ExtractOptions tells an extractor what is known about a text.
type ExtractOptions struct {
	// Lang is "id", "en" or "vi"; empty means detect.
	Lang string
	// Published anchors relative dates and years; zero means unknown.
	Published time.Time
}

// Extractor turns one text into attributions.
type Extractor interface {
	Extract(text string, opt ExtractOptions) []Attribution
}

// Actor is a canonical entity behind many names.
type Actor struct {
	ID      string   `json:"id"`               // Wikidata QID when known, else "name:<normalised>"
	Name    string   `json:"name"`             // canonical English name
	Kind    string   `json:"kind,omitempty"`   // country, government, agency, outlet, person, group
	Parent  string   `json:"parent,omitempty"` // ID of the actor this one belongs to
	Aliases []string `json:"aliases,omitempty"`
	// Names holds the name to show in other interface languages, by
	// language code ("id" → "Korea Utara"), where it differs from Name.
	Names map[string]string `json:"names,omitempty"`
}

// FindingKind classifies a cross-document finding.
type FindingKind string

// Finding kinds.
const (
	Conflict      FindingKind = "conflict"
	Revision      FindingKind = "revision"
	Corroboration FindingKind = "corroboration"
)

// Finding is a relation between attributions across documents, with the
// evidence behind it and a sentence that explains it.
type Finding struct {
	Kind        FindingKind `json:"kind"`
	Measure     string      `json:"measure,omitempty"`
	Explanation string      `json:"explanation"`
	// Evidence are attribution IDs in the store.
	Evidence []int64 `json:"evidence"`
}
