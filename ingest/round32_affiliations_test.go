package ingest

import "testing"

// Round 32 (affiliation recall): shapes of affiliation the extractor missed
// in three or more dev sets. People, firms and institutes are invented;
// states and intergovernmental bodies are real.

// TestAppositiveAgeRound32: An age set off by commas between a name and
// its appositive ("X, 51, a retired engineer at Y") no longer hides the
// name, and a past post no longer keeps a state office from its state.
// Counter-examples: a caption's year between commas is no age (fails
// without skipAge's number checks); a date's year; former-state fails
// without the "former" exception in holdsPost.
func TestAppositiveAgeRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"age", art("Corvin Aldamar-Teske, 51, a retired engineer at Braxholm Turbines Ltd, said the plant would reopen."), "Corvin Aldamar-Teske", "Braxholm Turbines Ltd", true},
		{"age-founder", art("Ilsa Varga-Pohl, 63, the founder and sole owner of Tarrow Shipbrokers, was added to the list."), "Ilsa Varga-Pohl", "Tarrow Shipbrokers", true},
		{"age-caption-year-counter", art("Corvin Aldamar-Teske, 1998, a trainee at Braxholm Turbines Ltd, smiles at the camera."), "Corvin Aldamar-Teske", "Braxholm Turbines Ltd", false},
		{"age-year-counter", art("Speaking to Corvin Aldamar-Teske on March 3, 2021, a retired engineer at Braxholm Turbines Ltd said the plant would reopen."), "Corvin Aldamar-Teske", "Braxholm Turbines Ltd", false},
		{"former-state", art("A day after the new rules took effect, Trade Minister Haldis Omberg-Rye flew to Busan to see her South Korean counterpart. Omberg-Rye, 55, a former engineer at Braxholm Turbines Ltd, said Japan was not aiming at any single country. Japan has tightened its controls twice this year."), "Haldis Omberg-Rye", "Japan", true},
	})
}

// TestAppositiveModifiersRound32: Capitalised modifiers between an appositive's
// article and its role: a demonym, a birthplace compound, an unknown
// capitalised word. The relative-clause row guards npStart's comma (no
// appositive), not appositiveModifier, whose own guards (a body or a
// person is no modifier) change no pair the possessor rules do not read
// the same way.
func TestAppositiveModifiersRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"mod-demonym", art("Orsolya Vantreck, a Danish hydraulic engineer at Holvik Water Systems, said the pumps had failed twice."), "Orsolya Vantreck", "Holvik Water Systems", true},
		{"mod-born", art("Tobin Rakestraw, a Ghanaian-born former banker at Tarrow Crest Bank, declined to comment."), "Tobin Rakestraw", "Tarrow Crest Bank", true},
		{"mod-unknown", art("Leni Arbogast, a Pirate member of the Bundestag, called the deal a mistake."), "Leni Arbogast", "Bundestag", true},
		{"relative-clause", art("Orsolya Vantreck, who hired a Danish hydraulic engineer at Holvik Water Systems, said the pumps had failed twice."), "Orsolya Vantreck", "Holvik Water Systems", false},
	})
}

// TestOccupationOfBodyRound32: An occupation's "of" body outranks the state or
// party its adjective names; the party stays linked.
func TestOccupationOfBodyRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"occ-demonym", art("Maarja Kesküla, an Estonian member of the Nordic Council, called the vote a mistake."), "Maarja Kesküla", "Nordic Council", true},
		{"occ-party", art("Tobin Rakestraw, a Democratic member of the House Armed Services Committee, called the vote a mistake."), "Tobin Rakestraw", "House Armed Services Committee", true},
		{"occ-party-kept", art("Tobin Rakestraw, a Democratic member of the House Armed Services Committee, called the vote a mistake."), "Tobin Rakestraw", "Democratic Party", true},
	})
}

