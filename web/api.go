package web

import (
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"

	"sumber"
	"sumber/interchange"
	"sumber/store"
)

//go:embed openapi.json
var openapiJSON []byte

// OpenAPI returns the OpenAPI 3.1 description of the JSON API.
func OpenAPI() []byte { return openapiJSON }

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openapiJSON)
}

// Page is one page of a listing: its items and the cursor of the next
// page (0 after the last page). Pass it back as ?after=.
type Page[T any] struct {
	Items []T   `json:"items"`
	Next  int64 `json:"next"`
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) {
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
	if docs == nil {
		docs = []*sumber.Document{}
	}
	writeJSON(w, http.StatusOK, Page[*sumber.Document]{Items: docs, Next: int64(next)})
}

// DocumentJSON is a document with its attributions as stored records
// (with their ids).
type DocumentJSON struct {
	*sumber.Document
	Attributions []store.Record `json:"attributions"`
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) {
	doc, recs, err := s.documentWithRecords(r)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	if recs == nil {
		recs = []store.Record{}
	}
	doc.Attributions = nil
	writeJSON(w, http.StatusOK, DocumentJSON{Document: doc, Attributions: recs})
}

// IngestResponse answers POST /api/v1/documents.
type IngestResponse struct {
	Results []resultJSON `json:"results"`
}

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	var req ingestRequest
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			apiError(w, http.StatusRequestEntityTooLarge, "body too large")
			return
		}
		apiError(w, http.StatusBadRequest, "bad JSON: "+err.Error())
		return
	}
	if req.Kind == "" {
		switch {
		case req.HTML != "":
			req.Kind = "html"
		case req.Text != "":
			req.Kind = "text"
		}
	}
	if req.Kind == "file" {
		apiError(w, http.StatusBadRequest, "kind must be text, html, url or feed")
		return
	}
	res, err := s.ingest(r.Context(), req)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	code := http.StatusOK
	for _, x := range res {
		if x.Status == "new" || x.Status == "near-duplicate" {
			code = http.StatusCreated
		}
	}
	if res == nil {
		res = []resultJSON{}
	}
	writeJSON(w, code, IngestResponse{Results: res})
}

func (s *Server) apiAttributions(w http.ResponseWriter, r *http.Request) {
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
	if recs == nil {
		recs = []store.Record{}
	}
	writeJSON(w, http.StatusOK, Page[store.Record]{Items: recs, Next: int64(next)})
}

// pageOf cuts an in-memory listing by offset cursor: after is the number
// of items already seen.
func pageOf[T any](items []T, v url.Values) (Page[T], error) {
	after, err := parseInt(v.Get("after"), "after")
	if err != nil {
		return Page[T]{}, err
	}
	lim, err := parseInt(v.Get("limit"), "limit")
	if err != nil {
		return Page[T]{}, err
	}
	if lim > 1000 {
		return Page[T]{}, badRequest{"limit must be between 1 and 1000"}
	}
	if lim == 0 {
		lim = 100
	}
	p := Page[T]{Items: []T{}}
	if after >= int64(len(items)) {
		return p, nil
	}
	end := min(int64(len(items)), after+lim)
	p.Items = append(p.Items, items[after:end]...)
	if end < int64(len(items)) {
		p.Next = end
	}
	return p, nil
}

func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) {
	as, err := s.an.Actors(r.Context())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	p, err := pageOf(as, r.URL.Query())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// ActorJSON is one actor with its claims.
type ActorJSON struct {
	Actor  *ActorInfo `json:"actor"`
	Claims []Claim    `json:"claims"`
}

func (s *Server) apiActor(w http.ResponseWriter, r *http.Request) {
	a, claims, ok, err := s.an.Actor(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	if !ok {
		apiError(w, http.StatusNotFound, "no such actor")
		return
	}
	if claims == nil {
		claims = []Claim{}
	}
	writeJSON(w, http.StatusOK, ActorJSON{Actor: a, Claims: claims})
}

func (s *Server) apiMeasures(w http.ResponseWriter, r *http.Request) {
	ms, err := s.an.Measures(r.Context())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	p, err := pageOf(ms, r.URL.Query())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *Server) apiMeasure(w http.ResponseWriter, r *http.Request) {
	m, ok, err := s.an.Measure(r.Context(), r.PathValue("key"))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	if !ok {
		apiError(w, http.StatusNotFound, "no such measure")
		return
	}
	if q := r.URL.Query(); q.Get("ach") != "" || q.Get("hypotheses") != "" {
		c := *m // the analysis caches m: the weighing goes on a copy
		if c.ACH, err = s.weigh(r, m.Key, q.Get("hypotheses")); err != nil {
			s.storeFail(w, r, err)
			return
		}
		m = &c
	}
	writeJSON(w, http.StatusOK, m)
}

func (s *Server) apiFindings(w http.ResponseWriter, r *http.Request) {
	kind, err := parseKind(r.URL.Query().Get("kind"))
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	fs, err := s.an.Findings(r.Context(), kind)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	p, err := pageOf(fs, r.URL.Query())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// apiExport sends the whole ledger as a download in one of the
// interchange formats (?format=jsonl, csv, stix, prov or schema). The
// export is written to a temporary file first, so that a failure is an
// error response and never a truncated file that looks complete.
func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "jsonl"
	}
	if !slices.Contains(interchange.Formats, format) {
		apiError(w, http.StatusBadRequest, "format: want jsonl, csv, stix, prov or schema")
		return
	}
	tmp, err := os.CreateTemp("", "sumber-export-*")
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	if err := interchange.Write(r.Context(), s.st, format, tmp); err != nil {
		s.storeFail(w, r, err)
		return
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		s.storeFail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", interchange.ContentType(format))
	w.Header().Set("Content-Disposition", `attachment; filename="sumber-ledger`+interchange.Extension(format)+`"`)
	io.Copy(w, tmp)
}
