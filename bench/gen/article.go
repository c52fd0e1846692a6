package gen

import (
	"math/rand/v2"
	"strconv"
	"time"
)

// Article is one generated article and what it is about.
type Article struct {
	Index     int
	Text      []byte // the whole page: furniture, title, byline, date line, body
	Title     string
	Published string // YYYY-MM-DD, as stated in the date line
	Byline    string
	// People are the population indices of everyone the article names
	// in full, in order of first mention.
	People    []int
	Words     int // words in Text
	Sentences int // body sentences
}

// Source writes articles from a Generator. It reuses its buffers, so it
// is not safe for concurrent use: give each goroutine its own.
type Source struct {
	g     *Generator
	pcg   *rand.PCG
	r     *rand.Rand
	body  []byte
	cast  []member
	comps []int // institution indices of companies in the article
	c     [2]int
	// actors are the two sanctioning states or bodies of the article:
	// >= 0 a country index, < 0 the body -1-actor
	actors [2]int
	kind   int // 0 meeting, 1 statement, 2 sanctions
	long   bool
	pub    time.Time
	topic  string
	why    string // the reason a sanctions story gives in its headline and lead
	sents  int
	// fillers and extensions already in this article (each list is
	// shorter than 64)
	used, usedExt uint64
}

type member struct {
	p     int
	intro bool // named in full already
}

// Source returns a new article source.
func (g *Generator) Source() *Source {
	pcg := rand.NewPCG(0, 0)
	return &Source{g: g, pcg: pcg, r: rand.New(pcg), body: make([]byte, 0, 8<<10)}
}

// Article generates article i on its own (allocating a fresh Source).
func (g *Generator) Article(i int) Article {
	var a Article
	g.Source().Generate(i, &a)
	return a
}

