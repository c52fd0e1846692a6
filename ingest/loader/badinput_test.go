package loader

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/ingest"
)

// tinyArticle is a short but real article: a headline, a date and two
// sentences naming two people, one of whom speaks and both of whom meet.
func tinyArticle(i int) string {
	first := []string{"Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas"}
	last := []string{"Quill", "Tarn", "Vesk", "Morrow", "Lindqvist", "Oyelaran", "Castell", "Brandt", "Sorel", "Halloway"}
	a := first[i%10] + " " + last[(i/10)%10]
	b := first[(i/7)%10] + " " + last[(i/3)%10]
	return fmt.Sprintf("Talks on grain corridor, round %d\n\nPublished: March %d, 2025\n\n"+
		"Foreign Minister %s met Ambassador %s in Vienna on Tuesday, officials said.\n"+
		"\"We made progress on item %d,\" %s said after the meeting.\n", i, 1+i%28, a, b, i, a)
}

// TestRunThroughTenThousandFilesWithBrokenOnes is the batch an analyst
// feeds after a scrape: 10,000 files, a few of them broken in every way we
// know, some vanishing or changing while the run is under way. Every
// broken file is reported with its own reason, everything else is
// written, and running again changes nothing.
func TestRunThroughTenThousandFilesWithBrokenOnes(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 files")
	}
	st := graphtest.Open(t)
	dir := t.TempDir()
	const total = 10000
	broken := map[string]string{ // file -> what the reason must say
		"0017.txt": "empty",
		"0123.txt": "NUL byte",
		"0456.txt": "not valid utf-8",
		"0789.txt": "utf-16",
		"1234.txt": "PNG image",
		"2345.txt": "larger than 4 MB",
		"3456.txt": "empty",              // whitespace only
		"7001.txt": "no such file",       // deleted after the run started
		"7002.txt": "not a regular file", // replaced by a directory after the run started
		"9999.txt": "not a regular file", // a named pipe: must be reported, never opened
	}
	bad := map[string][]byte{
		"0017.txt": nil,
		"0123.txt": []byte("Headline\n\nThe minister\x00 said so."),
		"0456.txt": []byte("Headline\n\nThe minister met the envoy in Z\xfcrich."),
		"0789.txt": []byte("\xff\xfeH\x00e\x00a\x00d\x00"),
		"1234.txt": []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"2345.txt": bytes.Repeat([]byte("The minister met the envoy. "), (4<<20)/28+10),
		"3456.txt": []byte(" \n\t \n"),
	}
	for i := 0; i < total; i++ {
		name := fmt.Sprintf("%04d.txt", i)
		content, isBad := bad[name]
		if !isBad {
			content = []byte(tinyArticle(i))
		}
		if name == "9999.txt" {
			if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// While the run is under way (the one extraction worker reads files in
	// order), one file disappears and another becomes a directory.
	extract := func(ctx context.Context, doc ingest.Document) (ingest.Result, error) {
		if strings.HasSuffix(doc.File, "0100.txt") {
			os.Remove(filepath.Join(dir, "7001.txt"))
			p := filepath.Join(dir, "7002.txt")
			os.Remove(p)
			os.Mkdir(p, 0o755)
		}
		return ingest.Extract(ctx, doc)
	}
	l := New(st, Options{Workers: 1, Batch: 500, Extract: extract})
	sum, err := l.Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	good := total - len(broken)
	if sum.Files != total || sum.Articles != good || sum.Written != good {
		t.Errorf("files %d, articles %d, written %d; want %d, %d, %d", sum.Files, sum.Articles, sum.Written, total, good, good)
	}
	if !sum.Failed() {
		t.Error("a run with broken files must report failure (the exit status)")
	}
	got := map[string]string{}
	for _, s := range sum.Skipped {
		got[filepath.Base(s.File)] = s.Reason
	}
	for f, want := range broken {
		if !strings.Contains(got[f], want) {
			t.Errorf("%s: reason %q, want one saying %q", f, got[f], want)
		}
	}
	if len(got) != len(broken) {
		t.Errorf("skipped %d files, want %d: %v", len(got), len(broken), got)
	}
	rows := graphtest.Exec(t, "MATCH (a:Article) RETURN count(a) AS n", nil)
	if n := rows[0]["n"].(int64); n != int64(good) {
		t.Errorf("%d articles stored, want %d", n, good)
	}
	before := graphtest.Snapshot(t)

	again, err := New(st, Options{Workers: 2, Batch: 250}).Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if again.Written != 0 || again.Unchanged != good || len(again.Skipped) != len(broken)-2 {
		// 7001.txt is gone for good and 7002.txt is now a directory the
		// walk enters (it is empty), so the second run does not list them
		t.Errorf("re-run: written %d, unchanged %d, skipped %d", again.Written, again.Unchanged, len(again.Skipped))
	}
	if graphtest.Snapshot(t) != before {
		t.Error("re-running changed the graph")
	}
}
