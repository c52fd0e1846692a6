package gen

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"
)

// Config sizes and seeds a corpus. Zero fields take the defaults noted.
type Config struct {
	Seed uint64
	// Articles is the expected corpus size; it sizes the population when
	// People or Institutions are zero (people = Articles/2, institutions
	// = Articles/8, never below a small floor).
	Articles     int
	People       int
	Institutions int
	// Exponent of the Zipf–Mandelbrot popularity law (default 1.1) and
	// its offset, which flattens the very head (default 2.5): the person
	// of rank k is drawn with weight 1/(k+Offset)^Exponent.
	Exponent float64
	Offset   float64
	// From and To bound the published dates (default 2019-01-01 to
	// 2026-10-31, inclusive).
	From, To time.Time
}

const (
	minPeople       = 200
	minInstitutions = 60
)

func (c *Config) defaults() error {
	if c.Articles < 0 || c.People < 0 || c.Institutions < 0 {
		return errors.New("gen: negative size")
	}
	if c.People == 0 {
		c.People = max(c.Articles/2, minPeople)
	}
	if c.Institutions == 0 {
		c.Institutions = max(c.Articles/8, minInstitutions)
	}
	if c.Exponent == 0 {
		c.Exponent = 1.1
	}
	if c.Offset == 0 {
		c.Offset = 2.5
	}
	if c.Exponent <= 0 || c.Offset < 0 {
		return fmt.Errorf("gen: exponent %v and offset %v must be positive", c.Exponent, c.Offset)
	}
	if c.From.IsZero() {
		c.From = time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if c.To.IsZero() {
		c.To = time.Date(2026, 10, 31, 0, 0, 0, 0, time.UTC)
	}
	if c.To.Before(c.From) {
		return fmt.Errorf("gen: date range %s..%s is empty", c.From.Format(time.DateOnly), c.To.Format(time.DateOnly))
	}
	return nil
}

// Institution kinds.
const (
	KindMinistry    = "ministry"
	KindCentralBank = "central_bank"
	KindAgency      = "agency"
	KindIntl        = "international"
	KindCompany     = "company"
	KindInstitute   = "institute"
)

// Institution is one generated or real body.
type Institution struct {
	Name    string // canonical name: "Orvel Shipping Group", "Ministry of Finance of Poland"
	Kind    string
	Country int // index into the country list, -1 for international bodies
	ref     string
	sector  int // ministries
	weight  float64
}

// Person is one invented person with a role.
type Person struct {
	Name, Given, Family string
	Female              bool
	Role                string // lower-case role: "deputy foreign minister"
	// Title is written before the name ("Deputy Foreign Minister"), ""
	// when the role is not used as a title.
	Title string
	// Prefix is an alternative written before the name: "Polish Deputy
	// Foreign Minister", "Orvel Shipping Group chief executive".
	Prefix string
	// Desc is the appositive after the name: "Poland's deputy foreign
	// minister", "the chief executive of Orvel Shipping Group".
	Desc        string
	Institution int // -1 when the role belongs to the state itself
	Country     int
	Since       int // year the role began
	weight      float64
}

// Generator holds a population and writes articles about it. It is
// read-only after New and safe for concurrent use through separate
// Sources.
type Generator struct {
	cfg       Config
	people    []Person
	insts     []Institution
	companies []int // institution indices of companies
	sanctors  []int // country indices that impose sanctions
	bodies    []int // institution indices of international bodies that do
	reporters []string
	peopleZ   zipf
	instZ     zipf
	compZ     zipf
	countryZ  zipf
	sanctorZ  zipf // over sanctors, by country weight
	days      int
}

// New builds the population for cfg deterministically from cfg.Seed.
func New(cfg Config) (*Generator, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	g := &Generator{cfg: cfg}
	g.days = int(cfg.To.Sub(cfg.From).Hours()/24) + 1
	r := rand.New(rand.NewPCG(mix(cfg.Seed), mix(cfg.Seed^0x9e3779b97f4a7c15)))
	names := newNamer(r)
	g.buildInstitutions(r, names)
	g.buildPeople(r, names)
	for i := 0; i < 60; i++ {
		g.reporters = append(g.reporters, names.person(r.IntN(2) == 0).Name)
	}
	cw := make([]float64, len(countries))
	var sw []float64
	for i, c := range countries {
		cw[i] = c.weight
		if c.sanctor {
			g.sanctors = append(g.sanctors, i)
			sw = append(sw, c.weight)
		}
	}
	g.countryZ = weighted(cw)
	g.sanctorZ = weighted(sw)
	g.peopleZ = newZipf(len(g.people), cfg.Exponent, cfg.Offset)
	g.instZ = newZipf(len(g.insts), cfg.Exponent, cfg.Offset)
	g.compZ = newZipf(len(g.companies), cfg.Exponent, cfg.Offset)
	return g, nil
}

// People returns the population in popularity order (rank 0 first).
func (g *Generator) People() []Person { return g.people }

// Institutions returns the institutions in popularity order.
func (g *Generator) Institutions() []Institution { return g.insts }

// CountryName returns the name of country i.
func CountryName(i int) string {
	if i < 0 || i >= len(countries) {
		return ""
	}
	return countries[i].name
}

func (g *Generator) buildInstitutions(r *rand.Rand, names *namer) {
	add := func(in Institution) { g.insts = append(g.insts, in) }
	for i, b := range intlBodies {
		in := Institution{Name: b.name, Kind: KindIntl, Country: -1, ref: b.name, weight: 6 / float64(1+i/3)}
		if !strings.HasPrefix(b.name, "NATO") && !strings.HasPrefix(b.name, "ASEAN") && !strings.HasPrefix(b.name, "OPEC") {
			in.ref = "the " + b.name
		}
		add(in)
	}
	for ci := range countries {
		c := &countries[ci]
		for si, s := range sectors {
			add(Institution{Name: "Ministry of " + s.of + " of " + c.name, Kind: KindMinistry, Country: ci, sector: si,
				ref: "the " + c.adj + " " + s.title + " Ministry", weight: c.weight / float64(1+si)})
		}
		add(Institution{Name: "Central Bank of " + c.name, Kind: KindCentralBank, Country: ci,
			ref: "the Central Bank of " + c.the(), weight: c.weight / 3})
	}
	// Agencies, then invented companies and institutes for the rest.
	want := max(g.cfg.Institutions, len(g.insts)+20)
	agencies := min((want-len(g.insts))/10, len(countries)*len(agencyKinds))
	for _, k := range r.Perm(len(countries) * len(agencyKinds))[:agencies] {
		c := countries[k/len(agencyKinds)]
		n := c.adj + " " + agencyKinds[k%len(agencyKinds)]
		add(Institution{Name: n, Kind: KindAgency, Country: k / len(agencyKinds), ref: "the " + n, weight: c.weight / 4 * r.Float64()})
	}
	seen := map[string]bool{}
	for len(g.insts) < want {
		stem := names.stem()
		ci := g.randCountry(r)
		var in Institution
		if r.IntN(10) < 7 {
			n := stem + " " + companyHeads[r.IntN(len(companyHeads))]
			in = Institution{Name: n, Kind: KindCompany, Country: ci, ref: n}
		} else {
			n := stem + " " + instituteHeads[r.IntN(len(instituteHeads))]
			in = Institution{Name: n, Kind: KindInstitute, Country: ci, ref: "the " + n}
		}
		if seen[in.Name] {
			continue
		}
		seen[in.Name] = true
		in.weight = countries[ci].weight / 4 * r.ExpFloat64()
		add(in)
	}
	// popularity order: weight with noise, ties by creation order
	order := rankOrder(r, len(g.insts), func(i int) float64 { return g.insts[i].weight })
	sorted := make([]Institution, len(g.insts))
	for rank, i := range order {
		sorted[rank] = g.insts[i]
	}
	g.insts = sorted
	for i := range g.insts {
		if g.insts[i].Kind == KindCompany {
			g.companies = append(g.companies, i)
		}
		if g.insts[i].Kind == KindIntl {
			for _, b := range intlBodies {
				if b.name == g.insts[i].Name && b.sanctions {
					g.bodies = append(g.bodies, i)
				}
			}
		}
	}
}

func (g *Generator) randCountry(r *rand.Rand) int {
	// not the Zipf table (built later): a plain weighted draw
	total := 0.0
	for _, c := range countries {
		total += c.weight
	}
	u := r.Float64() * total
	for i, c := range countries {
		if u < c.weight {
			return i
		}
		u -= c.weight
	}
	return len(countries) - 1
}

// instIndex maps canonical institution names to their indices.
func (g *Generator) instIndex() map[string]int {
	m := make(map[string]int, len(g.insts))
	for i, in := range g.insts {
		m[in.Name] = i
	}
	return m
}

// buildPeople gives every state its leaders and ministers first, then
// fills the population with deputies, diplomats, executives and
// researchers, and orders everyone by prominence.
func (g *Generator) buildPeople(r *rand.Rand, names *namer) {
	idx := g.instIndex()
	want := g.cfg.People
	var ps []Person
	add := func(p Person) {
		if len(ps) < want {
			ps = append(ps, p)
		}
	}
	for ci := range countries {
		c := &countries[ci]
		for _, top := range []struct {
			title string
			w     float64
		}{{"President", 12}, {"Prime Minister", 8}} {
			p := names.person(r.IntN(4) == 0)
			low := strings.ToLower(top.title)
			p.Role, p.Title, p.Prefix = low, top.title, c.adj+" "+top.title
			p.Desc = possessive(c.the()) + " " + low
			p.Institution, p.Country, p.weight = -1, ci, top.w*c.weight
			add(p)
		}
		for si, s := range sectors {
			p := names.person(r.IntN(3) == 0)
			p.Title = s.title + " Minister"
			p.Role = strings.ToLower(p.Title)
			p.Prefix = c.adj + " " + p.Title
			p.Desc = possessive(c.the()) + " " + p.Role
			p.Institution, p.Country, p.weight = idx["Ministry of "+s.of+" of "+c.name], ci, 5*c.weight/float64(1+si)
			add(p)
		}
	}
	for len(ps) < want {
		p := names.person(r.IntN(5) < 2)
		g.tailRole(r, idx, &p)
		add(p)
	}
	from, to := g.cfg.From.Year()-8, g.cfg.To.Year()
	for i := range ps {
		ps[i].Since = from + r.IntN(to-from+1)
	}
	order := rankOrder(r, len(ps), func(i int) float64 { return ps[i].weight })
	g.people = make([]Person, len(ps))
	for rank, i := range order {
		g.people[rank] = ps[i]
	}
}

// tailRole gives p one of the many lesser roles.
func (g *Generator) tailRole(r *rand.Rand, idx map[string]int, p *Person) {
	ci := g.randCountry(r)
	c := &countries[ci]
	p.Country, p.Institution = ci, -1
	noise := r.ExpFloat64()
	switch k := r.IntN(100); {
	case k < 14: // deputy minister
		si := r.IntN(len(sectors))
		s := sectors[si]
		p.Title = "Deputy " + s.title + " Minister"
		p.Role = strings.ToLower(p.Title)
		p.Prefix = c.adj + " " + p.Title
		p.Desc = possessive(c.the()) + " " + p.Role
		p.Institution = idx["Ministry of "+s.of+" of "+c.name]
		p.weight = c.weight * noise
	case k < 22: // ambassador
		host := g.randCountry(r)
		if host == ci {
			host = (host + 1) % len(countries)
		}
		p.Title, p.Role = "Ambassador", "ambassador to "+countries[host].the()
		p.Prefix = c.adj + " Ambassador"
		p.Desc = possessive(c.the()) + " ambassador to " + countries[host].the()
		p.Institution = idx["Ministry of Foreign Affairs of "+c.name]
		p.weight = c.weight * noise / 2
	case k < 27: // envoy
		p.Title, p.Role = "Special Envoy", "special envoy"
		p.Prefix = c.adj + " Special Envoy"
		p.Desc = possessive(c.the()) + " special envoy for " + topics[r.IntN(len(topics))]
		p.Institution = idx["Ministry of Foreign Affairs of "+c.name]
		p.weight = c.weight * noise
	case k < 32: // ministry spokesperson
		s := sectors[r.IntN(len(sectors))]
		p.Role = "spokesperson"
		p.Desc = "a spokesperson for the " + c.adj + " " + s.title + " Ministry"
		p.Institution = idx["Ministry of "+s.of+" of "+c.name]
		p.weight = c.weight * noise / 2
	case k < 36: // adviser
		p.Title, p.Role = "Presidential Adviser", "adviser"
		p.Desc = "an adviser to the " + c.adj + " president"
		p.weight = c.weight * noise / 2
	case k < 40: // lawmaker
		p.Role = "lawmaker"
		p.Desc = "a senior " + c.adj + " lawmaker"
		p.weight = c.weight * noise / 3
	case k < 44: // central bank
		p.Title, p.Role = "Deputy Governor", "deputy governor"
		p.Desc = "deputy governor of the Central Bank of " + c.the()
		p.Institution = idx["Central Bank of "+c.name]
		p.weight = c.weight * noise / 3
	case k < 50: // international body
		bi := r.IntN(len(intlBodies))
		b := intlBodies[bi]
		p.Institution = idx[b.name]
		p.Role = b.roles[r.IntN(len(b.roles))]
		p.Desc = "the " + p.Role + " of " + g.insts[p.Institution].refOrName()
		p.Title = titleCase(p.Role)
		p.weight = 3 * noise / float64(1+bi/3)
	case k < 56: // agency
		if ai := g.pick(r, KindAgency); ai >= 0 {
			in := g.insts[ai]
			p.Institution, p.Country = ai, in.Country
			if r.IntN(2) == 0 {
				p.Title, p.Role = "Director", "director"
			} else {
				p.Role = "spokesperson"
			}
			p.Desc = "the " + p.Role + " of " + in.ref
			p.weight = countries[in.Country].weight * noise / 4
			return
		}
		fallthrough
	case k < 82: // company
		if ci := g.pick(r, KindCompany); ci >= 0 {
			in := g.insts[ci]
			p.Institution, p.Country = ci, in.Country
			roles := []string{"chief executive", "chairman", "founder", "managing director", "chief economist", "executive director"}
			p.Role = roles[r.IntN(len(roles))]
			if p.Female && p.Role == "chairman" {
				p.Role = "chairwoman"
			}
			p.Prefix = in.Name + " " + p.Role
			p.Desc = "the " + p.Role + " of " + in.Name
			p.weight = in.weight * noise
			return
		}
		fallthrough
	default: // institute
		if ii := g.pick(r, KindInstitute); ii >= 0 {
			in := g.insts[ii]
			p.Institution, p.Country = ii, in.Country
			roles := []string{"director", "senior fellow", "analyst", "researcher", "professor"}
			p.Role = roles[r.IntN(len(roles))]
			if p.Role == "professor" || p.Role == "director" {
				p.Title = titleCase(p.Role)
			}
			p.Desc = article(p.Role) + " " + p.Role + " at " + in.ref
			p.weight = in.weight * noise / 2
			return
		}
		p.Role = "lawmaker"
		p.Desc = "a senior " + c.adj + " lawmaker"
		p.weight = c.weight * noise / 3
	}
}

// pick draws a random institution of a kind with rejection sampling (-1
// when there is none).
func (g *Generator) pick(r *rand.Rand, kind string) int {
	for range 64 {
		i := r.IntN(len(g.insts))
		if g.insts[i].Kind == kind {
			return i
		}
	}
	return -1
}

func (in Institution) refOrName() string {
	if in.ref != "" {
		return in.ref
	}
	return in.Name
}

// rankOrder sorts indices by weight × noise, descending; ties keep
// index order so the result is deterministic.
func rankOrder(r *rand.Rand, n int, w func(int) float64) []int {
	key := make([]float64, n)
	order := make([]int, n)
	for i := range n {
		key[i] = w(i) * (0.5 + r.Float64())
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return key[order[a]] > key[order[b]] })
	return order
}

