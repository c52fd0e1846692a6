package ingest

import "testing"

// Round 33 (met33): a mediator who meets each side. "Z shuttled between
// their delegations", "met each delegation separately", "had private
// talks with each side", "spoke by telephone to both delegation heads",
// "carried notes between the two camps": the sides are the two
// people just named (in this sentence or the two before), named after the
// phrase in the same sentence, two who met each other further back, or,
// when no one is named before, the two of the next sentence. The mediator
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
		{"people named for something else", story + "The committee added Omar Belkacem-Tahir and Yusuf Darwish-Kamel to its list. The pair deny the charges. The militia itself was not listed. The Algerian minister, Nadia Ferhat-Ouali, received both delegations in her office.", "Nadia Ferhat-Ouali", "Omar Belkacem-Tahir", false},
		{"a denial in the clause", story + "Farm minister Tomas Verhulst-Kaya spoke to the press. In June he flew to Lisbon but did not meet Ines Carvalho-Prates: the talks were called off.", "Tomas Verhulst-Kaya", "Ines Carvalho-Prates", false},
		{"three people after the phrase", story + "Beatrix Lindqvist-Moser met each delegation separately, and later Tigran Vosk-Melikyan, Rauf Guliyev-Sarov and Karim Haddouche-Benali spoke to reporters.", "Beatrix Lindqvist-Moser", "Karim Haddouche-Benali", false},
	})
}

// A meeting a paper reports and the next sentence denies with two
// determiners ("denied any such contacts") stays out, as with one.
func TestReportedDeniedMeetingsRound33(t *testing.T) {
	const story = "Trade row\n\nBy Staff Writer\n\n"
	checkRels(t, RelMet, []relCase{
		{"denied any such contacts", story + "An opposition weekly said on Friday that Trade Minister Ramon Villacorta-Diaz had quietly held talks with the Chinese envoy, Liu Wenqiang, in Shanghai. The ministry flatly denied any such contacts.", "Ramon Villacorta-Diaz", "Liu Wenqiang", false},
		{"denied any contacts", story + "An opposition weekly said on Friday that Trade Minister Ramon Villacorta-Diaz had quietly held talks with the Chinese envoy, Liu Wenqiang, in Shanghai. The ministry flatly denied any contacts.", "Ramon Villacorta-Diaz", "Liu Wenqiang", false},
		// counter-examples: no denial, a denial of something else
		{"not denied", story + "An opposition weekly said on Friday that Trade Minister Ramon Villacorta-Diaz had quietly held talks with the Chinese envoy, Liu Wenqiang, in Shanghai. The ministry confirmed the visit.", "Ramon Villacorta-Diaz", "Liu Wenqiang", true},
		{"denied any such plans", story + "Trade Minister Ramon Villacorta-Diaz held talks with Chinese envoy Liu Wenqiang in Shanghai on Friday. The ministry denied any such plans for a port deal.", "Ramon Villacorta-Diaz", "Liu Wenqiang", true},
	})
}
