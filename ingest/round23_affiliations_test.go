package ingest

import "testing"

// A title's implied chamber ("Senator" → the United States Senate,
// "Congresswoman" → the United States Congress) is taken only when the
// article names that chamber. A state implied by a title ("Secretary of
// State" → the United States) is still taken unnamed.
func TestImpliedChamberRound23(t *testing.T) {
	checkRels(t, RelAffiliatedWith, []relCase{
		{"the senate named later", art("Senator Odile Marchbank-Reyes called the plan reckless. The Senate will vote on it in May."), "Odile Marchbank-Reyes", "United States Senate", true},
		{"congress named before", art("Leaders in Congress delayed the aid bill again. Congresswoman Petra Vandellin of Ohio blamed the leadership."), "Petra Vandellin", "United States Congress", true},
		{"an implied state needs no mention", art("Secretary of State Howard Quillfeather landed in Vienna on Sunday."), "Howard Quillfeather", "United States", true},
		// counter-examples
		{"no senate in the text", art("Senator Odile Marchbank-Reyes called the plan reckless and asked for a vote in May."), "Odile Marchbank-Reyes", "United States Senate", false},
		{"a foreign delegation's senator", art("A Tarvish delegation led by Senator Bram Oyelowo-Tate toured the harbour on Friday."), "Bram Oyelowo-Tate", "United States Senate", false},
		{"a party senator abroad", art("Greens senator Maeve Pollardine said the fines were too small."), "Maeve Pollardine", "United States Senate", false},
		{"no congress in the text", art("Congresswoman Petra Vandellin of Ohio blamed the leadership for the delay."), "Petra Vandellin", "United States Congress", false},
	})
}

// An unnamed chamber leaves no entity behind: the title word alone is not
// a mention of the Senate.
func TestImpliedChamberNoEntityRound23(t *testing.T) {
	for _, tc := range []struct{ name, text, body string }{
		{"senator", art("Senator Odile Marchbank-Reyes called the plan reckless and asked for a vote in May."), "United States Senate"},
		{"sen. abbreviation", art("Sen. Lowell Fairbrother-Kim (D-Vermont) said the fines came too late."), "United States Senate"},
		{"congressman", art("Republican congressman Dario Pettifer of Utah wants a hearing on the deal."), "United States Congress"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if e := entityByName(run(t, tc.text), tc.body); e != nil {
				t.Errorf("entity %q found, want none", tc.body)
			}
		})
	}
}
