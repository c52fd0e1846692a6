package ingest

import "testing"

// Round 31 (b): a person named inside a clause that someone else reports
// makes no statement there. A closing "…, the ministry stated in its
// communiqué" gives the statement to the ministry, not to the sentence's
// first person; and a relative clause's people ("X, who talked with Y,
// …, said", "…, where he met Y, the senator urged") are not the main
// verb's subject. Names are invented; the counter-examples keep a
// statement medium after a non-speech verb, after a speech word of an
// earlier clause and after a noun or participle; a relative clause closed
// before the appositive; a relative clause that does not open the
// sentence, names nobody, or whose subject holds the role. "The <role>'s
// Office said", "her office said" and "the senator's campaign said" give
// the holder no statement (round 32, reversing round 31 fix E: the dev
// gold credits the staff, not the person; see round31_saidstaff_test.go).
func TestSaidAttributedClauseRound31(t *testing.T) {
	checkRels(t, RelSaid, []relCase{
		// the medium after a speech verb belongs to that verb
		{"closing ministry statement: not the first person", "A\nForeign Minister Tamsin Orrelby held talks with Keld Hasvik on Sunday about ferry routes and harbour fees, Oman's foreign ministry stated in a brief statement.", "Tamsin Orrelby", "", false},
		{"closing ministry statement: the state speaks", "A\nForeign Minister Tamsin Orrelby held talks with Keld Hasvik on Sunday about ferry routes and harbour fees, Oman's foreign ministry stated in a brief statement.", "Oman", "", true},
		{"described in a short statement", "A\nTamsin Orrelby received Keld Hasvik for what Oman's ministry of foreign affairs described in a short statement as \"an open exchange on fishing quotas\".", "Tamsin Orrelby", "", false},
		{"a weak speech verb after a name", "A\nForeign Minister Tamsin Orrelby held talks with Keld Hasvik on Sunday about ferry routes and harbour fees, Oman's foreign ministry added in a brief statement.", "Tamsin Orrelby", "", false},
		// counter-example: no speech verb before the medium
		{"praised in an interview", "A\nKeld Hasvik praised the harbour crews in an interview with local radio.", "Keld Hasvik", "", true},
		// counter-examples: a speech word of another clause, a noun or a
		// participle is no speech verb for the medium
		{"speech verb of an earlier clause", "A\nAfter the Kessock Port Authority confirmed the deal, Keld Hasvik praised the harbour crews in an interview with local radio.", "Keld Hasvik", "", true},
		{"a speech word as a noun", "A\nKeld Hasvik praised the European Union member states in an interview with local radio.", "Keld Hasvik", "", true},
		{"a speech word as a participle", "A\nKeld Hasvik praised the workers dismissed by the mill in an interview with local radio.", "Keld Hasvik", "", true},

		// the office of a role, "her office", a campaign: the staff speak,
		// not the holder (round 32)
		{"office of the named prime minister", "A\nTrade envoy Anselm Vurley met Prime Minister Rodrigo Palatek at his residence on Tuesday to discuss grain tariffs, the Prime Minister's Office announced.", "Rodrigo Palatek", "", false},
		{"office of the prime minister who acts", "A\nPrime Minister Rodrigo Palatek will attend the grain summit in Kessock next week, the Prime Minister's Office announced.", "Rodrigo Palatek", "", false},
		{"the senator's campaign said", "A\nSenator Liesl Broomhart will not seek re-election, the senator's campaign said on Friday.", "Liesl Broomhart", "", false},
		{"office of a holder named before", "A\nPrime Minister Rodrigo Palatek flew to Kessock on Monday.\nThe ferry talks were put off until spring, the Prime Minister's Office announced.", "Rodrigo Palatek", "", false},
		{"her office said", "A\nSenator Liesl Broomhart met the dock workers in Kessock on Friday, her office said.", "Liesl Broomhart", "", false},

		// a relative clause's people are not the main verb's subject
		{"who talked with Y, on Wednesday, said: X speaks", "A\nDeputy Minister Halvard Brusk, who talked by telephone with the Ruritanian trade envoy, Emeric Solvay, on Wednesday, said the grain talks would resume.", "Halvard Brusk", "", true},
		{"who talked with Y, on Wednesday, said: not Y", "A\nDeputy Minister Halvard Brusk, who talked by telephone with the Ruritanian trade envoy, Emeric Solvay, on Wednesday, said the grain talks would resume.", "Emeric Solvay", "", false},
		// counter-examples: the relative clause closed before the appositive
		{"who chairs …, stayed away, but his deputy, Y, said: Y speaks", "A\nDeputy Minister Halvard Brusk, who chairs the port board, stayed away, but his deputy, Emeric Solvay, on Wednesday, said the grain talks would resume.", "Emeric Solvay", "", true},
		{"who chairs …, stayed away, but his deputy, Y, said: not X", "A\nDeputy Minister Halvard Brusk, who chairs the port board, stayed away, but his deputy, Emeric Solvay, on Wednesday, said the grain talks would resume.", "Halvard Brusk", "", false},
		{"X said his deputy, Y, told: Y speaks too", "A\nDeputy Minister Halvard Brusk, who chairs the port board, said his deputy, Emeric Solvay, on Wednesday, told the envoy that the grain talks would resume.", "Emeric Solvay", "", true},
		{"where he met Y, the senator urged", "A\nSenator Liesl Broomhart flew home on Monday.\nBack from Kessock, where she met acting harbour master Orla Fenwick, the senator urged the council to fund the ferry.", "Orla Fenwick", "", false},
		// counter-examples: the relative clause does not open the sentence;
		// the role stands for a person of an earlier sentence
		{"appositive after a relative clause mid-sentence", "A\nAfter talks with Halvard Brusk, who chairs the port board, the Ruritanian trade envoy, Emeric Solvay, on Wednesday, said the ferry accord was close.", "Emeric Solvay", "", true},
		{"a second subject after the relative clause", "A\nDeputy Minister Halvard Brusk, who chairs the port board, and the Ruritanian trade envoy, Emeric Solvay, on Wednesday, said the ferry accord was close.", "Emeric Solvay", "", true},
		{"role from an earlier sentence", "A\nSenator Liesl Broomhart flew home on Monday.\nBack in the capital, the senator urged the council to fund the ferry.", "Liesl Broomhart", "", true},
		{"a relative clause that names nobody", "A\nSenator Liesl Broomhart flew home on Monday.\nBack in Kessock, where the ferry was built, the senator urged the council to fund the ferry.", "Liesl Broomhart", "", true},
		{"the relative clause's subject holds the role", "A\nIn Kessock, where Senator Liesl Broomhart grew up, the senator urged the council to fund the ferry.", "Liesl Broomhart", "", true},
	})
}
