package ingest

import "testing"

// Round 18: affiliations stated in frames the earlier rounds missed. Each
// table has positive rows and counter-examples that fail when the rule is
// too loose. All people and bodies are invented; states are real.

// art wraps sentences in a one-line headline so that the body is read as
// article text.
func art(body string) string { return "Officials trade words over fishing rights\n\n" + body + "\n" }

// A title's qualifier reaches the state or body past a written-out
// portfolio ("Minister of Culture and Sport of the Republic of X") and past
// a place-based compound ("a fellow at the Lisbon-based Y").
func TestTitleQualifiersRound18(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"portfolio and formal style before the name", art("Minister of Housing and Sanitation of the Republic of Peru Tomasa Quilla Yanque cut the ribbon at a clinic."), "Tomasa Quilla Yanque", "Peru", true},
		{"portfolio after the name", art("Among the guests was Dorin Zgardan-Vlasie, Deputy Minister of Agriculture of the Republic of Moldova, with two vintners."), "Dorin Zgardan-Vlasie", "Moldova", true},
		{"portfolio with a list of fields", art("Chile's Minister of Mining, Housing and Ports, Dr. Ofelia Sandoval Reyes, sent a recorded message."), "Ofelia Sandoval Reyes", "Chile", true},
		{"place-based body", art("Ines Abrantes-Valle, a visiting scholar at the Lisbon-based Meridian Institute for Ocean Policy, called the plan timid."), "Ines Abrantes-Valle", "Meridian Institute for Ocean Policy", true},
		// counter-examples
		{"a clause between portfolio and state", art("Minister of Culture Rosa Ibarra Lenz, who toured the Republic of Chile last year, opened the fair."), "Rosa Ibarra Lenz", "Chile", false},
		{"a clause ends the portfolio", art("Rosa Ibarra Lenz, Minister of Culture, who toured the Republic of Chile last year, opened the fair."), "Rosa Ibarra Lenz", "Chile", false},
		{"a state the holder only visited", art("Minister of Foreign Affairs Ana Ruiz Tello, who is visiting the Republic of Chile, met students."), "Ana Ruiz Tello", "Chile", false},
		{"a place-based adjective with no body after it", art("Ines Abrantes-Valle, a Lisbon-based senior fellow, said the Meridian Institute for Ocean Policy was wrong."), "Ines Abrantes-Valle", "Meridian Institute for Ocean Policy", false},
	})
}

// A plural office with its holders: states and names paired in order,
// the state after each name, or the body that qualifies the role.
func TestRespectiveOfficesRound18(t *testing.T) {
	companyFirst := "Austral Copper Holdings was fined in March. "
	checkRels(t, RelAffiliatedWith, []relCase{
		{"demonyms before the role, first", art("A meeting between the Chilean and Peruvian foreign ministers, Ana Ruiz Tello and Bruno Cutipa Salas, did not happen."), "Ana Ruiz Tello", "Chile", true},
		{"demonyms before the role, second", art("A meeting between the Chilean and Peruvian foreign ministers, Ana Ruiz Tello and Bruno Cutipa Salas, did not happen."), "Bruno Cutipa Salas", "Peru", true},
		{"states after the role", art("She later met the foreign ministers of Chile and Peru, Ana Ruiz Tello and Bruno Cutipa Salas."), "Bruno Cutipa Salas", "Peru", true},
		{"names before the role", art("Ana Ruiz Tello and Bruno Cutipa Salas, the Chilean and Peruvian presidents, swapped letters in the spring."), "Ana Ruiz Tello", "Chile", true},
		{"each name with its state", art("The talks brought together the two foreign ministers, Ana Ruiz Tello of Chile and Bruno Cutipa Salas of Peru, for the first time."), "Bruno Cutipa Salas", "Peru", true},
		{"a body's plural role", art(companyFirst + "Canberra later blacklisted two of the firm's directors, Mateo Larrain Vial and Carmen Undurraga Paz, as well."), "Carmen Undurraga Paz", "Austral Copper Holdings", true},
		// counter-examples
		{"pairs cross", art("A meeting between the Chilean and Peruvian foreign ministers, Ana Ruiz Tello and Bruno Cutipa Salas, did not happen."), "Bruno Cutipa Salas", "Chile", false},
		{"counts differ", art("A meeting between the Chilean and Peruvian foreign ministers, Ana Ruiz Tello, Bruno Cutipa Salas and Carla Vidal Soto, did not happen."), "Ana Ruiz Tello", "Chile", false},
		{"no comma: the names are objects", art("The Chilean and Peruvian foreign ministers met Ana Ruiz Tello and Bruno Cutipa Salas in Lima."), "Ana Ruiz Tello", "Chile", false},
		{"an occupation is not a state office", art("The Chilean and Peruvian professors, Ana Ruiz Tello and Bruno Cutipa Salas, disagreed."), "Ana Ruiz Tello", "Chile", false},
		{"no body of that kind named", art("Chile fined two of the firm's directors, Mateo Larrain Vial and Carmen Undurraga Paz, in March."), "Carmen Undurraga Paz", "Chile", false},
	})
}

