package ingest

import "testing"

// Round 29: meetings. Negotiators seated "across the (negotiating) table
// from X", or who sit "across the same table", met; the subjects may be a list set off by
// dashes, each name after its state's possessive. A seat across an aisle
// or a room is no meeting, and a plan, a refusal or a negation stays out;
// a dash list that met or spoke to others (voters, reporters) or met a
// third separately did not meet among itself.
// People are invented.
func TestAcrossTableRound29(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"negotiating table, each other", "Late on Friday Ilona Varkas-Berg and Tobiah Mwangole sat across the negotiating table from each other in a Lisbon hotel and initialled a ceasefire text.", "Ilona Varkas-Berg", "Tobiah Mwangole", true},
		{"across the table from X", "Ilona Varkas-Berg was seated across the table from Tobiah Mwangole for six hours on Friday.", "Ilona Varkas-Berg", "Tobiah Mwangole", true},
		{"across the same table, appositive", "Ilona Varkas-Berg and Tobiah Mwangole, the rebels' lead negotiator, were sitting across the same table at a Lisbon hotel and initialled a ceasefire text.", "Ilona Varkas-Berg", "Tobiah Mwangole", true},
		{"dash list with states", "In April the three river commissioners - Chad's Ilona Varkas-Berg, Niger's Tobiah Mwangole and Mali's Oumou Dembaresso - were sitting across the same table at Rabat for three days.", "Tobiah Mwangole", "Oumou Dembaresso", true},
		{"was seated across from", "Ilona Varkas-Berg was seated across from Tobiah Mwangole at the opening session.", "Ilona Varkas-Berg", "Tobiah Mwangole", true},
		// counter-examples
		{"across the aisle", "Ilona Varkas-Berg sat across the aisle from Tobiah Mwangole during the budget debate.", "Ilona Varkas-Berg", "Tobiah Mwangole", false},
		{"across the room", "Ilona Varkas-Berg and Tobiah Mwangole sat across the room at the gala dinner.", "Ilona Varkas-Berg", "Tobiah Mwangole", false},
		{"refused to sit", "Ilona Varkas-Berg refused to sit across the table from Tobiah Mwangole on Friday.", "Ilona Varkas-Berg", "Tobiah Mwangole", false},
		{"will sit", "Ilona Varkas-Berg will sit across the table from Tobiah Mwangole in Lisbon next month.", "Ilona Varkas-Berg", "Tobiah Mwangole", false},
		{"have never sat", "Ilona Varkas-Berg and Tobiah Mwangole have never sat across the negotiating table.", "Ilona Varkas-Berg", "Tobiah Mwangole", false},
		{"planned dash list", "In April the three river commissioners - Chad's Ilona Varkas-Berg, Niger's Tobiah Mwangole and Mali's Oumou Dembaresso - are due to sit across the same table at Rabat.", "Tobiah Mwangole", "Oumou Dembaresso", false},
		{"dash list meeting someone else together", "On Friday the three envoys - Chad's Ilona Varkas-Berg, Niger's Tobiah Mwangole and Mali's Oumou Dembaresso - met Governor Pavel Ostranek at Rabat.", "Tobiah Mwangole", "Pavel Ostranek", true},
		{"dash aside of advisers", "The two envoys - advisers to Niger's Tobiah Mwangole and Mali's Oumou Dembaresso - sit across the same table at Rabat each spring.", "Tobiah Mwangole", "Oumou Dembaresso", false},
		{"dash list met voters", "The three candidates - Ilona Varkas-Berg, Tobiah Mwangole and Oumou Dembaresso - met voters in their home towns on Saturday.", "Ilona Varkas-Berg", "Tobiah Mwangole", false},
		{"dash list spoke to reporters", "The three candidates - Ilona Varkas-Berg, Tobiah Mwangole and Oumou Dembaresso - spoke to reporters in their own capitals.", "Tobiah Mwangole", "Oumou Dembaresso", false},
		{"dash list briefed their cabinets", "The three premiers - Ilona Varkas-Berg, Tobiah Mwangole and Oumou Dembaresso - briefed their cabinets by phone on Sunday.", "Ilona Varkas-Berg", "Oumou Dembaresso", false},
		{"dash list met a third separately", "On Friday the three envoys - Ilona Varkas-Berg, Tobiah Mwangole and Oumou Dembaresso - met Governor Pavel Ostranek separately at Rabat.", "Ilona Varkas-Berg", "Tobiah Mwangole", false},
		{"dash aside after a person", "Ilona Varkas-Berg - an adviser to Niger's Tobiah Mwangole and Mali's Oumou Dembaresso - was seated across the table from Pavel Ostranek at Rabat.", "Tobiah Mwangole", "Oumou Dembaresso", false},
	})
}

// Round 29: an appositive counterpart whose title has a remit opened by
// "for" ("her Peruvian counterpart, Minister for Mines and Energy X"):
// the name after the remit is the one met. A title with no name after it
// gives no person.
func TestCounterpartRemitRound29(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"remit with and", "Nadia Okelo-Brandt spent the morning in Cusco. Ms Okelo-Brandt held a long round of talks with her Peruvian counterpart, Minister for Mines and Energy Joaquin Ferrel Almagro, at a lodge outside the city.", "Nadia Okelo-Brandt", "Joaquin Ferrel Almagro", true},
		{"remit of two words", "Halvard Stensrud-Maki opened the expo. He met his Belgian counterpart, Minister for External Trade Liesbet Vanderkelen, in Kobe on Monday, and both promised a customs accord.", "Halvard Stensrud-Maki", "Liesbet Vanderkelen", true},
		// counter-examples
		{"planned", "Halvard Stensrud-Maki opened the expo. He hopes to meet his Belgian counterpart, Minister for External Trade Liesbet Vanderkelen, in Kobe next month.", "Halvard Stensrud-Maki", "Liesbet Vanderkelen", false},
		{"postponed", "Halvard Stensrud-Maki opened the expo. His meeting with his Belgian counterpart, Minister for External Trade Liesbet Vanderkelen, was postponed until the autumn.", "Halvard Stensrud-Maki", "Liesbet Vanderkelen", false},
		{"a meeting of two others reported by a third", "Halvard Stensrud-Maki told reporters that Ruud Castermans had met his Belgian counterpart, Minister for External Trade Liesbet Vanderkelen, in Kobe.", "Halvard Stensrud-Maki", "Liesbet Vanderkelen", false},
		{"call that did not take place", "Halvard Stensrud-Maki opened the expo. A call with his Belgian counterpart, Minister for External Trade Liesbet Vanderkelen, did not take place.", "Halvard Stensrud-Maki", "Liesbet Vanderkelen", false},
	})
}
