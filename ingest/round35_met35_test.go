package ingest

import "testing"

// Round 35: meetings by signing. Two people who sign (or initial) a
// paper together met: more papers count (a protocol, a contract, a joint
// communique, handover documents, an initialled draft text), the one signed
// "with" may follow the paper, and a passive "the loan facility was
// signed … by X and Y" names both signers. One signer alone, a company
// signed with, or a planned signing is no meeting. People are invented.
func TestSignedTogetherRound35(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"protocol, coordinated subjects", "Fisheries Minister Sigrun Havdal and Pavel Kostylev, Moscow's chief quota negotiator, signed the new catch protocol in Bodo late on Thursday.", "Sigrun Havdal", "Pavel Kostylev", true},
		{"communique with a counterpart", "On Friday Tevita Raluvo signed a short communique with Beijing's deputy trade chief, Gao Minrui, in Shanghai.", "Tevita Raluvo", "Gao Minrui", true},
		{"protocol with an apposition", "Rexhep Dushi signed the protocol with Greece's prime minister, Eleni Marangou, in Athens on Monday.", "Rexhep Dushi", "Eleni Marangou", true},
		{"handover documents", "Ports Minister Kamal Ratnayake and KPH chairman Li Weidong signed the lease documents in Galle on a rainy Monday.", "Kamal Ratnayake", "Li Weidong", true},
		{"initialled a text", "Late that night Goran Mitic, Serbia's prime minister, and Fatmir Rexha, the Kosovo premier, initialled a 12-point text in a side room.", "Goran Mitic", "Fatmir Rexha", true},
		{"passive: by two signers", "The new loan was formally signed in Benguela by Finance Minister Domingos Quissanga and Zhao Peilin, who runs the lender's Africa desk.", "Domingos Quissanga", "Zhao Peilin", true},
		// counter-examples
		{"passive: one signer alone", "The treaty was signed by President Arnaldo Quispe in the capital, and Helga Brandt welcomed it.", "Arnaldo Quispe", "Helga Brandt", false},
		{"a contract with a company", "Senator Petra Lindqvist signed a contract with Baltic Timber Ltd on Friday, and Oskar Hein objected.", "Petra Lindqvist", "Oskar Hein", false},
		{"passive: still to come", "The new loan is to be signed in Benguela by Finance Minister Domingos Quissanga and Zhao Peilin on Friday.", "Domingos Quissanga", "Zhao Peilin", false},
		{"planned signing", "Rexhep Dushi is expected to sign the protocol with Greece's prime minister, Eleni Marangou, next month.", "Rexhep Dushi", "Eleni Marangou", false},
		{"signed it, no partner", "Tevita Raluvo signed it in Suva on Friday, Gao Minrui said.", "Tevita Raluvo", "Gao Minrui", false},
		{"a person, not a paper, before the passive", "Goran Mitic was signed by Fatmir Rexha and Lena Vogt as an adviser in May.", "Fatmir Rexha", "Lena Vogt", false},
	})
}

// Round 35: a state named only by the demonym of one unnamed official
// ("met the Russian ambassador", "met his Romanian counterpart", "flew
// in and met the Russian president") is no party: it did not meet anyone,
// and the official is not named. A named holder is the party; plural
// officials ("Iranian officials") still stand for their state.
func TestUnnamedOfficialRound35(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"the ambassador: not the state", "Foreign Minister Darko Vidic met the Russian ambassador on Tuesday to discuss gas.", "Darko Vidic", "Russia", false},
		{"the counterpart: not the state", "On Wednesday Ion Carpenco met his Romanian counterpart to go over power lines and a bridge.", "Ion Carpenco", "Romania", false},
		{"the president: not the state", "Last spring Ion Carpenco flew in and met the Russian president with no brief from his cabinet.", "Ion Carpenco", "Russia", false},
		// counter-examples
		{"the ambassador named", "Foreign Minister Darko Vidic met the Russian ambassador, Sergei Malkov, on Friday.", "Darko Vidic", "Sergei Malkov", true},
		{"plural officials stay", "Karin Lund met Iranian officials twice in Bergen last autumn.", "Karin Lund", "Iran", true},
		{"the state itself stays", "Karin Lund held talks with Russia on Tuesday about the pipeline.", "Karin Lund", "Russia", true},
		{"cancelled", "A meeting between Darko Vidic and the Russian ambassador, Sergei Malkov, was cancelled on Friday.", "Darko Vidic", "Sergei Malkov", false},
	})
}

// Round 35: a name after a role and a comma that a speech verb follows is
// the source of the report, not the role's holder, when the role stands
// inside the sentence: "Y met Ukraine's envoy in Warsaw, X said". Y did not
// meet X, and X holds no post there. A role that opens the sentence ("The
// chief executive, X said") is a loose apposition and keeps its holder;
// "the envoy, X, said" names the holder.
func TestQuoteSourceNotHolderRound35(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"posting then the source", "Defence Minister Jonas Berger sat down with Ukraine's envoy in Warsaw, Petra Novak said on Tuesday.", "Jonas Berger", "Petra Novak", false},
		{"bare role then the source", "Defence Minister Jonas Berger sat down with the envoy in Warsaw, Petra Novak said on Tuesday.", "Jonas Berger", "Petra Novak", false},
		{"of-phrase then the source", "Defence Minister Jonas Berger sat down with the envoy of Ukraine, Petra Novak said on Tuesday.", "Jonas Berger", "Petra Novak", false},
		// counter-examples
		{"closed apposition: the holder", "Defence Minister Jonas Berger sat down with Ukraine's envoy in Warsaw, Petra Novak, on Tuesday, officials said.", "Jonas Berger", "Petra Novak", true},
		{"posting then the source: the state stays", "Defence Minister Jonas Berger sat down with Ukraine's envoy in Warsaw, Petra Novak said on Tuesday.", "Jonas Berger", "Ukraine", true},
	})
	checkRels(t, RelAffiliatedWith, []relCase{
		{"the source holds no post", "Asked if he planned to phone his Moroccan counterpart, Karim Zerhouni said his diary was full.", "Karim Zerhouni", "Morocco", false},
		{"a role opening the sentence keeps its holder", "Morocco's energy minister, Karim Zerhouni told reporters the grid link would open in May.", "Karim Zerhouni", "Morocco", true},
	})
}

