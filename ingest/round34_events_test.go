package ingest

import (
	"strings"
	"testing"
)

// Round 34: events. A vote dated by its month alone is one event; a
// dispute named by its goods ("the trade war") and "the civil war" are
// wars; a body's meeting or session with a lower-case head is its
// sitting; a forum's or a conference's name keeps the state, or the
// regions joined by a dash or "and", that open it; a state's election
// keeps its kind as an alias; a sitting numbered in digits, one with its
// kind after the ordinal, and a special session of a body or on a state
// are events. People and firms are invented; states,
// cities, regions and well-known bodies are real.

func TestMonthElectionsRound34(t *testing.T) {
	checkEnts(t, []entCase{
		{"the month before the vote", "Orsola Benn said the ruling party won the July election by a wide margin.", "July election", TypeEvent},
		{"a state's month before the votes", "Ghana's October elections passed calmly, Orsola Benn said.", "Ghana's October elections", TypeEvent},
		{"a primary", "Orsola Benn, who lost the March primary to a rival, stayed on as mayor.", "March primary", TypeEvent},
		// counter-examples
		{"the month dates the clause", "In July elections were held across Ghana, Orsola Benn said.", "July elections", ""},
		{"any vote in that month", "Orsola Benn wants a July election in Ghana before the rains.", "July election", ""},
		{"a law named by the vote", "Orsola Benn drafted the July election law for Ghana.", "July election", ""},
	})
	// review: two states' votes in one month are two events; the month
	// alone after one state's vote is that vote
	res := run(t, "Votes abroad\n\nGhana's July election was calm, Orsola Benn said. Kenya's July election turned violent, Dalvin Ruse said.\n")
	n := 0
	for _, e := range res.Entities {
		if e.Type == TypeEvent && strings.HasSuffix(e.Name, "July election") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("two states' July elections should be two events, got %d\n%s", n, dump(res))
	}
	res = run(t, "Votes abroad\n\nGhana's July election was calm, Orsola Benn said. Monitors praised the July election.\n")
	if e := entityByName(res, "July election"); e == nil || e.Name != "Ghana's July election" {
		t.Errorf("the month alone should be an alias of the state's vote\n%s", dump(res))
	}
}

func TestGoodsWarsRound34(t *testing.T) {
	checkEnts(t, []entCase{
		{"the trade war", "Farmers in Ghana complain that the trade war with Peru is costing them, Orsola Benn said.", "trade war", TypeEvent},
		{"a so-called war over fish", "Talks failed over the so-called tuna war between Ghana and Peru, Orsola Benn said.", "tuna war", TypeEvent},
		{"the sides joined by a dash", "Tarnwick Fruit was hit early in the Ghana-Peru trade war, Orsola Benn said.", "Ghana-Peru trade war", TypeEvent},
		{"the sides after so-called", "Growers blame the so-called Ghana-Peru trade war for their losses, Orsola Benn said.", "Ghana-Peru trade war", TypeEvent},
		{"the civil war", "Output at Tarnwick Mining halved once the civil war started, Orsola Benn said.", "civil war", TypeEvent},
		// counter-examples
		{"any trade war", "Orsola Benn warned of a trade war with Peru over steel.", "trade war", ""},
		{"a market's price war", "The price war hurt Tarnwick Fuels all year, Orsola Benn said.", "price war", ""},
		{"a way of fighting", "Orsola Benn described the sniper war along the front line.", "sniper war", ""},
		{"the war as a modifier", "Orsola Benn said the trade war fund for farmers was empty.", "trade war", ""},
		{"the civil war of a state after in", "Orsola Benn fled the civil war in Ghana as a child.", "civil war", ""},
		// counter-examples (review): a war of words is a quarrel
		{"a civil war of words", "Orsola Benn mocked the civil war of words inside the cabinet.", "civil war", ""},
		{"a goods war of words", "Dalvin Ruse said the oil war of words with Peru would blow over.", "oil war", ""},
	})
	// review: "the civil war" after a state's civil war is that war
	res := run(t, "Exiles return\n\nSudan's civil war has emptied whole towns, Orsola Benn said. Farmers fled when the civil war began.\n")
	if e := entityByName(res, "civil war"); e == nil || e.Name != "Sudan's civil war" {
		t.Errorf("the bare civil war should be an alias of the state's civil war\n%s", dump(res))
	}
	res = run(t, "Talks resume\n\nTarnwick Fruit was hit early in the Ghana-Peru trade war, Orsola Benn said. Growers insist the trade war is not over.\n")
	if e := entityByName(res, "trade war"); e == nil || e.Name != "Ghana-Peru trade war" {
		t.Errorf("the bare trade war should be an alias of the sides' war\n%s", dump(res))
	}
}

