package ingest

import "testing"

// TestCityDatelineRound36: a wire lede filed from a well-known city that
// is not a capital but lies in one state ("ALMATY, March 3 (Wire) -")
// gives a bare title the state the story leaves implied, as a capital's
// dateline does, when that state is named in the story and more often
// than any other.
// Counter-examples: a story from Istanbul about Georgia that names
// Turkey as often as Georgia (a bureau covers its neighbours), a city
// whose name two states share (Valencia), a city of the United States
// (host to foreign delegations all year), and a city whose state the
// story never names give no state from the dateline.
func TestCityDatelineRound36(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"almaty", "Grain exports to rise\n\nALMATY, March 3 (Wire) - Kazakhstan will raise its wheat export quota by a tenth next season, the agriculture ministry said on Monday. Kazakhstan harvested a record crop last year.\n\nAgriculture Minister Serik Tolebayev-Ormanov told reporters the quota would be reviewed in June.", "Serik Tolebayev-Ormanov", "Kazakhstan", true},
		{"istanbul", "Ferry fares frozen\n\nISTANBUL, June 9 (Wire) - Turkey froze ferry fares on the Bosphorus until the end of December, officials said on Friday. Turkey's ferry operators had asked for a rise of a third.\n\nTransport Minister Okan Yeldirimci said the state would cover the cost of fuel.", "Okan Yeldirimci", "Turkey", true},
		// counter-examples
		{"neighbour-counter", "Gas transit deal signed\n\nISTANBUL, May 4 (Wire) - Georgia signed a gas transit deal with a Turkish pipeline operator on Thursday.\n\nEnergy Minister Levan Kipshidze-Beridze said the first deliveries would start in the spring.", "Levan Kipshidze-Beridze", "Turkey", false},
		{"shared-name-counter", "Orange growers seek buyers\n\nVALENCIA, Nov 2 (Wire) - Spanish buyers cancelled orders for Venezuela's oranges this year after a dry summer, growers said. Spain had taken most of the crop.\n\nAgriculture Minister Tomas Irigoyen-Sala said the government would compensate small farms.", "Tomas Irigoyen-Sala", "Spain", false},
		{"us-city-counter", "Wine exports reach new markets\n\nCHICAGO, March 2 (Wire) - Georgia signed a trade deal with a group of American importers on Thursday. American buyers took most of its wine last year.\n\nEconomy Minister Levan Kipshidze-Beridze said the agreement would double sales within three years.", "Levan Kipshidze-Beridze", "United States", false},
	})
}

// TestMastheadCityRound36: a local paper names its town, not its state:
// a well-known non-capital city in the masthead ("KLAIPEDA COURIER") or
// in the weather box over the headline ("Tromsø 4°C, light snow") gives
// a bare title the paper's state, as a masthead naming the state does.
// Counter-examples: a story that names another state more than twice as
// often as the paper's and a weather box of a city two states share
// (Perth: Scotland's over a story of Australia's whisky duty) give no
// state from the masthead.
func TestMastheadCityRound36(t *testing.T) {
	const klaipeda = "KLAIPEDA COURIER\nYour port. Your city.\nNews | Port | Sport | Opinion\n\nFerry line to add sailings\n\n"
	const tromso = "THE NORTHERN LEDGER\nTromsø 4°C, light snow | Tuesday 5 March\nNews | Fisheries | Sport | Opinion\n\nQuota talks stall\n\n"
	checkRels(t, RelAffiliatedWith, []relCase{
		{"masthead-city", klaipeda + "A ferry operator will add two weekly sailings to Kiel from April, the port authority said. Lithuania wants more freight to move by sea, and Russia has closed a rail route.\n\nTransport Minister Arvydas Kalnenas-Vile said the state would pay for a new berth.", "Arvydas Kalnenas-Vile", "Lithuania", true},
		{"weather-city", tromso + "Talks on next year's cod quota broke off on Monday, and Norway said it would set its own limit. Russia wants a larger share.\n\nFisheries Minister Sigrid Haldorsen-Vik said the talks would resume in December.", "Sigrid Haldorsen-Vik", "Norway", true},
		// counter-examples
		{"foreign-story-counter", "THE HARBOUR TIMES\nRotterdam 9°C Rain | Tuesday 4 March\nNews | Port | Business\n\nShipping line adds new route\n\nA Chinese shipping line will add a weekly service to the port from April. China wants closer trade with Europe, Chinese officials said, and the Netherlands welcomed the plan.\n\nCommerce Minister Wang Lihuan said China would send a delegation to Brussels.", "Wang Lihuan", "Netherlands", false},
		{"shared-city-counter", "THE TAYSIDE LEDGER\nPerth 12°C Showers | Monday 3 March\nNews | Farming | Sport\n\nWhisky duty cut welcomed\n\nAustralia cut its duty on imported whisky on Monday, and Australian buyers placed large orders with distillers in Britain.\n\nTrade Minister Callum Brierley-Sands said the cut would save distillers millions.", "Callum Brierley-Sands", "Australia", false},
	})
}

