package ingest

import "testing"

// Round 36 (sanctions imposers named by their full extent): a body's
// head joined to "-General" ("Directorate-General of Coastal Marine",
// "Inspectorate-General of Ports of Greece") is one head, so the imposer
// keeps its whole name instead of the remit alone read as a firm
// ("Coastal Marine") or the state after "of" alone ("Greece"); and the
// surface "United States Treasury" stays an alias of the Treasury, so an
// annotation that names the body that way finds it. People and firms are
// invented; states and bodies are real.
func TestSanctionsImposerExtentRound36(t *testing.T) {
	const lead = "Report\n\nMadrid, 3 May\n\n"
	checkRels(t, RelSanctioned, []relCase{
		{"a directorate-general with its remit", lead + "The Directorate-General of Coastal Marine on Monday banned Halvorsen Shipping from its ports, officials said.", "Directorate-General of Coastal Marine", "Halvorsen Shipping", true},
		{"a directorate-general of a state", lead + "The Directorate-General of Customs of Turkey on Monday banned Halvorsen Shipping from its ports, officials said.", "Directorate-General of Customs of Turkey", "Halvorsen Shipping", true},
		{"an inspectorate-general of a state", lead + "The Inspectorate-General of Ports of Greece on Monday banned Halvorsen Shipping from its ports, officials said.", "Inspectorate-General of Ports of Greece", "Halvorsen Shipping", true},
		{"the Treasury under its long name", lead + "The United States Treasury on Tuesday placed Norvik Shipping on its sanctions list over cargoes to Syria.", "United States Treasury", "Norvik Shipping", true},
		{"the Treasury's office acts", lead + "On Tuesday OFAC, a unit of the United States Treasury, added Kestrel Bunker Services, a fuel broker, to its sanctions list.", "Office of Foreign Assets Control", "Kestrel Bunker Services", true},
		// counter-examples: the cut names are no imposer any more, and a
		// person's title with "-General" is no body
		{"the remit alone is no imposer", lead + "The Directorate-General of Coastal Marine on Monday banned Halvorsen Shipping from its ports, officials said.", "Coastal Marine", "Halvorsen Shipping", false},
		{"the state after the remit is no imposer", lead + "The Inspectorate-General of Ports of Greece on Monday banned Halvorsen Shipping from its ports, officials said.", "Greece", "Halvorsen Shipping", false},
		{"a secretary-general is no body", lead + "A Secretary-General of the Council on Monday banned Halvorsen Shipping from its ports, officials said.", "Secretary-General of the Council", "Halvorsen Shipping", false},
		{"a tariff by a directorate-general is no sanction", lead + "The Directorate-General of Customs of Turkey on Monday raised tariffs on Halvorsen Shipping cargoes, officials said.", "Directorate-General of Customs of Turkey", "Halvorsen Shipping", false},
		// "of the" and a remit: the name goes on through "the", and a
		// body's short form there ("the Treasury") is the remit, not the
		// United States Treasury (review-and-fix, round 36)
		{"a directorate-general of the remit", lead + "The Inspectorate-General of the Armed Forces on Monday banned Halvorsen Shipping from its ports, officials said.", "Inspectorate-General of the Armed Forces", "Halvorsen Shipping", true},
		{"the remit after the is no imposer", lead + "The Inspectorate-General of the Armed Forces on Monday banned Halvorsen Shipping from its ports, officials said.", "Armed Forces", "Halvorsen Shipping", false},
		{"a directorate-general of the Treasury", lead + "The Directorate-General of the Treasury froze the accounts of Halvorsen Shipping last week, officials said.", "Directorate-General of the Treasury", "Halvorsen Shipping", true},
		{"another state's treasury is not the US one", lead + "The Directorate-General of the Treasury froze the accounts of Halvorsen Shipping last week, officials said.", "United States Department of the Treasury", "Halvorsen Shipping", false},
		{"a lifted ban by a directorate-general is no sanction", lead + "The Directorate-General of Coastal Marine on Monday lifted its ban on Halvorsen Shipping, officials said.", "Directorate-General of Coastal Marine", "Halvorsen Shipping", false},
	})
}

// TestGeneralBodyNamesRound36 checks the names themselves: the full
// extent is kept, and no body opens at a person's "-General" title.
func TestGeneralBodyNamesRound36(t *testing.T) {
	const lead = "Report\n\nMadrid, 3 May\n\n"
	res := run(t, lead+"The Directorate-General of Coastal Marine on Monday banned Halvorsen Shipping from its ports, officials said.")
	if entityByName(res, "Directorate-General of Coastal Marine") == nil || entityByName(res, "Coastal Marine") != nil {
		t.Errorf("want the full directorate-general, not its remit:\n%s", dump(res))
	}
	res = run(t, lead+"The United States Treasury on Tuesday placed Norvik Shipping on its sanctions list over cargoes to Syria.")
	if e := entityByName(res, "United States Treasury"); e == nil || e.Name != "United States Department of the Treasury" {
		t.Errorf("want United States Treasury as an alias of the Treasury:\n%s", dump(res))
	}
	res = run(t, lead+"Ana Morcillo, Secretary-General of the Council of Europe, said on Monday the talks would go on.")
	if entityByName(res, "Secretary-General of the Council of Europe") != nil {
		t.Errorf("a secretary-general is a title, not a body:\n%s", dump(res))
	}
}
