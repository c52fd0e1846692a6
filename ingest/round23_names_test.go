package ingest

import "testing"

// Round 23: spurious and cut bodies. A rank word that also opens bodies'
// names ("Official", "Representative", "Premier") before an institution
// head names the body, not a person called "Gazette"; a comma list of
// remits stays inside a body's name; a platform's name that is a button
// of a share or follow bar is no firm. All names are invented.

func TestRankWordOpensBodyRound23(t *testing.T) {
	checkEnts(t, []entCase{
		{"official plus a media head", "The quota rule takes effect once the Official Gazette prints it next week.", "Gazette", ""},
		{"representative plus office", "A clerk at the Marovian Representative Office in Tessel stamped the visas.", "Office", ""},
		{"premier plus league", "A man from Tessel owns part of a Premier League club.", "League", ""},
		// counter-examples: a rank before a person's name stays a title
		{"premier before a surname", "Premier Idris Kolawe flew home early from Tessel.", "Idris Kolawe", TypePerson},
		{"representative before a surname", "Representative Dana Kirlow voted against the tariff bill.", "Dana Kirlow", TypePerson},
	})
}

func TestRemitListInBodyNameRound23(t *testing.T) {
	checkEnts(t, []entCase{
		{"ministry of, a list of remits", "The Ministry of Farming, Water and Forests said the drought would cut the harvest.", "Ministry of Farming, Water and Forests", TypeInstitution},
		{"department for, two closing words", "An aide at the Department for Housing, Tourism and Rural Roads would not comment.", "Department for Housing, Tourism and Rural Roads", TypeInstitution},
		{"remits before a head", "The Tea, Spice and Cotton Growers Union in Tessel welcomed the step.", "Tea, Spice and Cotton Growers Union", TypeInstitution},
		{"an ampersand closes the list", "The Foreign, Commonwealth & Development Office said it would study the list.", "Foreign, Commonwealth & Development Office", TypeInstitution},
		// counter-examples: a list of bodies after a ministry, a list of
		// wares before a person, a list of states, and a list that ends in
		// lower-case words
		{"a body closes the list", "Officials of the Ministry of Trade, Water and Harbour Authority inspected the boats.", "Harbour Authority", TypeInstitution},
		{"a person closes the list", "The stall sold Rice, Sugar and Amara Kone bought the rest.", "Amara Kone", TypePerson},
		{"states before a head", "Ships from Marovia, Tessel and Korvan Shipping Company left port.", "Marovia, Tessel and Korvan Shipping Company", ""},
		{"lower-case words after and", "The Ministry of Finance, Parliament and the central bank agreed on the budget.", "Ministry of Finance, Parliament and the", ""},
		{"a sector word closes the list", "The Ministry of Trade, Tourism and Industry froze the fishing permits.", "Ministry of Trade, Tourism and Industry", TypeInstitution},
		{"a bank closes the list", "Officials of the Ministry of Trade, Water and Savings Bank audited the port.", "Ministry of Trade, Water and Savings Bank", ""},
		{"a proper word after the head", "The Tea, Spice and Cotton Growers Union Bank lent the farmers seed money.", "Tea, Spice and Cotton Growers Union Bank", ""},
	})
}

func TestShareButtonsRound23(t *testing.T) {
	cases := []struct {
		name, line string
		want       bool // the platform is an entity
	}{
		{"spaced share bar", "Share   Facebook   X   Email", false},
		{"bar with an unknown button", "Share: Plurk | Facebook | Email | Copy URL", false},
		{"follow line", "Follow the council on Telegram and Facebook.", false},
		{"follow line, platform first", "Follow the council on Facebook and Telegram.", false},
		{"bar, platform last", "Share: Plurk | Email | Facebook", false},
		// counter-examples: a platform in prose stays the firm
		{"a post on the platform", "The council posted its appeal plan on Facebook late on Tuesday.", true},
		{"the platform acts", "Facebook removed the accounts on Monday, the council said.", true},
		{"two platforms in prose", "Clerks put a recording of the hearing on Facebook and Telegram within the hour.", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, "Council appeals ruling\n\nThe Tessel council appealed the ruling on Monday, its clerk said.\n\n"+tc.line+"\n")
			if got := entityByName(res, "Facebook") != nil; got != tc.want {
				t.Errorf("Facebook found = %v, want %v", got, tc.want)
			}
		})
	}
}
