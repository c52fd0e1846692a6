package ingest

import "testing"

// Round 36 (sanc36b): kinds of measure that are sanctions without the
// word (measures.go). A state body that suspends, revokes or cancels a
// named firm's licence, permit or registration, and a state body or a
// lender that bars a named firm from its tenders, contracts or projects,
// impose a ban. A licence granted or reinstated, a threat, a negation, a
// stop after an accident, a person's professional licence, a firm that
// suspends its own papers, and a bar from a summit or a festival do not.
// People and firms are invented; states and bodies are real.
func TestMeasuresRound36(t *testing.T) {
	const lead = "Regulators act on several fronts\n\nBy Staff Reporter\n\n"
	const tail = "\n\nOfficials did not comment further on the decision."
	const customs = lead + "The General Administration of Customs of China announced on Monday that its halt on fruit from the province stays in force. The customs authority then revoked the export licences of Tallow Creek Orchards, a grower that sold pears to Tianjin." + tail
	const stateOnly = lead + "China announced on Monday that its halt on fruit from the province stays in force. The customs authority then revoked the export licences of Tallow Creek Orchards, a grower that sold pears to Tianjin." + tail
	const customsWould = lead + "The General Administration of Customs of China announced on Monday that its halt on fruit from the province stays in force. The customs authority would have revoked the export licences of Tallow Creek Orchards, a grower that sold pears to Tianjin." + tail
	checkRels(t, RelSanctioned, []relCase{
		{"export licences revoked", lead + "Norway's Fisheries Directorate revoked the fishing licences of Polar Catch AS for landing undeclared cod." + tail, "Norwegian Fisheries Directorate", "Polar Catch AS", true},
		{"registration cancelled", lead + "Brazil's Ministry of Finance cancelled the registration of Selva Timber, a logging firm, for exporting protected hardwood." + tail, "Brazilian Finance Ministry", "Selva Timber", true},
		{"operating permit suspended", lead + "The Romanian Naval Authority suspended the operating permits of Danube Barge Lines at Constanta, citing missing papers." + tail, "Romanian Naval Authority", "Danube Barge Lines", true},
		{"the customs authority after its agency", customs, "General Administration of Customs of China", "Tallow Creek Orchards", true},
		{"barred from public tenders", lead + "Georgia's Ministry of Finance barred Tamsin Builders Ltd from public tenders for three years over bid rigging." + tail, "Georgian Finance Ministry", "Tamsin Builders Ltd", true},
		{"barred from a lender's projects", lead + "The Asian Development Bank barred Corvel Engineering from its projects after a fraud inquiry." + tail, "Asian Development Bank", "Corvel Engineering", true},
		{"barred from licence rounds", lead + "The Government of Greenland barred Polar Rock Minerals from taking part in any further licence rounds." + tail, "Greenland", "Polar Rock Minerals", true},
		// counter-examples
		{"a permit granted", lead + "The Maritime Authority of Norway granted the operating permit of Kestrel Shipping on Monday, clearing its ferries to sail." + tail, "Norwegian Maritime Authority", "Kestrel Shipping", false},
		{"licences reinstated", lead + "Chile's Ministry of Mining reinstated the export licences of Halden Minerals on Friday." + tail, "Chilean Ministry of Mining", "Halden Minerals", false},
		{"a threat to revoke", lead + "The Broadcasting Authority of Ghana threatened to revoke the licence of Brightwave Radio over its election coverage." + tail, "Broadcasting Authority of Ghana", "Brightwave Radio", false},
		{"not suspended", lead + "Peru's Ministry of Trade has not suspended the export permits of Halden Minerals, officials said." + tail, "Peruvian Trade Ministry", "Halden Minerals", false},
		{"may cancel", lead + "Brazil's Ministry of Finance may soon have cancelled the registration of Selva Timber, a logging firm." + tail, "Brazilian Finance Ministry", "Selva Timber", false},
		{"a stop after an explosion", lead + "The Romanian Naval Authority suspended the operating permits of Danube Barge Lines after the explosion on one of its tankers." + tail, "Romanian Naval Authority", "Danube Barge Lines", false},
		{"a stop after a fire", lead + "The Romanian Naval Authority suspended the operating permits of Danube Barge Lines after a fire on one of its tankers." + tail, "Romanian Naval Authority", "Danube Barge Lines", false},
		{"a surgeon's licence", lead + "The Medical Council of Ireland revoked the licence of Anna Kerr, a surgeon at Galway Clinic, after a hearing." + tail, "Medical Council of Ireland", "Anna Kerr", false},
		{"a firm's own papers", lead + "Norvia Logistics suspended the operating licence of Kestrel Haulage Ltd, its subcontractor, in May." + tail, "Norvia Logistics", "Kestrel Haulage Ltd", false},
		{"a lender's papers", lead + "Velta Bank, the lender, suspended the operating permits of Kestrel Haulage Ltd in its depots, citing late payments." + tail, "Velta Bank", "Kestrel Haulage Ltd", false},
		{"the customs authority in a conditional", customsWould, "General Administration of Customs of China", "Tallow Creek Orchards", false},
		{"the customs authority after a state's ban", lead + "China banned all imports of pears from Japan on Thursday. The customs authority then revoked the export licences of Tallow Creek Orchards, a grower that sold pears to Tianjin." + tail, "China", "Tallow Creek Orchards", false},
		{"the customs authority after a state only", stateOnly, "China", "Tallow Creek Orchards", false},
		{"barred from a summit", lead + "The government of Chile barred Orvik Holdings from the summit in Santiago." + tail, "Chile", "Orvik Holdings", false},
		{"barred from a festival", lead + "Poland's Ministry of Culture barred Tamsin Studios Ltd from taking part in the film festival in Gdynia." + tail, "Polish Culture Ministry", "Tamsin Studios Ltd", false},
		{"barred from the contracts it signed", lead + "Georgia's Ministry of Finance barred Tamsin Builders Ltd from contracts it had signed with Velta Bank." + tail, "Georgian Finance Ministry", "Tamsin Builders Ltd", false},
	})
}

