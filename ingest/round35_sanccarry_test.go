package ingest

import "testing"

// Round 35 (sanctions across sentences): a measure whose target is a pair
// or a firm that only an earlier sentence names. A "Both" subject (with
// or without a noun) and a definite counted object ("on the two
// brothers", "of both men") take the nearest two or three people or firms
// named in this sentence and its two predecessors; "the conglomerate" or
// "the Russian contractor" takes the single company named there or, if
// there is none, the single company an earlier measure (up to four
// sentences back) hit. Pairs that merely met, measures lifted or under
// study, "Both sides" and a counted noun with a possessive yield nothing.
// People and firms are invented; states and bodies are real.
func TestCarriedTargetsRound35(t *testing.T) {
	const lead = "Report\n\nRiga, 3 May\n\n"
	const twoFirms = "Veldra Fisheries AS and Norsund Krill Ltd lose their quotas next month. "
	const gang = "Jorun Velsing runs the harbour gang. Tamsin Ulloway controls the coast road. "
	const officers = "Washington on Friday blacklisted two Latvian navy officers. They are Admiral Juris Kalnenko and Aiga Ostrova. Officials say the pair took kickbacks. "
	const kestrel = "Britain on Thursday froze all assets of Kestrel Gems Holdings, a conglomerate with jade mines in the north. London also listed two of its directors, Tomas Rensky and Ilse Varga. Ottawa's rules bar Canadian banks from serving the conglomerate. "
	checkRels(t, RelSanctioned, []relCase{
		{"both companies, passive listing", lead + twoFirms + "Both firms had since been added to Canada's sanctions list.", "Canada", "Norsund Krill Ltd", true},
		{"both companies, the other one", lead + twoFirms + "Both firms had since been added to Canada's sanctions list.", "Canada", "Veldra Fisheries AS", true},
		{"both, then them", lead + gang + "Both already face American penalties: the Office of Foreign Assets Control blacklisted them last spring.", "Office of Foreign Assets Control", "Jorun Velsing", true},
		{"both, then barred them", lead + officers + "Both face frozen accounts, while the State Department, in a separate step, barred them from travel to America.", "United States Department of State", "Aiga Ostrova", true},
		{"the two brothers", lead + "Pavel Orlin and his half-brother Ivo Daskal command the port militia. Britain on Tuesday imposed a funds freeze on the two brothers.", "United Kingdom", "Ivo Daskal", true},
		{"both men", lead + "Pavel Orlin and Ivo Brankov run the smuggling network. Ottawa froze all accounts of both men on Friday.", "Canada", "Pavel Orlin", true},
		{"the two companies", lead + "Analysts named Halvard Grain Ltd. and Oskel Oilseeds Inc. as likely winners. Washington blacklisted the two companies in May.", "United States", "Oskel Oilseeds Inc", true},
		{"the conglomerate, a sanctioned firm further back", lead + kestrel + "Washington had already slapped penalties on the conglomerate in March.", "United States", "Kestrel Gems Holdings", true},
		// counter-examples: the guards
		{"a pair that met", lead + "Pavel Orlin and Ivo Brankov met in Vienna on Friday. Both men praised the talks.", "Austria", "Pavel Orlin", false},
		{"lifted measures on both men", lead + "Pavel Orlin and Ivo Brankov met in Vienna on Friday. Ottawa lifted its penalties on both men.", "Canada", "Pavel Orlin", false},
		{"measures only under study", lead + "Pavel Orlin and Ivo Brankov met in Vienna on Friday. Ottawa is weighing penalties on the two men.", "Canada", "Ivo Brankov", false},
		{"both sides", lead + "Veldra Fisheries AS and Norsund Krill Ltd traded accusations. Both sides had since been added to Canada's sanctions list.", "Canada", "Veldra Fisheries AS", false},
		{"the two firms' customers", lead + "Halvard Grain Ltd. and Oskel Oilseeds Inc. sell seed abroad. Norway froze all accounts of the two firms' customers.", "Norway", "Halvard Grain Ltd", false},
		{"one firm named, the other only counted", lead + "Halvard Grain Ltd. lost its licence a year ago. Washington blacklisted the two companies in May.", "United States", "Halvard Grain Ltd", false},
		{"two sanctioned firms: the conglomerate is in doubt", lead + "Britain froze all assets of Kestrel Gems Holdings and Corvane Mining Group. Ottawa's rules bar dealings with them. Officials spoke of a long campaign. Washington had already slapped penalties on the conglomerate in March.", "United States", "Corvane Mining Group", false},
		{"also listed, no sanctions", lead + "The conference agenda also listed Jorun Velsing and Tamsin Ulloway as speakers. Both were named honorary members by the Latvian Chamber of Commerce.", "Latvian Chamber of Commerce", "Jorun Velsing", false},
		{"a lifted lead, then both firms", lead + "Ottawa lifted its penalties on Halvard Grain Ltd. and Oskel Oilseeds Inc. in May. Both firms welcomed the decision and resumed their sales.", "Canada", "Oskel Oilseeds Inc", false},
		{"a lifted lead, then both", lead + "Ottawa lifted its penalties on Tomas Rensky and Ilse Varga a week ago. Both praised the decision.", "Canada", "Ilse Varga", false},
	})
}
