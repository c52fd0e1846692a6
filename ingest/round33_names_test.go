package ingest

import "testing"

// Another legislature written with the bare word of an American chamber
// is not the American chamber (foreignChamber), and its bare word later
// in the story names it again (bareForeignChambers).
func TestForeignChambersRound33(t *testing.T) {
	checkOrgans(t, "Lawmakers weigh the levy\n\nThe debate went on for hours. ", []organCase{
		{"state after the chamber", "Two former members of the Senate of Paraguay were barred from entering Canada.",
			[]string{"Senate of Paraguay"}, []string{"United States Senate"}},
		{"state after the article", "A bill before the Congress of the Philippines would lift the rice levy.",
			[]string{"Congress of the Philippines"}, []string{"United States Congress"}},
		{"national congress", "Renata Solvig-Oduya, elected to the National Congress in 2014, denied the claims.",
			[]string{"National Congress"}, []string{"United States Congress"}},
		{"the bare word again", "The finance minister will brief the National Congress next week. The next session of Congress opens in May.",
			[]string{"National Congress"}, []string{"United States Congress"}},
		{"a region's chamber", "Delegate Corvin Ashdale-Pike, who serves in the Iowa House of Representatives, wrote to the ambassador.",
			[]string{"Iowa House of Representatives"}, []string{"United States House of Representatives"}},
		{"a party named congress", "The Indian National Congress attacked the deal. A Congress spokesman called it a surrender.",
			[]string{"Indian National Congress"}, []string{"United States Congress"}},
		// counter-examples: the American chamber named in full or with
		// its state, a demonym after "of", and a longer name before
		// "National"
		{"the senate of the united states", "In March the Senate of the United States will take up the bill.",
			[]string{"United States Senate"}, []string{"Senate of the United States"}},
		{"a demonym after of", "The Congress of South African Trade Unions called a strike over the levy.",
			nil, []string{"Congress of South Africa"}},
		{"a longer name before national", "Leaders of the Popular National Congress met on Sunday to discuss the levy.",
			nil, []string{"National Congress", "United States Congress"}},
		{"the american body written out", "The National Congress passed the levy. The U.S. Congress has not yet voted on its own version.",
			[]string{"National Congress", "United States Congress"}, nil},
		{"the bare word before the foreign one", "Senators in Congress are weighing a tariff on the levy. Later the National Congress in Brasília debated it.",
			[]string{"United States Congress", "National Congress"}, nil},
	})
}
