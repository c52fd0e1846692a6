package ingest

import "testing"

// Round 31: meetings. The one met is the official, not the body or state
// that only qualifies the official. The frame's object region leaves out a
// body after "ROLE of" also when the body is a state's organ ("of Russia's
// Federal Security Service"), its bracketed short form ("(WFP)")
// or a name with "and" inside ("the Asian and Pacific Affairs Bureau");
// a state before the official's title is looked through also with a bare
// apostrophe ("the Philippines' Secretary of Agriculture, X"), a remit
// listed with commas ("Minister for Mining, Energy and Petroleum X"), a
// demonym with a noun before the name ("Russian opposition activist X")
// and a demonym before the appositive's title ("the African Union special envoy,
// Ghanaian Foreign Minister X"). A body named as a party itself stays one.
// People are invented.
func TestQualifiedOfficialRound31(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"acronym of the official's body: the official", "Pelle Oskarsson met on Friday with Dariusz Wenclaw, country director of the World Food Programme (WFP) in Chad, to discuss grain stocks.", "Pelle Oskarsson", "Dariusz Wenclaw", true},
		{"acronym of the official's body: not the body", "Pelle Oskarsson met on Friday with Dariusz Wenclaw, country director of the World Food Programme (WFP) in Chad, to discuss grain stocks.", "Pelle Oskarsson", "World Food Programme", false},
		{"a state's organ: the official", "Tomas Ferrell sat down on Monday with Yusuf Karimzadeh, a deputy director of Russia's Federal Security Service, in a Geneva hotel.", "Tomas Ferrell", "Yusuf Karimzadeh", true},
		{"a state's organ: not the organ", "Tomas Ferrell sat down on Monday with Yusuf Karimzadeh, a deputy director of Russia's Federal Security Service, in a Geneva hotel.", "Tomas Ferrell", "Federal Security Service", false},
		{"bare apostrophe: the minister", "Marta Velasco held talks on Tuesday in Cebu with the Philippines' Secretary of Agriculture, Ramon Dizon, about rice imports.", "Marta Velasco", "Ramon Dizon", true},
		{"bare apostrophe: not the state", "Marta Velasco held talks on Tuesday in Cebu with the Philippines' Secretary of Agriculture, Ramon Dizon, about rice imports.", "Marta Velasco", "Philippines", false},
		{"remit with commas: the minister", "Ilse Brandauer met her Kenyan counterpart, Minister for Mining, Energy and Petroleum Otieno Wafukho, in Mombasa on Wednesday.", "Ilse Brandauer", "Otieno Wafukho", true},
		{"remit with commas: not the state", "Ilse Brandauer met her Kenyan counterpart, Minister for Mining, Energy and Petroleum Otieno Wafukho, in Mombasa on Wednesday.", "Ilse Brandauer", "Kenya", false},
		{"demonym and a noun: the person", "Teodor Vasko had a video call on Thursday with Russian opposition activist Alena Dubrouskaya, his office said.", "Teodor Vasko", "Alena Dubrouskaya", true},
		{"demonym and a noun: not the state", "Teodor Vasko had a video call on Thursday with Russian opposition activist Alena Dubrouskaya, his office said.", "Teodor Vasko", "Russia", false},
		{"demonym before the appositive's title: the envoy", "Anja Liesegang held talks in Addis Ababa with the African Union special envoy, Ghanaian Foreign Minister Kwame Adjei-Mensah.", "Anja Liesegang", "Kwame Adjei-Mensah", true},
		{"demonym before the appositive's title: not the bloc", "Anja Liesegang held talks in Addis Ababa with the African Union special envoy, Ghanaian Foreign Minister Kwame Adjei-Mensah.", "Anja Liesegang", "African Union", false},
		// counter-examples: a body met as such, and a demonym whose noun
		// phrase ends before the next name
		{"a body met as a party", "Pelle Oskarsson met with the World Food Programme (WFP) and later with Dariusz Wenclaw in N'Djamena.", "Pelle Oskarsson", "World Food Programme", true},
		{"demonym noun phrase ends at a preposition", "Teodor Vasko met Cuban dissidents in Havana on Friday, according to Alena Dubrouskaya.", "Teodor Vasko", "Alena Dubrouskaya", false},
	})
}
