package ingest

import "testing"

// Round 33 (met33): a mediator who meets each side. "Z shuttled between
// their delegations", "met each delegation separately", "had private
// talks with each side", "spoke by telephone to both delegation heads",
// "carried notes between the two camps": the sides are the two
// people just named (in this sentence or the two before), named after the
// phrase in the same sentence, two who met each other further back, or,
// when fewer than two are named in this sentence and the two before, the
// two of the next sentence joined by "and". The mediator
// met each side; the sides did not meet each other by it. A colon closes
// the clause a denial or a modal stands in ("The pair never shared a
// table: Z shuttled between them", "What he did not say: in May he met
// Y").
func TestMediatorMeetingsRound33(t *testing.T) {
	const story = "Mediation in Geneva\n\nBy Staff Writer\n\n"
	const sides = story + "Armenian negotiator Tigran Vosk-Melikyan and Azerbaijani envoy Rauf Guliyev-Sarov arrived at the lakeside villa on Monday. "
	checkRels(t, RelMet, []relCase{
		{"shuttled between their delegations", sides + "Swiss diplomat Beatrix Lindqvist-Moser shuttled between their delegations until late at night.", "Beatrix Lindqvist-Moser", "Tigran Vosk-Melikyan", true},
		{"shuttled: the other side too", sides + "Swiss diplomat Beatrix Lindqvist-Moser shuttled between their delegations until late at night.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", true},
		{"shuttled: the sides did not meet", sides + "Swiss diplomat Beatrix Lindqvist-Moser shuttled between their delegations until late at night.", "Tigran Vosk-Melikyan", "Rauf Guliyev-Sarov", false},
		{"met each delegation separately", sides + "Beatrix Lindqvist-Moser met each delegation separately over dinner.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", true},
		{"private talks with each of the two delegations", sides + "Beatrix Lindqvist-Moser held private talks with each of the two delegations three times.", "Beatrix Lindqvist-Moser", "Tigran Vosk-Melikyan", true},
		{"by telephone to both delegation heads", sides + "The Swiss foreign minister, Beatrix Lindqvist-Moser, who spoke by telephone to both delegation heads on Tuesday, praised the mood.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", true},
		{"carried messages between the two delegations", sides + "Beatrix Lindqvist-Moser sat in a third room and carried messages between the two delegations.", "Beatrix Lindqvist-Moser", "Tigran Vosk-Melikyan", true},
		{"sides named after the phrase", story + "Swiss diplomat Beatrix Lindqvist-Moser met each delegation separately on Sunday, and on Monday Tigran Vosk-Melikyan and Rauf Guliyev-Sarov signed the text.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", true},
		{"two mediators", sides + "Deputy Foreign Minister Karim Haddouche-Benali and Swiss diplomat Beatrix Lindqvist-Moser chaired the opening plenary and then held private talks with each side.", "Karim Haddouche-Benali", "Rauf Guliyev-Sarov", true},
		{"the sides named next", story + "For six hours the two negotiators sat in separate rooms while Beatrix Lindqvist-Moser, the Swiss mediator, shuttled between them carrying drafts. Late at night Tigran Vosk-Melikyan and Rauf Guliyev-Sarov finally shook hands.", "Beatrix Lindqvist-Moser", "Tigran Vosk-Melikyan", true},
		{"a denial before a colon", sides + "The two men never shared a table: Beatrix Lindqvist-Moser shuttled between their delegations for five hours.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", true},
		{"a negation before a colon", story + "Farm minister Tomas Verhulst-Kaya spoke to the press. What he did not say: in June he flew to Lisbon and met Ines Carvalho-Prates, the trade secretary.", "Tomas Verhulst-Kaya", "Ines Carvalho-Prates", true},
		// counter-examples: places, a plan, people named for something
		// else, a denial in the clause itself, too many people after
		{"shuttled between capitals", story + "Swiss diplomat Beatrix Lindqvist-Moser shuttled between Ankara and Baku all week.", "Beatrix Lindqvist-Moser", "Turkey", false},
		{"will meet each delegation", sides + "Beatrix Lindqvist-Moser will meet each delegation separately on Friday.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", false},
		{"people named for something else", story + "The committee added Omar Belkacem-Tahir and Yusuf Darwish-Kamel to its list. The pair deny the charges. The Algerian minister, Nadia Ferhat-Ouali, received both delegations in her office.", "Nadia Ferhat-Ouali", "Omar Belkacem-Tahir", false},
		{"a denial in the clause", story + "Farm minister Tomas Verhulst-Kaya spoke to the press. In June he flew to Lisbon but did not meet Ines Carvalho-Prates: the talks were called off.", "Tomas Verhulst-Kaya", "Ines Carvalho-Prates", false},
		{"three people after the phrase", story + "Beatrix Lindqvist-Moser met each delegation separately, and later Tigran Vosk-Melikyan, Rauf Guliyev-Sarov and Karim Haddouche-Benali spoke to reporters.", "Beatrix Lindqvist-Moser", "Karim Haddouche-Benali", false},
		// (an older path, "met …, and later X", still pairs her with the
		// first of the three; the second is no side either)
		{"three people after the phrase: the second", story + "Beatrix Lindqvist-Moser met each delegation separately, and later Tigran Vosk-Melikyan, Rauf Guliyev-Sarov and Karim Haddouche-Benali spoke to reporters.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", false},
	})
}