// TestFieldBeforeAtRound32: A field written with capitals between "of" and
// "at" ("head of Asian freight research at Y"). Counter-examples: a
// possessive state owns the post; "at" closing a line reads no body from
// the next one (fails without fieldThenBody's sentence-end check).
func TestFieldBeforeAtRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"field", art("Ilsa Varga-Pohl, head of Asian freight research at Tarrow Shipbrokers, said rates had doubled."), "Ilsa Varga-Pohl", "Tarrow Shipbrokers", true},
		{"field-demonym", art("Kaspar Veldre, a professor of Baltic Russian history at the University of Tartu, said the vote was close."), "Kaspar Veldre", "University of Tartu", true},
		{"field-counter", art("Ilsa Varga-Pohl, head of Kenya's mission at the United Nations, said rates had doubled."), "Ilsa Varga-Pohl", "United Nations", false},
		{"at ends the line", art("Panel: Ilsa Varga-Pohl, head of Asian freight research at\n\nTarrow Shipbrokers said rates had doubled."), "Ilsa Varga-Pohl", "Tarrow Shipbrokers", false},
	})
}

// TestDescribedBodyRound32: "X of the firm Y", "X of the opposition Y", "X
// of the Kuala Lumpur-based Y" (placeBased reads a seat of any length, in
// personOfOrg and after "at" alike). Counter-example: a word that
// describes no body (fails without the descriptor check).
func TestDescribedBodyRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"desc-firm", art("Ilsa Varga-Pohl of the firm Tarrow & Pell said the ruling would be appealed."), "Ilsa Varga-Pohl", "Tarrow & Pell", true},
		{"desc-based", art("Aminah Roslan of the Kuala Lumpur-based Straits Policy Institute said the ruling would be appealed."), "Aminah Roslan", "Straits Policy Institute", true},
		{"desc-opposition", art("Rosa Ibarguen of the opposition Movimiento Cívico Nacional said the ruling would be appealed."), "Rosa Ibarguen", "Movimiento Cívico Nacional", true},
		{"desc-state-based", art("Aminah Roslan of the Sri Lanka-based Halvern Policy Institute said the ruling would be appealed."), "Aminah Roslan", "Halvern Policy Institute", true},
		{"at-based", art("Aminah Roslan, a fellow at the Kuala Lumpur-based Halvern Policy Institute, said the ruling would be appealed."), "Aminah Roslan", "Halvern Policy Institute", true},
		{"desc-counter", art("Ilsa Varga-Pohl of the neighbouring Tarrow Shipbrokers said the ruling would be appealed."), "Ilsa Varga-Pohl", "Tarrow Shipbrokers", false},
		{"rowing club", art("Ilsa Varga-Pohl of the rowing club beside Tarrow Shipbrokers said the ruling would be appealed."), "Ilsa Varga-Pohl", "Tarrow Shipbrokers", false},
	})
}

// TestShortOwnerBodyRound32: A body after a one-word short owner ("the
// North's Y"). Counter-examples: a state after the owner is no body (fails
// without the body check); a weekday is no owner (fails without the
// day check).
func TestShortOwnerBodyRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"north", art("Oleg Marchenko, who chairs the North's State Planning Commission, met the delegation."), "Oleg Marchenko", "State Planning Commission", true},
		{"north-appos", art("Pak Sun-nam, vice-chairman of the South's National Unification Advisory Council, met the delegation."), "Pak Sun-nam", "National Unification Advisory Council", true},
		{"north-counter", art("Pak Sun-nam, director of the North's Kenya office, met the delegation."), "Pak Sun-nam", "Kenya", false},
		{"weekday-counter", art("Maarja Kesküla, a guest speaker at Monday's Nordic Council session, said the vote was close."), "Maarja Kesküla", "Nordic Council", false},
	})
}

