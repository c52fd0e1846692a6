package ingest

import "testing"

// Round 33 (speech):
//
//   - A ministry named by its proper name speaks only for itself ("the
//     Estonian Ministry of Foreign Affairs declared"); one the sentence only
//     describes ("Estonia's foreign ministry said") is its state speaking,
//     and so is a ministry opening its own communiqué in the present
//     tense ("The Ministry of Foreign Affairs of Estonia notes that …").
//   - Coordinated subjects each speak ("Latvia, Lithuania and Estonia have
//     warned", "Portugal and the Netherlands said", "Chile and Peru, both
//     …, warned"); a list after a preposition or before another subject
//     does not, nor does raising an objection or laying blame.
//   - "The association said", "the society said", "the bloc said": the
//     last body named with that word (a bloc: an international
//     organisation) speaks; a firm named before is no bloc.
//   - A transcript's capitalised speaker label may carry a clip tag, an
//     honorific and the speaker's office ("[CLIP] X:", "CLIP - X, OFFICE:",
//     "DR. X, INSTITUTE:").
//
// Names and firms are invented.
func TestSpeechRound33(t *testing.T) {
	const named = "Grain row\n\nThe Estonian Ministry of Foreign Affairs declared late on Monday that a new quota on Kessock rye was unjustified.\n"
	const described = "Grain row\n\nEstonia's foreign ministry said late on Monday that a new quota on Kessock rye was unjustified.\n"
	const communique = "Grain row\n\nThe Ministry of Foreign Affairs of Estonia notes that the talks on the rye quota were put off because Riga asked for more time.\n"
	const relative = "Grain row\n\nThe duties, which Estonia's Ministry of Finance describes as temporary, hit rye from the Kessock Mills cooperative.\n"
	checkRels(t, RelSaid, []relCase{
		{"a described ministry's state", described, "Estonia", "", true},
		{"a communiqué's ministry's state", communique, "Estonia", "", true},
		{"a named ministry", named, "Estonian Ministry of Foreign Affairs", "", true},
		// counter-examples
		{"a named ministry's state", named, "Estonia", "", false},
		{"a named ministry in a relative clause", relative, "Estonia", "", false},
	})
	const joint = "Border talks\n\nLatvia, Lithuania and Estonia have warned that the corridor would close if the talks failed.\n\n" +
		"Portugal and the Netherlands said in a joint communiqué the fleet would sail on Friday.\n\n" +
		"Chile and Peru, both big copper exporters, warned that the tariff would hurt copper exporters.\n"
	const notJoint = "Border talks\n\nSanctions on Chile, Peru and Bolivia were lifted, the Argentine government said on Monday.\n\n" +
		"Talks with Latvia and Lithuania broke down, Estonia said.\n\n" +
		"Portugal, Spain and Greece have raised objections in Geneva.\n\n" +
		"Chile and Peru have blamed the drought for the losses.\n"
	checkRels(t, RelSaid, []relCase{
		{"a list of three", joint, "Latvia", "", true},
		{"a list of three, second", joint, "Lithuania", "", true},
		{"A and the B said", joint, "Portugal", "", true},
		{"A and B, both …, warned", joint, "Chile", "", true},
		// counter-examples
		{"a list after a preposition", notJoint, "Chile", "", false},
		{"a list before the subject", notJoint, "Latvia", "", false},
		{"objections raised", notJoint, "Portugal", "", false},
		{"blame laid", notJoint, "Chile", "", false},
	})
	const transcript = "Evening panel: the river treaty\n\nThe treaty talks between Ostria and Ruritania stalled again this week.\n\n" +
		"PRESENTER: Good evening. Is the treaty dead?\n\n" +
		"DR. HENRIKE SOLVANG-ODU, NORDIC WATER INSTITUTE: It is only resting for now.\n\n" +
		"[CLIP] KIVISTO-RAHMAN: The door stays open for now.\n\n" +
		"CLIP - TOBIAS ANKERSMIT-LEE, RURITANIAN ENVOY TO THE UN: We will not sign it.\n\n" +
		"PRESENTER: Thank you both.\n"
	const notLabel = "Evening panel: the river treaty\n\nThe treaty talks between Ostria and Ruritania stalled again this week.\n\n" +
		"TOBIAS ANKERSMIT-LEE, a lawyer from the coast who came to the hearing: no comment was made.\n"
	checkRels(t, RelSaid, []relCase{
		{"an honorific and an office", transcript, "HENRIKE SOLVANG-ODU", "", true},
		{"a bracketed clip tag", transcript, "KIVISTO-RAHMAN", "", true},
		{"a clip tag and an office", transcript, "TOBIAS ANKERSMIT-LEE", "", true},
		// counter-example: lower-case words after the name are no office
		{"a clause after the name", notLabel, "TOBIAS ANKERSMIT-LEE", "", false},
	})
	const bodies = "Grain row\n\nThe Economic Community of West African States closed its summit in Abuja on Sunday. The bloc said the border would stay shut until a vote.\n\n" +
		"The Kessock Growers Association met the trade minister on Monday. The association warned that its growers faced ruin this winter.\n\n" +
		"The Marwick Relief Society runs wells in the north. The society said its accounts were open to inspection.\n"
	const noBloc = "Grain row\n\nKessock Grain Ltd sold wheat to Ghana last year. The bloc said the border would stay shut until a vote.\n"
	checkRels(t, RelSaid, []relCase{
		{"the bloc", bodies, "Economic Community of West African States", "", true},
		{"the association", bodies, "Kessock Growers Association", "", true},
		{"the society", bodies, "Marwick Relief Society", "", true},
		// counter-example: a firm is no bloc
		{"a firm before the bloc", noBloc, "Kessock Grain Ltd", "", false},
	})
}