// zipf draws ranks from a cumulative weight table by binary search:
// exact, deterministic, and O(log n) per draw.
type zipf struct{ cdf []float64 }

func newZipf(n int, s, q float64) zipf {
	w := make([]float64, n)
	for k := range n {
		w[k] = math.Pow(float64(k+1)+q, -s)
	}
	return weighted(w)
}

func weighted(w []float64) zipf {
	cdf := make([]float64, len(w))
	sum := 0.0
	for i, x := range w {
		sum += x
		cdf[i] = sum
	}
	return zipf{cdf}
}

func (z zipf) draw(r *rand.Rand) int {
	u := r.Float64() * z.cdf[len(z.cdf)-1]
	i, _ := slices.BinarySearch(z.cdf, u)
	return min(i, len(z.cdf)-1)
}

// namer invents unique names.
type namer struct {
	r    *rand.Rand
	seen map[string]bool
}

func newNamer(r *rand.Rand) *namer { return &namer{r: r, seen: map[string]bool{}} }

func (n *namer) one(list []string) string { return list[n.r.IntN(len(list))] }

func (n *namer) given(female bool) string {
	if n.r.IntN(10) < 3 {
		if female {
			return n.one(commonFemale)
		}
		return n.one(commonMale)
	}
	end := maleEnds
	if female {
		end = femEnds
	}
	return n.one(onsets) + n.one(vowels) + n.one(middles) + n.one(end)
}