// A clause about a person names the body they serve: relative clauses
// after the name, after "X of Y," or after an appositive, and main
// clauses in the present or perfect.
func TestClauseBodiesRound18(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"who chairs after a name and its state", art("Prime Minister Delroy Brathwaite-Grant of Barbados, who chairs the Albacore Fisheries Council this year, hosted the talks."), "Delroy Brathwaite-Grant", "Albacore Fisheries Council", true},
		{"who advised after an appositive", art("\"A smelter would pay for itself,\" says Elva Larico Tito, a professor at the University of Valparaiso who advised Austral Copper Holdings until 2024."), "Elva Larico Tito", "Austral Copper Holdings", true},
		{"the appositive's own body", art("\"A smelter would pay for itself,\" says Elva Larico Tito, a professor at the University of Valparaiso who advised Austral Copper Holdings until 2024."), "Elva Larico Tito", "University of Valparaiso", true},
		{"who teaches a subject at", art("\"A list is not a strategy,\" said Tomas Ferrada Lagarrigue, who now teaches geology at the University of Valparaiso."), "Tomas Ferrada Lagarrigue", "University of Valparaiso", true},
		{"who holds a rotating chairmanship", art("Ghana's president, Kwesi Ampofo-Darko, who holds the rotating Albacore Fisheries Council chairmanship, met the delegation."), "Kwesi Ampofo-Darko", "Albacore Fisheries Council", true},
		{"a perfect main clause", art("Luz Marina Ccama has run Austral Copper Holdings since 2019 and rejects the fine."), "Luz Marina Ccama", "Austral Copper Holdings", true},
		// counter-examples
		{"a verb that names no office", art("Tomas Ferrada Lagarrigue, who once met the chair of the Albacore Fisheries Council, stayed silent."), "Tomas Ferrada Lagarrigue", "Albacore Fisheries Council", false},
		{"a simple past main clause may be one event", art("Luz Marina Ccama led the Austral Copper Holdings walkout in 2019."), "Luz Marina Ccama", "Austral Copper Holdings", false},
		{"a state is not a body led this way", art("Tomas Ferrada Lagarrigue, who heads Chile's delegation, spoke first."), "Tomas Ferrada Lagarrigue", "Chile", false},
		{"the clause belongs to the later name", art("Elva Larico Tito said Tomas Ferrada Lagarrigue, who chairs the Albacore Fisheries Council, was wrong."), "Elva Larico Tito", "Albacore Fisheries Council", false},
		{"another person between name and who", art("Elva Larico Tito, a friend of Tomas Ferrada Lagarrigue who chairs the Albacore Fisheries Council, spoke."), "Elva Larico Tito", "Albacore Fisheries Council", false},
		{"an appositive without an article", art("Elva Larico Tito, sitting beside the official who heads the Albacore Fisheries Council, said nothing."), "Elva Larico Tito", "Albacore Fisheries Council", false},
		{"teaching with no place", art("Tomas Ferrada Lagarrigue, who lectures widely on the Albacore Fisheries Council, spoke."), "Tomas Ferrada Lagarrigue", "Albacore Fisheries Council", false},
	})
}

// Appositives without an article ("X, research director at Y") and a
// company's owner named through "its".
func TestBareAppositivesRound18(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"one modifier, no article", art("\"No deal without Lima,\" said Rocio Vilca Yupanqui, research director at the Meridian Institute for Ocean Policy, a think tank."), "Rocio Vilca Yupanqui", "Meridian Institute for Ocean Policy", true},
		{"its owner", art("Peru on Wednesday added Callao-based Austral Copper Holdings and its owner, Gerardo Chambi Ramos, to its sanctions list."), "Gerardo Chambi Ramos", "Austral Copper Holdings", true},
		// counter-examples
		{"a clause word is not a modifier", art("\"No deal without Lima,\" said Rocio Vilca Yupanqui, whose director at the Meridian Institute for Ocean Policy resigned."), "Rocio Vilca Yupanqui", "Meridian Institute for Ocean Policy", false},
		{"its owner with no company named", art("Peru seized the trawler and its owner, Gerardo Chambi Ramos, on Wednesday."), "Gerardo Chambi Ramos", "Peru", false},
	})
}

