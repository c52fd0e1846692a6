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
// telephone") gives the pair; a plan, a speech to a room, "separately",
// or an object of their own ("met voters", "with Y": the pronoun's person
// meets Y) does not. "saw" is a meeting when a person is seen at a place
// or time ("saw Mr X in Doha"), not "saw X as a threat", "saw X, the
// leader, as …", "on television", "at the rally" or "but did not speak";
// two people seen are not each other's meeting. A release's "I" is not
// the minister's inside quotes (straight, curly, single), after "X said:"
// or under "Quotes attributable to"; an interview's editing note counts
// only as a sentence of its own ("The interview was lightly condensed.")
// in a text without attributed quotes, and an interviewer's prompt is no
// answer. People are invented.
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
	const head = "Australian Government\nMinister for Foreign Affairs\nThe Hon Harriet Calloway MP\n\nMedia release\n14 March 2024\n\nVisit to Samoa\n\n" +
		"Today in Apia I met Prime Minister Tuilagi Faleolo to discuss maritime security.\n\n"
	const bareHead = "Chile's negotiator on the Pacific deal\n\nPacific Review\n\n" +
		"Ambassador Lucia Arrizabalaga has led Chile's team in the Pacific trade talks since 2021. The interview was lightly condensed.\n\n" +
		"How close is a deal on farm goods?\n\n"
	const newsHead = "Chile's negotiator defends Pacific deal\n\nBy Staff Writer\n\n" +
		"Ambassador Lucia Arrizabalaga defended the Pacific trade deal in a radio interview last Sunday. "
	checkRels(t, RelMet, []relCase{
		{"a release's I is its minister", release, "Harriet Calloway", "Tuilagi Faleolo", true},
		{"a release's I holds talks", release, "Harriet Calloway", "Leota Sapolu", true},
		{"a quoted I is the speaker's, not the minister's", release, "Harriet Calloway", "Wu Deqiang", false},
		// a masthead over "JOINT MEDIA RELEASE" is no "Media release" line
		{"a joint release heading has no one I", joint, "Harriet Calloway", "Tuilagi Faleolo", false},
		{"a joint release heading: nor the second minister", joint, "Brendan Oakes", "Tuilagi Faleolo", false},
		{"a masthead naming two has no one I", twoNames, "Harriet Calloway", "Tuilagi Faleolo", false},
		{"a masthead naming two: nor the second", twoNames, "Brendan Oakes", "Tuilagi Faleolo", false},
		{"an unlabelled interview's I is the interviewee", interview, "Lucia Arrizabalaga", "Henrik Falkvard", true},
		{"an unlabelled interview: X, my counterpart, and I met", interview, "Lucia Arrizabalaga", "Ramiro Escalante", true},
		{"an essay's questions make no interview", essay, "Tobias Rennert", "Henrik Falkvard", false},
		{"a labelled answer: X and I held a video call", labelled, "Ingrid Marsvik", "Anders Lindahl", true},
		// whose "I": a release's quoted voices
		{"quotes attributable to another minister", head + "Quotes attributable to Assistant Minister Brendan Oakes:\n\nI met Samoa's Minister for Finance, Leota Sapolu, on budget support.\n", "Harriet Calloway", "Leota Sapolu", false},
		{"a later paragraph of quotes attributable", head + "Quotes attributable to Assistant Minister Brendan Oakes:\n\nSamoa matters to the region.\n\nI met Samoa's Minister for Finance, Leota Sapolu, on budget support.\n", "Harriet Calloway", "Leota Sapolu", false},
		{"a line ending in a colon", head + "Assistant Minister Brendan Oakes told the Senate on Tuesday:\n\nI met Samoa's Minister for Finance, Leota Sapolu, on budget support.\n", "Harriet Calloway", "Leota Sapolu", false},
		{"X said: I met", head + "Prime Minister Faleolo said: I met the Chinese ambassador, Wu Deqiang, last week and raised fisheries.\n", "Harriet Calloway", "Wu Deqiang", false},
		{"single curly quotes", head + "\u2018I met the Chinese ambassador, Wu Deqiang, last week,\u2019 Prime Minister Faleolo said.\n", "Harriet Calloway", "Wu Deqiang", false},
		{"X added that I met", head + "Assistant Minister Brendan Oakes said: \"Samoa matters.\"\n\nOakes added that on his trip I met Leota Sapolu.\n", "Harriet Calloway", "Leota Sapolu", false},
		{"a straight quote over two sentences", head + "\"This partnership matters. Last week I met the Chinese ambassador, Wu Deqiang,\" Mr Oakes said.\n", "Harriet Calloway", "Wu Deqiang", false},
		{"a closed quote leaves the next sentence's I to the minister", head + "\"Samoa is a close friend,\" Ms Calloway said. Later I met Leota Sapolu on Tuesday.\n", "Harriet Calloway", "Leota Sapolu", true},
		// whose "I": an interview's
		{"an answer quoting someone else's I", bareHead + "Closer than it looks. My predecessor, Tomas Irigoyen, told me \"I met Commissioner Henrik Falkvard twice\" and laughed.\n", "Lucia Arrizabalaga", "Henrik Falkvard", false},
		{"an interviewer's prompt is no answer", bareHead + "Slowly.\n\nTell us about your counterpart in Lima. I met Ramiro Escalante last year.\n\nHe is a tough negotiator.\n", "Lucia Arrizabalaga", "Ramiro Escalante", false},
		{"a news story's note on an interview edited", newsHead + "The interview was recorded in Santiago on Friday and edited for broadcast.\n\nI met Commissioner Henrik Falkvard in Lima last month, and he promised this reporter nothing.\n", "Lucia Arrizabalaga", "Henrik Falkvard", false},
		{"critics on an edited interview", newsHead + "Critics said the interview was heavily edited, and the station apologised.\n\nLast month I met Commissioner Henrik Falkvard in Lima, and he was no happier.\n", "Lucia Arrizabalaga", "Henrik Falkvard", false},
		{"a note then attributed quotes", newsHead + "The interview was lightly edited.\n\nPeru's deputy trade minister, Ramiro Escalante, was less sure. \"It is far off,\" Escalante said.\n\nLast month I met Commissioner Henrik Falkvard in Lima, and he was no happier.\n", "Lucia Arrizabalaga", "Henrik Falkvard", false},
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
		{"told senators that he and X met", story + "Foreign Secretary Rodrigo Almonte told senators that he and Gao Peiran met at Cebu in March.", "Rodrigo Almonte", "Gao Peiran", true},
		{"X and he talked about a topic", story + "Foreign Secretary Rodrigo Almonte spoke on Monday. He said Gao Peiran and he talked about the hotline.", "Rodrigo Almonte", "Gao Peiran", true},
		{"he and X spoke by phone with Y: he met Y", story + "Foreign Secretary Rodrigo Almonte was in Cebu. He and Gao Peiran spoke by phone with Japanese envoy, Kenji Morita.", "Rodrigo Almonte", "Kenji Morita", true},
		{"he and X spoke by phone with Y: not with each other", story + "Foreign Secretary Rodrigo Almonte was in Cebu. He and Gao Peiran spoke by phone with Japanese envoy, Kenji Morita.", "Rodrigo Almonte", "Gao Peiran", false},
		{"he and X met separately with Y", story + "Foreign Secretary Rodrigo Almonte was in Cebu. He and Gao Peiran met separately with the Japanese envoy, Kenji Morita.", "Rodrigo Almonte", "Gao Peiran", false},
		{"he and X held separate talks", story + "Foreign Secretary Rodrigo Almonte was in Cebu. He and Gao Peiran held separate talks with the Japanese envoy, Kenji Morita.", "Rodrigo Almonte", "Gao Peiran", false},
		{"he and X met on separate days", story + "Foreign Secretary Rodrigo Almonte was in Cebu. He and Gao Peiran met in Cebu on separate days.", "Rodrigo Almonte", "Gao Peiran", false},
		{"after an opening phrase: he and X met", story + "Foreign Secretary Rodrigo Almonte was in Cebu. After lunch he and Gao Peiran met at the consulate.", "Rodrigo Almonte", "Gao Peiran", true},
		{"he and X met voters", story + "Foreign Secretary Rodrigo Almonte was in Cebu. He and Gao Peiran met voters in Cebu on different days.", "Rodrigo Almonte", "Gao Peiran", false},
		{"he and X talked to reporters", story + "Foreign Secretary Rodrigo Almonte was in Cebu. He and Gao Peiran talked to reporters after the vote.", "Rodrigo Almonte", "Gao Peiran", false},
		{"a pronoun inside a question clause", story + "Foreign Secretary Rodrigo Almonte was in Cebu. Reporters asked whether he and Gao Peiran met in Cebu.", "Rodrigo Almonte", "Gao Peiran", false},
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
		{"he last saw X in a year", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. He said he last saw Dragan Pelic in 2019.", "Carlos Berrendo", "Dragan Pelic", true},
		{"saw X and Y in a city", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu and Dragan Pelic in Geneva on Friday.", "Carlos Berrendo", "Dragan Pelic", true},
		{"the two seen are not each other's meeting", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu and Dragan Pelic in Geneva on Friday.", "Osman Kemaloglu", "Dragan Pelic", false},
		{"saw X, an appositive, as", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu, the opposition leader, as the main obstacle.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"saw X and Y as rivals", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu and Dragan Pelic as rivals for the post.", "Carlos Berrendo", "Dragan Pelic", false},
		{"saw X, who", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu, who he said was the main obstacle.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"saw X on the news", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu on the news that night.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"saw X on social media", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu on social media, urging a boycott.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"saw X during a debate", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu during the televised debate.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"saw X in a new light", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu in a new light after the debate.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"saw X for what he was", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu for what he was: a spoiler.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"saw X at a rally", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo saw Osman Kemaloglu at the rally from the back of the crowd.", "Carlos Berrendo", "Osman Kemaloglu", false},
		{"saw X but did not speak", story + "The UN envoy, Carlos Berrendo, arrived on Thursday. Berrendo said he saw Osman Kemaloglu at the crash site, but did not speak to him.", "Carlos Berrendo", "Osman Kemaloglu", false},
	})
}
