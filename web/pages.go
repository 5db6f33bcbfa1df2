package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"errors"
	"html/template"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"sumber"
	"sumber/analyze"
	"sumber/ingest"
	"sumber/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

func staticHandler() http.Handler {
	sub, _ := fs.Sub(staticFS, "static")
	fsrv := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fsrv.ServeHTTP(w, r)
	})
}

var funcs = template.FuncMap{
	"num": formatNum,
	"fig": FormatFigure,
	"pt":  fmtPoint,
	"join": func(sep string, s []string) string {
		return strings.Join(s, sep)
	},
	"pathEscape": url.PathEscape,
	"colour":     originColour,
	"clip": func(n int, s string) string {
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		return string(r[:n-1]) + "…"
	},
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02 15:04 MST")
	},
	"webURL": func(s string) bool { return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://") },
	"add":    func(a, b int) int { return a + b },
}

// parsePages parses each page template together with the layout.
func parsePages() (map[string]*template.Template, error) {
	layout, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if base == "layout" {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, err
		}
		pages[base] = t
	}
	return pages, nil
}

// pageData is what every template receives; D holds the page's own data.
type pageData struct {
	L     Localizer
	Page  string
	Title string
	CSRF  string
	Role  Role
	Auth  bool
	// Langs links the current page in each locale.
	Langs []langLink
	// Q is the request's query, for the search box and filters.
	Q url.Values
	D any
}

type langLink struct{ Lang, URL string }

func (s *Server) localizer(r *http.Request) Localizer {
	return Localizer{Lang: s.cat.pickLang(r, s.cfg.Lang), c: s.cat}
}

// csrfToken returns the form token for this browser, setting its CSRF
// cookie when it has none.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	v := ""
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) >= 32 {
		v = c.Value
	} else {
		v = randomToken()
		http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: v, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.cfg.SecureCookies})
		r.AddCookie(&http.Cookie{Name: csrfCookie, Value: v})
	}
	return s.csrfFor(v, sessionID(r))
}

