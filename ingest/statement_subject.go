package ingest

// issuedNouns name a written statement that can itself be the subject
// of a speech verb ("a finance ministry statement says …", "the summit's final
// communiqué says …").
var issuedNouns = set("statement", "communique", "communiqu\u00e9")

// statementAdjs may stand between a statement's issuer and the noun
// ("SADC's final communiqué", "a Kessock Council joint statement"): a
// closed list of words that describe the document, never its topic, so
// that "a Ruritania trade statement" does not make the state its issuer.
var statementAdjs = set("final", "joint", "brief", "short", "written", "official", "formal",
	"separate", "latest", "earlier", "new", "closing", "concluding", "terse", "lengthy", "initial")

// statementTopics open a phrase naming what a statement is about ("a
// statement on Iran said …"): the name after them is not the speaker.
var statementTopics = set("on", "about", "regarding", "concerning", "over")

// statementPlaces after "on" say where a statement appeared or for whom
// it speaks, not what it is about.
var statementPlaces = set("website", "site", "page", "account", "channel", "behalf", "channels", "accounts")

// statementTail are the words that may open the short phrase between a
// statement noun and its verb ("A ministry statement after the meeting
// said", "the statement issued on Monday says").
var statementTail = set("after", "following", "afterwards", "afterward", "later", "issued",
	"released", "published", "yesterday", "today", "tonight", "late", "early")

// statementSubject looks at the noun phrase before the speech verb at k
// for a statement noun as its head ("A BDF statement said", "SADC's final
// communiqué says"). It returns the issuer named as a modifier right
// before the noun (the entity itself, or its possessive) when the phrase
// between noun and verb is only a time or issuing phrase, or -1; topic
// reports a statement "on"/"about" something ("a statement on Iran
// said"), whose named topic must not be taken for the speaker; its
// issuer, if named before the noun ("Turkey's statement on Greece"),
// still speaks.
func (x *doc) statementSubject(si, k int) (issuer int, topic bool) {
	s := &x.sents[si]
	n := -1
	for j := k - 1; j >= s.t0 && j >= k-7; j-- {
		t := &x.toks[j]
		if t.kind == tkPunct {
			break
		}
		if x.tokMent[j] < 0 && issuedNouns[t.lower] {
			n = j
			break
		}
		switch t.lower {
		case "that", "which", "who", "whose", "and", "but", "or":
			return -1, false
		}
	}
	if n < 0 {
		return -1, false
	}
	if n+1 < k {
		// what stands between the noun and its verb
		if statementTopics[x.toks[n+1].lower] && !(x.toks[n+1].lower == "on" && n+2 < k && (dayWords[x.toks[n+2].lower] || monthWords[x.toks[n+2].lower])) {
			for j := n + 2; j < k; j++ {
				if statementPlaces[x.toks[j].lower] {
					// "a statement on the ministry's website said", "on
					// behalf of the council": where or for whom, not a topic
					return -1, false
				}
			}
			topic = true
		}
		for j := n + 1; j < k && !topic; j++ {
			if x.tokMent[j] >= 0 {
				return -1, false // "a statement from the board said": the subject search decides
			}
		}
		if f := x.toks[n+1].lower; !topic && !statementTail[f] && !x.adverbial(n+1) && f != "on" {
			return -1, false
		}
	}
	j := n - 1
	for j > s.t0 && x.tokMent[j] < 0 && statementAdjs[x.toks[j].lower] && j >= n-2 {
		j--
	}
	if j < s.t0 {
		return -1, topic
	}
	poss := x.toks[j].kind == tkPoss
	if poss {
		j--
	}
	mi := x.mentionEndAt(j)
	if mi < 0 || x.ments[mi].weak {
		return -1, topic
	}
	if m := &x.ments[mi]; !poss && m.t0 > s.t0 {
		// "A BDF statement", "an Iraqi government statement": the name
		// opens the noun phrase, after an article; a name deeper in a
		// longer modifier ("a US-Iran deal statement") is not the issuer
		switch x.toks[m.t0-1].lower {
		case "a", "an", "the":
		default:
			return -1, topic
		}
	}
	e := x.ments[mi].ent
	if !x.isActor(e) {
		return -1, topic
	}
	return e, topic
}
