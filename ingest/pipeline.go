package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"sumber"
	"sumber/extract"
	"sumber/lang"
	"sumber/store"
)

// SourceKind says what a Source names.
type SourceKind int

// Source kinds.
const (
	SourceURL   SourceKind = iota // a page (or a feed, detected when fetched)
	SourceFeed                    // an RSS, Atom or JSON Feed URL: each item's link is ingested
	SourceFile                    // an HTML or text file
	SourceDir                     // a directory, walked recursively for .html, .htm and .txt files
	SourceStdin                   // standard input ("-"), HTML or text
	SourceFS                      // the .html, .htm and .txt files of an fs.FS (embedded samples)
)

// Source is one input of a Pipeline.
type Source struct {
	Kind SourceKind
	// Ref is the URL, path or "-".
	Ref string
	// FS is the file system of a SourceFS; Ref is its directory ("." for
	// the root) and the name shown in reports.
	FS fs.FS
	// Reader replaces os.Stdin for SourceStdin.
	Reader io.Reader
}

// ParseSource reads a command-line argument: "-" is standard input, an
// http(s) URL a page, an existing directory a directory, anything else a
// file.
func ParseSource(arg string) Source {
	switch {
	case arg == "-":
		return Source{Kind: SourceStdin, Ref: "-"}
	case strings.HasPrefix(arg, "http://"), strings.HasPrefix(arg, "https://"):
		return Source{Kind: SourceURL, Ref: arg}
	}
	if st, err := os.Stat(arg); err == nil && st.IsDir() {
		return Source{Kind: SourceDir, Ref: arg}
	}
	return Source{Kind: SourceFile, Ref: arg}
}

// Status is what became of one input.
type Status string

// Statuses of a Result.
const (
	StatusNew           Status = "new"            // stored with its attributions
	StatusDuplicate     Status = "duplicate"      // the same content was already stored
	StatusNearDuplicate Status = "near-duplicate" // stored, linked to the original it copies
	StatusFailed        Status = "failed"         // see Err
	// StatusFeed is a URL that turned out to be a feed; its items
	// follow as results of their own. Not counted in a Summary.
	StatusFeed Status = "feed"
)

// Result is the outcome of one input.
type Result struct {
	// Input names the input: a URL, a path, "-", or "FEED item N".
	Input string `json:"input"`
	// URL is the document's URL (canonical for files), when known.
	URL    string `json:"url,omitempty"`
	Status Status `json:"status"`
	// DocumentID is the stored document: the new one, or the one a
	// duplicate is identical to.
	DocumentID int64 `json:"document_id,omitempty"`
	// DuplicateOf is the original of a near-duplicate.
	DuplicateOf int64 `json:"duplicate_of,omitempty"`
	// Attributions counts the attributions added (0 for a duplicate).
	Attributions int    `json:"attributions"`
	Title        string `json:"title,omitempty"`
	Outlet       string `json:"outlet,omitempty"`
	Lang         string `json:"lang,omitempty"`
	// Err says why the input failed.
	Err error `json:"-"`
}

// Summary adds up a run.
type Summary struct {
	New, Duplicate, NearDuplicate, Failed int
	// Attributions counts the attributions added.
	Attributions int
	// Results lists every input's result, in the order they finished.
	Results []Result
	// Interrupted is set when the run stopped early because its context
	// was cancelled; the inputs in flight were finished first.
	Interrupted bool
	// FeedTitles maps the URL of every feed read in the run to its title.
	FeedTitles map[string]string
}

func (s *Summary) add(r Result) {
	switch r.Status {
	case StatusNew:
		s.New++
	case StatusDuplicate:
		s.Duplicate++
	case StatusNearDuplicate:
		s.NearDuplicate++
	case StatusFailed:
		s.Failed++
	}
	s.Attributions += r.Attributions
	s.Results = append(s.Results, r)
}

// Failures returns the failed results.
func (s *Summary) Failures() []Result {
	var out []Result
	for _, r := range s.Results {
		if r.Status == StatusFailed {
			out = append(out, r)
		}
	}
	return out
}

