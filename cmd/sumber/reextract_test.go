package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"sumber"
	"sumber/extract"
	"sumber/ingest"
	"sumber/samples"
)

// olderExtractor stands for an earlier version of the extractor: it
// misses each document's last attribution and reads the first one's
// stance wrong.
type olderExtractor struct{ ex sumber.Extractor }

func (o olderExtractor) Extract(text string, opt sumber.ExtractOptions) []sumber.Attribution {
	atts := o.ex.Extract(text, opt)
	if len(atts) == 0 {
		return atts
	}
	atts = atts[:len(atts)-1]
	if len(atts) > 0 {
		atts[0].Stance = sumber.Suggest
	}
	return atts
}

// TestReextract stores the samples as an older extractor read them, then
// checks that reextract --dry-run reports the difference and writes
// nothing, that reextract makes the ledger what a fresh ingest with the
// current extractor makes it (attributions and findings), and that a
// second run changes nothing.
func TestReextract(t *testing.T) {
	for name, newDSN := range backends(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			dsn := newDSN(t)
			st, err := openStore(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			p := &ingest.Pipeline{Store: st, Workers: 1, Extractor: olderExtractor{extract.New()}}
			if _, err := p.Run(ctx, []ingest.Source{{Kind: ingest.SourceFS, FS: samples.FS, Ref: "."}}); err != nil {
				t.Fatal(err)
			}
			st.Close()
			fresh := filepath.Join(t.TempDir(), "fresh.db")
			mustRun(t, "demo", "--db", fresh)

			// the older extractor missed one attribution per document and
			// read one stance wrong: +2 −1 in each of the 8
			n := len(claimsJSON(t, "--db", fresh, "--format", "json", "--limit", "1000"))
			counts := fmt.Sprintf("(%d → %d attributions, +16 −8)", n-8, n)
			before := claimsJSON(t, "--db", dsn, "--format", "json", "--limit", "1000")
			out := mustRun(t, "reextract", "--db", dsn, "--dry-run")
			if !strings.Contains(out, "8 documents checked: would update 8 "+counts+", 0 unchanged") {
				t.Errorf("dry run:\n%s", out)
			}
			if after := claimsJSON(t, "--db", dsn, "--format", "json", "--limit", "1000"); len(after) != len(before) || after[0].Stance != before[0].Stance {
				t.Fatalf("the dry run wrote: %d → %d attributions", len(before), len(after))
			}

			out = mustRun(t, "reextract", "--db", dsn)
			if !strings.Contains(out, "8 documents checked: updated 8 "+counts) || !strings.Contains(out, "analysis rebuilt") {
				t.Errorf("reextract:\n%s", out)
			}
			got := claimsJSON(t, "--db", dsn, "--format", "json", "--limit", "1000")
			want := claimsJSON(t, "--db", fresh, "--format", "json", "--limit", "1000")
			if len(got) != len(want) {
				t.Fatalf("after reextract %d attributions, a fresh ingest has %d", len(got), len(want))
			}
			for i := range got {
				g, w := got[i], want[i]
				if g.Cue != w.Cue || g.Source != w.Source || g.Content != w.Content || g.Stance != w.Stance || g.DocumentID != w.DocumentID {
					t.Errorf("attribution %d after reextract %+v, fresh %+v", i, g.Attribution, w.Attribution)
				}
			}
			findings := func(dsn string) string {
				out := mustRun(t, "findings", "--db", dsn)
				// attribution ids differ between the two ledgers
				var b strings.Builder
				for _, l := range strings.Split(out, "\n") {
					if f := strings.Fields(l); len(f) > 0 && strings.Trim(f[len(f)-1], "0123456789") != "" {
						b.WriteString(l + "\n")
					}
				}
				return b.String()
			}
			if g, w := findings(dsn), findings(fresh); g != w {
				t.Errorf("findings after reextract:\n%s\nfresh:\n%s", g, w)
			}
			if out := mustRun(t, "reextract", "--db", dsn); !strings.Contains(out, fmt.Sprintf("updated 0 (%d → %d attributions, +0 −0), 8 unchanged", n, n)) || strings.Contains(out, "analysis rebuilt") {
				t.Errorf("second reextract:\n%s", out)
			}
		})
	}
}
