// Package e2e drives sumber's web UI in headless Chromium (Debian's
// chromium, through chromedp) against a real server on loopback with a
// SQLite file: it ingests the sample reports through the UI, checks the
// highlighted spans of a document, the points of a measure chart, and
// follows a conflict to its evidence, saving a screenshot of each main
// page.
//
// Without Chromium the tests skip, except when CI=true. The browser is
// $SUMBER_TEST_CHROMIUM, else chromium on $PATH. Screenshots go to
// $SUMBER_TEST_ARTIFACTS, else testout/ at the repository root.
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"sumber/ingest"
	"sumber/samples"
	"sumber/store"
	_ "sumber/store/sqlite"
	"sumber/web"
)

// chromium finds the browser or skips (fails on CI).
func chromium(t *testing.T) string {
	if p := os.Getenv("SUMBER_TEST_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is not installed (set SUMBER_TEST_CHROMIUM)")
	}
	t.Skip("Chromium is not installed; apt-get install -y chromium")
	return ""
}

// artifacts is the directory for screenshots.
func artifacts(t *testing.T) string {
	dir := os.Getenv("SUMBER_TEST_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "testout")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// startServer serves a fresh SQLite ledger on 127.0.0.1 with a real
// listener and returns its base URL.
func startServer(t *testing.T) string {
	st, err := store.Open("sqlite:" + filepath.Join(t.TempDir(), "e2e.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ws, err := web.New(web.Config{
		Store:    st,
		Pipeline: &ingest.Pipeline{Store: st, Fetcher: &ingest.Fetcher{AllowPrivate: true}},
		Logger:   slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := ws.HTTPServer(ln.Addr().String())
	go hs.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(ctx)
	})
	return "http://" + ln.Addr().String()
}

// sampleSite serves the sample pages and their feed, with the feed's
// links pointing at this server.
func sampleSite(t *testing.T) *httptest.Server {
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		b, _ := fs.ReadFile(samples.FS, "feed.xml")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(strings.ReplaceAll(string(b), "http://127.0.0.1/", srv.URL+"/")))
	})
	mux.Handle("/", http.FileServerFS(samples.FS))
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// browser starts headless Chromium with a fresh profile.
func browser(t *testing.T) context.Context {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	// A headless page never has the window's focus; emulate it so that
	// focus events fire as for a user at the keyboard.
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
		return err
	}))
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

func run(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %s: %v", js, err)
	}
	return v
}

// shot saves a full-page screenshot.
func shot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(dir, name+".png")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", p)
}

