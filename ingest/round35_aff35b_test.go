package ingest

import "testing"

// TestVisitSeatBeforeRound35: a visit placed in a capital by the sentence
// before, on the same line ("The envoy arrived in Astana on Sunday. She
// met Energy Minister X"), makes the office holder met the
// capital's host, as a capital in the meeting's own clause does. Also a
// capital opening the sentence before ("In Astana the talks went better.
// W held talks with Y").
// Counter-examples (two-state stories): another state named in the
// sentence before (the visitor may be the host's neighbour or the host
// itself), a trip made by someone other than the visitor named in the
// meeting sentence, a meeting "back home", a capital named in passing (no travel), a capital after
// "from", a call rather than a meeting, a new paragraph, and a meeting at
// a summit give no state from the visit.
func TestVisitSeatBeforeRound35(t *testing.T) {
	const tail = " Kazakhstan has promised tighter export controls. Russia is its largest trading partner."
	checkRels(t, RelAffiliatedWith, []relCase{
		{"stayed-in", "Lotte Verbruggen-Saal, the EU's sanctions coordinator, arrived in Astana on Sunday evening. She met Energy Minister Timur Baisalov the next morning." + tail, "Timur Baisalov", "Kazakhstan", true},
		{"opens-in", "In Astana the tone of the talks was friendlier. Lotte Verbruggen-Saal held talks with Energy Minister Timur Baisalov about machine tools." + tail, "Timur Baisalov", "Kazakhstan", true},
		{"flew-to", "Lotte Verbruggen-Saal flew to Astana twice this spring. On her second trip she met Trade Minister Dauren Sagintayev at his office." + tail, "Dauren Sagintayev", "Kazakhstan", true},
		// counter-examples
		{"other-state-counter", "Kyrgyzstan's deputy premier, Bakyt Ormonov-Tash, arrived in Astana on Sunday evening. He met Energy Minister Timur Baisalov the next morning." + tail, "Timur Baisalov", "Kazakhstan", false},
		{"in-passing-counter", "The embassy in Astana issued a short statement. Lotte Verbruggen-Saal met Energy Minister Timur Baisalov the next morning." + tail, "Timur Baisalov", "Kazakhstan", false},
		{"from-counter", "Lotte Verbruggen-Saal flew home from Astana on Sunday evening. She met Energy Minister Timur Baisalov again a week later." + tail, "Timur Baisalov", "Kazakhstan", false},
		{"call-counter", "Lotte Verbruggen-Saal arrived in Astana on Sunday evening. She then spoke by phone with Energy Minister Timur Baisalov the next morning." + tail, "Timur Baisalov", "Kazakhstan", false},
		{"new-paragraph-counter", "Lotte Verbruggen-Saal arrived in Astana on Sunday evening.\n\nShe met Energy Minister Timur Baisalov the next morning." + tail, "Timur Baisalov", "Kazakhstan", false},
		{"pronoun-after-name", "Lotte Verbruggen-Saal arrived in Moscow on Sunday. Later, Dmitri Valkov-Ostap said she met Energy Minister Timur Baisalov." + tail, "Timur Baisalov", "Russia", true},
		{"other-traveller-counter", "Dmitri Valkov-Ostap flew to Moscow on Sunday. Lotte Verbruggen-Saal met Energy Minister Timur Baisalov on Monday." + tail, "Timur Baisalov", "Russia", false},
		{"back-home-counter", "Lotte Verbruggen-Saal arrived in Moscow on Sunday. Back home, she met Energy Minister Timur Baisalov." + tail, "Timur Baisalov", "Russia", false},
		{"summit-counter", "Lotte Verbruggen-Saal arrived in Astana on Sunday evening. At the summit she met Energy Minister Timur Baisalov of the host delegation." + tail, "Timur Baisalov", "Kazakhstan", false},
	})
}

// TestCounterpartOfRound35: an office holder who meets "his Ostrian
// counterpart" is not Ostria's, even when Ostria is the state the
// article names most and the office's state is otherwise left implied
// (a two-state story: the partner is named most, the holder's own state
// is the one left out).
// Counter-examples: the counterpart of another person in the clause,
// named or not ("X said Y had met his Indonesian counterpart", "X said
// the president had met his Indonesian counterpart"), and a sentence that
// does not name the holder leave the implied state in place.
func TestCounterpartOfRound35(t *testing.T) {
	const lead = "Indonesia will keep its import quota for feeder cattle, officials in Jakarta said. Indonesia buys most of its cattle abroad, and Indonesia's traders want more. "
	checkRels(t, RelAffiliatedWith, []relCase{
		{"met-counterpart", lead + "Agriculture Minister Wesley Brannagh-Cole met his Indonesian counterpart on Thursday to ask for a larger quota.", "Wesley Brannagh-Cole", "Indonesia", false},
		{"later-sentence", lead + "Agriculture Minister Wesley Brannagh-Cole said the talks were useful. Mr Brannagh-Cole later phoned his Indonesian counterpart about the permits.", "Wesley Brannagh-Cole", "Indonesia", false},
		// counter-examples: the implied state stays
		{"other-person-counter", lead + "Agriculture Minister Wesley Brannagh-Cole said his deputy, Hartono Wirasaputra, had met his Indonesian counterpart twice.", "Wesley Brannagh-Cole", "Indonesia", true},
		{"unnamed-other-counter", lead + "Agriculture Minister Wesley Brannagh-Cole said the president had met his Indonesian counterpart.", "Wesley Brannagh-Cole", "Indonesia", true},
		{"next-sentence-counter", lead + "Agriculture Minister Wesley Brannagh-Cole wants the quota reviewed. A spokeswoman said her Indonesian counterpart agreed.", "Wesley Brannagh-Cole", "Indonesia", true},
	})
}