// Round 33 review fixes (fixM): what a sides phrase may stand for, which
// people may be the sides, where a colon ends a modal clause.
func TestMediatorSidesGuardsRound33(t *testing.T) {
	const story = "Talks in Geneva\n\nBy Staff Writer\n\n"
	const traded = story + "Armenian negotiator Tigran Vosk-Melikyan and Azerbaijani envoy Rauf Guliyev-Sarov traded accusations on Monday. "
	const arrived = story + "Armenian negotiator Tigran Vosk-Melikyan and Azerbaijani envoy Rauf Guliyev-Sarov arrived at the lakeside villa on Monday. "
	checkRels(t, RelMet, []relCase{
		// a possessive, "of" or "their party" after a side noun
		{"both sides' pledge", traded + "Swiss President Beatrix Lindqvist-Moser welcomed both sides' pledge to keep talking.", "Beatrix Lindqvist-Moser", "Tigran Vosk-Melikyan", false},
		{"each side's proposal", traded + "Swiss President Beatrix Lindqvist-Moser received each side's written proposal on Tuesday.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", false},
		{"both parties' lawyers", story + "Farmer Omar Belkacem-Tahir is suing his neighbour Yusuf Darwish-Kamel over a boundary wall. On Monday Judge Nadia Ferhat-Ouali met both parties' lawyers in her chambers.", "Nadia Ferhat-Ouali", "Yusuf Darwish-Kamel", false},
		{"their party", story + "Labour leader Omar Belkacem-Tahir and his deputy Yusuf Darwish-Kamel announced on Monday that they would back the budget. Prime Minister Nadia Ferhat-Ouali welcomed their party's decision.", "Nadia Ferhat-Ouali", "Omar Belkacem-Tahir", false},
		{"the two sides of the river", story + "Ferry owner Omar Belkacem-Tahir and his brother Yusuf Darwish-Kamel run the only boat in town. Since the bridge fell, Nadia Ferhat-Ouali, a nurse, has shuttled between the two sides of the river every day.", "Nadia Ferhat-Ouali", "Omar Belkacem-Tahir", false},
		{"both sides of the dispute", arrived + "Swiss diplomat Beatrix Lindqvist-Moser met both sides of the dispute on Tuesday.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", true},
		{"each delegation head, in apposition", story + "Swiss President Beatrix Lindqvist-Moser welcomed each delegation head, Tigran Vosk-Melikyan and Rauf Guliyev-Sarov, as well as observer Karim Haddouche-Benali, to the villa.", "Beatrix Lindqvist-Moser", "Tigran Vosk-Melikyan", true},
		// people named for another reason, one sentence back or in this one
		{"sanctioned", story + "The Treasury sanctioned Omar Belkacem-Tahir and Yusuf Darwish-Kamel on Friday for arms smuggling. In Geneva, Swiss diplomat Beatrix Lindqvist-Moser shuttled between the two delegations for ten hours.", "Beatrix Lindqvist-Moser", "Omar Belkacem-Tahir", false},
		{"killed", story + "Gunmen killed farmers Omar Belkacem-Tahir and Yusuf Darwish-Kamel near the border on Sunday. Interior Minister Nadia Ferhat-Ouali met each delegation of mourners on Monday.", "Nadia Ferhat-Ouali", "Yusuf Darwish-Kamel", false},
		{"authors", story + "A report by economists Omar Belkacem-Tahir and Yusuf Darwish-Kamel warned of a deficit. Finance Minister Nadia Ferhat-Ouali met each delegation at the budget talks on Monday.", "Nadia Ferhat-Ouali", "Omar Belkacem-Tahir", false},
		{"quoted analysts", story + "\"This is a breakthrough,\" said analyst Omar Belkacem-Tahir. \"It will not last,\" said Yusuf Darwish-Kamel, a lecturer in Baku. Swiss diplomat Beatrix Lindqvist-Moser shuttled between the two delegations for ten hours.", "Beatrix Lindqvist-Moser", "Yusuf Darwish-Kamel", false},
		{"led by: a side's head", story + "The Armenian delegation is led by Tigran Vosk-Melikyan, while the Azerbaijani team is headed by Rauf Guliyev-Sarov. Swiss diplomat Beatrix Lindqvist-Moser spoke in private to each delegation that evening.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", true},
		// people after the phrase in another clause; the next sentence
		{"arrested in another clause", story + "Swiss diplomat Beatrix Lindqvist-Moser met each delegation separately on Monday, a day after police in Baku arrested journalists Omar Belkacem-Tahir and Yusuf Darwish-Kamel.", "Beatrix Lindqvist-Moser", "Omar Belkacem-Tahir", false},
		{"reporters in the next sentence", story + "Talks resumed at the lakeside villa on Monday. For ten hours Swiss diplomat Beatrix Lindqvist-Moser shuttled between the two delegations. Outside, reporters Omar Belkacem-Tahir and Yusuf Darwish-Kamel waited in the rain.", "Beatrix Lindqvist-Moser", "Omar Belkacem-Tahir", false},
		{"the next sentence: X of A and Y of B", story + "All evening Beatrix Lindqvist-Moser, the Swiss mediator, shuttled between the two delegations. Near midnight Tigran Vosk-Melikyan of Armenia and Rauf Guliyev-Sarov of Azerbaijan finally shook hands.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", true},
		// "them" for two places
		{"between them: two cities", story + "Armenian negotiator Tigran Vosk-Melikyan and Azerbaijani envoy Rauf Guliyev-Sarov refused to attend. Swiss diplomat Beatrix Lindqvist-Moser then flew to Yerevan and Baku and shuttled between them for a week.", "Beatrix Lindqvist-Moser", "Tigran Vosk-Melikyan", false},
		// an attempt is no meeting
		{"tried to arrange talks", arrived + "Swiss diplomat Beatrix Lindqvist-Moser tried to arrange talks with each side.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", false},
		{"pushed for talks", arrived + "Swiss diplomat Beatrix Lindqvist-Moser pushed for talks with both delegations.", "Beatrix Lindqvist-Moser", "Tigran Vosk-Melikyan", false},
		// a colon ends a modal clause only before a past verb
		{"a plan before a colon", story + "The itinerary is not final: Swiss diplomat Beatrix Lindqvist-Moser meets Armenian negotiator Tigran Vosk-Melikyan in Bern on Friday, then flies to Rome.", "Beatrix Lindqvist-Moser", "Tigran Vosk-Melikyan", false},
		{"a proposed sequence", story + "Beatrix Lindqvist-Moser has proposed a simple sequence: she meets Tigran Vosk-Melikyan first, then Rauf Guliyev-Sarov.", "Beatrix Lindqvist-Moser", "Rauf Guliyev-Sarov", false},
	})
}

