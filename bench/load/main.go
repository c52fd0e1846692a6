// Command load is a closed-loop HTTP load generator for the newsgraph API:
// N concurrent clients each send one request, wait for the answer and send
// the next, for a duration or a number of requests, after a warm-up whose
// requests are not counted. It reports latency percentiles, throughput,
// errors by status and the peak resident memory of server processes
// (sampled from /proc/PID/status while it runs).
//
// Scenarios name one endpoint each (search, entity, nbhd1, nbhd2, path,
// export5000) or a weighted mix of them (mixed). Inputs (entity ids and
// names) come from a TSV file (bench/biggraph writes inputs.tsv) or, without
// one, from the API's /api/top; requests draw them deterministically from
// -seed. A reliability run is:
//
//	load -url http://127.0.0.1:8080 -scenario mixed -clients 50 -duration 60s
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// Input is one entity a request may be about.
type Input struct {
	ID, Name, Type string
	Popular        bool // drawn by popularity (mentions) rather than uniformly
}

// Config is the command line.
type Config struct {
	URL      string
	Clients  int
	Duration time.Duration
	Requests int // per scenario; when > 0 it ends the run instead of Duration
	Warmup   time.Duration
	Seed     uint64
	Timeout  time.Duration
	// Skew > 1 draws inputs by a Zipf law of that exponent over their
	// order in the inputs file (the first are asked for most), as users
	// come back to the same entities; 0 draws uniformly.
	Skew float64
	Mix  map[string]int
	PIDs []namedPID
}

type namedPID struct {
	Name string `json:"name"`
	PID  int    `json:"pid"`
}

// Stats summarise one scenario (or one endpoint within mixed).
type Stats struct {
	Scenario  string         `json:"scenario"`
	Requests  int            `json:"requests"`
	Errors    int            `json:"errors"`
	ByStatus  map[string]int `json:"errors_by_status,omitempty"`
	Seconds   float64        `json:"seconds"`
	ReqPerSec float64        `json:"req_per_s"`
	P50       float64        `json:"p50_ms"`
	P95       float64        `json:"p95_ms"`
	P99       float64        `json:"p99_ms"`
	Max       float64        `json:"max_ms"`
	Mean      float64        `json:"mean_ms"`
	MeanBytes int64          `json:"mean_bytes"`
	MeanNodes float64        `json:"mean_nodes,omitempty"` // export: nodes per response
	// Answers by X-Cache header: hit, shared (waited for an identical
	// request), miss, off (cache disabled), "" (no header: an error).
	Cache      map[string]int `json:"cache,omitempty"`
	HitRate    float64        `json:"cache_hit_rate"` // (hit + shared) / requests
	RSSPeakMiB map[string]int `json:"rss_peak_mib,omitempty"`
	Parts      []Stats        `json:"parts,omitempty"` // mixed: per endpoint
}

// Report is the whole run.
type Report struct {
	URL       string    `json:"url"`
	Clients   int       `json:"clients"`
	Duration  string    `json:"duration,omitempty"`
	Requests  int       `json:"requests,omitempty"`
	Warmup    string    `json:"warmup"`
	Seed      uint64    `json:"seed"`
	Skew      float64   `json:"skew,omitempty"`
	Inputs    int       `json:"inputs"`
	StartedAt string    `json:"started_at"`
	Scenarios []Stats   `json:"scenarios"`
	RSSEndMiB []rssNote `json:"rss_end_mib,omitempty"`
}

type rssNote struct {
	Name string `json:"name"`
	MiB  int    `json:"mib"`
}

var scenarioNames = []string{"search", "entity", "nbhd1", "nbhd2", "path", "export5000"}

const defaultMix = "search=40,entity=20,nbhd1=15,nbhd2=15,path=5,export5000=5"