// Pipeline fetches or reads inputs, takes their main text and metadata,
// extracts attributions and saves each document with them through a
// store.Store (which writes one document and its attributions in one
// transaction, and ignores content it already holds). A bad input is
// recorded with its reason and never stops the others.
type Pipeline struct {
	// Store receives the documents. Required.
	Store store.Store
	// Extractor finds attributions; nil means extract.New().
	Extractor sumber.Extractor
	// Fetcher gets URLs; nil means a zero Fetcher (public addresses
	// only, default limits).
	Fetcher *Fetcher
	// Lang, when set, is the language of every input, overriding what
	// pages declare and detection.
	Lang string
	// Workers is the number of inputs processed at once; 0 means
	// GOMAXPROCS.
	Workers int
	// SkipStored skips feed items whose URL is already stored, unless
	// the feed says the item was updated since it was fetched; feed
	// polling sets it. Skipped items count as duplicates.
	SkipStored bool
	// OnQueued is called with the number of inputs found as sources are
	// expanded (directories walked, feeds read), for progress bars.
	OnQueued func(n int)
	// OnResult is called after each input, one call at a time.
	OnResult func(Result)
	// Now stamps FetchedAt; nil means time.Now.
	Now func() time.Time
	// Published, when set, is the publication date of inputs that state
	// none (plain text files, pages without a date, feed items without
	// one).
	Published time.Time

	once sync.Once
	ex   sumber.Extractor
	fe   *Fetcher
}

func (p *Pipeline) init() {
	p.once.Do(func() {
		p.ex = p.Extractor
		if p.ex == nil {
			p.ex = defaultExtractor()
		}
		p.fe = p.Fetcher
		if p.fe == nil {
			p.fe = &Fetcher{}
		}
	})
}

var (
	exOnce sync.Once
	exVal  *extract.Engine
)

func defaultExtractor() sumber.Extractor {
	exOnce.Do(func() { exVal = extract.New() })
	return exVal
}

func (p *Pipeline) workers() int {
	if p.Workers > 0 {
		return p.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

// item is one unit of work.
type item struct {
	input string
	url   string // fetched items
	fsys  fs.FS  // files
	name  string // path in fsys
	abs   string // absolute path of an OS file, for its file:// URL
	data  []byte // standard input
	feed  *FeedItem
	meta  *fileMeta // its line in the directory's MetadataFile
	err   error     // an input that failed before it was queued
}

// Run ingests the sources and returns what happened to each input. It
// returns early, with Summary.Interrupted set, when ctx is cancelled:
// inputs being processed are finished (fetched, extracted, saved), no
// new ones are started. The error is non-nil only when the store itself
// fails in a way that stops every input.
func (p *Pipeline) Run(ctx context.Context, sources []Source) (*Summary, error) {
	p.init()
	if p.Store == nil {
		return nil, errors.New("ingest: Pipeline.Store is nil")
	}
	sum := &Summary{}
	var mu sync.Mutex
	report := func(r Result) {
		mu.Lock()
		defer mu.Unlock()
		sum.add(r)
		if p.OnResult != nil {
			p.OnResult(r)
		}
	}
	titled := func(feedURL, title string) {
		mu.Lock()
		defer mu.Unlock()
		if sum.FeedTitles == nil {
			sum.FeedTitles = map[string]string{}
		}
		sum.FeedTitles[feedURL] = title
	}
	queued := func(n int) {
		if p.OnQueued != nil && n > 0 {
			mu.Lock()
			p.OnQueued(n)
			mu.Unlock()
		}
	}

	items := make(chan item)
	// pending counts items pushed and not yet finished, plus feeds
	// being expanded; once the first producer is done and it is zero,
	// nothing more can arrive.
	var pending sync.WaitGroup
	push := func(it item) bool {
		pending.Add(1)
		queued(1)
		select {
		case items <- it:
			return true
		case <-ctx.Done():
			pending.Done()
			return false
		}
	}

	var producer sync.WaitGroup
	producer.Add(1)
	go func() {
		defer producer.Done()
		for _, src := range sources {
			if ctx.Err() != nil {
				return
			}
			p.expand(ctx, src, push, titled)
		}
	}()

	var wg sync.WaitGroup
	for w := 0; w < p.workers(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				if ctx.Err() != nil {
					pending.Done()
					continue
				}
				// The item is finished even when ctx is cancelled meanwhile.
				r, feed := p.process(context.WithoutCancel(ctx), it)
				if feed != nil {
					// A URL that turned out to be a feed: its items join the run.
					titled(it.url, feed.Title)
					pending.Add(1)
					go func() {
						defer pending.Done()
						p.feedItems(ctx, it.url, feed, push)
					}()
				}
				report(r)
				pending.Done()
			}
		}()
	}
	go func() {
		producer.Wait()
		pending.Wait()
		close(items)
	}()
	wg.Wait()
	sum.Interrupted = ctx.Err() != nil
	return sum, nil
}