// Round 35: talks between two people that "were put off", "deferred",
// "shelved" or "scrapped" were not held, like postponed ones.
func TestTalksPutOffRound35(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"put off", "Talks between Jonas Berger and the Polish envoy, Petra Novak, were put off until the autumn.", "Jonas Berger", "Petra Novak", false},
		{"shelved", "Talks between Jonas Berger and Petra Novak were shelved after the vote.", "Jonas Berger", "Petra Novak", false},
		// counter-examples
		{"held", "Talks between Jonas Berger and Petra Novak ran late into the night in Gdansk.", "Jonas Berger", "Petra Novak", true},
		{"put forward, not off", "Talks between Jonas Berger and Petra Novak put forward a plan for the port on Monday.", "Jonas Berger", "Petra Novak", true},
	})
}

// Round 35 review (rfM): counter-rows for the signing, put-off and
// quote-source rules. A paper governed by another paper or a participle
// ("signed an order suspending the agreement with Y") was not signed
// with Y; "signed it with" needs a person after "with" ("with a
// flourish" is a manner); talks that a participle or a relative clause
// calls delayed ("delayed by a storm, finally opened") were held; and a
// role after an opening phrase ("On Tuesday, S's foreign minister, X
// said") keeps its holder.
func TestMeetingsReviewRound35(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"an order suspending the agreement", "President Arvo Kelmets signed an order suspending the agreement with Belarusian leader Viktor Sapega on Monday.", "Arvo Kelmets", "Viktor Sapega", false},
		{"a decree ending the pact", "Minister Egle Sabaite signed a decree ending the pact with Polish minister Piotr Zielny last week.", "Egle Sabaite", "Piotr Zielny", false},
		{"signed it with a flourish", "Jonas Petrauskis signed it with a flourish as Tomas Vaitkunas looked on.", "Jonas Petrauskis", "Tomas Vaitkunas", false},
		{"delayed by a storm, then held", "Talks between Rasa Dovydenaite and Ilze Berzkalne, delayed by a storm, finally opened in Riga on Wednesday.", "Rasa Dovydenaite", "Ilze Berzkalne", true},
		{"which had been delayed, then held", "Talks between Rasa Dovydenaite and Piotr Zielny, which had been delayed twice, ended with a deal on Thursday.", "Rasa Dovydenaite", "Piotr Zielny", true},
		{"a founding treaty signed with", "Rexhep Dushaj signed the founding treaty with Greece's prime minister, Eleni Marangaki, in Athens on Monday.", "Rexhep Dushaj", "Eleni Marangaki", true},
		{"deferred", "Talks between Jonas Bergmark and Petra Novakova were deferred after the vote.", "Jonas Bergmark", "Petra Novakova", false},
	})
	checkRels(t, RelAffiliatedWith, []relCase{
		{"a role after an opening phrase keeps its holder", "On Tuesday, Latvia's foreign minister, Ilze Berzkalne said she would not attend the summit.", "Ilze Berzkalne", "Latvia", true},
	})
}

// Round 35 (rfM): "met" whose object is a goal or a duty ("met the
// deadline", "met every condition set by Y") met no one, so a person
// named later in the sentence is no party; and in "A met B, and C met
// D" C opens a clause of its own, so A did not meet D. A name after
// such an object ("met Y and the deadline passed") and "the opposition"
// as a party still meet.
func TestMetIdiomRound35(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"met the deadline, unlike Y", "Pieter van Dalen met the deadline for the budget, which Friedrich Albrecht did not.", "Pieter van Dalen", "Friedrich Albrecht", false},
		{"met every condition set by Y", "Oskar Lindvall met every condition set by Maria Holtberg in the spring.", "Oskar Lindvall", "Maria Holtberg", false},
		{"met all the conditions laid down by Y", "Oskar Lindvall met all the conditions laid down by Maria Holtberg last year.", "Oskar Lindvall", "Maria Holtberg", false},
		{"A met B, and C met D", "Mark Brownlee met Rachel Hapeti, and Dalton Tagaloa met Daniel Crowley in Suva.", "Mark Brownlee", "Daniel Crowley", false},
		// counter-examples
		{"met Y, then the deadline", "Oskar Lindvall met Maria Holtberg and the deadline passed without a deal.", "Oskar Lindvall", "Maria Holtberg", true},
		{"the opposition leader met", "Oskar Lindvall met the opposition leader, Maria Holtberg, on Monday.", "Oskar Lindvall", "Maria Holtberg", true},
		{"A met B and C", "Mark Brownlee met Rachel Hapeti and Dalton Tagaloa in Suva on Monday.", "Mark Brownlee", "Dalton Tagaloa", true},
	})
}
