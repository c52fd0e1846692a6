package ingest

import "testing"

// Round 33 (affiliation recall): shapes of affiliation the extractor missed
// in three or more dev sets. People, firms and agencies are invented;
// states, real armed groups and intergovernmental bodies are real.

// TestDescribedAsRound33: a body's description of a listed person (after
// "whom", a pronoun, a short appositive or alone, then "described" and an
// optional "by/in" phrase before "as") gives the person the role, as an
// appositive would; "the group" is the armed group the story names, even
// when a firm was named since, unless that firm is itself a "... Group";
// a financier of a body is affiliated with it.
// Counter-examples: no comma, "whom" or "a/an" before the describer ("met
// the man the notice described"); an appositive after "about", not after
// a comma (fails without the comma check); a description with an object
// of its own ("described his cousin as", fails without the by/in check);
// "the group" with no armed group named stays the company; the subject of
// "who hired a driver police described as" (its "a" opens no appositive
// after a comma) and of "who employed the cousin police described as"
// (fails without the describer check); critics' and hedged ("wrongly")
// descriptions and a person's own (fail without the describer check;
// the person's one also without its person test), also in a "by" phrase
// or closing an appositive; a "... Group" firm named after the armed group keeps "the
// group" (fails if the armed group always wins).
func TestDescribedAsRound33(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"whom-described", art("On Friday the Treasury listed Corvin Aldamar-Teske, whom investigators described as a senior commander of Kataib Hezbollah, under its counter-terrorism powers."), "Corvin Aldamar-Teske", "Kataib Hezbollah", true},
		{"appositive-described", art("Brussels on Friday blocked the accounts of Tobin Rakestraw, a Mombasa-based cattle trader they described as a principal financier for Al-Shabaab, with immediate effect."), "Tobin Rakestraw", "Al-Shabaab", true},
		{"described-by", art("London also blacklisted Ilsa Varga-Pohl, described by ministers as a commander of Hezbollah in Tyre."), "Ilsa Varga-Pohl", "Hezbollah", true},
		{"group-armed", art("The Treasury sanctioned Kataib Hezbollah and Tarrow Shipbrokers Ltd, a firm that moved money for it. Later it added Corvin Aldamar-Teske, whom the notice described as the group's deputy leader."), "Corvin Aldamar-Teske", "Kataib Hezbollah", true},
		{"financier-poss", art("Washington sanctioned Tarrow Shipbrokers Ltd's financier, Corvin Aldamar-Teske, in March."), "Corvin Aldamar-Teske", "Tarrow Shipbrokers Ltd", true},
		{"possessive-describer", art("Corvin Aldamar-Teske, whom the Treasury's notice described as Hezbollah's chief financier, denied the charge."), "Corvin Aldamar-Teske", "Hezbollah", true},
		{"no-comma-counter", art("Tobin Rakestraw met the man the notice described as a senior commander of Kataib Hezbollah in a Baghdad hotel."), "Tobin Rakestraw", "Kataib Hezbollah", false},
		{"no-comma-appositive-counter", art("Prosecutors questioned Tobin Rakestraw about a cattle trader they described as a financier for Al-Shabaab."), "Tobin Rakestraw", "Al-Shabaab", false},
		{"object-counter", art("Tobin Rakestraw, who described his cousin as a commander of Kataib Hezbollah, was questioned for six hours."), "Tobin Rakestraw", "Kataib Hezbollah", false},
		{"group-company-counter", art("Regulators fined Tarrow Group Holdings on Monday. Corvin Aldamar-Teske, whom auditors described as the group's chairman, resigned."), "Corvin Aldamar-Teske", "Tarrow Group Holdings", true},
		{"who-object-counter", art("Ilsa Varga-Pohl, who hired a driver police described as a commander of Kataib Hezbollah, denied any wrongdoing on Monday."), "Ilsa Varga-Pohl", "Kataib Hezbollah", false},
		{"who-object-noun-counter", art("Ilsa Varga-Pohl, who employed the cousin police described as a commander of Kataib Hezbollah, denied any wrongdoing on Monday."), "Ilsa Varga-Pohl", "Kataib Hezbollah", false},
		{"person-describer-counter", art("Corvin Aldamar-Teske, whom Tobin Rakestraw described as Hezbollah's chief financier, denied the charge."), "Corvin Aldamar-Teske", "Hezbollah", false},
		{"critics-counter", art("Tobin Rakestraw, whom critics described as a spokesman for Hamas, denied the claim on Monday."), "Tobin Rakestraw", "Hamas", false},
		{"by-critics-counter", art("London also blacklisted Ilsa Varga-Pohl, described by rivals as a commander of Hezbollah in Tyre."), "Ilsa Varga-Pohl", "Hezbollah", false},
		{"appositive-critics-counter", art("Tobin Rakestraw, a Mombasa-based cattle trader rivals described as a principal financier for Al-Shabaab, denied it on Monday."), "Tobin Rakestraw", "Al-Shabaab", false},
		{"hedged-counter", art("Tobin Rakestraw, whom investigators wrongly described as an Islamic State commander, was freed on Monday."), "Tobin Rakestraw", "Islamic State", false},
		{"group-named-after-armed", art("Kataib Hezbollah attacked a convoy on Monday. The convoy belonged to Tarrow Group Holdings. The group's chairman, Corvin Aldamar-Teske, said drivers were safe."), "Corvin Aldamar-Teske", "Tarrow Group Holdings", true},
		{"group-named-after-armed-counter", art("Kataib Hezbollah attacked a convoy on Monday. The convoy belonged to Tarrow Group Holdings. The group's chairman, Corvin Aldamar-Teske, said drivers were safe."), "Corvin Aldamar-Teske", "Kataib Hezbollah", false},
	})
}

