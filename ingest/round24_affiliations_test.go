package ingest

import "testing"

// A city or state named as the seat of the body that follows it ("a
// partner at the Lisbon law firm Y", "Bergen's Y") does not stop the
// qualifier: the person works for the body, not for the place.
func TestSeatedBodyRound24(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"city and firm noun", art(`"Nobody warned the growers," said Elin Varga, a partner at the London law firm Brackwell Odum LLP.`), "Elin Varga", "Brackwell Odum LLP", true},
		{"city and one noun", art("Hana Ceska, an economist at the Vienna think-tank Danube Policy Institute, expects higher prices."), "Hana Ceska", "Danube Policy Institute", true},
		{"city possessive", art("Mateo Ulloa, senior analyst at Hamburg's Fjordline Freight Institute, expects lower rates."), "Mateo Ulloa", "Fjordline Freight Institute", true},
		{"name of city firm", art("Her lawyer, Ines Salcedo of Madrid firm Orvalle Abogados SL, rejected the claim."), "Ines Salcedo", "Orvalle Abogados SL", true},
		// counter-examples
		{"a clause before the body", art("Elin Varga, a partner at the London office that sued Brackwell Odum LLP, declined to comment."), "Elin Varga", "Brackwell Odum LLP", false},
		{"a speech verb is not a seat noun", art("Pilar Nunez, an official at the Madrid ministry said Orvalle Energy SA would pay the fine."), "Pilar Nunez", "Orvalle Energy SA", false},
	})
}

// A body written bare by the last words of its name before a role
// ("Commission President X", "council spokeswoman X") owns the role when
// exactly one body named earlier ends in those words.
func TestHeadWordOwnerRound24(t *testing.T) {
	const council = "The Upland Pear Growers Council asked for aid on Monday. "
	checkRels(t, RelAffiliatedWith, []relCase{
		{"lexicon title", art("The European Commission tabled its plan on Monday. Commission President Edvard Lunnqvist called it balanced."), "Edvard Lunnqvist", "European Commission", true},
		{"lower-case body word", art(council + `"We lost the season," said council spokeswoman Marta Quillfeather.`), "Marta Quillfeather", "Upland Pear Growers Council", true},
		{"two capitalised words", art("The Tangier Port Authority shut the quay. Port Authority chief executive Samir Oudrhiri blamed the strike."), "Samir Oudrhiri", "Tangier Port Authority", true},
		// counter-examples
		{"body named only after the role", art("Port Authority chief executive Samir Oudrhiri blamed the strike. The Tangier Port Authority shut the quay."), "Samir Oudrhiri", "Tangier Port Authority", false},
		{"two bodies end in the word", art(council + "The Coastal Fishers Council agreed. Council spokeswoman Marta Quillfeather said talks would go on."), "Marta Quillfeather", "Coastal Fishers Council", false},
		{"a portfolio word is not a body", art("The World Trade Organization will rule in May. Trade Minister Oskar Velde said he was calm."), "Oskar Velde", "World Trade Organization", false},
		{"a meeting with its president", art("The European Commission tabled its plan on Monday. Marta Quillfeather met Commission President Edvard Lunnqvist in Brussels."), "Marta Quillfeather", "European Commission", false},
		{"a city council beside the article's council", art(council + `"The shelters are full," said city council spokeswoman Irena Modrak.`), "Irena Modrak", "Upland Pear Growers Council", false},
		{"union leader beside the European Union", art("The European Union raised the quota on Monday. Union leader Marta Velisko said nobody had asked the growers."), "Marta Velisko", "European Union", false},
	})
}
