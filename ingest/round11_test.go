package ingest

import "testing"

// Round 11 mechanisms: the imposer of a sanctions verb whose subject is a
// pronoun or a role noun, targets listed after a colon or in bullet
// lines, listings told by a noun or a follow-up subject ("the notice
// blacklisted …"), each with counter-examples: a pronoun whose nearest
// body is not an imposer, a department that only speaks, threatened,
// proposed and lifted sanctions with a pronoun subject, a colon list that
// is not a listing. People and companies are invented; states and
// international bodies are general knowledge.

func TestSanctionAnaphoraRound11(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"the department targeted", "A\nThe U.S. Treasury imposed sanctions on Iran on Monday.\nIn February the department targeted Silver Cove Marine Services and Hormuz Gate Shipping.", "United States Department of the Treasury", "Hormuz Gate Shipping", true},
		{"it penalized after a semicolon", "A\nThe U.S. Treasury imposed sanctions on Iran on Monday.\nIn February the department targeted Silver Cove Marine Services; in May it penalized Al Noor Maritime Management.", "United States Department of the Treasury", "Al Noor Maritime Management", true},
		{"not the firm opening the sentence", "A\nThe U.S. Treasury imposed sanctions on Iran on Monday.\nIn February the department targeted Silver Cove Marine Services; in May it penalized Al Noor Maritime Management.", "Silver Cove Marine Services", "Al Noor Maritime Management", false},
		{"the bloc also imposed", "A\nThe European Union met in Brussels on Friday.\nThe bloc also imposed an asset freeze on Oumarou Saley-Dandobi.", "European Union", "Oumarou Saley-Dandobi", true},
		{"sanctions it imposed", "A\nThe State Department praised the accord and quoted a review by the UN Security Council of the sanctions it imposed on Liberia in 2003.", "UN Security Council", "Liberia", true},
		{"said that afternoon it had frozen", "A\nThe U.S. Treasury imposed sanctions on Iran on Monday.\nBritain said that same afternoon it had also frozen the assets of Khalid Nasser-Mahdi.", "United Kingdom", "Khalid Nasser-Mahdi", true},
		{"not the earlier imposer", "A\nThe U.S. Treasury imposed sanctions on Iran on Monday.\nBritain said that same afternoon it had also frozen the assets of Khalid Nasser-Mahdi.", "United States Department of the Treasury", "Khalid Nasser-Mahdi", false},
		{"in May is a month", "A\nThe European Union imposed sanctions on Belarus on Monday.\nIn May it froze the assets of Polesye Avia Cargo.", "European Union", "Polesye Avia Cargo", true},
		// counter-examples
		{"nearest body is a company", "A\nGazprom Neft said on Monday that it had targeted Orlov Tankers in a lawsuit.", "Gazprom Neft", "Orlov Tankers", false},
		{"the department only speaks", "A\nThe U.S. Treasury imposed sanctions on Iran on Monday.\nThe department said Hormuz Gate Shipping had helped Iran.", "United States Department of the Treasury", "Hormuz Gate Shipping", false},
		{"it threatened sanctions", "A\nThe European Union imposed sanctions on Belarus on Monday.\nIt has also threatened to sanction Polesye Avia Cargo.", "European Union", "Polesye Avia Cargo", false},
		{"it proposed sanctions", "A\nThe European Union imposed sanctions on Belarus on Monday.\nIn May it proposed sanctions on Polesye Avia Cargo.", "European Union", "Polesye Avia Cargo", false},
		{"the bloc lifted sanctions", "A\nThe European Union imposed sanctions on Belarus on Monday.\nThe bloc also lifted sanctions on Grigore Ciobanu-Rusu.", "European Union", "Grigore Ciobanu-Rusu", false},
		{"targeted outside a sanctions context", "A\nThe European Union met in Brussels on Friday.\nThe bloc targeted Polesye Avia Cargo in its statement.", "European Union", "Polesye Avia Cargo", false},
	})
}

func TestSanctionListsRound11(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"bullet list after a colon", "A\nThe names were published on Thursday.\nThe EU has now designated, among others:\n\u2022 Nyoman Salt Export, a state-run chemicals seller;\n\u2022 the Brest Lens Works;\n\u2022 businessman Yury Dzemidovich.", "European Union", "Brest Lens Works", true},
		{"last bullet", "A\nThe names were published on Thursday.\nThe EU has now designated, among others:\n\u2022 Nyoman Salt Export, a state-run chemicals seller;\n\u2022 the Brest Lens Works;\n\u2022 businessman Yury Dzemidovich.", "European Union", "Yury Dzemidovich", true},
		{"list after a colon in the sentence", "A\nThe United States sanctioned the following companies: Orlov Tankers and Corvina Shipmanagement.", "United States", "Corvina Shipmanagement", true},
		// counter-examples
		{"colon list that is not a listing", "A\nThe names were published on Thursday.\nThe EU has named its priorities:\n\u2022 Nyoman Salt Export must cut its prices;\n\u2022 trade with Belarus.", "European Union", "Nyoman Salt Export", false},
		{"a list after the listing has ended", "A\nThe names were published on Thursday.\nThe EU has now designated, among others:\n\u2022 Nyoman Salt Export.\nOther news.\n\u2022 Yury Dzemidovich.", "European Union", "Yury Dzemidovich", false},
		{"threatened list", "A\nThe names were published on Thursday.\nThe EU has threatened to designate, among others:\n\u2022 Nyoman Salt Export.", "European Union", "Nyoman Salt Export", false},
	})
}

func TestSanctionStatementsRound11(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"designation in a month of", "A\nThe United States imposed sanctions on Orinoco Gold on Thursday.\nThe move builds on Washington's designation in April of the state-run Minera del Caroni Holdings.", "United States", "Minera del Caroni Holdings", true},
		{"the same notice blacklisted", "A\nThe U.S. Treasury imposed sanctions on Hormuz Gate Shipping on Monday.\nThe same October notice blacklisted nine Iranian money changers.", "United States Department of the Treasury", "Iran", true},
		{"announced designations then the department targeted", "A\nThe U.S. Treasury announced new designations on Friday.\nThe department targeted Silver Cove Marine Services.", "United States Department of the Treasury", "Silver Cove Marine Services", true},
		// counter-examples
		{"called for the designation in March", "A\nThe United States imposed sanctions on Orinoco Gold on Thursday.\nLawmakers called for the designation in March of Minera del Caroni Holdings.", "United States", "Minera del Caroni Holdings", false},
		{"a notice without a statement before", "A\nThe weather was cold on Monday.\nThe same notice blacklisted Hormuz Gate Shipping.", "United States", "Hormuz Gate Shipping", false},
	})
}
