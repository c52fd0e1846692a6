package ingest

import "testing"

// Round 24: MET parties. People, places and bodies are invented.

// A state or body that only qualifies its own official is no party of
// the meeting: "met S's minister, X", "her S-ian counterpart, X", "the
// Minister of Y of the Republic of S, X", "the director of the Z
// Authority (ZA), X", "members of the S-ian community". The official
// still meets. Counter-examples: the state met as itself, a demonym
// before a role with no name, negotiators listed before another person.
func TestStateBesideItsOfficialRound24(t *testing.T) {
	const poss = "A\nTeodora Malkovic met Norway's coastal minister, Sindre Halvbakken, on Monday, and Norway is likely to cut the herring quota."
	const counterpart = "A\nIlse Brandvold spoke by telephone with her Danish counterpart, Mikkel Arnsdorf-Lyng, on Friday, and Denmark will raise the canal fees."
	const titled = "A\nIlse Brandvold held a long session at the old customs house with her Danish counterpart, Minister of Transport Mikkel Arnsdorf-Lyng."
	const longTitle = "A\nIlse Brandvold conducted a working session with the Minister for Shipping and Estonians Overseas of the Republic of Estonia, H.E. Kaarel Tammsaar-Viik, on ferry tariffs."
	const twoTitles = "A\nTeodora Malkovic met Latvia's First Deputy Premier and Transport Minister Ansis Kalnbergs-Ozols in Riga on Friday."
	const body = "A\nIlse Brandvold met the director of the Baltic Pilotage Authority (BPA), Rasmus Eklund-Sorby, in Riga to discuss harbour dues."
	const community = "A\nIlse Brandvold arrived in Oslo on Monday.\n\nIlse Brandvold later met leaders of the Portuguese community at the embassy."
	const itself = "A\nIlse Brandvold held talks with Portugal on Monday about the harbour dues."
	const unnamed = "A\nIlse Brandvold met the Danish minister in Aarhus on Monday to discuss the canal fees."
	const listed = "A\nIlse Brandvold met Estonia's negotiators and Kaarel Tammsaar-Viik in Tartu on Monday."
	const twoClauses = "A\nNorway hosted Finland for two days of harbour talks on Monday, and Foreign Minister Teodora Malkovic met Finland's transport minister, Aarni Kettusalo."
	checkRels(t, RelMet, []relCase{
		{"S's minister, X: X met", poss, "Teodora Malkovic", "Sindre Halvbakken", true},
		{"S's minister, X: S did not", poss, "Teodora Malkovic", "Norway", false},
		{"S-ian counterpart, X: X met", counterpart, "Ilse Brandvold", "Mikkel Arnsdorf-Lyng", true},
		{"S-ian counterpart, X: S did not", counterpart, "Ilse Brandvold", "Denmark", false},
		{"S-ian counterpart, Title X: X met", titled, "Ilse Brandvold", "Mikkel Arnsdorf-Lyng", true},
		{"S-ian counterpart, Title X: S did not", titled, "Ilse Brandvold", "Denmark", false},
		{"S's two titles X: X met", twoTitles, "Teodora Malkovic", "Ansis Kalnbergs-Ozols", true},
		{"S's two titles X: S did not", twoTitles, "Teodora Malkovic", "Latvia", false},
		{"long title of S, X: S did not", longTitle, "Ilse Brandvold", "Estonia", false},
		{"director of the body, X: the body did not", body, "Ilse Brandvold", "Baltic Pilotage Authority", false},
		{"the S-ian community is not S", community, "Ilse Brandvold", "Portugal", false},
		// counter-examples
		{"talks with S itself", itself, "Ilse Brandvold", "Portugal", true},
		// round 35 reversed this row: one unnamed official is not his
		// state (unnamedOfficial); dev3, dev42 and dev44 annotate no such
		// MET, no dev set requires one, and the guidelines make unnamed
		// counterparts optional
		{"an unnamed S-ian minister is not S", unnamed, "Ilse Brandvold", "Denmark", false},
		{"S's negotiators and X", listed, "Ilse Brandvold", "Estonia", true},
		{"S hosted as itself before its minister is named", twoClauses, "Norway", "Finland", true},
		{"S hosted: its minister still meets", twoClauses, "Teodora Malkovic", "Aarni Kettusalo", true},
		{"S hosted: S beside its minister still no party", twoClauses, "Teodora Malkovic", "Finland", false},
	})
}