// TestPiledArticlesAndDeputyRound32: "A former supervisory board member at Y"
// and "a former deputy governor at Y" (the lexicon reads "former deputy" as
// a role of its own). Counter-example: the office has no holder in
// apposition.
func TestPiledArticlesAndDeputyRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"piled", art("Tobin Rakestraw, a former supervisory board member at Tarrow Shipbrokers, resigned on Friday."), "Tobin Rakestraw", "Tarrow Shipbrokers", true},
		{"deputy", art("Ilsa Varga-Pohl, a former deputy governor at the Bank of Lithuania, resigned on Friday."), "Ilsa Varga-Pohl", "Bank of Lithuania", true},
		{"deputy-counter", art("The former deputy governor at the Bank of Lithuania resigned, and Ilsa Varga-Pohl said so on Friday."), "Ilsa Varga-Pohl", "Bank of Lithuania", false},
	})
}

// TestCapitalsAcronymOpensSentenceRound32: An all-capitals word opening a
// sentence is the acronym it spells before a title or a name ("US
// Ambassador to Kenya X"). Counter-examples: a shouted sentence ("IS
// there", "US?", "US TOO") names no state or group (fail without
// acronymLeads).
func TestCapitalsAcronymOpensSentenceRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"us", art("The embassy reopened on Monday. US Ambassador to Kenya Tobin Rakestraw announced the grant."), "Tobin Rakestraw", "United States", true},
	})
	checkEnts(t, []entCase{
		{"is there", "\"IS there anyone left?\" asked Tobin Rakestraw, a spokesman for Tarrow Shipbrokers.", "Islamic State", ""},
		{"us question", "\"US? We never met them,\" said Tobin Rakestraw, a spokesman for Tarrow Shipbrokers.", "United States", ""},
		{"us too", "US TOO, the crowd chanted at Tobin Rakestraw.", "United States", ""},
	})
}

// TestHeadsPossessionRound32: A role possessed by a body's head ("the UN
// Secretary-General's representative, X"), and a mention that took its
// article ("Special Envoy of the UN"). Counter-example: the head's own
// lawyer serves the head, not the body (fails without the occupation
// check); a "personal envoy" still acts for the body.
func TestHeadsPossessionRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"sg", art("The UN Secretary-General's representative for the Great Lakes, Maarja Kesküla, reached Juba on Friday."), "Maarja Kesküla", "United Nations", true},
		{"sg-state", art("The Kenyan president's special envoy, Tobin Rakestraw, reached Juba on Friday."), "Tobin Rakestraw", "Kenya", true},
		{"head's lawyer", art("The Tarrow Shipbrokers chairman's lawyer, Tobin Rakestraw, met prosecutors on Friday."), "Tobin Rakestraw", "Tarrow Shipbrokers", false},
		{"head's personal envoy", art("The OSCE chairman's personal envoy, Tobin Rakestraw, arrived in Tbilisi late on Friday."), "Tobin Rakestraw", "Organization for Security and Co-operation in Europe", true},
		{"the-un", art("Maarja Kesküla, now Special Envoy of the UN on Yemen, reached Aden on Friday."), "Maarja Kesküla", "United Nations", true},
	})
}

