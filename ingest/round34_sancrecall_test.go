package ingest

import "testing"

// Round 34 (sanctions recall): a state that stops its own sales, exports or
// transport links to another imposes a sanction on it ("suspended all
// power sales to X", "halted exports of flour to X", "suspended all road,
// rail and postal links with X", "stopped every permit for the export of
// small arms to X and Y"). A halt for a hazard, a halt by a firm, a cut of
// diplomatic links only, suspended talks and a halt that is only
// threatened or conditional are no sanction. People and firms are
// invented; states are real.
func TestExportHaltRound34(t *testing.T) {
	const lead = "Report\n\nMontevideo, 3 May\n\n"
	checkRels(t, RelSanctioned, []relCase{
		{"suspended power sales to a state", lead + "Uruguay on Monday suspended all power sales to Paraguay, officials said.", "Uruguay", "Paraguay", true},
		{"halted exports of goods to a state", lead + "Kazakhstan halted exports of wheat flour to Kyrgyzstan for three weeks.", "Kazakhstan", "Kyrgyzstan", true},
		{"a list of links with a state", lead + "Armenia suspended all road, rail, air and postal links with Azerbaijan in May.", "Armenia", "Azerbaijan", true},
		{"licences for the export to two states", lead + "Ghana stopped every permit for the export of small arms to Togo and Benin.", "Ghana", "Benin", true},
		{"cut exports to a state", lead + "Malawi cut maize exports to Zambia as the dispute over the border post went on.", "Malawi", "Zambia", true},
		// counter-examples
		{"a halt after a flood", lead + "Kazakhstan halted grain exports to Kyrgyzstan after a flood destroyed the railway line.", "Kazakhstan", "Kyrgyzstan", false},
		{"a firm stops its sales", lead + "Orvane Airways suspended ticket sales to Kenya, Uganda said.", "Uganda", "Kenya", false},
		{"diplomatic links only", lead + "Peru cut diplomatic links with Bolivia in June.", "Peru", "Bolivia", false},
		{"suspended talks on exports", lead + "Chile suspended talks on copper exports to Peru last week.", "Chile", "Peru", false},
		{"a condition", lead + "Chile would have halted copper exports to Peru if the talks had failed.", "Chile", "Peru", false},
		{"an inverted condition", lead + "Had Chile halted copper exports to Peru, the mines would have closed.", "Chile", "Peru", false},
		{"sales from a state", lead + "Uruguay suspended power sales from Paraguay to its grid.", "Uruguay", "Paraguay", false},
		// rfT review: halts for supply, health or technical reasons, and
		// cuts by an amount
		{"a health scare", lead + "Kenya suspended beef exports to Uganda over a health scare in two herds.", "Kenya", "Uganda", false},
		{"a disease named late", lead + "Brazil suspended chicken exports to China after a case of bird flu was found.", "Brazil", "China", false},
		{"pending a safety review", lead + "Argentina halted beef shipments to Chile pending a safety review of its plants.", "Argentina", "Chile", false},
		{"a strike", lead + "France halted exports to Belgium during a strike by its dock workers.", "France", "Belgium", false},
		{"domestic prices", lead + "India halted rice exports to Nepal to keep domestic prices down.", "India", "Nepal", false},
		{"maintenance", lead + "Germany halted gas deliveries to Austria for two days of pipeline maintenance.", "Germany", "Austria", false},
		{"because of a storm", lead + "Spain suspended all ferry links with Morocco because of a storm.", "Spain", "Morocco", false},
		{"a technical fault", lead + "Poland halted power exports to Lithuania after a technical fault on the cable.", "Poland", "Lithuania", false},
		{"a cut by a share", lead + "Oman cut oil exports to China by a fifth in March.", "Oman", "China", false},
		{"a cut by a percentage", lead + "Algeria cut gas exports to Spain by 20 percent last winter.", "Algeria", "Spain", false},
	})
}

// Round 34 (sanctions recall): a freeze names its target after the wealth
// in more ways than "the assets of X": "assets worth about 40 million euros
// belonging to X", "15 million euros of assets belonging to X"; a subject
// "prosecutors in A and B" stands for the states A and B; "the assets of
// X, a firm that …, were frozen by Y" keeps X in reach past a long
// appositive; "the assets of a broker accused of …, and of X" names X
// after an unnamed first owner.
func TestFreezeTargetsRound34(t *testing.T) {
	const lead = "Report\n\nVienna, 3 May\n\n"
	checkRels(t, RelSanctioned, []relCase{
		{"assets worth a sum belonging to X", lead + "Austria froze holdings and assets worth some 40 million euros belonging to Milan Dorvic, a trader.", "Austria", "Milan Dorvic", true},
		{"a sum of assets belonging to X", lead + "Portugal froze 15 million euros of assets belonging to shipowner Teodor Halvik.", "Portugal", "Teodor Halvik", true},
		{"prosecutors in two states", lead + "In April, prosecutors in Austria and Italy froze all assets of banker Corvin Mallory.", "Italy", "Corvin Mallory", true},
		{"prosecutors in two states, the first", lead + "In April, prosecutors in Austria and Italy froze all assets of banker Corvin Mallory.", "Austria", "Corvin Mallory", true},
		{"a long appositive before the passive", lead + "The assets of Halvik Shipping, a Limassol-registered firm that chartered the tankers for the smuggling ring, were frozen by Norway in 2019.", "Norway", "Halvik Shipping", true},
		{"a named owner after an unnamed one", lead + "Sweden froze all assets of one Gdansk broker accused of selling drone parts, and of Brannock Freight Ltd, the company that shipped them.", "Sweden", "Brannock Freight Ltd", true},
		// counter-examples
		// rfT review: wealth set apart, other clauses, foreign organs
		{"wealth set apart", lead + "Austria froze assets of the firm but not a yacht belonging to Milan Dorvic.", "Austria", "Milan Dorvic", false},
		{"wealth instead", lead + "Austria froze all assets of one charity rather than the money belonging to Milan Dorvic.", "Austria", "Milan Dorvic", false},
		{"another clause before the passive", lead + "The property of Corvin Mallory was searched last year, and bank accounts linked to his brother were frozen by Austria.", "Austria", "Corvin Mallory", false},
		{"released, but others frozen", lead + "The assets of Teodor Halvik were released in May, but accounts of his partner were frozen by Norway.", "Norway", "Teodor Halvik", false},
		{"a foreign organ in a state", lead + "In April, Ukrainian investigators in Cyprus froze all assets of banker Corvin Mallory.", "Cyprus", "Corvin Mallory", false},
		{"an installed organ in a state", lead + "In April, Russian-installed authorities in Ukraine froze all assets of banker Corvin Mallory.", "Ukraine", "Corvin Mallory", false},
		{"bankers are no organ of the state", lead + "Bankers in Austria froze all assets of trader Corvin Mallory.", "Austria", "Corvin Mallory", false},
		{"authorities in a state", lead + "On Friday authorities in Slovenia froze all assets of trader Corvin Mallory.", "Slovenia", "Corvin Mallory", true},
		{"a new clause after the unnamed owner", lead + "Sweden froze all assets of one Gdansk broker, and Brannock Freight Ltd said it would appeal.", "Sweden", "Brannock Freight Ltd", false},
	})
}