// Time spent in each other's company is a meeting: "X spent Thursday
// with Y", "X spent three days in Lima with Y", "X and S's Y spent five
// hours together". Counter-examples: years or much of a season with
// someone (no hour or day named), a stay still to come or a habit
// ("spends Sunday mornings with"), money spent "on" something, an
// "earlier career" (no span of a day named), a person named
// only as the source of the remark, "X and Y spent the day apart".
func TestTimeSpentTogetherRound24(t *testing.T) {
	const day = "A\nInstead, Orla Venturelli-Haas spent Thursday with Peru's transport minister, Dagoberto Ulloa-Fenn, who had flown in for a short visit."
	const trip = "A\nFinance Minister Orla Venturelli-Haas said the ruling would be appealed.\n\nBut she has also spent three days this month in Lisbon with Tobias Marrak-Oyen, the arbiter the court named in June."
	const together = "A\nPeruvian Transport Minister Dagoberto Ulloa-Fenn and Chile's Orla Venturelli-Haas spent five hours together in the border town."
	const years = "A\nOrla Venturelli-Haas spent years with Dagoberto Ulloa-Fenn at the harbour board before the split."
	const season = "A\nOrla Venturelli-Haas spent much of the winter with Dagoberto Ulloa-Fenn on the fishing fleet."
	const will = "A\nOrla Venturelli-Haas will spend Thursday with Dagoberto Ulloa-Fenn in Callao."
	const habit = "A\nOrla Venturelli-Haas spends Sunday mornings with Dagoberto Ulloa-Fenn at the sailing club."
	const money = "A\nOrla Venturelli-Haas spent her savings on a fishing boat with Dagoberto Ulloa-Fenn."
	const career = "A\nOrla Venturelli-Haas spent her earlier career with Dagoberto Ulloa-Fenn at the harbour board."
	const source = "A\nOrla Venturelli-Haas spent two hours with her lawyers, Dagoberto Ulloa-Fenn said on Friday."
	const apart = "A\nOrla Venturelli-Haas and Dagoberto Ulloa-Fenn spent the weekend apart, each with their own advisers."
	checkRels(t, RelMet, []relCase{
		{"spent a day with S's minister, Y", day, "Orla Venturelli-Haas", "Dagoberto Ulloa-Fenn", true},
		{"spent days in a city with Y", trip, "Tobias Marrak-Oyen", "Orla Venturelli-Haas", true},
		{"X and S's Y spent hours together", together, "Dagoberto Ulloa-Fenn", "Orla Venturelli-Haas", true},
		// counter-examples
		{"years are no meeting", years, "Orla Venturelli-Haas", "Dagoberto Ulloa-Fenn", false},
		{"much of the winter", season, "Orla Venturelli-Haas", "Dagoberto Ulloa-Fenn", false},
		{"will spend", will, "Orla Venturelli-Haas", "Dagoberto Ulloa-Fenn", false},
		{"spends: a habit", habit, "Orla Venturelli-Haas", "Dagoberto Ulloa-Fenn", false},
		{"money spent on something", money, "Orla Venturelli-Haas", "Dagoberto Ulloa-Fenn", false},
		{"an earlier career", career, "Orla Venturelli-Haas", "Dagoberto Ulloa-Fenn", false},
		{"the one who said so", source, "Orla Venturelli-Haas", "Dagoberto Ulloa-Fenn", false},
		{"spent the weekend apart", apart, "Orla Venturelli-Haas", "Dagoberto Ulloa-Fenn", false},
	})
}
