package main

import (
	"context"
	"io"

	"sumber/analyze"
	"sumber/store"
)

// demoFindings prints the cross-document findings (conflicts, revisions,
// corroborations) at the end of 'sumber demo'.
func demoFindings(ctx context.Context, st store.Store, w io.Writer) error {
	return analyze.WriteFindings(ctx, st, w, "")
}
