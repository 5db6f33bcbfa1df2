// Package metrics holds the Prometheus instruments of the web server, so
// that the Prometheus client is a dependency of this package only.
package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics is one registry with the server's instruments. The zero value
// is not usable; call New.
type Metrics struct {
	reg      *prometheus.Registry
	requests *prometheus.CounterVec
	duration *prometheus.HistogramVec
	inflight prometheus.Gauge
	ingested *prometheus.CounterVec
}

// New registers the instruments, with the Go runtime and process
// collectors, in a fresh registry.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sumber_http_requests_total",
			Help: "HTTP requests by route pattern, method and status code.",
		}, []string{"route", "method", "code"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "sumber_http_request_duration_seconds",
			Help:    "HTTP request latency by route pattern.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
		}, []string{"route"}),
		inflight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "sumber_http_requests_in_flight",
			Help: "HTTP requests being served.",
		}),
		ingested: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "sumber_ingested_total",
			Help: "Inputs ingested through the web server, by result status.",
		}, []string{"status"}),
	}
	m.reg.MustRegister(m.requests, m.duration, m.inflight, m.ingested,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// Begin counts a request in flight; call the returned func when it ends.
func (m *Metrics) Begin() func() {
	m.inflight.Inc()
	return m.inflight.Dec
}

// Observe records one finished request. route is the ServeMux pattern
// (not the path, to keep the label set small).
func (m *Metrics) Observe(route, method string, code int, d time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	m.requests.WithLabelValues(route, method, strconv.Itoa(code)).Inc()
	m.duration.WithLabelValues(route).Observe(d.Seconds())
}

// Ingested counts ingest results by status ("new", "duplicate"…).
func (m *Metrics) Ingested(status string) {
	m.ingested.WithLabelValues(status).Inc()
}
