package ingest

import "testing"

// Round 32 (met32): meetings told in the first person and by a pronoun.
// A minister's media release speaks in the voice of the one minister named
// in its masthead ("The Hon X MP" above "Media release"): "Today I met Y"
// is X's meeting; a joint release or someone else's quoted "I" is not. An
// interview printed without Q:/A: labels but with its editing note ("The
// interview was lightly condensed.") gives its answers to the
// interviewee; an essay's rhetorical questions carry no such note. A
// pronoun joined by "and" to a named person as the subject of a meeting
// ("He and Gao met", "Lindahl and I held a video call", "spoke by
// telephone") gives the pair; a plan or a speech to a room does not. "saw"
// is a meeting when a person is seen at a place or time ("saw Mr X in
// Doha"), not "saw X as a threat" or "on television". People are invented.
func TestFirstPersonMeetingsRound32(t *testing.T) {
	const release = "Australian Government\nMinister for Foreign Affairs\nThe Hon Harriet Calloway MP\n\nMedia release\n14 March 2024\n\nVisit to Samoa\n\n" +
		"Today in Apia I met Prime Minister Tuilagi Faleolo to discuss maritime security and climate finance.\n\n" +
		"Later I held talks with Samoa's Minister for Finance, Leota Sapolu, on budget support.\n\n" +
		"\"I met the Chinese ambassador, Wu Deqiang, last week,\" Prime Minister Faleolo said.\n"
	const joint = "Australian Government\n\nJOINT MEDIA RELEASE\n\nThe Hon Harriet Calloway MP\nMinister for Foreign Affairs\n\nThe Hon Brendan Oakes MP\nMinister for Trade\n\n14 March 2024\n\nVisit to Samoa\n\n" +
		"Today in Apia I met Prime Minister Tuilagi Faleolo to discuss maritime security and climate finance.\n"
	const twoNames = "Australian Government\nThe Hon Harriet Calloway MP\nThe Hon Brendan Oakes MP\n\nMedia release\n14 March 2024\n\nVisit to Samoa\n\n" +
		"Today in Apia I met Prime Minister Tuilagi Faleolo to discuss maritime security and climate finance.\n\n" +
		"Harriet Calloway and Brendan Oakes will report to Parliament next week.\n"
	const interview = "'The gap is closing': Chile's trade negotiator on the Pacific deal\n\nPacific Review\n\n" +
		"Ambassador Lucia Arrizabalaga has led Chile's team in the Pacific trade talks since 2021. We met her in Santiago. The interview was lightly condensed.\n\n" +
		"How close is a deal on farm goods?\n\n" +
		"Closer than it looks. I spoke with Commissioner Henrik Falkvard by phone on Tuesday and we reviewed the annexes together.\n\n" +
		"And within the region?\n\n" +
		"Ramiro Escalante, Peru's deputy trade minister, and I met at Lima last month with both technical teams.\n"
	const essay = "Why trade deals stall\n\nBy Oriana Feldbach\n\n" +
		"Tobias Rennert, a former negotiator, has written a memoir of the Pacific talks.\n\n" +
		"Why do deals stall at the last hour?\n\n" +
		"I spoke with Commissioner Henrik Falkvard by phone on Tuesday about the memoir.\n\n" +
		"Who gains from delay?\n\n" +
		"Mostly lawyers.\n"
	const labelled = "Governor Q&A\n\nInterview by Sven Aaberg\n\nCentral bank governor Ingrid Marsvik spoke to us in Oslo. She works closely with Sweden's governor, Anders Lindahl. The interview was lightly condensed.\n\n" +
		"Nordic Weekly: Did the Riksbank call you this autumn?\n\n" +
		"Marsvik: Yes. Lindahl and I held a video call late on Thursday.\n"
	checkRels(t, RelMet, []relCase{
		{"a release's I is its minister", release, "Harriet Calloway", "Tuilagi Faleolo", true},
		{"a release's I holds talks", release, "Harriet Calloway", "Leota Sapolu", true},
		{"a quoted I is the speaker's, not the minister's", release, "Harriet Calloway", "Wu Deqiang", false},
		{"a joint release has no one I", joint, "Harriet Calloway", "Tuilagi Faleolo", false},
		{"a joint release: nor the second minister", joint, "Brendan Oakes", "Tuilagi Faleolo", false},
		{"a masthead naming two has no one I", twoNames, "Harriet Calloway", "Tuilagi Faleolo", false},
		{"a masthead naming two: nor the second", twoNames, "Brendan Oakes", "Tuilagi Faleolo", false},
		{"an unlabelled interview's I is the interviewee", interview, "Lucia Arrizabalaga", "Henrik Falkvard", true},
		{"an unlabelled interview: X, my counterpart, and I met", interview, "Lucia Arrizabalaga", "Ramiro Escalante", true},
		{"an essay's questions make no interview", essay, "Tobias Rennert", "Henrik Falkvard", false},
		{"a labelled answer: X and I held a video call", labelled, "Ingrid Marsvik", "Anders Lindahl", true},
	})
}