// render executes a page template into a buffer, then writes it, so an
// error never leaves half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, d any) {
	l := s.localizer(r)
	if q := r.URL.Query().Get("lang"); q != "" && s.cat[q] != nil {
		http.SetCookie(w, &http.Cookie{Name: "lang", Value: q, Path: "/", MaxAge: 365 * 24 * 3600, SameSite: http.SameSiteLaxMode, Secure: s.cfg.SecureCookies})
	}
	role, _ := s.roleOf(r)
	q := r.URL.Query()
	var langs []langLink
	for _, lc := range s.cat.locales() {
		langs = append(langs, langLink{lc, withQuery(r.URL.Path, q, "lang", lc)})
	}
	pd := pageData{L: l, Page: name, CSRF: s.csrfToken(w, r), Role: role, Auth: s.cfg.Tokens != nil, Langs: langs, Q: q, D: d}
	t := s.pages[name]
	if t == nil {
		http.Error(w, "no template "+name, http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", pd); err != nil {
		s.log.Error("template", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Language", l.Lang)
	w.Header().Set("Vary", "Accept-Language, Cookie")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

// badRequest is an error in the caller's input.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

// parseFilter reads the ledger filters from a query: q, actor, stance,
// lang, measure, since, until (YYYY-MM-DD), document, after, limit,
// order=desc.
func parseFilter(v url.Values) (store.Filter, error) {
	f := store.Filter{
		Query: strings.TrimSpace(v.Get("q")), Actor: strings.TrimSpace(v.Get("actor")),
		Lang: v.Get("doc_lang"), Measure: strings.TrimSpace(v.Get("measure")),
	}
	if st := v.Get("stance"); st != "" {
		ok := false
		for _, x := range sumber.Stances {
			if string(x) == st {
				ok = true
			}
		}
		if !ok {
			return f, badRequest{"unknown stance " + strconv.Quote(st)}
		}
		f.Stance = sumber.Stance(st)
	}
	var err error
	if f.Since, err = parseDate(v.Get("since")); err != nil {
		return f, err
	}
	if f.Until, err = parseDate(v.Get("until")); err != nil {
		return f, err
	}
	if f.DocumentID, err = parseInt(v.Get("document"), "document"); err != nil {
		return f, err
	}
	after, err := parseInt(v.Get("after"), "after")
	if err != nil {
		return f, err
	}
	f.After = store.Cursor(after)
	lim, err := parseInt(v.Get("limit"), "limit")
	if err != nil {
		return f, err
	}
	if lim < 0 || lim > 1000 {
		return f, badRequest{"limit must be between 1 and 1000"}
	}
	f.Limit = int(lim)
	if f.Limit == 0 {
		f.Limit = 50
	}
	switch v.Get("order") {
	case "", "asc":
	case "desc":
		f.Desc = true
	default:
		return f, badRequest{"order must be asc or desc"}
	}
	return f, nil
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, badRequest{"dates are YYYY-MM-DD: " + strconv.Quote(s)}
	}
	return t, nil
}

func parseInt(s, name string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, badRequest{name + " must be a non-negative integer"}
	}
	return n, nil
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }

// withQuery returns path?query with key set to val (removed when empty).
func withQuery(path string, q url.Values, key, val string) string {
	c := url.Values{}
	for k, v := range q {
		c[k] = v
	}
	if val == "" {
		c.Del(key)
	} else {
		c.Set(key, val)
	}
	if e := c.Encode(); e != "" {
		return path + "?" + e
	}
	return path
}

// storeFail answers a store or analysis error.
func (s *Server) storeFail(w http.ResponseWriter, r *http.Request, err error) {
	var br badRequest
	switch {
	case errors.As(err, &br):
		s.fail(w, r, http.StatusBadRequest, br.msg)
	case errors.Is(err, store.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, "not found")
	case errors.Is(err, context.DeadlineExceeded):
		s.fail(w, r, http.StatusServiceUnavailable, "timed out")
	default:
		s.log.Error("store", "path", r.URL.Path, "err", err)
		s.fail(w, r, http.StatusInternalServerError, "internal error")
	}
}

// ledger is the data of the ledger page.
type ledger struct {
	Records []store.Record
	Next    string
	First   string
	Filter  store.Filter
	Stances []sumber.Stance
}

func (s *Server) ledgerPage(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	recs, next, err := s.st.Attributions(r.Context(), f)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	d := ledger{Records: recs, Filter: f, Stances: sumber.Stances}
	if next != 0 {
		d.Next = withQuery("/", r.URL.Query(), "after", strconv.FormatInt(int64(next), 10))
	}
	if f.After != 0 {
		d.First = withQuery("/", r.URL.Query(), "after", "")
	}
	s.render(w, r, http.StatusOK, "ledger", d)
}

type docList struct {
	Docs  []*sumber.Document
	Next  string
	First string
}

func parseDocFilter(v url.Values) (store.DocFilter, error) {
	f := store.DocFilter{Lang: v.Get("doc_lang"), Outlet: strings.TrimSpace(v.Get("outlet")), URL: strings.TrimSpace(v.Get("url"))}
	after, err := parseInt(v.Get("after"), "after")
	if err != nil {
		return f, err
	}
	f.After = store.Cursor(after)
	lim, err := parseInt(v.Get("limit"), "limit")
	if err != nil {
		return f, err
	}
	if lim > 1000 {
		return f, badRequest{"limit must be between 1 and 1000"}
	}
	f.Limit = int(lim)
	if f.Limit == 0 {
		f.Limit = 50
	}
	if f.Since, err = parseDate(v.Get("since")); err != nil {
		return f, err
	}
	if f.Until, err = parseDate(v.Get("until")); err != nil {
		return f, err
	}
	switch v.Get("order") {
	case "", "asc":
	case "desc":
		f.Desc = true
	default:
		return f, badRequest{"order must be asc or desc"}
	}
	return f, nil
}

func (s *Server) documentsPage(w http.ResponseWriter, r *http.Request) {
	f, err := parseDocFilter(r.URL.Query())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	docs, next, err := s.st.Documents(r.Context(), f)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	d := docList{Docs: docs}
	if next != 0 {
		d.Next = withQuery("/documents", r.URL.Query(), "after", strconv.FormatInt(int64(next), 10))
	}
	if f.After != 0 {
		d.First = withQuery("/documents", r.URL.Query(), "after", "")
	}
	s.render(w, r, http.StatusOK, "documents", d)
}

type docView struct {
	Doc     *sumber.Document
	Records []store.Record
	Text    template.HTML
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest{"bad id"}
	}
	return id, nil
}

