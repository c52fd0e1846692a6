package ingest

import (
	"slices"
	"testing"
)

// Round 30: a state's ministry written out in full ("Norway's Ministry of
// Foreign Affairs") is read to its last word, and after a possessive its
// own words are one more of its names, as annotators name a state's
// chamber. States are real; the speakers are invented.
func TestStateMinistryFullNameRound30(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // aliases the ministry must carry
		not        []string // aliases it must not carry
	}{
		{"possessive, capitalised", "Talks stall\n\nNorway's Ministry of Foreign Affairs called the talks stalled.\n",
			[]string{"Norway's Ministry of Foreign Affairs", "Ministry of Foreign Affairs"}, []string{"Norway's Ministry of Foreign"}},
		{"demonym, capitalised", "Talks stall\n\nThe Chilean Ministry of Foreign Affairs called the talks stalled.\n",
			[]string{"Chilean Ministry of Foreign Affairs"}, []string{"Ministry of Foreign Affairs", "Chilean Ministry of Foreign"}},
		{"possessive, lower case", "Talks stall\n\nNorway's ministry of foreign affairs called the talks stalled.\n",
			[]string{"Norway's ministry of foreign affairs"}, []string{"ministry of foreign affairs"}},
		{"no affairs word", "Talks stall\n\nNorway's Ministry of Trade called the talks stalled.\n",
			[]string{"Norway's Ministry of Trade", "Ministry of Trade"}, []string{"Norway's Ministry of Trade called"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			var min *Entity
			for i := range res.Entities {
				if e := &res.Entities[i]; e.Type == TypeInstitution && e.Name != "Norway" && e.Name != "Chile" {
					min = e
				}
			}
			if min == nil {
				t.Fatalf("no ministry found:\n%s", dump(res))
			}
			for _, a := range tc.want {
				if !slices.Contains(min.Aliases, a) {
					t.Errorf("%s: aliases %q lack %q", min.Name, min.Aliases, a)
				}
			}
			for _, a := range tc.not {
				if slices.Contains(min.Aliases, a) || min.Name == a {
					t.Errorf("%s: aliases %q carry %q", min.Name, min.Aliases, a)
				}
			}
			wantRel(t, res, "SAID", min.Name, "", true)
		})
	}
}
