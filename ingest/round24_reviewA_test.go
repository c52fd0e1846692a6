package ingest

import "testing"

// Review of round 24 (affiliations): a bare head word before a role
// names a body only when no other reading is near. A profession ("union
// leader", "fund manager") or a local body ("city council") says nothing
// about an international body of the article that ends in the same word.
func TestHeadWordOwnerReviewA(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"union leader is a profession", art("The European Union raised the quota on Monday. \"We were never asked,\" said union leader Marta Velisko."), "Marta Velisko", "European Union", false},
		{"fund manager is a profession", art("The International Monetary Fund cut its forecast. \"Growth will slow,\" said fund manager Tomas Belgrin."), "Tomas Belgrin", "International Monetary Fund", false},
		{"a city council is not the named one", art("The UN Security Council met on Friday. \"The shelters are full,\" said city council spokeswoman Irena Modrak."), "Irena Modrak", "UN Security Council", false},
		{"fund at a sentence start", art("The International Monetary Fund cut its forecast. Fund manager Tomas Belgrin said growth would slow."), "Tomas Belgrin", "International Monetary Fund", false},
		{"a gazetteer body by a lower-case word", art("The UN Security Council met on Friday. \"The shelters are full,\" said council spokeswoman Irena Modrak."), "Irena Modrak", "UN Security Council", false},
		// the article's own body still owns the bare word
		{"a foundation named for a person", art("The Maria Dolvenko Foundation funds the clinics. Foundation president Ivo Dralcek said more would open."), "Ivo Dralcek", "Maria Dolvenko Foundation", true},
		{"the article's own council", art("The Upland Pear Growers Council asked for aid on Monday. \"We lost the season,\" said council spokeswoman Irena Modrak."), "Irena Modrak", "Upland Pear Growers Council", true},
	})
}

// A seat noun still leads to the body after it; the speech verb that
// ends a seat ("the Madrid ministry said Y") is in TestSeatedBodyRound24.
func TestSeatedBodyReviewA(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"seat noun then the firm", art("Pilar Nunez, an analyst at the Madrid consultancy Orvalle Energy SA, expects a fine."), "Pilar Nunez", "Orvalle Energy SA", true},
	})
}
