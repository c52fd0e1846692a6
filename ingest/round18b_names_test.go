package ingest

import "testing"

// Round 18b: the extent of event and body names. An event's name takes
// the words before it that belong to it (a compass point, an ordinal, an
// acronym, "Heads of State", the body holding it, a capital hosting
// games); a date, or a place after "the", gives a generic noun identity;
// a capitalised Exchange is a body; French bodies go on over "de"/"des".
// Every rule has counter-examples; all names are invented.

func TestEventNameStartRound18b(t *testing.T) {
	checkEnts(t, []entCase{
		{"a compass point before a region", "Ministers will address the South Pacific Tuna Forum in Apia next week.", "South Pacific Tuna Forum", TypeEvent},
		{"a body and Heads of State", "Ostria hopes to raise the quarrel at the OSCE Heads of State Summit next spring.", "OSCE Heads of State Summit", TypeEvent},
		{"an unknown acronym and Heads of Government", "Delegates flew in for the KORVA Heads of Government Summit on Friday.", "KORVA Heads of Government Summit", TypeEvent},
		{"a capital hosting games", "Lithuania sent no officials to the Seoul Summer Olympics that year.", "Seoul Summer Olympics", TypeEvent},
		{"an ordinal and an acronym before Meeting", "The survey was ordered at the 4th KORVA Ministerial Meeting held in Lusaka.", "4th KORVA Ministerial Meeting", TypeEvent},
		{"an ordinal before a role and Meeting", "Officials met at the 9th Expert Group Meeting in Lusaka.", "9th Expert Group Meeting", TypeEvent},
		// counter-examples
		{"the cut name is gone", "Ministers will address the South Pacific Tuna Forum in Apia next week.", "Pacific Tuna Forum", ""},
		{"a comma keeps the capital out", "In Seoul, Summer Olympics organisers said the venues were ready.", "Seoul Summer Olympics", ""},
		{"a sentence-opening word is no part of it", "Monday Tarvel Forum delegates left the city.", "Monday Tarvel Forum", ""},
		{"two bodies joined by and", "Talks between the OSCE and Tarvel Forum delegates ended.", "OSCE and Tarvel Forum", ""},
		{"Meeting without an acronym or an ordinal", "Gomez said the Andean Ministerial Meeting was short.", "Andean Ministerial Meeting", ""},
	})
}

func TestDatedEventsRound18b(t *testing.T) {
	checkEnts(t, []entCase{
		{"a date before a hyphenated compound", "Traders still remember the 2017 post-election violence, when rioters burned the market.", "2017 post-election violence", TypeEvent},
		{"a coup attempt of a month and year", "The four officers took part in the coup attempt of June 2019, the council said.", "coup attempt of June 2019", TypeEvent},
		{"a month and year before a coup", "The junta has ruled since the March 2016 coup.", "March 2016 coup", TypeEvent},
		{"a city between the year and the noun", "The 2019 Lusaka riots left the market in ruins.", "2019 Lusaka riots", TypeEvent},
		{"the talks of an unknown town after the article", "The next session of the Varnholm talks with the militia leaders slipped to June.", "Varnholm talks", TypeEvent},
		{"the talks of a known city after the article", "The generals boycotted the Lusaka talks in August.", "Lusaka talks", TypeEvent},
		// counter-examples
		{"the election is no event inside the compound", "Traders still remember the 2017 post-election violence, when rioters burned the market.", "2017 post-election", ""},
		{"post-election violence without a date", "Three people died in post-election violence in the north.", "post-election violence", ""},
		{"a coup attempt without a date", "The army foiled a coup attempt, the council said.", "coup attempt", ""},
		{"riots in a city", "Riots in Lusaka left the market in ruins.", "Lusaka riots", ""},
		{"talks as a verb after a surname", "Varnholm talks tough on tariffs at every rally.", "Varnholm talks", ""},
		{"a state's talks without the article", "Zambia talks collapse as the deadline passes.", "Zambia talks", ""},
	})
}

func TestBodyNamesRound18b(t *testing.T) {
	checkEnts(t, []entCase{
		{"a capitalised Exchange after a name", "The Kestrel Commodity Exchange was listed by the Treasury on Monday.", "Kestrel Commodity Exchange", TypeInstitution},
		{"a place before an Exchange", "The Zambia Maize Exchange, which represents growers, said the duty was fair.", "Zambia Maize Exchange", TypeInstitution},
		{"a French observatory over des", "The Observatoire Rwendais des Libertés Publiques said the arrests were illegal.", "Observatoire Rwendais des Libertés Publiques", TypeInstitution},
		{"a French service over de", "Two officers from the Service National de Sécurité Civile questioned him.", "Service National de Sécurité Civile", TypeInstitution},
		// counter-examples
		{"a swap of prisoners stays no body", "The Kestrel-Ardent Prisoner Exchange took place at the border.", "Kestrel-Ardent Prisoner Exchange", TypeEvent},
		{"the halves of a French body are no people", "The Observatoire Rwendais des Libertés Publiques said the arrests were illegal.", "Libertés Publiques", ""},
		{"a French person's name with de", "Jean-Luc de Varenne said the talks had failed.", "Jean-Luc de Varenne", TypePerson},
	})
}
