package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"sumber"
)

// Store is the ledger: documents, their attributions and figures, and the
// ingest job queue. Implementations are safe for concurrent use.
type Store interface {
	// SaveDocument writes doc, its attributions and their figures in one
	// transaction. If doc.Hash is empty it is set to ContentHash(doc.Text).
	// When a document with the same hash is already stored nothing is
	// written and its id is returned with created == false. Otherwise the
	// document is linked to a near-duplicate original when one is stored
	// (doc.DuplicateOf is set), and doc.ID is set to the new id. The ids
	// of the new attributions are those of Attributions(Filter{DocumentID:
	// id}), in the order of doc.Attributions.
	SaveDocument(ctx context.Context, doc *sumber.Document) (id int64, created bool, err error)

	// ReplaceAttributions replaces the attributions of stored document
	// id, and their figures, with atts in one transaction: what a newer
	// extractor finds in the same text. The document itself is left as
	// it is. The new attributions get new ids, in the order of atts; the
	// old ids are gone. ErrNotFound when there is no such document.
	ReplaceAttributions(ctx context.Context, id int64, atts []sumber.Attribution) error
	// Document returns one document with its attributions, or ErrNotFound.
	Document(ctx context.Context, id int64) (*sumber.Document, error)

	// Documents lists documents (without attributions unless
	// f.WithAttributions), ordered by id, one page at a time. next is
	// the cursor of the following page, 0 after the last page.
	Documents(ctx context.Context, f DocFilter) (docs []*sumber.Document, next Cursor, err error)

	// Attributions lists attributions matching f, ordered by id (or by
	// id descending when f.Desc), one page at a time. next is the cursor
	// of the following page, 0 after the last page.
	Attributions(ctx context.Context, f Filter) (recs []Record, next Cursor, err error)

	// Figures lists figures matching f, ordered by figure id.
	Figures(ctx context.Context, f FigureFilter) (figs []FigureRecord, next Cursor, err error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)

	// Export writes the whole ledger as JSON Lines: one document per
	// line, ordered by id, with its attributions and their store ids.
	// Import of the output into an empty store followed by Export gives
	// the same bytes.
	Export(ctx context.Context, w io.Writer) error

	// ExportCSV writes one attribution per row with its document's
	// metadata, for spreadsheets. It is not meant to be imported.
	ExportCSV(ctx context.Context, w io.Writer) error

	// Import reads what Export wrote and stores it with the same ids.
	// Documents whose hash is already stored are skipped, so importing
	// twice is a no-op; an id taken by another document is an error.
	Import(ctx context.Context, r io.Reader) (ImportStats, error)

	// Enqueue adds a URL to the ingest queue. A URL already queued or
	// running is not queued twice: its job id is returned with
	// created == false.
	Enqueue(ctx context.Context, url string) (id int64, created bool, err error)

	// ClaimJob takes the oldest queued job, or a running job whose lease
	// expired (its worker died), for worker. ok is false when there is
	// none. No two callers ever hold the same job at once.
	ClaimJob(ctx context.Context, worker string) (job Job, ok bool, err error)

	// FinishJob marks a claimed job done, or failed with jobErr's text
	// when jobErr is not nil.
	FinishJob(ctx context.Context, id int64, jobErr error) error

	// Close releases the database.
	Close() error
}

// ErrNotFound is returned when a requested row does not exist.
var ErrNotFound = errors.New("store: not found")

// Cursor marks a position in a keyset-paginated listing: the id of the
// last row of the previous page. The zero Cursor means the start (in a
// filter) or the end (when returned as next).
type Cursor int64

// DefaultLimit is the page size used when a filter's Limit is 0.
const DefaultLimit = 100

// MaxLimit caps a filter's Limit.
const MaxLimit = 10000

// Filter selects attributions. Zero fields do not filter.
type Filter struct {
	// Actor matches the resolved actor, or the source text when no actor
	// was resolved, ignoring case and diacritics.
	Actor string
	// Stance matches the stance label exactly.
	Stance sumber.Stance
	// Lang matches the document's language ("id", "en", "vi").
	Lang string
	// Since and Until bound the claim date, both inclusive, by calendar
	// day. The claim date is the attribution's resolved date (the first
	// day of its period) or, failing that, the document's publication
	// day in the document's own time zone.
	Since, Until time.Time
	// Query is full text over content, source, cue and actor: every word
	// must occur, ignoring case and diacritics.
	Query string
	// Measure keeps attributions with at least one figure of this
	// measure ("killed", "deployed"...).
	Measure string
	// DocumentID keeps the attributions of one document.
	DocumentID int64
	// After is the cursor of the page to return.
	After Cursor
	// Desc lists newest (highest id) first.
	Desc bool
	// Limit is the page size: DefaultLimit when 0, at most MaxLimit.
	Limit int
}

