package ingest

import "testing"

// Round 34 (met34b): handshakes that name their parties without a
// meeting verb. "A and B shook hands after the session" pairs the two
// subjects; a picture's "(showed) A and B shaking hands with C" pairs
// everyone in it. A refused, wished, modal or negated handshake gives
// nothing, nor does a participle whose subject is no name right before
// it ("a photo of the envoy shaking hands with …").
func TestHandshakeMeetingsRound34(t *testing.T) {
	const story = "Border talks in Lusaka\n\nBy Staff Writer\n\n"
	checkRels(t, RelMet, []relCase{
		{"titled subjects shook hands", story + "President Obiora Tansley-Mwale and President Greta Halvorsen-Bui shook hands in the lobby after a final session of talks.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", true},
		{"a picture: the pair", story + "Zambian television showed Obiora Tansley-Mwale and Greta Halvorsen-Bui shaking hands with Ingmar Voskuijlen-Rae at the lodge.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", true},
		{"a picture: the third person", story + "Zambian television showed Obiora Tansley-Mwale and Greta Halvorsen-Bui shaking hands with Ingmar Voskuijlen-Rae at the lodge.", "Greta Halvorsen-Bui", "Ingmar Voskuijlen-Rae", true},
		{"a photo of one handshake", story + "The photo shows Finance Minister Obiora Tansley-Mwale shaking hands with Greta Halvorsen-Bui, the Danish envoy, in a side room.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", true},
		// counter-examples: refused, wished, modal, negated, no partner,
		// a title as the participle's subject, one subject alone
		{"refused to shake hands", story + "Obiora Tansley-Mwale and Greta Halvorsen-Bui refused to shake hands before the cameras.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", false},
		{"did not shake hands", story + "Obiora Tansley-Mwale and Greta Halvorsen-Bui did not shake hands at the opening.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", false},
		{"never shook hands", story + "Obiora Tansley-Mwale and Greta Halvorsen-Bui never shook hands during the summit.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", false},
		{"will shake hands", story + "Organisers say Obiora Tansley-Mwale and Greta Halvorsen-Bui will shake hands in public on Friday.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", false},
		{"a wished photo", story + "Nobody in Lusaka wanted a photo of Obiora Tansley-Mwale shaking hands with Greta Halvorsen-Bui so soon after the vote.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", false},
		{"a title before the participle", story + "Obiora Tansley-Mwale spoke in Lusaka. Nobody in Lusaka liked a picture of the Zambian envoy shaking hands with Greta Halvorsen-Bui at the lodge.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", false},
		{"shaking hands for photographers", story + "Obiora Tansley-Mwale met reporters with Greta Halvorsen-Bui in Ndola. Later Ingmar Voskuijlen-Rae was seen shaking hands for photographers.", "Ingmar Voskuijlen-Rae", "Greta Halvorsen-Bui", false},
		{"one subject shook hands on a deal", story + "Obiora Tansley-Mwale shook hands on the deal in Lusaka, aides to Greta Halvorsen-Bui said.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", false},
		// rfH: counter-rows that reach the guards ("shake" alone never does)
		{"expected to be shaking hands", story + "Obiora Tansley-Mwale and Greta Halvorsen-Bui are expected to be shaking hands with Ingmar Voskuijlen-Rae at the ceremony.", "Obiora Tansley-Mwale", "Ingmar Voskuijlen-Rae", false},
		{"may have shook hands", story + "Obiora Tansley-Mwale and Greta Halvorsen-Bui may have shook hands, but Ingmar Voskuijlen-Rae said nothing.", "Obiora Tansley-Mwale", "Greta Halvorsen-Bui", false},
	})
}

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
		// rfH: a time gap before "after", another clause before the
		// setting, a speaker after a bracketed body, sides that only
		// modify the passive subject
		{"a week after hosted talks", story + "Wairimu Otieno-Langa met Brenda Akiiki-Mpora in Kampala on Monday, a week after talks hosted by Olusegun Farrow-Adeyemi collapsed.", "Wairimu Otieno-Langa", "Olusegun Farrow-Adeyemi", false},
		{"two years after hosted talks", story + "Wairimu Otieno-Langa and Brenda Akiiki-Mpora signed the protocol two years after negotiations hosted by Olusegun Farrow-Adeyemi.", "Brenda Akiiki-Mpora", "Olusegun Farrow-Adeyemi", false},
		{"shortly after hosted talks", story + "Wairimu Otieno-Langa met Brenda Akiiki-Mpora in Kampala shortly after talks hosted by Olusegun Farrow-Adeyemi.", "Brenda Akiiki-Mpora", "Olusegun Farrow-Adeyemi", true},
		{"a setting in another clause", story + "Wairimu Otieno-Langa met Brenda Akiiki-Mpora in Kampala; Halima Mrisho-Kato spoke in Kigali at a session hosted by Olusegun Farrow-Adeyemi.", "Wairimu Otieno-Langa", "Olusegun Farrow-Adeyemi", false},
		{"a setting after a comma and", story + "Wairimu Otieno-Langa met Brenda Akiiki-Mpora in Kampala, and Halima Mrisho-Kato was in Kigali during talks hosted by Olusegun Farrow-Adeyemi.", "Brenda Akiiki-Mpora", "Olusegun Farrow-Adeyemi", false},
		{"a bracketed body, then a speaker", story + "Wairimu Otieno-Langa met Brenda Akiiki-Mpora at a dinner hosted by the African Union (AU), Olusegun Farrow-Adeyemi told reporters.", "Wairimu Otieno-Langa", "Olusegun Farrow-Adeyemi", false},
		{"the proposals of both ministers", sides + "The proposals of both ministers were received by Olusegun Farrow-Adeyemi on Friday.", "Olusegun Farrow-Adeyemi", "Brenda Akiiki-Mpora", false},
		{"the letters from both ministers", sides + "The letters from both ministers were received by Olusegun Farrow-Adeyemi on Friday.", "Olusegun Farrow-Adeyemi", "Wairimu Otieno-Langa", false},
	})
}