func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) {
	doc, recs, err := s.documentWithRecords(r)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	l := s.localizer(r)
	s.render(w, r, http.StatusOK, "document", docView{Doc: doc, Records: recs, Text: highlight(doc.Text, spansOf(recs, l))})
}

// documentWithRecords loads the document named by the request path and
// its attributions with their store ids.
func (s *Server) documentWithRecords(r *http.Request) (*sumber.Document, []store.Record, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, nil, err
	}
	doc, err := s.st.Document(r.Context(), id)
	if err != nil {
		return nil, nil, err
	}
	recs, err := s.docRecords(r.Context(), id)
	return doc, recs, err
}

// docRecords loads every attribution of a document, with ids.
func (s *Server) docRecords(ctx context.Context, id int64) ([]store.Record, error) {
	var out []store.Record
	var after store.Cursor
	for {
		recs, next, err := s.st.Attributions(ctx, store.Filter{DocumentID: id, After: after, Limit: store.MaxLimit})
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
		if next == 0 {
			return out, nil
		}
		after = next
	}
}

func (s *Server) measuresPage(w http.ResponseWriter, r *http.Request) {
	ms, err := s.an.Measures(r.Context())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "measures", ms)
}

type measureView struct {
	M     *MeasureInfo
	Chart template.HTML
	// ACH weighs competing hypotheses about the figure, when the
	// analysis can (H: the hypotheses as the analyst wrote them).
	ACH *ACHInfo
	H   string
}

// hypothesisWeigher is an Analysis that can weigh competing hypotheses
// about a measure (Analyzed can; Basic cannot).
type hypothesisWeigher interface {
	ACH(ctx context.Context, key string, hyps []analyze.Hypothesis) (*ACHInfo, bool, error)
}

func (s *Server) measurePage(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("key")
	m, ok, err := s.an.Measure(r.Context(), key)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	if !ok {
		s.fail(w, r, http.StatusNotFound, "no such measure")
		return
	}
	v := measureView{M: m, Chart: measureChart(m, s.localizer(r)), H: r.URL.Query().Get("h")}
	if v.ACH, err = s.weigh(r, key, v.H); err != nil {
		s.storeFail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "measure", v)
}

// weigh builds the ACH matrix of a measure over the bands written in h
// (default bands when h is empty); nil when the analysis cannot weigh.
func (s *Server) weigh(r *http.Request, key, h string) (*ACHInfo, error) {
	hw, ok := s.an.(hypothesisWeigher)
	if !ok {
		return nil, nil
	}
	var hyps []analyze.Hypothesis
	if h != "" {
		var err error
		if hyps, err = analyze.ParseHypotheses(h); err != nil {
			return nil, badRequest{err.Error()}
		}
	}
	a, _, err := hw.ACH(r.Context(), key, hyps)
	return a, err
}

type findingView struct {
	FindingInfo
	Claims []Claim
}

type findingsView struct {
	Kind     string
	Kinds    []sumber.FindingKind
	Findings []findingView
	Counts   map[sumber.FindingKind]int
	Total    int
}

func parseKind(s string) (sumber.FindingKind, error) {
	switch k := sumber.FindingKind(s); k {
	case "", sumber.Conflict, sumber.Revision, sumber.Corroboration:
		return k, nil
	}
	return "", badRequest{"kind must be conflict, revision or corroboration"}
}

func (s *Server) findingsPage(w http.ResponseWriter, r *http.Request) {
	kind, err := parseKind(r.URL.Query().Get("kind"))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	all, err := s.an.Findings(r.Context(), "")
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	d := findingsView{Kind: string(kind), Kinds: []sumber.FindingKind{sumber.Conflict, sumber.Revision, sumber.Corroboration}, Counts: map[sumber.FindingKind]int{}, Total: len(all)}
	for _, f := range all {
		d.Counts[f.Kind]++
		if kind != "" && f.Kind != kind {
			continue
		}
		cs, err := s.an.Claims(r.Context(), f.Evidence)
		if err != nil {
			s.storeFail(w, r, err)
			return
		}
		d.Findings = append(d.Findings, findingView{f, cs})
	}
	s.render(w, r, http.StatusOK, "findings", d)
}

func (s *Server) actorsPage(w http.ResponseWriter, r *http.Request) {
	as, err := s.an.Actors(r.Context())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "actors", as)
}

