package ingest

import (
	"slices"
	"testing"
)

// Round 26: events. A known event met under another of its names keeps
// the article's own form as an alias ("the second world war" is World
// War II), so the name the article uses is not lost to the canonical one.
// People are invented.

func TestKnownEventSurfaceAliasRound26(t *testing.T) {
	cases := []struct {
		name, text, event, alias string
		want                     bool
	}{
		{"lower case", "Orsola Benn said the second world war emptied her village of young men.", "World War II", "second world war", true},
		{"capitalised", "Orsola Benn said the mill was built before the Second World War.", "World War II", "Second World War", true},
		{"an acronym", "Orsola Benn said the pier was older than WWII by a decade.", "World War II", "WWII", true},
		// counter-example: an event named from prose keeps the name it
		// was given, not the words it was read from
		{"a summit named from its place", "Orsola Benn said the summit in Lima closed a day early.", "Lima summit", "summit", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := run(t, tc.text)
			e := entityByName(res, tc.event)
			if e == nil {
				t.Fatalf("no event %q\n%s", tc.event, dump(res))
			}
			if got := slices.Contains(e.Aliases, tc.alias); got != tc.want {
				t.Errorf("alias %q on %q: got %v, want %v (aliases %q)", tc.alias, tc.event, got, tc.want, e.Aliases)
			}
		})
	}
}
