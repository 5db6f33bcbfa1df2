package web

import (
	"context"

	"sumber"
)

// Analysis is what the web pages need from cross-document analysis
// (package analyze): actors, measures with their figures, and findings.
// The server works against this small interface so that the pages do not
// depend on how analysis is computed; Basic is a store-only
// implementation used when nothing better is configured.
type Analysis interface {
	// Actors lists the actors that have claims, most claims first.
	Actors(ctx context.Context) ([]ActorInfo, error)
	// Measures lists the measures that have figures, most figures first.
	Measures(ctx context.Context) ([]MeasureInfo, error)
	// Measure returns one measure with its points, or ok == false.
	Measure(ctx context.Context, key string) (m *MeasureInfo, ok bool, err error)
	// Actor returns one actor and its claims, oldest first, or ok ==
	// false.
	Actor(ctx context.Context, id string) (a *ActorInfo, claims []Claim, ok bool, err error)
	// Claims returns the claims behind attribution ids, in the order
	// given; unknown ids are left out.
	Claims(ctx context.Context, ids []int64) ([]Claim, error)
	// Findings lists the findings, of one kind when kind is not empty.
	Findings(ctx context.Context, kind sumber.FindingKind) ([]FindingInfo, error)
}

// ActorInfo is an actor with how many claims it has.
type ActorInfo struct {
	// ID is the actor's identity: a Wikidata QID or "name:…".
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind,omitempty"`
	// Filter is the value of the ledger's actor filter that selects
	// this actor's attributions.
	Filter string `json:"filter"`
	Claims int    `json:"claims"`
	// Stances counts the actor's claims per stance label.
	Stances map[string]int `json:"stances"`
}

// MeasureInfo is one measure (what is counted about whom) with its
// figures from every origin and the summary an analyst quotes: the
// low / best / high estimates (as UCDP) and the most conservative figure
// (as ACLED).
type MeasureInfo struct {
	Key     string `json:"key"`
	Label   string `json:"label"`
	Unit    string `json:"unit,omitempty"`
	Measure string `json:"measure"`
	Subject string `json:"subject,omitempty"`
	// Count is the number of figures.
	Count int     `json:"count"`
	Low   float64 `json:"low"`
	Best  float64 `json:"best"`
	High  float64 `json:"high"`
	// Conservative is the most conservative figure: the lowest current
	// best value among the origins.
	Conservative *Point `json:"conservative,omitempty"`
	// OriginCount is the number of independent origins the estimates
	// rest on.
	OriginCount int `json:"origin_count"`
	// Origins are the distinct origins of the points, in order of first
	// appearance (only with the points).
	Origins []string `json:"origins,omitempty"`
	// Points are the figures, ordered by date (omitted from lists).
	Points []Point `json:"points,omitempty"`
	// ACH weighs competing hypotheses about the true figure, when asked
	// for (?ach=1 or ?hypotheses=…).
	ACH *ACHInfo `json:"ach,omitempty"`
}

// Point is one figure of a measure.
type Point struct {
	AttributionID int64    `json:"attribution_id"`
	DocumentID    int64    `json:"document_id"`
	Origin        string   `json:"origin"`
	Via           []string `json:"via,omitempty"`
	Outlet        string   `json:"outlet,omitempty"`
	Date          string   `json:"date"`
	Bound         string   `json:"bound"`
	Value         float64  `json:"value"`
	Low           float64  `json:"low"`
	High          float64  `json:"high"`
	Text          string   `json:"text"`
	// Qualifier, when set, says why the figure is left out of the
	// summary ("past", "projection", "ambiguous").
	Qualifier string `json:"qualifier,omitempty"`
	// root is the top of the origin's hierarchy: origins with one root
	// are not independent.
	root string
}

// FindingInfo is a finding with an id for links.
type FindingInfo struct {
	ID string `json:"id"`
	sumber.Finding
	// MeasureKey links the finding's measure page, when it has one.
	MeasureKey string `json:"measure_key,omitempty"`
	// Documents are the documents of the evidence attributions.
	Documents []int64 `json:"documents"`
	// Template and Args are the parts of Explanation for saying it in
	// the UI language (see analyze.Finding and Localizer.Explain); no
	// Template means Explanation is shown as it is.
	Template string   `json:"-"`
	Args     []string `json:"-"`
}