// Government spokespeople are state offices like ministers; cabinet
// secretaries ("Treasury Secretary X") take their state from the sentence
// only (its opening capital, a state before the title), never from the
// state a story is filed from or names most, which in a sanctions story
// is the target. A quotation before the title is the speaker's words, not
// the speaker's state.
func TestStateOfficesRound18(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"government spokeswoman in a filed story", filedFrom("LIMA", "Peru", "Government spokeswoman Ana Ruiz Tello said the listing was an insult."), "Ana Ruiz Tello", "Peru", true},
		{"cabinet secretary after an opening capital", art("Peru rejected the listing on Monday. In Lima, Foreign Affairs Secretary Ana Ruiz Tello said it was an insult."), "Ana Ruiz Tello", "Peru", true},
		// counter-examples
		{"a cabinet secretary is not the dateline's", filedFrom("LIMA", "Peru", "Treasury Secretary Ana Ruiz Tello said the listing would stand."), "Ana Ruiz Tello", "Peru", false},
		{"a state inside the quotation before the title", art("\"Peru will pay for every ton,\" Foreign Minister Ana Ruiz Tello said on Monday."), "Ana Ruiz Tello", "Peru", false},
		{"a party spokesman is not the state's", filedFrom("LIMA", "Peru", "Opposition spokesman Ana Ruiz Tello said the listing was overdue."), "Ana Ruiz Tello", "Peru", false},
	})
}

// "X of the Lisbon-based Y", "X, of the Y, said", "X of Massachusetts,
// who chairs Y" and a plural name's bare possessive ("the Organization of
// American States' secretary general, X").
func TestNameOfBodyRound18(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"of a place-based body", art("The analyst Ines Abrantes-Valle of the Lisbon-based Meridian Institute for Ocean Policy called the quotas reckless."), "Ines Abrantes-Valle", "Meridian Institute for Ocean Policy", true},
		{"of a body between commas", art("Salma al-Rawas, of the Meridian Institute for Ocean Policy, said the quotas were reckless."), "Salma al-Rawas", "Meridian Institute for Ocean Policy", true},
		{"name of a place, who chairs", art("On Monday, Senator Ruth Alder-Cabot of Vermont, who chairs the Albacore Fisheries Council, called the quotas reckless."), "Ruth Alder-Cabot", "Albacore Fisheries Council", true},
		{"a plural name's possessive", art("Before the vote, the Organization of American States' chief, Ignacio Valdivia Roca, offered to mediate."), "Ignacio Valdivia Roca", "Organization of American States", true},
		// counter-examples
		{"a meeting place is not an employer", art("Ana Ruiz Tello will meet Tomas Ferrada Lagarrigue at the annual council of the Albacore Fisheries Council in May."), "Tomas Ferrada Lagarrigue", "Albacore Fisheries Council", false},
		{"who after a role, not a name", art("Ana Ruiz Tello met the governor of Vermont, who chairs the Albacore Fisheries Council."), "Ana Ruiz Tello", "Albacore Fisheries Council", false},
	})
}

// Lists of delegates give a person's body in brackets after the name.
func TestBracketedBodiesRound18(t *testing.T) {
	list := art("The panel heard Ana Ruiz Tello (Albacore Fisheries Council), Bruno Cutipa Salas (Meridian Institute for Ocean Policy) and Carla Vidal Soto (Peru).")
	checkRels(t, RelAffiliatedWith, []relCase{
		{"first delegate", list, "Ana Ruiz Tello", "Albacore Fisheries Council", true},
		{"second delegate", list, "Bruno Cutipa Salas", "Meridian Institute for Ocean Policy", true},
		// counter-examples
		{"a state in brackets may be a constituency or a birthplace", list, "Carla Vidal Soto", "Peru", false},
		{"brackets holding more than the body", art("The panel heard Ana Ruiz Tello (once close to the Albacore Fisheries Council) on Monday."), "Ana Ruiz Tello", "Albacore Fisheries Council", false},
	})
}

// A state office's holder speaking in a capital, in the clause right
// after the name, holds that capital's state's office.
func TestSpeakingSeatRound18(t *testing.T) {
	canada := "Canada imposed sanctions on two trawler firms on Monday. "
	checkRels(t, RelAffiliatedWith, []relCase{
		{"told reporters in the capital", art(canada + "Foreign Minister Josee Gagnon-Roux said in Ottawa on Friday that the proof was strong."), "Josee Gagnon-Roux", "Canada", true},
		{"speaking in the capital", art(canada + "Trade Minister Owen Carrick-Hart, speaking in Ottawa, said the measures were overdue."), "Owen Carrick-Hart", "Canada", true},
		// counter-examples
		{"signing is not speaking", art(canada + "\n\nForeign Minister Josee Gagnon-Roux signed the decree in Ottawa on Monday."), "Josee Gagnon-Roux", "Canada", false},
		{"another state before the capital", art(canada + "Foreign Minister Josee Gagnon-Roux met Peru's trade minister and told reporters in Ottawa the talks went well."), "Josee Gagnon-Roux", "Canada", false},
		{"the capital's state is not named", art("Two trawler firms were fined on Monday. Foreign Minister Josee Gagnon-Roux said in Ottawa on Friday that the proof was strong."), "Josee Gagnon-Roux", "Canada", false},
	})
}