func TestPronounPairMeetingsRound32(t *testing.T) {
	const story = "Manila and Beijing resume talks\n\nBy Staff Writer\n\n"
	checkRels(t, RelMet, []relCase{
		{"he and X met", story + "Foreign Secretary Rodrigo Almonte told senators the talks were useful. He and Gao Peiran met at Cebu in March and agreed on a hotline.", "Rodrigo Almonte", "Gao Peiran", true},
		{"X and she spoke by telephone", story + "Interior Minister Lena Vossberg was in Quito on Monday. Pavel Strunakov and she spoke by telephone on Wednesday.", "Lena Vossberg", "Pavel Strunakov", true},
		{"she and a titled X, met", story + "Trade Minister Marisol Quintero arrived on Monday. She and the Chilean trade minister, Tomas Errazuriz, met for two hours.", "Marisol Quintero", "Tomas Errazuriz", true},
		// counter-examples: a plan, and each speaking to a room
		{"a pair that will meet", story + "Foreign Secretary Rodrigo Almonte told senators the talks were useful. He and Gao Peiran are expected to meet in October.", "Rodrigo Almonte", "Gao Peiran", false},
		{"a pair whose talks were planned", story + "Foreign Secretary Rodrigo Almonte told senators the talks were useful. He and Gao Peiran had planned talks for October, which were later cancelled.", "Rodrigo Almonte", "Gao Peiran", false},
		{"a pair that spoke at a forum", story + "Interior Minister Lena Vossberg was in Quito on Monday. Pavel Strunakov and she spoke at the forum on Wednesday.", "Lena Vossberg", "Pavel Strunakov", false},
	})
}

func TestSawMeetingsRound32(t *testing.T) {
	const story = "Gulf mediation goes on\n\nBy Staff Writer\n\n"
	checkRels(t, RelMet, []relCase{
		{"saw Mr X in a city", story + "Kuwait's cabinet minister, Yousef Badran, has toured the region for weeks. He saw Mr Qasimi in Muscat on 4 May. Qatar's foreign minister, Hamad Qasimi, said little.", "Yousef Badran", "Hamad Qasimi", true},
		{"saw a titled leader after two demonyms", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. After lunch he drove north and saw Bosnian Serb leader Dragan Pelic.", "Carlos Berrendo", "Dragan Pelic", true},
		// counter-examples: a view of someone, a screen, a year
		{"saw X as a threat", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu as a threat to the talks.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"a body saw X", story + "The European Parliament saw Osman Kemaloglu in Brussels on Friday.", "European Parliament", "Osman Kemaloglu", false},
		{"saw X on television", story + "Carlos Berrendo saw Osman Kemaloglu on television on Friday night.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"a summit saw X", story + "Carlos Berrendo chaired the summit, which saw Osman Kemaloglu in Geneva for a day.", "Carlos Berrendo", "Osman Kemaloglu", false},
	})
}