func (n *namer) family() string {
	s := n.one(onsets) + n.one(vowels) + n.one(middles)
	if n.r.IntN(3) == 0 {
		s += n.one(vowels) + n.one(codas)
	}
	return s + n.one(surEnds)
}

// person returns a person with a name no one else has.
func (n *namer) person(female bool) Person {
	for {
		gv, fm := n.given(female), n.family()
		if female && strings.HasSuffix(fm, "ov") && n.r.IntN(2) == 0 {
			fm += "a"
		}
		full := gv + " " + fm
		if n.seen[full] || len(fm) < 4 {
			continue
		}
		n.seen[full] = true
		return Person{Name: full, Given: gv, Family: fm, Female: female}
	}
}

// stem invents a company or institute name word ("Orvel", "Tarskov").
func (n *namer) stem() string {
	s := n.one(onsets) + n.one(vowels) + n.one(middles)
	switch n.r.IntN(3) {
	case 0:
		s += n.one(vowels)
	case 1:
		s += n.one(vowels) + n.one(codas)
	}
	return s
}

func possessive(s string) string {
	if strings.HasSuffix(s, "s") {
		return s + "'"
	}
	return s + "'s"
}

func article(s string) string {
	switch s[0] {
	case 'a', 'e', 'i', 'o', 'u':
		return "an"
	}
	return "a"
}

func titleCase(s string) string {
	b := []byte(s)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}

// mix is SplitMix64's finaliser: it spreads a seed over all 64 bits.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
