// Package loader runs the ingest pipeline over many inputs: it finds the
// files, extracts them in parallel, and writes whole articles to the graph
// in batches, with progress and a closing summary. A bad file is reported
// and skipped; the rest of the batch goes on; running it again is safe
// because the writer is idempotent.
package loader