// A meeting a paper reports and the next sentence denies with two
// determiners ("denied any such contacts") stays out, as with one; "any
// such" about another meeting (a person named before the denial, or
// "with" another person after it) leaves the meeting in.
func TestReportedDeniedMeetingsRound33(t *testing.T) {
	const story = "Trade row\n\nBy Staff Writer\n\n"
	checkRels(t, RelMet, []relCase{
		{"denied any such contacts", story + "An opposition weekly said on Friday that Trade Minister Ramon Villacorta-Diaz had quietly held talks with the Chinese envoy, Liu Wenqiang, in Shanghai. The ministry flatly denied any such contacts.", "Ramon Villacorta-Diaz", "Liu Wenqiang", false},
		{"denied any contacts", story + "An opposition weekly said on Friday that Trade Minister Ramon Villacorta-Diaz had quietly held talks with the Chinese envoy, Liu Wenqiang, in Shanghai. The ministry flatly denied any contacts.", "Ramon Villacorta-Diaz", "Liu Wenqiang", false},
		// counter-examples: no denial, a denial of something else
		{"not denied", story + "An opposition weekly said on Friday that Trade Minister Ramon Villacorta-Diaz had quietly held talks with the Chinese envoy, Liu Wenqiang, in Shanghai. The ministry confirmed the visit.", "Ramon Villacorta-Diaz", "Liu Wenqiang", true},
		{"denied any such plans", story + "Trade Minister Ramon Villacorta-Diaz held talks with Chinese envoy Liu Wenqiang in Shanghai on Friday. The ministry denied any such plans for a port deal.", "Ramon Villacorta-Diaz", "Liu Wenqiang", true},
		{"any such: another meeting reported", story + "Trade Minister Ramon Villacorta-Diaz met Chinese envoy Liu Wenqiang in Paris on Monday. Asked about reports that he had also seen the Russian envoy, Karim Haddouche-Benali, he denied any such contacts.", "Ramon Villacorta-Diaz", "Liu Wenqiang", true},
		{"any such meetings with another person", story + "Trade Minister Ramon Villacorta-Diaz met Chinese envoy Liu Wenqiang in Paris on Monday, but denied any such meetings with the Russian envoy, Karim Haddouche-Benali.", "Ramon Villacorta-Diaz", "Liu Wenqiang", true},
	})
}