// expand turns a source into items.
func (p *Pipeline) expand(ctx context.Context, src Source, push func(item) bool, titled func(feedURL, title string)) {
	switch src.Kind {
	case SourceURL:
		push(item{input: src.Ref, url: src.Ref})
	case SourceFeed:
		resp, err := p.fe.Fetch(ctx, src.Ref)
		if err != nil {
			push(item{input: src.Ref, err: fmt.Errorf("feed: %w", err)})
			return
		}
		feed, err := ParseFeed(resp.Body, resp.URL)
		if err != nil {
			push(item{input: src.Ref, err: err})
			return
		}
		titled(src.Ref, feed.Title)
		p.feedItems(ctx, src.Ref, feed, push)
	case SourceFile:
		abs, _ := filepath.Abs(src.Ref)
		dir, base := filepath.Split(abs)
		push(item{input: src.Ref, fsys: os.DirFS(dir), name: base, abs: abs})
	case SourceDir:
		abs, _ := filepath.Abs(src.Ref)
		p.walk(ctx, os.DirFS(abs), ".", func(name string) item {
			return item{input: filepath.Join(src.Ref, filepath.FromSlash(name)), abs: filepath.Join(abs, filepath.FromSlash(name))}
		}, push)
	case SourceFS:
		dir := src.Ref
		if dir == "" {
			dir = "."
		}
		p.walk(ctx, src.FS, dir, func(name string) item { return item{input: name} }, push)
	case SourceStdin:
		r := src.Reader
		if r == nil {
			r = os.Stdin
		}
		max := p.fe.maxBytes()
		b, err := io.ReadAll(io.LimitReader(r, max+1))
		switch {
		case err != nil:
			err = fmt.Errorf("reading standard input: %w", err)
		case int64(len(b)) > max:
			err = fmt.Errorf("%w: more than %s", ErrTooLarge, sizeString(max))
		}
		push(item{input: "-", data: b, err: err})
	}
}

// walk pushes the .html, .htm and .txt files under dir, in lexical
// order, skipping hidden files and directories. A directory that cannot
// be read is itself a failed input.
func (p *Pipeline) walk(ctx context.Context, fsys fs.FS, dir string, mk func(name string) item, push func(item) bool) {
	metas := map[string]map[string]*fileMeta{} // directory → its MetadataFile
	err := fs.WalkDir(fsys, dir, func(name string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			it := mk(name)
			it.err = err
			push(it)
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		base := path.Base(name)
		if name != dir && strings.HasPrefix(base, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		switch strings.ToLower(path.Ext(name)) {
		case ".html", ".htm", ".txt":
			md, seen := metas[path.Dir(name)]
			if !seen {
				var err error
				if md, err = readMetadata(fsys, path.Dir(name)); err != nil {
					// the texts are still read, without it
					bad := mk(path.Join(path.Dir(name), MetadataFile))
					bad.err = err
					if !push(bad) {
						return fs.SkipAll
					}
				}
				metas[path.Dir(name)] = md
			}
			it := mk(name)
			it.fsys, it.name = fsys, name
			it.meta = md[strings.TrimSuffix(base, path.Ext(base))]
			if !push(it) {
				return fs.SkipAll
			}
		}
		return nil
	})
	if err != nil && ctx.Err() == nil {
		it := mk(dir)
		it.err = err
		push(it)
	}
}

// feedItems pushes a feed's items; bad items are pushed as failures.
func (p *Pipeline) feedItems(ctx context.Context, feedURL string, feed *Feed, push func(item) bool) {
	for i := range feed.Items {
		fi := feed.Items[i]
		in := fmt.Sprintf("%s item %d", feedURL, fi.Index+1)
		if fi.Link != "" {
			in = fi.Link
		}
		if !push(item{input: in, url: fi.Link, feed: &fi, err: fi.Err}) {
			return
		}
	}
}

// process handles one item. For a URL that turns out to be a feed it
// returns the parsed feed (and a result with no document) so that its
// items are queued.
func (p *Pipeline) process(ctx context.Context, it item) (Result, *Feed) {
	r := Result{Input: it.input, URL: it.url}
	fail := func(err error) (Result, *Feed) {
		r.Status, r.Err = StatusFailed, err
		return r, nil
	}
	if it.err != nil {
		return fail(it.err)
	}
	if it.url != "" && p.SkipStored && it.feed != nil {
		if id, ok := p.storedSince(ctx, it.url, it.feed); ok {
			r.Status, r.DocumentID = StatusDuplicate, id
			return r, nil
		}
	}
	doc, feed, err := p.read(ctx, it)
	if err != nil {
		return fail(err)
	}
	if feed != nil {
		r.Status = StatusFeed
		r.Title = feed.Title
		return r, feed
	}
	r.URL, r.Title, r.Outlet, r.Lang = doc.URL, doc.Title, doc.Outlet, doc.Lang
	id, created, err := p.Save(ctx, doc)
	if err != nil {
		return fail(err)
	}
	r.DocumentID = id
	switch {
	case !created:
		r.Status = StatusDuplicate
	case doc.DuplicateOf != 0:
		r.Status, r.DuplicateOf, r.Attributions = StatusNearDuplicate, doc.DuplicateOf, len(doc.Attributions)
	default:
		r.Status, r.Attributions = StatusNew, len(doc.Attributions)
	}
	return r, nil
}

// storedSince reports a stored document with this URL fetched after the
// feed last changed the item.
func (p *Pipeline) storedSince(ctx context.Context, u string, fi *FeedItem) (int64, bool) {
	docs, _, err := p.Store.Documents(ctx, store.DocFilter{URL: u, Limit: 1, Desc: true})
	if err != nil || len(docs) == 0 {
		return 0, false
	}
	changed := fi.Updated
	if changed.IsZero() {
		changed = fi.Published
	}
	if !changed.IsZero() && !docs[0].FetchedAt.IsZero() && changed.After(docs[0].FetchedAt) {
		return 0, false
	}
	return docs[0].ID, true
}

// read gets an item's bytes and turns them into a document (or a feed).
func (p *Pipeline) read(ctx context.Context, it item) (*sumber.Document, *Feed, error) {
	var body []byte
	var mt, ct, pageURL string
	switch {
	case it.url != "":
		resp, err := p.fe.Fetch(ctx, it.url)
		if err != nil {
			return nil, nil, err
		}
		body, mt, ct, pageURL = resp.Body, resp.MediaType, resp.ContentType, resp.URL
		if mt != "text/html" && mt != "application/xhtml+xml" && mt != "text/plain" && IsFeed(body, mt) {
			feed, err := ParseFeed(body, pageURL)
			return nil, feed, err
		}
	case it.fsys != nil:
		b, err := readFileCapped(it.fsys, it.name, p.fe.maxBytes())
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) && it.abs != "" {
				pe.Path = it.abs // not the path inside os.DirFS
			}
			return nil, nil, err
		}
		body = b
		if it.abs != "" {
			pageURL = "file://" + filepath.ToSlash(it.abs)
		}
	default:
		body = it.data
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		return nil, nil, ErrEmpty
	}
	if LooksBinary(body) {
		return nil, nil, ErrBinary
	}
	if mt == "" {
		mt = fileMediaType(it.name, body)
	}
	var doc *sumber.Document
	var err error
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		doc, err = FromHTML(body, ct, pageURL)
	case strings.HasPrefix(mt, "text/"):
		doc, err = FromText(body, ct, pageURL)
	default:
		return nil, nil, fmt.Errorf("%w (%s)", ErrNotDocument, mt)
	}
	if err != nil {
		return nil, nil, err
	}
	if it.url == "" && doc.CanonicalURL != "" {
		// A saved page: its address on the web says more than a path.
		doc.URL = doc.CanonicalURL
	}
	if it.feed != nil {
		if doc.Published.IsZero() && !it.feed.Published.IsZero() {
			doc.Published = it.feed.Published
		}
		if doc.Title == "" {
			doc.Title = it.feed.Title
		}
	}
	if it.meta != nil {
		it.meta.apply(doc)
	}
	if doc.Published.IsZero() {
		doc.Published = p.Published
	}
	if p.Lang != "" {
		doc.Lang = p.Lang
	}
	return doc, nil, nil
}

