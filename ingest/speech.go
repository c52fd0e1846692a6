package ingest

// SAID: statements and their speakers.

import "strings"

// negWords negate the verb after them: "not", "never" and the negative
// auxiliaries.
var negWords = set("not", "n't", "never", "didn't", "won't", "cannot", "wouldn't", "couldn't", "hasn't", "haven't", "hadn't")

// negatedBefore reports a negWord right before the verb at k.
func negatedBefore(toks []token, k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-2; j-- {
		if negWords[toks[j].lower] {
			return true
		}
	}
	return false
}

// saidNothing reports "said nothing" at the verb k, closed there or by
// a phrase of where or about what ("has said nothing in public", "said
// nothing about the deal"): silence. "said nothing would change" reports
// a statement whose subject is "nothing".
func (x *doc) saidNothing(si, k int) bool {
	s := &x.sents[si]
	if k+1 >= s.t1 || x.toks[k+1].lower != "nothing" {
		return false
	}
	if k+2 >= s.t1 {
		return true
	}
	n := &x.toks[k+2]
	if n.kind == tkPunct {
		return true
	}
	return silenceTails[n.lower] && !x.clauseVerbAfter(k+3, s.t1)
}

// clauseVerbAfter reports a finite verb within six words from k, before
// the clause ends: "said nothing in the draft would change" reports a
// statement whose subject is "nothing in the draft". A clause of its own
// ("about whether talks would resume", ", which was …") ends the scan.
func (x *doc) clauseVerbAfter(k, end int) bool {
	for j := k; j < end && j < k+6; j++ {
		t := &x.toks[j]
		if t.kind == tkPunct {
			return false
		}
		switch t.lower {
		case "whether", "if", "that", "which", "who", "what", "when", "how", "why", "where", "while", "because", "as":
			return false
		}
		if auxVerbs[t.lower] || finiteModals[t.lower] {
			return true
		}
	}
	return false
}

// finiteModals are the modals and auxiliaries beyond auxVerbs that make
// a reported clause finite.
var finiteModals = set("could", "should", "can", "may", "might", "must", "does", "did", "shall")

// silenceTails follow "said nothing" when nothing was said: where, about
// what, or since when.
var silenceTails = set("in", "on", "about", "of", "publicly", "since", "so", "yet", "further", "more", "at", "to", "for")

// statementMedium reports "video message", "statement", "interview",
// "televised address" … from token k.
func (x *doc) statementMedium(k, end int) bool {
	for j := k; j < end && j < k+3; j++ {
		switch x.toks[j].lower {
		case "statement", "message", "interview", "address", "speech", "post", "letter", "op-ed", "briefing":
			return true
		}
	}
	return false
}

// raisesIssue reports "raised concerns", "raised the cases of …": a
// topic put to someone, not prices or funds.
func (x *doc) raisesIssue(si, k int) bool {
	s := &x.sents[si]
	for j := k; j < s.t1 && j < k+3; j++ {
		switch x.toks[j].lower {
		case "concern", "concerns", "issue", "issues", "question", "questions", "case", "cases", "matter", "objections", "doubts", "alarm", "fears", "possibility", "prospect":
			return true
		}
	}
	return false
}

// quoteIn returns the quoted words in the sentence, or the reported
// clause after the verb at v.
func (x *doc) quoteIn(si, v int) string {
	s := &x.sents[si]
	open := -1
	for k := s.t0; k < s.t1; k++ {
		switch x.toks[k].text {
		case "\u201c":
			open = k
		case "\u201d":
			if open >= 0 && k > open+1 {
				return normText(x.text[x.toks[open+1].start:x.toks[k-1].end])
			}
		case "\"":
			if open < 0 {
				open = k
			} else if k > open+1 {
				return normText(x.text[x.toks[open+1].start:x.toks[k-1].end])
			}
		}
	}
	a := v + 1
	if a < s.t1 && x.toks[a].lower == "that" {
		a++
	}
	b := s.t1
	for b > a && x.toks[b-1].kind == tkPunct {
		b--
	}
	if a >= b {
		return ""
	}
	q := normText(x.text[x.toks[a].start:x.toks[b-1].end])
	if len(q) > 300 {
		cut := 300
		for cut > 0 && q[cut]&0xC0 == 0x80 {
			cut--
		}
		q = q[:cut]
	}
	return q
}

