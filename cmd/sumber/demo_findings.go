package main

import (
	"context"
	"io"

	"sumber/store"
)

// demoFindings prints the cross-document findings (conflicts, revisions,
// corroborations) at the end of 'sumber demo'. It is the hook for the
// analyze package (issue 4) and prints nothing until that exists.
func demoFindings(ctx context.Context, st store.Store, w io.Writer) error {
	return nil
}
