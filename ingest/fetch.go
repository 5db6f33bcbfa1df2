package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Errors a Fetcher returns, wrapped with details; test with errors.Is.
var (
	ErrScheme       = errors.New("only http and https URLs can be fetched")
	ErrUserinfo     = errors.New("URLs with a user name or password are refused")
	ErrBlocked      = errors.New("address is private, loopback, link-local or otherwise not public (use --allow-private to allow)")
	ErrTooLarge     = errors.New("body too large")
	ErrRedirects    = errors.New("too many redirects")
	ErrEmpty        = errors.New("empty body")
	ErrBinary       = errors.New("body looks like binary data, not text")
	ErrContentType  = errors.New("content type is not HTML, text or a feed")
	ErrHTTPStatus   = errors.New("HTTP error status")
	ErrNoText       = errors.New("no article text found")
	ErrNotDocument  = errors.New("not an HTML page or text")
	ErrFeedNotFound = errors.New("not a feed")
)

// Defaults of a Fetcher's zero fields.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 10 << 20 // 10 MiB
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "sumber/0.1 (+https://sumber.example/bot)"
)

// Fetcher gets web pages and feeds safely: http and https only, no user
// names in URLs, a timeout, a body size cap, a redirect cap, a User-Agent,
// and no connections to private, loopback, link-local, unspecified,
// multicast, CGNAT or other non-public addresses unless AllowPrivate. The
// address check runs at dial time on the IP actually being connected to,
// after DNS resolution, so a public name that resolves (or re-resolves,
// as in DNS rebinding) to a private address is refused, and so is a
// redirect to one.
//
// The zero Fetcher is ready to use. A Fetcher is safe for concurrent use
// once its fields are no longer changed.
type Fetcher struct {
	// Timeout bounds a whole request, redirects and body included.
	// Zero means DefaultTimeout.
	Timeout time.Duration
	// MaxBytes caps the body; a larger body is an error (ErrTooLarge).
	// Zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxRedirects caps the redirects followed. Zero means
	// DefaultMaxRedirects; a negative value follows none.
	MaxRedirects int
	// UserAgent is sent with every request. Empty means DefaultUserAgent.
	UserAgent string
	// AllowPrivate allows non-public addresses (for intranets and tests).
	AllowPrivate bool
	// LookupIP resolves a host name; nil means net.DefaultResolver. Tests
	// use it to map names to loopback addresses.
	LookupIP func(ctx context.Context, host string) ([]netip.Addr, error)

	// permit, when set, replaces the address policy (tests use it to
	// let one loopback server count as public).
	permit func(netip.AddrPort) bool

	clientOnce sync.Once
	client     *http.Client
}

// permitted applies the address policy to one address being dialled.
func (f *Fetcher) permitted(ap netip.AddrPort) bool {
	if f.permit != nil {
		return f.permit(ap)
	}
	return f.AllowPrivate || PublicAddr(ap.Addr())
}

// Response is a fetched body with what the server said about it.
type Response struct {
	// URL is the final URL, after redirects.
	URL string
	// MediaType is the Content-Type without parameters, lower case
	// ("text/html"); sniffed when the server sent none.
	MediaType string
	// ContentType is the Content-Type header as sent.
	ContentType string
	Body        []byte
	Header      http.Header
}

func (f *Fetcher) timeout() time.Duration {
	if f.Timeout > 0 {
		return f.Timeout
	}
	return DefaultTimeout
}

func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes > 0 {
		return f.MaxBytes
	}
	return DefaultMaxBytes
}

func (f *Fetcher) maxRedirects() int {
	switch {
	case f.MaxRedirects < 0:
		return 0
	case f.MaxRedirects == 0:
		return DefaultMaxRedirects
	}
	return f.MaxRedirects
}

// CheckURL reports whether raw is a URL a Fetcher may request: absolute,
// http or https, with a host and without user information.
func CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%q: %w", raw, ErrScheme)
	}
	if u.User != nil {
		return nil, fmt.Errorf("%q: %w", raw, ErrUserinfo)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("%q: no host", raw)
	}
	return u, nil
}

// Client returns the http.Client the Fetcher uses, built on first use.
func (f *Fetcher) Client() *http.Client {
	f.clientOnce.Do(func() { f.client = f.newClient() })
	return f.client
}

func (f *Fetcher) newClient() *http.Client {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	// Last line of defence: whatever resolved the name, refuse to open
	// a socket to a non-public address.
	dialer.Control = func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("dial %s: %w", address, ErrBlocked)
		}
		if !f.permitted(netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port())) {
			return fmt.Errorf("dial %s: %w", address, ErrBlocked)
		}
		return nil
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would make the address check meaningless
		DialContext:           f.dialContext(dialer),
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          32,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       60 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	max := f.maxRedirects()
	return &http.Client{
		Transport: tr,
		Timeout:   f.timeout(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > max {
				return fmt.Errorf("%w (more than %d)", ErrRedirects, max)
			}
			if _, err := CheckURL(req.URL.String()); err != nil {
				return fmt.Errorf("redirect: %w", err)
			}
			return nil
		},
	}
}