// DocFilter selects documents. Zero fields do not filter.
type DocFilter struct {
	Lang   string
	Outlet string
	URL    string // matches URL or canonical URL
	Hash   string
	// Since and Until bound the publication time: Since inclusive, Until
	// exclusive.
	Since, Until time.Time
	// Duplicates: 0 lists all, 1 only near-duplicates, -1 only originals.
	Duplicates int
	// WithAttributions loads each document's attributions too.
	WithAttributions bool
	After            Cursor
	Desc             bool
	Limit            int
}

// FigureFilter selects figures. Zero fields do not filter.
type FigureFilter struct {
	Measure string
	Unit    string
	Subject string
	// Since and Until bound the claim date as in Filter.
	Since, Until time.Time
	DocumentID   int64
	After        Cursor
	Limit        int
}

// Record is one stored attribution with its id and its document's
// metadata.
type Record struct {
	ID          int64     `json:"id"`
	DocumentID  int64     `json:"document_id"`
	URL         string    `json:"url,omitempty"`
	Outlet      string    `json:"outlet,omitempty"`
	Published   time.Time `json:"published"`
	Lang        string    `json:"lang"`
	DuplicateOf int64     `json:"duplicate_of,omitempty"`
	// ClaimDate is the effective claim day, "2006-01-02", or "" when
	// neither a claim date nor a publication date is known.
	ClaimDate string `json:"claim_date,omitempty"`
	sumber.Attribution
}

// FigureRecord is one stored figure with the ids it belongs to.
type FigureRecord struct {
	ID            int64  `json:"id"`
	DocumentID    int64  `json:"document_id"`
	AttributionID int64  `json:"attribution_id"`
	Actor         string `json:"actor,omitempty"`
	ClaimDate     string `json:"claim_date,omitempty"`
	sumber.Figure
}

// Stats counts the rows in a store.
type Stats struct {
	Documents    int64 `json:"documents"`
	Attributions int64 `json:"attributions"`
	Figures      int64 `json:"figures"`
	// Duplicates counts documents linked to a near-duplicate original.
	Duplicates  int64 `json:"duplicates"`
	JobsQueued  int64 `json:"jobs_queued"`
	JobsRunning int64 `json:"jobs_running"`
	JobsDone    int64 `json:"jobs_done"`
	JobsFailed  int64 `json:"jobs_failed"`
}

// ImportStats reports what Import did.
type ImportStats struct {
	Documents    int // documents written
	Attributions int // attributions written
	Skipped      int // documents already stored (same hash)
}

// Job states.
const (
	JobQueued  = "queued"
	JobRunning = "running"
	JobDone    = "done"
	JobFailed  = "failed"
)

// JobLease is how long a claimed job stays with its worker before another
// worker may take it over (the first is presumed dead).
const JobLease = 15 * time.Minute

// Job is one URL in the ingest queue.
type Job struct {
	ID       int64  `json:"id"`
	URL      string `json:"url"`
	State    string `json:"state"`
	Worker   string `json:"worker,omitempty"`
	Attempts int    `json:"attempts"` // claims so far, this one included
	Error    string `json:"error,omitempty"`
}

// Opener opens a store from a DSN; drivers register one.
type Opener func(ctx context.Context, dsn string) (Store, error)

var (
	driversMu sync.RWMutex
	drivers   = map[string]Opener{}
)

// Register makes a driver available to Open under name ("sqlite",
// "postgres"). It is called from the driver package's init.
func Register(name string, open Opener) {
	driversMu.Lock()
	defer driversMu.Unlock()
	if _, dup := drivers[name]; dup {
		panic("store: Register called twice for " + name)
	}
	drivers[name] = open
}

