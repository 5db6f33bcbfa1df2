package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"sumber/ingest"
	"sumber/store"
)

// FeedInfo is a feed subscription as the API writes it.
type FeedInfo struct {
	ID           int64      `json:"id"`
	URL          string     `json:"url"`
	Title        string     `json:"title"`
	EverySeconds int64      `json:"every_seconds"`
	Added        time.Time  `json:"added"`
	Polled       *time.Time `json:"polled"`
	Items        int64      `json:"items"`
	Error        string     `json:"error"`
}

func feedInfo(f store.Feed) FeedInfo {
	fi := FeedInfo{ID: f.ID, URL: f.URL, Title: f.Title, EverySeconds: int64(f.Every / time.Second), Added: f.Added, Items: f.Items, Error: f.Error}
	if !f.Polled.IsZero() {
		p := f.Polled
		fi.Polled = &p
	}
	return fi
}

// FeedRequest subscribes to a feed through the API.
type FeedRequest struct {
	URL string `json:"url"`
	// Every is how often it is polled, as a Go duration ("15m", "1h");
	// empty means 15 minutes.
	Every string `json:"every,omitempty"`
}

// feedStore returns the store's subscriptions, or writes a 501.
func (s *Server) feedStore(w http.ResponseWriter) (store.FeedStore, bool) {
	fs, ok := s.st.(store.FeedStore)
	if !ok {
		apiError(w, http.StatusNotImplemented, "this store keeps no feed subscriptions")
	}
	return fs, ok
}

func (s *Server) apiFeeds(w http.ResponseWriter, r *http.Request) {
	fs, ok := s.feedStore(w)
	if !ok {
		return
	}
	feeds, err := fs.Feeds(r.Context())
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	out := Page[FeedInfo]{Items: []FeedInfo{}}
	for _, f := range feeds {
		out.Items = append(out.Items, feedInfo(f))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiSubscribe(w http.ResponseWriter, r *http.Request) {
	fs, ok := s.feedStore(w)
	if !ok {
		return
	}
	var req FeedRequest
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		apiError(w, http.StatusBadRequest, "bad JSON: "+err.Error())
		return
	}
	if _, err := ingest.CheckURL(req.URL); err != nil {
		apiError(w, http.StatusBadRequest, "bad URL: "+err.Error())
		return
	}
	every := 15 * time.Minute
	if req.Every != "" {
		d, err := time.ParseDuration(req.Every)
		if err != nil || d < time.Minute {
			apiError(w, http.StatusBadRequest, "every must be a duration of at least 1m, such as 15m or 1h")
			return
		}
		every = d
	}
	f, err := fs.AddFeed(r.Context(), req.URL, every)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	s.log.Info("feed subscribed", "feed", f.ID, "url", f.URL, "every", every)
	writeJSON(w, http.StatusCreated, feedInfo(f))
}

func (s *Server) apiUnsubscribe(w http.ResponseWriter, r *http.Request) {
	fs, ok := s.feedStore(w)
	if !ok {
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		apiError(w, http.StatusBadRequest, "bad feed id")
		return
	}
	if err := fs.RemoveFeed(r.Context(), id); errors.Is(err, store.ErrNotFound) {
		apiError(w, http.StatusNotFound, "no such feed")
		return
	} else if err != nil {
		s.storeFail(w, r, err)
		return
	}
	s.log.Info("feed unsubscribed", "feed", id)
	w.WriteHeader(http.StatusNoContent)
}