func main() {
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	var cfg Config
	var scenarios, mix, pids, inputs, jsonOut, mdOut string
	flag.StringVar(&cfg.URL, "url", "http://127.0.0.1:8080", "base URL of newsgraph serve")
	flag.IntVar(&cfg.Clients, "clients", 16, "concurrent clients")
	flag.DurationVar(&cfg.Duration, "duration", 30*time.Second, "measured time per scenario")
	flag.IntVar(&cfg.Requests, "requests", 0, "measured requests per scenario (overrides -duration when > 0)")
	flag.DurationVar(&cfg.Warmup, "warmup", 5*time.Second, "unmeasured warm-up per scenario")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "seed for drawing inputs")
	flag.Float64Var(&cfg.Skew, "skew", 0, "draw inputs by a Zipf law of this exponent (> 1) over their order; 0: uniformly")
	flag.DurationVar(&cfg.Timeout, "timeout", 60*time.Second, "per-request timeout")
	flag.StringVar(&scenarios, "scenario", "mixed", "comma-separated scenarios: "+strings.Join(scenarioNames, ", ")+", mixed")
	flag.StringVar(&mix, "mix", defaultMix, "weights of the mixed scenario")
	flag.StringVar(&pids, "pid", "", "processes whose RSS to sample: PID or NAME=PID, comma-separated")
	flag.StringVar(&inputs, "inputs", "", "TSV of entity ids and names (id, name, type, drawn); empty: fetch from /api/top")
	flag.StringVar(&jsonOut, "json", "", "write the report as JSON to this file")
	flag.StringVar(&mdOut, "markdown", "", "write the table as Markdown to this file")
	flag.Parse()
	var err error
	if cfg.Mix, err = parseMix(mix); err != nil {
		logger.Error("load", "err", err)
		os.Exit(2)
	}
	if cfg.PIDs, err = parsePIDs(pids); err != nil {
		logger.Error("load", "err", err)
		os.Exit(2)
	}
	ctx := context.Background()
	if err := run(ctx, cfg, strings.Split(scenarios, ","), inputs, jsonOut, mdOut, logger); err != nil {
		logger.Error("load", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg Config, scenarios []string, inputsPath, jsonOut, mdOut string, logger *slog.Logger) error {
	for _, s := range scenarios {
		if s != "mixed" && !slices.Contains(scenarioNames, s) {
			return fmt.Errorf("unknown scenario %q", s)
		}
	}
	client := &http.Client{
		Timeout:   cfg.Timeout,
		Transport: &http.Transport{MaxIdleConns: cfg.Clients * 2, MaxIdleConnsPerHost: cfg.Clients * 2, IdleConnTimeout: time.Minute},
	}
	var in []Input
	var err error
	if inputsPath != "" {
		in, err = readInputs(inputsPath)
	} else {
		in, err = fetchInputs(ctx, client, cfg.URL)
	}
	if err != nil {
		return err
	}
	if len(in) < 2 {
		return fmt.Errorf("need at least two inputs, have %d", len(in))
	}
	// drawer.pick(true) draws until it meets a popular input: without one
	// an export scenario would spin for ever.
	exports := slices.Contains(scenarios, "export5000") || slices.Contains(scenarios, "mixed") && cfg.Mix["export5000"] > 0
	if exports && !slices.ContainsFunc(in, func(x Input) bool { return x.Popular }) {
		return errors.New("export5000 draws its seeds from inputs marked popular (fourth column), and there are none")
	}
	if cfg.Skew != 0 && cfg.Skew <= 1 {
		return fmt.Errorf("skew %v: want 0 or more than 1", cfg.Skew)
	}
	rep := Report{URL: cfg.URL, Clients: cfg.Clients, Warmup: cfg.Warmup.String(), Seed: cfg.Seed, Skew: cfg.Skew, Inputs: len(in),
		StartedAt: time.Now().UTC().Format(time.RFC3339)}
	if cfg.Requests > 0 {
		rep.Requests = cfg.Requests
	} else {
		rep.Duration = cfg.Duration.String()
	}
	for _, sc := range scenarios {
		logger.Info("scenario", "name", sc, "clients", cfg.Clients)
		st := runScenario(ctx, cfg, client, sc, in)
		logger.Info("done", "name", sc, "requests", st.Requests, "errors", st.Errors, "p99_ms", st.P99)
		rep.Scenarios = append(rep.Scenarios, st)
	}
	for _, p := range cfg.PIDs {
		if kb, err := rssKB(p.PID); err == nil {
			rep.RSSEndMiB = append(rep.RSSEndMiB, rssNote{Name: p.Name, MiB: kb / 1024})
		}
	}
	table := textTable(rep)
	fmt.Print(table)
	if jsonOut != "" {
		raw, _ := json.MarshalIndent(rep, "", "  ")
		if err := os.WriteFile(jsonOut, append(raw, '\n'), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", jsonOut, err)
		}
	}
	if mdOut != "" {
		if err := os.WriteFile(mdOut, []byte(markdownTable(rep)), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", mdOut, err)
		}
	}
	for _, s := range rep.Scenarios {
		if s.Errors > 0 {
			return fmt.Errorf("%d errors in scenario %s: %v", s.Errors, s.Scenario, s.ByStatus)
		}
	}
	return nil
}

// sample is one measured request.
type sample struct {
	endpoint string
	dur      time.Duration
	status   string // "" for success
	bytes    int64
	nodes    int
	cache    string // the X-Cache header
}

func runScenario(ctx context.Context, cfg Config, client *http.Client, sc string, in []Input) Stats {
	// Warm-up: the same traffic, not recorded.
	if cfg.Warmup > 0 {
		wctx, cancel := context.WithTimeout(ctx, cfg.Warmup)
		drive(wctx, cfg, client, sc, in, cfg.Seed^0x5741524d, 0, nil)
		cancel()
	}
	rss := startRSS(cfg.PIDs)
	mctx, cancel := ctx, context.CancelFunc(func() {})
	if cfg.Requests <= 0 {
		mctx, cancel = context.WithTimeout(ctx, cfg.Duration)
	}
	var mu sync.Mutex
	var samples []sample
	start := time.Now()
	drive(mctx, cfg, client, sc, in, cfg.Seed, cfg.Requests, func(s []sample) {
		mu.Lock()
		samples = append(samples, s...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	cancel()
	peaks := rss.stop()
	st := summarise(sc, samples, elapsed)
	st.RSSPeakMiB = peaks
	if sc == "mixed" {
		by := map[string][]sample{}
		for _, s := range samples {
			by[s.endpoint] = append(by[s.endpoint], s)
		}
		for _, name := range scenarioNames {
			if len(by[name]) > 0 {
				st.Parts = append(st.Parts, summarise(name, by[name], elapsed))
			}
		}
	}
	return st
}

// drive runs cfg.Clients closed-loop clients until ctx ends or, with
// total > 0, until total requests have been sent; each client hands its
// samples to done (nil: discard).
func drive(ctx context.Context, cfg Config, client *http.Client, sc string, in []Input, seed uint64, total int, done func([]sample)) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sent := 0
	take := func() bool {
		if total <= 0 {
			return true
		}
		mu.Lock()
		defer mu.Unlock()
		if sent >= total {
			return false
		}
		sent++
		return true
	}
	mixNames, mixCum := mixTable(cfg.Mix)
	for c := 0; c < cfg.Clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, uint64(c)))
			d := newDrawer(in, rng, cfg.Skew)
			var local []sample
			for ctx.Err() == nil && take() {
				ep := sc
				if sc == "mixed" {
					x := rng.IntN(mixCum[len(mixCum)-1])
					ep = mixNames[sort.SearchInts(mixCum, x+1)]
				}
				// The request itself is not cut off by the end of the run:
				// a slow one counts with its whole time (or times out).
				local = append(local, do(context.WithoutCancel(ctx), client, cfg.URL, ep, d))
			}
			if done != nil {
				done(local)
			}
		}(c)
	}
	wg.Wait()
}

