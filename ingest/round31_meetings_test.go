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

// Review C of round 31: the qualified-official rules above stop where the
// official's phrase ends. A clause opener after a demonym's noun ("Cuban
// dissidents whom X had recommended", "Belarusian exiles when X visited")
// ends the noun phrase: the state's people were met, not X. A demonym of
// another state after "<State>'s ROLE," opens the next item of a list,
// not an appositive on the role; the same state's demonym still names the
// role's holder. The "and" inside a body's name ("the Asian and Pacific
// Affairs Bureau") keeps the official's body out of the met. People are
// invented.
func TestQualifiedOfficialReviewRound31(t *testing.T) {
	const whom = "Teodor Vasko met Cuban dissidents whom Alena Dubrouskaya had recommended, his office said."
	const when = "Teodor Vasko met Belarusian exiles when Alena Dubrouskaya visited Vilnius."
	const list = "Anja Liesegang met Norway's ambassador, Chilean Trade Minister Ana Berg-Lind and Peru's trade minister in Geneva on Monday."
	const same = "Anja Liesegang met Ghana's special envoy, Ghanaian Foreign Minister Kwame Adjei-Mensah, in Accra on Monday."
	const bureau = "Pelle Oskarsson met on Friday with Dariusz Wenclaw, director of the Asian and Pacific Affairs Bureau, in Tokyo."
	checkRels(t, RelMet, []relCase{
		{"a relative pronoun ends the demonym's noun phrase: the state", whom, "Teodor Vasko", "Cuba", true},
		{"a relative pronoun ends the demonym's noun phrase: not the recommender", whom, "Teodor Vasko", "Alena Dubrouskaya", false},
		{"a subordinator ends the demonym's noun phrase: the state", when, "Teodor Vasko", "Belarus", true},
		{"a subordinator ends the demonym's noun phrase: not the visitor", when, "Teodor Vasko", "Alena Dubrouskaya", false},
		{"another state's demonym opens a list item: the first state", list, "Anja Liesegang", "Norway", true},
		{"another state's demonym opens a list item: the minister", list, "Anja Liesegang", "Ana Berg-Lind", true},
		{"the same state's demonym: the envoy", same, "Anja Liesegang", "Kwame Adjei-Mensah", true},
		{"the same state's demonym: not the state", same, "Anja Liesegang", "Ghana", false},
		{"and inside the body's name: the director", bureau, "Pelle Oskarsson", "Dariusz Wenclaw", true},
		{"and inside the body's name: not the bureau", bureau, "Pelle Oskarsson", "Pacific Affairs Bureau", false},
		{"a body joined by and after a person is met", "Pelle Oskarsson met Dariusz Wenclaw and the World Food Programme in N'Djamena.", "Pelle Oskarsson", "World Food Programme", true},
	})
}
