package ingest

import "testing"

// Round 31 (b): a person named inside a clause that someone else reports
// makes no statement there. A closing "…, the ministry stated in its
// communiqué" gives the statement to the ministry, not to the sentence's
// first person; "the Prime Minister's Office announced" after a clause
// naming the prime minister gives it to the office; and a relative
// clause's people ("X, who talked with Y, …, said", "…, where he met Y,
// the senator urged") are not the main verb's subject. Names are
// invented; the counter-examples keep a statement medium after a
// non-speech verb, an office whose principal is named only before, "her
// office said", an appositive after a relative clause that does not open
// the sentence and a role resolved to an earlier sentence.
func TestSaidAttributedClauseRound31(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		// the medium after a speech verb belongs to that verb
		{"closing ministry statement: not the first person", "A\nForeign Minister Tamsin Orrelby held talks with Keld Hasvik on Sunday about ferry routes and harbour fees, Oman's foreign ministry stated in a brief statement.", "Tamsin Orrelby", "", false},
		{"closing ministry statement: the state speaks", "A\nForeign Minister Tamsin Orrelby held talks with Keld Hasvik on Sunday about ferry routes and harbour fees, Oman's foreign ministry stated in a brief statement.", "Oman", "", true},
		{"described in a short statement", "A\nTamsin Orrelby received Keld Hasvik for what Oman's ministry of foreign affairs described in a short statement as \"an open exchange on fishing quotas\".", "Tamsin Orrelby", "", false},
		{"called it … in a message", "A\nBrasko Ventel's spokesman, Ilario Quast, called the ruling \"a gift to smugglers\" in a message sent to the Kessock Herald.", "Brasko Ventel", "", false},
		// counter-example: no speech verb before the medium
		{"praised in an interview", "A\nKeld Hasvik praised the harbour crews in an interview with local radio.", "Keld Hasvik", "", true},

		// the office of a role whose holder the clause names
		{"office of the named prime minister", "A\nTrade envoy Anselm Vurley met Prime Minister Rodrigo Palatek at his residence on Tuesday to discuss grain tariffs, the Prime Minister's Office announced.", "Rodrigo Palatek", "", false},
		// counter-examples: the holder named only earlier, "her office"
		{"office of a holder named before", "A\nPrime Minister Rodrigo Palatek flew to Kessock on Monday.\nThe ferry talks were put off until spring, the Prime Minister's Office announced.", "Rodrigo Palatek", "", true},
		{"her office said", "A\nSenator Liesl Broomhart met the dock workers in Kessock on Friday, her office said.", "Liesl Broomhart", "", true},

		// a relative clause's people are not the main verb's subject
		{"who talked with Y, on Wednesday, said: X speaks", "A\nDeputy Minister Halvard Brusk, who talked by telephone with the Ruritanian trade envoy, Emeric Solvay, on Wednesday, said the grain talks would resume.", "Halvard Brusk", "", true},
		{"who talked with Y, on Wednesday, said: not Y", "A\nDeputy Minister Halvard Brusk, who talked by telephone with the Ruritanian trade envoy, Emeric Solvay, on Wednesday, said the grain talks would resume.", "Emeric Solvay", "", false},
		{"where he met Y, the senator urged", "A\nSenator Liesl Broomhart flew home on Monday.\nBack from Kessock, where she met acting harbour master Orla Fenwick, the senator urged the council to fund the ferry.", "Orla Fenwick", "", false},
		// counter-examples: the relative clause does not open the sentence;
		// the role stands for a person of an earlier sentence
		{"appositive after a relative clause mid-sentence", "A\nAfter talks with Halvard Brusk, who chairs the port board, the Ruritanian trade envoy, Emeric Solvay, on Wednesday, said the ferry accord was close.", "Emeric Solvay", "", true},
		{"a second subject after the relative clause", "A\nDeputy Minister Halvard Brusk, who chairs the port board, and the Ruritanian trade envoy, Emeric Solvay, on Wednesday, said the ferry accord was close.", "Emeric Solvay", "", true},
		{"role from an earlier sentence", "A\nSenator Liesl Broomhart flew home on Monday.\nBack in the capital, the senator urged the council to fund the ferry.", "Liesl Broomhart", "", true},
	})
}
