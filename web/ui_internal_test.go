package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

// A binary built before the front end was bundled (a fresh clone, go build
// alone) serves a page that says how to build it.
func TestUIWithoutBundleSaysHowToBuild(t *testing.T) {
	ui := fstest.MapFS{"index.html": {Data: []byte("<title>newsgraph explorer</title>")}}
	rec := httptest.NewRecorder()
	uiHandler(ui).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "front end not built: run make build") {
		t.Errorf("GET / without a bundle: %d %s", rec.Code, rec.Body)
	}

	ui["dist/app.js"] = &fstest.MapFile{Data: []byte("console.log(1)")}
	rec = httptest.NewRecorder()
	uiHandler(ui).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if !strings.Contains(rec.Body.String(), "newsgraph explorer") {
		t.Errorf("GET / with a bundle: %d %s", rec.Code, rec.Body)
	}
}

// The page loads no inline script: everything comes from the bundle, as the
// Content-Security-Policy (script-src 'self') requires.
func TestIndexHasNoInlineScript(t *testing.T) {
	b, err := uiFiles.ReadFile("ui/index.html")
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, tag := range strings.Split(page, "<script")[1:] {
		if !strings.Contains(strings.SplitN(tag, ">", 2)[0], "src=") {
			t.Errorf("inline <script%s", strings.SplitN(tag, "</script>", 2)[0])
		}
	}
	if strings.Contains(page, "<style") || strings.Contains(page, " style=") || strings.Contains(page, " onclick=") {
		t.Error("index.html has inline style or event handlers, which the CSP blocks")
	}
}