// Drivers lists the registered driver names.
func Drivers() []string {
	driversMu.RLock()
	defer driversMu.RUnlock()
	var names []string
	for n := range drivers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// DefaultPath is the SQLite file used when neither a DSN nor SUMBER_DB is
// given.
const DefaultPath = "sumber.db"

// ParseDSN picks the driver for dsn and the DSN to hand it:
//
//	""                           → $SUMBER_DB, or SQLite at ./sumber.db
//	"postgres://…", "postgresql://…" → PostgreSQL, as given
//	"sqlite:PATH", "PATH"        → SQLite at PATH
func ParseDSN(dsn string) (driver, rest string) {
	if dsn == "" {
		dsn = os.Getenv("SUMBER_DB")
	}
	switch {
	case dsn == "":
		return "sqlite", DefaultPath
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return "postgres", dsn
	case strings.HasPrefix(dsn, "sqlite://"):
		return "sqlite", strings.TrimPrefix(dsn, "sqlite://")
	case strings.HasPrefix(dsn, "sqlite:"):
		return "sqlite", strings.TrimPrefix(dsn, "sqlite:")
	}
	return "sqlite", dsn
}

// Open opens (creating and migrating when needed) the store named by dsn;
// see ParseDSN. The driver packages must be linked in:
//
//	import (
//		_ "sumber/store/postgres"
//		_ "sumber/store/sqlite"
//	)
func Open(dsn string) (Store, error) {
	return OpenContext(context.Background(), dsn)
}

// OpenContext is Open with a context for connecting and migrating.
func OpenContext(ctx context.Context, dsn string) (Store, error) {
	name, rest := ParseDSN(dsn)
	driversMu.RLock()
	open := drivers[name]
	driversMu.RUnlock()
	if open == nil {
		return nil, fmt.Errorf("store: driver %q not linked in; import _ \"sumber/store/%s\"", name, name)
	}
	return open(ctx, rest)
}

// StateStore keeps the derived state of cross-document analysis (package
// analyze): opaque values under string keys, such as per-measure
// aggregates and the analysis watermark. The state can always be rebuilt
// from the ledger; Export and Import leave it out. The SQL stores of
// both dialects implement it; callers type-assert a Store to it.
type StateStore interface {
	// LoadState returns the values stored under keys; missing keys are
	// absent from the map.
	LoadState(ctx context.Context, keys []string) (map[string][]byte, error)
	// ScanState calls fn for every key starting with prefix, in byte
	// order of the keys.
	ScanState(ctx context.Context, prefix string, fn func(key string, value []byte) error) error
	// SaveState deletes dels and then writes puts, in one transaction.
	SaveState(ctx context.Context, puts map[string][]byte, dels []string) error
	// SaveStateIf is SaveState on condition that the value under guard
	// is still expect (nil: absent), checked and written in one
	// transaction that no other writer of guard can interleave with,
	// in this process or another. Otherwise it writes nothing and
	// returns ErrStateChanged.
	SaveStateIf(ctx context.Context, guard string, expect []byte, puts map[string][]byte, dels []string) error
}

// Feed is a feed subscription: a feed polled again and again ("sumber
// feeds poll", and "sumber serve" in the background), its new items
// ingested each time.
type Feed struct {
	ID  int64  `json:"id"`
	URL string `json:"url"`
	// Title is the feed's own title, from its last successful poll.
	Title string `json:"title,omitempty"`
	// Every is how often it is polled.
	Every time.Duration `json:"every"`
	// Added is when it was subscribed; Polled when it was last polled
	// (zero: never).
	Added  time.Time `json:"added"`
	Polled time.Time `json:"polled,omitzero"`
	// Items counts the documents stored from it, over all polls.
	Items int64 `json:"items"`
	// Error is the last poll's failure, "" when it succeeded.
	Error string `json:"error,omitempty"`
}

// Due reports whether the feed should be polled at now.
func (f Feed) Due(now time.Time) bool {
	return f.Polled.IsZero() || !now.Before(f.Polled.Add(f.Every))
}

// FeedStore keeps feed subscriptions. The SQL stores of both dialects
// implement it; callers type-assert a Store to it.
type FeedStore interface {
	// AddFeed subscribes to url, polled every every; subscribing again
	// to a URL changes its interval and keeps its history.
	AddFeed(ctx context.Context, url string, every time.Duration) (Feed, error)
	// Feeds lists the subscriptions, oldest first.
	Feeds(ctx context.Context) ([]Feed, error)
	// RemoveFeed ends a subscription (ErrNotFound when there is none);
	// the documents already stored stay.
	RemoveFeed(ctx context.Context, id int64) error
	// FeedPolled records a poll: when, the feed's title (kept when ""),
	// how many new documents it stored, and its error (nil: none).
	FeedPolled(ctx context.Context, id int64, at time.Time, title string, added int, pollErr error) error
}

// Session is a browser session of `sumber serve`: the digest of the
// access token it was opened with (never the token itself) and when it
// ends. The role comes from the token file at each request, so that a
// token taken out of the file also ends its sessions.
type Session struct {
	TokenDigest string
	Expires     time.Time
}

// SessionStore keeps browser sessions, so that restarting `sumber
// serve` does not log everyone out. Sessions are keyed by the SHA-256
// digest of their cookie value: the store never holds a usable session
// id. The SQL stores of both dialects implement it; callers type-assert
// a Store to it.
type SessionStore interface {
	// SaveSession stores a session under key.
	SaveSession(ctx context.Context, key string, s Session) error
	// Session returns the session under key, or ErrNotFound when there
	// is none or it has ended (at the store's clock).
	Session(ctx context.Context, key string) (Session, error)
	// DeleteSession ends the session under key; ending none is no error.
	DeleteSession(ctx context.Context, key string) error
	// PruneSessions deletes the sessions ended before now and says how
	// many.
	PruneSessions(ctx context.Context, now time.Time) (int64, error)
}

// ErrStateChanged is returned by SaveStateIf when another writer changed
// the guarded value since the caller read it.
var ErrStateChanged = errors.New("store: analysis state changed by another writer")