func mixTable(mix map[string]int) ([]string, []int) {
	var names []string
	var cum []int
	t := 0
	for _, n := range scenarioNames {
		if w := mix[n]; w > 0 {
			t += w
			names = append(names, n)
			cum = append(cum, t)
		}
	}
	return names, cum
}

// drawer draws inputs for one client: uniformly, or by a Zipf law over
// their order.
type drawer struct {
	in   []Input
	rng  *rand.Rand
	zipf *rand.Zipf
}

func newDrawer(in []Input, rng *rand.Rand, skew float64) *drawer {
	d := &drawer{in: in, rng: rng}
	if skew > 1 {
		d.zipf = rand.NewZipf(rng, skew, 1, uint64(len(in)-1))
	}
	return d
}

// pick draws an input: popular ones for export (a 5,000-node subgraph needs
// a well-connected seed), any for the rest.
func (d *drawer) pick(popular bool) Input {
	for {
		i := 0
		if d.zipf != nil {
			i = int(d.zipf.Uint64())
		} else {
			i = d.rng.IntN(len(d.in))
		}
		if x := d.in[i]; !popular || x.Popular {
			return x
		}
	}
}

// searchText turns a name into what a user types: the whole name, or its
// first word and the start of the next (autocomplete).
func searchText(name string, rng *rand.Rand) string {
	ws := strings.Fields(name)
	if len(ws) > 1 && rng.IntN(2) == 0 {
		next := []rune(ws[1])
		n := min(len(next), 2+rng.IntN(3))
		return ws[0] + " " + string(next[:n])
	}
	if rng.IntN(4) == 0 {
		w := []rune(ws[0])
		return string(w[:min(len(w), 3+rng.IntN(3))])
	}
	return name
}