type actorView struct {
	A        *ActorInfo
	Claims   []Claim
	Timeline template.HTML
	Stances  []sumber.Stance
}

func (s *Server) actorPage(w http.ResponseWriter, r *http.Request) {
	a, claims, ok, err := s.an.Actor(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	if !ok {
		s.fail(w, r, http.StatusNotFound, "no such actor")
		return
	}
	s.render(w, r, http.StatusOK, "actor", actorView{A: a, Claims: claims, Timeline: stanceTimeline(claims, s.localizer(r)), Stances: sumber.Stances})
}

type ingestView struct {
	Results []resultJSON
	Error   string
	Kind    string
	// Subscriptions lists the feed subscriptions, when the store keeps
	// them (CanSubscribe).
	Subscriptions []store.Feed
	CanSubscribe  bool
	// Every is the choice of polling intervals for a subscription.
	Every []time.Duration
}

// subscriptionIntervals are the polling intervals offered in the UI.
var subscriptionIntervals = []time.Duration{15 * time.Minute, time.Hour, 6 * time.Hour, 24 * time.Hour}

// renderIngest renders the ingest page with the feed subscriptions.
func (s *Server) renderIngest(w http.ResponseWriter, r *http.Request, code int, v ingestView) {
	if fs, ok := s.st.(store.FeedStore); ok {
		v.CanSubscribe, v.Every = true, subscriptionIntervals
		feeds, err := fs.Feeds(r.Context())
		if err != nil {
			s.storeFail(w, r, err)
			return
		}
		v.Subscriptions = feeds
	}
	s.render(w, r, code, "ingest", v)
}

func (s *Server) ingestPage(w http.ResponseWriter, r *http.Request) {
	s.renderIngest(w, r, http.StatusOK, ingestView{Kind: "text"})
}

// ingestSubmit handles the four ingest forms: kind=text (with optional
// title, url, lang and published), file (multipart upload), url and
// feed.
func (s *Server) ingestSubmit(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			s.ingestFail(w, r, http.StatusBadRequest, "", err)
			return
		}
	}
	req := ingestRequest{
		Kind: r.PostFormValue("kind"), Text: r.PostFormValue("text"), URL: strings.TrimSpace(r.PostFormValue("url")),
		Title: strings.TrimSpace(r.PostFormValue("title")), Lang: r.PostFormValue("lang"), Published: r.PostFormValue("published"),
	}
	if req.Kind == "file" {
		f, fh, err := r.FormFile("file")
		if err != nil {
			s.ingestFail(w, r, http.StatusBadRequest, req.Kind, errors.New("choose a file"))
			return
		}
		b, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			s.ingestFail(w, r, http.StatusBadRequest, req.Kind, err)
			return
		}
		req.data, req.name = b, fh.Filename
	}
	var every time.Duration
	if req.Kind == "feed" && r.PostFormValue("subscribe") != "" {
		d, err := time.ParseDuration(r.PostFormValue("every"))
		if err != nil || !slices.Contains(subscriptionIntervals, d) {
			s.ingestFail(w, r, http.StatusBadRequest, req.Kind, errors.New("choose how often the feed is polled"))
			return
		}
		every = d
	}
	res, sum, err := s.ingestRun(r.Context(), req)
	if err != nil {
		var br badRequest
		code := http.StatusInternalServerError
		if errors.As(err, &br) {
			code = http.StatusBadRequest
		}
		s.ingestFail(w, r, code, req.Kind, err)
		return
	}
	if every > 0 {
		if err := s.subscribe(r.Context(), req.URL, every, sum); err != nil {
			s.ingestFail(w, r, http.StatusInternalServerError, req.Kind, err)
			return
		}
	}
	s.renderIngest(w, r, http.StatusOK, ingestView{Results: res, Kind: req.Kind})
}

// subscribe keeps polling a feed just ingested, and records that first
// ingest as its first poll.
func (s *Server) subscribe(ctx context.Context, url string, every time.Duration, sum *ingest.Summary) error {
	fs, ok := s.st.(store.FeedStore)
	if !ok {
		return errors.New("this store keeps no feed subscriptions")
	}
	f, err := fs.AddFeed(ctx, url, every)
	if err != nil {
		return err
	}
	s.log.Info("feed subscribed", "feed", f.ID, "url", url, "every", every)
	return fs.FeedPolled(ctx, f.ID, time.Now(), sum.FeedTitle(url), sum.Stored(), sum.FeedError(url))
}

