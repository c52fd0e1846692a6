package ingest

import "testing"

// r34NameCase is one invented article: the names that must be entities
// (exactly so named) and the names that must be no entity's name or
// alias.
type r34NameCase struct {
	name       string
	text       string
	want, gone []string
}

// checkR34Names runs rows that list wanted names without their types
// through checkNames.
func checkR34Names(t *testing.T, cases []r34NameCase) {
	t.Helper()
	rows := make([]nameCase, len(cases))
	for i, tc := range cases {
		want := make(map[string]string, len(tc.want))
		for _, w := range tc.want {
			want[w] = ""
		}
		rows[i] = nameCase{tc.name, tc.text, want, tc.gone}
	}
	checkNames(t, rows)
}

// TestHyphenPrefixedBodiesRound34 checks hyphenPrefixedBodies: a body's
// name keeps the word joined to its front by a tight hyphen, whether that
// word was a lone unknown word ("Sino"), a state ("Japan") or a body of
// its own ("... Guard Corps"). Counter-examples: a spaced dash, the
// middle of a chain of places, and a pair of states before a plain noun.
func TestHyphenPrefixedBodiesRound34(t *testing.T) {
	checkR34Names(t, []r34NameCase{
		{"a lone prefix before a place",
			"Miners wait on Beijing\n\nLin Haowen, chairman of Sino-Andes Lithium Holdings, toured the salt flats near the border on Monday and promised new roads.\n",
			[]string{"Sino-Andes Lithium Holdings"}, []string{"Andes Lithium Holdings", "Sino"}},
		{"a lone prefix before a region",
			"Cable deal under review\n\nThe regulator could bar Sino-Pacific Cable Holdings from landing its line on the northern coast, officials in the capital said on Friday.\n",
			[]string{"Sino-Pacific Cable Holdings"}, []string{"Pacific Cable Holdings", "Sino"}},
		{"a state before a body",
			"Lawmakers meet\n\nThe Japan-Korea Fisheries Council, a forum of lawmakers from both states, agreed on Tuesday to meet again in the spring.\n",
			[]string{"Japan-Korea Fisheries Council"}, []string{"Korea Fisheries Council"}},
		{"a body before a body",
			"New listings\n\nTwo tankers listed by Washington moved crude bought by Islamic Revolutionary Guard Corps-Qods Force agents through the autumn.\n",
			[]string{"Islamic Revolutionary Guard Corps-Qods Force"}, []string{"Qods Force"}},
		// counter-examples
		{"a spaced dash",
			"Cable deal under review\n\nThe regulator named one buyer - Pacific Cable Holdings - in a filing on Friday, officials in the capital said.\n",
			[]string{"Pacific Cable Holdings"}, []string{"- Pacific Cable Holdings"}},
		{"the middle of a chain",
			"Pipeline works\n\nBaku-Tbilisi-Ceyhan Pipeline Company engineers inspected two pumping stations near the border on Monday, a spokesman said.\n",
			nil, []string{"Tbilisi-Ceyhan Pipeline Company"}},
		{"a weekday run into a body",
			"Port levy\n\nThe levy was announced on Tuesday-Finance Ministry officials in Dodoma declined to comment on it later.\n",
			[]string{"Finance Ministry"}, []string{"Tuesday-Finance Ministry"}},
		{"two states before a plain noun",
			"Talks resume\n\nThe Russia-Ukraine talks resumed in Istanbul on Monday, and negotiators for both sides met for four hours.\n",
			nil, []string{"Russia-Ukraine"}},
	})
}

