package ingest

import "testing"

// Round 20: bans on a state's goods, vessels and people count as
// SANCTIONED against that state (the majority reading of the annotators
// over the development sets); tariffs, quotas, lifted, threatened and
// overturned bans, and bans on activities do not. Firms and people are
// invented.
func TestDemonymBansRound20(t *testing.T) {
	checkRels(t, RelSanctioned, []relCase{
		{"a modifier before the demonym", "A\nCanada barred three former Haitian mayors from entering the country.", "Canada", "Haiti", true},
		{"coordinated demonyms, first", "A\nNorway has barred Icelandic and Faroese trawlers from unloading herring at its quays.", "Norway", "Iceland", true},
		{"coordinated demonyms, second", "A\nNorway has barred Icelandic and Danish trawlers from unloading herring at its quays.", "Norway", "Denmark", true},
		{"a hyphenated demonym", "A\nPeru banned six Ecuadorian-flagged tuna boats from its fishing grounds in autumn.", "Peru", "Ecuador", true},
		{"a state's goods, plain", "A\nChina banned Lithuanian goods.", "China", "Lithuania", true},
		{"a state's seafood imports", "A\nSouth Korea has banned Japanese seafood imports since 2013.", "South Korea", "Japan", true},
		// counter-examples
		{"a tariff", "A\nThe United States imposed a 25% tariff on Mexican steel.", "United States", "Mexico", false},
		{"a quota", "A\nAustralia cut the quota for Indonesian cattle imports last year.", "Australia", "Indonesia", false},
		{"a lifted ban", "A\nBelarus lifted its ban on Russian poultry last week.", "Belarus", "Russia", false},
		{"a threatened ban", "A\nRussia has threatened to ban Georgian mineral water.", "Russia", "Georgia", false},
		{"a ban on smoking", "A\nIreland banned Irish smoking in pubs in 2004.", "Ireland", "Ireland", false},
		{"banned from the tournament", "A\nFIFA banned Nigerian officials from the tournament.", "FIFA", "Nigeria", false},
		{"a ban a court overturned", "A\nA court overturned the ban that Kenya imposed on Ugandan sugar.", "Kenya", "Uganda", false},
		{"a demonym-styled rule", "A\nFrance banned Anglo-Saxon-style bonuses in 2010.", "France", "United Kingdom", false},
	})
}