// unsubscribe ends a feed subscription.
func (s *Server) unsubscribe(w http.ResponseWriter, r *http.Request) {
	fs, ok := s.st.(store.FeedStore)
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if !ok || err != nil {
		s.fail(w, r, http.StatusNotFound, "no such feed")
		return
	}
	if err := fs.RemoveFeed(r.Context(), id); errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "no such feed")
		return
	} else if err != nil {
		s.storeFail(w, r, err)
		return
	}
	s.log.Info("feed unsubscribed", "feed", id)
	http.Redirect(w, r, "/ingest#feeds", http.StatusSeeOther)
}

// PollFeeds polls the feed subscriptions that are due, every interval,
// until ctx is cancelled: "sumber serve" runs it in the background.
func (s *Server) PollFeeds(ctx context.Context, interval time.Duration) {
	fs, ok := s.st.(store.FeedStore)
	if !ok {
		return
	}
	s.pipe.PollFeedsEvery(ctx, fs, interval, func(polls []ingest.FeedPoll, err error) error {
		if err != nil && ctx.Err() == nil {
			s.log.Error("polling feeds", "err", err)
		}
		for _, fp := range polls {
			if fp.Err != nil {
				s.log.Warn("feed poll failed", "feed", fp.Feed.ID, "url", fp.Feed.URL, "err", fp.Err)
				continue
			}
			for _, r := range fp.Summary.Results {
				s.met.Ingested(string(r.Status))
			}
			s.log.Info("feed polled", "feed", fp.Feed.ID, "url", fp.Feed.URL, "new", fp.Summary.New, "near_duplicate", fp.Summary.NearDuplicate)
		}
		return nil // a failed round is logged; the next one may succeed
	})
}

func (s *Server) ingestFail(w http.ResponseWriter, r *http.Request, code int, kind string, err error) {
	if kind == "" {
		kind = "text"
	}
	s.renderIngest(w, r, code, ingestView{Error: err.Error(), Kind: kind})
}

// ingestRequest is one submission, from a form or the API.
type ingestRequest struct {
	Kind      string `json:"kind"` // text, html, url, feed; file for uploads
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Published string `json:"published,omitempty"`
	data      []byte
	name      string
}

// resultJSON is an ingest.Result with its error as text.
type resultJSON struct {
	ingest.Result
	Error string `json:"error,omitempty"`
}

// ingest runs one submission through the pipeline.
func (s *Server) ingest(ctx context.Context, req ingestRequest) ([]resultJSON, error) {
	res, _, err := s.ingestRun(ctx, req)
	return res, err
}

