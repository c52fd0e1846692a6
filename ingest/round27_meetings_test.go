package ingest

import "testing"

// Round 27: meetings. The object region of a meeting ends where the
// clause goes on to a second predicate ("and signed …", "and, by most
// reports, urged …", "and has often criticised …") or to a purpose
// clause after a comma (", to review …"): the bodies and states named
// there are matters or sources, not parties. The real party is kept, and
// a list of people after "and" still counts. People are invented.

func TestSecondPredicateRound27(t *testing.T) {
	checkRels(t, RelMet, []relCase{
		{"second verb: party kept", "Ivo Brandtner met Selma Quist in Graz and passed on a note from the Austrian cabinet.", "Ivo Brandtner", "Selma Quist", true},
		{"second verb: state dropped", "Ivo Brandtner met Selma Quist in Graz and passed on a note from the Austrian cabinet.", "Ivo Brandtner", "Austria", false},
		{"second verb right after the party", "Ivo Brandtner met Selma Quist and passed on a note from the Austrian cabinet.", "Ivo Brandtner", "Austria", false},
		{"second verb after talks with", "Ivo Brandtner held talks with Selma Quist and praised Austria for its help.", "Ivo Brandtner", "Austria", false},
		{"comma aside before the verb", "Ivo Brandtner had talks with Deputy Mayor Selma Quist and, by most reports, lauded Slovenia's revised freight register.", "Ivo Brandtner", "Slovenia", false},
		{"comma aside: party kept", "Ivo Brandtner had talks with Deputy Mayor Selma Quist and, by most reports, lauded Slovenia's revised freight register.", "Ivo Brandtner", "Selma Quist", true},
		{"auxiliary and -ly adverb", "Mr Ivo Brandtner held talks with his Czech counterpart, Selma Quist, in Brno in May and has repeatedly criticised the cabinet formed by the Civic Forward Party.", "Ivo Brandtner", "Civic Forward Party", false},
		{"auxiliary and -ly adverb, short", "Ivo Brandtner met Selma Quist in Graz and has repeatedly lauded the Civic Forward Party.", "Ivo Brandtner", "Civic Forward Party", false},
		{"auxiliary and a frequency adverb", "Ivo Brandtner met Selma Quist in Graz and has often praised the Civic Forward Party.", "Ivo Brandtner", "Civic Forward Party", false},
		{"auxiliary and a frequency adverb: party kept", "Ivo Brandtner met Selma Quist in Graz and has often praised the Civic Forward Party.", "Ivo Brandtner", "Selma Quist", true},
		{"purpose clause after a comma", "On 4 March, Governor Ivo Brandtner met in Graz with Selma Quist, who runs the Styrian Growers Board, to review the levy and closer NATO scrutiny of exports.", "Ivo Brandtner", "NATO", false},
		{"purpose clause: party kept", "On 4 March, Governor Ivo Brandtner met in Graz with Selma Quist, who runs the Styrian Growers Board, to review the levy and closer NATO scrutiny of exports.", "Ivo Brandtner", "Selma Quist", true},
		// counter-examples: the region goes on
		{"-ly adjective, no auxiliary", "Ivo Brandtner met Selma Quist and newly named Finance Minister Ruben Kallas in Graz.", "Ivo Brandtner", "Ruben Kallas", true},
		{"comma adverb then a name", "Ivo Brandtner met Selma Quist and, later, Ruben Kallas in Graz.", "Ivo Brandtner", "Ruben Kallas", true},
		{"to before a determiner", "Ivo Brandtner met Selma Quist in Graz, to the surprise of aides, and later Ruben Kallas.", "Ivo Brandtner", "Ruben Kallas", true},
	})
}
