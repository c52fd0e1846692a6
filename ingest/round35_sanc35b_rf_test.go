package ingest

import "testing"

// Round 35 review (rfB) of the "and <name> <verb>" clause break in a
// list of sanctions targets. A participle with a preposition right after
// it ends a list item, it opens no clause: "the EU sanctions on Syria and
// Iran imposed in 2012" keeps Iran a target (the merged rule dropped it).
// After a comma's "and" any past verb opens a clause of its own: "…, and
// Canada followed suit" names no target. People and firms are invented;
// states and bodies are real.
func TestSubjectOfNextRound35rf(t *testing.T) {
	const lead = "Report\n\nGeneva, 3 May\n\n"
	checkRels(t, RelSanctioned, []relCase{
		{"a participle after the list's last name", lead + "The EU sanctions on Syria and Iran imposed in 2012 will stay in place, officials said.", "European Union", "Iran", true},
		{"a participle with as", lead + "Washington imposed sanctions on Venezuela and Cuba listed as hostile states in its report.", "United States", "Cuba", true},
		{"the list's first name", lead + "The EU sanctions on Syria and Iran imposed in 2012 will stay in place, officials said.", "European Union", "Syria", true},
		// counter-examples
		{"a comma's and before a past verb", lead + "Britain imposed sanctions on Belarus and Russia, and Canada followed suit later.", "United Kingdom", "Canada", false},
		{"a comma's and before a listing verb", lead + "The EU imposed sanctions on Iran, and Britain named Hosseini Tradeco as a target.", "European Union", "United Kingdom", false},
	})
}

// Round 35 review (rfB): a second clause after a list's "and" has its own
// subject, verb and targets: "the United States sanctioned X and Britain
// froze the assets of Y" names no United States target Y, and X, the
// first verb's object, is no co-imposer of the second verb.
func TestSecondClauseRound35rf(t *testing.T) {
	const lead = "Report\n\nGeneva, 3 May\n\n"
	const both = lead + "The United States sanctioned Sovfrakt Tankers and Britain froze all assets of Arktika Marine Services."
	const theBody = lead + "The United States sanctioned Sovfrakt Tankers and the European Union slapped an entry ban on Arktika Marine Services."
	const placed = lead + "The firm reviewed its fleet after the United States sanctioned Sovfrakt Tankers and the British government placed an asset freeze on Arktika Marine Services."
	checkRels(t, RelSanctioned, []relCase{
		{"the first clause", both, "United States", "Sovfrakt Tankers", true},
		{"the second clause", both, "United Kingdom", "Arktika Marine Services", true},
		{"the second clause after the", theBody, "European Union", "Arktika Marine Services", true},
		{"placed a freeze on", placed, "United Kingdom", "Arktika Marine Services", true},
		{"a comma's list goes on", lead + "Britain sanctioned Viktor Orlan, chairman of Velta Bank, and Irina Orlan.", "United Kingdom", "Irina Orlan", true},
		// counter-examples
		{"no first imposer of the second target", both, "United States", "Arktika Marine Services", false},
		{"no object as co-imposer", both, "Sovfrakt Tankers", "Arktika Marine Services", false},
		{"the second subject is no target", both, "United States", "United Kingdom", false},
		{"the second subject after the", theBody, "United States", "European Union", false},
		{"the placing subject", placed, "United States", "United Kingdom", false},
		{"the placing target", placed, "United States", "Arktika Marine Services", false},
	})
}

// Round 35 review (rfB): a description after a target ("Belarus, a step
// welcomed by Lithuania and Poland") names people and places that are no
// targets, the second one after its "and" neither.
func TestDescriptionAndRound35rf(t *testing.T) {
	const lead = "Report\n\nGeneva, 3 May\n\n"
	checkRels(t, RelSanctioned, []relCase{
		{"the target before the description", lead + "The EU imposed sanctions on Belarus, a step welcomed by Lithuania and Poland.", "European Union", "Belarus", true},
		{"an embargo's target", lead + "The United Nations Security Council renewed its embargo on Libya, a move opposed by Russia and China.", "United Nations Security Council", "Libya", true},
		// counter-examples
		{"a step welcomed by two states", lead + "The EU imposed sanctions on Belarus, a step welcomed by Lithuania and Poland.", "European Union", "Poland", false},
		{"a move opposed by two states", lead + "The United Nations Security Council renewed its embargo on Libya, a move opposed by Russia and China.", "United Nations Security Council", "China", false},
		{"a fund based in two states", lead + "Britain sanctioned Vorlen Capital, a fund based in Cyprus and Malta.", "United Kingdom", "Malta", false},
		{"a fund owned by two people", lead + "Britain sanctioned Vorlen Capital, a fund owned by Pavel Drozd and Irina Drozd.", "United Kingdom", "Irina Drozd", false},
		{"a supplier to two bodies", lead + "The EU sanctioned Orvel Tarasco, a supplier to the Russian army and the Wagner Group.", "European Union", "Wagner Group", false},
	})
}