// Round 36 review (rfL) of measures.go: a party deregistered by an
// election commission, a university's registration suspended and a
// company board suspending a unit's licence are no bans, while a media
// regulator, a port authority and a tax service acting on a firm still
// are. People and firms are invented; states and bodies are real.
func TestMeasuresReviewRound36(t *testing.T) {
	const lead = "Officials move against several licence holders\n\nBy Staff Reporter\n\n"
	const tail = "\n\nNone of the firms named replied to requests for comment."
	const board = lead + "Ghana's Minerals Commission said on Thursday it had issued new permits to three miners. The board then suspended the trading licence of Wenchi Bullion Ltd, its former subsidiary, after a quarrel among shareholders." + tail
	const service = lead + "Peru's National Superintendency of Customs and Tax Administration said on Monday that copper shipments grew. The service suspended the export registration of Quillay Copper Trading for unpaid duties." + tail
	checkRels(t, RelSanctioned, []relCase{
		{"a media regulator", lead + "The Communications Authority of Kenya revoked the broadcasting licence of Mlango Vision TV on Monday over its campaign coverage." + tail, "Communications Authority of Kenya", "Mlango Vision TV", true},
		{"a port authority", lead + "The National Port Authority of Peru revoked the operating permits of Chimbote Tug Lines after inspectors found forged crew papers." + tail, "National Port Authority of Peru", "Chimbote Tug Lines", true},
		{"the service after its agency", service, "Customs and Tax Administration", "Quillay Copper Trading", true},
		// counter-rows: each fails without the review's guards
		{"a firm's board", board, "Minerals Commission", "Wenchi Bullion Ltd", false},
		{"a party deregistered", lead + "The Election Commission of Bangladesh cancelled the registration of the Sonali Unity Front on Sunday, saying it had held no internal vote for years." + tail, "Election Commission of Bangladesh", "Sonali Unity Front", false},
		{"a university's registration", lead + "The University Grants Commission of Bangladesh suspended the registration of Karnaphuli Private University over unqualified teaching staff." + tail, "University Grants Commission of Bangladesh", "Karnaphuli Private University", false},
	})
}