func TestBodySittingsRound34(t *testing.T) {
	checkEnts(t, []entCase{
		{"a body's meeting", "Orsola Benn hopes to settle the loan at the Eurogroup meeting this week.", "Eurogroup meeting", TypeEvent},
		{"a council's session", "Orsola Benn backed a joint letter on trawlers during the Nordic Council session.", "Nordic Council session", TypeEvent},
		{"a state as the subject", "Orsola Benn spoke at Monday's Security Council meeting on Ghana in New York.", "Security Council meeting on Ghana", TypeEvent},
		{"a city after a placed meeting", "Peru and Ghana clashed over tariffs at a WTO Goods Council meeting in Geneva last May, Orsola Benn said.", "WTO Goods Council meeting in Geneva", TypeEvent},
		// counter-examples
		{"any meeting of the body", "Orsola Benn asked for a Security Council meeting about the dam.", "Security Council meeting", ""},
		{"a meeting room", "The Security Council meeting room was empty when Orsola Benn arrived.", "Security Council meeting", ""},
		{"a firm's meeting", "Orsola Benn left the Tarnwick Fuels meeting early.", "Tarnwick Fuels meeting", ""},
	})
	res := run(t, "Talks resume\n\nOrsola Benn spoke at Monday's Security Council meeting on Ghana in New York.\n")
	if e := entityByName(res, "Security Council meeting"); e == nil || e.Type != TypeEvent {
		t.Errorf("the body's meeting without its subject should be an alias\n%s", dump(res))
	}
}

func TestForumNameStartsRound34(t *testing.T) {
	checkEnts(t, []entCase{
		{"a state opens the forum's name", "Orsola Benn told the Ghana Mining Forum in Accra that output would rise.", "Ghana Mining Forum", TypeEvent},
		{"a region and a body joined by a dash", "Orsola Benn will speak at the Central Asia-EU Trade Forum in Tashkent next spring.", "Central Asia-EU Trade Forum", TypeEvent},
		{"two regions joined by a dash", "The first Sahel-Maghreb Water Summit opened in Accra with a speech by Orsola Benn.", "Sahel-Maghreb Water Summit", TypeEvent},
		{"two regions joined by and", "Orsola Benn will open the West Africa and East Africa Energy Conference in Accra.", "West Africa and East Africa Energy Conference", TypeEvent},
		// counter-examples: the cut parts are no longer events of their own
		{"the forum without its state", "Orsola Benn told the Ghana Mining Forum in Accra that output would rise.", "Mining Forum", ""},
		{"the summit without its first region", "The first Sahel-Maghreb Water Summit opened in Accra with a speech by Orsola Benn.", "Maghreb Water Summit", ""},
		// counter-examples: a state before "and" is a list, not a name
		{"a state and a region's forum", "Orsola Benn thanked Ghana and North Africa Energy Forum delegates.", "Ghana and North Africa Energy Forum", ""},
		{"the state in the list keeps its mention", "Orsola Benn thanked Ghana and North Africa Energy Forum delegates.", "Ghana", TypeInstitution},
	})
}

func TestStateElectionKindAliasRound34(t *testing.T) {
	res := run(t, "Talks resume\n\nOrsola Benn said Ghana's presidential election would be calm.\n")
	if e := entityByName(res, "presidential election"); e == nil || e.Type != TypeEvent || e.Name == "presidential election" {
		t.Errorf("the kind and head should be an alias of the state's election\n%s", dump(res))
	}
}

func TestSessionsRound34(t *testing.T) {
	checkEnts(t, []entCase{
		{"a body's session numbered in digits", "Orsola Benn expects a ruling at the board's 41st session in May.", "41st session", TypeEvent},
		{"a capitalised numbered session", "Ghana raised the quota during the 12th Session in March, Orsola Benn said.", "12th Session", TypeEvent},
		{"the kind of sitting after the ordinal", "Orsola Benn addressed the third regular session of the Tarnwick River Board about debts.", "third regular session of the Tarnwick River Board", TypeEvent},
		{"an acronym's special session", "Orsola Benn spoke to reporters after the CARICOM special session in Accra.", "CARICOM special session", TypeEvent},
		{"a special session on a state", "Orsola Benn said envoys met in Geneva at a special session on Ghana.", "special session on Ghana", TypeEvent},
		// counter-examples
		{"a word ordinal counts the sittings of talks", "The mood improved after the second session, Orsola Benn said.", "second session", ""},
		{"a numbered session of a named body is named with it", "Orsola Benn opened the 41st session of the Tarnwick River Board on Monday.", "41st session", ""},
		{"any special session", "Lawmakers in Ghana met in a special session, Orsola Benn said.", "special session", ""},
		{"a special session's room", "Orsola Benn waited in the CARICOM special session room.", "CARICOM special session", ""},
	})
}