// Save extracts the attributions of doc (replacing any it has) and
// stores it; see store.Store.SaveDocument for id and created.
func (p *Pipeline) Save(ctx context.Context, doc *sumber.Document) (id int64, created bool, err error) {
	p.init()
	if doc.FetchedAt.IsZero() {
		doc.FetchedAt = p.now().UTC().Truncate(time.Millisecond)
	}
	doc.Attributions = p.ex.Extract(doc.Text, extractOptions(doc))
	return p.Store.SaveDocument(ctx, doc)
}

// extractOptions tells the extractor the document's language (when it
// has a lexicon for it; else it detects) and publication time.
func extractOptions(doc *sumber.Document) sumber.ExtractOptions {
	opt := sumber.ExtractOptions{Published: doc.Published}
	if lang.Has(doc.Lang, "cues.tsv") {
		opt.Lang = doc.Lang
	}
	return opt
}

func readFileCapped(fsys fs.FS, name string, max int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, fmt.Errorf("%s is a directory", name)
		}
		if st.Size() > max {
			return nil, fmt.Errorf("%w: %s, the limit is %s", ErrTooLarge, sizeString(st.Size()), sizeString(max))
		}
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: more than %s", ErrTooLarge, sizeString(max))
	}
	return b, nil
}

// fileMediaType guesses a file's media type from its extension, else
// from its first bytes.
func fileMediaType(name string, body []byte) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "text/html"
	case ".txt", ".text":
		return "text/plain"
	}
	return mediaType(http.DetectContentType(body))
}

// SortResults orders results by input name, for stable reports.
func SortResults(rs []Result) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Input < rs[j].Input })
}