// Generate writes article i into a, reusing a's buffers. Article i
// depends only on the Generator and i, never on what was generated
// before, so articles can be made in any order and in parallel.
func (s *Source) Generate(i int, a *Article) {
	g := s.g
	s.pcg.Seed(mix(g.cfg.Seed^mix(uint64(i))), mix(uint64(i)+0x632be59bd9b4e019))
	r := s.r
	*a = Article{Index: i, Text: a.Text[:0], People: a.People[:0]}
	s.body = s.body[:0]
	s.cast = s.cast[:0]
	s.comps = s.comps[:0]
	s.sents, s.used, s.usedExt, s.long = 0, 0, 0, false
	s.pub = g.cfg.From.AddDate(0, 0, r.IntN(g.days))
	s.topic = pick(r, topics)
	s.why = pick(r, reasons)

	// the cast: two to six distinct people, popular ones far more often
	n := 2 + r.IntN(5)
	for tries := 0; len(s.cast) < n && tries < 4*n; tries++ {
		p := g.peopleZ.draw(r)
		if !s.inCast(p) {
			s.cast = append(s.cast, member{p: p})
		}
	}
	for k := 1 + r.IntN(2); k > 0; k-- {
		s.comps = append(s.comps, g.companies[g.compZ.draw(r)])
	}
	s.c[0] = g.people[s.cast[0].p].Country
	s.c[1] = g.people[s.cast[1].p].Country
	if s.c[1] == s.c[0] {
		s.c[1] = g.countryZ.draw(r)
		if s.c[1] == s.c[0] {
			s.c[1] = (s.c[0] + 1 + r.IntN(len(countries)-1)) % len(countries)
		}
	}

	for k := range s.actors {
		if len(g.bodies) > 0 && r.IntN(3) == 0 {
			s.actors[k] = -1 - g.bodies[r.IntN(len(g.bodies))]
		} else {
			s.actors[k] = g.sanctors[g.sanctorZ.draw(r)]
		}
	}

	// body: the lead decides the headline, then sentences until the
	// word target, in paragraphs of one to four sentences. The page
	// around the body adds about 50 words; the sentence budget follows
	// from the target and a per-article sentence length.
	target := 265 + r.IntN(530)
	budget := min(max(target/(17+r.IntN(14)), 8), 30)
	s.kind = r.IntN(3)
	title := s.headline(s.kind)
	if r.IntN(5) == 0 {
		s.w(upper(s.city()), " \u2013 ")
	}
	s.leadSentence(s.kind)
	words := countWords(s.body)
	para := 1
	for s.sents < 30 && words < target || s.sents < 8 {
		if para >= 1+r.IntN(4) {
			s.w("\n\n")
			para = 0
			if r.IntN(25) == 0 {
				s.w("Advertisement\n\n")
			}
		} else {
			s.w(" ")
		}
		start := len(s.body)
		left := max(budget-s.sents, 1)
		s.long = (target-words)/left > 22
		s.sentence(target-words, left)
		words += countWords(s.body[start:])
		para++
	}
	for i := range s.cast {
		if s.cast[i].intro {
			a.People = append(a.People, s.cast[i].p)
		}
	}

	// the page around it
	a.Title = title
	a.Published = s.pub.Format(time.DateOnly)
	a.Byline = g.reporters[r.IntN(len(g.reporters))]
	t := a.Text
	sec := pick(r, sections)
	switch r.IntN(3) {
	case 0:
		t = append(t, "Home \u00bb "+sec+" \u00bb "...)
		t = append(t, countries[s.c[0]].name...)
	case 1:
		t = append(t, "Home \u00bb "+sec...)
	default:
		t = append(t, "Home > News > "+sec...)
	}
	t = append(t, "\n\n"...)
	t = append(t, title...)
	t = append(t, "\n\nBy "...)
	t = append(t, a.Byline...)
	t = append(t, " - "...)
	t = append(t, pick(r, reporterRoles)...)
	t = append(t, '\n')
	t = s.appendDateLine(t)
	if r.IntN(3) == 0 {
		t = append(t, "Share this article\nFacebook | Twitter | Email\n"...)
	}
	t = append(t, '\n')
	t = append(t, s.body...)
	t = append(t, "\n\nPrevious Article\n\n"...)
	t = append(t, s.otherHeadline()...)
	t = append(t, "\n\nNext Article\n\n"...)
	t = append(t, s.otherHeadline()...)
	t = append(t, "\n\nLeave a Comment\n\n"...)
	if r.IntN(2) == 0 {
		t = append(t, "Poll: Should "...)
		t = append(t, s.country(0)...)
		t = append(t, " and "...)
		t = append(t, s.country(1)...)
		t = append(t, " resume talks on "...)
		t = append(t, s.topic...)
		t = append(t, "?\nYes\nNo\nNot sure\nVote\nView Results\n"...)
	} else {
		t = append(t, "What do you think about "...)
		t = append(t, s.topic...)
		t = append(t, "? Should the talks continue?\n"...)
	}
	a.Text = t
	a.Words = countWords(t)
	a.Sentences = s.sents
}

func (s *Source) inCast(p int) bool {
	for _, m := range s.cast {
		if m.p == p {
			return true
		}
	}
	return false
}

// appendDateLine states the published date in one of the formats news
// pages use.
func (s *Source) appendDateLine(t []byte) []byte {
	d := s.pub
	md := func(t []byte) []byte { // "March 3, 2026"
		t = append(t, months[d.Month()-1]...)
		t = append(t, ' ')
		t = strconv.AppendInt(t, int64(d.Day()), 10)
		t = append(t, ", "...)
		return strconv.AppendInt(t, int64(d.Year()), 10)
	}
	switch s.r.IntN(6) {
	case 0:
		t = md(append(t, "Published: "...))
	case 1:
		t = md(append(t, weekdays[(int(d.Weekday())+6)%7]+", "...))
	case 2:
		t = strconv.AppendInt(append(t, "Published "...), int64(d.Day()), 10)
		t = append(t, ' ')
		t = append(t, months[d.Month()-1]...)
		t = append(t, ' ')
		t = strconv.AppendInt(t, int64(d.Year()), 10)
	case 3:
		t = d.AppendFormat(append(t, "Published "...), time.DateOnly)
	case 4:
		t = d.AppendFormat(append(t, "Updated: "...), "Jan 2, 2006")
		t = append(t, " 10:41 GMT"...)
	default:
		t = d.AppendFormat(t, "2 January 2006")
	}
	return append(t, '\n')
}

// --- words ----------------------------------------------------------