// TestGenericOwnerRound33: a company's "general manager" or "general
// director" is one title, not the military rank "general" beside a
// manager; "the consortium's", "the cooperative's" and "the
// directorate's" name the body of that kind named before.
// Counter-example: with no consortium named the role has no owner (fails
// if the generic noun took any company).
func TestGenericOwnerRound33(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"consortium", art("The Tarrow Pipeline Consortium ships crude to three refineries. Lorenz Abelsky, who is the consortium's general director, said flows were steady."), "Lorenz Abelsky", "Tarrow Pipeline Consortium", true},
		{"cooperative", art("Farmers sell their beans to the Holvik Grain Cooperative. \"We cannot sell a bushel,\" said Jory Vandemark, the cooperative's general manager."), "Jory Vandemark", "Holvik Grain Cooperative", true},
		{"directorate", art("The Norwegian Directorate of Fisheries issued the rules on Monday. \"Every fleet must comply,\" said Knut Aasvang, who is the directorate's regional director."), "Knut Aasvang", "Norwegian Directorate of Fisheries", true},
		{"company-gm", art("Ecuador seized two boats owned by Pesquera Marvelo S.A. The company's general manager, Tomás Berrio-Lenz, called it theft."), "Tomás Berrio-Lenz", "Pesquera Marvelo S.A.", true},
		{"no-consortium-counter", art("Tarrow Shipbrokers Ltd chartered the tanker. Lorenz Abelsky, who is the consortium's general director, said flows were steady."), "Lorenz Abelsky", "Tarrow Shipbrokers Ltd", false},
	})
}

// TestCoordinatorRound33: "coordinator" is a role like "mediator": the UN's
// humanitarian coordinator for a country, the EU's coordinator for talks,
// a council's coordinator before a name. Counter-example: a place after
// "in" is no employer.
func TestCoordinatorRound33(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"un-coordinator", art("Famine is spreading, warned Odile Manenga-Sato, the UN's resident coordinator in Chad, on Monday."), "Odile Manenga-Sato", "United Nations", true},
		{"eu-coordinator", art("In Geneva, Iran's deputy foreign minister sat down with the EU's coordinator for shipping talks, Marit Oskarsdal."), "Marit Oskarsdal", "European Union", true},
		{"title-coordinator", art("The Holvik Transition Council met on Monday. \"The roads stay closed,\" council coordinator Jory Vandemark said after the session."), "Jory Vandemark", "Holvik Transition Council", true},
		{"place-counter", art("Jory Vandemark, a volunteer coordinator in Mali, said the roads stayed closed."), "Jory Vandemark", "Mali", false},
	})
}