// dialContext resolves the host itself, drops non-public addresses
// (unless allowed) and dials the remaining ones in turn.
func (f *Fetcher) dialContext(d *net.Dialer) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		var ips []netip.Addr
		if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
			ips = []netip.Addr{ip}
		} else if f.LookupIP != nil {
			ips, err = f.LookupIP(ctx, host)
			if err != nil {
				return nil, err
			}
		} else {
			ips, err = net.DefaultResolver.LookupNetIP(ctx, "ip", host)
			if err != nil {
				return nil, err
			}
		}
		portNum, err := strconv.ParseUint(port, 10, 16)
		if err != nil {
			return nil, fmt.Errorf("bad port %q", port)
		}
		var firstErr error
		tried := 0
		for _, ip := range ips {
			ip = ip.Unmap()
			if !f.permitted(netip.AddrPortFrom(ip, uint16(portNum))) {
				if firstErr == nil {
					firstErr = fmt.Errorf("%s resolves to %s: %w", host, ip, ErrBlocked)
				}
				continue
			}
			tried++
			c, err := d.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
			if err == nil {
				return c, nil
			}
			if firstErr == nil || errors.Is(firstErr, ErrBlocked) && tried == 1 {
				firstErr = err
			}
		}
		if firstErr == nil {
			firstErr = fmt.Errorf("%s: no address", host)
		}
		return nil, firstErr
	}
}

var nonPublic = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8",       // "this network"
		"10.0.0.0/8",      // private
		"100.64.0.0/10",   // CGNAT
		"127.0.0.0/8",     // loopback
		"169.254.0.0/16",  // link-local (cloud metadata lives here)
		"172.16.0.0/12",   // private
		"192.0.0.0/24",    // IETF protocol assignments
		"192.0.2.0/24",    // documentation
		"192.88.99.0/24",  // 6to4 relay anycast
		"192.168.0.0/16",  // private
		"198.18.0.0/15",   // benchmarking
		"198.51.100.0/24", // documentation
		"203.0.113.0/24",  // documentation
		"224.0.0.0/4",     // multicast
		"240.0.0.0/4",     // reserved, broadcast
		"::/128",          // unspecified
		"::1/128",         // loopback
		"64:ff9b:1::/48",  // local-use NAT64
		"100::/64",        // discard
		"2001::/23",       // IETF protocol assignments (Teredo, ORCHID…)
		"2001:db8::/32",   // documentation
		"fc00::/7",        // unique local
		"fe80::/10",       // link-local
		"fec0::/10",       // site-local (deprecated)
		"ff00::/8",        // multicast
	} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

var (
	nat64  = netip.MustParsePrefix("64:ff9b::/96")
	sixTo4 = netip.MustParsePrefix("2002::/16")
)

// PublicAddr reports whether ip is a public unicast address: not
// private, loopback, link-local, unspecified, multicast, CGNAT,
// documentation or reserved. IPv4 addresses embedded in IPv6 (mapped,
// NAT64, 6to4) are judged by the IPv4 address.
func PublicAddr(ip netip.Addr) bool {
	if !ip.IsValid() {
		return false
	}
	ip = ip.Unmap()
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64.Contains(ip):
			return PublicAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
		case sixTo4.Contains(ip):
			return PublicAddr(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]}))
		}
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsMulticast() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// Fetch gets rawURL and returns its body, refusing what is not text: an
// error status, an empty or binary body, a body over the size cap, or a
// content type other than HTML, text, XML or JSON.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Response, error) {
	u, err := CheckURL(rawURL)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	ua := f.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1")
	resp, err := f.Client().Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, fmt.Errorf("%s: %w %s", final, ErrHTTPStatus, resp.Status)
	}
	max := f.maxBytes()
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%s: %w: %s declared, the limit is %s", final, ErrTooLarge, sizeString(resp.ContentLength), sizeString(max))
	}
	ct := resp.Header.Get("Content-Type")
	mt := mediaType(ct)
	if mt != "" && !textualMedia(mt) {
		return nil, fmt.Errorf("%s: %w (%s)", final, ErrContentType, mt)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: reading body: %w", final, err)
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("%s: %w: more than %s", final, ErrTooLarge, sizeString(max))
	}
	if len(body) == 0 || len(strings.TrimSpace(string(body))) == 0 {
		return nil, fmt.Errorf("%s: %w", final, ErrEmpty)
	}
	if mt == "" {
		mt = mediaType(http.DetectContentType(body))
		if !textualMedia(mt) {
			return nil, fmt.Errorf("%s: %w (sniffed %s)", final, ErrContentType, mt)
		}
	}
	if LooksBinary(body) {
		return nil, fmt.Errorf("%s: %w", final, ErrBinary)
	}
	return &Response{URL: final, MediaType: mt, ContentType: ct, Body: body, Header: resp.Header}, nil
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', -1, 64) + " MiB"
	case n >= 1<<10:
		return strconv.FormatFloat(float64(n)/(1<<10), 'f', 1, 64) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// mediaType returns the lower-case media type of a Content-Type value.
func mediaType(ct string) string {
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt, _, _ = strings.Cut(ct, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// textualMedia reports whether a media type may hold a page, a text or a
// feed.
func textualMedia(mt string) bool {
	switch {
	case mt == "text/css", mt == "text/javascript", mt == "text/csv", mt == "text/calendar":
		return false
	case strings.HasPrefix(mt, "text/"):
		return true
	case mt == "application/xhtml+xml", mt == "application/xml", mt == "application/json", mt == "application/feed+json":
		return true
	case strings.HasPrefix(mt, "application/") && (strings.HasSuffix(mt, "+xml") || strings.HasSuffix(mt, "+json")):
		return true
	}
	return false
}

// LooksBinary reports NUL bytes or a high share of control characters in
// the first 8 KB — an image, an archive or a PDF, not a page. UTF-16 text
// with a byte order mark is not binary.
func LooksBinary(b []byte) bool {
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return false
	}
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*10 > len(b)
}
