package ingest

import "testing"

// Round 29: a demonym or a "<City>-registered" group whose members are
// named right after it ("two Kestrian army colonels, A and B") has the
// named ones as targets, not their state; an unnamed group, or a second
// group joined by "and" before the names, still stands for its state.
// Firms, people and places are invented; Kestria and Valdor are not
// states, so the tests use real states as places of origin only.
func TestDescribedGroupRound29(t *testing.T) {
	const lead = "A\nBrisk trading marked the week in Valdor. "
	checkRels(t, RelSanctioned, []relCase{
		{"the named officers are targets", lead + "Last week Norway imposed sanctions on three senior Kenyan police officers, Col Abel Marwick and Tobias Lenner, freezing their assets.", "Norway", "Tobias Lenner", true},
		{"the officers' state is no target", lead + "Last week Norway imposed sanctions on three senior Kenyan police officers, Col Abel Marwick and Tobias Lenner, freezing their assets.", "Norway", "Kenya", false},
		{"a capital-registered group, named", lead + "Norway on Monday blacklisted two Nairobi-registered fuel traders, Korvel Petro Ltd and Brisa Marine Services, for breaking the embargo.", "Norway", "Brisa Marine Services", true},
		{"the capital's state is no target", lead + "Norway on Monday blacklisted two Nairobi-registered fuel traders, Korvel Petro Ltd and Brisa Marine Services, for breaking the embargo.", "Norway", "Kenya", false},
		// counter-examples: the state stays a target
		{"an unnamed group stands for its state", lead + "Norway on Monday blacklisted two Kenyan fuel traders for breaking the embargo.", "Norway", "Kenya", true},
		{"a second group before the name", lead + "Norway on Monday blacklisted three Kenyan fuel traders and a Nairobi-registered broker, Korvel Petro Ltd, for breaking the embargo.", "Norway", "Kenya", true},
		{"a second group before the name, passive", lead + "Three Kenyan fuel traders and a Nairobi-registered broker, Korvel Petro Ltd, were blacklisted by Norway on Monday.", "Norway", "Kenya", true},
		{"and its named broker", lead + "Norway on Monday blacklisted three Kenyan fuel traders and a Nairobi-registered broker, Korvel Petro Ltd, for breaking the embargo.", "Norway", "Korvel Petro Ltd", true},
		// counter-examples the frame already kept out
		{"threatened", lead + "Norway threatened sanctions on three Kenyan police officers, Col Abel Marwick and Tobias Lenner.", "Norway", "Tobias Lenner", false},
		{"urged", lead + "Activists urged Norway to sanction two Kenyan police officers, Col Abel Marwick and Tobias Lenner.", "Norway", "Tobias Lenner", false},
		{"lifted", lead + "Norway lifted its sanctions on two Kenyan police officers, Col Abel Marwick and Tobias Lenner.", "Norway", "Tobias Lenner", false},
		{"a state that condemned", lead + "Chile condemned the step after Norway blacklisted two Kenyan police officers, Col Abel Marwick and Tobias Lenner.", "Chile", "Tobias Lenner", false},
	})
}

// Round 29: a follow-up sentence whose subject names the listings with
// their legal basis or a listing participle ("The designations under the
// Foreign Measures Act 2019 include X", "The persons sanctioned today
// include Y") names more targets of the last sanction's imposer; in a
// government's release the minister who announced them stands for the
// issuing state. A participle that is the sentence's own verb, a bare
// "The people include", a considered or debated listing and a list whose
// later items are no targets add nothing.
func TestListingFollowUpRound29(t *testing.T) {
	const lead = "A\nBrisk trading marked the week in Valdor. Norway sanctioned five people and two firms that sold drone parts on Tuesday. "
	const uy = "Government of Uruguay | Ministry of Foreign Affairs\nHome > News > Press releases"
	checkRels(t, RelSanctioned, []relCase{
		{"under an act, first", lead + "The designations under the Foreign Measures Act 2019 include the Orlov Radio Works, which builds jammers, and Korvel Fuse Makers, a small parts firm.", "Norway", "Orlov Radio Works", true},
		{"under an act, second", lead + "The designations under the Foreign Measures Act 2019 include the Orlov Radio Works, which builds jammers, and Korvel Fuse Makers, a small parts firm.", "Norway", "Korvel Fuse Makers", true},
		{"sanctioned today", lead + "The persons sanctioned today include Pavel Serkin, a customs chief, and Ilse Varnholt, a judge.", "Norway", "Ilse Varnholt", true},
		{"designated on a weekday", lead + "The firms designated on Monday include Brisa Marine Services.", "Norway", "Brisa Marine Services", true},
		{"a minister announces in a release", art0(release(uy, "Today, the Honourable Tomasz Velarde-Ruiz, Minister of Trade, announced sanctions on four people who rigged the vote in Kestria. The persons sanctioned today include Pavel Serkin, a customs chief, and Ilse Varnholt, a judge.")), "Uruguay", "Ilse Varnholt", true},
		{"the minister imposes nothing herself", art0(release(uy, "Today, the Honourable Tomasz Velarde-Ruiz, Minister of Trade, announced sanctions on four people who rigged the vote in Kestria. The persons sanctioned today include Pavel Serkin, a customs chief, and Ilse Varnholt, a judge.")), "Tomasz Velarde-Ruiz", "Ilse Varnholt", false},
		// counter-examples
		{"no participle", lead + "The firms include Brisa Marine Services.", "Norway", "Brisa Marine Services", false},
		{"the participle is the verb", lead + "The same May notice blacklisted eleven Kenyan fuel brokers.", "Norway", "Kenya", true},
		{"a later list of others", lead + "The persons sanctioned today include Pavel Serkin. Critics include Ilse Varnholt and Orlov Radio Works.", "Norway", "Ilse Varnholt", false},
		{"only considered", lead + "The individuals considered for listing include Pavel Serkin.", "Norway", "Pavel Serkin", false},
		{"only debated", lead + "The listings debated in parliament include Pavel Serkin.", "Norway", "Pavel Serkin", false},
		{"a bare act is no follow-up", lead + "The designations under review include Pavel Serkin.", "Norway", "Pavel Serkin", false},
	})
}
