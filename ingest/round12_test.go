package ingest

import "testing"

// Round 12: the recall-first sanctions frame. Any sanctions word opens a
// frame whatever the phrasing; negation, modality, lifting and advocacy
// close it, and lawyers, places, co-imposers and the imposer's own
// people are never targets. People and companies are invented; states
// and international bodies are general knowledge.

func TestSanctionFrameRound12(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"froze assets held by", "A\nThe U.S. Treasury imposed sanctions on Iran on Monday.\nIt likewise froze U.S.-based assets held by the ferry owner Tomasz Wielgorski-Baran.", "United States Department of the Treasury", "Tomasz Wielgorski-Baran", true},
		{"among those sanctioned by", "A\nThe vote was held in March.\nAmong those sanctioned by Canada were Ilse Ravnholt-Moe, a deputy minister, and Commissioner Otto Brekkestad.", "Canada", "Otto Brekkestad", true},
		{"barred from entering", "A\nThe election was held in March.\nThe United States barred Orsolya Kertveny-Haas and her husband from entering the country.", "United States", "Orsolya Kertveny-Haas", true},
		{"targeted by the bloc include", "A\nThe European Union imposed sanctions on Belarus on Monday.\nThose targeted by the bloc include: Pavel Lisovskikh-Dor, a deputy minister; and Granit Avia Cargo.", "European Union", "Granit Avia Cargo", true},
		{"designated after a date", "A\nThe U.S. Treasury imposed sanctions on Iran in May.\nTreasury's Office of Foreign Assets Control on March 3 designated Almaty-based Kestrel Settlement Bank and Zhetysu Credit Bank.", "Office of Foreign Assets Control", "Zhetysu Credit Bank", true},
		{"the targets are: bullets", "A\nBritain on Friday imposed sanctions on Sudan.\nThe targets of the asset freeze are:\n* Jebel Marra Minerals Company, a copper miner;\n* Wadi Hawar Trading.", "United Kingdom", "Wadi Hawar Trading", true},
		{"sanctioning of a firm", "A\nThe United States imposed sanctions on Myanmar on Tuesday.\nThe sanctioning of another company, Salween Rotor Cargo, followed an hour later.", "United States", "Salween Rotor Cargo", true},
		// counter-examples
		{"threatened", "A\nThe European Union imposed sanctions on Belarus on Monday.\nThe bloc threatened to blacklist Granit Avia Cargo.", "European Union", "Granit Avia Cargo", false},
		{"proposed", "A\nThe European Union imposed sanctions on Belarus on Monday.\nThe Commission proposed an asset freeze on Granit Avia Cargo.", "European Union", "Granit Avia Cargo", false},
		{"lifted", "A\nThe European Union imposed sanctions on Belarus on Monday.\nThe bloc lifted the asset freeze on Granit Avia Cargo.", "European Union", "Granit Avia Cargo", false},
		{"called for", "A\nThe European Union imposed sanctions on Belarus on Monday.\nLithuania called for the designation of Granit Avia Cargo.", "Lithuania", "Granit Avia Cargo", false},
		{"vetoed", "A\nThe European Union imposed sanctions on Belarus on Monday.\nHungary vetoed a travel ban on Pavel Lisovskikh-Dor.", "Hungary", "Pavel Lisovskikh-Dor", false},
		{"preparing", "A\nThe European Union imposed sanctions on Belarus on Monday.\nThe bloc is also preparing a separate asset freeze against Granit Avia Cargo.", "European Union", "Granit Avia Cargo", false},
		{"a lawyer quoted", "A\nThe United States sanctioned Granit Avia Cargo on Monday, the firm's lawyer, Marit Solbakken-Vik, said.", "United States", "Marit Solbakken-Vik", false},
		{"registered in a state", "A\nThe U.S. Treasury this week sanctioned three firms registered in Tajikistan.", "United States Department of the Treasury", "Tajikistan", false},
		{"banned from the competition", "A\nUEFA met in Nyon.\nThe sanctions committee banned Dinamo Ravnica from the competition for two seasons.", "UEFA", "Dinamo Ravnica", false},
		{"the list of speakers", "A\nThe European Union imposed sanctions on Belarus on Monday.\nThe Council later added Pavel Lisovskikh-Dor to the list of speakers.", "European Union", "Pavel Lisovskikh-Dor", false},
		{"its own people", "A\nThe U.S. Treasury imposed sanctions on Ream Coast Holdings on Monday.\nAmericans may no longer trade with the company.", "United States Department of the Treasury", "United States", false},
		{"a designation category", "A\nIn August the State Department named the Ansar Brigade a Specially Designated Global Terrorist entity.", "United States Department of State", "Specially Designated Global Terrorist", false},
		{"the committee's state", "A\nThe UN Security Council met on Monday.\nThe committee, which runs the Mali sanctions regime, designated Amadou Traore-Kone.", "Mali", "Amadou Traore-Kone", false},
	})
}
