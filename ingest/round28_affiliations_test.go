package ingest

import "testing"

// release builds a government's release: masthead lines, a headline and
// the body.
func release(masthead, body string) string {
	return masthead + "\n\nMedia release\n\nMinisters agree to widen river freight talks\n\n" + body + "\n"
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
		{"a masthead of the republic's ministry", art0(release("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF URUGUAY", "Foreign Minister Eladio Brum-Sastre today held talks with a business delegation. "+both)), "Eladio Brum-Sastre", "Uruguay", true},
		// counter-examples
		{"the guest of the other state keeps his own", art0(release(uy, "Foreign Minister Eladio Brum-Sastre today held talks with Paraguay's Foreign Minister Ramiro Ozuna-Lez. "+both)), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"the guest's own state", art0(release(uy, "Foreign Minister Eladio Brum-Sastre today held talks with Paraguay's Foreign Minister Ramiro Ozuna-Lez. "+both)), "Ramiro Ozuna-Lez", "Paraguay", true},
		{"a visitor who opens the release", art0(release(uy, "Visiting Foreign Minister Ramiro Ozuna-Lez today held talks at the ministry. "+both)), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a minister who is not the release's first actor", art0(release(uy, both+" Earlier, Prime Minister Ramiro Ozuna-Lez hosted the delegation at his residence.")), "Ramiro Ozuna-Lez", "Uruguay", false},
		{"a person who met the Hon minister", art0(release(uy, both+" Shipping executive Carla Mendive-Roca met the Hon Eladio Brum-Sastre at the port.")), "Carla Mendive-Roca", "Uruguay", false},
		{"an expert commenting on the state", art0(release(uy, both+" Economist Ana Prego-Saenz said Uruguay had moved too slowly.")), "Ana Prego-Saenz", "Uruguay", false},
		{"a news story without a masthead", art0("Uruguayan Government lifts river duties\n\n"+both+" The Hon Tomasz Velarde-Ruiz spoke at the port.\n"), "Tomasz Velarde-Ruiz", "Uruguay", false},
		{"a masthead of two governments", art0(release("Government of Uruguay | Government of Paraguay", both+" The Hon Tomasz Velarde-Ruiz spoke at the port.")), "Tomasz Velarde-Ruiz", "Uruguay", false},
	})
}

// art0 leaves a text as it is (the release carries its own headline).
func art0(text string) string { return text }
