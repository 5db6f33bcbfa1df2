package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// FeedItem is one entry of a feed: the page to fetch and what the feed
// says about it.
type FeedItem struct {
	// Index is the item's position in the feed, from 0.
	Index int
	Title string
	// Link is the page URL, resolved against the feed's URL; empty when
	// the item has none (a bad item).
	Link      string
	Published time.Time
	Updated   time.Time
	// Err says what is wrong with a bad item.
	Err error
}

// Feed is a parsed RSS, Atom or JSON Feed.
type Feed struct {
	Title string
	Type  string // "rss", "atom" or "json"
	Items []FeedItem
}

// IsFeed reports whether a body (with its media type) is an RSS, Atom
// or JSON Feed document rather than a page.
func IsFeed(body []byte, mediaType string) bool {
	switch mediaType {
	case "application/rss+xml", "application/atom+xml", "application/feed+json":
		return true
	case "text/html", "application/xhtml+xml", "text/plain":
		return false
	}
	return gofeed.DetectFeedType(bytes.NewReader(body)) != gofeed.FeedTypeUnknown
}

// ParseFeed reads an RSS, Atom or JSON Feed document. Item links are
// resolved against feedURL; an item without a usable link is kept with
// its Err set, so that callers report it and go on with the others.
func ParseFeed(body []byte, feedURL string) (*Feed, error) {
	var typ string
	switch gofeed.DetectFeedType(bytes.NewReader(body)) {
	case gofeed.FeedTypeRSS:
		typ = "rss"
	case gofeed.FeedTypeAtom:
		typ = "atom"
	case gofeed.FeedTypeJSON:
		typ = "json"
	default:
		return nil, fmt.Errorf("%w: neither RSS, Atom nor JSON Feed", ErrFeedNotFound)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parsing %s feed: %w", typ, err)
	}
	base, _ := url.Parse(feedURL)
	out := &Feed{Title: clean(f.Title), Type: typ}
	for i, it := range f.Items {
		fi := FeedItem{Index: i}
		if it == nil {
			fi.Err = fmt.Errorf("feed item %d: empty", i+1)
			out.Items = append(out.Items, fi)
			continue
		}
		fi.Title = clean(it.Title)
		if it.PublishedParsed != nil {
			fi.Published = *it.PublishedParsed
		}
		if it.UpdatedParsed != nil {
			fi.Updated = *it.UpdatedParsed
		}
		link := strings.TrimSpace(it.Link)
		if link == "" && len(it.Links) > 0 {
			link = strings.TrimSpace(it.Links[0])
		}
		if link == "" && strings.HasPrefix(it.GUID, "http") {
			link = strings.TrimSpace(it.GUID)
		}
		switch {
		case link == "":
			fi.Err = fmt.Errorf("feed item %d %q: no link", i+1, fi.Title)
		default:
			abs := absURL(base, link)
			if abs == "" {
				fi.Err = fmt.Errorf("feed item %d %q: unusable link %q", i+1, fi.Title, link)
			} else if _, err := CheckURL(abs); err != nil {
				fi.Err = fmt.Errorf("feed item %d %q: %w", i+1, fi.Title, err)
			} else {
				fi.Link = abs
			}
		}
		out.Items = append(out.Items, fi)
	}
	return out, nil
}
