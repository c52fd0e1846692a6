package ingest

import "testing"

// Round 30: "she" lost its speaker in three ways. A Korean name puts the
// family name first ("Lee Sun-hwa"), and the family name, listed among
// men's given names for the men it mostly names, made every such woman a
// man; and a man of unknown gender whom the sentence before calls only
// "he" was taken for "she". Counter-examples: a man known by his title
// beside the woman, a Western double-barrelled surname (whose given name
// still tells), a refusal, and a pronoun with two fitting antecedents.
func TestPronounGenderRound30(t *testing.T) {
	const korean = "A\nSome farmers refused the payment. Lee Sun-hwa, who is 77, stayed away from the ceremony in Daegu. \u201cMy orchard is not for sale at any price,\u201d she said.\n"
	const withMr = "A\nMr Cho met Lee Sun-hwa at the cooperative in Daegu on Monday. \u201cWe agreed on the price of pears and nothing else,\u201d she said.\n"
	const told = "A\nThe farm minister of Ostria, Odile Varanne, has toured the valley. In May she met Corvin Haldane, who leads the growers' league, in Lyrn. He warned her, as he recalled later, that growers \"cannot wait another season.\" She says the talks were \"useful and calm\".\n"
	const hyphen = "A\nDaniel Hurst-Abara met Wenna Torvik in Lyrn on Monday. \"The harvest will be late this year,\" she said.\n"
	const declined = "A\nLee Sun-hwa would not comment when asked about the payment. \u201cThe orchard will stay open,\u201d said her neighbour, Mr Cho.\n"
	const twoWomen = "A\nLee Sun-hwa met Park Ji-eun and Odile Varanne in Daegu on Monday. Mr Cho arrived later. \"We signed nothing,\" he said.\n"
	const namedBesideHe = "A\nThe panel met in Lyrn on Monday. Beside Dana Rell, Verel Oskant told a grower that he had been misled. \"The vote was fair,\" she said.\n"
	checkRels(t, RelSaid, []relCase{
		{"a Korean woman's name, then she", korean, "Lee Sun-hwa", "", true},
		{"a woman beside a man with a title", withMr, "Lee Sun-hwa", "", true},
		{"she after a sentence that calls the man he", told, "Odile Varanne", "", true},
		{"the man who told her keeps his own statement", told, "Corvin Haldane", "", true},
		{"a double-barrelled surname keeps the man's given name", hyphen, "Wenna Torvik", "", true},
		// counter-examples
		{"the man with a title is not she", withMr, "Cho", "", false},
		{"a double-barrelled surname: the man is not she", hyphen, "Daniel Hurst-Abara", "", false},
		{"a woman who declined, a quote by her neighbour", declined, "Lee Sun-hwa", "", false},
		{"he with women before it: not a woman", twoWomen, "Odile Varanne", "", false},
		// a sentence with "he" that still names its subject keeps her as
		// the antecedent of a later "she", before a woman named earlier in it
		{"named beside he: still she", namedBesideHe, "Verel Oskant", "", true},
		{"named beside he: not the other woman", namedBesideHe, "Dana Rell", "", false},
	})
}
