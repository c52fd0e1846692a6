package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/ingest"
)

// runExtract implements "newsgraph extract [--json] FILE|DIR|- …".
//
// Each argument is a file, a directory or "-" for standard input.
// Directories are walked recursively in lexical order and every regular
// file ending in .txt is read (hidden files and directories are
// skipped). Articles are processed one at a time, so memory stays flat
// however large the corpus. With --json one JSON object per article is
// printed (JSON Lines, see shared/eval/FORMAT.md); otherwise a short
// summary per article. A file that cannot be read or is not a text
// article is reported on stderr as "extract: FILE: reason" and skipped;
// the command returns an error at the end if any file failed.
func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("extract", flag.ContinueOnError)
	fset.SetOutput(stderr)
	asJSON := fset.Bool("json", false, "print one JSON object per article (JSON Lines)")
	applySize := addMaxSizeFlag(fset)
	fset.Usage = func() {
		fmt.Fprintln(stderr, "usage: newsgraph extract [--json] FILE|DIR|- …")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	applySize()
	if fset.NArg() == 0 {
		fset.Usage()
		return errors.New("extract: no input (give files, directories or -)")
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	failed, done := 0, 0
	process := func(doc ingest.Document) {
		res, err := ingest.Extract(ctx, doc)
		if err != nil {
			failed++
			fmt.Fprintf(stderr, "extract: %s: %s\n", doc.File, reason(err, doc.File))
			return
		}
		done++
		if *asJSON {
			if err := enc.Encode(res); err != nil {
				failed++
				fmt.Fprintf(stderr, "extract: %s: write: %v\n", doc.File, err)
			}
			return
		}
		summarize(w, res)
	}
	for _, arg := range fset.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if arg == "-" {
			doc, err := ingest.ReadDocument("-", os.Stdin)
			if err != nil {
				failed++
				fmt.Fprintf(stderr, "extract: -: %s\n", reason(err, "-"))
				continue
			}
			process(doc)
			continue
		}
		for _, path := range inputFiles(arg, stderr, &failed) {
			if err := ctx.Err(); err != nil {
				return err
			}
			doc, err := ingest.ReadFile(path)
			if err != nil {
				failed++
				fmt.Fprintf(stderr, "extract: %s: %s\n", path, reason(err, path))
				continue
			}
			process(doc)
		}
		if err := w.Flush(); err != nil {
			return fmt.Errorf("extract: write output: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("extract: write output: %w", err)
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d inputs failed", failed, failed+done)
	}
	return nil
}

// inputFiles expands one argument into files: the file itself, or the
// .txt files under a directory in lexical order.
func inputFiles(arg string, stderr io.Writer, failed *int) []string {
	info, err := os.Stat(arg)
	if err != nil {
		*failed++
		fmt.Fprintf(stderr, "extract: %s: %s\n", arg, reason(err, arg))
		return nil
	}
	if !info.IsDir() {
		return []string{arg}
	}
	var files []string
	err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			*failed++
			fmt.Fprintf(stderr, "extract: %s: %s\n", p, reason(err, p))
			return nil
		}
		name := d.Name()
		if p != arg && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && strings.HasSuffix(strings.ToLower(name), ".txt") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		*failed++
		fmt.Fprintf(stderr, "extract: %s: %v\n", arg, err)
	}
	sort.Strings(files)
	return files
}

// reason turns an error into the short text after "extract: FILE: ".
func reason(err error, file string) string {
	var ie *ingest.InputError
	if errors.As(err, &ie) {
		return ie.Reason
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return strings.TrimPrefix(err.Error(), file+": ")
}

func summarize(w io.Writer, r ingest.Result) {
	title := r.Article.Title
	if title == "" {
		title = "(no title)"
	}
	fmt.Fprintf(w, "%s: %q", r.File, title)
	if r.Article.Published != "" {
		fmt.Fprintf(w, " (%s)", r.Article.Published)
	}
	fmt.Fprintf(w, ", %d words, %d entities, %d relations\n", r.Article.Words, len(r.Entities), len(r.Relations))
	names := make(map[string]string, len(r.Entities))
	for _, e := range r.Entities {
		names[e.ID] = e.Name
		fmt.Fprintf(w, "  %-4s %-11s %s (%d)\n", e.ID, e.Type, e.Name, e.Mentions)
	}
	for _, rel := range r.Relations {
		tgt := names[rel.Target]
		if rel.Type == ingest.RelSaid {
			tgt = "article"
		}
		extra := ""
		if rel.Role != "" {
			extra = " as " + rel.Role
		}
		if rel.Date != "" {
			extra += " on " + rel.Date
		}
		fmt.Fprintf(w, "  %s %s -> %s%s\n", rel.Type, names[rel.Source], tgt, extra)
	}
}
