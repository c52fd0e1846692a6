package ingest

import "testing"

// release builds a government's release: masthead lines, a headline and
// the body.
func release(masthead, body string) string {
	return masthead + "\n\nMedia release\n14 May 2031\n\nMinisters agree to widen river freight talks\n\n" + body + "\n"
}

// A government's release names its issuer in the masthead ("Government
// of Uruguay", "Uruguayan Government", "Ministry of ... of the Republic
// of Uruguay"). The minister who opens the release, a minister the
// masthead prints ("The Hon X MP") and a person the release calls "the
// Hon"/"the Honourable" take that state. A guest named with a state of
// his own, a visitor, a person who met the minister, an expert, a news
// story without a masthead, and a masthead of two governments do not.
func TestReleaseIssuerRound28(t *testing.T) {
	const uy = "Government of Uruguay | Ministry of Foreign Affairs\nHome > News > Press releases"
	const both = "Uruguay and Paraguay will meet again in May, and both sides sent large teams to the river port of Salto Grande for the next round."
	checkRels(t, RelAffiliatedWith, []relCase{
		{"the minister who opens the release", art0(release(uy, "On 4 March, Minister of Foreign Affairs Eladio Brum-Sastre received a trade mission from Paraguay at the ministry. "+both)), "Eladio Brum-Sastre", "Uruguay", true},
		{"a minister the masthead prints, by surname", art0(release("Uruguayan Government\nMinister for Trade\nThe Hon Marisol Ferreyra-Duque MP", both+"\n\nPartners from Paraguay thanked Ms Ferreyra-Duque for hosting the round.")), "Marisol Ferreyra-Duque", "Uruguay", true},
		{"the Honourable in the body", art0(release(uy, "Today, the Honourable Tomasz Velarde-Ruiz, Minister of Trade, announced four new river-freight permits. "+both)), "Tomasz Velarde-Ruiz", "Uruguay", true},
		{"a former minister called the Hon", art0(release(uy, both+" The Hon Ignacio Pereda-Lunn, a former minister of trade, opened the talks.")), "Ignacio Pereda-Lunn", "Uruguay", true},
		{"a masthead of the republic's ministry", art0(release("MINISTRY OF RIVER TRANSPORT OF THE REPUBLIC OF URUGUAY", "Foreign Minister Eladio Brum-Sastre today held talks with a business delegation. "+both)), "Eladio Brum-Sastre", "Uruguay", true},
		// counter-examples
		{"the guest of the other state keeps his own", art0(release(uy, "Foreign Minister Eladio Brum-Sastre today held talks with Paraguay's Foreign Minister Ramiro Ozuna-Lez. "+both)), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the guest's own state", art0(release(uy, "Foreign Minister Eladio Brum-Sastre today held talks with Paraguay's Foreign Minister Ramiro Ozuna-Lez. "+both)), "Ramiro Ozuna-Lez", "Paraguay", true},
		{"a visitor who opens the release", art0(release(uy, "Visiting Foreign Minister Ramiro Ozuna-Lez toured the grain docks today. "+both)), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a minister who is not the release's first actor", art0(release(uy, both+" Prime Minister Ramiro Ozuna-Lez hosted the delegation at his residence.")), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a minister the first sentence names as an object", art0(release(uy, "Delegates from the river ports welcomed Prime Minister Ramiro Ozuna-Lez at the ministry. "+both)), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"an object after a lower-case subject", art0(release(uy, "Today delegates welcomed Prime Minister Ramiro Ozuna-Lez at the ministry. "+both)), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the visiting minister in lower case", art0(release(uy, "Today the visiting Foreign Minister Ramiro Ozuna-Lez toured the grain docks. "+both)), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a Hon guest who is visiting", art0(release(uy, both+" The port authority received the Hon. Ramiro Ozuna-Lez, who is visiting from Paraguay, at the docks.")), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a guest called the Hon, named with his state", art0(release(uy, both+" The Hon Ramiro Ozuna-Lez, Paraguay's Minister of Trade, opened the talks.")), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a person who met the Hon minister", art0(release(uy, both+" Shipping executive Carla Mendive-Roca met the Hon Eladio Brum-Sastre at the port.")), "Carla Mendive-Roca", "Uruguay", false},
		{"an expert commenting on the state", art0(release(uy, both+" Economist Ana Prego-Saenz said Uruguay had moved too slowly.")), "Ana Prego-Saenz", "Uruguay", false},
		{"a news story without a masthead", art0("Uruguayan Government lifts river duties\n\n" + both + " The Hon Tomasz Velarde-Ruiz spoke at the port.\n"), "Tomasz Velarde-Ruiz", "Uruguay", false},
		{"a masthead of two governments", art0(release("Government of Uruguay | Government of Paraguay", both+" The Hon Tomasz Velarde-Ruiz spoke at the port.")), "Tomasz Velarde-Ruiz", "Uruguay", false},
		{"a news page whose headline ends in Government", art0("Pressure mounts on Uruguayan Government\n\nForeign Minister Eladio Brum-Sastre met river pilots on Monday. " + both + "\n"), "Eladio Brum-Sastre", "Uruguay", false},
	})
}

// art0 leaves a text as it is (the release carries its own headline).
func art0(text string) string { return text }

// The masthead of a release names one government and the ministers it is
// printed for; a headline, a breadcrumb naming a guest's state and a page
// of two governments name no issuer.
func TestReleaseMastheadRound28(t *testing.T) {
	lx := getLexicon()
	for _, tc := range []struct {
		name, text, key string
		names           []string
	}{
		{"demonym and Government, a minister's line", "Uruguayan Government\nMinister for Trade\nThe Hon Marisol Ferreyra-Duque MP\n\nTalks open\n\nThe talks opened today in the port.", "st:uruguay", []string{"Marisol Ferreyra-Duque"}},
		{"a senator's line", "Uruguayan Government | Minister for Trade\n\nSenator the Hon Ines Lobo-Arce\n\nThe talks opened today in the port.", "st:uruguay", []string{"Ines Lobo-Arce"}},
		{"ministry of the republic", "MINISTRY OF RIVER TRANSPORT OF THE REPUBLIC OF URUGUAY\nHome > Press releases\n\nThe talks opened today in the port.", "st:uruguay", nil},
		{"government of, in a segment", "Ministry of Trade | Government of Uruguay\nHome > Media > Press releases\n\nThe talks opened today in the port.", "st:uruguay", nil},
		{"a long breadcrumb holds the cue", "Ministry of Trade | Government of Uruguay\nHome > Media > Press releases > Canal minister tours the new grain terminal at the river port of Salto\n\nThe talks opened today in the port.", "st:uruguay", nil},
		{"the cue after a search box", "Government of Uruguay\nSearch this site...\nMedia release\n\nThe talks opened today in the port.", "st:uruguay", nil},
		// counter-examples
		{"a headline's release is no cue", "Government of Uruguay\nHostage release talks stall\n\nThe talks stalled today in the port.", "", nil},
		{"a headline", "Uruguayan Government lifts river duties\n\nThe talks opened today in the port.", "", nil},
		{"a guest's state in the breadcrumb", "Home > Press releases > Minister holds talks with Foreign Minister of Paraguay\n\nThe talks opened today in the port.", "", nil},
		{"two governments", "Government of Uruguay | Government of Paraguay\n\nThe talks opened today in the port.", "", nil},
		{"a government named in the first paragraph", "River talks\n\nThe Government of Uruguay expects the talks to go on after a pause.", "", nil},
		{"a news headline ending in Government", "Pressure mounts on Uruguayan Government\n\nThe talks opened today in the port.", "", nil},
		{"a court ruling against a Government", "Home > Press releases\nJudges rule against Uruguayan Government\n\nThe talks opened today in the port.", "", nil},
		{"a sports menu", "Home > Sport > Republic of Uruguay\nFriendly ends level\n\nThe match ended goalless in the port city.", "", nil},
		{"a republic as a menu item beside a release cue", "Press releases | Sport | Republic of Uruguay\nFriendly ends level\n\nThe match ended goalless in the port city.", "", nil},
		{"a news menu", "News | Kingdom of Uruguay\nPort strike ends\n\nThe strike ended today in the port.", "", nil},
		{"no release cue", "Government of Uruguay\nPort strike ends\n\nThe strike ended today in the port.", "", nil},
		{"the minister's office after a comma", "Uruguayan Government\nThe Hon Marisol Ferreyra-Duque MP, Minister for Trade\n\nThe talks opened today in the port.", "st:uruguay", []string{"Marisol Ferreyra-Duque"}},
		{"the office after a bar", "Uruguayan Government\nThe Hon Marisol Ferreyra-Duque MP | Minister for Trade\nMedia release\n\nThe talks opened today in the port.", "st:uruguay", []string{"Marisol Ferreyra-Duque"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			key, names := lx.releaseIssuer(tc.text)
			if key != tc.key || len(names) != len(tc.names) || len(names) > 0 && names[0] != tc.names[0] {
				t.Errorf("releaseIssuer = %q %q, want %q %q", key, names, tc.key, tc.names)
			}
		})
	}
}

// "Hon", "Honourable" and "Honorable" are a person's honorifics only
// before a name: before an institution's head ("the Honourable Court")
// or before "Mention", "Member" and "Speaker" they make no person.
func TestHonourableBeforeNounsRound28(t *testing.T) {
	checkEnts(t, []entCase{
		{"an honourable court", "The Honourable Court dismissed the appeal of the Velmar Shipping Company on Tuesday.", "Court", ""},
		{"an honorable mention", "The jury gave an Honorable Mention to Ines Lobo-Arce for her river photographs.", "Mention", ""},
		{"an honourable member", "The Honourable Member for Ostra Vale asked about port fees.", "Member", ""},
		{"the person after an honorable mention", "The jury gave an Honorable Mention to Ines Lobo-Arce for her river photographs.", "Ines Lobo-Arce", TypePerson},
		// the honorific before a name still makes a person
		{"the Honourable before a name", "The Honourable Ines Lobo-Arce opened the port on Tuesday.", "Ines Lobo-Arce", TypePerson},
		{"Hon. before a name", "Hon. Ines Lobo-Arce opened the port on Tuesday.", "Ines Lobo-Arce", TypePerson},
	})
}