func (x *doc) speech(si int) {
	s := &x.sents[si]
	var done [8]int
	nd := 0
	isDone := func(e int) bool {
		for i := 0; i < nd; i++ {
			if done[i] == e {
				return true
			}
		}
		return false
	}
	mark := func(e int) {
		if nd < len(done) {
			done[nd] = e
			nd++
		}
	}
	for k := s.t0; k < s.t1; k++ {
		t := &x.toks[k]
		if t.kind != tkWord || x.tokMent[k] >= 0 {
			continue
		}
		l := t.lower
		conf := 0.85
		cue := x.lx.gate.speech.may(l) // false: none of the cue sets below holds l
		switch {
		case cue && x.lx.speech[l]:
			if k+1 < s.t1 && x.toks[k+1].lower == "to" && l != "told" {
				continue // "is said to have", "expected to"
			}
			if k-1 > s.t0 && strings.HasSuffix(l, "ed") && passiveAux[x.toks[k-1].lower] {
				continue // "Iraq and Oman … were thanked": spoken to, not speaking
			}
			if l == "told" && k-1 > s.t0 && passiveAux[x.toks[k-1].lower] && k+1 < s.t1 && x.toks[k+1].lower == "to" {
				// "Zielonka was told to leave his boat": an order given to
				// the subject, who says nothing
				continue
			}
			if l == "accused" && k+1 < s.t1 && x.toks[k+1].lower == "of" && !x.accusedOfActive(si, k) {
				continue // "Valenko, 51, accused of breaching sanctions": the accused, not the accuser
			}
			if (l == "welcomed" || l == "welcomes") && x.personObject(si, k+1) >= 0 {
				continue // hosting a visitor, not a statement
			}
			if (l == "reaffirmed" || l == "reaffirms") && !x.reaffirmedStance(si, k) {
				continue // "the Senate reaffirmed the sanctions in a vote": a deed
			}
			if x.actedResponse(si, k) || x.announcedMeasures(si, k) || x.announcedLikeOthers(si, k) || x.rejectedRequest(si, k) || x.declaredDeed(si, k) {
				continue // "Moscow responded by barring X": a deed
			}
		case (l == "called" || l == "calls") && k+1 < s.t1:
			n := x.toks[k+1].lower
			if n == "it" && !x.calledItQuote(si, k) || n == "off" || n == "up" || n == "in" || n == "back" || n == "by" || n == "to" || x.toks[k+1].kind == tkPunct && !x.calledGapQuote(si, k) {
				continue
			}
			if k-1 >= s.t0 && (x.toks[k-1].lower == "was" || x.toks[k-1].lower == "is" || x.toks[k-1].lower == "be" || x.toks[k-1].lower == "so") {
				continue
			}
			if n == "on" && x.courtesyCall(si, k) {
				continue // "the ambassador called on the prime minister": a visit
			}
			if (n == "a" || n == "an") && x.convenedEvent(si, k) {
				continue // "the union called a strike": convened, not said
			}
			conf = 0.75
		case (l == "calling" || l == "urging") && k-1 >= s.t0 && x.toks[k-1].lower == "by" && k+1 < s.t1 && (x.toks[k+1].lower == "on" || x.toks[k+1].lower == "for" || l == "urging"):
			// "opened the summit by calling on all parties to …"
			e, c := x.clauseSubject(si, k)
			if e >= 0 && !isDone(e) {
				mark(e)
				x.addRel(RelSaid, e, -1, si, 0.7*(0.5+c/2), x.quoteIn(si, k))
			}
			continue
		// (almost every word reaches this case: the word before is
		// tested before the set is hashed)
		case k-1 > s.t0 && (x.toks[k-1].lower == "was" || x.toks[k-1].lower == "is") && bluntWords[l] && x.quoteFollows(si, k+1):
			// "X was blunter: "…"", "Y is blunt. "…"": a manner of speech
			// that only a quote right after it makes a statement
			e, c := x.subjectOf(si, k-1)
			if x.isPerson(e) && !isDone(e) {
				mark(e)
				x.addRel(RelSaid, e, -1, si, 0.7*(0.5+c/2), x.quoteAfter(si, k))
			}
			continue
		case l == "read" && k+1 < s.t1 && x.toks[k+1].lower == "out" && x.writtenBefore(si, k):
			// "the communiqué, read out in Accra by X, said …", "the
			// statement that X read out afterwards said …": the reader speaks
			if p := x.reader(si, k); x.isPerson(p) && !isDone(p) {
				mark(p)
				x.addRel(RelSaid, p, -1, si, 0.7, x.quoteIn(si, k))
			}
			continue
		case l == "put" && x.putItFrame(si, k):
			// "X put it plainly to the crews: …", "as she put it"
		case (l == "raised" || l == "raises") && k+1 < s.t1 && x.raisesIssue(si, k+1):
			conf = 0.7
		case l == "in" && k+2 < s.t1 && (x.toks[k+1].lower == "a" || x.toks[k+1].lower == "an") && x.statementMedium(k+2, s.t1):
			// "Zelensky thanked London in a video message"
			if x.speechVerbBefore(si, k, nd > 0) {
				continue // "…, the ministry stated in its communiqué": that verb's subject spoke
			}
			e, c := x.clauseSubject(si, k)
			if x.isPerson(e) && !isDone(e) && !x.modalBefore(si, k) {
				mark(e)
				x.addRel(RelSaid, e, -1, si, 0.7*(0.5+c/2), x.quoteIn(si, k))
			}
			continue
		case (l == "wishes" || l == "wish") && k+2 < s.t1 && x.toks[k+1].lower == "to" && wishedSpeech[x.toks[k+2].lower]:
			// "The Ministry wishes to stress that …", "the Government
			// wishes to clarify": the formal voice of a communiqué
			if negatedBefore(x.toks, k, s.t0) {
				continue
			}
			conf = 0.75
		case (l == "informed" || l == "briefed") && x.thatWithin(si, k+1, 4):
			// "X informed the meeting that …", "briefed reporters that"
			if k-1 > s.t0 && passiveAux[x.toks[k-1].lower] {
				continue
			}
		case (l == "spoke" || l == "spoken" || l == "talked") && x.toPress(si, k+1):
			// "X has just talked to the press": a statement to the press
		case l == "quoted" && !negatedBefore(x.toks, k, s.t0):
			// "the agency quoted X as saying …", "X was quoted as
			// saying …": X speaks, not who quotes
			if e := x.quotedSpeaker(si, k); x.isActor(e) && !isDone(e) {
				mark(e)
				x.addRel(RelSaid, e, -1, si, 0.7, x.quoteIn(si, k))
			}
			continue
		case cue && issueVerbs[l] && x.issuedStatement(si, k) >= 0:
			// "the council issued a statement supporting …", "the assembly
			// adopted a resolution urging …": a statement in writing
			// (a modal or "to" before the verb leaves it without a subject:
			// "is expected to issue a statement", "will release one")
			if x.noOneBefore(si, k) {
				continue // "nobody from X issued a statement"
			}
			if a, ok := x.statementAuthor(si, x.issuedStatement(si, k)); ok {
				// "X read a statement on behalf of the board", "the paper
				// published a statement by the board": the board's
				if x.isActor(a) && !isDone(a) {
					mark(a)
					x.addRel(RelSaid, a, -1, si, 0.7, x.quoteIn(si, k))
				}
				continue
			}
			conf = 0.75
		case k-1 >= s.t0 && x.toks[k-1].text == "," && speechParticiples[l] && x.thatWithin(si, k+1, 4):
			// "Y sounded warier, noting that …", "…, telling state
			// media that …": the actor opening the clause, unless a
			// speaker already named in the sentence goes on ("he said,
			// adding that …")
			if e := x.clauseOpener(si, k-1); nd == 0 && x.isActor(e) && !x.modalBefore(si, k) && !x.nonStatementBefore(si, k-1) {
				mark(e)
				x.addRel(RelSaid, e, -1, si, 0.6, x.quoteIn(si, k))
			}
			continue
		case l == "saying" && k-1 >= s.t0 && x.toks[k-1].text == ",":
			if x.nonStatementBefore(si, k-1) {
				continue // "declined all comment about the fines, saying …"
			}
			e, c := x.clauseSubject(si, k)
			if e >= 0 && x.measureSaying(si, k-1, e) {
				continue // "Ostria barred the trawlers, saying …": the grounds of a measure
			}
			if e >= 0 && !isDone(e) {
				mark(e)
				x.addRel(RelSaid, e, -1, si, 0.7*(0.5+c/2), x.quoteIn(si, k))
			}
			continue
		case cue && x.lx.speechWk[l]:
			// "he added that", "…, she notes."
			ok := k+1 >= s.t1 || x.toks[k+1].lower == "that" || x.toks[k+1].kind == tkPunct && x.toks[k+1].text != "-"
			if k-1 >= s.t0 && isClosing(&x.toks[k-1]) && x.toks[k-1].text != ")" {
				ok = true // '…," she added', not "X (OFAC) added"
			}
			if !ok {
				continue
			}
			conf = 0.75
		case k+1 < s.t1 && x.toks[k+1].lower == "that" && x.lx.speechTh[l]:
			// "X has hinted that …", "Y countered that …"
			if (l == "repeated" || l == "repeats") && !x.thatOpensClause(si, k+1) {
				continue // "repeated that drill at four sites": a deed done again
			}
			conf = 0.75
		case cue && len(x.lx.phrasal[l]) > 0 && k+1 < s.t1 && contains(x.lx.phrasal[l], x.toks[k+1].lower):
		case l == "according" && k+1 < s.t1 && x.toks[k+1].lower == "to":
			q := k + 2
			if q < s.t1 && x.toks[q].lower == "the" {
				q++
			}
			if q < s.t1 {
				if mi := x.mentionStartAt(q); mi >= 0 && !x.ments[mi].weak {
					if e := x.ments[mi].ent; x.isActor(e) && !isDone(e) {
						mark(e)
						x.addRel(RelSaid, e, -1, si, 0.6, x.quoteIn(si, s.t1))
					}
				}
			}
			continue
		default:
			continue
		}
		if t.cap && k == s.t0 {
			continue
		}
		if negatedBefore(x.toks, k, s.t0) || x.saidNothing(si, k) || x.quotedBeforeAttribution(si, k) {
			continue
		}
		e, c := x.subjectOf(si, k)
		if a, topic := x.statementSubject(si, k); a >= 0 {
			e, c = a, 0.8 // "A BDF statement said": the issuer speaks
		} else if topic {
			continue // "a statement on Iran said": Iran says nothing
		}
		if e < 0 {
			if g := x.governmentSpeaker(si, k); g >= 0 {
				e, c = g, 0.6
			}
		}
		if e < 0 && !x.conditionalBefore(si, k) {
			// "Both described the talks as "frank"": the two people
			// named last speak
			if a, b := x.bothSpeakers(si, k); a >= 0 {
				for _, p := range [2]int{a, b} {
					if !isDone(p) {
						mark(p)
						x.addRel(RelSaid, p, -1, si, conf*0.6, x.quoteIn(si, k))
					}
				}
			}
			continue
		}
		if e < 0 || isDone(e) {
			continue
		}
		if x.conditionalBefore(si, k) {
			continue // "only if Moscow confirmed"
		}
		if x.memberOfStatelessBody(si, k, e) {
			continue // "Austrian MEPs said": members, not their state
		}
		if x.ents[e].kind == "state" && strings.HasSuffix(l, "s") && k+1 < s.t1 && !x.governmentOfBefore(si, k, e) {
			// "Moscow stresses sovereignty": a state's standing stance in
			// the present tense, not a statement it made; "Moscow says
			// that …", quotes and the verbs of claim and charge ("Tokyo
			// insists these are …", "Kinshasa accuses Kigali of …", "a
			// charge Kigali denies") still count, unless a quote tells
			// them about the state
			if n := x.toks[k+1].lower; n != "that" && !isOpening(&x.toks[k+1]) && n != "," && n != ":" && l != "says" && (!claimVerbs[l] || x.insideQuote(si, k) || refusalVerbs[l] && !x.claimObject(si, k)) {
				continue
			}
		}
		// a list of speakers is one decision: coordinatedSpeakers takes
		// it or not, and a list with a standing verb credits no item
		nc, listed, cs := x.coordinatedSpeakers(si, k, e)
		if listed && standingVerbs[l] && !x.commaSayingAfter(si, k) {
			continue
		}
		mark(e)
		if x.isPerson(e) && x.sentSubj[si] < 0 {
			x.sentSubj[si] = e
		}
		quote := x.quoteIn(si, k)
		x.addRel(RelSaid, e, -1, si, conf*(0.5+c/2), quote)
		if st := x.ministryState(e); st >= 0 && !isDone(st) && x.ministryStateSpeaks(si, k, e, l) {
			mark(st)
			x.addRel(RelSaid, st, -1, si, conf*(0.5+c/2)*0.85, quote)
		}
		// "the bank said through its chief executive, X, that …"
		if p := x.saidThrough(si, k); p >= 0 && !isDone(p) {
			mark(p)
			x.addRel(RelSaid, p, -1, si, conf*(0.5+c/2)*0.9, quote)
		}
		// "Britain, France and Germany have warned", "X and Y said",
		// "X and Y, both …, warned"
		for _, e2 := range cs[:nc] {
			if !isDone(e2) {
				mark(e2)
				x.addRel(RelSaid, e2, -1, si, conf*0.9, quote)
			}
		}
	}
}

// speechVerbBefore reports a speech verb earlier in the same clause as
// the statement medium at k ("…, Ruritania's trade ministry stated in a
// short statement", "in what the agency described in a communiqué as
// …", "called the ruling "…" in a message"): the medium belongs to that
// verb, and the sentence's first actor is then often a person the
// statement only reports on ("X held talks with Y, the ministry stated in
// a communiqué"), so the medium names no speaker of its own. The scan
// stops at a comma outside a quotation, so a verb of an earlier clause
// ("After the ministry confirmed the deal, X praised … in an interview")
// does not count. A speech word counts only as a verb: right after a
// name ("the ministry added in a statement"), or when the sentence
// already has a speaker (spoke), which a noun or a
// participle ("member states", "workers dismissed by the mill") never
// gives.
func (x *doc) speechVerbBefore(si, k int, spoke bool) bool {
	s := &x.sents[si]
	for j := k - 1; j > s.t0; j-- {
		t := &x.toks[j]
		if t.text == "," && !x.insideQuote(si, j) {
			return false
		}
		if t.kind != tkWord || t.cap || x.tokMent[j] >= 0 {
			continue
		}
		if x.isSpeechWord(t.lower) || t.lower == "called" || t.lower == "calls" {
			return spoke || x.mentionEndAt(j-1) >= 0
		}
	}
	return false
}

// isSpeechWord reports a word of the speech or weak-speech lists.
func (x *doc) isSpeechWord(l string) bool {
	return x.lx.speech[l] || x.lx.speechWk[l]
}

