package ingest

import (
	"strings"
	"testing"
)

// footBody is a story long enough for the foot rules to apply (they
// wait for eighty words of body).
const footBody = "Brevik Lumber Cooperative said on Tuesday that it would close two of its four sawmills in the Ostra valley before the winter is out, citing the fall in export orders since the harbour tariff rose in the spring.\n" +
	"Lena Harrow, who chairs the cooperative, said the workers at both mills would be offered places at the remaining sites, and that the board hoped to reopen one mill once prices recover next year.\n" +
	"The regional council has asked the cooperative to delay the closures until it can review the tariff, a council spokesman said on Wednesday evening after a meeting with the board.\n"

// TestRound28AdCopy checks that the line printed under an advertising
// label goes when it is advertising copy, and that a story's line under
// a label left in the text stays.
func TestRound28AdCopy(t *testing.T) {
	cases := []struct {
		name, label, line string
		dropped           bool
	}{
		{"call to action after a dash", "ADVERTISEMENT", "Pellow Kitchens - new showroom on Quay Street. Visit us this weekend!", true},
		{"reader addressed", "Sponsored", "Marlin Insurance: is your boat covered for winter storms?", true},
		{"opens with a call", "ADVERTISEMENT", "Open a savings account with Tarrow Mutual in ten minutes.", true},
		{"teaser then offer", "SPONSORED", "Moving house? Dunmore Estates has buyers ready. Free valuation.", true},
		// counter-examples: a story's paragraph under a label stays
		{"news under a label", "Advertisement", "The council will meet again on Friday to vote on the closures.", false},
		{"action word inside a sentence", "Advertisement", "The union will call a strike if the mill closes in March.", false},
		{"speech with a verb that calls", "ADVERTISEMENT", "Call it a rescue, the mayor said of the plan.", false},
		{"long paragraph", "Advertisement", "Workers at the Ostra mill, some of whom have worked there for three decades, say they will book a meeting with the board before the closures begin in March.", false},
		{"no label above", "", "Pellow Kitchens - new showroom on Quay Street. Visit us this weekend!", false},
		{"quote", "ADVERTISEMENT", "\"Join us or lose the mill,\" the union's leaflet read.", false},
		// review: a weak call or a reader word inside a news sentence
		{"weak call opens news", "Advertisement", "Free trade talks between the two ports resumed in Calder on Monday.", false},
		{"weak call before a noun", "Advertisement", "Text messages seen by the Ostra Herald show the mill manager knew of the cuts in May.", false},
		{"reader word inside a sentence", "Advertisement", "If you drive through the Ostra valley, the road works begin on Monday.", false},
		{"weak call before a number", "Sponsored", "Save 20% on winter tyres at Brann Motors this week.", true},
		{"reader word opens", "ADVERTISEMENT", "Your next holiday starts at Quay Travel.", true},
	}
	for _, c := range cases {
		src := "Sawmills to close in Ostra valley\n\n" + footBody
		if c.label != "" {
			src += "\n" + c.label
		}
		src += "\n" + c.line + "\n" + "Lena Harrow said the board would publish its plan in the new year after talks with the union.\n"
		got := clean(src)
		kept := strings.Contains(got.text, c.line)
		if kept == c.dropped {
			t.Errorf("%s: kept=%v, want dropped=%v\n%s", c.name, kept, c.dropped, got.text)
		}
		if !strings.Contains(got.text, "publish its plan") {
			t.Errorf("%s: the story's last line was dropped", c.name)
		}
	}
}

// TestRound28RegistrationNote checks that a publisher's legal identity
// at the page's foot goes, and that a story's sentences about a
// registration stay.
func TestRound28RegistrationNote(t *testing.T) {
	cases := []struct {
		name, line    string
		last, dropped bool
	}{
		{"published by, registered in", "The Ostra Herald is published by Fenwick Valley Press Ltd. Registered in Wales.", true, true},
		{"registered charity", "The Calder Forum is a registered charity, number 4471. 12 Mill Lane, Ostra OS1 2BB", true, true},
		{"company number", "Harrow Digital Ltd. Company number 0558812.", true, true},
		{"company no., capitals", "Harrow Digital Limited, 4 Quay Street. Company No. 0558812", true, true},
		{"registered in, capitals", "FENWICK VALLEY PRESS LIMITED. REGISTERED IN RURITANIA.", true, true},
		// counter-examples
		{"story: firm registered abroad", "The buyer, a holding firm registered in Malta, has not named its owners.", true, false},
		{"story: speech", "Registered in Cyprus, the firm pays little tax, the auditor said.", true, false},
		{"story: registered abroad at the foot", "Registered in Panama, the freighter has sailed under four names since 2019.", true, false},
		{"not at the foot", "The Ostra Herald is published by Fenwick Valley Press Ltd. Registered in Wales.", false, false},
	}
	for _, c := range cases {
		src := "Sawmills to close in Ostra valley\n\n" + footBody + c.line + "\n"
		if !c.last {
			src += strings.Repeat("Lena Harrow said the board would publish its plan in the new year after long talks with the union and the council.\n", 4)
		}
		got := clean(src)
		kept := strings.Contains(got.text, c.line)
		if kept == c.dropped {
			t.Errorf("%s: kept=%v, want dropped=%v\n%s", c.name, kept, c.dropped, got.text)
		}
	}
}

// TestRound28AdLabelOverTitle checks that an ad label above the headline
// does not take the headline with it.
func TestRound28AdLabelOverTitle(t *testing.T) {
	src := "Advertisement\nYour savings: what the new harbour levy means for families\n\n" + footBody
	got := clean(src)
	if !got.hasTitle || got.title != "Your savings: what the new harbour levy means for families" {
		t.Errorf("title %q (hasTitle=%v)", got.title, got.hasTitle)
	}
}