func requestURL(base, ep string, d *drawer) string {
	switch ep {
	case "search":
		return base + "/api/search?limit=10&q=" + url.QueryEscape(searchText(d.pick(false).Name, d.rng))
	case "entity":
		return base + "/api/entities/" + d.pick(false).ID
	case "nbhd1", "nbhd2":
		depth := ep[len(ep)-1:]
		return base + "/api/entities/" + d.pick(false).ID + "/neighbourhood?limit=500&depth=" + depth
	case "path":
		a := d.pick(false)
		b := d.pick(false)
		for b.ID == a.ID {
			b = d.pick(false)
		}
		return base + "/api/paths?source=" + a.ID + "&target=" + b.ID
	case "export5000":
		return base + "/api/export?depth=2&limit=5000&seeds=" + d.pick(true).ID
	}
	panic("unknown endpoint " + ep)
}

func do(ctx context.Context, client *http.Client, base, ep string, d *drawer) sample {
	u := requestURL(base, ep, d)
	s := sample{endpoint: ep}
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		s.status = "request"
		return s
	}
	resp, err := client.Do(req)
	if err != nil {
		s.dur = time.Since(start)
		s.status = "transport"
		if errors.Is(err, context.DeadlineExceeded) {
			s.status = "timeout"
		}
		return s
	}
	defer resp.Body.Close()
	s.cache = resp.Header.Get("X-Cache")
	if ep == "export5000" && resp.StatusCode == http.StatusOK {
		var body struct {
			Meta struct {
				Nodes int `json:"nodes"`
			} `json:"meta"`
		}
		cr := &countReader{r: resp.Body}
		err = json.NewDecoder(cr).Decode(&body)
		_, _ = io.Copy(io.Discard, cr)
		s.bytes, s.nodes = cr.n, body.Meta.Nodes
	} else {
		s.bytes, err = io.Copy(io.Discard, resp.Body)
	}
	s.dur = time.Since(start)
	switch {
	case resp.StatusCode != http.StatusOK:
		s.status = strconv.Itoa(resp.StatusCode)
	case err != nil:
		s.status = "body"
	}
	return s
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func summarise(name string, ss []sample, elapsed time.Duration) Stats {
	st := Stats{Scenario: name, Requests: len(ss), Seconds: round(elapsed.Seconds(), 2)}
	if len(ss) == 0 {
		return st
	}
	ds := make([]float64, 0, len(ss))
	var sum float64
	var bytes int64
	var nodes, withNodes int
	for _, s := range ss {
		ms := float64(s.dur.Microseconds()) / 1000
		ds = append(ds, ms)
		sum += ms
		bytes += s.bytes
		if s.status != "" {
			st.Errors++
			if st.ByStatus == nil {
				st.ByStatus = map[string]int{}
			}
			st.ByStatus[s.status]++
		}
		if s.nodes > 0 {
			nodes += s.nodes
			withNodes++
		}
		if st.Cache == nil {
			st.Cache = map[string]int{}
		}
		st.Cache[s.cache]++
	}
	st.HitRate = round(float64(st.Cache["hit"]+st.Cache["shared"])/float64(len(ss)), 3)
	sort.Float64s(ds)
	st.P50, st.P95, st.P99 = pct(ds, 50), pct(ds, 95), pct(ds, 99)
	st.Max = round(ds[len(ds)-1], 1)
	st.Mean = round(sum/float64(len(ds)), 1)
	st.MeanBytes = bytes / int64(len(ss))
	st.ReqPerSec = round(float64(len(ss))/elapsed.Seconds(), 1)
	if withNodes > 0 {
		st.MeanNodes = round(float64(nodes)/float64(withNodes), 0)
	}
	return st
}