// memberOfStatelessBody reports that the subject e of the verb at k is
// only the demonym of a role whose body belongs to no state ("Austrian
// MEPs said", "a Danish MEP said"): the members speak, not the state
// where they were elected.
func (x *doc) memberOfStatelessBody(si, k, e int) bool {
	if e < 0 || x.ents[e].kind != "state" {
		return false
	}
	s := &x.sents[si]
	for j := k - 1; j > s.t0 && j >= k-4 && x.toks[j].kind == tkWord; j-- {
		ri := x.tokRole[j]
		if ri < 0 || x.tokMent[j] >= 0 {
			continue
		}
		r := &x.roles[ri]
		if r.tp.implied == "" || !x.impliedOwnsNoState(r.tp.implied) {
			return false
		}
		mi := x.mentionEndAt(r.t0 - 1)
		return mi >= 0 && x.ments[mi].ent == e
	}
	return false
}

// claimVerbs in the present tense keep a state's statement: each takes
// a claim or a charge ("insists the curbs are routine", "calls them
// retaliation", "accuses X of", "denies the charge"), never the bare
// stance a state "stresses" or "welcomes".
var claimVerbs = set("insists", "accuses", "calls", "denies", "rejects", "blames", "argues")

// refusalVerbs among the claimVerbs refuse a thing as often as a claim:
// "denies entry to trawlers", "rejects the plan" are acts, not
// statements. They count only with a claim for object (see claimObject).
var refusalVerbs = set("denies", "rejects")

// claimNouns are what is said and can be denied or rejected.
var claimNouns = set("charge", "charges", "claim", "claims", "accusation", "accusations", "allegation", "allegations",
	"report", "reports")

// claimObject reports that the verb at k takes a claim: "denies that …",
// "rejects the accusation", "denies the reports of …", or nothing at all
// ("a charge Oslo denies."). The object's head is looked for in the
// next four words, before any name, number or punctuation.
func (x *doc) claimObject(si, k int) bool {
	s := &x.sents[si]
	if k+1 >= s.t1 || x.toks[k+1].kind == tkPunct {
		return true
	}
	for q := k + 1; q < s.t1 && q <= k+4; q++ {
		t := &x.toks[q]
		if t.lower == "that" && q == k+1 || claimNouns[t.lower] {
			return true
		}
		if t.kind != tkWord || x.tokMent[q] >= 0 || prepositions[t.lower] {
			return false
		}
	}
	return false
}

// speechParticiples report a statement when set off by a comma and
// followed by "that": "…, noting that", "…, telling reporters that".
var speechParticiples = set("noting", "adding", "stressing", "warning", "telling", "arguing", "insisting",
	"stating", "emphasising", "emphasizing", "explaining", "recalling", "acknowledging")

// thatWithin reports "that" (or a colon) within n tokens from k, with no
// other punctuation before it: "informed the participants that".
func (x *doc) thatWithin(si, k, n int) bool {
	s := &x.sents[si]
	for q := k; q < s.t1 && q < k+n; q++ {
		if t := &x.toks[q]; t.lower == "that" || t.text == ":" {
			return true
		} else if t.kind == tkPunct {
			return false
		}
	}
	return false
}

// pressWords are the audience of a statement to the press.
var pressWords = set("reporters", "journalists", "press", "media", "correspondents")

// toPress reports "to reporters", "to the press", "to state media" from
// k: a verb of talking with them is a statement, unlike "spoke to X"
// (a meeting or a call).
func (x *doc) toPress(si, k int) bool {
	s := &x.sents[si]
	if k >= s.t1 || x.toks[k].lower != "to" && x.toks[k].lower != "with" {
		return false
	}
	for q := k + 1; q < s.t1 && q <= k+3; q++ {
		if pressWords[x.toks[q].lower] {
			return true
		}
		if x.toks[q].kind != tkWord || x.tokMent[q] >= 0 && x.ments[x.tokMent[q]].typ != TypePlace && !x.ments[x.tokMent[q]].weak {
			return false
		}
	}
	return false
}

// actedResponse reports a response told by what was done, not said:
// "Moscow responded by barring X", "Beijing replied with sanctions of
// its own". "responded by saying" and "responded with a statement" stay
// statements.
func (x *doc) actedResponse(si, k int) bool {
	s := &x.sents[si]
	if l := x.toks[k].lower; l != "responded" && l != "replied" || k+2 >= s.t1 {
		return false
	}
	n, m := x.toks[k+1].lower, x.toks[k+2].lower
	if n == "by" {
		return strings.HasSuffix(m, "ing") && !x.lx.speech[m] && !speechParticiples[m] && m != "saying" && m != "calling"
	}
	if n != "with" {
		return false
	}
	for q := k + 2; q < s.t1 && q <= k+5; q++ {
		if l := x.toks[q].lower; sanctionNouns[l] || strings.HasPrefix(l, "counter") {
			return true
		}
	}
	return false
}

// announcedMeasures reports an announcement whose object is a sanction
// and whose subject is shared: "Chile and Peru announced matching steps",
// "…, which announced parallel curbs" tell what was done, not what was
// said. One body or person announcing its own measures ("the Foreign
// Ministry announced entry bans on …") issues a statement, and so does
// "announced that …" (the clause comes before any sanction noun).
func (x *doc) announcedMeasures(si, k int) bool {
	s := &x.sents[si]
	if l := x.toks[k].lower; l != "announced" && l != "announces" || !x.sharedSubject(si, k) && !x.insideQuote(si, k) {
		return false
	}
	for q := k + 1; q < s.t1 && q <= k+4; q++ {
		t := &x.toks[q]
		if sanctionNouns[t.lower] {
			return true
		}
		if t.kind != tkWord || x.tokMent[q] >= 0 || t.lower == "that" {
			return false
		}
	}
	return false
}

// likeOthersWords open an object that compares a body's deeds with
// another's or denies any: "has announced no such curbs", "announced
// no date", "announced similar steps", "announced its own measures".
var likeOthersWords = set("no", "nothing", "similar", "such", "parallel", "matching", "comparable")

// announcedLikeOthers reports "announced" whose object (after at most an
// article) only compares the body's measures with others' or says there
// are none: the sentence lists what states did, not what one said. An
// announcement with its own content ("announced that …", "announced
// entry bans on …") stays a statement.
func (x *doc) announcedLikeOthers(si, k int) bool {
	s := &x.sents[si]
	if l := x.toks[k].lower; l != "announced" && l != "announces" {
		return false
	}
	q := k + 1
	if q < s.t1 && (x.toks[q].lower == "a" || x.toks[q].lower == "an") {
		q++
	}
	if q >= s.t1 {
		return false
	}
	if l := x.toks[q].lower; likeOthersWords[l] {
		return true
	} else if (l == "its" || l == "their") && q+1 < s.t1 && x.toks[q+1].lower == "own" {
		return true
	}
	return false
}

// requestNouns are asks put to a body. Turning one down is a decision
// on it (a court refusing an application, a government declining a
// request for talks), not a statement; rejected claims, accusations or
// decisions stay statements.
var requestNouns = set("request", "requests", "application", "applications", "appeal", "appeals",
	"petition", "petitions", "motion", "motions", "bid")

// rejectedRequest reports "rejected a request …", "has rejected an
// application to …", "rejected the province's second request",
// "rejected 14 applications": the object's head, after determiners,
// numbers, modifiers, names and possessives (at most six tokens), is an
// ask. A claim noun ("rejected charges in the petition"), a preposition
// or a participle ("claims made in the appeal"), "that" or any
// punctuation ends the object first.
func (x *doc) rejectedRequest(si, k int) bool {
	s := &x.sents[si]
	if l := x.toks[k].lower; l != "rejected" && l != "rejects" {
		return false
	}
	for q := k + 1; q < s.t1 && q <= k+6; q++ {
		t := &x.toks[q]
		if requestNouns[t.lower] {
			return true
		}
		if t.kind != tkWord && t.kind != tkPoss && t.kind != tkNum || t.lower == "that" || claimNouns[t.lower] ||
			prepositions[t.lower] && !(t.lower == "of" && countWords[x.toks[q-1].lower]) || q > k+1 && x.postParticiple(q) {
			return false
		}
	}
	return false
}

// countWords may take "of" before the head they count: "rejected dozens
// of applications".
var countWords = set("dozens", "hundreds", "thousands", "scores", "series", "number", "all", "some", "most", "many",
	"several", "each", "both", "none", "one", "two", "three", "four", "five")

// irregularParticiples are past participles without "-ed" that often
// follow the noun they describe: "claims made in the appeal".
var irregularParticiples = set("made", "brought", "put", "sent", "given", "taken", "laid", "set", "written", "drawn")

// postParticiple reports a lower-case past participle at q that follows
// its noun ("claims made in …", "charges filed by …") rather than
// modifying the next word after a determiner ("a renewed request").
func (x *doc) postParticiple(q int) bool {
	t, p := &x.toks[q], &x.toks[q-1]
	if t.kind != tkWord || t.cap || !pastVerb(t.lower) && !irregularParticiples[t.lower] {
		return false
	}
	return p.kind == tkWord && !determiners[p.lower]
}