func (s *Source) w(parts ...string) {
	for _, p := range parts {
		s.body = append(s.body, p...)
	}
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

func (s *Source) one(list []string) string { return list[s.r.IntN(len(list))] }

func (s *Source) person(m int) *Person { return &s.g.people[s.cast[m].p] }

// speaker picks a cast member, preferring one not yet named so that
// everyone in the cast is introduced early.
func (s *Source) speaker() int {
	for i := range s.cast {
		if !s.cast[i].intro && s.r.IntN(3) > 0 {
			return i
		}
	}
	return s.r.IntN(len(s.cast))
}

// other picks a cast member different from m.
func (s *Source) other(m int) int {
	o := s.r.IntN(len(s.cast) - 1)
	if o >= m {
		o++
	}
	return o
}

// subj writes a person as the subject of a clause: on first mention
// with a title before the name or a role after it, later by surname.
func (s *Source) subj(m int) {
	p := s.person(m)
	if s.cast[m].intro {
		s.again(m)
		return
	}
	s.cast[m].intro = true
	switch k := s.r.IntN(3); {
	case k == 0 && p.Prefix != "":
		s.w(p.Prefix, " ", p.Name)
	case k == 1 && p.Title != "":
		s.w(p.Title, " ", p.Name)
	default:
		s.w(p.Name, ", ", p.Desc, ",")
	}
}

// obj writes a person as an object: a title or nothing before the name,
// never an appositive (it could not be closed cleanly).
func (s *Source) obj(m int) {
	p := s.person(m)
	if s.cast[m].intro {
		s.again(m)
		return
	}
	s.cast[m].intro = true
	switch {
	case p.Prefix != "" && s.r.IntN(4) > 0:
		s.w(p.Prefix, " ", p.Name)
	case p.Title != "":
		s.w(p.Title, " ", p.Name)
	default:
		s.w(p.Name)
	}
}

// again writes a later mention: the surname, sometimes the full name.
func (s *Source) again(m int) {
	p := s.person(m)
	if s.r.IntN(5) == 0 {
		s.w(p.Name)
		return
	}
	s.w(p.Family)
}

// country returns one of the article's two states as running text
// writes it; Country is the same at the start of a sentence.
func (s *Source) country(k int) string { return countries[s.c[k&1]].the() }

func (s *Source) Country(k int) string { return capFirst(s.country(k)) }

func capFirst(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

func (s *Source) city() string {
	c := countries[s.c[s.r.IntN(2)]]
	if s.r.IntN(3) == 0 {
		return c.city
	}
	return c.capital
}

// when writes a past date phrase for an event before publication.
func (s *Source) when() {
	back := 1 + s.r.IntN(6)
	d := s.pub.AddDate(0, 0, -back)
	switch s.r.IntN(4) {
	case 0:
		s.w("on ", weekdays[(int(d.Weekday())+6)%7])
	case 1:
		s.w("on ", months[d.Month()-1], " ")
		s.body = strconv.AppendInt(s.body, int64(d.Day()), 10)
	case 2:
		s.w("last week")
	default:
		s.w("earlier this month")
	}
}

func (s *Source) year() {
	s.body = strconv.AppendInt(s.body, int64(s.pub.Year()-s.r.IntN(5)), 10)
}

func (s *Source) quote() {
	q := s.one(quoteSubj)
	s.body = append(s.body, q[0]-'a'+'A')
	s.w(q[1:], " ", s.one(quoteVerb), " ", s.topic, s.one(quoteTail))
}

// clause writes reported speech: "Poland would continue to press for
// port access".
func (s *Source) clause() {
	switch s.r.IntN(3) {
	case 0:
		s.w("the talks had been ", s.one(adjectives))
	case 1:
		s.w(s.country(s.r.IntN(2)), " ", s.one(reportVerb), " ", s.topic) // after "that"
	default:
		s.w("the government ", s.one(reportVerb), " ", s.one(topics))
	}
}

// actor writes a sanctioning state or body as a subject: mostly the
// article's first, sometimes its second.
func (s *Source) actor() {
	a := s.actors[0]
	if s.r.IntN(4) == 0 {
		a = s.actors[1]
	}
	if a < 0 {
		ref := s.g.insts[-1-a].ref
		if ref[0] == 't' {
			s.w("T", ref[1:])
		} else {
			s.w(ref)
		}
		return
	}
	s.w(capFirst(countries[a].the()))
}

// target returns a state to be sanctioned: one of the article's, never
// a sanctioning actor of the article.
func (s *Source) target() string {
	for k := range 2 {
		if c := s.c[k]; c != s.actors[0] && c != s.actors[1] {
			return countries[c].the()
		}
	}
	return "North Korea"
}

func (s *Source) company() string {
	return s.g.insts[s.comps[s.r.IntN(len(s.comps))]].Name
}

// --- sentences ------------------------------------------------------

// leadSentence opens the article with the kind of news its headline
// announces: 0 a meeting, 1 a statement, 2 sanctions.
func (s *Source) leadSentence(kind int) {
	switch kind {
	case 0:
		s.metReal()
	case 1:
		s.saidReportedBy(0)
	default:
		s.actor()
		s.w(" imposed sanctions on ", s.g.insts[s.comps[0]].Name, " ")
		s.when()
		s.w(", accusing it of ", s.why)
		s.end()
	}
}

// sentence writes one body sentence (or a short group counted as
// several). need is how many words are still wanted and left how many
// sentences may still be written: when the average still needed is
// high, long background sentences are preferred.
func (s *Source) sentence(need, left int) {
	if left > 0 && need/left > 30 && s.r.IntN(2) == 0 {
		s.filler()
		return
	}
	w := &kindWeights[s.kind]
	k := s.r.IntN(w[len(w)-1])
	t := 0
	for w[t] <= k {
		t++
	}
	templates[t](s)
}

// templates and their cumulative weights per article kind (meeting,
// statement, sanctions): most sentences fit the story, a few do not.
var templates = []func(*Source){
	(*Source).saidQuote, (*Source).saidReported, (*Source).saidTold, (*Source).metReal, (*Source).metPlanned,
	(*Source).sanctionImposed, (*Source).sanctionOther, (*Source).affiliation, (*Source).event,
	(*Source).background, (*Source).filler,
}

var kindWeights = [3][11]int{
	cumulative(10, 8, 5, 16, 10, 2, 1, 8, 10, 8, 22),
	cumulative(18, 16, 9, 7, 5, 3, 2, 8, 6, 8, 18),
	cumulative(12, 12, 6, 6, 4, 10, 6, 8, 5, 9, 22),
}

func cumulative(w ...int) [11]int {
	var c [11]int
	sum := 0
	for i, x := range w {
		sum += x
		c[i] = sum
	}
	return c
}

// end closes a sentence, first lengthening it with a subordinate
// clause when the article still needs many words per sentence.
func (s *Source) end() {
	if s.long && s.r.IntN(3) > 0 {
		s.w(extensions[s.unused(&s.usedExt, len(extensions))])
	}
	s.w(".")
	s.sents++
}

var extensions = []string{
	", a development that diplomats in the region said could shape the next round of negotiations",
	", at a time when relations between the two governments remain badly strained",
	", although officials cautioned that many of the details were still being worked out",
	", in a move that surprised several observers who had followed the process closely",
	", while business groups warned of higher costs for exporters and consumers alike",
	", underlining how far apart the positions of the two sides still remain",
	", weeks after a previous attempt to settle the matter ended without any agreement",
	", as pressure grows at home to show results before the end of the year",
	", a step that both sides had been discussing quietly for several months",
	", even as the public rhetoric from both capitals grew noticeably sharper",
	", the latest sign of a slow thaw after years of mutual suspicion",
	", despite objections from several members of the governing coalition",
	", only days before a deadline set by the mediators was due to expire",
	", a decision that lawyers expect to be challenged in court",
	", raising questions about how the measures will be enforced in practice",
	", with neither side willing to be seen making the first concession",
	", which critics described as too little and far too late",
	", prompting a sharp rise in shipping and insurance costs across the region",
	", in a region where trust between governments has long been in short supply",
}

func (s *Source) saidQuote() {
	m := s.speaker()
	p := s.person(m)
	s.w("\u201c")
	s.quote()
	s.w(",\u201d ")
	switch {
	case s.cast[m].intro:
		s.again(m)
		s.w(" said")
	case p.Title != "" && s.r.IntN(2) == 0:
		s.cast[m].intro = true
		s.w(p.Title, " ", p.Name, " said")
	default:
		s.cast[m].intro = true
		s.w("said ", p.Name, ", ", p.Desc)
	}
	s.end()
}

func (s *Source) saidReported() { s.saidReportedBy(s.speaker()) }

func (s *Source) saidReportedBy(m int) {
	verbs := []string{"said", "warned", "stressed", "told reporters", "insisted", "acknowledged"}
	if s.r.IntN(4) == 0 {
		s.w("According to ")
		s.obj(m)
		s.w(", ")
		s.clause()
		s.end()
		return
	}
	s.subj(m)
	s.w(" ", s.one(verbs), " ")
	if s.r.IntN(2) == 0 {
		s.when()
		s.w(" ")
	}
	s.w("that ")
	s.clause()
	if s.r.IntN(3) == 0 {
		s.w(", adding: \u201c")
		s.quote()
		s.w(".\u201d")
		s.sents++
		return
	}
	s.end()
}

func (s *Source) saidTold() {
	m := s.speaker()
	s.subj(m)
	s.w(" told ", s.one(outlets), " in ", s.city(), ": \u201c")
	s.quote()
	s.w(".\u201d")
	s.sents++
}

var metTails = []string{"the first such meeting in more than a year", "to discuss %t", "and discussed %t",
	"in what both sides called a useful exchange", "for more than three hours", "behind closed doors"}

func (s *Source) metTail() {
	t := s.one(metTails)
	if len(t) > 3 && t[len(t)-2:] == "%t" {
		s.w(", ", t[:len(t)-2], s.topic)
		return
	}
	s.w(", ", t)
}

func (s *Source) metReal() {
	a := s.speaker()
	b := s.other(a)
	switch s.r.IntN(5) {
	case 0:
		s.subj(a)
		s.w(" met ")
		s.obj(b)
		s.w(" in ", s.city(), " ")
		s.when()
		s.metTail()
	case 1:
		s.subj(a)
		s.w(" held talks with ")
		s.obj(b)
		s.w(" in ", s.city(), " ")
		s.when()
		s.w(" on ", s.topic)
	case 2:
		s.obj(a)
		s.w(" and ")
		s.obj(b)
		s.w(" met on the sidelines of the ", s.one(events), " in ", s.city())
	case 3:
		s.subj(a)
		s.w(" spoke by phone with ")
		s.obj(b)
		s.w(" ")
		s.when()
		s.w(" about ", s.topic)
	default:
		d := s.pub.AddDate(0, 0, -1-s.r.IntN(6))
		s.w("On ", weekdays[(int(d.Weekday())+6)%7], ", ")
		s.subj(a)
		s.w(" met ")
		s.obj(b)
		s.w(" at ", s.one(venues), " in ", s.city())
	}
	s.end()
}

func (s *Source) metPlanned() {
	a := s.speaker()
	b := s.other(a)
	switch s.r.IntN(5) {
	case 0:
		s.subj(a)
		s.w(" is expected to meet ")
		s.obj(b)
		s.w(" in ", s.city(), " next week to discuss ", s.topic)
	case 1:
		s.subj(a)
		s.w(" will meet ")
		s.obj(b)
		s.w(" later this month, according to a schedule released by the organisers")
	case 2:
		s.w("A planned meeting between ")
		s.obj(a)
		s.w(" and ")
		s.obj(b)
		s.w(" was postponed without explanation")
	case 3:
		s.subj(a)
		s.w(" cancelled a planned meeting with ")
		s.obj(b)
		s.w(", citing scheduling problems")
	default:
		s.subj(a)
		s.w(" is due to travel to ", s.city(), " for talks with ")
		s.obj(b)
		s.w(" on ", s.topic)
	}
	s.end()
}

func (s *Source) sanctionImposed() {
	switch s.r.IntN(4) {
	case 0:
		s.actor()
		s.w(" imposed sanctions on ", s.company(), " ")
		s.when()
		s.w(", accusing it of ", s.one(reasons))
	case 1:
		s.actor()
		s.w(" froze the assets of ")
		s.obj(s.speaker())
		s.w(" over ", s.one(reasons))
	case 2:
		s.actor()
		s.w(" added ", s.company(), " to its sanctions list ")
		s.when()
		s.w(" for ", s.one(reasons))
	default:
		s.actor()
		s.w(" imposed sanctions on ", s.target(), " over ", s.one(reasons))
	}
	s.end()
}

func (s *Source) sanctionOther() {
	switch s.r.IntN(3) {
	case 0:
		s.actor()
		s.w(" lifted sanctions on ", s.company(), " after the company agreed to an independent audit")
	case 1:
		s.actor()
		s.w(" threatened to impose sanctions on ", s.company(), " if it continued ", s.one(reasons))
	default:
		s.actor()
		s.w(" is considering new sanctions against ", s.target(), ", two diplomats said")
	}
	s.end()
}

func (s *Source) affiliation() {
	m := s.speaker()
	p := s.person(m)
	switch {
	case !s.cast[m].intro:
		s.cast[m].intro = true
		s.w(p.Name, ", ", p.Desc, ", has held the post since ")
		s.year()
	case p.Institution >= 0 && s.r.IntN(2) == 0:
		in := &s.g.insts[p.Institution]
		s.w(p.Family, " joined ", in.refOrName(), " in ")
		s.year()
		s.w(" and has since become one of its best-known figures")
	default:
		s.w(p.Family, " has been ", p.Desc, " since ")
		s.year()
	}
	s.end()
}

func (s *Source) event() {
	ev := s.one(events)
	switch s.r.IntN(3) {
	case 0:
		s.w("The ", ev, " in ", s.city(), " brought together delegations from ")
		s.body = strconv.AppendInt(s.body, int64(5+s.r.IntN(40)), 10)
		s.w(" countries, including ", s.country(0), " and ", s.country(1))
	case 1:
		s.w("Delegations from ", s.country(0), " and ", s.country(1), " are due to attend the ", ev, " in ", s.city(), " in ",
			months[s.r.IntN(12)])
	default:
		m := s.speaker()
		s.subj(m)
		s.w(" attended the ", ev, " in ", s.city(), " ")
		s.when()
	}
	s.end()
}

func (s *Source) background() {
	switch s.r.IntN(3) {
	case 0:
		s.w(s.Country(0), " and ", s.country(1), " have been at odds over ", s.topic, " since ")
		s.year()
	case 1:
		s.w("Trade between ", s.country(0), " and ", s.country(1), " was worth about ")
		s.body = strconv.AppendInt(s.body, int64(2+s.r.IntN(90)), 10)
		s.w(" billion dollars last year, according to official figures")
	default:
		s.w(s.company(), " has operated in ", s.country(s.r.IntN(2)), " for more than a decade and employs several thousand people")
	}
	s.end()
}

// filler writes a background sentence the article has not used yet.
func (s *Source) filler() {
	s.w(fillers[s.unused(&s.used, len(fillers))])
	s.sents++
}

// unused picks one of n phrases not yet marked in the bit set *used and
// marks it; once all n are used the set starts over, so an article
// repeats a phrase only after it has used every other.
func (s *Source) unused(used *uint64, n int) int {
	if *used == 1<<n-1 {
		*used = 0
	}
	k := s.r.IntN(n)
	for *used&(1<<k) != 0 {
		k = (k + 1) % n
	}
	*used |= 1 << k
	return k
}

// --- headlines ------------------------------------------------------

func (s *Source) headline(lead int) string {
	c0, c1 := countries[s.c[0]], countries[s.c[1]]
	switch lead {
	case 0:
		return c0.adj + " and " + c1.adj + " officials " + s.one(headlineVerbs) + " " + s.topic
	case 1:
		return s.g.people[s.cast[0].p].Family + " says talks on " + s.topic + " must continue"
	default:
		return "New sanctions target " + s.g.insts[s.comps[0]].Name + " over " + s.why
	}
}

// otherHeadline is another article's headline, as printed under
// "Previous Article" and "Next Article".
func (s *Source) otherHeadline() string {
	c0 := countries[s.g.countryZ.draw(s.r)]
	c1 := countries[s.g.countryZ.draw(s.r)]
	switch s.r.IntN(3) {
	case 0:
		return c0.adj + " and " + c1.adj + " officials " + s.one(headlineVerbs) + " " + s.one(topics)
	case 1:
		return capFirst(c0.the()) + " weighs response to " + s.one(topics) + " dispute"
	default:
		return "Markets in " + c1.capital + " steady as investors watch " + s.one(topics)
	}
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// countWords counts runs of non-space bytes.
func countWords(b []byte) int {
	n, in := 0, false
	for _, c := range b {
		sp := c == ' ' || c == '\n' || c == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