// pct is the nearest-rank percentile of sorted values.
func pct(sorted []float64, p float64) float64 {
	i := int(float64(len(sorted))*p/100+0.999999) - 1
	i = max(0, min(i, len(sorted)-1))
	return round(sorted[i], 1)
}

func round(x float64, d int) float64 {
	f := 1.0
	for ; d > 0; d-- {
		f *= 10
	}
	return float64(int64(x*f+0.5)) / f
}

// --- server memory ---

type rssSampler struct {
	stopc chan struct{}
	done  chan map[string]int
}

// startRSS samples VmRSS of each process every 200 ms until stop, which
// returns the peaks in MiB.
func startRSS(pids []namedPID) *rssSampler {
	r := &rssSampler{stopc: make(chan struct{}), done: make(chan map[string]int, 1)}
	go func() {
		peak := map[string]int{}
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			for _, p := range pids {
				if kb, err := rssKB(p.PID); err == nil && kb/1024 > peak[p.Name] {
					peak[p.Name] = kb / 1024
				}
			}
			select {
			case <-r.stopc:
				r.done <- peak
				return
			case <-t.C:
			}
		}
	}()
	return r
}

func (r *rssSampler) stop() map[string]int {
	close(r.stopc)
	p := <-r.done
	if len(p) == 0 {
		return nil
	}
	return p
}

// rssKB reads VmRSS (kB) from /proc/PID/status.
func rssKB(pid int) (int, error) {
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
		}
	}
	return 0, fmt.Errorf("pid %d: no VmRSS", pid)
}

// --- inputs and flags ---

func readInputs(path string) ([]Input, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("inputs: %w", err)
	}
	defer f.Close()
	var out []Input
	sc := bufio.NewScanner(f)
	first := true
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if first {
			first = false
			if cols[0] == "id" {
				continue
			}
		}
		if len(cols) < 2 || cols[0] == "" || cols[1] == "" {
			continue
		}
		in := Input{ID: cols[0], Name: cols[1]}
		if len(cols) > 2 {
			in.Type = cols[2]
		}
		in.Popular = len(cols) > 3 && cols[3] == "popular"
		out = append(out, in)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("inputs %s: %w", path, err)
	}
	return out, nil
}