// ingestRun is ingest, with the pipeline's summary.
func (s *Server) ingestRun(ctx context.Context, req ingestRequest) ([]resultJSON, *ingest.Summary, error) {
	var pub time.Time
	if req.Published != "" {
		var err error
		if pub, err = time.Parse(time.RFC3339, req.Published); err != nil {
			if pub, err = time.Parse("2006-01-02", req.Published); err != nil {
				return nil, nil, badRequest{"published must be RFC 3339 or YYYY-MM-DD"}
			}
		}
	}
	if req.Lang != "" && req.Lang != "id" && req.Lang != "en" && req.Lang != "vi" {
		return nil, nil, badRequest{"lang must be id, en or vi"}
	}
	var sum *ingest.Summary
	var err error
	switch req.Kind {
	case "text", "html", "file":
		body, ct, name := []byte(req.Text), "text/plain; charset=utf-8", ""
		switch req.Kind {
		case "html":
			body, ct = []byte(req.HTML), "text/html; charset=utf-8"
		case "file":
			body, ct, name = req.data, http.DetectContentType(req.data), req.name
			if strings.HasSuffix(strings.ToLower(name), ".txt") && strings.HasPrefix(ct, "text/") {
				ct = "text/plain"
			}
		}
		if len(bytes.TrimSpace(body)) == 0 {
			return nil, nil, badRequest{"nothing to ingest: the text is empty"}
		}
		if ingest.LooksBinary(body) {
			return nil, nil, badRequest{ingest.ErrBinary.Error()}
		}
		var doc *sumber.Document
		if strings.HasPrefix(ct, "text/html") {
			doc, err = ingest.FromHTML(body, ct, req.URL)
		} else if strings.HasPrefix(ct, "text/") {
			doc, err = ingest.FromText(body, ct, req.URL)
		} else {
			return nil, nil, badRequest{ingest.ErrNotDocument.Error()}
		}
		if err != nil {
			return nil, nil, badRequest{err.Error()}
		}
		if req.Title != "" {
			doc.Title = req.Title
		}
		if req.Outlet != "" {
			doc.Outlet = req.Outlet
		}
		if req.Lang != "" {
			doc.Lang = req.Lang
		}
		if !pub.IsZero() {
			doc.Published = pub
		}
		if req.URL != "" {
			doc.URL = req.URL
		}
		id, created, err := s.pipe.Save(ctx, doc)
		res := ingest.Result{Input: name, URL: doc.URL, DocumentID: id, Title: doc.Title, Outlet: doc.Outlet, Lang: doc.Lang}
		if res.Input == "" {
			res.Input = req.Kind
		}
		switch {
		case err != nil:
			return nil, nil, err
		case !created:
			res.Status = ingest.StatusDuplicate
		case doc.DuplicateOf != 0:
			res.Status, res.DuplicateOf, res.Attributions = ingest.StatusNearDuplicate, doc.DuplicateOf, len(doc.Attributions)
		default:
			res.Status, res.Attributions = ingest.StatusNew, len(doc.Attributions)
		}
		sum = &ingest.Summary{Results: []ingest.Result{res}}
	case "url", "feed":
		if _, err := ingest.CheckURL(req.URL); err != nil {
			return nil, nil, badRequest{"bad URL: " + err.Error()}
		}
		kind := ingest.SourceURL
		if req.Kind == "feed" {
			kind = ingest.SourceFeed
		}
		p := s.pipe
		if req.Lang != "" {
			p = &ingest.Pipeline{Store: s.pipe.Store, Extractor: s.pipe.Extractor, Fetcher: s.pipe.Fetcher, Workers: s.pipe.Workers, Lang: req.Lang}
		}
		sum, err = p.Run(ctx, []ingest.Source{{Kind: kind, Ref: req.URL}})
		if err != nil {
			return nil, nil, err
		}
		ingest.SortResults(sum.Results)
	default:
		return nil, nil, badRequest{"kind must be text, html, file, url or feed"}
	}
	out := make([]resultJSON, len(sum.Results))
	for i, r := range sum.Results {
		out[i] = resultJSON{Result: r}
		if r.Err != nil {
			out[i].Error = r.Err.Error()
		}
		s.met.Ingested(string(r.Status))
		s.log.Info("ingested", "input", r.Input, "status", r.Status, "document", r.DocumentID, "attributions", r.Attributions)
	}
	return out, sum, nil
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Tokens == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "login", map[string]string{"Next": safeNext(r.URL.Query().Get("next"))})
}

// safeNext keeps a post-login redirect on this server.
func safeNext(n string) string {
	if !strings.HasPrefix(n, "/") || strings.HasPrefix(n, "//") || strings.HasPrefix(n, "/\\") {
		return "/"
	}
	return n
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Tokens == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if err := s.checkCSRF(r); err != nil {
		s.fail(w, r, http.StatusForbidden, err.Error())
		return
	}
	token := strings.TrimSpace(r.PostFormValue("token"))
	role := s.cfg.Tokens.Role(token)
	next := safeNext(r.PostFormValue("next"))
	if role == RoleNone {
		s.log.Warn("login failed", "remote", r.RemoteAddr)
		s.render(w, r, http.StatusUnauthorized, "login", map[string]string{"Next": next, "Error": s.localizer(r).T("login.bad")})
		return
	}
	if old := sessionID(r); old != "" {
		s.sessions.delete(r.Context(), old)
	}
	sid, err := s.sessions.create(r.Context(), sha256.Sum256([]byte(token)))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: sid, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.cfg.SecureCookies, MaxAge: int(SessionTTL.Seconds())})
	s.log.Info("login", "role", role.String(), "remote", r.RemoteAddr)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if err := s.checkCSRF(r); err != nil {
		s.fail(w, r, http.StatusForbidden, err.Error())
		return
	}
	s.sessions.delete(r.Context(), sessionID(r))
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}
