package ingest

import "testing"

// TestSeatedBodyRound35: a role's "of" phrase that opens with a seat and
// a description of the body before the body's name gives the body, not
// the seat: a state's possessive and lower-case words ("head of Russia's
// plant health watchdog Y"), a demonym
// compound ("the Chinese-led Y"), another body with lower-case words
// ("the UN peacekeeping mission Y"), and "and" between the words
// ("mining and haulage firm").
// Counter-examples: with no body named after the words the seat is the
// qualifier still (a state's "foreign ministry", the "EU-led mission"); a
// person after the words is no body; a body's own possessive is not a
// description ("the UN's Y" stays with the first reading).
func TestSeatedBodyRound35(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"state-possessive-words", "The ban was extended on Monday. Oleg Varentsov, head of Russia's plant health watchdog Agronadzor Service, said the rules were clear.", "Oleg Varentsov", "Agronadzor Service", true},
		{"state-possessive-words-not-state", "The ban was extended on Monday. Oleg Varentsov, head of Russia's plant health watchdog Agronadzor Service, said the rules were clear.", "Oleg Varentsov", "Russia", false},
		{"demonym-led", "The bid was opened in La Paz. Marco Dellavalle, chairman of the Italian-led Orbis Grid Consortium, said the offer stood.", "Marco Dellavalle", "Orbis Grid Consortium", true},
		{"demonym-led-not-state", "The bid was opened in La Paz. Marco Dellavalle, chairman of the Italian-led Orbis Grid Consortium, said the offer stood.", "Marco Dellavalle", "Italy", false},
		{"body-words", "Fighting went on near the lake. Aminata Koulibaly-Traore, head of the UN observer mission Kivu Monitoring Group, said patrols would resume.", "Aminata Koulibaly-Traore", "Kivu Monitoring Group", true},
		{"body-words-not-un", "Fighting went on near the lake. Aminata Koulibaly-Traore, head of the UN observer mission Kivu Monitoring Group, said patrols would resume.", "Aminata Koulibaly-Traore", "United Nations", false},
		{"and-between-words", "Staff left the site in March. Johan Pretorius-Venter, general manager of the Zambian mining and haulage firm Karoo Freight Services, said the camp was empty.", "Johan Pretorius-Venter", "Karoo Freight Services", true},
		{"and-between-words-not-state", "Staff left the site in March. Johan Pretorius-Venter, general manager of the Zambian mining and haulage firm Karoo Freight Services, said the camp was empty.", "Johan Pretorius-Venter", "Zambia", false},
		// counter-examples: the seat stays the qualifier
		{"no-body-counter", "The ban was extended on Monday. Oleg Varentsov, head of Russia's plant health service, said the rules were clear.", "Oleg Varentsov", "Russia", true},
		{"led-no-body-counter", "The bid was opened in La Paz. Marco Dellavalle, chairman of the Italian-led consortium, said the offer stood.", "Marco Dellavalle", "Italy", true},
		{"person-after-counter", "Talks went on late. Ilya Kuznetsov-Reiss, an adviser to Russia's trade minister Pavel Gromyko-Lents, said little.", "Ilya Kuznetsov-Reiss", "Russia", true},
		{"body-possessive-counter", "Fighting went on near the lake. Aminata Koulibaly-Traore, head of the UN's stabilisation work, said patrols would resume.", "Aminata Koulibaly-Traore", "United Nations", true},
		{"body-bare-counter", "Fighting went on near the lake. Aminata Koulibaly-Traore, head of the UN mission, said patrols would resume.", "Aminata Koulibaly-Traore", "United Nations", true},
	})
}