// fetchInputs asks the API for its most connected entities (all popular).
func fetchInputs(ctx context.Context, client *http.Client, base string) ([]Input, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/top?limit=200", nil)
	if err != nil {
		return nil, fmt.Errorf("inputs: %w", err)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("inputs: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("inputs: /api/top answered %s", resp.Status)
	}
	var body struct {
		Results []struct {
			ID, Name, Type string
		} `json:"results"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, fmt.Errorf("inputs: /api/top: %w", err)
	}
	out := make([]Input, 0, len(body.Results))
	for _, r := range body.Results {
		out = append(out, Input{ID: r.ID, Name: r.Name, Type: r.Type, Popular: true})
	}
	return out, nil
}

func parseMix(s string) (map[string]int, error) {
	m := map[string]int{}
	total := 0
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		n, err := strconv.Atoi(v)
		if !ok || err != nil || n < 0 || !slices.Contains(scenarioNames, k) {
			return nil, fmt.Errorf("mix %q: want NAME=WEIGHT,… with names from %s", part, strings.Join(scenarioNames, ", "))
		}
		m[k] = n
		total += n
	}
	if total == 0 {
		return nil, fmt.Errorf("mix %q: all weights are zero", s)
	}
	return m, nil
}

func parsePIDs(s string) ([]namedPID, error) {
	var out []namedPID
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, v, ok := strings.Cut(part, "=")
		if !ok {
			v, name = name, "pid"+name
		}
		pid, err := strconv.Atoi(v)
		if err != nil || pid <= 0 {
			return nil, fmt.Errorf("pid %q: want PID or NAME=PID", part)
		}
		out = append(out, namedPID{Name: name, PID: pid})
	}
	return out, nil
}

// --- output ---

func rows(rep Report) []Stats {
	var out []Stats
	for _, s := range rep.Scenarios {
		out = append(out, s)
		for _, p := range s.Parts {
			p.Scenario = s.Scenario + "/" + p.Scenario
			out = append(out, p)
		}
	}
	return out
}

func rssText(m map[string]int) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

func errText(s Stats) string {
	if s.Errors == 0 {
		return "0"
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(s.ByStatus)) {
		parts = append(parts, fmt.Sprintf("%s×%d", k, s.ByStatus[k]))
	}
	return fmt.Sprintf("%d (%s)", s.Errors, strings.Join(parts, " "))
}

// cacheText is the share of answers the cache gave (hit or shared), or
// "off" when the server's cache is disabled.
func cacheText(s Stats) string {
	if s.Requests > 0 && s.Cache["off"] == s.Requests {
		return "off"
	}
	return fmt.Sprintf("%.1f%%", 100*s.HitRate)
}

func textTable(rep Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d clients, %s%s per scenario after %s warm-up, %d inputs%s\n", rep.Clients, rep.Duration,
		map[bool]string{true: fmt.Sprintf("%d requests", rep.Requests), false: ""}[rep.Requests > 0], rep.Warmup, rep.Inputs,
		map[bool]string{true: fmt.Sprintf(", drawn by Zipf(%.2f)", rep.Skew), false: ", drawn uniformly"}[rep.Skew > 0])
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "scenario\trequests\treq/s\tp50 ms\tp95 ms\tp99 ms\tmax ms\terrors\tcache hits\tRSS peak MiB\t")
	for _, s := range rows(rep) {
		fmt.Fprintf(tw, "%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%s\t%s\t%s\t\n", s.Scenario, s.Requests, s.ReqPerSec, s.P50, s.P95, s.P99, s.Max, errText(s), cacheText(s), rssText(s.RSSPeakMiB))
	}
	tw.Flush()
	return b.String()
}

func markdownTable(rep Report) string {
	var b strings.Builder
	b.WriteString("| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | cache hits | mean bytes | RSS peak MiB |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |\n")
	for _, s := range rows(rep) {
		extra := ""
		if s.MeanNodes > 0 {
			extra = fmt.Sprintf(" (%.0f nodes)", s.MeanNodes)
		}
		fmt.Fprintf(&b, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %d%s | %s |\n", s.Scenario, s.Requests, s.ReqPerSec,
			s.P50, s.P95, s.P99, s.Max, errText(s), cacheText(s), s.MeanBytes, extra, rssText(s.RSSPeakMiB))
	}
	return b.String()
}