// TestBrowser is the analyst's path through the UI.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	base := startServer(t)
	site := sampleSite(t)
	out := artifacts(t)

	// 1. Ingest through the UI: pasted text, an uploaded file, a feed.
	seed, err := os.ReadFile(filepath.Join("..", "..", "ingest", "testdata", "seed-like.txt"))
	if err != nil {
		t.Fatal(err)
	}
	run(t, ctx, "paste text",
		chromedp.Navigate(base+"/ingest"),
		chromedp.WaitVisible(chromedp.CSS("#in-text")),
		chromedp.SetValue(chromedp.CSS("#in-text"), string(seed)),
		chromedp.SetValue(chromedp.CSS("#in-lang"), "id"),
		chromedp.SetValue(chromedp.CSS("#in-published"), "2024-12-24"),
		chromedp.Click(chromedp.CSS("#form-text button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS(".results")),
	)
	if st := eval[string](t, ctx, `document.querySelector(".result").dataset.status`); st != "new" {
		t.Fatalf("pasted text: status %q", st)
	}
	shot(t, ctx, out, "ingest")

	upload := filepath.Join(t.TempDir(), "02-kabarnusantara-2024-10-22-korut-bantah.html")
	b, _ := fs.ReadFile(samples.FS, filepath.Base(upload))
	os.WriteFile(upload, b, 0o644)
	run(t, ctx, "upload a file",
		chromedp.Navigate(base+"/ingest"),
		chromedp.SetUploadFiles(chromedp.CSS("#in-file"), []string{upload}),
		chromedp.Click(chromedp.CSS("#form-file button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS(".results")),
	)
	if st := eval[string](t, ctx, `document.querySelector(".result").dataset.status`); st != "new" {
		t.Fatalf("upload: status %q: %s", st, eval[string](t, ctx, `document.querySelector(".results").innerText`))
	}
	run(t, ctx, "add the feed and subscribe to it",
		chromedp.Navigate(base+"/ingest"),
		chromedp.SetValue(chromedp.CSS("#in-feed"), site.URL+"/feed.xml"),
		chromedp.Click(chromedp.CSS("#in-subscribe")),
		chromedp.SetValue(chromedp.CSS("#in-every"), "6h0m0s"),
		chromedp.Click(chromedp.CSS("#form-feed button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS(".results"), chromedp.RetryInterval(200*time.Millisecond)),
	)
	statuses := eval[[]string](t, ctx, `[...document.querySelectorAll(".result")].map(r => r.dataset.status)`)
	newDocs := 0
	for _, s := range statuses {
		switch s {
		case "new", "near-duplicate":
			newDocs++
		case "failed":
			t.Errorf("feed item failed: %s", eval[string](t, ctx, `document.querySelector(".result-failed").innerText`))
		}
	}
	if newDocs < 6 {
		t.Fatalf("feed: %v", statuses)
	}
	// The subscription is listed with its interval and the documents of
	// this first poll.
	row := eval[string](t, ctx, `(document.querySelector("#feeds .feed-row") || {innerText: ""}).innerText`)
	if !strings.Contains(row, site.URL+"/feed.xml") || !strings.Contains(row, "6 hours") || !strings.Contains(row, "sumber sample reports") {
		t.Errorf("subscription row: %q", row)
	}
	shot(t, ctx, out, "feeds")

	// 2. Ledger, searched from the keyboard: "/" focuses the search box.
	run(t, ctx, "ledger",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("table.ledger")),
		slashKey(),
	)
	if id := eval[string](t, ctx, `document.activeElement.id`); id != "q" {
		t.Errorf(`"/" focused %q, not the search box`, id)
	}
	shot(t, ctx, out, "ledger")
	run(t, ctx, "search", chromedp.KeyEvent("membantah\r"))
	waitFor(t, ctx, `location.search.includes("q=") && document.readyState === "complete"`)
	if loc := eval[string](t, ctx, `location.search`); !strings.Contains(loc, "q=membantah") {
		t.Errorf("search went to %q", loc)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("table.ledger tbody tr").length`); n == 0 {
		t.Error("no claims found for membantah")
	}
	// The ledger names the gazetteer's actor behind a source written in
	// another language ("Korea Utara" → North Korea), and the name opens
	// that actor's page.
	ledgerURL := eval[string](t, ctx, `location.href`)
	canon := eval[string](t, ctx, `(document.querySelector("table.ledger .canon a") || {textContent: ""}).textContent`)
	if canon == "" {
		t.Fatal("no ledger row names the known actor behind its source")
	}
	run(t, ctx, "open a source's actor",
		chromedp.Click(chromedp.CSS("table.ledger .canon a")),
		chromedp.WaitVisible(chromedp.CSS("h1")),
	)
	if p := eval[string](t, ctx, `location.pathname`); !strings.HasPrefix(p, "/actors/") {
		t.Errorf("the actor link went to %q", p)
	}
	if h := eval[string](t, ctx, `document.querySelector("h1").textContent`); !strings.Contains(h, canon) {
		t.Errorf("actor page %q, link %q", h, canon)
	}
	run(t, ctx, "back to the ledger", chromedp.Navigate(ledgerURL), chromedp.WaitVisible(chromedp.CSS("table.ledger")))

	// 3. Document view: the pasted seed-like report, found via the
	// ledger row's document link.
	run(t, ctx, "open a document",
		chromedp.Click(chromedp.CSS("table.ledger tbody tr td:last-child a")),
		chromedp.WaitVisible(chromedp.CSS("#text")),
	)
	type spanInfo struct {
		Source, Cue, Content, Nested, Focusable int
		Colours                                 []string
		CueTitle                                string
	}
	si := eval[spanInfo](t, ctx, `(() => {
		const q = s => document.querySelectorAll(s).length;
		const bg = s => getComputedStyle(document.querySelector(s)).backgroundColor;
		const cue = document.querySelector("#text .hl-cue[id]");
		return {
			Source: q("#text .hl-source"), Cue: q("#text .hl-cue"), Content: q("#text .hl-content"),
			Nested: q("#text .hl-content .hl"), Focusable: q("#text .hl-cue[tabindex='0']"),
			Colours: [bg("#text .hl-source"), bg("#text .hl-cue"), bg("#text .hl-content")],
			CueTitle: cue ? cue.title : "",
		};
	})()`)
	if si.Source == 0 || si.Cue == 0 || si.Content == 0 {
		t.Fatalf("highlights: %+v", si)
	}
	if si.Colours[0] == si.Colours[1] || si.Colours[1] == si.Colours[2] || si.Colours[0] == si.Colours[2] {
		t.Errorf("roles share a colour: %v", si.Colours)
	}
	if si.Nested == 0 {
		t.Error("no nested span inside a content span")
	}
	if !strings.Contains(si.CueTitle, "rule: ") || !strings.Contains(si.CueTitle, "entry: ") {
		t.Errorf("cue title does not say why: %q", si.CueTitle)
	}
	// The text is intact: the highlighted text equals the stored text.
	docURL := eval[string](t, ctx, `location.pathname`)
	apiText := fetchText(t, base+"/api/v1"+docURL)
	if got := eval[string](t, ctx, `document.getElementById("text").textContent`); got != apiText {
		t.Errorf("document text changed by highlighting:\n%q\n%q", clip(got), clip(apiText))
	}
	// Keyboard: Tab reaches a cue, and the why box says its rule.
	eval[chromedp.Void](t, ctx, `void document.querySelector("#text .hl-cue[id]").focus()`)
	if why := eval[string](t, ctx, `document.getElementById("why").textContent`); !strings.Contains(why, "rule: ") {
		t.Errorf("focusing a cue shows %q", why)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".via-item").length`); n == 0 {
		t.Log("no via chain in this document")
	}
	shot(t, ctx, out, "document")

	// The translated page (06) links what it is derived from.
	run(t, ctx, "documents list", chromedp.Navigate(base+"/documents"), chromedp.WaitVisible(chromedp.CSS("table")))
	shot(t, ctx, out, "documents")
	found := false
	for _, a := range eval[[]string](t, ctx, `[...document.querySelectorAll("table tbody a")].map(a => a.href)`) {
		run(t, ctx, "document", chromedp.Navigate(a), chromedp.WaitVisible(chromedp.CSS("#text")))
		if eval[int](t, ctx, `document.querySelectorAll("a.derived-from, .derived-from").length`) > 0 {
			found = true
			break
		}
	}
	if !found {
		t.Error("no document shows a derived-from link")
	}

	// 4. Measure page: killed-or-wounded, its chart's points and summary.
	run(t, ctx, "measures", chromedp.Navigate(base+"/measures"), chromedp.WaitVisible(chromedp.CSS("table")))
	shot(t, ctx, out, "measures")
	run(t, ctx, "open the measure",
		chromedp.Click(chromedp.CSS(`a[href*="killed-or-wounded"]`)),
		chromedp.WaitVisible(chromedp.CSS("svg.chart")),
	)
	type mark struct {
		Kind, Origin, Bound, Date, Fill string
		Value                           float64
	}
	marks := eval[[]mark](t, ctx, `[...document.querySelectorAll("svg.chart a.mark")].map(a => ({
		Kind: a.dataset.kind, Origin: a.dataset.origin, Bound: a.dataset.bound, Date: a.dataset.date,
		Value: +a.dataset.value, Fill: (a.querySelector("circle,path,line") || {}).getAttribute("fill") || a.querySelector("line").getAttribute("stroke")}))`)
	rows := eval[int](t, ctx, `document.querySelectorAll("table.points tbody tr").length`)
	declared := eval[string](t, ctx, `document.querySelector("svg.chart").dataset.points`)
	if len(marks) == 0 || len(marks) != rows || fmt.Sprint(len(marks)) != declared {
		t.Fatalf("chart has %d marks, table %d rows, svg says %s", len(marks), rows, declared)
	}
	up, byOrigin := 0, map[string]string{}
	for _, m := range marks {
		if (m.Bound == ">" || m.Bound == ">=") && m.Kind != "up" {
			t.Errorf("lower bound %+v not drawn as an arrow up", m)
		}
		if m.Kind == "up" {
			up++
		}
		if m.Value == 1100 && m.Kind != "up" {
			t.Errorf("> 1,100 drawn as %s", m.Kind)
		}
		if c, ok := byOrigin[m.Origin]; ok && c != m.Fill && m.Fill != "#fff" && c != "#fff" {
			t.Errorf("origin %s has two colours %s %s", m.Origin, c, m.Fill)
		}
		if m.Fill != "#fff" {
			byOrigin[m.Origin] = m.Fill
		}
	}
	colours := map[string]bool{}
	for _, c := range byOrigin {
		colours[c] = true
	}
	if up == 0 || len(byOrigin) < 2 || len(colours) != len(byOrigin) {
		t.Errorf("arrows up %d, origins %v", up, byOrigin)
	}
	for _, est := range []string{"low", "best", "high", "conservative"} {
		if v := eval[string](t, ctx, fmt.Sprintf(`(document.querySelector("[data-est=%s]")||{}).textContent||""`, est)); strings.TrimSpace(v) == "" {
			t.Errorf("no %s estimate", est)
		}
	}
	shot(t, ctx, out, "measure")

	// 5. Findings: follow a conflict to its evidence.
	run(t, ctx, "findings",
		chromedp.Navigate(base+"/findings?kind=conflict"),
		chromedp.WaitVisible(chromedp.CSS("li.finding-conflict")),
	)
	shot(t, ctx, out, "findings")
	attr := eval[string](t, ctx, `document.querySelector("li.finding-conflict a.evidence-link").dataset.attr`)
	run(t, ctx, "follow the evidence",
		chromedp.Click(chromedp.CSS("li.finding-conflict a.evidence-link")),
		chromedp.WaitVisible(chromedp.CSS("#text")),
	)
	if h := eval[string](t, ctx, `location.hash`); h != "#a"+attr {
		t.Errorf("evidence link went to %q, want #a%s", h, attr)
	}
	type target struct {
		Cue, Listed bool
		Content     string
	}
	tg := eval[target](t, ctx, fmt.Sprintf(`(() => {
		const el = document.getElementById("a%[1]s");
		const c = document.querySelector("#text .hl-content[data-a='%[1]s']");
		return {Cue: !!el && el.matches(".hl-cue:target"), Listed: !!document.getElementById("c%[1]s"), Content: c ? c.textContent : ""};
	})()`, attr))
	if !tg.Cue || !tg.Listed || tg.Content == "" {
		t.Errorf("evidence %s in the document: %+v", attr, tg)
	}
	shot(t, ctx, out, "evidence")

	// 6. Actor page with its stance timeline.
	run(t, ctx, "actors", chromedp.Navigate(base+"/actors"), chromedp.WaitVisible(chromedp.CSS("table")))
	shot(t, ctx, out, "actors")
	run(t, ctx, "actor",
		chromedp.Click(chromedp.CSS("table tbody a")),
		chromedp.WaitVisible(chromedp.CSS("svg.timeline")),
	)
	dots := eval[int](t, ctx, `document.querySelectorAll("svg.timeline a.mark").length`)
	claims := eval[int](t, ctx, `document.querySelectorAll("ol.attrs li").length`)
	if dots == 0 || dots > claims {
		t.Errorf("timeline has %d dots for %d claims", dots, claims)
	}
	shot(t, ctx, out, "actor")

	// 7. Indonesian UI and a phone-sized screen: no sideways scrolling.
	run(t, ctx, "phone",
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(base+"/findings?lang=id"),
		chromedp.WaitVisible(chromedp.CSS("h1")),
	)
	if h1 := eval[string](t, ctx, `document.querySelector("h1").textContent`); h1 != "Temuan" {
		t.Errorf("Indonesian h1 %q", h1)
	}
	shot(t, ctx, out, "findings-phone-id")
	for _, p := range []string{"/", "/measures", docURL} {
		run(t, ctx, "phone "+p, chromedp.Navigate(base+p), chromedp.WaitVisible(chromedp.CSS("h1")))
		if over := eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`); over {
			t.Errorf("%s scrolls sideways on a phone", p)
		}
	}
	shot(t, ctx, out, "document-phone")
}

// waitFor evaluates js until it is true, across navigations.
func waitFor(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err == nil && ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", js)
}

// slashKey presses "/" as a keyboard does: one keyDown carrying the
// text, which the page may cancel, then keyUp.
func slashKey() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		k := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: "/", Code: "Slash", Text: "/", UnmodifiedText: "/", WindowsVirtualKeyCode: 191, NativeVirtualKeyCode: 191}
		if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, k); err != nil {
			return err
		}
		k.Type, k.Text, k.UnmodifiedText = input.DispatchKeyEventTypeKeyUp, "", ""
		_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, k)
		return err
	})
}

func fetchText(t *testing.T, u string) string {
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var d struct {
		Text string `json:"text"`
	}
	if err := jsonDecode(resp, &d); err != nil {
		t.Fatal(err)
	}
	return d.Text
}

func jsonDecode(resp *http.Response, v any) error { return json.NewDecoder(resp.Body).Decode(v) }

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
