package ingest

import "testing"

// Round 25: vessels and small places read as people. A ship named after
// its class ("the trawler X", "the suezmax X"), after a hyphened
// "-built"/"-flagged" modifier, or with a title word opening its name
// after such a noun is no person; a name the article places by a
// settlement or border-post noun ("the town of X", "the X checkpoint")
// is a place in every mention. All names are invented.

func TestVesselNamesRound25(t *testing.T) {
	checkHolders(t, []holderCase{
		{"class noun", "Customs officers detained the Maltese trawler Ivo Rask off the cape on Sunday.", "Ivo Rask", ""},
		{"tanker class", "The suezmax Petra Lind unloaded its crude at the new terminal late on Friday.", "Petra Lind", ""},
		{"year-built", "The 2012-built Sela Dorn left the anchorage without clearance, the harbour office said.", "Sela Dorn", ""},
		{"state-flagged", "A Togo-flagged Mira Venn was stopped near the strait by a patrol boat.", "Mira Venn", ""},
		{"title opening a yacht's name", "A judge declined to lift the arrest of the superyacht Lady Orsolya on Thursday.", "Orsolya", ""},
		// counter-examples: a comma or a possessive after the vessel
		// noun introduces a person, and a title alone keeps one
		{"captain after a comma", "The captain of the trawler, Nikolai Varga, insisted the catch was legal.", "Nikolai Varga", TypePerson},
		{"owner after a possessive", "The tanker's owner, Tomas Berg, denied every charge on Friday.", "Tomas Berg", TypePerson},
		{"built as a verb", "After the storm, neighbours built Anna Korvel a new shed within a week.", "Anna Korvel", TypePerson},
	})
}

func TestPlaceCuesRound25(t *testing.T) {
	checkHolders(t, []holderCase{
		{"town of", "Gunmen burned homes in the town of Ravel-Haut overnight, according to residents.", "Ravel-Haut", TypePlace},
		{"port of", "Militias now control the port of Saint-Ondel and its fuel depots.", "Saint-Ondel", TypePlace},
		{"checkpoint, then alone", "Lorries queued for days at the Dorvik checkpoint. Traders at Dorvik said food prices had doubled.", "Dorvik", TypePlace},
		{"two crossings", "Officials shut the Marrow and Tessin crossings after the clash on Saturday.", "Marrow", TypePlace},
		{"border post", "Guards at the Osla Brenn border post turned back three buses.", "Osla Brenn", TypePlace},
		{"crossing at", "Goods still move through the crossing at Vela Morra, the customs office said.", "Vela Morra", TypePlace},
		// counter-examples: a person crossing something, a mayor of
		// the town, a person named near a checkpoint
		{"gerund after a name", "Photos showed Ilse Marten crossing the river at dawn on Tuesday.", "Ilse Marten", TypePerson},
		{"role of the town", "Hanna Dorvik, the mayor of the town, said the checkpoint would stay open.", "Hanna Dorvik", TypePerson},
		{"possessive after crossing at", "Troops set up a checkpoint near Ilse Marten's farm before dawn.", "Ilse Marten", TypePerson},
		{"checkpoint after a verb", "Soldiers told Pavel Renko the checkpoint was closed for the night.", "Pavel Renko", TypePerson},
	})
}
