package main

import (
	"context"
	"fmt"
	"io"

	"sumber/analyze"
	"sumber/store"
)

// demoFindings prints the cross-document findings (conflicts, revisions,
// corroborations) at the end of 'sumber demo'.
func demoFindings(ctx context.Context, st store.Store, w io.Writer) error {
	fmt.Fprintf(w, "\nFindings across the documents (sumber findings, sumber measure --list, sumber actor NAME show more)\n\n")
	return analyze.WriteFindings(ctx, st, w, "")
}