// TestWeatherPlaceRound36: the place a weather box prints before its
// temperature, and the cities.txt lookup a dateline place goes through.
func TestWeatherPlaceRound36(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Bergen 7°C Drizzle | Friday, May 2, 2031", "Bergen"},
		{"☀ Kazan 21°C  ·  Sunday 8 June 2031  ·  Sign in", "Kazan"},
		{"BERGENS KVELDSBLAD   Fredag 2. mai 2031  |  Bergen -1°C, sludd", "Bergen"},
		{"Trondheim  −4°C  Fog  |  Sunset 16:21", "Trondheim"},
		// counter-examples: no number before the degree sign, a sentence,
		// more than three words
		{"Turn the dial 90° to the right", ""},
		{"temperatures reached 40°C in the north", ""},
		{"The Greater Northern Coast Region 20°C", ""},
	} {
		if got := weatherPlace(tc.in); got != tc.want {
			t.Errorf("weatherPlace(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	lx := getLexicon()
	for _, tc := range []struct{ in, want string }{
		{"ISTANBUL", "st:turkey"},
		{"St. Petersburg", "st:russia"},
		{"Ho Chi Minh City", "st:vietnam"},
		// counter-examples: a capital (capitalKey's), shared names, a
		// city followed by more words
		{"Ankara", ""},
		{"Valencia", ""},
		{"Perth", ""},
		{"Istanbul Airport", ""},
	} {
		if got := lx.cityKey(tc.in); got != tc.want {
			t.Errorf("cityKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCityGuardsRound36: the review of the city rules above. A weather
// strip of several places is an international site's, a headline or
// sentence that names a temperature is no weather box, a host city is
// named most for hosting, and a city dateline's comma must lead to a
// date or the city's own state.
// Positive rows: a dateline "KAZAN, Russia" and a weather box that names
// one place twice keep the city's state. Each counter-row gives a false
// state with its guard removed.
func TestCityGuardsRound36(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"own-state-after-comma", "Tram fares rise\n\nKAZAN, Russia (Wire) - The city raised tram fares by a tenth on Monday, and Russia's regions may follow. Russia has frozen fares in the capital.\n\nTransport Minister Gleb Ustyuzhanin-Rak said the rise would pay for new carriages.", "Gleb Ustyuzhanin-Rak", "Russia", true},
		// counter-examples
		{"weather-strip-counter", "WORLD DESK DAILY\nOsaka 19°C | Lagos 31°C | Lima 17°C\nWorld | Markets | Opinion\n\nCoffee levy lifted\n\nColombia lifted its levy on green coffee on Friday, exporters said. Japan and Colombia signed a trade pact last year, and Peru is a rival grower.\n\nAgriculture Minister Jorge Ibarguen-Sota said the levy had hurt small farms. Japan welcomed the step.", "Jorge Ibarguen-Sota", "Japan", false},
		{"weather-headline-counter", "THE MORNING PAGE\nSeville 45°C: Spain bakes as record falls\n\nSpain set a heat record on Saturday, and Portugal shut three forest parks. Portugal's fire crews were on alert, and Portugal asked for help from its neighbours.\n\nInterior Minister Rui Ituarte-Gil urged hikers to stay home.", "Rui Ituarte-Gil", "Spain", false},
		{"host-city-counter", "Pipeline talks resume\n\nISTANBUL, June 2 (Wire) - Azerbaijan's negotiators came back to talks on a gas pipeline on Monday at a villa lent by Turkey. Turkey has offered to guarantee the transit fees.\n\nEnergy Minister Rauf Aliyarli-Gen said his team needed a fixed tariff for the gas of Azerbaijan first. Turkey said a new round would follow.", "Rauf Aliyarli-Gen", "Turkey", false},
		{"profile-caps-counter", "Shipyard closes\n\nGENOA, a welder for twenty years, lost his job on Friday when the yard shut. Italy's shipbuilders have lost orders, Italy's unions say, and Italy and Croatia compete for the same buyers. Croatia has cut its prices twice.\n\nEconomy Minister Ante Bralic-Kos said the yards of the Adriatic would bid for the work.", "Ante Bralic-Kos", "Italy", false},
		{"namesake-lede-counter", "Satellite launch deal\n\nMELBOURNE, Fla. (Wire) - A launch firm on the Space Coast signed a deal to put weather satellites in orbit for Australia, officials said on Monday. Australia will pay for three launches. A rival offer came from India.\n\nSpace Minister Arvind Kulkarni-Rao said the rival offer had been cheaper.", "Arvind Kulkarni-Rao", "Australia", false},
		{"namesake-dateline-counter", "Satellite launch deal\n\nMELBOURNE, Fla., June 4, 2031\n\nA launch firm on the Space Coast signed a deal to put weather satellites in orbit for Australia, officials said on Monday. Australia will pay for three launches. A rival offer came from India.\n\nSpace Minister Arvind Kulkarni-Rao said the rival offer had been cheaper.", "Arvind Kulkarni-Rao", "Australia", false},
	})
	for _, tc := range []struct{ in, want string }{
		{"Bergen 7°C, high 9°C low 3°C | Friday", "Bergen"},
		// counter-example: a strip of several places
		{"Tokyo 18°C | Sydney 22°C | Mumbai 31°C", ""},
	} {
		if got := weatherPlace(tc.in); got != tc.want {
			t.Errorf("weatherPlace(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCounterpartStateRound36: "his Ukrainian counterpart" names the
// one state the holder is not, so it no longer stops the look for the
// state the line names as actor just before the holder, and the name
// after it is the counterpart's, not a second person with a state of
// their own.
// Counter-examples: the actor before the holder is the counterpart's
// state (Norway, then "her Norwegian counterpart": counterpartOf keeps it
// from the holder), and a second person
// who is not the counterpart (a prime minister called later) leaves the
// state open.
func TestCounterpartStateRound36(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"counterpart-named", "Canal work halted\n\nDredging stopped\n\nChisinau wants the dredging stopped until experts have seen the plans. Foreign Minister Radu Ceban-Vint phoned his Ukrainian counterpart, Petro Hnatiuk-Sol, late on Sunday and asked for a pause.", "Radu Ceban-Vint", "Moldova", true},
		// counter-examples
		{"counterpart-own-state-counter", "Quota talks\n\nNorway asked for new talks on the cod quota on Monday. Fisheries Minister Cecilie Myrbakk-Oll met her Norwegian counterpart in a harbour town and said a deal was close.", "Cecilie Myrbakk-Oll", "Norway", false},
		{"counterpart-second-person-counter", "Rail link talks\n\nLatvia wants the rail link finished by 2030. Transport Minister Inese Kalnina-Rog met her Estonian counterpart and later Prime Minister Kaja Tamm-Oru on Friday.", "Inese Kalnina-Rog", "Latvia", false},
	})
}

// TestTravelsToRound36: the state an article names most is not the
// holder's when the holder's own sentence has someone go there ("who
// fled to Ostria", "arrived in Ostria"); "flew back to" is going home.
func TestTravelsToRound36(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"flew-back", "Leader home after tour\n\nKenya's president came home on Sunday after a week of talks abroad. Kenya signed three trade deals on the trip, and Kenya's tea growers will gain from one.\n\nPresident Samuel Kiprono-Wek, who flew back to Kenya overnight, said the deals would bring jobs. Uganda welcomed them.", "Samuel Kiprono-Wek", "Kenya", true},
		// counter-examples
		{"fled-to-counter", "Tape leaked\n\nKYIV, Feb 2 (Wire) - A tape of a call between an aide and a Russian tycoon leaked online on Wednesday. Russia's state television aired it for two days, and Russia's tabloids printed a transcript. Ukraine called the tape a fake.\n\nFormer Prime Minister Taras Hordiienko-Pal, who fled to Russia in 2014, said the tape proved nothing.", "Taras Hordiienko-Pal", "Russia", false},
		{"arrived-in-counter", "Premier's visit\n\nDHAKA, March 9 (Wire) - Prime Minister Rajan Mehrotra-Sil arrived in Bangladesh on Friday for a two-day round of talks. Bangladesh and India signed four deals on power and rivers, and Bangladesh will buy more electricity.\n\nBangladesh said the visit opened a new chapter.", "Rajan Mehrotra-Sil", "Bangladesh", false},
	})
}