// sharedSubject reports a subject joined to another ("Chile and Peru
// announced", "A, B and C announced": "and" between two named actors) or
// a relative one ("…, which announced") before the verb at k: the words
// between the clause's comma and the verb are scanned. A verb joined to
// another ("the ministry met and announced") or a reported clause
// ("officials said that Chile announced") keeps one subject.
func (x *doc) sharedSubject(si, k int) bool {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0 && j >= k-8; j-- {
		switch x.toks[j].lower {
		case "which", "who":
			return true
		case "and":
			if j > s.t0 && j+1 < k && x.actorAt(j-1) && x.actorAt(j+1) {
				return true
			}
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// actorAt reports a mention of an actor covering token q.
func (x *doc) actorAt(q int) bool {
	mi := x.tokMent[q]
	return mi >= 0 && x.isActor(x.ments[mi].ent)
}

// insideQuote reports that token k sits inside quotation marks: opened
// earlier in the sentence, or opened in an earlier sentence and closed
// after k in this one (a quote of several sentences: "“We waited.
// Iceland announced its curbs too late,” she said"). A speaker's words
// about what a body did are not the body's statement.
func (x *doc) insideQuote(si, k int) bool {
	s := &x.sents[si]
	open, marked := false, false
	for j := s.t0; j < k; j++ {
		switch x.toks[j].text {
		case "\u201c":
			open, marked = true, true
		case "\u201d":
			open, marked = false, true
		case "\"":
			open, marked = !open, true
		}
	}
	if open || marked {
		return open // a quote of this sentence's own, open or closed before k
	}
	for j := k + 1; j < s.t1; j++ {
		switch x.toks[j].text {
		case "\u201c":
			return false
		case "\u201d":
			return true
		}
	}
	return false
}

// quotedBeforeAttribution reports that the verb at k sits inside a quote
// whose closing mark, later in the sentence, is followed by its own
// attribution: '"Nobody in the capital has told us a thing," she said'.
// The verb belongs to the speaker's words; whoever it names did not make
// a statement of their own. The first quotation mark after k decides: an
// opening one ('warned that the curbs were "illegal," the agency said')
// starts a quote after the verb.
func (x *doc) quotedBeforeAttribution(si, k int) bool {
	s := &x.sents[si]
	for j := k + 1; j < s.t1; j++ {
		switch x.toks[j].text {
		case "\u201c", "\u00ab":
			return false
		case "\u201d", "\u00bb":
			return x.attributionAt(si, j+1)
		case "\"":
			// a straight mark closes when it follows the quote's own
			// punctuation at once: ',"' or '."'
			p := &x.toks[j-1]
			return !x.toks[j].space && (p.text == "," || p.text == "." || p.text == "?" || p.text == "!") && x.attributionAt(si, j+1)
		}
	}
	return false
}

// attributionAt reports a quote's attribution starting at token q: an
// optional comma, then "he/she <speech verb>", "<Name> <speech verb>" or
// an inverted "said <Name>".
func (x *doc) attributionAt(si, q int) bool {
	s := &x.sents[si]
	if q < s.t1 && x.toks[q].text == "," {
		q++
	}
	if q >= s.t1 {
		return false
	}
	isVerb := func(j int) bool {
		return j < s.t1 && (x.lx.speech[x.toks[j].lower] || x.lx.speechWk[x.toks[j].lower])
	}
	if personPronouns[x.toks[q].lower] || isVerb(q) {
		return isVerb(q) || isVerb(q+1)
	}
	if mi := x.mentionStartAt(q); mi >= 0 {
		return isVerb(x.ments[mi].t1)
	}
	return false
}

// ministryState returns the state a speaking ministry is named after
// ("China's foreign ministry urged", "the Uzbek Foreign Ministry said");
// ministryStateSpeaks decides whether its statement is also the state's. Departments whose name does not carry
// a state's demonym or name ("the State Department", "the Treasury") and
// bodies that are no ministry give -1: they speak for themselves.
func (x *doc) ministryState(e int) int {
	if e < 0 || x.ents[e].kind != "ministry" {
		return -1
	}
	return x.stateOf(e)
}

// ministryStateSpeaks reports that the statement of the ministry e
// speaking through the verb l at k is also its state's. A ministry the
// article names only by description ("China's foreign ministry said",
// "the Uzbek foreign ministry urged": its mention has the common noun
// "ministry" in lower case) is annotated as its state speaking; a
// ministry named by its proper name ("the Uzbek Foreign Ministry said",
// "Belarus's Foreign Ministry condemned", "the Russian Ministry of Foreign
// Affairs stated") is an actor of its own and speaks only for itself.
// The mention read is e's last one in the sentence before k; when the
// sentence calls it only "the ministry" or "it" (no mention of e), it is
// the ministry's first naming in the article ("China's foreign ministry
// summoned the envoy. The ministry said …"). One exception: a named
// ministry opening the sentence with a communiqué verb ("The Ministry of
// Foreign Affairs of X notes that …", "6. The Ministry … reaffirms") is
// the voice of the ministry's own communiqué, whose author is the state;
// a news lead's "says" is no communiqué ("The Russian Foreign Ministry
// says sanctions are illegal").
func (x *doc) ministryStateSpeaks(si, k, e int, l string) bool {
	s := &x.sents[si]
	for q := k - 1; q >= s.t0; q-- {
		mi := x.tokMent[q]
		if mi < 0 || x.ments[mi].ent != e {
			continue
		}
		m := &x.ments[mi]
		if x.describedMinistry(m) {
			return true
		}
		if !communiqueVerbs[l] {
			return false
		}
		for j := s.t0; j < m.t0; j++ {
			if t := &x.toks[j]; t.kind == tkWord && t.lower != "the" && !isDigits(t.text) {
				return false // "the duties, which X's Ministry of Commerce notes are …"
			}
		}
		return true
	}
	first := -1
	for mi := range x.ments {
		if m := &x.ments[mi]; !m.dead && m.ent == e && m.t0 < s.t0 && (first < 0 || m.t0 < x.ments[first].t0) {
			first = mi
		}
	}
	return first >= 0 && x.describedMinistry(&x.ments[first])
}

// describedMinistry reports a ministry mention that only describes it:
// the common noun "ministry" in lower case ("China's foreign ministry").
func (x *doc) describedMinistry(m *mention) bool {
	for j := m.t0; j < m.t1; j++ {
		if x.toks[j].text == "ministry" {
			return true
		}
	}
	return false
}

// communiqueVerbs open a ministry's communiqué or its numbered points
// ("The Ministry … issues the following statement", "The Ministry … notes
// that", "… reaffirms its support"); "says",
// "warns" and the like are the present tense of a news lead as well.
var communiqueVerbs = set("issues", "notes", "states", "declares", "stresses", "reaffirms", "reiterates", "underlines",
	"emphasises", "emphasizes", "expresses", "welcomes", "affirms")

// standingVerbs are raising an issue or laying blame: each member's
// standing position, not a joint statement ("X, Y and Z have raised
// objections at the WTO", "X and Y have blamed Z"), so a list with such a
// verb credits none of its items, unless the clause goes on ", saying …".
var standingVerbs = set("raised", "raises", "blamed", "blames")

// commaSayingAfter reports ", saying" after the verb at k in sentence si
// ("X and Y raised the issue at the WTO, saying …"): the clause then
// reports a statement, whatever its main verb.
func (x *doc) commaSayingAfter(si, k int) bool {
	s := &x.sents[si]
	for j := k + 2; j < s.t1; j++ {
		if x.toks[j].lower == "saying" && x.toks[j-1].text == "," {
			return true
		}
	}
	return false
}

// coordinatedSpeakers returns the actors listed before the speaking
// subject e as its conjuncts ("Britain, France and Germany have warned",
// "Saudi Arabia and the United States said in a joint statement", "Mali
// and Burkina Faso, both ruled by …, warned", "X and Y said"): a joint
// statement is each member's. It is the one decision on a list of
// speakers; listed reports that e ends a list ("… and e") whether or not
// the list is taken. e's mention must be the last one before the verb at
// k, but for an appositive ", …," between it and the verb, so a list the
// subject only follows ("talks with X and Y, Z said") is not taken. The
// list must open the clause: at the sentence start, after a comma, ";",
// "that", "which", "but", "while", "and", a closing quotation mark
// ("\"…," X and Y said") or a dateline dash ("BERLIN (Reuters) - X and Y
// warned"), a role before an item being part of it; no item may follow a
// preposition ("sanctions on X, Y and Z", "officials in X and Y") and
// every item must be an actor, not a place or an event. A list of more
// than eight items (out's size) is no list of speakers.
func (x *doc) coordinatedSpeakers(si, k, e int) (n int, listed bool, out [8]int) {
	s := &x.sents[si]
	var m *mention
	other := false
	comma := false
	for q := k - 1; q >= s.t0 && q >= k-16; q-- {
		if x.toks[q].text == "," {
			comma = true
		}
		if mi := x.tokMent[q]; mi >= 0 {
			if x.ments[mi].ent != e {
				if !comma {
					return 0, false, out
				}
				other = true // "X and Y, the other members of Z, welcomed"
				continue
			}
			m = &x.ments[mi]
			break
		}
	}
	if m == nil || other && (int(m.t1) >= s.t1 || x.toks[m.t1].text != ",") {
		return 0, false, out
	}
	skipThe := func(p int) int {
		if p >= s.t0 && x.toks[p].lower == "the" {
			p--
		}
		if p >= s.t0 {
			if r := x.tokRole[p]; r >= 0 && x.roles[r].t0 >= s.t0 {
				p = x.roles[r].t0 - 1 // "Foreign Minister X and …"
				if p >= s.t0 && x.toks[p].lower == "the" {
					p--
				}
			}
		}
		return p
	}
	p := m.t0 - 1
	if p >= s.t0 && x.toks[p].lower == "the" {
		p--
	}
	if p <= s.t0 || x.toks[p].lower != "and" {
		return 0, false, out
	}
	p--
	if x.toks[p].text == "," {
		p-- // the serial comma: "X, Y, and Z"
	}
	if x.mentionEndAt(p) < 0 {
		return 0, false, out
	}
	listed = true
	for p >= s.t0 {
		mi := x.mentionEndAt(p)
		if mi < 0 {
			return 0, listed, out
		}
		c := x.ments[mi].ent
		if !x.isActor(c) || c == e || x.inPrepPhrase(si, p) {
			return 0, listed, out
		}
		if n == len(out) {
			return 0, listed, out
		}
		out[n] = c
		n++
		p = skipThe(int(x.ments[mi].t0) - 1)
		if p < s.t0 || x.toks[p].text != "," {
			break
		}
		if mj := x.mentionEndAt(p - 1); mj < 0 {
			break // "On Monday, X and Y said": the comma closes an opener
		}
		p--
	}
	if p >= s.t0 {
		switch t := x.toks[p].text; {
		case t == "," || t == ";" || t == "\"" || t == "\u201d" || t == "\u2019" || signOffDashes[t]:
		case x.toks[p].lower == "that" || x.toks[p].lower == "which" || x.toks[p].lower == "but" || x.toks[p].lower == "while" || x.toks[p].lower == "and":
		default:
			return 0, listed, out
		}
	}
	return n, listed, out
}

// inPrepPhrase reports that the mention ending at token k follows a
// preposition ("in India and Pakistan").
func (x *doc) inPrepPhrase(si, k int) bool {
	mi := x.mentionEndAt(k)
	if mi < 0 {
		return false
	}
	p := x.ments[mi].t0 - 1
	if p >= x.sents[si].t0 && x.toks[p].lower == "the" {
		p--
	}
	return p >= x.sents[si].t0 && prepositions[x.toks[p].lower]
}

// conditionalBefore reports "if", "unless" or "whether" shortly before
// the verb at v.
func (x *doc) conditionalBefore(si, v int) bool {
	s := &x.sents[si]
	for k := v - 1; k >= s.t0 && k >= v-5; k-- {
		switch x.toks[k].lower {
		case "if", "unless", "whether":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// passiveAux before a participle make a passive.
var passiveAux = set("was", "were", "been", "being", "be", "is", "are")

// stanceNouns name what a readout says someone reaffirmed: "reaffirmed
// Ostria's support for", "reaffirms its commitment to", "reaffirmed the
// call for".
var stanceNouns = set("support", "commitment", "commitments", "position", "stance", "call", "calls", "opposition",
	"solidarity", "determination", "readiness", "resolve", "willingness", "backing", "view", "belief")

// reaffirmedStance reports "reaffirmed" at k as words spoken: a "that"
// clause after it, or a stance noun before the next punctuation within
// eight words ("reaffirmed Washington's "unwavering support""). A body
// reaffirming sanctions in a vote or a court a ruling only acts again.
func (x *doc) reaffirmedStance(si, k int) bool {
	s := &x.sents[si]
	if k+1 < s.t1 && x.toks[k+1].lower == "that" {
		return true
	}
	for j := k + 1; j < s.t1 && j <= k+8; j++ {
		t := &x.toks[j]
		if stanceNouns[t.lower] {
			return true
		}
		if t.kind == tkPunct && !isOpenQuote(t) && !isClosing(t) {
			return false
		}
	}
	return false
}

// putItFrame reports "put it" introducing words of one's own: "put it
// to me this way: …", "put it bluntly: '…'", "as he put it". Putting
// something to a vote or on the table says nothing. Within six words of
// "it" a colon or any opening mark will do; a longer frame of when and
// where ("put it over coffee in Ostria in October: "…"") must end on a
// colon and a quotation mark. The scan stops at a speech verb or a
// person (but one spoken to): "put it on sale after Y called it "a
// wreck"" quotes Y, and "put it on the market in the spring of 2021
// (the year …)" has only a parenthesis.
func (x *doc) putItFrame(si, k int) bool {
	s := &x.sents[si]
	if k+1 >= s.t1 || x.toks[k+1].lower != "it" {
		return false
	}
	if k-2 >= s.t0 && x.toks[k-2].lower == "as" && personPronouns[x.toks[k-1].lower] {
		return true
	}
	for j := k + 2; j < s.t1 && j <= k+12; j++ {
		t := &x.toks[j]
		if j <= k+7 && (t.text == ":" || isOpening(t)) {
			return true
		}
		if t.text == ":" {
			return j+1 < s.t1 && isOpenQuote(&x.toks[j+1])
		}
		if t.kind == tkPunct || x.lx.speech[t.lower] || x.lx.speechWk[t.lower] {
			return false
		}
		if mi := x.mentionStartAt(j); mi >= 0 && x.isPerson(x.ments[mi].ent) && x.toks[j-1].lower != "to" {
			return false // "put it on sale after Y wrote: …"; "put it to Y this way" is spoken to Y
		}
	}
	return false
}

// pairNouns name the two people of a pair as one subject: "both men",
// "the two ministers".
var pairNouns = set("men", "women", "ministers", "leaders", "presidents", "officials", "envoys", "diplomats")

// bothSpeakers returns the two people a paired subject right before the
// verb at v stands for: "Both described the talks as …", "…, which both
// men described as …", "the two ministers said". They are the last two
// people named before it, in this sentence or the one before (the pair
// just said to have met or talked); -1, -1 when there are not two, when
// the subject pairs sides ("both sides said"), or when a nearer pair is
// of bodies or of what people own: in "X announced that Ghana and Peru
// had signed the accord, which Y drafted. Both said …" and "X's party
// and Y's union clashed. Both said …" no two people speak. A body or
// state joined by "and" to another actor is such a pair; a lone one is
// an object and is passed over ("urged Japan to", "projects with North
// Korea"), as is one that qualifies a person ("X and Peru's minister
// Y", "the Labour Party leader"), a place or a demonym.
func (x *doc) bothSpeakers(si, v int) (int, int) {
	s := &x.sents[si]
	k := v - 1
	if k >= s.t0 && pairNouns[x.toks[k].lower] {
		k--
		if k < s.t0 || x.toks[k].lower != "both" && !(x.toks[k].lower == "two" && k-1 >= s.t0 && x.toks[k-1].lower == "the") {
			return -1, -1
		}
		if x.toks[k].lower == "two" {
			k--
		}
	} else if k < s.t0 || x.toks[k].lower != "both" {
		return -1, -1
	}
	if k > s.t0 {
		switch p := x.toks[k-1]; {
		case p.lower == "that" || p.lower == "which" || p.lower == "and" || p.text == "," || p.text == ";":
		default:
			return -1, -1 // "talks with both", "of both": no subject
		}
	}
	a, b := -1, -1
	for sj := si; sj >= 0 && sj >= si-1 && b < 0; sj-- {
		hi := x.sents[sj].t1
		if sj == si {
			hi = k
		}
		for j := hi - 1; j >= x.sents[sj].t0 && b < 0; j-- {
			mi := x.tokMent[j]
			if mi < 0 || x.ments[mi].t0 != j {
				continue
			}
			m := &x.ments[mi]
			e := m.ent
			if m.weak || !x.isActor(e) || e == a || j-1 >= x.sents[sj].t0 && x.toks[j-1].lower == "of" {
				continue // "the governors of X": a place or a body's, not one of the pair
			}
			poss := m.t1 < x.sents[sj].t1 && x.possAt(m.t1)
			if !x.isPerson(e) {
				if !poss && (m.t1 >= x.sents[sj].t1 || x.tokRole[m.t1] < 0) && x.actorJoined(m) {
					return -1, -1 // "Ghana and Peru had signed": the pair is two bodies
				}
				continue // "urged Japan to", "projects with North Korea": no subject
			}
			if poss {
				return -1, -1 // "Y's union": the thing owned is one of the pair
			}
			if a < 0 {
				a = e
			} else {
				b = e
			}
		}
	}
	if b < 0 {
		return -1, -1
	}
	return a, b
}

// actorJoined reports a mention joined by "and" to another actor's
// mention right before or after it ("Ghana and Peru", "the union and
// Y"): a paired subject, where a lone body is more often an object.
func (x *doc) actorJoined(m *mention) bool {
	s := &x.sents[m.sent]
	if k := m.t1; k+1 < s.t1 && x.toks[k].lower == "and" {
		if k+2 < s.t1 && x.toks[k+1].lower == "the" {
			k++
		}
		if mi := x.mentionStartAt(k + 1); mi >= 0 && !x.ments[mi].weak && x.isActor(x.ments[mi].ent) {
			return true
		}
	}
	k := m.t0 - 1
	if k >= s.t0 && x.toks[k].lower == "the" {
		k--
	}
	if k-1 >= s.t0 && x.toks[k].lower == "and" {
		if mi := x.mentionEndAt(k - 1); mi >= 0 && !x.ments[mi].weak && x.isActor(x.ments[mi].ent) {
			return true
		}
	}
	return false
}

// bluntWords describe how plainly someone spoke: "was blunter", "is
// blunt". They report a statement only when a quote follows (see
// quoteFollows); "the message was blunt" alone tells of no speaker.
var bluntWords = set("blunt", "blunter", "franker", "candid", "emphatic", "categorical", "scathing")

// quoteFollows reports a quotation opening right after a short phrase of
// when or where from token k: a colon and a quotation mark ("was
// blunter at a rally on Saturday: "…""), or the sentence's end with the
// next sentence opening on a quotation mark ("was blunt. "…"") that is
// not credited to someone named after it ("X is blunt. "…," said Y":
// the words are Y's).
func (x *doc) quoteFollows(si, k int) bool {
	s := &x.sents[si]
	for j := k; j < s.t1 && j <= k+8; j++ {
		t := &x.toks[j]
		if t.text == ":" {
			return j+1 < s.t1 && isOpenQuote(&x.toks[j+1])
		}
		if t.text == "." && j+1 == s.t1 {
			return si+1 < len(x.sents) && isOpenQuote(&x.toks[x.sents[si+1].t0]) && !x.quoteCredited(si+1)
		}
		if t.kind == tkPunct {
			return false
		}
	}
	return false
}

// quoteCredited reports a quotation opening sentence si that, where it
// closes (in si or one of the next three sentences), is followed by a
// speech verb and a named actor: '"…," said Y', '"…." Y added.'.
func (x *doc) quoteCredited(si int) bool {
	for sj := si; sj < len(x.sents) && sj <= si+3; sj++ {
		s := &x.sents[sj]
		j := s.t0
		if sj == si {
			j++
		}
		for ; j < s.t1; j++ {
			if t := x.toks[j].text; t != "\u201d" && t != "\"" && t != "\u00bb" {
				continue
			}
			verb, actor := false, false
			for q := j + 1; q < s.t1; q++ {
				l := x.toks[q].lower
				verb = verb || x.lx.speech[l] || x.lx.speechWk[l]
				if mi := x.tokMent[q]; mi >= 0 && !x.ments[mi].weak && x.isActor(x.ments[mi].ent) {
					actor = true
				}
			}
			return verb && actor
		}
	}
	return false
}

// quoteAfter gives the quoted words of the statement at token k of
// sentence si: those in si, or those of a quotation opening the next
// sentence when si ends before it ("Y is blunt. "…"").
func (x *doc) quoteAfter(si, k int) string {
	s := &x.sents[si]
	for j := s.t0; j < s.t1; j++ {
		if isOpenQuote(&x.toks[j]) {
			return x.quoteIn(si, k)
		}
	}
	if si+1 < len(x.sents) && isOpenQuote(&x.toks[x.sents[si+1].t0]) {
		return x.quoteIn(si+1, x.sents[si+1].t0)
	}
	return x.quoteIn(si, k)
}

// saidThrough returns the person a body spoke through: "the bank said
// through its country director, X, that …". The person is the named
// appositive of the role that follows "through its"; -1 when there is
// none ("said through its website").
func (x *doc) saidThrough(si, k int) int {
	s := &x.sents[si]
	if k+3 >= s.t1 || x.toks[k+1].lower != "through" || x.toks[k+2].lower != "its" {
		return -1
	}
	// the role may follow a qualifier ("its country director")
	for j := k + 3; j < s.t1 && j <= k+5; j++ {
		if ri := x.tokRole[j]; ri >= 0 {
			return x.appositivePerson(si, x.roles[ri].t1, 3)
		}
		if x.toks[j].kind != tkWord || x.tokMent[j] >= 0 {
			break
		}
	}
	return -1
}

// calledItQuote reports "called it" followed at once by an opening
// quotation mark ('called it "a betrayal"'): a verdict given in words.
// Without the quote "called it" is mostly an idiom ("called it a day",
// "called it quits") or a naming; a quoted name is a naming too
// ('called it "Project Harrow"'), so the first quoted word is lower case
// or an article ('"A betrayal"').
func (x *doc) calledItQuote(si, k int) bool {
	q := k + 2
	if q+1 >= x.sents[si].t1 || x.toks[q+1].kind != tkWord {
		return false
	}
	switch x.toks[q].text {
	case "\u201c", "\"", "\u2018", "'", "\u00ab":
		w := x.toks[q+1].text
		return !isCapitalised(w) || w == "A" || w == "An"
	}
	return false
}

// calledGapQuote reports "called" right before a quotation with a named
// speaker right before the verb, most often a gapped relative clause
// whose object stands earlier in the sentence: "a step the Danish
// Foreign Ministry called "hasty"", "language Caracas called "a
// threat"", "over what Treasury called "abuse"" (also "Fiji
// called "for calm""). The quote is the speaker's own wording, so the
// clause reports a statement. An unnamed or generic speaker ("what an
// Israeli official called", "what the ministry called "pacing"")
// more often lends a label to the writer's account than makes a
// statement of its own, a name after a preposition is no speaker but the
// head of a reduced passive ("sanctions on Russia called "the toughest
// yet" by …"), and a quote without a named speaker before it
// ("so-called", "was called "…"") is left to the other guards.
func (x *doc) calledGapQuote(si, k int) bool {
	if k+2 >= x.sents[si].t1 || !isOpening(&x.toks[k+1]) || x.toks[k+2].kind != tkWord {
		return false
	}
	mi := x.mentionEndAt(k - 1)
	if mi < 0 || x.ments[mi].weak || !x.toks[x.ments[mi].t0].cap {
		return false
	}
	// "sanctions on Russia called "the toughest yet" by …": a name after
	// a preposition is no subject, and the quote is a passive label
	p := x.ments[mi].t0 - 1
	if p > x.sents[si].t0 && x.toks[p].lower == "the" {
		p--
	}
	if p >= x.sents[si].t0 && prepositions[x.toks[p].lower] {
		return false
	}
	return x.isActor(x.ments[mi].ent)
}

// governmentSpeaker resolves a bare "the government" opening the clause
// of the speech verb at k ("The government says …", "The army-aligned
// government in Port Sudan praised …", "In Asmara the government quickly
// praised …", "…, and the government accused …") to the state it stands
// for: the state whose capital follows or opens the clause ("in
// Managua"), else the state opening the reported clause before ", the
// government said", else the state named last before it in this
// sentence, else the one state named in the three sentences before.
// Reports tell a state's statements by its government without
// naming it again, and subjectOf, which reads names, misses them. A
// government inside a reported or subordinate clause ("he said the
// government had protested", "since the government announced") is not
// the clause's speaker, a government in a city that is no capital ("in
// Port Sudan") leaves its state unsure (the state named last is often the
// one whose move it answers), and a named government ("the Swiss
// government") is a mention subjectOf already reads. When two states are
// named in the sentences before, the government is more often the one
// the story is about than the one named last in passing ("South Korea
// … talks with North Korea. The government said …"), so it is left
// unresolved rather than guessed.
// Returns -1 when none fits.
func (x *doc) governmentSpeaker(si, k int) int {
	s := &x.sents[si]
	q := k - 1
	for q > s.t0 && x.tokMent[q] < 0 && (passiveAux[x.toks[q].lower] || x.toks[q].lower == "has" || x.toks[q].lower == "have" || x.adverbial(q)) {
		q--
	}
	seat := ""
	// "the government in Managua": the capital names the state
	if q-2 > s.t0 && x.tokMent[q] >= 0 {
		m := &x.ments[x.tokMent[q]]
		if m.t0-2 <= s.t0 || x.toks[m.t0-1].lower != "in" || m.typ != TypePlace {
			return -1
		}
		if m.seat == "" {
			return -1 // "the government in Port Sudan": which state is unsure
		}
		seat = m.seat
		q = m.t0 - 2
	}
	if q <= s.t0 || x.toks[q].lower != "government" || x.tokMent[q] >= 0 {
		return -1
	}
	d := q - 1
	// one modifier, hyphened or not: "the interim government", "the
	// army-aligned government"
	for n := 0; n < 3 && d > s.t0 && x.toks[d].lower != "the" && x.tokMent[d] < 0 && !x.toks[d].cap &&
		(x.toks[d].kind == tkWord || x.toks[d].text == "-" && n == 1); n++ {
		d--
	}
	if x.toks[d].lower != "the" {
		return -1
	}
	switch {
	case d == s.t0:
	case x.toks[d-1].text == "," || x.toks[d-1].text == ":" || x.toks[d-1].lower == "and" || x.toks[d-1].lower == "but":
	case x.tokMent[d-1] >= 0 && x.ments[x.tokMent[d-1]].seat != "" && x.ments[x.tokMent[d-1]].t0-1 == s.t0 && x.toks[s.t0].lower == "in":
		// "In Asmara the government quickly praised …"
		seat = x.ments[x.tokMent[d-1]].seat
	default:
		return -1
	}
	if seat != "" {
		if st := x.entityByKey(seat); st >= 0 && x.isActor(st) {
			return st
		}
		return -1
	}
	if d > s.t0 && x.toks[d-1].text == "," {
		// "Finland will close two crossings used by Russia's couriers,
		// the government said": the state opening the reported clause
		if e := x.clauseOpener(si, d); e >= 0 && x.imposerFits(e, "government") {
			return e
		}
	}
	if e := x.fittingBodyBefore(si, si, d, "government"); e >= 0 {
		return e // "Cocoa is Ghana's main export, and the government …"
	}
	if si == 0 {
		return -1
	}
	st := -1
	x.mentionsBefore(si-1, x.sents[si-1].t1, 2, func(_, j, e int) bool {
		if e < 0 || e == st || x.ments[x.tokMent[j]].weak || !x.imposerFits(e, "government") {
			return true
		}
		if st >= 0 {
			st = -1 // a second state: which one speaks is unsure
			return false
		}
		st = e
		return true
	})
	return st
}

// declaredDeed reports "declared" or "declares" with an object that is
// declared by an act: "declared independence", "declared martial law",
// "declared a local state of emergency", "declared war on …", "the firm
// declared goods worth …", "declared the envoy persona non grata". The
// object is read over at most six words (names, determiners, modifiers,
// "of") up to a preposition, "that" or punctuation. Anything else stays
// a statement: "declared that …", "declared in a speech", a verdict
// ("declared victory", "declared the talks a failure", "declared herself
// satisfied") and an inverted attribution ('"…," declared the minister').
func (x *doc) declaredDeed(si, k int) bool {
	s := &x.sents[si]
	if l := x.toks[k].lower; l != "declared" && l != "declares" || k+1 >= s.t1 {
		return false
	}
	if p := k - 1; p >= s.t0 && (isClosing(&x.toks[p]) || x.toks[p].text == "," && p-1 >= s.t0 && isClosing(&x.toks[p-1])) {
		return false // '"We will not yield," declared the minister'
	}
	for q := k + 1; q < s.t1 && q <= k+6; q++ {
		t := &x.toks[q]
		if deedObjects[t.lower] || t.lower == "persona" && q+2 < s.t1 && x.toks[q+2].lower == "grata" {
			return true
		}
		if t.kind != tkWord && t.kind != tkPoss && t.kind != tkNum || t.lower == "that" || prepositions[t.lower] && t.lower != "of" {
			return false
		}
	}
	return false
}

// deedObjects are declared by an act: a state, a war, a holiday, goods or
// assets at customs or in a filing, a value ("worth").
var deedObjects = set("independence", "sovereignty", "martial", "emergency", "war", "bankruptcy", "insolvency",
	"curfew", "ceasefire", "truce", "holiday", "mourning", "goods", "assets", "income", "earnings", "dividend", "worth")

// nonStatementWords are what a non-statement declines or fails to do:
// "declined to comment", "did not respond", "could not be reached",
// "was not available for comment", "has not replied".
var nonStatementWords = set("comment", "commented", "respond", "responded", "reply", "replied", "answer", "answered",
	"say", "elaborate", "reached", "available", "return", "returned")

// declineWords, like the negWords, before a nonStatementWord make it a
// non-statement: "declined to comment", "did not respond".
var declineWords = set("declined", "declines", "refused", "refuses")

// nonStatementBefore reports a non-statement in the clause before the
// comma at c ("A spokesman declined all comment about the fines, saying
// the courts would rule"): the participle gives the grounds of the
// refusal, not a statement. The clause runs back to the comma before
// it; a relative aside there (", which were imposed in May,") is passed
// over to the clause before it, while a refusal inside the aside
// ("X, who had not responded last week, wrote to …, saying") or an
// earlier clause does not count. "…, saying only that …" reports a
// statement. A real statement earlier in the sentence is found by its
// own verb.
func (x *doc) nonStatementBefore(si, c int) bool {
	s := &x.sents[si]
	if c+3 < s.t1 && x.toks[c+2].lower == "only" && x.toks[c+3].lower == "that" {
		return false
	}
	end := c
	for end > s.t0 {
		b := end - 1
		for b > s.t0 && x.toks[b].text != "," && x.toks[b].text != ";" {
			b--
		}
		start := b
		if x.toks[b].text == "," || x.toks[b].text == ";" {
			start = b + 1
		}
		if start < end && (x.toks[start].lower == "which" || x.toks[start].lower == "who") && x.toks[b].text == "," {
			end = b // a relative aside: the clause before it
			continue
		}
		for j := end - 1; j >= start; j-- {
			if !nonStatementWords[x.toks[j].lower] {
				continue
			}
			for q := j - 1; q >= start && q >= j-3; q-- {
				if l := x.toks[q].lower; negWords[l] || declineWords[l] {
					return true
				}
			}
		}
		return false
	}
	return false
}

// issueVerbs put out a statement in writing. The bare forms count after
// "did" ("the board did issue a statement"); after a modal or "to" ("is
// expected to issue a statement") subjectOf finds no subject.
var issueVerbs = set("issued", "issues", "issue", "released", "releases", "release", "published", "publish", "read", "put",
	"adopted", "adopts", "adopt", "passed")

// writtenStatements are statements in writing; resolutions count only with
// a participle that says what they urge or back, since "adopted the
// resolution after the vote" is a deed.
var writtenStatements = set("statement", "communiqué", "communique", "declaration")

// resolutionParticiples tell what a resolution says.
var resolutionParticiples = set("urging", "calling", "backing", "condemning", "declaring", "demanding", "rejecting",
	"welcoming", "supporting", "expressing", "denouncing", "stating", "saying")

// issuedStatement reports "issued a statement", "put out a short
// statement", "read out the joint communiqué", "adopted a resolution
// urging …" at the verb k: a determiner, at most two lower-case
// modifiers ("brief", "joint", "press") and the noun, whose index it
// returns; -1 for none.
func (x *doc) issuedStatement(si, k int) int {
	s := &x.sents[si]
	q := k + 1
	if q < s.t1 && x.toks[q].lower == "out" {
		q++
	} else if x.toks[k].lower == "put" {
		return -1
	}
	if q >= s.t1 || !determiners[x.toks[q].lower] || x.toks[q].lower == "no" {
		return -1 // "issued no statement"
	}
	for j := q + 1; j < s.t1 && j <= q+3; j++ {
		t := &x.toks[j]
		switch {
		case writtenStatements[t.lower]:
			return j
		case t.lower == "resolution":
			if j+1 < s.t1 && resolutionParticiples[x.toks[j+1].lower] {
				return j
			}
			return -1
		case t.kind != tkWord || t.cap || x.tokMent[j] >= 0:
			return -1
		}
	}
	return -1
}

// statementAuthor returns who a statement at the noun n is by when the
// words after it name someone other than the one who puts it out: "a
// statement on behalf of the board", "a statement by the board", "a
// statement from the ministry" (within three words of the noun). ok
// reports such an author; "on behalf of" with no named actor after it
// still gives ok with e = -1, so the reader gets nothing. A place after
// "from" ("a statement from Kessby") names no author.
func (x *doc) statementAuthor(si, n int) (e int, ok bool) {
	s := &x.sents[si]
	for q := n + 1; q < s.t1 && q <= n+3; q++ {
		l := x.toks[q].lower
		a, behalf := -1, false
		switch {
		case l == "by" || l == "from":
			a = q + 1
		case l == "on" && q+2 < s.t1 && x.toks[q+1].lower == "behalf" && x.toks[q+2].lower == "of":
			a, behalf = q+3, true
		default:
			if x.toks[q].kind == tkPunct {
				return -1, false
			}
			continue
		}
		if a < s.t1 && (x.toks[a].lower == "the" || x.toks[a].lower == "its") {
			a++
		}
		if mi := x.mentionStartAt(a); mi >= 0 && x.isActor(x.ments[mi].ent) {
			return x.ments[mi].ent, true
		}
		return -1, behalf
	}
	return -1, false
}

// noOneWords open a subject that names nobody who spoke.
var noOneWords = set("nobody", "neither", "none", "no-one")

// noOneBefore reports a subject of nobody in the clause before the verb
// at k: "Nobody from the chamber released a statement", "neither side
// issued a readout", "no one at the ministry …".
func (x *doc) noOneBefore(si, k int) bool {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0 && x.toks[j].text != "," && x.toks[j].text != ";"; j-- {
		if l := x.toks[j].lower; noOneWords[l] || l == "no" && j+1 < k && x.toks[j+1].lower == "one" {
			return true
		}
	}
	return false
}

// quotedSpeaker returns who is quoted at the verb "quoted" at k: the
// subject of "X was quoted (by Y) as saying", or the object of "quoted X as
// saying" / "quoted him on Monday saying", after an apposition (",
// an aide to the president,") and at most three words of time. A quote
// with no "saying" ("quoted a report", "quoted by the agency") names no
// speaker: -1.
func (x *doc) quotedSpeaker(si, k int) int {
	s := &x.sents[si]
	if k-1 > s.t0 && passiveAux[x.toks[k-1].lower] {
		if q := x.byQuoter(si, k+1); x.sayingAfter(si, q) {
			e, _ := x.subjectOf(si, k)
			return e
		}
		return -1
	}
	q, e := k+1, -1
	if q >= s.t1 {
		return -1
	}
	switch l := x.toks[q].lower; {
	case l == "him" || l == "her":
		e, q = x.resolvePronoun(si, q), q+1
	default:
		mi := x.mentionStartAt(q)
		if mi < 0 {
			return -1
		}
		e, q = x.ments[mi].ent, x.ments[mi].t1
	}
	if q < s.t1 && x.toks[q].text == "," {
		for q++; q < s.t1 && x.toks[q].text != ","; q++ {
		}
		q++
	}
	for n := 0; n < 3 && q < s.t1 && x.toks[q].kind == tkWord && !x.toks[q].cap && !x.sayingAfter(si, q); n++ {
		q++ // "this week", "on Monday"
	}
	if x.sayingAfter(si, q) {
		return e
	}
	return -1
}

// byQuoter skips the quoter after a passive "quoted" at q: "was quoted
// by <agency> as saying", "quoted by the state news agency as saying"
// (mentions and words, at most five tokens before "as" or "saying"). It
// returns q when no "by" is there or no "as"/"saying" follows it.
func (x *doc) byQuoter(si, q int) int {
	s := &x.sents[si]
	if q >= s.t1 || x.toks[q].lower != "by" {
		return q
	}
	for j := q + 1; j < s.t1 && j <= q+5; j++ {
		if l := x.toks[j].lower; l == "as" || l == "saying" {
			return j
		}
		if mi := x.mentionStartAt(j); mi >= 0 {
			j = int(x.ments[mi].t1) - 1
			continue
		}
		if x.toks[j].kind != tkWord {
			return q
		}
	}
	return q
}

// sayingAfter reports "as saying" or "saying" at q.
func (x *doc) sayingAfter(si, q int) bool {
	s := &x.sents[si]
	if q < s.t1 && x.toks[q].lower == "as" {
		q++
	}
	return q < s.t1 && x.toks[q].lower == "saying"
}

// measureVerbs put a measure in place: a ban, a freeze, a listing.
// "lifted" is no measure here: a state lifting sanctions "saying" the
// target has complied speaks for the decision.
var measureVerbs = set("banned", "suspended", "added", "froze", "imposed", "barred", "blacklisted", "designated",
	"sanctioned", "listed", "expelled")

// measureSaying reports a sentence whose subject e puts a measure in
// place before the comma at c and then gives its grounds ("The dairy
// board suspended the mill's licence, saying …", "The Ostrian
// government on Friday barred two trawlers, saying they had …"): the
// reasons printed with a measure are part of the deed, not a statement
// the article reports. The measure verb must follow e's name (past
// adverbs, a day, "on", or "government" after the state's name), and no
// verb of saying may come before it ("X said it had banned …, saying"
// leaves the sentence a statement).
func (x *doc) measureSaying(si, c, e int) bool {
	s := &x.sents[si]
	for j := s.t0 + 1; j < c; j++ {
		l := x.toks[j].lower
		if !measureVerbs[l] {
			if x.isSpeechWord(l) {
				return false
			}
			continue
		}
		q := j - 1
		for q > s.t0 && (skipBeforeVerb[x.toks[q].lower] || dayWords[x.toks[q].lower] || x.toks[q].lower == "on") {
			q--
		}
		if x.entOfMention(x.mentionEndAt(q)) == e {
			return true
		}
		return q > s.t0 && govNouns[x.toks[q].lower] && x.entOfMention(x.mentionEndAt(q-1)) == e
	}
	return false
}

// writtenBefore reports a written statement named just before "read" at
// k (at most six tokens back, within the sentence): "the final
// communiqué, read out …", "the statement that X read out …". A
// statement named after the verb ("X read out a statement") is left to
// issuedStatement.
func (x *doc) writtenBefore(si, k int) bool {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0 && j >= k-6; j-- {
		if writtenStatements[x.toks[j].lower] {
			return true
		}
		if t := x.toks[j].text; t == ";" || t == ":" {
			return false
		}
	}
	return false
}

// reader returns who reads out the statement at "read" k: the person
// after "by" ("read out in Accra by X", "read out by Commission President
// X"; a comma ends the search, and a body after "by" reads for no person)
// or, without "by", the person named right before the verb ("that X read
// out"). Reading a communiqué out gives it a voice: the reader is quoted
// as its speaker. -1 when there is none.
func (x *doc) reader(si, k int) int {
	s := &x.sents[si]
	for q := k + 2; q < s.t1 && q <= k+5; q++ {
		if x.toks[q].text == "," {
			break
		}
		if x.toks[q].lower != "by" {
			continue
		}
		for r := q + 1; r < s.t1 && r <= q+8 && x.toks[r].text != ","; r++ {
			if mi := x.mentionStartAt(r); mi >= 0 && x.isPerson(x.ments[mi].ent) {
				return x.ments[mi].ent
			}
		}
		return -1
	}
	if k-1 >= s.t0 {
		return x.entOfMention(x.mentionEndAt(k - 1))
	}
	return -1
}

// wishedSpeech are the verbs a communiqué's "wishes to" takes before its
// words ("The Ministry wishes to stress …", "… wishes to inform the
// public"); "wishes to meet", "wishes to buy" are no statement.
var wishedSpeech = set("state", "clarify", "inform", "stress", "reiterate", "emphasise", "emphasize", "underline",
	"assure", "recall", "reaffirm", "express", "note", "point", "announce", "confirm", "deny", "thank", "welcome", "condemn")

// governmentOfBefore reports the state e written as "the Government of
// X" right before the verb at k (an adverb like "further" or "also" may
// come between): "The Government of Portugal welcomes the offer …",
// "The Government of Chile also reaffirms its support …". That is the
// formal voice of a communiqué speaking now, not a standing stance of a
// capital ("Moscow stresses sovereignty"), which speech otherwise leaves
// out in the present tense.
func (x *doc) governmentOfBefore(si, k, e int) bool {
	t0 := x.sents[si].t0
	q := k - 1
	if q > t0 && auxAdverbs[x.toks[q].lower] {
		q--
	}
	mi := x.mentionEndAt(q)
	if mi < 0 || x.ments[mi].ent != e {
		return false
	}
	m := &x.ments[mi]
	if x.toks[m.t0].lower == "government" && m.t0+1 < m.t1 && x.toks[m.t0+1].lower == "of" {
		return true // the mention is "Government of Portugal" itself
	}
	return m.t0-2 >= t0 && x.toks[m.t0-1].lower == "of" && x.toks[m.t0-2].lower == "government"
}

// courtesyCall reports "called on" at k whose object is a person ("called
// on Prime Minister X at his office", "called on him", "called on the
// minister last week") with no demand after it: a courtesy visit, not
// an appeal. An infinitive other than a visit's purpose before the
// clause ends ("called on the minister to resign") keeps the appeal;
// "to discuss", "to present his credentials" do not. Bodies ("called on
// the government") are always appeals.
func (x *doc) courtesyCall(si, k int) bool {
	s := &x.sents[si]
	o := k + 2
	if o >= s.t1 {
		return false
	}
	switch l := x.toks[o].lower; {
	case l == "him" || l == "her":
	case x.personObject(si, o) >= 0:
		if x.tokMent[o] < 0 && x.tokRole[o] < 0 && l != "the" {
			return false // "called on parties to free X": the person comes later
		}
	case l == "the" && o+1 < s.t1 && x.tokRole[o+1] >= 0 && x.tokMent[o+1] < 0:
		if r := &x.roles[x.tokRole[o+1]]; r.t1 < s.t1 && x.toks[r.t1].lower == "of" {
			return false // "the minister of X" may be a body's voice; keep the appeal
		}
	default:
		return false
	}
	for j := o + 1; j < s.t1; j++ {
		t := &x.toks[j]
		if t.kind == tkPunct && (t.text == "\"" || t.text == "\u201c") {
			return false // "called on him to "step aside""
		}
		if t.kind != tkWord || x.tokMent[j] >= 0 {
			continue
		}
		switch t.lower {
		case "and", "but", "while", "where", "whom", "who":
			return true
		case "to":
			return j+1 < s.t1 && visitPurposes[x.toks[j+1].lower]
		case "for":
			return false // "called on Mr X for restraint"
		}
	}
	return true
}

// visitPurposes are the verbs of a courtesy call's purpose ("called on
// the Secretary General to discuss …").
var visitPurposes = set("discuss", "review", "exchange", "brief", "present", "deliver", "hand", "pay", "bid", "introduce",
	"congratulate", "convey", "explore", "follow", "assess", "see", "meet")

// convenedEvent reports "called a/an" at k whose object is an event the
// subject convenes ("called a 24-hour general strike", "called a press
// conference for Monday", "called a snap election"): a deed, not a
// statement. A few plain modifiers may come before the event noun;
// a quotation ("called a "sham" election") or "what … called a …" (the
// subject's words for something) keep the speech.
func (x *doc) convenedEvent(si, k int) bool {
	s := &x.sents[si]
	for j := k - 1; j >= s.t0 && j >= k-3; j-- {
		if x.toks[j].lower == "what" {
			return false
		}
	}
	for j := k + 2; j < s.t1 && j <= k+7; j++ { // "a 24-hour general strike" is six tokens
		t := &x.toks[j]
		if t.kind == tkPunct && t.text != "-" || x.tokMent[j] >= 0 {
			return false
		}
		if t.kind == tkWord && convenedEvents[t.lower] {
			return j+1 >= s.t1 || x.toks[j+1].text != "\"" && x.toks[j+1].text != "\u201c"
		}
	}
	return false
}

// convenedEvents are the events a subject calls into being ("called a
// strike", "called an election", "called a news conference").
var convenedEvents = set("strike", "strikes", "walkout", "stoppage", "election", "elections", "poll", "referendum", "vote",
	"meeting", "session", "summit", "conference", "rally", "protest", "march", "boycott", "recess", "shutdown")

// accusedOfActive reports "accused of" at k said by a subject: with no
// object between them that is only so in a relative clause whose object
// went before it ("whom Ottawa accused of …", "a firm she accused of …",
// "the firms it accused of …"). Otherwise "accused of" is a participle
// on the noun before it ("Valenko, 51, accused of breaching sanctions",
// "two companies accused of supplying …", "a former governor of the
// Central Bank accused of …"): that noun is accused, no one speaks.
func (x *doc) accusedOfActive(si, k int) bool {
	t0 := x.sents[si].t0
	p := k - 1
	if p < t0 {
		return false
	}
	switch x.toks[p].lower {
	case "it", "he", "she", "they", "we", "i", "who", "which", "that":
		return true
	}
	mi := x.mentionEndAt(p)
	if mi < 0 {
		return false
	}
	q := x.ments[mi].t0 - 1
	if q >= t0 && x.toks[q].lower == "the" {
		q--
	}
	if q < t0 {
		return false
	}
	t := &x.toks[q]
	switch t.lower {
	case "whom", "that", "which", "who":
		return true
	case "of", "a", "an", "the", "and", "or", "by", "for", "with", "to", "in", "on", "at", "from":
		return false
	}
	// "the firms Ottawa accused of …": a noun, then the subject
	return t.kind == tkWord && !t.cap && x.tokMent[q] < 0
}

// thatOpensClause reports that the "that" at q opens a reported clause
// rather than pointing at a noun: the word after it is a name, an article
// or possessive, a subject pronoun ("repeated that the border stays
// shut", "repeated that it would …", "repeated that Lima …"), or "to"
// ("repeated that to me"). A lower-case word there is mostly the noun
// that "that" points at ("repeated that mistake", "repeated that
// exercise"), so the rare clause with a bare plural subject ("repeated
// that sanctions would stay") is given up for those. It serves the verbs
// that "that" follows as often as a determiner as as a conjunction.
func (x *doc) thatOpensClause(si, q int) bool {
	s := &x.sents[si]
	if q+1 >= s.t1 {
		return false
	}
	n := &x.toks[q+1]
	if n.kind != tkWord {
		return false
	}
	if n.cap {
		return true
	}
	switch n.lower {
	case "it", "he", "she", "they", "we", "i", "there", "to":
		return true
	}
	return determiners[n.lower] && n.lower != "that"
}