// TestRomanceBodyNamesRound34 checks two ways a Romance-language body's
// name was cut short: a lead head's name going on through "de"/"du" to a
// place the gazetteer knows (placeNameAt), and a French name written in
// lower case after its head (frenchNameTail). Counter-examples: English
// words after heads that are also English ("Union", "Tribunal"), and a
// French head before an English verb.
func TestRomanceBodyNamesRound34(t *testing.T) {
	checkR34Names(t, []r34NameCase{
		{"a university and its city",
			"Gas deal signed\n\nMario Quispe-Ayala, who once taught chemistry at Universidad Técnica de Lima, argued on Monday that gas prices were fair.\n",
			[]string{"Universidad Técnica de Lima"}, []string{"Universidad Técnica"}},
		{"a firm and its region",
			"Oil contracts\n\nCompagnie Minière du Levant reportedly initialled a preliminary deal with the ministry last week.\n",
			[]string{"Compagnie Minière du Levant"}, []string{"Compagnie Minière"}},
		{"a French adjective after the head",
			"Gangs tighten grip\n\n\"It matters,\" said Paul Remy-Joseph, a researcher at the Observatoire sénégalais de la pêche in Dakar, on Friday.\n",
			[]string{"Observatoire sénégalais de la pêche"}, []string{"Observatoire"}},
		{"a long lower-case name",
			"Rebels advance\n\n\"The front has moved,\" said Dr. Aline Kasongo-Mbala of the Institut gabonais de recherche sur les forêts. \"We saw it coming.\"\n",
			[]string{"Institut gabonais de recherche sur les forêts"}, nil},
		{"a court and its city",
			"Villa stays frozen\n\nJudges of the Tribunal administratif de Lyon rejected the owner's appeal against the freeze on Thursday.\n",
			[]string{"Tribunal administratif de Lyon"}, nil},
		{"a group and its state",
			"Traders complain\n\nAwa Diallo-Sow, chair of the Collectif des pêcheurs du Sénégal, a fishermen's group, said prices had doubled.\n",
			[]string{"Collectif des pêcheurs du Sénégal"}, nil},
		// counter-examples
		{"English after an English head",
			"Talks go on\n\nThe African Union representative said Monday the Union is ready to send observers to the vote.\n",
			[]string{"African Union"}, []string{"Union representative", "Union is"}},
		{"a tribunal in English",
			"Appeal heard\n\nThe Tribunal said Monday it would rule on the appeal before the month ends.\n",
			nil, []string{"Tribunal said"}},
		{"an English adjective after a tribunal",
			"Appeal heard\n\nA Tribunal official said late on Friday the ruling on Marek Ostrander's appeal would come within weeks.\n",
			nil, []string{"Tribunal official"}},
		{"a tribunal's adviser",
			"Appeal heard\n\nThe Tribunal legal adviser, Ines Valdrup, told reporters in Geneva that hearings would resume.\n",
			nil, []string{"Tribunal legal"}},
		{"a French court before a French verb",
			"Villa stays frozen\n\nLawyers said the Tribunal administratif de Lyon a rejeté the appeal, said Karin Delorme-Vasse, a lawyer for the owner.\n",
			[]string{"Tribunal administratif de Lyon"}, []string{"Tribunal administratif de Lyon a"}},
		{"a French head before an English verb",
			"Research funds\n\nThe Institut Pasteur announced on Monday that it would open a laboratory in the capital next year.\n",
			[]string{"Institut Pasteur"}, []string{"Institut Pasteur announced"}},
	})
}

// TestBareParliamentsRound34 checks bareParliaments: a bare capitalised
// "Parliament" is the article's legislature, its own body when no other
// is named, the one named in full otherwise. Counter-examples: longer
// names and places ("Parliament House", "Parliament Speaker", "Parliament
// of ..."), the title "Member of Parliament", and two legislatures named
// in full, which leave the bare word to neither.
func TestBareParliamentsRound34(t *testing.T) {
	checkR34Names(t, []r34NameCase{
		{"told parliament",
			"Budget fight\n\nFinance Minister Rasa Ulvenes-Dahl told Parliament on Tuesday that the levy would stay, and the opposition walked out.\n",
			[]string{"Parliament"}, nil},
		{"parliament as a subject",
			"Budget fight\n\n\"We need the votes first,\" the banker said. Parliament has not yet voted on the levy.\n",
			[]string{"Parliament"}, nil},
		{"the one legislature named in full",
			"Budget fight\n\nThe National Assembly debated the levy for a week. Back in Parliament on Tuesday, the finance minister defended it again.\n",
			[]string{"National Assembly"}, nil},
		{"a weekday before it",
			"Budget fight\n\nOn Tuesday Parliament passed the levy by a narrow margin after a night of debate.\n",
			[]string{"Parliament"}, nil},
		{"a weekday after it",
			"Budget fight\n\nThe levy was approved by Parliament Tuesday after a night of debate, officials said.\n",
			[]string{"Parliament"}, nil},
		// counter-examples
		{"a building",
			"Budget fight\n\nGrowers gathered outside Parliament House to protest against the levy, police said.\n",
			nil, []string{"Parliament"}},
		{"a speaker",
			"Budget fight\n\nThe envoy called on Parliament Speaker Oren Halvik-Stamm about the levy.\n",
			nil, []string{"Parliament"}},
		{"a member's title",
			"Budget fight\n\n\"Every Member of Parliament should visit a farm,\" said Dalia Ferrum-Oke, a farmer.\n",
			nil, []string{"Parliament"}},
		{"two legislatures",
			"Budget fight\n\nThe European Parliament and the National Assembly both debated the levy. In Parliament on Tuesday, the minister defended it.\n",
			[]string{"European Parliament", "National Assembly"}, []string{"Parliament"}},
	})
}

// TestBareParliamentJoinsRound34: the bare word is an alias of the one
// legislature the article names in full, not a second body.
func TestBareParliamentJoinsRound34(t *testing.T) {
	res := run(t, "Budget fight\n\nThe National Assembly debated the levy for a week. Back in Parliament on Tuesday, the finance minister defended it again.\n")
	if a, b := entityByName(res, "Parliament"), entityByName(res, "National Assembly"); a == nil || a != b {
		t.Errorf("the bare word is not the National Assembly\n%s", dump(res))
	}
}
