package ingest

import "testing"

// Round 35 (sanctions imposed by a definite noun phrase): a role-noun
// subject ("the ministry", "the continental body", "the committee")
// stands for the body named before it. New: a time phrase between the
// noun and its verb ("The ministry on Friday barred X"); "the body" (with
// a modifier) for an international body, looked for three more sentences
// back when one body alone fits there; "the ministry" with no ministry
// named for the one state named before it; the noun opening the sentence
// for "it" in "the entry ban and the freeze it imposed on X"; and "also
// added X, …, with a ban on …" for the body that has just imposed
// sanctions. People and firms are invented; states and bodies are real.
func TestSanctionsNounPhraseRound35(t *testing.T) {
	const lead = "Report\n\nDakar, 3 May\n\n"
	au := lead + "African Union leaders gathered in Addis Ababa on Friday to review the crisis in Sudan. "
	checkRels(t, RelSanctioned, []relCase{
		{"the ministry with a time phrase, one state named", lead + "Chile will contest the panel's finding, copper minister Ignacio Varela Rojas told reporters. The ministry on Friday banned Minera Quillota Norte, a small refiner, from selling ore abroad.", "Chile", "Minera Quillota Norte", true},
		{"the government with a day between", lead + "Peru raised its tariffs again on Tuesday. The government on Monday froze the accounts of Quebrada Cobre Mining Corp, a smelter.", "Peru", "Quebrada Cobre Mining Corp", true},
		{"the continental body", au + "The continental body slapped an asset freeze on Colonel Yasir Haddad Omer, a militia commander.", "African Union", "Yasir Haddad Omer", true},
		{"the entry ban and the freeze it imposed, for the opening noun", au + "The continental body kept the entry ban and the freeze it imposed in June on Colonel Yasir Haddad Omer.", "African Union", "Yasir Haddad Omer", true},
		{"the continental body past a quotation", au + "\"Khartoum must choose peace,\" one delegate said. \"We are patient.\" Markets were calm. The continental body maintained its asset freeze on Colonel Yasir Haddad Omer.", "African Union", "Yasir Haddad Omer", true},
		{"also added X, with a ban on him", lead + "On Wednesday the United Nations Security Council put Harbor Gate Remit Ltd on its sanctions list for moving cash to militias. The committee also added Yusuf Abdi Warsan, a livestock exporter from Bosaso, ordering an entry ban on the man.", "United Nations Security Council", "Yusuf Abdi Warsan", true},
		// (r35 rfP) the positive forms of the counter-rows below, so that
		// those rows test their guards and not a verb that never fires
		{"the ministry, one state named by a possessive", lead + "Ghana's trade minister Kwame Osei-Boateng toured Tema harbour on Monday. The ministry on Friday banned Volta Crest Foods Ltd from cocoa shipments.", "Ghana", "Volta Crest Foods Ltd", true},
		{"the ministry, one state named", lead + "Germany hosted trade talks in Berlin on Monday. The ministry on Friday banned Rheinfeld Logistik GmbH, a trucking firm, from selling fuel.", "Germany", "Rheinfeld Logistik GmbH", true},
		// (r35 rfP) a committee on a state acts for its owner, and the
		// state of its remit is no imposer: subjectOf in the frame pass
		// stepped back over "on Monday" to it
		{"a council's committee on a state sanctions for the council", lead + "The United Nations Security Council's committee on Somalia on Monday sanctioned Harbor Gate Remit Ltd.", "United Nations Security Council", "Harbor Gate Remit Ltd", true},
		{"a council's committee listing after a sanctions sentence", lead + "Sanctions against militant financiers have grown this year. The United Nations Security Council's committee on Somalia on Monday listed Harbor Gate Remit Ltd, a money transfer firm.", "United Nations Security Council", "Harbor Gate Remit Ltd", true},
		// counter-examples
		{"the remit's state is no imposer", lead + "The United Nations Security Council's committee on Somalia on Monday sanctioned Harbor Gate Remit Ltd.", "Somalia", "Harbor Gate Remit Ltd", false},
		{"the remit's state is no imposer of a listing", lead + "Sanctions against militant financiers have grown this year. The United Nations Security Council's committee on Somalia on Monday listed Harbor Gate Remit Ltd, a money transfer firm.", "Somalia", "Harbor Gate Remit Ltd", false},
		{"the remit's state is no imposer of an addition", lead + "The United Nations Security Council's committee on Libya on Monday added Harbor Gate Remit Ltd to its sanctions list.", "Libya", "Harbor Gate Remit Ltd", false},
		// (r35 rfP) "also added" with a sanctions noun that is put on no one
		{"also added states as sponsors of the ban", lead + "The United Nations Security Council imposed sanctions on Harbor Gate Remit Ltd on Monday. The council also added Norway, Japan and Brazil as sponsors of the ban.", "United Nations Security Council", "Norway", false},
		{"also added a state as a panel member", lead + "The United Nations Security Council imposed sanctions on Harbor Gate Remit Ltd on Monday. The council also added Norway, which chairs the sanctions committee, as a member of its panel.", "United Nations Security Council", "Norway", false},
		{"the ministry of an article with two states", lead + "Germany and France met in Paris on Monday to discuss trade. The ministry on Friday banned Rheinfeld Logistik GmbH, a trucking firm, from selling fuel.", "Germany", "Rheinfeld Logistik GmbH", false},
		{"the ministry of two states, the other", lead + "Germany and France met in Paris on Monday to discuss trade. The ministry on Friday banned Rheinfeld Logistik GmbH, a trucking firm, from selling fuel.", "France", "Rheinfeld Logistik GmbH", false},
		{"a ban only considered", lead + "Ghana's trade minister Kwame Osei-Boateng toured Tema harbour on Monday. The ministry on Friday considered banning Volta Crest Foods Ltd from cocoa shipments.", "Ghana", "Volta Crest Foods Ltd", false},
		{"a freeze lifted", au + "The continental body on Friday lifted the freeze on Colonel Yasir Haddad Omer.", "African Union", "Yasir Haddad Omer", false},
		{"a freeze threatened", au + "The continental body on Friday threatened an asset freeze on Colonel Yasir Haddad Omer.", "African Union", "Yasir Haddad Omer", false},
		{"two bodies fit far back", lead + "The African Union and the Arab League met in Cairo. \"We want calm,\" one envoy said. \"We will act.\" Nobody else spoke. The regional body maintained its asset freeze on Colonel Yasir Haddad Omer.", "African Union", "Yasir Haddad Omer", false},
		{"two bodies fit far back, the other", lead + "The African Union and the Arab League met in Cairo. \"We want calm,\" one envoy said. \"We will act.\" Nobody else spoke. The regional body maintained its asset freeze on Colonel Yasir Haddad Omer.", "Arab League", "Yasir Haddad Omer", false},
		{"also added with no sanction told", lead + "On Wednesday the United Nations Security Council put Harbor Gate Remit Ltd on its sanctions list for moving cash to militias. The committee also added Yusuf Abdi Warsan, a livestock exporter, as a witness.", "United Nations Security Council", "Yusuf Abdi Warsan", false},
		{"the body of something", au + "The body of the accord kept the entry ban and the freeze it imposed in June on Colonel Yasir Haddad Omer.", "African Union", "Yasir Haddad Omer", false},
	})
}
