package ingest

import "testing"

// Round 34: meetings. A state or body that only qualifies the title of
// the official met ("the special envoy of S for the …, Mr. X", "the
// Ambassador of S to A and B, X", "the chairman of the movement's
// bureau, X") is no party: the official named in the
// apposition is. The posting ("to A and B") or remit ("for the …") may
// stand between the body and the comma. A body with no holder named after
// it stays a party; planned meetings stay out. A remit that the holder's
// reading refuses (a preposition in it, or a quote's source after the
// comma) leaves the state the party. People are invented.
func TestTitleQualifierRound34(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"remit before the holder", "Late on Friday Halvard Moen had a long call with the special representative of Georgia for the pipeline dispute, Mr. Levan Beridze, about tariffs.", "Halvard Moen", "Levan Beridze", true},
		{"remit: not the state", "Late on Friday Halvard Moen had a long call with the special representative of Georgia for the pipeline dispute, Mr. Levan Beridze, about tariffs.", "Halvard Moen", "Georgia", false},
		{"posting to two states", "Halvard Moen sat down on Monday with the Ambassador of Poland to Chile and Peru, Iwona Kral, at a hotel in Lima.", "Halvard Moen", "Iwona Kral", true},
		{"posting: not the state", "Halvard Moen sat down on Monday with the Ambassador of Poland to Chile and Peru, Iwona Kral, at a hotel in Lima.", "Halvard Moen", "Poland", false},
		{"the movement's bureau", "Halvard Moen, the mediator, went to Sanaa and on Tuesday talked at length with the leader of the movement's Political Bureau, Salem al-Qadi.", "Halvard Moen", "Salem al-Qadi", true},
		{"the movement's bureau: not the council", "Halvard Moen, the mediator, went to Sanaa and on Tuesday talked at length with the leader of the movement's Political Bureau, Salem al-Qadi.", "Halvard Moen", "Political Bureau", false},
		// counter-examples
		{"no holder named: the body stays", "Halvard Moen sat down on Monday with the leader of its Political Bureau to discuss the truce.", "Halvard Moen", "Political Bureau", true},
		{"planned", "Halvard Moen hopes to have a call with the special representative of Georgia for the pipeline dispute, Mr. Levan Beridze, next month.", "Halvard Moen", "Levan Beridze", false},
		{"postponed", "Talks between Halvard Moen and the Ambassador of Poland to Chile and Peru, Iwona Kral, were postponed until the spring.", "Halvard Moen", "Iwona Kral", false},
		// review (rfM): the remit and the posting read alike in both places
		{"remit: the quote's source is no holder", "Halvard Moen met the special envoy of Georgia for the pipeline dispute, Levan Beridze said on Tuesday.", "Halvard Moen", "Levan Beridze", false},
		{"remit: the quote's source leaves the state", "Halvard Moen met the special envoy of Georgia for the pipeline dispute, Levan Beridze said on Tuesday.", "Halvard Moen", "Georgia", true},
		{"remit refused: the state stays", "Late on Friday Halvard Moen had a long call with the special representative of Georgia for the settlement of the Abkhaz question, Mr. Levan Beridze, about tariffs.", "Halvard Moen", "Georgia", true},
		{"hyphenated remit", "Late on Friday Halvard Moen had a long call with the special representative of Georgia for the long-running pipeline dispute, Mr. Levan Beridze, about tariffs.", "Halvard Moen", "Levan Beridze", true},
		{"hyphenated remit: not the state", "Late on Friday Halvard Moen had a long call with the special representative of Georgia for the long-running pipeline dispute, Mr. Levan Beridze, about tariffs.", "Halvard Moen", "Georgia", false},
		{"posting to the United Nations", "Halvard Moen sat down on Monday with the Ambassador of Poland to the United Nations, Iwona Kral, at a hotel in Lima.", "Halvard Moen", "Iwona Kral", true},
		{"posting to the United Nations: not the state", "Halvard Moen sat down on Monday with the Ambassador of Poland to the United Nations, Iwona Kral, at a hotel in Lima.", "Halvard Moen", "Poland", false},
	})
}