// TestBracketedShortFormRound32: A body's short form in brackets before a title
// or a name, and the title's own short form before the name. A state in
// brackets is no body's short form (short-state). Counter-examples: a
// definite role that names another body is not the person who heads the
// first (other-head fails without servesOtherBody); the same body still
// resolves, and so does a body's head known as a party member or by a past
// post (fail without holdsPost and the party check in servesOtherBody).
func TestBracketedShortFormRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"short-title", art("Pacific Islands Forum (PIF) Secretary General Tobin Rakestraw urged members to act."), "Tobin Rakestraw", "Pacific Islands Forum", true},
		{"short-name", art("The minister received the Head of the Nordic Investment Bank (NIB) Maarja Kesküla on Friday."), "Maarja Kesküla", "Nordic Investment Bank", true},
		{"title short form", art("Caribbean Community Secretary General (SG) Tobin Rakestraw urged members to act."), "Tobin Rakestraw", "Caribbean Community", true},
		{"short-state", art("The minister praised Kenya (KE) President Tobin Rakestraw on Friday."), "Tobin Rakestraw", "Kenya", true},
		{"other-head", art("The minister received the Head of the Nordic Investment Bank (NIB) Maarja Kesküla on Friday. The Head of Estonia's foreign ministry told the guest that talks would go on."), "Maarja Kesküla", "Estonia", false},
		{"party member heads it", art("Republican Senator Tobin Rakestraw became chairman in January. The chairman of the Senate Armed Services Committee told the press on Friday that talks would continue."), "Tobin Rakestraw", "Senate Armed Services Committee", true},
		{"past post", art("Maarja Kesküla, a former head of Tarrow Crest Bank, took charge in May. The head of the Nordic Investment Bank told the press on Friday that talks would continue."), "Maarja Kesküla", "Nordic Investment Bank", true},
		{"same-head", art("Maarja Kesküla, head of the Nordic Investment Bank, arrived on Friday. The head of the Nordic Investment Bank told reporters that talks would go on."), "Maarja Kesküla", "Nordic Investment Bank", true},
	})
}

// TestMilitaryTitlesRound32: "commandant" and "commander-in-chief" are titles
// (the lexicon had only "commander", which stopped at the hyphen).
// Counter-example: a commander-in-chief named with no body is nobody's.
func TestMilitaryTitlesRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"commandant", art("On Monday the commandant of the Indian Coast Guard, Admiral Ravindra Kaul-Mehta, met the visitors."), "Ravindra Kaul-Mehta", "Indian Coast Guard", true},
		{"commander-in-chief", art("The list includes Admiral Somchai Rattanakorn, Commander-in-Chief of Royal Thai Navy, and two firms."), "Somchai Rattanakorn", "Royal Thai Navy", true},
		{"no body named", art("General Somchai Rattanakorn, a former commander-in-chief, met officials of the Royal Thai Army on Friday."), "Somchai Rattanakorn", "Royal Thai Army", false},
	})
}

// TestPartyFromRound32: a role "from" or "for" a party is the party's ("an
// MP from the ruling Y Party", "a Finnish MEP for the Y Party").
// Counter-examples: "from" a place or from a body that is not a party
// names where the holder comes from (the Nordic Council row fails without
// partyFrom's kind guard); a party that owns the next noun is not the
// holder's (fails without the possessive check); a diplomat from a party's
// government serves the government (fails without the diplomat check).
func TestPartyFromRound32(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"ruling party", art("Brita Hollensen, an MP from the ruling Progress Party, called the deal rushed."), "Brita Hollensen", "Progress Party", true},
		{"adjective before the party", art("Tomas Ekwall, a deputy from the centrist Moderate Party, walked out of the debate."), "Tomas Ekwall", "Moderate Party", true},
		{"for a party", art("Aino Virkkunen, a Finnish MEP for the Centre Party, told reporters the text was weak."), "Aino Virkkunen", "Centre Party", true},
		{"a place", art("Brita Hollensen, a lawmaker from Texas, called the deal rushed."), "Brita Hollensen", "Texas", false},
		{"for a place", art("Brita Hollensen, an MP for Esbjerg, called the deal rushed."), "Brita Hollensen", "Esbjerg", false},
		{"the party's rival", art("Brita Hollensen, a lawmaker from the Progress Party's main rival, the Centre Party, called the deal rushed."), "Brita Hollensen", "Progress Party", false},
		{"a diplomat", art("Kasper Holm, an ambassador from the Progress Party government, met the delegation."), "Kasper Holm", "Progress Party", false},
		{"a body that is no party", art("Brita Hollensen, a lawmaker from the Nordic Council, called the deal rushed."), "Brita Hollensen", "Nordic Council", false},
	})
}
