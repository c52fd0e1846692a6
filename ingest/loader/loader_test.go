package loader

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/ingest"
)

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "corpus")
	write(t, root, "b.txt", "x")
	write(t, root, "a.txt", "x")
	write(t, root, "sub/c.txt", "x")
	write(t, root, "notes.md", "x")            // not an article ending: ignored in walks
	write(t, root, ".hidden/d.txt", "x")       // hidden directories are skipped
	explicit := write(t, dir, "one.html", "x") // named explicitly: read whatever its ending

	got, skips := expand([]string{root, explicit, filepath.Join(dir, "missing.txt"), filepath.Join(root, "*.nope"), "-"})
	var keys []string
	for _, in := range got {
		keys = append(keys, in.key)
	}
	want := []string{"corpus/a.txt", "corpus/b.txt", "corpus/sub/c.txt", "one.html", "stdin"}
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("keys = %v, want %v", keys, want)
	}
	if len(skips) != 2 {
		t.Fatalf("skips = %v, want the missing file and the empty glob", skips)
	}
	if skips[0].Reason != "no such file or directory" || skips[1].Reason != "pattern matches no file" {
		t.Errorf("skip reasons = %v", skips)
	}
	// A directory named through a symbolic link is walked, keyed by the
	// link's name.
	link := filepath.Join(dir, "linked")
	if err := os.Symlink(root, link); err != nil {
		t.Fatal(err)
	}
	got, skips = expand([]string{link})
	if len(got) != 3 || len(skips) != 0 || got[0].key != "linked/a.txt" {
		t.Errorf("symlinked directory: inputs %+v, skips %v", got, skips)
	}
	// A glob over files keys each by its base name; the same file named twice is read once.
	got, _ = expand([]string{filepath.Join(root, "*.txt"), filepath.Join(root, "a.txt")})
	if len(got) != 2 || got[0].key != "a.txt" || got[1].key != "b.txt" {
		t.Errorf("glob inputs = %+v", got)
	}
}

const article = `Freedonia and Sylvania hold talks in Geneva
Published: March 4, 2025
Freedonia's foreign minister, Ada Example, met Sylvanian envoy Bo Sample in Geneva on Tuesday.
"We made progress," Example said after the meeting.
`

func TestRunIngestsGoodFilesAndReportsBadOnes(t *testing.T) {
	st := graphtest.Open(t)
	dir := t.TempDir()
	write(t, dir, "a.txt", article)
	write(t, dir, "b.txt", strings.Replace(article, "Geneva", "Vienna", -1))
	write(t, dir, "empty.txt", "")
	write(t, dir, "binary.txt", "\x00\x01\x02PNG\x00\x00garbage")
	write(t, dir, "latin1.txt", "Caf\xe9 talks\nThe minister said \xe9t\xe9.\n")

	l := New(st, Options{Workers: 2, Batch: 2})
	sum, err := l.Run(context.Background(), []string{dir, filepath.Join(dir, "gone.txt")})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Files != 6 || sum.Articles != 2 || sum.Written != 2 {
		t.Errorf("summary = %+v", sum)
	}
	bad := map[string]string{}
	for _, s := range sum.Skipped {
		bad[filepath.Base(s.File)] = s.Reason
	}
	for _, f := range []string{"empty.txt", "binary.txt", "latin1.txt", "gone.txt"} {
		if bad[f] == "" {
			t.Errorf("%s not reported as skipped (skipped: %v)", f, sum.Skipped)
		}
	}
	if !sum.Failed() {
		t.Error("a run with skipped files must report failure")
	}
	before := graphtest.Snapshot(t)

	again, err := l.Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if again.Unchanged != 2 || again.Written != 0 {
		t.Errorf("re-run summary = %+v", again)
	}
	if after := graphtest.Snapshot(t); after != before {
		t.Error("re-running the same files changed the graph")
	}
	rows := graphtest.Exec(t, "MATCH (a:Article) RETURN a.file AS file ORDER BY file", nil)
	dirName := filepath.Base(dir)
	if len(rows) != 2 || rows[0]["file"] != dirName+"/a.txt" || rows[1]["file"] != dirName+"/b.txt" {
		t.Errorf("articles stored = %v", rows)
	}
}

// One article the graph refuses (here: a relation naming no entity) is
// skipped with the reason; the others in its batch are still written.
func TestRunIsolatesAnInvalidArticle(t *testing.T) {
	st := graphtest.Open(t)
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		write(t, dir, n, strings.Replace(article, "Geneva", strings.TrimSuffix(n, ".txt")+" city", 1))
	}
	extract := func(ctx context.Context, doc ingest.Document) (ingest.Result, error) {
		res, err := ingest.Extract(ctx, doc)
		if err == nil && strings.HasSuffix(doc.File, "b.txt") {
			res.Relations = append(res.Relations, ingest.Relation{Type: "MET", Source: res.Entities[0].ID, Target: "e999"})
		}
		return res, err
	}
	sum, err := New(st, Options{Workers: 1, Batch: 10, Extract: extract}).Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Written != 2 || len(sum.Skipped) != 1 || filepath.Base(sum.Skipped[0].File) != "b.txt" {
		t.Fatalf("summary = %+v", sum)
	}
	if !strings.Contains(sum.Skipped[0].Reason, "e999") {
		t.Errorf("reason %q does not say what was wrong", sum.Skipped[0].Reason)
	}
}

func TestRunReadsStdin(t *testing.T) {
	st := graphtest.Open(t)
	sum, err := New(st, Options{Stdin: strings.NewReader(article)}).Run(context.Background(), []string{"-"})
	if err != nil || sum.Written != 1 {
		t.Fatalf("stdin: %+v, %v", sum, err)
	}
}
