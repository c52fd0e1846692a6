package ingest

import "testing"

// Round 34 (met34b): a host or chair meets each side. "X met Y at a
// dinner hosted by Z" (Z met X and Y; a title whose body carries its
// abbreviation in brackets is read up to the comma before Z), "X and Y
// signed the accord after negotiations hosted by Z" (two subjects or more
// held the talks: they met each other and Z), "both negotiators were
// welcomed by Z" and "had separate talks with both trade ministers" (the
// two sides named before, as sidesMet finds them). A planned dinner, a
// lone subject after talks ("X flew home after talks hosted by Z": X may
// have watched from afar), a possessive ("both ministers' deputies") and
// a bracketed body with no person after it give nothing.
func TestHostMeetsEachSideRound34(t *testing.T) {
	const story = "Trade talks in Arusha\n\nBy Staff Writer\n\n"
	const sides = story + "Kenyan minister Wairimu Otieno-Langa met Ugandan minister Brenda Akiiki-Mpora in Arusha on Monday. "
	checkRels(t, RelMet, []relCase{
		{"dinner hosted by: the subject", story + "Wairimu Otieno-Langa met Brenda Akiiki-Mpora at a working dinner hosted by the Lake Basin Water Authority (LBWA) Executive Secretary, Olusegun Farrow-Adeyemi.", "Wairimu Otieno-Langa", "Olusegun Farrow-Adeyemi", true},
		{"dinner hosted by: the object", story + "Wairimu Otieno-Langa met Brenda Akiiki-Mpora at a working dinner hosted by the Lake Basin Water Authority (LBWA) Executive Secretary, Olusegun Farrow-Adeyemi.", "Brenda Akiiki-Mpora", "Olusegun Farrow-Adeyemi", true},
		{"after talks hosted by: the pair", story + "The trade ministers of Kenya and Uganda, Wairimu Otieno-Langa and Brenda Akiiki-Mpora, signed the protocol after two days of negotiations hosted by Olusegun Farrow-Adeyemi.", "Wairimu Otieno-Langa", "Brenda Akiiki-Mpora", true},
		{"after talks hosted by: the host", story + "The trade ministers of Kenya and Uganda, Wairimu Otieno-Langa and Brenda Akiiki-Mpora, signed the protocol after two days of negotiations hosted by Olusegun Farrow-Adeyemi.", "Brenda Akiiki-Mpora", "Olusegun Farrow-Adeyemi", true},
		{"both negotiators were welcomed by", sides + "Earlier both negotiators were welcomed by Tanzania's trade minister, Olusegun Farrow-Adeyemi, at his office.", "Olusegun Farrow-Adeyemi", "Brenda Akiiki-Mpora", true},
		{"talks with both trade ministers", sides + "The Swedish envoy, Olusegun Farrow-Adeyemi, held separate talks with both trade ministers before leaving for Dodoma.", "Olusegun Farrow-Adeyemi", "Wairimu Otieno-Langa", true},
		// counter-examples
		{"a planned hosted dinner", story + "Wairimu Otieno-Langa will meet Brenda Akiiki-Mpora at a working dinner hosted by Olusegun Farrow-Adeyemi next week.", "Wairimu Otieno-Langa", "Olusegun Farrow-Adeyemi", false},
		{"one subject after talks", story + "Wairimu Otieno-Langa flew home after talks hosted by Olusegun Farrow-Adeyemi.", "Wairimu Otieno-Langa", "Olusegun Farrow-Adeyemi", false},
		{"both ministers' deputies", sides + "The Swedish envoy, Olusegun Farrow-Adeyemi, met both ministers' deputies before leaving for Dodoma.", "Olusegun Farrow-Adeyemi", "Brenda Akiiki-Mpora", false},
		{"a planned talk with both trade ministers", sides + "The Swedish envoy, Olusegun Farrow-Adeyemi, will hold separate talks with both trade ministers on Friday.", "Olusegun Farrow-Adeyemi", "Wairimu Otieno-Langa", false},
		{"a bracketed body, then a clause", story + "Wairimu Otieno-Langa met Brenda Akiiki-Mpora at a dinner hosted by the Lake Basin Water Authority (LBWA), which Olusegun Farrow-Adeyemi later criticised.", "Brenda Akiiki-Mpora", "Olusegun Farrow-Adeyemi", false},
	})
}
