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
//     "DR. X, INSTITUTE:"); after a clip tag a line in lower case is a
//     caption, not speech.
//   - Review fixes: a described ministry still speaks for its state when
//     later called "the ministry" or "it"; a communiqué verb ("notes"),
//     not a news lead's "says", makes a named ministry's state speak; a
//     list of speakers is one decision (any length up to eight, after a
//     quote or a dateline, across an appositive) and a list that raises
//     objections or lays blame credits no item; "the bloc" is only a bloc
//     (the EU, the AU …, not the UN or the WHO), and "the association" is
//     one that acted, not one only cited.
//
// Names and firms are invented.
func TestSpeechRound33(t *testing.T) {
	const named = "Grain row\n\nThe Estonian Ministry of Foreign Affairs declared late on Monday that a new quota on Kessock rye was unjustified.\n"
	const described = "Grain row\n\nEstonia's foreign ministry said late on Monday that a new quota on Kessock rye was unjustified.\n"
	const communique = "Grain row\n\nThe Ministry of Foreign Affairs of Estonia notes that the talks on the rye quota were put off because Riga asked for more time.\n"
	const relative = "Grain row\n\nThe duties, which Estonia's Ministry of Finance describes as temporary, hit rye from the Kessock Mills cooperative.\n"
	const describedLater = "Grain row\n\nEstonia's foreign ministry summoned the Kessock envoy late on Monday. The ministry said the rye quota was unjustified.\n"
	const describedIt = "Grain row\n\nEstonia's foreign ministry summoned the Kessock envoy late on Monday. It said the rye quota was unjustified.\n"
	const namedLater = "Grain row\n\nThe Estonian Foreign Ministry summoned the Kessock envoy late on Monday. The ministry said the rye quota was unjustified.\n"
	const newsSays = "Grain row\n\nThe Estonian Foreign Ministry says the new quota on Kessock rye is unjustified.\n"
	checkRels(t, RelSaid, []relCase{
		{"a described ministry's state", described, "Estonia", "", true},
		{"a described ministry, then the ministry", describedLater, "Estonia", "", true},
		{"a described ministry, then it", describedIt, "Estonia", "", true},
		{"a named ministry, then the ministry", namedLater, "Estonian Foreign Ministry", "", true},
		// counter-examples: a named ministry's anaphor, a news lead's "says"
		{"a named ministry's state, then the ministry", namedLater, "Estonia", "", false},
		{"a news lead's says", newsSays, "Estonia", "", false},
		{"a communiqué's ministry's state", communique, "Estonia", "", true},
		{"a named ministry", named, "Estonian Ministry of Foreign Affairs", "", true},
		// counter-examples
		{"a named ministry's state", named, "Estonia", "", false},
		{"a named ministry in a relative clause", relative, "Estonia", "", false},
	})
	const joint = "Border talks\n\nLatvia, Lithuania and Estonia have warned that the corridor would close if the talks failed.\n\n" +
		"Portugal and the Netherlands said in a joint communiqué the fleet would sail on Friday.\n\n" +
		"Chile and Peru, both big copper exporters, warned that the tariff would hurt copper exporters.\n"
	const notJoint = "Border talks\n\nEnvoys in Chile, Peru and Bolivia said late on Monday the copper quota was a mistake.\n\n" +
		"Shipments from Latvia, Lithuania and Poland warned of a glut of rye, Estonia said.\n\n" +
		"Portugal, Spain and Greece have raised objections in Geneva.\n\n" +
		"Chile and Peru have blamed the drought for the losses.\n"
	checkRels(t, RelSaid, []relCase{
		{"a list of three", joint, "Latvia", "", true},
		{"a list of three, second", joint, "Lithuania", "", true},
		{"A and the B said", joint, "Portugal", "", true},
		{"A and B, both …, warned", joint, "Chile", "", true},
		// counter-examples
		{"a list after a preposition", notJoint, "Peru", "", false},
		{"a list after a preposition, first", notJoint, "Chile", "", false},
		{"a list before the subject", notJoint, "Lithuania", "", false},
		{"objections raised", notJoint, "Portugal", "", false},
		{"objections raised, last item", notJoint, "Greece", "", false},
		{"blame laid", notJoint, "Chile", "", false},
		{"blame laid, last item", notJoint, "Peru", "", false},
	})
	// one list decision: long lists, a quote or a dateline before the
	// list, an appositive holding a name, and ", saying" after a
	// standing verb
	const lists = "Border talks\n\nBERLIN, March 3 (Reuters) - Norway, Finland and Denmark warned on Monday that the herring quota was too low.\n\n" +
		"\"We are ready to sign tonight,\" Austria, Hungary and Slovenia said in a joint note.\n\n" +
		"Belgium, Ireland, Croatia, Malta and Cyprus said in a shared letter that the fishing rules were unfair.\n\n" +
		"Uruguay and Paraguay, the smaller partners of Mercosur, welcomed the ruling on beef.\n\n" +
		"Kenya, Uganda and Rwanda raised the matter in Nairobi, saying the levy broke the treaty.\n"
	checkRels(t, RelSaid, []relCase{
		{"a dateline before the list", lists, "Norway", "", true},
		{"a quote before the list", lists, "Austria", "", true},
		{"five items", lists, "Belgium", "", true},
		{"five items, third", lists, "Croatia", "", true},
		{"an appositive after the list", lists, "Uruguay", "", true},
		{"a standing verb with saying", lists, "Uganda", "", true},
	})
	const transcript = "Evening panel: the river treaty\n\nThe treaty talks between Ostria and Ruritania stalled again this week.\n\n" +
		"PRESENTER: Good evening. Is the treaty dead?\n\n" +
		"DR. HENRIKE SOLVANG-ODU, NORDIC WATER INSTITUTE: It is only resting for now.\n\n" +
		"[CLIP] KIVISTO-RAHMAN: The door stays open for now.\n\n" +
		"CLIP - TOBIAS ANKERSMIT-LEE, RURITANIAN ENVOY TO THE UN: We will not sign it.\n\n" +
		"PRESENTER: Thank you both.\n"
	const notLabel = "Evening panel: the river treaty\n\nThe treaty talks between Ostria and Ruritania stalled again this week.\n\n" +
		"TOBIAS ANKERSMIT-LEE, a lawyer from the coast who came to the hearing: no comment was made.\n"
	const caption = "Evening panel: the river treaty\n\nThe treaty talks between Ostria and Ruritania stalled again this week.\n\n" +
		"VIDEO - TOBIAS ANKERSMIT-LEE, RURITANIAN ENVOY, NEWSWIRE: pictures of the signing at the dam.\n\n" +
		"PHOTO - HENRIKE SOLVANG-ODU, NORDIC WATER INSTITUTE: the dam at dawn.\n"
	checkRels(t, RelSaid, []relCase{
		{"an honorific and an office", transcript, "HENRIKE SOLVANG-ODU", "", true},
		{"a bracketed clip tag", transcript, "KIVISTO-RAHMAN", "", true},
		{"a clip tag and an office", transcript, "TOBIAS ANKERSMIT-LEE", "", true},
		// counter-example: lower-case words after the name are no office
		{"a clause after the name", notLabel, "TOBIAS ANKERSMIT-LEE", "", false},
		{"a caption after a clip tag", caption, "TOBIAS ANKERSMIT-LEE", "", false},
		{"a photo credit", caption, "HENRIKE SOLVANG-ODU", "", false},
	})
	const bodies = "Grain row\n\nThe Economic Community of West African States closed its summit in Abuja on Sunday. The bloc said the border would stay shut until a vote.\n\n" +
		"The Kessock Growers Association met the trade minister on Monday. The association warned that its growers faced ruin this winter.\n\n" +
		"The Marwick Relief Society runs wells in the north. The society said its accounts were open to inspection.\n"
	const noBloc = "Grain row\n\nKessock Grain Ltd sold wheat to Ghana last year. The bloc said the border would stay shut until a vote.\n"
	const blocs = "Grain row\n\nThe European Union sent a team to the United Nations in Geneva on Monday. The bloc said the rye talks would resume.\n"
	const twoBlocs = "Grain row\n\nThe European Union and the African Union met in Addis Ababa. The bloc said the rye talks would resume.\n"
	const noBlocUN = "Grain row\n\nThe World Health Organization sent nurses to the valley. The bloc said the outbreak was over.\n"
	const cited = "Grain row\n\nThe Kessock Growers Association sued the ministry, citing a report by the Marwick Farmers Association. The association said the rye quota was unlawful.\n"
	checkRels(t, RelSaid, []relCase{
		{"the bloc, a body named after it", blocs, "European Union", "", true},
		{"the association, one cited after it", cited, "Kessock Growers Association", "", true},
		// counter-examples: the UN and the WHO are no blocs, two blocs
		// give no guess, a body only cited does not speak
		{"the UN is no bloc", blocs, "United Nations", "", false},
		{"the WHO is no bloc", noBlocUN, "World Health Organization", "", false},
		{"two blocs", twoBlocs, "African Union", "", false},
		{"two blocs, first", twoBlocs, "European Union", "", false},
		{"a cited association", cited, "Marwick Farmers Association", "", false},
	})
	checkRels(t, RelSaid, []relCase{
		{"the bloc", bodies, "Economic Community of West African States", "", true},
		{"the association", bodies, "Kessock Growers Association", "", true},
		{"the society", bodies, "Marwick Relief Society", "", true},
		// counter-example: a firm is no bloc
		{"a firm before the bloc", noBloc, "Kessock Grain Ltd", "", false},
	})
}
