package ingest

import "testing"

// Round 34, second affiliation pass: the government's delegation, "our"
// offices and fronted appositives. People are invented; states and bodies
// are real.

// TestGovernmentTeamsRound34: whoever heads "the government delegation"
// (or "the government's team", "the government's chief negotiator")
// works for the state whose government the story names.
// A state's own delegation ("the Chilean delegation, led by X", "X led the
// South Korean delegation") is that state's.
// Counter-examples: a state's "team" (a sports side), a person who meets
// a state's delegation, a regional government's team, a story naming two
// states' governments with no state dominant, the opposition's
// delegation, and a delegation named without a bare "the government"
// ("a government delegation from Chad") get no state (each fails
// without its guard in governmentTeams or governedState).
func TestGovernmentTeamsRound34(t *testing.T) {
	lead := "The opposition and the government of Venezuela met again in Oslo on Friday. "
	checkRels(t, RelAffiliatedWith, []relCase{
		{"head-of", art(lead + "Ramiro Astudillo-Vence, head of the government's delegation, called the first day useful."), "Ramiro Astudillo-Vence", "Venezuela", true},
		{"who-leads", art(lead + "Ramiro Astudillo-Vence, who now leads the government delegation, called the first day useful."), "Ramiro Astudillo-Vence", "Venezuela", true},
		{"title-chief", art(lead + "On Saturday, government delegation chief Ramiro Astudillo-Vence called the first day useful."), "Ramiro Astudillo-Vence", "Venezuela", true},
		{"chief-negotiator", art(lead + "The government's chief negotiator, Ramiro Astudillo-Vence, called the first day useful."), "Ramiro Astudillo-Vence", "Venezuela", true},
		{"minister-who-led", art("Talks stalled in Bridgetown between the opposition and the Venezuelan government. Ramiro Astudillo-Vence, the planning minister who had led the government's team, flew home on Sunday."), "Ramiro Astudillo-Vence", "Venezuela", true},
		{"regional-counter", art("Iraq and the Kurdish parties met in Baghdad on Friday. Iraq wants a deal soon, and Iraq has set a deadline. On Saturday, regional government delegation chief Dilan Baravi-Roj called the first day useful."), "Dilan Baravi-Roj", "Iraq", false},
		{"two-governments-counter", art("The government of Sudan and the government of Chad met in Geneva with Egypt watching. Hamid Tayeb-Anour, chief of the government's delegation, called the first day useful."), "Hamid Tayeb-Anour", "Sudan", false},
		{"opposition-counter", art(lead + "Teresa Galindo-Rue, chief of the opposition's delegation, called the first day useful."), "Teresa Galindo-Rue", "Venezuela", false},
		{"demonym-led-by", art("Border talks resumed in Lima on Saturday. The Chilean delegation, led by Somchai Pradit-Wong, asked for a new survey of the river."), "Somchai Pradit-Wong", "Chile", true},
		{"demonym-main-clause", art("Border talks resumed in Lima on Saturday. Deputy Minister Somchai Pradit-Wong led the Chilean delegation and asked for a new survey."), "Somchai Pradit-Wong", "Chile", true},
		{"demonym-team-counter", art("The match in Vientiane ended level on Saturday. The Chilean team, led by Somchai Pradit-Wong, will play again in May."), "Somchai Pradit-Wong", "Chile", false},
		{"demonym-met-counter", art("Border talks resumed in Lima on Saturday. Somchai Pradit-Wong met the Chilean delegation at the airport."), "Somchai Pradit-Wong", "Chile", false},
		{"indefinite-counter", art(lead + "Hamid Tayeb-Anour, who leads a government delegation from Chad, called the first day useful."), "Hamid Tayeb-Anour", "Venezuela", false},
	})
}

// TestOurOfficesRound34: "our foreign minister, X" in an answer or a
// transcript line names an officer of the speaker's state.
// Counter-examples: a speaker of another state makes X that state's
// (not the first one's); an occupation ("our correspondent") is no
// office of a state; a speaker with no state (a think tank's director)
// gives none (each fails without its guard in ourOffices or ourState).
func TestOurOfficesRound34(t *testing.T) {
	page := func(speaker, answer string) string {
		return art("Slovakia and Hungary signed a power deal on Monday. Slovakia's economy minister Alena Dravcova-Kos and Hungary's energy minister Bence Toldy-Varo spoke to us after the signing.\n\n" + speaker + ": " + answer)
	}
	checkRels(t, RelAffiliatedWith, []relCase{
		{"label-speaker", page("Dravcova-Kos", "Certainly. Our prime minister, Ondrej Malik-Ferro, hopes to visit Kyiv soon."), "Ondrej Malik-Ferro", "Slovakia", true},
		{"other-speaker-counter", page("Toldy-Varo", "Certainly. Our prime minister, Ondrej Malik-Ferro, hopes to visit Kyiv soon."), "Ondrej Malik-Ferro", "Slovakia", false},
		{"other-speaker", page("Toldy-Varo", "Certainly. Our prime minister, Ondrej Malik-Ferro, hopes to visit Kyiv soon."), "Ondrej Malik-Ferro", "Hungary", true},
		{"occupation-counter", page("Dravcova-Kos", "Certainly. Our correspondent, Ondrej Malik-Ferro, filed from Kyiv on Sunday."), "Ondrej Malik-Ferro", "Slovakia", false},
		{"no-state-counter", art("The Oslo Forum held its spring meeting on Monday. Its director Ingvild Sorbye-Lunde spoke to us after the panel.\n\nSorbye-Lunde: Certainly. Our treasurer, Ondrej Malik-Ferro, will publish the accounts in May."), "Ondrej Malik-Ferro", "Norway", false},
	})
}

// TestFrontedHolderRound34: an indefinite appositive that opens a
// sentence ("A former analyst at Y, she …") describes the person "he" or
// "she" after its comma stands for.
// Counter-examples: a name after the comma is the holder, not the
// earlier person; a definite phrase ("The former analyst at Y, he said")
// and a speech verb inside the phrase ("A spokesman for Y said, …")
// are no fronted appositive; a noun that is no role ("A report by Y,
// she said, …") gives nothing (each fails without its guard in
// frontedHolder).
func TestFrontedHolderRound34(t *testing.T) {
	lead := "Mirela Oprescu-Vant joined the board of the Romanian national bank on Monday. "
	checkRels(t, RelAffiliatedWith, []relCase{
		{"fronted-she", art(lead + "A former World Bank economist, she will oversee the reserves."), "Mirela Oprescu-Vant", "World Bank", true},
		{"fronted-modifier", art(lead + "A career banker and a graduate of Stockholm University, she will oversee the reserves."), "Mirela Oprescu-Vant", "Stockholm University", true},
		{"name-after-counter", art(lead + "A former World Bank economist, Kasimir Lodd-Varga, will advise her."), "Mirela Oprescu-Vant", "World Bank", false},
		{"speech-counter", art(lead + "A World Bank spokesman said, she would be welcome in Washington."), "Mirela Oprescu-Vant", "World Bank", false},
		{"report-counter", art(lead + "A report by the World Bank, she said, had praised the reserves."), "Mirela Oprescu-Vant", "World Bank", false},
	})
}
